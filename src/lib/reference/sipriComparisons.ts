/**
 * Every printed figure that cites or derives from SIPRI, beside the database's figure for the
 * same flow and window: the TIV summed over the years a value covers, the supplier's share of the
 * recipient's imports for the window a share names (or, when it names none, the window it most
 * likely names, marked as an inference). Each comparison says in plain words what it found
 * (comparisonText.ts).
 *
 * Which claims are compared is a table (COMPARED_MEASURES): money figures only when credited to
 * SIPRI (anybody else's money figure is a price or a contract value, which the database does not
 * measure), shares whoever printed them (a supplier's share of a country's arms imports is
 * SIPRI's measure; where the article credits someone else, the explanation says so).
 */
import type { ColumnTable } from 'arquero';
import { contains, intervalOf, type Interval } from '../analysis/intervals.ts';
import { DEFAULT_RULES } from '../analysis/rules.ts';
import { parsePartialDate } from '../data/partialDate.ts';
import { flowOf } from './flows.ts';
import { explainComparison } from './comparisonText.ts';
import { latestWindowAt } from './sipriReleases.ts';
import type { SipriRelease } from './sipriResource.ts';
import { flowTiv, supplierShare, type Flow, type YearWindow } from './sipriSeries.ts';

export type ComparisonKind = 'tiv_sum' | 'share';

export interface MeasureRule {
  kind: ComparisonKind;
  /** Compared only when the claimant (or the claim's origin) is SIPRI. */
  creditRequired: boolean;
  /** The printed figure is a share of a stock of weapons, which SIPRI does not measure. */
  stock?: boolean;
}

/** The measures the database can check, and how. */
export const COMPARED_MEASURES: Readonly<Record<string, MeasureRule>> = {
  arms_sales_value: { kind: 'tiv_sum', creditRequired: true },
  arms_import_share: { kind: 'share', creditRequired: false },
  arms_stock_share: { kind: 'share', creditRequired: false, stock: true },
};

/** Units a TIV is printed in (news prints SIPRI's TIV as dollars), with their factor to millions. */
export const TIV_PRINTED_AS: Readonly<Record<string, { words: string; perMillion: number }>> = {
  USD: { words: 'US dollars', perMillion: 1e6 },
};

/** Columns that may credit a claim to SIPRI: who claimed it, and where it was taken from. */
export const CREDIT_COLUMNS = ['claimant', 'origin'] as const;

/** SIPRI publishes TIV in whole millions and shares in whole per cent. */
const publishedRounding = (x: number) => Math.round(x);

export interface ComparableClaim {
  claim_id: string;
  figure_text: string;
  value: number;
  unit: string;
  qualifier: string;
  low: number | null;
  high: number | null;
  measure: string;
  counted: string;
  claimant: string;
  period_start: string | null;
  period_end: string | null;
  time_basis: string;
  /** The article's publication date (ISO, partial allowed). */
  published: string | null;
  /** Where the figure was taken from, when the ledger records it. */
  origin?: string | null;
}

export type Outcome = 'matches' | 'within_wording' | 'differs' | 'not_compared';

/** How the window was arrived at: printed, read by the ledger, or inferred here. */
export type WindowBasis = 'stated' | 'ledger_inferred' | 'latest_at_publication';

export interface SipriComparison {
  claim_id: string;
  figure_text: string;
  claimant: string;
  measure: string;
  kind: ComparisonKind | null;
  supplier: string | null;
  recipient: string | null;
  window_from: number | null;
  window_to: number | null;
  window_basis: WindowBasis | null;
  credited_to_sipri: boolean;
  /** The printed value in the comparison's unit (TIV millions or per cent). */
  printed: number | null;
  /** The database's figure, unrounded. */
  database: number | null;
  /** The database's figure rounded as SIPRI publishes it. */
  database_rounded: number | null;
  unit: 'TIV millions' | 'percent' | null;
  /** database − printed, in the unit; and relative to the printed value. */
  difference: number | null;
  relative_difference: number | null;
  outcome: Outcome;
  explanation: string;
}

/** Whether the claimant or the claim's origin is SIPRI. */
export function creditedToSipri(c: ComparableClaim): boolean {
  return CREDIT_COLUMNS.some((col) => {
    const text = c[col];
    return typeof text === 'string' && DEFAULT_RULES.tivClaimant.test(text);
  });
}

const yearOf = (date: string | null) => {
  const parsed = date ? parsePartialDate(date) : undefined;
  return parsed ? Number(parsed.earliest.slice(0, 4)) : null;
};

/** The window a claim covers: printed, read by the ledger, or SIPRI's latest at publication. */
export function windowOf(
  c: ComparableClaim,
  kind: ComparisonKind,
): { window: YearWindow; basis: WindowBasis } | null {
  const from = yearOf(c.period_start);
  const to = yearOf(c.period_end);
  if (from !== null && to !== null && from <= to) {
    return {
      window: { from, to },
      basis: c.time_basis === 'inferred' ? 'ledger_inferred' : 'stated',
    };
  }
  if (kind !== 'share' || !c.published) return null;
  const latest = latestWindowAt(c.published);
  return latest ? { window: latest, basis: 'latest_at_publication' } : null;
}

export interface SipriReference {
  totals: ColumnTable;
  release: SipriRelease;
}

/** Every candidate claim compared, in ledger order; claims of other measures are left out. */
export function compareWithSipri(
  claims: readonly ComparableClaim[],
  reference: SipriReference,
): SipriComparison[] {
  return claims
    .filter((c) => COMPARED_MEASURES[c.measure] !== undefined)
    .map((c) => compareOne(c, reference));
}

function compareOne(c: ComparableClaim, ref: SipriReference): SipriComparison {
  const rule = COMPARED_MEASURES[c.measure] as MeasureRule;
  const flow = flowOf(c.counted);
  const framed = flow ? windowOf(c, rule.kind) : null;
  const base = blank(c, rule, flow, framed);
  const refusal = whyNotCompared(c, rule, flow, framed, ref);
  const row = refusal === null ? measured(base, c, rule, ref) : refusal;
  if (typeof row === 'string') {
    return { ...base, explanation: explainComparison(base, c, rule, ref.release, row) };
  }
  return { ...row, explanation: explainComparison(row, c, rule, ref.release, null) };
}

function blank(
  c: ComparableClaim,
  rule: MeasureRule,
  flow: Flow | null,
  framed: ReturnType<typeof windowOf>,
): SipriComparison {
  return {
    claim_id: c.claim_id,
    figure_text: c.figure_text,
    claimant: c.claimant,
    measure: c.measure,
    kind: rule.kind,
    supplier: flow?.supplier ?? null,
    recipient: flow?.recipient ?? null,
    window_from: framed?.window.from ?? null,
    window_to: framed?.window.to ?? null,
    window_basis: framed?.basis ?? null,
    credited_to_sipri: creditedToSipri(c),
    printed: null,
    database: null,
    database_rounded: null,
    unit: null,
    difference: null,
    relative_difference: null,
    outcome: 'not_compared',
    explanation: '',
  };
}

/** Why the database cannot check this claim, in plain words; null when it can. */
function whyNotCompared(
  c: ComparableClaim,
  rule: MeasureRule,
  flow: Flow | null,
  framed: ReturnType<typeof windowOf>,
  ref: SipriReference,
): string | null {
  const [first, last] = ref.release.deliveryYears;
  if (rule.creditRequired && !creditedToSipri(c))
    return `a money figure not credited to SIPRI (this one is ${c.claimant}'s) is a sum paid or contracted, not a trend-indicator value: the database measures the volume of transfers, not what they cost, so it cannot check it`;
  if (!flow)
    return `the claim counts ${c.counted}, not a flow of arms from a supplier to a recipient`;
  if (rule.kind === 'tiv_sum' && !TIV_PRINTED_AS[c.unit])
    return `printed in ${c.unit}, a conversion the article made from a figure SIPRI publishes in TIV millions, which cannot be checked against it`;
  if (rule.kind === 'share' && c.unit !== 'percent') return `a share printed in ${c.unit}`;
  if (!framed) return 'no period is printed, and the TIV sum depends on the years it covers';
  if (!ref.release.recipientsKept.includes(flow.recipient))
    return `the reference table keeps the imports of ${ref.release.recipientsKept.join(', ')} only; run npm run sipri to add ${flow.recipient}`;
  if (framed.window.from < first || framed.window.to > last)
    return `the years ${framed.window.from}–${framed.window.to} reach beyond this release, which covers deliveries ${first}–${last}`;
  return null;
}

/** The database's figure and how the printed one stands against it. */
function measured(
  base: SipriComparison,
  c: ComparableClaim,
  rule: MeasureRule,
  ref: SipriReference,
): SipriComparison | string {
  const flow = { supplier: base.supplier as string, recipient: base.recipient as string };
  const window = { from: base.window_from as number, to: base.window_to as number };
  const perUnit = rule.kind === 'tiv_sum' ? (TIV_PRINTED_AS[c.unit]?.perMillion ?? 1) : 1;
  const database =
    rule.kind === 'tiv_sum'
      ? flowTiv(ref.totals, flow, window)
      : supplierShare(ref.totals, flow, window).share;
  if (database === null)
    return `${flow.recipient} imported no major arms in ${window.from}–${window.to}, by this release`;
  const iv = intervalOf(c, DEFAULT_RULES);
  const printed = c.value / perUnit;
  const rounded = publishedRounding(database);
  const within = 'error' in iv ? false : holds(scale(iv, 1 / perUnit), database, rounded);
  const outcome: Outcome = within
    ? c.qualifier === 'exact'
      ? 'matches'
      : 'within_wording'
    : 'differs';
  return {
    ...base,
    printed,
    database,
    database_rounded: rounded,
    unit: rule.kind === 'tiv_sum' ? 'TIV millions' : 'percent',
    difference: database - printed,
    relative_difference: printed > 0 ? (database - printed) / printed : null,
    outcome,
  };
}

const scale = (iv: Interval, f: number): Interval => ({ ...iv, lo: iv.lo * f, hi: iv.hi * f });

/** The wording allows the database's figure, exact or as SIPRI would print it. */
const holds = (iv: Interval, database: number, rounded: number) =>
  contains(iv, database, DEFAULT_RULES.epsilon) || contains(iv, rounded, DEFAULT_RULES.epsilon);
