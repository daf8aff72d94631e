/// <reference types="svelte" />
/// <reference types="vite/client" />

// The virtual modules of scripts/vite-plugin-classic-embed.ts.

/** The dashboard's model, bundled into the embed's classic script. */
declare module 'virtual:ledger-model' {
  const model: import('./lib/view/dashboardModel.ts').DashboardModel;
  export default model;
}

/** The embed pages' script: its address from the site's root, and whether it is a module (dev). */
declare module 'virtual:classic-embed' {
  export const embedScript: { src: string; module: boolean };
}
