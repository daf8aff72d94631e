/**
 * Sentences for a claimant's figure changing or being printed two ways (positions.ts): an update
 * of a running total for a later day, a revision (a correction for the same moment), and a
 * misquote (one origin printed with different values by different outlets).
 */
import { formatDate } from '../format/formatValue.ts';
import { originPhrase } from './origins.ts';
import type { Change } from './positions.ts';
import type { EngineRules } from './rules.ts';
import { joinAnd, possessive, timePhrase, unique } from './sentenceParts.ts';
import type { Statement } from './statements.ts';
import { isAdditive } from './units.ts';
import type { Verdict } from './verdicts.ts';

const othersAgree = (v: Verdict) =>
  unique(v.positions.map((s) => s.rep.claimantKey)).length > 1
    ? ', and the other claimants agree with the new figure'
    : '';

/** "104 (as of 30 September 2020)" */
const dated = (s: Statement) => `${s.rep.figure_text} (${timePhrase(s.rep.time)})`;

/** "2,853 (AsiaNews, 11 January 2021)", "2,906 (printed 1 March 2021)" */
function printed(s: Statement): string {
  const outlet =
    s.rep.publisher && s.rep.publisher !== 'unidentified' ? s.rep.publisher : 'printed';
  return `${s.rep.figure_text} (${outlet}${outlet === 'printed' ? '' : ','} ${formatDate(s.rep.published)})`;
}

/** "Wikipedia contributors (13 February 2022)", "The article (1 March 2021)" */
function outletOf(s: Statement): string {
  const outlet =
    s.rep.publisher && s.rep.publisher !== 'unidentified' ? s.rep.publisher : 'The article';
  return `${outlet} (${formatDate(s.rep.published)})`;
}

const runningWords = (c: Change) =>
  isAdditive(c.to.rep.dimension) ? 'running total of' : 'figure for';

export function explainUpdate(v: Verdict, subject: string): string {
  const u = v.updates[0];
  if (!u) return `A claimant gave its figure for ${subject} again for a later day.`;
  const rises = isAdditive(u.to.rep.dimension);
  return (
    `${u.to.rep.claimantLabel} updated its ${runningWords(u)} ${subject} from ${dated(u.from)} ` +
    `to ${dated(u.to)}; ${rises ? 'a running total that rises' : 'a figure given for a later day'} is not a revision.`
  );
}

export function explainRevision(v: Verdict, subject: string): string {
  const r = v.revisions[0];
  if (!r) return `A claimant revised its figure for ${subject}.`;
  const who = r.to.rep.claimantLabel;
  if (r.from.rep.time.key !== r.to.rep.time.key) {
    // A running total that fell: the later count corrects the earlier one.
    return (
      `${possessive(who)} running total of ${subject} fell from ${dated(r.from)} to ${dated(r.to)}; ` +
      `a count so far cannot shrink, so the later figure revises the earlier one${othersAgree(v)}.`
    );
  }
  if (r.stated) {
    // The text says which replaced which, not when: no date is given for the revision.
    const sameArticle = r.from.rep.source_id === r.to.rep.source_id;
    const [from, to] = sameArticle
      ? [r.from.rep.figure_text, r.to.rep.figure_text]
      : [printed(r.from), printed(r.to)];
    const how = sameArticle
      ? `${outletOf(r.to)} prints both, the later figure as a revision of the earlier, with no date for the revision`
      : 'the later article prints its figure as a revision of the earlier one';
    return (
      `${who} revised its figure for ${subject} ${timePhrase(r.to.rep.time)} from ${from} to ${to}${othersAgree(v)}; ` +
      `${how}.`
    );
  }
  return (
    `${who} revised its figure for ${subject} ${timePhrase(r.to.rep.time)} from ${printed(r.from)} ` +
    `to ${printed(r.to)}${othersAgree(v)}.`
  );
}

const COUNT_WORDS = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];

/** "Two outlets print SIPRI's figure for … differently: US$ 375 million (AsiaNews) and …" */
export function explainMisquote(v: Verdict, subject: string, rules: EngineRules): string {
  const m = v.misquotes[0];
  if (!m) return `Outlets print one figure for ${subject} differently.`;
  const first = m.statements[0] as Statement;
  const outlet = (s: Statement) =>
    s.rep.publisher && s.rep.publisher !== 'unidentified' ? s.rep.publisher : s.rep.source_id;
  const byFigure = new Map<string, string[]>();
  for (const s of m.statements) {
    byFigure.set(s.rep.figure_text, [...(byFigure.get(s.rep.figure_text) ?? []), outlet(s)]);
  }
  const figures = [...byFigure].map(([text, outlets]) => `${text} (${joinAnd(unique(outlets))})`);
  const outlets = unique(m.statements.map((s) => s.rep.source_id)).length;
  const whose = `${possessive(first.rep.claimantLabel)} figure for ${subject} ${timePhrase(first.rep.time)}`;
  if (outlets === 1) {
    return (
      `${outlet(first)} prints ${whose} with different values: ${joinAnd(unique(m.statements.map((s) => s.rep.figure_text)))}. ` +
      `One statement cannot have ${byFigure.size === 2 ? 'both values' : 'all these values'}, so the article misquotes it or contradicts itself.`
    );
  }
  const howMany = COUNT_WORDS[outlets] ?? String(outlets);
  const story = m.origin.kind === 'story' ? ` from ${originPhrase(m.origin)}` : '';
  const years = unique(m.statements.map((s) => s.rep.published.slice(0, 4)));
  const releases =
    rules.revisingOrigins.includes(m.origin.key) && years.length > 1
      ? `, or they used different annual releases of ${possessive(m.origin.name)} data, which revises past values`
      : '';
  return (
    `${howMany} outlets print ${whose}${story} differently: ${joinAnd(figures)}. ` +
    `One statement cannot have ${byFigure.size === 2 ? 'both values' : 'all these values'}, ` +
    `so at least one of them misquotes it${releases}.`
  );
}
