/**
 * The benchmark harness: `npm run bench` runs every module in bench/suites/*.ts and prints one
 * table of medians. Benchmarks are not tests: they never fail on a slow machine, they report.
 *
 *   npm run bench                 every suite, full sizes
 *   npm run bench -- --quick      small sizes and few runs: a smoke test for CI
 *   npm run bench -- engine       only the suites whose name contains "engine"
 *   npm run bench -- --no-build   measure dist/ as it is, even when older than its sources
 *   npm run bench -- --report     no suite: print bench/results.json as markdown, refresh RESULTS.md
 *
 * A full run writes bench/results.json (rows and a description of the machine, see results.ts)
 * and, when every suite ran, refreshes bench/RESULTS.md; a quick run writes only
 * bench/results.quick.json, which git ignores.
 *
 * A suite is a module that exports `name` (a string) and `run(opts: BenchOptions)`,
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
  /** False with --no-build: suites that need dist/ measure it as it is, never rebuild it. */
  build: boolean;
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

export function cellText(v: BenchRow[string] | undefined): string {
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
  const flags = ['--quick', '--no-build', '--report'];
  const unknownFlags = argv.filter((a) => a.startsWith('-') && !flags.includes(a));
  if (unknownFlags.length > 0) {
    console.error(
      `bench: unknown option ${unknownFlags.join(' ')}\nUsage: npm run bench [-- --quick] [--no-build] [--report] [suite ...]`,
    );
    return 2;
  }
  const results = await import('./results.ts');
  if (argv.includes('--report')) {
    const latest = results.readResults();
    if (!latest) {
      console.error(`bench: no ${results.RESULTS_JSON} yet; run npm run bench first.`);
      return 1;
    }
    console.log(await results.updateResultsMd(latest));
    return 0;
  }
  const wanted = argv.filter((a) => !a.startsWith('-'));
  const dir = new URL('./suites/', import.meta.url);
  const files = readdirSync(fileURLToPath(dir))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .sort();
  const mode = quick ? 'quick' : 'full';
  const began = performance.now();
  const suites: Record<string, import('./results.ts').SuiteResult> = {};
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
    const t0 = performance.now();
    const date = new Date().toISOString();
    try {
      const rows = await mod.run({ quick, build: !argv.includes('--no-build') });
      if (!Array.isArray(rows)) throw new Error('run() did not return an array of rows');
      printTable(mod.name, rows);
      suites[mod.name] = { mode, date, seconds: (performance.now() - t0) / 1000, rows };
    } catch (e) {
      console.error(`bench: suite ${mod.name} failed:`, e);
      const error = e instanceof Error ? e.message : String(e);
      suites[mod.name] = { mode, date, seconds: (performance.now() - t0) / 1000, error, rows: [] };
      failed++;
    }
  }
  const seconds = (performance.now() - began) / 1000;
  const written = await results.writeResults(
    {
      date: new Date().toISOString(),
      mode,
      command: ['npm run bench', ...(argv.length > 0 ? ['--', ...argv] : [])].join(' '),
      seconds,
      suites,
    },
    wanted.length > 0,
  );
  if (!quick && wanted.length === 0) await results.updateResultsMd(written);
  console.error(
    `\nbench: ${Object.keys(suites).length} suites in ${seconds.toFixed(1)} s; wrote ${quick ? results.QUICK_JSON : results.RESULTS_JSON}${!quick && wanted.length === 0 ? ` and ${results.RESULTS_MD}` : ''}.`,
  );
  return failed > 0 ? 1 : 0;
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(entry).href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
