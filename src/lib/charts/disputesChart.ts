/**
 * Where sources disagree: one row per disputed quantity (sources contradict each other, or outlets
 * print one origin's figure differently), widest spread first. Each group is a quantity of its
 * own, so each row has its own axis in the group's unit (people, US$, km²): a reader sees 104 and
 * 1,900 as numbers, and the ratio between them is said in words on a bracket between the two
 * marks ("18 times higher"), not read off the axis.
 *
 * Only the disputes are drawn. Drawing every quantity reported more than once made a chart some
 * 6,500 px tall on a phone, most of it rows whose figures count different things; a reader needs
 * the few disputes at a glance and a line under them saying what was left out and where it is
 * (the ledger's table and this chart's CSV), as a graphics desk would footnote it.
 */
import type * as Plot from '@observablehq/plot';
import type { ChartContext } from './chartContext.ts';
import type { ViewClaim } from '../view/viewClaim.ts';
import { claimDotsOptions, linearAxis, type RowAnnotation } from './claimDots.ts';
import { positives, unitLabel, unitTick } from './measureChart.ts';

/** A claim placed in its group, in the group's base unit (dollars for euros, km² for miles). */
export interface DisputePoint extends ViewClaim {
  group_label: string;
  base_unit: string;
  base_center: number;
  base_lo: number | null;
  base_hi: number | null;
  /** The claim's value over the lowest in its row. */
  ratio: number;
  /** The group's spread (highest over lowest), where the row is the whole of a contradiction. */
  spread: number | null;
  /** The engine's verdict on the group: contradict, misquote, agree, not_comparable … */
  verdict: string;
}

/** The quantities reported more than once that the chart leaves out, by why. */
export interface LeftOut {
  /** Sources agree. */
  agree: number;
  /** The figures count different things (periods, kinds of equipment, vague words). */
  different: number;
  /** A later figure revises or updates an earlier one. */
  revised: number;
  /** Quantities among the figures shown that only one statement gives. */
  single: number;
}

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * The line under the chart: what it leaves out and where to find it, or null when nothing is.
 * "Not drawn: 2 quantities on which sources agree, 24 whose figures count different things and
 * 77 given by one statement. The ledger table lists every figure."
 */
export function leftOutNote(left: LeftOut): string | null {
  // The first count names its noun; the others lean on it.
  const parts: string[] = [];
  const add = (n: number, words: string) => {
    if (n > 0)
      parts.push(
        `${parts.length === 0 ? count(n, 'quantity', 'quantities') : n.toLocaleString('en-US')} ${words}`,
      );
  };
  add(left.agree, 'on which sources agree');
  add(left.different, 'whose figures count different things');
  add(left.revised, 'revised or updated');
  add(left.single, 'given by one statement only');
  if (parts.length === 0) return null;
  const list =
    parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `Not drawn: ${list}. The ledger table lists every figure.`;
}

const base = (p: DisputePoint) => ({ lo: p.base_lo, hi: p.base_hi, center: p.base_center });

/** "18 times higher", "2.5 times higher", "40 % higher". */
export function timesHigher(ratio: number): string {
  if (ratio >= 10) return `${Math.round(ratio)} times higher`;
  if (ratio >= 1.95) return `${(Math.round(ratio * 10) / 10).toString()} times higher`;
  return `${Math.round((ratio - 1) * 100)} % higher`;
}

/** For each row that is a contradiction: a bracket from its lowest to its highest figure. */
export function disputeAnnotations(points: readonly DisputePoint[]): RowAnnotation[] {
  const rows = new Map<string, DisputePoint[]>();
  for (const p of points) rows.set(p.group_label, [...(rows.get(p.group_label) ?? []), p]);
  const out: RowAnnotation[] = [];
  for (const [row, list] of rows) {
    const spread = list[0]?.spread;
    if (!spread || spread < 1.05) continue;
    const centers = list.map((p) => p.base_center);
    out.push({
      row,
      from: Math.min(...centers),
      to: Math.max(...centers),
      text: timesHigher(spread),
    });
  }
  return out;
}

export function disputesChart(
  points: readonly DisputePoint[],
  { width, theme, Plot }: ChartContext,
  note: string | null = null,
): Plot.PlotOptions {
  const order = [...new Set(points.map((p) => p.group_label))];
  return claimDotsOptions(points, {
    width,
    theme,
    Plot,
    row: (c) => (c as DisputePoint).group_label,
    rowOrder: order,
    // Every row drawn is a contradiction unless it says otherwise ("misquoted"): the verdict
    // word would repeat the chart's title on every row.
    heading: (r) => r.replace(/: contradict(?=;|$)/, ''),
    // Rows in one unit share one axis, so 104 and 7,630 are read on the same scale.
    panel: (c) => (c as DisputePoint).base_unit,
    value: (c) => base(c as DisputePoint),
    axis: (claims) => {
      const list = claims as readonly DisputePoint[];
      const units = [...new Set(list.map((p) => p.base_unit))];
      const unit = units[0] ?? 'people';
      // From zero, never logarithmic: the length from 104 to 1,900 is the story, and a log
      // scale would shrink an 18-fold gap to a short step.
      return linearAxis(
        positives(list.map(base)),
        units.length === 1 ? unitLabel(unit) : units.map(unitLabel).join(' or '),
        unitTick(unit),
      );
    },
    annotations: disputeAnnotations(points),
    note,
  });
}
