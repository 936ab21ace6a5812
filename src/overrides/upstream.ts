import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {Upstream} from './ledger';

/** The upstream file's absolute path, looked up as Node would find the package from the site. */
export function upstreamFile(upstream: Upstream, siteDir: string): string {
  const lookup = createRequire(path.join(siteDir, 'package.json')).resolve.paths(upstream.package);
  const found = (lookup ?? [])
    .map((modules) => path.join(modules, upstream.package, upstream.file))
    .find((file) => existsSync(file));
  if (!found) throw new Error(`override: ${upstream.package}/${upstream.file} is not installed`);
  return found;
}
