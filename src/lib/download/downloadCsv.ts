/**
 * The rows behind a chart as a CSV download: a module of its own, so that the embed, whose only
 * download this is, carries the CSV writer without the image and zip code in download/exports.ts.
 */
import type { SectionModel } from '../view/sections.ts';
import { CLAIM_EXPORT_COLUMNS } from '../view/exportColumns.ts';
import { saveFile } from './saveFile.ts';
import { toCsv } from './toCsv.ts';

/**
 * The rows behind a chart, as shown: its claims, or, for a chart drawn from a reference database
 * beside the claims, its own table (the database's series and the printed figures, each row with
 * its source).
 */
export function downloadCsv(section: Pick<SectionModel<unknown>, 'id' | 'rows' | 'table'>): void {
  const csv = section.table
    ? toCsv(section.table.rows, [...section.table.columns])
    : toCsv(section.rows as unknown as Record<string, unknown>[], [...CLAIM_EXPORT_COLUMNS]);
  saveFile(`${section.id}.csv`, csv, 'text/csv;charset=utf-8');
}
