/**
 * The notes block of a SIPRI export: the lines above the table that say what the export covers,
 * what unit its TIV figures are in, where they come from and when they were generated. Without
 * those an export's numbers can be neither read nor cited, so each is required.
 */
import { MONTHS, NOTE_RULES, type SipriNotes } from './sipriExportFormat.ts';
import { SipriExportError } from './sipriExportError.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** "3", "Jan", "2025", "9", "16", "02", "PM" → 2025-01-03T21:16:02 (the zone is not printed). */
function generatedIso(m: RegExpExecArray, file: string, line: number): string {
  const [, day, mon, year, hour, minute, second, half] = m;
  const month = MONTHS.indexOf((mon ?? '').toLowerCase() as (typeof MONTHS)[number]) + 1;
  const d = Number(day);
  const y = Number(year);
  const lastDay = new Date(Date.UTC(y, month, 0)).getUTCDate();
  if (month === 0 || d < 1 || d > lastDay) {
    throw new SipriExportError(
      { file, line },
      `"${m[0]}" is not a calendar date`,
      NOTE_RULES.generated.expected,
    );
  }
  const date = `${y}-${pad(month)}-${pad(d)}`;
  if (hour === undefined) return date;
  // 12-hour clock: 12 AM is midnight, 12 PM noon.
  const h = (Number(hour) % 12) + (half === 'PM' ? 12 : 0);
  const h24 = half ? h : Number(hour);
  return `${date}T${pad(h24)}:${minute}:${second}`;
}

/** Find the line a rule reads; refuse the export when none does. */
function lineFor(
  lines: readonly string[],
  rule: (typeof NOTE_RULES)[keyof typeof NOTE_RULES],
  file: string,
): { m: RegExpExecArray; line: number } {
  for (const [i, text] of lines.entries()) {
    const m = rule.pattern.exec(text.trim());
    if (m) return { m, line: i + 1 };
  }
  throw new SipriExportError(
    { file, line: 1 },
    `the notes block (lines 1-${lines.length}) does not give ${rule.name}`,
    rule.expected,
  );
}

/** Read the notes block: `lines` are the file's lines above the header row. */
export function readSipriNotes(lines: readonly string[], file: string): SipriNotes {
  if (lines.length === 0) {
    throw new SipriExportError(
      { file, line: 1 },
      'the file starts with the table: the notes block SIPRI writes above it is missing',
      'the notes block of a SIPRI export (what it covers, TIV unit, source, date generated)',
    );
  }
  const scope = lineFor(lines, NOTE_RULES.scope, file);
  const yearFrom = Number(scope.m[3]);
  const yearTo = Number(scope.m[4]);
  if (yearFrom > yearTo) {
    throw new SipriExportError(
      { file, line: scope.line },
      `the year range runs backwards (${yearFrom} to ${yearTo})`,
      'a first year no later than the last',
    );
  }
  lineFor(lines, NOTE_RULES.units, file);
  const source = lineFor(lines, NOTE_RULES.source, file);
  const generated = lineFor(lines, NOTE_RULES.generated, file);
  return {
    suppliers: (scope.m[1] ?? '').trim(),
    recipients: (scope.m[2] ?? '').trim(),
    yearFrom,
    yearTo,
    tivUnit: 'millions',
    source: source.m[1] ?? '',
    generated: generatedIso(generated.m, file, generated.line),
    lines: [...lines],
  };
}
