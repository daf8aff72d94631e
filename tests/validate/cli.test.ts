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
import { validateLedger } from '../../src/lib/validate/validateLedger.ts';
import { BIDI_AND_INVISIBLE } from '../fixtures/hostile-ledger/hostileTexts.ts';
import { expectTerminalSafe } from '../format/terminalOutput.ts';
import {
  ARCHIVE_REQUIRED,
  FIXTURE_DIR,
  REAL_ARCHIVE,
  edit,
  fixtureFiles,
  realArchiveExists,
  repoRoot,
} from './helpers.ts';

/** Write one fixture file, making its subfolder (reference/) first. */
function writeInto(dir: string, name: string, text: string | Buffer) {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), text);
}

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
    timeout: 120_000,
    maxBuffer: 16 * 1024 * 1024,
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

describe('npm run validate', { timeout: 60_000 }, () => {
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

const HOSTILE_DIR = 'tests/fixtures/hostile-ledger';

/**
 * Where the hostile ledger holds a control, bidi or invisible character, found by scanning the
 * raw files (not through the validator): `file:line:column`, in the validator's reading order.
 */
function hostilePlaces(): string[] {
  const forbidden = new RegExp(
    `[\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f${BIDI_AND_INVISIBLE}]`,
    'u',
  );
  const places: string[] = [];
  for (const name of ['sources.csv', 'claims.csv', 'events.csv']) {
    const text = readFileSync(join(repoRoot, HOSTILE_DIR, name), 'utf8').replace(/^\uFEFF/, '');
    text.split(/\r\n|\n/).forEach((line, i) => {
      [...line].forEach((char, c) => {
        if (forbidden.test(char)) places.push(`${HOSTILE_DIR}/${name}:${i + 1}:${c + 1}`);
      });
    });
  }
  return places;
}

describe('npm run validate on the hostile fixture ledger', { timeout: 60_000 }, () => {
  it('reports exactly its control, bidi and invisible characters, each at file:line:column', () => {
    const result = validateLedger({
      dataLabel: HOSTILE_DIR,
      read: (path) => readFileSync(join(repoRoot, HOSTILE_DIR, path)),
    });
    const expected = hostilePlaces();
    expect(expected.length).toBeGreaterThan(50);
    expect(result.problems.map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual(expected);
    for (const p of result.problems) {
      expect(p.message).toMatch(
        /^holds U\+[0-9A-F]{4} [A-Z -]+(?: \(tab\))?, (which .+|a control character); remove it$/,
      );
    }
  });

  it('prints them visibly, on short lines, and exits 1', () => {
    const { code, stdout, stderr } = runCli(['--data', HOSTILE_DIR]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expectTerminalSafe(stderr);
    const expected = hostilePlaces();
    const lines = stderr.trim().split('\n');
    expect(lines.filter((l) => LINE.test(l)).map((l) => l.split(' ')[0])).toEqual(
      expected.slice(0, 100),
    );
    expect(lines.at(-1)).toBe(`${expected.length} problems found; nothing was changed.`);
    expect(stderr).toMatch(
      /claimant holds U\+202E RIGHT-TO-LEFT OVERRIDE, which reorders the text around it; remove it/,
    );
    expect(stderr).toMatch(/ holds U\+001B ESCAPE, a control character; remove it/);
  });
});

describe('npm run validate on a huge broken file', { timeout: 60_000 }, () => {
  it('prints the first 100 of 200,000 problems, counts the rest and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-validate-huge-'));
    try {
      const files = fixtureFiles() as Record<string, string>;
      const [header, first] = (files['claims.csv'] ?? '').split('\n');
      // 200,000 copies of the first claim, each with a fresh id and a unit that does not exist.
      const rest = edit((first ?? '').replace(/^[^,]+/, ''), ',USD,', ',dollars,');
      const rows = Array.from({ length: 200_000 }, (_, i) => `bulk-${i}${rest}`);
      files['claims.csv'] = `${header}\n${rows.join('\n')}\n`;
      for (const [name, text] of Object.entries(files)) writeInto(dir, name, text);
      const { code, stderr } = runCli(['--data', dir]);
      expect(stderr).not.toMatch(/RangeError|Maximum call stack/);
      expect(code).toBe(1);
      const lines = stderr.trim().split('\n');
      const problems = lines.filter((l) => LINE.test(l));
      expect(problems).toHaveLength(100);
      expect(problems[0]).toMatch(
        new RegExp(`^${dir}/claims\\.csv:2:\\d+ unit "dollars" is not an allowed value`),
      );
      expect(lines.at(-2)).toBe(
        '… and 199,900 more problems (only the first 100 are printed; fix these and run again)',
      );
      expect(lines.at(-1)).toBe('200,000 problems found; nothing was changed.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('prints one line for a claims.csv saved as UTF-16', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-validate-utf16-'));
    try {
      const files = fixtureFiles() as Record<string, string>;
      for (const [name, text] of Object.entries(files)) writeInto(dir, name, text);
      const claims = Buffer.from(`\uFEFF${files['claims.csv']}`, 'utf16le');
      writeFileSync(join(dir, 'claims.csv'), claims);
      const { code, stderr } = runCli(['--data', dir]);
      expect(code).toBe(1);
      expect(stderr.trim().split('\n').slice(1)).toEqual([
        `${dir}/claims.csv:1:1 (encoding) file is UTF-16 (little-endian byte-order mark FF FE); it was not checked further (expected UTF-8 text with LF or CRLF line ends (in a spreadsheet: save as "CSV UTF-8"))`,
        '1 problem found; nothing was changed.',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
