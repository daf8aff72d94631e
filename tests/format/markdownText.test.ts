/**
 * Ledger text in Markdown comes out of nbconvert's own Markdown renderer as that text: no element,
 * no link, no maths, no heading, whatever it holds. The renderer is the real one (nbconvert's
 * mistune, called through the Python that runs `jupyter nbconvert`), fed every sample at once.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { parseHTML } from 'linkedom';
import {
  joinMarkdown,
  markdownSource,
  markdownText,
  mdCode,
  safeMd,
  type Markdown,
} from '../../src/lib/format/markdownText.ts';
import { visibleText } from '../../src/lib/format/visibleText.ts';
import { ALL_HOSTILE } from '../fixtures/hostile-ledger/hostileTexts.ts';

/** The Python that runs nbconvert: the interpreter named by `jupyter-nbconvert`'s first line. */
function nbconvertPython(): string {
  const script = (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, 'jupyter-nbconvert'))
    .find((path) => existsSync(path));
  if (!script) {
    throw new Error(
      'jupyter-nbconvert is not installed; these tests render Markdown with it, as `npm run notebooks` ' +
        'does. Install it (Debian): apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client',
    );
  }
  const shebang = /^#!\s*(\S+)/.exec(readFileSync(script, 'utf8'))?.[1];
  if (!shebang) throw new Error(`${script} does not name its Python`);
  return shebang;
}

const RENDER = `
import json, sys
from nbconvert.filters.markdown_mistune import markdown2html_mistune
print(json.dumps([markdown2html_mistune(s) for s in json.load(sys.stdin)]))
`;

/** nbconvert's HTML for each Markdown source, in one Python process. */
function render(sources: readonly string[]): string[] {
  const run = spawnSync(nbconvertPython(), ['-c', RENDER], {
    input: JSON.stringify(sources),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`rendering Markdown with nbconvert failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as string[];
}

const body = (html: string) =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;
const tags = (root: Element) => [...root.querySelectorAll('*')].map((el) => el.localName);

/** The three places the notebooks put ledger text: a paragraph, a list item and a heading. */
const contexts = (text: string): [string, Markdown][] => [
  ['paragraph', safeMd`Claimant: ${text}`],
  ['list item', safeMd`- **${text}** and ${mdCode(text)}`],
  ['heading', safeMd`### ${text}`],
];

/** What each context must render to: its own elements only, and the text exactly. */
function check(context: string, html: string, text: string, note = ''): void {
  const root = body(html);
  const shown = visibleText(text);
  const label = `${context} of ${JSON.stringify(text)}${note}: ${html}`;
  if (context === 'paragraph') {
    expect(tags(root), label).toEqual(['p']);
    expect(root.textContent?.trim(), label).toBe(`Claimant: ${shown}`.trim());
  } else if (context === 'list item') {
    expect(tags(root), label).toEqual(['ul', 'li', 'strong', 'code']);
    expect(root.querySelector('strong')?.textContent, label).toBe(shown);
    expect(root.querySelector('code')?.textContent, label).toBe(shown);
  } else {
    // nbconvert adds an anchor link (¶) to every heading it can parse.
    expect(
      tags(root).filter((t) => t !== 'a'),
      label,
    ).toEqual(['h3']);
    root.querySelector('a.anchor-link')?.remove();
    expect(root.querySelector('h3')?.textContent, label).toBe(shown);
  }
}

/** Pieces of Markdown, HTML and other trouble that random text is built from. */
const PIECES = [
  ...ALL_HOSTILE.filter((t) => t.length < 200),
  '<img src=x onerror=alert(1)>',
  '<b>',
  '</p>',
  '<!--',
  '`',
  '```',
  '**',
  '_',
  '~~',
  '[x](javascript:alert(1))',
  '<https://a.example>',
  'http://a.example',
  'www.a.example',
  '$x$',
  '$$',
  '&amp;',
  '&#60;',
  '&',
  '#',
  '- ',
  '1. ',
  '> ',
  '|',
  '\\',
  '\n',
  '\n\n',
  '\r\n',
  '    ',
  '\t',
  '\u00a0',
  '\u202e',
  '\u200b',
  '\u001b',
  '===',
  '---',
];
const hostileText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...PIECES),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  minLength: 1,
  maxLength: 12,
});

describe('markdownText', () => {
  it('leaves letters, digits and visible non-ASCII characters as they are', () => {
    expect(markdownText('Ağdam 1900 “€”')).toBe('Ağdam 1900 “€”'.replace(/ /g, '&#32;'));
  });

  it('writes every other character as a character reference, and hidden ones visibly', () => {
    expect(markdownText('<b>$5</b>')).toBe('&#60;b&#62;&#36;5&#60;&#47;b&#62;');
    expect(markdownText('a\u00a0b\u202e')).toBe('a&#160;b&#91;U&#43;202E&#93;');
  });

  it('comes out of nbconvert as the same text, with no element of its own, for every hostile string', () => {
    const cases = ALL_HOSTILE.flatMap((text) =>
      contexts(text).map(([context, markdown]) => ({ context, text, source: markdown.source })),
    );
    const html = render(cases.map((c) => c.source));
    cases.forEach((c, i) => check(c.context, html[i] ?? '', c.text));
  });

  it('comes out of nbconvert as the same text for any text (property)', () => {
    const seed = Date.now();
    const texts = fc.sample(hostileText, { numRuns: 300, seed });
    const cases = texts.flatMap((text) =>
      contexts(text).map(([context, markdown]) => ({ context, text, source: markdown.source })),
    );
    const html = render(cases.map((c) => c.source));
    // A failure names the text, and the seed that draws the same sample again.
    cases.forEach((c, i) => check(c.context, html[i] ?? '', c.text, ` (seed ${seed})`));
  });
});

describe('safeMd', () => {
  it('keeps what code writes as Markdown and writes every value as text', () => {
    const note = safeMd`**${'<i>x</i>'}** in ${mdCode('a`b')}`;
    expect(note.source).toBe('**&#60;i&#62;x&#60;&#47;i&#62;** in <code>a&#96;b</code>');
    expect(note.text).toBe('**<i>x</i>** in a`b');
  });

  it('nests Markdown as it is and joins pieces with a separator written in code', () => {
    const items = ['a', 'b&c'].map((t) => safeMd`- ${t}`);
    const list = safeMd`${joinMarkdown(items, '\n')}`;
    expect(list.source).toBe('- a\n- b&#38;c');
    expect(list.text).toBe('- a\n- b&c');
  });

  it('refuses a plain string where Markdown is displayed', () => {
    expect(markdownSource(safeMd`fine`)).toBe('fine');
    expect(() => markdownSource('<img src=x onerror=alert(1)>')).toThrow(/built with safeMd`/);
  });
});
