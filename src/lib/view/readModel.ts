/**
 * Node side of buildModel: the dashboard's model of a data folder, from its ledger and, when the
 * folder has one, the SIPRI reference table beside it (`reference/sipri-transfers.csv` with its
 * release in `datapackage.json`). The Vite plugin, the prerender and the tests build the model
 * through this, so that all of them see the same one.
 */
import { readLedger } from '../data/readLedgerFiles.ts';
import { readSipriReference } from '../reference/readSipriReference.ts';
import { buildModel } from './buildModel.ts';
import type { DashboardModel } from './dashboardModel.ts';

/** `warn` hears, in words, why a folder's SIPRI charts will have nothing to draw. */
export function readModel(dataDir: string, warn?: (message: string) => void): DashboardModel {
  const reference = readSipriReference(dataDir);
  if ('missing' in reference) warn?.(`no SIPRI reference table: ${reference.missing}`);
  return buildModel(readLedger(dataDir), 'missing' in reference ? null : reference);
}
