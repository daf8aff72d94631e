/** One claim's provenance in a sentence: what a screen reader hears when a mark is focused. */
import { LENS_VOCABULARY } from '../vocabulary/vocabulary.ts';
import { originOf, originPhrase } from '../analysis/origins.ts';
import { formatBounded } from '../format/formatValue.ts';
import { MEASURE_LABEL, publishedLabel } from '../format/labels.ts';
import { outletName } from './sourceLine.ts';
import type { ViewClaim } from './viewClaim.ts';

export const LENS_LABEL: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LENS_VOCABULARY).map(([k, v]) => [k, v.phrase]),
);

export function describeClaim(c: ViewClaim): string {
  const origin = originOf(c);
  // Wire copy or an institute's figure: say where the article took it from.
  const from = origin.shared ? `, taken from ${originPhrase(origin)}` : '';
  const revised = revisedFrom(c);
  return (
    `${MEASURE_LABEL[c.measure]}${c.subset ? ` (${c.subset})` : ''}: “${c.figure_text}” (${formatBounded(c)}), claimed by ${c.claimant}, ` +
    `${LENS_LABEL[c.lens] ?? c.lens}. ${outletName(c)}, ${publishedLabel(c.published, c.published_precision)}, ` +
    `paragraph ${c.paragraph}${from}${revised ? `; ${revised}` : ''}.`
  );
}

/**
 * "revised from “ten”": the figure this one replaced (ledger column `revises`), or, when the
 * revision kept the number, "unchanged in a revision". Null for a figure that revises nothing.
 */
export function revisedFrom(c: Pick<ViewClaim, 'figure_text' | 'revises_figure'>): string | null {
  if (!c.revises_figure) return null;
  return c.revises_figure === c.figure_text
    ? `unchanged in a revision of “${c.revises_figure}”`
    : `revised from “${c.revises_figure}”`;
}
