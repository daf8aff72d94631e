import { describe, expect, it } from 'vitest';
import { startAfterPaint } from '../../src/lib/server/startAfterPaint.ts';
import { sha256 } from '../../src/lib/security/siteCsp.ts';

const start = `
  {
    const element = document.currentScript.parentElement;
    Promise.all([
      import("./_app/immutable/entry/start.X.js"),
      import("./_app/immutable/entry/app.Y.js")
    ]).then(([kit, app]) => { kit.start(app, element, {}); });
  }
`;
const page = (script: string, policyScript = script) =>
  `<html><head><meta http-equiv="content-security-policy" content="script-src 'self' '${sha256(policyScript)}'">` +
  '<link href="./_app/immutable/entry/start.X.js" rel="modulepreload">\n' +
  '<link rel="modulepreload" href="./_app/immutable/chunks/c.js">\n' +
  '<link href="./a.css" rel="stylesheet"></head>' +
  `<body><p>&lt;link rel="modulepreload" href="x"&gt; Promise.all([import("y")])</p><script>${script}</script></body></html>`;

const scriptOf = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

describe('startAfterPaint', () => {
  const out = startAfterPaint(page(start));

  it('takes the modulepreload tags out of the head and leaves stylesheets and text alone', () => {
    expect(out).not.toMatch(/<link[^>]*modulepreload/);
    expect(out).toContain('<link href="./a.css" rel="stylesheet">');
    expect(out).toContain(
      '<p>&lt;link rel="modulepreload" href="x"&gt; Promise.all([import("y")])</p>',
    );
  });

  it('makes the imports wait for the first contentful paint, then preloads the app', () => {
    const script = scriptOf(out);
    expect(script).toContain('first-contentful-paint');
    expect(script.indexOf('first-contentful-paint')).toBeLessThan(script.indexOf('import('));
    expect(script).toContain(
      '["./_app/immutable/entry/start.X.js","./_app/immutable/chunks/c.js"]',
    );
    expect(script).toContain('kit.start(app, element');
    // The rewritten script is still one valid script.
    expect(() => new Function(script.replaceAll('import(', 'imp('))).not.toThrow();
  });

  it("swaps the script's hash in the page's policy", () => {
    expect(out).not.toContain(sha256(start));
    expect(out).toContain(`'${sha256(scriptOf(out))}'`);
  });

  it('leaves a page without a start-up script as it is', () => {
    const embed = '<html><head></head><body><script defer src="../e.js"></script></body></html>';
    expect(startAfterPaint(embed)).toBe(embed);
  });

  it('stops the build when the start-up script has an unknown shape or its hash is missing', () => {
    expect(() => startAfterPaint(page('kit.start()'))).toThrow(/known shape/);
    expect(() => startAfterPaint(page(start, 'other'))).toThrow(/hash/);
  });
});
