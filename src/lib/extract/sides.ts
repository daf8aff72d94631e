/**
 * Which side of the ledger's `claimant_side` vocabulary a claimant belongs to, read from the
 * words that name it. The country sides are the vocabulary's own values (armenia, azerbaijan,
 * israel, turkey), so the names, demonyms and capitals below are what those values mean; they
 * are general knowledge, not phrases taken from any article.
 */
import type { Side } from '../data/types.ts';

export type CountrySide = 'armenia' | 'azerbaijan' | 'israel' | 'turkey';

interface Country {
  side: CountrySide;
  /** How the government is named when a place stands for it ("Yerevan announced"). */
  government: string;
  /** Lower-case names and demonyms. */
  names: string[];
  /** Names that stand for the government when they are the speaker: the country, its capital. */
  metonyms: string[];
  /**
   * Surnames of the country's best-known office holders since 1991 (heads of state and
   * government, defence and foreign ministers, their spokespeople and aides), for a claimant
   * printed by surname with no title in the article ("Pashinyan wrote"). General knowledge of
   * the conflict, as the capitals are; a surname shared by someone else is a reviewer's call.
   */
  officials: string[];
}

export const COUNTRIES: readonly Country[] = [
  {
    side: 'armenia',
    government: 'Armenian government',
    names: ['armenia', 'armenian', 'armenians', 'artsakh', 'stepanakert'],
    metonyms: ['armenia', 'republic of armenia', 'yerevan'],
    officials: [
      'pashinyan',
      'sargsyan',
      'kocharyan',
      'ter-petrosyan',
      'tonoyan',
      'papikyan',
      'mirzoyan',
      'harutyunyan',
      'stepanyan',
    ],
  },
  {
    side: 'azerbaijan',
    government: 'Azerbaijani government',
    names: ['azerbaijan', 'azerbaijani', 'azerbaijanis', 'azeri', 'azeris'],
    metonyms: ['azerbaijan', 'republic of azerbaijan', 'baku'],
    officials: ['aliyev', 'hajiyev', 'hasanov', 'bayramov', 'mammadyarov', 'dargahli'],
  },
  {
    side: 'israel',
    government: 'Israeli government',
    names: ['israel', 'israeli', 'israelis', 'jewish state'],
    metonyms: ['israel', 'state of israel', 'jewish state', 'jerusalem'],
    officials: ['netanyahu', 'gantz', 'ashkenazi'],
  },
  {
    side: 'turkey',
    government: 'Turkish government',
    names: ['turkey', 'turkish', 'turks', 'türkiye', 'turkiye'],
    metonyms: ['turkey', 'türkiye', 'turkiye', 'ankara'],
    officials: ['erdogan', 'erdoğan', 'cavusoglu', 'çavuşoğlu', 'akar'],
  },
];

const INTERNATIONAL =
  /\b(united nations|u\.?n\.?|osce|minsk group|european union|eu|nato|red cross|icrc|unhcr|unicef|security council|council of europe|world bank|imf|ocha|international committee)\b/i;
const INDEPENDENT =
  /\b(oryx|bellingcat|crisis group|international rescue committee|institutes?|university|universities|research|researchers?|experts?|analysts?|think[- ]tank|observatory|monitors?|watchdog|human rights watch|amnesty|sipri|iiss|professor|scholars?|academics?|studies|cent(er|re) for|foundation)\b/i;
const PRESS =
  /\b(news|media|newspapers?|agency|agencies|outlets?|sites?|websites?|reuters|associated press|ap|afp|tass|bbc|cnn|tv|television|radio|journalists?|correspondents?|reporters?|reporting|press|magazine|daily|times|post|gazette)\b/i;

const SIDE_OF_NAME = new Map<string, CountrySide>();
for (const c of COUNTRIES) for (const n of [...c.names, ...c.metonyms]) SIDE_OF_NAME.set(n, c.side);

// One pattern for every name, longest first, so "republic of armenia" wins over "armenia".
const NAME_PATTERN = new RegExp(
  `(?<!\\p{L})(${[...SIDE_OF_NAME.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/ /g, '\\s+'))
    .join('|')})(?!\\p{L})`,
  'giu',
);

function sideOfMatch(text: string): CountrySide | undefined {
  const lower = text.toLowerCase();
  return SIDE_OF_NAME.get(/\s/.test(lower) ? lower.replace(/\s+/g, ' ') : lower);
}

/** The country side of a single word or name ("Azeri", "Yerevan"), if it is one. */
export function countryOfName(name: string): CountrySide | null {
  return sideOfMatch(name) ?? null;
}

/** The country side named first in `phrase` ("Armenian Ambassador to Israel ..." is armenia). */
export function countryIn(phrase: string): CountrySide | null {
  NAME_PATTERN.lastIndex = 0;
  const m = NAME_PATTERN.exec(phrase);
  return m ? (sideOfMatch(m[1] ?? '') ?? null) : null;
}

/** All country sides named in `text`. */
export function countriesIn(text: string): Set<CountrySide> {
  const found = new Set<CountrySide>();
  NAME_PATTERN.lastIndex = 0;
  for (let m = NAME_PATTERN.exec(text); m !== null; m = NAME_PATTERN.exec(text)) {
    const side = sideOfMatch(m[1] ?? '');
    if (side) found.add(side);
  }
  return found;
}

/** The last sentence's country names: [start, end, side] triples (profiled: one scan each). */
let spanMemo: { text: string; spans: Array<[number, number, CountrySide]> } = {
  text: '\u0000',
  spans: [],
};

/**
 * Country sides named in `text` between `from` and `to`: the sentence is scanned once, however
 * many of its figures ask about their clause.
 */
export function countriesBetween(text: string, from: number, to: number): Set<CountrySide> {
  if (spanMemo.text !== text) {
    const spans: Array<[number, number, CountrySide]> = [];
    NAME_PATTERN.lastIndex = 0;
    for (let m = NAME_PATTERN.exec(text); m !== null; m = NAME_PATTERN.exec(text)) {
      const side = sideOfMatch(m[1] ?? '');
      if (side) spans.push([m.index, m.index + m[0].length, side]);
    }
    spanMemo = { text, spans };
  }
  const found = new Set<CountrySide>();
  for (const [start, end, side] of spanMemo.spans) {
    if (start >= from && end <= to) found.add(side);
  }
  return found;
}

/**
 * When `phrase` is only a country's name or its capital ("Armenia claims", "Yerevan
 * announced", "Azerbaijan says"), the government it stands for.
 */
export function governmentFor(phrase: string): { name: string; side: CountrySide } | null {
  const key = phrase
    .toLowerCase()
    .replace(/^the\s+/, '')
    .trim();
  for (const c of COUNTRIES) {
    if (c.metonyms.includes(key)) return { name: c.government, side: c.side };
  }
  return null;
}

/**
 * Words that name a side without a country's name, one row each with an example
 * (tests/extract/rules.test.ts runs them). An office named after Karabakh ("Karabakh State
 * Commission") or called separatist, breakaway, unrecognised or self-proclaimed is the Karabakh
 * Armenian authorities, on Armenia's side: in the wars this ledger covers, the only separatist
 * authorities are theirs. Only said of claimants, never of whom a figure counts.
 */
export const SIDE_WORD_RULES: ReadonlyArray<{
  pattern: RegExp;
  side: CountrySide;
  example: string;
}> = [
  { pattern: /\bkarabakh\b/i, side: 'armenia', example: 'the Karabakh State Commission' },
  { pattern: /\bartsakh\b/i, side: 'armenia', example: 'the Artsakh Defense Army' },
  {
    pattern: /\b(?:separatist|breakaway|unrecogni[sz]ed|self-proclaimed)\b/i,
    side: 'armenia',
    example: 'the defense ministry of the separatist region',
  },
];

function sideWords(phrase: string): CountrySide | null {
  return SIDE_WORD_RULES.find((r) => r.pattern.test(phrase))?.side ?? null;
}

/**
 * Offices of a government whose names hold a press or agency word ("the Press Service of the
 * Azerbaijan National Agency for Mine Action", "the press secretary of the Armenian Defense
 * Ministry"): the country named is the side, not the press. One row each with an example
 * (tests/extract/rules.test.ts runs them).
 */
export const OFFICE_NOT_PRESS_RULES: ReadonlyArray<{ pattern: RegExp; example: string }> = [
  {
    pattern: /\bpress (?:service|secretary|office|centre|center|department)\b/i,
    example: 'the press service of the Azerbaijani Prosecutor General',
  },
  {
    pattern: /\b(?:national|state|government) agency\b/i,
    example: 'the Azerbaijan National Agency for Mine Action',
  },
];

/** The side of a named claimant: institutions before countries ("Armenian news site" is press). */
export function sideOf(phrase: string): Side {
  if (INDEPENDENT.test(phrase)) return 'independent';
  if (INTERNATIONAL.test(phrase)) return 'international';
  const office = OFFICE_NOT_PRESS_RULES.some((r) => r.pattern.test(phrase));
  const country = office ? countryIn(phrase) : null;
  if (country) return country;
  if (PRESS.test(phrase)) return 'press';
  return countryIn(phrase) ?? sideWords(phrase) ?? officialSide(phrase) ?? 'unknown';
}

/**
 * "the country's Defense Ministry": the country is the first one the sentence names before it
 * ("The Azerbaijani forces have destroyed ..., the country's Defense Ministry said"). The phrase
 * with the country's adjective, or null when the sentence names none.
 */
export function ownCountry(phrase: string, before: string): string | null {
  if (!/\bcountry's\b/i.test(phrase)) return null;
  const side = countryIn(before);
  const country = COUNTRIES.find((c) => c.side === side);
  if (!country) return null;
  const adjective = country.government.split(' ')[0] ?? '';
  return phrase.replace(/^(?:the\s+)?country's\b/i, adjective);
}

const SIDE_OF_OFFICIAL = new Map<string, CountrySide>(
  COUNTRIES.flatMap((c) => c.officials.map((o) => [o, c.side] as const)),
);

/** "Pashinyan", "Ilham Aliyev": the side of a known office holder's surname, ending the name. */
export function officialSide(name: string): CountrySide | null {
  const last = /([\p{L}-]+)\s*$/u.exec(name)?.[1]?.toLowerCase() ?? '';
  return SIDE_OF_OFFICIAL.get(last) ?? null;
}
