/** The chart ids of a ledger's site: the fixed views and the sections its data calls for. */
import { readLedger } from '../../src/lib/data/readLedgerFiles.ts';
import { buildModel } from '../../src/lib/view/buildModel.ts';
import { chartIds } from '../../src/lib/view/sections.ts';

export const ledgerChartIds = (dataDir: string): string[] =>
  chartIds(buildModel(readLedger(dataDir)));

/** The bundled ledger's. */
export const CHART_IDS: readonly string[] = ledgerChartIds('data');
