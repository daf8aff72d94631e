/**
 * A notebook page as `npm run notebooks` publishes it: nbconvert's HTML, cleaned
 * (sanitisePage.ts), with its Content-Security-Policy (pagePolicy.ts). jsdom parses it: DOMPurify
 * needs a full DOM, and jsdom is the one its authors test with.
 */
import { JSDOM } from 'jsdom';
import { addPolicy } from './pagePolicy.ts';
import { sanitisePage } from './sanitisePage.ts';

export function publishPage(html: string, trustedStyles: readonly string[]): string {
  const dom = new JSDOM(html);
  const { window } = dom;
  sanitisePage(window.document, window, trustedStyles);
  addPolicy(window.document);
  return `${dom.serialize()}\n`;
}
