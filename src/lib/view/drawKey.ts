/**
 * What a section's chart is drawn from, as one string. Sections are rebuilt on every filter
 * change, but a change often leaves a chart's data as it was (a topic filter leaves the other
 * topics' charts alone); equal keys mean an equal drawing, so PlotFigure can skip the redraw.
 */
import type { SectionModel } from './sections.ts';

/** What identifies a claim or timeline item across rebuilds of the sections. */
export const datumKey = (d: unknown): string => {
  const o = d as { claim_id?: unknown; id?: unknown; group_id?: unknown };
  return `${String(o.claim_id ?? o.id ?? '')}@${String(o.group_id ?? '')}`;
};

export function drawKey(
  section: Pick<SectionModel, 'finding' | 'empty' | 'rows'> & {
    points: { data: readonly unknown[] };
  },
): string {
  return [
    section.finding,
    section.empty ?? '',
    section.rows.map(datumKey).join(' '),
    section.points.data.map(datumKey).join(' '),
  ].join('\n');
}
