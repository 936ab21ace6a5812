/**
 * Remark plugin: hands each <DockerfileLab exercise="…"> its exercise from
 * src/data/labExercises.ts as a `data` prop. The text then travels inside the chapter's own
 * chunk, next to the chapter's similar Dockerfiles (gzip shares what they have in common), and
 * the component ships no exercise list of its own.
 */
import {ContentError} from './contentError';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {expressionAttribute, where} from './mdast';
import {LAB_EXERCISE_IDS, labExercises} from '../data/labExercises';
import type {LabExercise} from '../data/types';

export const LAB_TAG = 'DockerfileLab';

/**
 * What the component renders: the exercise's text, where it sits in the lab, and every id. The
 * requirements stay out: the lab's own chunk reads them when a reader opens it.
 */
export interface LabExerciseData extends Omit<LabExercise, 'requirements'> {
  readonly position: number;
  readonly total: number;
  readonly ids: readonly string[];
}

export default function remarkLabExercises() {
  return (tree: Root, file: VFile): void => {
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
      const {id: exerciseId, title, statement, start, solution} = exercise;
      const data: LabExerciseData = {
        id: exerciseId,
        title,
        statement,
        start,
        solution,
        position: index + 1,
        total: labExercises.length,
        ids: LAB_EXERCISE_IDS,
      };
      node.attributes.push(expressionAttribute('data', data));
    });
  };
}
