import { describe, expect, it } from 'vitest';
import * as aq from 'arquero';
import { filterClaims } from '../../src/lib/view/filterClaims.ts';
import { NO_FILTERS, type Filters } from '../../src/lib/state/filterQuery.ts';

// Four made-up claims spanning each filter's values.
const claims = aq.from([
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
]);

const ids = (filters: Partial<Filters>) =>
  filterClaims(claims, { ...NO_FILTERS, ...filters })
    .array('id')
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
