/**
 * The main disputes of the real ledger (data/), with the verdicts a careful reader would give.
 * If the data changes, these tests say which finding moved.
 */
import { describe, expect, it } from 'vitest';
import { readLedger } from '../../src/lib/data/readLedgerFiles.ts';
import { analyse } from '../../src/lib/analysis/analyse.ts';
import { annotateClaims } from '../../src/lib/analysis/annotateClaims.ts';

const ledger = readLedger('data');
const t = analyse(ledger.claims);
type Obj = Record<string, unknown>;
const rows = (table: { objects(): object[] }) => table.objects() as Obj[];
const verdictOf = (id: string) => rows(t.verdicts).find((v: Obj) => v.group_id === id) as Obj;
const groupOf = (claimId: string) =>
  (rows(t.members).find((m: Obj) => m.claim_id === claimId) as Obj).group_id as string;
const check = (id: string) => rows(t.checks).find((c: Obj) => c.check_id === id) as Obj;

describe('the real ledger', () => {
  it('places every claim in a group or reports it, never dropping one', () => {
    expect(t.members.numRows() + t.unknown.numRows()).toBe(ledger.claims.numRows());
    expect(t.unknown.numRows()).toBe(0);
  });

  it('Armenian military deaths: the two sides contradict by more than an order of magnitude', () => {
    const id = groupOf('asianews-armenian-soldiers-104');
    expect(id).toBe('military_deaths-armenia-2020-10-02');
    expect(groupOf('asianews-armenian-soldiers-1900')).toBe(id);
    const v = verdictOf(id);
    expect(v.verdict).toBe('contradict');
    expect(v.spread as number).toBeGreaterThan(10);
    expect(v.low_claimants).toBe('Armenian government');
    expect(v.high_claimants).toBe('Azerbaijani government');
    // Both come from one article with no printed date for them: each is "no later than" its date.
    expect(v.explanation).toBe(
      "Azerbaijan's figure for Armenian military deaths (1,900) is 18 times Armenia's own (104), both given no later than 2 October 2020.",
    );
    const lenses = rows(t.members)
      .filter((m: Obj) => m.group_id === id)
      .map((m: Obj) => [m.claim_id, m.lens]);
    expect(lenses).toEqual([
      ['asianews-armenian-soldiers-104', 'self_reported'],
      ['asianews-armenian-soldiers-1900', 'adversary'],
    ]);
  });

  it('the first-day figures Armenia later revised (ten, then 36; 15, then 27) are revisions, not misquotes', () => {
    for (const [earlier, later, from, to] of [
      [
        'wiki20-am-claims-az-armour-destroyed-ten-initial',
        'wiki20-am-claims-az-armour-destroyed-36',
        'ten',
        '36',
      ],
      [
        'wiki20-am-claims-az-drones-downed-15-initial',
        'wiki20-am-claims-az-drones-downed-27',
        '15',
        '27',
      ],
    ] as const) {
      const id = groupOf(later);
      expect(groupOf(earlier)).toBe(id);
      const v = verdictOf(id);
      expect(v.verdict).toBe('revised');
      expect(v.revised_claimants).toBe('Armenian and Artsakh authorities');
      expect(v.explanation).toMatch(new RegExp(`on 27 September 2020 from ${from} to ${to}; `));
      expect(v.explanation).toMatch(/with no date for the revision\.$/);
    }
    expect(rows(t.verdicts).filter((v: Obj) => v.verdict === 'misquote')).toEqual([]);
  });

  it("Israel's share of Azerbaijan's arms imports: 60 percent and nearly 70% are shares for different windows", () => {
    const id = groupOf('ap20-israel-armaments-share-60');
    expect(groupOf('ap23-israel-arsenal-share-70')).toBe(id);
    const v = verdictOf(id);
    expect(v.verdict).toBe('not_comparable');
    // The reason is the window, not a definition.
    expect(v.reasons).toBe('period');
    expect(v.explanation).toMatch(/shares for different windows, not one disputed figure/);
    expect(v.explanation).toMatch(
      /60 percent \(The Times of Israel, speculated\) for 2015–2019 \(inferred\)/,
    );
    expect(v.explanation).toMatch(/nearly 70% \(.*, estimated\) for 2016–2020/);
  });

  it('arms-sales values: not one quantity, because TIV is not money and the periods differ', () => {
    const ids = [
      'asianews-sipri-usd-375m',
      'asianews-sipri-usd-375m-summary',
      'unid20-sipri-usd-740m',
      'unid20-aliyev-usd-4-85bn',
      'unid20-aliyev-eur-4-1bn',
    ].map(groupOf);
    expect(new Set(ids).size).toBe(1);
    const v = verdictOf(ids[0] as string);
    expect(v.verdict).toBe('not_comparable');
    expect(String(v.reasons).split(' ').sort()).toEqual(['period', 'tiv_vs_money']);
    expect(v.explanation).toMatch(/trend-indicator values printed as dollars/);
    expect(v.explanation).toMatch(/value declared by a government/);
    expect(v.explanation).toMatch(/different periods/);
    const basis = Object.fromEntries(rows(t.members).map((m: Obj) => [m.claim_id, m.basis]));
    expect(basis['asianews-sipri-usd-375m']).toBe('tiv');
    expect(basis['unid20-sipri-usd-740m']).toBe('tiv');
    expect(basis['unid20-aliyev-usd-4-85bn']).toBe('declared_value');
  });

  it("deaths on both sides: 'dozens' (1 Oct) against 'hundreds' (2 and 5 Oct) is too vague to compare, not a contradiction", () => {
    const id = groupOf('ap20-deaths-dozens');
    expect(groupOf('asianews-deaths-hundreds')).toBe(id);
    expect(groupOf('jpost-deaths-hundreds')).toBe(id);
    const v = verdictOf(id);
    expect(v).toMatchObject({ verdict: 'not_comparable', reasons: 'too_vague', spread: null });
    expect(v.explanation).toMatch(/too vague to compare/);
    expect(v.explanation).toMatch(
      /dozens, read as 24–99 \(The Times of Israel, given no later than 1 October 2020\)/,
    );
    // The Jerusalem Post's paragraph is Reuters' copy: Reuters is the voice.
    expect(v.explanation).toMatch(/Reuters, given no later than 5 October 2020/);
    const group = rows(t.groups).find((g) => g.group_id === id) as Obj;
    expect(group).toMatchObject({ n_claims: 3, n_claimants: 3, n_articles: 3, n_origins: 3 });
  });

  it('counts a figure repeated in one article once', () => {
    const members = rows(t.members);
    const summary = members.find((m) => m.claim_id === 'asianews-sipri-usd-375m-summary');
    expect(summary?.duplicate_of).toBe('asianews-sipri-usd-375m');
    const days = verdictOf(groupOf('asianews-fighting-five-days'));
    expect(days.verdict).toBe('not_comparable');
  });

  it('runs the consistency checks the data allows', () => {
    expect(check('two_units-ap23-area-km2+ap23-area-sq-mi')).toMatchObject({ status: 'pass' });
    expect(check('two_currencies-unid20-aliyev-eur-4-1bn+unid20-aliyev-usd-4-85bn')).toMatchObject({
      status: 'unverifiable',
      value: expect.closeTo(4.85 / 4.1, 9),
    });
    expect(check('share_of_population-ap23-fled-100k+ap23-fled-share-80')).toMatchObject({
      status: 'pass',
      lo: 100000,
      hi: null,
      value: 125000,
    });
    expect(
      check('sub_period-asianews-azerbaijani-troops-800+asianews-azerbaijani-soldiers-350-one-day'),
    ).toMatchObject({ status: 'pass', value: 450 });
    expect(check('sub_period-unid20-sipri-usd-740m+asianews-sipri-usd-375m')).toMatchObject({
      status: 'pass',
      lo: 364.5e6,
    });
    const parts = check('parts_of_total-self_reported-asianews-deaths-hundreds');
    expect(parts).toMatchObject({ status: 'pass', lo: 130 });
    // Claims about the enemy are not parts of a total: no "too low" against them, and the finding
    // says what they add up to (1,900 read as 1,850–1,950, and at least 800).
    expect(check('parts_of_total-adversary-asianews-deaths-hundreds')).toBeUndefined();
    expect(parts.explanation).toMatch(
      /add up to at least 2,650 \(1,900 and at least 800\), far above the 130/,
    );
    expect(check('clock_start-ap20-fighting-fifth-day')).toMatchObject({
      status: 'pass',
      result: 'start 27 September 2020',
    });
  });

  it('annotates the claims table in the shape the dashboard reads', () => {
    const annotated = annotateClaims(ledger.claims, t);
    expect(annotated.numRows()).toBe(ledger.claims.numRows());
    const row = rows(annotated).find((c) => c.claim_id === 'asianews-azerbaijani-troops-800');
    expect(row).toMatchObject({
      lens: 'adversary',
      lo: 800,
      hi: null,
      center: 800,
      group_id: 'military_deaths-azerbaijan-2020-10',
      verdict: 'not_comparable',
    });
  });
});
