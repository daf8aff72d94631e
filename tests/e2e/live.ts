import type { Page, Response } from '@playwright/test';

/**
 * Open one of our pages and wait until the live app has replaced the prerendered markup and Plot
 * has redrawn its charts: the app boots after the first paint (src/lib/boot/afterFirstPaint.ts)
 * and loads Plot after that (src/lib/boot/mountLive.ts), so `load` comes first and a click before
 * the boot would land on the static copy.
 */
export async function openLive(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url);
  await page.locator('#app[data-live][data-drawn]').waitFor({ state: 'attached' });
  return response;
}
