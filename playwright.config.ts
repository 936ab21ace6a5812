import {defineConfig, devices} from '@playwright/test';
import {CHROMIUM_FLAGS, testChromiumExecutable} from './tests/chromium.mjs';
import {LESSON_PATH} from './tests/e2e/support/fixtureSite';

const PORT = Number(process.env.PORT ?? 3210);
const NGINX_PORT = Number(process.env.NGINX_PORT ?? PORT + 20);
const isCI = Boolean(process.env.CI);
// E2E_SERVER=nginx runs every journey against production's nginx instead of `docusaurus serve`.
const viaNginx = process.env.E2E_SERVER === 'nginx';
const FIXTURE_PORT = PORT + 1;
const SERVE_URL = `http://127.0.0.1:${PORT}`;
const FIXTURE_URL = `http://127.0.0.1:${FIXTURE_PORT}`;
const NGINX_URL = `http://127.0.0.1:${NGINX_PORT}`;
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {executablePath: testChromiumExecutable(), args: CHROMIUM_FLAGS},
};

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
    locale: 'es-ES',
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: [/serve-with-nginx\.spec\.ts/, /[\\/]framework[\\/]/],
      use: {...chromium, baseURL: viaNginx ? NGINX_URL : SERVE_URL},
    },
    {
      // How the site behaves (hydration, early clicks, scripts after paint, the navigation
      // bar), on the fixture site (tests/fixture-site/), so no edit of the chapter breaks it.
      name: 'framework',
      testMatch: /[\\/]framework[\\/].*\.spec\.ts/,
      use: {...chromium, baseURL: FIXTURE_URL},
    },
    {
      // Always against the real nginx with the production configuration (deploy/nginx/).
      name: 'nginx',
      testMatch: /serve-with-nginx\.spec\.ts/,
      use: {...chromium, baseURL: NGINX_URL},
    },
  ],
  // Tests run against the production build, never the dev server (`npm run build` first), and
  // the fixture site's (`npm run build:fixture`).
  webServer: [
    {
      command: `npx docusaurus serve --dir build-fixture --host 127.0.0.1 --port ${FIXTURE_PORT} --no-open`,
      url: `${FIXTURE_URL}${LESSON_PATH}`,
      reuseExistingServer: !isCI,
      timeout: 60_000,
    },
    ...(viaNginx
      ? []
      : [
          {
            command: `npx docusaurus serve --host 127.0.0.1 --port ${PORT} --no-open`,
            url: `${SERVE_URL}/`,
            reuseExistingServer: !isCI,
            timeout: 60_000,
          },
        ]),
    {
      command: `node deploy/nginx/serve-local.mjs --port ${NGINX_PORT}`,
      url: `${NGINX_URL}/`,
      reuseExistingServer: !isCI,
      timeout: 30_000,
    },
  ],
});
