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
// The site built from the hostile fixture ledger, in a folder of its own, on the next port range
// (or E2E_HOSTILE_PORT, where that range is another checkout's).
const hostilePort = Number(process.env.E2E_HOSTILE_PORT ?? port + 100);

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
    { name: 'site', testIgnore: /hostile\.spec\.ts$/, grepInvert: /@hostile/ },
    // Every page built from a ledger whose free text is markup, $ patterns, quotes, bidi
    // controls and 20,000-character strings (tests/fixtures/hostile-ledger).
    {
      name: 'hostile',
      // hostile.spec.ts, and the tests tagged @hostile in other specs (downloads).
      grep: /hostile\.spec\.ts|@hostile/,
      use: { baseURL: `http://localhost:${hostilePort}/` },
    },
  ],
  // The real production builds, served as a newsroom would serve them: by a plain static server.
  webServer: [
    {
      command: `npm run build && npx tsx scripts/serve.ts dist --port ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
      timeout: 300_000,
    },
    {
      command: `npm run build:hostile && npx tsx scripts/serve.ts dist-hostile --port ${hostilePort}`,
      url: `http://localhost:${hostilePort}/`,
      reuseExistingServer: false,
      timeout: 300_000,
    },
  ],
});
