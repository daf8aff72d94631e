/**
 * Why an export was refused, pinned to the place a person can look at: the file, the line, the
 * column where there is one, what was found and what was expected. The importer stops at the
 * first one: an export that is wrong in one place is not SIPRI's export as generated, and no part
 * of it is used.
 */
export interface ExportPlace {
  /** The file as the user named it. */
  file: string;
  /** Physical line, 1-based. */
  line: number;
  /** Column header (or 1-based field number) of the cell, when the problem is one cell. */
  column?: string;
}

export class SipriExportError extends Error {
  readonly place: ExportPlace;
  readonly problem: string;
  readonly expected: string;

  constructor(place: ExportPlace, problem: string, expected: string) {
    const at = `${place.file}:${place.line}${place.column ? ` (column ${place.column})` : ''}`;
    super(`${at}: ${problem}; expected ${expected}`);
    this.name = 'SipriExportError';
    this.place = place;
    this.problem = problem;
    this.expected = expected;
  }
}
