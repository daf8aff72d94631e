/**
 * scripts/prerender.ts end to end, on a stand-in build: templates and a server entry whose
 * renderer returns the markup under test, so each case runs in seconds without a Vite build.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = mkdtempSync(join(tmpdir(), 'prerender-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const template = (title: string) =>
  `<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8" />\n    <title>${title}</title>\n  </head>\n` +
  `  <body>\n    <div id="app"></div>\n    <script type="module" src="./assets/main.js"></script>\n  </body>\n</html>\n`;

/** Run the prerender with a renderer that returns `dashboard` as the dashboard's markup. */
function prerender(name: string, dashboard: string) {
  const dist = join(root, name, 'dist');
  const server = join(root, name, 'server');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  mkdirSync(server, { recursive: true });
  writeFileSync(join(dist, 'assets', 'main.js'), '');
  writeFileSync(join(dist, 'index.html'), template('Dashboard'));
  writeFileSync(join(dist, 'embed.html'), template('Chart'));
  writeFileSync(
    join(server, 'entry-server.js'),
    `export const CHART_IDS = ['disputes'];
export const renderDashboard = () => ${JSON.stringify(dashboard)};
export const renderEmbed = () => '<p>The chart.</p>';\n`,
  );
  const run = spawnSync(
    join('node_modules', '.bin', 'tsx'),
    ['scripts/prerender.ts', '--dist', dist, '--server', server],
    { encoding: 'utf8', env: { ...process.env, LEDGER_DATA: 'data' } },
  );
  return { ...run, index: () => readFileSync(join(dist, 'index.html'), 'utf8') };
}

describe('scripts/prerender.ts', () => {
  it('splices ledger text holding $ patterns into the page unchanged', () => {
    // What Svelte renders for a claimant `` SIPRI $` <meta http-equiv=refresh …> ``: the old
    // String.replace splice read `` $` `` as "the template up to here" and doubled the page.
    const text = "SIPRI $` &lt;meta http-equiv=refresh content=1;url=/pwned> $' $& $$";
    const run = prerender('patterns', `<p class="claimant">${text}</p>`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const html = run.index();
    expect(html.match(/<!doctype/gi)).toHaveLength(1);
    expect(html.match(/<html[\s>]/gi)).toHaveLength(1);
    expect(html).toContain(`<div id="app"><p class="claimant">${text}</p></div>`);
  }, 60_000);

  it('fails, naming the page, and writes nothing when ledger text became markup', () => {
    const run = prerender(
      'markup',
      '<img src=x onerror="alert(1)"><meta http-equiv=refresh content=0>',
    );
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/index\.html: an inline event handler onerror on <img>/);
    expect(run.stderr).toMatch(/index\.html: a <meta http-equiv="refresh">/);
    // The template Vite wrote is left as it was: no page went out half-checked.
    expect(run.index()).toBe(template('Dashboard'));
  }, 60_000);
});
