/**
 * Claims against what was later confirmed: for each side's losses of one kind (soldiers killed,
 * tanks and armoured vehicles, drones …), the enemy's wartime claims beside the side's own final
 * figure and third parties' counts, so a reader sees how far each side's claims ran ahead.
 */
import type * as Plot from '@observablehq/plot';
import { formatDate, formatNumber } from '../format/formatValue.ts';
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
import { claimDotsOptions, fittingAxis, type RowAnnotation } from './claimDots.ts';
import { positives, unitLabel } from './measureChart.ts';

/** Measures of losses that claims and confirmations are compared on. */
const LOSS_MEASURES = new Set([
  'military_deaths',
  'equipment_destroyed',
  'equipment_lost',
  'aircraft_downed',
]);

/** Sides whose counts can confirm a loss besides the side itself. */
const CONFIRMING = new Set(['independent', 'international']);

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
  /** The highest of the enemy's claims. */
  claimed: ViewClaim;
  /** The highest figure of the side itself or a third party: one claimant's, for one measure. */
  confirmed: Confirmed;
}

export interface Confirmed {
  claimant: string;
  self: boolean;
  value: number;
  /** As printed: "3,825", or the parts it adds up ("255 tanks and 78 armoured vehicles"). */
  text: string;
  /** The parts were added up here (a count of tanks and one of other armoured vehicles). */
  summed: boolean;
  /** Only a floor ("at least one"): it confirms that many, and says nothing of more. */
  floor: boolean;
  /** The claims it is made of. */
  claims: ViewClaim[];
}

function rowLabel(counted: string, kind: string): string {
  const adj = countedEntry(counted)?.adjective ?? counted;
  if (kind === 'soldiers') return `${adj} soldiers killed`;
  return `${adj} ${unitEntry(kind)?.plural ?? kind} lost`;
}

const highest = (list: readonly ViewClaim[]) =>
  list.reduce((a, b) => (b.center > a.center ? b : a));

/**
 * The largest figure one claimant gives for one measure of a kind: the figure for the whole kind
 * where printed, else its parts added up (Oryx counts tanks and other armoured vehicles apart).
 */
function confirmedOf(others: readonly ViewClaim[], kind: string): Confirmed {
  const groups = new Map<string, ViewClaim[]>();
  for (const c of others) {
    const key = `${c.claimant}|${c.measure}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  let best: Confirmed | undefined;
  for (const list of groups.values()) {
    const whole = list.filter((c) => c.unit === kind || kind === 'soldiers');
    const first = list[0] as ViewClaim;
    let found: Confirmed;
    if (whole.length > 0) {
      const top = highest(whole);
      found = {
        claimant: top.claimant,
        self: top.lens === 'self_reported',
        value: top.center,
        text: top.figure_text,
        summed: false,
        floor: top.hi === null,
        claims: [top],
      };
    } else {
      const parts = [...new Set(list.map((c) => c.unit))].map((u) =>
        highest(list.filter((c) => c.unit === u)),
      );
      found = {
        claimant: first.claimant,
        self: first.lens === 'self_reported',
        value: parts.reduce((sum, c) => sum + c.center, 0),
        text:
          parts.length === 1
            ? (parts[0] as ViewClaim).figure_text
            : `${parts.map((c) => `${c.figure_text} ${unitEntry(c.unit)?.plural ?? c.unit}`).join(' and ')}, ${formatNumber(parts.reduce((sum, c) => sum + c.center, 0))} together`,
        summed: parts.length > 1,
        floor: parts.some((c) => c.hi === null),
        claims: parts,
      };
    }
    if (!best || found.value > best.value) best = found;
  }
  return best as Confirmed;
}

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
    // What confirms: the side's own count, or a documenter independent of both sides; not the
    // outlet's own voice, nor a claimant whose side is not stated.
    const others = list.filter(
      (c) => c.lens === 'self_reported' || CONFIRMING.has(c.claimant_side),
    );
    if (enemy.length === 0 || others.length === 0) continue;
    const [war, counted, kind] = key.split('|') as [string, string, string];
    const confirmed = confirmedOf(others, kind);
    const when = war === String(WARS[0]?.year) ? '' : ` (${war})`;
    rows.push({
      key,
      label: `${rowLabel(counted, kind)}${when}`,
      counted,
      // The enemy's claims and the figure that confirms (not every breakdown of it).
      claims: [...enemy, ...confirmed.claims],
      claimed: highest(enemy),
      confirmed,
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

/** How far a row's highest enemy claim ran ahead of what was confirmed, or null for a floor. */
const aheadBy = (r: ConfirmedRow): number | null =>
  r.confirmed.floor ? null : r.claimed.center / Math.max(1, r.confirmed.value);

function rowSentence(r: ConfirmedRow): string {
  const ratio = r.claimed.center / Math.max(1, r.confirmed.value);
  const who = r.confirmed.self ? 'the side’s own figure' : r.confirmed.claimant;
  const theirs = `${who} (${r.confirmed.text})`;
  const verb = r.confirmed.floor
    ? `and ${who} confirmed ${r.confirmed.text}`
    : ratio > 1.05
      ? `was ${ratioText(ratio)} ${theirs}`
      : ratio < 0.95
        ? `was below ${theirs}`
        : `was close to ${theirs}`;
  const when = r.claimed.as_of ? ` by ${formatDate(r.claimed.as_of)}` : '';
  return `${r.label}: the enemy’s highest claim, ${r.claimed.figure_text}${when} (${r.claimed.claimant}), ${verb}.`;
}

/**
 * The finding: a sentence for each row where the enemy's claims ran ahead of what was confirmed
 * (every row, where there are two or fewer), and the other rows counted, so the paragraph above
 * the chart stays a few lines on a phone; the chart and its table carry each row.
 */
export function confirmedFinding(rows: readonly ConfirmedRow[]): string {
  if (rows.length === 0)
    return 'No loss among the figures shown has both an enemy claim and a figure from the side itself or a third party.';
  if (rows.length <= 2) return rows.map(rowSentence).join(' ');
  const ahead = rows.filter((r) => (aheadBy(r) ?? 0) > 1.05);
  const floors = rows.filter((r) => aheadBy(r) === null);
  const rest = rows.length - ahead.length - floors.length;
  const lead = ahead.length ? ahead : rows.slice(0, 1);
  const others: string[] = [];
  if (rest > 0 && ahead.length)
    others.push(
      `${rest === 1 ? 'one other row' : `${formatNumber(rest)} other rows`} the enemy’s highest claim was at or below what was confirmed`,
    );
  if (floors.length)
    others.push(
      `${floors.length === 1 ? 'one row' : `${formatNumber(floors.length)} rows`} only a floor was confirmed (“at least …”)`,
    );
  const tail = others.length ? ` In ${others.join('; in ')}.` : '';
  return lead.map(rowSentence).join(' ') + tail;
}

/** A row's finding on the chart: a bracket from the confirmed figure to the highest claim. */
export function confirmedAnnotations(rows: readonly ConfirmedRow[]): RowAnnotation[] {
  return rows.flatMap((r) => {
    const ratio = r.claimed.center / Math.max(1, r.confirmed.value);
    // A floor confirms that many and says nothing of more: no ratio is drawn against it.
    if (r.confirmed.floor || ratio <= 1.05) return [];
    return [
      {
        row: r.label,
        from: r.confirmed.value,
        to: r.claimed.center,
        text:
          ratio >= 1.95
            ? `Claim ${ratioText(ratio)} what was confirmed`
            : `Claim ${formatNumber(Math.round((ratio - 1) * 100))} % above what was confirmed`,
      },
    ];
  });
}

export function confirmedChart(
  rows: readonly ConfirmedRow[],
  { width, theme, Plot }: ChartContext,
): Plot.PlotOptions {
  const rowOf = new Map<ViewClaim, ConfirmedRow>();
  for (const r of rows) for (const c of r.claims) rowOf.set(c, r);
  const claims = rows.flatMap((r) => r.claims);
  return claimDotsOptions(claims, {
    width,
    theme,
    Plot,
    row: (c) => rowOf.get(c)?.label ?? '',
    rowOrder: rows.map((r) => r.label),
    // Each kind of loss on an axis of its own unit: soldiers, tanks, drones.
    panel: (c) => rowOf.get(c)?.label ?? '',
    axis: (list) => {
      const kind = rowOf.get(list[0] as ViewClaim)?.key.split('|')[2] ?? '';
      const label = kind === 'soldiers' ? 'Soldiers killed' : unitLabel(kind);
      return fittingAxis(positives(list), label, formatNumber);
    },
    annotations: confirmedAnnotations(rows),
  });
}
