/**
 * Extraction throughput on a generated article of about 1 MB (src/lib/extract/syntheticArticle.ts,
 * fixed seed; generating it is not timed). Target: at least 5 MB/s, the median of the timed runs
 * after warm-up. The first, cold pass (JIT not yet warm) is reported beside it.
 */
import { extractArticle } from '../../src/lib/extract/extract.ts';
import { syntheticArticle } from '../../src/lib/extract/syntheticArticle.ts';
import { measure, type BenchOptions, type BenchRow } from '../run.ts';

export const name = 'extract';

const TARGET_MB_PER_S = 5;

export async function run({ quick }: BenchOptions): Promise<BenchRow[]> {
  const text = syntheticArticle(1_000_000, 20201005);
  const megabytes = Buffer.byteLength(text, 'utf8') / 1e6;
  const options = { sourceId: 'bench', published: '2020-10-05' };
  const extract = () => extractArticle(text, options, () => {});

  const t0 = performance.now();
  const candidates = extractArticle(text, options).length;
  const coldMs = performance.now() - t0;

  const timing = measure(extract, { runs: quick ? 3 : 11, warmup: quick ? 1 : 3 });
  const rate = megabytes / (timing.median_ms / 1000);
  return [
    {
      case: 'generated article, ~1 MB',
      n: candidates,
      ...timing,
      target_ms: Math.round((megabytes / TARGET_MB_PER_S) * 1000),
      megabytes: Number(megabytes.toFixed(3)),
      cold_ms: Math.round(coldMs),
      mb_per_s: Number(rate.toFixed(2)),
      target_mb_per_s: TARGET_MB_PER_S,
    },
  ];
}
