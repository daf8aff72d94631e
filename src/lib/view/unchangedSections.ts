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

/**
 * The same item: the same object (a claim), or one made again from the same values (a dispute
 * point, a timeline item, a point of a toll's growth), field by field.
 */
function sameItem(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((key) => x[key] === y[key]);
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
