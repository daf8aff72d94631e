/**
 * `import model from 'virtual:ledger-model'`: the dashboard's model (view/buildModel.ts) computed
 * from data/*.csv (and the SIPRI reference table beside them, data/reference/) when Vite builds
 * or serves the site, and shipped as JSON. The pages get finished
 * tables, so they load neither Arquero nor a CSV parser, and do no analysis before they can draw.
 *
 * The dev server reloads the page when a CSV file changes; it restarts itself (and so recomputes
 * the model) when the engine's code changes, because that code is part of the Vite config's
 * dependencies through this file.
 */
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { SIPRI_RESOURCE_PATH } from '../src/lib/reference/sipriResource.ts';
import { readModel } from '../src/lib/view/readModel.ts';

const ID = 'virtual:ledger-model';
const RESOLVED = `\0${ID}`;
// The descriptor records the SIPRI release the reference table came from.
const FILES = ['sources.csv', 'claims.csv', 'events.csv', 'datapackage.json', SIPRI_RESOURCE_PATH];

/** `dataDir`: the ledger folder, relative to the working directory or absolute. */
export function ledgerModel(dataDir = 'data'): Plugin {
  const dir = resolve(dataDir);
  const files = FILES.map((f) => join(dir, f));
  return {
    name: 'ledger-model',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const file of files) this.addWatchFile(file);
      const model = readModel(dir, (message) => this.warn(message));
      // JSON.parse of a string literal is parsed faster than the same object as a JS literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(model))});\n`;
    },
    configureServer(server) {
      server.watcher.add(files);
      server.watcher.on('change', (file) => {
        if (!files.includes(resolve(file))) return;
        const module = server.moduleGraph.getModuleById(RESOLVED);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
