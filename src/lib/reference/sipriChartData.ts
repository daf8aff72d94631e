/**
 * What a page needs to draw the database beside the printed figures, and nothing more: each
 * flow's TIV by year, the share in every five-year window, and the printed figures placed on
 * them (the years a value covers, the window a share names), with the release's source line.
 * Computed at build time from the reference table; a few kilobytes of JSON, never the register.
 */
import type { SipriComparison, SipriReference } from './sipriComparisons.ts';
import { SIPRI_WINDOW_YEARS } from './sipriReleases.ts';
import { flowLabel } from './flowLabel.ts';
import { deliveriesByYear, sharesByWindow, type Flow } from './sipriSeries.ts';

export interface PrintedOnSeries {
  claim_id: string;
  figure_text: string;
  flow: string;
  from: number;
  to: number;
  /** The window is the ledger's reading or this project's inference, not printed. */
  inferred: boolean;
  /** In the chart's unit: TIV millions for values, per cent for shares. */
  printed: number;
  database: number;
  outcome: SipriComparison['outcome'];
  /** The comparison in words, as `npm run report` prints it: the provenance card shows it. */
  explanation: string;
}

export interface SipriChartData {
  /** The source line every chart of it carries. */
  source: string;
  flows: string[];
  deliveries: { flow: string; year: number; tiv: number }[];
  shares: { flow: string; from: number; to: number; share: number | null }[];
  /** Printed TIV sums, over the years each covers. */
  values: PrintedOnSeries[];
  /** Printed shares, at the window each names. */
  printedShares: PrintedOnSeries[];
}

const onSeries = (r: SipriComparison): PrintedOnSeries => ({
  claim_id: r.claim_id,
  figure_text: r.figure_text,
  flow: flowLabel({ supplier: r.supplier as string, recipient: r.recipient as string }),
  from: r.window_from as number,
  to: r.window_to as number,
  inferred: r.window_basis !== 'stated',
  printed: r.printed as number,
  database: r.database as number,
  outcome: r.outcome,
  explanation: r.explanation,
});

/** The chart data for the comparisons made against a reference table. */
export function sipriChartData(
  reference: SipriReference,
  comparisons: readonly SipriComparison[],
): SipriChartData {
  const compared = comparisons.filter((r) => r.database !== null && r.printed !== null);
  const flows = new Map<string, Flow>();
  for (const r of compared) {
    const flow = { supplier: r.supplier as string, recipient: r.recipient as string };
    flows.set(flowLabel(flow), flow);
  }
  const [from, to] = reference.release.deliveryYears;
  const years = { from, to };
  const perFlow = [...flows].map(([label, flow]) => ({
    deliveries: (
      deliveriesByYear(reference.totals, flow, years).objects() as {
        year: number;
        tiv: number;
      }[]
    ).map((d) => ({ flow: label, ...d })),
    shares: (
      sharesByWindow(reference.totals, flow, years, SIPRI_WINDOW_YEARS).objects() as {
        from: number;
        to: number;
        share: number | null;
      }[]
    ).map(({ from, to, share }) => ({ flow: label, from, to, share })),
  }));
  return {
    source: `${reference.release.citation.replace(/\.$/, '')}; deliveries ${from}–${to}.`,
    flows: [...flows.keys()],
    deliveries: perFlow.flatMap((f) => f.deliveries),
    shares: perFlow.flatMap((f) => f.shares),
    values: compared.filter((r) => r.kind === 'tiv_sum').map(onSeries),
    printedShares: compared.filter((r) => r.kind === 'share').map(onSeries),
  };
}
