/**
 * The two sections that set the printed arms figures beside SIPRI's database: its yearly
 * deliveries with the years each printed sum covers laid over them, and its share in every
 * five-year window with the printed shares as points. The database's series are reference data
 * and do not change with the filters; the printed figures are claims and follow them, so a
 * section shows the figures of the claims shown, and says so when none is left.
 *
 * Their findings are written from the model's numbers: the database's total and peak, its
 * lowest, highest and latest share, and for each printed figure what the database gives for the
 * same years and how the two stand.
 */
import { distinctValues, PRINTED_VALUE_CLASS, valueLabel } from '../charts/sipriDeliveriesChart.ts';
import { sipriDeliveriesChart } from '../charts/sipriDeliveriesChart.ts';
import { PRINTED_SHARE_CLASS, shareLabel, sipriSharesChart } from '../charts/sipriSharesChart.ts';
import { formatNumber } from '../format/formatValue.ts';
import { flowOfLabel } from '../reference/flowLabel.ts';
import type { PrintedOnSeries, SipriChartData } from '../reference/sipriChartData.ts';
import { describeClaim } from './describeClaim.ts';
import { drawLimit } from './drawLimit.ts';
import type { SectionModel } from './sections.ts';
import { SIPRI_SERIES_COLUMNS, sipriSeriesRows, type SipriChartId } from './sipriTable.ts';
import { sourceLine } from './sourceLine.ts';
import type { ViewClaim } from './viewClaim.ts';

export const SIPRI_TITLES: Record<SipriChartId, string> = {
  'sipri-deliveries': 'Printed arms figures against SIPRI’s yearly deliveries',
  'sipri-shares': 'Printed arms shares against SIPRI’s five-year shares',
};

const NONE_SHOWN =
  'No figure compared with SIPRI’s database matches the current filters. Change or reset the filters to see this chart.';
const NONE_FINDING =
  'No printed figure compared with SIPRI’s database matches the current filters.';

/** The published file a "Get the data" link without script points at. */
const REFERENCE_FILE = 'reference/sipri-transfers.csv';

const whole = (x: number) => formatNumber(Math.round(x));
const years = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`);

/** How a printed figure stands against the database, as the end of a sentence. */
function standing(v: PrintedOnSeries, unit: string): string {
  if (v.outcome === 'matches') return 'matches it';
  if (v.outcome === 'within_wording') return 'lies within what its wording allows';
  if (v.outcome === 'not_compared') return 'was not compared';
  const gap = whole(Math.abs(v.database - v.printed));
  return `is ${gap} ${unit} ${v.printed < v.database ? 'below' : 'above'} it`;
}

/** The note a finding ends with when a printed figure differs: releases revise past years. */
const REVISIONS =
  ' SIPRI revises past years in every release, so a figure printed from an earlier release can differ from this one without either being wrong.';

/** The claims behind the drawn figures, in the order drawn (the chart's mark data). */
function claimsOf(values: readonly PrintedOnSeries[], claims: ReadonlyMap<string, ViewClaim>) {
  return values.map((v) => claims.get(v.claim_id)).filter((c): c is ViewClaim => c !== undefined);
}

/** A section of claims drawn over the database's series, with what the two share. */
function sipriSection(
  id: SipriChartId,
  data: SipriChartData,
  claims: ReadonlyMap<string, ViewClaim>,
  drawn: PrintedOnSeries[],
  all: PrintedOnSeries[],
  finding: string,
  label: (v: PrintedOnSeries, n: number) => string,
): Omit<SectionModel<ViewClaim>, 'chart' | 'points'> & {
  points: SectionModel<ViewClaim>['points'];
} {
  const byClaim = new Map(drawn.map((v, i) => [v.claim_id, { v, n: i + 1 }]));
  const rows = claimsOf(all, claims);
  const flows = data.flows.filter((f) => all.some((v) => v.flow === f));
  return {
    id,
    title: SIPRI_TITLES[id],
    finding: drawn.length === 0 ? NONE_FINDING : finding,
    source: `${data.source} ${sourceLine(rows, 'Printed figures')}`,
    empty: drawn.length === 0 ? NONE_SHOWN : null,
    points: {
      className: id === 'sipri-deliveries' ? PRINTED_VALUE_CLASS : PRINTED_SHARE_CLASS,
      data: claimsOf(drawn, claims),
      describe: (c) => {
        const on = byClaim.get(c.claim_id);
        return on ? `${describeClaim(c)} ${label(on.v, on.n)}.` : describeClaim(c);
      },
    },
    rows,
    table: { columns: SIPRI_SERIES_COLUMNS, rows: sipriSeriesRows(data, id, claims, flows) },
    dataFile: REFERENCE_FILE,
    comparison: (c) => byClaim.get(c.claim_id)?.v.explanation ?? null,
  };
}

function deliveriesFinding(
  data: SipriChartData,
  flows: readonly string[],
  values: readonly PrintedOnSeries[],
): string {
  const parts = flows.map((flow) => {
    const { supplier, recipient } = flowOfLabel(flow);
    const series = data.deliveries.filter((d) => d.flow === flow);
    const first = series[0]?.year;
    const last = series.at(-1)?.year;
    const total = series.reduce((sum, d) => sum + d.tiv, 0);
    const peak = series.reduce((top, d) => (d.tiv > top.tiv ? d : top), { year: 0, tiv: 0 });
    if (first === undefined || last === undefined) return '';
    if (total === 0)
      return `SIPRI’s database records no arms deliveries from ${supplier} to ${recipient} in ${years(first, last)}.`;
    return (
      `SIPRI’s database gives ${supplier}’s arms deliveries to ${recipient} as ${whole(total)} million TIV over ${years(first, last)}, ` +
      `most in ${peak.year} (${whole(peak.tiv)} million).`
    );
  });
  const several = flows.length > 1;
  for (const v of values) {
    parts.push(
      `“${v.figure_text}”, printed for ${years(v.from, v.to)}${v.inferred ? ' (years inferred)' : ''}${several ? ` (${v.flow})` : ''}: ` +
        `the database gives ${whole(v.database)} million TIV for those years, and the printed figure ${standing(v, 'million')}.`,
    );
  }
  return (
    parts.filter((p) => p !== '').join(' ') +
    ' A TIV measures a volume of arms at unit production costs, not a price.' +
    (values.some((v) => v.outcome === 'differs') ? REVISIONS : '')
  );
}

function sharesFinding(
  data: SipriChartData,
  flows: readonly string[],
  printed: readonly PrintedOnSeries[],
): string {
  const parts = flows.map((flow) => {
    const { supplier, recipient } = flowOfLabel(flow);
    const shares = data.shares.filter(
      (d): d is typeof d & { share: number } => d.flow === flow && d.share !== null,
    );
    const first = shares[0];
    if (!first) return `SIPRI’s database records no arms imports by ${recipient} in these years.`;
    const low = shares.reduce((a, d) => (d.share < a.share ? d : a), first);
    const high = shares.reduce((a, d) => (d.share > a.share ? d : a), first);
    const latest = shares.at(-1) ?? first;
    return (
      `In SIPRI’s database, ${supplier}’s share of ${recipient}’s arms imports in windows of ` +
      `${latest.to - latest.from + 1} years is lowest at ${whole(low.share)} % (${years(low.from, low.to)}) ` +
      `and highest at ${whole(high.share)} % (${years(high.from, high.to)}); in the latest window, ` +
      `${years(latest.from, latest.to)}, it is ${whole(latest.share)} %.`
    );
  });
  const several = flows.length > 1;
  for (const v of printed) {
    parts.push(
      `“${v.figure_text}” (${years(v.from, v.to)}${v.inferred ? ', window inferred' : ''}${several ? `, ${v.flow}` : ''}): ` +
        `the database gives ${whole(v.database)} %, and the printed figure ${standing(v, 'points')}.`,
    );
  }
  return (
    parts.join(' ') +
    ' Shares for different windows are different figures.' +
    (printed.some((v) => v.outcome === 'differs') ? REVISIONS : '')
  );
}

/**
 * The SIPRI sections for the claims shown: each when the whole ledger has printed figures for it
 * (so that its id stays put under filters), none for a ledger without SIPRI's reference table.
 */
export function sipriSections(
  data: SipriChartData | null,
  shown: readonly ViewClaim[],
): { deliveries: SectionModel<ViewClaim>[]; shares: SectionModel<ViewClaim>[] } {
  if (!data) return { deliveries: [], shares: [] };
  const claims = new Map(shown.map((c) => [c.claim_id, c]));

  // A printed sum covers several years: one bracket per figure, however often it is printed.
  const values = data.values.filter((v) => claims.has(v.claim_id));
  const brackets = drawLimit(distinctValues(values), 'printed figures', 'in the ledger’s order');
  const valueFlows = data.flows.filter((f) => values.some((v) => v.flow === f));
  const deliveriesData = {
    ...data,
    flows: valueFlows,
    deliveries: data.deliveries.filter((d) => valueFlows.includes(d.flow)),
    values: brackets.drawn,
  };
  const deliveries = sipriSection(
    'sipri-deliveries',
    data,
    claims,
    brackets.drawn,
    values,
    deliveriesFinding(data, valueFlows, brackets.drawn) + brackets.note,
    (v) => valueLabel(v),
  );

  const printed = data.printedShares.filter((v) => claims.has(v.claim_id));
  const points = drawLimit(printed, 'printed shares', 'in the ledger’s order');
  const shareFlows = data.flows.filter((f) => printed.some((v) => v.flow === f));
  const sharesData = {
    ...data,
    flows: shareFlows,
    shares: data.shares.filter((d) => shareFlows.includes(d.flow)),
    printedShares: points.drawn,
  };
  const shares = sipriSection(
    'sipri-shares',
    data,
    claims,
    points.drawn,
    printed,
    sharesFinding(data, shareFlows, points.drawn) + points.note,
    (v, n) => shareLabel(v, n),
  );

  return {
    deliveries:
      data.values.length > 0
        ? [{ ...deliveries, chart: (ctx) => sipriDeliveriesChart(deliveriesData, ctx) }]
        : [],
    shares:
      data.printedShares.length > 0
        ? [{ ...shares, chart: (ctx) => sipriSharesChart(sharesData, ctx) }]
        : [],
  };
}
