/**
 * The last guard of a published notebook page: whatever a notebook's output brought in (ledger
 * text that slipped past the escaping, a library that writes markup) cannot run, redirect or
 * restyle the page. nbconvert passes raw HTML in outputs through, so the page is cleaned after it:
 *
 * - the body goes through DOMPurify (HTML and SVG; no script, event handler, `javascript:` URL,
 *   iframe, object, form or `<style>`);
 * - a `<style>` in the body survives only if its text is one the caller trusts (Plot's own, which
 *   draws every chart with the same stylesheet): one copy moves to the head;
 * - a `style` attribute survives only with a value Arquero's tables write (`text-align: …;`);
 * - the head keeps only what nbconvert's template writes there (charset, viewport and colour
 *   scheme, title, its stylesheets), and `<html>` and `<body>` only their template attributes: a
 *   stray `<body onload>` in an output would otherwise be merged into the page's own body;
 * - bidi controls and invisible characters left in any text or attribute (a chart's labels, say)
 *   become visible marks (src/lib/format/visibleText.ts), so no text on the page reads reordered.
 */
import createDOMPurify from 'dompurify';
import { visibleText } from '../format/visibleText.ts';

/** The only inline style attributes a notebook page keeps: Arquero's cell alignment. */
export const TRUSTED_STYLE_ATTRIBUTES: ReadonlySet<string> = new Set(
  ['left', 'right', 'center'].map((side) => `text-align: ${side};`),
);

const HEAD_ELEMENTS = new Set(['title', 'style']);
const HEAD_META = new Set(['viewport', 'color-scheme']);
const HTML_ATTRIBUTES = new Set(['lang']);
const BODY_ATTRIBUTES = /^(class|data-[a-z0-9-]+)$/;

function keepsInHead(element: Element): boolean {
  const tag = element.localName;
  if (tag === 'meta') {
    return element.hasAttribute('charset') || HEAD_META.has(element.getAttribute('name') ?? '');
  }
  return HEAD_ELEMENTS.has(tag);
}

function cleanAttributes(element: Element, keep: (name: string) => boolean): void {
  for (const name of element.getAttributeNames()) if (!keep(name)) element.removeAttribute(name);
}

/** Moves one copy of each trusted stylesheet found in the body to the head. */
function hoistTrustedStyles(document: Document, trusted: ReadonlySet<string>): void {
  const found = new Set(
    [...document.body.querySelectorAll('style')]
      .map((style) => style.textContent ?? '')
      .filter((text) => trusted.has(text)),
  );
  for (const text of found) {
    const style = document.createElement('style');
    style.textContent = text;
    document.head.append(style);
  }
}

function sanitiseBody(document: Document, window: Window): void {
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'style' && !TRUSTED_STYLE_ATTRIBUTES.has(data.attrValue)) {
      data.keepAttr = false;
    }
  });
  // In place: the page is parsed once, and <body> with its cleaned attributes stays.
  purify.sanitize(document.body, {
    IN_PLACE: true,
    USE_PROFILES: { html: true, svg: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
  });
}

function showHiddenCharacters(document: Document): void {
  const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, which is not a global in Node
  const walker = document.createTreeWalker(document.body, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (visibleText(text.data) !== text.data) text.data = visibleText(text.data);
  }
  for (const element of document.body.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name) ?? '';
      if (visibleText(value) !== value) element.setAttribute(name, visibleText(value));
    }
  }
}

/** Cleans a parsed nbconvert page in place (see above). */
export function sanitisePage(
  document: Document,
  window: Window,
  trustedStyles: readonly string[],
): void {
  for (const element of [...document.head.children]) {
    if (!keepsInHead(element)) element.remove();
  }
  cleanAttributes(document.documentElement, (name) => HTML_ATTRIBUTES.has(name));
  cleanAttributes(document.body, (name) => BODY_ATTRIBUTES.test(name));
  hoistTrustedStyles(document, new Set(trustedStyles));
  sanitiseBody(document, window);
  showHiddenCharacters(document);
}
