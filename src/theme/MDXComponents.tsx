// Why: the one place where MDX tag names are registered, so chapters use our components without imports.
import MDXComponents from '@theme-original/MDXComponents';
import ChaptersWithPage from '@site/src/components/ChaptersWithPage';
import CourseOutline from '@site/src/components/CourseOutline';
import DockerfileComparison from '@site/src/components/DockerfileComparison';
import DockerfileLab from '@site/src/lab/DockerfileLab';
import YouTubeVideo from '@site/src/components/YouTubeVideo';
import ReadingTime from '@site/src/components/ReadingTime';
import Static from '@site/src/hydration/Static';
import {ImageSizeChart, LanguageDependencyTable} from '@site/src/components/StaticFigures';
import Quiz, {Explanation, Option, Question} from '@site/src/components/Quiz';

export default {
  ...MDXComponents,
  ChaptersWithPage,
  CourseOutline,
  DockerfileComparison,
  DockerfileLab,
  ImageSizeChart,
  LanguageDependencyTable,
  YouTubeVideo,
  ReadingTime,
  Quiz,
  Question,
  Option,
  Explanation,
  Static,
};
