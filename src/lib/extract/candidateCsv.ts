/** Candidates as CSV text (RFC 4180: quotes doubled, fields with commas, quotes or newlines quoted). */
import type { Candidate } from './candidate.ts';
import { CANDIDATE_COLUMNS } from './candidate.ts';

function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(';') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function candidateHeader(): string {
  return `${CANDIDATE_COLUMNS.join(',')}\n`;
}

export function candidateLine(c: Candidate): string {
  return `${CANDIDATE_COLUMNS.map((col) => field(c[col])).join(',')}\n`;
}

export function candidatesToCsv(rows: Iterable<Candidate>): string {
  let out = candidateHeader();
  for (const row of rows) out += candidateLine(row);
  return out;
}
