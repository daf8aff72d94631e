/**
 * What the browser benchmarks share: the built site (rebuilt when older than its sources), a
 * static server for it on the loopback interface, Debian's Chromium with the flags it needs here,
 * and the statistics every suite reports.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');

/** Debian's Chromium, never a downloaded browser (see ../shared/ENGINEERING.md). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Quiet on a closed network, and able to run as root. Every launch gets a fresh profile. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The newest modification time under `paths` (files or folders), in milliseconds. */
export function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules') visit(join(path, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of paths) visit(resolve(ROOT, p));
  return newest;
}

/** Everything `npm run build` reads. */
const BUILD_INPUTS = [
  'src',
  'data',
  'public',
  'scripts/vite-plugin-classic-embed.ts',
  'vite.config.ts',
  'svelte.config.js',
  'package-lock.json',
];

/** The files the benchmarks read from the build. */
const BUILD_OUTPUTS = ['dist/index.html', 'dist/embed/casualties-2020.html'];

/** Why dist/ needs building, or null when it is up to date. */
export function staleReason(): string | null {
  const outputs = BUILD_OUTPUTS.map((p) => join(ROOT, p));
  const missing = outputs.find((p) => !existsSync(p));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  return newestMtime(BUILD_INPUTS) > built ? 'dist/ is older than its sources' : null;
}

/** Run `npm run build` once if dist/ is missing or stale; with `build: false`, only check. */
export function ensureBuilt({ build }: { build: boolean }): void {
  const reason = staleReason();
  if (reason === null) return;
  if (!build) {
    if (BUILD_OUTPUTS.every((p) => existsSync(join(ROOT, p)))) {
      console.error(`bench: ${reason}; measuring it anyway (--no-build).`);
      return;
    }
    throw new Error(`${reason}; run \`npm run build\` or drop --no-build`);
  }
  console.error(`bench: ${reason}; running npm run build…`);
  runQuietly('npm', ['run', 'build']);
}

/** True when a build folder holds the prerendered pages and every asset they name. */
function isComplete(dir: string): boolean {
  for (const page of BUILD_OUTPUTS) {
    const path = join(dir, page.replace(/^dist\//, ''));
    if (!existsSync(path)) return false;
    const html = readFileSync(path, 'utf8');
    // Prerendered: the app's container is not empty.
    if (html.includes('<div id="app"></div>')) return false;
    for (const m of html.matchAll(/(?:src|href)="((?:\.\.?\/)+_app\/[^"]+)"/g))
      if (!existsSync(resolve(dirname(path), m[1] as string))) return false;
  }
  return true;
}

/**
 * A private copy of dist/, built first if needed (see ensureBuilt). Other work in this checkout
 * (the browser tests run `npm run build` too) may rebuild dist/ at any moment; the benchmarks
 * measure a copy that nothing else touches. Remove it with `rmSync(dir, { recursive: true })`.
 */
export async function snapshotDist({ build }: { build: boolean }): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    ensureBuilt({ build });
    const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-dist-'));
    cpSync(DIST, dir, { recursive: true });
    if (isComplete(dir)) return dir;
    rmSync(dir, { recursive: true, force: true });
    if (attempt === 5) throw new Error('dist/ stayed incomplete (another build running?)');
    console.error('bench: dist/ is incomplete, perhaps being rebuilt; trying again in 3 s…');
    await new Promise((done) => setTimeout(done, 3000));
  }
}

/** Run a command in the repository, printing its output only when it fails. */
export function runQuietly(command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.csv', '.md']);

export interface StaticServer {
  /** e.g. http://127.0.0.1:40123 (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serve `root` over HTTP on 127.0.0.1 (on `port`, else a free one), as a newsroom's static host
 * would: no CORS headers, text gzip-compressed when the browser asks for it, so transfer sizes are
 * those readers pay for. `extra` adds pages that exist only in memory, by URL path (e.g. the floor
 * page).
 */
export async function serveStatic(
  root: string,
  extra: Record<string, string> = {},
  port = 0,
): Promise<StaticServer> {
  const base = resolve(root);
  const cache = new Map<string, { body: Buffer; gzip: Buffer | null }>();
  const load = (path: string): { body: Buffer; gzip: Buffer | null } | null => {
    const hit = cache.get(path);
    if (hit) return hit;
    const page = extra[path];
    let body: Buffer;
    if (page !== undefined) body = Buffer.from(page, 'utf8');
    else {
      const file = normalize(join(base, decodeURIComponent(path)));
      if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile())
        return null;
      body = readFileSync(file);
    }
    const entry = { body, gzip: COMPRESSIBLE.has(extname(path)) ? gzipSync(body) : null };
    cache.set(path, entry);
    return entry;
  };
  const server = createServer((req, res) => {
    let path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path.endsWith('/')) path += 'index.html';
    const entry = load(path);
    if (!entry) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    };
    const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) headers['content-encoding'] = 'gzip';
    const body = gzip && entry.gzip ? entry.gzip : entry.body;
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: listening } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${listening}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** The median of some numbers (NaN for none). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The p-th percentile by nearest rank (p in 0..100; NaN for none). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

/** Round to `digits` decimals, for tables and JSON that people read. */
export const round = (value: number, digits = 1): number =>
  Number.isFinite(value) ? Number(value.toFixed(digits)) : value;
