import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as aq from 'arquero';
import { op } from 'arquero';
import { DISPUTED_VERDICTS, filterClaims } from '../../src/lib/view/filterClaims.ts';
import { NO_FILTERS, type Filters } from '../../src/lib/state/filterQuery.ts';
import { readModel } from '../../src/lib/view/readModel.ts';

// Four made-up claims spanning each filter's values.
const claims = [
  {
    id: 'a',
    topic: 'arms',
    claimant_side: 'independent',
    lens: 'third_party',
    publisher: 'P1',
    published: '2020-10-01',
    verdict: 'not_comparable',
  },
  {
    id: 'b',
    topic: 'casualties',
    claimant_side: 'armenia',
    lens: 'self_reported',
    publisher: 'P1',
    published: '2020-10-02',
    verdict: 'contradict',
  },
  {
    id: 'c',
    topic: 'casualties',
    claimant_side: 'azerbaijan',
    lens: 'adversary',
    publisher: 'P2',
    published: '2020-10-02',
    verdict: 'contradict',
  },
  {
    id: 'd',
    topic: 'oil',
    claimant_side: 'press',
    lens: 'third_party',
    publisher: 'P2',
    published: '2023-10-05',
    verdict: null,
  },
];

const ids = (filters: Partial<Filters>) =>
  filterClaims(claims, { ...NO_FILTERS, ...filters })
    .map((c) => c.id)
    .join('');

describe('filterClaims', () => {
  it.each([
    [{}, 'abcd'],
    [{ topic: ['casualties'] }, 'bc'],
    [{ topic: ['arms', 'oil'] }, 'ad'],
    [{ side: ['armenia'] }, 'b'],
    [{ lens: ['third_party'] }, 'ad'],
    [{ publisher: ['P2'] }, 'cd'],
    [{ from: '2020-10-02' }, 'bcd'],
    [{ to: '2020-10-02' }, 'abc'],
    [{ from: '2020-10-02', to: '2020-10-02' }, 'bc'],
    [{ disputed: true }, 'bc'],
    [{ topic: ['casualties'], side: ['azerbaijan'] }, 'c'],
    [{ disputed: true, publisher: ['P1'] }, 'b'],
    [{ topic: ['territory'] }, ''],
  ] as [Partial<Filters>, string][])('%j keeps %s', (filters, expected) => {
    expect(ids(filters)).toBe(expected);
  });
});

// The filter the dashboard used when it filtered with Arquero in the browser, kept here as the
// reference the plain predicate must agree with on the real ledger.
function arqueroFilter(rows: readonly object[], f: Filters): string[] {
  return aq
    .from(rows)
    .params({ ...f, from: f.from ?? '', to: f.to ?? '', verdicts: [...DISPUTED_VERDICTS] })
    .filter(
      (
        d: Record<'topic' | 'claimant_side' | 'lens' | 'publisher' | 'published', string> & {
          verdict: string | null;
        },
        $: Filters & { from: string; to: string; verdicts: string[] },
      ) =>
        ($.topic.length === 0 || op.includes($.topic, d.topic)) &&
        ($.side.length === 0 || op.includes($.side, d.claimant_side)) &&
        ($.lens.length === 0 || op.includes($.lens, d.lens)) &&
        ($.publisher.length === 0 || op.includes($.publisher, d.publisher)) &&
        ($.from === '' || d.published >= $.from) &&
        ($.to === '' || d.published <= $.to) &&
        (!$.disputed || op.includes($.verdicts, d.verdict)),
    )
    .array('claim_id') as string[];
}

describe('filterClaims on the real ledger', () => {
  const model = readModel('data');
  const { vocabulary } = model;
  const dates = [...new Set(model.claims.map((c) => c.published))].sort();
  const subset = (values: readonly string[]) => fc.subarray([...values], { maxLength: 3 });
  const date = fc.option(fc.constantFrom(...dates), { nil: null });

  it('keeps exactly the claims the Arquero expression kept, for any combination of filters', () => {
    fc.assert(
      fc.property(
        fc.record({
          topic: subset(vocabulary.topic),
          side: subset(vocabulary.side),
          lens: subset(vocabulary.lens),
          publisher: subset(vocabulary.publisher),
          from: date,
          to: date,
          disputed: fc.boolean(),
        }),
        (filters) => {
          const plain = filterClaims(model.claims, filters).map((c) => c.claim_id);
          expect(plain).toEqual(arqueroFilter(model.claims, filters));
        },
      ),
      { numRuns: 300, seed: 2020 },
    );
  });
});
