/** Shared by the validator's tests: the fixture ledger, one-cell edits and position checks. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { formatProblem, type Problem } from '../../src/lib/validate/problem.ts';
import type { Archive } from '../../src/lib/validate/provenance.ts';
import { validateLedger, type ValidationResult } from '../../src/lib/validate/validateLedger.ts';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURE_DIR = join(repoRoot, 'tests/fixtures/validate');
/** The real archived articles live beside the checkout, never inside it. */
export const REAL_ARCHIVE = resolve(repoRoot, '../shared/articles');
/** CI (and .ci/run) must never pass without the real archive. */
export const ARCHIVE_REQUIRED =
  Boolean(process.env.CI) || /^(1|true|yes)$/i.test(process.env.LEDGER_REQUIRE_ARCHIVE ?? '');

export type Files = Record<string, string | Uint8Array>;

/** The fixture ledger (tests/fixtures/validate/ledger) under the real descriptor. */
export function fixtureFiles(): Files {
  const read = (name: string) => readFileSync(join(FIXTURE_DIR, 'ledger', name), 'utf8');
  return {
    'datapackage.json': readFileSync(join(repoRoot, 'data/datapackage.json'), 'utf8'),
    'sources.csv': read('sources.csv'),
    'claims.csv': read('claims.csv'),
    'events.csv': read('events.csv'),
    // The descriptor names the SIPRI reference table too: the fixture takes the real one.
    'reference/sipri-transfers.csv': readFileSync(
      join(repoRoot, 'data/reference/sipri-transfers.csv'),
      'utf8',
    ),
  };
}

/** The invented archive of the fixture, as a file map. */
export function fixtureArchive(): Map<string, Uint8Array> {
  const dir = join(FIXTURE_DIR, 'archive');
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));
}

export function archiveOf(files: Map<string, Uint8Array>, label = 'articles'): Archive {
  return { label, read: (name) => files.get(name) };
}

/** Replace the one occurrence of `from`; a test whose edit matches nothing or twice fails. */
export function edit(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1;
  expect(count, `edit target ${JSON.stringify(from)}`).toBe(1);
  return text.replace(from, () => to);
}

const toBytes = (x: string | Uint8Array) =>
  typeof x === 'string' ? new TextEncoder().encode(x) : x;

/** Validate a file map as the folder `data`, with the fixture archive unless told otherwise. */
export function validate(
  files: Files,
  archive: Map<string, Uint8Array> | null = fixtureArchive(),
): ValidationResult {
  return validateLedger({
    dataLabel: 'data',
    read: (path) => {
      const content = files[path];
      return content === undefined ? undefined : toBytes(content);
    },
    ...(archive ? { archive: archiveOf(archive) } : {}),
  });
}

/** The fixture with one file changed by `change`. */
export function validateEdited(
  file: string,
  change: (text: string) => string,
  archive?: Map<string, Uint8Array> | null,
): ValidationResult {
  const files = fixtureFiles();
  files[file] = change(String(files[file]));
  return validate(files, archive);
}

/** `file:line:column field` of a problem: the part every rejection test pins down. */
export const placeOf = (p: Problem) => `${p.file}:${p.line}:${p.column} ${p.field}`;

/**
 * The result holds exactly the problems at `places` (in order), the first matching `message`.
 * Exactly: a mistake must not drag unrelated messages along with it.
 */
export function expectProblems(result: ValidationResult, places: string[], message?: RegExp) {
  const shown = result.problems.map(formatProblem).join('\n');
  expect(result.problems.map(placeOf), shown).toEqual(places);
  if (message) expect(result.problems[0]?.message, shown).toMatch(message);
}

export const realArchiveExists = existsSync(REAL_ARCHIVE);
