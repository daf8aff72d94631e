/**
 * An SVG element as a well-formed XML 1.0 document fragment, the same bytes in the browser and in
 * Node. Ledger text reaches a chart's SVG as tick labels, titles and aria-labels, and any of it
 * may hold a no-break space, markup, quotes or control characters.
 *
 * Hand-written, because neither serialiser at hand writes valid XML for such text: `outerHTML`
 * writes U+00A0 as `&nbsp;` (an HTML entity XML does not define), linkedom's leaves `<` and `&`
 * bare inside attributes, and the browser's `XMLSerializer` copies characters that XML 1.0
 * forbids (U+001B, U+0007) into its output, so the file still fails to parse.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/**
 * Characters XML 1.0 allows (its `Char` production): tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD
 * and U+10000 upwards. Everything else (C0 controls, lone surrogates, U+FFFE, U+FFFF) cannot be
 * written at all, not even as a character reference.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text with every character XML 1.0 cannot hold replaced by U+FFFD, so that a reader of the image
 * sees that something stood there instead of losing it silently.
 */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '\uFFFD');
}

/** Character data: `&`, `<` and `>` escaped; CR as a reference, or XML would fold it into LF. */
export function escapeXmlText(text: string): string {
  return xmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes: also `"`, and tab, LF and CR, which XML would turn into spaces. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

function attributes(el: Element, isRoot: boolean): string {
  let out = '';
  let hasXmlns = false;
  let needsXlink = false;
  for (const attr of Array.from(el.attributes)) {
    let name = attr.name;
    if (name === 'xmlns') hasXmlns = true;
    if (name === 'xmlns:xlink') continue; // declared below when an attribute uses it
    if (attr.namespaceURI === XLINK_NS || name.startsWith('xlink:')) {
      name = `xlink:${attr.localName.replace(/^xlink:/, '')}`;
      needsXlink = true;
    }
    out += ` ${name}="${escapeXmlAttribute(attr.value)}"`;
  }
  if (needsXlink) out = ` xmlns:xlink="${XLINK_NS}"${out}`;
  if (isRoot && !hasXmlns) out = ` xmlns="${SVG_NS}"${out}`;
  return out;
}

function element(el: Element, isRoot: boolean): string {
  // localName keeps SVG's mixed case (`clipPath`) where linkedom's tagName upper-cases it.
  const name = el.localName;
  const inner = Array.from(el.childNodes).map(node).join('');
  const open = `<${name}${attributes(el, isRoot)}`;
  return inner === '' ? `${open}/>` : `${open}>${inner}</${name}>`;
}

function node(n: Node): string {
  if (n.nodeType === ELEMENT_NODE) return element(n as Element, false);
  if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_SECTION_NODE) {
    return escapeXmlText(n.nodeValue ?? '');
  }
  return ''; // comments and processing instructions carry nothing an image needs
}

/** The element and everything inside it as XML, with the SVG namespace declared on it. */
export function svgToXml(svg: Element): string {
  return element(svg, true);
}
