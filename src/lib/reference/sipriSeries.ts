/**
 * The database's own series, from the totals table (transferTotals.ts, or the reference CSV
 * read back): one flow's deliveries by year, a recipient's imports by supplier, and a supplier's
 * share of a recipient's imports for any window. Shares are of TIV delivered over the window,
 * as SIPRI computes them.
 *
 * Arquero compiles these expressions: values come in through params, never closures.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { TotalRow } from './transferTotals.ts';

/** A span of whole years, both ends included. */
export interface YearWindow {
  from: number;
  to: number;
}

/** Who delivered to whom. Names as SIPRI writes them ("Israel", "Turkiye"). */
export interface Flow {
  supplier: string;
  recipient: string;
}

interface WindowParams extends YearWindow {
  supplier: string;
  recipient: string;
}

const inWindow = (totals: ColumnTable, recipient: string, window: YearWindow) =>
  totals
    .params({ recipient, from: window.from, to: window.to, supplier: '' })
    .filter(
      (d: TotalRow, $: WindowParams) =>
        d.recipient === $.recipient && d.year >= $.from && d.year <= $.to,
    );

/** TIV in hundredths of a million, as the register gives it: sums carry no floating-point dust. */
const hundredths = (x: number) => Math.round(x * 100) / 100;

/** One flow's TIV for every year of `years`, 0 for a year without deliveries. */
export function deliveriesByYear(totals: ColumnTable, flow: Flow, years: YearWindow): ColumnTable {
  const delivered = inWindow(totals, flow.recipient, years)
    .params({ supplier: flow.supplier })
    .filter((d: TotalRow, $: WindowParams) => d.supplier === $.supplier)
    .groupby('year')
    .rollup({ tiv: (d: TotalRow) => aq.op.sum(d.tiv) });
  const every = aq.table({
    year: Array.from({ length: years.to - years.from + 1 }, (_, i) => years.from + i),
  });
  return every
    .join_left(delivered, 'year')
    .impute({ tiv: () => 0 })
    .derive({ tiv: (d: { tiv: number }) => aq.op.round(d.tiv * 100) / 100 })
    .orderby('year');
}

/** A recipient's imports over a window by supplier, largest first, with each one's share (%). */
export function importsBySupplier(
  totals: ColumnTable,
  recipient: string,
  window: YearWindow,
): ColumnTable {
  const bySupplier = inWindow(totals, recipient, window)
    .groupby('supplier')
    .rollup({ tiv: (d: TotalRow) => aq.op.sum(d.tiv) })
    .derive({ tiv: (d: { tiv: number }) => aq.op.round(d.tiv * 100) / 100 });
  const total = hundredths(Number(bySupplier.rollup({ t: aq.op.sum('tiv') }).get('t', 0)) || 0);
  return bySupplier
    .params({ total })
    .derive({
      share: (d: { tiv: number }, $: { total: number }) =>
        $.total > 0 ? (100 * d.tiv) / $.total : null,
    })
    .orderby(aq.desc('tiv'), 'supplier');
}

export interface Share {
  /** The supplier's TIV over the window, millions. */
  supplierTiv: number;
  /** The recipient's imports from every supplier over the window, millions. */
  totalTiv: number;
  /** Per cent; null when the recipient imported nothing in the window. */
  share: number | null;
}

/** A supplier's share of a recipient's imports over a window. */
export function supplierShare(totals: ColumnTable, flow: Flow, window: YearWindow): Share {
  const sums = inWindow(totals, flow.recipient, window)
    .params({ supplier: flow.supplier })
    .rollup({
      supplier_tiv: (d: TotalRow, $: WindowParams) =>
        aq.op.sum(d.supplier === $.supplier ? d.tiv : 0),
      total_tiv: (d: TotalRow) => aq.op.sum(d.tiv),
    })
    .object(0) as { supplier_tiv: number | undefined; total_tiv: number | undefined };
  const supplierTiv = hundredths(sums.supplier_tiv ?? 0);
  const totalTiv = hundredths(sums.total_tiv ?? 0);
  return { supplierTiv, totalTiv, share: totalTiv > 0 ? (100 * supplierTiv) / totalTiv : null };
}

/** One flow's TIV summed over a window, millions. */
export function flowTiv(totals: ColumnTable, flow: Flow, window: YearWindow): number {
  return supplierShare(totals, flow, window).supplierTiv;
}

/** The supplier's share in every window of `length` years within `years` (SIPRI uses five). */
export function sharesByWindow(
  totals: ColumnTable,
  flow: Flow,
  years: YearWindow,
  length: number,
): ColumnTable {
  const rows = [];
  for (let from = years.from; from + length - 1 <= years.to; from++) {
    const window = { from, to: from + length - 1 };
    const s = supplierShare(totals, flow, window);
    rows.push({
      from,
      to: window.to,
      supplier_tiv: s.supplierTiv,
      total_tiv: s.totalTiv,
      share: s.share,
    });
  }
  return aq.from(rows);
}
