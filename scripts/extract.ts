/**
 * npm run extract -- FILE... [--out candidates.csv] [--published YYYY-MM-DD] [--publisher NAME]
 * npm run extract -- --check [--archive DIR] [--data DIR]
 *
 * Argument handling, reading and writing only; the logic is in src/lib/extract/.
 * Exit status: 0 done, 1 bad input or failed check, 2 wrong usage.
 *
 * Inputs are regular files read up to a limit (src/lib/extract/readInput.ts); the output file is
 * written to a temporary file and renamed into place, so it is whole or absent. Article text
 * reaches a terminal only through terminalText (escape sequences and bidi characters shown as
 * visible escapes); CSV sent to a file or a pipe is the exact text.
 */
import { closeSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { decodeArticle, InputError } from '../src/lib/extract/decodeInput.ts';
import {
  DEFAULT_MAX_BYTES,
  notARegularFile,
  readRegularFile,
} from '../src/lib/extract/readInput.ts';
import { TERMINAL_MAX_LINE, terminalText } from '../src/lib/format/terminalText.ts';
import { htmlToText, looksLikeHtml } from '../src/lib/extract/htmlToText.ts';
import { extractArticle } from '../src/lib/extract/extract.ts';
import { slug } from '../src/lib/format/slug.ts';
import { candidateHeader, candidateLine } from '../src/lib/extract/candidateCsv.ts';
import { isIsoDay } from '../src/lib/extract/calendar.ts';
import { checkLedger, formatCheckReport } from '../src/lib/extract/checkLedger.ts';

const USAGE = `usage:
  npm run extract -- FILE... [--out candidates.csv] [--published YYYY-MM-DD] [--publisher NAME]
                             [--source ID] [--data DIR]
  npm run extract -- --check [--archive DIR] [--data DIR]

  FILE         plain text or HTML article (UTF-8), a regular file; several files give one table.
               A file named as an archive_file of sources.csv takes that row's source_id,
               publication date and publisher (the options below override them)
  --source     the source_id to write (one FILE only); default: sources.csv's, else the file name
  --out        write the candidates to this CSV file (atomically); default: standard output
  --published  publication date, to resolve "yesterday", "over the past five years", ...
  --publisher  the outlet, claimant of figures printed in the article's own voice
  --max-mb     refuse files larger than this many megabytes (default ${DEFAULT_MAX_BYTES / 1e6})
  --check      compare extraction with the ledger for the archived articles
  --archive    folder of archived articles (default: $LEDGER_ARCHIVE)
  --data       folder with sources.csv (and claims.csv for --check); default: the repository's data/
`;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

class UsageError extends Error {}

/** A message or report line for the terminal: quoted names and text made visible, long ones cut. */
const say = (line: string) => terminalText(line, TERMINAL_MAX_LINE);

function fail(message: string, status: number): never {
  process.stderr.write(`${say(`extract: ${message}`)}\n`);
  process.exit(status);
}

function readArticle(file: string, maxBytes: number): string {
  return decodeArticle(readRegularFile(file, maxBytes));
}

/** The article as plain text, one paragraph per line (HTML is parsed as a whole). */
function articleText(file: string, maxBytes: number): string {
  const text = readArticle(file, maxBytes);
  return looksLikeHtml(text, file) ? htmlToText(text) : text;
}

/** Where candidate rows go: a temporary file renamed into place at the end, or standard output. */
interface Sink {
  write(text: string): void;
  /** Everything succeeded: make the output visible. */
  commit(): void;
  /** Something failed: leave no partial output file behind. */
  abort(): void;
}

const CHUNK = 1 << 20;

/** Refuse an --out that is a folder or a device before anything is read or written. */
function checkOut(out: string): void {
  let stat;
  try {
    stat = statSync(out);
  } catch {
    try {
      if (!statSync(dirname(out)).isDirectory()) throw new Error('not a folder');
    } catch {
      throw new InputError(`cannot be written: the folder ${dirname(out)} does not exist`);
    }
    return; // a new file in an existing folder
  }
  if (stat.isDirectory()) {
    throw new InputError(
      `is a directory; give a file name for the candidates, e.g. --out ${join(out, 'candidates.csv')}`,
    );
  }
  const what = notARegularFile(stat);
  // Renaming onto a device or pipe would replace it: only a regular file is overwritten.
  if (what) throw new InputError(`${what}; give the name of a CSV file to write`);
}

function fileSink(out: string): Sink {
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, 'w');
  } catch (e) {
    throw new InputError(`cannot be written (${(e as Error).message})`);
  }
  let buffer = '';
  const flush = () => {
    writeSync(fd, buffer);
    buffer = '';
  };
  return {
    write(text) {
      buffer += text;
      if (buffer.length >= CHUNK) flush();
    },
    commit() {
      flush();
      closeSync(fd);
      renameSync(tmp, out);
    },
    abort() {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      rmSync(tmp, { force: true });
    },
  };
}

/** On a terminal each row is made visible and cut like any line; a pipe or file gets exact CSV. */
function terminalRow(line: string): string {
  return `${say(line.replace(/\n$/, ''))}\n`;
}

function stdoutSink(): Sink {
  let buffer = '';
  const shown = process.stdout.isTTY ? terminalRow : (line: string) => line;
  return {
    write(text) {
      buffer += shown(text);
      if (buffer.length >= CHUNK) {
        process.stdout.write(buffer);
        buffer = '';
      }
    },
    commit() {
      process.stdout.write(buffer);
    },
    abort() {
      // Files are checked before anything is printed, so nothing partial reaches the output.
    },
  };
}

interface KnownSource {
  source_id: string;
  published: string | null;
  publisher: string | null;
}

/** Sources of the ledger by archive file name, so an archived article keeps its source_id. */
function knownSources(dataDir: string): Map<string, KnownSource> {
  const file = join(dataDir, 'sources.csv');
  let rows: Array<Record<string, string>>;
  try {
    rows = readCsv(file);
  } catch {
    return new Map(); // no ledger beside the article: ids come from file names
  }
  return new Map(
    rows.map((s) => [
      s.archive_file ?? '',
      {
        source_id: s.source_id ?? '',
        published: s.published || null,
        publisher: s.publisher && s.publisher !== 'unidentified' ? s.publisher : null,
      },
    ]),
  );
}

type Values = Record<string, string | boolean | undefined>;

/** Source id, date and outlet of one file: the options, else sources.csv's row, else the name. */
function sourceOptions(file: string, values: Values, known: Map<string, KnownSource>) {
  const row = known.get(basename(file));
  const name = basename(file).replace(/\.[^.]+$/, '');
  return {
    sourceId: (values.source as string | undefined) ?? row?.source_id ?? slug(name),
    published: (values.published as string | undefined) ?? row?.published ?? null,
    publisher: (values.publisher as string | undefined) ?? row?.publisher ?? null,
  };
}

const SOURCE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function runExtract(files: string[], values: Values): void {
  const source = values.source as string | undefined;
  if (source !== undefined && !SOURCE_ID.test(source)) {
    throw new UsageError(
      `--source must be a source_id of lower-case letters and digits joined by hyphens, not "${source}"`,
    );
  }
  if (source !== undefined && files.length > 1) {
    throw new UsageError('--source names the source of one FILE; give one file at a time');
  }
  const known = knownSources((values.data as string | undefined) ?? join(repoRoot, 'data'));
  const published = values.published as string | undefined;
  if (published !== undefined && !isIsoDay(published)) {
    throw new UsageError(`--published must be a date written YYYY-MM-DD, not "${published}"`);
  }
  const maxMb = Number(values['max-mb'] ?? DEFAULT_MAX_BYTES / 1e6);
  if (!Number.isFinite(maxMb) || maxMb <= 0) {
    throw new UsageError('--max-mb must be a positive number');
  }
  const maxBytes = maxMb * 1e6;
  const out = values.out as string | undefined;
  if (out !== undefined) {
    try {
      checkOut(out);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      fail(`--out ${out} ${e.message}; nothing was read or written`, 1);
    }
  }
  // First every file is checked, so a bad one stops the run before anything is written.
  const errors: string[] = [];
  for (const file of files) {
    try {
      readArticle(file, maxBytes);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      errors.push(`${file}: ${e.message}`);
    }
  }
  if (errors.length > 0) {
    for (const e of errors) process.stderr.write(`${say(`extract: ${e}`)}\n`);
    fail(`nothing written: ${errors.length} of ${files.length} input file(s) cannot be used`, 1);
  }
  // Then each file is read again and extracted paragraph by paragraph, rows streamed out.
  let sink: Sink;
  try {
    sink = out === undefined ? stdoutSink() : fileSink(out);
  } catch (e) {
    fail(`${out}: ${(e as Error).message}`, 1);
  }
  let count = 0;
  try {
    sink.write(candidateHeader());
    for (const file of files) {
      const text = articleText(file, maxBytes);
      extractArticle(text, sourceOptions(file, values, known), (row) => {
        sink.write(candidateLine(row));
        count++;
      });
    }
    sink.commit();
  } catch (e) {
    sink.abort();
    fail(`nothing written: ${(e as Error).message}`, 1);
  }
  if (out !== undefined) {
    process.stderr.write(
      `${say(`extract: ${count} candidates from ${files.length} file(s) written to ${out}`)}\n`,
    );
  }
}

function readCsv(file: string): Array<Record<string, string>> {
  return parse(readRegularFile(file), { columns: true, bom: true, skip_empty_lines: true });
}

function runCheck(values: Record<string, string | boolean | undefined>): void {
  const archive = (values.archive as string | undefined) ?? process.env.LEDGER_ARCHIVE;
  if (!archive) throw new UsageError('--check needs --archive DIR (or LEDGER_ARCHIVE)');
  try {
    if (!statSync(archive).isDirectory()) throw new Error('not a folder');
  } catch {
    fail(`archive folder ${archive} does not exist or is not a folder`, 1);
  }
  const dataDir = (values.data as string | undefined) ?? join(repoRoot, 'data');
  let sources: Array<Record<string, string>>;
  let claims: Array<Record<string, string>>;
  try {
    sources = readCsv(join(dataDir, 'sources.csv'));
    claims = readCsv(join(dataDir, 'claims.csv'));
  } catch (e) {
    fail(`cannot read the ledger in ${dataDir}: ${(e as Error).message}`, 1);
  }
  const texts = new Map<string, string | Error>();
  for (const s of sources) {
    const file = s.archive_file ?? '';
    try {
      texts.set(file, decodeArticle(readRegularFile(join(archive, file))));
    } catch (e) {
      const message = (e as Error).message;
      texts.set(
        file,
        new Error(message === 'does not exist' ? 'no such file in the archive' : message),
      );
    }
  }
  const report = checkLedger({
    sources: sources.map((s) => ({
      source_id: s.source_id ?? '',
      archive_file: s.archive_file ?? '',
      published: s.published || null,
      publisher: s.publisher && s.publisher !== 'unidentified' ? s.publisher : null,
    })),
    claims: claims.map((c) => ({
      claim_id: c.claim_id ?? '',
      source_id: c.source_id ?? '',
      paragraph: Number(c.paragraph),
      figure_text: c.figure_text ?? '',
    })),
    texts,
  });
  const lines = formatCheckReport(report).replace(/\n$/, '').split('\n');
  process.stdout.write(`${lines.map(say).join('\n')}\n`);
  if (!report.ok) process.exit(1);
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        published: { type: 'string' },
        publisher: { type: 'string' },
        source: { type: 'string' },
        'max-mb': { type: 'string' },
        check: { type: 'boolean' },
        archive: { type: 'string' },
        data: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    process.stderr.write(USAGE);
    fail((e as Error).message, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  try {
    if (values.check) {
      if (positionals.length > 0) throw new UsageError('--check takes no FILE arguments');
      runCheck(values);
    } else {
      if (positionals.length === 0) throw new UsageError('give at least one FILE (or --check)');
      runExtract(positionals, values);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(USAGE);
      fail(e.message, 2);
    }
    throw e;
  }
}

main();
