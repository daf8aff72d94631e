/**
 * The last check on a page the build writes: that text from the ledger did not become markup.
 * A page must hold exactly one doctype and one <html>, no refresh or <base>, no script other than
 * the site's own script files and the inline scripts its policy allows by hash (SvelteKit's
 * start-up script), no inline event handler and no `javascript:` address. The build refuses to
 * write a page that fails (src/hooks.server.ts).
 */
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { attribute as attr, elements, textOf } from './parsedElements.ts';

export interface CheckOptions {
  /** Whether a <script src> names one of the site's own script files. */
  isOwnScript: (src: string) => boolean;
  /** Whether the page's policy allows this inline script (by its hash); none is by default. */
  isAllowedInline?: (text: string) => boolean;
}

/**
 * Counted in the source text: a doctype or <html> tag can only come from these characters, and
 * every text and attribute the site writes has its `<` escaped, so counting them never misses
 * one. (The HTML parser drops extra doctypes and merges extra <html> tags without a trace.)
 */
const COUNTED: { name: string; pattern: RegExp }[] = [
  { name: 'doctype', pattern: /<!doctype/gi },
  { name: '<html> tag', pattern: /<html[\s/>]/gi },
];

/** Attributes that hold an address a browser may follow or load. */
const ADDRESS_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data']);

type Rule = (element: T.Element, options: CheckOptions) => string | null;

/** Each rule names what it found in one element, or returns null. */
const RULES: Rule[] = [
  // <meta http-equiv="refresh" content="1;url=/pwned"> sends the reader elsewhere.
  (el) =>
    el.nodeName === 'meta' && attr(el, 'http-equiv')?.trim().toLowerCase() === 'refresh'
      ? 'a <meta http-equiv="refresh">'
      : null,
  // <base href="//evil.example/"> moves every relative address of the page.
  (el) => (el.nodeName === 'base' ? 'a <base> element' : null),
  // <script>alert(1)</script>, or a script from anywhere but the site's own files.
  (el, options) => {
    if (el.nodeName !== 'script') return null;
    const src = attr(el, 'src');
    if (src === null) return options.isAllowedInline?.(textOf(el)) ? null : 'an inline <script>';
    return options.isOwnScript(src)
      ? null
      : `a <script src="${src.slice(0, 80)}"> that is not the site's own`;
  },
  // <img src=x onerror="alert(1)">, <svg onload=...>.
  (el) => {
    const handler = el.attrs.find((a) => /^on/i.test(a.name));
    return handler ? `an inline event handler ${handler.name} on <${el.nodeName}>` : null;
  },
  // <a href="javascript:alert(5)">; browsers ignore tabs, line ends and leading spaces in it.
  (el) => {
    const bad = el.attrs.find(
      (a) =>
        ADDRESS_ATTRIBUTES.has(a.name) &&
        // eslint-disable-next-line no-control-regex -- browsers drop these from an address
        /^javascript:/i.test(a.value.replace(/[\s\u0000-\u001f]/g, '')),
    );
    return bad ? `a javascript: address in ${bad.name} on <${el.nodeName}>` : null;
  },
];

/** What is wrong with a page, one sentence per problem; empty when the page is sound. */
export function checkPage(html: string, options: CheckOptions): string[] {
  const problems: string[] = [];
  for (const { name, pattern } of COUNTED) {
    const count = html.match(pattern)?.length ?? 0;
    if (count !== 1) problems.push(`${count} ${name}s where there must be exactly one`);
  }
  // Parsed twice: with scripting, <noscript> is raw text; without, its markup is live.
  for (const scriptingEnabled of [true, false]) {
    for (const element of elements(html, scriptingEnabled)) {
      for (const rule of RULES) {
        const found = rule(element, options);
        if (found !== null && !problems.includes(found)) problems.push(found);
      }
    }
  }
  return problems;
}
