/**
 * The importer and the comparisons on the real export, SIPRI's trade register generated on
 * 3 January 2025, which lives beside the checkout (../shared/reference, see ../shared/SOURCES.md;
 * CI has it). These tests never skip: without the file they fail and say where it should be.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLedger } from '../../src/lib/data/readLedgerFiles.ts';
import {
  buildSipriReference,
  recipientsNamed,
} from '../../src/lib/reference/buildSipriReference.ts';
import { importSipriExport, type SipriExport } from '../../src/lib/reference/importSipriExport.ts';
import { readSipriReference } from '../../src/lib/reference/readSipriReference.ts';
import { DEFAULT_EXPORT } from '../../src/lib/reference/sipriCliOptions.ts';
import {
  compareWithSipri,
  type ComparableClaim,
  type SipriComparison,
  type SipriReference,
} from '../../src/lib/reference/sipriComparisons.ts';
import { supplierShare, flowTiv } from '../../src/lib/reference/sipriSeries.ts';
import { transferTotals } from '../../src/lib/reference/transferTotals.ts';

const EXPORT = resolve(DEFAULT_EXPORT);
const israel = { supplier: 'Israel', recipient: 'Azerbaijan' };

let bytes: Buffer;
let imported: SipriExport;
beforeAll(() => {
  if (!existsSync(EXPORT)) {
    throw new Error(
      `The real SIPRI export is expected at ${EXPORT} (beside the checkout, as CI has it; see ../shared/SOURCES.md).`,
    );
  }
  bytes = readFileSync(EXPORT);
  imported = importSipriExport(bytes.toString('utf8'), DEFAULT_EXPORT);
});

describe('the real export (generated 3 January 2025)', () => {
  it('imports whole: notes, every row, no unknown column', () => {
    expect({ ...imported.notes, lines: undefined }).toEqual({
      suppliers: 'All countries',
      recipients: 'All countries',
      yearFrom: 2000,
      yearTo: 2030,
      tivUnit: 'millions',
      source: 'SIPRI Arms Transfers Database',
      generated: '2025-01-03T21:16:02',
      lines: undefined,
    });
    expect(imported.rows).toBe(20480);
    expect(imported.deliveryYears).toEqual([2000, 2023]);
    expect(imported.ignoredColumns).toEqual([]);
    // One row (a 2019 delivery to the Philippines) leaves both estimate flags empty.
    const unknownFlags = imported.deliveries.filter(
      (d: { delivery_year_estimate: boolean | null }) => d.delivery_year_estimate === null,
    );
    expect(unknownFlags.numRows()).toBe(1);
  });

  it("gives the figures the issue expects: Israel's shares near 60 % (2015-19) and 68 % (2016-20)", () => {
    const totals = transferTotals(imported.deliveries, ['Azerbaijan']);
    expect(supplierShare(totals, israel, { from: 2015, to: 2019 }).share).toBeCloseTo(59.76, 2);
    expect(supplierShare(totals, israel, { from: 2016, to: 2020 }).share).toBeCloseTo(67.74, 2);
    expect(flowTiv(totals, israel, { from: 2017, to: 2019 })).toBe(425.25);
  });
});

describe('data/reference/sipri-transfers.csv and its release', () => {
  let committed: SipriReference;
  beforeAll(() => {
    const read = readSipriReference('data');
    if ('missing' in read) throw new Error(read.missing);
    committed = read;
  });

  it('is exactly what npm run sipri makes of the real export for the ledger (no hand edits)', () => {
    const claims = readLedger('data').claims.objects() as { measure: string; counted: string }[];
    const built = buildSipriReference(imported, {
      recipients: recipientsNamed(claims),
      exportFile: basename(EXPORT),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    if ('error' in built) throw new Error(built.error);
    expect(committed.release).toEqual(built.release);
    expect(readFileSync('data/reference/sipri-transfers.csv', 'utf8')).toBe(built.totals.toCSV());
  });

  it('compares every SIPRI-derived figure of the ledger as a fact-checker would', () => {
    const claims = readLedger('data').claims.objects() as ComparableClaim[];
    const rows = compareWithSipri(claims, committed);
    const printed = (value: number, unit: string) =>
      rows.filter((r) =>
        claims.find((c) => c.claim_id === r.claim_id && c.value === value && c.unit === unit),
      );
    const only = (list: SipriComparison[]) => {
      expect(list.length).toBeGreaterThan(0);
      return list;
    };
    // US$ 375 million for 2017-2019 (printed twice): this release gives 425 million TIV.
    for (const r of only(printed(375e6, 'USD'))) {
      expect(r).toMatchObject({
        outcome: 'differs',
        window_from: 2017,
        window_to: 2019,
        database: 425.25,
      });
      expect(r.explanation).toMatch(
        /as 425 million TIV, not US\$ 375 million as printed: 50 million \(13 %\) more/,
      );
      expect(r.explanation).toMatch(/trend-indicator value/);
      expect(r.explanation).toMatch(/revisions since its 2020 release/);
    }
    // More than $740 million over 2015-2019: 787 million TIV, within the wording.
    for (const r of only(printed(740e6, 'USD'))) {
      expect(r).toMatchObject({ outcome: 'within_wording', database: 787.2 });
    }
    // 60 percent, printed with no window in October 2020: 2015-2019, inferred; it matches.
    for (const r of only(printed(60, 'percent'))) {
      expect(r).toMatchObject({
        outcome: 'matches',
        window_from: 2015,
        window_to: 2019,
        database_rounded: 60,
      });
    }
    // Nearly 70 % for 2016-2020: 68 % in this release.
    for (const r of only(printed(70, 'percent'))) {
      expect(r).toMatchObject({
        outcome: 'within_wording',
        window_from: 2016,
        database_rounded: 68,
      });
    }
    // A head of state's purchase total is not a TIV and is not compared.
    for (const r of only(printed(4.85e9, 'USD'))) expect(r.outcome).toBe('not_compared');
  });
});
