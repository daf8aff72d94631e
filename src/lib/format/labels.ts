/** Reader-facing words for the ledger's vocabularies. */
import type { Measure, Qualifier, Side } from '../data/types.ts';
import { formatDate } from './formatValue.ts';

export const MEASURE_LABEL: Record<Measure, string> = {
  arms_sales_value: 'Value of arms sold',
  arms_import_share: 'Share of arms imports',
  arms_stock_share: 'Share of armaments held',
  oil_supply_share: 'Share of oil supply',
  military_deaths: 'Military deaths',
  civilian_deaths: 'Civilian deaths',
  total_deaths: 'Deaths (all)',
  total_wounded: 'Wounded (all)',
  aircraft_downed: 'Aircraft downed',
  people_fled: 'People who fled',
  share_fled: 'Share who fled',
  area: 'Area',
  fighting_duration: 'Length of fighting',
  elapsed_time: 'Time span',
};

export const SIDE_LABEL: Record<Side, string> = {
  armenia: 'Armenian side',
  azerbaijan: 'Azerbaijani side',
  israel: 'Israeli side',
  turkey: 'Turkish side',
  international: 'International body',
  independent: 'Independent',
  press: 'The article itself',
  unknown: 'Side not stated',
};

export const QUALIFIER_LABEL: Record<Qualifier, string> = {
  exact: 'exact',
  at_least: 'at least',
  more_than: 'more than',
  nearly: 'nearly',
  barely: 'barely',
  about: 'about',
  up_to: 'up to',
  range: 'range',
  vague: 'vague word',
};

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
};

/** A publication date for readers: "1 October 2020", or "5 October 2020 or later" for a bound. */
export function publishedLabel(published: string, precision: string | null): string {
  const day = formatDate(published);
  return precision === 'no_earlier_than' ? `${day} or later` : day;
}
