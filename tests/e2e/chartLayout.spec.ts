/**
 * Every chart on the dashboard, measured in a real browser at a phone's width, a small phone's
 * (and 200 % zoom of a 640 px window), a tablet's and a laptop's: no chart text under 12 px as
 * rendered (the drawing may be scaled down to its column), no two labels overlapping, no label
 * crossing a mark (a dot, an interval line, an arrow, a bar), and no label outside the chart's
 * drawing, where a phone would cut it. A failure names the chart, the width and the text.
 *
 * Then a screenshot of every chart at 375 and 1280 px, light and dark, attached to the test for
 * visual review.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { CHART_IDS } from './chartIds.ts';
import { openLive } from './live.ts';

const WIDTHS = [320, 375, 768, 1280] as const;
/** The smallest text a chart may draw, in CSS pixels as shown. */
const MIN_FONT = 12;

interface Problem {
  kind: 'small text' | 'labels overlap' | 'label crosses mark' | 'label outside chart';
  text: string;
  detail: string;
}

async function openAt(browser: Browser, width: number, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  await openLive(page, './');
  return page;
}

/** Bring a chart into view and wait until it is drawn at its column's width. */
async function drawn(page: Page, id: string) {
  const plot = page.locator(`section#${id} .plot`);
  await plot.scrollIntoViewIfNeeded();
  await expect
    .poll(
      () =>
        plot.evaluate((node) => {
          const svg = node.querySelector(':scope > svg, :scope > figure > svg');
          const w = Number(svg?.getAttribute('width'));
          return Math.abs(w - Math.round(node.getBoundingClientRect().width));
        }),
      { message: `${id} drawn at its column's width` },
    )
    .toBeLessThanOrEqual(1);
}

/** Runs in the page: every problem in one chart's drawing. */
function measure({ id, minFont }: { id: string; minFont: number }): Problem[] {
  const plot = document.querySelector(`section#${CSS.escape(id)} .plot`);
  const svg = plot?.querySelector<SVGSVGElement>(':scope > svg, :scope > figure > svg');
  if (!svg) return [{ kind: 'label outside chart', text: '', detail: 'no chart drawn' }];
  const frame = svg.getBoundingClientRect();
  const scale = frame.width / (svg.viewBox.baseVal?.width || frame.width);
  const problems: Problem[] = [];
  // A line of text: a tspan of a wrapped label, or the text element itself.
  const lines: { el: Element; owner: Element; text: string; box: DOMRect }[] = [];
  for (const text of svg.querySelectorAll('text')) {
    const whole = (text.textContent ?? '').trim();
    if (!whole) continue;
    const size = parseFloat(getComputedStyle(text).fontSize) * scale;
    if (size < minFont - 0.01)
      problems.push({ kind: 'small text', text: whole, detail: `${size.toFixed(1)} px` });
    const spans = [...text.querySelectorAll('tspan')].filter((t) => (t.textContent ?? '').trim());
    for (const el of spans.length ? spans : [text]) {
      lines.push({
        el,
        owner: text,
        text: (el.textContent ?? '').trim(),
        box: el.getBoundingClientRect(),
      });
    }
  }
  const overlap = (a: DOMRect, b: DOMRect): [number, number] => [
    Math.min(a.right, b.right) - Math.max(a.left, b.left),
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top),
  ];
  // Glyph boxes include the font's leading: two lines set edge to edge may touch by a pixel or two.
  const TOUCH = 2;
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!;
    for (let j = i + 1; j < lines.length; j++) {
      const b = lines[j]!;
      if (a.owner === b.owner) continue;
      const [w, h] = overlap(a.box, b.box);
      if (w > TOUCH && h > TOUCH)
        problems.push({ kind: 'labels overlap', text: a.text, detail: `with “${b.text}”` });
    }
    const { box } = a;
    if (
      box.left < frame.left - 1 ||
      box.right > frame.right + 1 ||
      box.top < frame.top - 1 ||
      box.bottom > frame.bottom + 1
    )
      problems.push({
        kind: 'label outside chart',
        text: a.text,
        detail: `box ${Math.round(box.left - frame.left)}…${Math.round(box.right - frame.left)} × ${Math.round(box.top - frame.top)}…${Math.round(box.bottom - frame.top)} in a ${Math.round(frame.width)} × ${Math.round(frame.height)} chart`,
      });
  }
  // Marks a label must not sit on: points, interval lines, arrows, bars; not the grid and axis
  // lines the charts draw as guides (class chart-guide). A line's box has no thickness, so every
  // mark's box is grown by the width of its stroke.
  const MARKS = ['dot', 'rule', 'arrow', 'bar', 'rect'];
  for (const group of svg.querySelectorAll('g[data-mark]')) {
    const kind = group.getAttribute('data-mark') ?? '';
    if (!MARKS.includes(kind) || group.classList.contains('chart-guide')) continue;
    for (const mark of group.querySelectorAll('circle, path, line, rect')) {
      const r = mark.getBoundingClientRect();
      const grow = 1.5;
      const box = new DOMRect(r.left - grow, r.top - grow, r.width + 2 * grow, r.height + 2 * grow);
      for (const line of lines) {
        const [w, h] = overlap(line.box, box);
        // A label crossed along its height, not merely grazed at the edge of its line box.
        if (w > TOUCH && h > Math.min(TOUCH + 1, line.box.height / 2))
          problems.push({ kind: 'label crosses mark', text: line.text, detail: `a ${kind}` });
      }
    }
  }
  return problems;
}

for (const width of WIDTHS) {
  test(`every chart at ${width} px: legible text, no overlapping, crossed or clipped label`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const page = await openAt(browser, width);
    const found: string[] = [];
    for (const id of CHART_IDS) {
      await drawn(page, id);
      const problems = await page.evaluate(measure, { id, minFont: MIN_FONT });
      for (const p of problems)
        found.push(`${id} @ ${width} px: ${p.kind}: “${p.text}” ${p.detail}`);
    }
    await page.context().close();
    expect(found, found.join('\n')).toEqual([]);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test(`screenshots of every chart at ${width} px, ${colorScheme}`, async ({ browser }, info) => {
      test.setTimeout(120_000);
      const page = await openAt(browser, width, colorScheme);
      // Sections off screen skip painting (content-visibility): a screenshot of a section taller
      // than the window would come out blank.
      await page.evaluate(() => {
        for (const s of document.querySelectorAll('section')) s.style.contentVisibility = 'visible';
      });
      for (const id of CHART_IDS) {
        await drawn(page, id);
        // Kept under test-results for review, and attached to the test's report.
        const path = info.outputPath(`${id}-${width}-${colorScheme}.png`);
        await page.locator(`section#${id}`).screenshot({ path, animations: 'disabled' });
        await info.attach(`${id}-${width}-${colorScheme}.png`, { path, contentType: 'image/png' });
      }
      await page.context().close();
    });
  }
}
