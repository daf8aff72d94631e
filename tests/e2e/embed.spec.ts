import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { responsiveIframe } from '../../src/lib/embed/snippets.ts';
import { CHART_IDS } from './chartIds.ts';
import { readLedger } from '../../src/lib/data/readLedgerFiles.ts';
import { openLive } from './live.ts';

// The host page is served by a server of its own on 127.0.0.1, another origin than the embeds
// (localhost), as an article page on a newsroom's site would be.
const EMBEDS = `http://localhost:${process.env.E2E_PORT ?? 4173}/`;
let hostBody = '';
let server: Server;
let HOST = '';

test.beforeAll(async () => {
  server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(hostBody);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  HOST = `http://127.0.0.1:${(server.address() as AddressInfo).port}/article.html`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function hostPage(ids: readonly string[]): string {
  const frames = ids
    .map((id) =>
      responsiveIframe({
        src: `${EMBEDS}embed/${id}.html`,
        title: `Chart ${id}`,
        height: 400,
        scriptSrc: `${EMBEDS}embed-resize.js`,
      }),
    )
    .join('\n<p>Article text between the charts.</p>\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0"><main style="max-width:700px;margin:0 auto;padding:0 8px">${frames}</main></body></html>`;
}

async function openHost(page: Page, ids: readonly string[]) {
  hostBody = hostPage(ids);
  await page.goto(HOST);
}

async function contentHeight(frame: Frame): Promise<number> {
  return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

function frameOf(page: Page, id: string): Frame {
  const frame = page.frames().find((f) => f.url().includes(`/embed/${id}.html`));
  if (!frame) throw new Error(`no frame for ${id}`);
  return frame;
}

async function expectSized(page: Page, id: string) {
  const iframe = page.locator(`iframe[src*="/embed/${id}.html"]`);
  // Chromium pauses rendering in cross-origin frames out of view (and lazy frames load near the
  // viewport), so an embed resizes when the reader reaches it: check it there.
  await iframe.scrollIntoViewIfNeeded();
  // Settled: the app is live and Plot has redrawn the chart at the frame's width.
  await expect
    .poll(() => frameOf(page, id).locator('#app[data-live][data-drawn]').count(), {
      message: `embed ${id} is drawn`,
    })
    .toBe(1);
  await expect
    .poll(
      async () => {
        const frame = frameOf(page, id);
        const [outer, inner] = [
          await iframe.evaluate((el) => el.getBoundingClientRect().height),
          await contentHeight(frame),
        ];
        return Math.abs(outer - inner);
      },
      { message: `iframe ${id} matches its content` },
    )
    .toBeLessThanOrEqual(2);
}

test('every chart sizes its iframe to its content, and again when the host narrows', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1024, height: 900 });
  await openHost(page, CHART_IDS);
  for (const id of CHART_IDS) await expectSized(page, id);
  await page.setViewportSize({ width: 360, height: 800 });
  for (const id of CHART_IDS) await expectSized(page, id);
});

test('messages with a bad height, or from another window, change nothing', async ({ page }) => {
  await openHost(page, ['oil-displacement']);
  await expectSized(page, 'oil-displacement');
  const iframe = page.locator('iframe[data-ledger-embed]');
  const before = await iframe.evaluate((el) => el.style.height);
  // From the host window itself (not the embed), with a valid height.
  await page.evaluate(() => window.postMessage('pymxPYMxanyxPYMxheightxPYMx900', '*'));
  // From the embed, with heights that are not accepted.
  const frame = frameOf(page, 'oil-displacement');
  for (const message of [
    'pymxPYMxanyxPYMxheightxPYMxabc',
    'pymxPYMxanyxPYMxheightxPYMx20',
    '{"type":"karabakh-ledger:height","height":"900"}',
    '{"type":"karabakh-ledger:height","height":99999}',
  ]) {
    await frame.evaluate((m) => window.parent.postMessage(m, '*'), message);
  }
  await page.waitForTimeout(300);
  expect(await iframe.evaluate((el) => el.style.height)).toBe(before);
});

test('an unknown chart says so inside the frame and still reports its height', async ({ page }) => {
  hostBody = `<!doctype html><html lang="en"><head><title>x</title></head><body>
<iframe data-ledger-embed src="${EMBEDS}embed.html?chart=nope&topic=weather" title="Missing chart" style="width:100%;height:600px;border:0"></iframe>
<script src="${EMBEDS}embed-resize.js"></script></body></html>`;
  await page.goto(HOST);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('alert')).toContainText('There is no chart called “nope”');
  await expect(frame.locator('.notice')).toContainText('Unknown topic "weather"');
  await expect
    .poll(() => page.locator('iframe').evaluate((el) => el.style.height))
    .toMatch(/^\d+px$/);
  expect(parseInt(await page.locator('iframe').evaluate((el) => el.style.height))).toBeLessThan(
    600,
  );
});

test('embed.html?chart= draws the chart with the filters, and links to the same view', async ({
  page,
}) => {
  await openLive(page, './embed.html?chart=casualties-2020&side=armenia');
  await expect(page.locator('section#casualties-2020 .plot svg[role]')).toHaveCount(1);
  await expect(page.locator('.chart-point')).not.toHaveCount(0);
  const points = await page
    .locator('.chart-point')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  // Every point is claimed by someone on Armenia's side (the ledger's names for them).
  const armenian = new Set(
    (readLedger('data').claims.objects() as { claimant: string; claimant_side: string }[])
      .filter((c) => c.claimant_side === 'armenia')
      .map((c) => c.claimant),
  );
  const claimants = points.map((p) => /claimed by (.*?), (a side|a third)/.exec(p ?? '')?.[1]);
  expect(claimants.length).toBeGreaterThan(0);
  for (const c of claimants) expect(armenian.has(c ?? ''), c).toBe(true);
  await expect(page.getByRole('link', { name: 'Open in the full dashboard' })).toHaveAttribute(
    'href',
    /index\.html\?side=armenia#casualties-2020$/,
  );
  await expect(page.getByRole('link', { name: 'Get the data' })).toBeVisible();
  expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
});

test('embed pages are not indexed, name their canonical view and carry an og:image', async ({
  page,
  request,
}) => {
  for (const id of CHART_IDS) {
    const response = await request.get(`./embed/${id}.html`);
    const html = await response.text();
    expect(html, id).toMatch(/<meta name="robots" content="noindex"\s*\/?>/);
    expect(html, id).toMatch(new RegExp(`<link rel="canonical" href="[^"]*index\\.html#${id}"`));
    expect(html, id).toContain(`og/${id}.png`);
    expect(html, id).toMatch(/<meta http-equiv="content-security-policy"/i);
    expect(html, id).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    const png = await request.get(`./og/${id}.png`);
    expect(png.status()).toBe(200);
    expect((await png.body()).length).toBeGreaterThan(5000);
  }
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await openLive(page, `./embed/disputes.html`);
  await expect(page.locator('.chart-point')).not.toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a resize script that starts after the embeds loaded still sizes them', async ({ page }) => {
  // The frames load and report their height before any listener exists; the script, added
  // afterwards, must ask them again.
  hostBody = `<!doctype html><html lang="en"><head><title>late</title></head><body>
<iframe data-ledger-embed src="${EMBEDS}embed/arms-shares.html" title="Late script" height="300" style="width:100%;border:0"></iframe>
</body></html>`;
  await page.goto(HOST);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('section#arms-shares .plot svg[role]')).toHaveCount(1);
  await page.waitForTimeout(300);
  await page.evaluate((src) => {
    const script = document.createElement('script');
    script.src = src;
    document.body.append(script);
  }, `${EMBEDS}embed-resize.js`);
  await expectSized(page, 'arms-shares');
});

/** Keep the page's Plot chunk from loading until the returned function is called. */
async function holdPlot(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/plotParts-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('the prerendered chart answers the reader before Plot loads, and Plot redraws it at the real width', async ({
  page,
}) => {
  await page.setViewportSize({ width: 700, height: 900 });
  // Hold Plot back: the page must be live on its prerendered drawing alone.
  const release = await holdPlot(page);
  await page.goto(`${EMBEDS}embed/casualties-2020.html`);
  await page.locator('#app[data-live]').waitFor({ state: 'attached' });
  await expect(page.locator('#app')).not.toHaveAttribute('data-drawn');
  // The drawing is the one the page arrived with (360 px wide), its points wired for provenance.
  const svg = page.locator('#casualties-2020 .plot svg[role="group"]');
  await expect(svg).toHaveAttribute('width', '360');
  const point = page.locator('#casualties-2020 .chart-point').first();
  await point.focus();
  await expect(page.locator('#casualties-2020 .card')).toContainText('Claimed by');
  await point.hover();
  await expect(page.locator('#casualties-2020 .card')).toContainText('paragraph');

  release();
  await page.locator('#app[data-drawn]').waitFor({ state: 'attached' });
  const width = Number(await svg.getAttribute('width'));
  expect(width).toBeGreaterThan(600);
  await page.locator('#casualties-2020 .chart-point').first().focus();
  await expect(page.locator('#casualties-2020 .card')).toContainText('Claimed by');
});

test('an embed fetches only its small first script before it is first painted', async ({
  page,
}) => {
  await page.goto(`${EMBEDS}embed/casualties-2020.html`);
  await page.locator('#app[data-live]').waitFor({ state: 'attached' });
  const { fcp, scripts } = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    scripts: performance
      .getEntriesByType('resource')
      .filter((r) => r.name.endsWith('.js'))
      .map((r) => ({ file: r.name.replace(/^.*\//, ''), start: r.startTime })),
  }));
  expect(fcp).not.toBeNull();
  const early = scripts.filter((s) => s.start < (fcp as number)).map((s) => s.file);
  expect(early).toHaveLength(1);
  expect(early[0]).toMatch(/^embed-[\w-]+\.js$/);
  expect(scripts.some((s) => /^embedApp-/.test(s.file) && s.start >= (fcp as number))).toBe(true);
});

test('a filtered embed does not adopt the prerendered drawing of the unfiltered view', async ({
  page,
}) => {
  const release = await holdPlot(page);
  await page.goto(`${EMBEDS}embed/casualties-2020.html?side=armenia`);
  await page.locator('#app[data-live]').waitFor({ state: 'attached' });
  // Not what the filters show: no chart until Plot draws the filtered one.
  await expect(page.locator('#casualties-2020 .plot > *')).toHaveCount(0);
  release();
  await page.locator('#app[data-drawn]').waitFor({ state: 'attached' });
  await expect(page.locator('#casualties-2020 .plot svg[role="group"]')).toHaveCount(1);
  const points = await page.locator('#casualties-2020 .chart-point').count();
  expect(points).toBeGreaterThan(0);
});

for (const id of ['sipri-deliveries', 'sipri-shares'] as const) {
  for (const [scheme, width] of [
    ['light', 1024],
    ['dark', 360],
  ] as const) {
    test(`the ${id} embed draws the database and the printed figures, with provenance, and axe finds no violations (${scheme}, ${width} px)`, async ({
      page,
    }) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await openLive(page, `./embed/${id}.html`);
      const section = page.locator(`section#${id}`);
      await expect(section.locator('.plot svg[role="group"]')).toHaveCount(1);
      await expect(section.locator('.source')).toContainText(
        'Source: SIPRI Arms Transfers Database. Data generated: 3 January 2025',
      );
      await expect(section.locator('.chart-point')).toHaveCount(2);
      await section.locator('.chart-point').first().focus();
      await expect(section.locator('.card')).toContainText('Claimed by');
      await expect(section.locator('.card')).toContainText("SIPRI's database (this release");
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`),
      ).toEqual([]);
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
    });
  }
}
