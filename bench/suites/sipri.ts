/**
 * SIPRI's trade register, from the 2 MB export to every comparison (target: under 300 ms). Reading
 * the file is not timed; the stages are:
 *
 * - import: the notes block, the header and 20,480 rows read and checked (csv-parse and the
 *   column table of src/lib/reference/sipriExportFormat.ts);
 * - import + series + comparisons: the import, the register summed for the recipients the
 *   ledger names, every series (each flow's deliveries by year, the recipient's imports by
 *   supplier for each window a figure names, the share in every five-year window) and every
 *   comparison of a printed figure with the database: what `npm run sipri`, the report and the
 *   notebook compute, end to end.
 *
 * The export lives beside the checkout (../shared/reference, see ../shared/SOURCES.md); without
 * it the suite fails and says where it should be.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { readLedger } from '../../src/lib/data/readLedgerFiles.ts';
import {
  buildSipriReference,
  recipientsNamed,
} from '../../src/lib/reference/buildSipriReference.ts';
import { importSipriExport } from '../../src/lib/reference/importSipriExport.ts';
import { DEFAULT_EXPORT } from '../../src/lib/reference/sipriCliOptions.ts';
import {
  compareWithSipri,
  type ComparableClaim,
  type SipriComparison,
} from '../../src/lib/reference/sipriComparisons.ts';
import { SIPRI_WINDOW_YEARS } from '../../src/lib/reference/sipriReleases.ts';
import {
  deliveriesByYear,
  importsBySupplier,
  sharesByWindow,
  type Flow,
} from '../../src/lib/reference/sipriSeries.ts';
import { measure, type BenchOptions, type BenchRow } from '../run.ts';

export const name = 'sipri';

/** Everything the product computes from an export, for the ledger's claims. */
function everything(text: string, claims: ComparableClaim[]): SipriComparison[] {
  const imported = importSipriExport(text, DEFAULT_EXPORT);
  const reference = buildSipriReference(imported, {
    recipients: recipientsNamed(claims),
    exportFile: 'export.csv',
    sha256: '',
  });
  if ('error' in reference) throw new Error(reference.error);
  const [from, to] = reference.release.deliveryYears;
  const comparisons = compareWithSipri(claims, reference);
  // Each series once per flow and per window, as the notebook and a chart need them.
  const flows = new Map<string, Flow>();
  const windows = new Map<string, { recipient: string; from: number; to: number }>();
  for (const r of comparisons) {
    if (r.supplier === null || r.recipient === null) continue;
    flows.set(`${r.supplier}>${r.recipient}`, { supplier: r.supplier, recipient: r.recipient });
    if (r.window_from === null || r.window_to === null) continue;
    const window = { recipient: r.recipient, from: r.window_from, to: r.window_to };
    windows.set(`${r.recipient} ${r.window_from}-${r.window_to}`, window);
  }
  for (const flow of flows.values()) {
    deliveriesByYear(reference.totals, flow, { from, to });
    sharesByWindow(reference.totals, flow, { from, to }, SIPRI_WINDOW_YEARS);
  }
  for (const w of windows.values()) importsBySupplier(reference.totals, w.recipient, w);
  return comparisons;
}

/**
 * CPU time of `fn` (median of `runs`): on this shared machine other processes stretch the wall
 * clock, and the CPU time says what the code itself costs.
 */
function cpuMedian(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

export async function run({ quick }: BenchOptions): Promise<BenchRow[]> {
  const file = resolve(DEFAULT_EXPORT);
  if (!existsSync(file)) {
    throw new Error(`the SIPRI export is expected at ${file} (see ../shared/SOURCES.md)`);
  }
  const bytes = readFileSync(file);
  const text = bytes.toString('utf8');
  const claims = readLedger('data').claims.objects() as ComparableClaim[];
  const runs = quick ? 3 : 21;
  const warmup = quick ? 1 : 3;
  const rows = importSipriExport(text, DEFAULT_EXPORT).rows;
  const size = { rows, mb: bytes.length / 1e6 };
  const imported = measure(() => importSipriExport(text, DEFAULT_EXPORT), { runs, warmup });
  const all = measure(() => everything(text, claims), { runs, warmup });
  // Measured right after: the machine's load and what the same work costs in CPU time.
  const context = {
    cpu_median_ms: cpuMedian(() => everything(text, claims), runs),
    load_1min: loadavg()[0] ?? null,
  };
  return [
    { case: 'import', ...size, ...imported },
    {
      case: 'import + series + comparisons',
      ...size,
      comparisons: everything(text, claims).length,
      ...all,
      ...context,
      target: '< 300 ms',
      meets_target: all.median_ms < 300,
    },
  ];
}
