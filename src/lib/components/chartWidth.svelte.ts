/**
 * The width a chart is drawn at: its container's, as the browser reports it (a ResizeObserver),
 * never read from layout. A chart in a section skipped by content-visibility reports none, and
 * takes the last width any chart reported: the charts share one column.
 */
const column = $state({ width: 0 });

export class ChartWidth {
  #own = $state(0);

  get current(): number {
    return this.#own || column.width;
  }

  /** An attachment for the container. */
  observe = (node: Element) => {
    const resize = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width > 0) this.#own = column.width = width;
    });
    resize.observe(node);
    return () => resize.disconnect();
  };
}
