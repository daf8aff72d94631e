/**
 * Reading an input file: regular files only, never more than the limit. Devices and pipes are
 * tested through the command line (tests/extract/cli.test.ts), where a hang can be timed out.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/extract/decodeInput.ts';
import { DEFAULT_MAX_BYTES, readRegularFile } from '../../src/lib/extract/readInput.ts';

const dir = mkdtempSync(join(tmpdir(), 'extract-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const refusal = (path: string, max?: number) => {
  try {
    readRegularFile(path, max);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error(`${path} was read`);
};

describe('readRegularFile', () => {
  it('reads a regular file whole', () => {
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'The storm killed 40 people.\n');
    expect(new TextDecoder().decode(readRegularFile(path))).toBe('The storm killed 40 people.\n');
  });

  it('has a limit of 20 MB unless told otherwise', () => {
    expect(DEFAULT_MAX_BYTES).toBe(20_000_000);
  });

  it('refuses a file over the limit from its size, reading nothing', () => {
    const path = join(dir, 'sparse.txt');
    writeFileSync(path, '');
    truncateSync(path, 2_500_000);
    expect(refusal(path, 1_000_000)).toBe(
      'is 2.5 MB, more than the limit of 1 MB (--max-mb); nothing was read',
    );
  });

  it('stops at the limit when a file is longer than its size said (a /proc file says 0)', () => {
    expect(refusal('/proc/self/status', 100)).toBe(
      'holds more than the limit of 100 bytes (--max-mb); reading stopped there',
    );
  });

  it.each([
    ['a directory', () => dir, 'is a directory, not a file'],
    ['a missing file', () => join(dir, 'nowhere.txt'), 'does not exist'],
  ])('refuses %s', (_, path, message) => {
    expect(refusal(path())).toBe(message);
  });
});
