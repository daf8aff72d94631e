/**
 * What the two SIPRI charts draw, as one table: the database's series (TIV delivered each year,
 * the supplier's share in each five-year window) and the printed figures placed on them, each
 * row with its source line. The CSV under each SIPRI chart holds its chart's rows; the data zip
 * holds both charts' rows as `sipri-series.csv`, described by sipriSeriesFields.ts.
 */
import type { PrintedOnSeries, SipriChartData } from '../reference/sipriChartData.ts';
import { outletName } from './sourceLine.ts';
import type { ViewClaim } from './viewClaim.ts';
import { publishedLabel } from '../format/labels.ts';

export type SipriChartId = 'sipri-deliveries' | 'sipri-shares';

export const SIPRI_SERIES_FILE = 'sipri-series.csv';

/**
 * The columns, in order. What each means, with its type, is in sipriSeriesFields.ts, which only
 * the data zip loads: the pages carry the names alone.
 */
export const SIPRI_SERIES_COLUMNS = [
  'chart',
  'kind',
  'flow',
  'from',
  'to',
  'unit',
  'database',
  'printed',
  'window_inferred',
  'outcome',
  'claim_id',
  'figure_text',
  'explanation',
  'source_id',
  'source',
] as const;

export type SipriSeriesRow = Record<(typeof SIPRI_SERIES_COLUMNS)[number], unknown>;

/** The printed figures of `values` whose claims are shown, in order. */
export function shownPrinted(
  values: readonly PrintedOnSeries[],
  claims: ReadonlyMap<string, ViewClaim>,
): PrintedOnSeries[] {
  return values.filter((v) => claims.has(v.claim_id));
}

function printedRow(
  chart: SipriChartId,
  unit: string,
  v: PrintedOnSeries,
  claim: ViewClaim | undefined,
): SipriSeriesRow {
  return {
    chart,
    kind: 'printed',
    flow: v.flow,
    from: v.from,
    to: v.to,
    unit,
    database: v.database,
    printed: v.printed,
    window_inferred: v.inferred,
    outcome: v.outcome,
    claim_id: v.claim_id,
    figure_text: v.figure_text,
    explanation: v.explanation,
    source_id: claim?.source_id ?? null,
    source: claim
      ? `${outletName(claim)}, ${publishedLabel(claim.published, claim.published_precision)}, paragraph ${claim.paragraph}`
      : '',
  };
}

const databaseRow = (
  chart: SipriChartId,
  unit: string,
  source: string,
  d: { flow: string; from: number; to: number; database: number | null },
): SipriSeriesRow => ({
  chart,
  kind: 'database',
  ...d,
  unit,
  printed: null,
  window_inferred: null,
  outcome: null,
  claim_id: null,
  figure_text: null,
  explanation: null,
  source_id: null,
  source,
});

/**
 * One chart's rows: the database's series for `flows`, then the printed figures of the claims
 * shown. `claims`: the claims shown, by id; a printed figure whose claim is not among them is
 * left out, as the chart leaves it out.
 */
export function sipriSeriesRows(
  data: SipriChartData,
  chart: SipriChartId,
  claims: ReadonlyMap<string, ViewClaim>,
  flows: readonly string[] = data.flows,
): SipriSeriesRow[] {
  const shown = new Set(flows);
  if (chart === 'sipri-deliveries') {
    return [
      ...data.deliveries
        .filter((d) => shown.has(d.flow))
        .map((d) =>
          databaseRow(chart, 'TIV millions', data.source, {
            flow: d.flow,
            from: d.year,
            to: d.year,
            database: d.tiv,
          }),
        ),
      ...shownPrinted(data.values, claims).map((v) =>
        printedRow(chart, 'TIV millions', v, claims.get(v.claim_id)),
      ),
    ];
  }
  return [
    ...data.shares
      .filter((d) => shown.has(d.flow))
      .map((d) =>
        databaseRow(chart, 'percent', data.source, {
          flow: d.flow,
          from: d.from,
          to: d.to,
          database: d.share,
        }),
      ),
    ...shownPrinted(data.printedShares, claims).map((v) =>
      printedRow(chart, 'percent', v, claims.get(v.claim_id)),
    ),
  ];
}
