import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generated } from '../../scripts/vocabulary.ts';
import {
  MissingMarker,
  withDictionaryBlocks,
  withVocabularyEnums,
} from '../../src/lib/vocabulary/dictionary.ts';
import {
  MEASURES,
  MEASURE_VOCABULARY,
  TOPICS,
  UNITS,
  UNIT_VOCABULARY,
  unitRoot,
} from '../../src/lib/vocabulary/vocabulary.ts';

describe('the data dictionary and the descriptor are generated from the vocabulary', () => {
  it('data/README.md and data/datapackage.json are what `npm run vocabulary` writes', async () => {
    const { readme, descriptor } = await generated();
    expect(readFileSync('data/README.md', 'utf8')).toBe(readme);
    expect(readFileSync('data/datapackage.json', 'utf8')).toBe(descriptor);
  });

  it('the dictionary lists every unit and measure', () => {
    const text = readFileSync('data/README.md', 'utf8');
    for (const v of [...UNITS, ...MEASURES]) expect(text).toContain(`| \`${v}\``);
  });

  it('replaces a block by slicing, so `$` patterns in a meaning stay as written', () => {
    const out = withDictionaryBlocks('a\n<!-- vocabulary:x -->\nold\n<!-- /vocabulary:x -->\nb', {
      x: "| $& $' $1 |",
    });
    expect(out).toContain("| $& $' $1 |");
    expect(out).not.toContain('old');
  });

  it('refuses a README without a marker', () => {
    expect(() => withDictionaryBlocks('nothing here', { units: '' })).toThrow(MissingMarker);
  });

  it('sets the claims enums and leaves the rest of the descriptor alone', () => {
    const d = {
      resources: [
        { name: 'claims', schema: { fields: [{ name: 'unit' }, { name: 'note' }] } },
        { name: 'events', schema: { fields: [{ name: 'unit' }] } },
      ],
    };
    const out = withVocabularyEnums(d);
    expect(out.resources[0]?.schema.fields[0]).toEqual({
      name: 'unit',
      constraints: { enum: [...UNITS] },
    });
    expect(out.resources[0]?.schema.fields[1]).toEqual({ name: 'note' });
    expect(out.resources[1]?.schema.fields[0]).toEqual({ name: 'unit' });
    expect(d.resources[0]?.schema.fields[0]).toEqual({ name: 'unit' });
  });
});

describe('the vocabulary is consistent', () => {
  it('every measure has a known topic and unit families', () => {
    for (const m of MEASURES) {
      expect(TOPICS).toContain(MEASURE_VOCABULARY[m].topic);
      expect(MEASURE_VOCABULARY[m].families.length).toBeGreaterThan(0);
    }
  });

  it('a narrower unit counts inside a broader one of its own family', () => {
    for (const u of UNITS) {
      const parent = UNIT_VOCABULARY[u].partOf;
      if (!parent) continue;
      expect(UNITS).toContain(parent);
      expect(UNIT_VOCABULARY[parent as (typeof UNITS)[number]].family).toBe(
        UNIT_VOCABULARY[u].family,
      );
    }
    expect(unitRoot('tanks')).toBe('armour');
    expect(unitRoot('people')).toBe('people');
  });
});
