import { expect, test } from '@playwright/test';
import { CHART_IDS } from '../../src/lib/view/sections.ts';

test.use({ javaScriptEnabled: false });

test('without JavaScript the dashboard shows every chart', async ({ page }) => {
  await page.goto('./');
  for (const id of CHART_IDS) {
    await expect(page.locator(`section#${id} .plot svg[role]`), id).toHaveCount(1);
  }
  await expect(page.locator('table.ledger tbody tr')).not.toHaveCount(0);
});

for (const id of CHART_IDS) {
  test(`without JavaScript the ${id} embed shows its chart`, async ({ page }) => {
    await page.goto(`./embed/${id}.html`);
    await expect(page.locator(`section#${id} .plot svg[role]`)).toHaveCount(1);
    await expect(page.locator(`section#${id} .finding`)).not.toBeEmpty();
    await expect(page.locator(`section#${id} .source`)).toContainText('Sources:');
  });
}
