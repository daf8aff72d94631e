/**
 * The embed (child) tells the host page how tall it is. Two string formats are sent side by side:
 *
 * - pym.js v1, which newsroom CMS integrations already listen for:
 *   `pymxPYMx<id>xPYMxheightxPYMx<height>`, where `<id>` is the id the host gave the embed
 *   (pym's `childId` parameter) and `<height>` an integer number of CSS pixels;
 * - the project's documented JSON message, for hosts that use our `embed-resize.js` or their own
 *   code: `{"type":"karabakh-ledger:height","id":<string or null>,"height":<integer>}`.
 *
 * Both are strings, never objects: many host pages run listeners that call string methods on
 * every message they receive, and an object would make them throw.
 *
 * A height is accepted only as an integer from 50 to 10,000 CSS pixels. Below 50 px nothing of a
 * chart (title, source line) fits, so such a value is a measuring error; above 10,000 px is no
 * chart we make, and a hostile frame must not be able to stretch the host page without limit.
 * `public/embed-resize.js` repeats these rules; keep the two in step (a test checks they agree).
 */

export const MIN_EMBED_HEIGHT = 50;
export const MAX_EMBED_HEIGHT = 10_000;

export const HEIGHT_MESSAGE_TYPE = 'karabakh-ledger:height';

const PYM_SEPARATOR = 'xPYMx';

export interface HeightMessages {
  pym: string;
  json: string;
}

export interface ParsedHeight {
  /** The embed's id as sent; null when a JSON message carries none. */
  id: string | null;
  height: number;
}

function isValidHeight(height: unknown): height is number {
  return (
    typeof height === 'number' &&
    Number.isInteger(height) &&
    height >= MIN_EMBED_HEIGHT &&
    height <= MAX_EMBED_HEIGHT
  );
}

/**
 * Whether an id comes back whole from a pym.js message: pym splits on its separator, so an id
 * holding `xPYMx`, or ending in `xPYM` (which joins the separator after it), would not.
 */
export function pymCanCarry(id: string): boolean {
  return ['pym', id, 'height', '0'].join(PYM_SEPARATOR).split(PYM_SEPARATOR)[1] === id;
}

/**
 * Both messages for a measured height. A fractional height is rounded up (so nothing is cut off)
 * and the result is clamped into the accepted range, so every message sent is one the host
 * accepts. Throws a RangeError for a height that is not a finite number, and a TypeError for an
 * id the pym format cannot carry (one that contains `xPYMx` or ends in `xPYM`).
 */
export function heightMessages(id: string, height: number): HeightMessages {
  if (!Number.isFinite(height)) throw new RangeError(`height must be finite, got ${height}`);
  const px = Math.min(MAX_EMBED_HEIGHT, Math.max(MIN_EMBED_HEIGHT, Math.ceil(height)));
  if (!pymCanCarry(id)) {
    throw new TypeError(`pym.js cannot carry the embed id ${JSON.stringify(id)}`);
  }
  const pym = ['pym', id, 'height', String(px)].join(PYM_SEPARATOR);
  return { pym, json: JSON.stringify({ type: HEIGHT_MESSAGE_TYPE, id, height: px }) };
}

function parsePym(data: string): ParsedHeight | null {
  // pym, id, message type, payload.
  const parts = data.split(PYM_SEPARATOR);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[2] !== 'height') return null;
  // Digits only: no sign, decimal point, exponent or space (pym sends offsetHeight.toString()).
  const digits = parts[3] ?? '';
  if (!/^\d{1,6}$/.test(digits)) return null;
  const height = Number(digits);
  return isValidHeight(height) ? { id: parts[1] ?? '', height } : null;
}

function parseJson(data: string): ParsedHeight | null {
  let message: unknown;
  try {
    message = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return null;
  const { type, id, height } = message as Record<string, unknown>;
  if (type !== HEIGHT_MESSAGE_TYPE || !isValidHeight(height)) return null;
  if (id === undefined || id === null) return { id: null, height };
  return typeof id === 'string' ? { id, height } : null;
}

/**
 * Read a `message` event's data as a height message in either format; null for anything else
 * (objects, numbers, other strings, a height that is not an integer in range, a height sent as
 * a JSON string such as `"400"`).
 */
export function parseHeightMessage(data: unknown): ParsedHeight | null {
  if (typeof data !== 'string') return null;
  if (data.startsWith(`pym${PYM_SEPARATOR}`)) return parsePym(data);
  if (data.startsWith('{')) return parseJson(data);
  return null;
}

/**
 * Sent by the parent script to every embed when it starts, for embeds that reported their
 * height before anyone listened. An embed answers with its height messages.
 */
export const HEIGHT_REQUEST = '{"type":"karabakh-ledger:request-height"}';
