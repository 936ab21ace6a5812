import {connect} from 'node:net';
import type {APIResponse, Page} from '@playwright/test';
import {test, expect, gotoHydrated, CHAPTER_PATH} from './support/fixtures';
import {COLOUR_MODES, gotoInMode} from './support/axe';
import {sitemapPaths} from './support/sitemap';

/**
 * The site as production serves it: Debian's nginx with deploy/nginx/ (http.conf, site.conf and
 * the build's CSP include), started by playwright.config.ts as an ordinary loopback process.
 * Runs in the "nginx" project only.
 */

const PAGES = sitemapPaths();

function origin(baseURL: string | undefined): {host: string; port: number} {
  const url = new URL(baseURL ?? '');
  return {host: url.hostname, port: Number(url.port)};
}

/**
 * Sends bytes exactly as written (no URL normalisation, no header limits: what an attacker's
 * client does) and returns the status code and the body. nginx may close the socket on abuse;
 * whatever it answered first counts.
 */
async function raw(
  baseURL: string | undefined,
  request: string,
): Promise<{status: number; head: string; body: string}> {
  const {host, port} = origin(baseURL);
  return new Promise((resolve, reject) => {
    const socket = connect({host, port});
    let data = '';
    socket.setTimeout(10_000, () => socket.destroy(new Error('nginx did not answer in 10 s')));
    socket.on('data', (chunk) => {
      data += chunk.toString('latin1');
    });
    socket.on('error', (error) => (data ? socket.destroy() : reject(error)));
    socket.on('close', () => {
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(data)?.[1]);
      if (!status)
        reject(new Error(`no HTTP status line in: ${JSON.stringify(data.slice(0, 200))}`));
      else {
        const end = data.indexOf('\r\n\r\n');
        resolve({status, head: data.slice(0, end), body: data.slice(end + 4)});
      }
    });
    socket.write(request);
  });
}

const get = (target: string, headers = ''): string =>
  `GET ${target} HTTP/1.1\r\nHost: localhost\r\n${headers}Connection: close\r\n\r\n`;

/** A hostile request is refused: a 4xx status, never a 5xx, never a file from outside build/. */
function expectRefused(answer: {status: number; body: string}, what: string): void {
  expect(answer.status, what).toBeGreaterThanOrEqual(400);
  expect(answer.status, what).toBeLessThan(500);
  expect(answer.body, what).not.toMatch(/root:x?:0:0|\[boot loader\]|daemon:/);
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  );
}

/** Collects the page's CSP violations, with the sample of a refused script. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as {cspViolations: string[]}).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}` +
          (event.sample ? ` (script starts: ${JSON.stringify(event.sample)})` : ''),
      );
    });
  });
  return () => page.evaluate(() => (window as unknown as {cspViolations: string[]}).cspViolations);
}

test.describe('security headers', () => {
  test('every page carries the strict policy and the other headers', async ({request}) => {
    for (const path of PAGES) {
      const response = await request.get(path, {maxRedirects: 0});
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      const csp = directives(headers['content-security-policy'] ?? '');
      const scripts = csp.get('script-src') ?? [];
      expect(scripts, `${path}: script-src`).not.toContain("'unsafe-inline'");
      expect(scripts, `${path}: script-src`).not.toContain("'unsafe-eval'");
      expect(scripts.filter((source) => source.startsWith("'sha256-")).length).toBeGreaterThan(0);
      expect(csp.get('default-src'), path).toEqual(["'self'"]);
      expect(csp.get('frame-src'), path).toEqual(['https://www.youtube-nocookie.com']);
      expect(csp.get('object-src'), path).toEqual(["'none'"]);
      expect(csp.get('base-uri'), path).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(headers, path).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
        'cross-origin-opener-policy': 'same-origin',
        'x-frame-options': 'DENY',
        'cache-control': 'no-cache',
      });
      expect(headers['permissions-policy'], path).toMatch(
        /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
      );
      expect(headers.server, path).toBe('nginx');
    }
  });

  test('the meta policy for hosts without headers is the same, without frame-ancestors', async ({
    request,
  }) => {
    const response = await request.get(CHAPTER_PATH);
    const header = response.headers()['content-security-policy'] ?? '';
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(
      await response.text(),
    )?.[1];
    expect(meta).toBe(header.replace(/; frame-ancestors 'none'$/, ''));
  });

  // The policy does not depend on the colour mode: the chapter, which runs the most, in both;
  // every other page once, the modes taking turns.
  PAGES.forEach((path, index) => {
    const modes =
      path === CHAPTER_PATH ? COLOUR_MODES : [COLOUR_MODES[index % COLOUR_MODES.length] ?? 'light'];
    for (const mode of modes) {
      test(`${path} runs under the policy with no violation, ${mode} mode`, async ({page}) => {
        const violations = await recordViolations(page);
        await gotoInMode(page, path, mode);
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
        expect(await violations(), path).toEqual([]);
      });
    }
  });

  test('the video, the quiz, search and the lab work under the policy', async ({
    page,
    thirdPartyRequests,
  }) => {
    const violations = await recordViolations(page);
    await gotoHydrated(page, CHAPTER_PATH);

    await page.getByRole('button', {name: /^Reproducir vídeo:/}).click();
    await expect(
      page.locator('iframe[src^="https://www.youtube-nocookie.com/embed/"]'),
    ).toHaveCount(1);
    // Offline, the test blocks the player's request; the policy allowed it.
    await expect
      .poll(() =>
        thirdPartyRequests.some((url) => url.startsWith('https://www.youtube-nocookie.com/')),
      )
      .toBe(true);

    const question = page.getByRole('group', {name: /^1\. /});
    await question.getByRole('radio', {name: 'FROM'}).check();
    await question.getByRole('button', {name: 'Comprobar'}).click();
    await expect(question.getByText(/Correcto/)).toBeVisible();

    const search = page
      .getByRole('combobox', {name: 'Buscar'})
      .or(page.getByRole('searchbox', {name: 'Buscar'}))
      .or(page.getByRole('textbox', {name: 'Buscar'}));
    await search.first().fill('distroless');
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Escape');

    await page.goto('/laboratorio');
    const editor = page.getByRole('textbox', {name: 'Dockerfile del laboratorio'});
    await expect(editor).toBeVisible();
    await editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\nCMD echo hola');
    await expect(page.getByRole('region', {name: 'Problemas'})).toContainText(
      'JSONArgsRecommended',
    );

    expect(await violations()).toEqual([]);
  });
});

test.describe('serving behaviour', () => {
  const redirects: readonly [string, string][] = [
    [`${CHAPTER_PATH}.html`, CHAPTER_PATH],
    [`${CHAPTER_PATH}/`, CHAPTER_PATH],
    ['/laboratorio/', '/laboratorio'],
    ['/index.html', '/'],
    ['/laboratorio.html?ejercicio=1', '/laboratorio?ejercicio=1'],
  ];

  test('clean URLs answer as docusaurus serve does', async ({request}) => {
    for (const path of PAGES) {
      expect((await request.get(path, {maxRedirects: 0})).status(), path).toBe(200);
    }
    for (const [from, to] of redirects) {
      const response = await request.get(from, {maxRedirects: 0});
      expect(response.status(), from).toBe(301);
      // Relative: behind a proxy the reader's scheme, host and port are kept.
      expect(response.headers().location, from).toBe(to);
    }
  });

  test.describe(() => {
    test.use({
      expectedConsoleErrors: [{pattern: /status of 404/, reason: 'the page under test is a 404'}],
    });
    test('an unknown path is a 404 with the Spanish 404 page', async ({request, page}) => {
      const response = await request.get('/no-existe');
      expect(response.status()).toBe(404);
      expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
      expect(await response.text()).toMatch(/<html lang="?es/);
      const visit = await page.goto('/no-existe');
      expect(visit?.status()).toBe(404);
      await expect(page.getByRole('heading', {level: 1})).toHaveText('Página no encontrada');
    });
  });

  test('hashed assets are immutable for a year, pages are revalidated', async ({request}) => {
    const html = await (await request.get(CHAPTER_PATH)).text();
    // The stylesheet's link, and the scripts the page asks for after its first paint (their
    // paths are in the inline script at the end of <body>).
    const assets = [...new Set(html.match(/\/assets\/[\w~.\-/]+\.(?:css|js)/g))];
    expect(assets.filter((asset) => asset.endsWith('.js')).length).toBeGreaterThan(1);
    expect(assets.filter((asset) => asset.endsWith('.css')).length).toBeGreaterThan(0);
    for (const asset of assets) {
      const response = await request.get(asset);
      expect(response.status(), asset).toBe(200);
      expect(response.headers()['cache-control'], asset).toBe(
        'public, max-age=31536000, immutable',
      );
      // The security headers survive the asset rules.
      expect(response.headers()['x-content-type-options'], asset).toBe('nosniff');
    }
    for (const path of ['/', CHAPTER_PATH, '/sitemap.xml', '/img/logo.svg']) {
      expect((await request.get(path)).headers()['cache-control'], path).toBe('no-cache');
    }
  });

  test('text is compressed with gzip', async ({request}) => {
    const html = await (await request.get(CHAPTER_PATH)).text();
    const script = /\/assets\/js\/main\.[^"\s>]+\.js/.exec(html)?.[0];
    const style = /<link rel="?stylesheet"? href="?(\/assets\/css\/[^"\s>]+\.css)/.exec(html)?.[1];
    for (const path of [
      CHAPTER_PATH,
      script!,
      style!,
      '/sitemap.xml',
      '/img/logo.svg',
      '/search-index.json',
    ]) {
      const response: APIResponse = await request.get(path, {headers: {'Accept-Encoding': 'gzip'}});
      expect(response.headers()['content-encoding'], path).toBe('gzip');
      expect(response.headers().vary, path).toContain('Accept-Encoding');
    }
  });

  test('HEAD answers like GET without a body; no listing, no version', async ({
    request,
    baseURL,
  }) => {
    const head = await request.head(CHAPTER_PATH);
    expect(head.status()).toBe(200);
    expect(head.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect((await head.body()).length).toBe(0);
    for (const directory of ['/assets/', '/assets/js/', '/img/']) {
      expect((await request.get(directory, {maxRedirects: 0})).status(), directory).toBe(404);
    }
    expect((await request.get('/_nginx/security-headers.conf')).status()).toBe(404);
    const notFound = await raw(baseURL, get('/no-existe'));
    expect(notFound.body).not.toMatch(/nginx\/\d/);
    expect((await request.get('/')).headers().server).toBe('nginx');
  });
});

test.describe('hostile requests get a 4xx, never a 5xx, never a file outside build/', () => {
  test('path traversal, plain and encoded', async ({baseURL}) => {
    for (const target of [
      '/../../etc/passwd',
      '/assets/../../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
      '/..%2f..%2f..%2fetc%2fpasswd',
      '/assets/..%252f..%252f..%252fetc%252fpasswd',
      '/..\\..\\etc\\passwd',
      '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
    ]) {
      expectRefused(await raw(baseURL, get(target)), target);
    }
  });

  test('NUL bytes', async ({baseURL}) => {
    for (const target of ['/index.html%00.txt', '/%00', '/assets/%00/../../etc/passwd']) {
      expectRefused(await raw(baseURL, get(target)), target);
    }
  });

  test('a 16 KB URL', async ({baseURL}) => {
    const answer = await raw(baseURL, get(`/${'a'.repeat(16 * 1024)}`));
    expectRefused(answer, '16 KB URL');
    expect(answer.status).toBe(414);
  });

  test('a 1 MB header', async ({baseURL}) => {
    const answer = await raw(baseURL, get('/', `X-Filler: ${'b'.repeat(1024 * 1024)}\r\n`));
    expectRefused(answer, '1 MB header');
  });

  test('methods other than GET and HEAD get 405 and the methods allowed', async ({baseURL}) => {
    for (const method of [
      'POST',
      'PUT',
      'DELETE',
      'PATCH',
      'OPTIONS',
      'TRACE',
      'PROPFIND',
      'FOO',
    ]) {
      for (const target of ['/', CHAPTER_PATH, '/no-existe']) {
        const body = method === 'POST' || method === 'PUT' ? 'x=1' : '';
        const answer = await raw(
          baseURL,
          `${method} ${target} HTTP/1.1\r\nHost: localhost\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
        );
        expect(answer.status, `${method} ${target}`).toBe(405);
        expect(answer.head, `${method} ${target}`).toMatch(/\r\nAllow: GET, HEAD(\r\n|$)/i);
      }
    }
    // Only a 405 carries Allow.
    expect((await raw(baseURL, get('/'))).head).not.toMatch(/\r\nAllow:/i);
  });

  test('malformed percent-encoding', async ({baseURL}) => {
    for (const target of ['/%', '/%zz', '/%e0%a4%a', '/%%32%65', '/assets/%ff%fe']) {
      expectRefused(await raw(baseURL, get(target)), target);
    }
  });
});
