import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  NO_FILTERS,
  canonicalList,
  isDay,
  parseFilterQuery,
  serialiseFilterQuery,
  type FilterVocabulary,
  type Filters,
} from '../../src/lib/state/filterQuery.ts';

const vocabulary: FilterVocabulary = {
  topic: ['arms', 'casualties', 'oil'],
  side: ['armenia', 'azerbaijan', 'press'],
  lens: ['self_reported', 'adversary', 'third_party'],
  publisher: ['AsiaNews', 'The Jerusalem Post', 'unidentified'],
};

const day = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const filtersArb: fc.Arbitrary<Filters> = fc
  .record({
    topic: fc.subarray([...vocabulary.topic]),
    side: fc.subarray([...vocabulary.side]),
    lens: fc.subarray([...vocabulary.lens]),
    publisher: fc.subarray([...vocabulary.publisher]),
    range: fc.option(fc.tuple(day, day), { nil: null }),
    disputed: fc.boolean(),
  })
  .map(({ range, ...rest }) => {
    const sorted = range ? [...range].sort() : null;
    return { ...rest, from: sorted?.[0] ?? null, to: sorted?.[1] ?? null };
  });

describe('filter query', () => {
  it('round-trips every state: parse(serialise(state)) equals state, with no notice', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        const parsed = parseFilterQuery(serialiseFilterQuery(filters), vocabulary);
        expect(parsed.filters).toEqual(filters);
        expect(parsed.notices).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary strings and always returns known values only', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webQueryParameters()),
        (s) => {
          const { filters } = parseFilterQuery(s, vocabulary);
          for (const key of ['topic', 'side', 'lens', 'publisher'] as const) {
            for (const v of filters[key]) expect(vocabulary[key]).toContain(v);
          }
          if (filters.from) expect(isDay(filters.from)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('writes the empty view as an empty query', () => {
    expect(serialiseFilterQuery(NO_FILTERS)).toBe('');
  });

  it('keeps commas and spaces readable', () => {
    const q = serialiseFilterQuery({
      ...NO_FILTERS,
      topic: ['arms', 'oil'],
      publisher: ['The Jerusalem Post'],
    });
    expect(q).toBe('topic=arms,oil&publisher=The+Jerusalem+Post');
  });

  it.each([
    ['?topic=arms,weather', { topic: ['arms'] }, ['Unknown topic "weather" was ignored.']],
    ['?colour=red', {}, ['Unknown parameter "colour" was ignored.']],
    [
      '?from=2020-02-30',
      {},
      ['The date "2020-02-30" for “from” is not a YYYY-MM-DD day and was ignored.'],
    ],
    ['?disputed=yes', {}, ['“disputed” must be 1 or 0; "yes" was ignored.']],
    ['?topic=oil&topic=arms', { topic: ['oil'] }, ['The repeated filter "topic" was ignored.']],
    [
      '?from=2021-01-01&to=2020-01-01',
      {},
      ['The date range ended before it began, so it was ignored.'],
    ],
    ['?topic=oil,arms,oil', { topic: ['arms', 'oil'] }, []],
    ['?disputed=1&side=press', { disputed: true, side: ['press'] }, []],
    ['?%E0%A4%A=1', {}, null],
  ])('%s', (query, expected, notices) => {
    const parsed = parseFilterQuery(query, vocabulary);
    expect(parsed.filters).toEqual({ ...NO_FILTERS, ...expected });
    if (notices) expect(parsed.notices).toEqual(notices);
    else expect(parsed.notices.length).toBeGreaterThan(0);
  });

  it('collapses many ignored parts of one kind into one notice with examples', () => {
    const values = Array.from({ length: 1_400 }, (_, i) => `v${i}`).join(',');
    expect(parseFilterQuery(`?side=${values},press`, vocabulary)).toEqual({
      filters: { ...NO_FILTERS, side: ['press'] },
      notices: [
        '1,400 values of side were not understood and were ignored, for example "v0", "v1", "v2".',
      ],
    });
    const params = Array.from({ length: 50 }, (_, i) => `p${i}=1`).join('&');
    const twice = ['topic', 'side', 'lens', 'publisher'].map((k) => `${k}=&${k}=`).join('&');
    expect(parseFilterQuery(`?${params}&topic=x&${twice}`, vocabulary).notices).toEqual([
      '50 unknown parameters were ignored, for example "p0", "p1", "p2".',
      'Unknown topic "x" was ignored.',
      '4 repeated filters were ignored, for example "topic", "side", "lens".',
    ]);
  });

  it('names an ignored value once, however often it repeats, as a short visible prefix', () => {
    expect(parseFilterQuery('?topic=weather,weather', vocabulary).notices).toEqual([
      'Unknown topic "weather" was ignored.',
    ]);
    const [notice] = parseFilterQuery(`?topic=${'x'.repeat(10_000)}\u202E`, vocabulary).notices;
    expect(notice).toBe(`Unknown topic "${'x'.repeat(40)}…" was ignored.`);
    expect(parseFilterQuery('?topic=a%E2%80%AEb', vocabulary).notices).toEqual([
      'Unknown topic "a⟨U+202E⟩b" was ignored.',
    ]);
  });

  it('leaves pass-through parameters to their owner', () => {
    expect(parseFilterQuery('chart=arms&topic=oil', vocabulary, ['chart'])).toEqual({
      filters: { ...NO_FILTERS, topic: ['oil'] },
      notices: [],
    });
  });

  it('canonicalList keeps the vocabulary order and drops repeats', () => {
    expect(canonicalList(['c', 'a', 'a', 'z'], ['a', 'b', 'c'])).toEqual(['a', 'c']);
  });
});
