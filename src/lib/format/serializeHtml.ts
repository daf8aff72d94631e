/**
 * Markup built at build time, written as HTML that a browser parses back into the same tree.
 * Written here because linkedom's `outerHTML` (the DOM the build draws charts into) escapes only
 * `"` in attribute values: a literal `&amp;` in ledger text came back as `&`, and `<` stayed raw.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\u00a0': '&#160;',
};

/** Text for an element's content. */
export function escapeText(text: string): string {
  return text.replace(/[&<>\u00a0]/g, (c) => ENTITIES[c] ?? c);
}

/** Text for a double-quoted attribute value. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"\u00a0]/g, (c) => ENTITIES[c] ?? c);
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta']);
/** HTML elements whose content the parser reads as raw text, entities and all. */
const RAW_TEXT = new Set(['style', 'script']);

/** One node and its descendants as HTML. */
export function serializeHtml(node: Node): string {
  if (node.nodeType === 3) return escapeText(node.nodeValue ?? '');
  if (node.nodeType === 8) return `<!--${(node.nodeValue ?? '').replace(/--/g, '- -')}-->`;
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const name = element.localName;
  const attributes = Array.from(element.attributes)
    .map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`)
    .join('');
  const html = element.namespaceURI === HTML_NS;
  if (html && VOID.has(name)) return `<${name}${attributes}>`;
  let content: string;
  if (html && RAW_TEXT.has(name)) {
    content = element.textContent ?? '';
    // Raw text cannot be escaped: text that would close the element is refused instead.
    if (new RegExp(`</${name}`, 'i').test(content))
      throw new Error(`a <${name}> element holds text that would close it`);
  } else {
    content = Array.from(element.childNodes, serializeHtml).join('');
  }
  return `<${name}${attributes}>${content}</${name}>`;
}
