/**
 * Remark plugin: checks every MDX component's props against the contract that sits beside the
 * component (`contract.ts` in its folder, typed against its Props), and fails the build naming
 * the file, the line and the prop. The table below is every contract; the MDX registry
 * (src/theme/MDXComponents.tsx) registers exactly these names (tests/unit/theme/mdxComponents.test.ts).
 */
import {ContentError} from '../remark/contentError';
import type {Root} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {where} from '../remark/mdast';
import type {Contracts, PropRule} from '../remark/componentContract';
import {contracts as chaptersWithPage} from '../components/ChaptersWithPage/contract';
import {contracts as courseOutline} from '../components/CourseOutline/contract';
import {contracts as dockerfileComparison} from '../components/DockerfileComparison/contract';
import {contracts as imageSizeChart} from '../components/ImageSizeChart/contract';
import {contracts as languageDependencyTable} from '../components/LanguageDependencyTable/contract';
import {contracts as quiz} from '../components/Quiz/contract';
import {contracts as readingTime} from '../components/ReadingTime/contract';
import {contracts as youTubeVideo} from '../components/YouTubeVideo/contract';
import {contracts as dockerfileLab} from '../lab/contract';

/** Every component a chapter may write, with its contract. */
const CONTRACTS: Contracts = {
  ...chaptersWithPage,
  ...courseOutline,
  ...dockerfileComparison,
  ...dockerfileLab,
  ...imageSizeChart,
  ...languageDependencyTable,
  ...quiz,
  ...readingTime,
  ...youTubeVideo,
};

/** The components whose props the build checks: a registered MDX component is one of these. */
export const VALIDATED_COMPONENTS: readonly string[] = Object.keys(CONTRACTS);

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
      const contract = node.name ? CONTRACTS[node.name] : undefined;
      if (!contract || !node.name) return;
      const rules: Readonly<Record<string, PropRule>> = contract.props;
      const at = where(file, node.position?.start.line);
      const given = new Set<string>();
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute') continue;
        given.add(attribute.name);
        const rule = rules[attribute.name];
        if (!rule || rule.setBy === 'parent') {
          const allowed = Object.entries(rules)
            .filter(([, allowedRule]) => allowedRule.setBy === undefined)
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
      const across = contract.given?.(given);
      if (across) throw new ContentError(`${at}: <${node.name}> ${across}`);
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
