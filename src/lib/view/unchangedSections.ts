/**
 * Sections are rebuilt on every filter change, but a change often leaves a chart's data as it was
 * (a topic filter leaves the other topics' charts alone). `keepUnchanged()` hands back the last
 * section object of every chart whose text and drawn items are the same: Svelte then sees no
 * change there, and the chart is not drawn again.
 */
import type { SectionModel } from './sections.ts';

type Section = Pick<SectionModel, 'id' | 'title' | 'finding' | 'source' | 'empty' | 'rows'> & {
  points: { data: readonly unknown[] };
};

/** The same object (a claim), or one made again from the same values (a timeline item). */
function same(a: unknown, b: unknown): boolean {
  if (a === b || typeof a !== 'object' || typeof b !== 'object' || !a || !b) return a === b;
  const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
  return (
    Object.keys(x).length === Object.keys(y).length && Object.keys(x).every((k) => x[k] === y[k])
  );
}
const sameItems = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((item, i) => same(item, b[i]));

const sameSection = (a: Section, b: Section) =>
  (['title', 'finding', 'source', 'empty'] as const).every((key) => a[key] === b[key]) &&
  sameItems(a.rows, b.rows) &&
  sameItems(a.points.data, b.points.data);

export function keepUnchanged<S extends Section>(): (sections: S[]) => S[] {
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
