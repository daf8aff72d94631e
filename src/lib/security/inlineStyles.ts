/**
 * Every inline style a page holds, <style> text and style attributes, as the browser reads them
 * (entities decoded): what a Content-Security-Policy hash is computed over.
 */
import { attribute, elements, textOf } from './parsedElements.ts';

export function inlineStyles(html: string): string[] {
  const found: string[] = [];
  for (const element of elements(html)) {
    if (element.nodeName === 'style') found.push(textOf(element));
    const style = attribute(element, 'style');
    if (style !== null) found.push(style);
  }
  return found;
}
