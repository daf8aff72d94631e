/**
 * Which flow of arms a ledger claim counts, in SIPRI's names: the ledger's `counted` value
 * `israel_to_azerbaijan` is Israel's deliveries to Azerbaijan. Any `<supplier>_to_<recipient>`
 * value reads the same way, so a claim about a new flow needs no code, only (where SIPRI spells
 * a country otherwise than the ledger's slug) a line in COUNTRY_NAMES.
 */
import type { Flow } from './sipriSeries.ts';

/** Ledger slugs SIPRI spells differently; any other slug is its words capitalised. */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  turkey: 'Turkiye',
  usa: 'United States',
  us: 'United States',
  uk: 'United Kingdom',
  czech_republic: 'Czechia',
};

const FLOW = /^([a-z]+(?:_[a-z]+)*?)_to_([a-z]+(?:_[a-z]+)*)$/;

/** "united_arab_emirates" → "United Arab Emirates", unless SIPRI spells it otherwise. */
export function countryName(slug: string): string {
  return (
    COUNTRY_NAMES[slug] ??
    slug
      .split('_')
      .map((w) => (w === 'and' || w === 'of' ? w : w.charAt(0).toUpperCase() + w.slice(1)))
      .join(' ')
  );
}

/** The flow a `counted` value names, or null when it names no flow (a side, a place, a span). */
export function flowOf(counted: string): Flow | null {
  const m = FLOW.exec(counted);
  if (!m) return null;
  return { supplier: countryName(m[1] as string), recipient: countryName(m[2] as string) };
}
