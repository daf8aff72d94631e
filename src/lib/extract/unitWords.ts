/**
 * The nouns that say what a count counts ("soldiers", "tanks", "S-300", "artillery pieces",
 * "attacks"), read from the ledger's vocabulary (src/lib/vocabulary/vocabulary.ts, each unit's
 * `words`) rather than from a list of the extractor's own. A new unit or a new word for one is
 * an entry there; the extractor picks it up.
 *
 * Words are matched token by token with the extractor's own tokenizer, so "s-300" and "mi-24"
 * match however the text spaces them, and the longest phrase wins ("tanks and armoured vehicles"
 * over "tanks").
 */
import { UNIT_VOCABULARY, UNITS, type Unit, type UnitFamily } from '../vocabulary/vocabulary.ts';
import { tokenize, type Token } from './tokens.ts';

/** Families whose units are counted things named by a noun after the number. */
export const COUNT_FAMILIES: ReadonlySet<UnitFamily> = new Set(['people', 'equipment', 'events']);

interface Phrase {
  unit: Unit;
  words: readonly string[];
}

/** Phrases by their first token, longest first. */
const BY_FIRST = new Map<string, Phrase[]>();
for (const unit of UNITS) {
  const entry = UNIT_VOCABULARY[unit];
  if (!COUNT_FAMILIES.has(entry.family)) continue;
  for (const word of entry.words) {
    const words = tokenize(word).map((t) => t.lower);
    const first = words[0];
    if (first === undefined) continue;
    const list = BY_FIRST.get(first) ?? [];
    list.push({ unit, words });
    BY_FIRST.set(first, list);
  }
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);

export interface NounRead {
  unit: Unit;
  /** Index of the noun phrase's last token. */
  last: number;
}

/** The unit whose word starts at token `k` ("tanks", "artillery pieces"), if any. */
export function nounUnitAt(tokens: readonly Token[], k: number): NounRead | undefined {
  const first = tokens[k];
  if (first === undefined) return undefined;
  for (const phrase of BY_FIRST.get(first.lower) ?? []) {
    if (phrase.words.every((w, i) => tokens[k + i]?.lower === w)) {
      return { unit: phrase.unit, last: k + phrase.words.length - 1 };
    }
  }
  return undefined;
}

/** True when a single lower-case word is a unit word of a counted family. */
export function isUnitWord(word: string): boolean {
  return (BY_FIRST.get(word) ?? []).some((p) => p.words.length === 1);
}

/** The family of a unit, or 'none' for an empty unit. */
export function familyOf(unit: Unit | ''): UnitFamily | 'none' {
  return unit === '' ? 'none' : UNIT_VOCABULARY[unit].family;
}
