/**
 * Where the engine's verdicts and the sources set right surface on the dashboard (issue 13): the
 * provenance sentence a screen reader hears, the source line under a chart, the disputes finding
 * and the group labels. Built from the real ledger, as the pages are.
 */
import { describe, expect, it } from 'vitest';
import { readModel } from '../../src/lib/view/readModel.ts';
import { describeClaim } from '../../src/lib/view/describeClaim.ts';
import { groupLabel } from '../../src/lib/view/disputePoints.ts';
import { DISPUTED_VERDICTS } from '../../src/lib/view/filterClaims.ts';
import { buildSections, engineLookups } from '../../src/lib/view/sections.ts';
import { sourceLine } from '../../src/lib/view/sourceLine.ts';

const model = readModel('data');
const claim = (id: string) => model.claims.find((c) => c.claim_id === id)!;
const sections = buildSections(model, engineLookups(model), model.claims, true);
const section = (id: string) => sections.find((s) => s.id === id)!;

describe('verdicts and sources on the dashboard', () => {
  it('shows a date known only as "no earlier than" as a range', () => {
    const c = claim('unid20-embassy-two-weeks');
    expect(sourceLine([c])).toBe('Sources: The Correspondent (Pakistan), 5 October 2020 or later.');
    expect(describeClaim(c)).toMatch(
      /The Correspondent \(Pakistan\), 5 October 2020 or later, paragraph 2\./,
    );
  });

  it('says where a figure was taken from when it is wire copy', () => {
    expect(describeClaim(claim('jpost-deaths-hundreds'))).toMatch(
      /paragraph 19, taken from one Reuters story \(5 October 2020\)\.$/,
    );
    expect(describeClaim(claim('jpost-oil-share-40'))).not.toMatch(/taken from/);
  });

  it('says which earlier figure a revision replaced', () => {
    expect(describeClaim(claim('wiki20-am-claims-az-armour-destroyed-36'))).toMatch(
      /paragraph 63; revised from “ten”\.$/,
    );
    expect(describeClaim(claim('wiki20-am-claims-az-helicopters-downed-four'))).toMatch(
      /paragraph 63; unchanged in a revision of “four”\.$/,
    );
    expect(describeClaim(claim('wiki20-am-claims-az-armour-destroyed-ten-initial'))).not.toMatch(
      /revis/,
    );
  });

  it('does not call the vague-word case a contradiction or count reprints as sources', () => {
    const finding = section('disputes').finding;
    expect(finding).toMatch(/reported more than once; in 2 the sources contradict each other\./);
    expect(finding).not.toMatch(/more than one source/);
    expect(finding).toMatch(/Widest gap \(18×\)/);
  });

  it('names the new verdicts in group labels, and counts misquotes as disputed', () => {
    const g = {
      group_id: 'g',
      subject: 'the figure',
      time_label: '2020-10',
      spread: 1.3,
      explanation: '',
    };
    expect(groupLabel({ ...g, verdict: 'misquote' })).toBe('Figure (October 2020): misquoted');
    expect(groupLabel({ ...g, verdict: 'updated' })).toBe('Figure (October 2020): updated');
    expect(DISPUTED_VERDICTS).toEqual(['contradict', 'misquote']);
  });
});
