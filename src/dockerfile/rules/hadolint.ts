/**
 * hadolint's rules on base images and users, with hadolint's meaning (src/Hadolint/Rule/ in
 * hadolint/hadolint): DL3006 (no tag, unless scratch, a digest, a `$` variable or an alias
 * defined by an earlier FROM), DL3007 (the tag latest, unless a digest pins it, as its spec
 * "explicit tagged and SHA" expects) and DL3002 (every stage whose last USER is root).
 */
import type {Finding, Rule} from '../rule';
import {hadolintUrl} from '../rule';

/** Tag and digest as hadolint reads them from the text (`null` when absent); a port is no tag. */
function imageParts(base: string): {tag: string | null; digest: string | null} {
  const last = base.split('/').at(-1) ?? base;
  const [nameAndTag = '', digest = null] = last.split('@');
  const tag = nameAndTag.includes(':') ? (nameAndTag.split(':')[1] ?? '') : null;
  return {tag, digest};
}

export const pinImageTag: Rule = {
  id: 'DL3006',
  source: 'hadolint',
  severity: 'warning',
  title: 'La imagen base lleva una etiqueta explícita',
  fix: 'Escribir la versión (golang:1.27, alpine:3.24): sin etiqueta, Docker usa latest y cada construcción puede partir de otra imagen.',
  url: hadolintUrl('DL3006'),
  check: ({dispatch}) => {
    const aliases = new Set<string>();
    return dispatch.stages.flatMap((stage): Finding[] => {
      const base = stage.baseText;
      const {tag, digest} = imageParts(base);
      const exempt =
        base === 'scratch' || digest !== null || base.startsWith('$') || aliases.has(base);
      if (stage.name) aliases.add(stage.name);
      return exempt || tag !== null
        ? []
        : [
            {
              line: stage.line,
              message: `«${base}» no tiene etiqueta: se tomará «${base}:latest».`,
            },
          ];
    });
  },
};

export const avoidLatest: Rule = {
  id: 'DL3007',
  source: 'hadolint',
  severity: 'warning',
  title: 'Nada de la etiqueta latest',
  fix: 'Fijar una versión concreta (o un digest, @sha256:…): latest cambia sin avisar y la construcción deja de ser reproducible.',
  url: hadolintUrl('DL3007'),
  check: ({dispatch}) =>
    dispatch.stages.flatMap((stage): Finding[] => {
      const {tag, digest} = imageParts(stage.baseText);
      return tag === 'latest' && digest === null
        ? [
            {
              line: stage.line,
              message: `«${stage.baseText}» usa latest: conviene fijar una versión.`,
            },
          ]
        : [];
    }),
};

const isRoot = (user: string): boolean =>
  user === 'root' || user === '0' || user.startsWith('root:') || user.startsWith('0:');

export const finalUserNotRoot: Rule = {
  id: 'DL3002',
  source: 'hadolint',
  severity: 'warning',
  title: 'El último USER de cada etapa no es root',
  fix: 'Terminar con un usuario sin privilegios, mejor por número (USER 65532:65532), o usar una imagen :nonroot. Una etapa construida FROM otra hereda su USER.',
  url: hadolintUrl('DL3002'),
  check: ({dispatch}) =>
    dispatch.stages.flatMap((stage): Finding[] => {
      const last = stage.instructions.filter(({keyword}) => keyword === 'USER').at(-1);
      const user = (last?.rest ?? '').trim();
      return last && isRoot(user)
        ? [
            {
              line: last.lines.start,
              message: `La etapa termina como «${user}»${stage.isFinal ? ': la imagen publicada se ejecuta como root' : ''}.`,
            },
          ]
        : [];
    }),
};
