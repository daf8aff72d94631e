/**
 * One figure printed twice in one place: the same claimant, measure, counted party and time
 * frame in the same paragraph, in two units. Units of one dimension (km² and square miles) must
 * agree within the rounding of the printed figures. Two currencies imply an exchange rate; it
 * can be judged only against a documented dated rate, otherwise the check says it cannot tell.
 */
import { formatNumber, formatValue } from '../format/formatValue.ts';
import type { Unit } from '../data/types.ts';
import { capitalise, finiteOrNull, type CheckInputs, type CheckRow } from './checks.ts';
import { intersect } from './intervals.ts';
import type { PreparedClaim } from './prepareClaims.ts';
import { BASE_CURRENCY, datedRate } from './units.ts';

/** A converted figure to no more digits than its source had: 4,402.98 → 4,403. */
const readable = (n: number) => (Math.abs(n) >= 100 ? Math.round(n) : Number(n.toPrecision(3)));

const rate = (n: number) => n.toPrecision(4).replace(/\.?0+$/, '');

function unitsCheck(a: PreparedClaim, b: PreparedClaim, epsilon: number): CheckRow {
  const common = intersect([a.base, b.base], epsilon);
  // Show the figure that needed converting in the other's unit.
  const converted = a.conversion.factor === 1 ? b : a;
  const base = converted.conversion.base;
  const shown = `${converted.figure_text} (${formatValue(readable(converted.baseCenter), base as Unit)})`;
  const other = converted === a ? b : a;
  return {
    check_id: `two_units-${a.claim_id}+${b.claim_id}`,
    kind: 'two_units',
    status: common ? 'pass' : 'fail',
    claim_ids: `${a.claim_id} ${b.claim_id}`,
    result: `${formatNumber(readable(converted.baseCenter))} against ${formatNumber(readable(other.baseCenter))} ${base}`,
    lo: common ? finiteOrNull(common.lo) : null,
    hi: common ? finiteOrNull(common.hi) : null,
    value: converted.baseCenter,
    unit: base,
    explanation: common
      ? `${capitalise(other.figure_text)} and ${shown} agree within the rounding of the printed figures.`
      : `${capitalise(other.figure_text)} and ${shown} differ by more than the rounding of the printed figures allows.`,
  };
}

function currencyCheck(a: PreparedClaim, b: PreparedClaim, inputs: CheckInputs): CheckRow {
  // Express the rate as units of the dollar (or the later currency) per unit of the other.
  const [from, to] =
    a.unit === BASE_CURRENCY || (b.unit !== BASE_CURRENCY && a.unit > b.unit) ? [b, a] : [a, b];
  const face = to.value / from.value;
  const lo = to.interval.lo / from.interval.hi;
  const hi = to.interval.hi / from.interval.lo;
  const range = `1 ${from.unit} = ${rate(lo)}–${rate(hi)} ${to.unit}`;
  const documented =
    to.unit === BASE_CURRENCY
      ? datedRate(from.unit, from.published, inputs.rules.currencyRates)
      : undefined;
  const head = `${capitalise(to.figure_text)} printed as ${from.figure_text} implies ${range} (${rate(face)} at face value)`;
  let status: CheckRow['status'] = 'unverifiable';
  let tail = `; no documented ${from.unit}→${to.unit} rate for ${from.published} is configured, so whether the conversion is right is unknown`;
  if (documented) {
    const tolerance = inputs.rules.currencyCheckTolerance;
    const ok = hi >= documented.rate * (1 - tolerance) && lo <= documented.rate * (1 + tolerance);
    status = ok ? 'pass' : 'fail';
    tail = `, ${ok ? 'close to' : 'far from'} the documented ${rate(documented.rate)} (${documented.provenance})`;
  }
  return {
    check_id: `two_currencies-${a.claim_id}+${b.claim_id}`,
    kind: 'two_currencies',
    status,
    claim_ids: `${a.claim_id} ${b.claim_id}`,
    result: range,
    lo,
    hi: finiteOrNull(hi),
    value: face,
    unit: `${to.unit} per ${from.unit}`,
    explanation: `${head}${tail}.`,
  };
}

export function checkPrintedTwice(inputs: CheckInputs): CheckRow[] {
  const places = new Map<string, PreparedClaim[]>();
  for (const c of inputs.claims) {
    const key = [c.source_id, c.paragraph, c.claimantKey, c.measure, c.counted, c.time.key].join(
      '|',
    );
    const list = places.get(key);
    if (list) list.push(c);
    else places.set(key, [c]);
  }
  const rows: CheckRow[] = [];
  for (const list of places.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as PreparedClaim;
        const b = list[j] as PreparedClaim;
        if (a.unit === b.unit || a.dimension !== b.dimension) continue;
        // Two counts of different things (tanks and drones) are not one figure in two units.
        if (a.dimension !== 'money' && a.conversion.base !== b.conversion.base) continue;
        rows.push(
          a.dimension === 'money'
            ? currencyCheck(a, b, inputs)
            : unitsCheck(a, b, inputs.rules.epsilon),
        );
      }
    }
  }
  return rows;
}
