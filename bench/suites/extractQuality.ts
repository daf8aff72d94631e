/**
 * Extraction quality on real text the rules were not written against: the annotated Wikipedia
 * paragraphs of tests/fixtures/extract-heldout/ (see its README for the split). One row per
 * field and split: figures found (recall), candidates that are annotated figures (precision),
 * and of the figures found, how often unit family, qualifier, measure, claimant side (overall
 * and among claims by a warring side), as-of date and the historical mark agree with the
 * annotation. Targets of issue 16 (held-out): recall ≥ 95 %, precision ≥ 90 %, unit family
 * ≥ 90 %, qualifier ≥ 95 %, claimant side ≥ 85 % overall and among warring-side claims.
 * Throughput is the `extract` suite's.
 */
import { evaluateSplit, qualityRows } from '../../tests/extract/heldoutFixture.ts';
import type { BenchRow } from '../run.ts';

export const name = 'extract-quality';

const TARGETS: Readonly<Record<string, number>> = {
  'figures found (recall)': 0.95,
  'candidates that are figures (precision)': 0.9,
  'unit family': 0.9,
  qualifier: 0.95,
  'claimant side': 0.85,
  'claimant side, warring-side claims': 0.85,
};

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const split of ['heldout', 'dev'] as const) {
    for (const r of qualityRows(evaluateSplit(split))) {
      const target = split === 'heldout' ? TARGETS[r.field] : undefined;
      rows.push({
        case: `${split}: ${r.field}`,
        right: r.right,
        of: r.of,
        percent: Number((r.share * 100).toFixed(1)),
        target_percent: target === undefined ? null : target * 100,
        met: target === undefined ? null : r.share >= target,
      });
    }
  }
  return rows;
}
