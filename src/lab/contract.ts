import {oneOf, type ComponentContract} from '../remark/componentContract';
import {LAB_EXERCISE_IDS} from './exercises';
import type {Props} from './DockerfileLab';

const dockerfileLab: ComponentContract<Props> = {
  props: {
    exercise: {required: true, check: oneOf(LAB_EXERCISE_IDS)},
    // Added by ./remark.ts, which runs first.
    data: {setBy: 'build'},
  },
};

export const contracts = {DockerfileLab: dockerfileLab};
