/**
 * A deterministic generated news text for benchmarks and load tests: paragraphs of war and
 * arms-trade reporting with figures in digits and words, qualifiers, currencies, dates, quotes,
 * attributions and some page furniture. The wording is generated from templates written for this
 * purpose, never taken from an article; the same seed gives the same text.
 */

/** A small seeded generator (mulberry32): fast, and identical on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  'Northvale',
  'the river valley',
  'the border district',
  'Eastport',
  'the hill region',
];
const SIDES = ['Northland', 'Southland'];
const DEMONYMS = ['Northlandic', 'Southlandic'];
const PEOPLE = ['Maria Olsen', 'Tomas Berg', 'Ana Reyes', 'Jonas Kral'];
const ROLES = [
  'a defence ministry spokesman',
  'local officials',
  'the regional governor',
  'analysts',
];
const WORDS = ['two', 'three', 'five', 'eight', 'twelve', 'twenty'];
const QUALIFIERS = ['at least', 'more than', 'nearly', 'about', 'some', 'up to', 'over', 'almost'];
const MONTHS = ['January', 'March', 'June', 'September', 'October'];
const VAGUE = ['dozens', 'hundreds', 'several', 'thousands'];

type Pick = <T>(xs: readonly T[]) => T;

function sentence(
  pick: Pick,
  int: (lo: number, hi: number) => number,
  random: () => number,
): string {
  const n = () => int(2, 9000).toLocaleString('en-US');
  const templates: Array<() => string> = [
    () =>
      `${pick(SIDES)} said ${pick(QUALIFIERS)} ${n()} ${pick(DEMONYMS)} soldiers had been killed since ${pick(MONTHS)} ${int(1, 28)}.`,
    () =>
      `According to ${pick(ROLES)}, ${pick(WORDS)} civilians died in ${pick(PLACES)} yesterday.`,
    () => `The contract, worth US$ ${int(1, 900)} million, was signed in ${int(2005, 2022)}.`,
    () =>
      `${pick(PEOPLE)} told reporters that ${int(10, 90)}% of the arsenal came from abroad between ${int(2010, 2015)} and ${int(2016, 2020)}.`,
    () =>
      `"We expect the talks to take ${pick(WORDS)} or ${pick(WORDS)} weeks," ${pick(PEOPLE)} said on Tuesday.`,
    () =>
      `The fighting, now in its ${pick(['fifth', 'ninth', 'twelfth'])} day, has left ${pick(VAGUE)} of people wounded.`,
    () =>
      `The enclave covers ${int(1000, 9000).toLocaleString('en-US')} square kilometers (${int(400, 3500).toLocaleString('en-US')} square miles).`,
    () =>
      `Officials met at 10:${int(10, 59)} on ${pick(MONTHS)} ${int(1, 28)}, ${int(2019, 2023)} to discuss the ceasefire.`,
    () =>
      `Over the past ${pick(WORDS)} years, exports rose to €${int(1, 9)}.${int(1, 9)} billion, ${pick(ROLES)} estimate.`,
    () => `Residents described the shelling as the worst they had seen, and many left their homes.`,
    () =>
      `More than ${int(1, 120)},000 people fled in the last ${pick(WORDS)} days, the agency reported.`,
    () => `The ${pick(['F-16', 'Su-25', 'TB2'])} jets flew over Route ${int(1, 99)} in the 1990s.`,
  ];
  // Most sentences of a news story carry no figure; these keep the density realistic.
  const prose: Array<() => string> = [
    () =>
      `${pick(PEOPLE)} said the talks in ${pick(PLACES)} had stalled over the status of the border.`,
    () =>
      `Diplomats from ${pick(SIDES)} and ${pick(SIDES)} met again on Monday, but neither side gave ground.`,
    () =>
      `The foreign ministry of ${pick(SIDES)} accused its neighbour of shelling civilian areas overnight.`,
    () =>
      `Residents of ${pick(PLACES)} described long queues for bread and fuel as the roads stayed closed.`,
    () =>
      `Analysts said the offensive had changed the balance of power in the region for years to come.`,
    () =>
      `"We will not accept any settlement that ignores our security," ${pick(PEOPLE)} told ${pick(ROLES)}.`,
    () =>
      `The government declined to comment on reports that new weapons had been delivered by air.`,
    () =>
      `Aid agencies warned that the winter would make the situation of the displaced much worse.`,
    () =>
      `${pick(ROLES)} said the ceasefire was holding, though sporadic fire was heard near ${pick(PLACES)}.`,
    () =>
      `Both governments say they want peace, but each blames the other for the latest escalation.`,
  ];
  const text = random() < 0.6 ? pick(prose)() : pick(templates)();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const FURNITURE = [
  'By MARIA OLSEN',
  'Please enter your comment!',
  'We use cookies to improve your experience on our website. By browsing, you agree.',
  '(photo credit: STAFF PHOTOGRAPHER)',
  'Reuters contributed to this report.',
];

/** About `bytes` characters of generated article text (one paragraph per line). */
export function syntheticArticle(bytes: number, seed = 1): string {
  const random = seededRandom(seed);
  const pick: Pick = (xs) => xs[Math.floor(random() * xs.length)] as (typeof xs)[number];
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    const line =
      random() < 0.05
        ? pick(FURNITURE)
        : Array.from({ length: int(2, 5) }, () => sentence(pick, int, random)).join(' ');
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}
