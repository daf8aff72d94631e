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
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { Resvg } from '@resvg/resvg-js';
import { readLedger } from '../src/lib/data/readLedgerFiles.ts';
import { buildModel } from '../src/lib/view/buildModel.ts';
import { buildSections, engineLookups } from '../src/lib/view/sections.ts';
import { sectionImageSvg } from '../src/lib/view/sectionImage.ts';
import { toCsv } from '../src/lib/download/toCsv.ts';
import { CLAIM_EXPORT_COLUMNS } from '../src/lib/view/exportColumns.ts';
import { addPngText } from '../src/lib/download/pngText.ts';

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

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * The hashes of every inline <style> element and style attribute Plot puts in the pages, so the
 * policy can allow exactly those and no other inline style.
 */
function styleHashes(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) found.add(sha256(m[1] ?? ''));
  for (const m of html.matchAll(/\sstyle="([^"]*)"/g)) found.add(sha256(decode(m[1] ?? '')));
  return [...found].sort();
}

// Every page gets one policy, built from all prerendered charts: a page may draw any of them.
let policyHashes: string[] = [];

function csp(): string {
  // Plot draws each chart with a <style> element of its own, the same text on every draw, and its
  // legends carry a few style attributes: the policy lists their hashes ('unsafe-hashes' lets a
  // hash cover a style attribute) instead of allowing any inline style.
  const hashes = ["'unsafe-hashes'", ...policyHashes].join(' ');
  return [
    "default-src 'none'",
    // Only the site's own script files: no inline script, no eval (the pages ship no Arquero,
    // whose expressions compile with the Function constructor; the model is built at build time).
    "script-src 'self'",
    `style-src 'self' ${hashes}`,
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

function absolute(path: string): string {
  return siteUrl ? new URL(path, siteUrl).href : path;
}

function page(template: string, body: string, head: string): string {
  if (!template.includes('<div id="app"></div>'))
    throw new Error('template has no empty <div id="app"></div>');
  const withBody = template.replace('<div id="app"></div>', `<div id="app">${body}</div>`);
  const policy = `<meta http-equiv="Content-Security-Policy" content="${csp()}" />`;
  return withBody.replace(
    '<meta charset="utf-8" />',
    `<meta charset="utf-8" />\n    ${policy}${head}`,
  );
}

const indexTemplate = readFileSync(join(dist, 'index.html'), 'utf8');
const embedTemplate = readFileSync(join(dist, 'embed.html'), 'utf8');
const dashboardBody = entry.renderDashboard(siteUrl || undefined);
const embedBodies = new Map(entry.CHART_IDS.map((id) => [id, entry.renderEmbed(id)]));
policyHashes = styleHashes([dashboardBody, ...embedBodies.values()].join('\n'));

// The dashboard.
writeAtomic(join(dist, 'index.html'), page(indexTemplate, dashboardBody, ''));

// The generic embed (draws any chart with JavaScript) keeps its template, with the policy added.
writeAtomic(join(dist, 'embed.html'), page(embedTemplate, '', ''));

// One prerendered page per chart, one folder down: its asset addresses move up a level.
const model = buildModel(readLedger(dataDir));
const sections = buildSections(model, engineLookups(model), model.claims, true);
const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
mkdirSync(join(dist, 'embed'), { recursive: true });
mkdirSync(join(dist, 'og'), { recursive: true });
// One folder down, asset addresses move up a level; the note for script-less readers of the
// generic page does not apply to a page that carries its chart.
const oneLevelDown = embedTemplate
  .replaceAll('"./', '"../')
  .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '');
for (const id of entry.CHART_IDS) {
  const section = sections.find((s) => s.id === id);
  if (!section) throw new Error(`no section for chart ${id}`);
  const escape = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const head = [
    `<meta name="ledger-chart" content="${id}" />`,
    '<meta name="ledger-root" content="../" />',
    `<link rel="canonical" href="${escape(absolute(`index.html#${id}`).replace(/^index/, '../index'))}" />`,
    `<meta property="og:title" content="${escape(section.title)}" />`,
    `<meta property="og:description" content="${escape(section.finding)}" />`,
    `<meta property="og:image" content="${escape(siteUrl ? absolute(`og/${id}.png`) : `../og/${id}.png`)}" />`,
    `<meta name="description" content="${escape(section.finding)}" />`,
  ]
    .map((line) => `\n    ${line}`)
    .join('');
  const html = page(oneLevelDown, embedBodies.get(id) ?? '', head).replace(
    /<title>[^<]*<\/title>/,
    `<title>${escape(section.title)}: the Karabakh arms ledger</title>`,
  );
  writeAtomic(join(dist, 'embed', `${id}.html`), html);

  const svg = sectionImageSvg(section, { width: OG_WIDTH, theme: 'light', document });
  const png = new Resvg(svg, {
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

// The data, for "Get the data" links that work without JavaScript.
mkdirSync(join(dist, 'data'), { recursive: true });
const claims = model.claims as unknown as Record<string, unknown>[];
writeAtomic(
  join(dist, 'data', 'claims-with-sources.csv'),
  toCsv(claims, [...CLAIM_EXPORT_COLUMNS]),
);
// Every table the descriptor names (the SIPRI reference table included), so the published Data
// Package is whole.
const descriptorFile = join(dataDir, 'datapackage.json');
const { resources } = JSON.parse(readFileSync(descriptorFile, 'utf8')) as {
  resources: { path: string }[];
};
for (const name of [...resources.map((r) => r.path), 'datapackage.json', 'README.md']) {
  mkdirSync(dirname(join(dist, 'data', name)), { recursive: true });
  writeAtomic(join(dist, 'data', name), readFileSync(join(dataDir, name)));
}
console.log(
  `Prerendered index.html and ${entry.CHART_IDS.length} embed pages (${entry.CHART_IDS.join(', ')}) with og:images into ${dist}.`,
);
