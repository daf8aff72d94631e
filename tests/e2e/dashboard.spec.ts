import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readModel } from '../../src/lib/view/readModel.ts';
import { buildSections, engineLookups } from '../../src/lib/view/sections.ts';
import { CHART_IDS } from './chartIds.ts';
import { DISPUTED_VERDICTS, filterClaims } from '../../src/lib/view/filterClaims.ts';
import { NO_FILTERS } from '../../src/lib/state/filterQuery.ts';
import { openLive } from './live.ts';

// Expected figures come from the same ledger and engine the page is built from.
const model = readModel('data');
const claims = model.claims as {
  claim_id: string;
  figure_text: string;
  topic: string;
  verdict: string | null;
}[];
const disputedIds = claims
  .filter((c) => DISPUTED_VERDICTS.includes(c.verdict ?? ''))
  .map((c) => c.claim_id);

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

const tableRows = (page: Page) => page.locator('table.ledger tbody tr');
const count = (page: Page) => page.locator('.filters .count');

test('loads with no console error and renders every section', async ({ page }) => {
  const errors = watchErrors(page);
  await openLive(page, './');
  for (const id of CHART_IDS) {
    await expect(page.locator(`section#${id} .plot svg[role]`), id).toHaveCount(1);
    await expect(page.locator(`section#${id} .finding`), id).not.toBeEmpty();
    // The SIPRI charts name the database first, then the articles of the printed figures.
    await expect(page.locator(`section#${id} .source`), id).toContainText(
      id.startsWith('sipri-')
        ? 'Source: SIPRI Arms Transfers Database. Data generated: '
        : 'Sources:',
    );
  }
  await expect(tableRows(page)).toHaveCount(claims.length);
  await expect(count(page)).toHaveText(`Showing ${claims.length} of ${claims.length} figures`);
  for (const c of claims) {
    await expect(page.locator(`#claim-${c.claim_id}`)).toContainText(c.figure_text);
  }
  expect(errors).toEqual([]);
});

test('no script of the app is fetched before the page is first painted, and the app then starts', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openLive(page, './');
  const { fcp, scripts } = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    scripts: performance
      .getEntriesByType('resource')
      .filter((r) => r.name.includes('/_app/') && r.name.endsWith('.js'))
      .map((r) => ({ name: r.name, start: r.startTime })),
  }));
  expect(fcp).not.toBeNull();
  expect(scripts.length).toBeGreaterThan(3);
  expect(scripts.filter((s) => s.start < (fcp as number))).toEqual([]);
  expect(errors).toEqual([]);
});

test('the disputes chart states the widest contradiction from the data', async ({ page }) => {
  await openLive(page, './');
  await expect(page.locator('#disputes .finding')).toContainText('18 times');
  await expect(page.locator('#disputes svg[role="group"]')).toHaveAttribute(
    'aria-label',
    /Where sources disagree/,
  );
});

test('a filter narrows every chart and the table, and lives in the URL', async ({ page }) => {
  await openLive(page, './');
  const before = await page.locator('.chart-point').count();
  await page.getByRole('checkbox', { name: 'Casualties' }).check();
  await expect(page).toHaveURL(/\?topic=casualties$/);
  const expected = claims.filter((c) => c.topic === 'casualties');
  await expect(tableRows(page)).toHaveCount(expected.length);
  await expect(count(page)).toHaveText(`Showing ${expected.length} of ${claims.length} figures`);
  // Sections without casualty figures say so instead of drawing.
  await expect(page.locator('#arms-values .empty')).toBeVisible();
  await expect(page.locator('#casualties-2020 .plot svg[role]')).toHaveCount(1);
  expect(await page.locator('.chart-point').count()).toBeLessThan(before);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Casualties' })).toBeChecked();
  await expect(tableRows(page)).toHaveCount(expected.length);

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(tableRows(page)).toHaveCount(claims.length);
  await expect(page.getByRole('checkbox', { name: 'Casualties' })).not.toBeChecked();
  await page.goForward();
  await expect(tableRows(page)).toHaveCount(expected.length);

  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(tableRows(page)).toHaveCount(claims.length);
  await expect(page).toHaveURL(/\/$/);
});

test("a chart's embed code shows the filters applied when it is opened, and follows them while open", async ({
  page,
}) => {
  await openLive(page, './');
  await page.getByRole('checkbox', { name: 'Casualties' }).check();
  await expect(page).toHaveURL(/\?topic=casualties$/);
  const section = page.locator('section#casualties-2020');
  await section.getByText('Embed this chart').click();
  const code = section.getByLabel('Plain iframe');
  await expect(code).toHaveValue(/embed\/casualties-2020\.html\?topic=casualties"/);
  await page.getByRole('checkbox', { name: 'Casualties' }).uncheck();
  await expect(code).toHaveValue(/embed\/casualties-2020\.html"/);
});

test('only disputed shows exactly the claims of contradicting groups', async ({ page }) => {
  await openLive(page, './?disputed=1');
  await expect(tableRows(page)).toHaveCount(disputedIds.length);
  for (const id of disputedIds) await expect(page.locator(`#claim-${id}`)).toHaveCount(1);
  // 104 against 1,900; "dozens" against "hundreds" on different days is too vague to compare.
  expect(disputedIds.length).toBeGreaterThanOrEqual(2);
});

test('filters run under a script policy that forbids eval (no Arquero in the page)', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openLive(page, './');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  // The site's own files, and SvelteKit's start-up script by its hash: no eval, no other inline.
  expect(policy).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')*;/);
  expect(policy).not.toMatch(/unsafe-eval|unsafe-inline/);
  await page.getByRole('checkbox', { name: 'Only disputed figures' }).check();
  await expect(tableRows(page)).toHaveCount(disputedIds.length);
  await page.getByRole('checkbox', { name: 'Arms' }).check();
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(tableRows(page)).toHaveCount(claims.length);
  // A blocked eval would be reported as a console error.
  expect(errors).toEqual([]);
});

test('a malformed link is ignored with a notice, never an exception', async ({ page }) => {
  const errors = watchErrors(page);
  await openLive(page, './?topic=weather,arms&from=2020-13-01&bogus=%E0%A4%A&disputed=maybe');
  await expect(page.locator('.notice')).toContainText('Unknown topic "weather"');
  await expect(page.getByRole('checkbox', { name: 'Arms' })).toBeChecked();
  expect(errors).toEqual([]);
});

test('the keyboard reaches a claim and its provenance', async ({ page }) => {
  await openLive(page, './');
  const point = page.locator('#casualties-2020 .chart-point').first();
  await point.focus();
  await expect(point).toBeFocused();
  const card = page.locator('#casualties-2020 .card');
  await expect(card).toContainText('Claimed by');
  await expect(card).toContainText('paragraph');
  await page.keyboard.press('Tab');
  await expect(page.locator('#casualties-2020 .chart-point').nth(1)).toBeFocused();
});

test('a figure that revises an earlier one says so in its name and its provenance card', async ({
  page,
}) => {
  await openLive(page, './');
  // Armenia's first-day claim of Azerbaijani armour destroyed: ten, later revised to 36.
  const point = page.locator('.chart-point[aria-label*="revised from “ten”"]').first();
  await point.focus();
  const section = page.locator('section.chart-section', { has: point });
  const card = section.locator('.card');
  await expect(card.locator('dt', { hasText: 'Revision' })).toBeVisible();
  await expect(card).toContainText('revised from “ten”');
  await expect(card).toContainText('36');
});

test('a redraw keeps the keyboard on the point it was on', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openLive(page, './');
  const second = page.locator('#casualties-2020 .chart-point').nth(1);
  const label = await second.getAttribute('aria-label');
  await second.focus();
  const svg = page.locator('#casualties-2020 .plot svg[role]');
  const before = await svg.getAttribute('width');
  // A narrower window redraws every chart; the focused point is replaced by a new element.
  await page.setViewportSize({ width: 700, height: 800 });
  await expect(svg).not.toHaveAttribute('width', before ?? '');
  const focused = page.locator('#casualties-2020 .chart-point:focus');
  await expect(focused).toHaveAttribute('aria-label', label ?? '');
  await page.keyboard.press('Tab');
  await expect(page.locator('#casualties-2020 .chart-point').nth(2)).toBeFocused();
});

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test(`axe finds no violations, ${scheme} mode at ${width} px, and nothing scrolls sideways`, async ({
      page,
    }, info) => {
      // axe walks every section of the page, eighteen charts and a table of 142 rows since the
      // sixth source: on a busy two-core machine that alone can take more than a minute.
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await openLive(page, './');
      await expect(page.locator('section#timeline .plot svg[role]')).toHaveCount(1);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`),
      ).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: info.outputPath(`dashboard-${scheme}-${width}.png`),
        fullPage: true,
      });
    });
  }
}

test('the Methodology section states the rules the engine applies, in its words', async ({
  page,
}) => {
  await openLive(page, './');
  const methodology = page.locator('#methodology');
  for (const words of [
    'agree',
    'contradict',
    'misquote',
    'updated',
    'revised',
    'too vague to compare',
    'not comparable',
    'one voice, not corroboration',
    'no later than',
  ]) {
    await expect(methodology, words).toContainText(words);
  }
  await expect(methodology).not.toContainText('real contradiction');
});

test('the Methodology section links to the published notebooks, with their tables and charts', async ({
  page,
}) => {
  await openLive(page, './');
  const links = page.locator('a[href*="notebooks/"]');
  await expect(links).toHaveCount(4);
  const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.some((h) => h.endsWith('notebooks/sipri.html'))).toBe(true);
  for (const href of hrefs) {
    const response = await page.goto(href);
    expect(response?.status(), href).toBe(200);
    // A notebook's own page (the preview server answers unknown paths with the dashboard).
    await expect(page.locator('table.ledger'), href).toHaveCount(0);
    await expect(page.locator('h1').first(), href).not.toBeEmpty();
    await expect(page.locator('table').first(), href).toBeVisible();
  }
  // The contradictions notebook draws a Plot chart per topic.
  expect(hrefs.some((h) => h.endsWith('contradictions.html'))).toBe(true);
  await page.goto(hrefs.find((h) => h.endsWith('contradictions.html')) ?? '');
  expect(await page.locator('svg').count()).toBeGreaterThan(3);
});

test("the SIPRI charts draw the database's series under the printed figures, and a printed figure's details say what the database gives", async ({
  page,
}) => {
  const sipri = model.sipri;
  if (!sipri) throw new Error('data/ has no SIPRI reference');
  await openLive(page, './');
  const deliveries = page.locator('section#sipri-deliveries');
  // A bar per year with deliveries, and one bracket per printed figure (the summary's repeat of
  // US$ 375 million is the same bracket).
  expect(await deliveries.locator('.plot svg rect').count()).toBeGreaterThanOrEqual(
    sipri.deliveries.filter((d) => d.tiv > 0).length,
  );
  await expect(deliveries.locator('.chart-point')).toHaveCount(2);
  await deliveries.locator('.chart-point').first().focus();
  const card = deliveries.locator('.card');
  await expect(card).toContainText('US$ 375 million');
  await expect(card).toContainText('Claimed by');
  await expect(card).toContainText('paragraph 2');
  await expect(card.locator('dt', { hasText: 'Database' })).toBeVisible();
  await expect(card).toContainText('as 425 million TIV, not US$ 375 million as printed');
  await expect(deliveries.locator('.finding')).toContainText(
    'the database gives 425 million TIV for those years',
  );

  const shares = page.locator('section#sipri-shares');
  // The database's line, and the printed shares as points.
  await expect(shares.locator('.plot svg path').first()).toBeAttached();
  await expect(shares.locator('.chart-point')).toHaveCount(sipri.printedShares.length);
  await shares.locator('.chart-point').nth(1).focus();
  await expect(shares.locator('.card')).toContainText('nearly 70%');
  await expect(shares.locator('.card')).toContainText('gives Israel 68 % (67.7 %)');
  await page.keyboard.press('Escape');
  await expect(shares.locator('.card')).toHaveCount(0);

  // One outlet's figures only: its printed share stays, the printed sums leave.
  await openLive(page, './?publisher=The%20Times%20of%20Israel');
  const shown = filterClaims(model.claims, { ...NO_FILTERS, publisher: ['The Times of Israel'] });
  const expected = buildSections(model, engineLookups(model), shown, false);
  await expect(page.locator('section#sipri-deliveries .empty')).toBeVisible();
  await expect(page.locator('section#sipri-shares .chart-point')).toHaveCount(1);
  for (const id of ['sipri-deliveries', 'sipri-shares'] as const) {
    const section = expected.find((s) => s.id === id);
    const chart = page.locator(`section#${id}`);
    if (section?.empty) await expect(chart.locator('.empty'), id).toBeVisible();
    else
      await expect(chart.locator('.chart-point'), id).toHaveCount(
        section?.points.data.length ?? -1,
      );
  }
});

test('a filter redraws only the charts whose data it changes', async ({ page }) => {
  await openLive(page, './');
  // Charts out of view redraw at the reader's width when the browser is idle (at most 500 ms
  // after Plot arrives): let them, so the probes below mark those drawings, not the prerendered.
  await page.evaluate(
    () =>
      new Promise((done) => setTimeout(() => requestIdleCallback(done, { timeout: 2000 }), 700)),
  );
  const drawn = (id: string) => page.locator(`section#${id} .plot > *`);
  for (const id of ['arms-values', 'arms-shares', 'disputes'])
    await drawn(id).evaluate((node) => node.setAttribute('data-probe', 'before'));
  // Only arms figures: the two arms charts show the same claims as before; the disputes chart
  // has none of its disputes left and gives way to its message.
  await page.getByLabel('Arms', { exact: true }).check();
  await expect(count(page)).not.toHaveText(`Showing ${claims.length} of ${claims.length} figures`);
  await expect(page.locator('section#disputes .empty')).toContainText(
    'No quantity among the figures shown is disputed',
  );
  await expect(drawn('arms-values')).toHaveAttribute('data-probe', 'before');
  await expect(drawn('arms-shares')).toHaveAttribute('data-probe', 'before');
  // A new width is a new drawing, for every chart.
  await page.setViewportSize({ width: 700, height: 900 });
  await expect(drawn('arms-values')).not.toHaveAttribute('data-probe');
});

test('a chart out of view when the filters change shows the new data once the reader gets there', async ({
  page,
}) => {
  await openLive(page, './');
  await page.getByRole('checkbox', { name: 'Armenian side', exact: true }).check();
  await expect(page).toHaveURL(/side=armenia/);
  const filtered = filterClaims(model.claims, { ...NO_FILTERS, side: ['armenia'] });
  const expected = buildSections(model, engineLookups(model), filtered, false);
  // The last charts are far below the filters: they redraw when the browser is idle, or as the
  // reader scrolls to them.
  for (const id of ['casualties-2023', 'timeline'] as const) {
    const section = expected.find((s) => s.id === id);
    const chart = page.locator(`section#${id}`);
    await chart.scrollIntoViewIfNeeded();
    if (section?.empty) await expect(chart.locator('.empty'), id).toBeVisible();
    else
      await expect(chart.locator('.chart-point'), id).toHaveCount(
        section?.points.data.length ?? -1,
      );
  }
});

/** Relative luminance of a CSS rgb() colour, for WCAG contrast ratios. */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};

for (const [scheme, width] of [
  ['light', 1280],
  ['dark', 375],
] as const) {
  test(`a point reached by keyboard shows its provenance beside it, with a ring that stands out (${scheme}, ${width} px)`, async ({
    page,
  }, info) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height: 800 });
    await openLive(page, './');
    // Start from the chart's finding and Tab into the chart, as a keyboard user does.
    await page.locator('#casualties-2020 .finding').click();
    await page.keyboard.press('Tab');
    const points = page.locator('#casualties-2020 .chart-point');
    await expect(points.first()).toBeFocused();
    for (const step of [0, 1, 2]) {
      if (step > 0) await page.keyboard.press('Tab');
      const point = points.nth(step);
      await expect(point).toBeFocused();
      const card = page.locator('#casualties-2020 .card');
      await expect(card).toContainText('Claimed by');
      // The box the details are shown in (on a short screen they scroll inside it).
      const box = await page.locator('#casualties-2020 .callout').boundingBox();
      const at = await point.boundingBox();
      const viewport = page.viewportSize() ?? { width: 0, height: 0 };
      if (!box || !at) throw new Error('no box');
      // Whole and on screen, and right beside the point (above or below it).
      // Layout places boxes at fractions of a pixel: allow less than one pixel either way.
      expect(box.y).toBeGreaterThan(-1);
      expect(box.y + box.height).toBeLessThan(viewport.height + 1);
      const gap = Math.min(
        Math.abs(box.y - (at.y + at.height)),
        Math.abs(at.y - (box.y + box.height)),
      );
      expect(gap, `point ${step}`).toBeLessThanOrEqual(16);
    }
    // The ring: next to the fill the page's background, around it the page's text colour; each
    // at least 3:1 against what it stands next to.
    const ring = await points.nth(2).evaluate((el) => {
      const style = getComputedStyle(el);
      return {
        fill: style.fill,
        stroke: style.stroke,
        strokeWidth: parseFloat(style.strokeWidth),
        outline: style.outlineStyle,
        outlineColour: style.outlineColor,
        page: getComputedStyle(document.documentElement).backgroundColor,
      };
    });
    expect(ring.outline).toBe('solid');
    expect(ring.strokeWidth).toBeGreaterThanOrEqual(2);
    expect(contrast(ring.stroke, ring.fill)).toBeGreaterThanOrEqual(3);
    expect(contrast(ring.outlineColour, ring.page)).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: info.outputPath(`keyboard-provenance-${scheme}-${width}.png`) });
  });
}
