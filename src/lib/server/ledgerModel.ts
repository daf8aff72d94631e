/**
 * The build-time boundary between the ledger and the pages: the dashboard's model (view/
 * readModel.ts: the loader, the contradiction engine, the SIPRI reference and the filter
 * vocabulary) computed from the ledger's folder. The routes' loader returns it as page data, so
 * the pages ship finished rows and load neither Arquero nor a CSV parser; the embed's classic
 * script bundles the same.
 *
 * LEDGER_DATA names another ledger folder (the hostile fixture in tests); else `data/`.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SIPRI_RESOURCE_PATH } from '../reference/sipriResource.ts';
import type { DashboardModel } from '../view/dashboardModel.ts';
import { readModel } from '../view/readModel.ts';

/** The files the model is read from (the descriptor records the SIPRI table's release). */
export const LEDGER_FILES = [
  'sources.csv',
  'claims.csv',
  'events.csv',
  'datapackage.json',
  SIPRI_RESOURCE_PATH,
];

export const ledgerDir = (): string => resolve(process.env.LEDGER_DATA ?? 'data');

let cached: { key: string; model: DashboardModel } | null = null;

/** The model of the ledger folder, computed once per version of its files. */
export function ledgerModel(dir = ledgerDir()): DashboardModel {
  const mtime = (file: string) => statSync(join(dir, file), { throwIfNoEntry: false })?.mtimeMs;
  const key = [dir, ...LEDGER_FILES.map(mtime)].join('\n');
  if (cached?.key !== key)
    cached = { key, model: readModel(dir, (message) => console.warn(message)) };
  return cached.model;
}
