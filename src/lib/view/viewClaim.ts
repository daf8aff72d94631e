/**
 * A claim as the dashboard draws it: the ledger row joined to its source, plus what the
 * contradiction engine says of it (lens, interval, comparison group and verdict).
 */
import type { LedgerClaim } from '../data/types.ts';

import type { Lens } from '../vocabulary/vocabulary.ts';
export { LENSES, type Lens } from '../vocabulary/vocabulary.ts';

export interface ViewClaim extends LedgerClaim {
  lens: Lens;
  /** Lower end of the interval the wording allows, in the claim's unit; null when open. */
  lo: number | null;
  /** Upper end; null when open. */
  hi: number | null;
  /** The value a chart places the mark at. */
  center: number;
  group_id: string | null;
  verdict: string | null;
  /** The earlier figure this one revises (ledger column `revises`), as printed; null if none. */
  revises_figure?: string | null;
}
