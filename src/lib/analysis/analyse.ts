/**
 * The contradiction engine, end to end: ledger claims in (the table `loadLedger` returns), five
 * Arquero tables out. Pure and deterministic: the same claims in any row order give the same
 * tables. The stages are named modules: prepareClaims → statements → groups → verdicts →
 * explain, and checks beside them.
 *
 * | table    | one row per                 | columns                                          |
 * | -------- | --------------------------- | ------------------------------------------------ |
 * | members  | claim in a group            | MEMBER_COLUMNS                                   |
 * | groups   | comparison group            | GROUP_COLUMNS                                    |
 * | verdicts | comparison group            | VERDICT_COLUMNS                                  |
 * | checks   | consistency check           | CHECK_COLUMNS                                    |
 * | unknown  | claim the engine cannot use | UNKNOWN_COLUMNS                                  |
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { runChecks, type CheckRow } from './checks.ts';
import { explainVerdict, subjectOf } from './explain.ts';
import { buildGroups, memberReason, nearestStatements, type Group } from './groups.ts';
import {
  prepareClaims,
  readClaimInputs,
  type ClaimInput,
  type PreparedClaim,
  type UnknownClaim,
} from './prepareClaims.ts';
import { resolveRules, type EngineRules } from './rules.ts';
import { buildStatements, type Statement } from './statements.ts';
import { judgeGroup, type Verdict } from './verdicts.ts';

export const MEMBER_COLUMNS = [
  'group_id',
  'claim_id',
  'verdict',
  'statement_id',
  'duplicate_of',
  'side_in_dispute',
  'reason',
  'source_id',
  'publisher',
  'paragraph',
  'figure_text',
  'value',
  'unit',
  'qualifier',
  'lo',
  'hi',
  'lo_open',
  'hi_open',
  'center',
  'base_unit',
  'base_lo',
  'base_hi',
  'base_center',
  'conversion',
  'conversion_note',
  'basis',
  'measure',
  'counted',
  'subset',
  'time_kind',
  'time_frame',
  'period_start',
  'period_end',
  'as_of',
  'claimant',
  'claimant_key',
  'claimant_label',
  'claimant_side',
  'lens',
  'lens_note',
  'hedge',
  'origin',
  'revises',
] as const;

export const GROUP_COLUMNS = [
  'group_id',
  'subject',
  'family',
  'measures',
  'counted',
  'time_label',
  'n_claims',
  'n_statements',
  'n_claimants',
  'n_articles',
  'n_origins',
  'n_scopes',
  'claim_ids',
] as const;

export const VERDICT_COLUMNS = [
  'group_id',
  'verdict',
  'reasons',
  'spread',
  'low_claimants',
  'high_claimants',
  'revised_claimants',
  'updated_claimants',
  'misquoted_origins',
  'common_lo',
  'common_hi',
  'base_unit',
  'explanation',
] as const;

export const CHECK_COLUMNS = [
  'check_id',
  'kind',
  'status',
  'claim_ids',
  'result',
  'lo',
  'hi',
  'value',
  'unit',
  'explanation',
] as const;

export const UNKNOWN_COLUMNS = [
  'claim_id',
  'source_id',
  'figure_text',
  'measure',
  'unit',
  'problem',
] as const;

type Row = Record<string, string | number | boolean | null>;

export interface EngineResult {
  rules: EngineRules;
  claims: PreparedClaim[];
  statements: Statement[];
  groups: Group[];
  verdicts: Verdict[];
  explanations: string[];
  checks: CheckRow[];
  unknown: UnknownClaim[];
}

export interface AnalysisTables {
  members: ColumnTable;
  groups: ColumnTable;
  verdicts: ColumnTable;
  checks: ColumnTable;
  unknown: ColumnTable;
}

/** Group and judge: the part of the engine the benchmark times. */
export function groupAndJudge(prepared: readonly PreparedClaim[], rules: EngineRules) {
  const statements = buildStatements(prepared, rules.epsilon);
  const groups = buildGroups(statements, rules);
  const verdicts = groups.map((g) => judgeGroup(g, rules));
  return { statements, groups, verdicts };
}

/** Every stage, on plain rows: for tests, notebooks and the benchmark. */
export function runEngine(
  inputs: readonly ClaimInput[],
  overrides: Partial<EngineRules> = {},
): EngineResult {
  const rules = resolveRules(overrides);
  const { claims, unknown } = prepareClaims(inputs, rules);
  const { statements, groups, verdicts } = groupAndJudge(claims, rules);
  const explanations = groups.map((g, i) => explainVerdict(g, verdicts[i] as Verdict, rules));
  const checks = runChecks({ claims, statements, groups, rules });
  return { rules, claims, statements, groups, verdicts, explanations, checks, unknown };
}

const finite = (n: number) => (Number.isFinite(n) ? n : null);
const names = (statements: readonly Statement[]) =>
  [...new Set(statements.map((s) => s.rep.claimantLabel))].sort().join('; ');

function sideOf(s: Statement, v: Verdict): string | null {
  if (v.verdict !== 'contradict') return null;
  const low = v.low.includes(s);
  const high = v.high.includes(s);
  if (low && high) return 'both';
  if (low) return 'low';
  if (high) return 'high';
  if (!v.positions.includes(s)) return 'superseded';
  // Running totals are compared only on the same day: a figure for another day stands aside.
  return s.rep.time.key === v.at?.key ? 'between' : 'other_date';
}

/** Member rows, by group id then claim id, straight into columns (100k rows of 40 fields). */
function memberColumns(result: EngineResult): Record<string, unknown[]> {
  const cols: Record<string, unknown[]> = {};
  for (const name of MEMBER_COLUMNS) cols[name] = [];
  const push = (name: (typeof MEMBER_COLUMNS)[number], value: unknown) =>
    (cols[name] as unknown[]).push(value);
  result.groups.forEach((g, i) => {
    const v = result.verdicts[i] as Verdict;
    const nearest = nearestStatements(g);
    const members = g.statements
      .flatMap((s) => s.claims.map((c) => ({ s, c })))
      .sort((a, b) => a.c.order - b.c.order);
    for (const { s, c } of members) {
      push('group_id', g.id);
      push('claim_id', c.claim_id);
      push('verdict', v.verdict);
      push('statement_id', s.id);
      push('duplicate_of', s.id === c.claim_id ? null : s.id);
      push('side_in_dispute', sideOf(s, v));
      push('reason', memberReason(c, s, g, nearest));
      push('source_id', c.source_id);
      push('publisher', c.publisher);
      push('paragraph', c.paragraph);
      push('figure_text', c.figure_text);
      push('value', c.value);
      push('unit', c.unit);
      push('qualifier', c.qualifier);
      push('lo', finite(c.interval.lo));
      push('hi', finite(c.interval.hi));
      push('lo_open', c.interval.loOpen);
      push('hi_open', c.interval.hiOpen);
      push('center', c.center);
      push('base_unit', c.conversion.base);
      push('base_lo', finite(c.base.lo));
      push('base_hi', finite(c.base.hi));
      push('base_center', c.baseCenter);
      push('conversion', c.conversion.kind);
      push('conversion_note', c.conversion.note || null);
      push('basis', c.basis);
      push('measure', c.measure);
      push('counted', c.counted);
      push('subset', c.subset);
      push('time_kind', c.time.kind);
      push('time_frame', c.time.text);
      push('period_start', c.period_start);
      push('period_end', c.period_end);
      push('as_of', c.as_of);
      push('claimant', c.claimant);
      push('claimant_key', c.claimantKey);
      push('claimant_label', c.claimantLabel);
      push('claimant_side', c.claimant_side);
      push('lens', c.lens);
      push('lens_note', c.lensNote || null);
      push('hedge', c.hedge);
      push('origin', c.origin ?? null);
      push('revises', c.revises ?? null);
    }
  });
  return cols;
}

function groupRows(result: EngineResult): Row[] {
  return result.groups.map((g) => {
    const claims = g.statements.flatMap((s) => s.claims.map((c) => c.claim_id)).sort();
    const measure = g.measures.length === 1 ? (g.measures[0] as string) : g.family;
    return {
      group_id: g.id,
      subject: subjectOf(measure, g.counted, g.subset),
      family: g.family,
      measures: g.measures.join(' '),
      counted: g.counted,
      time_label: g.timeLabel,
      n_claims: claims.length,
      n_statements: g.statements.length,
      // Independent voices: a reprint of one origin adds an article, never a claimant.
      n_claimants: new Set(g.statements.map((s) => s.rep.claimantKey)).size,
      n_articles: new Set(g.statements.map((s) => s.rep.source_id)).size,
      n_origins: new Set(g.statements.flatMap((s) => s.claims.map((c) => c.source.key))).size,
      n_scopes: g.scopes.length,
      claim_ids: claims.join(' '),
    };
  });
}

function verdictRows(result: EngineResult): Row[] {
  return result.verdicts.map((v, i) => {
    const lowOnly = v.low.filter((s) => !v.high.includes(s));
    const highOnly = v.high.filter((s) => !v.low.includes(s));
    return {
      group_id: v.groupId,
      verdict: v.verdict,
      reasons: v.reasons.join(' ') || null,
      spread: v.spread,
      low_claimants: v.verdict === 'contradict' ? names(lowOnly) : null,
      high_claimants: v.verdict === 'contradict' ? names(highOnly) : null,
      revised_claimants: v.revisions.length > 0 ? names(v.revisions.map((r) => r.to)) : null,
      updated_claimants: v.updates.length > 0 ? names(v.updates.map((r) => r.to)) : null,
      misquoted_origins:
        v.misquotes.length > 0
          ? [...new Set(v.misquotes.map((m) => m.label))].sort().join('; ')
          : null,
      common_lo: v.common ? finite(v.common.lo) : null,
      common_hi: v.common ? finite(v.common.hi) : null,
      base_unit: v.base,
      explanation: result.explanations[i] ?? '',
    };
  });
}

function toTable(rows: readonly object[], columns: readonly string[]): ColumnTable {
  const data: Record<string, unknown[]> = {};
  for (const name of columns) {
    data[name] = rows.map((r) => (r as Record<string, unknown>)[name] ?? null);
  }
  return aq.table(data);
}

/** The engine's output as Arquero tables. */
export function engineTables(result: EngineResult): AnalysisTables {
  return {
    members: aq.table(memberColumns(result)),
    groups: toTable(groupRows(result), GROUP_COLUMNS),
    verdicts: toTable(verdictRows(result), VERDICT_COLUMNS),
    checks: toTable(result.checks, CHECK_COLUMNS),
    unknown: toTable(result.unknown, UNKNOWN_COLUMNS),
  };
}

/** Analyse the ledger's claims table (claims joined to sources, as `loadLedger` returns it). */
export function analyse(claims: ColumnTable, overrides: Partial<EngineRules> = {}): AnalysisTables {
  return engineTables(runEngine(readClaimInputs(claims), overrides));
}
