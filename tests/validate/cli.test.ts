import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARCHIVE_REQUIRED,
  FIXTURE_DIR,
  REAL_ARCHIVE,
  edit,
  fixtureFiles,
  realArchiveExists,
  repoRoot,
} from './helpers.ts';

const TSX = join(repoRoot, 'node_modules/.bin/tsx');
const FIXTURE_ARCHIVE = relative(repoRoot, join(FIXTURE_DIR, 'archive'));

/** Run `npm run validate`'s command from the repository root, with a clean environment. */
function runCli(args: string[], env: Record<string, string> = {}) {
  const base = { ...process.env };
  delete base.LEDGER_ARCHIVE;
  delete base.LEDGER_REQUIRE_ARCHIVE;
  const run = spawnSync(TSX, ['scripts/validate.ts', ...args], {
    cwd: repoRoot,
    env: { ...base, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file under a folder with its content hash and modification time. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    const stat = statSync(path);
    out[name] = stat.isFile()
      ? `${createHash('sha256').update(readFileSync(path)).digest('hex')} ${stat.mtimeMs}`
      : 'dir';
  }
  return out;
}

let badDir = '';
let goodDir = '';
beforeAll(() => {
  // Bad and good ledger folders: the fixture under the real descriptor, in a temporary folder.
  const makeDir = (change: (files: Record<string, string>) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-validate-'));
    const files = fixtureFiles() as Record<string, string>;
    change(files);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  };
  badDir = makeDir((files) => {
    files['claims.csv'] = edit(
      files['claims.csv'] ?? '',
      ',"1,900",1900,people,',
      ',"1,900","1,900",persons,',
    );
    files['sources.csv'] = edit(
      files['sources.csv'] ?? '',
      'https://example.org/alpha',
      'javascript:alert(1)',
    );
  });
  goodDir = makeDir(() => {});
});
afterAll(() => {
  for (const dir of [badDir, goodDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const LINE = /^(\S+):(\d+):(\d+) (\S+) (.+) \(expected (.+)\)$/;

describe('npm run validate', () => {
  it('prints every problem as file:line:column field problem (expected ...), exits 1, writes nothing', () => {
    const before = {
      bad: snapshot(badDir),
      fixture: snapshot(FIXTURE_DIR),
    };
    const { code, stdout, stderr } = runCli(['--data', badDir, '--archive', FIXTURE_ARCHIVE]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    const problems = lines.filter((l) => LINE.test(l));
    expect(problems.map((l) => l.replace(/ \(expected .*$/, ''))).toEqual([
      `${badDir}/sources.csv:2:73 url "javascript:alert(1)" does not match the pattern`,
      `${badDir}/sources.csv:2:73 url "javascript:alert(1)" is not an absolute http(s) address`,
      `${badDir}/claims.csv:3:40 value "1,900" is not a number in plain form`,
      `${badDir}/claims.csv:3:48 unit "persons" is not an allowed value`,
    ]);
    expect(problems[3]).toMatch(/\(expected one of: USD, EUR, percent, people, /);
    expect(lines.at(-1)).toBe('4 problems found; nothing was changed.');
    expect(lines).toHaveLength(5);
    expect({
      bad: snapshot(badDir),
      fixture: snapshot(FIXTURE_DIR),
    }).toEqual(before);
  });

  it('passes a valid ledger with provenance checked, reading the archive from LEDGER_ARCHIVE', () => {
    const { code, stdout, stderr } = runCli(['--data', goodDir], {
      LEDGER_ARCHIVE: FIXTURE_ARCHIVE,
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Ledger valid: 5 files .*; provenance checked against 2 articles in tests\/fixtures\/validate\/archive\.\n$/,
    );
  });

  it('says plainly that provenance was NOT checked without an archive, and still checks the rest', () => {
    const { code, stdout, stderr } = runCli(['--data', goodDir]);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^warning: Provenance NOT checked: no archive folder was given\. .*--archive DIR or set LEDGER_ARCHIVE/,
    );
    expect(stdout).toMatch(/provenance NOT checked\.\n$/);
  });

  it('fails with --require-archive (as in CI) when the archive folder does not exist', () => {
    const { code, stderr } = runCli([
      '--data',
      goodDir,
      '--archive',
      'no/such/folder',
      '--require-archive',
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^error: Provenance NOT checked: the archive folder no\/such\/folder \(from --archive\) does not exist/,
    );
    expect(stderr).toMatch(/1 problem found/);
    expect(runCli(['--data', goodDir], { LEDGER_REQUIRE_ARCHIVE: '1' }).code).toBe(1);
  });

  it('rejects an unknown argument with usage, exit 2', () => {
    const { code, stderr } = runCli(['--dta', 'data']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown argument "--dta"[\s\S]*Usage: npm run validate/);
  });

  it(
    realArchiveExists
      ? 'passes the real ledger against the real archive (exit 0)'
      : `passes the real ledger, provenance NOT checked: no archive at ${REAL_ARCHIVE}`,
    () => {
      if (!realArchiveExists) {
        expect(ARCHIVE_REQUIRED, `CI requires the archive at ${REAL_ARCHIVE}`).toBe(false);
        const { code, stderr } = runCli([]);
        expect(code).toBe(0);
        expect(stderr).toMatch(/Provenance NOT checked/);
        return;
      }
      const { code, stdout, stderr } = runCli(['--archive', '../shared/articles']);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toMatch(
        /^Ledger valid: .*data\/claims\.csv \d+ rows.*; provenance checked against \d+ articles in \.\.\/shared\/articles\.\n$/,
      );
    },
  );
});
