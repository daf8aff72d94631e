/**
 * The one Content-Security-Policy of every page the project publishes: the site's pages (with
 * `script-src 'self'`: only its own script files) and the published notebooks (`'none'`: they run
 * no script). Inline styles are allowed only by the hashes given ('unsafe-hashes' lets a hash cover
 * a style attribute, as Plot's legends need).
 */
export function contentSecurityPolicy(
  styleHashes: readonly string[],
  scriptSrc: "'self'" | "'none'",
): string {
  return [
    "default-src 'none'",
    `script-src ${scriptSrc}`,
    `style-src 'self' 'unsafe-hashes' ${styleHashes.join(' ')}`.trim(),
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
