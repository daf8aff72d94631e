/**
 * Sections that follow the data: the views built on what the ledger holds rather than on a
 * fixed list of topics (how a toll grew, claims against what was confirmed, equipment losses),
 * and a section for every topic and unit family whose figures no other section draws, so a
 * measure with figures gets a place on the dashboard and an embed id without new code.
 *
 * Ids are stable: a fixed view keeps its id, and a topic's own section is `topic-<topic>`, or
 * `topic-<topic>-<family>` when the topic's figures come in more than one unit family.
 */
import { confirmedChart, confirmedFinding, confirmedRows } from '../charts/confirmedChart.ts';
import { POINT_CLASS } from '../charts/claimDots.ts';
import { measureChart, measureRow } from '../charts/measureChart.ts';
import { TOLL_CLASS, tollFinding, tollGrowthChart, tollSeries } from '../charts/tollGrowthChart.ts';
import {
  TOPICS,
  TOPIC_VOCABULARY,
  UNITS,
  UNIT_VOCABULARY,
  countedEntry,
  unitEntry,
  type Topic,
  type UnitFamily,
} from '../vocabulary/vocabulary.ts';
import { describeClaim } from './describeClaim.ts';
import { sourceLine } from './sourceLine.ts';
import { DRAW_LIMIT, drawLimit } from './drawLimit.ts';
import { widestRowAnnotation } from './annotations.ts';
import type { SectionModel } from './sections.ts';
import type { ViewClaim } from './viewClaim.ts';

const NOTHING =
  'No figures match the current filters. Change or reset the filters to see this chart.';

const claimPoints = (data: readonly ViewClaim[]) => ({
  className: POINT_CLASS,
  data,
  describe: describeClaim,
});

export function tollGrowthSection(claims: ViewClaim[]): SectionModel<ViewClaim> {
  const all = tollSeries(claims);
  // Whole series are drawn, in their order, until the limit.
  const series: typeof all = [];
  let count = 0;
  for (const s of all) {
    if (count + s.points.length > DRAW_LIMIT) break;
    series.push(s);
    count += s.points.length;
  }
  const points = series.flatMap((s) => s.points);
  const rows = all.flatMap((s) => s.points.map((p) => p.claim));
  const left = all.length - series.length;
  return {
    id: 'toll-growth',
    title: 'How each side’s own toll grew',
    finding:
      tollFinding(series) +
      (left > 0
        ? ` The chart draws ${series.length} of ${all.length} series; the table and the CSV hold every one.`
        : ''),
    source: sourceLine(rows),
    empty: series.length === 0 ? NOTHING : null,
    chart: (ctx) => tollGrowthChart(series, ctx),
    points: {
      className: TOLL_CLASS,
      data: points.map((p) => p.claim),
      describe: describeClaim,
    },
    rows,
  };
}

export function confirmedSection(claims: ViewClaim[]): SectionModel<ViewClaim> {
  const all = confirmedRows(claims);
  const rows = all.filter(
    (_, i) => all.slice(0, i + 1).flatMap((r) => r.claims).length <= DRAW_LIMIT,
  );
  const drawn = rows.flatMap((r) => r.claims);
  const every = all.flatMap((r) => r.claims);
  const note =
    rows.length < all.length
      ? ` The chart draws ${rows.length} of ${all.length} rows; the table and the CSV hold every one.`
      : '';
  return {
    id: 'claims-vs-confirmed',
    title: 'Claims about the enemy against what was confirmed',
    finding: confirmedFinding(rows) + note,
    source: sourceLine(every),
    empty: all.length === 0 ? NOTHING : null,
    chart: (ctx) => confirmedChart(rows, ctx),
    points: claimPoints(drawn),
    rows: every,
  };
}

const isEquipment = (c: ViewClaim) => unitEntry(c.unit)?.family === 'equipment';

/** Parts of a loss total: a reporter's figures for these within its total are a breakdown. */
const BREAKDOWN = new Set([
  'equipment_destroyed',
  'equipment_damaged',
  'equipment_captured',
  'equipment_abandoned',
]);

/**
 * The figures the equipment chart draws: each reporter's headline counts, leaving out a
 * reporter's breakdown of a total it also gives (Oryx's destroyed, damaged, captured and
 * abandoned within its losses); the table and the CSV keep every one.
 */
export function equipmentHeadlines(rows: readonly ViewClaim[]): ViewClaim[] {
  const totals = new Set(
    rows
      .filter((c) => c.measure === 'equipment_lost')
      .map((c) => `${c.claimant}|${c.counted}|${c.unit}`),
  );
  return rows.filter(
    (c) => !BREAKDOWN.has(c.measure) || !totals.has(`${c.claimant}|${c.counted}|${c.unit}`),
  );
}

/** The largest enemy claim and the largest documented count, with who gave them. */
function largest(rows: readonly ViewClaim[]): string {
  const top = (list: readonly ViewClaim[]) =>
    list.reduce<ViewClaim | undefined>((a, b) => (!a || b.center > a.center ? b : a), undefined);
  const parts: string[] = [];
  const claimed = top(rows.filter((c) => c.lens === 'adversary'));
  const documented = top(rows.filter((c) => c.lens === 'third_party'));
  if (claimed)
    parts.push(
      `the largest claim about the enemy is ${claimed.figure_text} ${equipmentRow(claimed)} (${claimed.claimant})`,
    );
  if (documented)
    parts.push(
      `the largest documented count is ${documented.figure_text} ${equipmentRow(documented)} (${documented.claimant})`,
    );
  return parts.length ? ` ${parts.join('; ').replace(/^./, (ch) => ch.toUpperCase())}.` : '';
}

/** A row of the equipment chart: whose equipment, of which kind ("Armenian tanks"). */
function equipmentRow(c: ViewClaim): string {
  const adjective = countedEntry(c.counted)?.adjective ?? c.counted;
  return `${adjective} ${unitEntry(c.unit)?.plural ?? c.unit}`;
}

export function equipmentSection(claims: ViewClaim[]): SectionModel<ViewClaim> {
  const rows = claims.filter((c) => c.topic === 'equipment' && isEquipment(c));
  const kindOrder = (c: ViewClaim) =>
    `${c.counted}|${String(UNITS.indexOf(c.unit)).padStart(3, '0')}`;
  const headlines = equipmentHeadlines(rows).sort((a, b) =>
    kindOrder(a).localeCompare(kindOrder(b)),
  );
  const { drawn, note } = drawLimit(headlines, 'figures', 'by side and kind');
  const reporters = new Set(headlines.map((c) => c.claimant));
  const kinds = new Set(headlines.map(equipmentRow));
  return {
    id: 'equipment-losses',
    title: 'Equipment losses, by kind and by who reported them',
    finding:
      rows.length === 0
        ? 'No equipment figures match the current filters.'
        : `${plural(kinds.size, 'kind', 'kinds')} of equipment lost, as ${plural(reporters.size, 'reporter', 'reporters')} counted them: claims about the enemy (triangles) beside documented losses (squares).${largest(headlines)} Breakdowns of a total (destroyed, damaged, captured) are in the table and the CSV.${note}`,
    source: sourceLine(rows),
    empty: rows.length === 0 ? NOTHING : null,
    chart: (ctx) =>
      measureChart(drawn, 'equipment', ctx, equipmentRow, widestRowAnnotation(drawn, equipmentRow)),
    points: claimPoints(drawn),
    rows,
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A few figures are named with what they count; more are counted. */
function topicFinding(rows: readonly ViewClaim[]): string {
  if (rows.length === 0) return 'No figures of this kind match the current filters.';
  if (rows.length <= 4)
    return `${rows.map((r) => `${measureRow(r)}: ${r.figure_text} (${r.claimant})`).join('; ')}.`;
  const claimants = new Set(rows.map((r) => r.claimant)).size;
  return `${plural(rows.length, 'figure', 'figures')} from ${plural(claimants, 'claimant', 'claimants')}.`;
}

/** A topic's own section, for claims of one unit family that no other section draws. */
function topicSection(
  id: string,
  topic: Topic,
  family: UnitFamily,
  rows: ViewClaim[],
): SectionModel<ViewClaim> {
  const { drawn, note } = drawLimit(rows, 'figures', 'in the ledger’s order');
  return {
    id,
    title: TOPIC_VOCABULARY[topic].title,
    finding: topicFinding(rows) + note,
    source: sourceLine(rows),
    empty: rows.length === 0 ? NOTHING : null,
    chart: (ctx) =>
      measureChart(drawn, family, ctx, measureRow, widestRowAnnotation(drawn, measureRow)),
    points: claimPoints(drawn),
    rows,
  };
}

const familyOf = (c: ViewClaim): UnitFamily =>
  (UNIT_VOCABULARY as Record<string, { family: UnitFamily }>)[c.unit]?.family ?? 'people';

/**
 * The topic sections: for each topic and unit family among `all` claims (unfiltered, so ids do
 * not come and go with the filters) that the other sections leave undrawn, a section of the
 * filtered `claims` of that kind.
 */
export function topicSections(
  all: readonly ViewClaim[],
  claims: readonly ViewClaim[],
  drawnElsewhere: (c: ViewClaim) => boolean,
): SectionModel<ViewClaim>[] {
  const kinds = new Map<Topic, Set<UnitFamily>>();
  for (const c of all) {
    if (drawnElsewhere(c)) continue;
    const set = kinds.get(c.topic) ?? new Set<UnitFamily>();
    set.add(familyOf(c));
    kinds.set(c.topic, set);
  }
  return TOPICS.flatMap((topic) => {
    const families = [...(kinds.get(topic) ?? [])].sort();
    return families.map((family) => {
      const id = families.length > 1 ? `topic-${topic}-${family}` : `topic-${topic}`;
      const rows = claims.filter(
        (c) => c.topic === topic && familyOf(c) === family && !drawnElsewhere(c),
      );
      return topicSection(id, topic, family, rows);
    });
  });
}
