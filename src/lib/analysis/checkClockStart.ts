/**
 * Counts of days of fighting made on different dates cannot be compared as values, but each
 * implies the day the fighting began: "the fifth day" on 1 October means it began on
 * 27 September; "five days" of fighting by 2 October means 27 or 28 September (whether the day
 * of writing counts). The check passes when all the counts of one time cluster imply a common
 * start day. A count given no later than a day (dated by its article) implies a start no later
 * than the day its count implies, with no earliest day.
 */
import { clustersOf, type CheckInputs, type CheckRow } from './checks.ts';
import { dayRangeText, subjectOf, timePhrase } from './explain.ts';
import type { Statement } from './statements.ts';
import { dayText } from './timeFrame.ts';

interface Start {
  statement: Statement;
  from: number;
  to: number;
}

function impliedStart(s: Statement, ordinal: RegExp): Start | null {
  const c = s.rep;
  if (c.unit !== 'days' || c.time.from === null || c.time.to === null) return null;
  const n = c.value;
  if (!Number.isInteger(n) || n < 1) return null;
  const start = ordinal.test(c.figure_text.trim())
    ? { statement: s, from: c.time.from - (n - 1), to: c.time.to - (n - 1) }
    : { statement: s, from: c.time.from - n, to: c.time.to - n + 1 };
  return c.time.upTo ? { ...start, from: -Infinity } : start;
}

const dayRange = (from: number, to: number) =>
  Number.isFinite(from)
    ? dayRangeText(dayText(from), dayText(to))
    : `on or before ${dayRangeText(dayText(to), dayText(to))}`;

export function checkClockStart(inputs: CheckInputs): CheckRow[] {
  const rows: CheckRow[] = [];
  for (const cluster of clustersOf(inputs.groups)) {
    const clocks = cluster.filter((s) => s.rep.isClock);
    const buckets = new Map<string, Statement[]>();
    for (const s of clocks) {
      const key = `${s.rep.measure}|${s.rep.counted}`;
      const list = buckets.get(key);
      if (list) list.push(s);
      else buckets.set(key, [s]);
    }
    for (const list of buckets.values()) {
      if (new Set(list.map((s) => s.rep.time.key)).size < 2) continue;
      const starts = list
        .map((s) => impliedStart(s, inputs.rules.ordinal))
        .filter((x): x is Start => x !== null);
      if (starts.length < 2) continue;
      let from = -Infinity;
      let to = Infinity;
      for (const s of starts) {
        from = Math.max(from, s.from);
        to = Math.min(to, s.to);
      }
      const ok = from <= to;
      const first = list[0] as Statement;
      const each = starts.map(
        (s) =>
          `${s.statement.rep.figure_text} ${timePhrase(s.statement.rep.time)} → ${dayRange(s.from, s.to)}`,
      );
      rows.push({
        check_id: `clock_start-${first.id}`,
        kind: 'clock_start',
        status: ok ? 'pass' : 'fail',
        claim_ids: starts.map((s) => s.statement.id).join(' '),
        result: ok ? `start ${dayRange(from, to)}` : 'no common start day',
        lo: null,
        hi: null,
        value: null,
        unit: 'date',
        explanation: ok
          ? `The counts for ${subjectOf(first.rep.measure, first.rep.counted)} (${each.join('; ')}) all fit a start on ${dayRange(from, to)}.`
          : `The counts for ${subjectOf(first.rep.measure, first.rep.counted)} (${each.join('; ')}) imply different start days.`,
      });
    }
  }
  return rows;
}
