/**
 * The command line, run as a child process: bad input gets a clear message naming the file, a
 * non-zero exit and no output file; a 10 MB article finishes within a small heap (its speed is
 * measured by the bench's extract suite, not here).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync,
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  rmSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { syntheticArticle } from '../../src/lib/extract/syntheticArticle.ts';
import { expectTerminalSafe } from '../format/terminalOutput.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const archive = resolve(repoRoot, '../shared/articles');
const fixtures = resolve(repoRoot, 'tests/fixtures/extract');
const script = resolve(repoRoot, 'scripts/extract.ts');

let dir: string;

/** Run the command; it is killed after `timeout` ms, so a command that hangs fails the test. */
function run(args: string[], env: Record<string, string> = {}, heapMb?: number, timeout = 60_000) {
  const node = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
  const started = Date.now();
  const r = spawnSync(process.execPath, [...node, '--import', 'tsx', script, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, LEDGER_ARCHIVE: '', ...env },
    maxBuffer: 64 * 1024 * 1024,
    timeout,
  });
  return {
    status: r.status,
    signal: r.signal,
    stdout: r.stdout,
    stderr: r.stderr,
    ms: Date.now() - started,
  };
}

const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('extract: which source a file is', { timeout: 60_000 }, () => {
  it('takes the source_id, date and outlet of the sources.csv row whose archive_file it is', () => {
    const r = run([join(archive, '004_ca4c0fb80360bb73.txt')]);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(new Set(rows.map((x) => x.source_id))).toEqual(new Set(['ap-2023-10-05']));
    expect(rows.every((x) => x.claim_id?.startsWith('ap-2023-10-05-p'))).toBe(true);
    expect(rows.some((x) => (x.flags ?? '').includes('published'))).toBe(false);
  });

  it('uses --source ID instead, and names a new file after itself', () => {
    const copy = file('new-article.txt', 'Officials said 40 soldiers were killed.\n');
    const named = run([copy, '--published', '2020-10-05']);
    const first = (out: string) =>
      (parse(out, { columns: true }) as Array<Record<string, string>>)[0]?.source_id;
    expect(first(named.stdout)).toBe('new-article');
    const given = run([copy, '--published', '2020-10-05', '--source', 'reuters-2020-10-05']);
    expect(given.status).toBe(0);
    expect(first(given.stdout)).toBe('reuters-2020-10-05');
  });

  it('refuses a --source that is not a source_id, or one --source for several files', () => {
    const copy = file('one.txt', 'Officials said 40 soldiers were killed.\n');
    const bad = run([copy, '--source', 'Not An Id']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--source must be a source_id');
    const many = run([copy, copy, '--source', 'x']);
    expect(many.status).toBe(2);
    expect(many.stderr).toContain('one FILE');
  });
});

describe('extract FILE...', { timeout: 60_000 }, () => {
  it('prints candidates as CSV in the claims.csv layout when no --out is given', () => {
    const r = run([join(archive, '000_cb8db8d96c0adcd3.txt'), '--published', '2020-10-02']);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((x) => x.figure_text)).toContain('at least 350');
    // An archived file named in data/sources.csv keeps its source_id.
    expect(rows[0]?.source_id).toBe('asianews-2020-10-02');
  });

  it('reads HTML with a real parser, skipping scripts, navigation and furniture', () => {
    const out = join(dir, 'html.csv');
    const r = run([join(fixtures, 'article.html'), '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/5 candidates from 1 file\(s\) written/);
    const rows = parse(readFileSync(out), { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((x) => x.figure_text)).toEqual([
      'at least 12',
      'more than 3,000',
      'nearly 40%',
      'two or three days',
      '1,200 square kilometers',
    ]);
    // The dateline gave the publication date: "on Sunday" is 4 October 2020.
    expect(rows[0]?.as_of).toBe('2020-10-04');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  const bad: Array<[string, () => string, RegExp]> = [
    ['an empty file', () => file('empty.txt', ''), /empty\.txt: is empty/],
    [
      'a binary file',
      () => file('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])),
      /photo\.txt: looks binary/,
    ],
    [
      'a file that is not UTF-8',
      () => file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a])),
      /latin1\.txt: is not valid UTF-8/,
    ],
    ['a missing path', () => join(dir, 'nowhere.txt'), /nowhere\.txt: does not exist/],
    ['a directory', () => dir, /is a directory/],
  ];

  it.each(bad)(
    'refuses %s: message naming the file, exit 1, no output file',
    (_, make, message) => {
      const out = join(dir, 'never.csv');
      const good = join(archive, '004_ca4c0fb80360bb73.txt');
      const r = run([good, make(), '--out', out]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/nothing written/);
      expect(r.stdout).toBe('');
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    },
  );

  it('leaves an existing output file untouched when an input is bad', () => {
    const out = file('existing.csv', 'old content\n');
    const r = run([
      join(archive, '004_ca4c0fb80360bb73.txt'),
      join(dir, 'missing.txt'),
      '--out',
      out,
    ]);
    expect(r.status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('old content\n');
  });

  it('refuses a file over the size limit before reading it', () => {
    const big = file('big.txt', 'The storm killed 40 people.\n'.repeat(50_000));
    const r = run([big, '--max-mb', '1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/big\.txt: is 1\.4 MB, more than the limit of 1 MB/);
  });

  it('refuses a file over 20 MB by default, from its size, before reading it', () => {
    // A sparse file: 21 MB of nothing on disk, so the test writes no 21 MB.
    const big = file('huge.txt', 'The storm killed 40 people.\n');
    truncateSync(big, 21_000_000);
    const r = run([big]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/huge\.txt: is 21 MB, more than the limit of 20 MB \(--max-mb\)/);
  });

  // Killed after two minutes: a pass that grew with the square of the text would take hours on
  // 10 MB, a linear one takes seconds (bench/suites/extract.ts measures how many).
  it('processes a 10 MB article within a 128 MB heap', { timeout: 150_000 }, () => {
    const big = file('ten-mb.txt', syntheticArticle(10_000_000, 6));
    const out = join(dir, 'ten-mb.csv');
    const r = run([big, '--out', out, '--published', '2020-10-05'], {}, 128, 120_000);
    expect(r.stderr).toMatch(/candidates from 1 file/);
    expect(r.status).toBe(0);
    console.log(`10 MB article: ${(r.ms / 1000).toFixed(1)} s (process start included)`);
    const lines = readFileSync(out, 'utf8').split('\n').length;
    expect(lines).toBeGreaterThan(20_000);
  });

  it(
    'processes a 10 MB file that is a single line (one paragraph) within the same heap',
    { timeout: 150_000 },
    () => {
      const big = file('one-line.txt', syntheticArticle(10_000_000, 8).replace(/\n/g, ' '));
      const r = run([big, '--out', join(dir, 'one-line.csv')], {}, 128, 120_000);
      expect(r.status).toBe(0);
    },
  );

  it.each([
    [[], /give at least one FILE/],
    [['x.txt', '--published', '5 October'], /--published must be a date/],
    [['x.txt', '--published', '2020-02-30'], /--published must be a date/],
    [['x.txt', '--bogus'], /Unknown option/],
  ])('rejects wrong usage %j with exit 2', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('extract --check', { timeout: 60_000 }, () => {
  it('passes on the archive: provenance holds, unrecorded figures are listed', () => {
    const r = run(['--check', '--archive', archive]);
    expect(r.stdout).toMatch(/^ok: provenance holds/m);
    expect(r.stdout).not.toMatch(/extractor missed/);
    expect(r.status).toBe(0);
  });

  it('takes the archive from LEDGER_ARCHIVE', () => {
    const r = run(['--check'], { LEDGER_ARCHIVE: archive });
    expect(r.status).toBe(0);
  });

  it('fails on stale provenance, naming the claim', () => {
    const r = run([
      '--check',
      '--archive',
      join(fixtures, 'stale/archive'),
      '--data',
      join(fixtures, 'stale/data'),
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /stale provenance: example-fled-3000 .*no longer contains "more than 3,500"/,
    );
    expect(r.stdout).toMatch(/not in the ledger: .*"more than 3,000"/);
  });

  it('fails when an archived file is missing', () => {
    const empty = join(dir, 'empty-archive');
    mkdirSync(empty, { recursive: true });
    const r = run(['--check', '--archive', empty]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/cannot read 000_cb8db8d96c0adcd3\.txt: no such file in the archive/);
  });

  it('needs an archive folder', () => {
    const r = run(['--check']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--check needs --archive DIR \(or LEDGER_ARCHIVE\)/);
  });
});

describe('extract reads regular files only', { timeout: 60_000 }, () => {
  /** Devices and pipes: the command must answer within this, never read on or wait. */
  const QUICK = 20_000;

  it('refuses /dev/zero without reading it', () => {
    const out = join(dir, 'zero.csv');
    const r = run(['/dev/zero', '--out', out], {}, 128, QUICK);
    expect(r.signal, 'the command was killed: it read /dev/zero').toBeNull();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /extract: \/dev\/zero: is a character device \(such as \/dev\/zero\), not a regular file/,
    );
    expect(r.stderr).toMatch(/nothing written/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a named pipe without reading from it or waiting on it', () => {
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    // The test holds the pipe open for writing with an article waiting in it: a command that
    // read the pipe would take those bytes and then wait for more until it was killed.
    const writer = openSync(fifo, constants.O_RDWR);
    try {
      const article = 'The storm killed 40 people.\n';
      writeSync(writer, article);
      const r = run([fifo], {}, undefined, QUICK);
      expect(r.signal, 'the command was killed: it waited on the pipe').toBeNull();
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/pipe\.txt: is a named pipe \(FIFO\), not a regular file/);
      expect(r.stdout).toBe('');
      // Nothing was read: every byte is still in the pipe (a non-blocking read, so no hang).
      const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
      const buffer = Buffer.alloc(100);
      const n = readSync(reader, buffer);
      closeSync(reader);
      expect(buffer.subarray(0, n).toString()).toBe(article);
    } finally {
      closeSync(writer);
      rmSync(fifo);
    }
  });

  it('refuses an --out that is a directory, naming it, before reading anything', () => {
    const before = readdirSync(dir).sort();
    const r = run([join(archive, '004_ca4c0fb80360bb73.txt'), '--out', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `extract: --out ${dir} is a directory; give a file name for the candidates, e.g. --out ${join(dir, 'candidates.csv')}; nothing was read or written\n`,
    );
    expect(r.stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('never replaces a pipe or device named by --out', () => {
    const fifo = join(dir, 'out-pipe.csv');
    execFileSync('mkfifo', [fifo]);
    try {
      const r = run(
        [join(archive, '004_ca4c0fb80360bb73.txt'), '--out', fifo],
        {},
        undefined,
        QUICK,
      );
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(
        /--out .*out-pipe\.csv is a named pipe \(FIFO\), not a regular file/,
      );
      expect(lstatSync(fifo).isFIFO()).toBe(true);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      rmSync(fifo);
    }
  });

  it('refuses an --out in a folder that does not exist', () => {
    const out = join(dir, 'no-such-folder', 'c.csv');
    const r = run([join(archive, '004_ca4c0fb80360bb73.txt'), '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot be written: the folder .*no-such-folder does not exist/);
  });
});

describe('extract output on a terminal', { timeout: 60_000 }, () => {
  // U+FEFF inside a figure survives extraction, as the ledger's own text might.
  const ARTICLE = 'At\uFEFF least 40 people died, the ministry said.\n';

  it('--check on the hostile ledger prints its text visibly, on short lines', () => {
    const r = run(['--check', '--archive', archive, '--data', 'tests/fixtures/hostile-ledger']);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1); // its figures were rewritten, so provenance is stale
    expectTerminalSafe(r.stdout + r.stderr);
    expect(r.stdout).toContain('"five days\u00a0\\u001b[31mred\\u001b[0m terminal escape\\u0007"');
    expect(r.stdout).toMatch(/W… \(\d{1,3}(,\d{3})* more characters\)/);
  });

  it('shows candidate rows visibly on a terminal, and exactly in a pipe', () => {
    const article = file('bom-inside.txt', ARTICLE);
    const piped = run([article]);
    expect(piped.status).toBe(0);
    expect(piped.stdout).toContain(',At\uFEFF least 40,');
    // `script` runs the command on a pseudo-terminal, as a journalist would.
    const command = [process.execPath, '--import', 'tsx', script, article]
      .map((a) => `'${a.replace(/'/g, `'\\''`)}'`)
      .join(' ');
    const tty = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, LEDGER_ARCHIVE: '' },
      timeout: 60_000,
    });
    expect(tty.status).toBe(0);
    const shown = tty.stdout.replace(/\r\n/g, '\n');
    expectTerminalSafe(shown);
    expect(shown).toContain(',At⟨U+FEFF⟩ least 40,');
  });
});
