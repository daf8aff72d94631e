/**
 * Build-time rendering: the dashboard and each embed rendered to HTML in Node, with every chart's
 * default view drawn as SVG (Plot into a linkedom document), so pages show their charts before
 * any script runs, and when none ever does. Used only by scripts/prerender.ts.
 */
import { render } from 'svelte/server';
import { parseHTML } from 'linkedom';
import App from './App.svelte';
import Embed from './Embed.svelte';
import * as Plot from '@observablehq/plot';
import { SERVER_PLOT, type ServerPlot } from './lib/charts/plotDocument.ts';

function context(): Map<string, unknown> {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const server: ServerPlot = { document: document as unknown as Document, Plot };
  return new Map<string, unknown>([[SERVER_PLOT, server]]);
}

/** The dashboard; embed codes in it point at `siteUrl` when it is known. */
export function renderDashboard(siteUrl?: string): string {
  return render(App, { props: siteUrl ? { siteUrl } : {}, context: context() }).body;
}

/** A chart's own embed page, which lives one folder down: embed/<chart id>.html. */
export function renderEmbed(chartId: string): string {
  return render(Embed, { props: { chartId, relativeRoot: '../' }, context: context() }).body;
}

import model from 'virtual:ledger-model';
import { chartIds } from './lib/view/sections.ts';

/** The chart ids of the bundled ledger: one embed page each. */
export const CHART_IDS: readonly string[] = chartIds(model);
