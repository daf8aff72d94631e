import { expect, test } from '@playwright/test';
import { readModel } from '../../src/lib/view/readModel.ts';
import { buildSections, engineLookups } from '../../src/lib/view/sections.ts';
import { CHART_IDS } from './chartIds.ts';

const model = readModel('data');
const sections = buildSections(model, engineLookups(model), model.claims, true);

test.use({ javaScriptEnabled: false });

test('without JavaScript the dashboard shows every chart', async ({ page }) => {
  await page.goto('./');
  for (const id of CHART_IDS) {
    await expect(page.locator(`section#${id} .plot svg[role]`), id).toHaveCount(1);
  }
  await expect(page.locator('table.ledger tbody tr')).not.toHaveCount(0);
  // Embed codes written at build time name the site's placeholder (or LEDGER_SITE_URL), never
  // the machine that built it.
  const codes = await page.locator('textarea').allTextContents();
  expect(codes.length).toBeGreaterThan(0);
  for (const code of codes) expect(code).toContain('https://your-site/embed/');
});

for (const id of CHART_IDS) {
  test(`without JavaScript the ${id} embed shows its chart`, async ({ page }) => {
    await page.goto(`./embed/${id}.html`);
    await expect(page.locator(`section#${id} .plot svg[role]`)).toHaveCount(1);
    await expect(page.locator(`section#${id} .finding`)).not.toBeEmpty();
    await expect(page.locator(`section#${id} .source`)).toContainText(
      id.startsWith('sipri-') ? 'SIPRI Arms Transfers Database' : 'Sources:',
    );
    // Its links lead somewhere real without JavaScript too.
    for (const name of ['Get the data', 'Open in the full dashboard']) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      const response = await page.request.get(new URL(href ?? '', page.url()).href);
      expect(response.status(), name).toBe(200);
      expect(response.headers()['content-type'], name).toMatch(
        name === 'Get the data' ? /csv/ : /html/,
      );
    }
    // The SIPRI charts' data is the reference table; every other chart's, the claims.
    const dataFile = sections.find((s) => s.id === id)?.dataFile ?? 'claims-with-sources.csv';
    expect(await page.getByRole('link', { name: 'Get the data' }).getAttribute('href')).toBe(
      `../data/${dataFile}`,
    );
    expect(
      await page.getByRole('link', { name: 'Open in the full dashboard' }).getAttribute('href'),
    ).toBe(`../index.html#${id}`);
  });
}
