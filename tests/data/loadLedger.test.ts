import { describe, expect, it } from 'vitest';
import { readLedger } from '../../src/lib/data/readLedgerFiles.ts';
import { loadLedger } from '../../src/lib/data/loadLedger.ts';
import type { LedgerClaim } from '../../src/lib/data/types.ts';

const ledger = readLedger('data');
const claims = ledger.claims.objects() as LedgerClaim[];
const byId = new Map(claims.map((c) => [c.claim_id, c]));

describe('loadLedger on the real data', () => {
  it('reads every row of the three files', () => {
    expect(ledger.sources.numRows()).toBe(6);
    expect(ledger.claims.numRows()).toBeGreaterThanOrEqual(30);
    expect(ledger.events.numRows()).toBeGreaterThanOrEqual(10);
  });

  it('types numbers as numbers and empty cells as null, guessing nothing', () => {
    const c = byId.get('asianews-armenian-soldiers-1900');
    expect(c?.value).toBe(1900);
    expect(c?.paragraph).toBe(9);
    expect(c?.period_start).toBeNull();
    const open = byId.get('asianews-azerbaijani-troops-800');
    expect(open?.high).toBeNull();
    // Partial dates stay text at their printed precision, never Date objects.
    expect(byId.get('unid20-aliyev-usd-4-85bn')?.as_of).toBe('2016');
  });

  it('joins every claim to its source', () => {
    for (const c of claims) {
      expect(c.publisher, c.claim_id).toBeTruthy();
      expect(c.archive_file, c.claim_id).toMatch(/\.txt$/);
      expect(c.published, c.claim_id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(byId.get('jpost-oil-share-40')?.publisher).toBe('The Jerusalem Post');
  });

  it('derives a topic for every claim, spans following what they time', () => {
    expect(byId.get('asianews-sipri-usd-375m')?.topic).toBe('arms');
    expect(byId.get('ap23-exodus-two-weeks')?.topic).toBe('displacement');
    expect(byId.get('jpost-fighting-ninth-day')?.topic).toBe('fighting');
    expect(claims.every((c) => typeof c.topic === 'string')).toBe(true);
  });
});

describe('loadLedger on tiny inputs', () => {
  const sources =
    'source_id,publisher,publisher_basis,headline,byline,published,published_precision,wire,url,archive_file,language,note\n' +
    's1,Example Daily,stated,,,2020-01-02,stated,,,000_0000000000000000.txt,en,\n';
  const events =
    'event_id,date,date_precision,date_basis,category,title,source_id,paragraph,note\n';
  const header =
    'claim_id,source_id,paragraph,figure_text,value,unit,qualifier,low,high,measure,counted,claimant,claimant_side,hedge,period_start,period_end,as_of,time_basis,note\n';

  it('keeps a leading zero and a BOM out of the data', () => {
    const claimsText =
      '\uFEFF' +
      header +
      'c1,s1,1,007,7,people,exact,7,7,total_deaths,both_sides,X,press,stated,,,2020,stated,\n';
    const l = loadLedger({ sources, claims: claimsText, events });
    const row = l.claims.object(0) as LedgerClaim;
    expect(row.claim_id).toBe('c1');
    expect(row.figure_text).toBe('007');
    expect(row.value).toBe(7);
    expect(row.note).toBeNull();
  });
});
