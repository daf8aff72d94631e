/**
 * A page's Content-Security-Policy, as written in its `<meta http-equiv>`: each directive with its
 * sources, quotes kept (`'self'`, `'sha256-…'`). Empty when the page has none.
 */
import { attribute, elements } from './parsedElements.ts';

export function pagePolicySources(html: string): Map<string, string[]> {
  for (const element of elements(html)) {
    if (element.nodeName !== 'meta') continue;
    if (attribute(element, 'http-equiv')?.toLowerCase() !== 'content-security-policy') continue;
    const policy = attribute(element, 'content') ?? '';
    return new Map(
      policy
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .filter(([name]) => name)
        .map(([name, ...sources]) => [name as string, sources]),
    );
  }
  return new Map();
}
