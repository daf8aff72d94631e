/**
 * The contradiction engine on generated ledgers of 1k, 10k and 100k claims (bench/generateLedger.ts,
 * seed 1). Generating and parsing the CSV are not timed; the stages are:
 *
 * - prepare: claims table → intervals, units, lens (readClaimInputs + prepareClaims);
 * - group + verdicts: statements, comparison groups and a verdict per group (the target:
 *   under 50 ms at 10k claims);
 * - analyse: everything, from the claims table to the five output tables, with explanations and
 *   consistency checks.
 */
import { loadLedger } from '../../src/lib/data/loadLedger.ts';
import { analyse, groupAndJudge } from '../../src/lib/analysis/analyse.ts';
import { prepareClaims, readClaimInputs } from '../../src/lib/analysis/prepareClaims.ts';
import { resolveRules } from '../../src/lib/analysis/rules.ts';
import { generateLedgerTexts } from '../generateLedger.ts';
import { measure, type BenchOptions, type BenchRow } from '../run.ts';

export const name = 'engine';

export async function run({ quick }: BenchOptions): Promise<BenchRow[]> {
  const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
  const rules = resolveRules();
  const rows: BenchRow[] = [];
  for (const n of sizes) {
    const runs = quick ? 3 : n >= 100_000 ? 5 : 21;
    const warmup = quick ? 1 : n >= 100_000 ? 1 : 3;
    const { claims } = loadLedger(generateLedgerTexts({ claims: n, seed: 1 }));
    const prepared = prepareClaims(readClaimInputs(claims), rules).claims;
    const prepare = measure(() => prepareClaims(readClaimInputs(claims), rules), { runs, warmup });
    rows.push({ case: 'prepare', n, ...prepare });
    const judge = measure(() => groupAndJudge(prepared, rules), { runs, warmup });
    rows.push({
      case: 'group + verdicts',
      n,
      ...judge,
      ...(n === 10_000 ? { target: '< 50 ms', meets_target: judge.median_ms < 50 } : {}),
    });
    const all = measure(() => analyse(claims), { runs, warmup });
    rows.push({ case: 'analyse (all tables)', n, ...all });
  }
  return rows;
}
