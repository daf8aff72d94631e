/**
 * Every rule table of the extractor, row by row: each row's example must do what the row says.
 * A rule is added by adding a row (with its example) to its table.
 */
import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTION_PATTERNS,
  BRACKET_CLAIM_RULES,
  CARRY_RULES,
  SPEECH_VERB_RULES,
} from '../../src/lib/extract/attribution.ts';
import { NOUN_BEFORE_RULES } from '../../src/lib/extract/nounBefore.ts';
import { familyOf } from '../../src/lib/extract/unitWords.ts';
import {
  COUNTRIES,
  OFFICE_NOT_PRESS_RULES,
  SIDE_WORD_RULES,
  officialSide,
  sideOf,
} from '../../src/lib/extract/sides.ts';
import { HEADING_RULES, readHeading } from '../../src/lib/extract/headings.ts';
import { HISTORICAL_RULES } from '../../src/lib/extract/historical.ts';
import { WHO_KINDS } from '../../src/lib/extract/measureSignals.ts';
import { DATE_RULES, datesIn } from '../../src/lib/extract/timeframe.ts';
import { AFTER_RULES } from '../../src/lib/extract/qualifiers.ts';
import { ORIGIN_RULES, originOf } from '../../src/lib/extract/origins.ts';
import { extract } from './helpers.ts';

const plain = (name: string) => name.replace(/^the\s+/i, '').toLowerCase();

describe('speech verbs', () => {
  it.each(SPEECH_VERB_RULES.map((r) => [r.forms[r.forms.length - 1], r]))('%s', (_, rule) => {
    const first = extract(rule.example)[0];
    expect(first, rule.example).toBeDefined();
    expect(plain(first?.claimant ?? '')).toBe(plain(rule.claimant));
  });
});

describe('attribution patterns', () => {
  it.each(ATTRIBUTION_PATTERNS.map((r) => [r.example, r]))('%s', (_, rule) => {
    expect(plain(extract(rule.example)[0]?.claimant ?? '')).toBe(plain(rule.claimant));
  });
});

describe('claimants in brackets', () => {
  it.each(BRACKET_CLAIM_RULES.map((r) => [r.example, r]))('%s', (_, rule) => {
    expect(plain(extract(rule.example)[0]?.claimant ?? '')).toBe(plain(rule.claimant));
  });

  it('does not read a unit conversion, a year or a country alone as a claimant', () => {
    const rows = extract(
      'Azerbaijan took 140 km2 (54 sq mi) of land.\nStrength: 42,600 (1993–94)\nDeaths: 5 (Armenia)',
    );
    expect(rows.map((r) => r.claimant)).toEqual(['article', 'article', 'article', 'article']);
  });
});

describe('office holders named by surname', () => {
  it.each(COUNTRIES.flatMap((c) => c.officials.map((o) => [o, c.side] as const)))(
    '%s is %s',
    (surname, side) => {
      expect(officialSide(`Mr ${surname[0]?.toUpperCase()}${surname.slice(1)}`)).toBe(side);
    },
  );

  it('gives the side of a speaker printed by surname only', () => {
    expect(extract('Pashinyan said 12 soldiers died.')[0]?.claimant_side).toBe('armenia');
  });
});

describe('words that name a side without a country', () => {
  it.each(SIDE_WORD_RULES.map((r) => [r.example, r]))('%s', (_, rule) => {
    expect(sideOf(rule.example)).toBe(rule.side);
  });
});

describe('a claimant named by its role words only', () => {
  it('is the last claimant named with the same head word', () => {
    const rows = extract(
      "Azerbaijan's Ministry of Defence said 10 tanks were destroyed.\nThe ministry added that 6 cannons were destroyed.",
    );
    expect(rows.map((r) => [r.claimant, r.claimant_side])).toEqual([
      ["Azerbaijan's Ministry of Defence", 'azerbaijan'],
      ["Azerbaijan's Ministry of Defence", 'azerbaijan'],
    ]);
  });

  it('stays unknown when no such claimant was named', () => {
    expect(extract('The spokesman said 5 people died.')[0]?.claimant_side).toBe('unknown');
  });
});

describe('row labels', () => {
  it('reads "Reported Deaths:" as a label of people, not as a speaker', () => {
    const rows = extract('Reported Deaths: 218\nReported Injuries: 120+\nDeaths 161+, 200+');
    expect(rows.map((r) => [r.unit, r.claimant])).toEqual([
      ['people', 'article'],
      ['people', 'article'],
      ['people', 'article'],
      ['people', 'article'],
    ]);
  });
});

describe('headings', () => {
  it.each(HEADING_RULES.map((r) => [r.example, r]))('%s', (_, rule) => {
    const read = readHeading(rule.example);
    expect(read?.alone).toBe(true);
    expect(read?.heading.lens).toBe(rule.lens);
    expect(read?.heading.claimant).toBeTruthy();
  });

  it('gives the rows under a heading its claimant and whose losses they are', () => {
    const rows = extract(
      'Per Armenian sources:\n91 troops killed\nAzerbaijani claim:\n560 soldiers killed',
    );
    expect(rows.map((r) => [r.claimant_side, r.counted, r.lens])).toEqual([
      ['armenia', 'armenia', 'self_reported'],
      ['azerbaijan', 'armenia', 'adversary'],
    ]);
  });
});

describe('historical figures', () => {
  it.each(HISTORICAL_RULES.map((r) => [r.example, r]))('%s', (_, rule) => {
    const first = extract(rule.example)[0];
    expect(first?.flags).toContain('historical');
    expect(first?.historical).toContain(rule.kind);
  });

  it('keeps a figure of the current war unmarked', () => {
    const first = extract(
      'The fighting was the worst since the 1994 ceasefire, killing 50 soldiers.',
    )[0];
    expect(first?.flags).not.toContain('historical');
  });
});

describe('kinds of people', () => {
  it.each(WHO_KINDS.map((r) => [r.example, r]))('%s', (_, rule) => {
    expect(rule.measures).toContain(extract(rule.example)[0]?.measure);
  });

  it('a clause that names soldiers and civilians gives the total', () => {
    const first = extract('A total of 350 people, both military and civilian, had died.')[0];
    expect(first?.measure).toBe('total_deaths');
  });
});

describe('dates', () => {
  it.each(DATE_RULES.map((r) => [r.example, r]))('%s', (_, rule) => {
    expect(datesIn(rule.example, '2023-10-05', null)).toHaveLength(1);
  });

  it.each([
    ['By 30 September, officials said 700 soldiers had been killed.', '2020-09-30'],
    ['On 12 September 2022 clashes began; by 14 September nearly 300 had died.', '2022-09-14'],
    ['As of 9 November 2020, 93 civilians had been killed.', '2020-11-09'],
    ['Officials said on Monday that 40 soldiers were killed.', '2020-10-05'],
  ])('%s', (sentence, asOf) => {
    const row = extract(sentence).find((r) => r.unit === 'people');
    expect(row?.as_of).toBe(asOf);
  });
});

describe('qualifiers after the number', () => {
  it.each(AFTER_RULES.map((r) => [r.example, r]))('%s', (_, rule) => {
    const first = extract(`Officials said ${rule.example} soldiers were killed.`)[0];
    expect(first?.qualifier).toBe(rule.qualifier);
  });
});

describe('origins', () => {
  it.each(ORIGIN_RULES.map((r) => [r.example, r]))('%s', (_, rule) => {
    expect(originOf(rule.example)).toBe(rule.origin);
  });
});

describe('sentences that go on from the last speaker', () => {
  it.each(CARRY_RULES.map((r) => [r.example, r]))('%s', (_, rule) => {
    const rows = extract(rule.example);
    expect(rows.length, rule.example).toBeGreaterThanOrEqual(2);
    expect(plain(rows[rows.length - 1]?.claimant ?? '')).toBe(plain(rule.claimant));
  });

  it('leaves a sentence that names nobody in the article voice', () => {
    const rows = extract('Armenian officials said 12 soldiers died. Thousands of people fled.');
    expect(rows.map((r) => r.claimant_side)).toEqual(['armenia', 'press']);
  });

  it('goes on with a warring side in a tally of the same paragraph only', () => {
    const text =
      'The names of 35 soldiers were published by the Armenian Defence Ministry. As of Tuesday, the death toll is 1,008.\nThe death toll stood at 1,010.';
    expect(extract(text).map((r) => r.claimant_side)).toEqual(['armenia', 'armenia', 'press']);
  });
});

describe('counts whose noun stands before them', () => {
  it.each(NOUN_BEFORE_RULES.map((r) => [r.name, r]))('%s', (_, rule) => {
    const row = extract(rule.example).find((r) => r.figure_text === rule.figure);
    expect(row, rule.example).toBeDefined();
    expect(familyOf(row?.unit ?? '')).toBe(familyOf(rule.unit));
  });
});

describe('government offices whose names hold a press or agency word', () => {
  it.each(OFFICE_NOT_PRESS_RULES.map((r) => [r.example, r]))('%s', (_, rule) => {
    expect(sideOf(rule.example)).toBe('azerbaijan');
  });

  it('leaves a news agency the press', () => {
    expect(sideOf('the Azerbaijani news agency')).toBe('press');
  });
});

describe('a speaker named at the end of a paragraph', () => {
  it('goes on into the next paragraph when it names none', () => {
    const text =
      'The Azerbaijani Prosecutor General told reporters on Monday.\nSome 33 injured civilians were hospitalized.';
    expect(extract(text).map((r) => r.claimant_side)).toEqual(['azerbaijan']);
  });

  it('does not reach background of years or a paragraph after the next', () => {
    const text =
      'Armenian officials said 12 soldiers died.\nThe conflict has gone on for 30 years.\nThousands of people fled.';
    expect(extract(text).map((r) => r.claimant_side)).toEqual(['armenia', 'press', 'press']);
  });
});

describe('an office named by role words joined by "of"', () => {
  it('is the last claimant of a side named before', () => {
    const rows = extract(
      'Armenia announced the shelling of its territory. According to the Ministry of Defense, two civilians were wounded.',
    );
    expect(rows.map((r) => r.claimant_side)).toEqual(['armenia']);
  });
});
