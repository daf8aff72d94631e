/**
 * What `npm run validate` prints, as pure functions of the result. Every line goes through the
 * terminal formatter: problems quote ledger text, and ledger text may hold escape sequences.
 */
import { TERMINAL_MAX_LINE, terminalText } from '../format/terminalText.ts';
import { formatProblem } from './problem.ts';
import type { ValidationResult } from './validateLedger.ts';

/** Why provenance was not checked, or undefined when it was. */
export type ArchiveStatus =
  | { checked: true; dir: string }
  | { checked: false; reason: 'not-given' }
  | { checked: false; reason: 'not-found'; dir: string; from: string };

export function provenanceNotice(status: ArchiveStatus): string | undefined {
  if (status.checked) return undefined;
  const why =
    status.reason === 'not-given'
      ? 'no archive folder was given'
      : `the archive folder ${status.dir} (from ${status.from}) does not exist`;
  return (
    `Provenance NOT checked: ${why}. Figures were not compared with the archived articles. ` +
    'To check them, pass --archive DIR or set LEDGER_ARCHIVE to the folder of archived texts.'
  );
}

/** Problems printed before the rest are only counted: a broken file can have one per row. */
export const MAX_PRINTED_PROBLEMS = 100;

/** A line of the command's own text, with whatever it quotes made visible (a problem quotes at
 * most 60 characters of a cell, so only a very long folder name is ever cut). */
export const terminalLine = (line: string) => terminalText(line, TERMINAL_MAX_LINE);

/** The first `max` problems, one line each, then one line counting the rest. */
export function problemLines(result: ValidationResult, max = MAX_PRINTED_PROBLEMS): string[] {
  const lines: string[] = [];
  for (const problem of result.problems.slice(0, max))
    lines.push(terminalLine(formatProblem(problem)));
  const more = result.problems.length - lines.length;
  if (more > 0) {
    lines.push(
      `… and ${more.toLocaleString('en-GB')} more ${more === 1 ? 'problem' : 'problems'} (only the first ${max} are printed; fix these and run again)`,
    );
  }
  return lines;
}

export function summaryLine(result: ValidationResult, status: ArchiveStatus): string {
  const rows = result.tables.map((t) => `${t.file} ${t.rows} rows`).join(', ');
  const provenance = status.checked
    ? `provenance checked against ${result.articlesChecked ?? 0} articles in ${status.dir}`
    : 'provenance NOT checked';
  return `Ledger valid: ${result.tables.length + 1} files (${rows}, and the descriptor); ${provenance}.`;
}

export function countLine(problemCount: number): string {
  return `${problemCount.toLocaleString('en-GB')} ${problemCount === 1 ? 'problem' : 'problems'} found; nothing was changed.`;
}
