/** Shared by the reference tests: the fixture export, imported and summed, with a release. */
import { readFileSync } from 'node:fs';
import { importSipriExport } from '../../src/lib/reference/importSipriExport.ts';
import type { SipriReference } from '../../src/lib/reference/sipriComparisons.ts';
import type { SipriRelease } from '../../src/lib/reference/sipriResource.ts';
import { transferTotals } from '../../src/lib/reference/transferTotals.ts';

export const FIXTURE_EXPORT = 'tests/fixtures/sipri/valid.csv';

export const fixtureImport = () =>
  importSipriExport(readFileSync(FIXTURE_EXPORT, 'utf8'), FIXTURE_EXPORT);

/** The fixture's release as `npm run sipri` would record it (hash left out). */
export const FIXTURE_RELEASE: SipriRelease = {
  generated: '2025-01-03T21:16:02',
  exportFile: 'valid.csv',
  sha256: '',
  yearRange: [2015, 2030],
  deliveryYears: [2015, 2020],
  suppliers: 'All countries',
  recipients: 'All countries',
  registerRows: 11,
  recipientsKept: ['Azerbaijan'],
  citation: 'Source: SIPRI Arms Transfers Database. Data generated: 3 January 2025.',
};

export function fixtureReference(): SipriReference {
  return {
    totals: transferTotals(fixtureImport().deliveries, ['Azerbaijan']),
    release: FIXTURE_RELEASE,
  };
}
