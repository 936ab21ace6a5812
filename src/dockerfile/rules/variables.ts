/**
 * Build arguments and environment variables: BuildKit's UndefinedArgInFrom,
 * InvalidDefaultArgInFrom, UndefinedVar, SecretsUsedInArgOrEnv and LegacyKeyValueFormat.
 */
import type {Instruction} from 'dockerfile-ast';
import {PropertyInstruction} from 'dockerfile-ast';
import type {Finding, Rule} from '../rule';
import {at, buildkitUrl} from '../rule';
import type {DockerfileStage} from '../analyse';
import {lineOf} from '../analyse';

/** ARGs BuildKit defines for FROM lines without a declaration. */
const PLATFORM_ARGS = [
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
];

/** Predefined proxy ARGs, usable anywhere (docs.docker.com/reference/dockerfile/#predefined-args). */
const PROXY_ARGS = ['HTTP_PROXY', 'HTTPS_PROXY', 'FTP_PROXY', 'NO_PROXY', 'ALL_PROXY'].flatMap(
  (name) => [name, name.toLowerCase()],
);

/**
 * Variables the usual base images set. BuildKit reads them from the base image's config; with no
 * registry here, these common ones are assumed, and anything else must be declared.
 */
const COMMON_IMAGE_ENV = [
  'PATH',
  'HOME',
  'HOSTNAME',
  'TERM',
  'LANG',
  'LC_ALL',
  'GOPATH',
  'GOLANG_VERSION',
  'JAVA_HOME',
  'JAVA_VERSION',
  'NODE_VERSION',
  'YARN_VERSION',
  'PYTHON_VERSION',
];

export interface VariableUse {
  readonly name: string;
  /** `${NAME:-x}` / `${NAME-x}`: the reference brings its own default. */
  readonly hasDefault: boolean;
  readonly defaultValue: string;
}

/** `$NAME` and `${NAME…}` references in a value, skipping escaped `\$`. */
export function variableUses(text: string): VariableUse[] {
  const uses: VariableUse[] = [];
  const pattern =
    /\\\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
  for (const match of text.matchAll(pattern)) {
    const name = match[1] ?? match[4];
    if (!name) continue;
    const modifier = match[2] ?? '';
    uses.push({
      name,
      hasDefault: modifier.endsWith('-'),
      defaultValue: modifier.endsWith('-') ? (match[3] ?? '') : '',
    });
  }
  return uses;
}

function declared(instruction: Instruction): {name: string; value: string | null}[] {
  if (!(instruction instanceof PropertyInstruction)) return [];
  return instruction.getProperties().map((property) => ({
    name: property.getName(),
    value: property.getValue(),
  }));
}

/** Global ARGs (before the first FROM) and their defaults. */
function globalArgs(preamble: readonly Instruction[]): Map<string, string | null> {
  return new Map(
    preamble
      .filter((instruction) => instruction.getKeyword() === 'ARG')
      .flatMap((instruction) =>
        declared(instruction).map(({name, value}) => [name, value] as const),
      ),
  );
}

export const undefinedArgInFrom: Rule = {
  id: 'UndefinedArgInFrom',
  source: 'buildkit',
  severity: 'warning',
  title: 'FROM solo usa ARG declarados antes del primer FROM',
  fix: 'Declarar el ARG antes del primer FROM (ARG VERSION=1.27), o corregir el nombre si es una errata.',
  url: buildkitUrl('UndefinedArgInFrom'),
  check: ({analysis}) => {
    const globals = globalArgs(analysis.preamble);
    return analysis.stages.flatMap((stage) => {
      const from = stage.instructions[0];
      if (!from) return [];
      return variableUses(from.getRawArgumentsContent() ?? '')
        .filter((use) => !globals.has(use.name) && !PLATFORM_ARGS.includes(use.name))
        .map((use) =>
          at(from, `FROM usa «$${use.name}», que no está declarado con ARG antes del primer FROM.`),
        );
    });
  },
};

/** Roughly the reference grammar of distribution/reference, plus bare stage names. */
const IMAGE_REFERENCE =
  /^(?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[a-z0-9]+:[a-f0-9]{32,})?$/;

export const invalidDefaultArgInFrom: Rule = {
  id: 'InvalidDefaultArgInFrom',
  source: 'buildkit',
  severity: 'warning',
  title: 'Los ARG de FROM dan una imagen válida sin --build-arg',
  fix: 'Dar un valor por defecto al ARG (ARG TAG=1.27) o en la referencia (${TAG:-1.27}), para que la construcción no dependa de --build-arg.',
  url: buildkitUrl('InvalidDefaultArgInFrom'),
  check: ({analysis}) => {
    const globals = globalArgs(analysis.preamble);
    return analysis.stages.flatMap((stage) => {
      const from = stage.instructions[0];
      const image = stage.base;
      if (!from || !image.includes('$')) return [];
      const uses = variableUses(image);
      if (uses.some((use) => !globals.has(use.name) && !use.hasDefault)) return [];
      const expanded = image.replace(
        /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
        (
          _all,
          braced: string | undefined,
          modifier: string | undefined,
          word: string | undefined,
          bare: string | undefined,
        ) => {
          const name = braced ?? bare ?? '';
          const value = globals.get(name) ?? '';
          if (value === '' && modifier?.endsWith('-')) return word ?? '';
          return value;
        },
      );
      return IMAGE_REFERENCE.test(expanded)
        ? []
        : [
            at(
              from,
              `Con los valores por defecto, FROM queda en «${expanded}», que no es una imagen válida.`,
            ),
          ];
    });
  },
};

function stageEnv(stage: DockerfileStage, stages: readonly DockerfileStage[]): DockerfileStage[] {
  const chain: DockerfileStage[] = [];
  let current: DockerfileStage | undefined = stage;
  while (current && !chain.includes(current)) {
    chain.unshift(current);
    const base = current.base.toLowerCase();
    current = stages.find(
      (other) => other.index < (chain[0]?.index ?? 0) && other.name?.toLowerCase() === base,
    );
  }
  return chain;
}

/** Instructions whose arguments the Dockerfile frontend expands (not RUN, CMD, ENTRYPOINT). */
const EXPANDED = new Set([
  'ADD',
  'COPY',
  'ENV',
  'ARG',
  'EXPOSE',
  'LABEL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

function distance(a: string, b: string): number {
  const row = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j] ?? 0;
      row[j] = Math.min(
        current + 1,
        (row[j - 1] ?? 0) + 1,
        previous + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

export const undefinedVar: Rule = {
  id: 'UndefinedVar',
  source: 'buildkit',
  severity: 'warning',
  title: 'Las variables se declaran antes de usarlas',
  fix: 'Declarar la variable con ARG o ENV en esta etapa antes de usarla (un ARG global se vuelve a declarar dentro de la etapa con ARG NOMBRE), o corrige la errata.',
  url: buildkitUrl('UndefinedVar'),
  check: ({analysis}) => {
    const findings: Finding[] = [];
    for (const stage of analysis.stages) {
      const defined = new Set([...PROXY_ARGS, ...COMMON_IMAGE_ENV]);
      const chain = stageEnv(stage, analysis.stages);
      // ENV of parent stages is inherited; their ARGs are not.
      for (const parent of chain.slice(0, -1)) {
        for (const instruction of parent.instructions) {
          if (instruction.getKeyword() === 'ENV')
            declared(instruction).forEach(({name}) => defined.add(name));
        }
      }
      for (const instruction of stage.instructions.slice(1)) {
        const keyword = instruction.getKeyword();
        const raw = instruction.getRawArgumentsContent() ?? '';
        if (EXPANDED.has(keyword) && !raw.includes('<<')) {
          const values =
            keyword === 'ENV' || keyword === 'ARG' || keyword === 'LABEL'
              ? declared(instruction).map(({value}) => value ?? '')
              : [raw];
          for (const use of values.flatMap(variableUses)) {
            if (defined.has(use.name) || use.hasDefault) continue;
            const guess = [...defined].find(
              (name) => distance(name, use.name) <= 2 && name.length > 2,
            );
            findings.push({
              line: lineOf(instruction),
              message: `Se usa «$${use.name}», que no está definida${guess ? ` (¿quizá «$${guess}»?)` : ''}.`,
            });
          }
        }
        if (keyword === 'ENV' || keyword === 'ARG')
          declared(instruction).forEach(({name}) => defined.add(name));
      }
    }
    return findings;
  },
};

const SECRET =
  /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const NOT_SECRET = /(?:_|^)public(?:_|$)/i;

export const secretsUsedInArgOrEnv: Rule = {
  id: 'SecretsUsedInArgOrEnv',
  source: 'buildkit',
  severity: 'warning',
  title: 'Ni ARG ni ENV para secretos',
  fix: 'Un ARG o ENV queda en el historial de la imagen. Pasar el secreto con RUN --mount=type=secret,id=… y docker build --secret.',
  url: buildkitUrl('SecretsUsedInArgOrEnv'),
  check: ({analysis}) =>
    [...analysis.preamble, ...analysis.stages.flatMap((stage) => stage.instructions)].flatMap(
      (instruction) => {
        const keyword = instruction.getKeyword();
        if (keyword !== 'ARG' && keyword !== 'ENV') return [];
        return declared(instruction)
          .filter(({name}) => SECRET.test(name) && !NOT_SECRET.test(name))
          .map(({name}) =>
            at(instruction, `«${name}» parece un secreto y ${keyword} lo deja en la imagen.`),
          );
      },
    ),
};

export const legacyKeyValueFormat: Rule = {
  id: 'LegacyKeyValueFormat',
  source: 'buildkit',
  severity: 'warning',
  title: 'ENV y LABEL con clave=valor',
  fix: 'Escribir ENV CLAVE=valor (con «=»): la forma antigua «ENV CLAVE valor» está obsoleta y admite un solo par.',
  url: buildkitUrl('LegacyKeyValueFormat'),
  check: ({parsed}) =>
    parsed.ast.getInstructions().flatMap((instruction) => {
      const keyword = instruction.getKeyword();
      if (keyword !== 'ENV' && keyword !== 'LABEL') return [];
      if (!(instruction instanceof PropertyInstruction)) return [];
      const legacy = instruction
        .getProperties()
        .some(
          (property) => property.getAssignmentOperator() === null && property.getValue() !== null,
        );
      return legacy
        ? [
            at(
              instruction,
              `«${keyword} ${instruction.getRawArgumentsContent() ?? ''}» usa la forma antigua: lo correcto es «${keyword} clave=valor».`,
            ),
          ]
        : [];
    }),
};
