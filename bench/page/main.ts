/**
 * The benchmark page: the real dashboard (src/App.svelte) mounted on a generated ledger, for
 * bench/suites/interaction.ts. Built by bench/page/vite.config.ts into bench/page/dist; never part
 * of the product.
 *
 *   index.html?claims=10000&seed=1   a generated ledger of 10,000 claims (bench/generateLedger.ts)
 *   index.html                       the bundled ledger, as the product shows it
 *
 * Marks: bench:start, bench:generated (CSV texts made), bench:loaded (loadLedger done),
 * bench:modelled (buildModel done: the site does this at build time) and bench:mounted (the app
 * drawn, flushSync returned).
 */
import { flushSync, mount } from 'svelte';
import App from '../../src/App.svelte';
import '../../src/app.css';
import { loadLedger } from '../../src/lib/data/loadLedger.ts';
import { buildModel } from '../../src/lib/view/buildModel.ts';
import type { DashboardModel } from '../../src/lib/view/dashboardModel.ts';
import { generateLedgerTexts } from '../generateLedger.ts';
import { CHART_WIDTH, measureChartWidth } from '../../src/lib/boot/chartWidth.ts';
import { plotApi } from '../../src/lib/charts/plotApi.svelte.ts';

const params = new URLSearchParams(window.location.search);
const claims = Math.max(0, Math.floor(Number(params.get('claims') ?? '0')) || 0);
const seed = Math.floor(Number(params.get('seed') ?? '1')) || 1;

// The app keeps its filters in the query: leave it a clean address, so it has nothing to
// report as "not understood".
window.history.replaceState(null, '', window.location.pathname);

performance.mark('bench:start');
let model: DashboardModel | undefined;
if (claims > 0) {
  const texts = generateLedgerTexts({ claims, seed });
  performance.mark('bench:generated');
  const ledger = loadLedger(texts);
  performance.mark('bench:loaded');
  model = buildModel(ledger);
  performance.mark('bench:modelled');
}
// The product loads Plot after its prerendered charts are live; this page has none, so it waits
// for Plot and mounts with every chart drawn.
await plotApi.load(() => import('../../src/lib/charts/plotParts.ts'));
const target = document.getElementById('app');
if (target) {
  // As the product's boot does: the chart width is measured once, before anything is drawn.
  const context = new Map([[CHART_WIDTH, measureChartWidth(target)]]);
  mount(App, { target, props: model ? { model } : {}, context });
  flushSync();
  performance.mark('bench:mounted');
}
