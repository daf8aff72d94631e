/**
 * The benchmark harness: `npm run bench` runs every module in bench/suites/*.ts and prints one
 * table of medians. Benchmarks are not tests: they never fail on a slow machine, they report.
 *
 *   npm run bench                 every suite, full sizes
 *   npm run bench -- --quick      small sizes and few runs: a smoke test for CI
 *   npm run bench -- engine       only the suites whose name contains "engine"
 *
 * A suite is a module that exports `name` (a string) and `run(opts: { quick: boolean })`,
 * resolving to rows of `BenchRow`. `measure()` below times a function the same way everywhere:
 * warm-up runs first (the JIT and caches settle), then the median of the timed runs.
 */
import { readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * One line of a suite's table. Any columns a suite finds useful; by convention `case`, `n`,
 * `runs`, `median_ms` and `min_ms`, and a target with whether it is met.
 */
export type BenchRow = Record<string, string | number | boolean | null>;

export interface BenchOptions {
  quick: boolean;
}

export interface BenchSuite {
  name: string;
  run(opts: BenchOptions): Promise<BenchRow[]>;
}

export interface Timing {
  runs: number;
  median_ms: number;
  min_ms: number;
}

/** Time `fn`: `warmup` untimed runs, then the median and minimum of `runs` timed ones. */
export function measure(fn: () => unknown, { runs = 10, warmup = 2 } = {}): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median =
    times.length % 2 === 1
      ? (times[mid] as number)
      : ((times[mid - 1] as number) + (times[mid] as number)) / 2;
  return { runs, median_ms: median, min_ms: times[0] as number };
}

function isSuite(mod: unknown): mod is BenchSuite {
  const m = mod as Partial<BenchSuite>;
  return typeof m?.name === 'string' && typeof m?.run === 'function';
}

function cellText(v: BenchRow[string] | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'string') return v;
  if (Number.isInteger(v)) return v.toLocaleString('en-GB');
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
}

/** One table per suite: its columns in first-seen order, numbers right-aligned. */
function printTable(suite: string, rows: readonly BenchRow[]): void {
  const columns: string[] = [];
  for (const row of rows) {
    for (const key of Object.keys(row))
      if (key !== 'suite' && !columns.includes(key)) columns.push(key);
  }
  const body = rows.map((row) => columns.map((c) => cellText(row[c])));
  const numeric = columns.map((c) =>
    rows.every((r) => r[c] === undefined || typeof r[c] === 'number'),
  );
  const widths = columns.map((c, i) =>
    Math.max(c.length, ...body.map((r) => (r[i] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) =>
        numeric[i] ? cell.padStart(widths[i] as number) : cell.padEnd(widths[i] as number),
      )
      .join('  ')
      .trimEnd();
  console.log(`\n${suite}`);
  console.log(line(columns));
  console.log(line(widths.map((w) => '─'.repeat(w))));
  for (const r of body) console.log(line(r));
}

async function main(argv: readonly string[]): Promise<number> {
  const quick = argv.includes('--quick');
  const unknownFlags = argv.filter((a) => a.startsWith('-') && a !== '--quick');
  if (unknownFlags.length > 0) {
    console.error(
      `bench: unknown option ${unknownFlags.join(' ')}\nUsage: npm run bench [-- --quick] [suite ...]`,
    );
    return 2;
  }
  const wanted = argv.filter((a) => !a.startsWith('-'));
  const dir = new URL('./suites/', import.meta.url);
  const files = readdirSync(fileURLToPath(dir))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .sort();
  let failed = 0;
  for (const file of files) {
    const mod: unknown = await import(new URL(file, dir).href);
    if (!isSuite(mod)) {
      console.error(`bench: ${file} does not export name and run(); skipped.`);
      failed++;
      continue;
    }
    if (wanted.length > 0 && !wanted.some((w) => mod.name.includes(w))) continue;
    console.error(`running ${mod.name}${quick ? ' (quick)' : ''}…`);
    try {
      const rows = await mod.run({ quick });
      if (!Array.isArray(rows)) throw new Error('run() did not return an array of rows');
      printTable(mod.name, rows);
    } catch (e) {
      console.error(`bench: suite ${mod.name} failed:`, e);
      failed++;
    }
  }
  return failed > 0 ? 1 : 0;
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(entry).href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
