/**
 * The id an embed names itself by in its height messages (embed/heightMessage.ts): the `childId`
 * a pym.js parent adds to the frame's address, else the chart id, else `ledger-embed`.
 *
 * Both come from an address anyone can write, so each is taken only when it is a short, plain
 * token that pym's format carries back whole: letters, digits, `_`, `-`, `.` and `:` (what
 * element ids, which pym parents pass, use in practice), at most 64 of them, and not holding
 * pym's separator `xPYMx`. Anything else is passed over rather than refused, so that no address
 * stops an embed from starting; a pym parent then simply does not recognise the id.
 */
import { pymCanCarry } from './heightMessage.ts';

const SAFE_ID = /^[A-Za-z0-9_.:-]{1,64}$/;

export const FALLBACK_EMBED_ID = 'ledger-embed';

/** Whether `id` may name an embed in its height messages. */
export function isSafeEmbedId(id: string | null | undefined): id is string {
  return typeof id === 'string' && SAFE_ID.test(id) && pymCanCarry(id);
}

/** The first of `childId` and `chartId` that is a safe id, else `ledger-embed`. */
export function embedId(childId: string | null | undefined, chartId: string | null | undefined) {
  if (isSafeEmbedId(childId)) return childId;
  if (isSafeEmbedId(chartId)) return chartId;
  return FALLBACK_EMBED_ID;
}
