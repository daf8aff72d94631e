/** Readable ids: candidate rows' `claim_id` (extract) and comparison groups named by a subset (analysis). */

/** A readable id fragment: lower-case ASCII letters and digits joined by single hyphens. */
export function slug(text: string): string {
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7F]*$/.test(text) ? text : text.normalize('NFKD');
  let out = '';
  let hyphen = false;
  for (let i = 0; i < ascii.length && out.length < 40; i++) {
    const c = ascii.charCodeAt(i) | 0x20; // lower-case for letters
    const isDigit = ascii.charCodeAt(i) >= 48 && ascii.charCodeAt(i) <= 57;
    if (isDigit || (c >= 97 && c <= 122)) {
      if (hyphen && out.length > 0) out += '-';
      out += isDigit ? ascii[i] : String.fromCharCode(c);
      hyphen = false;
    } else hyphen = true;
  }
  return out || 'x';
}
