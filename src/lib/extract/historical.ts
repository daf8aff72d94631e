/**
 * Figures that belong to an earlier time than the war being reported: the toll of an earlier
 * war or a genocide, people displaced in the 1990s, the size of a population. They are marked
 * (`historical` in the candidate, flag `historical`) so that a reviewer does not add them to the
 * current war's measures; the period they belong to goes in `period_start`/`period_end` when the
 * text gives it.
 *
 * Each rule is a row with an example that tests/extract/historical.test.ts runs. `before` rules
 * look at the words right before the figure; `clause` rules at the figure's whole clause.
 */
export type HistoricalKind = 'population' | 'earlier_period' | 'earlier_war' | 'atrocity';

export interface HistoricalRule {
  kind: HistoricalKind;
  where: 'before' | 'clause';
  pattern: RegExp;
  example: string;
}

/** Years before this are an earlier period than any war the ledger follows. */
export const EARLIEST_CURRENT_YEAR = 2000;

export const HISTORICAL_RULES: readonly HistoricalRule[] = [
  {
    kind: 'population',
    where: 'before',
    pattern:
      /\bpopulation(?:\s+of)?(?:\s+(?:about|some|roughly|around|an estimated|nearly|over|more than|just over|approximately))*\s*$/i,
    example: 'The region had a population of 150,000.',
  },
  {
    kind: 'population',
    where: 'before',
    pattern: /\b(?:home to|inhabited by|populated by)(?:\s+\w+){0,3}\s*$/i,
    example: 'The city is home to some 300,000 people.',
  },
  {
    kind: 'earlier_war',
    where: 'clause',
    pattern: /\b(?:first (?:nagorno-?\s?)?karabakh war|world war|earlier war|previous war)\b/i,
    example: 'The First Nagorno-Karabakh War killed about 30,000 people.',
  },
  {
    kind: 'earlier_period',
    where: 'clause',
    pattern:
      /\b(?:in|during|since|by|of) the (?:1[89]\d0s|early 1990s|late 1980s)\b|\b1[89]\d0s\b/i,
    example: 'Some 600,000 Azerbaijanis were displaced in the 1990s.',
  },
  {
    kind: 'atrocity',
    where: 'clause',
    pattern: /\b(?:genocide|pogroms?)\b/i,
    example: 'The genocide of 1915 killed 1.5 million Armenians.',
  },
];

const OLD_YEAR = /(?<![\d,.$])(1[89]\d{2})(?![\d,%])/g;

export interface HistoricalRead {
  kind: HistoricalKind;
  /** What gave it away, for the note. */
  evidence: string;
  /** The earlier year or years the clause names, if any: [start, end]. */
  period: [string, string] | null;
}

function oldYears(clause: string): string[] {
  const years: string[] = [];
  if (!/1[89]\d\d/.test(clause)) return years;
  OLD_YEAR.lastIndex = 0;
  for (let m = OLD_YEAR.exec(clause); m !== null; m = OLD_YEAR.exec(clause)) {
    // "the worst since the 1994 ceasefire" compares with an earlier time; it does not date the figure.
    const since = /\bsince (?:the )?$/i.test(clause.slice(Math.max(0, m.index - 10), m.index));
    if (Number(m[1]) < EARLIEST_CURRENT_YEAR && !since) years.push(m[1] ?? '');
  }
  return years.sort();
}

interface ClauseClues {
  period: [string, string] | null;
  match: HistoricalRead | null;
}

/** The last clause's clues: a clause's figures are judged one after another. */
let memo: { clause: string; clues: ClauseClues } = {
  clause: '',
  clues: { period: null, match: null },
};

function clauseClues(clause: string): ClauseClues {
  if (memo.clause === clause) return memo.clues;
  const years = oldYears(clause);
  const period: [string, string] | null =
    years.length > 0 ? [years[0] ?? '', years[years.length - 1] ?? ''] : null;
  let match: HistoricalRead | null = null;
  for (const rule of HISTORICAL_RULES) {
    if (rule.where !== 'clause') continue;
    const m = rule.pattern.exec(clause);
    if (m) {
      match = { kind: rule.kind, evidence: m[0].trim(), period };
      break;
    }
  }
  memo = { clause, clues: { period, match } };
  return memo.clues;
}

/** Whether the figure (at `start` in `clause`) belongs to an earlier time, and why. */
export function historicalIn(clause: string, start: number): HistoricalRead | null {
  const before = clause.slice(Math.max(0, start - 50), start);
  const clues = clauseClues(clause);
  for (const rule of HISTORICAL_RULES) {
    if (rule.where !== 'before') continue;
    const m = rule.pattern.exec(before);
    if (m) return { kind: rule.kind, evidence: m[0].trim(), period: clues.period };
  }
  if (clues.match) return clues.match;
  if (clues.period)
    return { kind: 'earlier_period', evidence: clues.period[0], period: clues.period };
  return null;
}

/**
 * The period an article is about, from a date line near its top ("Date: 20 February 1988 – 12
 * May 1994", as infoboxes print it): when every year in it is an earlier period, so is every
 * figure of the article that names no later year.
 */
export function articlePeriodIn(paragraph: string): [string, string] | null {
  if (paragraph.length > 100 || !/^\s*Dates?\b/.test(paragraph)) return null;
  const years = paragraph.match(/(?<!\d)(?:1[89]|20)\d{2}(?!\d)/g);
  if (!years || years.some((y) => Number(y) >= EARLIEST_CURRENT_YEAR)) return null;
  const sorted = [...years].sort();
  return [sorted[0] ?? '', sorted[sorted.length - 1] ?? ''];
}

/** A figure of an article about an earlier period, unless its sentence names a later year. */
export function historicalByArticle(
  period: [string, string] | null,
  sentence: string,
): HistoricalRead | null {
  if (!period || /(?<!\d)20\d{2}(?!\d)/.test(sentence)) return null;
  return {
    kind: 'earlier_period',
    evidence: `the article's dates, ${period[0]}-${period[1]}`,
    period,
  };
}
