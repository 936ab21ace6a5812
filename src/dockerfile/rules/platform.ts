/**
 * BuildKit's checks on FROM --platform. InvalidBaseImagePlatform is not here: it needs the base
 * image's manifest from a registry, which a static check does not have.
 */
import type {Instruction} from 'dockerfile-ast';
import type {Rule} from '../rule';
import {at, buildkitUrl} from '../rule';
import {flagsOf} from '../analyse';

function platformOf(stage: {readonly instructions: readonly Instruction[]}) {
  const from = stage.instructions[0];
  const flag = from ? flagsOf(from).find((f) => f.getName() === 'platform') : undefined;
  return from && flag ? {from, value: flag.getValue() ?? ''} : null;
}

export const redundantTargetPlatform: Rule = {
  id: 'RedundantTargetPlatform',
  source: 'buildkit',
  severity: 'warning',
  title: 'FROM --platform=$TARGETPLATFORM sobra',
  fix: 'Quitar --platform: la plataforma de destino ya es la de cada etapa por defecto.',
  url: buildkitUrl('RedundantTargetPlatform'),
  check: ({analysis}) =>
    analysis.stages.flatMap((stage) => {
      const platform = platformOf(stage);
      return platform && /^\$\{?TARGETPLATFORM\}?$/.test(platform.value)
        ? [at(platform.from, '--platform=$TARGETPLATFORM es el valor por defecto.')]
        : [];
    }),
};

export const fromPlatformFlagConstDisallowed: Rule = {
  id: 'FromPlatformFlagConstDisallowed',
  source: 'buildkit',
  severity: 'warning',
  title: 'FROM --platform sin un valor fijo',
  fix: 'Quitar --platform y elegir la plataforma con docker build --platform, o usar $BUILDPLATFORM; si la etapa es de una arquitectura concreta, que su nombre lo diga (build_amd64).',
  url: buildkitUrl('FromPlatformFlagConstDisallowed'),
  check: ({analysis}) =>
    analysis.stages.flatMap((stage) => {
      const platform = platformOf(stage);
      if (!platform || platform.value.includes('$')) return [];
      const parts = platform.value.toLowerCase().split('/');
      const named = parts.some((part) => part && stage.name?.toLowerCase().includes(part));
      return named
        ? []
        : [
            at(
              platform.from,
              `--platform=${platform.value} fijar la plataforma: la imagen ya no podrá construirse para otras.`,
            ),
          ];
    }),
};
