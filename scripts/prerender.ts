/**
 * After `vite build`: put each chart's default view, drawn as SVG at build time, into the HTML of
 * the dashboard and of one embed page per chart; give every page a Content-Security-Policy; render
 * each chart's og:image; and publish the data files beside the site.
 *
 * Usage: tsx scripts/prerender.ts [--dist dist] [--server dist-server]
 * Set LEDGER_SITE_URL (e.g. https://example.org/ledger/) to write absolute canonical and og:image
 * addresses; without it they are relative, which browsers accept and some link previews do not.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { Resvg } from '@resvg/resvg-js';
import { readModel } from '../src/lib/view/readModel.ts';
import { buildSections, engineLookups } from '../src/lib/view/sections.ts';
import { sectionImageSvg } from '../src/lib/view/sectionImage.ts';
import { publishedDataFiles } from '../src/lib/download/publishedData.ts';
import { addPngText } from '../src/lib/download/pngText.ts';
import { escapeAttribute, escapeText } from '../src/lib/format/serializeHtml.ts';
import { checkPage } from '../src/lib/prerender/checkPage.ts';
import { inlineStyles } from '../src/lib/prerender/inlineStyles.ts';
import { contentSecurityPolicy } from '../src/lib/security/contentSecurityPolicy.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
};
const dist = resolve(arg('--dist', 'dist'));
const server = resolve(arg('--server', 'dist-server'));
const siteUrl = process.env.LEDGER_SITE_URL ?? '';
// The ledger folder, as in vite.config.ts: LEDGER_DATA or data/.
const dataDir = process.env.LEDGER_DATA ?? 'data';
const OG_WIDTH = 600;

interface ServerEntry {
  renderDashboard(siteUrl?: string): string;
  renderEmbed(chartId: string): string;
  CHART_IDS: readonly string[];
}
const entry = (await import(pathToFileURL(join(server, 'entry-server.js')).href)) as ServerEntry;

/** Write through a temporary file, so a failed run never leaves a half-written page. */
function writeAtomic(path: string, data: string | Uint8Array) {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The hashes of every inline <style> element and style attribute Plot puts in the pages, read
 * as the browser reads them, so the policy can allow exactly those and no other inline style.
 */
function styleHashes(html: string): string[] {
  return [...new Set(inlineStyles(html).map(sha256))].sort();
}

// Every page gets one policy, built from all prerendered charts: a page may draw any of them.
let policyHashes: string[] = [];

function csp(): string {
  // Plot draws each chart with a <style> element of its own, the same text on every draw, and its
  // legends carry a few style attributes: the policy lists their hashes ('unsafe-hashes' lets a
  // hash cover a style attribute) instead of allowing any inline style.
  // Only the site's own script files: no inline script, no eval (the pages ship no Arquero, whose
  // expressions compile with the Function constructor; the model is built at build time).
  return contentSecurityPolicy(policyHashes, "'self'");
}

function absolute(path: string): string {
  return siteUrl ? new URL(path, siteUrl).href : path;
}

/**
 * Put `insert` in place of the first `marker` in `text`. By slicing, never
 * `String.replace(marker, insert)`, which reads `$&`, `$'` and `` $` `` in ledger text as
 * patterns and pastes pieces of the template into the page.
 */
function splice(text: string, marker: string, insert: string): string {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`template has no ${marker}`);
  return text.slice(0, at) + insert + text.slice(at + marker.length);
}

function page(template: string, body: string, head: string): string {
  const withBody = splice(template, '<div id="app"></div>', `<div id="app">${body}</div>`);
  const policy = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp())}" />`;
  return splice(
    withBody,
    '<meta charset="utf-8" />',
    `<meta charset="utf-8" />\n    ${policy}${head}`,
  );
}

/** A page's <script src> is the site's own: a relative address of a script file in the build. */
function ownScript(pagePath: string) {
  return (src: string) => {
    if (/^[a-z][a-z\d+.-]*:|^\/\/|[?#\\]/i.test(src) || !src.endsWith('.js')) return false;
    const file = resolve(dist, dirname(pagePath), src);
    return file.startsWith(`${dist}${sep}`) && existsSync(file);
  };
}

/** The build stops, naming the page, if text from the ledger became markup in any page. */
function checkPages(pages: Map<string, string>): void {
  const problems = [...pages].flatMap(([path, html]) =>
    checkPage(html, { isOwnScript: ownScript(path) }).map((p) => `  ${join(dist, path)}: ${p}`),
  );
  if (problems.length === 0) return;
  console.error(
    `Prerender refused to write the pages: ledger text became markup.\n${problems.join('\n')}`,
  );
  process.exit(1);
}

const indexTemplate = readFileSync(join(dist, 'index.html'), 'utf8');
const embedTemplate = readFileSync(join(dist, 'embed.html'), 'utf8');
const dashboardBody = entry.renderDashboard(siteUrl || undefined);
const embedBodies = new Map(entry.CHART_IDS.map((id) => [id, entry.renderEmbed(id)]));
policyHashes = styleHashes([dashboardBody, ...embedBodies.values()].join('\n'));

/** Every page to write, by its path in the build; checked together, then written. */
const pages = new Map<string, string>();
// The dashboard.
pages.set('index.html', page(indexTemplate, dashboardBody, ''));
// The generic embed (draws any chart with JavaScript) keeps its template, with the policy added.
pages.set('embed.html', page(embedTemplate, '', ''));

// One prerendered page per chart, one folder down: its asset addresses move up a level.
const model = readModel(dataDir);
const sections = buildSections(model, engineLookups(model), model.claims, true);
const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
mkdirSync(join(dist, 'embed'), { recursive: true });
mkdirSync(join(dist, 'og'), { recursive: true });
// One folder down, asset addresses move up a level; the note for script-less readers of the
// generic page does not apply to a page that carries its chart.
const oneLevelDown = embedTemplate
  .replaceAll('"./', '"../')
  .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '');
const sectionOf = (id: string) => {
  const section = sections.find((s) => s.id === id);
  if (!section) throw new Error(`no section for chart ${id}`);
  return section;
};
// The template's own title, replaced with each chart's.
const templateTitle = /<title>[^<]*<\/title>/.exec(oneLevelDown)?.[0];
if (!templateTitle) throw new Error('the embed template has no <title>');
/** A <meta> element; its content is escaped, since titles and findings hold ledger text. */
const meta = (key: 'name' | 'property', name: string, content: string) =>
  `<meta ${key}="${name}" content="${escapeAttribute(content)}" />`;
for (const id of entry.CHART_IDS) {
  const section = sectionOf(id);
  const canonical = absolute(`index.html#${id}`).replace(/^index/, '../index');
  const head = [
    meta('name', 'ledger-chart', id),
    meta('name', 'ledger-root', '../'),
    `<link rel="canonical" href="${escapeAttribute(canonical)}" />`,
    meta('property', 'og:title', section.title),
    meta('property', 'og:description', section.finding),
    meta('property', 'og:image', siteUrl ? absolute(`og/${id}.png`) : `../og/${id}.png`),
    meta('name', 'description', section.finding),
  ]
    .map((line) => `\n    ${line}`)
    .join('');
  const title = `<title>${escapeText(section.title)}: the Karabakh arms ledger</title>`;
  pages.set(
    `embed/${id}.html`,
    page(splice(oneLevelDown, templateTitle, title), embedBodies.get(id) ?? '', head),
  );
}

checkPages(pages);
for (const [path, html] of pages) writeAtomic(join(dist, path), html);

// Each chart's og:image.
for (const id of entry.CHART_IDS) {
  const section = sectionOf(id);
  const svg = sectionImageSvg(section, { width: OG_WIDTH, theme: 'light', document });
  // Characters XML does not allow (a control character in ledger text) would stop resvg.
  const xmlSafe = svg.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
  const png = new Resvg(xmlSafe, {
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'width', value: 1200 },
  })
    .render()
    .asPng();
  writeAtomic(
    join(dist, 'og', `${id}.png`),
    addPngText(new Uint8Array(png), { Title: section.title, Source: section.source }),
  );
}

// The data, for "Get the data" links that work without JavaScript: every CSV through the safe writer.
mkdirSync(join(dist, 'data'), { recursive: true });
for (const file of publishedDataFiles(dataDir, model.claims)) {
  mkdirSync(dirname(join(dist, 'data', file.path)), { recursive: true });
  writeAtomic(join(dist, 'data', file.path), file.contents);
}
console.log(
  `Prerendered index.html and ${entry.CHART_IDS.length} embed pages (${entry.CHART_IDS.join(', ')}) with og:images into ${dist}.`,
);
