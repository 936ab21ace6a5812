/**
 * hadolint's rules on base images and users, with hadolint's meaning (src/Hadolint/Rule/ in
 * hadolint/hadolint): DL3006 (no tag, unless scratch, a digest, a `$` variable or an alias
 * defined by an earlier FROM), DL3007 (the tag latest, unless a digest pins it, as its spec
 * "explicit tagged and SHA" expects) and DL3002 (every stage whose last USER is root).
 */
import type {Finding, Rule} from '../rule';
import {hadolintUrl} from '../rule';
import {imageParts} from '../analyse';

export const pinImageTag: Rule = {
  id: 'DL3006',
  source: 'hadolint',
  severity: 'warning',
  title: 'La imagen base lleva una etiqueta explícita',
  fix: 'Escribir la versión (golang:1.27, alpine:3.24): sin etiqueta, Docker usa latest y cada construcción puede partir de otra imagen.',
  url: hadolintUrl('DL3006'),
  check: ({analysis}) => {
    const aliases = new Set<string>();
    return analysis.stages.flatMap((stage): Finding[] => {
      const {tag, digest} = imageParts(stage.base);
      const exempt =
        stage.base === 'scratch' ||
        digest !== null ||
        stage.base.startsWith('$') ||
        aliases.has(stage.base);
      if (stage.name) aliases.add(stage.name);
      return exempt || tag !== null
        ? []
        : [
            {
              line: stage.line,
              message: `«${stage.base}» no tiene etiqueta: se tomará «${stage.base}:latest».`,
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
  check: ({analysis}) =>
    analysis.stages.flatMap((stage): Finding[] => {
      const {tag, digest} = imageParts(stage.base);
      return tag === 'latest' && digest === null
        ? [{line: stage.line, message: `«${stage.base}» usa latest: conviene fijar una versión.`}]
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
  check: ({analysis}) =>
    analysis.stages.flatMap((stage): Finding[] => {
      const last = stage.instructions
        .filter((instruction) => instruction.getKeyword() === 'USER')
        .at(-1);
      const user = (last?.getArgumentsContent() ?? '').trim();
      return last && isRoot(user)
        ? [
            {
              line: last.getRange().start.line + 1,
              message: `La etapa termina como «${user}»${stage.isFinal ? ': la imagen publicada se ejecuta como root' : ''}.`,
            },
          ]
        : [];
    }),
};
