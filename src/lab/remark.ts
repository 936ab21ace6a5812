/**
 * Remark plugin: hands each <DockerfileLab exercise="…"> its exercise from
 * src/lab/exercises.ts as a `data` prop. The text then travels inside the chapter's own
 * chunk, and the component ships no exercise list of its own.
 *
 * A page prints each Dockerfile once: when the exercise's starting Dockerfile or its solution is
 * a pane of a comparison on the same page, the lab names that pane and links to it instead of
 * printing it again. What it does print comes highlighted, like every other code block.
 */
import {ContentError} from '../remark/contentError';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {expressionAttribute, where} from '../remark/mdast';
import {LAB_EXERCISE_IDS, labExercises} from './exercises';
import type {LabExercise} from './types';
import type {DockerfilesFileData} from '../remark/dockerfiles';
import type {PrintedDockerfile} from '../comparison/repeatedLines';
import {
  darkCodeTheme,
  highlightToHtml,
  lightCodeTheme,
  registerLanguages,
  styledTypes,
} from '../codeBlocks';

const LAB_TAG = 'DockerfileLab';

/** A Dockerfile of the exercise: a comparison pane on the page, or printed by the lab itself. */
export type LabDockerfile =
  {readonly pane: string; readonly anchor: string} | {readonly highlightedHtml: string | null};

/**
 * What the component renders: the exercise's text, where it sits in the lab, and every id. The
 * requirements stay out: the lab's own chunk reads them when a reader opens it. `start` is
 * always the text, because the editor opens with it.
 */
export interface LabExerciseData extends Omit<LabExercise, 'requirements' | 'solution'> {
  readonly position: number;
  readonly total: number;
  readonly ids: readonly string[];
  readonly printedStart: LabDockerfile;
  /** The solution's text only when no pane of the page shows it. */
  readonly solution: string | null;
  readonly printedSolution: LabDockerfile;
}

const same = (a: string, b: string): boolean => a.trimEnd() === b.trimEnd();

export default function remarkLabExercises() {
  registerLanguages(['docker']);
  const styled = styledTypes([lightCodeTheme, darkCodeTheme]);
  return (tree: Root, file: VFile): void => {
    const data = file.data as DockerfilesFileData;
    const printed: PrintedDockerfile[] = (data.printedDockerfiles ??= []);
    const panes = printed.filter((item) => item.pane);
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      if (node.name !== LAB_TAG) return;
      const attribute = node.attributes.find(
        (attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'exercise',
      );
      const id = typeof attribute?.value === 'string' ? attribute.value : null;
      const index = labExercises.findIndex((exercise) => exercise.id === id);
      const exercise = labExercises[index];
      if (!exercise) {
        throw new ContentError(
          `${where(file, node.position?.start.line)}: <${LAB_TAG}> needs exercise="…", one of: ${LAB_EXERCISE_IDS.join(', ')}`,
        );
      }
      const at = where(file, node.position?.start.line);
      const order = node.position?.start.offset ?? 0;
      const place = (source: string, label: string): LabDockerfile => {
        const pane = panes.find((item) => same(item.source, source))?.pane;
        if (pane) return {pane: pane.title, anchor: pane.anchor};
        printed.push({
          at,
          order,
          label: `the ${label} of lab «${exercise.title}»`,
          source,
          folds: [],
        });
        // Highlighted as the code block will show it: without the final newline.
        return {highlightedHtml: highlightToHtml(source.trimEnd(), 'dockerfile', styled)};
      };
      const {id: exerciseId, title, statement, start, solution, context} = exercise;
      const printedStart = place(start, 'starting Dockerfile');
      const printedSolution = place(solution, 'solution');
      const props: LabExerciseData = {
        id: exerciseId,
        title,
        statement,
        start,
        context,
        printedStart,
        solution: 'pane' in printedSolution ? null : solution,
        printedSolution,
        position: index + 1,
        total: labExercises.length,
        ids: LAB_EXERCISE_IDS,
      };
      node.attributes.push(expressionAttribute('data', props));
    });
  };
}
