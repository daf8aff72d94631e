/**
 * Build time: `npm run build` (SvelteKit's server and client builds, the embed's classic scripts,
 * and the prerender of every page, data file and og:image), wall clock, 1 run in quick mode and 3
 * in full.
 * It runs first (suites run in file order), so the suites after it measure a fresh dist/.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { ROOT, median, round } from '../site.ts';
import type { BenchOptions, BenchRow } from '../run.ts';

export const name = 'build';

export async function run({ quick, build }: BenchOptions): Promise<BenchRow[]> {
  if (!build) return [{ case: 'npm run build', note: 'skipped (--no-build)' }];
  const runs = quick ? 1 : 3;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    // The browser tests in this checkout run `npm run build` too; a build that collided with
    // one of theirs is tried once more before the suite gives up.
    for (let attempt = 1; ; attempt++) {
      const t0 = performance.now();
      const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
      const ms = performance.now() - t0;
      if (result.status === 0) {
        times.push(ms);
        break;
      }
      if (attempt === 2) {
        process.stderr.write(result.stdout ?? '');
        process.stderr.write(result.stderr ?? '');
        throw new Error(`npm run build exited with ${result.status ?? result.signal}`);
      }
    }
  }
  return [
    {
      case: 'npm run build',
      runs,
      median_ms: Math.round(median(times)),
      min_ms: Math.round(Math.min(...times)),
      median_s: round(median(times) / 1000, 2),
    },
  ];
}
