/**
 * The Dockerfile checker: parse → dispatch (the one model: stages, words, `--from`) → stage
 * graph → rules → report. The build (src/remark/dockerfiles.ts) and the browser call this same
 * function; it uses no Node API.
 */
import {dispatchDockerfile, resolveFrom, type Dispatch} from './dispatch';
import {
  commentCheckOptions,
  parseDockerfile,
  type CheckDirective,
  type ParsedDockerfile,
} from './parse';
import type {Finding, Rule, RuleSource, Severity} from './rule';
import {dockerignorePatterns} from './rules/context';
import {RULES} from './rules';
import {stageGraph, type StageGraph} from './stageGraph';

export type {Dispatch, DispatchedStage, FromReference} from './dispatch';
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
  readonly graph: StageGraph;
  readonly dispatch: Dispatch;
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

/** `--target`: a stage's index or name, found as BuildKit's findStateByName finds it. */
function targetIndex(dispatch: Dispatch, target: CheckOptions['target']): number | undefined {
  if (target === undefined) return undefined;
  if (typeof target === 'number') return target;
  const found = resolveFrom(target, dispatch.names, 'target', dispatch.stages.length);
  return found.kind === 'stage' ? found.index : undefined;
}

/** `# hadolint ignore=DL3006,DL3007` above an instruction, and `# hadolint global ignore=…`. */
function hadolintIgnores(comments: readonly string[], global: boolean): string[] {
  const pattern = global ? /^hadolint\s+global\s+ignore=(\S+)/ : /^hadolint\s+ignore=(\S+)/;
  return comments.flatMap((comment) =>
    (pattern.exec(comment)?.[1] ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  );
}

/**
 * Whether a finding stands after the Dockerfile's own switches: BuildKit's `# check=` (the file's
 * directive, merged with the one above the instruction for rules that read it; experimental
 * rules only run when asked and `skip` does not apply to them), hadolint's `# hadolint ignore=`.
 * The course's rules cannot be switched off.
 */
function isReported(
  rule: Rule,
  finding: Finding,
  top: CheckDirective,
  dispatch: Dispatch,
  globalIgnores: ReadonlySet<string>,
): boolean {
  const comments = dispatch.byLine.get(finding.scope ?? finding.line)?.lines.comments ?? [];
  if (rule.source === 'course') return true;
  if (rule.source === 'hadolint') {
    return !globalIgnores.has(rule.id) && !hadolintIgnores(comments, false).includes(rule.id);
  }
  const local = rule.fileScope ? null : commentCheckOptions(comments);
  if (rule.experimental) {
    return (
      top.experimentalAll ||
      top.experimental.has(rule.id) ||
      !!local?.experimentalAll ||
      !!local?.experimental.has(rule.id)
    );
  }
  return !(top.skipAll || top.skip.has(rule.id) || local?.skipAll || local?.skip.has(rule.id));
}

export function checkDockerfile(source: string, options: CheckOptions = {}): DockerfileReport {
  const parsed = parseDockerfile(source);
  const dispatch = dispatchDockerfile(parsed);
  const graph = stageGraph(dispatch, targetIndex(dispatch, options.target));
  const context = {
    parsed,
    graph,
    dispatch,
    dockerignore:
      options.dockerignore === undefined ? null : dockerignorePatterns(options.dockerignore),
  };
  const top = parsed.check;
  const globalIgnores = new Set(
    hadolintIgnores(
      parsed.lines.flatMap((line) =>
        /^\s*#/.test(line) ? [line.trim().replace(/^#\s*/, '')] : [],
      ),
      true,
    ),
  );
  const diagnostics = (options.rules ?? RULES)
    .flatMap((rule) =>
      rule
        .check(context)
        .filter((finding) => isReported(rule, finding, top, dispatch, globalIgnores))
        .map((finding): Diagnostic => ({
          rule: rule.id,
          source: rule.source,
          severity: top.error && rule.source === 'buildkit' ? 'error' : rule.severity,
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
    graph,
    dispatch,
    diagnostics,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}
