/**
 * Deterministic generated ledgers, for benchmarks and for trying the dashboard on 10k claims.
 *
 *   const texts = generateLedgerTexts({ claims: 10_000, seed: 1 });
 *   const ledger = loadLedger(texts); // the same loader as the real data
 *
 * The same options always give the same texts, byte for byte: all randomness comes from a
 * seeded mulberry32 generator, and no clock or locale is read. The rows follow
 * data/datapackage.json (vocabularies, id patterns, partial dates, low/high as the ledger
 * records them), so the validator and the loader accept them. Their shape imitates the real
 * ledger at scale:
 *
 * - about eight claims per source; outlets from a pool, one in five unidentified;
 * - three conflict episodes (April 2016, autumn 2020, September 2023) and arms figures across
 *   2010–2023;
 * - casualty running totals whose value depends on who speaks: a side's own losses are
 *   understated, the enemy's inflated, outside figures in between;
 * - SIPRI-style trend-indicator values over five-year windows, government totals as of a year,
 *   a share of arms printed as a share of imports or of the stock held;
 * - one figure in ten printed twice in its article (summary and body), areas in km² and square
 *   miles, sums in dollars and euros, counts of people who fled beside their share;
 * - wording as in the press: exact, at least, more than, about, nearly, ranges, vague words.
 *
 * Figures are invented: never mistake a generated ledger for data.
 */
import type { LedgerTexts } from '../src/lib/data/loadLedger.ts';
import { columnNames } from '../src/lib/data/columnParsers.ts';

export interface GenerateOptions {
  /** Number of claim rows (printings, duplicates included). */
  claims: number;
  /** Seed of the random generator; the default is 1. */
  seed?: number;
}

type Row = Record<string, string | number | null>;

/** mulberry32: a small, fast, well-mixed 32-bit generator. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

const OUTLETS = [
  'Caucasus Daily',
  'Harbour Times',
  'The Evening Ledger',
  'Wire Review',
  'Mountain Courier',
  'Baltic Observer',
  'Atlas Weekly',
  'Global Dispatch',
  'River Post',
  'North Star News',
  'The Meridian',
  'Open Press Agency',
];

interface Episode {
  start: string;
  days: number;
}
const EPISODES: Episode[] = [
  { start: '2016-04-02', days: 4 },
  { start: '2020-09-27', days: 44 },
  { start: '2023-09-19', days: 20 },
];

const DAY = 86_400_000;
const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

interface Claimant {
  name: string;
  side: string;
}
const ARMENIAN: readonly Claimant[] = [
  { name: 'Armenian government', side: 'armenia' },
  { name: 'Armenian Defence Ministry', side: 'armenia' },
  { name: 'Armenian spokesman (unnamed)', side: 'armenia' },
];
const AZERBAIJANI: readonly Claimant[] = [
  { name: 'Azerbaijani government', side: 'azerbaijan' },
  { name: 'Azerbaijani Defence Ministry', side: 'azerbaijan' },
  { name: 'Ilham Aliyev', side: 'azerbaijan' },
];
const OUTSIDE: readonly Claimant[] = [
  { name: 'Officials (unnamed)', side: 'unknown' },
  { name: 'Human Rights Monitor', side: 'international' },
  { name: 'Experts (unnamed)', side: 'independent' },
];

const VAGUE: [string, number, number][] = [
  ['several', 3, 9],
  ['dozens', 24, 99],
  ['scores', 40, 199],
  ['hundreds', 200, 999],
  ['thousands', 2000, 9999],
];

const group3 = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function moneyText(value: number, unit: 'USD' | 'EUR', r: Random): string {
  const billions = value >= 1e9;
  const mantissa = billions ? value / 1e9 : value / 1e6;
  const scale = billions ? 'billion' : 'million';
  const number = Number(mantissa.toPrecision(3)).toString();
  if (unit === 'EUR') return `${number} ${scale} euros`;
  return r.chance(0.5) ? `$${number} ${scale}` : `US$ ${number} ${scale}`;
}

interface Wording {
  figure_text: string;
  value: number;
  qualifier: string;
  low: number | null;
  high: number | null;
}

/** Wrap a whole-number count in press wording, with the bounds the ledger would record. */
function countWording(n: number, r: Random): Wording {
  const roll = r.float();
  if (roll < 0.08 && n >= 3) {
    const fits = VAGUE.filter(([, lo, hi]) => n >= lo && n <= hi);
    const word = fits.length > 0 ? r.pick(fits) : null;
    if (word) {
      const [text, lo, hi] = word;
      return { figure_text: text, value: lo, qualifier: 'vague', low: lo, high: hi };
    }
  }
  if (roll < 0.2) {
    return {
      figure_text: `at least ${group3(n)}`,
      value: n,
      qualifier: 'at_least',
      low: n,
      high: null,
    };
  }
  if (roll < 0.3) {
    const v = Math.max(10, Math.round(n / 10) * 10);
    return {
      figure_text: `more than ${group3(v)}`,
      value: v,
      qualifier: 'more_than',
      low: v,
      high: null,
    };
  }
  if (roll < 0.38) {
    const v = Math.max(10, Math.round(n / 10) * 10);
    return {
      figure_text: `some ${group3(v)}`,
      value: v,
      qualifier: 'about',
      low: null,
      high: null,
    };
  }
  if (roll < 0.42) {
    const v = Math.max(10, Math.round(n / 10) * 10);
    return {
      figure_text: `nearly ${group3(v)}`,
      value: v,
      qualifier: 'nearly',
      low: null,
      high: v,
    };
  }
  return { figure_text: group3(n), value: n, qualifier: 'exact', low: n, high: n };
}

interface Source {
  source_id: string;
  publisher: string;
  published: string;
  paragraphs: number;
}

/** The generated rows, before CSV. */
export function generateLedgerRows(options: GenerateOptions): {
  sources: Row[];
  claims: Row[];
  events: Row[];
} {
  const r = new Random(options.seed ?? 1);
  const total = Math.max(0, Math.floor(options.claims));
  const sources: Source[] = [];
  const claims: Row[] = [];
  let claimNo = 0;

  const newSource = (): Source => {
    const i = sources.length;
    const episode = r.chance(0.8) ? r.pick(EPISODES) : null;
    const published = episode
      ? addDays(episode.start, r.int(0, episode.days + 10))
      : `${r.int(2010, 2023)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
    const s: Source = {
      source_id: `gen-${i + 1}`,
      publisher: r.chance(0.2) ? 'unidentified' : r.pick(OUTLETS),
      published,
      paragraphs: r.int(8, 30),
    };
    sources.push(s);
    return s;
  };

  const outletOf = (s: Source) =>
    s.publisher === 'unidentified' ? 'Unidentified outlet' : s.publisher;

  const push = (s: Source, row: Omit<Row, 'claim_id' | 'source_id'>, slug: string) => {
    claimNo += 1;
    claims.push({ claim_id: `gen-${claimNo}-${slug}`, source_id: s.source_id, ...row });
  };

  const base = (s: Source) => ({
    paragraph: r.int(1, s.paragraphs),
    note: null,
    time_basis: r.chance(0.7) ? 'inferred' : 'stated',
    hedge: r.chance(0.85) ? 'stated' : r.pick(['estimated', 'speculated']),
  });

  const claimantFor = (s: Source): Claimant => {
    const roll = r.float();
    if (roll < 0.15) return { name: outletOf(s), side: 'press' };
    if (roll < 0.25) return r.pick(OUTSIDE);
    return r.pick(r.chance(0.5) ? ARMENIAN : AZERBAIJANI);
  };

  const casualty = (s: Source) => {
    const episode = EPISODES.find(
      (e) => s.published >= e.start && s.published <= addDays(e.start, e.days + 10),
    );
    const start = episode?.start ?? s.published;
    const asOf = s.published;
    const days = Math.max(1, (Date.parse(asOf) - Date.parse(start)) / DAY + 1);
    const measure = r.pick(['military_deaths', 'civilian_deaths', 'total_deaths', 'total_wounded']);
    const counted = r.pick(['armenia', 'azerbaijan', 'both_sides']);
    const who = claimantFor(s);
    const truth =
      (measure === 'civilian_deaths' ? 3 : 25) * days * (counted === 'both_sides' ? 2 : 1);
    const lens =
      who.side === counted
        ? 0.4 + r.float() * 0.5
        : who.side === 'armenia' || who.side === 'azerbaijan'
          ? 2 + r.float() * 8
          : 0.8 + r.float() * 0.6;
    const n = Math.max(1, Math.round(truth * lens));
    const oneDay = r.chance(0.1);
    const w = countWording(n, r);
    return {
      row: {
        ...base(s),
        ...w,
        unit: 'people',
        measure,
        counted,
        claimant: who.name,
        claimant_side: who.side,
        period_start: oneDay ? asOf : null,
        period_end: oneDay ? asOf : null,
        as_of: oneDay ? null : asOf,
      },
      slug: measure.replace(/_/g, '-'),
    };
  };

  const armsValue = (s: Source): { row: Row; slug: string; euro?: Row } => {
    if (r.chance(0.6)) {
      const end = r.int(2014, 2022);
      const value = r.int(30, 900) * 1e6;
      const more = r.chance(0.3);
      const text = moneyText(value, 'USD', r);
      return {
        row: {
          ...base(s),
          figure_text: more ? `more than ${text}` : text,
          value,
          unit: 'USD',
          qualifier: more ? 'more_than' : 'exact',
          low: value,
          high: more ? null : value,
          measure: 'arms_sales_value',
          counted: 'israel_to_azerbaijan',
          claimant: 'SIPRI',
          claimant_side: 'independent',
          period_start: String(end - 4),
          period_end: String(end),
          as_of: null,
        },
        slug: 'sipri-usd',
      };
    }
    const year = r.int(2012, 2023);
    const value = r.int(20, 90) * 1e8;
    const usd: Row = {
      ...base(s),
      figure_text: moneyText(value, 'USD', r),
      value,
      unit: 'USD',
      qualifier: 'exact',
      low: value,
      high: value,
      measure: 'arms_sales_value',
      counted: 'israel_to_azerbaijan',
      claimant: 'Ilham Aliyev',
      claimant_side: 'azerbaijan',
      period_start: null,
      period_end: null,
      as_of: String(year),
    };
    if (!r.chance(0.3)) return { row: usd, slug: 'declared-usd' };
    const eur = Number((value / 1.18 / 1e8).toFixed(0)) * 1e8;
    return {
      row: usd,
      slug: 'declared-usd',
      euro: {
        ...usd,
        figure_text: moneyText(eur, 'EUR', r),
        value: eur,
        unit: 'EUR',
        low: eur,
        high: eur,
      },
    };
  };

  const share = (s: Source) => {
    const stock = r.chance(0.4);
    const v = r.int(40, 75);
    const nearly = r.chance(0.3);
    const end = r.int(2015, 2022);
    return {
      row: {
        ...base(s),
        figure_text: nearly ? `nearly ${v}%` : `${v} percent`,
        value: v,
        unit: 'percent',
        qualifier: nearly ? 'nearly' : 'exact',
        low: nearly ? null : v,
        high: v,
        measure: stock ? 'arms_stock_share' : 'arms_import_share',
        counted: 'israel_to_azerbaijan',
        claimant: r.pick(['Experts (unnamed)', 'SIPRI', outletOf(s)]),
        claimant_side: 'independent',
        period_start: stock ? null : String(end - 4),
        period_end: stock ? null : String(end),
        as_of: stock ? s.published : null,
      },
      slug: stock ? 'arms-stock-share' : 'arms-import-share',
    };
  };

  const duration = (s: Source) => {
    const episode = EPISODES.find(
      (e) => s.published >= e.start && s.published <= addDays(e.start, e.days + 10),
    );
    const start = episode?.start ?? s.published;
    const day = Math.max(1, Math.round((Date.parse(s.published) - Date.parse(start)) / DAY) + 1);
    const ordinal = r.chance(0.5);
    const suffix =
      day % 10 === 1 && day !== 11
        ? 'st'
        : day % 10 === 2 && day !== 12
          ? 'nd'
          : day % 10 === 3 && day !== 13
            ? 'rd'
            : 'th';
    return {
      row: {
        ...base(s),
        figure_text: ordinal ? `${day}${suffix}` : `${day} days`,
        value: day,
        unit: 'days',
        qualifier: 'exact',
        low: day,
        high: day,
        measure: 'fighting_duration',
        counted: 'both_sides',
        claimant: outletOf(s),
        claimant_side: 'press',
        period_start: null,
        period_end: null,
        as_of: s.published,
      },
      slug: 'fighting-days',
    };
  };

  let source = newSource();
  let left = r.int(4, 12);
  while (claims.length < total) {
    if (left <= 0) {
      source = newSource();
      left = r.int(4, 12);
    }
    const roll = r.float();
    const made: { row: Row; slug: string; euro?: Row }[] = [];
    if (roll < 0.6) made.push(casualty(source));
    else if (roll < 0.75) made.push(armsValue(source));
    else if (roll < 0.83) made.push(share(source));
    else if (roll < 0.9) made.push(duration(source));
    else if (roll < 0.95) {
      const km2 = r.int(30, 60) * 100;
      const row = {
        ...base(source),
        figure_text: `${group3(km2)} square kilometers`,
        value: km2,
        unit: 'km2',
        qualifier: 'exact',
        low: km2,
        high: km2,
        measure: 'area',
        counted: 'karabakh',
        claimant: outletOf(source),
        claimant_side: 'press',
        period_start: null,
        period_end: null,
        as_of: source.published,
      };
      const sq = Math.round(km2 / 2.589988 / 100) * 100;
      made.push({ row, slug: 'area-km2' });
      made.push({
        row: {
          ...row,
          figure_text: `${group3(sq)} square miles`,
          value: sq,
          unit: 'sq_mi',
          low: sq,
          high: sq,
        },
        slug: 'area-sq-mi',
      });
    } else {
      const fled = r.int(50, 110) * 1000;
      const pct = r.int(50, 90);
      const row = {
        ...base(source),
        figure_text: `over ${group3(fled)}`,
        value: fled,
        unit: 'people',
        qualifier: 'more_than',
        low: fled,
        high: null,
        measure: 'people_fled',
        counted: 'karabakh_armenians',
        claimant: outletOf(source),
        claimant_side: 'press',
        period_start: null,
        period_end: null,
        as_of: source.published,
      };
      made.push({ row, slug: 'fled' });
      made.push({
        row: {
          ...row,
          figure_text: `more than ${pct}%`,
          value: pct,
          unit: 'percent',
          low: pct,
          measure: 'share_fled',
        },
        slug: 'fled-share',
      });
    }
    for (const m of made) {
      if (claims.length >= total) break;
      push(source, m.row, m.slug);
      if (m.euro && claims.length < total)
        push(source, { ...m.euro, paragraph: m.row.paragraph ?? 1 }, 'declared-eur');
      // One figure in ten is printed again in the summary under the headline.
      if (claims.length < total && r.chance(0.1))
        push(source, { ...m.row, paragraph: 2 }, `${m.slug}-summary`);
    }
    left -= made.length;
  }

  const sourceRows: Row[] = sources.map((s, i) => ({
    source_id: s.source_id,
    publisher: s.publisher,
    publisher_basis: s.publisher === 'unidentified' ? 'unidentified' : 'inferred',
    headline: `Generated article ${i + 1}`,
    byline: null,
    published: s.published,
    published_precision: 'inferred',
    wire: null,
    url: null,
    archive_file: `${String(i % 1000).padStart(3, '0')}_${(i + 1).toString(16).padStart(16, '0')}.txt`,
    language: 'en',
    note: 'Generated for benchmarks; not a real article.',
  }));
  const events: Row[] = EPISODES.map((e, i) => ({
    event_id: `gen-episode-${i + 1}`,
    date: e.start,
    date_precision: 'day',
    date_basis: 'stated',
    category: 'military',
    title: 'Generated episode of fighting',
    source_id: sources[0]?.source_id ?? 'gen-1',
    paragraph: 1,
    note: null,
  }));
  return { sources: sourceRows, claims, events };
}

function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const text = String(v);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function toCsv(resource: 'sources' | 'claims' | 'events', rows: readonly Row[]): string {
  const names = columnNames(resource);
  const lines = [names.join(',')];
  for (const row of rows) lines.push(names.map((n) => csvField(row[n])).join(','));
  return `${lines.join('\n')}\n`;
}

/** The three CSV texts of a generated ledger, ready for `loadLedger`. */
export function generateLedgerTexts(options: GenerateOptions): LedgerTexts {
  const rows = generateLedgerRows(options);
  return {
    sources: toCsv('sources', rows.sources),
    claims: toCsv('claims', rows.claims),
    events: toCsv('events', rows.events),
  };
}
