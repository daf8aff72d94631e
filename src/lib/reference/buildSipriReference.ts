/**
 * From an imported export to the reference table the product keeps: the imports of the
 * recipients the ledger's arms figures name (from every supplier, since a share needs them all),
 * with the release recorded. Refuses an export that cannot give those shares.
 */
import { flowOf } from './flows.ts';
import type { SipriExport } from './importSipriExport.ts';
import { COMPARED_MEASURES, type SipriReference } from './sipriComparisons.ts';
import { sipriCitation, type SipriRelease } from './sipriResource.ts';
import { transferTotals } from './transferTotals.ts';

/** SIPRI's words for an export of every supplier. */
const ALL_COUNTRIES = 'All countries';

/** The recipients of the flows the ledger's comparable claims count, in first-seen order. */
export function recipientsNamed(claims: readonly { measure: string; counted: string }[]): string[] {
  const named = claims
    .filter((c) => COMPARED_MEASURES[c.measure] !== undefined)
    .map((c) => flowOf(c.counted)?.recipient)
    .filter((r): r is string => r !== undefined);
  return [...new Set(named)];
}

export interface BuildOptions {
  recipients: readonly string[];
  /** File name of the export (no folder). */
  exportFile: string;
  sha256: string;
}

/** The reference table and its release, or why this export cannot give it. */
export function buildSipriReference(
  imported: SipriExport,
  options: BuildOptions,
): SipriReference | { error: string } {
  const { notes, deliveryYears } = imported;
  if (notes.suppliers !== ALL_COUNTRIES) {
    return {
      error: `${imported.file} covers transfers from ${notes.suppliers} only; a supplier's share of a recipient's imports needs every supplier: export from ${ALL_COUNTRIES}`,
    };
  }
  if (!deliveryYears) return { error: `${imported.file} holds no deliveries` };
  const present = new Set(imported.deliveries.array('recipient') as string[]);
  const absent = options.recipients.filter((r) => !present.has(r));
  if (absent.length > 0) {
    return {
      error: `${imported.file} has no deliveries to ${absent.join(', ')}; check the spelling SIPRI uses (src/lib/reference/flows.ts maps the ledger's names to SIPRI's)`,
    };
  }
  const release: SipriRelease = {
    generated: notes.generated,
    exportFile: options.exportFile,
    sha256: options.sha256,
    yearRange: [notes.yearFrom, notes.yearTo],
    deliveryYears,
    suppliers: notes.suppliers,
    recipients: notes.recipients,
    registerRows: imported.rows,
    recipientsKept: [...options.recipients],
    citation: sipriCitation(notes.generated),
  };
  return { totals: transferTotals(imported.deliveries, options.recipients), release };
}

/** The descriptor with the reference resource replaced, or appended when it has none. */
export function withResource(
  descriptor: { resources: { name?: unknown }[] },
  resource: Record<string, unknown>,
): { resources: unknown[] } {
  const at = descriptor.resources.findIndex((r) => r.name === resource.name);
  const resources =
    at < 0
      ? [...descriptor.resources, resource]
      : descriptor.resources.map((r, i) => (i === at ? resource : r));
  return { ...descriptor, resources };
}
