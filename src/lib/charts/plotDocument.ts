/**
 * At build time the pages are rendered in Node, where there is no DOM: the prerender step puts a
 * server-side `document` (linkedom) in this context, and PlotFigure draws its chart into it as
 * SVG markup. In the browser the context is empty and charts are drawn live.
 */
export const PLOT_DOCUMENT = 'karabakh-ledger:plot-document';
