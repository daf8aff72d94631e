/**
 * The section of `npm run report` that sets every SIPRI-derived figure beside the database's
 * figure: one block per claim with its outcome and the explanation, under the release's source
 * line. Ledger text is shown as text: control and bidirectional-override characters are written
 * out as \u{…} so that no claim can move the cursor, recolour the terminal or reorder a line.
 */
import { readSipriReference } from './readSipriReference.ts';
import {
  compareWithSipri,
  type ComparableClaim,
  type Outcome,
  type SipriComparison,
  type SipriReference,
} from './sipriComparisons.ts';
import { SIPRI_RESOURCE_PATH } from './sipriResource.ts';
// The one terminal formatter: controls escaped, bidi made visible, long values cut.
import { terminalText } from '../format/terminalText.ts';

const OUTCOME_LABEL: Record<Outcome, string> = {
  differs: 'differs',
  matches: 'matches',
  within_wording: 'within the wording',
  not_compared: 'not compared',
};
/** How many of each, for the summary line. */
const COUNT_LABEL: Record<Outcome, string> = {
  differs: 'differ from this release',
  matches: 'match',
  within_wording: 'within their wording',
  not_compared: 'not compared',
};
const ORDER: Outcome[] = ['differs', 'matches', 'within_wording', 'not_compared'];

/** An explanation is the engine's own sentence around ledger text: wrapped, cut only past this. */
const EXPLANATION_MAX_CHARS = 2_000;

function wrap(text: string, indent: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  // A word longer than a line (20,000 characters of ledger text) is cut into line-sized pieces.
  const room = Math.max(1, width - indent.length);
  const words = text.split(/\s+/).flatMap((w) => w.match(new RegExp(`.{1,${room}}`, 'gu')) ?? []);
  for (const word of words) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

const figure = (r: SipriComparison) =>
  r.database === null
    ? ''
    : r.unit === 'percent'
      ? ` · database ${r.database_rounded} % (${r.database.toFixed(1)} %)`
      : ` · database ${r.database_rounded} million TIV`;

function block(r: SipriComparison, width: number): string[] {
  const flow = r.supplier ? ` · ${r.supplier} → ${r.recipient}` : '';
  const years = r.window_from === null ? '' : ` ${r.window_from}–${r.window_to}`;
  const indent = ' '.repeat(23);
  const head = wrap(
    terminalText(`${r.claim_id} · ${r.figure_text}${flow}${years}${figure(r)}`),
    indent,
    width,
  );
  head[0] = `  ${OUTCOME_LABEL[r.outcome].toUpperCase().padEnd(20)} ${(head[0] ?? '').trimStart()}`;
  return [...head, ...wrap(terminalText(r.explanation, EXPLANATION_MAX_CHARS), indent, width)];
}

/** The section for comparisons already computed. */
export function renderSipriSection(
  rows: readonly SipriComparison[],
  reference: SipriReference,
  csvLabel: string,
  width = 100,
): string {
  const counts = ORDER.map((o) => [o, rows.filter((r) => r.outcome === o).length] as const)
    .filter(([, n]) => n > 0)
    .map(([o, n]) => `${n} ${COUNT_LABEL[o]}`);
  const [first, last] = reference.release.deliveryYears;
  const out = [
    "SIPRI's Arms Transfers Database: every printed figure that cites or derives from it, beside this release",
    `  ${reference.release.citation} Deliveries ${first}–${last}, from ${csvLabel}.`,
    `  ${rows.length} figures: ${counts.join(' · ') || 'none'}`,
    '',
  ];
  const sorted = [...rows].sort((a, b) => ORDER.indexOf(a.outcome) - ORDER.indexOf(b.outcome));
  for (const r of sorted) out.push(...block(r, width), '');
  return out.join('\n');
}

/** The whole section for a data folder: its reference table, or why there is none. */
export function sipriReportSection(
  dataDir: string,
  claims: readonly ComparableClaim[],
  width?: number,
): string {
  const reference = readSipriReference(dataDir);
  if ('missing' in reference) {
    return `SIPRI's Arms Transfers Database: not compared, ${reference.missing}.`;
  }
  const csvLabel = `${dataDir.replace(/[\\/]+$/, '')}/${SIPRI_RESOURCE_PATH}`;
  return renderSipriSection(compareWithSipri(claims, reference), reference, csvLabel, width);
}
