#!/usr/bin/env node
/**
 * `npm run test:new-chapter`: what a new contributor does, end to end, in a temporary copy.
 *
 * Copies the working tree (tracked and new files; node_modules is linked, not copied), commits
 * it, runs `npm run new-chapter -- 1`, writes a comparison and a two-question quiz into the new
 * page (tests/fixtures/new-chapter/body.mdx), then requires that `git status --short` lists
 * exactly the two files and that the whole `npm test` passes there. Too slow for `npm test`
 * itself (a second build and e2e run); CI runs it as its own job.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHAPTER = 1;
const SLUG = 'curso_de_docker_desde_cero';
const keep = process.argv.includes('--keep');

const run = (cwd, command, args, options = {}) =>
  execFileSync(command, args, {cwd, encoding: 'utf8', stdio: 'pipe', ...options});

const copy = mkdtempSync(path.join(tmpdir(), 'curso-new-chapter-'));
// mkdtemp makes the folder private (0700): deploy/nginx/serve-local.mjs serves it all the same.
console.log(`Copia temporal: ${copy}`);
try {
  const files = run(ROOT, 'git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'])
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    cpSync(path.join(ROOT, file), path.join(copy, file), {recursive: true, force: true});
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  const git = (...args) => run(copy, 'git', args);
  git('init', '--quiet');
  git('add', '--all');
  git('-c', 'user.name=ci', '-c', 'user.email=ci@localhost', 'commit', '--quiet', '-m', 'base');

  console.log(run(copy, 'npm', ['run', '--silent', 'new-chapter', '--', String(CHAPTER)]));
  const page = path.join(copy, 'docs', `${SLUG}.mdx`);
  const body = readFileSync(path.join(ROOT, 'tests/fixtures/new-chapter/body.mdx'), 'utf8');
  const text = readFileSync(page, 'utf8');
  const marker = '\n---\n\n## Sigue el curso';
  if (!text.includes(marker)) throw new Error(`${page}: no "## Sigue el curso" section`);
  writeFileSync(page, text.replace(marker, `\n${body}${marker}`));

  const status = git('status', '--short');
  console.log(`git status --short:\n${status}`);
  const changed = status
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3))
    .sort();
  const expected = [`docs/${SLUG}.mdx`, 'src/data/course.ts'];
  if (JSON.stringify(changed) !== JSON.stringify(expected)) {
    throw new Error(
      `expected exactly ${expected.join(' and ')} changed, got: ${changed.join(', ')}`,
    );
  }

  // Another port than the main checkout's tests, so both can run on one machine.
  const test = spawnSync('npm', ['test'], {
    cwd: copy,
    stdio: 'inherit',
    env: {...process.env, PORT: process.env.NEW_CHAPTER_PORT ?? '3211'},
  });
  if (test.status !== 0) throw new Error(`npm test failed in ${copy} (exit ${test.status})`);
  console.log(`new chapter ${CHAPTER}: two files changed, npm test passed`);
} catch (error) {
  console.error(`test:new-chapter: ${error.message}`);
  process.exitCode = 1;
} finally {
  if (!keep && process.exitCode !== 1) rmSync(copy, {recursive: true, force: true});
}
