// Why: the one place where MDX tag names are registered, so chapters use our components without imports.
import MDXComponents from '@theme-original/MDXComponents';
import CourseIndex from '@site/src/components/CourseIndex';

export default {
  ...MDXComponents,
  CourseIndex,
};
