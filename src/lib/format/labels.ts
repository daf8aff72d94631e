/** Reader-facing words for the ledger's vocabularies. */
import type { Measure, Qualifier, Side } from '../data/types.ts';

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
  about: 'about',
  up_to: 'up to',
  range: 'range',
  vague: 'vague word',
};
