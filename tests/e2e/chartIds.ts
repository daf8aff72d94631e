/** The chart ids of a ledger's site: the fixed views and the sections its data calls for. */
import { readModel } from '../../src/lib/view/readModel.ts';
import { chartIds } from '../../src/lib/view/sections.ts';

/** As the build reads the folder: its ledger and the SIPRI reference table beside it. */
export const ledgerChartIds = (dataDir: string): string[] => chartIds(readModel(dataDir));

/** The bundled ledger's. */
export const CHART_IDS: readonly string[] = ledgerChartIds('data');
