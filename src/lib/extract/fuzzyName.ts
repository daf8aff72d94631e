/**
 * Loose comparison of names, for transliterations printed two ways in one article
 * ("Smbatyan" / "Smbatyn") and for checking a guessed claimant against the ledger's.
 */

/** Edit distance (insertions, deletions, substitutions), stopping early above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** Same word up to one edit for words of five letters or more, exactly for shorter ones. */
export function sameNameToken(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (x.length < 5 || y.length < 5) return false;
  return editDistance(x, y, 1) <= 1;
}

/** Word tokens of a name, lower-cased, without punctuation. */
export function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}
