/**
 * The dashboard's sections, built from the filtered claims: for each, its stable chart id, title,
 * a finding written from the data, the chart function bound to its rows, the points a reader can
 * choose, and the rows behind it (for the CSV download). The dashboard and the embeds both render
 * these, so a chart and its embed cannot differ.
 */
import type * as Plot from '@observablehq/plot';
import type { InteractivePoints } from '../charts/accessiblePlot.ts';
import { ARMS_VALUE_CLASS, armsValueChart, armsValueSpans } from '../charts/armsValueChart.ts';
import { casualtiesChart, casualtyClaims, casualtyRow, warOf } from '../charts/casualtiesChart.ts';
import { groupAnnotation, widestRowAnnotation } from './annotations.ts';
import {
  confirmedSection,
  equipmentSection,
  tollGrowthSection,
  topicSections,
} from './dataSections.ts';
import { POINT_CLASS } from '../charts/claimDots.ts';
import { disputesChart, leftOutNote } from '../charts/disputesChart.ts';
import { DISPUTED_VERDICTS } from './filterClaims.ts';
import type { ChartContext } from '../charts/chartContext.ts';
import { shareChart, shareRowLabel } from '../charts/shareChart.ts';
import {
  TIMELINE_CLASS,
  timelineChart,
  timelineItems,
  type TimelineItem,
} from '../charts/timelineChart.ts';
import { formatDate, formatNumber } from '../format/formatValue.ts';
import { describeClaim } from './describeClaim.ts';
import {
  disputePoints,
  formatSpread,
  leftOut,
  type GroupInfo,
  type MemberInfo,
} from './disputePoints.ts';
import { sipriSections } from './sipriSections.ts';
import { sourceLine } from './sourceLine.ts';
import type { DashboardModel } from './dashboardModel.ts';
import type { ViewClaim } from './viewClaim.ts';
import type { EventRow, SourceRow } from '../data/types.ts';

/**
 * Ids of the views every ledger has (some may be empty). The views that follow the data
 * (view/dataSections.ts: toll-growth, claims-vs-confirmed, equipment-losses and the topic
 * sections; view/sipriSections.ts: sipri-deliveries and sipri-shares, for a ledger with SIPRI's
 * reference table beside it) appear when the ledger has figures for them; `chartIds(model)`
 * lists a model's.
 */
export const FIXED_CHART_IDS = [
  'disputes',
  'arms-values',
  'arms-shares',
  'casualties-2020',
  'casualties-2023',
  'oil-displacement',
  'timeline',
] as const;
/** A chart's id: a fixed view's, or a topic section's (`topic-prisoners`). */
export type ChartId = string;

export interface SectionModel<T = unknown> {
  id: ChartId;
  title: string;
  finding: string;
  source: string;
  /** Set when the filters leave nothing to draw. */
  empty: string | null;
  chart: (context: ChartContext) => Plot.PlotOptions;
  points: InteractivePoints<T>;
  /** The claims behind the chart, as shown: what its CSV download holds. */
  rows: ViewClaim[];
  /** For points that are not claims (timeline items), the claim-free detail text. */
  detail?: (d: T) => string;
  /**
   * For a chart drawn from more than claims (SIPRI's series beside the printed figures): the
   * table its CSV download holds instead of `rows`, every row with its source.
   */
  table?: { columns: readonly string[]; rows: readonly Record<string, unknown>[] };
  /** The published file (under data/) that "Get the data" links to without script. */
  dataFile?: string;
  /** What a reference database says of a chosen claim, in words, for its provenance card. */
  comparison?: (d: T) => string | null;
}

/** Lookups from the engine's tables that sections need, built once per model. */
export interface EngineLookups {
  members: Map<string, MemberInfo>;
  groups: Map<string, GroupInfo>;
  checks: {
    kind: string;
    status: string;
    claim_ids: string;
    explanation: string;
    value: number | null;
  }[];
}

export function engineLookups(model: DashboardModel): EngineLookups {
  const members = new Map<string, MemberInfo>();
  for (const m of model.analysis.members.rows as unknown as MemberInfo[])
    members.set(m.claim_id, m);
  const subjects = new Map(
    (model.analysis.groups.rows as { group_id: string; subject: string; time_label: string }[]).map(
      (g) => [g.group_id, g],
    ),
  );
  const groups = new Map<string, GroupInfo>();
  for (const v of model.analysis.verdicts.rows as {
    group_id: string;
    verdict: string;
    spread: number | null;
    explanation: string;
  }[]) {
    const g = subjects.get(v.group_id);
    groups.set(v.group_id, {
      group_id: v.group_id,
      subject: g?.subject ?? v.group_id,
      time_label: g?.time_label ?? '',
      verdict: v.verdict,
      spread: v.spread,
      explanation: v.explanation,
    });
  }
  const checks = model.analysis.checks.rows as EngineLookups['checks'];
  return { members, groups, checks };
}

const NOTHING =
  'No figures match the current filters. Change or reset the filters to see this chart.';

export { DRAW_LIMIT, drawLimit } from './drawLimit.ts';
import { drawLimit, DRAW_LIMIT } from './drawLimit.ts';

const claimPoints = (data: readonly ViewClaim[]): InteractivePoints<ViewClaim> => ({
  className: POINT_CLASS,
  data,
  describe: describeClaim,
});

/** The explanation of the widest group among these claims with the given verdicts. */
function widestExplanation(
  claims: readonly ViewClaim[],
  lookups: EngineLookups,
  verdicts: readonly string[],
): string | null {
  const ids = [...new Set(claims.map((c) => c.group_id).filter((g): g is string => g !== null))];
  const candidates = ids
    .map((id) => lookups.groups.get(id))
    .filter((g): g is GroupInfo => g !== undefined && verdicts.includes(g.verdict))
    .sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0) || a.group_id.localeCompare(b.group_id));
  return candidates[0]?.explanation ?? null;
}

function disputesSection(claims: ViewClaim[], lookups: EngineLookups): SectionModel<ViewClaim> {
  const points = disputePoints(claims, lookups.members, lookups.groups);
  const groupIds = [...new Set(points.map((p) => p.group_id))];
  const verdicts = groupIds.map((id) => lookups.groups.get(id as string)?.verdict);
  const contradict = verdicts.filter((v) => v === 'contradict').length;
  const misquoted = verdicts.filter((v) => v === 'misquote').length;
  const widest = groupIds
    .map((id) => lookups.groups.get(id as string))
    .find((g) => g?.verdict === 'contradict');
  // "Reported more than once", not "by more than one source": reprints of one wire story are
  // one voice (analysis/origins.ts), and the explanations say how many origins stand behind each.
  const finding =
    groupIds.length === 0
      ? 'No quantity among the figures shown is reported more than once.'
      : `${groupIds.length} ${groupIds.length === 1 ? 'quantity is' : 'quantities are'} reported more than once; ` +
        (contradict === 0
          ? 'in none do the sources contradict each other'
          : `in ${contradict} the sources contradict each other`) +
        (misquoted > 0
          ? `, and in ${misquoted} outlets print one origin's figure differently`
          : '') +
        '.' +
        (widest ? ` Widest gap (${formatSpread(widest.spread ?? 1)}): ${widest.explanation}` : '');
  // The chart draws the disputes only; the rest are counted in a line under it (and the CSV
  // keeps every quantity reported more than once).
  const disputed = points.filter((p) => DISPUTED_VERDICTS.includes(p.verdict));
  const note = leftOutNote(
    leftOut(
      claims,
      lookups.members,
      points.filter((p) => !DISPUTED_VERDICTS.includes(p.verdict)),
    ),
  );
  // Groups are drawn whole: the limit moves back to the end of the group it falls in.
  let limit = Math.min(DRAW_LIMIT, disputed.length);
  while (
    limit > 0 &&
    limit < disputed.length &&
    disputed[limit]?.group_label === disputed[limit - 1]?.group_label
  )
    limit--;
  if (limit === 0) limit = disputed.findIndex((p) => p.group_label !== disputed[0]?.group_label);
  const { drawn, note: limitNote } = drawLimit(
    disputed,
    'disputed figures',
    'whole groups, the widest disagreement first',
    limit < 0 ? disputed.length : limit,
  );
  return {
    id: 'disputes',
    title: 'Where sources disagree',
    finding: finding + limitNote,
    source: sourceLine(drawn.length > 0 ? drawn : points),
    empty:
      points.length === 0
        ? 'No quantity reported more than once matches the current filters.'
        : drawn.length === 0
          ? `No quantity among the figures shown is disputed. ${note ?? ''}`.trim()
          : null,
    chart: (ctx) => disputesChart(drawn, ctx, note),
    points: claimPoints(drawn),
    rows: points,
  };
}

function armsValuesSection(claims: ViewClaim[], lookups: EngineLookups): SectionModel<ViewClaim> {
  const rows = claims.filter((c) => c.measure === 'arms_sales_value');
  const { drawn, note } = drawLimit(armsValueSpans(rows), 'figures', 'by publication date');
  // The claims behind the spans drawn give the same spans again (armsValueSpans keeps its order).
  const drawnClaims = drawn.map((s) => s.claim);
  const explanation = widestExplanation(rows, lookups, [
    'not_comparable',
    'contradict',
    'agree',
    'revised',
  ]);
  const finding =
    explanation ??
    (rows.length > 0
      ? `${rows.length} money ${rows.length === 1 ? 'figure' : 'figures'} for Israeli arms sold to Azerbaijan.`
      : 'No money figures for arms sales match the current filters.');
  return {
    id: 'arms-values',
    title: 'Arms sales: trend-indicator values are not prices',
    finding: finding + note,
    source: sourceLine(rows),
    empty: drawn.length === 0 ? NOTHING : null,
    chart: (ctx) => armsValueChart(drawnClaims, ctx),
    points: {
      className: ARMS_VALUE_CLASS,
      data: drawnClaims,
      describe: describeClaim,
    },
    rows,
  };
}

function sharesSection(
  id: 'arms-shares' | 'oil-displacement',
  title: string,
  rows: ViewClaim[],
  finding: string,
  notes: Record<string, string> = {},
): SectionModel<ViewClaim> {
  const { drawn, note } = drawLimit(rows, 'figures', 'in the ledger’s order');
  return {
    id,
    title,
    finding: finding + note,
    source: sourceLine(rows),
    empty: rows.length === 0 ? NOTHING : null,
    chart: (ctx) =>
      shareChart(
        drawn,
        ctx,
        notes,
        widestRowAnnotation(drawn, (c) => shareRowLabel(c, notes)),
      ),
    points: claimPoints(drawn),
    rows,
  };
}

function casualtiesSection(
  year: 2020 | 2023,
  claims: ViewClaim[],
  lookups: EngineLookups,
): SectionModel<ViewClaim> {
  const rows = casualtyClaims(claims, year);
  const explanation = widestExplanation(rows, lookups, ['contradict']);
  const finding =
    explanation ??
    (rows.length === 0
      ? `No casualty figures from ${year} match the current filters.`
      : `${rows.length} casualty ${rows.length === 1 ? 'figure' : 'figures'}, none contradicted by another source` +
        // A handful are named; a long list would bury the finding.
        (rows.length <= 8
          ? `: ${rows.map((r) => `${r.figure_text} from ${r.claimant}`).join('; ')}.`
          : '.'));
  const { drawn, note } = drawLimit(rows, 'figures', 'in the ledger’s order');
  return {
    id: year === 2020 ? 'casualties-2020' : 'casualties-2023',
    title:
      year === 2020
        ? 'Casualty claims in the 2020 war'
        : 'Casualty claims in the September 2023 offensive',
    finding: finding + note,
    source: sourceLine(rows),
    empty: rows.length === 0 ? NOTHING : null,
    chart: (ctx) =>
      casualtiesChart(
        drawn,
        ctx,
        groupAnnotation(drawn, lookups.groups, casualtyRow, ['contradict']),
      ),
    points: claimPoints(drawn),
    rows,
  };
}

function oilDisplacementFinding(rows: readonly ViewClaim[], lookups: EngineLookups): string {
  const ids = new Set(rows.map((r) => r.claim_id));
  const parts: string[] = [];
  for (const r of rows.filter((c) => c.measure === 'oil_supply_share')) {
    parts.push(`${r.claimant} puts Azerbaijan’s share of Israel’s oil at ${r.figure_text}.`);
  }
  for (const check of lookups.checks.filter((c) => c.kind === 'share_of_population')) {
    if (check.claim_ids.split(/[\s+]+/).every((id) => ids.has(id))) parts.push(check.explanation);
  }
  return parts.length > 0
    ? parts.join(' ')
    : 'No oil or displacement figures match the current filters.';
}

/** For the share who fled: the count printed beside it, and the population the two imply. */
function displacementNotes(
  rows: readonly ViewClaim[],
  lookups: EngineLookups,
): Record<string, string> {
  const fled = rows.filter((c) => c.measure === 'people_fled');
  if (fled.length === 0) return {};
  const ids = new Set(rows.map((r) => r.claim_id));
  const implied = lookups.checks.find(
    (c) =>
      c.kind === 'share_of_population' && c.claim_ids.split(/[\s+]+/).every((id) => ids.has(id)),
  );
  const count = fled.map((c) => `${c.figure_text} people`).join(' or ');
  const population =
    implied && typeof implied.value === 'number'
      ? `; population implied about ${formatNumber(implied.value)} at face value`
      : '';
  return { share_fled: `${count}${population}` };
}

function timelineSection(
  events: EventRow[],
  sources: SourceRow[],
  claims: ViewClaim[],
  all: boolean,
): SectionModel<TimelineItem> {
  // Follow the filters through the articles: only events and publications of articles shown.
  const shownSources = new Set(claims.map((c) => c.source_id));
  const keptSources = all ? sources : sources.filter((s) => shownSources.has(s.source_id));
  const kept = new Set(keptSources.map((s) => s.source_id));
  const items = timelineItems(
    events.filter((e) => kept.has(e.source_id)),
    keptSources,
  );
  const eventsShown = items.filter((i) => i.kind === 'event');
  const pubs = items.filter((i) => i.kind === 'publication');
  const finding =
    items.length === 0
      ? 'No events match the current filters.'
      : `${eventsShown.length} dated ${eventsShown.length === 1 ? 'event' : 'events'}` +
        (eventsShown.length > 0
          ? ` from ${formatDate(eventsShown[0]?.date ?? null)} to ${formatDate(eventsShown.at(-1)?.date ?? null)}`
          : '') +
        `; ${pubs.length} ${pubs.length === 1 ? 'article' : 'articles'} published` +
        (pubs.length > 0
          ? ` between ${formatDate(pubs[0]?.date ?? null)} and ${formatDate(pubs.at(-1)?.date ?? null)}.`
          : '.') +
        ' Dates marked * are worked out from the text.';
  const byId = new Map(sources.map((s) => [s.source_id, s]));
  const { drawn, note } = drawLimit(items, 'events and publications', 'the earliest');
  return {
    id: 'timeline',
    title: 'Timeline',
    finding: finding + note,
    source: sourceLine(keptSources),
    empty: items.length === 0 ? NOTHING : null,
    chart: (ctx) => timelineChart(drawn, ctx),
    points: {
      className: TIMELINE_CLASS,
      data: drawn,
      describe: (i) => {
        const s = byId.get(i.source_id);
        const where = s
          ? `${s.publisher === 'unidentified' ? 'unidentified outlet' : s.publisher}, ${s.archive_file}`
          : i.source_id;
        return `${formatDate(i.date)}${i.inferred ? ' (date worked out from the text)' : ''}: ${i.title}. Source: ${where}${i.paragraph ? `, paragraph ${i.paragraph}` : ''}.`;
      },
    },
    rows: claims.filter((c) => kept.has(c.source_id)),
  };
}

type DataView = (claims: ViewClaim[]) => SectionModel<ViewClaim>;
const DATA_VIEWS: readonly DataView[] = [tollGrowthSection, confirmedSection, equipmentSection];
const viewsOfModel = new WeakMap<DashboardModel, readonly DataView[]>();

/** The data-driven views the whole ledger has something for (so their ids stay put under filters). */
function dataViews(model: DashboardModel): readonly DataView[] {
  let views = viewsOfModel.get(model);
  if (!views) {
    views = DATA_VIEWS.filter((view) => view(model.claims).empty === null);
    viewsOfModel.set(model, views);
  }
  return views;
}

/** Claims a topic's own section leaves to the views that draw them. */
function drawnByTopicViews(c: ViewClaim): boolean {
  switch (c.topic) {
    case 'arms':
      return ['arms_sales_value', 'arms_import_share', 'arms_stock_share'].includes(c.measure);
    case 'casualties':
      return warOf(c) !== null;
    case 'equipment':
      return c.unit !== 'USD' && c.unit !== 'EUR';
    case 'oil':
    case 'displacement':
      return ['oil_supply_share', 'share_fled', 'people_fled'].includes(c.measure);
    default:
      return false;
  }
}

export function buildSections(
  model: DashboardModel,
  lookups: EngineLookups,
  claims: ViewClaim[],
  unfiltered: boolean,
): SectionModel<ViewClaim | TimelineItem>[] {
  const armsShares = claims.filter(
    (c) => c.measure === 'arms_import_share' || c.measure === 'arms_stock_share',
  );
  const oilDisplacement = claims.filter(
    (c) =>
      c.measure === 'oil_supply_share' || c.measure === 'share_fled' || c.measure === 'people_fled',
  );
  const shareRows = oilDisplacement.filter((c) => c.unit === 'percent');
  const sipri = sipriSections(model.sipri, claims);
  const sections = [
    disputesSection(claims, lookups),
    armsValuesSection(claims, lookups),
    ...sipri.deliveries,
    sharesSection(
      'arms-shares',
      'Israel’s share of Azerbaijan’s weapons',
      armsShares,
      widestExplanation(armsShares, lookups, [
        'not_comparable',
        'contradict',
        'agree',
        'revised',
      ]) ??
        (armsShares.length > 0
          ? armsShares.map((r) => `${r.figure_text} from ${r.claimant} (${r.hedge})`).join('; ') +
            '.'
          : 'No share figures match the current filters.'),
    ),
    ...sipri.shares,
    casualtiesSection(2020, claims, lookups),
    ...dataViews(model).map((view) => view(claims)),
    casualtiesSection(2023, claims, lookups),
    {
      ...sharesSection(
        'oil-displacement',
        'Oil and displacement',
        shareRows,
        oilDisplacementFinding(oilDisplacement, lookups),
        displacementNotes(oilDisplacement, lookups),
      ),
      rows: oilDisplacement,
    },
    ...topicSections(model.claims, claims, drawnByTopicViews),
    timelineSection(model.events, model.sources, claims, unfiltered),
  ];
  return sections as SectionModel<ViewClaim | TimelineItem>[];
}

/** Every chart id of a model: the fixed views and the sections its data calls for. */
export function chartIds(model: DashboardModel): ChartId[] {
  return buildSections(model, engineLookups(model), model.claims, true).map((s) => s.id);
}
