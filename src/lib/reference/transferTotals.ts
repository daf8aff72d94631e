/**
 * The register's delivery rows summed by year, supplier and recipient: the compact table the
 * product keeps (data/reference/sipri-transfers.csv) and every series is computed from. Sums of
 * SIPRI's own per-row TIV figures, which the register gives to two decimals.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';

/** The columns of the totals table, in order. */
export const TOTAL_COLUMNS = [
  'year',
  'supplier',
  'recipient',
  'tiv',
  'tiv_estimated',
  'deliveries',
  'deliveries_under_half',
] as const;

export interface TotalRow {
  year: number;
  supplier: string;
  recipient: string;
  /** TIV delivered that year, in millions. */
  tiv: number;
  /** Of which: rows whose number delivered or delivery year SIPRI marks as an estimate. */
  tiv_estimated: number;
  /** Delivery rows summed. */
  deliveries: number;
  /** Rows the register gives as 0: between 0 and 0.5 million TIV, by SIPRI's convention. */
  deliveries_under_half: number;
}

interface DeliveryRow {
  recipient: string;
  delivery_year: number | null;
  tiv_delivered: number | null;
  number_delivered_estimate: boolean | null;
  delivery_year_estimate: boolean | null;
  estimated: boolean;
}

/** Flags an export may lack; without them no row counts as estimated. */
const FLAG_COLUMNS = ['number_delivered_estimate', 'delivery_year_estimate'];

/**
 * Sum the deliveries of an imported export (importSipriExport's `deliveries`), for the given
 * recipients or all. Rows without a delivery year or a delivered TIV (no delivery identified)
 * add nothing.
 */
export function transferTotals(
  deliveries: ColumnTable,
  recipients?: readonly string[],
): ColumnTable {
  const missing = FLAG_COLUMNS.filter((c) => !deliveries.columnNames().includes(c));
  const flagged =
    missing.length === 0
      ? deliveries
      : deliveries.derive(Object.fromEntries(missing.map((c) => [c, () => null])));
  const kept =
    recipients === undefined
      ? flagged
      : flagged
          .params({ recipients: [...recipients] })
          .filter((d: DeliveryRow, $: { recipients: string[] }) =>
            aq.op.includes($.recipients, d.recipient),
          );
  const summed = kept
    .filter((d: DeliveryRow) => d.delivery_year !== null && d.tiv_delivered !== null)
    .derive({
      estimated: (d: DeliveryRow) =>
        d.number_delivered_estimate === true || d.delivery_year_estimate === true,
    })
    .rename({ delivery_year: 'year' })
    .groupby('year', 'supplier', 'recipient')
    .rollup({
      tiv: (d: DeliveryRow) => aq.op.sum(d.tiv_delivered),
      tiv_estimated: (d: DeliveryRow) => aq.op.sum(d.estimated ? d.tiv_delivered : 0),
      deliveries: () => aq.op.count(),
      deliveries_under_half: (d: DeliveryRow) => aq.op.sum(d.tiv_delivered === 0 ? 1 : 0),
    })
    .orderby('recipient', 'supplier', 'year');
  // Hundredths: the register's precision, and no floating-point dust in the CSV.
  return summed.derive({
    tiv: (d: TotalRow) => aq.op.round(d.tiv * 100) / 100,
    tiv_estimated: (d: TotalRow) => aq.op.round(d.tiv_estimated * 100) / 100,
  });
}
