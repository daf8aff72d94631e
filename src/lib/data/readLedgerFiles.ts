/** Node side of the loader: read the three CSV files of a data folder. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLedger, type Ledger, type LedgerTexts } from './loadLedger.ts';

export function readLedgerTexts(dataDir: string): LedgerTexts {
  const read = (name: string) => readFileSync(join(dataDir, `${name}.csv`), 'utf8');
  return { sources: read('sources'), claims: read('claims'), events: read('events') };
}

export function readLedger(dataDir: string): Ledger {
  return loadLedger(readLedgerTexts(dataDir));
}
