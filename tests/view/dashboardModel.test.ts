import { describe, expect, it } from 'vitest';
import { readLedger } from '../../src/lib/data/readLedgerFiles.ts';
import { ledgerModel } from '../../src/lib/server/ledgerModel.ts';
import { analyseLedger, buildModel } from '../../src/lib/view/buildModel.ts';

const ledger = readLedger('data');
const model = buildModel(ledger);

describe('the dashboard model', () => {
  it('is what the routes load: the model of the files on disk (data/, or LEDGER_DATA)', () => {
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
      expect(model.analysis[name].rows).toEqual(analysis[name].objects());
    }
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
