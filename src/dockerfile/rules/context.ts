/** BuildKit's CopyIgnoredFile: copying from the build context what .dockerignore leaves out. */
import type {Rule} from '../rule';
import {at, buildkitUrl} from '../rule';
import {flagsOf} from '../analyse';

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
export function isIgnored(path: string, patterns: readonly string[]): boolean {
  const target = clean(path);
  let ignored = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    if (patternRegExp(negated ? pattern.slice(1) : pattern).test(target)) ignored = !negated;
  }
  return ignored;
}

export const copyIgnoredFile: Rule = {
  id: 'CopyIgnoredFile',
  source: 'buildkit',
  severity: 'warning',
  title: 'COPY y ADD no piden lo que .dockerignore excluye',
  fix: 'Ese archivo no llega al contexto de construcción: quitarlo de .dockerignore (o añadir una excepción con «!») o no copiarlo.',
  url: buildkitUrl('CopyIgnoredFile'),
  check: ({parsed, dockerignore}) => {
    if (!dockerignore || dockerignore.length === 0) return [];
    return parsed.ast.getInstructions().flatMap((instruction) => {
      const keyword = instruction.getKeyword();
      if (keyword !== 'COPY' && keyword !== 'ADD') return [];
      if (flagsOf(instruction).some((flag) => flag.getName() === 'from')) return [];
      const raw = instruction.getRawArgumentsContent() ?? '';
      if (raw.includes('<<')) return [];
      const args = instruction
        .getArguments()
        .map((argument) => argument.getValue())
        .filter((value) => !value.startsWith('--'));
      return args
        .slice(0, -1)
        .filter((source) => !/^[a-z]+:\/\//i.test(source) && isIgnored(source, dockerignore))
        .map((source) =>
          at(
            instruction,
            `«${source}» está excluido por .dockerignore: no llegará a la construcción.`,
          ),
        );
    });
  },
};
