import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { SIPRI_RESOURCE_NAME } from '../../src/lib/reference/sipriResource.ts';
import { transferTotals } from '../../src/lib/reference/transferTotals.ts';
import { validateLedger } from '../../src/lib/validate/validateLedger.ts';
import { FIXTURE_EXPORT, fixtureImport } from './helpers.ts';

const TSX = 'node_modules/.bin/tsx';
const SLOW = 60_000; // a child process under a loaded machine

function runCli(args: string[]) {
  const run = spawnSync(TSX, ['scripts/sipri.ts', ...args], { encoding: 'utf8', timeout: SLOW });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

type Descriptor = { resources: { name: string; sipriRelease?: Record<string, unknown> }[] };
const ledgerResources = (d: Descriptor) =>
  d.resources.filter((r) => r.name !== SIPRI_RESOURCE_NAME);

/** A copy of the ledger whose descriptor has no reference table yet. */
function ledgerCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sipri-cli-'));
  for (const name of ['claims.csv', 'sources.csv', 'events.csv'])
    copyFileSync(`data/${name}`, join(dir, name));
  const descriptor = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as Descriptor;
  writeFileSync(
    join(dir, 'datapackage.json'),
    JSON.stringify({ ...descriptor, resources: ledgerResources(descriptor) }, null, 2),
  );
  return dir;
}

/** Every file of a folder with its hash and modification time. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const stat = statSync(join(dir, name));
    out[name] = stat.isFile()
      ? `${createHash('sha256')
          .update(readFileSync(join(dir, name)))
          .digest('hex')} ${stat.mtimeMs}`
      : 'dir';
  }
  return out;
}

const dirs: string[] = [];
let dir = '';
beforeEach(() => {
  dir = ledgerCopy();
  dirs.push(dir);
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('npm run sipri', () => {
  it(
    'writes the table and appends its resource, leaving the ledger resources as they were',
    { timeout: SLOW },
    () => {
      const before = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as Descriptor;
      const { code, stdout, stderr } = runCli(['--export', FIXTURE_EXPORT, '--data', dir]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toMatch(
        /data generated 3 January 2025, deliveries 2015–2020; 11 delivery rows/,
      );
      expect(stdout).toMatch(/Wrote \d+ rows of yearly TIV by supplier for Azerbaijan/);

      const csv = readFileSync(join(dir, 'reference/sipri-transfers.csv'), 'utf8');
      expect(csv).toBe(transferTotals(fixtureImport().deliveries, ['Azerbaijan']).toCSV());
      const after = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as Descriptor;
      expect(ledgerResources(after)).toEqual(ledgerResources(before));
      expect(after.resources.at(-1)?.sipriRelease).toMatchObject({
        generated: '2025-01-03T21:16:02',
        exportFile: 'valid.csv',
        deliveryYears: [2015, 2020],
        recipientsKept: ['Azerbaijan'],
        citation: 'Source: SIPRI Arms Transfers Database. Data generated: 3 January 2025.',
      });
      // The validator accepts the folder, the new table included.
      const result = validateLedger({
        dataLabel: dir,
        read: (path) => (existsSync(join(dir, path)) ? readFileSync(join(dir, path)) : undefined),
      });
      expect(result.problems).toEqual([]);
      expect(result.tables.map((t) => t.resource)).toContain(SIPRI_RESOURCE_NAME);

      // Run again: the resource is replaced, not added twice; --recipient adds a recipient.
      expect(runCli(['--export', FIXTURE_EXPORT, '--data', dir, '--recipient', 'India']).code).toBe(
        0,
      );
      const again = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as Descriptor;
      expect(again.resources.filter((r) => r.name === SIPRI_RESOURCE_NAME)).toHaveLength(1);
      expect(again.resources.at(-1)?.sipriRelease?.recipientsKept).toEqual(['Azerbaijan', 'India']);
    },
  );

  const refusals: [string, string[], RegExp][] = [
    [
      'a malformed export',
      ['--export', 'tests/fixtures/sipri/malformed-bad-tiv.csv'],
      /^sipri: tests\/fixtures\/sipri\/malformed-bad-tiv\.csv:15 \(column TIV delivery values\): TIV delivery values is "25m"; expected a number/,
    ],
    [
      'an export of one supplier',
      ['--export', 'tests/fixtures/sipri/one-supplier.csv'],
      /covers transfers from Israel only; a supplier's share .* needs every supplier/,
    ],
    [
      'a missing export',
      ['--export', 'tests/fixtures/sipri/no-such.csv'],
      /no-such\.csv: no such file/,
    ],
    [
      'a recipient SIPRI does not spell so',
      ['--export', FIXTURE_EXPORT, '--recipient', 'Atlantis'],
      /has no deliveries to Atlantis/,
    ],
  ];
  for (const [name, args, message] of refusals) {
    it(`refuses ${name} with exit 1 and writes nothing`, { timeout: SLOW }, () => {
      const before = snapshot(dir);
      const { code, stderr } = runCli([...args, '--data', dir]);
      expect(stderr).toMatch(message);
      expect(code).toBe(1);
      expect(snapshot(dir)).toEqual(before);
    });
  }

  it('--check reads the export and writes nothing', { timeout: SLOW }, () => {
    const before = snapshot(dir);
    const { code, stdout } = runCli(['--export', FIXTURE_EXPORT, '--data', dir, '--check']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Nothing written \(--check\)/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('rejects a bad argument with the usage and exit 2', { timeout: SLOW }, () => {
    const { code, stderr } = runCli(['--exprot', FIXTURE_EXPORT]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Usage: npm run sipri/);
    expect(runCli(['--export']).code).toBe(2);
  });
});
