/**
 * The charts a page arrived with, handed to the live app so that it can show them, with their
 * points wired for provenance, before Plot has loaded. A drawing is adopted only when it is what
 * the app would draw: the prerender stamps each one with the signature of its data, label and
 * colour scheme (`drawSignature`), and the chart adopts it only if its own signature matches.
 */
export const PRERENDERED = 'karabakh-ledger:prerendered';

export interface PrerenderedChart {
  /** The drawing: Plot's <svg> or <figure>, as the prerender wrote it. */
  drawn: Element;
  signature: string;
  /** The width it was drawn at. */
  width: number;
}

/** Take each prerendered chart out of the page's markup, by chart id. */
export function collectPrerendered(root: ParentNode): Map<string, PrerenderedChart> {
  const found = new Map<string, PrerenderedChart>();
  for (const plot of root.querySelectorAll<HTMLElement>('[data-chart] .plot[data-signature]')) {
    const id = plot.closest('[data-chart]')?.getAttribute('data-chart');
    const drawn = plot.firstElementChild;
    if (!id || !drawn) continue;
    found.set(id, {
      drawn,
      signature: plot.dataset.signature ?? '',
      width: Number(plot.dataset.width) || 0,
    });
  }
  return found;
}

/**
 * A short, stable digest of what a drawing depends on (FNV-1a, 32 bits: written here because a
 * dozen lines beat a dependency; it tells drawings apart, it protects nothing).
 */
export function drawSignature(drawKey: string, label: string, theme: string): string {
  let hash = 0x811c9dc5;
  for (const ch of `${drawKey}\u0000${label}\u0000${theme}`) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
