/**
 * Grading a lab exercise: each requirement is a predicate on the model of the image the
 * Dockerfile publishes (src/dockerfile/model): what the container runs, as whom, which files it
 * has and where they came from, and whether the build and `docker run` get through. Each answers
 * yes, no, or «no se puede saber»: an exercise is solved only when every requirement is known
 * to hold. A reader's wording, order, comments or equivalent spellings never matter.
 */
import type {DockerfileReport} from '../dockerfile';
import {commandLine, modelImage, type BuildContext, type ImageModel} from '../dockerfile/model';
import {joinPath} from '../dockerfile/model/fs';
import type {LabCheck, LabExercise, LabRequirement} from './types';

/** Where Go's crypto/x509 (and OpenSSL) look for CA certificates on Linux. */
const CA_FILES = [
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/pki/tls/certs/ca-bundle.crt',
  '/etc/ssl/ca-bundle.pem',
  '/etc/pki/tls/cacert.pem',
  '/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem',
  '/etc/ssl/cert.pem',
];

export interface LabRun {
  readonly model: ImageModel | null;
}

/** The model and its verdict, computed once for every requirement and for the panels. */
export function runImage(report: DockerfileReport, context?: BuildContext): LabRun {
  try {
    return {model: modelImage(report, context)};
  } catch {
    // Whatever a reader types, the lab stays up: without a model, the panels say nothing.
    return {model: null};
  }
}

export type Answer =
  | {readonly kind: 'yes'}
  | {readonly kind: 'no'; readonly why?: string}
  | {readonly kind: 'unknown'; readonly why: string};

const YES: Answer = {kind: 'yes'};
const no = (why?: string): Answer => (why ? {kind: 'no', why} : {kind: 'no'});
const unknown = (why: string): Answer => ({kind: 'unknown', why});
const known = (value: boolean, why?: string): Answer => (value ? YES : no(why));

/** The path of what the container really runs: the program, or the .jar or script it is given. */
function payload(model: ImageModel): Answer | string {
  const {final} = model;
  const argv = commandLine(final);
  if (argv === null) return unknown('no se sabe qué ejecuta la imagen base');
  const [program, ...rest] = argv;
  if (program === undefined) return no('la imagen no ejecuta nada');
  const at = (path: string) => joinPath(final.workdir ?? '/', path);
  if (/(?:^|\/)java$/.test(program)) {
    const jar = rest[rest.indexOf('-jar') + 1];
    return rest.includes('-jar') && jar ? at(jar) : no('java no recibe un .jar');
  }
  if (/(?:^|\/)node$/.test(program)) {
    const script = rest.find((word) => !word.startsWith('-'));
    return script ? at(script) : no('node no recibe un script');
  }
  if (program.includes('/')) return at(program);
  const path = final.env.get('PATH') ?? '';
  for (const directory of path.split(':').filter(Boolean)) {
    const candidate = `${directory}/${program}`;
    const found = final.fs.stat(candidate);
    if (found.state === 'present') return candidate;
    if (found.state === 'unknown') return unknown(found.why);
  }
  return no(`${program} no está en el PATH`);
}

function isRoot(user: string): boolean {
  const name = (user.split(':')[0] ?? '').trim();
  return name === '' || name === '0' || name === 'root';
}

function answer(check: LabCheck, report: DockerfileReport, run: LabRun): Answer {
  const {model} = run;
  if (check.kind === 'pinnedTags') {
    return known(!report.diagnostics.some((d) => d.rule === 'DL3006' || d.rule === 'DL3007'));
  }
  if (check.kind === 'noErrors') return known(report.errors === 0);
  if (!model) return no('el Dockerfile no tiene ninguna etapa');
  const {final, build, verdict} = model;
  switch (check.kind) {
    case 'multiStage':
      return known(build.needed.filter(Boolean).length >= 2);
    case 'finalImage': {
      const allowed: readonly string[] =
        typeof check.repository === 'string' ? [check.repository] : check.repository;
      let stage = report.dispatch.stages[final.index];
      while (stage && stage.parent !== null) stage = report.dispatch.stages[stage.parent];
      const reference = stage?.image ?? null;
      if (reference === null) return no();
      if (reference === 'scratch') return known(allowed.includes('scratch'));
      const repository = `${reference.domain}/${reference.path}`;
      return known(
        allowed.includes(repository) &&
          (check.tags === undefined || check.tags.includes(reference.tag ?? '')),
      );
    }
    case 'startsCleanly':
      if (verdict.kind === 'starts') return YES;
      if (verdict.kind === 'fails') return no(verdict.reason);
      return unknown(verdict.unknowns.join('; '));
    case 'runs':
      if (final.entrypoint === null || final.cmd === null)
        return unknown('no se sabe qué ENTRYPOINT o CMD trae la imagen base');
      {
        const [program = '', ...args] = [...final.entrypoint, ...final.cmd];
        const [expected = '', ...expectedArgs] = check.argv;
        // runc runs a relative path from WORKDIR: ./servidor in / is /servidor.
        const path =
          program.includes('/') && final.workdir !== null
            ? joinPath(final.workdir, program)
            : program;
        return known(path === expected && JSON.stringify(args) === JSON.stringify(expectedArgs));
      }
    case 'runsFromStage': {
      const path = payload(model);
      if (typeof path !== 'string') return path;
      const node = final.fs.nodeAt(path);
      if (!node) {
        const found = final.fs.stat(path);
        return found.state === 'unknown'
          ? unknown(found.why)
          : no(`${path} es de la imagen base o no está`);
      }
      if (node.uncertain) return unknown(node.uncertain);
      return known(
        node.origin.kind === 'stage' && node.origin.stage !== final.index,
        `${path} no llega de otra etapa con COPY --from`,
      );
    }
    case 'certificates': {
      const configured = final.env.get('SSL_CERT_FILE');
      const candidates = configured ? [configured] : CA_FILES;
      let why: string | null = null;
      for (const path of candidates) {
        const found = final.fs.stat(path);
        if (found.state === 'present') return YES;
        if (found.state === 'unknown') why ??= found.why;
      }
      return why ? unknown(`no se sabe si los certificados están: ${why}`) : no();
    }
    case 'nonRootUser':
      if (final.user === null) return unknown('no se sabe con qué usuario arranca la imagen base');
      return known(!isRoot(final.user));
    case 'productionDependencies': {
      const modules = [...final.fs.entriesUnder('/')].filter(([path]) =>
        /\/node_modules$/.test(path),
      );
      if (modules.length === 0) return no('la imagen no tiene node_modules');
      for (const [, node] of modules) {
        if (node.uncertain) return unknown(node.uncertain);
        const artifact = node.artifact;
        if (artifact?.kind !== 'node-modules')
          return unknown('no se sabe cómo se instaló node_modules');
        if (artifact.dev === null)
          return unknown('no se sabe si se instalaron las dependencias de desarrollo');
        if (artifact.dev) return no();
      }
      return YES;
    }
  }
}

export function passes(check: LabCheck, report: DockerfileReport, context?: BuildContext): Answer {
  return answer(check, report, runImage(report, context));
}

export interface Grade {
  readonly solved: boolean;
  readonly failed: readonly LabRequirement[];
  /** Requirements the lab cannot decide without building, with what is unknown. */
  readonly unknown: readonly {readonly requirement: LabRequirement; readonly why: string}[];
  readonly answers: ReadonlyMap<LabRequirement, Answer>;
  readonly run: LabRun;
}

/** `run`: the model already made of this report with the exercise's context, if there is one. */
export function grade(
  exercise: LabExercise,
  report: DockerfileReport,
  run: LabRun = runImage(report, {files: exercise.context}),
): Grade {
  const answers = new Map(
    exercise.requirements.map((requirement) => [
      requirement,
      answer(requirement.check, report, run),
    ]),
  );
  const failed = exercise.requirements.filter(
    (requirement) => answers.get(requirement)?.kind === 'no',
  );
  const unknownOnes = exercise.requirements.flatMap((requirement) => {
    const value = answers.get(requirement);
    return value?.kind === 'unknown' ? [{requirement, why: value.why}] : [];
  });
  return {
    solved: failed.length === 0 && unknownOnes.length === 0,
    failed,
    unknown: unknownOnes,
    answers,
    run,
  };
}
