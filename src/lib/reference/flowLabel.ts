/**
 * How a flow is named in the charts' data and keys, and back. A module of its own, with no
 * Arquero behind it: the pages read these labels, and must not pull the analysis in with them.
 */
import type { Flow } from './sipriSeries.ts';

/** "Israel → Azerbaijan": how a flow is named in charts and keys. */
export const flowLabel = (f: Flow) => `${f.supplier} → ${f.recipient}`;

/** The flow a label names (flowLabel's inverse): SIPRI's country names hold no arrow. */
export function flowOfLabel(label: string): Flow {
  const [supplier = label, recipient = ''] = label.split(' → ');
  return { supplier, recipient };
}
