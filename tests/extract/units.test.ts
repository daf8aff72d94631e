import { describe, expect, it } from 'vitest';
import { only } from './helpers.ts';

describe('units', () => {
  it.each([
    // [sentence, figure_text, value, unit]
    ['The deal was worth US$ 375 million.', 'US$ 375 million', 375000000, 'USD'],
    ['The deal was worth US$375m.', 'US$375m', 375000000, 'USD'],
    ['It paid $4.85 billion for the jets.', '$4.85 billion', 4850000000, 'USD'],
    ['It paid 20 million dollars for spare parts.', '20 million dollars', 20000000, 'USD'],
    ['It paid USD 12 million in fees.', 'USD 12 million', 12000000, 'USD'],
    ['The bill came to 4.1 billion euros.', '4.1 billion euros', 4100000000, 'EUR'],
    ['The bill came to \u20ac300m.', '\u20ac300m', 300000000, 'EUR'],
    ['The bill came to EUR 15 million.', 'EUR 15 million', 15000000, 'EUR'],
    ['Prices rose 12%.', '12%', 12, 'percent'],
    ['Prices rose 12 percent.', '12 percent', 12, 'percent'],
    ['Prices rose 12 per cent.', '12 per cent', 12, 'percent'],
    ['Nearly half of the residents left their homes.', 'Nearly half', 50, 'percent'],
    ['The region covers 4,400 square kilometers.', '4,400 square kilometers', 4400, 'km2'],
    ['The region covers 4,400 square kilometres.', '4,400 square kilometres', 4400, 'km2'],
    ['The region covers 4,400 km2.', '4,400 km2', 4400, 'km2'],
    ['The region covers 4,400 km\u00b2.', '4,400 km\u00b2', 4400, 'km2'],
    ['The region covers 1,700 square miles.', '1,700 square miles', 1700, 'sq_mi'],
    ['The region covers 1,700 sq mi.', '1,700 sq mi', 1700, 'sq_mi'],
    ['The battle lasted five days.', 'five days', 5, 'days'],
    ['The truce held for two weeks.', 'two weeks', 14, 'days'],
    ['It was a 24-hour offensive.', '24-hour', 24, 'hours'],
    ['It was a five-day war.', 'five-day', 5, 'days'],
    ['The dispute has lasted three decades.', 'three decades', 30, 'years'],
    ['The clashes continued for a fifth straight day.', 'fifth', 5, 'days'],
    ['Officials said 104 soldiers were killed.', '104', 104, 'people'],
    ['Officials said 350 Azerbaijani soldiers were killed.', '350', 350, 'people'],
    ['The shelling killed 12 Armenians.', '12', 12, 'people'],
    ['The blast killed eight civilians.', 'eight', 8, 'people'],
    ['The clashes have killed dozens.', 'dozens', 24, 'people'],
    ['Several helicopters were shot down.', 'Several', 3, 'helicopters'],
    ['The army lost 37 tanks.', '37', 37, 'tanks'],
    ['Baku said 12 armoured vehicles were destroyed.', '12', 12, 'armoured_vehicles'],
    ['The ministry said 25 artillery pieces were destroyed.', '25', 25, 'artillery'],
    ['It claimed 33 tanks and armoured vehicles.', '33', 33, 'armour'],
    ['It said 2 S-300 launchers were destroyed.', '2', 2, 'air_defence'],
    ['One Mi-24 helicopter was shot down.', 'One', 1, 'helicopters'],
    ['Baku said it destroyed one 9K33 Osa missile system.', 'one', 1, 'air_defence'],
    ['Baku said it destroyed one KS-19 air defence gun.', 'one', 1, 'air_defence'],
    ['The strike resulted in one civilian death.', 'one', 1, 'people'],
    ['Armenia said it downed 14 drones.', '14', 14, 'drones'],
    ['Four separate ballistic missile attacks hit the city.', 'Four', 4, 'incidents'],
    ['The fighting killed 92 military and civilian casualties.', '92', 92, 'people'],
    ['The death toll from the clashes rose to 1,234 on Tuesday.', '1,234', 1234, 'people'],
    ['The enclave had a population of about 120,000.', 'about 120,000', 120000, 'people'],
    ['"We have lost more than 3,000 of our best men," he said.', 'more than 3,000', 3000, 'people'],
    ['Russia deployed nearly 2,000 peacekeepers.', 'nearly 2,000', 2000, 'people'],
  ] as const)('%s', (sentence, figure, value, unit) => {
    const c = only(sentence, figure);
    expect(c.value).toBe(value);
    expect(c.unit).toBe(unit);
  });

  it('keeps a unit the ledger lacks as a note and flags it', () => {
    const c = only('The siege lasted six months.', 'six months');
    expect(c.unit).toBe('');
    expect(c.note).toContain('months');
    expect(c.flags).toContain('unit');
  });

  it('keeps a count of something else, flagged for review', () => {
    const c = only('The army lost 37 bridges.', '37');
    expect(c.unit).toBe('');
    expect(c.flags).toContain('unit');
  });
});
