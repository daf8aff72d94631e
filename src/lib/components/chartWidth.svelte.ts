/**
 * The width a chart is drawn at: its container's, as the browser reports it (a ResizeObserver),
 * not read from layout on every draw. A chart in a section skipped by content-visibility reports
 * none, and takes the last width any chart reported: the charts share one column, measured once
 * as the first chart starts (when a filter in the address empties the charts in view before they
 * report, that is all there is).
 */
import { untrack } from 'svelte';

const column = $state({ width: 0 });

export class ChartWidth {
  #own = $state(0);
  /** A derived value: a chart that starts reporting the width it was drawn at is not redrawn. */
  readonly current = $derived(this.#own || column.width);

  /** An attachment for the container. */
  observe = (node: Element) => {
    untrack(() => (column.width ||= Math.round(node.getBoundingClientRect().width)));
    const resize = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width > 0) this.#own = column.width = width;
    });
    resize.observe(node);
    return () => resize.disconnect();
  };
}
