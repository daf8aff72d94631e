/**
 * Build-time rendering: the dashboard and each embed rendered to HTML in Node, with every chart's
 * default view drawn as SVG (Plot into a linkedom document), so pages show their charts before
 * any script runs, and when none ever does. Used only by scripts/prerender.ts.
 */
import { render } from 'svelte/server';
import { parseHTML } from 'linkedom';
import App from './App.svelte';
import Embed from './Embed.svelte';
import { PLOT_DOCUMENT } from './lib/charts/plotDocument.ts';

function context(): Map<string, unknown> {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  return new Map<string, unknown>([[PLOT_DOCUMENT, document]]);
}

/** The dashboard; embed codes in it point at `siteUrl` when it is known. */
export function renderDashboard(siteUrl?: string): string {
  return render(App, { props: siteUrl ? { siteUrl } : {}, context: context() }).body;
}

/** A chart's own embed page, which lives one folder down: embed/<chart id>.html. */
export function renderEmbed(chartId: string): string {
  return render(Embed, { props: { chartId, relativeRoot: '../' }, context: context() }).body;
}

export { CHART_IDS } from './lib/view/sections.ts';
