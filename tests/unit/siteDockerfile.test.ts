import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkDockerfile} from '../../src/dockerfile';

// The site's own image is checked by the same validator as the course's examples: no Docker
// engine runs in CI, so this is a static check of what `docker build` would be given.
const ROOT = path.join(__dirname, '../..');
const source = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
const {analysis, diagnostics} = checkDockerfile(source, {
  dockerignore: readFileSync(path.join(ROOT, '.dockerignore'), 'utf8'),
});

describe('the site Dockerfile', () => {
  it('passes every rule of the checker, warnings included', () => {
    expect(diagnostics).toEqual([]);
  });

  it('builds with Node 20 and serves from an unprivileged nginx stage', () => {
    expect(analysis.stages.map((s) => [s.name, s.base, s.isFinal])).toEqual([
      ['build', 'node:20-bookworm-slim', false],
      [null, 'nginxinc/nginx-unprivileged:1.27-alpine', true],
    ]);
    expect(analysis.copies).toEqual([expect.objectContaining({from: 'build', intoStage: 1})]);
    expect(source).toMatch(/^USER nginx$/m);
  });

  it('configures gzip and long caching for hashed assets only', () => {
    expect(source).toMatch(/gzip on;/);
    expect(source).toMatch(
      /location \/assets\/ \{\s+add_header Cache-Control "public, max-age=31536000, immutable";/,
    );
    expect(source).toMatch(/location \/ \{\s+add_header Cache-Control "no-cache";/);
  });

  it('keeps dependencies and build output out of the build context', () => {
    const ignored = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'build', '.git']));
  });
});
