/**
 * Sentences for figures that only look like one disputed quantity: too vague to compare, given
 * for different days, shares for different windows, TIVs beside money, different definitions,
 * periods or currencies.
 */
import type { Measure } from '../data/types.ts';
import { formatDate } from '../format/formatValue.ts';
import { MEASURE_LABEL } from '../format/labels.ts';
import { BASIS_LABEL } from './basis.ts';
import type { Group } from './groups.ts';
import { intersect } from './intervals.ts';
import type { PreparedClaim } from './prepareClaims.ts';
import type { EngineRules } from './rules.ts';
import {
  boundText,
  figure,
  frameInList,
  frameSuffix,
  joinAnd,
  possessive,
  speaker,
  timePhrase,
  unique,
} from './sentenceParts.ts';
import type { Statement } from './statements.ts';
import { isAdditive } from './units.ts';
import type { Verdict } from './verdicts.ts';

/** What a measure is, where a group mixes definitions. */
const DEFINITION: Record<string, string> = {
  arms_stock_share: 'a share of the weapons Azerbaijan holds',
  arms_import_share: 'a share of the arms Azerbaijan acquired',
  military_deaths: 'a count of soldiers killed',
  civilian_deaths: 'a count of civilians killed',
  total_deaths: 'a count of all the dead',
};
const definitionOf = (measure: string) =>
  DEFINITION[measure] ??
  `a figure for ${(MEASURE_LABEL[measure as Measure] ?? measure.replace(/_/g, ' ')).toLowerCase()}`;

/** "a, b, and c": items that hold commas of their own need the serial comma. */
const joinList = (items: readonly string[]) =>
  items.length <= 2
    ? items.join(', and ')
    : `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`;

const byDate = (a: Statement, b: Statement) =>
  (a.rep.time.from ?? 0) - (b.rep.time.from ?? 0) || a.order - b.order;

/** "dozens, read as 24–99 (The Times of Israel, given no later than 1 October 2020)" per wording. */
function wordings(statements: readonly Statement[], dated: boolean): string[] {
  const byWording = new Map<string, { text: string; who: string[] }>();
  for (const s of [...statements].sort(byDate)) {
    const key = figure(s.rep).toLowerCase();
    const entry = byWording.get(key) ?? { text: figure(s.rep), who: [] };
    entry.who.push(
      dated ? `${s.rep.claimantLabel}, ${timePhrase(s.rep.time)}` : s.rep.claimantLabel,
    );
    byWording.set(key, entry);
  }
  return [...byWording.values()].map((e) => `${e.text} (${unique(e.who).join('; ')})`);
}

function tooVague(v: Verdict, subject: string): string {
  const days = unique(v.positions.map((s) => s.rep.time.key)).length > 1;
  const head = `The figures for ${subject} are too vague to compare: `;
  if (!days) {
    return (
      `${head}${joinAnd(wordings(v.positions, false))} miss each other only by less than the ` +
      `soft edge of a vague word, a matter of wording rather than a contradiction.`
    );
  }
  const grows = v.positions.every((s) => isAdditive(s.rep.dimension));
  return (
    `${head}${joinList(wordings(v.positions, true))}. They were given on different days` +
    `${grows ? ', and a running total grows from day to day' : ''}; vague words are held to ` +
    `contradict only when their ranges miss each other on the same day.`
  );
}

function differentDays(v: Verdict, subject: string): string {
  const items = [...v.positions]
    .sort(byDate)
    .map((s) => `${s.rep.figure_text} ${timePhrase(s.rep.time)} (${s.rep.claimantLabel})`);
  return (
    `The figures for ${subject} are for different days, and figures that change from day to day ` +
    `are compared only on the same day: ${joinAnd(unique(items))}.`
  );
}

/** "60 percent (The Times of Israel, speculated) for 2015–2019, inferred because no window is printed" */
function shareWindows(all: readonly Statement[], subject: string): string {
  const items = [...all].sort(byDate).map((s) => {
    const c = s.rep;
    const hedge = c.hedge !== 'stated' ? `, ${c.hedge}` : '';
    const window = c.windowGuessed
      ? `${frameSuffix(c).replace(/ \(inferred\)$/, '')}, inferred because no window is printed`
      : frameSuffix(c);
    return `${c.figure_text} (${c.claimantLabel}${hedge}) ${window}`;
  });
  return `The figures for ${subject} are shares for different windows, not one disputed figure: ${joinList(items)}.`;
}

/** A statement's printings, the main one first: "$4.85 billion (4.1 billion euros)". */
function printings(s: Statement): string {
  const main = s.claims.find((c) => c.conversion.kind === 'none') ?? s.rep;
  const rest = unique(s.claims.map((c) => c.figure_text)).filter((t) => t !== main.figure_text);
  return rest.length > 0 ? `${main.figure_text} (${rest.join(', ')})` : main.figure_text;
}

function tivClause(all: readonly Statement[]): string {
  const tiv = all.filter((s) => s.rep.basis === 'tiv');
  const money = all.filter((s) => s.rep.basisClass === 'money');
  const tivBy = speaker(tiv);
  const tivFigures = joinAnd(tiv.map((s) => `${printings(s)} ${frameSuffix(s.rep)}`));
  const moneyText = joinAnd(
    money.map(
      (s) =>
        `${possessive(s.rep.claimantLabel)} ${printings(s)} ${frameSuffix(s.rep)} is a ${BASIS_LABEL[s.rep.basis]}`,
    ),
  );
  return (
    `${possessive(tivBy.name)} ${tivFigures} ${tiv.length > 1 ? 'are trend-indicator values' : 'is a trend-indicator value'} ` +
    `printed as dollars, a measure of the volume of weapons transferred rather than a price paid` +
    (moneyText ? `, while ${moneyText}` : '')
  );
}

function definitionClauses(all: readonly Statement[], rules: EngineRules): string[] {
  const clauses = [
    joinAnd(
      all.map((s) => {
        const hedge = s.rep.hedge !== 'stated' ? `${s.rep.hedge}, ` : '';
        const window =
          s.rep.time.kind === 'period' ? timePhrase(s.rep.time) : 'with no time window';
        return `${s.rep.figure_text} is ${definitionOf(s.rep.measure)} (${hedge}${window})`;
      }),
    ),
  ];
  const bases = unique(all.map((s) => s.rep.conversion.base));
  if (bases.length === 1) {
    const common = intersect(
      all.map((s) => s.base),
      rules.epsilon,
    );
    const ranges = joinAnd(all.map((s) => boundText(s.base, bases[0] as string)));
    clauses.push(
      common
        ? `read as one quantity they would not even disagree (${ranges})`
        : `read as one quantity they would also be different values (${ranges})`,
    );
  }
  return clauses;
}

function periodClause(all: readonly Statement[]): string {
  const clocks = all.some((s) => s.rep.isClock);
  const clockDay = (s: Statement) =>
    `${s.rep.time.upTo ? 'no later than ' : ''}${formatDate(s.rep.time.dates[0]?.text ?? null)}`;
  const times = unique(all.map((s) => (s.rep.isClock ? clockDay(s) : frameInList(s.rep))));
  return clocks
    ? `a count of days grows every day, so counts made on different dates (${joinAnd(times)}) differ by design; the checks test whether they imply one start date`
    : `they cover different periods: ${joinAnd(times)}`;
}

export function explainNotComparable(
  group: Group,
  v: Verdict,
  subject: string,
  rules: EngineRules,
): string {
  const all = group.statements;
  const r = v.reasons;
  if (r.includes('too_vague')) return tooVague(v, subject);
  if (r.includes('date')) return differentDays(v, subject);
  const onlyPeriod = r.length === 1 && r[0] === 'period';
  if (onlyPeriod && all.every((s) => s.rep.dimension === 'share' && s.rep.time.kind === 'period')) {
    return shareWindows(all, subject);
  }
  const clauses: string[] = [];
  if (r.includes('tiv_vs_money')) clauses.push(tivClause(all));
  if (r.includes('definition')) clauses.push(...definitionClauses(all, rules));
  // A definition clause already gives each figure's window.
  if (r.includes('period') && !r.includes('definition')) clauses.push(periodClause(all));
  if (r.includes('currency')) {
    const currencies = unique(all.map((s) => s.rep.conversion.base));
    clauses.push(`no documented exchange rate puts ${joinAnd(currencies)} figures on one scale`);
  }
  if (group.statements.length === 1) {
    return `The figure for ${subject} (${figure(all[0]?.rep as PreparedClaim)}) is not comparable with the others of its kind: ${clauses.join('; ')}.`;
  }
  return `The figures for ${subject} are different quantities, not one disputed figure: ${clauses.join('; ')}.`;
}
