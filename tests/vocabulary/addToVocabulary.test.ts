/**
 * Adding a unit and a measure is one edit in one place: in a copy of the project, one entry each
 * is added to src/lib/vocabulary/vocabulary.ts and `npm run vocabulary` run; then a figure of
 * the new kind is validated, grouped, charted, exported and described with no other change.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
let copy = '';

const UNIT = `  ships: equipment('ship', 'ships', ['ship', 'ships', 'vessel'], 'warships and patrol boats'),\n`;
const MEASURE = `  ships_sunk: {
    label: 'Ships sunk',
    topic: 'equipment',
    families: ['equipment'],
    noun: '{adj} ships sunk',
    signals: ['sunk', 'sank'],
    meaning: 'Ships of the counted side said to be sunk.',
  },\n`;

// A figure of the new kind, cited to a real paragraph (provenance is checked only with --archive).
const ROW =
  'test-ships-sunk-three,asianews-2020-10-02,7,three,3,ships,exact,3,3,ships_sunk,armenia,,' +
  'Azerbaijani government,azerbaijan,stated,,,2020-10-02,inferred,,,A figure made up for this test.\n';

function insertBefore(text: string, marker: string, entry: string): string {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`marker not found: ${marker}`);
  return text.slice(0, at) + entry + text.slice(at);
}

// The made-up row is not in any archived article, so the copy is validated without the archive
// even where CI sets one for the real ledger.
const env = { ...process.env };
delete env.LEDGER_ARCHIVE;
delete env.LEDGER_REQUIRE_ARCHIVE;
const run = (script: string, ...args: string[]) =>
  execFileSync(tsx, [script, ...args], { cwd: copy, encoding: 'utf8', env });

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'vocabulary-'));
  for (const part of ['src', 'scripts', 'data', 'package.json', 'tsconfig.json'])
    cpSync(join(root, part), join(copy, part), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  const path = join(copy, 'src/lib/vocabulary/vocabulary.ts');
  let text = readFileSync(path, 'utf8');
  text = insertBefore(text, '  incidents: {', UNIT);
  text = insertBefore(text, '  material_losses_value: {', MEASURE);
  writeFileSync(path, text);
  run('scripts/vocabulary.ts');
  writeFileSync(
    join(copy, 'data/claims.csv'),
    readFileSync(join(copy, 'data/claims.csv'), 'utf8') + ROW,
  );
}, 60_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('a unit and a measure added to the vocabulary alone', () => {
  it('are described in the data dictionary and allowed by the descriptor', () => {
    const readme = readFileSync(join(copy, 'data/README.md'), 'utf8');
    expect(readme).toMatch(/\| `ships` +\| equipment +\| warships and patrol boats/);
    expect(readme).toMatch(
      /\| `ships_sunk` +\| `equipment` +\| equipment +\| Ships of the counted side/,
    );
    const descriptor = readFileSync(join(copy, 'data/datapackage.json'), 'utf8');
    expect(descriptor).toContain('"ships"');
    expect(descriptor).toContain('"ships_sunk"');
  });

  it('validate, and a figure in them is grouped, charted, exported and described', () => {
    expect(run('scripts/validate.ts')).toMatch(/valid/i);
    writeFileSync(
      join(copy, 'probe.ts'),
      `import * as Plot from '@observablehq/plot';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readLedger } from './src/lib/data/readLedgerFiles.ts';
import { buildModel } from './src/lib/view/buildModel.ts';
import { buildSections, engineLookups } from './src/lib/view/sections.ts';
import { describeClaim } from './src/lib/view/describeClaim.ts';
import { dataBundleFiles } from './src/lib/view/dataBundleFiles.ts';
import { NO_FILTERS } from './src/lib/state/filterQuery.ts';
const model = buildModel(readLedger('data'));
const claim = model.claims.find((c) => c.claim_id === 'test-ships-sunk-three')!;
const group = model.analysis.members.rows.find((m) => m.claim_id === claim.claim_id);
const section = buildSections(model, engineLookups(model), model.claims, true).find((s) =>
  s.rows.some((r) => 'claim_id' in r && r.claim_id === claim.claim_id),
)!;
const { document } = parseHTML('<!doctype html><html><body></body></html>');
const svg = Plot.plot({ ...section.chart({ width: 640, theme: 'light', Plot }), document });
const descriptor = JSON.parse(readFileSync('data/datapackage.json', 'utf8'));
const files = dataBundleFiles(model, model.claims, NO_FILTERS, '2026-01-01', descriptor);
console.log(JSON.stringify({
  topic: claim.topic,
  lens: claim.lens,
  grouped: group?.group_id ?? null,
  section: section.id,
  charted: svg.outerHTML.includes('Armenian ships'),
  exported: files.some((f) => f.text.includes('test-ships-sunk-three,') && f.text.includes(',ships_sunk,')),
  described: describeClaim(claim),
}));
`,
    );
    const out = JSON.parse(run('probe.ts').trim().split('\n').at(-1) as string);
    expect(out).toMatchObject({
      topic: 'equipment',
      lens: 'adversary',
      section: 'equipment-losses',
      charted: true,
      exported: true,
    });
    expect(out.grouped).toEqual(expect.any(String));
    expect(out.described).toMatch(
      /^Ships sunk: “three” \(3 ships\), claimed by Azerbaijani government/,
    );
  }, 60_000);
});
