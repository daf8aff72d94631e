import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import { readPngText } from '../../src/lib/download/pngText.ts';
import { readModel } from '../../src/lib/view/readModel.ts';
import { casualtyClaims } from '../../src/lib/charts/casualtiesChart.ts';
import type { ViewClaim } from '../../src/lib/view/viewClaim.ts';
import { openLive } from './live.ts';

const model = readModel('data');
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

test("a SIPRI chart's CSV holds the database's series and the printed figures, each row with its source", async ({
  page,
}) => {
  const sipri = model.sipri;
  if (!sipri) throw new Error('data/ has no SIPRI reference');
  await openLive(page, './');
  const section = page.locator('section#sipri-deliveries');
  const { name, bytes } = await download(page, () =>
    section.getByRole('button', { name: 'Download CSV' }).click(),
  );
  expect(name).toBe('sipri-deliveries.csv');
  const rows = parse(bytes.toString('utf8'), { bom: true, columns: true }) as Record<
    string,
    string
  >[];
  const database = rows.filter((r) => r.kind === 'database');
  expect(database.map((r) => [Number(r.from), Number(r.database)])).toEqual(
    sipri.deliveries.map((d) => [d.year, d.tiv]),
  );
  for (const r of database) expect(r.source).toBe(sipri.source);
  const printed = rows.filter((r) => r.kind === 'printed');
  expect(printed.map((r) => r.claim_id)).toEqual(sipri.values.map((v) => v.claim_id));
  expect(printed.every((r) => /, paragraph \d+$/.test(r.source ?? ''))).toBe(true);

  const svg = await download(page, () =>
    section.getByRole('button', { name: 'Download SVG' }).click(),
  );
  expect(svg.bytes.toString('utf8')).toContain('SIPRI Arms Transfers Database');
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

test('Download all data on a site copied without its descriptor says so on the page', async ({
  page,
}) => {
  await page.route(/\/data\/datapackage\.json$/, (route) => route.fulfill({ status: 404 }));
  await openLive(page, './');
  await page.getByRole('button', { name: 'Download all data (zip)' }).click();
  await expect(page.getByRole('alert')).toContainText(
    "The zip could not be made. The ledger's descriptor (datapackage.json) could not be loaded: the server answered 404.",
  );
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
      'sipri-series.csv',
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

// The site built from the hostile fixture ledger (project `hostile`, see playwright.config.ts):
// every figure the charts draw holds a no-break space, and the ledger's free text holds markup,
// quotes, formula cells and terminal escapes.
test.describe('downloads from the hostile ledger', { tag: '@hostile' }, () => {
  const hostile = readModel('tests/fixtures/hostile-ledger');

  test('the SVG of a chart drawing NBSPs parses as XML with its text, and the PNG renders', async ({
    page,
  }) => {
    await openLive(page, './');
    const section = page.locator('section#disputes');
    const svg = await download(page, () =>
      section.getByRole('button', { name: 'Download SVG' }).click(),
    );
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).not.toContain('&nbsp;');
    // The browser's own XML parser, as an SVG viewer or editor reads the file.
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        text: doc.documentElement.textContent ?? '',
        elements: [...doc.querySelectorAll('script, img, meta, b, i')].length,
      };
    }, svgText);
    expect(parsed.error).toBeNull();
    expect(parsed.elements).toBe(0);
    // Chart labels are cut to a bounded length, so look for each figure up to just past its NBSP.
    const head = (text: string) => text.slice(0, text.indexOf('\u00a0') + 2);
    const drawn = hostile.claims.filter(
      (c) => c.figure_text.includes('\u00a0') && parsed.text.includes(head(c.figure_text)),
    );
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.every((c) => c.figure_text.includes('\u00a0'))).toBe(true);
    // The claimants' markup drawn as text (the chart draws the disputed figures only, whose
    // claimants carry a meta refresh and a bold tag).
    expect(parsed.text).toContain('<meta http-equiv=refresh');
    expect(parsed.text).toContain('<b>bold<');

    const png = await download(page, () =>
      section.getByRole('button', { name: 'Download PNG' }).click(),
    );
    expect(png.name).toBe('disputes.png');
    expect(png.bytes.length).toBeGreaterThan(10_000);
    expect(readPngText(new Uint8Array(png.bytes)).Title).toBe('Where sources disagree');
    const size = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      return [image.width, image.height];
    }, png.bytes.toString('base64'));
    expect(size[0]).toBeGreaterThan(600);
    expect(size[1]).toBeGreaterThan(600);
  });

  test('the CSV, the zip and the data beside the site keep hostile text as text, no formula live', async ({
    page,
    request,
  }) => {
    await openLive(page, './');
    const csv = await download(page, () =>
      page.locator('section#disputes').getByRole('button', { name: 'Download CSV' }).click(),
    );
    const rows = parse(csv.bytes.toString('utf8'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    const byId = new Map(hostile.claims.map((c) => [c.claim_id, c]));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const claim = byId.get(row.claim_id as string) as ViewClaim;
      expect(row.figure_text).toBe(claim.figure_text);
      expect((row.claimant ?? '').replace(/^'(?=[=+\-@\t\r\n])/, '')).toBe(claim.claimant);
    }

    const zip = await download(page, () =>
      page.getByRole('button', { name: 'Download all data (zip)' }).click(),
    );
    const files = unzipSync(new Uint8Array(zip.bytes));
    const descriptor = JSON.parse(strFromU8(files['datapackage.json'] as Uint8Array));
    expect(descriptor.resources.every((r: { encoding: string }) => r.encoding === 'utf-8')).toBe(
      true,
    );

    // The files the build publishes in data/, for readers without JavaScript.
    const claims = await (await request.get('data/claims.csv')).text();
    expect(claims).toContain(",'+1+1\r\n");
    expect(claims).not.toMatch(/(^|,)\+1\+1/m);
    const published = await (await request.get('data/datapackage.json')).json();
    expect(published.resources.every((r: { dialect?: object }) => r.dialect)).toBe(true);
  });
});
