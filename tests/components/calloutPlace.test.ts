import { describe, expect, it } from 'vitest';
import { placeCallout } from '../../src/lib/components/calloutPlace.ts';

// A chart area 600 px wide whose top is 100 px below the viewport's top; a card 300 × 200.
const area = { top: 100, bottom: 1900, left: 20, right: 620 };
const card = { width: 300, height: 200 };
const point = (top: number, left: number) => ({ top, bottom: top + 12, left, right: left + 12 });

describe('placeCallout', () => {
  it.each([
    // [why, point top, point left, viewport height, expected]
    [
      'below the point when it fits',
      200,
      300,
      800,
      { top: 120, left: 136, side: 'below', maxHeight: null },
    ],
    [
      'above when the viewport ends first',
      700,
      300,
      800,
      { top: 392, left: 136, side: 'above', maxHeight: null },
    ],
    [
      'kept inside the area on the left',
      200,
      25,
      800,
      { top: 120, left: 0, side: 'below', maxHeight: null },
    ],
    [
      'kept inside the area on the right',
      200,
      615,
      800,
      { top: 120, left: 300, side: 'below', maxHeight: null },
    ],
    // A viewport too short for either side (an embed's frame): the side with more room.
    [
      'on the roomier side, cut to its room, when neither fits',
      120,
      300,
      300,
      { top: 40, left: 136, side: 'below', maxHeight: 160 },
    ],
    [
      'above, when that is roomier',
      160,
      300,
      300,
      { top: -100, left: 136, side: 'above', maxHeight: 152 },
    ],
  ] as const)('%s', (_, top, left, viewport, expected) => {
    expect(placeCallout(point(top, left), area, card, viewport)).toEqual(expected);
  });

  it('puts the card next to the point, never over it, and inside the viewport', () => {
    for (const height of [50, 200, 500, 1000]) {
      for (let top = 0; top < 788; top += 37) {
        const p = point(top, 300);
        const place = placeCallout(p, area, { width: 300, height }, 800);
        const cardTop = area.top + place.top;
        const cardBottom = cardTop + (place.maxHeight ?? height);
        const where = `card ${height} px, point at ${top}`;
        expect(cardTop >= p.bottom || cardBottom <= p.top, where).toBe(true);
        expect(Math.min(Math.abs(cardTop - p.bottom), Math.abs(cardBottom - p.top)), where).toBe(8);
        expect(cardTop, where).toBeGreaterThanOrEqual(0);
        expect(cardBottom, where).toBeLessThanOrEqual(800);
      }
    }
  });
});
