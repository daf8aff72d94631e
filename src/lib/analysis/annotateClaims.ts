/**
 * The claims table with what the engine says of each claim, in the shape the dashboard's
 * `ViewClaim` reads: lens, the interval's ends in the claim's unit (null where open), the centre
 * a chart places the mark at, the group id and the verdict, and for a figure that revises an
 * earlier one (ledger column `revises`) that figure as printed (`revises_figure`), so a card or
 * a sentence can say "revised from ten". Claims the engine could not use keep a null group and
 * verdict, and the third-party lens.
 *
 * Built from plain column arrays and `assign`, with no Arquero expression: nothing here is
 * compiled with the Function constructor, so it needs no 'unsafe-eval' and cannot be broken by a
 * minifier (a build turns `undefined` into `void 0`, which Arquero's expression parser mangles).
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { AnalysisTables } from './analyse.ts';

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

export function annotateClaims(claims: ColumnTable, analysis: AnalysisTables): ColumnTable {
  const m = analysis.members;
  const row = new Map<unknown, number>();
  (m.array('claim_id') as unknown[]).forEach((id, i) => row.set(id, i));
  const col = (name: string) => m.array(name) as unknown[];
  const [lens, lo, hi, center, group, verdict] = [
    'lens',
    'lo',
    'hi',
    'center',
    'group_id',
    'verdict',
  ].map(col) as unknown[][];
  const ids = claims.array('claim_id') as unknown[];
  const values = claims.array('value') as unknown[];
  const figures = claims.array('figure_text') as unknown[];
  const revises = claims.columnNames().includes('revises')
    ? (claims.array('revises') as unknown[])
    : [];
  const index = new Map<unknown, number>();
  ids.forEach((id, k) => index.set(id, k));
  const at = (column: unknown[] | undefined, i: number | undefined) =>
    i === undefined || !column ? null : orNull(column[i]);
  const out = {
    lens: [] as unknown[],
    lo: [] as unknown[],
    hi: [] as unknown[],
    center: [] as unknown[],
    group_id: [] as unknown[],
    verdict: [] as unknown[],
    revises_figure: [] as unknown[],
  };
  ids.forEach((id, k) => {
    const i = row.get(id);
    out.lens.push(at(lens, i) ?? 'third_party');
    out.lo.push(at(lo, i));
    out.hi.push(at(hi, i));
    out.center.push(at(center, i) ?? orNull(values[k]));
    out.group_id.push(at(group, i));
    out.verdict.push(at(verdict, i));
    const earlier = revises[k] ? index.get(revises[k]) : undefined;
    out.revises_figure.push(earlier === undefined ? null : orNull(figures[earlier]));
  });
  return claims.assign(aq.table(out));
}
