/**
 * Comparison groups: the claims a reader would set side by side. A group holds statements about
 * the same family of measures and the same counted party whose time frames are comparable:
 * periods that overlap, or as-of dates within `rules.asOfWindowDays` of each other or of a
 * period (single linkage, so a chain of close dates is one group).
 *
 * Inside a group, a scope is what makes two statements one quantity: the same measure, the same
 * kind of money (TIV apart), the same base unit, and the same time frame (the same printed
 * period; any as-of date for running totals; the same as-of date for clocks such as days of
 * fighting). A group of one scope gets a verdict on its values. A group of several scopes is
 * not comparable, unless a scope holds several claimants or a changed figure: that scope is
 * split out as its own group, so a real disagreement or revision is never hidden behind a
 * difference of scope elsewhere.
 *
 * Ids are derived from the data, never from row order: measure (or family), counted party and
 * a time label from the printed dates, e.g. `military_deaths-armenia-2020-10`. They change only
 * when claims of the same measure and party are added or removed.
 */
import { slug } from '../format/slug.ts';
import { basisClass } from './basis.ts';
import type { PreparedClaim } from './prepareClaims.ts';
import type { EngineRules } from './rules.ts';
import type { Statement } from './statements.ts';
import { gapDays, timeLabel, type TimeFrame } from './timeFrame.ts';

export interface Scope {
  key: string;
  measure: string;
  basisClass: string;
  base: string;
  /** The printed time frame of its statements (the first one's, for running totals). */
  time: TimeFrame;
  timeKind: 'period' | 'running' | 'clock' | 'none';
  statements: Statement[];
}

export interface Group {
  id: string;
  family: string;
  counted: string;
  /** The subset of the measure all its claims count (ledger column `subset`); null for the whole. */
  subset: string | null;
  measures: string[];
  timeLabel: string;
  statements: Statement[];
  /** Scopes of this group's statements. */
  scopes: Scope[];
  /** Every scope of the cluster the group came from (what its statements were compared with). */
  clusterScopes: Scope[];
  /** The group holds, or stands beside, figures of other scopes: it is not one quantity. */
  mixed: boolean;
}

/** Statements in order of their ids (by rank: comparing numbers is much faster). */
const byId = (a: Statement, b: Statement) => a.order - b.order;

function isSorted(statements: readonly Statement[]): boolean {
  for (let i = 1; i < statements.length; i++) {
    if ((statements[i - 1] as Statement).order > (statements[i] as Statement).order) return false;
  }
  return true;
}

function scopeKind(s: Statement): Scope['timeKind'] {
  const t = s.rep.time.kind;
  if (t === 'period') return 'period';
  if (t === 'none') return 'none';
  return s.rep.isClock ? 'clock' : 'running';
}

/** Single-linkage clusters over time frames, sorted by first day (undated ones together). */
function clusterByTime(statements: Statement[], rules: EngineRules): Statement[][] {
  const dated = statements
    .filter((s) => s.rep.time.from !== null)
    .sort((a, b) => (a.rep.time.from as number) - (b.rep.time.from as number) || byId(a, b));
  const undated = statements.filter((s) => s.rep.time.from === null);
  const clusters: Statement[][] = [];
  let current: Statement[] = [];
  let maxPeriodTo = -Infinity;
  let maxAsOfTo = -Infinity;
  for (const s of dated) {
    const t = s.rep.time;
    const from = t.from as number;
    const to = t.to as number;
    const joins =
      current.length > 0 &&
      (t.kind === 'period'
        ? from <= maxPeriodTo || from - maxAsOfTo <= rules.asOfWindowDays
        : from - Math.max(maxPeriodTo, maxAsOfTo) <= rules.asOfWindowDays);
    if (!joins && current.length > 0) {
      clusters.push(current);
      current = [];
      maxPeriodTo = -Infinity;
      maxAsOfTo = -Infinity;
    }
    current.push(s);
    if (t.kind === 'period') maxPeriodTo = Math.max(maxPeriodTo, to);
    else maxAsOfTo = Math.max(maxAsOfTo, to);
  }
  if (current.length > 0) clusters.push(current);
  if (undated.length > 0) clusters.push(undated);
  return clusters;
}

function scopesOf(statements: readonly Statement[]): Scope[] {
  const map = new Map<string, Scope>();
  for (const s of isSorted(statements) ? statements : [...statements].sort(byId)) {
    const key = s.rep.scopeKey;
    const found = map.get(key);
    if (found) {
      found.statements.push(s);
    } else {
      map.set(key, {
        key,
        measure: s.rep.measure,
        basisClass: basisClass(s.rep.basis),
        base: s.rep.conversion.base,
        time: s.rep.time,
        timeKind: scopeKind(s),
        statements: [s],
      });
    }
  }
  return [...map.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const claimantsIn = (statements: readonly Statement[]) =>
  new Set(statements.map((s) => s.rep.claimantKey));

const framesOf = (statements: readonly Statement[]) => statements.map((s) => s.rep.time);

const measuresOf = (statements: readonly Statement[]) =>
  [...new Set(statements.map((s) => s.rep.measure))].sort();

function idOf(measures: readonly string[], family: string, counted: string, label: string) {
  const measurePart = measures.length === 1 ? (measures[0] as string) : family;
  return `${measurePart}-${counted}-${label}`;
}

/** Group statements; groups come back sorted by id, statements inside by id. */
export function buildGroups(statements: readonly Statement[], rules: EngineRules): Group[] {
  const buckets = new Map<string, Statement[]>();
  for (const s of isSorted(statements) ? statements : [...statements].sort(byId)) {
    const key = s.rep.groupKey;
    const list = buckets.get(key);
    if (list) list.push(s);
    else buckets.set(key, [s]);
  }
  const groups: Group[] = [];
  for (const list of buckets.values()) {
    const first = list[0] as Statement;
    const family = first.rep.family;
    const counted = first.rep.counted;
    // A subset (one strike, the children among the dead) is named in the id after the party.
    const named = first.rep.subset ? `${counted}-${slug(first.rep.subset)}` : counted;
    const clusters = clusterByTime(list, rules);
    // Coarse labels, refined to days where two clusters of one family and party would clash.
    const coarse = clusters.map((c) => timeLabel(framesOf(c)));
    const uses = new Map<string, number>();
    for (const label of coarse) uses.set(label, (uses.get(label) ?? 0) + 1);
    const labels = coarse.map((label, i) =>
      (uses.get(label) ?? 0) > 1 ? timeLabel(framesOf(clusters[i] as Statement[]), true) : label,
    );
    clusters.forEach((cluster, i) => {
      const label = labels[i] as string;
      const scopes = scopesOf(cluster);
      const base = { family, counted, subset: first.rep.subset ?? null, clusterScopes: scopes };
      if (scopes.length === 1) {
        const sorted = [...cluster].sort(byId);
        groups.push({
          ...base,
          id: idOf(measuresOf(sorted), family, named, label),
          measures: measuresOf(sorted),
          timeLabel: label,
          statements: sorted,
          scopes,
          mixed: false,
        });
        return;
      }
      // A scope with something to judge inside it (two claimants, or one who changed its
      // figure) becomes a group of its own.
      const contested = scopes.filter(
        (s) =>
          claimantsIn(s.statements).size > 1 ||
          new Set(s.statements.map((st) => st.rep.baseCenter)).size > 1,
      );
      const rest = scopes.filter((s) => !contested.includes(s));
      for (const scope of contested) {
        const sorted = [...scope.statements].sort(byId);
        const tiv = scope.basisClass === 'tiv' ? '-tiv' : '';
        // Named by its own dates; to the day where the month would repeat the cluster's name.
        const clusterId = idOf(measuresOf(cluster), family, named, label);
        let scopeLabel = timeLabel(framesOf(sorted));
        if (`${scope.measure}${tiv}-${named}-${scopeLabel}` === clusterId) {
          scopeLabel = timeLabel(framesOf(sorted), true);
        }
        groups.push({
          ...base,
          id: `${scope.measure}${tiv}-${named}-${scopeLabel}`,
          measures: [scope.measure],
          timeLabel: scopeLabel,
          statements: sorted,
          scopes: [scope],
          mixed: false,
        });
      }
      if (rest.length > 0) {
        const sorted = rest.flatMap((s) => s.statements).sort(byId);
        groups.push({
          ...base,
          id: idOf(measuresOf(sorted), family, named, label),
          measures: measuresOf(sorted),
          timeLabel: label,
          statements: sorted,
          scopes: rest,
          mixed: true,
        });
      }
    });
  }
  return uniqueIds(groups.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}

/** Ids must be unique; a clash (rare: a split scope named like its cluster) gets a suffix. */
function uniqueIds(groups: Group[]): Group[] {
  const seen = new Map<string, number>();
  for (const g of groups) {
    const n = seen.get(g.id) ?? 0;
    seen.set(g.id, n + 1);
    if (n > 0) g.id = `${g.id}-${n + 1}`;
  }
  return groups;
}

export interface Nearest {
  other: Statement | null;
  gap: number;
}

/**
 * For each statement of a group, the other statement closest in time and the gap in days. One
 * sweep in order of first day: among earlier statements the one reaching farthest is closest,
 * among later ones the next.
 */
export function nearestStatements(group: Group): Map<Statement, Nearest> {
  const out = new Map<Statement, Nearest>();
  const dated = group.statements
    .filter((s) => s.rep.time.from !== null)
    .sort((a, b) => (a.rep.time.from as number) - (b.rep.time.from as number) || byId(a, b));
  const undated = group.statements.filter((s) => s.rep.time.from === null);
  let reach: Statement | null = null;
  dated.forEach((s, i) => {
    let best: Nearest = { other: null, gap: Infinity };
    if (reach) best = { other: reach, gap: gapDays(reach.rep.time, s.rep.time) };
    const next = dated[i + 1];
    if (next) {
      const gap = gapDays(next.rep.time, s.rep.time);
      if (gap < best.gap) best = { other: next, gap };
    }
    if (!best.other && undated[0]) best = { other: undated[0], gap: Infinity };
    out.set(s, best);
    if (!reach || (s.rep.time.to as number) > (reach.rep.time.to as number)) reach = s;
  });
  for (const s of undated) {
    out.set(s, { other: undated.find((o) => o !== s) ?? dated[0] ?? null, gap: Infinity });
  }
  return out;
}

/** Why a claim is in its group, for readers who want to check the grouping. */
export function memberReason(
  claim: PreparedClaim,
  statement: Statement,
  group: Group,
  nearest: Map<Statement, Nearest> = nearestStatements(group),
): string {
  const parts: string[] = [];
  parts.push(
    claim.measure === group.family
      ? `${claim.measure} of ${claim.counted}`
      : `${claim.measure} of ${claim.counted}, compared with the other ${group.family} measures`,
  );
  parts.push(claim.time.text);
  if (claim.basis !== 'quantity') parts.push(claim.basis.replace(/_/g, ' '));
  if (statement.id !== claim.claim_id) {
    parts.push(`repeats ${statement.id} in the same article`);
  }
  const near = nearest.get(statement);
  const other = near?.other;
  if (other && near) {
    parts.push(
      near.gap === 0
        ? `overlaps ${other.rep.time.text} (${other.id})`
        : Number.isFinite(near.gap)
          ? `${near.gap} days from ${other.rep.time.text} (${other.id})`
          : `undated like ${other.id}`,
    );
  } else {
    parts.push(`the only statement about this in ${group.timeLabel}`);
  }
  return parts.join('; ');
}
