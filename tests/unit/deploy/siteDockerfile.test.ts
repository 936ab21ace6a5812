import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkDockerfile} from '../../../src/dockerfile';

// The site's own image is checked by the same validator as the course's examples: no Docker
// engine runs in CI, so this is a static check of what `docker build` would be given.
const ROOT = path.join(__dirname, '../../..');
const source = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
const {dispatch, diagnostics} = checkDockerfile(source, {
  dockerignore: readFileSync(path.join(ROOT, '.dockerignore'), 'utf8'),
});

describe('the site Dockerfile', () => {
  it('passes every rule of the checker, warnings included', () => {
    expect(diagnostics).toEqual([]);
  });

  it('builds with Node 24 LTS and serves from an unprivileged nginx stage of the stable line', () => {
    expect(dispatch.stages.map((s) => [s.name, s.baseText, s.isFinal])).toEqual([
      ['build', 'node:24-trixie-slim', false],
      [null, 'nginxinc/nginx-unprivileged:1.30-alpine', true],
    ]);
    expect(source).toMatch(/^USER nginx$/m);
  });

  it('serves with deploy/nginx/, the configuration the nginx tests run', () => {
    expect(
      dispatch.stages.flatMap((stage) =>
        stage.instructions.flatMap((instruction) =>
          instruction.from.map(({text, source}) => ({text, source, into: stage.index})),
        ),
      ),
    ).toEqual([
      {text: 'build', source: {kind: 'stage', index: 0}, into: 1},
      {text: 'build', source: {kind: 'stage', index: 0}, into: 1},
    ]);
    expect(source).toMatch(
      /^COPY deploy\/nginx\/http\.conf deploy\/nginx\/site\.conf \/etc\/nginx\/$/m,
    );
    expect(source).toMatch(
      /^COPY deploy\/nginx\/default\.conf \/etc\/nginx\/conf\.d\/default\.conf$/m,
    );
    expect(source).toMatch(/security-headers\.conf \/etc\/nginx\/security-headers\.conf$/m);
  });

  it('default.conf differs from the tested server only by its port and root', () => {
    const conf = readFileSync(path.join(ROOT, 'deploy/nginx/default.conf'), 'utf8')
      .replace(/#.*$/gm, '')
      .replace(/\s+/g, ' ')
      .trim();
    expect(conf).toBe(
      'include /etc/nginx/http.conf; server { listen 8080; server_name _; root /usr/share/nginx/html; include /etc/nginx/site.conf; }',
    );
  });

  it('keeps dependencies and build output out of the build context', () => {
    const ignored = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'build', '.git']));
  });
});
