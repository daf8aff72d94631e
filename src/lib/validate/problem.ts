import { showInvisibleChars } from '../format/invisibleChars.ts';

/**
 * One thing wrong with the ledger, pinned to the place a person has to edit. Every check of the
 * validator returns these; only the command line prints them.
 */
export interface Problem {
  /** Path as the user would type it, e.g. `data/claims.csv`. */
  file: string;
  /** Physical line in the file, 1-based. */
  line: number;
  /** 1-based character (code point) column where the field starts on that line. */
  column: number;
  /** Column name, or a bracketed word for what is not a cell: `(encoding)`, `(csv)`, `(row)`. */
  field: string;
  /** What is wrong. */
  message: string;
  /** What would be right. */
  expected: string;
}

/** A cell's place in its file: enough to build a Problem. */
export interface Place {
  file: string;
  line: number;
  column: number;
}

export function problemAt(place: Place, field: string, message: string, expected: string): Problem {
  return { file: place.file, line: place.line, column: place.column, field, message, expected };
}

/**
 * Append every problem of `from` to `to`. A loop, not `to.push(...from)`: spreading passes each
 * problem as an argument, and a file with a problem on each of 200,000 rows overflows the stack.
 */
export function appendProblems(to: Problem[], ...from: readonly (readonly Problem[])[]): void {
  for (const list of from) for (const p of list) to.push(p);
}

/** `file:line:column field problem (expected ...)`: the one line format the data team reads. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column} ${p.field} ${p.message} (expected ${p.expected})`;
}

/** Stable reading order: files in the order given, then line, then column. */
export function sortProblems(
  problems: readonly Problem[],
  fileOrder: readonly string[],
): Problem[] {
  const rank = (file: string) => {
    const i = fileOrder.indexOf(file);
    return i === -1 ? fileOrder.length : i;
  };
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        rank(a.p.file) - rank(b.p.file) ||
        (a.p.file === b.p.file ? 0 : a.p.file.localeCompare(b.p.file)) ||
        a.p.line - b.p.line ||
        a.p.column - b.p.column ||
        a.i - b.i,
    )
    .map(({ p }) => p);
}

/**
 * Quote a cell's text for a message: JSON quoting shows stray spaces and control characters,
 * and bidi and invisible characters are shown as markers (`⟨U+202E⟩`), so no message carries
 * a character that reorders or hides what follows it.
 */
export function quote(text: string, max = 60): string {
  const cut = [...text];
  const json = JSON.stringify(cut.length > max ? `${cut.slice(0, max - 1).join('')}…` : text);
  // JSON leaves DEL and the C1 controls as they are: escape them like the C0 ones.
  const escaped = json.replace(/[\u007f-\u009f]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
  return showInvisibleChars(escaped);
}

/** A short list for "expected one of ..." messages. */
export function listOf(values: readonly string[], max = 20): string {
  const shown = values.slice(0, max).join(', ');
  return values.length > max ? `${shown}, … (${values.length} in all)` : shown;
}
