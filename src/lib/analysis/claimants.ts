/**
 * Who counts as the same claimant. A named government, person or institution is the same
 * claimant in every article ("SIPRI", "Armenian government"). Words that identify nobody
 * outside their article are not: "Officials (unnamed)" in two stories may be different people,
 * and a figure the outlet states itself belongs to that outlet only when the outlet is
 * identified (publisher not 'unidentified'); otherwise "Unidentified outlet" in two articles is
 * two claimants. Agreement, contradiction and revision are all judged between claimants, so a
 * figure repeated by the same claimant never counts as two sources.
 *
 * Origins (origins.ts) decide what an article's words stand for when it took them from elsewhere:
 * a line in an outlet's own voice that is wire copy is the wire speaking ("hundreds" in the
 * Reuters part of a Jerusalem Post story is Reuters', as it is in every other outlet that prints
 * that story), and "Officials (unnamed)" in two reprints of one AP story are the same officials.
 */
import { formatDate } from '../format/formatValue.ts';
import { originOf, originShort } from './origins.ts';
import type { EngineRules } from './rules.ts';

export interface ClaimantInputs {
  claimant: string;
  claimant_side: string;
  publisher: string | null;
  source_id: string;
  origin?: string | null;
  published?: string | null;
}

/** The outlet's own voice in a line taken from a shared origin: the origin is the speaker. */
const speaksForOrigin = (c: ClaimantInputs) => c.claimant_side === 'press' && originOf(c).shared;

/** Whether the claimant is identified only within its own article. */
export function isPerArticle(c: ClaimantInputs, rules: EngineRules): boolean {
  if (speaksForOrigin(c)) return false;
  const outletUnknown = !c.publisher || c.publisher === 'unidentified';
  return (
    (c.claimant_side === 'press' && outletUnknown) || rules.perArticleClaimant.test(c.claimant)
  );
}

const normalised = new Map<string, string>();

/** Case, accents and spacing do not make another claimant. Cached: few distinct names. */
function normalise(name: string): string {
  let found = normalised.get(name);
  if (found === undefined) {
    found = name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
    normalised.set(name, found);
  }
  return found;
}

/**
 * The identity key: the normalised name; the origin's name for the outlet's voice in copy from a
 * shared origin; tied to the article (or to the story it copies) when it identifies nobody else.
 */
export function claimantKey(c: ClaimantInputs, rules: EngineRules): string {
  if (speaksForOrigin(c)) return normalise(originOf(c).name);
  const name = normalise(c.claimant);
  if (!isPerArticle(c, rules)) return name;
  const origin = originOf(c);
  return `${name}@${origin.shared ? origin.key : c.source_id}`;
}

/**
 * For readers: "SIPRI", "Reuters", and for a claimant known only within its article, that
 * article: "Armenian spokesman (unnamed) [AsiaNews, 2 October 2020]", "Officials (unnamed)
 * [Associated Press, 5 October 2023]", "Unidentified outlet [ap-2020-10-01]".
 */
export function claimantLabel(c: ClaimantInputs, rules: EngineRules): string {
  if (speaksForOrigin(c)) return originOf(c).name;
  if (!isPerArticle(c, rules)) return c.claimant;
  const origin = originOf(c);
  if (origin.shared) return `${c.claimant} [${originShort(origin)}]`;
  const outlet = c.publisher && c.publisher !== 'unidentified' ? c.publisher : null;
  return `${c.claimant} [${outlet ? `${outlet}${c.published ? `, ${formatDate(c.published)}` : ''}` : c.source_id}]`;
}
