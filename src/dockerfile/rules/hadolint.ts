/** hadolint's rules on base images and users: DL3006, DL3007, DL3002. */
import type {Rule} from '../rule';
import {at, hadolintUrl} from '../rule';
import {imageParts, lastUser} from '../analyse';

const isStageOrScratch = (base: string, names: readonly (string | null)[]): boolean =>
  base.toLowerCase() === 'scratch' || names.includes(base.toLowerCase()) || base.includes('$');

export const pinImageTag: Rule = {
  id: 'DL3006',
  source: 'hadolint',
  severity: 'warning',
  title: 'La imagen base lleva una etiqueta explícita',
  fix: 'Escribir la versión (golang:1.27, alpine:3.24): sin etiqueta, Docker usa latest y cada construcción puede partir de otra imagen.',
  url: hadolintUrl('DL3006'),
  check: ({analysis}) => {
    const names: (string | null)[] = [];
    return analysis.stages.flatMap((stage) => {
      const from = stage.instructions[0];
      const {tag, digest} = imageParts(stage.base);
      const finding =
        from && !isStageOrScratch(stage.base, names) && tag === null && digest === null
          ? [at(from, `«${stage.base}» no tiene etiqueta: se tomará «${stage.base}:latest».`)]
          : [];
      names.push(stage.name?.toLowerCase() ?? null);
      return finding;
    });
  },
};

export const avoidLatest: Rule = {
  id: 'DL3007',
  source: 'hadolint',
  severity: 'warning',
  title: 'Nada de la etiqueta latest',
  fix: 'Fijar una versión concreta: latest cambia sin avisar y la construcción deja de ser reproducible.',
  url: hadolintUrl('DL3007'),
  check: ({analysis}) =>
    analysis.stages.flatMap((stage) => {
      const from = stage.instructions[0];
      return from && imageParts(stage.base).tag === 'latest'
        ? [at(from, `«${stage.base}» usa latest: conviene fijar una versión.`)]
        : [];
    }),
};

export const finalUserNotRoot: Rule = {
  id: 'DL3002',
  source: 'hadolint',
  severity: 'warning',
  title: 'El último USER de la imagen no es root',
  fix: 'Terminar con un usuario sin privilegios, mejor por número (USER 65532:65532), o usar una imagen :nonroot.',
  url: hadolintUrl('DL3002'),
  check: ({analysis}) => {
    const final = analysis.stages.at(-1);
    const user = final ? lastUser(final) : null;
    const last = final?.instructions
      .filter((instruction) => instruction.getKeyword() === 'USER')
      .at(-1);
    return last && (user === 'root' || user === '0')
      ? [at(last, `La imagen publicada se ejecuta como «${user}».`)]
      : [];
  },
};
