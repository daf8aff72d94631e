/**
 * Plot's SVG, made accessible after it is drawn: Plot labels its `<g>` groups with aria-label,
 * which axe rejects on an element without a role (aria-prohibited-attr); and its marks are
 * reachable by mouse only. Kept DOM-only (no Svelte) so it runs in Node at build time too.
 */
import { PROSE_TEXT, shortText } from '../format/displayText.ts';

export interface InteractivePoints<T> {
  /** Plot `className` given to the mark whose elements stand for `data`. */
  className: string;
  data: readonly T[];
  /** What a screen reader hears on focus: the figure as printed and its provenance. */
  describe: (d: T) => string;
}

/** Plot draws either a bare `<svg>` or a `<figure>` holding legends and the `<svg>`. */
export function chartSvg(node: Element): SVGSVGElement | null {
  if (node.tagName.toLowerCase() === 'svg') return node as SVGSVGElement;
  // The chart is the figure's own <svg>; legend swatches nest their little SVGs deeper.
  for (const child of node.children) {
    if (child.tagName.toLowerCase() === 'svg') return child as SVGSVGElement;
  }
  return null;
}

/** Strip the prohibited group labels and give the chart its text alternative. */
export function labelChart(root: Element, label: string, interactive: boolean): void {
  for (const g of root.querySelectorAll('g[aria-label]')) {
    g.setAttribute('data-mark', g.getAttribute('aria-label') ?? '');
    g.removeAttribute('aria-label');
  }
  // Swatch legends draw little SVGs of their own; they are decoration beside their text.
  for (const swatch of root.querySelectorAll('.plot-swatches svg, [class$="-swatch"] svg')) {
    swatch.setAttribute('aria-hidden', 'true');
  }
  const svg = chartSvg(root);
  if (!svg) return;
  // An image role would hide the focusable marks from assistive technology; a group keeps them.
  svg.setAttribute('role', interactive ? 'group' : 'img');
  svg.setAttribute('aria-label', shortText(label, PROSE_TEXT));
}

/**
 * Make each element of the interactive mark focusable and named, and return a lookup from an
 * element back to its datum. Plot stores the datum's index as the element's `__data__`; the
 * index is also written as `data-index`, so that a drawing prerendered at build time (which keeps
 * attributes, not properties) can be wired in the browser.
 */
export function wirePoints<T>(root: Element, points: InteractivePoints<T>): Map<Element, T> {
  const found = new Map<Element, T>();
  for (const group of root.querySelectorAll(`g.${points.className}`)) {
    for (const el of group.children) {
      const stored = (el as unknown as { __data__?: unknown }).__data__;
      const index =
        typeof stored === 'number' ? stored : Number(el.getAttribute('data-index') ?? NaN);
      if (!Number.isInteger(index)) continue;
      const datum = points.data[index];
      if (datum === undefined) continue;
      el.setAttribute('data-index', String(index));
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'button');
      el.setAttribute('aria-label', shortText(points.describe(datum), PROSE_TEXT));
      el.classList.add('chart-point');
      found.set(el, datum);
    }
  }
  return found;
}
