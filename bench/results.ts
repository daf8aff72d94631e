/**
 * The benchmark results as data and as a page: bench/results.json (every suite's rows and a
 * description of the machine) and the generated part of bench/RESULTS.md (the targets with the
 * latest figures beside them, then every suite's table).
 *
 *   npm run bench -- --report     print the markdown of bench/results.json and refresh RESULTS.md
 *
 * A full run of every suite refreshes RESULTS.md by itself; a partial full run only writes
 * results.json, replacing the suites it ran; a quick run writes results.quick.json alone (ignored
 * by git). Commit results from a full run.
 * RESULTS.md keeps everything outside its generated block, so the notes on causes survive.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { CHROMIUM, ROOT } from './site.ts';
import { cellText, type BenchRow } from './run.ts';

export const RESULTS_JSON = join(ROOT, 'bench', 'results.json');
/** Quick runs (CI's smoke test) go here, ignored by git, so they never replace a full run's figures. */
export const QUICK_JSON = join(ROOT, 'bench', 'results.quick.json');
export const RESULTS_MD = join(ROOT, 'bench', 'RESULTS.md');

export interface SuiteResult {
  mode: 'full' | 'quick';
  date: string;
  seconds: number;
  /** Set when the suite threw; its rows are then empty. */
  error?: string;
  rows: BenchRow[];
}

export interface Results {
  date: string;
  mode: 'full' | 'quick';
  command: string;
  seconds: number;
  machine: Record<string, string | number>;
  suites: Record<string, SuiteResult>;
}

function firstLine(command: string, args: string[]): string {
  const out = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
  return (out.stdout ?? '').trim().split('\n')[0] ?? '';
}

/** What the figures were measured on. */
export function describeMachine(): Record<string, string | number> {
  const cpu = cpus();
  const lighthouse = join(ROOT, 'node_modules', 'lighthouse', 'package.json');
  const dirty = firstLine('git', ['status', '--porcelain', '--', 'src', 'data', 'scripts']);
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memory_GiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: firstLine(CHROMIUM, ['--version']) || 'not found',
    lighthouse: existsSync(lighthouse)
      ? (JSON.parse(readFileSync(lighthouse, 'utf8')) as { version: string }).version
      : 'not installed',
    commit: firstLine('git', ['rev-parse', '--short', 'HEAD']) || 'unknown',
    working_tree: dirty ? 'src/, data/ or scripts/ has uncommitted changes' : 'clean',
  };
}

export function readResults(): Results | null {
  if (!existsSync(RESULTS_JSON)) return null;
  return JSON.parse(readFileSync(RESULTS_JSON, 'utf8')) as Results;
}

/** Format as the repository's Prettier settings would, so `prettier --check` passes. */
async function pretty(path: string, text: string): Promise<string> {
  const options = (await resolveConfig(path)) ?? {};
  return format(text, { ...options, filepath: path });
}

/** Write results.json; a partial run keeps the other suites' earlier results. */
export async function writeResults(
  run: Omit<Results, 'machine'>,
  partial: boolean,
): Promise<Results> {
  const file = run.mode === 'quick' ? QUICK_JSON : RESULTS_JSON;
  const earlier = partial && run.mode === 'full' ? readResults() : null;
  const results: Results = {
    ...run,
    machine: describeMachine(),
    suites: { ...(earlier?.suites ?? {}), ...run.suites },
  };
  writeFileSync(file, await pretty(RESULTS_JSON, JSON.stringify(results, null, 2)));
  return results;
}

// ---- the targets of issue 8, read from the suites' rows ----

interface TargetSpec {
  figure: string;
  target: string;
  suite: string;
  match: (row: BenchRow) => boolean;
  value: (row: BenchRow) => number;
  unit: string;
  met: (value: number) => boolean;
}

const num = (v: BenchRow[string] | undefined) => (typeof v === 'number' ? v : Number.NaN);

export const TARGETS: readonly TargetSpec[] = [
  {
    figure: 'embed page JS, gzip, before the chart is interactive',
    target: '≤ 100 kB',
    suite: 'bytes',
    match: (r) => r.page === 'embed' && r.phase === 'before interactive' && r.kind === 'JS',
    value: (r) => num(r.gzip_kB),
    unit: 'kB',
    met: (v) => v <= 100,
  },
  {
    figure: 'dashboard JS, gzip, in all',
    target: '≤ 180 kB',
    suite: 'bytes',
    match: (r) => r.page === 'dashboard' && r.phase === 'in all' && r.kind === 'JS',
    value: (r) => num(r.gzip_kB),
    unit: 'kB',
    met: (v) => v <= 180,
  },
  {
    figure: 'embed LCP (Lighthouse mobile), ratio to its floor page',
    target: '≤ 1.10',
    suite: 'pageSpeed',
    match: (r) => r.page === 'embed',
    value: (r) => num(r.lcp_ratio),
    unit: '×',
    met: (v) => v <= 1.1,
  },
  {
    figure: 'dashboard LCP (Lighthouse mobile), ratio to its floor page',
    target: '≤ 1.10',
    suite: 'pageSpeed',
    match: (r) => r.page === 'dashboard',
    value: (r) => num(r.lcp_ratio),
    unit: '×',
    met: (v) => v <= 1.1,
  },
  {
    figure: 'filter change to paint, real ledger, median',
    target: '< 16 ms',
    suite: 'interaction',
    match: (r) => r.ledger === 'real',
    value: (r) => num(r.median_ms),
    unit: 'ms',
    met: (v) => v < 16,
  },
  {
    figure: 'filter change to paint, 10k claims, median',
    target: '< 100 ms',
    suite: 'interaction',
    match: (r) => r.ledger === 'generated' && r.claims === 10_000,
    value: (r) => num(r.median_ms),
    unit: 'ms',
    met: (v) => v < 100,
  },
  {
    figure: 'engine, group + verdicts, 10k claims, median',
    target: '< 50 ms',
    suite: 'engine',
    match: (r) => r.case === 'group + verdicts' && r.n === 10_000,
    value: (r) => num(r.median_ms),
    unit: 'ms',
    met: (v) => v < 50,
  },
  {
    figure: 'SIPRI export imported, every series and comparison, median',
    target: '< 300 ms',
    suite: 'sipri',
    match: (r) => r.case === 'import + series + comparisons',
    value: (r) => num(r.median_ms),
    unit: 'ms',
    met: (v) => v < 300,
  },
  {
    figure: 'extraction throughput, median',
    target: '≥ 5 MB/s',
    suite: 'extract',
    match: () => true,
    value: (r) => num(r.mb_per_s),
    unit: 'MB/s',
    met: (v) => v >= 5,
  },
];

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function markdownTable(header: string[], body: string[][], numeric: boolean[]): string {
  const rule = header.map((_, i) => (numeric[i] ? '---:' : '---'));
  return [header, rule, ...body].map((r) => `| ${r.map(escapeCell).join(' | ')} |`).join('\n');
}

function suiteTable(rows: readonly BenchRow[]): string {
  const columns: string[] = [];
  for (const row of rows)
    for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  const numeric = columns.map((c) =>
    rows.every((r) => r[c] === undefined || r[c] === null || typeof r[c] === 'number'),
  );
  return markdownTable(
    columns,
    rows.map((row) => columns.map((c) => cellText(row[c]))),
    numeric,
  );
}

/** Where, when and with what the results were measured, in one sentence. */
function measuredLine(results: Results): string {
  const m = results.machine;
  const minute = (iso: string) => iso.slice(0, 16).replace('T', ' ');
  // A partial run merges its suites into the last results: say when each was measured.
  const dates = Object.entries(results.suites).map(([name, suite]) => [name, suite.date] as const);
  const began = Date.parse(results.date) - results.seconds * 1000 - 60_000;
  const merged = dates.some(([, d]) => Date.parse(d) < began);
  const when = merged
    ? `Suites measured ${dates.map(([name, d]) => `${name} ${minute(d)}`).join(', ')} UTC; last run \`${results.command}\``
    : `Measured ${minute(results.date)} UTC, \`${results.command}\` (${results.mode}, ${Math.round(results.seconds)} s)`;
  return `${when}, on ${m.cpu} (${m.cores} cores, ${m.memory_GiB} GiB), Node ${m.node}, ${m.chromium}, Lighthouse ${m.lighthouse}, commit ${m.commit} (${m.working_tree}).`;
}

/** The table of targets and what was measured against each. */
function targetsTable(results: Results): string {
  const body = TARGETS.map((spec) => {
    const suite = results.suites[spec.suite];
    const row = suite?.rows.find(spec.match);
    if (!row) return [spec.figure, spec.target, suite?.error ? 'failed' : 'not measured', ''];
    const value = spec.value(row);
    if (!Number.isFinite(value)) return [spec.figure, spec.target, 'no figure', ''];
    const shown = spec.unit === '×' ? value.toFixed(2) : cellText(value);
    const mode = suite && suite.mode !== results.mode ? ` (${suite.mode})` : '';
    return [
      spec.figure,
      spec.target,
      `${shown} ${spec.unit}${mode}`,
      spec.met(value) ? 'met' : '**missed**',
    ];
  });
  return markdownTable(['figure', 'target', 'measured', ''], body, [false, false, true, false]);
}

/** The generated block of RESULTS.md. */
export function renderMarkdown(results: Results): string {
  const lines: string[] = [measuredLine(results), '', '### Targets', '', targetsTable(results), ''];
  for (const [name, suite] of Object.entries(results.suites)) {
    lines.push(`### ${name}`, '');
    if (suite.error) lines.push(`Failed: ${suite.error}`, '');
    if (suite.rows.length > 0) lines.push(suiteTable(suite.rows), '');
  }
  return lines.join('\n').trimEnd();
}

const START =
  '<!-- bench:results:start (generated by `npm run bench`; edit outside this block) -->';
const END = '<!-- bench:results:end -->';

/** Replace the generated block of RESULTS.md, keeping the notes around it; returns the block. */
export async function updateResultsMd(results: Results): Promise<string> {
  const markdown = (await pretty(RESULTS_MD, renderMarkdown(results))).trimEnd();
  const block = `${START}\n\n${markdown}\n\n${END}`;
  const existing = existsSync(RESULTS_MD) ? readFileSync(RESULTS_MD, 'utf8') : '';
  const start = existing.indexOf(START);
  const end = existing.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${existing.slice(0, start)}${block}${existing.slice(end + END.length)}`
      : `# Benchmark results\n\n${block}\n${existing ? `\n${existing}` : ''}`;
  writeFileSync(RESULTS_MD, await pretty(RESULTS_MD, next));
  await updateReadme(results);
  return markdown;
}

const README_MD = join(ROOT, 'README.md');
const README_START = '<!-- bench:targets:start (generated by `npm run bench`) -->';
const README_END = '<!-- bench:targets:end -->';

/** The README's copy of the targets table, between its markers; left alone when they are gone. */
async function updateReadme(results: Results): Promise<void> {
  const existing = existsSync(README_MD) ? readFileSync(README_MD, 'utf8') : '';
  const start = existing.indexOf(README_START);
  const end = existing.indexOf(README_END);
  if (start < 0 || end < start) return;
  const block = `${README_START}\n\n${measuredLine(results)}\n\n${targetsTable(results)}\n\n${README_END}`;
  const next = `${existing.slice(0, start)}${block}${existing.slice(end + README_END.length)}`;
  writeFileSync(README_MD, await pretty(README_MD, next));
}
