/** How a sentence frames its figures: stated, estimated or speculated (ledger column `hedge`). */
import type { Hedge } from '../data/types.ts';

const SPECULATED =
  /\b(it is|it's|it was|is|are|was|were) (speculated|rumou?red|believed|thought|alleged|suspected)\b|\b(reportedly|allegedly|purportedly|rumou?rs?|unconfirmed|unverified|seems?|seemed|appears? to|may|might|could)\b/i;
const ESTIMATED = /\b(estimat(e|es|ed|ing)|projected|projection|extrapolat\w*)\b/i;

export function guessHedge(sentence: string): Hedge {
  if (SPECULATED.test(sentence)) return 'speculated';
  if (ESTIMATED.test(sentence)) return 'estimated';
  return 'stated';
}
