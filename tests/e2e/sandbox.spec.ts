import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DIST, serveStatic, type StaticServer } from '../../bench/site.ts';
import { CHART_IDS } from './chartIds.ts';

/*
 * Embeds in the frames AMP and many CMSs use: `<iframe sandbox="allow-scripts">`, without
 * allow-same-origin, which gives the embed an opaque origin ("null"). Every request the embed
 * makes is then cross-origin, so anything fetched in CORS mode (module scripts, `import()`,
 * `crossorigin` stylesheets) fails unless the server sends Access-Control-Allow-Origin.
 *
 * The built site is served here by a plain static server that sends no such header (the one the
 * benchmarks use; `vite preview` answers CORS requests from local origins, which would hide the
 * failure), and the article page by another server on another port.
 */
let site: StaticServer;
let host: Server;
let hostOrigin = '';
let hostBody = '';

test.beforeAll(async () => {
  site = await serveStatic(DIST);
  host = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(hostBody);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await site.close();
  await new Promise<void>((resolve) => host.close(() => resolve()));
});

/** An article page with one embed (sandboxed unless `sandbox` is null) and the resize script. */
async function openArticle(
  page: Page,
  src: string,
  sandbox: string | null = 'allow-scripts',
): Promise<void> {
  const attribute = sandbox === null ? '' : ` sandbox="${sandbox}"`;
  hostBody = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0"><main style="max-width:700px;margin:0 auto;padding:0 8px">
<p>Article text before the chart.</p>
<iframe data-ledger-embed${attribute} src="${site.origin}/${src}" title="A chart"
  height="400" style="width:100%;border:0"></iframe>
<script async src="${site.origin}/embed-resize.js"></script>
</main></body></html>`;
  await page.goto(`${hostOrigin}/article.html`);
}

function embedFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(site.origin));
  if (!frame) throw new Error('no embed frame');
  return frame;
}

/** Drawn by Plot at the frame's width, styled by the site's stylesheet, and sized to fit. */
async function expectWorking(page: Page, iframe: Locator, chartId: string): Promise<void> {
  await iframe.scrollIntoViewIfNeeded();
  await expect
    .poll(() => embedFrame(page).locator('#app[data-live][data-drawn]').count(), {
      message: `the embed of ${chartId} starts and Plot draws it`,
      timeout: 15_000,
    })
    .toBe(1);
  const frame = embedFrame(page);
  const frameWidth = await iframe.evaluate((el) => el.clientWidth);
  const svg = frame.locator(`section#${chartId} .plot svg[role]`);
  await expect(svg).toBeVisible();
  // Redrawn at the frame's width (less the embed's padding), not left at the prerender's 360 px.
  expect(Number(await svg.getAttribute('width'))).toBeGreaterThan(frameWidth - 60);
  // The site's stylesheet (a custom property on :root) and the components' styles (the embed's
  // padding, 0.75rem) apply.
  expect(
    await frame.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--rule').trim(),
    ),
  ).toBe('#d6d6d6');
  expect(await frame.locator('main.embed').evaluate((el) => getComputedStyle(el).paddingLeft)).toBe(
    '12px',
  );
  await expect
    .poll(
      async () => {
        const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
        const inner = await embedFrame(page).evaluate(() =>
          Math.ceil(document.documentElement.getBoundingClientRect().height),
        );
        return outer !== 400 && Math.abs(outer - inner) <= 2;
      },
      { message: `the iframe of ${chartId} is sized to its content` },
    )
    .toBe(true);
}

test('the site is served with no CORS headers at all', async () => {
  for (const path of ['embed/casualties-2020.html', 'embed.html', 'embed-resize.js']) {
    const response = await fetch(`${site.origin}/${path}`, { headers: { origin: 'null' } });
    expect(response.status, path).toBe(200);
    const cors = [...response.headers.keys()].filter((h) => h.startsWith('access-control-'));
    expect(cors, path).toEqual([]);
  }
});

test('every embed page loads only classic scripts and stylesheets, none in CORS mode', async () => {
  for (const path of ['embed.html', ...CHART_IDS.map((id) => `embed/${id}.html`)]) {
    const html = await (await fetch(`${site.origin}/${path}`)).text();
    expect(html, path).not.toMatch(/type="module"|crossorigin|modulepreload/);
    expect(html, path).toMatch(/<script defer(="")? src="[^"]+\.js"><\/script>/);
  }
});

for (const [form, src, chartId] of [
  ['the prerendered page', 'embed/arms-shares.html', 'arms-shares'],
  ['embed.html?chart=', 'embed.html?chart=casualties-2020&side=armenia', 'casualties-2020'],
] as const) {
  test(`${form} draws, styles itself and resizes in a sandbox="allow-scripts" frame, at two widths`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize({ width: 1024, height: 900 });
    await openArticle(page, src);
    const iframe = page.locator('iframe[data-ledger-embed]');
    // The frame really is sandboxed: its origin is opaque.
    await expect.poll(() => embedFrame(page).evaluate(() => self.origin)).toBe('null');
    await expectWorking(page, iframe, chartId);
    const wide = await iframe.evaluate((el) => el.getBoundingClientRect().height);

    await page.setViewportSize({ width: 360, height: 800 });
    await expectWorking(page, iframe, chartId);
    // A narrower chart is laid out again (legend and labels wrap): the height follows.
    expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).not.toBe(wide);
    expect(errors).toEqual([]);
  });
}

test('without allow-scripts, the prerendered page still shows its chart, at a fixed height', async ({
  page,
}) => {
  await openArticle(page, 'embed/arms-shares.html', '');
  const frame = page.frameLocator('iframe[data-ledger-embed]');
  await expect(frame.locator('section#arms-shares .plot svg[role]')).toBeVisible();
  await expect(frame.getByRole('link', { name: 'Get the data' })).toBeVisible();
  await expect(frame.locator('#app[data-live]')).toHaveCount(0);
  const iframe = page.locator('iframe[data-ledger-embed]');
  expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(400);
});

test('with the permissions the README names, both links work from a sandboxed frame', async ({
  page,
}) => {
  await openArticle(
    page,
    'embed/casualties-2020.html?side=armenia',
    'allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads',
  );
  const iframe = page.locator('iframe[data-ledger-embed]');
  await expectWorking(page, iframe, 'casualties-2020');
  const frame = page.frameLocator('iframe[data-ledger-embed]');

  const download = page.waitForEvent('download');
  await frame.getByRole('link', { name: 'Get the data' }).click();
  expect((await download).suggestedFilename()).toBe('casualties-2020.csv');

  const popup = page.waitForEvent('popup');
  await frame.getByRole('link', { name: 'Open in the full dashboard' }).click();
  const dashboard = await popup;
  // Out of the sandbox: the dashboard has the site's own origin and its module scripts run.
  await dashboard.locator('#app[data-live][data-drawn]').waitFor({ state: 'attached' });
  expect(await dashboard.evaluate(() => self.origin)).toBe(site.origin);
  expect(dashboard.url()).toMatch(/\/index\.html\?side=armenia#casualties-2020$/);
});

test('a pym childId the pym format cannot carry falls back to the chart id', async ({ page }) => {
  // pym.js parents add childId to the frame's address; one holding the separator "xPYMx" used
  // to stop the embed from starting.
  await page.addInitScript(() => {
    (window as unknown as { heard: string[] }).heard = [];
    window.addEventListener('message', (event) => {
      if (typeof event.data === 'string')
        (window as unknown as { heard: string[] }).heard.push(event.data);
    });
  });
  // Not sandboxed, so that only the id is under test.
  await openArticle(page, 'embed/timeline.html?childId=chartxPYMxheightxPYMx9999', null);
  await expectWorking(page, page.locator('iframe[data-ledger-embed]'), 'timeline');
  const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
  expect(heard.some((m) => /^pymxPYMxtimelinexPYMxheightxPYMx\d+$/.test(m))).toBe(true);
  expect(heard.some((m) => m.includes('9999'))).toBe(false);
});
