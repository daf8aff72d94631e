/**
 * Who speaks about whom. In a war a side's report of its own losses, its claim about the
 * enemy's and an outside estimate behave differently (sides tend to understate their own losses
 * and inflate the enemy's), so every claim carries its lens together with its hedge.
 *
 * - self_reported: the counted party is a belligerent and the claimant is on its side;
 * - adversary: the counted party is a belligerent and the claimant is on the other one;
 * - third_party: everything else, including claimants whose side the article does not state
 *   (then `lens_note` says so, since "third party" is only the engine's default).
 */
import type { EngineRules } from './rules.ts';

export type { Lens } from '../vocabulary/vocabulary.ts';
import type { Lens } from '../vocabulary/vocabulary.ts';

export interface LensResult {
  lens: Lens;
  /** Why the lens may mislead; empty when it does not. */
  note: string;
}

export function lensOf(
  c: { counted: string; claimant_side: string },
  rules: EngineRules,
): LensResult {
  const counted = c.counted;
  const side = c.claimant_side;
  if (rules.belligerents.includes(counted)) {
    if (side === counted) return { lens: 'self_reported', note: '' };
    if (rules.belligerents.includes(side)) return { lens: 'adversary', note: '' };
    if (side === 'unknown') {
      return {
        lens: 'third_party',
        note: "the article does not say which side's officials gave the figure",
      };
    }
  }
  return { lens: 'third_party', note: '' };
}
