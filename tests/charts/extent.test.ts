import { describe, expect, it } from 'vitest';
import { maxOf, minOf } from '../../src/lib/charts/extent.ts';

describe('minOf and maxOf', () => {
  it('find the extremes, and are infinite on no values', () => {
    expect(minOf([3, -2, 7])).toBe(-2);
    expect(maxOf([3, -2, 7])).toBe(7);
    expect(minOf([])).toBe(Infinity);
    expect(maxOf([])).toBe(-Infinity);
  });

  it('take more values than a call can take arguments', () => {
    const many = Array.from({ length: 500_000 }, (_, i) => i);
    expect(() => Math.min(...many)).toThrow(RangeError);
    expect(minOf(many)).toBe(0);
    expect(maxOf(many)).toBe(499_999);
  });
});
