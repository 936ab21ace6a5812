/**
 * Remark plugin, run at build time on every doc:
 * 1. checks every ```dockerfile block with the course's checker (src/dockerfile/): an error fails
 *    the build, a warning is printed; both name the MDX file, its line, the rule and the fix;
 * 2. highlights the lines that carry artifacts between stages (COPY --from, RUN --mount=from);
 * 3. hands each <DockerfileComparison> its panes already analysed (stages, the lines each pane
 *    folds because an earlier pane shows them), so no parser ships to the browser. A pane carries
 *    no image size: nobody here builds these Dockerfiles (sizes measured elsewhere go in
 *    <ImageSizeChart />);
 * 4. records every Dockerfile the page prints (file.data.printedDockerfiles) for
 *    src/remark/pageBudget.ts.
 */
import {copyReferences} from '../comparison/pane';
import {ContentError} from './contentError';
import type {Code, Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {expressionAttribute, where} from './mdast';
import {checkDockerfile, type Diagnostic, type DockerfileReport} from '../dockerfile';
import {diffLines} from '../dockerfile/lineDiff';
import type {ComparisonPane} from '../comparison/types';
import {paneFromReport} from '../comparison/pane';
import {comparisonAnchor, paneAnchor} from '../comparison/anchors';
import {comparisonFolds, type Fold, type PrintedDockerfile} from '../comparison/repeatedLines';

const DOCKERFILE_LANGS = new Set(['dockerfile', 'docker']);
const COMPARISON_TAG = 'DockerfileComparison';
const MIN_PANES = 2;
const MAX_PANES = 4;

function isDockerfileBlock(node: {type: string; lang?: string | null}): node is Code {
  return node.type === 'code' && DOCKERFILE_LANGS.has((node.lang ?? '').toLowerCase());
}

/** Reads `key="value"` from a code fence's meta string. */
function metaValue(meta: string | null | undefined, key: string): string | null {
  const match = new RegExp(`(?:^|\\s)${key}=(?:"([^"]*)"|'([^']*)'|(\\S+))`).exec(meta ?? '');
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

/** Adds line numbers to the fence's `{…}` highlight range, keeping any the author wrote. */
function withHighlightedLines(meta: string, lines: readonly number[]): string {
  if (lines.length === 0) return meta;
  const existing = /\{([\d,\s-]+)\}/.exec(meta);
  if (existing) {
    return meta.replace(existing[0], `{${existing[1]},${lines.join(',')}}`);
  }
  return `${meta} {${lines.join(',')}}`.trim();
}

/** "docs/x.mdx:42: JSONArgsRecommended — message Fix: … (url)", one diagnostic per line. */
function describe(diagnostic: Diagnostic, file: VFile, fenceLine: number | undefined): string {
  const line = fenceLine === undefined ? undefined : fenceLine + diagnostic.line;
  return (
    `${where(file, line)} (línea ${diagnostic.line} del Dockerfile) ${diagnostic.rule}: ` +
    `${diagnostic.message} Cómo arreglarlo: ${diagnostic.fix} (${diagnostic.url})`
  );
}

export interface RemarkDockerfilesWarn {
  (message: string): void;
}

function validateBlock(node: Code, file: VFile, warn: RemarkDockerfilesWarn): DockerfileReport {
  const report = checkDockerfile(node.value);
  const fenceLine = node.position?.start.line;
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new ContentError(
      `Invalid Dockerfile in the code block at ${where(file, fenceLine)}:\n` +
        errors.map((d) => `  ${describe(d, file, fenceLine)}`).join('\n'),
    );
  }
  for (const warning of report.diagnostics) {
    warn(`[Dockerfile warning] ${describe(warning, file, fenceLine)}`);
  }
  const copyLines = [...new Set(copyReferences(report).map((copy) => copy.line))];
  node.meta = withHighlightedLines(node.meta ?? '', copyLines);
  return report;
}

function toPane(
  node: Code,
  report: DockerfileReport,
  file: VFile,
  folds: readonly Fold[],
): ComparisonPane {
  const title = codeTitle(node);
  if (!title) {
    throw new ContentError(
      `${where(file, node.position?.start.line)}: each Dockerfile in <${COMPARISON_TAG}> needs a title, e.g. \`\`\`dockerfile title="Una sola etapa"`,
    );
  }
  if (metaValue(node.meta, 'size') !== null) {
    throw new ContentError(
      `${where(file, node.position?.start.line)}: a size beside a Dockerfile would say that exactly this Dockerfile was built and measured, and nobody builds the chapter's Dockerfiles; remove size="…" and cite sizes measured elsewhere with <ImageSizeChart />`,
    );
  }
  return paneFromReport(report, {title, folds});
}

/** Each pane's differing lines against every other pane, for whichever two the reader shows. */
function withDiffs(panes: readonly ComparisonPane[], codes: readonly Code[]): ComparisonPane[] {
  return panes.map((pane, i) => ({
    ...pane,
    diffs: codes.map((other, j) =>
      i === j ? [] : diffLines(codes[i]?.value ?? '', other.value).left,
    ),
  }));
}

function isBlank(node: RootContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

export interface DockerfilesFileData {
  dockerfilesChecked?: number;
  /** Every Dockerfile the page prints, with the lines it folds; labs add theirs. */
  printedDockerfiles?: PrintedDockerfile[];
}

/** The title="…" of a fence: a pane's caption, and how messages name a block. */
function codeTitle(node: Code): string | null {
  return metaValue(node.meta, 'title');
}

export interface RemarkDockerfilesOptions {
  /** Where warnings go; the build log by default. */
  readonly warn?: RemarkDockerfilesWarn;
}

export default function remarkDockerfiles({
  warn = (message) => console.warn(message),
}: RemarkDockerfilesOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const analysed = new Map<Code, DockerfileReport>();
    visit(tree, 'code', (node) => {
      if (isDockerfileBlock(node)) analysed.set(node, validateBlock(node, file, warn));
    });
    const data = file.data as DockerfilesFileData;
    data.dockerfilesChecked = analysed.size;
    const printed: PrintedDockerfile[] = (data.printedDockerfiles ??= []);
    const inComparison = new Set<Code>();
    let comparisons = 0;

    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      if (node.name !== COMPARISON_TAG) return;
      const line = node.position?.start.line;
      const children = (node.children as RootContent[]).filter((child) => !isBlank(child));
      const stray = children.find((child) => !isDockerfileBlock(child));
      if (stray) {
        throw new ContentError(
          `${where(file, stray.position?.start.line ?? line)}: <${COMPARISON_TAG}> holds only fenced \`\`\`dockerfile blocks (found a ${stray.type}); put explanations before or after it`,
        );
      }
      const codes = children as Code[];
      if (codes.length < MIN_PANES || codes.length > MAX_PANES) {
        throw new ContentError(
          `${where(file, line)}: <${COMPARISON_TAG}> expects ${MIN_PANES} to ${MAX_PANES} dockerfile blocks, found ${codes.length}`,
        );
      }
      if (
        node.attributes.some((attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'panes')
      ) {
        throw new ContentError(
          `${where(file, line)}: <${COMPARISON_TAG}> computes "panes" itself; remove that prop`,
        );
      }
      const folds = comparisonFolds(
        codes.map((code) => ({title: codeTitle(code) ?? '', source: code.value})),
      );
      const panes = withDiffs(
        codes.map((code, i) =>
          toPane(code, analysed.get(code) ?? validateBlock(code, file, warn), file, folds[i] ?? []),
        ),
        codes,
      );
      comparisons += 1;
      const anchor = comparisonAnchor(comparisons);
      node.attributes.push(expressionAttribute('panes', panes));
      node.attributes.push(expressionAttribute('anchor', anchor));
      codes.forEach((code, i) => {
        inComparison.add(code);
        printed.push({
          at: where(file, code.position?.start.line),
          order: code.position?.start.offset ?? 0,
          label: `«${panes[i]?.title ?? ''}»`,
          source: code.value,
          folds: folds[i] ?? [],
          pane: {title: panes[i]?.title ?? '', anchor: paneAnchor(anchor, i)},
        });
      });
    });
    for (const code of analysed.keys()) {
      if (inComparison.has(code)) continue;
      printed.push({
        at: where(file, code.position?.start.line),
        order: code.position?.start.offset ?? 0,
        label: codeTitle(code) ? `«${codeTitle(code)}»` : 'the code block',
        source: code.value,
        folds: [],
      });
    }
  };
}
