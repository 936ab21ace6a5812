import {chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {
  NGINX,
  localConfig,
  othersCanRead,
  startLocalNginx,
  workerUser,
} from '../../../deploy/nginx/serve-local.mjs';

/** A clone in a private directory: mktemp -d makes it mode 700. */
const privateDir = mkdtempSync(path.join(tmpdir(), 'curso-private-'));
const site = path.join(privateDir, 'clone', 'build');
mkdirSync(path.join(site, '_nginx'), {recursive: true});
chmodSync(privateDir, 0o700);
writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>ok</title><p>ok</p>');
writeFileSync(path.join(site, '404.html'), '<!doctype html><title>404</title>');
writeFileSync(path.join(site, '_nginx/security-headers.conf'), '# none in this test\n');

afterAll(() => rmSync(privateDir, {recursive: true, force: true}));

/** A port nobody is listening on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('the local nginx, wherever the clone is', () => {
  it('sees that a site under a mode-700 directory is not readable by others', () => {
    expect(othersCanRead(site)).toBe(false);
    chmodSync(privateDir, 0o755);
    expect(othersCanRead(site)).toBe(true);
    chmodSync(privateDir, 0o700);
  });

  it('runs the workers as nobody only when nobody can read the site', () => {
    expect(workerUser(0, true)).toBe('user nobody nogroup;');
    expect(workerUser(0, false)).toBe('user root root;');
    expect(workerUser(1000, false)).toBe('');
    expect(localConfig({prefix: '/p', port: 1, root: site, user: 'user root root;'})).toContain(
      'user root root;',
    );
  });

  it.skipIf(!existsSync(NGINX))(
    'serves a site from a private directory',
    {timeout: 20_000},
    async () => {
      const nginx = await startLocalNginx({port: await freePort(), root: site, stdio: 'ignore'});
      try {
        const response = await fetch(`${nginx.origin}/`);
        expect(response.status).toBe(200);
        expect(await response.text()).toContain('<p>ok</p>');
      } finally {
        nginx.stop();
        await nginx.exited;
      }
    },
  );
});
