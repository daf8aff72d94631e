/**
 * Shares on a 0–100 % axis: Israel's share of Azerbaijan's weapons, the share of Israel's oil
 * from Azerbaijan, the share of Karabakh Armenians who fled. One row per kind of share, so a
 * share of imports over a window never sits on the same line as a share of the arsenal held.
 */
import type * as Plot from '@observablehq/plot';
import type { ChartContext } from './chartContext.ts';
import type { ViewClaim } from '../view/viewClaim.ts';
import { claimDotsOptions, type RowAnnotation } from './claimDots.ts';

function window(c: ViewClaim): string {
  // A window the article does not print is the ledger's inference, and says so.
  const inferred = c.time_basis === 'inferred' ? ' (inferred)' : '';
  if (c.period_start && c.period_end) return `, ${c.period_start}–${c.period_end}${inferred}`;
  return c.as_of ? `, ${c.as_of.slice(0, 4)}` : '';
}

const SHARE_LABEL: Record<string, string> = {
  arms_import_share: 'Israel’s share of Azerbaijan’s arms imports',
  arms_stock_share: 'Israel’s share of the weapons Azerbaijan holds',
  oil_supply_share: 'Azerbaijan’s share of Israel’s oil supply',
  share_fled: 'Share of Karabakh Armenians who fled',
};

export function shareRow(c: ViewClaim): string {
  return `${SHARE_LABEL[c.measure] ?? c.measure}${window(c)}`;
}

/**
 * `notes` adds a line to a row's heading, keyed by measure: for the share who fled, the count it
 * is a share of and the population the two imply.
 */
export function shareChart(
  claims: readonly ViewClaim[],
  { width, theme, Plot }: ChartContext,
  notes: Readonly<Record<string, string>> = {},
  annotations: readonly RowAnnotation[] = [],
): Plot.PlotOptions {
  return claimDotsOptions(claims, {
    width,
    theme,
    Plot,
    row: (c) => shareRowLabel(c, notes),
    axis: () => ({
      type: 'linear',
      domain: [0, 100],
      label: 'Per cent',
      tickFormat: (v: number) => `${v} %`,
    }),
    annotations,
  });
}

/** A row's heading, with its note. */
export function shareRowLabel(c: ViewClaim, notes: Readonly<Record<string, string>> = {}): string {
  return notes[c.measure] ? `${shareRow(c)}: ${notes[c.measure]}` : shareRow(c);
}
