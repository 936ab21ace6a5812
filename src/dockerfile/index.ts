/**
 * The Dockerfile checker: parse → analyse (stages, stage graph) → rules → report. The build
 * (src/remark/dockerfiles.ts) and the browser call this same function; it uses no Node API.
 */
import {analyseDockerfile, type DockerfileAnalysis} from './analyse';
import {parseDockerfile, type ParsedDockerfile} from './parse';
import type {Rule, RuleSource, Severity} from './rule';
import {dockerignorePatterns} from './rules/context';
import {RULES} from './rules';
import {stageGraph, type StageGraph} from './stageGraph';

export type {DockerfileAnalysis, DockerfileStage, ArtifactCopy} from './analyse';
export type {StageGraph, StageEdge} from './stageGraph';
export type {Rule, RuleSource, Severity} from './rule';
export {RULES, SKIPPED_BUILDKIT_RULES} from './rules';

export interface Diagnostic {
  readonly rule: string;
  readonly source: RuleSource;
  /** After the Dockerfile's own `# check=error=true`, if any. */
  readonly severity: Severity;
  /** 1-based line in the Dockerfile. */
  readonly line: number;
  /** What is wrong on that line, in Spanish. */
  readonly message: string;
  /** What the rule asks for, in Spanish. */
  readonly title: string;
  /** How to fix it, in Spanish. */
  readonly fix: string;
  readonly url: string;
}

export interface DockerfileReport {
  readonly parsed: ParsedDockerfile;
  readonly analysis: DockerfileAnalysis;
  readonly graph: StageGraph;
  readonly diagnostics: readonly Diagnostic[];
  readonly errors: number;
  readonly warnings: number;
}

export interface CheckOptions {
  /** The build context's .dockerignore, for CopyIgnoredFile. */
  readonly dockerignore?: string;
  /** The `--target` stage (index or name); the last stage by default. */
  readonly target?: number | string;
  /** Rules to run; all of them by default. */
  readonly rules?: readonly Rule[];
}

function targetIndex(
  analysis: DockerfileAnalysis,
  target: CheckOptions['target'],
): number | undefined {
  if (target === undefined) return undefined;
  if (typeof target === 'number') return target;
  const stage = analysis.stages.find((s) => s.name?.toLowerCase() === target.toLowerCase());
  return stage?.index;
}

export function checkDockerfile(source: string, options: CheckOptions = {}): DockerfileReport {
  const parsed = parseDockerfile(source);
  const analysis = analyseDockerfile(parsed);
  const graph = stageGraph(analysis, targetIndex(analysis, options.target));
  const context = {
    parsed,
    analysis,
    graph,
    dockerignore:
      options.dockerignore === undefined ? null : dockerignorePatterns(options.dockerignore),
  };
  const {skip, error, experimental} = parsed.check;
  const diagnostics = (options.rules ?? RULES)
    .filter((rule) => !skip.has(rule.id) && !(skip.has('all') && rule.source === 'buildkit'))
    .filter((rule) => !rule.experimental || experimental.has(rule.id) || experimental.has('all'))
    .flatMap((rule) =>
      rule.check(context).map((finding): Diagnostic => ({
        rule: rule.id,
        source: rule.source,
        severity: error ? 'error' : rule.severity,
        line: finding.line,
        message: finding.message,
        title: rule.title,
        fix: rule.fix,
        url: rule.url,
      })),
    )
    .sort((a, b) => a.line - b.line);
  return {
    parsed,
    analysis,
    graph,
    diagnostics,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}
