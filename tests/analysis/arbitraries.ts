/**
 * fast-check arbitraries for the engine's property tests: small random ledgers in a world of two
 * measures, two counted parties, four claimants, four articles and a handful of dates, so that
 * groups, agreements, contradictions, revisions, updates and misquotes all occur often: claims
 * carry origins (their own reporting, a shared wire story, an institute) and as-of dates taken
 * from the publication date. Figures are written in words ("figure"), so no printed-precision
 * tolerance depends on the digits of a value.
 */
import fc from 'fast-check';
import type { ClaimInput } from '../../src/lib/analysis/prepareClaims.ts';

const CLAIMANTS = [
  { claimant: 'Armenian government', claimant_side: 'armenia' },
  { claimant: 'Azerbaijani government', claimant_side: 'azerbaijan' },
  { claimant: 'Unidentified outlet', claimant_side: 'press' },
  { claimant: 'Officials (unnamed)', claimant_side: 'unknown' },
];
const SOURCES = [
  { source_id: 's1', publisher: 'Example Daily', published: '2020-10-02' },
  { source_id: 's2', publisher: 'unidentified', published: '2020-10-02' },
  { source_id: 's3', publisher: 'Other Times', published: '2020-10-05' },
  { source_id: 's4', publisher: 'unidentified', published: '2020-10-20' },
];
const DATES = ['2020-10-01', '2020-10-02', '2020-10-03', '2020-10-05', '2020-10-20'];

/** Wording with the bounds the ledger would store for it. */
const wording = fc
  .tuple(
    fc.constantFrom('exact', 'at_least', 'more_than', 'about', 'nearly', 'range', 'vague'),
    fc.integer({ min: 1, max: 5000 }),
    fc.integer({ min: 1, max: 4 }),
  )
  .map(([qualifier, v, k]) => {
    switch (qualifier) {
      case 'exact':
        return { qualifier, value: v, low: v, high: v };
      case 'at_least':
      case 'more_than':
        return { qualifier, value: v, low: v, high: null };
      case 'about':
        return { qualifier, value: v, low: null, high: null };
      case 'nearly':
        return { qualifier, value: v, low: null, high: v };
      case 'range':
        return { qualifier, value: v, low: v, high: v * (1 + k) };
      default:
        return { qualifier, value: v, low: v, high: v * 4 + 3 };
    }
  });

export const claimArb = fc
  .record({
    measure: fc.constantFrom('military_deaths', 'total_deaths'),
    counted: fc.constantFrom('armenia', 'azerbaijan'),
    who: fc.constantFrom(...CLAIMANTS),
    source: fc.constantFrom(...SOURCES),
    date: fc.constantFrom(...DATES),
    oneDay: fc.boolean(),
    wording,
    origin: fc.constantFrom(null, 'own', 'reuters-2020-10-05', 'sipri'),
    inferred: fc.boolean(),
  })
  .map((r): Omit<ClaimInput, 'claim_id'> => ({
    source_id: r.source.source_id,
    paragraph: 1,
    figure_text: 'figure',
    unit: 'people',
    ...r.wording,
    measure: r.measure,
    counted: r.counted,
    ...r.who,
    hedge: 'stated',
    period_start: r.oneDay ? r.date : null,
    period_end: r.oneDay ? r.date : null,
    as_of: r.oneDay ? null : r.date,
    time_basis: r.inferred ? 'inferred' : 'stated',
    origin: r.origin,
    publisher: r.source.publisher,
    published: r.source.published,
  }));

/** A ledger of claims with unique ids. */
export const ledgerArb = (max = 14) =>
  fc
    .array(claimArb, { minLength: 1, maxLength: max })
    .map((rows) =>
      rows.map((r, i): ClaimInput => ({ claim_id: `p${String(i).padStart(2, '0')}`, ...r })),
    );

/** A permutation of a list, drawn by fast-check. */
export const shuffled = <T>(items: readonly T[]) =>
  fc.array(fc.integer(), { minLength: items.length, maxLength: items.length }).map((keys) =>
    items
      .map((item, i) => ({ item, key: keys[i] ?? 0, i }))
      .sort((a, b) => a.key - b.key || a.i - b.i)
      .map((x) => x.item),
  );
