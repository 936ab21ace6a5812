#!/usr/bin/env node
/**
 * `npm run loadtest`: load on the production nginx configuration, on loopback, bounded.
 *
 * Starts deploy/nginx/serve-local.mjs on its own port, then autocannon sends 64 connections
 * for 20 s (and never more than MAX_REQUESTS) at the chapter, the course index and a hashed
 * asset, in turn, with gzip like a browser. Prints requests per second, p50/p99 latency, errors
 * and non-2xx answers; exits 1 unless both are 0. Not part of `npm test`: timings vary by
 * machine and a load test is not a correctness test.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import autocannon from 'autocannon';
import {startLocalNginx} from './serve-local.mjs';
import {lessonPath} from '../../tests/course.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PORT = Number(process.env.LOADTEST_PORT ?? 3250);
const DURATION_SECONDS = 20;
const CONNECTIONS = 64;
const MAX_REQUESTS = 5_000_000;

const chapter = lessonPath;
const html = readFileSync(path.join(ROOT, 'build', `${chapter.slice(1)}.html`), 'utf8');
// Preloaded in <head> and started after the first paint (src/enhancement/scriptsAfterPaint.ts).
const asset = /\/assets\/js\/main\.[^"\s>]+\.js/.exec(html)?.[0];
if (!asset) throw new Error('No main bundle in the built chapter: run "npm run build" first.');
const paths = [chapter, '/', asset];

const nginx = await startLocalNginx({port: PORT, stdio: ['ignore', 'ignore', 'inherit']});
process.on('exit', nginx.stop);

console.log(
  `autocannon: ${CONNECTIONS} connections, ${DURATION_SECONDS} s, ${nginx.origin} (${paths.join(', ')})`,
);
const result = await autocannon({
  url: nginx.origin,
  connections: CONNECTIONS,
  duration: DURATION_SECONDS,
  maxOverallRequests: MAX_REQUESTS,
  headers: {'accept-encoding': 'gzip'},
  requests: paths.map((requestPath) => ({method: 'GET', path: requestPath})),
});

const line = (label, value) => console.log(`${label.padEnd(22)} ${value}`);
line('requests', result.requests.total);
line('requests/s (mean)', Math.round(result.requests.average));
line('latency p50', `${result.latency.p50} ms`);
line('latency p99', `${result.latency.p99} ms`);
line('throughput (mean)', `${(result.throughput.average / 1024 / 1024).toFixed(1)} MB/s`);
line('errors', result.errors);
line('timeouts', result.timeouts);
line('non-2xx', result.non2xx);
nginx.stop();
const ok = result.errors === 0 && result.timeouts === 0 && result.non2xx === 0;
console.log(ok ? 'Budget met: 0 errors, 0 non-2xx.' : 'Budget broken: errors or non-2xx answers.');
process.exit(ok ? 0 : 1);
