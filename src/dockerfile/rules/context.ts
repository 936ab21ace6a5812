/** BuildKit's CopyIgnoredFile: copying from the build context what .dockerignore leaves out. */
import type {Rule} from '../rule';
import {buildkitUrl} from '../rule';

/** .dockerignore lines as patterns; blank lines and comments dropped. */
export function dockerignorePatterns(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

const clean = (path: string): string =>
  path
    .replace(/^\.\//, '')
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .replace(/\/\.\//g, '/');

/** Go's filepath.Match plus `**`, as Docker applies it: a pattern also covers what is below it. */
function patternRegExp(pattern: string): RegExp {
  let source = '';
  const body = clean(pattern);
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i] ?? '';
    if (char === '*' && body[i + 1] === '*') {
      source += '.*';
      i += body[i + 2] === '/' ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}(?:/.*)?$`);
}

/** Whether .dockerignore excludes the path: the last matching pattern decides, `!` re-includes. */
function isIgnored(path: string, patterns: readonly string[]): boolean {
  const target = clean(path);
  let ignored = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    if (patternRegExp(negated ? pattern.slice(1) : pattern).test(target)) ignored = !negated;
  }
  return ignored;
}

/** Patterns that exclude every entry of the context root (copySourceRootIgnored). */
const ROOT_PATTERNS = new Set(['*', '**', '**/*']);

/**
 * BuildKit's CopyIgnoredFile (`dockerfile2llb/validations.go`, validateCopySourcePath): a source
 * of COPY or ADD from the build context that .dockerignore excludes. BuildKit says nothing when
 * the .dockerignore has any `!` exception (a file may be re-included inside an excluded folder,
 * which it does not try to decide), and warns about `.` only when a pattern excludes the whole
 * root.
 */
export const copyIgnoredFile: Rule = {
  id: 'CopyIgnoredFile',
  source: 'buildkit',
  severity: 'warning',
  title: 'COPY y ADD no piden lo que .dockerignore excluye',
  fix: 'Ese archivo no llega al contexto de construcción: quitarlo de .dockerignore (o añadir una excepción con «!») o no copiarlo.',
  url: buildkitUrl('CopyIgnoredFile'),
  check: ({dispatch, dockerignore}) => {
    if (!dockerignore || dockerignore.length === 0) return [];
    if (dockerignore.some((pattern) => pattern.startsWith('!'))) return [];
    const patterns = dockerignore.map((pattern) => clean(pattern));
    return dispatch.stages.flatMap((stage) =>
      stage.instructions.flatMap(({keyword, flags, expanded, lines}) => {
        if (keyword !== 'COPY' && keyword !== 'ADD') return [];
        if (flags.has('from')) return [];
        return expanded
          .slice(0, -1)
          .filter((source) => !source.startsWith('<<') && !/^[a-z]+:\/\//i.test(source))
          .filter((source) => !/^git@/.test(source))
          .map((source) => ({source, path: clean(source) || '.'}))
          .filter(({path}) =>
            path === '.'
              ? patterns.some((pattern) => ROOT_PATTERNS.has(pattern))
              : isIgnored(path, patterns),
          )
          .map(({path}) => ({
            line: lines.start,
            message: `«${path}» está excluido por .dockerignore: no llegará a la construcción.`,
          }));
      }),
    );
  },
};
