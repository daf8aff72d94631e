/**
 * HTML to the plain-text layout of the archive (one paragraph per line), with linkedom, a real
 * HTML parser: entities are decoded, scripts, styles, forms and navigation are dropped, block
 * elements end a line and inline elements do not.
 */
import { parseHTML } from 'linkedom';

const DROP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'FORM',
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
  'NAV',
  'HEAD',
]);

const BLOCK = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY BR DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE ' +
    'FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN OL P PRE SECTION SUMMARY TABLE TD TH TR UL CAPTION'
  ).split(' '),
);

/** True when `text` (or its file name) says it is HTML rather than plain text. */
export function looksLikeHtml(text: string, fileName = ''): boolean {
  if (/\.x?html?$/i.test(fileName)) return true;
  const head = text.slice(0, 4096);
  if (/^\s*(<!doctype html|<html[\s>]|<\?xml)/i.test(head)) return true;
  const tags = head.match(/<\/?(p|div|br|span|a|article|body|h[1-6]|li|em|strong)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/** Plain text of an HTML document, one block per line. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(
    /^\s*<!doctype|^\s*<html/i.test(html)
      ? html
      : `<!doctype html><html><body>${html}</body></html>`,
  );
  const root = (document.body ?? document.documentElement) as unknown as NodeLike | null;
  if (root === null) return '';
  const lines: string[] = [];
  let line = '';
  const endLine = () => {
    const t = line.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (t !== '') lines.push(t);
    line = '';
  };
  // Iterative walk: deeply nested markup must not overflow the stack.
  const stack: Array<{ node: NodeLike; closing: boolean }> = [{ node: root, closing: false }];
  while (stack.length > 0) {
    const { node, closing } = stack.pop() as { node: NodeLike; closing: boolean };
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = node.nodeName.toUpperCase();
    if (DROP.has(name)) continue;
    const block = BLOCK.has(name);
    if (closing) {
      if (block) endLine();
      continue;
    }
    if (block) endLine();
    stack.push({ node, closing: true });
    const children = node.childNodes;
    for (let k = children.length - 1; k >= 0; k--) {
      const child = children[k];
      if (child) stack.push({ node: child, closing: false });
    }
  }
  endLine();
  return lines.join('\n');
}
