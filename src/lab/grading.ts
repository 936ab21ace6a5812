/**
 * Grading a lab exercise: each requirement is a predicate on the model of the image the
 * Dockerfile publishes (src/dockerfile/image.ts): what the container runs, as whom, which files
 * it has and where they came from, and whether a dry run of `docker run` gets through. A
 * reader's wording, order, comments or equivalent spellings never matter; what the image would
 * do does.
 */
import type {DockerfileReport} from '../dockerfile';
import {
  dryRun,
  findFile,
  imageModel,
  pathIn,
  programPath,
  type ImageModel,
  type RunFailure,
} from '../dockerfile/image';
import type {LabCheck, LabExercise, LabRequirement} from '../data/types';

/** Where Go's crypto/x509 (and OpenSSL) look for CA certificates on Linux. */
const CA_FILES = [
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/pki/tls/certs/ca-bundle.crt',
  '/etc/ssl/ca-bundle.pem',
  '/etc/pki/tls/cacert.pem',
  '/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem',
  '/etc/ssl/cert.pem',
];
const CA_DIRECTORIES = ['/etc/ssl/certs', '/etc/pki/tls/certs'];

/** npm leaves out devDependencies with --omit=dev, --production, --only=prod or NODE_ENV. */
const PRODUCTION_INSTALL =
  /\bnpm\s+(?:ci|install|i|prune)\b[^&;|]*(?:--omit[=\s]+dev\b|--production\b|--only[=\s]+(?:prod|production)\b)/;

export interface LabRun {
  readonly model: ImageModel | null;
  readonly failure: RunFailure | null;
}

/** The model and its dry run, computed once for every requirement and for «Al ejecutar». */
export function runImage(report: DockerfileReport): LabRun {
  try {
    const model = imageModel(report.analysis, report.dispatch, report.graph);
    return {model, failure: model ? dryRun(model) : null};
  } catch {
    // Whatever a reader types, the lab stays up: without a model, «Al ejecutar» says nothing.
    return {model: null, failure: null};
  }
}

/** The path of what the container really runs: the program, or the .jar or script it is given. */
function payload(model: ImageModel): string | null {
  const {argv, final} = model;
  const [program, ...rest] = argv;
  if (program === undefined) return null;
  if (/(?:^|\/)java$/.test(program)) {
    const jar = rest[rest.indexOf('-jar') + 1];
    return rest.includes('-jar') && jar ? pathIn(final, jar) : null;
  }
  if (/(?:^|\/)node$/.test(program)) {
    const script = rest.find((word) => !word.startsWith('-'));
    return script ? pathIn(final, script) : null;
  }
  return programPath(final, program);
}

function isRoot(model: ImageModel): boolean {
  const user = (model.final.user.split(':')[0] ?? '').trim();
  return user === '' || user === '0' || user === 'root';
}

function passesOn(check: LabCheck, report: DockerfileReport, run: LabRun): boolean {
  const {model, failure} = run;
  if (!model) return false;
  const {final} = model;
  switch (check.kind) {
    case 'multiStage':
      return model.needed.filter(Boolean).length >= 2;
    case 'finalImage': {
      const reference = final.reference;
      const allowed: readonly string[] =
        typeof check.repository === 'string' ? [check.repository] : check.repository;
      if (reference === 'scratch' || reference === null)
        return reference === 'scratch' && allowed.includes('scratch');
      const repository = `${reference.domain}/${reference.path}`;
      return (
        allowed.includes(repository) &&
        (check.tags === undefined || check.tags.includes(reference.tag ?? ''))
      );
    }
    case 'startsCleanly':
      return failure === null;
    case 'runs':
      return JSON.stringify(model.argv) === JSON.stringify(check.argv);
    case 'runsFromStage': {
      const path = payload(model);
      const found = path ? findFile(final, path) : null;
      return typeof found?.file.from === 'number' && found.file.from !== final.index;
    }
    case 'certificates': {
      const configured = final.env.get('SSL_CERT_FILE');
      const candidates = configured ? [configured] : CA_FILES;
      return (
        candidates.some((path) => findFile(final, path)) ||
        final.files.some((file) =>
          CA_DIRECTORIES.some((directory) => file.path.startsWith(`${directory}/`)),
        ) ||
        (configured === undefined && final.facts.files.includes(CA_FILES[0] ?? ''))
      );
    }
    case 'nonRootUser':
      return !isRoot(model);
    case 'productionDependencies': {
      const modules = final.files.filter((file) => /\/node_modules$/.test(file.path));
      return (
        modules.length > 0 &&
        modules.every((file) => {
          const origin = typeof file.from === 'number' ? model.stages[file.from] : undefined;
          return (
            !!origin &&
            (origin.env.get('NODE_ENV') === 'production' ||
              origin.runs.some(
                (run) =>
                  PRODUCTION_INSTALL.test(run.text) ||
                  /\bNODE_ENV=production\s+npm\s+(?:ci|install)\b/.test(run.text),
              ))
          );
        })
      );
    }
    case 'pinnedTags':
      return !report.diagnostics.some((d) => d.rule === 'DL3006' || d.rule === 'DL3007');
    case 'noErrors':
      return report.errors === 0;
  }
}

export function passes(check: LabCheck, report: DockerfileReport): boolean {
  return passesOn(check, report, runImage(report));
}

export interface Grade {
  readonly solved: boolean;
  readonly failed: readonly LabRequirement[];
  readonly run: LabRun;
}

export function grade(exercise: LabExercise, report: DockerfileReport): Grade {
  const run = runImage(report);
  const failed = exercise.requirements.filter(
    (requirement) => !passesOn(requirement.check, report, run),
  );
  return {solved: failed.length === 0, failed, run};
}
