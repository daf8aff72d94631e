/** How many marks a chart draws at most, and what its finding says when it draws fewer. */
import { formatNumber } from '../format/formatValue.ts';

/**
 * The most marks a chart draws. Every chart gives each figure a labelled line of its own, so a
 * ledger of thousands would make charts tens of thousands of pixels tall that take seconds to
 * draw; past this, a chart draws the first ones in its own order and says so, and the table and
 * the CSV keep every figure. The bundled ledger is far below it.
 */
export const DRAW_LIMIT = 120;

/** The items a chart draws, and the sentence its finding gains when some are left out. */
export function drawLimit<T>(
  items: readonly T[],
  noun: string,
  order: string,
  limit = DRAW_LIMIT,
): { drawn: T[]; note: string } {
  if (items.length <= limit) return { drawn: [...items], note: '' };
  return {
    drawn: items.slice(0, limit),
    note:
      ` The chart draws the first ${formatNumber(limit)} of ${formatNumber(items.length)} ${noun}` +
      ` (${order}); the table and the CSV hold every one.`,
  };
}
