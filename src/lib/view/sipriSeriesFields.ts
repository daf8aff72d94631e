/**
 * The Table Schema of `sipri-series.csv` in the data zip (view/sipriTable.ts writes its rows):
 * each column's type, constraints and meaning, in the order of SIPRI_SERIES_COLUMNS.
 */
import type { FieldSchema } from './bundleDescriptor.ts';

export const SIPRI_SERIES_FIELDS: FieldSchema[] = [
  {
    name: 'chart',
    type: 'string',
    description:
      'The chart the row is drawn in: sipri-deliveries (TIV delivered by year) or sipri-shares (share in each five-year window).',
    constraints: { required: true, enum: ['sipri-deliveries', 'sipri-shares'] },
  },
  {
    name: 'kind',
    type: 'string',
    description:
      "database (a figure of SIPRI's database, this release) or printed (a figure an article printed, placed on the years it covers).",
    constraints: { required: true, enum: ['database', 'printed'] },
  },
  {
    name: 'flow',
    type: 'string',
    description: 'Supplier → recipient, as SIPRI names them.',
    constraints: { required: true },
  },
  {
    name: 'from',
    type: 'integer',
    description: 'First year covered (for a database year, the year itself).',
    constraints: { required: true },
  },
  {
    name: 'to',
    type: 'integer',
    description: 'Last year covered.',
    constraints: { required: true },
  },
  {
    name: 'unit',
    type: 'string',
    description:
      'TIV millions (SIPRI trend-indicator value: a volume of arms at unit production costs, not a price) or percent (share of the recipient’s arms imports, by TIV).',
    constraints: { required: true, enum: ['TIV millions', 'percent'] },
  },
  {
    name: 'database',
    type: 'number',
    description:
      "The database's figure for these years, unrounded: TIV delivered (summed over the years), or the supplier's share. Empty for a window in which the recipient imported nothing.",
  },
  {
    name: 'printed',
    type: 'number',
    description:
      'For a printed figure: its value in the unit (a TIV printed as US$ 375 million is 375).',
  },
  {
    name: 'window_inferred',
    type: 'boolean',
    description:
      'For a printed figure: true when the years are not printed but read from the article or inferred (a share with no window is read as SIPRI’s latest window at publication).',
  },
  {
    name: 'outcome',
    type: 'string',
    description:
      'For a printed figure: matches, within_wording (the database figure lies within what the wording allows) or differs (from this release).',
    constraints: { enum: ['matches', 'within_wording', 'differs', 'not_compared'] },
  },
  {
    name: 'claim_id',
    type: 'string',
    description: 'For a printed figure: the claim in claims-with-sources.csv.',
  },
  {
    name: 'figure_text',
    type: 'string',
    description: 'For a printed figure: the figure exactly as printed.',
  },
  {
    name: 'explanation',
    type: 'string',
    description:
      'For a printed figure: the comparison in one sentence, as npm run report prints it.',
  },
  {
    name: 'source_id',
    type: 'string',
    description: 'For a printed figure: the article, in sources.csv.',
  },
  {
    name: 'source',
    type: 'string',
    description:
      'Where the row comes from: SIPRI’s citation with the date the data was generated, or the article, its date and paragraph.',
    constraints: { required: true },
  },
];
