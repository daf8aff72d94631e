import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { readLedger } from '../../src/lib/data/readLedgerFiles.ts';
import { buildModel } from '../../src/lib/view/buildModel.ts';
import { dataBundleFiles } from '../../src/lib/view/dataBundleFiles.ts';
import { buildDataZip } from '../../src/lib/download/dataBundle.ts';
import { NO_FILTERS } from '../../src/lib/state/filterQuery.ts';

// tests/fixtures/hostile: a made-up ledger whose text cells look like spreadsheet formulas.
const model = buildModel(readLedger('tests/fixtures/hostile'));
const shown = model.claims;
const files = unzipSync(buildDataZip(dataBundleFiles(model, shown, NO_FILTERS, '2026-01-01')));
const table = (name: string) =>
  parse(strFromU8(files[name] as Uint8Array), { bom: true, columns: true }) as Record<
    string,
    string
  >[];

describe('the data zip on hostile cells', () => {
  it('neutralises every formula-like text cell and leaves numbers alone', () => {
    const claims = table('claims-with-sources.csv');
    const a = claims.find((r) => r.claim_id === 'hostile-a');
    const b = claims.find((r) => r.claim_id === 'hostile-b');
    expect(a?.claimant).toBe("'=cmd|' /C calc'!A0");
    expect(a?.note).toBe("'@evil, with a comma");
    expect(a?.publisher).toBe('\'=HYPERLINK("http://example.invalid")');
    expect(a?.byline).toBe("'@SUM(A1:A9)");
    expect(b?.claimant).toBe("'+Azerbaijani government");
    expect(b?.note).toBe("'-1 is text here");
    expect(b?.figure_text).toBe('1,900');
    expect(b?.value).toBe('1900');
    const events = table('events.csv');
    expect(events[0]?.title).toBe("'=1+2 made-up event");
  });

  it('says in its README that no filter was applied', () => {
    expect(strFromU8(files['README.md'] as Uint8Array)).toMatch(/none/i);
  });

  it('the engine still compares the two made-up claims', () => {
    const verdicts = table('verdicts.csv');
    expect(verdicts.map((v) => v.verdict)).toContain('contradict');
  });
});
