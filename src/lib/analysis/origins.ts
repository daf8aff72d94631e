/**
 * Where a figure comes from (the ledger's `origin` column): the wire story, another outlet's
 * story or the institute's data an article took it from. A figure reprinted from one origin by
 * several outlets is one voice, not corroboration, so the engine counts claimants and explains
 * agreement by independent origin.
 *
 * | origin               | kind      | shared | for readers                                |
 * | -------------------- | --------- | ------ | ------------------------------------------ |
 * | `reuters-2020-10-05` | story     | yes    | "Reuters", "one Reuters story"             |
 * | `factor-2020-10`     | story     | yes    | "Factor", "one Factor story"               |
 * | `sipri`              | institute | yes    | "SIPRI", "SIPRI's data"                    |
 * | `own`                | own       | no     | the article's own reporting                |
 * | empty                | unknown   | no     | not established: counted as the article's  |
 *
 * An origin that is not shared stands for its article alone (`own@<source_id>`), so two
 * articles' own reporting are two origins.
 */
import { parsePartialDate } from '../data/partialDate.ts';
import { formatDate } from '../format/formatValue.ts';
import { ORIGIN_NAME } from '../format/labels.ts';

export type OriginKind = 'story' | 'institute' | 'own' | 'unknown';

export interface Origin {
  /** The ledger's id for a shared origin; `own@<source_id>` for an article's own reporting. */
  key: string;
  kind: OriginKind;
  /** Whether other articles can take figures from it (a story or an institute's data). */
  shared: boolean;
  /** Who published it, for readers: "Reuters", "SIPRI"; the outlet's id part when unlisted. */
  name: string;
  /** The story's date as printed in the id (YYYY, YYYY-MM or YYYY-MM-DD); null for the rest. */
  date: string | null;
}

/** name, or name-date with a partial ISO date (the descriptor's pattern). */
const FORM = /^([a-z][a-z0-9]*)(?:-(\d{4}(?:-\d{2}(?:-\d{2})?)?))?$/;

const cache = new Map<string, Origin>();

export function originOf(c: { origin?: string | null; source_id: string }): Origin {
  const id = c.origin ?? '';
  const cacheKey = `${id}|${c.source_id}`;
  let found = cache.get(cacheKey);
  if (found === undefined) {
    found = readOrigin(id, c.source_id);
    cache.set(cacheKey, found);
  }
  return found;
}

function readOrigin(id: string, sourceId: string): Origin {
  const m = FORM.exec(id);
  if (id === '' || id === 'own' || !m) {
    // An unreadable id names nothing another article could share: count it as the article's.
    const kind: OriginKind = id === 'own' ? 'own' : 'unknown';
    return { key: `own@${sourceId}`, kind, shared: false, name: '', date: null };
  }
  const prefix = m[1] as string;
  const date = m[2] && parsePartialDate(m[2]) ? m[2] : null;
  return {
    key: id,
    kind: m[2] ? 'story' : 'institute',
    shared: true,
    name: ORIGIN_NAME[prefix] ?? (m[2] ? prefix : id),
    date,
  };
}

/** "one Reuters story (5 October 2020)", "SIPRI's data"; empty for an article's own. */
export function originPhrase(o: Origin): string {
  if (o.kind === 'story') return `one ${o.name} story${o.date ? ` (${formatDate(o.date)})` : ''}`;
  if (o.kind === 'institute') return `${o.name}'s data`;
  return '';
}

/** Short form inside brackets: "Associated Press, 5 October 2023", "SIPRI". */
export function originShort(o: Origin): string {
  return o.date ? `${o.name}, ${formatDate(o.date)}` : o.name;
}

/**
 * How far a figure travelled, for explanations: "reported by 3 outlets from one Reuters story
 * (5 October 2020)"; "reported by 3 outlets, 2 of them from one Reuters story (…)". Empty when
 * a single article prints it.
 */
export function reachPhrase(printings: readonly { source_id: string; origin: Origin }[]): string {
  const articles = new Set(printings.map((p) => p.source_id));
  if (articles.size < 2) return '';
  const byOrigin = new Map<string, { origin: Origin; articles: Set<string> }>();
  for (const p of printings) {
    if (!p.origin.shared) continue;
    const entry = byOrigin.get(p.origin.key) ?? { origin: p.origin, articles: new Set() };
    entry.articles.add(p.source_id);
    byOrigin.set(p.origin.key, entry);
  }
  const shared = [...byOrigin.values()]
    .filter((e) => e.articles.size > 1)
    .sort((a, b) => (a.origin.key < b.origin.key ? -1 : 1));
  const head = `reported by ${articles.size} outlets`;
  const only = shared[0];
  if (shared.length === 1 && only && only.articles.size === articles.size) {
    return `${head} from ${originPhrase(only.origin)}`;
  }
  if (shared.length === 0) return head;
  return `${head}, ${shared.map((e) => `${e.articles.size} of them from ${originPhrase(e.origin)}`).join(', ')}`;
}
