/**
 * Headings over rows of figures, as casualty boxes print them ("Per Armenian sources:", then
 * "91 troops killed", "14 tanks destroyed"): the heading says who claims the rows under it and,
 * by the usual convention of such boxes, whose losses they are ("Per X" rows are X's own
 * figures; "X claim" rows are X's claim about the enemy). A plain heading ("Civilians
 * displaced:") says what the rows count.
 *
 * Each rule is a row with an example that tests/extract/headings.test.ts runs. A heading lasts
 * while the paragraphs after it are short rows; a sentence of prose ends it.
 */
import type { Side } from '../data/types.ts';

export type HeadingLens = 'self_reported' | 'adversary';

export interface HeadingRule {
  /** Matches the start of a paragraph; group 1 names the claimant. */
  pattern: RegExp;
  lens: HeadingLens;
  /** How the claimant is named: from the words of group 1. */
  name: (words: string) => string;
  example: string;
}

const TRAILING = /[\s:]*(?:\[[^\]]{1,12}\][\s:]*)*$/;

export const HEADING_RULES: readonly HeadingRule[] = [
  {
    pattern: /^\s*per\s+([\p{L}][\p{L}' -]{1,60}?)\s*:/iu,
    lens: 'self_reported',
    name: (w) => w,
    example: 'Per Armenian sources:',
  },
  {
    pattern: /^\s*official\s+([\p{L}][\p{L}' -]{1,40}?)\s+figures\s*:/iu,
    lens: 'self_reported',
    name: (w) => `${w} officials`,
    example: 'Official Azerbaijani figures:',
  },
  {
    pattern: /^\s*([\p{L}][\p{L}' -]{1,40}?)\s+claims?\s*:/iu,
    lens: 'adversary',
    name: (w) => `the ${w} side`,
    example: 'Azerbaijani claim:',
  },
];

/** A short line ending in a colon: "Civilians displaced:", "Casualties and losses:". */
const PLAIN_HEADING = /^[^.!?]{2,60}:$/;
/** Longest paragraph still read as a row under a heading. */
const ROW_MAX = 160;

export interface Heading {
  /** The heading's words, for measure signals. */
  text: string;
  /** Who the rows are claimed by, as the heading names it; null for a plain heading. */
  claimant: string | null;
  lens: HeadingLens | null;
}

export interface HeadingRead {
  heading: Heading;
  /** The heading is the whole paragraph (it applies to the rows after it too). */
  alone: boolean;
}

/** The heading that opens `paragraph`, if any. */
export function readHeading(paragraph: string): HeadingRead | undefined {
  // Every heading has its colon near the start; most paragraphs have none there.
  const colon = paragraph.indexOf(':');
  if (colon < 0 || colon > 80) return undefined;
  for (const rule of HEADING_RULES) {
    const m = rule.pattern.exec(paragraph);
    if (!m) continue;
    const rest = paragraph.slice(m[0].length);
    return {
      heading: { text: m[0], claimant: rule.name((m[1] ?? '').trim()), lens: rule.lens },
      alone: TRAILING.test(rest) && rest.replace(TRAILING, '').trim() === '',
    };
  }
  const bare = paragraph.replace(TRAILING, '').trim();
  if (PLAIN_HEADING.test(`${bare}:`) && paragraph.trim().endsWith(':') && bare.length <= 60) {
    return { heading: { text: bare, claimant: null, lens: null }, alone: true };
  }
  return undefined;
}

/** True when a paragraph can be a row under a heading: short, not a sentence of prose. */
export function isRow(paragraph: string): boolean {
  const text = paragraph.trim();
  return text.length <= ROW_MAX && !/[.!?]["')\]]*$/.test(text.replace(TRAILING, ''));
}

/** The side counted by a row under a heading of `lens` claimed by `side`. */
export function countedByHeading(
  lens: HeadingLens | null,
  side: Side,
  belligerents: readonly Side[],
): Side | null {
  if (lens === null || !belligerents.includes(side)) return null;
  if (lens === 'self_reported') return side;
  const others = belligerents.filter((b) => b !== side);
  return others.length === 1 ? (others[0] ?? null) : null;
}

/**
 * Headings in force, paragraph by paragraph: a heading alone on its line applies to the rows
 * after it; a claimant heading replaces the last claimant heading; prose ends both.
 */
export class HeadingContext {
  private claimant: Heading | null = null;
  private plain: Heading | null = null;

  /** The headings for paragraph `text`, updating what is in force. */
  next(text: string): { claimant: Heading | null; plain: Heading | null } {
    const read = readHeading(text);
    if (read?.heading.claimant) {
      if (read.alone) this.claimant = read.heading;
      this.plain = null;
      return { claimant: read.heading, plain: null };
    }
    if (read) {
      this.plain = read.heading;
      return { claimant: this.claimant, plain: read.heading };
    }
    if (!isRow(text)) {
      this.claimant = null;
      this.plain = null;
      return { claimant: null, plain: null };
    }
    return { claimant: this.claimant, plain: this.plain };
  }
}
