/**
 * One cell of a SIPRI export, read by its kind (see sipriExportFormat.ts). A trailing `?` is
 * SIPRI's mark for an uncertain value: `isUncertain` tells, and the reader returns the number
 * without it.
 *
 * Readers return the value or NOT_READ, never an object: the register has some 350,000 cells,
 * and an object per cell made reading three times slower (measured in bench/suites/sipri.ts).
 */
import { CELL_EXPECTED, type CellKind, type ColumnSpec } from './sipriExportFormat.ts';

export type CellValue = string | number | boolean | null;

/** Returned for a cell that does not hold what its column should. */
export const NOT_READ: unique symbol = Symbol('not read');

export type CellReader = (raw: string) => CellValue | typeof NOT_READ;

const WHOLE = /^\d+\??$/;
const YEAR = /^\d{4}\??$/;
const DECIMAL = /^\d+(?:\.\d+)?\??$/;
const QUESTION_MARK = 63;

export const isUncertain = (raw: string) => raw.charCodeAt(raw.length - 1) === QUESTION_MARK;

/** The number in a cell that matched its form, without SIPRI's `?`. */
const numberOf = (raw: string) => Number(isUncertain(raw) ? raw.slice(0, -1) : raw);

const numeric =
  (form: RegExp, emptyAllowed: boolean): CellReader =>
  (raw) =>
    raw === '' ? (emptyAllowed ? null : NOT_READ) : form.test(raw) ? numberOf(raw) : NOT_READ;

const READERS: Record<CellKind, (spec: ColumnSpec) => CellReader> = {
  id: () => (raw) => (/^\d+$/.test(raw) ? Number(raw) : NOT_READ),
  name: () => (raw) => {
    const text = raw.trim();
    return text === '' ? NOT_READ : text;
  },
  text: () => (raw) => raw.trim() || null,
  year: (spec) => numeric(YEAR, spec.optional === true),
  count: () => numeric(WHOLE, true),
  tiv: () => numeric(DECIMAL, true),
  flag: () => (raw) => (raw === 'Yes' ? true : raw === 'No' ? false : raw === '' ? null : NOT_READ),
};

/** The reader for a column, made once per import. */
export const readerFor = (spec: ColumnSpec): CellReader => READERS[spec.kind](spec);

/** What was wrong with a cell, for the refusal. */
export function cellMistake(spec: ColumnSpec, raw: string): { problem: string; expected: string } {
  return {
    problem: raw === '' ? `${spec.header} is empty` : `${spec.header} is ${JSON.stringify(raw)}`,
    expected: CELL_EXPECTED[spec.kind],
  };
}
