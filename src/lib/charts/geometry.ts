/** Boxes and segments, in pixels, for the charts that lay out their own labels. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Whether a segment from (ax, ay) to (bx, by) passes through a box (Liang–Barsky clipping). */
export function crosses(box: Box, ax: number, ay: number, bx: number, by: number): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, ax - box.x1],
    [dx, box.x2 - ax],
    [-dy, ay - box.y1],
    [dy, box.y2 - ay],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}
