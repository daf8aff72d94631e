import { describe, expect, it } from 'vitest';
import { countryName, flowOf } from '../../src/lib/reference/flows.ts';

describe('flowOf: the ledger’s counted value as a flow in SIPRI’s names', () => {
  const cases: [string, ReturnType<typeof flowOf>][] = [
    ['israel_to_azerbaijan', { supplier: 'Israel', recipient: 'Azerbaijan' }],
    ['turkey_to_azerbaijan', { supplier: 'Turkiye', recipient: 'Azerbaijan' }],
    ['russia_to_armenia', { supplier: 'Russia', recipient: 'Armenia' }],
    [
      'united_arab_emirates_to_south_africa',
      { supplier: 'United Arab Emirates', recipient: 'South Africa' },
    ],
    ['azerbaijan', null],
    ['both_sides', null],
    ['arms_halt_forecast', null],
  ];
  for (const [counted, flow] of cases) {
    it(counted, () => expect(flowOf(counted)).toEqual(flow));
  }

  it('keeps small words lower-case, as SIPRI does', () => {
    expect(countryName('bosnia_and_herzegovina')).toBe('Bosnia and Herzegovina');
  });
});
