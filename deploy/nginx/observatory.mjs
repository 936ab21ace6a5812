#!/usr/bin/env node
/**
 * `npm run observatory`: scores the production nginx configuration with the MDN HTTP
 * Observatory's own scanner (@mdn/mdn-http-observatory), against the local nginx on loopback.
 *
 * The scanner is installed on first use into node_modules/.cache/ (not by `npm ci`: it brings
 * a database client and a web server we do not need). Its install scripts download Mozilla's
 * CA bundle and the HSTS preload list from the internet; they are skipped, and the preload list
 * is written empty: a loopback address is on no preload list anyway.
 *
 * Two tests cannot pass on plain-HTTP loopback and are reported as such: "redirection" (HTTP
 * must redirect to HTTPS) and "strict-transport-security" (HSTS is only read over HTTPS). Both
 * belong to whatever terminates TLS in front of the container (GitHub Pages does both).
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {startLocalNginx} from './serve-local.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VERSION = '1.4.8';
const CACHE = path.join(ROOT, 'node_modules/.cache/mdn-http-observatory');
const PACKAGE = path.join(CACHE, 'node_modules/@mdn/mdn-http-observatory');
const PORT = Number(process.env.OBSERVATORY_PORT ?? 3260);
const NEEDS_HTTPS = new Set(['redirection', 'strict-transport-security']);

if (!existsSync(path.join(PACKAGE, 'src/scan.js'))) {
  console.log(
    `Installing @mdn/mdn-http-observatory@${VERSION} into ${path.relative(ROOT, CACHE)}...`,
  );
  mkdirSync(CACHE, {recursive: true});
  writeFileSync(path.join(CACHE, 'package.json'), '{"private": true}\n');
  execFileSync(
    'npm',
    [
      'install',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--no-save',
      `@mdn/mdn-http-observatory@${VERSION}`,
    ],
    {cwd: CACHE, stdio: 'inherit'},
  );
}
const preload = path.join(PACKAGE, 'conf/hsts-preload.json');
if (!existsSync(preload)) writeFileSync(preload, '{}\n');

const nginx = await startLocalNginx({port: PORT, stdio: ['ignore', 'ignore', 'inherit']});
process.on('exit', nginx.stop);

const output = execFileSync(
  process.execPath,
  [path.join(PACKAGE, 'src/scan.js'), new URL(nginx.origin).host],
  {
    encoding: 'utf8',
  },
);
const {scan, tests, error} = JSON.parse(output);
if (error) throw new Error(`Observatory: ${error}`);

console.log(`MDN HTTP Observatory ${VERSION}, ${nginx.origin}/ (nginx, deploy/nginx/)`);
console.log(
  `Grade ${scan.grade}, score ${scan.score}/100, ${scan.testsPassed} of ${scan.testsQuantity} tests passed`,
);
let projected = 100;
let extraCredit = 0;
for (const [name, test] of Object.entries(tests)) {
  const modifier = test.scoreModifier > 0 ? `+${test.scoreModifier}` : String(test.scoreModifier);
  const why =
    !test.pass && NEEDS_HTTPS.has(name)
      ? '  (needs HTTPS: the TLS terminator in front sets it)'
      : '';
  console.log(
    `  ${test.pass ? 'pass' : 'FAIL'}  ${name.padEnd(34)} ${String(test.result).padEnd(60)} ${modifier}${why}`,
  );
  if (test.scoreModifier > 0) extraCredit += test.scoreModifier;
  else if (!NEEDS_HTTPS.has(name)) projected += test.scoreModifier;
}
const failedElsewhere = Object.entries(tests).filter(
  ([name, test]) => !test.pass && !NEEDS_HTTPS.has(name),
);
console.log(
  `Behind HTTPS with a redirect and HSTS, the same headers would score ${projected >= 90 ? projected + extraCredit : projected}` +
    ` (extra credit counts from 90).`,
);
process.exit(failedElsewhere.length === 0 ? 0 : 1);
