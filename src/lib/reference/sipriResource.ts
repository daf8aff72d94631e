/**
 * The reference table's entry in the Data Package (data/datapackage.json): where the table is,
 * what its columns mean, and the release it was computed from, with SIPRI's citation. `npm run
 * sipri` writes it; the report, the notebook and the tests read the release back from it, so the
 * release a comparison names is always the one the table came from.
 */
import { formatDate } from '../format/formatValue.ts';

export const SIPRI_RESOURCE_NAME = 'sipri-transfers';
/** Inside the data folder. */
export const SIPRI_RESOURCE_PATH = 'reference/sipri-transfers.csv';
export const SIPRI_DATABASE = 'SIPRI Arms Transfers Database';
export const SIPRI_DATABASE_URL = 'https://www.sipri.org/databases/armstransfers';

/** The release a reference table came from: what the export's notes and rows say. */
export interface SipriRelease {
  /** When SIPRI's website generated the export (local time as printed, no zone). */
  generated: string;
  /** The export's file name (never its path: the file stays outside the repository). */
  exportFile: string;
  /** SHA-256 of the export's bytes, to tell exports of the same day apart. */
  sha256: string;
  /** The years the export was made for (deals with deliveries or orders in them). */
  yearRange: [number, number];
  /** First and last delivery year in the register: the years its figures cover. */
  deliveryYears: [number, number];
  /** Suppliers and recipients the export was made for ("All countries"). */
  suppliers: string;
  recipients: string;
  /** Delivery rows in the export. */
  registerRows: number;
  /** Recipients whose imports the reference table keeps (from every supplier). */
  recipientsKept: string[];
  /** How to cite the figures, as the export asks. */
  citation: string;
}

/** "Source: SIPRI Arms Transfers Database. Data generated: 3 January 2025." */
export function sipriCitation(generated: string): string {
  return `Source: ${SIPRI_DATABASE}. Data generated: ${formatDate(generated.slice(0, 10))}.`;
}

/** "data generated 3 January 2025, deliveries 2000-2023": how a comparison names its release. */
export function releaseLabel(release: Pick<SipriRelease, 'generated' | 'deliveryYears'>): string {
  const [first, last] = release.deliveryYears;
  return `data generated ${formatDate(release.generated.slice(0, 10))}, deliveries ${first}–${last}`;
}

const FIELDS = [
  ['year', 'integer', 'Delivery year.'],
  ['supplier', 'string', "Supplier, as SIPRI names it (e.g. 'Turkiye', 'unknown supplier(s)')."],
  ['recipient', 'string', 'Recipient, as SIPRI names it.'],
  [
    'tiv',
    'number',
    'SIPRI trend-indicator value delivered that year, in millions: a volume of transfers at unit production costs, not a price paid. Sum of the register rows, each given to two decimals.',
  ],
  [
    'tiv_estimated',
    'number',
    'Of tiv: rows whose number delivered or delivery year SIPRI marks as an estimate.',
  ],
  ['deliveries', 'integer', 'Register rows (deal and delivery year) summed.'],
  [
    'deliveries_under_half',
    'integer',
    'Of those: rows the register gives as 0, which SIPRI uses for deliveries between 0 and 0.5 million TIV; tiv may be short by up to half a million for each.',
  ],
] as const;

/** The Data Package resource for the reference table. */
export function sipriResource(release: SipriRelease): Record<string, unknown> {
  return {
    name: SIPRI_RESOURCE_NAME,
    path: SIPRI_RESOURCE_PATH,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    title: 'SIPRI arms transfers by year, supplier and recipient (reference data)',
    description:
      `Reference data beside the ledger, not figures from the articles: SIPRI's trend-indicator values delivered each year by every supplier to ${release.recipientsKept.join(', ')}, summed from SIPRI's trade register (${releaseLabel(release)}). ` +
      'SIPRI revises past years in every release. Written by `npm run sipri`; do not edit by hand.',
    sources: [{ title: SIPRI_DATABASE, path: SIPRI_DATABASE_URL }],
    sipriRelease: release,
    schema: {
      fields: FIELDS.map(([name, type, description]) => ({
        name,
        type,
        description,
        constraints: type === 'string' ? { required: true } : { required: true, minimum: 0 },
      })),
      primaryKey: ['year', 'supplier', 'recipient'],
      missingValues: [''],
    },
  };
}

const isYears = (x: unknown): x is [number, number] =>
  Array.isArray(x) && x.length === 2 && x.every((n) => Number.isInteger(n));

/** The release recorded in a descriptor, or null when it has no reference table (or a broken one). */
export function releaseOf(descriptor: unknown): SipriRelease | null {
  const resources = (descriptor as { resources?: unknown[] } | null)?.resources ?? [];
  const resource = resources.find(
    (r) => (r as { name?: unknown } | null)?.name === SIPRI_RESOURCE_NAME,
  ) as { sipriRelease?: Partial<SipriRelease> } | undefined;
  const r = resource?.sipriRelease;
  if (!r || typeof r.generated !== 'string' || !isYears(r.deliveryYears) || !isYears(r.yearRange))
    return null;
  if (!Array.isArray(r.recipientsKept) || typeof r.citation !== 'string') return null;
  return r as SipriRelease;
}
