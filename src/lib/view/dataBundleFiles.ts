/**
 * "Download all data": every table behind the dashboard, with the filters as shown, its Data
 * Package descriptor and a README saying what each column means, which filters were applied and
 * how to cite. The engine's tables are restricted to the groups of the claims shown.
 */
import { bundleReadme, type BundleFile, type BundleTable } from '../download/dataBundle.ts';
import { toCsv } from '../download/toCsv.ts';
import type { Filters } from '../state/filterQuery.ts';
import {
  bundleDescriptorJson,
  claimWithSourceFields,
  ENGINE_KEYS,
  engineField,
  ledgerFields,
  ledgerKeys,
  type BundleResource,
  type LedgerDescriptor,
} from './bundleDescriptor.ts';
import type { DashboardModel, EngineTableName, PlainTable } from './dashboardModel.ts';
import { CLAIM_EXPORT_COLUMNS, DERIVED_CLAIM_COLUMNS } from './exportColumns.ts';
import { SIPRI_DATABASE, SIPRI_DATABASE_URL } from '../reference/sipriResource.ts';
import { SIPRI_SERIES_FIELDS } from './sipriSeriesFields.ts';
import { SIPRI_SERIES_FILE, sipriSeriesRows } from './sipriTable.ts';
import type { ViewClaim } from './viewClaim.ts';

/** How to cite the ledger, at a version of its descriptor. */
export const citation = (version: string) =>
  'Karabakh arms ledger: figures reported on Israeli arms sales to Azerbaijan and the ' +
  `Nagorno-Karabakh conflict, version ${version}. Data licensed CC BY 4.0.`;

const ENGINE_COLUMNS: Record<string, Record<string, string>> = {
  groups: {
    group_id: 'Stable id of the comparison group (measure, counted party, time frame).',
    subject: 'What the group measures, in words.',
    family: 'Family of measures compared together (e.g. arms shares of either kind).',
    measures: 'Measures of the claims in the group, space-separated.',
    counted: 'Whose losses, which flow or which place.',
    time_label: 'The time frame the group covers.',
    n_claims: 'Claims in the group.',
    n_statements: 'Distinct statements (a figure repeated in one article counts once).',
    n_claimants:
      'Distinct claimants, counted by independent voice: a reprint of one wire story or institute adds none.',
    n_articles: 'Distinct articles printing the figures.',
    n_origins:
      "Independent origins: each shared wire story or institute once, each article's own reporting once.",
    n_scopes: 'Distinct scopes (periods, definitions) among the statements.',
    claim_ids: 'The claims, space-separated.',
  },
  verdicts: {
    group_id: 'The comparison group.',
    verdict:
      'agree, contradict, misquote (one origin printed with different values), revised (a correction for the same moment), updated (a running total given for a later day), not_comparable or single_source.',
    reasons:
      'Why a group is not comparable: period, definition, tiv_vs_money, currency, too_vague (vague words not given for the same day, or apart only by their soft edge), date (running totals given for different days).',
    spread:
      'For contradictions: largest central value over the smallest; for vague words, the least the gap can be (highest floor over lowest ceiling). For misquotes: the larger printing over the smaller.',
    low_claimants: 'Claimants on the low side of a contradiction.',
    high_claimants: 'Claimants on the high side.',
    revised_claimants: 'Claimants who corrected their own figure for the same moment.',
    updated_claimants: 'Claimants whose running total was given again for a later day.',
    misquoted_origins: 'Origins (or claimants) printed with different values by different outlets.',
    common_lo: 'Where the intervals agree: the lower end of the values all allow.',
    common_hi: 'The upper end of the values all allow.',
    base_unit: 'Unit in which the group was compared.',
    explanation: 'The verdict in one sentence.',
  },
  members: {
    group_id: 'The comparison group.',
    claim_id: 'The claim.',
    verdict: "The group's verdict.",
    statement_id: 'The statement the claim belongs to.',
    duplicate_of: 'The claim this one repeats in the same article, if any.',
    side_in_dispute:
      'In a contradiction: low, high, both, between, other_date (given for another day, not compared) or superseded.',
    reason: 'Why the claim is in this group.',
    lo: 'Lower end of the interval its wording allows, in its unit; empty where open.',
    hi: 'Upper end; empty where open.',
    lo_open: 'Whether the lower end is excluded ("more than").',
    hi_open: 'Whether the upper end is excluded.',
    center: 'The value a chart places the claim at.',
    base_unit: 'Unit the group compares in.',
    base_lo: 'Lower end, converted to the base unit.',
    base_hi: 'Upper end, converted to the base unit.',
    base_center: 'Centre, converted to the base unit.',
    conversion:
      'How the value was converted: none, factor, article_rate, dated_rate, rate_unknown.',
    conversion_note: 'The conversion in words.',
    basis: 'For money: tiv (SIPRI trend-indicator value), declared_value or money_unspecified.',
    time_kind: 'period, as_of or none.',
    time_frame: 'The time frame in words.',
    claimant_key: 'Identity used to tell claimants apart.',
    claimant_label: 'Claimant as shown.',
    lens: 'self_reported, adversary or third_party.',
    lens_note: 'Why that lens.',
    origin:
      "Where the article took the figure from (the ledger's origin column): own, a story as name-date, an institute; empty when not established.",
  },
  checks: {
    check_id: 'Stable id of the check.',
    kind: 'two_units, two_currencies, share_of_population, sub_period, parts_of_total, clock_start.',
    status: 'pass, fail or unverifiable.',
    claim_ids: 'The claims the check compares.',
    result: 'What the check computed.',
    lo: 'Lower end of the computed quantity.',
    hi: 'Upper end of the computed quantity.',
    value: 'The computed quantity at face value.',
    unit: 'Its unit.',
    explanation: 'The check in one sentence.',
  },
};

/** Human-readable filters for the README ("none" when nothing is filtered). */
export function filterSummary(filters: Filters): Record<string, string[] | string> {
  const out: Record<string, string[] | string> = {};
  if (filters.topic.length) out.topic = filters.topic;
  if (filters.side.length) out['claimant side'] = filters.side;
  if (filters.lens.length) out.lens = filters.lens;
  if (filters.publisher.length) out.publisher = filters.publisher;
  if (filters.from) out['published from'] = filters.from;
  if (filters.to) out['published to'] = filters.to;
  if (filters.disputed) out['only disputed'] = 'yes';
  return out;
}

/** A column's Table Schema type, read off its values (the engine's rows are typed already). */
function typeOf(rows: readonly Record<string, unknown>[], column: string): string {
  const values = rows
    .map((r) => r[column])
    .filter((v) => v !== null && v !== undefined && v !== '');
  if (values.length > 0 && values.every((v) => typeof v === 'number')) {
    return values.every((v) => Number.isInteger(v)) ? 'integer' : 'number';
  }
  if (values.length > 0 && values.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'string';
}

type Rows = Record<string, unknown>[];
type Table = BundleResource & { rows: Rows };

/** One of the engine's tables, restricted to `rows`, with its keys and typed columns. */
function engineTable(
  name: EngineTableName,
  table: PlainTable,
  rows: Rows,
  description: string,
): Table {
  const keys = ENGINE_KEYS[name] ?? { primaryKey: [], foreignKeys: [] };
  const known = ENGINE_COLUMNS[name] ?? {};
  return {
    path: `${name}.csv`,
    description,
    fields: table.columns.map((column) =>
      engineField(
        column,
        known[column] ?? '(see data/README.md)',
        typeOf(rows, column),
        keys.primaryKey,
      ),
    ),
    ...keys,
    rows,
  };
}

/** The ledger's tables: the claims shown joined to their sources, those sources and their events. */
function ledgerTables(
  descriptor: LedgerDescriptor,
  model: DashboardModel,
  shown: readonly ViewClaim[],
): Table[] {
  const sourceIds = new Set(shown.map((c) => c.source_id));
  const claimKeys = ledgerKeys(descriptor, 'claims');
  const descriptions = { ...ledgerDescriptions(descriptor), ...DERIVED_CLAIM_COLUMNS };
  return [
    {
      path: 'claims-with-sources.csv',
      description:
        'Every figure shown, joined to its article and annotated by the comparison engine.',
      fields: claimWithSourceFields(descriptor, CLAIM_EXPORT_COLUMNS, descriptions),
      primaryKey: claimKeys.primaryKey,
      // Every group of a claim shown is in groups.csv, and every article in sources.csv. A
      // claim's `revises` may name one this download leaves out (another topic, a filter), so
      // the ledger's key from the claims to themselves is not a key of the download.
      foreignKeys: [
        ...claimKeys.foreignKeys.filter((fk) => fk.reference.resource !== ''),
        { fields: ['group_id'], reference: { resource: 'groups', fields: ['group_id'] } },
      ],
      rows: shown as unknown as Rows,
    },
    {
      path: 'sources.csv',
      description: 'The articles the figures shown come from.',
      fields: ledgerFields(descriptor, 'sources'),
      ...ledgerKeys(descriptor, 'sources'),
      rows: model.sources.filter((s) => sourceIds.has(s.source_id)) as unknown as Rows,
    },
    {
      path: 'events.csv',
      description: 'Dated events those articles mention.',
      fields: ledgerFields(descriptor, 'events'),
      ...ledgerKeys(descriptor, 'events'),
      rows: model.events.filter((e) => sourceIds.has(e.source_id)) as unknown as Rows,
    },
  ];
}

function ledgerDescriptions(descriptor: LedgerDescriptor): Record<string, string> {
  return Object.fromEntries(
    (['claims', 'sources'] as const).flatMap((n) =>
      ledgerFields(descriptor, n).map((f) => [f.name, f.description]),
    ),
  );
}

/** The members table whole: the model keeps only what the engine adds to a claim (buildModel.ts). */
export function memberRows(model: DashboardModel): Rows {
  const claims = new Map(
    model.claims.map((c) => [c.claim_id, c as unknown as Record<string, unknown>]),
  );
  const { columns, rows } = model.analysis.members;
  return rows.map((row) => {
    const claim = claims.get(String(row.claim_id));
    return Object.fromEntries(columns.map((k) => [k, k in row ? row[k] : (claim?.[k] ?? null)]));
  });
}

/** The engine's tables, for the groups of the claims shown and the checks that involve them. */
function engineTables(model: DashboardModel, shown: readonly ViewClaim[]): Table[] {
  const claimIds = new Set(shown.map((c) => c.claim_id));
  const groupIds = new Set(shown.map((c) => c.group_id).filter((g): g is string => g !== null));
  const inGroups = (name: 'groups' | 'verdicts' | 'members') =>
    (name === 'members' ? memberRows(model) : model.analysis[name].rows).filter((r) =>
      groupIds.has(String(r.group_id)),
    );
  const checks = model.analysis.checks.rows.filter((r) =>
    String(r.claim_ids)
      .split(/[\s+]+/)
      .some((id) => claimIds.has(id)),
  );
  return [
    ...(['groups', 'verdicts', 'members'] as const).map((name) =>
      engineTable(
        name,
        model.analysis[name],
        inGroups(name),
        `The comparison engine's ${name}, for the groups of the figures shown.`,
      ),
    ),
    engineTable(
      'checks',
      model.analysis.checks,
      checks,
      'Consistency checks involving the figures shown.',
    ),
  ];
}

/**
 * SIPRI's series the two SIPRI charts draw, with the printed figures of the claims shown placed
 * on them; none when the ledger has no reference table. Its source line is in its description,
 * its `sources` and on every row.
 */
function sipriTables(model: DashboardModel, shown: readonly ViewClaim[]): Table[] {
  if (!model.sipri) return [];
  const claims = new Map(shown.map((c) => [c.claim_id, c]));
  const rows = [
    ...sipriSeriesRows(model.sipri, 'sipri-deliveries', claims),
    ...sipriSeriesRows(model.sipri, 'sipri-shares', claims),
  ];
  return [
    {
      path: SIPRI_SERIES_FILE,
      description:
        `Reference data, not figures from the articles: ${SIPRI_DATABASE}'s trend-indicator values delivered each year and supplier shares in each five-year window, ` +
        `for the flows the printed figures count, with each printed figure shown placed on the years it covers. ${model.sipri.source}`,
      fields: SIPRI_SERIES_FIELDS,
      primaryKey: [],
      foreignKeys: [
        {
          fields: ['claim_id'],
          reference: { resource: 'claims-with-sources', fields: ['claim_id'] },
        },
        { fields: ['source_id'], reference: { resource: 'sources', fields: ['source_id'] } },
      ],
      sources: [{ title: SIPRI_DATABASE, path: SIPRI_DATABASE_URL }],
      rows: rows as Rows,
    },
  ];
}

export function dataBundleFiles(
  model: DashboardModel,
  shown: readonly ViewClaim[],
  filters: Filters,
  generated: string,
  descriptor: LedgerDescriptor,
): BundleFile[] {
  const tables = [
    ...ledgerTables(descriptor, model, shown),
    ...engineTables(model, shown),
    ...sipriTables(model, shown),
  ];
  // No byte-order mark: the descriptor points at these files and says utf-8 (see toCsv.ts).
  const files: BundleFile[] = tables.map((t) => ({
    name: t.path,
    text: toCsv(
      t.rows,
      t.fields.map((f) => f.name),
      { byteOrderMark: false },
    ),
  }));
  files.push({ name: 'datapackage.json', text: bundleDescriptorJson(descriptor, tables) });
  const readmeTables: BundleTable[] = tables.map(({ path, description, fields }) => ({
    name: path,
    description,
    columns: fields.map(({ name, description }) => ({ name, description })),
  }));
  files.push({
    name: 'README.md',
    text: bundleReadme({
      title: descriptor.title,
      version: descriptor.version,
      generated,
      filters: filterSummary(filters),
      tables: readmeTables,
      // SIPRI asks for its own citation, with the date the data was generated.
      citation: model.sipri
        ? `${citation(descriptor.version)}\n\nThe figures in ${SIPRI_SERIES_FILE} from SIPRI's database: ${model.sipri.source}`
        : citation(descriptor.version),
    }),
  });
  return files;
}
