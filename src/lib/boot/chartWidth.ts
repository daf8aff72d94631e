/**
 * The width charts are first drawn at, measured once before the app mounts, while the page's
 * layout is still clean. Read inside each chart's drawing instead, it would force a layout of
 * everything drawn before it (seconds, on a ledger of thousands of claims).
 */
export const CHART_WIDTH = 'karabakh-ledger:chart-width';

/** The prerendered chart's box when the page has one, else the app's own box. */
export function measureChartWidth(root: HTMLElement): number {
  const drawn = root.querySelector<HTMLElement>('.plot');
  return Math.round((drawn ?? root).clientWidth);
}
