/**
 * What a chart function is given besides its rows: the width to draw at, the colour scheme, and
 * Plot itself. Plot is passed in rather than imported so that the modules building a page's
 * sections do not pull Plot into the page's first script: the pages load it after the
 * prerendered charts are live (charts/plotApi.svelte.ts), Node imports it directly.
 */
import type * as PlotParts from './plotParts.ts';
import type { Theme } from './palette.ts';

/** The parts of Plot a chart may use (charts/plotParts.ts); all of Plot fits it too. */
export type PlotApi = typeof PlotParts;

export interface ChartContext {
  width: number;
  theme: Theme;
  Plot: PlotApi;
}

/** The global the embed's classic build of charts/plotParts.ts publishes Plot's parts as. */
export const PLOT_GLOBAL = 'karabakhLedgerPlot';
