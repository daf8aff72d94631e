/** Reader-facing words for the ledger's vocabularies, read from the one vocabulary. */
import {
  MEASURE_VOCABULARY,
  QUALIFIER_VOCABULARY,
  SIDE_VOCABULARY,
  TOPIC_VOCABULARY,
  unitEntry,
  type Measure,
  type Qualifier,
  type Side,
  type Topic,
} from '../vocabulary/vocabulary.ts';
import { formatDate } from './formatValue.ts';

const labels = <K extends string>(table: Readonly<Record<K, { label: string }>>) =>
  Object.freeze(
    Object.fromEntries(Object.entries(table).map(([k, v]) => [k, (v as { label: string }).label])),
  ) as Readonly<Record<K, string>>;

export const MEASURE_LABEL = labels<Measure>(MEASURE_VOCABULARY);
export const SIDE_LABEL = labels<Side>(SIDE_VOCABULARY);
export const QUALIFIER_LABEL = labels<Qualifier>(QUALIFIER_VOCABULARY);
export const TOPIC_LABEL = labels<Topic>(TOPIC_VOCABULARY);

/** A unit in words, singular or plural by the count: "1 tank", "250 tanks". */
export function unitWords(unit: string, count: number): string {
  const e = unitEntry(unit);
  if (!e) return unit.replace(/_/g, ' ');
  return count === 1 ? e.singular : e.plural;
}

/**
 * Reader-facing names of the origins a claim can be taken from (the `origin` column: a wire or
 * outlet with a story date, `reuters-2020-10-05`, or an institute, `sipri`). An origin whose
 * name is not listed is shown by its id.
 */
export const ORIGIN_NAME: Readonly<Record<string, string>> = {
  ap: 'Associated Press',
  reuters: 'Reuters',
  afp: 'AFP',
  factor: 'Factor',
  sipri: 'SIPRI',
  hrw: 'Human Rights Watch',
  oryx: 'Oryx',
  sohr: 'Syrian Observatory for Human Rights',
};

/** A publication date for readers: "1 October 2020", or "5 October 2020 or later" for a bound. */
export function publishedLabel(published: string, precision: string | null): string {
  const day = formatDate(published);
  return precision === 'no_earlier_than' ? `${day} or later` : day;
}
