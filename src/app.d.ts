// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  /**
   * Set only in the embed's classic build (scripts/vite-plugin-classic-embed.ts): the file name
   * of Plot's classic script, beside the embed's own. Unset elsewhere.
   */
  interface ImportMetaEnv {
    readonly LEDGER_CLASSIC_PLOT?: string;
    /** Likewise, for lib/embed/embedStart.ts: the file name of the embed's script beside it. */
    readonly LEDGER_EMBED_APP?: string;
  }
}

export {};
