/** What `npm run validate` prints, as pure functions of the result. */
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

export function problemLines(result: ValidationResult): string[] {
  return result.problems.map(formatProblem);
}

export function summaryLine(result: ValidationResult, status: ArchiveStatus): string {
  const rows = result.tables.map((t) => `${t.file} ${t.rows} rows`).join(', ');
  const provenance = status.checked
    ? `provenance checked against ${result.articlesChecked ?? 0} articles in ${status.dir}`
    : 'provenance NOT checked';
  return `Ledger valid: ${result.tables.length + 1} files (${rows}, and the descriptor); ${provenance}.`;
}

export function countLine(problemCount: number): string {
  return `${problemCount} ${problemCount === 1 ? 'problem' : 'problems'} found; nothing was changed.`;
}
