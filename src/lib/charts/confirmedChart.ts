/**
 * Claims against what was later confirmed: for each side's losses of one kind (soldiers killed,
 * tanks and armoured vehicles, drones …), the enemy's wartime claims beside the side's own final
 * figure and third parties' counts, so a reader sees how far each side's claims ran ahead.
 */
import type * as Plot from '@observablehq/plot';
import { formatNumber } from '../format/formatValue.ts';
import {
  SIDE_VOCABULARY,
  countedEntry,
  unitEntry,
  unitRoot,
  type Side,
} from '../vocabulary/vocabulary.ts';
import type { ViewClaim } from '../view/viewClaim.ts';
import type { ChartContext } from './chartContext.ts';
import { WARS, warOf } from './casualtiesChart.ts';
import { claimDotsOptions, logDomain } from './claimDots.ts';

/** Measures of losses that claims and confirmations are compared on. */
const LOSS_MEASURES = new Set([
  'military_deaths',
  'equipment_destroyed',
  'equipment_lost',
  'aircraft_downed',
]);

/** The kind of loss a claim counts: soldiers, or the broadest kind of equipment. */
function kindOf(c: ViewClaim): string | undefined {
  if (!LOSS_MEASURES.has(c.measure)) return undefined;
  if (c.measure === 'military_deaths') return c.unit === 'people' ? 'soldiers' : undefined;
  return unitEntry(c.unit)?.family === 'equipment' ? unitRoot(c.unit) : undefined;
}

export interface ConfirmedRow {
  key: string;
  label: string;
  counted: string;
  claims: ViewClaim[];
  /** The highest of the enemy's claims, and the highest own or third-party figure. */
  claimed: ViewClaim;
  confirmed: ViewClaim;
}

function rowLabel(counted: string, kind: string): string {
  const adj = countedEntry(counted)?.adjective ?? counted;
  if (kind === 'soldiers') return `${adj} soldiers killed`;
  return `${adj} ${unitEntry(kind)?.plural ?? kind} lost`;
}

const highest = (list: readonly ViewClaim[]) =>
  list.reduce((a, b) => (b.center > a.center ? b : a));

/** Rows where the enemy made a claim and the side itself or a third party gave a figure. */
export function confirmedRows(claims: readonly ViewClaim[]): ConfirmedRow[] {
  const byKey = new Map<string, ViewClaim[]>();
  for (const c of claims) {
    if (!SIDE_VOCABULARY[c.counted as Side]?.belligerent) continue;
    const kind = kindOf(c);
    if (!kind) continue;
    const key = `${warOf(c) ?? 'other'}|${c.counted}|${kind}`;
    const list = byKey.get(key);
    if (list) list.push(c);
    else byKey.set(key, [c]);
  }
  const rows: ConfirmedRow[] = [];
  for (const [key, list] of byKey) {
    const enemy = list.filter((c) => c.lens === 'adversary');
    const others = list.filter((c) => c.lens !== 'adversary');
    if (enemy.length === 0 || others.length === 0) continue;
    const [war, counted, kind] = key.split('|') as [string, string, string];
    const when = war === String(WARS[0]?.year) ? '' : ` (${war})`;
    rows.push({
      key,
      label: `${rowLabel(counted, kind)}${when}`,
      counted,
      claims: list,
      claimed: highest(enemy),
      confirmed: highest(others),
    });
  }
  // Soldiers first, then equipment; each side's rows together.
  return rows.sort(
    (a, b) =>
      a.key.split('|')[0]!.localeCompare(b.key.split('|')[0]!) ||
      a.counted.localeCompare(b.counted) ||
      Number(!a.key.endsWith('|soldiers')) - Number(!b.key.endsWith('|soldiers')) ||
      a.label.localeCompare(b.label),
  );
}

const ratioText = (r: number) =>
  r >= 1.95
    ? `${formatNumber(Math.round(r * 10) / 10)} times`
    : `${formatNumber(Math.round((r - 1) * 100))} % more than`;

/** One sentence per row: how far the enemy's highest claim ran ahead of the highest other figure. */
export function confirmedFinding(rows: readonly ConfirmedRow[]): string {
  if (rows.length === 0)
    return 'No loss among the figures shown has both an enemy claim and a figure from the side itself or a third party.';
  return rows
    .map((r) => {
      const ratio = r.claimed.center / Math.max(1, r.confirmed.center);
      const who = r.confirmed.lens === 'self_reported' ? 'its own figure' : r.confirmed.claimant;
      const verb =
        ratio > 1.05
          ? `ran to ${ratioText(ratio)} ${who} (${r.confirmed.figure_text})`
          : ratio < 0.95
            ? `stayed below ${who} (${r.confirmed.figure_text})`
            : `matched ${who} (${r.confirmed.figure_text})`;
      return `${r.label}: the enemy’s highest claim, ${r.claimed.figure_text} (${r.claimed.claimant}), ${verb}.`;
    })
    .join(' ');
}

export function confirmedChart(
  rows: readonly ConfirmedRow[],
  { width, theme, Plot }: ChartContext,
): Plot.PlotOptions {
  const rowOf = new Map<ViewClaim, string>();
  for (const r of rows) for (const c of r.claims) rowOf.set(c, r.label);
  const claims = rows.flatMap((r) => r.claims);
  const values = claims
    .flatMap((c) => [c.center, c.lo, c.hi])
    .filter((v): v is number => v !== null && v > 0);
  return claimDotsOptions(claims, {
    width,
    theme,
    Plot,
    row: (c) => rowOf.get(c) ?? '',
    rowOrder: rows.map((r) => r.label),
    x: {
      type: 'log',
      domain: logDomain(values),
      label: 'People or pieces of equipment, as each row says (logarithmic scale) →',
      tickFormat: formatNumber,
    },
  });
}
