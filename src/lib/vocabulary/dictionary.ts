/**
 * The vocabulary written out where people and programs read it: the tables of the data
 * dictionary (`data/README.md`, between `<!-- vocabulary:NAME -->` markers) and the enums of the
 * Data Package descriptor. `npm run vocabulary` writes both; a test fails when either differs
 * from what this module generates, so neither can drift from `vocabulary.ts`.
 */
import { vaguePhrases } from './vagueWords.ts';
import {
  COUNTED,
  COUNTED_VOCABULARY,
  HEDGES,
  LENSES,
  LENS_VOCABULARY,
  MEASURES,
  MEASURE_VOCABULARY,
  QUALIFIERS,
  QUALIFIER_VOCABULARY,
  SIDES,
  SIDE_VOCABULARY,
  TOPICS,
  TOPIC_VOCABULARY,
  UNITS,
  UNIT_VOCABULARY,
  type CountedEntry,
  type UnitEntry,
} from './vocabulary.ts';

const code = (s: string) => `\`${s}\``;
// A table cell: pipes and line breaks would end the cell.
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

const FAMILY_WORDS: Record<string, string> = {
  money: 'money',
  share: 'share',
  people: 'people',
  equipment: 'equipment',
  events: 'events',
  area: 'area',
  time: 'time',
};

function unitsTable(): string {
  return table(
    ['value', 'family', 'meaning'],
    UNITS.map((u) => {
      const e: Readonly<UnitEntry> = UNIT_VOCABULARY[u];
      const part = e.partOf ? ` Counted inside ${code(e.partOf)}.` : '';
      return [code(u), FAMILY_WORDS[e.family] ?? e.family, `${e.meaning}.${part}`];
    }),
  );
}

function measuresTable(): string {
  return table(
    ['value', 'topic', 'units', 'meaning'],
    MEASURES.map((m) => {
      const e = MEASURE_VOCABULARY[m];
      return [code(m), code(e.topic), e.families.join(', '), e.meaning];
    }),
  );
}

function countedTable(): string {
  return table(
    ['value', 'meaning'],
    COUNTED.map((c) => [code(c), (COUNTED_VOCABULARY[c] as CountedEntry).meaning]),
  );
}

function sidesTable(): string {
  return table(
    ['value', 'warring party', 'meaning'],
    SIDES.map((s) => {
      const e = SIDE_VOCABULARY[s];
      return [code(s), e.belligerent ? 'yes' : 'no', e.meaning];
    }),
  );
}

function qualifiersTable(): string {
  return table(
    ['value', 'wording', '`low`', '`high`'],
    QUALIFIERS.map((q) => {
      const e = QUALIFIER_VOCABULARY[q];
      return [code(q), e.wording, e.low, e.high];
    }),
  );
}

const number = (n: number) => n.toLocaleString('en-GB');

function vagueTable(): string {
  return table(
    ['words', '`low` (= `value`)', '`high`'],
    vaguePhrases().map((m) => [`"${m.phrase}"`, number(m.range[0]), number(m.range[1])]),
  );
}

function topicsTable(): string {
  return table(
    ['topic', 'dashboard section', 'measures'],
    TOPICS.map((t) => [
      code(t),
      TOPIC_VOCABULARY[t].label,
      MEASURES.filter((m) => MEASURE_VOCABULARY[m].topic === t)
        .map(code)
        .join(', '),
    ]),
  );
}

function lensesTable(): string {
  return table(
    ['lens', 'meaning'],
    LENSES.map((l) => [code(l), LENS_VOCABULARY[l].phrase]),
  );
}

/** The generated tables, by the name of their marker in data/README.md. */
export function dictionaryBlocks(): Record<string, string> {
  return {
    units: unitsTable(),
    qualifiers: qualifiersTable(),
    'vague-words': vagueTable(),
    measures: measuresTable(),
    topics: topicsTable(),
    counted: countedTable(),
    sides: sidesTable(),
    lenses: lensesTable(),
  };
}

export class MissingMarker extends Error {}

/** The README with each marked block replaced by its generated table (sliced, not patterned). */
export function withDictionaryBlocks(readme: string, blocks: Record<string, string>): string {
  let out = readme;
  for (const [name, body] of Object.entries(blocks)) {
    const open = `<!-- vocabulary:${name} -->`;
    const close = `<!-- /vocabulary:${name} -->`;
    const a = out.indexOf(open);
    const b = out.indexOf(close);
    if (a < 0 || b < a) throw new MissingMarker(`data/README.md has no ${open} … ${close} block`);
    out = `${out.slice(0, a + open.length)}\n\n${body}\n\n${out.slice(b)}`;
  }
  return out;
}

/** Claim fields whose enums come from the vocabulary. */
export const CLAIM_ENUMS: Readonly<Record<string, readonly string[]>> = {
  unit: UNITS,
  qualifier: QUALIFIERS,
  measure: MEASURES,
  counted: COUNTED,
  claimant_side: SIDES,
  hedge: HEDGES,
};

interface Field {
  name: string;
  constraints?: { enum?: string[] };
}
interface Descriptor {
  resources: { name: string; schema?: { fields: Field[] } }[];
}

/** The descriptor with the claims table's enums set from the vocabulary (a new object). */
export function withVocabularyEnums<D extends Descriptor>(descriptor: D): D {
  const copy = structuredClone(descriptor);
  const claims = copy.resources.find((r) => r.name === 'claims');
  for (const field of claims?.schema?.fields ?? []) {
    const values = CLAIM_ENUMS[field.name];
    if (values) field.constraints = { ...field.constraints, enum: [...values] };
  }
  return copy;
}
