/** The source line under a chart: the articles its figures come from, derived from its rows. */
import { publishedLabel } from '../format/labels.ts';

interface SourceFields {
  source_id: string;
  publisher: string;
  wire: string | null;
  published: string;
  /** `no_earlier_than` shows the date as a range ("5 October 2020 or later"). */
  published_precision?: string | null;
}

export function outletName(s: Pick<SourceFields, 'publisher' | 'wire'>): string {
  if (s.publisher !== 'unidentified') return s.publisher;
  return s.wire ? `${s.wire} via an unidentified outlet` : 'an unidentified outlet';
}

/** `label` names the list: "Sources" under a chart of printed figures alone. */
export function sourceLine(rows: readonly SourceFields[], label = 'Sources'): string {
  const seen = new Map<string, SourceFields>();
  for (const r of rows) if (!seen.has(r.source_id)) seen.set(r.source_id, r);
  if (seen.size === 0) return `${label}: none for the current filters.`;
  const parts = [...seen.values()]
    .sort(
      (a, b) => a.published.localeCompare(b.published) || a.source_id.localeCompare(b.source_id),
    )
    .map((s) => `${outletName(s)}, ${publishedLabel(s.published, s.published_precision ?? null)}`);
  return `${label}: ${parts.join('; ')}.`;
}
