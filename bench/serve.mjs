/**
 * Serves a built site the way the benchmark compares them all: the same compressing static
 * server (`serve`, gzip) on 127.0.0.1. Resolves once `probe` answers 200.
 */
import {spawn} from 'node:child_process';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);

export async function serveSite(dir, port, probe = '/') {
  const server = spawn(
    process.execPath,
    [
      require.resolve('serve/build/main.js'),
      dir,
      '--listen',
      `tcp://127.0.0.1:${port}`,
      '--no-clipboard',
      '--no-request-logging',
    ],
    {stdio: ['ignore', 'ignore', 'inherit']},
  );
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(`${url}${probe}`);
      if (response.ok) return {url, stop: () => server.kill()};
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`serve did not start on port ${port}`);
}
