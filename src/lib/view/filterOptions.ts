/** The filter checkboxes' labels, in the vocabulary's order. */
import { SIDE_LABEL, TOPIC_LABEL } from '../format/labels.ts';
import { LENS_VOCABULARY, type Lens, type Topic } from '../vocabulary/vocabulary.ts';
import type { FilterVocabulary, ListKey } from '../state/filterQuery.ts';
import type { Side } from '../data/types.ts';

export function filterOptions(
  vocabulary: FilterVocabulary,
): Record<ListKey, { value: string; label: string }[]> {
  return {
    topic: vocabulary.topic.map((v) => ({ value: v, label: TOPIC_LABEL[v as Topic] ?? v })),
    side: vocabulary.side.map((v) => ({ value: v, label: SIDE_LABEL[v as Side] ?? v })),
    lens: vocabulary.lens.map((v) => ({
      value: v,
      label: LENS_VOCABULARY[v as Lens]?.option ?? v,
    })),
    publisher: vocabulary.publisher.map((v) => ({
      value: v,
      label: v === 'unidentified' ? 'Outlet not identified' : v,
    })),
  };
}
