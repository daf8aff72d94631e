/** A page's elements as a browser's HTML parser builds them (parse5 follows the HTML standard). */
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

function* walk(node: T.ParentNode): Generator<T.Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* walk(child);
    if (child.nodeName === 'template') yield* walk((child as T.Template).content);
  }
}

/** Every element of a page, template contents included, in document order. */
export function elements(html: string, scriptingEnabled = true): Generator<T.Element> {
  return walk(parse(html, { scriptingEnabled }));
}

/** An attribute's value, or null when the element has none. */
export function attribute(element: T.Element, name: string): string | null {
  return element.attrs.find((a) => a.name === name)?.value ?? null;
}

/** An element's text, as the parser read it. */
export function textOf(element: T.Element): string {
  return element.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
}
