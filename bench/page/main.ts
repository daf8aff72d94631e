/**
 * The benchmark page: the real dashboard (src/lib/Dashboard.svelte) mounted on a generated
 * ledger, for bench/suites/interaction.ts. Built by bench/page/vite.config.ts into
 * bench/page/dist; never part of the product.
 *
 *   index.html?claims=10000&seed=1   a generated ledger of 10,000 claims (bench/generateLedger.ts)
 *   index.html                       the bundled ledger's files, modelled in the browser
 *
 * Marks: bench:start, bench:generated (CSV texts made), bench:loaded (loadLedger done),
 * bench:modelled (buildModel done: the site does this at build time) and bench:mounted (the app
 * drawn, flushSync returned).
 */
import { flushSync, mount } from 'svelte';
import Dashboard from '../../src/lib/Dashboard.svelte';
import '../../src/app.css';
import { loadLedger } from '../../src/lib/data/loadLedger.ts';
import { buildModel } from '../../src/lib/view/buildModel.ts';
import { plotApi } from '../../src/lib/charts/plotApi.svelte.ts';
import { generateLedgerTexts } from '../generateLedger.ts';
import sources from '../../data/sources.csv?raw';
import claimsCsv from '../../data/claims.csv?raw';
import events from '../../data/events.csv?raw';

const params = new URLSearchParams(window.location.search);
const claims = Math.max(0, Math.floor(Number(params.get('claims') ?? '0')) || 0);
const seed = Math.floor(Number(params.get('seed') ?? '1')) || 1;

// The app keeps its filters in the query: leave it a clean address, so it has nothing to
// report as "not understood".
window.history.replaceState(null, '', window.location.pathname);

performance.mark('bench:start');
const texts =
  claims > 0 ? generateLedgerTexts({ claims, seed }) : { sources, claims: claimsCsv, events };
performance.mark('bench:generated');
const ledger = loadLedger(texts);
performance.mark('bench:loaded');
const model = buildModel(ledger);
performance.mark('bench:modelled');
// The product loads Plot once its prerendered page is live; this page has none, so it waits for
// Plot and mounts with every chart drawn as soon as the browser reports the charts' widths.
await plotApi.load();
const target = document.getElementById('app');
if (target) {
  mount(Dashboard, { target, props: { model } });
  flushSync();
  performance.mark('bench:mounted');
}
