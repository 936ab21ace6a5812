/**
 * Reading a clone of an upstream repository for the snapshot scripts (officialTags.mjs,
 * distrolessTags.mjs): a work tree or a bare clone, at its HEAD.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';

/**
 * A function that reads a file of the clone by its path: from the work tree when `probe` (a
 * folder the repository has) is there, else from HEAD of the bare clone.
 */
export function cloneReader(clone, probe) {
  if (existsSync(path.join(clone, probe))) {
    return (file) => readFileSync(path.join(clone, file), 'utf8');
  }
  return (file) =>
    execFileSync('git', ['--git-dir', clone, 'show', `HEAD:${file}`], {encoding: 'utf8'});
}

/** The clone's HEAD commit and its date (YYYY-MM-DD). */
export function cloneHead(clone) {
  const gitDir = existsSync(path.join(clone, '.git')) ? path.join(clone, '.git') : clone;
  const [commit, date] = execFileSync(
    'git',
    ['--git-dir', gitDir, 'log', '-1', '--format=%H %cs'],
    {
      encoding: 'utf8',
    },
  )
    .trim()
    .split(' ');
  return {commit, date};
}
