/**
 * What a SIPRI trade-register export looks like, as data: the notes block SIPRI's website writes
 * above the table, and the columns of the table. The importer (importSipriExport.ts) reads any
 * export that follows this description and refuses, with the place and what was expected,
 * anything else. Checked against the export of 3 January 2025 (all suppliers and recipients,
 * 2000-2030); an export with other years, suppliers or recipients reads the same way.
 */

/** How a cell is read. A trailing `?` marks an uncertain value, as the notes block says. */
export type CellKind =
  /** a whole number, never empty: SIPRI's deal id */
  | 'id'
  /** text, never empty */
  | 'name'
  /** text, may be empty */
  | 'text'
  /** a four-digit year; `?` allowed; empty allowed where `optional` */
  | 'year'
  /** a whole number; `?` allowed; may be empty */
  | 'count'
  /** a decimal number of TIV millions; `?` allowed; may be empty */
  | 'tiv'
  /** `Yes` or `No`; empty means not known */
  | 'flag';

export interface ColumnSpec {
  /** The header as SIPRI writes it. */
  header: string;
  /** The column's name in the imported table. */
  key: string;
  kind: CellKind;
  /** An export without this column is refused: the product cannot do without it. */
  required: boolean;
  /** For a `flag` column: the value column whose estimate it flags. */
  flags?: string;
  /** For a `year`: an empty cell is allowed (the notes say it means "none identified"). */
  optional?: boolean;
}

export const SIPRI_COLUMNS: readonly ColumnSpec[] = [
  { header: 'SIPRI AT Database ID', key: 'deal_id', kind: 'id', required: true },
  { header: 'Supplier', key: 'supplier', kind: 'name', required: true },
  { header: 'Recipient', key: 'recipient', kind: 'name', required: true },
  { header: 'Designation', key: 'designation', kind: 'text', required: false },
  { header: 'Description', key: 'description', kind: 'text', required: false },
  { header: 'Armament category', key: 'category', kind: 'text', required: false },
  { header: 'Order date', key: 'order_year', kind: 'year', required: false, optional: true },
  {
    header: 'Order date is estimate',
    key: 'order_year_estimate',
    kind: 'flag',
    required: false,
    flags: 'order_year',
  },
  { header: 'Numbers delivered', key: 'number_delivered', kind: 'count', required: false },
  {
    header: 'Numbers delivered is estimate',
    key: 'number_delivered_estimate',
    kind: 'flag',
    required: false,
    flags: 'number_delivered',
  },
  { header: 'Delivery year', key: 'delivery_year', kind: 'year', required: true, optional: true },
  {
    header: 'Delivery year is estimate',
    key: 'delivery_year_estimate',
    kind: 'flag',
    required: false,
    flags: 'delivery_year',
  },
  { header: 'Status', key: 'status', kind: 'text', required: false },
  // SIPRI's TIV for one unit of the weapon new, and the unit TIV this deal was valued at (less
  // for second-hand weapons).
  { header: 'SIPRI estimate', key: 'tiv_unit_new', kind: 'tiv', required: false },
  { header: 'TIV deal unit', key: 'tiv_unit_deal', kind: 'tiv', required: false },
  { header: 'TIV delivery values', key: 'tiv_delivered', kind: 'tiv', required: true },
  { header: 'Local production', key: 'local_production', kind: 'flag', required: false },
];

/** What each kind of cell must hold, for the refusal message. */
export const CELL_EXPECTED: Record<CellKind, string> = {
  id: 'a whole number',
  name: 'a name (not empty)',
  text: 'text',
  year: 'a four-digit year, optionally followed by ? (uncertain)',
  count: 'a whole number, optionally followed by ? (uncertain), or empty',
  tiv: 'a number such as 12 or 0.25, optionally followed by ? (uncertain), or empty',
  flag: 'Yes, No or empty',
};

/** The facts read from the notes block above the table. */
export interface SipriNotes {
  /** "All countries", or the supplier the export was made for. */
  suppliers: string;
  recipients: string;
  /** The year range the export was made for: deals with deliveries or orders in these years. */
  yearFrom: number;
  yearTo: number;
  /** What TIV figures are counted in. */
  tivUnit: 'millions';
  /** The source line, e.g. "SIPRI Arms Transfers Database". */
  source: string;
  /** When SIPRI's website generated the export: local time as printed, ISO 8601 without a zone. */
  generated: string;
  /** Every line of the notes block, as SIPRI wrote it (kept in memory, never republished). */
  lines: string[];
}

export interface NoteRule {
  /** What the line tells. */
  name: string;
  pattern: RegExp;
  expected: string;
  /** A line the rule reads, from the export of 3 January 2025. */
  example: string;
}

/** The notes an export must carry: without them its numbers cannot be read or cited. */
export const NOTE_RULES = {
  scope: {
    name: 'what the export covers',
    pattern:
      /^Transfers of major conventional arms from (.+?)\s+to\s+(.+?)\s*\.\s*Deals with deliveries or orders made for year range '(\d{4})' to '(\d{4})'/,
    expected:
      "a line 'Transfers of major conventional arms from … to … . Deals … year range 'YYYY' to 'YYYY''",
    example:
      "Transfers of major conventional arms from All countries  to All countries . Deals with deliveries or orders made for year range '2000' to '2030' ",
  },
  units: {
    name: 'the unit of TIV figures',
    pattern: /^SIPRI trend-indicator values \(TIVs\) are in (millions)\b/,
    expected: "a line 'SIPRI trend-indicator values (TIVs) are in millions.'",
    example: 'SIPRI trend-indicator values (TIVs) are in millions.',
  },
  source: {
    name: 'the source line',
    pattern: /^Source: (SIPRI Arms Transfers Database)\b/,
    expected: "a line 'Source: SIPRI Arms Transfers Database …'",
    example: 'Source: SIPRI Arms Transfers Database (c) SIPRI.',
  },
  generated: {
    name: 'the date the data was generated',
    pattern:
      /^Data generated: (\d{1,2}) ([A-Za-z]{3})[A-Za-z]* (\d{4})(?: (\d{1,2}):(\d{2}):(\d{2}) ?(AM|PM)?)?/,
    expected: "a line 'Data generated: D Mon YYYY [h:mm:ss AM|PM]'",
    example: 'Data generated: 3 Jan 2025 9:16:02 PM',
  },
} as const satisfies Record<string, NoteRule>;

export const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;
