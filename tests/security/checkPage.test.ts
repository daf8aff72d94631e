import { describe, expect, it } from 'vitest';
import { checkPage } from '../../src/lib/security/checkPage.ts';

const own = { isOwnScript: (src: string) => src === './assets/index.js' };
const pageWith = (head: string, body: string) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8" />${head}<title>t</title></head>` +
  `<body><div id="app">${body}</div><script type="module" src="./assets/index.js"></script></body></html>`;

describe('checkPage', () => {
  it('passes a sound page, with escaped hostile text in text and attributes', () => {
    const text = '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &lt;!doctype html&gt;&lt;html&gt;';
    expect(checkPage(pageWith('', `<p title="${text}">${text}</p>`), own)).toEqual([]);
  });

  // Each row: what reached the page, and the problem the checker must name.
  const cases: [string, string, string, RegExp][] = [
    // The page the old `String.replace` splice wrote from a claimant holding `` $` ``.
    ['a second document', '', '<!doctype html><html><head>', /2 doctypes.*2 <html> tags/],
    ['a refresh', '', '<meta http-equiv=refresh content=1;url=/pwned>', /http-equiv="refresh"/],
    ['a refresh, upper case', '<META HTTP-EQUIV="Refresh" content="0">', '', /refresh/],
    [
      'a refresh live only without JavaScript',
      '',
      '<noscript><meta http-equiv=refresh content=0></noscript>',
      /refresh/,
    ],
    ['an inline script', '', '<script>alert(2)</script>', /inline <script>/],
    ['an SVG script', '', '<svg><script>alert(2)</script></svg>', /inline <script>/],
    [
      'a foreign script',
      '',
      '<script src="https://evil.invalid/x.js"></script>',
      /not the site's own/,
    ],
    ['an event handler', '', '<img src=x onerror="alert(1)">', /onerror on <img>/],
    ['an SVG event handler', '', '"><svg onload=alert(3)>', /onload on <svg>/],
    ['a handler in a template', '', '<template><b onclick="x()">b</b></template>', /onclick/],
    ['a base', '', '<base href="//evil.invalid/">', /<base>/],
    [
      'a javascript: link',
      '',
      '<a href=" java\tscript:alert(5)">x</a>',
      /javascript: address in href/,
    ],
  ];
  for (const [what, head, body, problem] of cases) {
    it(`refuses ${what}`, () => {
      expect(checkPage(pageWith(head, body), own).join('; ')).toMatch(problem);
    });
  }

  it('counts a doctype and an <html> in any case, and a page without them', () => {
    expect(checkPage('<p>no doctype</p>', own)).toEqual([
      '0 doctypes where there must be exactly one',
      '0 <html> tags where there must be exactly one',
    ]);
    expect(checkPage(pageWith('', '<!DOCTYPE HTML><HTML>'), own)).toHaveLength(2);
  });

  it("lets through only the inline scripts the page allows (SvelteKit's start-up script)", () => {
    const boot = 'import("./_app/immutable/entry/start.js")';
    const page = pageWith('', `<script>${boot}</script><script>alert(1)</script>`);
    const allowing = { ...own, isAllowedInline: (text: string) => text === boot };
    expect(checkPage(page, allowing)).toEqual(['an inline <script>']);
    expect(checkPage(pageWith('', `<script>${boot}</script>`), allowing)).toEqual([]);
  });
});
