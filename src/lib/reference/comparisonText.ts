/**
 * A comparison with the database in plain words: what the database gives, whether the printed
 * figure matches it, and why they may differ (a TIV printed as dollars, a window inferred, a share
 * of a stock, SIPRI's revisions since the release the article used). Each sentence is a rule
 * below; the explanation is the sentences that apply, in order.
 *
 * The text carries ledger text (the figure as printed, the claimant) as it is: whoever prints it
 * escapes it for its medium.
 */
import { formatDate } from '../format/formatValue.ts';
import type { ComparableClaim, MeasureRule, SipriComparison } from './sipriComparisons.ts';
import { lastPublishedYear, releaseYearAt, SIPRI_WINDOW_YEARS } from './sipriReleases.ts';
import { releaseLabel, type SipriRelease } from './sipriResource.ts';

const millions = (x: number) =>
  new Intl.NumberFormat('en-GB', { maximumFractionDigits: Math.abs(x) >= 100 ? 0 : 1 }).format(x);
const percent = (x: number) => `${Math.round(x)} %`;
const span = (r: SipriComparison) => `${r.window_from}–${r.window_to}`;
/** SIPRI's window lengths in words ("five-year window"); digits for any other length. */
const yearsWord = (n: number) =>
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][n - 1] ??
  String(n);
const dateText = (iso: string | null) => (iso ? formatDate(iso) : 'an unknown date');

interface Context {
  row: SipriComparison;
  claim: ComparableClaim;
  rule: MeasureRule;
  release: SipriRelease;
}

/** What the database gives for the same flow and window, and how the printed figure stands. */
function finding({ row, claim, release }: Context): string {
  const d = row.database as number;
  const against = {
    matches: 'which matches the printed figure',
    within_wording: `which the printed wording (${claim.figure_text}) allows`,
    differs: differenceText(row, claim),
    not_compared: '',
  }[row.outcome];
  const source = `SIPRI's database (this release: ${releaseLabel(release)})`;
  if (row.kind === 'tiv_sum') {
    return `${source} gives ${row.supplier}'s deliveries to ${row.recipient} in ${span(row)} as ${millions(d)} million TIV, ${against}.`;
  }
  return `${source} gives ${row.supplier} ${percent(d)} (${d.toFixed(1)} %) of ${row.recipient}'s arms imports in ${span(row)}, by TIV, ${against}.`;
}

function differenceText(row: SipriComparison, claim: ComparableClaim): string {
  const diff = row.difference as number;
  const direction = diff > 0 ? 'more' : 'less';
  if (row.kind === 'share') {
    return `where the article printed ${claim.figure_text}: ${Math.abs(diff).toFixed(1)} percentage points ${direction}`;
  }
  const relative =
    row.relative_difference === null
      ? ''
      : ` (${percent(Math.abs(row.relative_difference) * 100)})`;
  // In whole millions, as SIPRI publishes TIV: "425 ... not 375: 50 million more", not 50.25.
  const shown = Math.abs((row.database_rounded as number) - (row.printed as number));
  return `not ${claim.figure_text} as printed: ${millions(shown)} million${relative} ${direction}`;
}

/** Sentences that apply after the finding, each with the condition it needs. */
const NOTES: readonly ((ctx: Context) => string | null)[] = [
  ({ row }) =>
    row.window_basis === 'ledger_inferred'
      ? `The years ${span(row)} are the ledger's reading of the article's wording (inferred).`
      : null,
  ({ row, claim }) =>
    row.window_basis === 'latest_at_publication'
      ? `The article names no window: ${span(row)} was SIPRI's latest ${yearsWord(SIPRI_WINDOW_YEARS)}-year window when it was published (${dateText(claim.published)}), and is taken as the window it refers to (an inference).`
      : null,
  ({ row, claim }) =>
    row.kind === 'share' && !row.credited_to_sipri
      ? `The figure is not credited to SIPRI (its claimant in the ledger: ${claim.claimant}); a supplier's share of a country's arms imports over a window is SIPRI's measure, so the database is the reference (an inference).`
      : null,
  ({ row, rule }) =>
    rule.stock
      ? `It is printed as a share of the weapons ${row.recipient} holds; SIPRI measures shares of imports over a window, not of what an arsenal holds, so it is compared with the share of imports it most likely comes from (an inference).`
      : null,
  ({ row }) =>
    row.kind === 'tiv_sum'
      ? "It was printed as US dollars, but SIPRI's figure is a trend-indicator value (TIV): a measure of the volume of arms transferred, priced at unit production costs, not a price paid or the value of contracts."
      : null,
  revisionNote,
];

/** Why a figure printed before this release may differ from it: SIPRI's yearly revisions. */
function revisionNote({ row, claim, release }: Context): string | null {
  if (row.outcome !== 'differs' || !claim.published) return null;
  const lastYear = lastPublishedYear(claim.published);
  const releaseYear = releaseYearAt(claim.published);
  if (lastYear === null || releaseYear === null) return null;
  if (claim.published.slice(0, 10) >= release.generated.slice(0, 10)) {
    return "The article was published after this release was generated, so SIPRI's revisions do not explain the difference.";
  }
  if ((row.window_to as number) > lastYear) {
    return `When the article was published (${dateText(claim.published)}), SIPRI's figures went up to ${lastYear}: the printed figure cannot be SIPRI's for ${span(row)}, and the window may be misread (inferred from the date).`;
  }
  return (
    `The article was published on ${dateText(claim.published)}, when SIPRI's latest figures were those of its ${releaseYear} release (deliveries to ${lastYear}). ` +
    `SIPRI revises past years' values in every yearly release: the difference is the database's revisions since its ${releaseYear} release, not an error in either figure (the release is inferred from the date).`
  );
}

/** The whole explanation of a comparison. */
export function explainComparison(
  row: SipriComparison,
  claim: ComparableClaim,
  rule: MeasureRule,
  release: SipriRelease,
  refusal: string | null,
): string {
  if (row.outcome === 'not_compared')
    return `Not compared: ${refusal ?? 'the database has no figure for it'}.`;
  const ctx = { row, claim, rule, release };
  return [finding(ctx), ...NOTES.map((note) => note(ctx))].filter(Boolean).join(' ');
}
