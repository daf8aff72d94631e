import { describe, expect, it } from 'vitest';
import { extract, only } from './helpers.ts';

describe('claimant', () => {
  it.each([
    // [text, figure_text, claimant, side]
    ['According to the UN, 300 people fled.', '300', 'UN', 'international'],
    [
      'According to the Stockholm International Peace Research Institute (SIPRI), sales reached $40 million.',
      '$40 million',
      'Stockholm International Peace Research Institute (SIPRI)',
      'independent',
    ],
    [
      'According to data from the Institute for War Studies, 70% of the arsenal was imported.',
      '70%',
      'Institute for War Studies',
      'independent',
    ],
    ['At least 12 soldiers died, according to officials.', 'At least 12', 'officials', 'unknown'],
    ['Armenia claims that 800 troops were killed.', '800', 'Armenian government', 'armenia'],
    [
      'Azerbaijan says that 1,900 soldiers have died.',
      '1,900',
      'Azerbaijani government',
      'azerbaijan',
    ],
    ['Yerevan announced the deaths of 104 soldiers.', '104', 'Armenian government', 'armenia'],
    ['Baku has announced the death of 18 civilians.', '18', 'Azerbaijani government', 'azerbaijan'],
    ['The defence ministry said 40 soldiers were wounded.', '40', 'defence ministry', 'unknown'],
    [
      "Azerbaijan's Defense Ministry said 40 soldiers were wounded.",
      '40',
      "Azerbaijan's Defense Ministry",
      'azerbaijan',
    ],
    ['Experts estimate that 60% of the weapons came from abroad.', '60%', 'Experts', 'independent'],
    [
      'Azerbaijani President Ilham Aliyev in 2016 confirmed that his country had bought $4 billion in equipment.',
      '$4 billion',
      'Azerbaijani President Ilham Aliyev',
      'azerbaijan',
    ],
    [
      'The army lost 30 tanks, the Turkish defence minister told reporters.',
      '30',
      'Turkish defence minister',
      'turkey',
    ],
    ['Israeli media reported that 12 drones were delivered.', '12', 'Israeli media', 'press'],
    ['"We lost 20 helicopters," Maria Olsen told the news site.', '20', 'Maria Olsen', 'unknown'],
    [
      '"We lost 20 helicopters," said Maria Olsen, a senior officer.',
      '20',
      'Maria Olsen',
      'unknown',
    ],
    ['Maria Olsen said: "We lost 20 helicopters."', '20', 'Maria Olsen', 'unknown'],
    [
      'Tomas Berg, an adviser to the president, said 15 villages were shelled.',
      '15',
      'Tomas Berg',
      'unknown',
    ],
    ['The storm killed 40 people.', '40', 'article', 'press'],
  ] as const)('%s', (text, figure, claimant, side) => {
    const c = only(text, figure);
    expect(c.claimant).toBe(claimant);
    expect(c.claimant_side).toBe(side);
  });

  // One row per way the side is read from context rather than from the speaker's own words.
  it.each([
    [
      "Azerbaijan's Defence Ministry reported new losses.\n12 soldiers were wounded, it said.",
      '12',
      "Azerbaijan's Defence Ministry",
      'azerbaijan',
    ],
    ['It is believed that 12 soldiers were wounded.', '12', 'article', 'press'],
    [
      '"Six tanks were hit overnight," said the statement from the Armenian Defence Ministry.',
      'Six',
      'Armenian Defence Ministry',
      'armenia',
    ],
    [
      'The Defence Ministry in Baku said in a statement on Friday that "80 soldiers were killed in the war".',
      '80',
      'Defence Ministry in Baku',
      'azerbaijan',
    ],
    [
      "Armenian troops repelled an attack with 9 tanks, the country's Defence Ministry said.",
      '9',
      'Armenian Defence Ministry',
      'armenia',
    ],
    [
      'The defence ministry of the breakaway region said 7 drones were downed.',
      '7',
      'defence ministry of the breakaway region',
      'armenia',
    ],
    [
      'The health ministry of the Nagorno-Karabakh region said 11 civilians died.',
      '11',
      'health ministry of the Nagorno-Karabakh region',
      'armenia',
    ],
    [
      'Lena Voss, the ombudsman of the self-proclaimed republic, said 14 civilians were hurt.',
      '14',
      'Lena Voss',
      'armenia',
    ],
    [
      'According to Pashinyan, 20 villages were shelled.\nThe prime minister said 300 soldiers were missing.',
      '300',
      'Pashinyan',
      'armenia',
    ],
    [
      "Azerbaijan's Defence Ministry says 900 soldiers were wounded, while over 50 missing.",
      'over 50',
      "Azerbaijan's Defence Ministry",
      'azerbaijan',
    ],
    [
      'According to reporting by a news channel, the war lasted 44 days.',
      '44 days',
      'reporting by a news channel',
      'press',
    ],
  ] as const)('side from context: %s', (text, figure, claimant, side) => {
    const c = only(text, figure);
    expect(c.claimant).toBe(claimant);
    expect(c.claimant_side).toBe(side);
  });

  it('does not take scare quotes for speech', () => {
    const text = [
      'Maria Olsen said the talks would resume.',
      'The so-called "44-day war" ended in 2020.',
    ].join('\n');
    expect(only(text, '44-day').claimant).toBe('article');
  });

  it('uses the outlet for figures in the article’s own voice', () => {
    expect(only('The storm killed 40 people.', '40', { publisher: 'Daily Example' }).claimant).toBe(
      'Daily Example',
    );
  });

  it('gives each clause its own speaker', () => {
    const rows = extract('Armenia says 800 soldiers died; Azerbaijan says 1,900 soldiers died.');
    expect(rows.map((r) => r.claimant)).toEqual(['Armenian government', 'Azerbaijani government']);
  });

  it('carries a speaker over to "he said"', () => {
    const text = [
      'Armenian Ambassador Armen Petrosyan spoke to reporters on Monday.',
      'Petrosyan said the embassy would reopen.',
      'He said 30 diplomats had left.',
    ].join('\n');
    const c = only(text, '30');
    expect(c.claimant).toBe('Armen Petrosyan');
    expect(c.claimant_side).toBe('armenia');
  });

  it('resolves a surname printed with another spelling to the full name', () => {
    const text = [
      'The Armenian envoy Armen Petrosyan gave an interview.',
      '"In two or three days, the shipments will stop," Petrosyn told the site.',
    ].join('\n');
    const c = only(text, 'two or three days');
    expect(c.claimant).toBe('Armen Petrosyan');
    expect(c.claimant_side).toBe('armenia');
  });

  it('keeps a fronted "before ..." clause out of a later "according to"', () => {
    const c = only(
      'Weeks before the army launched its 24-hour assault, cargo planes landed, according to flight data.',
      '24-hour',
    );
    expect(c.claimant_side).toBe('press');
    expect(c.flags).toContain('claimant');
  });

  it('marks hedged wording', () => {
    expect(
      only('It is speculated that 60 percent of the arms came from abroad.', '60 percent').hedge,
    ).toBe('speculated');
    expect(only('Experts estimate that 60 percent came from abroad.', '60 percent').hedge).toBe(
      'estimated',
    );
    expect(only('The ministry said 60 soldiers died.', '60').hedge).toBe('stated');
  });
});
