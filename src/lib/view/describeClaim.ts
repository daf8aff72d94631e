/** One claim's provenance in a sentence: what a screen reader hears when a mark is focused. */
import { formatBounded, formatDate } from '../format/formatValue.ts';
import { MEASURE_LABEL } from '../format/labels.ts';
import { outletName } from './sourceLine.ts';
import type { ViewClaim } from './viewClaim.ts';

export const LENS_LABEL: Record<string, string> = {
  self_reported: 'a side reporting its own losses',
  adversary: 'a side speaking about the enemy',
  third_party: 'a third party',
};

export function describeClaim(c: ViewClaim): string {
  return (
    `${MEASURE_LABEL[c.measure]}: “${c.figure_text}” (${formatBounded(c)}), claimed by ${c.claimant}, ` +
    `${LENS_LABEL[c.lens] ?? c.lens}. ${outletName(c)}, ${formatDate(c.published)}, paragraph ${c.paragraph}.`
  );
}
