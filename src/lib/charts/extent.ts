/**
 * Smallest and largest of many numbers. `Math.min(...values)` passes every value as an argument
 * and overflows the call stack at about a hundred thousand of them; a loop does not.
 */
export function minOf(values: Iterable<number>): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min;
}

export function maxOf(values: Iterable<number>): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
}
