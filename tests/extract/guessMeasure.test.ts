import { describe, expect, it } from 'vitest';
import { only } from './helpers.ts';

describe('measure and counted', () => {
  it.each([
    // [sentence, figure_text, measure, counted]
    [
      'Israel sold US$ 375 million worth of drones to Azerbaijan.',
      'US$ 375 million',
      'arms_sales_value',
      'israel_to_azerbaijan',
    ],
    [
      'Israel receives 40% of its oil from Azerbaijan.',
      '40%',
      'oil_supply_share',
      'azerbaijan_to_israel',
    ],
    [
      'Israel supplied 60 percent of the armaments of the Azerbaijani army.',
      '60 percent',
      'arms_stock_share',
      'israel_to_azerbaijan',
    ],
    [
      'Israel supplied Azerbaijan with 70% of its arms imports between 2016 and 2020.',
      '70%',
      'arms_import_share',
      'israel_to_azerbaijan',
    ],
    ['Baku said 300 Armenian soldiers were killed.', '300', 'military_deaths', 'armenia'],
    [
      'YEREVAN/BAKU, Oct 12 (Reuters) - Armenia said that 2,425 of its soldiers had been killed.',
      '2,425',
      'military_deaths',
      'armenia',
    ],
    ['Yerevan said eight civilians were killed.', 'eight', 'civilian_deaths', 'armenia'],
    ['The fighting has killed hundreds on both sides.', 'hundreds', 'total_deaths', 'both_sides'],
    ['The clashes left scores of people wounded.', 'scores', 'total_wounded', 'both_sides'],
    ['Over 100,000 people fled the enclave.', 'Over 100,000', 'people_fled', 'karabakh_armenians'],
    ['Several Azerbaijani planes were shot down.', 'Several', 'aircraft_downed', 'azerbaijan'],
    ['The enclave covers 4,400 square kilometers.', '4,400 square kilometers', 'area', 'karabakh'],
    ['The fighting entered its ninth day.', 'ninth', 'fighting_duration', 'both_sides'],
    [
      'It is the deadliest war in the region for more than 25 years.',
      'more than 25 years',
      'elapsed_time',
      'since_deadlier_fighting',
    ],
  ] as const)('%s', (sentence, figure, measure, counted) => {
    const c = only(sentence, figure);
    expect([c.measure, c.counted]).toEqual([measure, counted]);
    expect(c.measure_confidence).toBeGreaterThan(0);
  });

  it('leaves measure empty and flags it when nothing fits', () => {
    const c = only('The library holds 12,000 books.', '12,000');
    expect(c.measure).toBe('');
    expect(c.flags).toContain('measure');
    expect(c.measure_confidence).toBe(0);
  });
});
