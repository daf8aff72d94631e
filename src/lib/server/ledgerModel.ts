/**
 * The build-time boundary between the ledger and the pages: the dashboard's model (view/
 * buildModel.ts: the loader, the contradiction engine and the filter vocabulary) computed from
 * the ledger's CSV files. The routes' loaders return it as page data, so the pages ship finished
 * rows and load neither Arquero nor a CSV parser; the embed's classic script bundles the same.
 *
 * LEDGER_DATA names another ledger folder (the hostile fixture in tests); else `data/`.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readLedger } from '../data/readLedgerFiles.ts';
import { buildModel } from '../view/buildModel.ts';
import type { DashboardModel } from '../view/dashboardModel.ts';

export const LEDGER_FILES = ['sources.csv', 'claims.csv', 'events.csv'] as const;

export function ledgerDir(): string {
  return resolve(process.env.LEDGER_DATA ?? 'data');
}

let cached: { key: string; model: DashboardModel } | null = null;

/** The model of the ledger folder, computed once per version of its files. */
export function ledgerModel(dir = ledgerDir()): DashboardModel {
  const key = [dir, ...LEDGER_FILES.map((f) => statSync(join(dir, f)).mtimeMs)].join('\n');
  if (cached?.key !== key) cached = { key, model: buildModel(readLedger(dir)) };
  return cached.model;
}
