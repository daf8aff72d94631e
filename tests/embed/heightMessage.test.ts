import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  HEIGHT_MESSAGE_TYPE,
  MAX_EMBED_HEIGHT,
  MIN_EMBED_HEIGHT,
  heightMessages,
  parseHeightMessage,
} from '../../src/lib/embed/heightMessage.ts';

describe('heightMessages', () => {
  it('writes the pym.js v1 message and the documented JSON message', () => {
    expect(heightMessages('chart-arms', 480)).toEqual({
      pym: 'pymxPYMxchart-armsxPYMxheightxPYMx480',
      json: '{"type":"karabakh-ledger:height","id":"chart-arms","height":480}',
    });
  });

  it('rounds a fractional height up and clamps it into the accepted range', () => {
    expect(JSON.parse(heightMessages('a', 480.2).json).height).toBe(481);
    expect(heightMessages('a', 3).pym).toBe('pymxPYMxaxPYMxheightxPYMx50');
    expect(heightMessages('a', 1e7).pym).toBe('pymxPYMxaxPYMxheightxPYMx10000');
  });

  it('refuses a height that is not finite and an id pym could not read back', () => {
    expect(() => heightMessages('a', Number.NaN)).toThrow(RangeError);
    expect(() => heightMessages('a', Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => heightMessages('axPYMxb', 400)).toThrow(TypeError);
    expect(() => heightMessages('chartxPYM', 400)).toThrow(TypeError);
    expect(() => heightMessages('PYMxchartx', 400)).not.toThrow();
  });

  it('sends only messages the parser accepts, with the same id and height', () => {
    const piece = fc.constantFrom('x', 'P', 'Y', 'M', 'xPYMx', 'pym', 'height', 'a', '-', '😀');
    const id = fc.oneof(fc.string(), fc.string({ unit: piece, maxLength: 6 }));
    const height = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(id, height, (id, height) => {
        // Exactly the ids that pym's split cannot give back are refused.
        if (id.includes('xPYMx') || id.endsWith('xPYM')) {
          expect(() => heightMessages(id, height)).toThrow(TypeError);
          return;
        }
        const { pym, json } = heightMessages(id, height);
        const expected = Math.min(MAX_EMBED_HEIGHT, Math.max(MIN_EMBED_HEIGHT, Math.ceil(height)));
        expect(parseHeightMessage(pym)).toEqual({ id, height: expected });
        expect(parseHeightMessage(json)).toEqual({ id, height: expected });
      }),
    );
  });
});

describe('parseHeightMessage', () => {
  it.each([
    ['pymxPYMxchartxPYMxheightxPYMx480', { id: 'chart', height: 480 }],
    ['pymxPYMxxPYMxheightxPYMx50', { id: '', height: 50 }],
    ['pymxPYMxchartxPYMxheightxPYMx10000', { id: 'chart', height: 10000 }],
    ['pymxPYMxchartxPYMxheightxPYMx0480', { id: 'chart', height: 480 }],
    [`{"type":"${HEIGHT_MESSAGE_TYPE}","id":"x","height":480}`, { id: 'x', height: 480 }],
    [`{"type":"${HEIGHT_MESSAGE_TYPE}","height":480}`, { id: null, height: 480 }],
    [
      `{"type":"${HEIGHT_MESSAGE_TYPE}","id":null,"height":480,"extra":1}`,
      { id: null, height: 480 },
    ],
  ])('accepts %j', (data, parsed) => {
    expect(parseHeightMessage(data)).toEqual(parsed);
  });

  it.each([
    // Out of range or not an integer.
    'pymxPYMxchartxPYMxheightxPYMx49',
    'pymxPYMxchartxPYMxheightxPYMx10001',
    'pymxPYMxchartxPYMxheightxPYMx480.5',
    'pymxPYMxchartxPYMxheightxPYMx-480',
    'pymxPYMxchartxPYMxheightxPYMx+480',
    'pymxPYMxchartxPYMxheightxPYMx4.8e2',
    'pymxPYMxchartxPYMxheightxPYMx 480',
    'pymxPYMxchartxPYMxheightxPYMx480px',
    'pymxPYMxchartxPYMxheightxPYMx',
    'pymxPYMxchartxPYMxheightxPYMxNaN',
    'pymxPYMxchartxPYMxheightxPYMx99999999999999999999',
    // Other pym messages, or a malformed one.
    'pymxPYMxchartxPYMxwidthxPYMx480',
    'pymxPYMxchartxPYMxnavigateToxPYMxhttps://example.org',
    'pymxPYMxaxPYMxbxPYMxheightxPYMx480',
    'pymxPYMxchartxPYMxheight',
    'PYMxPYMxchartxPYMxheightxPYMx480',
    // JSON of the wrong shape.
    `{"type":"${HEIGHT_MESSAGE_TYPE}","id":"x","height":"480"}`,
    `{"type":"${HEIGHT_MESSAGE_TYPE}","id":"x","height":480.5}`,
    `{"type":"${HEIGHT_MESSAGE_TYPE}","id":"x","height":1e9}`,
    `{"type":"${HEIGHT_MESSAGE_TYPE}","id":"x","height":49}`,
    `{"type":"${HEIGHT_MESSAGE_TYPE}","id":"x"}`,
    `{"type":"${HEIGHT_MESSAGE_TYPE}","id":7,"height":480}`,
    '{"type":"other:height","id":"x","height":480}',
    '{"id":"x","height":480}',
    '{not json',
    `[{"type":"${HEIGHT_MESSAGE_TYPE}","height":480}]`,
    '480',
    '',
  ])('rejects %j', (data) => {
    expect(parseHeightMessage(data)).toBeNull();
  });

  it.each([
    480,
    null,
    undefined,
    { type: HEIGHT_MESSAGE_TYPE, id: 'x', height: 480 },
    ['pymxPYMxchartxPYMxheightxPYMx480'],
    new String('pymxPYMxchartxPYMxheightxPYMx480'),
  ])('rejects anything that is not a string: %j', (data) => {
    expect(parseHeightMessage(data)).toBeNull();
  });

  it('never throws, and accepts only integers within the range', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything()), (data) => {
        const parsed = parseHeightMessage(data);
        if (parsed !== null) {
          expect(Number.isInteger(parsed.height)).toBe(true);
          expect(parsed.height).toBeGreaterThanOrEqual(MIN_EMBED_HEIGHT);
          expect(parsed.height).toBeLessThanOrEqual(MAX_EMBED_HEIGHT);
        }
      }),
    );
  });
});
