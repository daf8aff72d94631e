/** The filter checkboxes' labels, in the vocabulary's order. */
import { SIDE_LABEL } from '../format/labels.ts';
import type { FilterVocabulary, ListKey } from '../state/filterQuery.ts';
import type { Side } from '../data/types.ts';

const TOPIC_LABEL: Record<string, string> = {
  arms: 'Arms',
  casualties: 'Casualties',
  oil: 'Oil',
  displacement: 'Displacement',
  territory: 'Territory',
  fighting: 'Length of fighting',
  diplomacy: 'Diplomacy',
};

const LENS_OPTION: Record<string, string> = {
  self_reported: 'A side about its own losses',
  adversary: 'A side about the enemy',
  third_party: 'Third party',
};

export function filterOptions(
  vocabulary: FilterVocabulary,
): Record<ListKey, { value: string; label: string }[]> {
  return {
    topic: vocabulary.topic.map((v) => ({ value: v, label: TOPIC_LABEL[v] ?? v })),
    side: vocabulary.side.map((v) => ({ value: v, label: SIDE_LABEL[v as Side] ?? v })),
    lens: vocabulary.lens.map((v) => ({ value: v, label: LENS_OPTION[v] ?? v })),
    publisher: vocabulary.publisher.map((v) => ({
      value: v,
      label: v === 'unidentified' ? 'Outlet not identified' : v,
    })),
  };
}
