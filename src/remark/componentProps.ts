/**
 * Remark plugin: checks the props our MDX components receive, at build time, so a typo in a
 * chapter fails the build with the file, the line, the prop and what is allowed. Components
 * also check at render time, for values that are expressions rather than literals.
 */
import {ContentError} from './contentError';
import type {Root} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {where} from './mdast';
import {LANGUAGE_NAMES} from '../data/languageDependencies';
import {chapters} from '../data/course';
import {LAB_EXERCISE_IDS} from '../data/labExercises';
import {describeBadVideoId, isYouTubePlaylistId} from '../youtube/youtube';

interface PropRule {
  readonly required?: boolean;
  /** Added by an earlier remark plugin, never written by authors. */
  readonly computed?: boolean;
  /** Literal values are checked; so are expressions holding a plain number or string. */
  /** Returns an error message for a bad literal value, or null. */
  readonly check?: (value: string) => string | null;
}

function oneOf(allowed: readonly string[]) {
  return (value: string): string | null =>
    allowed.includes(value) ? null : `is "${value}"; allowed values: ${allowed.join(', ')}`;
}

/** Every component registered in src/theme/MDXComponents.tsx that takes props, and its props. */
const COMPONENT_PROPS: Readonly<Record<string, Readonly<Record<string, PropRule>>>> = {
  ChaptersWithPage: {},
  CourseOutline: {
    current: {
      check: (value) =>
        chapters.some((chapter) => String(chapter.number) === value)
          ? null
          : `is ${value}; allowed values: 1 to ${chapters.length} (write current={18})`,
    },
  },
  YouTubeVideo: {
    id: {check: (value) => describeBadVideoId('id', value)?.replace(/^prop "id" /, '') ?? null},
    playlist: {
      check: (value) =>
        isYouTubePlaylistId(value) ? null : `is "${value}", not a YouTube playlist id`,
    },
    title: {required: true},
    kicker: {},
  },
  LanguageDependencyTable: {
    highlight: {check: oneOf(LANGUAGE_NAMES)},
  },
  // Inserted by src/remark/readingTime.ts, not written by authors.
  ReadingTime: {minutes: {computed: true}},
  ImageSizeChart: {},
  // `data` is added by src/remark/labExercises.ts, which runs first.
  DockerfileLab: {
    exercise: {required: true, check: oneOf(LAB_EXERCISE_IDS)},
    data: {computed: true},
  },
  Quiz: {},
  Question: {prompt: {required: true}},
  Option: {correct: {}},
  Explanation: {},
  DockerfileComparison: {
    caption: {},
    // Added by src/remark/dockerfiles.ts, which runs first.
    panes: {computed: true},
    anchor: {computed: true},
  },
};

/** The components whose props the build checks: a registered MDX component is one of these. */
export const VALIDATED_COMPONENTS: readonly string[] = Object.keys(COMPONENT_PROPS);

/** A prop's value as text when it is a literal (`a="x"`, `a={18}`, `a={"x"}`), else null. */
function literalValue(value: MdxJsxAttribute['value']): string | null {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(value.value);
    return typeof parsed === 'string' || typeof parsed === 'number' ? String(parsed) : null;
  } catch {
    return null;
  }
}

export default function remarkComponentProps() {
  return (tree: Root, file: VFile): void => {
    const check = (node: MdxJsxFlowElement | MdxJsxTextElement): void => {
      const rules = node.name ? COMPONENT_PROPS[node.name] : undefined;
      if (!rules || !node.name) return;
      const at = where(file, node.position?.start.line);
      const given = new Set<string>();
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute') continue;
        given.add(attribute.name);
        const rule = rules[attribute.name];
        if (!rule) {
          const allowed = Object.entries(rules)
            .filter(([, allowedRule]) => !allowedRule.computed)
            .map(([name]) => name);
          throw new ContentError(
            `${at}: <${node.name}> has no prop "${attribute.name}"; allowed props: ${allowed.length > 0 ? allowed.join(', ') : 'none'}`,
          );
        }
        const literal = literalValue(attribute.value);
        if (literal !== null && rule.check) {
          const problem = rule.check(literal);
          if (problem)
            throw new ContentError(`${at}: <${node.name}> prop "${attribute.name}" ${problem}`);
        }
      }
      if (node.name === 'YouTubeVideo' && given.has('id') === given.has('playlist')) {
        throw new ContentError(
          `${at}: <YouTubeVideo> needs exactly one of the props "id" or "playlist"`,
        );
      }
      for (const [name, rule] of Object.entries(rules)) {
        if (rule.required && !given.has(name)) {
          throw new ContentError(`${at}: <${node.name}> needs the prop "${name}"`);
        }
      }
    };
    visit(tree, 'mdxJsxFlowElement', check);
    visit(tree, 'mdxJsxTextElement', check);
  };
}
