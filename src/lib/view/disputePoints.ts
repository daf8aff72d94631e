/**
 * The rows of "Where sources disagree": each shown claim of a group with more than one statement,
 * in the group's base unit (so dollars and euros or km² and square miles compare), with its ratio
 * to the lowest figure of its row, ordered by the group's spread, widest first.
 *
 * A group whose figures are of different kinds of money (SIPRI trend-indicator values beside a
 * government's declared contract value) is drawn as one row per kind, each against its own
 * lowest figure: a TIV and a price never share an axis, not even as a ratio.
 */
import { minOf } from '../charts/extent.ts';
import type { DisputePoint, LeftOut } from '../charts/disputesChart.ts';
import type { ViewClaim } from './viewClaim.ts';
import { formatDate } from '../format/formatValue.ts';
import { BASIS_LABEL, basisClass, type Basis } from '../analysis/basis.ts';

export interface MemberInfo {
  claim_id: string;
  group_id: string;
  duplicate_of: string | null;
  base_unit: string;
  base_lo: number | null;
  base_hi: number | null;
  base_center: number;
  /** What kind of number a money figure is (analysis/basis.ts); 'quantity' for the rest. */
  basis: Basis;
}

export interface GroupInfo {
  group_id: string;
  subject: string;
  time_label: string;
  verdict: string;
  spread: number | null;
  explanation: string;
}

const VERDICT_WORDS: Record<string, string> = {
  agree: 'agree',
  contradict: 'contradict',
  misquote: 'misquoted',
  revised: 'revised',
  updated: 'updated',
  not_comparable: 'not comparable',
  single_source: 'single source',
};

/** A row's heading; how far apart a contradiction's figures are is said on the chart itself. */
export function groupLabel(g: GroupInfo): string {
  const subject = g.subject.replace(/^the /, '');
  const date = /^\d{4}(-\d{2}(-\d{2})?)?$/;
  const [from, to] = g.time_label.split('-to-');
  const when =
    from && to && date.test(from) && date.test(to)
      ? `${formatDate(from)} to ${formatDate(to)}`
      : date.test(g.time_label)
        ? formatDate(g.time_label)
        : g.time_label;
  const text = `${subject} (${when}): ${VERDICT_WORDS[g.verdict] ?? g.verdict}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function formatSpread(spread: number): string {
  return spread >= 10 ? `${Math.round(spread)}×` : `${spread.toFixed(1)}×`;
}

export function disputePoints(
  claims: readonly ViewClaim[],
  members: ReadonlyMap<string, MemberInfo>,
  groups: ReadonlyMap<string, GroupInfo>,
): DisputePoint[] {
  const byGroup = new Map<string, { claim: ViewClaim; member: MemberInfo }[]>();
  for (const claim of claims) {
    const member = members.get(claim.claim_id);
    // A figure repeated in the same article is one statement: draw it once.
    if (!member || member.duplicate_of !== null) continue;
    const list = byGroup.get(member.group_id) ?? [];
    list.push({ claim, member });
    byGroup.set(member.group_id, list);
  }
  const shown = [...byGroup.entries()]
    .filter(([id, list]) => list.length > 1 && groups.has(id))
    .sort(([a], [b]) => {
      const sa = groups.get(a)?.spread ?? 0;
      const sb = groups.get(b)?.spread ?? 0;
      return sb - sa || a.localeCompare(b);
    });
  return shown.flatMap(([id, list]) => {
    const group = groups.get(id) as GroupInfo;
    const kinds = [...new Set(list.map((m) => basisClass(m.member.basis)))].sort();
    return kinds.flatMap((kind) => {
      const part = list.filter((m) => basisClass(m.member.basis) === kind);
      const label =
        kinds.length === 1 ? groupLabel(group) : `${groupLabel(group)}; ${kindLabel(part)}`;
      // The ratio is the group's: said on the row only where the row is the whole group.
      const spread =
        kinds.length === 1 && group.verdict === 'contradict' ? (group.spread ?? null) : null;
      return placed(part, label, spread, group.verdict);
    });
  });
}

/**
 * What the disputes chart leaves out, among the claims shown: the quantities reported more than
 * once that are not disputed (`points` not drawn, by the engine's verdict), and the quantities
 * that only one statement gives (a figure repeated in its own article counts once).
 */
export function leftOut(
  claims: readonly ViewClaim[],
  members: ReadonlyMap<string, MemberInfo>,
  notDrawn: readonly DisputePoint[],
): LeftOut {
  const verdictOf = new Map(notDrawn.map((p) => [p.group_id, p.verdict]));
  const tally = { agree: 0, different: 0, revised: 0 };
  for (const verdict of verdictOf.values()) {
    if (verdict === 'agree') tally.agree++;
    else if (verdict === 'revised' || verdict === 'updated') tally.revised++;
    else tally.different++;
  }
  const statements = new Map<string, number>();
  for (const c of claims) {
    const m = members.get(c.claim_id);
    if (!m || m.duplicate_of !== null) continue;
    statements.set(m.group_id, (statements.get(m.group_id) ?? 0) + 1);
  }
  const single = [...statements.values()].filter((n) => n === 1).length;
  return { ...tally, single };
}

/** The kind of money a row holds, in words: "SIPRI trend-indicator value printed as money". */
function kindLabel(part: readonly { member: MemberInfo }[]): string {
  const bases = [...new Set(part.map((m) => m.member.basis))].sort();
  return bases.map((b) => BASIS_LABEL[b]).join(' or ');
}

/** Claims of one row, in the group's base unit, each with its ratio to the row's lowest. */
function placed(
  list: { claim: ViewClaim; member: MemberInfo }[],
  label: string,
  spread: number | null,
  verdict: string,
): DisputePoint[] {
  const lowest = minOf(list.map((m) => m.member.base_center).filter((v) => v > 0));
  return list
    .sort(
      (a, b) =>
        a.member.base_center - b.member.base_center ||
        a.claim.claim_id.localeCompare(b.claim.claim_id),
    )
    .map(({ claim, member }) => ({
      ...claim,
      group_label: label,
      base_unit: member.base_unit,
      base_center: member.base_center,
      base_lo: member.base_lo,
      base_hi: member.base_hi,
      ratio: member.base_center / lowest,
      spread,
      verdict,
    }));
}
