/**
 * What the download buttons do, in one module that pages load only when a reader asks for a
 * file: the CSV writer, the image composer, the PNG encoder and the zip stay out of the code a
 * page needs to show its charts.
 */
import type { Theme } from '../charts/palette.ts';
import type { Filters } from '../state/filterQuery.ts';
import type { LedgerDescriptor } from '../view/bundleDescriptor.ts';
import type { DashboardModel } from '../view/dashboardModel.ts';
import { dataBundleFiles } from '../view/dataBundleFiles.ts';
import { fetchSiteJson } from '../view/fetchModel.ts';
import { sectionImageSvg } from '../view/sectionImage.ts';
import type { SectionModel } from '../view/sections.ts';
import type { ViewClaim } from '../view/viewClaim.ts';
import { buildDataZip } from './dataBundle.ts';
import { addPngText } from './pngText.ts';
import { saveFile } from './saveFile.ts';
import { svgToPng } from './svgToPng.ts';

type Section = Pick<
  SectionModel<unknown>,
  'id' | 'title' | 'finding' | 'source' | 'chart' | 'rows' | 'table'
>;

export { downloadCsv } from './downloadCsv.ts';

/** The chart with its title, finding, legend and source line. */
export function downloadSvg(section: Section, theme: Theme): void {
  saveFile(`${section.id}.svg`, sectionImageSvg(section, { width: 640, theme }), 'image/svg+xml');
}

/** The same image as PNG, its title and source also written into the file's metadata. */
export async function downloadPng(section: Section, theme: Theme): Promise<void> {
  const png = await svgToPng(sectionImageSvg(section, { width: 640, theme }));
  const tagged = addPngText(png, {
    Title: section.title,
    Description: section.finding,
    Source: section.source,
  });
  saveFile(`${section.id}.png`, tagged, 'image/png');
}

/**
 * Every table behind the page, filtered as shown, with descriptor and README. The ledger's own
 * descriptor, which the zip's is made from, is the site's published data/datapackage.json,
 * fetched on the click rather than carried in the page's scripts.
 */
export async function downloadAllData(
  model: DashboardModel,
  shown: readonly ViewClaim[],
  filters: Filters,
): Promise<void> {
  const descriptor = await fetchSiteJson<LedgerDescriptor>(
    new URL('data/datapackage.json', document.baseURI),
    "The ledger's descriptor",
  );
  const generated = new Date().toISOString().slice(0, 10);
  const files = dataBundleFiles(model, shown, filters, generated, descriptor);
  saveFile('karabakh-arms-ledger.zip', buildDataZip(files), 'application/zip');
}
