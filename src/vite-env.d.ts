/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'virtual:ledger-model' {
  const model: import('./lib/view/dashboardModel.ts').DashboardModel;
  export default model;
}

/**
 * Set only in the embed's classic build (scripts/vite-plugin-classic-embed.ts): the file names
 * of the next classic scripts, beside the one running. Unset on the dev server.
 */
interface ImportMetaEnv {
  readonly LEDGER_EMBED_BOOT?: string;
  readonly LEDGER_EMBED_PLOT?: string;
}
