import {createHash} from 'node:crypto';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  DROPPED,
  OVERRIDES,
  activeOverrides,
  overridesOff,
  type Override,
} from '../../../src/overrides/ledger';
import {upstreamFile} from '../../../src/plugins/dependencyPatches';

/**
 * The guard of src/overrides/ledger.ts. Each test is named after an entry's id, so a failure (or
 * the canary workflow's summary) says which override an upgrade broke. When one fails after an
 * upgrade: read the upstream file's new version, re-apply or drop the override, then record the
 * new version and sha256 in the ledger.
 */

const ROOT = process.cwd();
const sha256 = (file: string): string =>
  createHash('sha256').update(readFileSync(file)).digest('hex');
const installedVersion = (entry: Override): string => {
  const file = upstreamFile(entry.upstream, ROOT);
  const packageDir = file.slice(0, file.length - entry.upstream.file.length);
  return (
    JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
};

const MIT_HEADER = '/**\n * Copyright (c) Facebook, Inc. and its affiliates.';
const derivedLine = (entry: Override): string =>
  `Derived from ${entry.upstream.package} ${entry.upstream.version}, ${entry.upstream.file} (MIT; see LICENSE).`;
/** Files that replace an upstream one outright (nothing copied) say why instead. */
const REPLACED = new Set(['prism-include-languages']);

const byId = OVERRIDES.map((entry) => [entry.id, entry] as const);

describe('the override ledger', () => {
  it('has one entry per id, each with what, why, gain, an upstream issue and a way out', () => {
    const ids = OVERRIDES.map((entry) => entry.id);
    expect(new Set(ids).size, 'duplicate ids').toBe(ids.length);
    for (const entry of OVERRIDES) {
      for (const field of ['what', 'why', 'gain', 'removeWhen'] as const) {
        expect(entry[field].length, `${entry.id}: ${field}`).toBeGreaterThan(10);
      }
      if ('url' in entry.issue) {
        expect(entry.issue.url, entry.id).toMatch(
          /^https:\/\/github\.com\/[^/]+\/[^/]+\/issues\/\d+$/,
        );
      } else {
        const sameAs = /^Same issue as ([a-z0-9-]+)/.exec(entry.issue.draft)?.[1];
        if (sameAs) expect(ids, `${entry.id} points to ${sameAs}`).toContain(sameAs);
        else expect(entry.issue.draft.length, `${entry.id}: draft issue`).toBeGreaterThan(150);
      }
      expect(existsSync(path.join(ROOT, entry.ours)), `${entry.id}: ${entry.ours}`).toBe(true);
    }
  });

  it.each(byId)(
    '%s: the upstream file is still the one the override was written against',
    (_, entry) => {
      const file = upstreamFile(entry.upstream, ROOT);
      const version = installedVersion(entry);
      const what = `${entry.upstream.package}/${entry.upstream.file}`;
      expect(
        version,
        `${entry.id}: ${entry.upstream.package} is now ${version}: review ${entry.ours} against the new ${what}, then update the entry in src/overrides/ledger.ts`,
      ).toBe(entry.upstream.version);
      expect(
        sha256(file),
        `${entry.id}: ${what} changed: review ${entry.ours} against it, then record its sha256 in src/overrides/ledger.ts`,
      ).toBe(entry.upstream.sha256);
    },
  );

  it.each(byId.filter(([, entry]) => entry.kind === 'text-patch'))(
    '%s: each patched text is there exactly once',
    (_, entry) => {
      if (entry.kind !== 'text-patch') return;
      const source = readFileSync(upstreamFile(entry.upstream, ROOT), 'utf8');
      for (const {search} of entry.replacements) {
        expect(source.split(search), `${entry.id}: ${search}`).toHaveLength(2);
      }
    },
  );

  it.each(byId.filter(([, entry]) => entry.derived))(
    '%s: the copy keeps the MIT header, names its source, and LICENSE lists it',
    (_, entry) => {
      const source = readFileSync(path.join(ROOT, entry.ours), 'utf8');
      expect(source.startsWith(MIT_HEADER), `${entry.ours}: Meta's MIT header first`).toBe(true);
      expect(source, `${entry.ours}: the «Derived from» line`).toContain(derivedLine(entry));
      const license = readFileSync(path.join(ROOT, 'LICENSE'), 'utf8');
      const section = license.slice(license.indexOf('Archivos derivados de Docusaurus'));
      expect(section, `LICENSE lists ${entry.ours}`).toContain(`- ${entry.ours}\n`);
    },
  );

  it('every ejected or copied file is marked derived, or replaces its upstream file outright', () => {
    const unmarked = OVERRIDES.filter(
      (entry) =>
        (entry.kind === 'ejected' || entry.kind === 'copied') &&
        !entry.derived &&
        !REPLACED.has(entry.id),
    );
    expect(unmarked.map((entry) => entry.id)).toEqual([]);
  });

  it('replaced files say why in their first line', () => {
    for (const entry of OVERRIDES.filter((override) => REPLACED.has(override.id))) {
      expect(readFileSync(path.join(ROOT, entry.ours), 'utf8')).toMatch(/^\/\/ Why: /);
    }
  });

  it('LICENSE lists no derived file the ledger does not know', () => {
    const license = readFileSync(path.join(ROOT, 'LICENSE'), 'utf8');
    const section = license.slice(license.indexOf('Archivos derivados de Docusaurus'));
    const listed = [...section.matchAll(/^- (src\/\S+)$/gm)].map((match) => match[1]);
    const known = new Set(OVERRIDES.map((entry) => entry.ours));
    expect(listed.filter((file) => !known.has(file!))).toEqual([]);
  });

  it('every theme file with an upstream counterpart wraps it, or is in the ledger', () => {
    const upstreamTheme = path.join(ROOT, 'node_modules/@docusaurus/theme-classic/lib/theme');
    const ledgered = new Set(OVERRIDES.map((entry) => entry.ours));
    // The site's theme folder, and the code blocks plugin's (src/codeBlocks/index.ts).
    const unlisted = ['src/theme', 'src/codeBlocks/theme'].flatMap((themeDir) =>
      readdirSync(path.join(ROOT, themeDir), {recursive: true})
        .map(String)
        .filter((file) => /\.(tsx?|css)$/.test(file))
        .filter((file) => {
          const upstream = path.join(upstreamTheme, file.replace(/\.tsx?$/, '.js'));
          if (!existsSync(upstream)) return false;
          const source = readFileSync(path.join(ROOT, themeDir, file), 'utf8');
          const wraps = /@theme-(original|init)\//.test(source);
          return !wraps && !ledgered.has(`${themeDir}/${file}`);
        })
        .map((file) => `${themeDir}/${file}`),
    );
    expect(unlisted, 'wrap these (@theme-original) or add them to src/overrides/ledger.ts').toEqual(
      [],
    );
  });

  it('an override measured and dropped does not come back without its record going', () => {
    const ids = new Set(OVERRIDES.map((entry) => entry.id));
    const back = DROPPED.map((dropped) => dropped.id).filter((id) => ids.has(id));
    expect(back, 'remove its DROPPED record, with the new measurement in its entry').toEqual([]);
    for (const dropped of DROPPED) expect(dropped.measured, dropped.id).toMatch(/p = 0\.\d+/);
  });

  it('OVERRIDES_OFF switches entries off by id, and refuses an unknown id', () => {
    expect(overridesOff({}).size).toBe(0);
    const env = {OVERRIDES_OFF: 'client-entry-in-steps, window-size-transition'};
    expect(activeOverrides('module-swap', env).map((entry) => entry.id)).not.toContain(
      'client-entry-in-steps',
    );
    expect(activeOverrides('text-patch', env).map((entry) => entry.id)).not.toContain(
      'window-size-transition',
    );
    expect(() => overridesOff({OVERRIDES_OFF: 'no-such-entry'})).toThrow(
      'OVERRIDES_OFF names no entry of src/overrides/ledger.ts: no-such-entry',
    );
  });
});
