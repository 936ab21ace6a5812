#!/usr/bin/env node
/**
 * Compresses the built site's text files once, at build time (`npm run build` runs it), so
 * that nginx serves the .gz next to each file (`gzip_static on` in http.conf) instead of
 * compressing the same bytes on every request. Level 9: paid once, smaller for every reader.
 * Files nginx would not compress (small, binary) are left alone; gzip on the fly stays as the
 * fallback for anything without a .gz.
 */
import {readFile, readdir, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {promisify} from 'node:util';
import {gzip} from 'node:zlib';

const TEXT = /\.(html|js|css|json|svg|xml|txt)$/;
const MIN_BYTES = 512;
const compress = promisify(gzip);

const root = path.resolve(process.argv[2] ?? 'build');
const entries = await readdir(root, {withFileTypes: true, recursive: true});
let count = 0;
let before = 0;
let after = 0;
await Promise.all(
  entries
    .filter((entry) => entry.isFile() && TEXT.test(entry.name))
    .map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name);
      if ((await stat(file)).size < MIN_BYTES) return;
      const data = await readFile(file);
      const packed = await compress(data, {level: 9});
      await writeFile(`${file}.gz`, packed);
      count += 1;
      before += data.length;
      after += packed.length;
    }),
);
console.log(
  `precompress: ${count} files, ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB gzip`,
);
