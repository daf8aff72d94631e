/**
 * What each claimant says now, and how it got there. A claimant's statements in one group are
 * read in three steps:
 *
 * 1. Misquotes: statements of one claimant taken from one shared origin (the same wire story,
 *    or an institute's data for the same window) by different outlets, with values that cannot
 *    both be right. Nobody changed their figure: at least one outlet misquotes it, so all of
 *    them stand.
 * 2. Revisions: two different figures for the same moment (the same as-of day or period) from
 *    one claimant, printed on different days. The one printed later stands; "revised" means a
 *    correction. Printed the same day, neither can be the correction: that is a misquote too
 *    (or an article contradicting itself), and both stand, unless the ledger says which
 *    replaced which: a claim whose `revises` names another ("later revised to 36", with no date
 *    for the revision) supersedes it, and the figure at the end of that chain stands.
 * 3. Updates: a running total or a state given for different days. The latest day stands; a
 *    running total that rises is an update, not a revision. One that falls corrects the earlier
 *    figure (a count so far cannot shrink), so that is a revision.
 *
 * A later figure from the same claimant therefore never contradicts its earlier one.
 */
import { intersect } from './intervals.ts';
import type { Origin } from './origins.ts';
import type { Statement } from './statements.ts';
import { isAdditive } from './units.ts';

export interface Change {
  claimantKey: string;
  from: Statement;
  to: Statement;
  /**
   * The ledger links the two (`to` names `from` in its `revises` column): the text says the
   * figure was revised, not the dates it was printed on.
   */
  stated?: boolean;
}

export interface Misquote {
  claimantKey: string;
  origin: Origin;
  /** Who was misquoted, for readers: the shared origin's name, else the claimant. */
  label: string;
  statements: Statement[];
}

export interface Positions {
  /** Each claimant's standing statement(s). */
  positions: Statement[];
  revisions: Change[];
  updates: Change[];
  misquotes: Misquote[];
  /** Distinct claimants (independent voices: reprints of one origin are one). */
  claimants: number;
}

const agree = (list: readonly Statement[], eps: number) =>
  intersect(
    list.map((s) => s.base),
    eps,
  ) !== null;

/** Printed earlier first; ties by id. */
const byPublication = (a: Statement, b: Statement) =>
  a.rep.published < b.rep.published
    ? -1
    : a.rep.published > b.rep.published
      ? 1
      : a.order - b.order;

function bucket<K>(list: readonly Statement[], keyOf: (s: Statement) => K): Map<K, Statement[]> {
  const out = new Map<K, Statement[]>();
  for (const s of list) {
    const found = out.get(keyOf(s));
    if (found) found.push(s);
    else out.set(keyOf(s), [s]);
  }
  return out;
}

/**
 * The shared origin (wire story, institute) of a statement, from any of its printings: the
 * statement's representative is chosen for its units, so it may be the one printing that does
 * not name the origin.
 */
function sharedOrigin(s: Statement): Origin | null {
  return s.claims.find((c) => c.source.shared)?.source ?? null;
}

function misquoteOf(claimantKey: string, statements: Statement[]): Misquote {
  const first = statements[0] as Statement;
  const origin = sharedOrigin(first) ?? first.rep.source;
  return {
    claimantKey,
    origin,
    label: origin.shared ? origin.name : first.rep.claimantLabel,
    statements,
  };
}

/** Step 1: one origin printed with values that cannot all be right, by more than one outlet. */
function splitMisquotes(claimantKey: string, list: readonly Statement[], eps: number) {
  const misquotes: Misquote[] = [];
  const quoted = new Set<Statement>();
  const shared = list.filter((s) => sharedOrigin(s) !== null);
  if (shared.length < 2) return { misquotes, rest: list };
  // A story is one moment; an institute's data is one per window or date.
  const moment = (s: Statement) => {
    const origin = sharedOrigin(s) as Origin;
    return origin.kind === 'story' ? origin.key : `${origin.key}|${s.rep.time.key}`;
  };
  for (const same of bucket(shared, moment).values()) {
    if (new Set(same.map((s) => s.rep.source_id)).size < 2 || agree(same, eps)) continue;
    misquotes.push(misquoteOf(claimantKey, same));
    for (const s of same) quoted.add(s);
  }
  return { misquotes, rest: list.filter((s) => !quoted.has(s)) };
}

interface Moment {
  standing: Statement[];
  revision: Change | null;
  misquote: Misquote | null;
}

/**
 * The ledger's own word on which figure replaced which (column `revises`): each link from a
 * statement to the earlier one it names among `list`. A link inside one statement (a revision
 * that kept the number) changes nothing and is left out.
 */
function statedLinks(list: readonly Statement[]): { from: Statement; to: Statement }[] {
  const links: { from: Statement; to: Statement }[] = [];
  for (const to of list) {
    for (const c of to.claims) {
      if (!c.revises) continue;
      const from = list.find((s) => s.claims.some((x) => x.claim_id === c.revises));
      if (from && from !== to && !links.some((l) => l.from === from && l.to === to))
        links.push({ from, to });
    }
  }
  return links;
}

/** Step 2: the standing statements of one moment, and the correction if there was one. */
function standingAt(claimantKey: string, list: Statement[], eps: number): Moment {
  if (list.length === 1 || agree(list, eps)) {
    return { standing: list, revision: null, misquote: null };
  }
  const links = statedLinks(list);
  const superseded = new Set(links.map((l) => l.from));
  const current = list.filter((s) => !superseded.has(s));
  // The validator refuses a cycle of links; were one to slip in, nothing would be left to stand.
  if (links.length > 0 && current.length > 0) {
    const rest = standingAt(claimantKey, current, eps);
    const link = links.find((l) => rest.standing.includes(l.to) && !agree([l.from, l.to], eps));
    const stated: Change | null = link ? { claimantKey, ...link, stated: true } : null;
    return { ...rest, revision: rest.revision ?? stated };
  }
  const printed = [...list].sort(byPublication);
  const to = printed[printed.length - 1] as Statement;
  const lastDay = printed.filter((s) => s.rep.published === to.rep.published);
  if (!agree(lastDay, eps)) {
    return { standing: list, revision: null, misquote: misquoteOf(claimantKey, list) };
  }
  const standing = printed.filter((s) => agree([s, to], eps));
  const from = printed.find((s) => !standing.includes(s));
  // Each agrees with the latest though not all with each other: nothing was corrected.
  if (!from) return { standing: printed, revision: null, misquote: null };
  return { standing, revision: { claimantKey, from, to }, misquote: null };
}

/** Steps 2 and 3 for one claimant. */
function readClaimant(
  claimantKey: string,
  list: readonly Statement[],
  eps: number,
  out: Positions,
) {
  // Most claimants say one thing once: nothing to split or order (a hot path at 10k claims).
  if (list.length === 1) {
    out.positions.push(list[0] as Statement);
    return;
  }
  const { misquotes, rest } = splitMisquotes(claimantKey, list, eps);
  out.misquotes.push(...misquotes);
  for (const m of misquotes) out.positions.push(...m.statements);
  const moments = [...bucket(rest, (s) => s.rep.time.key).values()].map((l) =>
    standingAt(claimantKey, l, eps),
  );
  for (const m of moments) {
    if (m.revision) out.revisions.push(m.revision);
    if (m.misquote) out.misquotes.push(m.misquote);
  }
  const dated = moments.filter((m) => (m.standing[0] as Statement).rep.time.kind === 'as_of');
  for (const m of moments) if (!dated.includes(m)) out.positions.push(...m.standing);
  if (dated.length === 0) return;
  dated.sort(
    (a, b) =>
      ((a.standing[0] as Statement).rep.time.from as number) -
      ((b.standing[0] as Statement).rep.time.from as number),
  );
  const latest = dated[dated.length - 1]?.standing as Statement[];
  out.positions.push(...latest);
  const now = latest[0] as Statement;
  const changed = dated.slice(0, -1).find((m) => !agree([m.standing[0] as Statement, now], eps));
  if (!changed) return;
  const from = changed.standing[0] as Statement;
  // A count so far cannot shrink: a lower later figure corrects the earlier one.
  const fell = isAdditive(now.rep.dimension) && now.base.hi < from.base.lo;
  (fell ? out.revisions : out.updates).push({ claimantKey, from, to: now });
}

/** Each claimant's standing statements, with the misquotes, revisions and updates behind them. */
export function positionsOf(statements: readonly Statement[], epsilon: number): Positions {
  const out: Positions = { positions: [], revisions: [], updates: [], misquotes: [], claimants: 1 };
  // One statement is one claimant saying one thing: most groups (a hot path at 10k claims).
  if (statements.length === 1) {
    out.positions.push(statements[0] as Statement);
    return out;
  }
  const byClaimant = new Map<string, Statement[]>();
  for (const s of statements) {
    const list = byClaimant.get(s.rep.claimantKey);
    if (list) list.push(s);
    else byClaimant.set(s.rep.claimantKey, [s]);
  }
  out.claimants = byClaimant.size;
  const keys = [...byClaimant.keys()].sort();
  for (const key of keys) readClaimant(key, byClaimant.get(key) as Statement[], epsilon, out);
  return out;
}
