/**
 * The data files published beside the site, in `data/`: every table of the ledger's descriptor,
 * the descriptor itself, the ledger's README and the claims joined to their sources. They serve
 * the "Get the data" links that work without JavaScript and anyone who points a Data Package
 * reader at the site.
 *
 * Every CSV goes through the same writer as the downloads (`toCsv`), never copied verbatim: a
 * ledger note such as `=HYPERLINK("http://evil","x")`, which the validator accepts, would
 * otherwise be a live formula in a spreadsheet. Values are otherwise kept as written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { CLAIM_EXPORT_COLUMNS } from '../view/exportColumns.ts';
import type { ViewClaim } from '../view/viewClaim.ts';
import { CSV_DIALECT, toCsv } from './toCsv.ts';

export interface PublishedFile {
  /** Path inside the published data folder, e.g. `claims.csv`. */
  path: string;
  contents: string;
}

interface Resource {
  path?: unknown;
  schema?: unknown;
  [key: string]: unknown;
}

/**
 * A published table name: a `.csv` file in the folder or in one plain subfolder (the reference
 * tables live in `reference/`), so no path from a descriptor leaves the folder.
 */
const FLAT_CSV = /^([A-Za-z0-9][A-Za-z0-9_-]*\/)?[A-Za-z0-9][A-Za-z0-9_-]*\.csv$/;

/**
 * One ledger table rewritten by the safe writer, without a byte-order mark (a descriptor points
 * at it): the same header and rows, text cells that a spreadsheet would run as a formula
 * prefixed with an apostrophe. Throws with the file's name when the CSV cannot be read.
 */
export function publishLedgerTable(text: string, file: string): string {
  let records: string[][];
  try {
    records = parse(text, { bom: true }) as string[][];
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
  const [header, ...rows] = records;
  if (!header) throw new Error(`${file}: no header row`);
  const keyed = rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
  return toCsv(keyed, header, { byteOrderMark: false });
}

/** The ledger's descriptor, each resource declaring the dialect `toCsv` writes. */
export function publishedDescriptor(descriptor: { resources?: unknown }): string {
  const resources = (Array.isArray(descriptor.resources) ? descriptor.resources : []).map(
    (resource: Resource) => {
      // The dialect before the schema, where a reader of the file looks for it.
      const { schema, ...rest } = resource;
      return { ...rest, encoding: 'utf-8', dialect: CSV_DIALECT, schema };
    },
  );
  return `${JSON.stringify({ ...descriptor, resources }, null, 2)}\n`;
}

function tablePaths(descriptor: { resources?: unknown }): string[] {
  const resources = Array.isArray(descriptor.resources) ? descriptor.resources : [];
  return resources.map((resource: Resource) => {
    const path = String(resource.path);
    if (!FLAT_CSV.test(path)) {
      throw new Error(
        `datapackage.json: resource path ${JSON.stringify(path)} is not a .csv file inside the folder`,
      );
    }
    return path;
  });
}

/**
 * Everything to publish from the ledger folder `dataDir`, with `claims` (the dashboard's claims,
 * joined to their sources) as `claims-with-sources.csv`: that one file is for spreadsheets and
 * keeps the byte-order mark, like the per-chart downloads. The ledger's README.md is published
 * when the folder has one.
 */
export function publishedDataFiles(dataDir: string, claims: readonly ViewClaim[]): PublishedFile[] {
  const descriptor = JSON.parse(readFileSync(join(dataDir, 'datapackage.json'), 'utf8')) as {
    resources?: unknown;
  };
  const files: PublishedFile[] = [
    {
      path: 'claims-with-sources.csv',
      contents: toCsv(claims as unknown as Record<string, unknown>[], [...CLAIM_EXPORT_COLUMNS]),
    },
    ...tablePaths(descriptor).map((path) => ({
      path,
      contents: publishLedgerTable(readFileSync(join(dataDir, path), 'utf8'), join(dataDir, path)),
    })),
    { path: 'datapackage.json', contents: publishedDescriptor(descriptor) },
  ];
  const readme = join(dataDir, 'README.md');
  if (existsSync(readme)) files.push({ path: 'README.md', contents: readFileSync(readme, 'utf8') });
  return files;
}
