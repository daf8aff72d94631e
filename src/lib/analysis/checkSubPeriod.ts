/**
 * A total over a period against a total over part of it implies the remainder: SIPRI's more
 * than $740 million for 2015–2019 against its $375 million for 2017–2019 leaves more than
 * $364.5 million for 2015–2016; Armenia's at least 800 Azerbaijani soldiers killed so far can
 * hold the at least 350 it reported for one day. The check fails when the part exceeds the whole.
 *
 * Only additive quantities (counts, money) of one accounting are paired: the same measure,
 * counted party, kind of money and base unit, from the same claimant or from the same side in
 * the same article, within one time cluster. The part is a period; the whole is the nearest
 * total that contains it: the shortest longer period, else the earliest running total (not a
 * clock) dated on or after the part's end.
 */
import { formatDate, formatValue } from '../format/formatValue.ts';
import type { Unit } from '../data/types.ts';
import { capitalise, clustersOf, finiteOrNull, type CheckInputs, type CheckRow } from './checks.ts';
import { timePhrase } from './explain.ts';
import type { Statement } from './statements.ts';
import { dayText, type TimeFrame } from './timeFrame.ts';
import { isAdditive } from './units.ts';

function contains(whole: TimeFrame, part: TimeFrame): boolean {
  if (part.kind !== 'period' || part.from === null || part.to === null) return false;
  if (whole.from === null || whole.to === null) return false;
  if (whole.kind === 'period') {
    return whole.key !== part.key && whole.from <= part.from && part.to <= whole.to;
  }
  return whole.kind === 'as_of' && part.to <= whole.to;
}

/** Whether period `a` is a nearer whole than period `b`: the shorter, then the first by id. */
function nearer(a: Statement, b: Statement): boolean {
  const spanA = (a.rep.time.to as number) - (a.rep.time.from as number);
  const spanB = (b.rep.time.to as number) - (b.rep.time.from as number);
  return spanA < spanB || (spanA === spanB && a.order < b.order);
}

/** The first running total (sorted by date) dated on or after `day`: binary search. */
function firstEndingAfter(running: readonly Statement[], day: number): Statement | null {
  let lo = 0;
  let hi = running.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (((running[mid] as Statement).rep.time.to as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return running[lo] ?? null;
}

/** Name the rest of the whole's period when the part sits at one end of it. */
function restOf(whole: TimeFrame, part: TimeFrame): string {
  if (whole.kind === 'as_of')
    return `the rest of the time up to ${formatDate(whole.dates[0]?.text ?? null)}`;
  const [from, to] =
    whole.to === part.to
      ? [whole.from as number, (part.from as number) - 1]
      : whole.from === part.from
        ? [(part.to as number) + 1, whole.to as number]
        : [null, null];
  if (from === null || to === null) return 'the rest of the period';
  const a = dayText(from);
  const b = dayText(to);
  if (a.endsWith('-01-01') && b.endsWith('-12-31')) {
    return a.slice(0, 4) === b.slice(0, 4) ? a.slice(0, 4) : `${a.slice(0, 4)}–${b.slice(0, 4)}`;
  }
  return `${formatDate(a)} to ${formatDate(b)}`;
}

function pairCheck(whole: Statement, part: Statement): CheckRow {
  const w = whole.base;
  const p = part.base;
  const unit = whole.rep.conversion.base as Unit;
  const fails = w.hi < p.lo || (w.hi === p.lo && (w.hiOpen || p.loOpen));
  const lo = Math.max(0, w.lo - p.hi);
  const hi = w.hi - p.lo;
  const loOpen = w.loOpen || p.hiOpen;
  const face = whole.rep.baseCenter - part.rep.baseCenter;
  const rest = restOf(whole.rep.time, part.rep.time);
  const remainder = !Number.isFinite(hi)
    ? lo > 0
      ? `${loOpen ? 'more than' : 'at least'} ${formatValue(lo, unit)}`
      : 'a remainder the wording does not bound'
    : `${formatValue(lo, unit)} to ${formatValue(hi, unit)}`;
  const faceText = face >= 0 && lo !== face ? ` (${formatValue(face, unit)} at face value)` : '';
  const who = (s: Statement) => s.rep.claimantLabel;
  const sameClaimant = whole.rep.claimantKey === part.rep.claimantKey;
  const wholeText = `${capitalise(whole.rep.figure_text)} ${timePhrase(whole.rep.time)} (${who(whole)})`;
  const partText = `${part.rep.figure_text} ${timePhrase(part.rep.time)}${sameClaimant ? '' : ` (${who(part)})`}`;
  return {
    check_id: `sub_period-${whole.id}+${part.id}`,
    kind: 'sub_period',
    status: fails ? 'fail' : 'pass',
    claim_ids: `${whole.id} ${part.id}`,
    result: fails ? 'part exceeds the whole' : remainder,
    lo: fails ? null : lo,
    hi: fails ? null : finiteOrNull(hi),
    value: face,
    unit,
    explanation: fails
      ? `${wholeText} is smaller than the ${partText} it should include.`
      : `${wholeText} can include ${partText}, leaving ${remainder} for ${rest}${faceText}.`,
  };
}

export function checkSubPeriod(inputs: CheckInputs): CheckRow[] {
  const rows = new Map<string, CheckRow>();
  for (const cluster of clustersOf(inputs.groups)) {
    const books = new Map<string, Statement[]>();
    const add = (key: string, s: Statement) => {
      const list = books.get(key);
      if (list) list.push(s);
      else books.set(key, [s]);
    };
    for (const s of cluster) {
      const c = s.rep;
      if (!isAdditive(c.dimension) || c.isClock) continue;
      // A statement sits in two books: its claimant's and its article's side's.
      const quantity = `${c.measure}|${c.counted}|${c.basisClass}|${c.conversion.base}`;
      add(`${quantity}|claimant|${c.claimantKey}`, s);
      add(`${quantity}|article|${c.source_id}|${c.claimant_side}`, s);
    }
    for (const list of books.values()) {
      const periods = list.filter((s) => s.rep.time.kind === 'period');
      if (periods.length === 0) continue;
      // Running totals in date order: the first one on or after a part's end is its nearest.
      const running = list
        .filter((s) => s.rep.time.kind === 'as_of')
        .sort((a, b) => (a.rep.time.to as number) - (b.rep.time.to as number) || a.order - b.order);
      for (const part of periods) {
        // The nearest whole: the shortest period that contains the part, else the earliest
        // running total after it. Each further total would repeat the same arithmetic.
        let best: Statement | null = null;
        for (const whole of periods) {
          if (whole === part || !contains(whole.rep.time, part.rep.time)) continue;
          if (!best || nearer(whole, best)) best = whole;
        }
        if (!best) best = firstEndingAfter(running, part.rep.time.to as number);
        if (best) {
          const row = pairCheck(best, part);
          rows.set(row.check_id, row);
        }
      }
    }
  }
  return [...rows.values()];
}
