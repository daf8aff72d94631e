/**
 * One plain-English sentence per verdict, generated from the data: it becomes a chart's subtitle
 * and its text alternative, so it names the claimants, quotes the figures as printed and says
 * why (e.g. "Azerbaijan's figure for Armenian military deaths (1,900) is 18 times Armenia's own
 * (104)."). The words here are the project's own; nothing is copied from the articles.
 */
import { MONTH_NAMES, formatDate, formatNumber, formatValue } from '../format/formatValue.ts';
import { MEASURE_LABEL } from '../format/labels.ts';
import type { Measure, Unit } from '../data/types.ts';
import { BASIS_LABEL } from './basis.ts';
import { intersect, type Interval } from './intervals.ts';
import type { Group } from './groups.ts';
import type { PreparedClaim } from './prepareClaims.ts';
import type { EngineRules } from './rules.ts';
import type { Statement } from './statements.ts';
import type { TimeFrame } from './timeFrame.ts';
import type { Verdict } from './verdicts.ts';

const COUNTRY: Record<string, string> = { armenia: 'Armenia', azerbaijan: 'Azerbaijan' };
const ADJECTIVE: Record<string, string> = { armenia: 'Armenian', azerbaijan: 'Azerbaijani' };

const COUNTED_WORDS: Record<string, string> = {
  both_sides: 'both sides',
  israel_to_azerbaijan: 'Israel to Azerbaijan',
  azerbaijan_to_israel: 'Azerbaijan to Israel',
  karabakh: 'Nagorno-Karabakh',
  karabakh_armenians: 'Karabakh Armenians',
  arms_halt_forecast: 'until Israel halts arms supplies (forecast)',
  embassy_open_to_recall: "from the opening of Armenia's embassy in Israel to the recall",
  exodus: 'of the exodus',
  since_deadlier_fighting: 'since fighting as deadly',
};

const countedWords = (c: string) => COUNTED_WORDS[c] ?? ADJECTIVE[c] ?? c.replace(/_/g, ' ');

/** What a group's figures are about, in words: "Armenian military deaths". */
export function subjectOf(measure: string, counted: string): string {
  const adj = ADJECTIVE[counted];
  const both = counted === 'both_sides';
  switch (measure) {
    case 'military_deaths':
    case 'civilian_deaths': {
      const kind = measure === 'military_deaths' ? 'military' : 'civilian';
      if (adj) return `${adj} ${kind} deaths`;
      return both ? `${kind} deaths on both sides` : `${kind} deaths (${countedWords(counted)})`;
    }
    case 'total_deaths':
      if (adj) return `${adj} deaths`;
      return both ? 'deaths on both sides' : `deaths (${countedWords(counted)})`;
    case 'total_wounded':
      if (adj) return `${adj} wounded`;
      return both ? 'people wounded on both sides' : `wounded (${countedWords(counted)})`;
    case 'aircraft_downed':
      return adj ? `${adj} aircraft shot down` : `aircraft shot down (${countedWords(counted)})`;
    case 'arms_sales_value':
      return counted === 'israel_to_azerbaijan'
        ? 'Israeli arms sales to Azerbaijan'
        : `arms sales (${countedWords(counted)})`;
    case 'arms_share':
    case 'arms_import_share':
    case 'arms_stock_share':
      return counted === 'israel_to_azerbaijan'
        ? "Israel's share of Azerbaijan's weapons"
        : `shares of weapons (${countedWords(counted)})`;
    case 'oil_supply_share':
      return counted === 'azerbaijan_to_israel'
        ? "Azerbaijan's share of Israel's oil supply"
        : `shares of oil supply (${countedWords(counted)})`;
    case 'people_fled':
      return `${countedWords(counted)} who fled`;
    case 'share_fled':
      return `the share of ${countedWords(counted)} who fled`;
    case 'area':
      return `the area of ${countedWords(counted)}`;
    case 'fighting_duration':
      return 'the length of the fighting';
    case 'elapsed_time':
      return `the time ${countedWords(counted)}`;
    default: {
      const label = MEASURE_LABEL[measure as Measure] ?? measure.replace(/_/g, ' ');
      return `${label.toLowerCase()} (${countedWords(counted)})`;
    }
  }
}

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

const MONTHS: readonly string[] = MONTH_NAMES;

/** A partial date as printed for readers: "2016", "July 2023", "1 October 2020". */
const dateText = (text: string) => formatDate(text);

/** Two days as one range: "27–28 September 2020", "17 September to 1 October 2020". */
export function dayRangeText(a: string, b: string): string {
  if (a === b) return formatDate(a);
  const [ya, ma, da] = a.split('-');
  const [yb, mb, db] = b.split('-');
  if (!da || !db) return `${formatDate(a)} to ${formatDate(b)}`;
  const monthA = MONTHS[Number(ma) - 1] ?? ma;
  if (ya === yb && ma === mb) return `${Number(da)}–${Number(db)} ${monthA} ${ya}`;
  if (ya === yb) return `${Number(da)} ${monthA} to ${formatDate(b)}`;
  return `${formatDate(a)} to ${formatDate(b)}`;
}

/** "in 2017–2019", "on 1 October 2020", "from 19 to 20 September 2023", "as of 2016". */
export function timePhrase(t: TimeFrame): string {
  if (t.kind === 'none') return 'undated';
  const [a, b] = t.dates;
  if (!a) return 'undated';
  if (t.kind === 'as_of') return `as of ${dateText(a.text)}`;
  if (!b || a.text === b.text) return `${a.precision === 'day' ? 'on' : 'in'} ${dateText(a.text)}`;
  if (a.precision === 'year' && b.precision === 'year') return `in ${a.text}–${b.text}`;
  return `over ${dayRangeText(a.text, b.text)}`;
}

/** A time frame in a list of different ones: "2017–2019", "1 October 2020 alone", "the running total up to 2016". */
function frameInList(c: PreparedClaim): string {
  const t = c.time;
  const [a, b] = t.dates;
  if (t.kind === 'none' || !a) return 'no date';
  if (t.kind === 'as_of') {
    return c.dimension === 'money' || c.dimension === 'count'
      ? `the running total up to ${dateText(a.text)}`
      : `as of ${dateText(a.text)}`;
  }
  if (!b || a.text === b.text) {
    return a.precision === 'day' ? `${dateText(a.text)} alone` : dateText(a.text);
  }
  return a.precision === 'year' && b.precision === 'year'
    ? `${a.text}–${b.text}`
    : dayRangeText(a.text, b.text);
}

/** A time frame after a figure: "for 2017–2019", "in total up to 2016", "as of 1 October 2020". */
function frameSuffix(c: PreparedClaim): string {
  const t = c.time;
  const [a, b] = t.dates;
  if (t.kind === 'none' || !a) return 'with no date';
  if (t.kind === 'as_of') {
    return c.dimension === 'money' || c.dimension === 'count'
      ? `in total up to ${dateText(a.text)}`
      : `as of ${dateText(a.text)}`;
  }
  if (!b || a.text === b.text) {
    return a.precision === 'day' ? `for ${dateText(a.text)} alone` : `for ${dateText(a.text)}`;
  }
  return a.precision === 'year' && b.precision === 'year'
    ? `for ${a.text}–${b.text}`
    : `over ${dayRangeText(a.text, b.text)}`;
}

const UNIT_WORDS: Record<string, string> = {
  km2: 'square kilometres',
  sq_mi: 'square miles',
  USD: 'US dollars',
  EUR: 'euros',
  percent: 'per cent',
};

export const joinAnd = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

const unique = <T>(items: readonly T[]) => [...new Set(items)];

export const possessive = (name: string) => (name.endsWith("'s") ? name : `${name}'s`);

/** A bound value with its unit: "1,900 people" → "1,900"; used inside ranges. */
function boundText(iv: Interval, unit: string): string {
  const u = unit as Unit;
  if (!Number.isFinite(iv.hi)) {
    return `${iv.loOpen ? 'more than' : 'at least'} ${formatValue(iv.lo, u)}`;
  }
  if (iv.lo === iv.hi) return formatValue(iv.lo, u);
  return `${formatNumber(iv.lo)}–${formatValue(iv.hi, u)}`;
}

/** A figure as printed, with what a vague word is read as: "dozens, read as 24–99". */
export function figure(c: PreparedClaim): string {
  if (c.qualifier === 'vague') {
    return `${c.figure_text}, read as ${formatNumber(c.interval.lo)}–${formatNumber(c.interval.hi)}`;
  }
  return c.figure_text;
}

/** The figures of statements, each wording once ("hundreds" and "Hundreds" are one). */
function figuresOf(statements: readonly Statement[]): string {
  const seen = new Map<string, string>();
  for (const s of statements) {
    const text = figure(s.rep);
    if (!seen.has(text.toLowerCase())) seen.set(text.toLowerCase(), text);
  }
  return joinAnd([...seen.values()]);
}

const maxOf = (values: readonly number[]) => values.reduce((m, v) => Math.max(m, v), -Infinity);
const minOf = (values: readonly number[]) => values.reduce((m, v) => Math.min(m, v), Infinity);

/** Who stands behind statements: a country when they are one belligerent's, else claimants. */
function speaker(statements: readonly Statement[]): {
  name: string;
  own: boolean;
  simple: boolean;
} {
  const sides = unique(statements.map((s) => s.rep.claimant_side));
  const lenses = unique(statements.map((s) => s.rep.lens));
  const side = sides[0] ?? '';
  if (sides.length === 1 && COUNTRY[side] && lenses.every((l) => l !== 'third_party')) {
    return { name: COUNTRY[side] as string, own: lenses[0] === 'self_reported', simple: true };
  }
  const names = unique(statements.map((s) => s.rep.claimantLabel));
  return {
    name: joinAnd(names),
    own: false,
    simple: names.length === 1 && !/[()[\]]/.test(names[0] ?? ''),
  };
}

function ratioText(ratio: number, loose: boolean): string {
  const about = loose ? 'about ' : '';
  if (ratio >= 10) return `${about}${Math.round(ratio)} times`;
  if (ratio >= 2) return `${about}${ratio.toFixed(1).replace(/\.0$/, '')} times`;
  return `${about}${Math.round((ratio - 1) * 100)}% higher than`;
}

const isLoose = (statements: readonly Statement[]) =>
  statements.some((s) => s.rep.qualifier === 'vague' || s.rep.qualifier === 'about');

function explainContradiction(v: Verdict, subject: string): string {
  const lowOnly = v.low.filter((s) => !v.high.includes(s));
  const highOnly = v.high.filter((s) => !v.low.includes(s));
  const low = lowOnly.length > 0 ? lowOnly : v.low;
  const high = highOnly.length > 0 ? highOnly : v.high;
  const hi = speaker(high);
  const lo = speaker(low);
  const hiCenter = maxOf(high.map((s) => s.rep.baseCenter));
  const loCenter = minOf(low.map((s) => s.rep.baseCenter));
  const head = hi.simple
    ? `${possessive(hi.name)} figure for ${subject} (${figuresOf(high)})`
    : `The figure for ${subject} from ${hi.name} (${figuresOf(high)})`;
  const ref = lo.simple
    ? `${possessive(lo.name)}${lo.own ? ' own' : ''} (${figuresOf(low)})`
    : `that from ${lo.name} (${figuresOf(low)})`;
  const comparison =
    loCenter > 0
      ? `is ${ratioText(hiCenter / loCenter, isLoose([...high, ...low]))} ${ref}`
      : `is higher than ${ref}`;
  // A running total may rise: say so when the lower figure is the earlier one.
  const lowLatest = maxOf(low.map((s) => s.rep.time.to ?? -Infinity));
  const highEarliest = minOf(high.map((s) => s.rep.time.from ?? Infinity));
  const running = [...low, ...high].every((s) => s.rep.time.kind === 'as_of');
  const gap = highEarliest - lowLatest;
  const timing =
    running && Number.isFinite(gap) && gap > 0
      ? `, though the lower figure is dated ${gap} day${gap === 1 ? '' : 's'} earlier`
      : '';
  return `${head} ${comparison}${timing}.`;
}

function explainAgreement(v: Verdict, subject: string): string {
  const byClaimant = v.positions.map((s) => `${s.rep.claimantLabel} (${figure(s.rep)})`);
  const common = v.common ? boundText(v.common, v.base) : '';
  const same = unique(v.positions.map((s) => s.rep.figure_text.toLowerCase())).length === 1;
  return same
    ? `${joinAnd(unique(v.positions.map((s) => s.rep.claimantLabel)))} agree on ${subject} (${figure(v.positions[0]?.rep as PreparedClaim)}).`
    : `${joinAnd(byClaimant)} agree on ${subject}: their figures share ${common}.`;
}

function explainRevision(v: Verdict, subject: string): string {
  const r = v.revisions[0];
  if (!r) return `A claimant revised its figure for ${subject}.`;
  const from = `${r.from.rep.figure_text} (${timePhrase(r.from.rep.time)})`;
  const to = `${r.to.rep.figure_text} (${timePhrase(r.to.rep.time)})`;
  const others =
    v.positions.length > 1 ? ', and the other claimants agree with the new figure' : '';
  return `${r.to.rep.claimantLabel} revised its figure for ${subject} from ${from} to ${to}${others}.`;
}

function explainSingle(group: Group, subject: string): string {
  const s = group.statements[0] as Statement;
  const c = s.rep;
  const printings = group.statements.reduce((n, st) => n + st.claims.length, 0);
  const units = unique(group.statements.flatMap((st) => st.claims.map((x) => x.unit)));
  const hedge = c.hedge !== 'stated' ? `, ${c.hedge}` : '';
  let repeat = '';
  if (group.statements.length > 1) repeat = `; ${group.statements.length} articles print it`;
  else if (units.length > 1) {
    repeat = `; the article prints it in ${joinAnd(units.map((u) => UNIT_WORDS[u] ?? u))}`;
  } else if (printings > 1) repeat = `; the article prints it ${printings} times`;
  return `Only ${c.claimantLabel} gives a figure for ${subject} (${figure(c)}, ${timePhrase(c.time)}${hedge})${repeat}.`;
}

/** A statement's printings, the main one first: "$4.85 billion (4.1 billion euros)". */
function printings(s: Statement): string {
  const main = s.claims.find((c) => c.conversion.kind === 'none') ?? s.rep;
  const rest = unique(s.claims.map((c) => c.figure_text)).filter((t) => t !== main.figure_text);
  return rest.length > 0 ? `${main.figure_text} (${rest.join(', ')})` : main.figure_text;
}

function explainNotComparable(group: Group, v: Verdict, subject: string, rules: EngineRules) {
  const all = group.statements;
  if (v.reasons.includes('vague_vs_precise')) {
    return (
      `The figures for ${subject} (${joinAnd(all.map((s) => `${figure(s.rep)} from ${s.rep.claimantLabel}`))}) ` +
      `miss each other only by less than the soft edge of a vague word, a matter of wording rather than a contradiction.`
    );
  }
  const clauses: string[] = [];
  if (v.reasons.includes('tiv_vs_money')) {
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
    clauses.push(
      `${possessive(tivBy.name)} ${tivFigures} ${tiv.length > 1 ? 'are trend-indicator values' : 'is a trend-indicator value'} ` +
        `printed as dollars, a measure of the volume of weapons transferred rather than a price paid` +
        (moneyText ? `, while ${moneyText}` : ''),
    );
  }
  if (v.reasons.includes('definition')) {
    clauses.push(
      joinAnd(
        all.map((s) => {
          const hedge = s.rep.hedge !== 'stated' ? `${s.rep.hedge}, ` : '';
          const window =
            s.rep.time.kind === 'period' ? timePhrase(s.rep.time) : 'with no time window';
          return `${s.rep.figure_text} is ${definitionOf(s.rep.measure)} (${hedge}${window})`;
        }),
      ),
    );
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
  }
  // A definition clause already gives each figure's window.
  if (v.reasons.includes('period') && !v.reasons.includes('definition')) {
    const clocks = all.some((s) => s.rep.isClock);
    const times = unique(
      all.map((s) => (s.rep.isClock ? timePhrase(s.rep.time) : frameInList(s.rep))),
    );
    clauses.push(
      clocks
        ? `a count of days grows every day, so counts made on different dates (${joinAnd(times)}) differ by design; the checks test whether they imply one start date`
        : `they cover different periods (${joinAnd(times)})`,
    );
  }
  if (v.reasons.includes('currency')) {
    const currencies = unique(all.map((s) => s.rep.conversion.base));
    clauses.push(`no documented exchange rate puts ${joinAnd(currencies)} figures on one scale`);
  }
  if (group.statements.length === 1) {
    return `The figure for ${subject} (${figure(all[0]?.rep as PreparedClaim)}) is not comparable with the others of its kind: ${clauses.join('; ')}.`;
  }
  return `The figures for ${subject} are different quantities, not one disputed figure: ${clauses.join('; ')}.`;
}

/** The sentence for a group's verdict. */
export function explainVerdict(group: Group, v: Verdict, rules: EngineRules): string {
  const measure = group.measures.length === 1 ? (group.measures[0] as string) : group.family;
  const subject = subjectOf(measure, group.counted);
  switch (v.verdict) {
    case 'contradict':
      return explainContradiction(v, subject);
    case 'agree':
      return explainAgreement(v, subject);
    case 'revised':
      return explainRevision(v, subject);
    case 'single_source':
      return explainSingle(group, subject);
    case 'not_comparable':
      return explainNotComparable(group, v, subject, rules);
  }
}
