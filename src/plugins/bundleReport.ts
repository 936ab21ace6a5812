/**
 * Local Docusaurus plugin: with BUNDLE_REPORT=1, the build writes what each browser chunk holds
 * (the bundler's own stats) to reports/bundle-stats.json; `npm run bundle:report` prints it.
 * Off by default: only someone asking what a chunk holds reads them.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

const BUNDLE_STATS_FILE = 'reports/bundle-stats.json';

/** The slice of the bundler's stats the report reads. */
interface StatsModule {
  readonly name?: string;
  readonly size?: number;
  readonly modules?: readonly StatsModule[];
}
interface StatsChunk {
  readonly id?: string | number | null;
  readonly names?: readonly string[];
  readonly files?: readonly string[];
  readonly initial?: boolean;
  readonly modules?: readonly StatsModule[];
}
interface Stats {
  toJson(options: object): {chunks?: readonly StatsChunk[]};
}
interface Compiler {
  hooks: {done: {tapPromise(name: string, run: (stats: Stats) => Promise<void>): void}};
}

/** A module and its parts: a concatenated module lists its inner modules where the stats name them. */
function flatten(modules: readonly StatsModule[] = []): {name: string; size: number}[] {
  return modules.flatMap((module) => {
    const inner = (module.modules ?? []).filter((part) => part.name);
    if (inner.length === 0) return [{name: module.name ?? '?', size: module.size ?? 0}];
    // The concatenation's own name («./x.ts + 3 modules») names its entry; its bytes are the parts'.
    return [{name: module.name ?? '?', size: 0}, ...flatten(inner)];
  });
}

export default function bundleReportPlugin({siteDir}: LoadContext): Plugin | null {
  if (!process.env.BUNDLE_REPORT) return null;
  return {
    name: 'bundle-report',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      const plugin = {
        apply(compiler: Compiler) {
          compiler.hooks.done.tapPromise('bundle-report', async (stats) => {
            const {chunks = []} = stats.toJson({
              all: false,
              chunks: true,
              chunkModules: true,
              nestedModules: true,
              nestedModulesSpace: Infinity,
              // Modules concatenated into another are listed under it only with this.
              dependentModules: true,
              ids: true,
              modules: true,
              moduleAssets: false,
            });
            const report = chunks.map((chunk) => ({
              id: chunk.id,
              names: chunk.names ?? [],
              files: (chunk.files ?? []).filter((file) => file.endsWith('.js')),
              initial: chunk.initial ?? false,
              modules: flatten(chunk.modules).sort((a, b) => b.size - a.size),
            }));
            const file = path.join(siteDir, BUNDLE_STATS_FILE);
            await mkdir(path.dirname(file), {recursive: true});
            await writeFile(file, JSON.stringify(report, null, 1));
          });
        },
      };
      return {plugins: [plugin]};
    },
  };
}
