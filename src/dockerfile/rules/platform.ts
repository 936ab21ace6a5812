/**
 * BuildKit's checks on FROM --platform, on the flag after expansion
 * (`dockerfile2llb/validations.go`: reportRedundantTargetPlatform, reportConstPlatformDisallowed).
 * InvalidBaseImagePlatform is not here: it needs the base image's manifest from a registry.
 */
import type {Finding, Rule} from '../rule';
import {buildkitUrl} from '../rule';
import {PLATFORM_ARGS} from '../dispatch';

const OS = new Set([
  'aix',
  'android',
  'darwin',
  'dragonfly',
  'freebsd',
  'illumos',
  'ios',
  'js',
  'linux',
  'netbsd',
  'openbsd',
  'plan9',
  'solaris',
  'wasip1',
  'windows',
]);

const ARCH: Readonly<Record<string, string>> = {
  i386: '386',
  x86_64: 'amd64',
  'x86-64': 'amd64',
  aarch64: 'arm64',
  armhf: 'arm',
  armel: 'arm',
};

/** OS and architecture as containerd's platforms.Parse normalises them; null if it errs. */
function parsePlatform(text: string): {os: string; architecture: string} | null {
  const parts = text.toLowerCase().split('/');
  if (parts.some((part) => !/^[a-z0-9_.-]+$/.test(part)) || parts.length > 3) return null;
  const normalise = (arch: string): string => ARCH[arch] ?? arch;
  if (parts.length === 1) {
    const [only = ''] = parts;
    if (OS.has(only === 'macos' ? 'darwin' : only))
      return {os: only === 'macos' ? 'darwin' : only, architecture: 'amd64'};
    return {os: 'linux', architecture: normalise(only)};
  }
  const [os = '', arch = ''] = parts;
  return {os: os === 'macos' ? 'darwin' : os, architecture: normalise(arch)};
}

export const redundantTargetPlatform: Rule = {
  id: 'RedundantTargetPlatform',
  source: 'buildkit',
  severity: 'warning',
  title: 'FROM --platform=$TARGETPLATFORM sobra',
  fix: 'Quitar --platform: la plataforma de destino ya es la de cada etapa por defecto.',
  url: buildkitUrl('RedundantTargetPlatform'),
  check: ({dispatch}) =>
    dispatch.stages.flatMap(({from, platform}): Finding[] =>
      platform &&
      platform.matched.size === 1 &&
      platform.unmatched.size === 0 &&
      platform.matched.has('TARGETPLATFORM') &&
      platform.result === PLATFORM_ARGS.get('TARGETPLATFORM')
        ? [
            {
              line: from.lines.start,
              message: `--platform=${from.flags.get('platform')?.[0] ?? ''} es el valor por defecto.`,
            },
          ]
        : [],
    ),
};

export const fromPlatformFlagConstDisallowed: Rule = {
  id: 'FromPlatformFlagConstDisallowed',
  source: 'buildkit',
  severity: 'warning',
  title: 'FROM --platform sin un valor fijo',
  fix: 'Quitar --platform y elegir la plataforma con docker build --platform, o usar $BUILDPLATFORM; si la etapa es de una arquitectura concreta, que su nombre lo diga (tools-amd64).',
  url: buildkitUrl('FromPlatformFlagConstDisallowed'),
  check: ({dispatch}) =>
    dispatch.stages.flatMap(({from, platform, name}): Finding[] => {
      if (!platform || platform.matched.size > 0 || platform.unmatched.size > 0) return [];
      const parsed = parsePlatform(platform.result);
      const stageName = name ?? '';
      if (!parsed || stageName.includes(parsed.os) || stageName.includes(parsed.architecture))
        return [];
      return [
        {
          line: from.lines.start,
          message: `--platform=${platform.result} fija la plataforma: la imagen ya no podrá construirse para otras.`,
        },
      ];
    }),
};
