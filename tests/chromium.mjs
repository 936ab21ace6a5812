// Which Chromium the tests and the benchmark launch, and the flags that keep it quiet on an
// offline machine. Playwright cannot download its own browsers everywhere; Debian's works the same.
import {existsSync} from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** CHROMIUM_PATH, else Debian's Chromium, else undefined (Playwright's own browser). */
export function chromiumExecutable() {
  return process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
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
