import {defineConfig, devices} from '@playwright/test';
import {CHROMIUM_FLAGS, chromiumExecutable} from './tests/chromium.mjs';

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
  // Screenshot baselines (visual-regression.spec.ts): small tolerance for a newer Chromium's
  // anti-aliasing; animations off so nothing moves while the picture is taken.
  expect: {
    toHaveScreenshot: {maxDiffPixelRatio: 0.002, threshold: 0.2, animations: 'disabled'},
  },
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
        launchOptions: {executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS},
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
