/**
 * The embed pages' script as classic scripts (src/lib/embed/EmbedScript.svelte says why):
 *
 *   _app/immutable/assets/embed-[hash].js      lib/embed/embedStart.ts, the page's script: it adds
 *                                              the next one after the first paint
 *   _app/immutable/assets/embedApp-[hash].js   lib/embed/embedScript.ts: Svelte, the embed, the model
 *   _app/immutable/assets/plotParts-[hash].js  charts/plotParts.ts, as the global PLOT_GLOBAL, which
 *                                              the embed loads beside it once it is live
 *
 * Rolldown writes classic (IIFE) scripts only without code splitting, so each is a build of its
 * own, made when SvelteKit's server build starts: the pages name the embed's script through
 * `virtual:classic-embed`, and SvelteKit's client build writes both out. The embed's script
 * carries the model (`virtual:ledger-model`, from lib/server/ledgerModel.ts, the routes' own
 * loader): a frame with an opaque origin can fetch no data. On the dev server the pages load
 * embedScript.ts as a module instead.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin, type PluginOption, type ResolvedConfig } from 'vite';
import { PLOT_GLOBAL } from '../src/lib/charts/chartContext.ts';
import { ledgerDir, LEDGER_FILES, ledgerModel } from '../src/lib/server/ledgerModel.ts';

const ASSETS = '_app/immutable/assets';
const MODEL = 'virtual:ledger-model';
const SCRIPT = 'virtual:classic-embed';
const DEV_ENTRY = '/src/lib/embed/embedScript.ts';

interface Script {
  fileName: string;
  code: string;
}

/** `import model from 'virtual:ledger-model'`: the model as JSON, read from the ledger's files. */
function modelModule(): Plugin {
  return {
    name: 'ledger-model',
    resolveId: (id) => (id === MODEL ? `\0${MODEL}` : undefined),
    load(id) {
      if (id !== `\0${MODEL}`) return undefined;
      for (const file of LEDGER_FILES) this.addWatchFile(`${ledgerDir()}/${file}`);
      // JSON.parse of a string literal is parsed faster than the same object as a JS literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(ledgerModel()))});\n`;
    },
  };
}

async function classicScript(
  config: ResolvedConfig,
  name: string,
  entry: string,
  options: { global?: string; define?: Record<string, string>; plugins?: PluginOption[] },
): Promise<Script> {
  const result = await build({
    configFile: false,
    root: config.root,
    mode: config.mode,
    logLevel: 'warn',
    publicDir: false,
    plugins: options.plugins ?? [],
    define: options.define ?? {},
    build: {
      write: false,
      cssCodeSplit: false,
      modulePreload: false,
      rolldownOptions: {
        input: { [name]: entry },
        // Vite drops an app entry's exports; the script that publishes a global needs them.
        preserveEntrySignatures: options.global ? 'strict' : false,
        output: {
          format: 'iife',
          ...(options.global ? { name: options.global } : {}),
          entryFileNames: `${ASSETS}/${name}-[hash].js`,
        },
      },
    },
  });
  const chunk = (Array.isArray(result) ? result : [result])
    .flatMap((r) => ('output' in r ? r.output : []))
    .find((o) => o.type === 'chunk' && o.isEntry);
  if (!chunk || chunk.type !== 'chunk') throw new Error(`classic embed: ${entry} built no script`);
  return { fileName: chunk.fileName, code: chunk.code };
}

// SvelteKit's client build loads this config afresh, so the scripts built for the server build
// are handed over through the process.
const BUILT = Symbol.for('karabakh-ledger:classic-embed');
type Shared = { [BUILT]?: Promise<Script[]> };

export function classicEmbed(): Plugin[] {
  let config: ResolvedConfig;
  const built = () => (globalThis as Shared)[BUILT];
  return [
    modelModule(),
    {
      name: 'classic-embed',
      configResolved(resolved) {
        config = resolved;
      },
      buildStart() {
        // SvelteKit's server build comes first; its client build writes the scripts out.
        if (config.command !== 'build' || !config.build.ssr) return;
        (globalThis as Shared)[BUILT] = (async () => {
          const plot = await classicScript(config, 'plotParts', 'src/lib/charts/plotParts.ts', {
            global: PLOT_GLOBAL,
          });
          const app = await classicScript(config, 'embedApp', 'src/lib/embed/embedScript.ts', {
            define: {
              'import.meta.env.LEDGER_CLASSIC_PLOT': JSON.stringify(plot.fileName.split('/').pop()),
            },
            plugins: [svelte(), modelModule()],
          });
          const start = await classicScript(config, 'embed', 'src/lib/embed/embedStart.ts', {
            define: {
              'import.meta.env.LEDGER_EMBED_APP': JSON.stringify(app.fileName.split('/').pop()),
            },
          });
          return [start, app, plot];
        })();
      },
      resolveId: (id) => (id === SCRIPT ? `\0${SCRIPT}` : undefined),
      async load(id) {
        if (id !== `\0${SCRIPT}`) return undefined;
        const scripts = await built();
        const embedScript = scripts
          ? { src: `/${scripts[0]?.fileName}`, module: false }
          : { src: DEV_ENTRY, module: true };
        return `export const embedScript = ${JSON.stringify(embedScript)};\n`;
      },
      async generateBundle() {
        if (config.command !== 'build' || config.build.ssr) return;
        const scripts = await built();
        if (!scripts) throw new Error('classic embed: the server build made no scripts');
        for (const { fileName, code } of scripts)
          this.emitFile({ type: 'asset', fileName, source: code });
      },
    },
  ];
}
