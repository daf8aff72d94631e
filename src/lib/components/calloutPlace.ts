/**
 * Where the details of a chosen point go: next to the point, so that a reader who tabs through
 * a tall chart sees them without scrolling. Below the point if they fit in the visible part of
 * the page, else above if they fit there, else on the side with more room, cut to that room
 * (they scroll inside); centred on the point and kept inside the chart's box. Pure, so it is
 * tested without a browser.
 */
export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface CalloutPlace {
  /** Offsets from the chart area's top left corner, in pixels. */
  top: number;
  left: number;
  side: 'below' | 'above';
  /** The most height the details may take, when they do not fit whole; else null. */
  maxHeight: number | null;
}

/** Never cut the details shorter than this, however little room there is. */
const LEAST_HEIGHT = 96;

/**
 * `point` and `area` in viewport coordinates (getBoundingClientRect), `card` the details' size,
 * `viewportHeight` the height of the visible part of the page.
 */
export function placeCallout(
  point: Rect,
  area: Rect,
  card: { width: number; height: number },
  viewportHeight: number,
  gap = 8,
): CalloutPlace {
  const roomBelow = viewportHeight - point.bottom - gap;
  const roomAbove = point.top - gap;
  const below = card.height <= roomBelow || (card.height > roomAbove && roomBelow >= roomAbove);
  const room = Math.max(LEAST_HEIGHT, below ? roomBelow : roomAbove);
  const height = Math.min(card.height, room);
  const top = below ? point.bottom + gap - area.top : point.top - gap - height - area.top;
  const centre = (point.left + point.right) / 2 - area.left;
  const widest = Math.max(0, area.right - area.left - card.width);
  const left = Math.min(widest, Math.max(0, centre - card.width / 2));
  return {
    top: Math.round(top),
    left: Math.round(left),
    side: below ? 'below' : 'above',
    maxHeight: card.height > room ? Math.floor(room) : null,
  };
}
