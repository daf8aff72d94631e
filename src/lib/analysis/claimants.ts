/**
 * Who counts as the same claimant. A named government, person or institution is the same
 * claimant in every article ("SIPRI", "Armenian government"). Words that identify nobody
 * outside their article are not: "Officials (unnamed)" in two stories may be different people,
 * and a figure the outlet states itself belongs to that outlet only when the outlet is
 * identified (publisher not 'unidentified'); otherwise "Unidentified outlet" in two articles is
 * two claimants. Agreement, contradiction and revision are all judged between claimants, so a
 * figure repeated by the same claimant never counts as two sources.
 */
import type { EngineRules } from './rules.ts';

export interface ClaimantInputs {
  claimant: string;
  claimant_side: string;
  publisher: string | null;
  source_id: string;
}

/** Whether the claimant is identified only within its own article. */
export function isPerArticle(c: ClaimantInputs, rules: EngineRules): boolean {
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

/** The identity key: the normalised name, tied to the article when it identifies nobody else. */
export function claimantKey(c: ClaimantInputs, rules: EngineRules): string {
  const name = normalise(c.claimant);
  return isPerArticle(c, rules) ? `${name}@${c.source_id}` : name;
}

/** The claimant for readers: "SIPRI", or "Unidentified outlet [ap-2020-10-01]". */
export function claimantLabel(c: ClaimantInputs, rules: EngineRules): string {
  return isPerArticle(c, rules) ? `${c.claimant} [${c.source_id}]` : c.claimant;
}
