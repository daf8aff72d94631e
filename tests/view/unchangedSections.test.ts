import { describe, expect, it } from 'vitest';
import { readLedger } from '../../src/lib/data/readLedgerFiles.ts';
import { NO_FILTERS } from '../../src/lib/state/filterQuery.ts';
import { buildModel } from '../../src/lib/view/buildModel.ts';
import { filterClaims } from '../../src/lib/view/filterClaims.ts';
import { buildSections, engineLookups } from '../../src/lib/view/sections.ts';
import { keepUnchanged } from '../../src/lib/view/unchangedSections.ts';

const model = buildModel(readLedger('data'));
const lookups = engineLookups(model);
const sectionsFor = (topic: string[]) =>
  buildSections(
    model,
    lookups,
    filterClaims(model.claims, { ...NO_FILTERS, topic }),
    topic.length === 0,
  );

describe('keepUnchanged', () => {
  it('keeps the last section object of every chart whose text and rows are the same', () => {
    const unchanged = keepUnchanged<ReturnType<typeof buildSections>[number]>();
    const all = unchanged(sectionsFor([]));
    // Rebuilt from the same claims: every section is the one of last time, chart function and all.
    const again = unchanged(sectionsFor([]));
    again.forEach((section, i) => expect(section).toBe(all[i]));
    // Only arms figures: the arms charts show the same claims as before, the others change.
    const arms = unchanged(sectionsFor(['arms']));
    const byId = (list: typeof all, id: string) => list.find((s) => s.id === id);
    expect(byId(arms, 'arms-values')).toBe(byId(all, 'arms-values'));
    expect(byId(arms, 'arms-shares')).toBe(byId(all, 'arms-shares'));
    expect(byId(arms, 'casualties-2020')).not.toBe(byId(all, 'casualties-2020'));
    expect(byId(arms, 'disputes')).not.toBe(byId(all, 'disputes'));
  });

  it('gives back new sections the first time, and whatever changed after', () => {
    const unchanged = keepUnchanged<ReturnType<typeof buildSections>[number]>();
    const first = sectionsFor(['casualties']);
    expect(unchanged(first)).toEqual(first);
    const next = sectionsFor([]);
    const kept = unchanged(next);
    expect(kept.find((s) => s.id === 'timeline')).toBe(next.find((s) => s.id === 'timeline'));
  });
});
