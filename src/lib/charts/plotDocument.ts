/**
 * At build time the pages are rendered in Node, where there is no DOM: the prerender step puts a
 * server-side `document` (linkedom) and Plot itself in this context, and PlotFigure draws its
 * chart into it as SVG markup. In the browser the context is empty and charts are drawn live.
 */
import type { PlotApi } from './chartContext.ts';

export const SERVER_PLOT = 'karabakh-ledger:server-plot';

export interface ServerPlot {
  document: Document;
  Plot: PlotApi;
}
