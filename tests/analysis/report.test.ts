/** `npm run report`, run as a child process the way a journalist runs it. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectTerminalSafe } from '../format/terminalOutput.ts';

const report = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts', ...args], {
    encoding: 'utf8',
  });

describe('scripts/report.ts', () => {
  it('prints every group with its verdict and explanation, and the checks', () => {
    const r = report();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /━━ military_deaths-armenia-2020-10-02\n\s+CONTRADICT · spread 18\.3×/,
    );
    expect(r.stdout).toContain(
      "Azerbaijan's figure for Armenian military deaths (1,900) is 18 times Armenia's own (104), both",
    );
    expect(r.stdout).toMatch(/Consistency checks \(\d+\)/);
    expect(r.stdout).toMatch(/Claims the engine could not compare \(0\)/);
  }, 30_000);

  it.each([
    [['--bogus'], /Unknown argument "--bogus"/],
    [['--csv'], /--csv needs a folder/],
    [['--csv', '--data', 'data'], /--csv needs a folder/],
    [['--data', 'no-such-folder'], /no claims.csv in "no-such-folder"/],
  ])(
    'refuses %j with a message and status 2',
    (args, message) => {
      const r = report(...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/Usage: npm run report/);
    },
    30_000,
  );

  it('refuses a --csv path that is a file, writing nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    const file = join(dir, 'taken');
    writeFileSync(file, 'x');
    const r = report('--csv', file);
    expect(r.status).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('x');
  }, 30_000);

  it('writes the CSVs, one member row per claim with its group and verdict', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'report-')), 'out');
    const r = report('--csv', dir);
    expect(r.status).toBe(0);
    for (const name of ['groups.csv', 'members.csv', 'verdicts.csv', 'checks.csv', 'unknown.csv']) {
      expect(existsSync(join(dir, name)), name).toBe(true);
    }
    const members = readFileSync(join(dir, 'members.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(members[0]?.startsWith('group_id,claim_id,verdict,')).toBe(true);
    // One row per claim of the ledger, after the header.
    const ledger = parse(readFileSync('data/claims.csv', 'utf8'), { bom: true }) as string[][];
    expect(members.filter((l) => l !== '')).toHaveLength(ledger.length);
    expect(
      members.some((l) =>
        l.startsWith(
          'military_deaths-armenia-2020-10-02,asianews-armenian-soldiers-1900,contradict,',
        ),
      ),
    ).toBe(true);
  }, 30_000);

  it('shows the hostile ledger as visible text on short lines, and writes its CSVs unchanged', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'report-')), 'out');
    const r = report('--data', 'tests/fixtures/hostile-ledger', '--csv', dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expectTerminalSafe(r.stdout);
    // The escape sequence, the override and the 20,000-character name, each made visible.
    expect(r.stdout).toContain('\\u001b[31mred\\u001b[0m terminal escape\\u0007');
    expect(r.stdout).toContain('Armenia ⟨U+202E⟩redro⟨U+202C⟩ and ⟨U+2067⟩isolate⟨U+2069⟩');
    expect(r.stdout).toMatch(/W… \(\d{1,3}(,\d{3})* more characters\)/);
    // A multi-line claimant stays on its row of the table.
    expect(r.stdout).toContain('```\\n# heading\\n[link]');
    const members = readFileSync(join(dir, 'members.csv'), 'utf8');
    expect(members).toContain('Armenia \u202Eredro\u202C and \u2067isolate\u2069');
  }, 60_000);
});
