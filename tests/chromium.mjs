// Which Chromium the tests and the benchmark launch, and the flags that keep it quiet on an
// offline machine. Playwright cannot download its own browsers everywhere; Debian's works the same.
import {existsSync} from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The browser readers use, for the benchmark: CHROMIUM_PATH, else Debian's Chromium, else
 * undefined (Playwright's own browser).
 */
export function chromiumExecutable() {
  return process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
}

/**
 * The browser the tests drive: CHROMIUM_PATH, else Debian's headless shell, else
 * chromiumExecutable(). The shell is what Playwright itself runs headless since 1.49
 * (microsoft/playwright#33566); the same Blink, and it halves the CPU of the e2e suite on
 * two cores (8.5 → 4.7 min), which keeps `.ci/run` under ten minutes.
 */
export function testChromiumExecutable() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync(DEBIAN_HEADLESS_SHELL) ? DEBIAN_HEADLESS_SHELL : chromiumExecutable();
}

/** No sandbox as root, no background calls to Google. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
