/**
 * The rows behind a chart as a CSV download: a module of its own, so that the embed, whose only
 * download this is, carries the CSV writer without the image and zip code in download/exports.ts.
 */
import type { SectionModel } from '../view/sections.ts';
import { CLAIM_EXPORT_COLUMNS } from '../view/exportColumns.ts';
import { saveFile } from './saveFile.ts';
import { toCsv } from './toCsv.ts';

/** The rows behind a chart, as shown. */
export function downloadCsv(section: Pick<SectionModel<unknown>, 'id' | 'rows'>): void {
  const rows = section.rows as unknown as Record<string, unknown>[];
  saveFile(`${section.id}.csv`, toCsv(rows, [...CLAIM_EXPORT_COLUMNS]), 'text/csv;charset=utf-8');
}
