/**
 * The sources and claims set right (issue 13, points 7 and 8): each fact checked against the
 * archived texts in ../shared/articles, and the identifications made after archiving recorded
 * as such. If a row changes, these tests say which fact moved.
 */
import { describe, expect, it } from 'vitest';
import { readLedger } from '../../src/lib/data/readLedgerFiles.ts';
import type { LedgerClaim, SourceRow } from '../../src/lib/data/types.ts';
import { intervalOf } from '../../src/lib/analysis/intervals.ts';
import { DEFAULT_RULES } from '../../src/lib/analysis/rules.ts';

const ledger = readLedger('data');
const sources = new Map((ledger.sources.objects() as SourceRow[]).map((s) => [s.source_id, s]));
const claims = new Map((ledger.claims.objects() as LedgerClaim[]).map((c) => [c.claim_id, c]));
const source = (id: string) => sources.get(id) as SourceRow;
const claim = (id: string) => claims.get(id) as LedgerClaim;

describe('sources', () => {
  it('keeps every source id stable', () => {
    expect([...sources.keys()].sort()).toEqual(
      [
        'ap-2020-10-01',
        'ap-2023-10-05',
        'asianews-2020-10-02',
        'jpost-2020-10-05',
        'unidentified-2020-10',
        'wikipedia-2022-02-13',
      ].sort(),
    );
  });

  it('ap-2020-10-01 is The Times of Israel, identified later by matching its published page, with AP as contributor', () => {
    expect(source('ap-2020-10-01')).toMatchObject({
      publisher: 'The Times of Israel',
      publisher_basis: 'matched',
      wire: 'Associated Press',
    });
    expect(source('ap-2020-10-01').note).toMatch(
      /matching its wording against the paper's published story/,
    );
    expect(source('ap-2020-10-01').note).toMatch(/id predates the identification/);
  });

  it('unidentified-2020-10 is The Correspondent (Pakistan), dated no earlier than 5 October 2020', () => {
    expect(source('unidentified-2020-10')).toMatchObject({
      publisher: 'The Correspondent (Pakistan)',
      publisher_basis: 'matched',
      published: '2020-10-05',
      published_precision: 'no_earlier_than',
    });
  });

  it('asianews-2020-10-02 names AsiaNews in its dateline: stated, not inferred', () => {
    expect(source('asianews-2020-10-02').publisher_basis).toBe('stated');
  });
});

describe('claims', () => {
  it('ap20-* rows dated by the inferred publication date say their date is inferred', () => {
    const ap20 = [...claims.values()].filter((c) => c.claim_id.startsWith('ap20-'));
    expect(ap20.length).toBeGreaterThan(0);
    for (const c of ap20) expect(c.time_basis, c.claim_id).toBe('inferred');
  });

  it('the paper’s own lines of ap-2020-10-01 are The Times of Israel’s, not an unidentified outlet’s', () => {
    for (const id of ['ap20-deaths-dozens', 'ap20-israel-armaments-share-60']) {
      expect(claim(id).claimant, id).toBe('The Times of Israel');
    }
    expect(claim('ap20-israel-armaments-share-60').origin).toBe('own');
  });

  it('ap20-israel-armaments-share-60 is an import share whose window is not printed but inferred', () => {
    expect(claim('ap20-israel-armaments-share-60')).toMatchObject({
      measure: 'arms_import_share',
      period_start: '2015',
      period_end: '2019',
      as_of: null,
      time_basis: 'inferred',
    });
    expect(claim('ap20-israel-armaments-share-60').note).toMatch(/No window is printed/);
  });

  it('unid20-embassy-two-weeks ("barely two weeks", 17 September to 1 October) contains 14 days', () => {
    const c = claim('unid20-embassy-two-weeks');
    expect(c.qualifier).toBe('barely');
    const iv = intervalOf(c, DEFAULT_RULES);
    expect(iv).toMatchObject({ hi: 14, hiOpen: false });
  });

  it('ap23-exodus-two-weeks is about two weeks', () => {
    expect(claim('ap23-exodus-two-weeks')).toMatchObject({
      qualifier: 'about',
      low: null,
      high: null,
    });
  });

  it("jpost-halt-two-or-three-days is a named official's stated forecast, taken from Factor", () => {
    expect(claim('jpost-halt-two-or-three-days')).toMatchObject({
      claimant: 'Armen Smbatyan',
      hedge: 'stated',
      origin: 'factor-2020-10',
      counted: 'arms_halt_forecast',
    });
  });

  it('the 4,400 km² is the Soviet-era oblast, not the area held in 2023', () => {
    for (const id of ['ap23-area-km2', 'ap23-area-sq-mi']) {
      expect(claim(id).note, id).toMatch(/Soviet-era/);
      expect(claim(id).note, id).toMatch(/held in 2023/);
    }
  });

  it("paragraphs 18–25 of the Jerusalem Post story are Reuters' copy of 5 October 2020", () => {
    for (const c of claims.values()) {
      if (c.source_id !== 'jpost-2020-10-05') continue;
      const reuters = c.paragraph >= 18 && c.paragraph <= 25;
      expect(c.origin === 'reuters-2020-10-05', c.claim_id).toBe(reuters);
    }
  });

  it('SIPRI figures name SIPRI as their origin, and the AP story of 2023 is the origin of its reprint', () => {
    for (const c of claims.values()) {
      if (c.claimant === 'SIPRI') expect(c.origin, c.claim_id).toBe('sipri');
      if (c.source_id === 'ap-2023-10-05') expect(c.origin, c.claim_id).toBe('ap-2023-10-05');
    }
  });
});
