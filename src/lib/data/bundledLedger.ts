/** The ledger shipped with the site: Vite bundles the CSV files as text at build time. */
import sources from '../../../data/sources.csv?raw';
import claims from '../../../data/claims.csv?raw';
import events from '../../../data/events.csv?raw';
import { loadLedger, type Ledger } from './loadLedger.ts';

export const bundledTexts = { sources, claims, events };

export function bundledLedger(): Ledger {
  return loadLedger(bundledTexts);
}
