/**
 * The importer for SIPRI trade-register exports (the CSV that SIPRI's Arms Transfers Database
 * website generates): the notes block, the header row and one row per deal and delivery year,
 * read into an Arquero table of deliveries with the release they came from. Any export in that
 * format reads (other years, one supplier, one recipient); anything else is refused with the
 * file, line and column and what was expected, and nothing of it is used.
 *
 * csv-parse reads the CSV (RFC 4180 quoting); the cells are read by the column table in
 * sipriExportFormat.ts.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { parse } from 'csv-parse/sync';
import { SIPRI_COLUMNS, type ColumnSpec, type SipriNotes } from './sipriExportFormat.ts';
import { SipriExportError } from './sipriExportError.ts';
import { readSipriRows } from './readSipriRows.ts';
import { readSipriNotes } from './readSipriNotes.ts';

export interface SipriExport {
  /** The file as the caller named it. */
  file: string;
  notes: SipriNotes;
  /** Delivery rows read. */
  rows: number;
  /** First and last delivery year in the rows; null when no row has one. */
  deliveryYears: [number, number] | null;
  /** Headers the importer does not know; their cells are not read. */
  ignoredColumns: string[];
  /**
   * One row per deal and delivery year: the columns of SIPRI_COLUMNS present in the export (by
   * key), and for each year, count and TIV column a `<key>_estimate` column: true when SIPRI
   * marks the value as an estimate (its "is estimate" column or a `?`), false when it does not,
   * null when the export leaves the flag empty.
   */
  deliveries: ColumnTable;
}

const BY_HEADER = new Map(SIPRI_COLUMNS.map((c) => [c.header, c]));
const KNOWN_EXPECTED = `a header row naming the register's columns (${SIPRI_COLUMNS.filter(
  (c) => c.required,
)
  .map((c) => c.header)
  .join(', ')}, ...)`;

const fieldsOf = (line: string): string[] => {
  try {
    return ((parse(line, { relax_quotes: true }) as string[][])[0] ?? []).map((f) => f.trim());
  } catch {
    return [];
  }
};

/**
 * The lines above the header and the header row: the first line naming at least two of the
 * register's columns. Lines are cut one at a time, so the 20,000 rows below are not split here.
 */
function findHeader(text: string, file: string): { above: string[]; fields: string[] } {
  const above: string[] = [];
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
    const fields = line.includes(',') ? fieldsOf(line) : [];
    if (fields.filter((f) => BY_HEADER.has(f)).length >= 2) return { above, fields };
    above.push(line);
    start = end < 0 ? text.length : end + 1;
  }
  throw new SipriExportError(
    { file, line: 1 },
    'no line names the columns of a SIPRI trade register; this is not a trade-register export',
    KNOWN_EXPECTED,
  );
}

/** Each header's column spec (undefined for columns the importer does not know). */
function mapHeader(fields: string[], file: string, line: number): (ColumnSpec | undefined)[] {
  const seen = new Set<string>();
  for (const f of fields) {
    if (seen.has(f)) {
      throw new SipriExportError(
        { file, line, column: f },
        `column ${f} appears twice`,
        'each column once',
      );
    }
    seen.add(f);
  }
  const missing = SIPRI_COLUMNS.filter((c) => c.required && !seen.has(c.header));
  if (missing.length > 0) {
    throw new SipriExportError(
      { file, line },
      `the header row lacks ${missing.map((c) => c.header).join(', ')}`,
      KNOWN_EXPECTED,
    );
  }
  return fields.map((f) => BY_HEADER.get(f));
}

/** First and last of the years present; null when there is none. */
function yearSpan(years: readonly unknown[]): [number, number] | null {
  let first = Infinity;
  let last = -Infinity;
  for (const y of years) {
    if (typeof y !== 'number') continue;
    if (y < first) first = y;
    if (y > last) last = y;
  }
  return first <= last ? [first, last] : null;
}

/** Read a SIPRI trade-register export. Throws SipriExportError for anything else. */
export function importSipriExport(text: string, file: string): SipriExport {
  const body = text.replace(/^\uFEFF/, '');
  const header = findHeader(body, file);
  const headerLine = header.above.length + 1;
  const notes = readSipriNotes(header.above, file);
  const specs = mapHeader(header.fields, file, headerLine);
  const columns = readSipriRows(body, headerLine, specs, notes, file);
  return {
    file,
    notes,
    rows: columns.deal_id?.length ?? 0,
    deliveryYears: yearSpan(columns.delivery_year ?? []),
    ignoredColumns: header.fields.filter((_, i) => specs[i] === undefined),
    deliveries: aq.table(columns),
  };
}
