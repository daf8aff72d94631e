import { describe, expect, it } from 'vitest';
import { decodeArticle, firstInvalidUtf8, InputError } from '../../src/lib/extract/decodeInput.ts';
import { htmlToText, looksLikeHtml } from '../../src/lib/extract/htmlToText.ts';

const bytes = (...xs: number[]) => new Uint8Array(xs);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decoding input', () => {
  it.each([
    ['an empty file', bytes(), /is empty/],
    ['white space only', utf8(' \n\t\n'), /no text/],
    ['a binary file', bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01), /binary/],
    [
      'control bytes',
      bytes(...Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 1 : 65))),
      /binary/,
    ],
    ['UTF-16', bytes(0xff, 0xfe, 0x41, 0x00), /UTF-16/],
    [
      'Latin-1',
      bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x34, 0x30),
      /not valid UTF-8 \(first bad byte at offset 3\)/,
    ],
  ])('refuses %s', (_, input, message) => {
    expect(() => decodeArticle(input)).toThrow(InputError);
    expect(() => decodeArticle(input)).toThrow(message);
  });

  it('accepts UTF-8 and drops a byte-order mark', () => {
    expect(decodeArticle(utf8('\uFEFFErdo\u011Fan said 40.'))).toBe('Erdo\u011Fan said 40.');
  });

  it('finds the first bad byte', () => {
    expect(firstInvalidUtf8(utf8('ok \u20ac'))).toBe(-1);
    expect(firstInvalidUtf8(bytes(0x41, 0xe2, 0x82))).toBe(1);
  });
});

describe('HTML', () => {
  it('knows HTML from plain text', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body></body></html>')).toBe(true);
    expect(looksLikeHtml('plain text', 'story.html')).toBe(true);
    expect(looksLikeHtml('The army said 3 < 4 and 5 > 2.')).toBe(false);
  });

  it('keeps one block per line, decodes entities and drops scripts, styles and forms', () => {
    const html = `<!doctype html><html><head><title>T</title><style>p{}</style></head><body>
      <nav><a href="/">Home</a></nav>
      <h1>Storm &amp; flood</h1>
      <p>The storm killed <b>40</b>&nbsp;people,<br>officials said.</p>
      <script>var x = 12;</script>
      <ul><li>One</li><li>Two</li></ul>
      <form><input value="9"><button>Send</button></form>
    </body></html>`;
    expect(htmlToText(html).split('\n')).toEqual([
      'Storm & flood',
      'The storm killed 40\u00A0people,',
      'officials said.',
      'One',
      'Two',
    ]);
  });

  it('survives deep nesting', () => {
    const html = `${'<div>'.repeat(20000)}deep 5 days${'</div>'.repeat(20000)}`;
    expect(htmlToText(html)).toBe('deep 5 days');
  });
});
