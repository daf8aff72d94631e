/**
 * The parts bound the total: soldiers and civilians killed on each side add up to the dead on
 * both sides. For a running total, what each side reports of its own losses on the same day is
 * summed. Parts are lower bounds only (a missing part adds nothing), so the check fails only when
 * the parts already exceed the total's upper bound. Which measures and parties are parts of which
 * is in the rules.
 *
 * What each side claims of the enemy's losses is not a part of any total: those are wartime
 * claims, which ran far ahead of what was later admitted. They are left out of the sum, and the
 * check says what they add up to beside what the sides admitted of their own.
 */
import { formatNumber } from '../format/formatValue.ts';
import { capitalise, type CheckInputs, type CheckRow } from './checks.ts';
import { figure, joinAnd, possessive, subjectOf, timePhrase } from './explain.ts';
import type { Lens } from './lens.ts';
import type { EngineRules } from './rules.ts';
import type { Statement } from './statements.ts';

interface Bound {
  value: number;
  used: Statement[];
}

const OWN_LOSSES = 'what each side reports of its own losses';

/** The best lower bound each (measure, counted party, lens) has on one day. */
type Pool = Map<string, Statement>;
const poolKey = (measure: string, counted: string, lens: string) => `${measure}|${counted}|${lens}`;

function lowerBound(
  measure: string,
  counted: string,
  total: Statement,
  pool: Pool,
  lens: Lens,
  rules: EngineRules,
): Bound {
  let best: Bound = { value: 0, used: [] };
  const consider = (b: Bound) => {
    if (b.value > best.value) best = b;
  };
  if (measure !== total.rep.measure || counted !== total.rep.counted) {
    const direct = pool.get(poolKey(measure, counted, lens));
    if (direct) consider({ value: direct.base.lo, used: [direct] });
  }
  const sum = (bounds: Bound[]): Bound => ({
    value: bounds.reduce((n, b) => n + b.value, 0),
    used: bounds.flatMap((b) => b.used),
  });
  const measureParts = rules.measureParts[measure];
  if (measureParts) {
    consider(sum(measureParts.map((m) => lowerBound(m, counted, total, pool, lens, rules))));
  }
  const countedParts = rules.countedParts[counted];
  if (countedParts) {
    consider(sum(countedParts.map((c) => lowerBound(measure, c, total, pool, lens, rules))));
  }
  return best;
}

export function checkPartsOfTotal(inputs: CheckInputs): CheckRow[] {
  const { statements, rules } = inputs;
  const rows: CheckRow[] = [];
  const partMeasures = new Set<string>();
  for (const [m, parts] of Object.entries(rules.measureParts)) {
    partMeasures.add(m);
    for (const p of parts) partMeasures.add(p);
  }
  // Candidate parts by day: for each measure, party and lens, the statement with the highest
  // lower bound among running totals of a part measure dated exactly the same.
  const byDay = new Map<string, Pool>();
  for (const s of statements) {
    if (s.rep.time.kind !== 'as_of' || !partMeasures.has(s.rep.measure)) continue;
    const day = `${s.rep.time.key}|${s.rep.conversion.base}`;
    let pool = byDay.get(day);
    if (!pool) byDay.set(day, (pool = new Map()));
    const key = poolKey(s.rep.measure, s.rep.counted, s.rep.lens);
    const held = pool.get(key);
    if (!held || s.base.lo > held.base.lo) pool.set(key, s);
  }
  for (const total of statements) {
    const t = total.rep;
    if (t.time.kind !== 'as_of') continue;
    if (!rules.measureParts[t.measure] && !rules.countedParts[t.counted]) continue;
    const pool = byDay.get(`${t.time.key}|${t.conversion.base}`);
    if (!pool) continue;
    const own = lowerBound(t.measure, t.counted, total, pool, 'self_reported', rules);
    if (own.used.length === 0) continue;
    const enemy = lowerBound(t.measure, t.counted, total, pool, 'adversary', rules);
    const fails = own.value > total.base.hi || (own.value === total.base.hi && total.base.hiOpen);
    const what = `${capitalise(possessive(t.claimantLabel))} figure for ${subjectOf(t.measure, t.counted)} ${timePhrase(t.time)} (${figure(t)})`;
    const verdict = fails ? 'is too low for' : 'is consistent with';
    rows.push({
      check_id: `parts_of_total-self_reported-${total.id}`,
      kind: 'parts_of_total',
      status: fails ? 'fail' : 'pass',
      claim_ids: [total.id, ...own.used.map((s) => s.id), ...enemy.used.map((s) => s.id)].join(' '),
      result: `parts add up to ${sumText(own)}`,
      lo: own.value,
      hi: null,
      value: facevalue(own),
      unit: t.conversion.base,
      explanation:
        `${what} ${verdict} ${OWN_LOSSES} on that date, which adds up to ${sumText(own)} (${partsText(own)}).` +
        enemyNote(enemy, own),
    });
  }
  return rows;
}

const facevalue = (b: Bound) => b.used.reduce((n, s) => n + s.rep.value, 0);

const sumText = (b: Bound) =>
  facevalue(b) === b.value ? formatNumber(b.value) : `at least ${formatNumber(b.value)}`;

const partsText = (b: Bound) => joinAnd(b.used.map((s) => s.rep.figure_text));

/** The claims about each other, stated for what they are rather than summed as parts. */
function enemyNote(enemy: Bound, own: Bound): string {
  if (enemy.used.length === 0) return '';
  const far =
    enemy.value >= 2 * own.value ? 'far above' : enemy.value > own.value ? 'above' : 'beside';
  return (
    ` The sides' claims about each other's losses are left out: they are claims, not parts of a ` +
    `total, and add up to ${sumText(enemy)} (${partsText(enemy)}), ${far} the ${formatNumber(own.value)} ` +
    `the sides admitted of their own.`
  );
}
