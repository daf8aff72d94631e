/**
 * Bytes shipped: for the dashboard (dist/index.html) and one embed page
 * (dist/embed/casualties-2020.html), the HTML, CSS and JS a reader downloads, raw, gzip (level 9)
 * and brotli (quality 11), in kB of 1,000 bytes.
 *
 * "Before interactive" is what the page needs before its chart answers the reader: the HTML, its
 * stylesheets, its scripts and everything they import statically (followed through
 * `<script src>`, `<link rel=modulepreload>`, the imports and preloads of the page's inline
 * start-up script, and the `import … from` statements inside each chunk). The dashboard's model is a data file its page fetches as it starts (model.json, the
 * row "data"); the embed's is in its classic script.
 * "Later" is what only a dynamic `import()` or a classic script loaded by another brings in, with
 * the chunks and stylesheets those import in turn (SvelteKit's table of route nodes counts only
 * the page's own nodes, named in its start-up script's `node_ids`, and the root error page, which
 * SvelteKit loads as it starts: the site has no client-side navigation, so no page ever loads
 * another route's code): the download code, and Plot, which a page
 * loads once it is live and answers the reader on its prerendered drawing
 * (src/lib/charts/plotApi.svelte.ts), to redraw at the reader's width. A page whose filters differ
 * from its prerendered view shows its chart only once Plot has arrived.
 *
 * Targets (issue 8): embed JS before interactive at most 100 kB gzip; dashboard JS in all at most
 * 180 kB gzip.
 *
 * Composition: the same build is made again with source maps, into a temporary folder (the
 * product's build is not changed), and every byte of the shipped JS is attributed to the
 * package or source folder it came from. Gzip per package is an estimate: each package's code
 * compressed on its own, scaled so the parts add up to the chunk's real gzip size.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { ROOT, round, snapshotDist } from '../site.ts';
import type { BenchOptions, BenchRow } from '../run.ts';

export const name = 'bytes';

const EMBED_PAGE = 'embed/casualties-2020.html';
const DASHBOARD_PAGE = 'index.html';
const KB = 1000;

type Kind = 'HTML' | 'CSS' | 'JS' | 'data';
type Phase = 'before interactive' | 'later';

interface Asset {
  /** Path relative to the build folder. */
  file: string;
  kind: Kind;
  phase: Phase;
}

const kindOf = (file: string): Kind | null =>
  file.endsWith('.js')
    ? 'JS'
    : file.endsWith('.css')
      ? 'CSS'
      : file.endsWith('.html')
        ? 'HTML'
        : file.endsWith('.json')
          ? 'data'
          : null;

/** `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"` in bundled output. */
const STATIC_IMPORT =
  /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
/** `import("./x.js")`, also with a template literal, as Rolldown writes it. */
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;
/**
 * A classic script beside this one, named bare (`"plotParts-x.js"`): the embed's script loads
 * Plot's so (src/lib/charts/plotApi.svelte.ts), and the embed page's first script the embed's
 * own (`"embedApp-x.js"`). Only names of files that exist count.
 */
const CLASSIC_SCRIPT = /["'`]([\w-]+\.js)["'`]/g;
/**
 * Vite's preload list for dynamic imports: `__vite__mapDeps(…m.f=["./x.js","./x.css"])`, paths
 * relative to the chunk (relative base) or to the site root (absolute base, "assets/x.js").
 */
const PRELOAD_LIST = /__vite__mapDeps=\([^)]*?m\.f=\[([^\]]*)\]/;
/** A dynamic import with its own entries of that list: `import("./x.js"),__vite__mapDeps([4,1])`. */
const PRELOADED_IMPORT =
  /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)\s*,\s*__vite__mapDeps\(\[([\d,\s]*)\]\)/g;
const QUOTED = /["'`]([^"'`]+\.(?:js|css))["'`]/g;
/** A SvelteKit route node (`nodes/3.x.js`), and the page's own (`node_ids: [0, 2]`). */
const ROUTE_NODE = /(?:^|\/)nodes\/(\d+)\.[\w-]+\.js$/;
const NODE_IDS = /\bnode_ids:\s*\[([\d,\s]*)\]/;
/** SvelteKit's root error page: its client loads it as it starts, on every page. */
const ERROR_NODE = 1;
const numbers = (list: string) =>
  list
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)
    .map(Number);
/**
 * A data file a script fetches beside the page, named bare (`"model.json"`: the dashboard's model,
 * routes/+page.ts). Only names of files that exist count; they count in the script's phase.
 */
const PAGE_DATA = /["'`]([\w-]+\.json)["'`]/g;

/** Every asset one page loads, and when. Paths are relative to `dist`. */
export function pageAssets(dist: string, page: string): Asset[] {
  const html = readFileSync(join(dist, page), 'utf8');
  const { document } = parseHTML(html);
  const pageDir = dirname(join(dist, page));
  const fromPage = (href: string) => relative(dist, resolve(pageDir, href.split(/[?#]/)[0] ?? ''));
  const found = new Map<string, Asset>();
  found.set(page, { file: page, kind: 'HTML', phase: 'before interactive' });

  const queue: { file: string; phase: Phase }[] = [];
  const add = (file: string, phase: Phase) => {
    const kind = kindOf(file);
    const known = found.get(file);
    if (!kind || !existsSync(join(dist, file))) return;
    if (known && (known.phase === 'before interactive' || phase === 'later')) return;
    found.set(file, { file, kind, phase });
    if (kind === 'JS') queue.push({ file, phase });
  };

  // Module scripts, classic ones (the embed pages) and what the inline start-up script of a
  // SvelteKit page imports and preloads once the page is painted (server/startAfterPaint.ts).
  for (const el of document.querySelectorAll('script[src]'))
    add(fromPage(el.getAttribute('src') ?? ''), 'before interactive');
  const inline = [...document.querySelectorAll('script:not([src])')]
    .map((el) => el.textContent ?? '')
    .join('\n');
  for (const m of inline.matchAll(QUOTED))
    if (m[1]?.endsWith('.js')) add(fromPage(m[1]), 'before interactive');
  const ownNodes = NODE_IDS.exec(inline);
  const isOtherRoute = (file: string) => {
    const node = ROUTE_NODE.exec(file)?.[1];
    if (node === undefined || !ownNodes) return false;
    return Number(node) !== ERROR_NODE && !numbers(ownNodes[1] as string).includes(Number(node));
  };
  for (const el of document.querySelectorAll('link[rel="modulepreload"][href]'))
    add(fromPage(el.getAttribute('href') ?? ''), 'before interactive');
  for (const el of document.querySelectorAll('link[rel="stylesheet"][href]'))
    add(fromPage(el.getAttribute('href') ?? ''), 'before interactive');

  // Static imports first, so a chunk both imported statically and dynamically counts as before.
  const later: string[] = [];
  while (queue.length > 0 || later.length > 0) {
    const next = queue.shift();
    if (!next) {
      add(later.shift() as string, 'later');
      continue;
    }
    const code = readFileSync(join(dist, next.file), 'utf8');
    const chunkDir = dirname(join(dist, next.file));
    const fromChunk = (spec: string) => relative(dist, resolve(chunkDir, spec));
    for (const m of code.matchAll(STATIC_IMPORT)) add(fromChunk(m[1] as string), next.phase);
    for (const m of code.matchAll(PAGE_DATA)) add(fromPage(m[1] as string), next.phase);
    const preloadList = [...(PRELOAD_LIST.exec(code)?.[1] ?? '').matchAll(QUOTED)].map(
      (m) => m[1] as string,
    );
    const fromList = (spec: string) =>
      spec.startsWith('.') ? fromChunk(spec) : relative(dist, resolve(dist, spec));
    const paired = [...code.matchAll(PRELOADED_IMPORT)];
    for (const m of code.matchAll(DYNAMIC_IMPORT)) {
      const file = fromChunk(m[1] as string);
      if (!isOtherRoute(file)) later.push(file);
    }
    for (const m of paired)
      if (!isOtherRoute(fromChunk(m[1] as string)))
        for (const i of numbers(m[2] as string)) {
          const spec = preloadList[i];
          if (spec) later.push(fromList(spec));
        }
    for (const m of code.matchAll(CLASSIC_SCRIPT)) {
      const file = fromChunk(m[1] as string);
      // The embed page's first script adds the embed's own after the first paint: the chart
      // answers the reader only once that has run (src/lib/embed/embedStart.ts).
      if (/(^|\/)embedApp-[\w-]+\.js$/.test(file)) add(file, next.phase);
      else later.push(file);
    }
    // A preload list whose imports are not written in the paired form: all of it counts.
    if (paired.length === 0) for (const spec of preloadList) later.push(fromList(spec));
  }
  return [...found.values()];
}

interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

const sizeCache = new Map<string, Sizes>();
function sizesOf(path: string): Sizes {
  const hit = sizeCache.get(path);
  if (hit) return hit;
  const body = readFileSync(path);
  const sizes = {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }).length,
  };
  sizeCache.set(path, sizes);
  return sizes;
}

function sumRow(
  dist: string,
  page: string,
  phase: string,
  kind: Kind,
  assets: readonly Asset[],
): BenchRow {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const a of assets) {
    const s = sizesOf(join(dist, a.file));
    total.raw += s.raw;
    total.gzip += s.gzip;
    total.brotli += s.brotli;
  }
  return {
    page,
    phase,
    kind,
    files: assets.length,
    raw_kB: round(total.raw / KB),
    gzip_kB: round(total.gzip / KB),
    brotli_kB: round(total.brotli / KB),
    assets: assets.map((a) => a.file.replace(/^assets\//, '')).join(' '),
  };
}

function pageRows(dist: string, label: string, page: string): BenchRow[] {
  const assets = pageAssets(dist, page);
  const rows: BenchRow[] = [];
  for (const phase of ['before interactive', 'later'] as const) {
    for (const kind of ['HTML', 'CSS', 'JS', 'data'] as const) {
      const some = assets.filter((a) => a.phase === phase && a.kind === kind);
      if (some.length > 0 || (kind === 'JS' && phase === 'later'))
        rows.push(sumRow(dist, label, phase, kind, some));
    }
  }
  for (const kind of ['HTML', 'CSS', 'JS', 'data'] as const)
    if (kind !== 'data' || assets.some((a) => a.kind === kind))
      rows.push(
        sumRow(
          dist,
          label,
          'in all',
          kind,
          assets.filter((a) => a.kind === kind),
        ),
      );
  return rows;
}

// ---- composition from source maps ----

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]));

/** Decode a source map's mappings: per generated line, [column, source index or -1] pairs. */
export function decodeMappings(mappings: string): [number, number][][] {
  const lines: [number, number][][] = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments: [number, number][] = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (segment === '') continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = B64_VALUE.get(char);
        if (digit === undefined) throw new Error(`bad source map character ${char}`);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        source += fields[1] ?? 0;
        segments.push([column, source]);
      } else segments.push([column, -1]);
    }
    lines.push(segments);
  }
  return lines;
}

/** Name the package or source folder a module path belongs to. */
export function groupOf(source: string): string {
  const path = source.replace(/\\/g, '/').replace(/^\0/, '');
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + 'node_modules/'.length).split('/');
    const pkg = parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? '?');
    return pkg.startsWith('d3-') ? 'd3-* (Plot)' : pkg;
  }
  const lib = /(?:^|\/)src\/lib\/([^/]+)\//.exec(path);
  if (lib) return `src/lib/${lib[1]}`;
  if (/(?:^|\/)src\/(lib\/)?[^/]+$|(?:^|\/)src\/routes\//.test(path))
    return 'src/routes, src/lib/*.svelte (pages)';
  if (/(?:^|\/)\.svelte-kit\//.test(path)) return 'SvelteKit (generated)';
  if (/(?:^|\/)data\/[^/]+\.csv/.test(path)) return 'data/*.csv (bundled ledger)';
  return '(bundler helpers)';
}

interface Part {
  raw: number;
  text: string[];
  modules: Set<string>;
}

const DATA_GROUP = 'dashboard model (virtual:ledger-model, JSON)';

/**
 * Where the dashboard model sits in a chunk: the string literal scripts/vite-plugin-classic-embed.ts
 * passes to JSON.parse (built at build time, it has no source map).
 */
function dataRanges(code: string): [number, number, string][] {
  const ranges: [number, number, string][] = [];
  for (let at = code.indexOf('JSON.parse('); at >= 0; at = code.indexOf('JSON.parse(', at + 1)) {
    const open = at + 'JSON.parse('.length;
    const quote = code[open];
    if (quote !== '"' && quote !== "'" && quote !== '`') continue;
    let close = open + 1;
    while (close < code.length && code[close] !== quote) close += code[close] === '\\' ? 2 : 1;
    // Small literals are Svelte's or a library's own; the model is tens of kB.
    if (close - open > 2000) ranges.push([open, close + 1, 'virtual:ledger-model']);
  }
  return ranges;
}

/** Attribute every byte of some built JS files to packages, with an estimate of their gzip. */
function composition(dir: string, files: readonly string[]): Map<string, Part> {
  const parts = new Map<string, Part>();
  const give = (group: string, text: string, module?: string) => {
    if (text === '') return;
    let part = parts.get(group);
    if (!part) parts.set(group, (part = { raw: 0, text: [], modules: new Set() }));
    part.raw += Buffer.byteLength(text);
    part.text.push(text);
    if (module) part.modules.add(module);
  };
  for (const file of files) {
    const code = readFileSync(join(dir, file), 'utf8').replace(
      /\n\/\/# sourceMappingURL=.*\s*$/,
      '',
    );
    // Vite's own helpers (the preload helper) come with no source map at all.
    const mapFile = join(dir, `${file}.map`);
    const map = (
      existsSync(mapFile)
        ? JSON.parse(readFileSync(mapFile, 'utf8'))
        : { sources: [], mappings: '' }
    ) as {
      sources: string[];
      mappings: string;
    };
    const groups = map.sources.map(groupOf);
    const data = dataRanges(code);
    // Code no source map covers: the bundled CSV texts where found, else "(unmapped)".
    const unmapped = (start: number, end: number) => {
      let at = start;
      for (const [from, to, csv] of data) {
        if (to <= at || from >= end) continue;
        give('(no source map: JSON, templates, glue)', code.slice(at, Math.max(at, from)));
        give(DATA_GROUP, code.slice(Math.max(at, from), Math.min(end, to)), csv);
        at = Math.min(end, to);
      }
      give('(no source map: JSON, templates, glue)', code.slice(at, end));
    };
    let lineStart = 0;
    const codeLines = code.split('\n');
    decodeMappings(map.mappings).forEach((segments, lineNo) => {
      const line = codeLines[lineNo] ?? '';
      unmapped(lineStart, lineStart + (segments[0]?.[0] ?? line.length));
      segments.forEach(([column, source], i) => {
        const start = lineStart + column;
        const end = lineStart + (segments[i + 1]?.[0] ?? line.length);
        if (source < 0) unmapped(start, end);
        else
          give(
            groups[source] ?? '(no source map: JSON, templates, glue)',
            code.slice(start, end),
            map.sources[source],
          );
      });
      lineStart += line.length + 1;
    });
    // Lines past the last mapped one.
    if (lineStart < code.length) unmapped(lineStart, code.length);
  }
  return parts;
}

function compositionRows(
  dir: string,
  label: string,
  files: readonly string[],
  top: number,
): BenchRow[] {
  const parts = composition(dir, files);
  const gzipTotal = files.reduce((sum, f) => sum + sizesOf(join(dir, f)).gzip, 0);
  const alone = new Map(
    [...parts].map(([group, p]) => [group, gzipSync(p.text.join(''), { level: 9 }).length]),
  );
  const aloneTotal = [...alone.values()].reduce((a, b) => a + b, 0);
  const ranked = [...parts]
    .map(([group, p]) => ({
      group,
      modules: p.modules.size,
      raw: p.raw,
      gzip: ((alone.get(group) ?? 0) / aloneTotal) * gzipTotal,
    }))
    .sort((a, b) => b.gzip - a.gzip);
  const shown = ranked.slice(0, top);
  const rest = ranked.slice(top);
  if (rest.length > 0)
    shown.push({
      group: `${rest.length} others`,
      modules: rest.reduce((s, r) => s + r.modules, 0),
      raw: rest.reduce((s, r) => s + r.raw, 0),
      gzip: rest.reduce((s, r) => s + r.gzip, 0),
    });
  return shown.map((r) => ({
    page: label,
    phase: 'composition',
    kind: r.group,
    files: r.modules,
    raw_kB: round(r.raw / KB),
    gzip_kB: round(r.gzip / KB),
    brotli_kB: null,
  }));
}

/** The site built again, with source maps, into a temporary folder (LEDGER_OUT). */
async function buildWithSourceMaps(): Promise<string> {
  const { build } = await import('vite');
  const out = mkdtempSync(join(tmpdir(), 'ledger-bench-sourcemap-'));
  const before = process.env.LEDGER_OUT;
  process.env.LEDGER_OUT = out;
  try {
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'silent',
      build: { sourcemap: true },
    });
  } finally {
    if (before === undefined) delete process.env.LEDGER_OUT;
    else process.env.LEDGER_OUT = before;
  }
  return out;
}

export async function run({ build }: BenchOptions): Promise<BenchRow[]> {
  const dist = await snapshotDist({ build });
  let embed: BenchRow[];
  let dashboard: BenchRow[];
  try {
    embed = pageRows(dist, 'embed', EMBED_PAGE);
    dashboard = pageRows(dist, 'dashboard', DASHBOARD_PAGE);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
  for (const row of embed)
    if (row.phase === 'before interactive' && row.kind === 'JS')
      Object.assign(row, {
        target: '≤ 100 kB gzip',
        meets_target: (row.gzip_kB as number) <= 100,
      });
  for (const row of dashboard)
    if (row.phase === 'in all' && row.kind === 'JS')
      Object.assign(row, {
        target: '≤ 180 kB gzip',
        meets_target: (row.gzip_kB as number) <= 180,
      });

  const mapped = await buildWithSourceMaps();
  try {
    const js = (page: string, phase?: Phase) =>
      pageAssets(mapped, page)
        .filter((a) => a.kind === 'JS' && (!phase || a.phase === phase))
        .map((a) => a.file);
    return [
      ...embed,
      ...dashboard,
      ...compositionRows(
        mapped,
        'embed JS before interactive',
        js(EMBED_PAGE, 'before interactive'),
        10,
      ),
      ...compositionRows(mapped, 'dashboard JS in all', js('index.html'), 10),
    ];
  } finally {
    rmSync(mapped, { recursive: true, force: true });
  }
}
