/**
 * `npm run setup` (scripts/setup.sh) on a machine that lacks the Debian packages, and the promise
 * that CI runs exactly the README's test command.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const README = readFileSync('README.md', 'utf8');
const CI_RUN = readFileSync('.ci/run', 'utf8');

/** A PATH holding only stubs: no Chromium, no Jupyter, no sudo, a non-root user, dpkg knowing nothing. */
function bareMachine(): string {
  const bin = mkdtempSync(join(tmpdir(), 'setup-bin-'));
  const stub = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  stub('id', 'echo 1000');
  stub('dpkg', 'exit 1');
  stub('npm', 'echo "npm must not run before the packages are there" >&2; exit 3');
  symlinkSync('/usr/bin/dirname', join(bin, 'dirname'));
  return bin;
}

describe('npm run setup', () => {
  it('names the missing Debian packages and the exact command, and exits 1, when it cannot install them', () => {
    const r = spawnSync('/bin/bash', ['scripts/setup.sh'], {
      encoding: 'utf8',
      env: { PATH: bareMachine(), HOME: tmpdir() },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'missing: chromium jupyter-nbconvert python3-nbclient jupyter-client',
    );
    expect(r.stderr).toContain(
      'apt-get update && apt-get install -y -qq chromium jupyter-nbconvert python3-nbclient jupyter-client',
    );
    expect(r.stderr).not.toContain('npm must not run');
  });

  it('is the first half of the README test line, and .ci/run runs exactly that line', () => {
    const line = 'npm run setup && npm test';
    expect(README).toContain(`${line} `);
    const lastCommand = CI_RUN.trim().split('\n').at(-1);
    expect(lastCommand).toBe(line);
  });
});
