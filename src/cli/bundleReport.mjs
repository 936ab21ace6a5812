#!/usr/bin/env node
/**
 * What each browser chunk holds: `npm run bundle:report` builds with BUNDLE_REPORT=1 (the
 * bundler's stats, src/plugins/bundleReport.ts) and prints every JS file with its gzip size and
 * largest modules, then which chunks hold each folder of src/. Options: --top N (modules per
 * chunk, default 6), --folder src/x (only chunks holding that folder).
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';

const root = path.resolve(import.meta.dirname, '../..');
const statsFile = path.join(root, 'reports/bundle-stats.json');
const {values} = parseArgs({
  options: {top: {type: 'string', default: '6'}, folder: {type: 'string'}},
});

if (!existsSync(statsFile)) {
  console.error(
    `No ${path.relative(root, statsFile)}: run "npm run bundle:report" (it builds first).`,
  );
  process.exit(1);
}
const chunks = JSON.parse(readFileSync(statsFile, 'utf8'));

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** `./node_modules/@codemirror/view/dist/index.js + 1 modules` → `@codemirror/view`. */
function owner(name) {
  const clean = name
    .replace(/^.*!/, '')
    .replace(/^\.\//, '')
    .replace(/ \+ \d+ modules$/, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
  return pkg ? pkg[1] : clean;
}
function folder(name) {
  const own = owner(name);
  return own.startsWith('src/') ? own.split('/').slice(0, 2).join('/') + '/' : own;
}
function role(chunk) {
  const names = chunk.modules.map((module) => module.name).join('\n');
  if (chunk.initial) return 'every page';
  if (/analysis\.worker\.ts/.test(names)) return 'the lab checker, in its worker';
  if (/src\/lab\/analysis\.ts/.test(names))
    return 'the checker on the main thread: fetched only if the worker cannot start';
  if (/src\/lab\/LabEditor\.tsx/.test(names)) return 'the lab editor';
  if (/@codemirror\/view/.test(names)) return 'CodeMirror';
  return '';
}

const rows = chunks
  .filter((chunk) => chunk.files.length > 0)
  .map((chunk) => {
    const bytes = chunk.files.reduce((sum, file) => {
      const built = path.join(root, 'build', file);
      return sum + (existsSync(built) ? gzipSync(readFileSync(built), {level: 9}).length : 0);
    }, 0);
    return {chunk, bytes};
  })
  .filter(
    ({chunk}) => !values.folder || chunk.modules.some((m) => folder(m.name) === values.folder),
  )
  .sort((a, b) => b.bytes - a.bytes);

for (const {chunk, bytes} of rows) {
  const label = role(chunk);
  console.log(
    `${kb(bytes).padStart(9)} gzip  ${chunk.files.join(', ')}${label ? `  (${label})` : ''}`,
  );
  const byOwner = new Map();
  for (const module of chunk.modules.filter((m) => m.size > 0)) {
    byOwner.set(owner(module.name), (byOwner.get(owner(module.name)) ?? 0) + module.size);
  }
  for (const [name, size] of [...byOwner]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(values.top))) {
    console.log(`${' '.repeat(17)}${kb(size).padStart(9)}  ${name}`);
  }
}

console.log('\nWhere each folder of src/ lands (raw bytes per chunk):');
const folders = new Map();
for (const {chunk} of rows) {
  for (const module of chunk.modules) {
    const name = folder(module.name);
    if (!name.startsWith('src/')) continue;
    const inFolder = folders.get(name) ?? new Map();
    const file = chunk.files[0];
    inFolder.set(file, (inFolder.get(file) ?? 0) + module.size);
    folders.set(name, inFolder);
  }
}
for (const [name, files] of [...folders].sort()) {
  const where = [...files].map(([file, size]) => `${path.basename(file)} ${kb(size)}`).join(', ');
  console.log(`  ${name.padEnd(20)} ${where}`);
}
