/**
 * The site built from the hostile fixture ledger (tests/fixtures/hostile-ledger: every free-text
 * field is markup, `$` patterns, quotes, bidi controls or 20,000 characters), served by the
 * `hostile` project of playwright.config.ts. Every page, with JavaScript on and off, must show
 * that text as text: no dialog, no redirect, no element made from it, no page error, nothing
 * wider than the screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { ledgerChartIds } from './chartIds.ts';

const CHART_IDS = ledgerChartIds('tests/fixtures/hostile-ledger');
import { shortText, visibleText } from '../../src/lib/format/displayText.ts';
import { HOSTILE_TEXTS } from '../fixtures/hostile-ledger/hostileTexts.ts';

const PAGES = [
  './',
  ...CHART_IDS.map((id) => `./embed/${id}.html`),
  ...CHART_IDS.map((id) => `./embed.html?chart=${id}`),
];

/** Hostile strings that a page shows unchanged (short, no hidden character to make visible). */
const SHOWN_WHOLE = HOSTILE_TEXTS.filter((t) => shortText(t) === t && !t.includes('\n'));

/** Everything that would mean ledger text ran as markup or script. */
function watch(page: Page) {
  const events: string[] = [];
  page.on('dialog', (dialog) => {
    events.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => events.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (/pwned|evil\.invalid|\/x$/.test(request.url())) events.push(`request: ${request.url()}`);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && !/^http:\/\/localhost:\d+\/(embed|\?|$)/.test(frame.url()))
      events.push(`navigated: ${frame.url()}`);
  });
  return events;
}

/**
 * Elements no ledger text may create; Plot's own <style> elements are the only styles, and
 * SvelteKit's start-up script the only inline script.
 */
async function madeFromText(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const found: string[] = [];
    // The one inline script is SvelteKit's start-up script, which the page's policy names by its
    // hash; any other is made from text.
    const policy =
      document
        .querySelector('meta[http-equiv="content-security-policy" i]')
        ?.getAttribute('content') ?? '';
    for (const script of document.querySelectorAll('script:not([src])')) {
      const text = new TextEncoder().encode(script.textContent ?? '');
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', text));
      if (!policy.includes(`'sha256-${btoa(String.fromCharCode(...digest))}'`))
        found.push('script:not([src])');
    }
    const selectors = [
      'img',
      'meta[http-equiv="refresh" i]',
      'base',
      '#app b',
      '#app i',
      '#app svg[onload]',
      'a[href^="javascript" i]',
    ];
    for (const s of selectors) if (document.querySelector(s)) found.push(s);
    for (const el of document.querySelectorAll('*')) {
      const handler = [...el.attributes].find((a) => /^on/i.test(a.name));
      if (handler) found.push(`${el.localName}[${handler.name}]`);
    }
    for (const style of document.querySelectorAll('style')) {
      if (!/^\s*:where\(\.plot-/.test(style.textContent ?? ''))
        found.push(`style: ${style.textContent?.slice(0, 40)}`);
    }
    return found;
  });
}

async function open(page: Page, url: string, javaScript: boolean) {
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  if (javaScript) await page.locator('#app[data-live][data-drawn]').waitFor({ state: 'attached' });
}

/** The page fits the screen's width (nothing scrolls sideways), at a phone's and a laptop's. */
async function expectNoSideways(page: Page) {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
        message: `${width} px`,
      })
      .toBeLessThanOrEqual(0);
  }
}

for (const javaScript of [true, false]) {
  test.describe(javaScript ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: javaScript });
    for (const url of PAGES) {
      // The generic embed draws with JavaScript only; without, it says so (tested in nojs.spec).
      if (!javaScript && url.includes('?chart=')) continue;
      test(`${url} shows the ledger's text as text`, async ({ page }) => {
        const events = watch(page);
        await open(page, url, javaScript);
        const arrived = new URL(page.url()).pathname;
        const text = await page.locator('#app').innerText();
        // Some of the hostile strings are on every page, whole and as they were written.
        expect(SHOWN_WHOLE.filter((t) => text.includes(t)).length).toBeGreaterThan(0);
        // Bidi controls are shown, never obeyed.
        expect(text).not.toMatch(/[\u200B-\u200D\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/);
        await expectNoSideways(page);
        expect(await madeFromText(page)).toEqual([]);
        expect(events).toEqual([]);
        // Still on the page it opened (a refresh would have moved it by now).
        expect(new URL(page.url()).pathname).toBe(arrived);
      });
    }

    test('the dashboard lists the markup claimant as text in the table', async ({ page }) => {
      await open(page, './', javaScript);
      const table = page.locator('table.ledger');
      await expect(table).toContainText('<img src=x onerror="alert(1)">');
      await expect(table).toContainText('SIPRI $` <meta http-equiv=refresh content=1;url=/pwned>');
      await expect(table).toContainText(visibleText('Armenia \u202Eredro\u202C'));
      // The 20,000-character figure is cut short in its cell, the whole of it one click away.
      await expect(table.locator('details.whole').first()).toContainText('Show all');
    });
  });
}

test('a provenance card shows a markup claimant as text', async ({ page }) => {
  const events = watch(page);
  await open(page, './embed/casualties-2020.html', true);
  const point = page.locator('.chart-point[aria-label*="<img src=x onerror"]').first();
  await point.focus();
  const card = page.locator('.callout .card');
  await expect(card).toContainText('<img src=x onerror="alert(1)">');
  expect(await madeFromText(page)).toEqual([]);
  expect(events).toEqual([]);
});

for (const id of ['sipri-deliveries', 'sipri-shares']) {
  test(`the ${id} provenance card shows the database's comparison of hostile figures as text`, async ({
    page,
  }) => {
    const events = watch(page);
    await open(page, `./embed/${id}.html`, true);
    const points = page.locator('.chart-point');
    expect(await points.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await points.count()); i++) {
      await points.nth(i).focus();
      const database = page.locator('.callout .card dt:text-is("Database") + dd');
      await expect(database).toContainText("SIPRI's database");
      // The explanation quotes the figure as printed, hidden characters made visible.
      expect(await database.innerText()).not.toMatch(/[\u200B-\u200D\u202A-\u202E\u2066-\u2069]/);
      await expectNoSideways(page);
    }
    expect(await madeFromText(page)).toEqual([]);
    expect(events).toEqual([]);
  });
}

test('an unknown chart= is echoed as a short prefix only, as text', async ({ page }) => {
  const events = watch(page);
  const long = `<b>${'x'.repeat(10_000)}`;
  await open(page, `./embed.html?chart=${encodeURIComponent(long)}`, true);
  const message = page.locator('.unknown p');
  await expect(message).toContainText(`“<b>${'x'.repeat(37)}…”`);
  // The message names every chart; the address adds no more than its short prefix.
  expect((await message.innerText()).length).toBeLessThan(120 + CHART_IDS.join(', ').length);
  await expectNoSideways(page);
  expect(await madeFromText(page)).toEqual([]);
  expect(events).toEqual([]);
});

for (const url of ['./', './embed.html?chart=disputes&']) {
  test(`1,400 unknown filter values make one notice on ${url}`, async ({ page }) => {
    const values = Array.from({ length: 1_400 }, (_, i) => `v${i}`).join(',');
    await open(page, `${url}${url.endsWith('&') ? '' : '?'}side=${values}&x1=1&x2=2`, true);
    // One line per notice: list items on the dashboard, paragraphs in an embed.
    const notices = page.locator('.filters .notice li, main.embed .notice p');
    await expect(page.locator('.notice')).toContainText(
      '1,400 values of side were not understood and were ignored, for example "v0", "v1", "v2".',
    );
    // Two unknown parameters stay two notices of their own.
    await expect(page.locator('.notice')).toContainText('Unknown parameter "x2" was ignored.');
    expect(await notices.count()).toBeLessThanOrEqual(3);
  });
}
