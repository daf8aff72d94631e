import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumberAt } from '../../src/lib/extract/numbers.ts';
import { tokenize } from '../../src/lib/extract/tokens.ts';
import {
  MULTIPLIERS,
  SCALES,
  findVague,
  vagueAt,
  vaguePhrases,
} from '../../src/lib/vocabulary/vagueWords.ts';

describe('vague words compose', () => {
  it.each([
    ['hundreds', 200, 999],
    ['thousands', 2000, 9999],
    ['dozens', 24, 99],
    ['several', 3, 9],
    ['a few', 2, 5],
    ['tens of thousands', 20_000, 99_999],
    ['hundreds of thousands', 200_000, 999_999],
    ['a few dozen', 24, 60],
    ['several hundred', 300, 900],
    ['several thousand', 3000, 9000],
  ])('"%s" reads as %i–%i', (phrase, low, high) => {
    expect(findVague(phrase)?.range).toEqual([low, high]);
    expect(findVague(phrase)?.phrase).toBe(phrase);
  });

  it('takes the longest phrase: "hundreds of thousands" is not "hundreds"', () => {
    expect(findVague('more than hundreds of thousands of people')?.phrase).toBe(
      'hundreds of thousands',
    );
  });

  it('does not compose words that do not go together', () => {
    expect(vagueAt(['scores', 'of', 'thousands'], 0)?.phrase).toBe('scores');
    expect(vagueAt(['several', 'score'], 0)?.phrase).toBe('several');
    expect(findVague('a few of them')?.phrase).toBe('a few');
  });

  it('every composed range lies above the word it starts with, and is ordered', () => {
    for (const m of vaguePhrases()) {
      expect(m.range[0]).toBeLessThan(m.range[1]);
      expect(m.range[0]).toBeGreaterThan(0);
    }
  });

  it('the extractor reads every documented phrase with the range the validator checks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...vaguePhrases()),
        fc.constantFrom('people', 'tanks', 'civilians'),
        (m, noun) => {
          const tokens = tokenize(`${m.phrase} of ${noun}`);
          const core = readNumberAt(tokens, 0);
          expect(core?.value).toBe(m.range[0]);
          expect(core?.high).toBe(m.range[1]);
          expect(findVague(`${m.phrase} of ${noun}`)?.range).toEqual(m.range);
        },
      ),
    );
  });

  it('declares each scale and multiplier with a range that holds its unit', () => {
    for (const s of Object.values(SCALES)) expect(s.alone[0]).toBeGreaterThanOrEqual(s.unit);
    for (const [lo, hi] of Object.values(MULTIPLIERS)) expect(lo).toBeLessThan(hi);
  });
});
