/**
 * What a rule is: an id (BuildKit's or hadolint's name where one exists), a severity, Spanish
 * text for readers (what it means and how to fix it), the page that documents it, and a check
 * that reads the dispatch and returns the lines that break it.
 */
import type {Dispatch, DispatchedInstruction} from './dispatch';
import type {ParsedDockerfile} from './parse';
import type {StageGraph} from './stageGraph';

export type Severity = 'error' | 'warning';

/** Where a rule comes from: Docker's own checks, hadolint's numbered rules, or this course. */
export type RuleSource = 'buildkit' | 'hadolint' | 'course';

interface RuleContext {
  readonly parsed: ParsedDockerfile;
  readonly graph: StageGraph;
  /** What BuildKit's frontend sees when it dispatches each stage. */
  readonly dispatch: Dispatch;
  /** Patterns of the build context's .dockerignore, when the caller has one. */
  readonly dockerignore: readonly string[] | null;
}

export interface Finding {
  /** 1-based line. */
  readonly line: number;
  /** What is wrong on this line, in Spanish. */
  readonly message: string;
  /**
   * 1-based line of the instruction whose `# check=` comments decide (BuildKit) or whose
   * `# hadolint ignore=` comment does (hadolint); `line` when absent.
   */
  readonly scope?: number;
}

export interface Rule {
  readonly id: string;
  readonly source: RuleSource;
  readonly severity: Severity;
  /** One line, Spanish: what the rule asks for. */
  readonly title: string;
  /** Spanish: why it matters and how to fix it. */
  readonly fix: string;
  readonly url: string;
  /** Off unless the Dockerfile opts in with `# check=experimental=<id>` (as in BuildKit). */
  readonly experimental?: boolean;
  /**
   * BuildKit rules that run before any instruction is dispatched (casing of all instructions,
   * stage names, defaults of FROM's ARGs, empty continuation lines) obey only the file's
   * `# check=` directive, not one written above an instruction.
   */
  readonly fileScope?: boolean;
  readonly check: (context: RuleContext) => readonly Finding[];
}

const kebab = (id: string): string =>
  id
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();

/** docs.docker.com/reference/build-checks/<kebab-case-name>/ */
export const buildkitUrl = (id: string): string =>
  `https://docs.docker.com/reference/build-checks/${kebab(id)}/`;

/** hadolint's wiki page for a DL rule. */
export const hadolintUrl = (id: string): string =>
  `https://github.com/hadolint/hadolint/wiki/${id}`;

export const at = (instruction: DispatchedInstruction, message: string): Finding => ({
  line: instruction.lines.start,
  message,
});
