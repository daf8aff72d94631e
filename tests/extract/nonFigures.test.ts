import { describe, expect, it } from 'vitest';
import { figureTexts } from './helpers.ts';

describe('numbers that are not figures', () => {
  it.each([
    ['a year standing alone', 'The talks resumed in 2016 after a pause.'],
    ['a period of years', 'Sales grew between 2017 and 2019.'],
    ['a decade', 'The war of the 1990s left deep scars.'],
    ['a date, month first', 'Fighting broke out on September 27.'],
    ['a date, abbreviated month', 'The offensive began on Sept. 19.'],
    ['a date, day first', 'The ceasefire began on 10 November.'],
    ['a date with a year', 'The post was dated October 1, 2020.'],
    ['a numeric date', 'The page was updated 5-10-2023 at noon.'],
    ['a clock time', 'The statement came at 17:09 local time.'],
    ['a clock time with p.m.', 'The sirens sounded at 5 p.m. on the coast.'],
    ['a model code', 'The air force flies the F-16 and the Su-25.'],
    ['a name with a number', 'Data from the tracking site Flightradar 24 showed the route.'],
    ['a web address', 'Details are at https://example.org/2020/10/05/report-12.'],
    ['a handle', 'The minister posted on @defence2020 about it.'],
    ['a reference to two things', 'The two countries signed a deal.'],
    ['"one" as a pronoun', 'One of the ministers resigned.'],
    ['"one" as a determiner', 'Azerbaijan has one condition for peace.'],
    ['a vague word for something uncounted', 'The ministry released several videos.'],
    ['an ordinal that is not a span', 'It was the first visit by a minister.'],
    ['a hyphenated adjective of another kind', 'The army fired 155-mm shells.'],
    ['a fraction that is not a share', 'The second half of the match was tense.'],
    ['"decades-old"', 'It is a decades-old conflict.'],
    ['an age', 'A 10-year-old boy was among those hurt.'],
    ['an age in words', 'The victim was 34 years old.'],
    ['a year used as an adjective', 'The 2020 war ended with a deal.'],
  ])('%s', (_, sentence) => {
    expect(figureTexts(sentence)).toEqual([]);
  });

  it('keeps a four-digit count with a unit or currency', () => {
    expect(figureTexts('The bill came to $2000, and 1500 soldiers were paid.')).toEqual([
      '$2000',
      '1500',
    ]);
  });

  it('drops the window of a money or share figure but keeps other spans', () => {
    expect(figureTexts('Over the past five years, it sold arms worth $740 million.')).toEqual([
      '$740 million',
    ]);
    expect(figureTexts('Over the past five days, hundreds of people were killed.')).toEqual([
      'five days',
      'hundreds',
    ]);
  });
});
