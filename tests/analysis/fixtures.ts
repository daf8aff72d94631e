/**
 * Tiny claims for the engine's tests. `claim()` fills every ledger column with a neutral default
 * (an exact count of people stated by a named claimant as of 2 October 2020, in an article of an
 * identified outlet), so each test states only what it is about. Where a fixture copies a real
 * row, its comment names the claim_id in data/claims.csv.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { ClaimInput } from '../../src/lib/analysis/prepareClaims.ts';

let counter = 0;

export function claim(overrides: Partial<ClaimInput> = {}): ClaimInput {
  counter += 1;
  const value = overrides.value ?? 100;
  return {
    claim_id: `c${counter}`,
    source_id: 's1',
    paragraph: 1,
    figure_text: String(value),
    value,
    unit: 'people',
    qualifier: 'exact',
    low: overrides.qualifier && overrides.qualifier !== 'exact' ? null : value,
    high: overrides.qualifier && overrides.qualifier !== 'exact' ? null : value,
    measure: 'military_deaths',
    counted: 'armenia',
    claimant: 'Armenian government',
    claimant_side: 'armenia',
    hedge: 'stated',
    period_start: null,
    period_end: null,
    as_of: '2020-10-02',
    publisher: 'Example Daily',
    published: '2020-10-02',
    ...overrides,
  };
}

/** The claims as the table `loadLedger` returns (only the columns the engine reads). */
export function claimsTable(claims: readonly ClaimInput[]): ColumnTable {
  return aq.from(claims.map((c) => ({ ...c })));
}

/** Real rows, trimmed to the columns the engine reads (from data/claims.csv and sources.csv). */
export const REAL = {
  /** asianews-armenian-soldiers-104: Yerevan's own count of soldiers killed. */
  armenian104: claim({
    claim_id: 'asianews-armenian-soldiers-104',
    source_id: 'asianews-2020-10-02',
    paragraph: 7,
    figure_text: '104',
    value: 104,
    publisher: 'AsiaNews',
  }),
  /** asianews-armenian-soldiers-1900: Baku's count of Armenian soldiers killed. */
  armenian1900: claim({
    claim_id: 'asianews-armenian-soldiers-1900',
    source_id: 'asianews-2020-10-02',
    paragraph: 9,
    figure_text: '1,900',
    value: 1900,
    claimant: 'Azerbaijani government',
    claimant_side: 'azerbaijan',
    publisher: 'AsiaNews',
  }),
};
