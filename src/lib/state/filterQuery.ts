/**
 * The durable part of the view: filters as a URL query. Parsing and serialising are pure, so a
 * link restores the exact view and a bad link can never throw; anything unknown or malformed is
 * dropped and reported as a notice.
 */
import { shortText } from '../format/displayText.ts';

export interface Filters {
  topic: string[];
  side: string[];
  lens: string[];
  publisher: string[];
  /** Earliest publication date shown (YYYY-MM-DD), inclusive. */
  from: string | null;
  /** Latest publication date shown (YYYY-MM-DD), inclusive. */
  to: string | null;
  /** Only claims in groups whose sources disagree. */
  disputed: boolean;
}

/** The values each list filter may take; anything else in a URL is ignored. */
export interface FilterVocabulary {
  topic: readonly string[];
  side: readonly string[];
  lens: readonly string[];
  publisher: readonly string[];
}

export type ListKey = 'topic' | 'side' | 'lens' | 'publisher';
const LIST_KEYS: readonly ListKey[] = ['topic', 'side', 'lens', 'publisher'];

export const NO_FILTERS: Filters = Object.freeze({
  topic: [],
  side: [],
  lens: [],
  publisher: [],
  from: null,
  to: null,
  disputed: false,
}) as Filters;

export interface ParsedQuery {
  filters: Filters;
  /** One sentence per parameter that was ignored, for the page's notice. */
  notices: string[];
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day in YYYY-MM-DD form. */
export function isDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** Keep known values once each, in the vocabulary's order, so equal views give equal URLs. */
export function canonicalList(values: readonly string[], allowed: readonly string[]): string[] {
  const wanted = new Set(values);
  return allowed.filter((v) => wanted.has(v));
}

/** A part of a link quoted in a notice: a short, visible prefix (the page escapes it). */
const shown = (text: string) => JSON.stringify(shortText(text, 40, 40));

/**
 * What was ignored, by kind: one notice per part, or, past MANY parts of one kind, one notice
 * for all of them with a few examples (a link with 1,400 unknown values gets one line, not 1,400).
 */
const IGNORED = {
  value: {
    one: (key: string, v: string) => `Unknown ${key} ${shown(v)} was ignored.`,
    many: (key: string, n: string, examples: string) =>
      `${n} values of ${key} were not understood and were ignored, for example ${examples}.`,
  },
  repeated: {
    one: (_: string, v: string) => `The repeated filter ${shown(v)} was ignored.`,
    many: (_: string, n: string, examples: string) =>
      `${n} repeated filters were ignored, for example ${examples}.`,
  },
  parameter: {
    one: (_: string, v: string) => `Unknown parameter ${shown(v)} was ignored.`,
    many: (_: string, n: string, examples: string) =>
      `${n} unknown parameters were ignored, for example ${examples}.`,
  },
} as const;
const MANY = 3;
const EXAMPLES = 3;

/** Collects ignored parts of a link by kind and key, each once, and words them as notices. */
class Ignored {
  readonly #parts = new Map<
    string,
    { kind: keyof typeof IGNORED; key: string; values: Set<string> }
  >();

  add(kind: keyof typeof IGNORED, key: string, value: string): void {
    const id = `${kind}\u0000${key}`;
    const entry = this.#parts.get(id) ?? { kind, key, values: new Set<string>() };
    entry.values.add(value);
    this.#parts.set(id, entry);
  }

  notices(): string[] {
    return [...this.#parts.values()].flatMap(({ kind, key, values }) => {
      const list = [...values];
      if (list.length <= MANY) return list.map((v) => IGNORED[kind].one(key, v));
      const examples = list.slice(0, EXAMPLES).map(shown).join(', ');
      return [IGNORED[kind].many(key, list.length.toLocaleString('en-GB'), examples)];
    });
  }
}

/**
 * Parse a query string (with or without the leading "?"). Parameters named in `passThrough`
 * (such as an embed's `chart`) are left for their owner and not reported.
 */
export function parseFilterQuery(
  search: string,
  vocabulary: FilterVocabulary,
  passThrough: readonly string[] = [],
): ParsedQuery {
  const notices: string[] = [];
  const filters: Filters = { ...NO_FILTERS, topic: [], side: [], lens: [], publisher: [] };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { filters, notices: ['The link’s filters could not be read and were ignored.'] };
  }
  const seen = new Set<string>();
  const ignored = new Ignored();
  for (const [key, raw] of params) {
    if (passThrough.includes(key)) continue;
    if (seen.has(key)) {
      ignored.add('repeated', '', key);
      continue;
    }
    seen.add(key);
    if ((LIST_KEYS as readonly string[]).includes(key)) {
      const listKey = key as ListKey;
      const values = raw.split(',').filter((v) => v !== '');
      const allowed = vocabulary[listKey];
      const unknown = values.filter((v) => !allowed.includes(v));
      for (const v of unknown) ignored.add('value', key, v);
      filters[listKey] = canonicalList(values, allowed);
    } else if (key === 'from' || key === 'to') {
      if (isDay(raw)) filters[key] = raw;
      else
        notices.push(
          `The date ${shown(raw)} for “${key}” is not a YYYY-MM-DD day and was ignored.`,
        );
    } else if (key === 'disputed') {
      if (raw === '1' || raw === 'true') filters.disputed = true;
      else if (raw !== '0' && raw !== 'false')
        notices.push(`“disputed” must be 1 or 0; ${shown(raw)} was ignored.`);
    } else {
      ignored.add('parameter', '', key);
    }
  }
  notices.unshift(...ignored.notices());
  if (filters.from && filters.to && filters.from > filters.to) {
    notices.push('The date range ended before it began, so it was ignored.');
    filters.from = null;
    filters.to = null;
  }
  return { filters, notices };
}

/** Serialise filters to a query string without "?"; the empty string when nothing is filtered. */
export function serialiseFilterQuery(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of LIST_KEYS) {
    if (filters[key].length > 0) params.set(key, filters[key].join(','));
  }
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.disputed) params.set('disputed', '1');
  // Commas are safe in a query and keep shared links readable.
  return params.toString().replaceAll('%2C', ',');
}

/** Whether any filter narrows the view. */
export function isFiltered(filters: Filters): boolean {
  return serialiseFilterQuery(filters) !== '';
}
