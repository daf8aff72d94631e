import { error } from '@sveltejs/kit';
import { ledgerDir, ledgerModel } from '$lib/server/ledgerModel.ts';
import { publishedDataFiles } from '$lib/download/publishedData.ts';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * data/…: the ledger's tables, its descriptor and README, and the claims joined to their sources,
 * each written at build time by the safe CSV writer (download/publishedData.ts), for "Get the
 * data" links that work without JavaScript and for Data Package readers.
 */
export const prerender = true;

const files = () => publishedDataFiles(ledgerDir(), ledgerModel().claims);

export const entries: EntryGenerator = () => files().map((file) => ({ path: file.path }));

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  md: 'text/markdown; charset=utf-8',
};

export const GET: RequestHandler = ({ params }) => {
  const file = files().find((f) => f.path === params.path);
  if (!file) error(404, `No data file ${params.path}.`);
  const type = TYPES[file.path.split('.').pop() ?? ''] ?? 'application/octet-stream';
  return new Response(file.contents, { headers: { 'content-type': type } });
};
