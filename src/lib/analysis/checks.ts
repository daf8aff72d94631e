/**
 * Consistency checks: what the data allows us to test beyond "do the claimants agree". Each
 * kind lives in its own module and finds its own cases in the data (nothing is listed by hand):
 *
 * - two_units, two_currencies: one figure printed twice (checkPrintedTwice.ts);
 * - share_of_population: a count stated as a share bounds the population (checkShareOfPopulation.ts);
 * - sub_period: a total against a total over part of its period implies the remainder (checkSubPeriod.ts);
 * - parts_of_total: each side's figures for the parts bound the total (checkPartsOfTotal.ts);
 * - clock_start: counts of days of fighting dated differently imply one start date (checkClockStart.ts).
 */
import { checkClockStart } from './checkClockStart.ts';
import { checkPartsOfTotal } from './checkPartsOfTotal.ts';
import { checkPrintedTwice } from './checkPrintedTwice.ts';
import { checkShareOfPopulation } from './checkShareOfPopulation.ts';
import { checkSubPeriod } from './checkSubPeriod.ts';
import type { Group } from './groups.ts';
import type { PreparedClaim } from './prepareClaims.ts';
import type { EngineRules } from './rules.ts';
import type { Statement } from './statements.ts';

export const CHECK_KINDS = [
  'two_units',
  'two_currencies',
  'share_of_population',
  'sub_period',
  'parts_of_total',
  'clock_start',
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** pass / fail, or unverifiable when the data cannot settle it (e.g. no documented rate). */
export type CheckStatus = 'pass' | 'fail' | 'unverifiable';

export interface CheckRow {
  check_id: string;
  kind: CheckKind;
  status: CheckStatus;
  /** The claims the check reads, space-separated. */
  claim_ids: string;
  /** What the check derives, for readers: "1 EUR = 1.17–1.20 USD", "more than 100,000". */
  result: string;
  /** The derived quantity's bounds and face value (null where open or not numeric). */
  lo: number | null;
  hi: number | null;
  value: number | null;
  unit: string;
  explanation: string;
}

export interface CheckInputs {
  claims: readonly PreparedClaim[];
  statements: readonly Statement[];
  groups: readonly Group[];
  rules: EngineRules;
}

/** All checks, sorted by id. */
export function runChecks(inputs: CheckInputs): CheckRow[] {
  return [
    ...checkPrintedTwice(inputs),
    ...checkShareOfPopulation(inputs),
    ...checkSubPeriod(inputs),
    ...checkPartsOfTotal(inputs),
    ...checkClockStart(inputs),
  ].sort((a, b) => (a.check_id < b.check_id ? -1 : a.check_id > b.check_id ? 1 : 0));
}

/** Statements of each time cluster (the groups split from one cluster share it). */
export function clustersOf(groups: readonly Group[]): Statement[][] {
  const seen = new Set<unknown>();
  const out: Statement[][] = [];
  for (const g of groups) {
    if (seen.has(g.clusterScopes)) continue;
    seen.add(g.clusterScopes);
    out.push(g.clusterScopes.flatMap((s) => s.statements).sort((a, b) => a.order - b.order));
  }
  return out;
}

/** A finite number or null, for table columns. */
export const finiteOrNull = (n: number) => (Number.isFinite(n) ? n : null);

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
