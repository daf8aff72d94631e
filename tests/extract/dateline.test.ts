import { describe, expect, it } from 'vitest';
import { readDateline } from '../../src/lib/extract/dateline.ts';
import { extract } from './helpers.ts';

describe('datelines in day-first and month-first forms', () => {
  it.each([
    // [line, date, words the reading states]
    ['5-10-2023', '2023-10-05', 'day first'],
    ['5-10-2023 |', '2023-10-05', 'day first'],
    ['5.10.2023', '2023-10-05', 'day first'],
    ['10/5/2023', '2023-10-05', 'month first'],
    ['25-10-2023', '2023-10-25', '25 is no month'],
    ['10/25/2023', '2023-10-25', '25 is no month'],
    ['October 5, 2023', '2023-10-05', 'October 5, 2023'],
    ['5 October 2023', '2023-10-05', '5 October 2023'],
    ['OCTOBER 5, 2020 17:09', '2020-10-05', 'OCTOBER 5, 2020'],
    ['2023-10-05', '2023-10-05', '2023-10-05'],
  ])('%s', (line, date, words) => {
    const read = readDateline(line);
    expect(read?.date).toBe(date);
    expect(read?.reading).toContain(words);
  });

  it('says how an ambiguous dateline would read the other way', () => {
    expect(readDateline('5-10-2023')?.reading).toContain('10 May 2023');
  });

  it('states the reading in the note of every candidate dated by it', () => {
    const rows = extract('5-10-2023\nOfficials said 40 soldiers were killed.', { published: null });
    expect(rows[0]?.note).toContain('published 2023-10-05: dateline "5-10-2023" read day first');
    expect(rows[0]?.flags).not.toContain('published');
  });
});

describe('datelines inside a wire credit', () => {
  it.each([
    [
      'MOSCOW (UrduPoint News / Sputnik - 01st October, 2020) Officials said 40 soldiers were killed on Wednesday.',
      '2020-09-30',
    ],
    [
      'YEREVAN (Sputnik - October 27, 2020) Officials said on Tuesday that 40 soldiers were killed.',
      '2020-10-27',
    ],
  ])('%s', (text, asOf) => {
    const row = extract(text, { published: null })[0];
    expect(row?.figure_text).toBe('40');
    expect(row?.as_of).toBe(asOf);
    expect(row?.note).toContain('in the wire credit');
  });

  it('blanks the credit so its place names and date are not figures or speakers', () => {
    const rows = extract('BAKU, Oct 5 (Reuters) - Armenian officials said 12 soldiers died.');
    expect(rows.map((r) => [r.figure_text, r.claimant_side])).toEqual([['12', 'armenia']]);
  });

  it('does not take a bracket without a dash or a date for a credit', () => {
    const rows = extract('Human Rights Watch (HRW) said 30 houses were damaged.');
    expect(rows[0]?.claimant).toContain('Human Rights Watch');
    expect(rows[0]?.claimant_side).toBe('independent');
  });
});
