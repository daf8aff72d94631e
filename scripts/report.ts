/**
 * The contradiction engine's findings for a journalist at a terminal:
 *
 *   npm run report                      every group with its members, verdict and explanation,
 *                                       then the consistency checks and any claim not compared
 *   npm run report -- --csv DIR         also write groups.csv, members.csv, verdicts.csv and
 *                                       checks.csv (and unknown.csv) into DIR
 *   npm run report -- --data DIR        read the ledger from DIR instead of data/
 *
 * After the engine's findings, a section sets every SIPRI-derived figure beside SIPRI's Arms
 * Transfers Database (the reference table in DIR/reference, see src/lib/reference/).
 *
 * Bad arguments exit with status 2 and a message; files are written only after everything has
 * been computed, so a failure never leaves half a set of CSVs behind. Ledger text reaches the
 * terminal only through terminalText: escape sequences, control and bidi characters show as
 * visible escapes, and very long text is cut. The CSV files hold the text unchanged.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ColumnTable } from 'arquero';
import { readLedger } from '../src/lib/data/readLedgerFiles.ts';
import { analyse, type AnalysisTables } from '../src/lib/analysis/analyse.ts';
import { terminalText } from '../src/lib/format/terminalText.ts';
import type { ComparableClaim } from '../src/lib/reference/sipriComparisons.ts';
import { sipriReportSection } from '../src/lib/reference/sipriReportSection.ts';

const USAGE = `Usage: npm run report [-- --csv DIR] [-- --data DIR]

  --csv DIR    also write groups.csv, members.csv, verdicts.csv, checks.csv and unknown.csv to DIR
  --data DIR   folder holding the ledger's claims.csv, sources.csv and events.csv (default: data)
  --help       show this message`;

interface Args {
  csv: string | null;
  data: string;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { csv: null, data: 'data' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') throw new UsageError('');
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (flag !== '--csv' && flag !== '--data') throw new UsageError(`Unknown argument "${arg}".`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === '' || value.startsWith('--')) {
      throw new UsageError(`${flag} needs a folder, e.g. ${flag} out/`);
    }
    const key = flag === '--csv' ? 'csv' : 'data';
    if (key === 'csv' && args.csv !== null) throw new UsageError('--csv was given twice.');
    args[key] = value;
  }
  return args;
}

// ---------------------------------------------------------------------------------------------
// Terminal layout

const WIDTH = Math.max(80, Math.min(process.stdout.columns || 120, 160));

/** Engine sentences quote claimants and figures; a normal one is under 500 characters. */
const MAX_SENTENCE = 1000;

/** Any text of the ledger or the engine, as the terminal may show it. */
const show = (v: unknown, max?: number) => terminalText(v, max);

/** Words longer than a line are split: a 20,000-character name must not make one line. */
function pieces(word: string, room: number): string[] {
  const chars = Array.from(word);
  if (chars.length <= room) return [word];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += room) out.push(chars.slice(i, i + room).join(''));
  return out;
}

function wrap(raw: unknown, indent: string, width = WIDTH): string {
  const room = width - indent.length;
  const words = show(raw, MAX_SENTENCE)
    .split(/\s+/)
    .flatMap((w) => pieces(w, room));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

const cell = (v: unknown) => show(v);

/** A plain-text table; columns wider than their share are cut with an ellipsis. */
function textTable(
  rows: readonly Record<string, unknown>[],
  columns: [string, string, number][],
  indent: string,
) {
  const widths = columns.map(([key, title, max]) =>
    Math.min(max, Math.max(title.length, ...rows.map((r) => cell(r[key]).length))),
  );
  const fit = (text: string, w: number) =>
    text.length > w ? `${text.slice(0, w - 1)}…` : text.padEnd(w);
  const line = (values: string[]) =>
    (indent + values.map((v, i) => fit(v, widths[i] as number)).join('  ')).trimEnd();
  return [
    line(columns.map(([, title]) => title)),
    line(widths.map((w) => '─'.repeat(w))),
    ...rows.map((r) => line(columns.map(([key]) => cell(r[key])))),
  ].join('\n');
}

const bounds = (r: Record<string, unknown>) => {
  const lo = r.lo as number | null;
  const hi = r.hi as number | null;
  const n = (x: number) => x.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  const left = r.lo_open ? '(' : '[';
  const right = r.hi_open || hi === null ? ')' : ']';
  return `${left}${lo === null ? '−∞' : n(lo)}, ${hi === null ? '∞' : n(hi)}${right} ${r.unit}`;
};

function render(t: AnalysisTables, claimCount: number, dataDir: string): string {
  const out: string[] = [];
  const groups = t.groups.objects() as Record<string, unknown>[];
  const verdicts = new Map(
    (t.verdicts.objects() as Record<string, unknown>[]).map((v) => [v.group_id, v]),
  );
  const members = t.members.objects() as Record<string, unknown>[];
  const counts = new Map<string, number>();
  for (const v of verdicts.values()) {
    counts.set(String(v.verdict), (counts.get(String(v.verdict)) ?? 0) + 1);
  }
  out.push(
    `Contradiction engine: ${claimCount} claims from ${show(dataDir)}/ in ${groups.length} comparison groups`,
    `  ${[...counts].map(([k, n]) => `${n} ${show(k)}`).join(' · ')}`,
    '',
  );
  for (const g of groups) {
    const v = verdicts.get(g.group_id) as Record<string, unknown>;
    const spread = typeof v.spread === 'number' ? ` · spread ${v.spread.toFixed(1)}×` : '';
    const reasons = v.reasons ? ` (${show(v.reasons)})` : '';
    out.push(`━━ ${show(g.group_id)}`);
    out.push(`   ${show(v.verdict).toUpperCase()}${reasons}${spread} · ${show(g.subject)}`);
    out.push(wrap(v.explanation, '   '));
    if (v.low_claimants || v.high_claimants) {
      out.push(wrap(`low: ${v.low_claimants || '—'}   high: ${v.high_claimants || '—'}`, '   '));
    }
    const rows = members
      .filter((m) => m.group_id === g.group_id)
      .map((m) => ({
        ...m,
        reads_as: bounds(m),
        who: m.claimant_label,
        basis: m.basis === 'quantity' ? '' : m.basis,
        flags: [
          m.duplicate_of ? `repeats ${m.duplicate_of}` : '',
          m.revises ? `revises ${m.revises}` : '',
          m.side_in_dispute ?? '',
        ]
          .filter(Boolean)
          .join(' '),
      }));
    out.push(
      textTable(
        rows,
        [
          ['claim_id', 'claim', 42],
          ['figure_text', 'printed', 24],
          ['reads_as', 'reads as', 34],
          ['who', 'claimant', 34],
          ['lens', 'lens', 13],
          ['hedge', 'hedge', 10],
          ['time_frame', 'time', 28],
          ['basis', 'basis', 17],
          ['flags', 'notes', 30],
        ],
        '   ',
      ),
    );
    out.push('');
  }
  const checks = t.checks.objects() as Record<string, unknown>[];
  out.push(`Consistency checks (${checks.length})`, '');
  for (const c of checks) {
    out.push(`  ${show(c.status).toUpperCase().padEnd(12)} ${show(c.kind)} · ${show(c.result)}`);
    out.push(wrap(c.explanation, '               '));
    out.push(wrap(`claims: ${c.claim_ids}`, '               '));
  }
  const unknown = t.unknown.objects() as Record<string, unknown>[];
  out.push('', `Claims the engine could not compare (${unknown.length})`);
  out.push(
    unknown.length === 0
      ? '  none'
      : textTable(
          unknown,
          [
            ['claim_id', 'claim', 42],
            ['figure_text', 'printed', 24],
            ['problem', 'problem', 60],
          ],
          '  ',
        ),
  );
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// CSV: RFC 4180 with a BOM; text that a spreadsheet would run as a formula gets an apostrophe.

const FORMULA = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let text = String(v);
  if (typeof v === 'string' && FORMULA.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function toCsv(table: ColumnTable): string {
  const names = table.columnNames();
  const lines = [names.map(csvCell).join(',')];
  for (const row of table.objects() as Record<string, unknown>[]) {
    lines.push(names.map((n) => csvCell(row[n])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------

function main(argv: readonly string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    if (e.message) console.error(`report: ${show(e.message)}\n`);
    console.error(USAGE);
    return e.message ? 2 : 0;
  }
  const refuse = (message: string) => {
    console.error(`report: ${show(message)}\n\n${USAGE}`);
    return 2;
  };
  if (!existsSync(join(args.data, 'claims.csv'))) return refuse(`no claims.csv in "${args.data}".`);
  if (args.csv !== null && existsSync(args.csv) && !statSync(args.csv).isDirectory()) {
    return refuse(`"${args.csv}" exists and is not a folder.`);
  }
  const ledger = readLedger(args.data);
  const tables = analyse(ledger.claims);
  const text = render(tables, ledger.claims.numRows(), args.data);
  const claims = ledger.claims.objects() as ComparableClaim[];
  const sipri = sipriReportSection(args.data, claims, WIDTH);
  // Everything is computed before anything is written.
  const files: [string, string][] | null =
    args.csv === null
      ? null
      : [
          ['groups.csv', toCsv(tables.groups)],
          ['members.csv', toCsv(tables.members)],
          ['verdicts.csv', toCsv(tables.verdicts)],
          ['checks.csv', toCsv(tables.checks)],
          ['unknown.csv', toCsv(tables.unknown)],
        ];
  console.log(text);
  console.log(`\n${sipri}`);
  if (files && args.csv !== null) {
    mkdirSync(args.csv, { recursive: true });
    for (const [name, content] of files) writeFileSync(join(args.csv, name), content);
    console.log(`\nWrote ${files.map(([name]) => name).join(', ')} to ${show(args.csv)}/`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
