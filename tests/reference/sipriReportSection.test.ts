import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  renderSipriSection,
  sipriReportSection,
} from '../../src/lib/reference/sipriReportSection.ts';
import {
  compareWithSipri,
  type ComparableClaim,
} from '../../src/lib/reference/sipriComparisons.ts';
import { ALL_HOSTILE, BIDI_AND_INVISIBLE } from '../fixtures/hostile-ledger/hostileTexts.ts';
import { fixtureReference } from './helpers.ts';

const reference = fixtureReference();
const claim = (figure_text: string, claimant: string): ComparableClaim => ({
  claim_id: 'hostile',
  figure_text,
  value: 40e6,
  unit: 'USD',
  qualifier: 'exact',
  low: 40e6,
  high: 40e6,
  measure: 'arms_sales_value',
  counted: 'israel_to_azerbaijan',
  claimant,
  period_start: '2017',
  period_end: '2019',
  time_basis: 'stated',
  published: '2020-10-02',
});

// Control characters, and the characters that reorder or hide text.
const UNSAFE = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f${BIDI_AND_INVISIBLE}]`, 'u');

describe("the report's SIPRI section", () => {
  it('shows hostile ledger text as text: no control or bidi character reaches the terminal', () => {
    const claims = ALL_HOSTILE.map((text) => claim(`US$ 40 million ${text}`, `SIPRI ${text}`));
    const out = renderSipriSection(compareWithSipri(claims, reference), reference, 'x.csv');
    for (const line of out.split('\n')) expect(line).not.toMatch(UNSAFE);
    expect(out).toContain('\\u001b[31mred');
    // Everything else arrives unchanged, markup and $ patterns included.
    expect(out).toContain('<img src=x onerror="alert(1)">');
    expect(out).toContain("$' $& $$ $1");
  });

  it('names the release and counts each outcome', () => {
    const out = renderSipriSection(
      compareWithSipri(
        [claim('US$ 40 million', 'SIPRI'), claim('$4 billion', 'A minister')],
        reference,
      ),
      reference,
      'data/reference/sipri-transfers.csv',
    );
    expect(out).toMatch(
      /Source: SIPRI Arms Transfers Database\. Data generated: 3 January 2025\. Deliveries 2015–2020/,
    );
    expect(out).toMatch(/2 figures: 1 match · 1 not compared/);
    // The outcome in a column of its own; the rest wrapped under it.
    expect(out).toMatch(/\n {2}MATCHES {14}hostile · /);
    expect(out.replace(/\s+/g, ' ')).toContain(
      'MATCHES hostile · US$ 40 million · Israel → Azerbaijan 2017–2019 · database 40 million TIV',
    );
  });

  it('says why there is nothing to compare in a folder without a reference table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-reference-'));
    copyFileSync('tests/fixtures/hostile-ledger/datapackage.json', join(dir, 'datapackage.json'));
    expect(sipriReportSection(dir, [])).toMatch(
      /^SIPRI's Arms Transfers Database: not compared, .*sipri-transfers\.csv does not exist; npm run sipri writes it/,
    );
  });

  it('npm run report prints every SIPRI-derived figure of the ledger beside this release', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const flat = r.stdout.replace(/\s+/g, ' ');
    const section = flat.slice(
      flat.indexOf("SIPRI's Arms Transfers Database: every printed figure"),
    );
    expect(section.length).toBeLessThan(flat.length);
    expect(section).toMatch(/Data generated: 3 January 2025/);
    expect(section).toMatch(/DIFFERS +asianews-sipri-usd-375m/);
    expect(section).toMatch(/425 million TIV, not US\$ 375 million as printed/);
    expect(section).toMatch(/revisions since its 2020 release/);
  }, 60_000);
});
