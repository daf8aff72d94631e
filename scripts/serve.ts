/**
 * Serve a built site folder as a plain static host would (no CORS headers, gzip when asked):
 * `npm run preview`, and the servers the browser tests run against.
 *
 * Usage: tsx scripts/serve.ts [DIR] [--port N]   (DIR: dist; N: 4173)
 */
import { existsSync } from 'node:fs';
import { serveStatic } from '../bench/site.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--port');
const port = at >= 0 ? Number(args[at + 1]) : 4173;
const dir = args.find((a, i) => !a.startsWith('--') && i !== at + 1) ?? 'dist';
if (!existsSync(dir)) {
  console.error(`serve: no folder ${dir}; build the site first (npm run build).`);
  process.exit(1);
}
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`serve: --port must be a port number, got ${args[at + 1]}`);
  process.exit(2);
}
const site = await serveStatic(dir, {}, port);
console.log(`Serving ${dir} at ${site.origin}/`);
