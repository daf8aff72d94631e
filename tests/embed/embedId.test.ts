import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { embedId, FALLBACK_EMBED_ID, isSafeEmbedId } from '../../src/lib/embed/embedId.ts';
import { heightMessages, parseHeightMessage } from '../../src/lib/embed/heightMessage.ts';

describe('embedId', () => {
  it.each([
    ['a plain pym childId is used', 'example-graphic', 'timeline', 'example-graphic'],
    ['ids with _ . : and digits are used', 'pym_1.chart:2', 'timeline', 'pym_1.chart:2'],
    ['no childId: the chart id', null, 'timeline', 'timeline'],
    ['a childId holding pym’s separator: the chart id', 'axPYMxb', 'timeline', 'timeline'],
    ['a childId ending in xPYM: the chart id', 'chartxPYM', 'timeline', 'timeline'],
    [
      'a forged height in the childId: the chart id',
      'xxPYMxheightxPYMx9999',
      'disputes',
      'disputes',
    ],
    ['markup in the childId: the chart id', '<img src=x onerror=alert(1)>', 'timeline', 'timeline'],
    ['an empty childId: the chart id', '', 'timeline', 'timeline'],
    ['a childId of 65 characters: the chart id', 'a'.repeat(65), 'timeline', 'timeline'],
    ['a childId with a space: the chart id', 'my chart', 'timeline', 'timeline'],
    ['neither usable: the fallback', 'axPYMxb', 'nopexPYMx', FALLBACK_EMBED_ID],
    ['nothing at all: the fallback', null, null, FALLBACK_EMBED_ID],
  ])('%s', (_label, childId, chartId, expected) => {
    expect(embedId(childId, chartId)).toBe(expected);
  });

  it('always gives an id the height messages carry and read back whole', () => {
    const piece = fc.constantFrom(
      'x',
      'P',
      'Y',
      'M',
      'xPYMx',
      'pym',
      '-',
      ' ',
      '<',
      '😀',
      '\u202e',
    );
    const text = fc.oneof(fc.string(), fc.string({ unit: piece, maxLength: 8 }), fc.constant(null));
    fc.assert(
      fc.property(text, text, (childId, chartId) => {
        const id = embedId(childId, chartId);
        expect(isSafeEmbedId(id)).toBe(true);
        expect(parseHeightMessage(heightMessages(id, 400).pym)).toEqual({ id, height: 400 });
      }),
    );
  });
});
