/**
 * One plain-English sentence per verdict, generated from the data: it becomes a chart's subtitle
 * and its text alternative, so it names the claimants, quotes the figures as printed and says
 * why (e.g. "Azerbaijan's figure for Armenian military deaths (1,900) is 18 times Armenia's own
 * (104), both given no later than 2 October 2020."). Reprints of one origin are one voice, and a
 * sentence says how far a figure travelled ("reported by 3 outlets from one Reuters story"). The
 * words are the project's own; nothing is copied from the articles.
 */
import { explainMisquote, explainRevision, explainUpdate } from './explainChanges.ts';
import { explainNotComparable } from './explainNotComparable.ts';
import type { Group } from './groups.ts';
import { originPhrase, reachPhrase } from './origins.ts';
import type { PreparedClaim } from './prepareClaims.ts';
import type { EngineRules } from './rules.ts';
import {
  boundText,
  figure,
  figuresOf,
  joinAnd,
  possessive,
  speaker,
  subjectOf,
  timePhrase,
  unique,
  UNIT_WORDS,
} from './sentenceParts.ts';
import type { Statement } from './statements.ts';
import type { Verdict } from './verdicts.ts';

export {
  dayRangeText,
  figure,
  joinAnd,
  possessive,
  subjectOf,
  timePhrase,
} from './sentenceParts.ts';

const maxOf = (values: readonly number[]) => values.reduce((m, v) => Math.max(m, v), -Infinity);
const minOf = (values: readonly number[]) => values.reduce((m, v) => Math.min(m, v), Infinity);

function ratioText(ratio: number, loose: boolean): string {
  const about = loose ? 'about ' : '';
  if (ratio >= 10) return `${about}${Math.round(ratio)} times`;
  if (ratio >= 2) return `${about}${ratio.toFixed(1).replace(/\.0$/, '')} times`;
  return `${about}${Math.round((ratio - 1) * 100)}% higher than`;
}

/** The least a gap can be (vague words): "at least twice", "at least 4.5 times". */
function minimumRatioText(ratio: number): string {
  if (ratio < 2) return `at least ${Math.floor((ratio - 1) * 100)}% higher than`;
  const whole = ratio >= 10 ? Math.floor(ratio) : Math.floor(ratio * 10) / 10;
  return whole === 2 ? 'at least twice' : `at least ${whole} times`;
}

/** "Reuters' figure is reported by 3 outlets from one Reuters story (…)", per claimant. */
export function reachNotes(statements: readonly Statement[]): string[] {
  const byClaimant = new Map<string, PreparedClaim[]>();
  for (const s of statements) {
    const list = byClaimant.get(s.rep.claimantKey) ?? [];
    list.push(...s.claims);
    byClaimant.set(s.rep.claimantKey, list);
  }
  const notes: string[] = [];
  for (const claims of byClaimant.values()) {
    const reach = reachPhrase(claims.map((c) => ({ source_id: c.source_id, origin: c.source })));
    if (reach)
      notes.push(`${possessive((claims[0] as PreparedClaim).claimantLabel)} figure is ${reach}`);
  }
  return notes;
}

const withNotes = (sentence: string, notes: readonly string[]) =>
  notes.length > 0 ? `${sentence}; ${notes.join('; ')}.` : `${sentence}.`;

/** "both given no later than 2 October 2020", "all as of 2 October 2020", "both in 2017–2019". */
function sameMoment(statements: readonly Statement[]): string {
  const frame = (statements.find((s) => s.rep.time.upTo) ?? statements[0])?.rep.time;
  if (!frame || frame.kind === 'none') return '';
  return `, ${statements.length === 2 ? 'both' : 'all'} ${timePhrase(frame)}`;
}

function explainContradiction(v: Verdict, subject: string, rules: EngineRules): string {
  const lowOnly = v.low.filter((s) => !v.high.includes(s));
  const highOnly = v.high.filter((s) => !v.low.includes(s));
  const low = lowOnly.length > 0 ? lowOnly : v.low;
  const high = highOnly.length > 0 ? highOnly : v.high;
  const hi = speaker(high);
  const lo = speaker(low);
  const head = hi.simple
    ? `${possessive(hi.name)} figure for ${subject} (${figuresOf(high)})`
    : `The figure for ${subject} from ${hi.name} (${figuresOf(high)})`;
  const ref = lo.simple
    ? `${possessive(lo.name)}${lo.own ? ' own' : ''} (${figuresOf(low)})`
    : `that from ${lo.name} (${figuresOf(low)})`;
  const vague = [...high, ...low].some((s) => s.rep.qualifier === 'vague');
  const hiCenter = maxOf(high.map((s) => s.rep.baseCenter));
  const loCenter = minOf(low.map((s) => s.rep.baseCenter));
  const about = [...high, ...low].some((s) => s.rep.qualifier === 'about');
  const comparison =
    vague && v.spread
      ? `is ${minimumRatioText(v.spread)} ${ref}`
      : loCenter > 0
        ? `is ${ratioText(hiCenter / loCenter, about)} ${ref}`
        : `is higher than ${ref}`;
  const sentence = `${head} ${comparison}${sameMoment(unique([...high, ...low]))}`;
  const misquote = v.misquotes.length > 0 ? explainMisquote(v, subject, rules) : '';
  const misquotes = misquote
    ? ` Separately, ${misquote.charAt(0).toLowerCase()}${misquote.slice(1)}`
    : '';
  return withNotes(sentence, reachNotes(v.positions)) + misquotes;
}

function explainAgreement(v: Verdict, subject: string): string {
  const byClaimant = unique(v.positions.map((s) => `${s.rep.claimantLabel} (${figure(s.rep)})`));
  const common = v.common ? boundText(v.common, v.base) : '';
  const same = unique(v.positions.map((s) => s.rep.figure_text.toLowerCase())).length === 1;
  const days = unique(v.positions.map((s) => s.rep.time.key)).length > 1;
  const sentence = same
    ? `${joinAnd(unique(v.positions.map((s) => s.rep.claimantLabel)))} agree on ${subject} (${figure(v.positions[0]?.rep as PreparedClaim)})`
    : `${joinAnd(byClaimant)} agree on ${subject}: their figures share ${common}`;
  return withNotes(
    days ? `${sentence}, though given for different days` : sentence,
    reachNotes(v.positions),
  );
}

function explainSingle(group: Group, subject: string): string {
  const s = group.statements[0] as Statement;
  const c = s.rep;
  const claims = group.statements.flatMap((st) => st.claims);
  const units = unique(claims.map((x) => x.unit));
  const hedge = c.hedge !== 'stated' ? `, ${c.hedge}` : '';
  const notes: string[] = [];
  const reach = reachPhrase(claims.map((x) => ({ source_id: x.source_id, origin: x.source })));
  if (reach) notes.push(reach);
  else if (c.source.kind === 'story' && c.publisher && c.publisher !== 'unidentified') {
    // Wire copy or a quote taken from another outlet's story: say whose page printed it.
    notes.push(`printed by ${c.publisher} from ${originPhrase(c.source)}`);
  }
  if (units.length > 1) {
    notes.push(`the article prints it in ${joinAnd(units.map((u) => UNIT_WORDS[u] ?? u))}`);
  } else if (!reach && claims.length > 1)
    notes.push(`the article prints it ${claims.length} times`);
  const sentence = `Only ${c.claimantLabel} gives a figure for ${subject} (${figure(c)}, ${timePhrase(c.time)}${hedge})`;
  return withNotes(sentence, notes);
}

/** The sentence for a group's verdict. */
export function explainVerdict(group: Group, v: Verdict, rules: EngineRules): string {
  const measure = group.measures.length === 1 ? (group.measures[0] as string) : group.family;
  const subject = subjectOf(measure, group.counted, group.subset);
  switch (v.verdict) {
    case 'contradict':
      return explainContradiction(v, subject, rules);
    case 'agree':
      return explainAgreement(v, subject);
    case 'misquote':
      return explainMisquote(v, subject, rules);
    case 'revised':
      return explainRevision(v, subject);
    case 'updated':
      return explainUpdate(v, subject);
    case 'single_source':
      return explainSingle(group, subject);
    case 'not_comparable':
      return explainNotComparable(group, v, subject, rules);
  }
}
