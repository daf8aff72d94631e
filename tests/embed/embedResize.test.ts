// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { ESLint } from 'eslint';
import { heightMessages, parseHeightMessage } from '../../src/lib/embed/heightMessage.ts';
import { responsiveIframe } from '../../src/lib/embed/snippets.ts';

// A path, not a URL object: under jsdom the global URL is jsdom's, which fs does not accept.
const scriptPath = fileURLToPath(import.meta.resolve('../../public/embed-resize.js'));
const script = readFileSync(scriptPath, 'utf8');

/** Run the parent script the way a host page does: a classic script element in the document. */
function loadScript(): void {
  const element = document.createElement('script');
  element.textContent = script;
  document.head.append(element);
}

function addFrame(embed = true): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  if (embed) frame.setAttribute('data-ledger-embed', '');
  frame.style.height = '300px';
  document.body.append(frame);
  return frame;
}

/**
 * A message as the browser delivers it: `source` is the sending frame's window, `origin` its
 * origin ("null" from a sandboxed frame).
 */
function post(data: unknown, source: Window | null, origin = 'https://ledger.example.org'): void {
  window.dispatchEvent(new window.MessageEvent('message', { data, source, origin }));
}

let first: HTMLIFrameElement;
let second: HTMLIFrameElement;

beforeAll(() => {
  loadScript();
});

beforeEach(() => {
  document.body.replaceChildren();
  first = addFrame();
  second = addFrame();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('public/embed-resize.js', () => {
  it('resizes the iframe whose window sent the message, and only that one', () => {
    post(heightMessages('first', 640).json, first.contentWindow);
    expect(first.style.height).toBe('640px');
    expect(second.style.height).toBe('300px');

    post(heightMessages('second', 410).pym, second.contentWindow);
    expect(second.style.height).toBe('410px');
    expect(first.style.height).toBe('640px');
  });

  it('goes by the sending window, never by the id in the message', () => {
    // The second frame claims the first frame's id: the second frame is resized, not the first.
    post(heightMessages('first', 777).json, second.contentWindow);
    expect(first.style.height).toBe('300px');
    expect(second.style.height).toBe('777px');
  });

  it.each([
    ['a non-numeric height', '{"type":"karabakh-ledger:height","id":"first","height":"tall"}'],
    ['a height sent as a string', '{"type":"karabakh-ledger:height","id":"first","height":"500"}'],
    ['a non-numeric pym height', 'pymxPYMxfirstxPYMxheightxPYMxtall'],
    ['a height below the range', heightMessages('first', 640).json.replace('640', '49')],
    ['a height above the range', 'pymxPYMxfirstxPYMxheightxPYMx10001'],
    ['a fractional height', '{"type":"karabakh-ledger:height","height":480.5}'],
    ['a message of another kind', 'pymxPYMxfirstxPYMxwidthxPYMx640'],
    ['an object instead of a string', { type: 'karabakh-ledger:height', height: 640 }],
    ['a bare number', 640],
  ])('changes nothing for %s', (_label, data) => {
    post(data, first.contentWindow);
    expect(first.style.height).toBe('300px');
    expect(second.style.height).toBe('300px');
  });

  it('changes nothing for a valid message from another window', () => {
    const other = addFrame(false);
    post(heightMessages('first', 640).json, other.contentWindow);
    post(heightMessages('first', 640).json, window);
    post(heightMessages('first', 640).json, null);
    expect(first.style.height).toBe('300px');
    expect(second.style.height).toBe('300px');
    expect(other.style.height).toBe('300px');
  });

  it('resizes a sandboxed frame, whose messages come from origin "null", by its window alone', () => {
    post(heightMessages('first', 530).pym, first.contentWindow, 'null');
    expect(first.style.height).toBe('530px');
    // The opaque origin is no pass: another window sending from "null" changes nothing.
    const other = addFrame(false);
    post(heightMessages('first', 640).pym, other.contentWindow, 'null');
    post(heightMessages('first', 640).pym, window, 'null');
    expect(first.style.height).toBe('530px');
    expect(second.style.height).toBe('300px');
  });

  it('resizes iframes added after the script ran', () => {
    const late = addFrame();
    post(heightMessages('late', 520).pym, late.contentWindow);
    expect(late.style.height).toBe('520px');
  });

  it('resizes the iframe of the responsive snippet', () => {
    const snippet = responsiveIframe({
      src: 'https://ledger.example.org/embed.html?chart=arms-sales',
      title: 'Arms sales',
      height: 400,
      scriptSrc: 'https://ledger.example.org/embed-resize.js',
    });
    const holder = document.createElement('div');
    holder.innerHTML = snippet;
    document.body.append(holder);
    const frame = holder.querySelector('iframe') as HTMLIFrameElement;
    post(heightMessages('arms-sales', 612).pym, frame.contentWindow);
    expect(frame.style.height).toBe('612px');
  });

  it('installs one listener when a page loads the script again', () => {
    const spy = vi.spyOn(window, 'addEventListener');
    loadScript();
    expect(spy).not.toHaveBeenCalled();
  });

  it('accepts exactly what parseHeightMessage accepts, with the same height', () => {
    const height = fc.oneof(
      fc.integer({ min: -100, max: 20_000 }),
      fc.double(),
      fc.double({ min: 0, max: 20_000 }),
      fc.constantFrom('480', 'tall', null, true),
    );
    const data = fc.oneof(
      height.map((h) => `pymxPYMxidxPYMxheightxPYMx${String(h)}`),
      fc
        .tuple(height, fc.oneof(fc.string(), fc.constant(null), fc.integer()))
        .map(([h, id]) => JSON.stringify({ type: 'karabakh-ledger:height', id, height: h })),
      fc.string(),
      fc.json(),
      fc.anything(),
    );
    fc.assert(
      fc.property(data, (message) => {
        first.style.height = '300px';
        post(message, first.contentWindow);
        const parsed = parseHeightMessage(message);
        expect(first.style.height).toBe(parsed ? `${parsed.height}px` : '300px');
      }),
      { numRuns: 500 },
    );
  });

  it('is plain ES5 in a classic script, for any host page', async () => {
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: {
        languageOptions: {
          ecmaVersion: 5,
          sourceType: 'script',
          globals: { window: 'readonly', document: 'readonly' },
        },
        rules: { 'no-undef': 'error' },
      },
    });
    const [result] = await eslint.lintText(script, { filePath: 'embed-resize.js' });
    // A parse error (ES2015+ syntax) or a global other than window and document; the file's own
    // lint directive names a project rule this bare config does not load, so it is not counted.
    const problems = result?.messages.filter((m) => m.fatal || m.ruleId === 'no-undef');
    expect(problems).toEqual([]);
  });
});
