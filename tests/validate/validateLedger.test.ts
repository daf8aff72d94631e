import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/validate/problem.ts';
import { validateLedger } from '../../src/lib/validate/validateLedger.ts';
import { ARCHIVE_REQUIRED, REAL_ARCHIVE, repoRoot } from './helpers.ts';

const dataDir = join(repoRoot, 'data');
const read = (path: string) => {
  const full = join(dataDir, path);
  return existsSync(full) ? readFileSync(full) : undefined;
};

describe('the real ledger (data/)', () => {
  it('passes every check but provenance without an archive, and says provenance was not checked', () => {
    const result = validateLedger({ dataLabel: 'data', read });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.articlesChecked).toBeUndefined();
    expect(result.tables.map((t) => t.file)).toEqual([
      'data/sources.csv',
      'data/claims.csv',
      'data/events.csv',
      'data/reference/sipri-transfers.csv',
    ]);
  });
});

const archiveExists = existsSync(REAL_ARCHIVE);

describe(
  archiveExists
    ? `the real ledger against the real archive (${REAL_ARCHIVE})`
    : `the real archive is MISSING at ${REAL_ARCHIVE}: provenance of the real ledger is NOT checked`,
  () => {
    if (!archiveExists) {
      it('says so plainly, and fails where the archive is required (CI)', () => {
        console.warn(
          `Provenance of data/ NOT checked: no archive at ${REAL_ARCHIVE}. Put the archived articles there to check it.`,
        );
        expect(ARCHIVE_REQUIRED, `CI requires the archive at ${REAL_ARCHIVE}`).toBe(false);
        expect(existsSync(REAL_ARCHIVE)).toBe(false);
      });
      return;
    }

    it('prints every figure where the ledger says, in every article', () => {
      const names = new Set(readdirSync(REAL_ARCHIVE));
      const result = validateLedger({
        dataLabel: 'data',
        read,
        archive: {
          label: REAL_ARCHIVE,
          read: (name) => (names.has(name) ? readFileSync(join(REAL_ARCHIVE, name)) : undefined),
        },
      });
      expect(result.problems.map(formatProblem)).toEqual([]);
      const sources = result.tables.find((t) => t.resource === 'sources');
      expect(result.articlesChecked).toBe(sources?.rows);
      expect(result.articlesChecked).toBeGreaterThan(0);
    });
  },
);
