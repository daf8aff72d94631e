import type { Page, Response } from '@playwright/test';

/**
 * Open one of our pages and wait until the app has hydrated the prerendered markup and Plot has
 * redrawn its charts (src/lib/charts/plotApi.svelte.ts marks `#app` with data-live, then
 * data-drawn): a click before hydration would land on the static copy.
 */
export async function openLive(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url);
  await page.locator('#app[data-live][data-drawn]').waitFor({ state: 'attached' });
  return response;
}
