import { describe, expect, it } from 'vitest';
import { codePointLabel, INVISIBLE_CHARS } from '../../src/lib/format/invisibleChars.ts';
import { edit, expectProblems, validateEdited } from './helpers.ts';

const claims = (from: string, to: string, archive?: null) =>
  validateEdited('claims.csv', (t) => edit(t, from, to), archive);

describe('bounds', () => {
  it('rejects low > high', () => {
    const result = claims(',range,2,3,', ',range,2,1,');
    expectProblems(result, ['data/claims.csv:6:60 low'], /is 2, above high 1/);
  });

  it('rejects a value outside its [low, high] bounds', () => {
    const result = claims(',at_least,350,,', ',at_least,400,,');
    // The value below low, and low not being the value "at least" implies.
    expectProblems(
      result,
      ['data/claims.csv:4:46 value', 'data/claims.csv:4:66 low'],
      /is 350, below low 400/,
    );
  });

  it.each([
    [
      'value and low',
      ',80,percent,more_than,80,,',
      ',180,percent,more_than,180,,',
      ['data/claims.csv:9:50 value', 'data/claims.csv:9:72 low'],
    ],
    [
      'value and high',
      ',70,percent,nearly,,70,',
      ',170,percent,nearly,,170,',
      ['data/claims.csv:5:45 value', 'data/claims.csv:5:65 high'],
    ],
  ])('rejects a percent outside 0–100 in %s', (_, from, to, places) => {
    expectProblems(claims(from, to), places, /^is 1[78]0 percent$/);
  });

  it('rejects a share measured in anything but percent', () => {
    const result = claims(',80,percent,more_than,', ',80,people,more_than,');
    expectProblems(
      result,
      ['data/claims.csv:9:53 unit'],
      /is people \(people\), but share_fled counts share/,
    );
  });

  it('rejects a unit of another family than its measure counts: no tanks among deaths', () => {
    const result = claims(',1900,people,exact,', ',1900,tanks,exact,');
    expectProblems(
      result,
      ['data/claims.csv:3:45 unit'],
      /is tanks \(equipment\), but military_deaths counts people/,
    );
  });
});

describe('qualifiers', () => {
  it.each([
    [
      'exact: low differs from value',
      ',exact,375000000,',
      ',exact,375,',
      'data/claims.csv:2:65 low',
      /is 375 for qualifier exact/,
    ],
    [
      'exact: high differs from value',
      ',exact,1900,1900,',
      ',exact,1900,1901,',
      'data/claims.csv:3:63 high',
      /is 1901 for qualifier exact/,
    ],
    [
      'at_least: high set',
      ',at_least,350,,',
      ',at_least,350,400,',
      'data/claims.csv:4:70 high',
      /is 400 for qualifier at_least/,
    ],
    [
      'at_least: low empty',
      ',at_least,350,,',
      ',at_least,,,',
      'data/claims.csv:4:66 low',
      /is empty for qualifier at_least/,
    ],
    [
      'more_than: low differs from value',
      ',more_than,80,',
      ',more_than,75,',
      'data/claims.csv:9:71 low',
      /is 75 for qualifier more_than/,
    ],
    [
      'nearly: high differs from value',
      ',nearly,,70,',
      ',nearly,,75,',
      'data/claims.csv:5:64 high',
      /is 75 for qualifier nearly/,
    ],
    [
      'nearly: low set',
      ',nearly,,70,',
      ',nearly,60,70,',
      'data/claims.csv:5:63 low',
      /is 60 for qualifier nearly/,
    ],
    [
      // "barely two weeks" (unid20-embassy-two-weeks): a ceiling it reaches, like "nearly" in the ledger.
      'barely: high differs from value',
      ',nearly,,70,',
      ',barely,,75,',
      'data/claims.csv:5:64 high',
      /is 75 for qualifier barely/,
    ],
    [
      'up_to: high differs from value',
      ',up_to,0,40,',
      ',up_to,0,50,',
      'data/claims.csv:10:62 high',
      /is 50 for qualifier up_to/,
    ],
    [
      'up_to: low above 0',
      ',up_to,0,40,',
      ',up_to,5,40,',
      'data/claims.csv:10:60 low',
      /is 5 for qualifier up_to/,
    ],
    [
      'range: high empty',
      ',range,2,3,',
      ',range,2,,',
      'data/claims.csv:6:62 high',
      /is empty for qualifier range/,
    ],
    [
      'vague: low empty',
      ',vague,24,99,',
      ',vague,,99,',
      'data/claims.csv:7:55 low',
      /is empty for qualifier vague/,
    ],
  ])('rejects %s', (_, from, to, place, message) => {
    expectProblems(claims(from, to), [place], message);
  });

  it('rejects bounds on "about", which is open both ways', () => {
    const result = claims(',about,,,', ',about,150,250,');
    expectProblems(
      result,
      ['data/claims.csv:8:61 low', 'data/claims.csv:8:65 high'],
      /for qualifier about/,
    );
  });

  it('accepts an exact figure with its bounds left empty', () => {
    expect(claims(',exact,375000000,375000000,', ',exact,,,').problems).toEqual([]);
  });

  it('rejects a vague word whose bounds are not its documented range', () => {
    const result = claims(',vague,24,99,', ',vague,24,100,');
    expectProblems(result, ['data/claims.csv:7:58 high'], /is 100, but "dozens" spans 24–99/);
  });

  it('rejects a vague word with no documented range', () => {
    const result = claims(',dozens,24,', ',a handful,24,', null);
    expectProblems(
      result,
      ['data/claims.csv:7:32 figure_text'],
      /vague figure "a handful" has no documented range/,
    );
  });
});

describe('dates', () => {
  it('rejects period_end before period_start, comparing the latest day of the end with the earliest of the start', () => {
    const result = claims(',2017,2019,', ',2019,2017,');
    expectProblems(
      result,
      ['data/claims.csv:2:167 period_end'],
      /2017 ends before period_start 2019 begins/,
    );
    // 2019-12 ends after 2019 begins: partial dates overlap rather than conflict.
    expect(claims(',2017,2019,', ',2019-12-31,2019,').problems).toEqual([]);
  });

  it.each([
    [
      'a malformed partial date (descriptor pattern)',
      ',2017,2019,',
      ',2017-1,2019,',
      'data/claims.csv:2:162 period_start',
      /does not match the pattern/,
    ],
    [
      'a month 13',
      ',2017,2019,',
      ',2017-13,2019,',
      'data/claims.csv:2:162 period_start',
      /"2017-13" is not a real calendar date/,
    ],
    [
      '29 February of a common year',
      ',2020-10-02,inferred,',
      ',2019-02-29,inferred,',
      'data/claims.csv:3:131 as_of',
      /"2019-02-29" is not a real calendar date/,
    ],
  ])('rejects %s in a partial-date field', (_, from, to, place, message) => {
    expectProblems(claims(from, to), [place], message);
  });

  it('rejects an impossible event date', () => {
    const result = validateEdited('events.csv', (t) => edit(t, ',2020-09-27,', ',2021-02-29,'));
    expectProblems(
      result,
      ['data/events.csv:3:14 date'],
      /"2021-02-29" is not a real calendar date/,
    );
  });

  it("rejects a date_precision that does not match the date's form", () => {
    const result = validateEdited('events.csv', (t) => edit(t, ',2023-07,month,', ',2023-07,day,'));
    expectProblems(
      result,
      ['data/events.csv:4:24 date_precision'],
      /is day, but the date 2023-07 is written to the month/,
    );
  });
});

describe('source URLs: absolute http(s) only, checked with the URL constructor', () => {
  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', '"data:text/html,<b>x</b>"'],
    ['a relative path', '/alpha'],
    ['a protocol-relative address', '//example.org/alpha'],
    ['http without slashes', 'http:example.org'],
    ['a host the URL parser rejects', 'https://exa[mple.org/'],
  ])('rejects %s', (_, cell) => {
    const result = validateEdited('sources.csv', (t) => edit(t, 'https://example.org/alpha', cell));
    // The descriptor's pattern or uri format may say so too; the URL rule always does.
    expect(
      new Set(result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.field}`)),
    ).toEqual(new Set(['data/sources.csv:2:73 url']));
    expect(result.problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/is not an absolute http\(s\) address$/),
    );
  });

  it('accepts an https address', () => {
    const result = validateEdited('sources.csv', (t) =>
      edit(t, 'https://example.org/alpha', 'http://example.org/a?b=c#d'),
    );
    expect(result.problems).toEqual([]);
  });
});

describe('cell text', () => {
  it('rejects white space at either end of a cell', () => {
    const result = claims('Invented Institute,', 'Invented Institute ,');
    expectProblems(
      result,
      ['data/claims.csv:2:124 claimant'],
      /has white space at its start or end/,
    );
  });

  it('rejects a control character in a cell', () => {
    const result = claims(',stated,2017,2019,,stated,,,\n', ',stated,2017,2019,,stated,,,a\tb\n');
    // The column is the tab's own, one after the start of the cell.
    expectProblems(
      result,
      ['data/claims.csv:2:183 note'],
      /^holds U\+0009 CHARACTER TABULATION \(tab\), a control character; remove it$/,
    );
  });

  it.each(INVISIBLE_CHARS.map((c) => [codePointLabel(c.codePoint), c]))(
    'rejects %s inside a cell, at its own column, naming it',
    (label, c) => {
      const char = String.fromCodePoint(c.codePoint);
      const result = claims('Invented Institute,', `Invented${char} Institute,`);
      // The cell starts at column 123; the character follows "Invented".
      expectProblems(result, ['data/claims.csv:2:132 claimant']);
      expect(result.problems[0]?.message).toBe(
        `holds ${label} ${c.name}, which ${c.effect}; remove it`,
      );
    },
  );

  it('says what a right-to-left override does', () => {
    const result = claims('Invented Institute,', 'Invented \u202Eetutitsni\u202C,');
    expectProblems(
      result,
      ['data/claims.csv:2:133 claimant', 'data/claims.csv:2:143 claimant'],
      /^holds U\+202E RIGHT-TO-LEFT OVERRIDE, which reorders the text around it; remove it$/,
    );
  });

  it('allows a byte-order mark at the very start of a file, not inside a cell', () => {
    expect(validateEdited('claims.csv', (t) => `\uFEFF${t}`).problems).toEqual([]);
    // At the start of a cell it is reported once, as a character, not also as white space.
    const result = claims('Invented Institute,', '\uFEFFInvented Institute,');
    expectProblems(
      result,
      ['data/claims.csv:2:124 claimant'],
      /^holds U\+FEFF ZERO WIDTH NO-BREAK SPACE/,
    );
  });

  it('places a character inside a quoted cell that spans lines and doubles its quotes', () => {
    const result = claims(
      ',stated,2017,2019,,stated,,,\n',
      ',stated,2017,2019,,stated,,,"He said ""no""\u200B\nthen \u2067isolated\u2069 \u001b[0m"\n',
    );
    // Line 2: the note's quote is at column 182, its value starts at 183, the ZWSP follows 12
    // characters of it, and the two doubled quotes add two columns: 183 + 12 + 2. Line 3
    // continues the same cell.
    expectProblems(result, [
      'data/claims.csv:2:197 note',
      'data/claims.csv:3:6 note',
      'data/claims.csv:3:15 note',
      'data/claims.csv:3:17 note',
    ]);
    expect(result.problems.map((p) => p.message.split(',')[0])).toEqual([
      'holds U+200B ZERO WIDTH SPACE',
      'holds U+2067 RIGHT-TO-LEFT ISOLATE',
      'holds U+2069 POP DIRECTIONAL ISOLATE',
      'holds U+001B ESCAPE',
    ]);
  });
});
