/**
 * Sections are rebuilt on every filter change, but a change often leaves a chart's data as it was
 * (a topic filter leaves the other topics' charts alone). `keepUnchanged()` gives back, for each
 * chart whose text and rows are the same as last time, the section object of last time: Svelte
 * then sees no change there, and the chart is neither recomputed on screen nor drawn again.
 */
import type { SectionModel } from './sections.ts';

/** What a section's drawing depends on. */
type SectionLike = Pick<SectionModel, 'id' | 'title' | 'finding' | 'source' | 'empty' | 'rows'> & {
  points: { data: readonly unknown[] };
};

/** What identifies a claim, a dispute point or a timeline item across rebuilds. */
function sameItem(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const [x, y] = [a, b] as { claim_id?: unknown; id?: unknown; group_id?: unknown }[];
  return (
    (x?.claim_id ?? x?.id) !== undefined &&
    (x?.claim_id ?? x?.id) === (y?.claim_id ?? y?.id) &&
    x?.group_id === y?.group_id
  );
}

const sameItems = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((item, i) => sameItem(item, b[i]));

export function sameSection(a: SectionLike, b: SectionLike): boolean {
  return (
    a.id === b.id &&
    a.title === b.title &&
    a.finding === b.finding &&
    a.source === b.source &&
    a.empty === b.empty &&
    sameItems(a.rows, b.rows) &&
    sameItems(a.points.data, b.points.data)
  );
}

/** A function that returns its sections with every unchanged one replaced by its last version. */
export function keepUnchanged<S extends SectionLike>(): (sections: S[]) => S[] {
  let last = new Map<string, S>();
  return (sections) => {
    const kept = sections.map((s) => {
      const before = last.get(s.id);
      return before && sameSection(before, s) ? before : s;
    });
    last = new Map(kept.map((s) => [s.id, s]));
    return kept;
  };
}
