/**
 * Row types of the ledger. The contract itself is `data/datapackage.json`; a test checks that
 * these vocabularies match its enums, so the two cannot drift apart.
 */

export const UNITS = [
  'USD',
  'EUR',
  'percent',
  'people',
  'km2',
  'sq_mi',
  'days',
  'hours',
  'years',
  'aircraft',
] as const;
export type Unit = (typeof UNITS)[number];

export const QUALIFIERS = [
  'exact',
  'at_least',
  'more_than',
  'nearly',
  'barely',
  'about',
  'up_to',
  'range',
  'vague',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const MEASURES = [
  'arms_sales_value',
  'arms_import_share',
  'arms_stock_share',
  'oil_supply_share',
  'military_deaths',
  'civilian_deaths',
  'total_deaths',
  'total_wounded',
  'aircraft_downed',
  'people_fled',
  'share_fled',
  'area',
  'fighting_duration',
  'elapsed_time',
] as const;
export type Measure = (typeof MEASURES)[number];

export const COUNTED = [
  'armenia',
  'azerbaijan',
  'both_sides',
  'israel_to_azerbaijan',
  'azerbaijan_to_israel',
  'karabakh',
  'karabakh_armenians',
  'arms_halt_forecast',
  'embassy_open_to_recall',
  'exodus',
  'since_deadlier_fighting',
] as const;
export type Counted = (typeof COUNTED)[number];

export const SIDES = [
  'armenia',
  'azerbaijan',
  'israel',
  'turkey',
  'international',
  'independent',
  'press',
  'unknown',
] as const;
export type Side = (typeof SIDES)[number];

export const HEDGES = ['stated', 'estimated', 'speculated'] as const;
export type Hedge = (typeof HEDGES)[number];

/** Topics group measures for filters and dashboard sections. */
export const TOPIC_OF_MEASURE: Record<Measure, Topic> = {
  arms_sales_value: 'arms',
  arms_import_share: 'arms',
  arms_stock_share: 'arms',
  oil_supply_share: 'oil',
  military_deaths: 'casualties',
  civilian_deaths: 'casualties',
  total_deaths: 'casualties',
  total_wounded: 'casualties',
  aircraft_downed: 'casualties',
  people_fled: 'displacement',
  share_fled: 'displacement',
  area: 'territory',
  fighting_duration: 'fighting',
  elapsed_time: 'fighting',
};

/** Spans of time belong to the topic of what they time, not to a topic of their own. */
export const TOPIC_OF_COUNTED: Partial<Record<Counted, Topic>> = {
  arms_halt_forecast: 'arms',
  embassy_open_to_recall: 'diplomacy',
  exodus: 'displacement',
};

export function topicOf(measure: Measure, counted: Counted): Topic {
  return TOPIC_OF_COUNTED[counted] ?? TOPIC_OF_MEASURE[measure];
}
export const TOPICS = [
  'arms',
  'casualties',
  'oil',
  'displacement',
  'territory',
  'fighting',
  'diplomacy',
] as const;
export type Topic = (typeof TOPICS)[number];

export interface SourceRow {
  source_id: string;
  publisher: string;
  publisher_basis: 'stated' | 'inferred' | 'matched' | 'unidentified';
  headline: string | null;
  byline: string | null;
  published: string;
  /** `no_earlier_than`: `published` is only the first possible day (see publishedLabel). */
  published_precision: 'stated' | 'inferred' | 'no_earlier_than';
  wire: string | null;
  url: string | null;
  archive_file: string;
  language: string;
  note: string | null;
}

export interface ClaimRow {
  claim_id: string;
  source_id: string;
  paragraph: number;
  figure_text: string;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  measure: Measure;
  counted: Counted;
  claimant: string;
  claimant_side: Side;
  hedge: Hedge;
  /** The wire story, outlet's story or institute the figure is taken from; see analysis/origins.ts. */
  origin: string | null;
  period_start: string | null;
  period_end: string | null;
  as_of: string | null;
  time_basis: 'stated' | 'inferred';
  note: string | null;
}

export interface EventRow {
  event_id: string;
  date: string;
  date_precision: 'day' | 'month' | 'year';
  date_basis: 'stated' | 'inferred';
  category: 'military' | 'diplomatic' | 'arms' | 'statement' | 'political';
  title: string;
  source_id: string;
  paragraph: number;
  note: string | null;
}

/** A claim joined to its source: what the dashboard, downloads and engine read. */
export type LedgerClaim = ClaimRow &
  Omit<SourceRow, 'source_id' | 'note'> & { source_note: string | null; topic: Topic };
