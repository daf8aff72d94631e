/**
 * The reference table as the report, the notebook and the tests read it: the totals CSV that
 * `npm run sipri` wrote, with the release the Data Package descriptor records for it. Pure (the
 * caller reads the files), like the ledger's loader.
 */
import * as aq from 'arquero';
import type { SipriReference } from './sipriComparisons.ts';
import { releaseOf } from './sipriResource.ts';

const NUMBER_COLUMNS = ['year', 'tiv', 'tiv_estimated', 'deliveries', 'deliveries_under_half'];

/** The reference table and its release; null when the descriptor records no SIPRI release. */
export function loadSipriReference(descriptor: unknown, csvText: string): SipriReference | null {
  const release = releaseOf(descriptor);
  if (!release) return null;
  const totals = aq.fromCSV(csvText.replace(/^\uFEFF/, ''), {
    autoType: false,
    parse: Object.fromEntries(NUMBER_COLUMNS.map((c) => [c, Number])),
  });
  return { totals, release };
}
