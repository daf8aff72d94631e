/**
 * The embed pages' scripts, built as classic scripts after the client build (the dashboard).
 *
 * Why: AMP and many CMSs embed with `<iframe sandbox="allow-scripts">` (no allow-same-origin),
 * which gives the embed an opaque origin. Module scripts, `import()` and `crossorigin`
 * stylesheets are then cross-origin requests that fail unless the server sends
 * Access-Control-Allow-Origin, and newsrooms serve the site from plain static hosts. Classic
 * `<script src>` and `<link rel=stylesheet>` without `crossorigin` are fetched in no-cors mode
 * and work. Rolldown writes classic (IIFE) scripts only without code splitting, so the embed's
 * three stages, which load one after the other as before, are three builds:
 *
 *   assets/embed-[hash].js      src/mainEmbed.ts: the entry, loads the next after the first paint
 *   assets/bootEmbed-[hash].js  src/bootEmbed.ts: the live embed (and assets/bootEmbed-[hash].css)
 *   assets/plotParts-[hash].js  src/lib/charts/plotParts.ts: Plot, as the global PLOT_GLOBAL
 *
 * Each is told the next one's file name (LEDGER_EMBED_BOOT, LEDGER_EMBED_PLOT in
 * import.meta.env); src/lib/boot/classicScript.ts loads it. Then dist/embed.html is written from
 * embed.html with the entry as `<script defer src>` and the stylesheet, neither `crossorigin`
 * (scripts/prerender.ts makes the per-chart pages from it). The dev server keeps serving
 * embed.html with its module script, and the embed imports its stages as modules there.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { build, type Plugin, type PluginOption, type ResolvedConfig } from 'vite';
import { PLOT_GLOBAL } from '../src/lib/boot/classicScript.ts';

/** The module script embed.html names for the dev server; the build replaces it. */
export const DEV_ENTRY_TAG = '<script type="module" src="/src/mainEmbed.ts"></script>';

interface Stage {
  name: string;
  entry: string;
  define?: Record<string, string>;
  plugins?: PluginOption[];
  /** The global the script's exports are published as, if any. */
  global?: string;
}

interface Built {
  /** File names beside each other in the assets folder. */
  js: string;
  css: string | null;
}

async function buildStage(config: ResolvedConfig, outDir: string, stage: Stage): Promise<Built> {
  const result = await build({
    configFile: false,
    root: config.root,
    base: config.base,
    mode: config.mode,
    logLevel: config.logLevel,
    publicDir: false,
    plugins: stage.plugins ?? [],
    define: stage.define ?? {},
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      sourcemap: config.build.sourcemap,
      minify: config.build.minify,
      target: config.build.target,
      cssCodeSplit: false,
      // No preload helper: a classic script has no import() to preload for.
      modulePreload: false,
      rolldownOptions: {
        input: { [stage.name]: resolve(config.root, stage.entry) },
        // Vite drops an app entry's exports; the stage that publishes a global needs them.
        preserveEntrySignatures: stage.global ? 'strict' : false,
        output: {
          format: 'iife',
          ...(stage.global ? { name: stage.global } : {}),
          entryFileNames: 'assets/[name]-[hash].js',
          assetFileNames: `assets/${stage.name}-[hash][extname]`,
        },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) =>
    'output' in r ? r.output : [],
  );
  const js = outputs.find((o) => o.type === 'chunk' && o.isEntry)?.fileName;
  const css = outputs.find((o) => o.type === 'asset' && o.fileName.endsWith('.css'))?.fileName;
  if (!js) throw new Error(`classic embed: the build of ${stage.entry} wrote no script`);
  return { js: basename(js), css: css ? basename(css) : null };
}

/** The page for the built site: embed.html with the classic entry and stylesheet in its head. */
export function classicEmbedPage(template: string, entry: string, stylesheet: string): string {
  const lines = template.split('\n');
  const dev = lines.flatMap((line, i) => (line.trim() === DEV_ENTRY_TAG ? [i] : []));
  if (dev.length !== 1)
    throw new Error(`embed.html must hold ${DEV_ENTRY_TAG} once, on a line of its own`);
  lines.splice(dev[0] as number, 1);
  const head = lines.findIndex((line) => line.trim() === '</head>');
  if (head < 0) throw new Error('embed.html has no </head> on a line of its own');
  lines.splice(
    head,
    0,
    `    <link rel="stylesheet" href="./assets/${stylesheet}" />`,
    `    <script defer src="./assets/${entry}"></script>`,
  );
  return lines.join('\n');
}

/** `appPlugins` makes fresh instances of the plugins the embed's app needs (Svelte, the model). */
export function classicEmbed(appPlugins: () => PluginOption[]): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'classic-embed',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle(error?: Error) {
      if (error || config.build.ssr) return;
      const outDir = resolve(config.root, config.build.outDir);
      const env = (key: string, file: string) => ({
        [`import.meta.env.${key}`]: JSON.stringify(file),
      });
      const plot = await buildStage(config, outDir, {
        name: 'plotParts',
        entry: 'src/lib/charts/plotParts.ts',
        global: PLOT_GLOBAL,
      });
      const boot = await buildStage(config, outDir, {
        name: 'bootEmbed',
        entry: 'src/bootEmbed.ts',
        define: env('LEDGER_EMBED_PLOT', plot.js),
        plugins: appPlugins(),
      });
      const main = await buildStage(config, outDir, {
        name: 'embed',
        entry: 'src/mainEmbed.ts',
        define: env('LEDGER_EMBED_BOOT', boot.js),
      });
      if (!boot.css) throw new Error('classic embed: the build of src/bootEmbed.ts wrote no CSS');
      const template = readFileSync(join(config.root, 'embed.html'), 'utf8');
      writeFileSync(join(outDir, 'embed.html'), classicEmbedPage(template, main.js, boot.css));
    },
  };
}
