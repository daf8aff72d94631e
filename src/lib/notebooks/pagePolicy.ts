/**
 * The Content-Security-Policy of a published notebook page: the site's policy (security/siteCsp.ts)
 * with two differences. A notebook page runs no script at all, so `script-src` is `'none'`; and
 * `style-src` allows, by hash, exactly the inline styles the cleaned page holds (nbconvert's
 * stylesheets, Plot's, Arquero's `text-align` attributes) and no other.
 */
import { createHash } from 'node:crypto';
import { contentSecurityPolicy } from '../security/contentSecurityPolicy.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hashes of every `<style>` element and `style` attribute in the page, sorted. */
export function styleHashes(document: Document): string[] {
  const texts = [
    ...[...document.querySelectorAll('style')].map((style) => style.textContent ?? ''),
    ...[...document.querySelectorAll('[style]')].map((el) => el.getAttribute('style') ?? ''),
  ];
  return [...new Set(texts.map(sha256))].sort();
}

export function pagePolicy(hashes: readonly string[]): string {
  // The site's policy, but no script at all: the published pages need none.
  return contentSecurityPolicy(hashes, "'none'");
}

/** Writes the policy as the first element of the head, before any style it governs. */
export function addPolicy(document: Document): void {
  const meta = document.createElement('meta');
  meta.setAttribute('http-equiv', 'Content-Security-Policy');
  meta.setAttribute('content', pagePolicy(styleHashes(document)));
  const charset = document.head.querySelector('meta[charset]');
  if (charset) charset.after(meta);
  else document.head.prepend(meta);
}
