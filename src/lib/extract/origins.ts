/**
 * Where a figure comes from when its claimant is an institute or a monitor that several outlets
 * quote (ledger column `origin`): one voice, however many articles repeat it. One row per
 * origin, with an example claimant; tests/extract/origins.test.ts runs them. A figure with no
 * row here keeps `origin` empty for the reviewer (a wire story's id needs its date).
 */
export const ORIGIN_RULES: ReadonlyArray<{ pattern: RegExp; origin: string; example: string }> = [
  {
    pattern: /\bSIPRI\b|Stockholm International Peace Research/i,
    origin: 'sipri',
    example: 'SIPRI',
  },
  { pattern: /\bOryx\b/, origin: 'oryx', example: 'Oryx' },
  {
    pattern: /\bSyrian Observatory\b|\bSOHR\b/,
    origin: 'sohr',
    example: 'the Syrian Observatory for Human Rights',
  },
  { pattern: /\bHuman Rights Watch\b|\bHRW\b/, origin: 'hrw', example: 'Human Rights Watch' },
  { pattern: /\bAmnesty International\b/, origin: 'amnesty', example: 'Amnesty International' },
];

/** The origin a claimant's name gives, or null. */
export function originOf(claimant: string): string | null {
  if (claimant === last.claimant) return last.origin;
  last = { claimant, origin: ORIGIN_RULES.find((r) => r.pattern.test(claimant))?.origin ?? null };
  return last.origin;
}

let last: { claimant: string; origin: string | null } = { claimant: '', origin: null };
