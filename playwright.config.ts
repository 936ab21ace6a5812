import {existsSync} from 'node:fs';
import {defineConfig, devices} from '@playwright/test';

// Playwright cannot download its own browsers on every machine; Debian's Chromium works the same.
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);

const PORT = Number(process.env.PORT ?? 3210);
const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  reporter: isCI
    ? [['list'], ['html', {open: 'never'}], ['json', {outputFile: 'reports/e2e-results.json'}]]
    : [['list'], ['json', {outputFile: 'reports/e2e-results.json'}]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'es-ES',
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          // Quiet flags: no sandbox as root, no background calls to Google on an offline machine.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  // Tests run against the production build, never the dev server (`npm run build` first).
  webServer: {
    command: `npx docusaurus serve --host 127.0.0.1 --port ${PORT} --no-open`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !isCI,
    timeout: 60_000,
  },
});
