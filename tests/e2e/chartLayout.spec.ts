/**
 * Every chart on the dashboard, measured in a real browser from a small phone's width to a wide
 * laptop's, and at 200 % zoom: no chart text under 12 px as rendered (the drawing may be scaled
 * down to its column), no two labels overlapping, no label crossing a mark (a dot, an interval
 * line, an arrow, a bar, a line of a line chart, traced along its stroke), and no label outside the
 * chart's drawing, where a phone would cut it. The charts lay their labels out with an estimate
 * of text widths (charts/typeScale.ts): the test checks the estimate against the widths the
 * browser measures, so a label the layout thinks fits does fit. A failure names the chart, the
 * width and the text.
 *
 * Then a screenshot of every chart at 375 and 1280 px, light and dark, attached to the test for
 * visual review.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { CHART_IDS } from './chartIds.ts';
import { openLive } from './live.ts';
import { textWidth } from '../../src/lib/charts/typeScale.ts';

const WIDTHS = [320, 375, 768, 1280, 1440] as const;
/**
 * Browser zoom at 200 %: the window's CSS pixels halve and each is drawn with two device pixels.
 * Zooming a 1280 px window gives a 640 px layout; zooming a 640 px window (a small laptop window
 * or a large phone turned sideways) gives the 320 px layout the issue names. A 1280 px window at
 * device scale 2 is not zoom: its layout stays 1280 px wide.
 */
const ZOOMS = [
  { window: 1280, zoom: 2 },
  { window: 640, zoom: 2 },
] as const;
/** The smallest text a chart may draw, in CSS pixels as shown. */
const MIN_FONT = 12;

interface Problem {
  kind: 'small text' | 'labels overlap' | 'label crosses mark' | 'label outside chart';
  text: string;
  detail: string;
}

async function openAt(
  browser: Browser,
  width: number,
  colorScheme: 'light' | 'dark' = 'light',
  zoom = 1,
) {
  const context = await browser.newContext({
    viewport: { width: Math.round(width / zoom), height: Math.round(900 / zoom) },
    deviceScaleFactor: zoom,
    colorScheme,
  });
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
  // Marks a label must not sit on: points, interval lines, arrows, bars, the lines of a line
  // chart; not the grid and axis lines the charts draw as guides (class chart-guide). A filled
  // shape (a dot, a bar) is its box, grown by its stroke; a stroked line or path is traced along
  // its length, so a diagonal line is where it runs, not the box around it.
  const MARKS = ['dot', 'rule', 'arrow', 'bar', 'rect', 'line', 'link', 'tick', 'area'];
  const crossed = (line: (typeof lines)[number], x: number, y: number, pad: number) => {
    const { box } = line;
    const inset = Math.min(TOUCH + 1, box.height / 4);
    return (
      x + pad > box.left + TOUCH &&
      x - pad < box.right - TOUCH &&
      y + pad > box.top + inset &&
      y - pad < box.bottom - inset
    );
  };
  for (const group of svg.querySelectorAll('g[data-mark]')) {
    const kind = group.getAttribute('data-mark') ?? '';
    if (!MARKS.includes(kind) || group.classList.contains('chart-guide')) continue;
    for (const mark of group.querySelectorAll<SVGGeometryElement>(
      'circle, ellipse, path, line, polyline, polygon, rect',
    )) {
      const style = getComputedStyle(mark);
      const stroked = style.fill === 'none' || kind === 'rule' || kind === 'tick';
      const hit = new Set<(typeof lines)[number]>();
      if (stroked) {
        const ctm = mark.getScreenCTM();
        const length = mark.getTotalLength();
        if (!ctm || !Number.isFinite(length)) continue;
        const pad = ((parseFloat(style.strokeWidth) || 1) / 2) * scale;
        for (let at = 0; at <= length; at += Math.max(1, length / 2000)) {
          const p = mark.getPointAtLength(at).matrixTransform(ctm);
          for (const line of lines)
            if (!hit.has(line) && crossed(line, p.x, p.y, pad)) hit.add(line);
        }
      } else {
        const r = mark.getBoundingClientRect();
        const grow = 1.5;
        const box = new DOMRect(
          r.left - grow,
          r.top - grow,
          r.width + 2 * grow,
          r.height + 2 * grow,
        );
        for (const line of lines) {
          const [w, h] = overlap(line.box, box);
          // A label crossed along its height, not merely grazed at the edge of its line box.
          if (w > TOUCH && h > Math.min(TOUCH + 1, line.box.height / 2)) hit.add(line);
        }
      }
      for (const line of hit)
        problems.push({ kind: 'label crosses mark', text: line.text, detail: `a ${kind}` });
    }
  }
  return problems;
}

/** Runs in the page: each line of chart text, its size and weight, and its width as drawn. */
function textLines(id: string) {
  const svg = document
    .querySelector(`section#${CSS.escape(id)} .plot`)
    ?.querySelector<SVGSVGElement>(':scope > svg, :scope > figure > svg');
  if (!svg) return [];
  const out: { text: string; size: number; bold: boolean; width: number }[] = [];
  for (const text of svg.querySelectorAll('text')) {
    const spans = [...text.querySelectorAll('tspan')].filter((t) => (t.textContent ?? '').trim());
    for (const el of spans.length ? spans : [text]) {
      const content = el.textContent ?? '';
      if (!content.trim()) continue;
      const style = getComputedStyle(el);
      // In the drawing's own units, as the layout estimated it.
      out.push({
        text: content,
        size: parseFloat(style.fontSize),
        bold: Number(style.fontWeight) >= 600,
        width: (el as SVGTextContentElement).getComputedTextLength(),
      });
    }
  }
  return out;
}

/** Every chart's drawing on one page: its layout problems and its text widths against the estimate. */
async function check(page: Page, label: string): Promise<string[]> {
  const found: string[] = [];
  for (const id of CHART_IDS) {
    await drawn(page, id);
    const problems = await page.evaluate(measure, { id, minFont: MIN_FONT });
    for (const p of problems) found.push(`${id} @ ${label}: ${p.kind}: “${p.text}” ${p.detail}`);
    // The layout's estimate of a text's width may be generous, never short: a label it
    // thinks fits beside a mark must fit as drawn.
    for (const line of await page.evaluate(textLines, id)) {
      const estimate = textWidth(line.text, line.size, line.bold);
      if (line.width > estimate + 0.5)
        found.push(
          `${id} @ ${label}: width estimate short: “${line.text}” drawn ${line.width.toFixed(1)} px, estimated ${estimate.toFixed(1)} px`,
        );
    }
  }
  return found;
}

test('the layout check finds a label on a line, a dot or another label, and passes a clear one', async ({
  page,
}) => {
  const chart = (body: string) =>
    `<section id="probe"><div class="plot"><svg width="300" height="120" viewBox="0 0 300 120" style="font: 13px sans-serif">${body}</svg></div></section>`;
  const line =
    '<g data-mark="line"><path d="M0,120L300,0" fill="none" stroke="black" stroke-width="2"></path></g>';
  const cases = [
    // A diagonal line through the middle of a label.
    { body: `${line}<text x="110" y="70">across the line</text>`, kind: 'label crosses mark' },
    // Inside the line's bounding box, but clear of the line itself.
    { body: `${line}<text x="10" y="20">clear of it</text>`, kind: null },
    {
      body: '<g data-mark="dot"><circle cx="60" cy="60" r="6" fill="black"></circle></g><text x="40" y="65">on a dot</text>',
      kind: 'label crosses mark',
    },
    {
      body: '<text x="20" y="60">one label</text><text x="40" y="62">another</text>',
      kind: 'labels overlap',
    },
  ];
  for (const { body, kind } of cases) {
    await page.setContent(chart(body));
    const problems = await page.evaluate(measure, { id: 'probe', minFont: MIN_FONT });
    expect(
      problems.map((p) => p.kind),
      body,
    ).toEqual(kind ? expect.arrayContaining([kind]) : []);
  }
});

for (const width of WIDTHS) {
  test(`every chart at ${width} px: legible text, no overlapping, crossed or clipped label`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const page = await openAt(browser, width);
    const found = await check(page, `${width} px`);
    await page.context().close();
    expect(found, found.join('\n')).toEqual([]);
  });
}

for (const { window, zoom } of ZOOMS) {
  const layout = window / zoom;
  test(`every chart at ${zoom * 100} % zoom of a ${window} px window (a ${layout} px layout): legible, nothing overlaps, crosses or is clipped`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const page = await openAt(browser, window, 'light', zoom);
    expect(await page.evaluate(() => [innerWidth, devicePixelRatio])).toEqual([layout, zoom]);
    const found = await check(page, `${zoom * 100} % of ${window} px`);
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
