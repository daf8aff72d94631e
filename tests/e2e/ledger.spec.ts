import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

const claims: { claim_id: string; figure_text: string }[] = parse(
  readFileSync('data/claims.csv', 'utf8'),
  { columns: true },
);

test('the built page lists every figure of the ledger with no console error', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  const rows = page.locator('table.ledger tbody tr');
  await expect(rows).toHaveCount(claims.length);
  for (const claim of claims) {
    await expect(page.locator(`#claim-${claim.claim_id}`)).toContainText(claim.figure_text);
  }
  await expect(page.locator('#claim-asianews-armenian-soldiers-1900')).toContainText(
    'Azerbaijani government',
  );
  await expect(page.locator('#claim-asianews-sipri-usd-375m')).toContainText('US$375 million');
  expect(errors).toEqual([]);
});

test('sorting by value puts the largest figure first when descending', async ({ page }) => {
  await page.goto('./');
  const header = page.getByRole('button', { name: /^Value/ });
  await header.click();
  await header.click();
  await expect(page.locator('th[aria-sort="descending"]')).toContainText('Value');
  await expect(page.locator('table.ledger tbody tr').first()).toContainText('4.85 billion');
});

for (const width of [375, 1280]) {
  test(`no horizontal scrolling at ${width} px`, async ({ page }, info) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    await expect(page.locator('table.ledger tbody tr').first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: info.outputPath(`ledger-${width}.png`), fullPage: false });
  });
}
