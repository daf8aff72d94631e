// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainIframe, responsiveIframe } from '../../src/lib/embed/snippets.ts';

const src = 'https://ledger.example.org/embed.html?chart=arms-sales&topic=arms';
const scriptSrc = 'https://ledger.example.org/embed-resize.js';

/** Parse a snippet the way a host page's HTML parser will. */
function parseSnippet(html: string): { frame: HTMLIFrameElement; scripts: HTMLScriptElement[] } {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const frames = doc.querySelectorAll('iframe');
  expect(frames).toHaveLength(1);
  const frame = frames[0] as HTMLIFrameElement;
  return { frame, scripts: [...doc.querySelectorAll('script')] };
}

describe('plainIframe', () => {
  it('writes a titled, full-width, lazy iframe with the default height and no border', () => {
    expect(plainIframe({ src, title: 'Arms sales, as reported', height: 480 })).toBe(
      '<iframe src="https://ledger.example.org/embed.html?chart=arms-sales&amp;topic=arms"' +
        ' title="Arms sales, as reported" height="480" loading="lazy"' +
        ' style="width:100%;border:0;"></iframe>',
    );
    const { frame, scripts } = parseSnippet(plainIframe({ src, title: 'Arms', height: 480 }));
    expect(frame.getAttribute('src')).toBe(src);
    expect(frame.getAttribute('loading')).toBe('lazy');
    expect(frame.style.width).toBe('100%');
    expect(frame.hasAttribute('data-ledger-embed')).toBe(false);
    expect(scripts).toHaveLength(0);
  });

  it('escapes quotes and angle brackets in the title', () => {
    const title = `"Killed" <b>'dozens'</b> & more"><script>alert(1)</script>`;
    const html = plainIframe({ src, title, height: 480 });
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<script');
    const { frame, scripts } = parseSnippet(html);
    expect(frame.getAttribute('title')).toBe(title);
    expect(scripts).toHaveLength(0);
  });

  it('gives back any title (on one line) and address exactly after parsing', () => {
    const oneLine = (t: string) => t.replace(/[\s\p{Cc}]+/gu, ' ').trim();
    fc.assert(
      fc.property(
        fc
          .oneof(
            fc.string({ unit: 'binary' }),
            fc.string({
              unit: fc.constantFrom('"', "'", '<', '>', '&', '&amp;', ' ', '\n', 'Ղ', '😀'),
            }),
          )
          .filter((t) => oneLine(t) !== ''),
        fc.webPath(),
        (title, path) => {
          const address = `https://ledger.example.org${path}`;
          const { frame } = parseSnippet(plainIframe({ src: address, title, height: 400 }));
          expect(frame.getAttribute('title')).toBe(oneLine(title));
          expect(frame.getAttribute('src')).toBe(new URL(address).href);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('writes a title on one line, without control characters', () => {
    const { frame } = parseSnippet(
      plainIframe({ src, title: ' Arms\r\n\tsales\u0000 ', height: 400 }),
    );
    expect(frame.getAttribute('title')).toBe('Arms sales');
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '/embed.html?chart=x',
    '//ledger.example.org/embed.html',
    'embed.html',
    'ftp://ledger.example.org/embed.html',
    '',
  ])('refuses the address %j', (bad) => {
    expect(() => plainIframe({ src: bad, title: 'x', height: 400 })).toThrow(TypeError);
    expect(() => responsiveIframe({ src: bad, title: 'x', height: 400, scriptSrc })).toThrow(
      TypeError,
    );
    expect(() => responsiveIframe({ src, title: 'x', height: 400, scriptSrc: bad })).toThrow(
      TypeError,
    );
  });

  it('refuses an empty title and a height the resizer would not accept', () => {
    expect(() => plainIframe({ src, title: '  ', height: 400 })).toThrow(TypeError);
    for (const height of [49, 10001, 400.5, Number.NaN]) {
      expect(() => plainIframe({ src, title: 'x', height })).toThrow(RangeError);
    }
  });
});

describe('responsiveIframe', () => {
  it('marks the same iframe for the resizer and adds the script, async', () => {
    const html = responsiveIframe({ src, title: 'Arms', height: 480, scriptSrc });
    expect(html).toBe(
      '<iframe data-ledger-embed src="https://ledger.example.org/embed.html?chart=arms-sales&amp;topic=arms"' +
        ' title="Arms" height="480" loading="lazy" style="width:100%;border:0;"></iframe>\n' +
        '<script async src="https://ledger.example.org/embed-resize.js"></script>',
    );
    const { frame, scripts } = parseSnippet(html);
    expect(frame.hasAttribute('data-ledger-embed')).toBe(true);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.getAttribute('src')).toBe(scriptSrc);
    expect(scripts[0]?.hasAttribute('async')).toBe(true);
  });

  it('escapes the script address too', () => {
    const html = responsiveIframe({
      src,
      title: 'Arms',
      height: 480,
      scriptSrc: 'https://ledger.example.org/embed-resize.js?v=1&x="><b>',
    });
    const { scripts } = parseSnippet(html);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.getAttribute('src')).toBe(
      'https://ledger.example.org/embed-resize.js?v=1&x=%22%3E%3Cb%3E',
    );
  });
});
