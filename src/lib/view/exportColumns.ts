/**
 * The columns of a claims download, in order: the figure and how its wording bounds it, who
 * claimed it, what the engine made of it, and where it was printed. The same list serves the
 * per-chart CSV and the full data zip, so both say the same thing about a claim.
 */
export const CLAIM_EXPORT_COLUMNS = [
  'claim_id',
  'figure_text',
  'value',
  'unit',
  'qualifier',
  'low',
  'high',
  'lo',
  'hi',
  'measure',
  'counted',
  'subset',
  'topic',
  'claimant',
  'claimant_side',
  'lens',
  'hedge',
  'origin',
  'revises',
  'period_start',
  'period_end',
  'as_of',
  'time_basis',
  'group_id',
  'verdict',
  'source_id',
  'publisher',
  'headline',
  'byline',
  'published',
  'published_precision',
  'wire',
  'url',
  'archive_file',
  'paragraph',
  'note',
] as const;

/** What the engine adds to a claim, for data dictionaries. The ledger's own columns are in datapackage.json. */
export const DERIVED_CLAIM_COLUMNS: Record<string, string> = {
  lo: 'Lower end of the interval the wording allows, after the analysis rules (tolerances, vague words); empty where open.',
  hi: 'Upper end of that interval; empty where open.',
  topic: 'Dashboard topic, derived from the measure.',
  lens: 'self_reported (a side about its own losses), adversary (a side about the enemy) or third_party.',
  group_id: 'The comparison group: claims about the same quantity, counted party and time frame.',
  verdict:
    "The group's verdict: agree, contradict, misquote, revised, updated, not_comparable or single_source.",
};
