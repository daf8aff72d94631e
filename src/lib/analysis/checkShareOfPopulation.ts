/**
 * A count stated as a share of a population bounds the population: "over 100,000 people, more
 * than 80% of the residents" means the residents number count ÷ share, so more than 100,000
 * (a share cannot pass 100 %), and 125,000 if both figures were exact. Pairs are found in the
 * data: a share measure and the count measure the rules pair it with, in the same article, about
 * the same counted party at the same time (the count is stated as the share).
 */
import { formatNumber } from '../format/formatValue.ts';
import { capitalise, finiteOrNull, type CheckInputs, type CheckRow } from './checks.ts';
import { subjectOf } from './explain.ts';
import type { Statement } from './statements.ts';

export function checkShareOfPopulation(inputs: CheckInputs): CheckRow[] {
  const { statements, rules } = inputs;
  const rows: CheckRow[] = [];
  const key = (measure: string, s: Statement) =>
    `${s.rep.source_id}|${measure}|${s.rep.counted}|${s.rep.time.key}`;
  const countMeasures = new Set(Object.values(rules.shareOfCount));
  const countsAt = new Map<string, Statement[]>();
  for (const s of statements) {
    if (!countMeasures.has(s.rep.measure)) continue;
    const k = key(s.rep.measure, s);
    const list = countsAt.get(k);
    if (list) list.push(s);
    else countsAt.set(k, [s]);
  }
  for (const share of statements) {
    const countMeasure = rules.shareOfCount[share.rep.measure];
    if (!countMeasure || share.rep.unit !== 'percent') continue;
    for (const count of countsAt.get(key(countMeasure, share)) ?? []) {
      const c = count.base;
      const s = share.base;
      const lo = s.hi > 0 ? c.lo / (s.hi / 100) : Infinity;
      const hi = s.lo > 0 ? c.hi / (s.lo / 100) : Infinity;
      const loOpen = c.loOpen || s.hiOpen;
      const face = count.rep.baseCenter / (share.rep.baseCenter / 100);
      const impossible = s.lo > 100 || lo > hi;
      const bound = Number.isFinite(hi)
        ? `between ${formatNumber(lo)} and ${formatNumber(hi)}`
        : `${loOpen ? 'more than' : 'at least'} ${formatNumber(lo)}`;
      const population = subjectOf(share.rep.measure, share.rep.counted).replace(
        /^the share of (.*) who fled$/,
        '$1',
      );
      rows.push({
        check_id: `share_of_population-${count.id}+${share.id}`,
        kind: 'share_of_population',
        status: impossible ? 'fail' : 'pass',
        claim_ids: `${count.id} ${share.id}`,
        result: `population ${bound}`,
        lo: finiteOrNull(lo),
        hi: finiteOrNull(hi),
        value: finiteOrNull(face),
        unit: count.rep.conversion.base,
        explanation: impossible
          ? `${capitalise(count.rep.figure_text)} as ${share.rep.figure_text} of ${population} is impossible: no population fits both.`
          : `${capitalise(count.rep.figure_text)} being ${share.rep.figure_text} of ${population} puts that population at ${bound}` +
            (Number.isFinite(face) ? ` (${formatNumber(face)} if both figures were exact).` : '.'),
      });
    }
  }
  return rows;
}
