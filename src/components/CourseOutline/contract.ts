import type {ComponentContract} from '../../remark/componentContract';
import {chapters} from '../../data/course';
import type {Props} from '.';

const courseOutline: ComponentContract<Props> = {
  props: {
    current: {
      check: (value) =>
        chapters.some((chapter) => String(chapter.number) === value)
          ? null
          : `is ${value}; allowed values: 1 to ${chapters.length} (write current={18})`,
    },
  },
};

export const contracts = {CourseOutline: courseOutline};
