/**
 * "Download all data": the zip a researcher gets (every table, the descriptor and a README), built
 * from texts only, so it runs the same in the browser and in Node and tests without a DOM.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface BundleFile {
  /** Path inside the zip, e.g. `claims.csv` or `tables/claims.csv`. */
  name: string;
  text: string;
}

/**
 * Every entry is stamped 1980-01-01 00:00, the earliest time a zip can hold, so the same files
 * always give the same bytes (a checksum or a cache can rely on it). fflate writes the zip's DOS
 * time from the Date's local getters, so the Date is built from local components at each call:
 * a fixed instant would read as another day (even 1979, which fflate rejects) in another time
 * zone. Building a Date from components reads no clock.
 */
const fixedMtime = (): Date => new Date(1980, 0, 1, 0, 0, 0);

/**
 * Plain path segments only: no `..`, no leading `/` or `.`, no backslash, no spaces, and an
 * extension on the file. This keeps the zip safe to extract with any tool, and keeps fflate's
 * entry order equal to the input order (it walks an object, where an integer-like key such as
 * `2023` would jump to the front; a name with a dot is never integer-like).
 */
const SEGMENT = '[A-Za-z0-9][A-Za-z0-9._-]*';
const SAFE_NAME = new RegExp(`^(?:${SEGMENT}/)*[A-Za-z0-9][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)+$`);

/**
 * Zip the files as UTF-8, in the order given. Deterministic: no clock is read. Throws a
 * RangeError for an unsafe name or two names that differ only in case (they would overwrite
 * each other on Windows and macOS).
 */
export function buildDataZip(files: readonly BundleFile[]): Uint8Array {
  const entries: Zippable = {};
  const seen = new Set<string>();
  for (const { name, text } of files) {
    if (!SAFE_NAME.test(name)) throw new RangeError(`unsafe file name for the zip: ${name}`);
    const folded = name.toLowerCase();
    if (seen.has(folded)) throw new RangeError(`file name used twice in the zip: ${name}`);
    seen.add(folded);
    entries[name] = strToU8(text);
  }
  return zipSync(entries, { level: 6, mtime: fixedMtime() });
}

export interface BundleColumn {
  name: string;
  description: string;
}

export interface BundleTable {
  /** The table's file name in the zip, e.g. `claims.csv`. */
  name: string;
  description: string;
  columns: readonly BundleColumn[];
}

export interface BundleReadmeOptions {
  title: string;
  /** Version of the data, e.g. the Data Package's `version`. */
  version: string;
  /** When the bundle was made, as an ISO 8601 date or date-time; passed in, never read here. */
  generated: string;
  /**
   * The filters the user had applied, as shown on screen: label → value(s). An empty string or
   * list counts as not applied.
   */
  filters: Readonly<Record<string, readonly string[] | string>>;
  tables: readonly BundleTable[];
  /** How to cite, written out in the README verbatim. */
  citation: string;
}

const ISO_DATE =
  /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** An ISO 8601 date or date-time on a real calendar day (`Date.parse` rolls 02-30 into March). */
function isIsoDate(text: string): boolean {
  const day = ISO_DATE.exec(text)?.[1];
  if (day === undefined) return false;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

/**
 * One line of Markdown text, safe in a paragraph, a list item or a table cell: line breaks
 * folded, and the characters Markdown or a GFM table would act on escaped.
 */
function inline(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|#]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** A paragraph of one line: also escapes what would open a list, a quote or a heading. */
function paragraph(text: string): string {
  return inline(text)
    .replace(/^[-+=]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A code span that holds any text, backticks included (CommonMark: a longer fence). */
function code(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A code span inside a table cell: GFM ends a cell at any unescaped pipe, even in code. */
function codeCell(text: string): string {
  return code(text).replaceAll('|', '\\|');
}

function appliedFilters(filters: BundleReadmeOptions['filters']): [string, string[]][] {
  const applied: [string, string[]][] = [];
  for (const [label, value] of Object.entries(filters)) {
    const values = (typeof value === 'string' ? [value] : [...value]).filter(
      (v) => v.trim() !== '',
    );
    if (values.length > 0) applied.push([label, values]);
  }
  return applied;
}

function citationBlock(citation: string): string {
  const text = citation.replace(/\r\n?/g, '\n').trim();
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}text\n${text}\n${fence}`;
}

/**
 * The README.md of the zip: what the bundle is, which filters were applied ("none" when none),
 * what every column of every table means, how the CSV files are written, and how to cite.
 * Throws a RangeError for a `generated` that is not an ISO 8601 date on a real day, and a
 * TypeError for an empty citation.
 */
export function bundleReadme(opts: BundleReadmeOptions): string {
  if (!isIsoDate(opts.generated)) {
    throw new RangeError(`generated must be an ISO 8601 date: ${opts.generated}`);
  }
  if (opts.citation.trim() === '') throw new TypeError('the README must say how to cite');
  const lines: string[] = [
    `# ${inline(opts.title)}`,
    '',
    `Version ${inline(opts.version)}, generated ${opts.generated}.`,
    '',
    '## Filters applied',
    '',
  ];

  const applied = appliedFilters(opts.filters);
  if (applied.length === 0) {
    lines.push('none: the tables hold every row.');
  } else {
    lines.push('The tables hold only the rows that pass all of these filters:', '');
    for (const [label, values] of applied) {
      lines.push(`- **${inline(label)}**: ${values.map(inline).join(', ')}`);
    }
  }

  lines.push('', '## Files', '', '| file | what it holds |', '| --- | --- |');
  for (const table of opts.tables) {
    lines.push(`| ${codeCell(table.name)} | ${inline(table.description)} |`);
  }

  for (const table of opts.tables) {
    lines.push('', `## ${code(table.name)}`, '', paragraph(table.description), '');
    lines.push('| column | meaning |', '| --- | --- |');
    for (const column of table.columns) {
      lines.push(`| ${codeCell(column.name)} | ${inline(column.description)} |`);
    }
  }

  lines.push(
    '',
    '## How the CSV files are written',
    '',
    '- UTF-8 without a byte-order mark (as `datapackage.json` declares, so that Data Package readers read the first column name correctly), comma-separated, RFC 4180 quoting, CRLF line ends, a header row. To open a file in Excel, use Data > From Text/CSV and choose UTF-8; the CSV download under each chart has a byte-order mark and opens directly.',
    '- Numbers are unformatted (no thousands separators). An empty cell means unknown or does not apply.',
    "- A text cell that starts with `=`, `+`, `-`, `@`, a tab or a line break, and is not a plain number such as `-12.5`, is written with a leading apostrophe (`'`) so that spreadsheet software shows it as text instead of running it as a formula. Numbers, negative ones included, are never changed. When you read the files with a program, remove an apostrophe that is followed by one of those characters to get the original text.",
    '',
    '## How to cite',
    '',
    citationBlock(opts.citation),
    '',
  );
  return lines.join('\n');
}
