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
    expect(id).toBe('military_deaths-armenia-2020-10');
    expect(groupOf('asianews-armenian-soldiers-1900')).toBe(id);
    const v = verdictOf(id);
    expect(v.verdict).toBe('contradict');
    expect(v.spread as number).toBeGreaterThan(10);
    expect(v.low_claimants).toBe('Armenian government');
    expect(v.high_claimants).toBe('Azerbaijani government');
    expect(v.explanation).toBe(
      "Azerbaijan's figure for Armenian military deaths (1,900) is 18 times Armenia's own (104).",
    );
    const lenses = rows(t.members)
      .filter((m: Obj) => m.group_id === id)
      .map((m: Obj) => [m.claim_id, m.lens]);
    expect(lenses).toEqual([
      ['asianews-armenian-soldiers-104', 'self_reported'],
      ['asianews-armenian-soldiers-1900', 'adversary'],
    ]);
  });

  it("Israel's share of Azerbaijan's weapons: different quantities, and the explanation says so", () => {
    const id = groupOf('ap20-israel-armaments-share-60');
    expect(groupOf('ap23-israel-arsenal-share-70')).toBe(id);
    const v = verdictOf(id);
    expect(v.verdict).toBe('not_comparable');
    expect(String(v.reasons).split(' ')).toContain('definition');
    expect(v.explanation).toMatch(/different quantities/);
    expect(v.explanation).toMatch(
      /share of the weapons Azerbaijan holds \(speculated, with no time window\)/,
    );
    expect(v.explanation).toMatch(
      /share of the arms Azerbaijan acquired \(estimated, in 2016–2020\)/,
    );
    // And read as one quantity, 60 against 63–70 would be different values as well.
    expect(v.explanation).toMatch(/would also be different values/);
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

  it("deaths on both sides: AP's 'dozens' (1 Oct) and AsiaNews' 'hundreds' (2 Oct) contradict, not a revision", () => {
    const id = groupOf('ap20-deaths-dozens');
    expect(groupOf('asianews-deaths-hundreds')).toBe(id);
    const v = verdictOf(id);
    // Different outlets (one unidentified), so no revision; a day apart, within the window, and
    // even the smallest "hundreds" is twice the largest "dozens".
    expect(v.verdict).toBe('contradict');
    expect(v.low_claimants).toBe('Unidentified outlet [ap-2020-10-01]');
    expect(v.high_claimants).toBe('AsiaNews; The Jerusalem Post');
    expect(v.explanation).toMatch(/dozens, read as 24–99/);
    expect(v.explanation).toMatch(/hundreds, read as 200–999/);
    expect(v.explanation).toMatch(/the lower figure is dated 1 day earlier/);
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
    expect(check('parts_of_total-self_reported-asianews-deaths-hundreds')).toMatchObject({
      status: 'pass',
      lo: 130,
    });
    expect(check('parts_of_total-adversary-asianews-deaths-hundreds')).toMatchObject({
      status: 'fail',
    });
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
