/**
 * Plot at build time: the parts the charts use and a DOM for Node (linkedom), so that
 * components/PlotFigure.svelte draws each chart into the prerendered page as SVG markup. Only the
 * server build imports this module.
 */
import { parseHTML } from 'linkedom';
import * as Plot from './plotParts.ts';
import { wirePoints, type InteractivePoints } from './accessiblePlot.ts';
import { serializeHtml } from '../format/serializeHtml.ts';

export { Plot };
export const document = parseHTML('<!doctype html><html><head></head><body></body></html>')
  .document as unknown as Document;

/** A drawing as markup, its points focusable and named before (or without) any script. */
export function markup<T>(drawn: Element, points: InteractivePoints<T> | undefined): string {
  if (points) wirePoints(drawn, points);
  // Not outerHTML: linkedom leaves `&` and `<` raw in attribute values (serializeHtml.ts).
  return serializeHtml(drawn);
}
