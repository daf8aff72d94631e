import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import { readPngText } from '../../src/lib/download/pngText.ts';
import { readLedger } from '../../src/lib/data/readLedgerFiles.ts';
import { buildModel } from '../../src/lib/view/buildModel.ts';
import { casualtyClaims } from '../../src/lib/charts/casualtiesChart.ts';
import type { ViewClaim } from '../../src/lib/view/viewClaim.ts';
import { openLive } from './live.ts';

const model = buildModel(readLedger('data'));
const all = model.claims;

async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

test('a chart’s CSV parses back to exactly the rows it shows', async ({ page }) => {
  await openLive(page, './?side=armenia,azerbaijan');
  const section = page.locator('section#casualties-2020');
  const { name, bytes } = await download(page, () =>
    section.getByRole('button', { name: 'Download CSV' }).click(),
  );
  expect(name).toBe('casualties-2020.csv');
  const text = bytes.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain('\r\n');
  expect(text).not.toMatch(/[^\r]\n/);
  const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
  const expected = casualtyClaims(
    all.filter((c) => c.claimant_side === 'armenia' || c.claimant_side === 'azerbaijan'),
    2020,
  );
  expect(rows.map((r) => r.claim_id).sort()).toEqual(expected.map((c) => c.claim_id).sort());
  const byId = new Map(expected.map((c) => [c.claim_id, c]));
  for (const row of rows) {
    const claim = byId.get(row.claim_id as string) as ViewClaim;
    expect(row.figure_text).toBe(claim.figure_text);
    expect(Number(row.value)).toBe(claim.value);
    expect(row.low === '' ? null : Number(row.low)).toBe(claim.low);
    expect(row.publisher).toBe(claim.publisher);
  }
});

test('SVG and PNG downloads are complete images that carry the title', async ({ page }) => {
  await openLive(page, './');
  const section = page.locator('section#disputes');
  const svg = await download(page, () =>
    section.getByRole('button', { name: 'Download SVG' }).click(),
  );
  expect(svg.name).toBe('disputes.svg');
  const svgText = svg.bytes.toString('utf8');
  expect(svgText).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svgText).toContain('<title>Where sources disagree</title>');
  expect(svgText).toContain('Sources:');
  expect(svgText).toContain('Armenian side'); // the legend
  const png = await download(page, () =>
    section.getByRole('button', { name: 'Download PNG' }).click(),
  );
  expect(png.name).toBe('disputes.png');
  expect(png.bytes.length).toBeGreaterThan(10_000);
  const meta = readPngText(new Uint8Array(png.bytes));
  expect(meta.Title).toBe('Where sources disagree');
  expect(meta.Source).toMatch(/^Sources: /);
});

test('Download all data holds every table, the descriptor and a README with the filters', async ({
  page,
}) => {
  await openLive(page, './?topic=casualties');
  const zip = await download(page, () =>
    page.getByRole('button', { name: 'Download all data (zip)' }).click(),
  );
  const files = unzipSync(new Uint8Array(zip.bytes));
  expect(Object.keys(files).sort()).toEqual(
    [
      'README.md',
      'checks.csv',
      'claims-with-sources.csv',
      'datapackage.json',
      'events.csv',
      'groups.csv',
      'members.csv',
      'sources.csv',
      'verdicts.csv',
    ].sort(),
  );
  const readme = strFromU8(files['README.md'] as Uint8Array);
  expect(readme).toContain('casualties');
  expect(readme).toMatch(/cite/i);
  const descriptor = JSON.parse(strFromU8(files['datapackage.json'] as Uint8Array));
  expect(descriptor.resources.map((r: { path: string }) => r.path).sort()).toEqual(
    Object.keys(files)
      .filter((f) => f.endsWith('.csv'))
      .sort(),
  );
  const claims = parse(strFromU8(files['claims-with-sources.csv'] as Uint8Array), {
    bom: true,
    columns: true,
  });
  expect(claims.length).toBe(all.filter((c) => c.topic === 'casualties').length);
});
