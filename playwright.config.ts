import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser. The flags keep it quiet on a closed network and
// let it run as root in CI. Playwright gives every launch a fresh, empty profile of its own.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// E2E_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
// The site built from the hostile fixture ledger (tests/fixtures/hostile-ledger), served on
// E2E_PORT + 100, for the tests tagged @hostile (project `hostile`). Built into dist-hostile/ so
// that it never races the main build in dist/.
const hostilePort = port + 100;
const hostileBuild = [
  'vite build --outDir dist-hostile/site --emptyOutDir',
  'vite build --ssr src/entry-server.ts --outDir dist-hostile/server --emptyOutDir',
  'tsx scripts/prerender.ts --dist dist-hostile/site --server dist-hostile/server',
  `vite preview --outDir dist-hostile/site --port ${hostilePort} --strictPort`,
]
  .map((step) => `npx ${step}`)
  .join(' && ');

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://localhost:${port}/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  projects: [
    { name: 'site', grepInvert: /@hostile/ },
    { name: 'hostile', grep: /@hostile/, use: { baseURL: `http://localhost:${hostilePort}/` } },
  ],
  webServer: [
    // The real production build, served as a newsroom would serve it.
    {
      command: `npm run build && npx vite preview --port ${port} --strictPort`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: hostileBuild,
      env: { LEDGER_DATA: 'tests/fixtures/hostile-ledger' },
      url: `http://localhost:${hostilePort}/`,
      reuseExistingServer: false,
      timeout: 300_000,
    },
  ],
});
