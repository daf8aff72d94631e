import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLedger } from '../../src/lib/data/readLedgerFiles.ts';
import { ledgerModel } from '../../src/lib/server/ledgerModel.ts';
import { readSipriReference } from '../../src/lib/reference/readSipriReference.ts';
import {
  compareWithSipri,
  type ComparableClaim,
} from '../../src/lib/reference/sipriComparisons.ts';
import { analyseLedger, buildModel } from '../../src/lib/view/buildModel.ts';
import { readModel } from '../../src/lib/view/readModel.ts';
import { memberRows } from '../../src/lib/view/dataBundleFiles.ts';
import { HOSTILE_TEXTS } from '../fixtures/hostile-ledger/hostileTexts.ts';

const ledger = readLedger('data');
const model = readModel('data');

describe('the dashboard model', () => {
  it('is what the routes load: the model of the files on disk (SIPRI reference included)', () => {
    expect(ledgerModel()).toEqual(model);
    // Computed once per version of the files.
    expect(ledgerModel()).toBe(ledgerModel());
  });

  it('survives JSON unchanged, so shipping it as page data loses nothing', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('holds every claim once, annotated, in the ledger order', () => {
    expect(model.claims.map((c) => c.claim_id)).toEqual(ledger.claims.array('claim_id'));
    for (const c of model.claims) {
      expect(['self_reported', 'adversary', 'third_party']).toContain(c.lens);
      expect(typeof c.center).toBe('number');
    }
  });

  it('keeps the engine tables with their columns in order, as the Arquero analysis has them', () => {
    const { analysis } = analyseLedger(ledger);
    for (const name of ['members', 'groups', 'verdicts', 'checks', 'unknown'] as const) {
      expect(model.analysis[name].columns).toEqual(analysis[name].columnNames());
      const rows = name === 'members' ? memberRows(model) : model.analysis[name].rows;
      expect(rows).toEqual(analysis[name].objects());
    }
    // The model itself carries members without the columns they repeat from their claims.
    expect(Object.keys(model.analysis.members.rows[0] ?? {})).not.toContain('figure_text');
  });

  it('offers only filter values that some claim has, unidentified publishers last', () => {
    const topics = new Set<string>(model.claims.map((c) => c.topic));
    expect(model.vocabulary.topic.every((t) => topics.has(t))).toBe(true);
    expect(model.vocabulary.topic.length).toBe(topics.size);
    const publishers = model.vocabulary.publisher;
    expect(new Set(publishers)).toEqual(new Set(model.claims.map((c) => c.publisher)));
    if (publishers.includes('unidentified')) expect(publishers.at(-1)).toBe('unidentified');
  });
});

describe("the model's SIPRI part: the series the charts draw, never the register", () => {
  const read = readSipriReference('data');
  if ('missing' in read) throw new Error(read.missing);
  const comparisons = compareWithSipri(ledger.claims.objects() as ComparableClaim[], read);
  const sipri = model.sipri;
  if (!sipri) throw new Error('the model of data/ has no SIPRI part');
  const [first, last] = read.release.deliveryYears;

  it('names the database and the date its data was generated', () => {
    expect(sipri.source).toContain('SIPRI Arms Transfers Database');
    expect(sipri.source).toContain('3 January 2025');
    expect(sipri.source).toContain(`deliveries ${first}–${last}`);
  });

  it("holds each compared flow's TIV for every year of the release, and its share in every five-year window", () => {
    expect(sipri.flows).toEqual(['Israel → Azerbaijan']);
    expect(sipri.deliveries.map((d) => d.year)).toEqual(
      Array.from({ length: last - first + 1 }, (_, i) => first + i),
    );
    expect(sipri.shares.map((d) => [d.from, d.to])).toEqual(
      Array.from({ length: last - first - 3 }, (_, i) => [first + i, first + i + 4]),
    );
    // The figures the README gives for this release.
    const tiv = (from: number, to: number) =>
      sipri.deliveries
        .filter((d) => d.year >= from && d.year <= to)
        .reduce((sum, d) => sum + d.tiv, 0);
    expect(Math.round(tiv(2017, 2019))).toBe(425);
    const share = (to: number) => sipri.shares.find((d) => d.to === to)?.share ?? NaN;
    expect(Math.round(share(2019))).toBe(60);
    expect(Math.round(share(2020))).toBe(68);
  });

  it('places every printed figure the database could check, with its comparison in words, and no other', () => {
    const checked = comparisons.filter((c) => c.database !== null);
    expect([...sipri.values, ...sipri.printedShares].map((v) => v.claim_id).sort()).toEqual(
      checked.map((c) => c.claim_id).sort(),
    );
    for (const v of [...sipri.values, ...sipri.printedShares]) {
      const c = checked.find((r) => r.claim_id === v.claim_id);
      expect(v.database).toBe(c?.database);
      expect(v.outcome).toBe(c?.outcome);
      expect(v.explanation).toBe(c?.explanation);
    }
    // A head of state's declared purchases are not TIV: not on these charts.
    expect(JSON.stringify(sipri)).not.toContain('aliyev');
  });

  it('ships a few kilobytes: no row of the reference table beyond the flows drawn', () => {
    const json = JSON.stringify(sipri);
    expect(json.length).toBeLessThan(10_000);
    const suppliers = new Set(read.totals.array('supplier') as string[]);
    for (const supplier of suppliers) {
      if (supplier !== 'Israel') expect(json, supplier).not.toContain(`"${supplier}`);
    }
  });
});

describe('a ledger without a reference table, and the hostile one', () => {
  const folders: string[] = [];
  afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('builds with no SIPRI part, and says why', () => {
    expect(buildModel(ledger).sipri).toBeNull();
    const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
    folders.push(dir);
    for (const file of ['sources.csv', 'claims.csv', 'events.csv', 'datapackage.json'])
      cpSync(join('data', file), join(dir, file));
    const warnings: string[] = [];
    const bare = readModel(dir, (w) => warnings.push(w));
    expect(bare.sipri).toBeNull();
    expect(bare.claims).toEqual(model.claims);
    expect(warnings).toEqual([expect.stringContaining('npm run sipri writes it')]);
  });

  it('keeps hostile figure texts in the SIPRI part as written (LEDGER_DATA=tests/fixtures/hostile-ledger)', () => {
    const hostile = readModel('tests/fixtures/hostile-ledger');
    const texts = [...(hostile.sipri?.values ?? []), ...(hostile.sipri?.printedShares ?? [])].map(
      (v) => v.figure_text,
    );
    expect(texts.some((t) => HOSTILE_TEXTS.some((h) => t.includes(h)))).toBe(true);
    const claims = new Map(hostile.claims.map((c) => [c.claim_id, c.figure_text]));
    for (const v of hostile.sipri?.values ?? []) expect(v.figure_text).toBe(claims.get(v.claim_id));
  });
});
