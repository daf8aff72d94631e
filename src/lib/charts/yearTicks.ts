/**
 * Whole years for a time axis, as few as the width needs: every year, or every 2, 5 or 10, so
 * that labels never crowd (about 60 px each) and never repeat a year, as fractional ticks
 * formatted as years would.
 */
export function yearTicks(first: number, last: number, width: number): number[] {
  const room = Math.max(2, Math.floor(width / 60));
  const step = [1, 2, 5, 10, 20, 50].find((s) => (last - first) / s + 1 <= room) ?? 100;
  const ticks: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push(y);
  return ticks;
}
