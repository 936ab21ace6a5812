/**
 * The remark plugins of every docs page, in the order they run: docusaurus.config.ts ships this
 * list and tests/unit/mdx/chain.test.ts compiles with it, so the test runs what the site runs.
 * Order matters: Dockerfiles are analysed first, then every component's props checked; the page
 * budget reads what the Dockerfile and lab plugins recorded.
 */
import type {PluggableList} from 'unified';
import remarkDockerfiles, {type RemarkDockerfilesWarn} from '../remark/dockerfiles';
import remarkLabExercises from '../lab/remark';
import remarkComponentProps from './componentProps';
import remarkQuiz from '../components/Quiz/remark';
import remarkPageBudget from '../remark/pageBudget';
import remarkReadingTime from '../remark/readingTime';
import remarkLinks from '../remark/links';
import {
  ADDITIONAL_LANGUAGES,
  darkCodeTheme,
  lightCodeTheme,
  remarkHighlightCode,
} from '../codeBlocks';

export function remarkPlugins({warn}: {readonly warn?: RemarkDockerfilesWarn} = {}): PluggableList {
  return [
    [remarkDockerfiles, warn ? {warn} : {}],
    remarkLabExercises,
    remarkComponentProps,
    remarkQuiz,
    remarkPageBudget,
    remarkReadingTime,
    remarkLinks,
    [
      remarkHighlightCode,
      {languages: ADDITIONAL_LANGUAGES, themes: [lightCodeTheme, darkCodeTheme]},
    ],
  ];
}
