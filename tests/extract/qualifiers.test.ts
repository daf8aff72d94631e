import { describe, expect, it } from 'vitest';
import { boundsOf } from '../../src/lib/extract/qualifiers.ts';
import { only } from './helpers.ts';

describe('qualifiers and the bounds they imply', () => {
  it.each([
    // [sentence, figure_text, qualifier, low, high]
    ['At least 40 people died in the flood.', 'At least 40', 'at_least', 40, null],
    ['No fewer than 12 villages were hit by shells.', 'No fewer than 12', 'at_least', 12, null],
    ['More than 300 soldiers were wounded.', 'More than 300', 'more_than', 300, null],
    ['The rally drew over 5,000 people.', 'over 5,000', 'more_than', 5000, null],
    ['The war killed just over 6,000 troops.', 'just over 6,000', 'more_than', 6000, null],
    ['The army lost nearly 70% of its tanks.', 'nearly 70%', 'nearly', null, 70],
    ['Almost 20 civilians were hurt.', 'Almost 20', 'nearly', null, 20],
    ['It ended barely three days later.', 'barely three days', 'barely', null, 3],
    ['About 90 refugees arrived on foot.', 'About 90', 'about', null, null],
    ['Around 15 people were evacuated.', 'Around 15', 'about', null, null],
    ['Some 200 troops crossed the line.', 'Some 200', 'about', null, null],
    ['Roughly 1,000 residents stayed.', 'Roughly 1,000', 'about', null, null],
    ['Approximately 45 percent voted.', 'Approximately 45 percent', 'about', null, null],
    ['Up to 50 soldiers may have died.', 'Up to 50', 'up_to', 0, 50],
    ['As many as 5,000 people fled.', 'As many as 5,000', 'up_to', 0, 5000],
    ['Fewer than 10 soldiers returned.', 'Fewer than 10', 'up_to', 0, 10],
    ['The talks could last two or three days.', 'two or three days', 'range', 2, 3],
    ['Turnout was 40-45 percent.', '40-45 percent', 'range', 40, 45],
    ['Between 7,000 and 8,000 people left.', 'Between 7,000 and 8,000', 'range', 7000, 8000],
    ['Dozens of people were injured.', 'Dozens', 'vague', 24, 99],
    ['Hundreds of people were killed.', 'Hundreds', 'vague', 200, 999],
    ['Thousands of residents fled.', 'Thousands', 'vague', 2000, 9999],
    ['The storm left scores of people wounded.', 'scores', 'vague', 40, 199],
    ['Several planes were shot down.', 'Several', 'vague', 3, 9],
    ['Officials said 120 or more soldiers died.', '120 or more', 'at_least', 120, null],
    ['Officials said 1,900 soldiers died.', '1,900', 'exact', 1900, 1900],
  ] as const)('%s', (sentence, figure, qualifier, low, high) => {
    const c = only(sentence, figure);
    expect(c.qualifier).toBe(qualifier);
    expect(c.low).toBe(low);
    expect(c.high).toBe(high);
  });

  it('bounds follow the data dictionary', () => {
    expect(boundsOf('exact', 5, null)).toEqual({ low: 5, high: 5 });
    expect(boundsOf('about', 5, null)).toEqual({ low: null, high: null });
    expect(boundsOf('up_to', 5, null)).toEqual({ low: 0, high: 5 });
    expect(boundsOf('range', 2, 3)).toEqual({ low: 2, high: 3 });
  });
});
