import { describe, expect, it } from 'vitest';
import { FurnitureDetector } from '../../src/lib/extract/furniture.ts';
import { datelinePrefixLength, readDateline } from '../../src/lib/extract/dateline.ts';
import { extract } from './helpers.ts';

function kinds(lines: string[]): Array<string | null> {
  const d = new FurnitureDetector();
  return lines.map((l, k) => d.classify(l, k + 1).kind);
}

describe('page furniture', () => {
  it.each([
    [
      'cookie_banner',
      'We use cookies to personalise content. By continuing to browse the website you agree.',
    ],
    ['cookie_banner', 'Accept all cookies'],
    ['comment_form', 'Please enter your comment!'],
    ['comment_form', 'Leave a Reply'],
    ['comment_form', 'Your email address will not be published. Required fields are marked *'],
    ['photo_credit', 'Soldiers at a checkpoint near the border (photo credit: STAFF/AGENCY)'],
    ['photo_credit', 'Photo: Agency archive'],
    ['byline', 'By JANE DOE'],
    ['byline', 'By Jane Doe and John Roe'],
    ['dateline', 'OCTOBER 5, 2020 17:09'],
    ['dateline', '5 October 2020'],
    ['dateline', '5-10-2023 |'],
    ['credit_line', 'Reuters contributed to this report.'],
    ['credit_line', 'Source: AP'],
    ['credit_line', '(Reporting by Jane Doe in Baku; Editing by John Roe)'],
    [
      'author_note',
      'The author is a reporter covering the region. She can be reached at the desk.',
    ],
    ['embedded_post', '\u2014 Jane Doe (@janedoe) October 1, 2020'],
  ])('%s: %s', (kind, line) => {
    expect(kinds([line])).toEqual([kind]);
  });

  it('treats the buttons after a cookie banner as part of it', () => {
    expect(
      kinds(['We use cookies on our website; do you agree to cookies?', 'Yes, I agreeNo thanks']),
    ).toEqual(['cookie_banner', 'cookie_banner']);
  });

  it('does not take ordinary sentences for furniture', () => {
    expect(
      kinds([
        'By Monday, 40 people had been killed in the fighting.',
        'Sources said 200 people died.',
        'The comment by the minister angered the opposition.',
      ]),
    ).toEqual([null, null, null]);
  });

  it('skips a caption printed twice, with and without its credit', () => {
    const caption =
      'Soldiers fire artillery during clashes near the border on September 28, 2020, showing 12 guns';
    const rows = extract(
      [`${caption} (photo credit: AGENCY)`, caption, 'The army said 40 soldiers died.'].join('\n'),
    );
    expect(rows.map((r) => [r.paragraph, r.figure_text])).toEqual([[3, '40']]);
  });

  it('skips a repeated caption even when the first copy had no credit', () => {
    const caption = 'Residents queue for bread in the town square as 300 families wait for aid';
    const rows = extract([caption, caption, 'Officials said 40 soldiers died.'].join('\n'));
    expect(rows.map((r) => r.paragraph)).toEqual([3]);
  });

  it('finds the dateline that opens a wire story', () => {
    expect(datelinePrefixLength('YEREVAN/BAKU, Oct 12 (Reuters) - Armenia said')).toBe(33);
    expect(datelinePrefixLength('Yerevan (Agencies) \u2013 The government said')).toBe(21);
    expect(datelinePrefixLength('The government (in Baku) said - nothing')).toBe(0);
  });

  it('reads datelines, day first only when the numbers say so', () => {
    expect(readDateline('OCTOBER 5, 2020 17:09')?.date).toBe('2020-10-05');
    expect(readDateline('25-10-2023')?.date).toBe('2023-10-25');
    expect(readDateline('25-10-2023')?.reading).toContain('day first');
    expect(readDateline('The army said 40 soldiers died.')).toBeUndefined();
  });
});
