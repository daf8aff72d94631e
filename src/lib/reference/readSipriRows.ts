/**
 * The table part of a SIPRI export: every row below the header, cell by cell, into column
 * arrays. The first row that is not what the register holds stops the import with its line and
 * column (SipriExportError).
 *
 * Speed matters here (the whole register, 20,000 rows, is read in well under a second): the CSV
 * is parsed once without position tracking, and only when a row is refused is it parsed again,
 * up to that row, to find the row's exact line.
 */
import { CsvError, parse } from 'csv-parse/sync';
import type { ColumnSpec, SipriNotes } from './sipriExportFormat.ts';
import { SipriExportError } from './sipriExportError.ts';
import {
  cellMistake,
  isUncertain,
  NOT_READ,
  readerFor,
  type CellReader,
  type CellValue,
} from './readSipriCells.ts';

export type Columns = Record<string, CellValue[]>;

const VALUE_KINDS = new Set(['year', 'count', 'tiv']);

/** How one header column is read: where its cells go, and its "is estimate" flag if any. */
interface ReadPlan {
  index: number;
  spec: ColumnSpec;
  read: CellReader;
  out: CellValue[];
  /** For year, count and TIV columns: where `<key>_estimate` goes. */
  estimates: CellValue[] | null;
  /** The position and spec of the column that flags this one's estimates. */
  flag: { index: number; spec: ColumnSpec; read: CellReader } | null;
}

/** A plan per known column; a flag column is read with the value column it flags. */
function plan(specs: readonly (ColumnSpec | undefined)[]): { plans: ReadPlan[]; columns: Columns } {
  const columns: Columns = {};
  const plans: ReadPlan[] = [];
  const present = new Set(specs.map((s) => s?.key));
  specs.forEach((spec, index) => {
    if (!spec || (spec.kind === 'flag' && spec.flags && present.has(spec.flags))) return;
    const out: CellValue[] = (columns[spec.key] = []);
    const flagIndex = specs.findIndex((s) => s?.kind === 'flag' && s.flags === spec.key);
    // Every plan has every property: objects of one shape keep the row loop fast.
    plans.push({
      index,
      spec,
      read: readerFor(spec),
      out,
      estimates: VALUE_KINDS.has(spec.kind) ? (columns[`${spec.key}_estimate`] = []) : null,
      flag: flagIndex >= 0 ? flagPlan(flagIndex, specs[flagIndex] as ColumnSpec) : null,
    });
  });
  return { plans, columns };
}

const flagPlan = (index: number, spec: ColumnSpec) => ({ index, spec, read: readerFor(spec) });

/** The physical line of the n-th record (0-based) after `headerLine`, on the error path only. */
function lineOfRecord(text: string, headerLine: number, n: number): number {
  const withInfo = parse(text, {
    from_line: headerLine + 1,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    to: n + 1,
  }) as unknown as { info: { lines: number } }[];
  return withInfo[n]?.info.lines ?? headerLine + 1 + n;
}

/** The records below the header, the header row included first so csv-parse counts fields. */
function records(text: string, headerLine: number, file: string): string[][] {
  try {
    return parse(text, { from_line: headerLine, skip_empty_lines: true }) as string[][];
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const at = e as CsvError & { lines?: number; records?: number; record?: unknown[] };
    if (e.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') {
      throw new SipriExportError(
        { file, line: at.lines ?? headerLine },
        `the row has ${at.record?.length ?? 'a different number of'} fields`,
        'as many fields as the header row has columns',
      );
    }
    // csv-parse stops where it notices (an unclosed quote runs on to the next one): name the
    // line where the row it was reading starts, and where it stopped.
    const start = at.records ? lineOfRecord(text, headerLine - 1, at.records - 1) + 1 : headerLine;
    throw new SipriExportError(
      { file, line: start },
      `the row starting on this line is not readable as CSV (csv-parse stopped at line ${at.lines ?? start}: ${e.message})`,
      'comma-separated values, with quotes around a whole field and doubled inside it (RFC 4180)',
    );
  }
}

/** Read every row below the header line (1-based) into column arrays. */
export function readSipriRows(
  text: string,
  headerLine: number,
  specs: readonly (ColumnSpec | undefined)[],
  notes: SipriNotes,
  file: string,
): Columns {
  const { plans, columns } = plan(specs);
  const rows = records(text, headerLine, file);
  // Columns sized once: growing 20 arrays row by row cost a quarter of the import (bench sipri).
  for (const p of plans) {
    p.out.length = rows.length - 1;
    if (p.estimates) p.estimates.length = rows.length - 1;
  }
  const refuse = (n: number, spec: ColumnSpec, raw: string, mistake = cellMistake(spec, raw)) => {
    const line = lineOfRecord(text, headerLine, n);
    throw new SipriExportError(
      { file, line, column: spec.header },
      mistake.problem,
      mistake.expected,
    );
  };
  const delivered = columns.delivery_year;
  const yearSpec = specs.find((s) => s?.key === 'delivery_year') as ColumnSpec;
  for (let n = 0; n + 1 < rows.length; n++) {
    const record = rows[n + 1] as string[];
    for (const p of plans) {
      const raw = record[p.index] as string;
      const value = p.read(raw);
      if (value === NOT_READ) return refuse(n, p.spec, raw);
      p.out[n] = value;
      if (!p.estimates) continue;
      // A `?` marks an estimate by itself; otherwise the "is estimate" column says (empty: unknown).
      const flagRaw = p.flag ? (record[p.flag.index] as string) : '';
      const flag = p.flag ? p.flag.read(flagRaw) : false;
      if (flag === NOT_READ) return refuse(n, (p.flag as ReadPlan['flag'] & {}).spec, flagRaw);
      p.estimates[n] = isUncertain(raw) ? true : flag;
    }
    const year = delivered?.[n];
    if (typeof year === 'number' && (year < notes.yearFrom || year > notes.yearTo)) {
      refuse(n, yearSpec, String(year), {
        problem: `delivery year ${year} lies outside the export's year range`,
        expected: `a year from ${notes.yearFrom} to ${notes.yearTo}, as the notes block says`,
      });
    }
  }
  return columns;
}
