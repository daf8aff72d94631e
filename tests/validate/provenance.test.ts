import { describe, expect, it } from 'vitest';
import { occursAsWhole } from '../../src/lib/validate/provenance.ts';
import {
  edit,
  expectProblems,
  fixtureArchive,
  fixtureFiles,
  validate,
  validateEdited,
} from './helpers.ts';

const claims = (from: string, to: string) => validateEdited('claims.csv', (t) => edit(t, from, to));

describe('provenance against the (invented) fixture archive', () => {
  it('rejects a figure_text not printed in the paragraph and says it is nowhere', () => {
    const result = claims(',US$ 375 million,', ',US$ 357 million,');
    expectProblems(
      result,
      ['data/claims.csv:2:29 figure_text'],
      /^"US\$ 357 million" is not printed in paragraph 2 of 000_0000000000000001\.txt$/,
    );
    expect(result.problems[0]?.expected).toMatch(/printed nowhere in the article/);
  });

  it('rejects a figure cited from the wrong paragraph and says where it is', () => {
    const result = claims('alpha-2020,3,"1,900"', 'alpha-2020,2,"1,900"');
    expectProblems(result, ['data/claims.csv:3:32 figure_text'], /not printed in paragraph 2/);
    expect(result.problems[0]?.expected).toMatch(/it is printed in paragraph 3$/);
  });

  it('rejects a figure that only occurs inside a longer number', () => {
    const result = claims(
      ',"1,900",1900,people,exact,1900,1900,',
      ',900,900,people,exact,900,900,',
    );
    expectProblems(
      result,
      ['data/claims.csv:3:32 figure_text'],
      /"900" is not printed in paragraph 3/,
    );
    expect(result.problems[0]?.expected).toMatch(/only part of a longer word or number/);
  });

  it('is case- and character-exact', () => {
    expectProblems(claims(',dozens,', ',Dozens,'), ['data/claims.csv:7:32 figure_text']);
  });

  it('rejects a claim paragraph beyond the end of the article', () => {
    const result = claims('alpha-usd-375m,alpha-2020,2,', 'alpha-usd-375m,alpha-2020,9,');
    expectProblems(
      result,
      ['data/claims.csv:2:27 paragraph'],
      /^9 is past the end of 000_0000000000000001\.txt, which has 3 paragraphs$/,
    );
  });

  it('rejects an event paragraph beyond the end of the article', () => {
    const result = validateEdited('events.csv', (t) => edit(t, 'alpha-2020,2,', 'alpha-2020,7,'));
    expectProblems(result, ['data/events.csv:2:66 paragraph'], /7 is past the end/);
  });

  it('rejects an archive_file missing from the archive folder (its claims are not reported again)', () => {
    const archive = fixtureArchive();
    archive.delete('001_0000000000000002.txt');
    expectProblems(
      validate(fixtureFiles(), archive),
      ['data/sources.csv:3:61 archive_file'],
      /"001_0000000000000002\.txt" is not in the archive articles/,
    );
  });

  it('rejects an archived text that is not UTF-8', () => {
    const archive = fixtureArchive();
    const text = new Uint8Array(archive.get('000_0000000000000001.txt') ?? []);
    text[text.indexOf(0x49)] = 0xfe; // the "I" opening paragraph 2 ("Invented summary")
    archive.set('000_0000000000000001.txt', text);
    expectProblems(
      validate(fixtureFiles(), archive),
      ['data/sources.csv:2:99 archive_file'],
      /not valid UTF-8 \(first bad byte at 000_0000000000000001\.txt:3:1\)/,
    );
  });

  it('checks nothing against the archive when none is given, and says so in the result', () => {
    const result = validateEdited(
      'claims.csv',
      (t) => edit(t, ',US$ 375 million,', ',US$ 357 million,'),
      null,
    );
    expect(result.problems).toEqual([]);
    expect(result.articlesChecked).toBeUndefined();
  });
});

describe('occursAsWhole', () => {
  it.each([
    ['18 dead', '18', true],
    ['180 dead', '18', false],
    ['1,900 dead', '900', false],
    ['1,900 dead', '1,900', true],
    ['at least 350.', 'at least 350', true],
    ['350.5', '350', false],
    ['US$ 375 million', 'US$ 375 million', true],
    ['a 24-hour offensive', '24-hour', true],
    ['fiver', 'five', false],
    ['(five)', 'five', true],
    ['nearly 70% of', 'nearly 70%', true],
  ])('%j contains %j: %s', (text, figure, expected) => {
    expect(occursAsWhole(text, figure)).toBe(expected);
  });
});
