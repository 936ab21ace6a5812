/**
 * Remark plugin: checks every <Quiz> at build time. Each <Question> needs a prompt, two or more
 * <Option>s with exactly one marked `correct`, and an <Explanation>; a mistake fails the build
 * naming the file, the line and the question.
 */
import {ContentError} from '../../remark/contentError';
import type {Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {where} from '../../remark/mdast';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function isJsx(node: RootContent, name?: string): node is JsxElement {
  return (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    (name === undefined || node.name === name)
  );
}

/** Direct JSX children, looking through the paragraph MDX wraps around inline elements. */
function jsxChildren(node: JsxElement): JsxElement[] {
  return (node.children as RootContent[]).flatMap((child) => {
    if (isJsx(child)) return [child];
    if (child.type === 'paragraph')
      return (child.children as RootContent[]).filter((c) => isJsx(c));
    return [];
  });
}

function attribute(node: JsxElement, name: string): {present: boolean; value: unknown} {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return {present: Boolean(found), value: found && 'value' in found ? found.value : undefined};
}

export default function remarkQuiz() {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'mdxJsxFlowElement', (quiz: MdxJsxFlowElement) => {
      if (quiz.name !== 'Quiz') return;
      const children = jsxChildren(quiz);
      const questions = children.filter((child) => child.name === 'Question');
      if (questions.length === 0 || questions.length !== children.length) {
        throw new ContentError(
          `${where(file, quiz.position?.start.line)}: <Quiz> holds only <Question> elements, at least one`,
        );
      }
      questions.forEach((question, i) => {
        const prompt = attribute(question, 'prompt').value;
        const label = `question ${i + 1}${typeof prompt === 'string' ? ` ("${prompt}")` : ''}`;
        const at = where(file, question.position?.start.line);
        if (typeof prompt !== 'string' || prompt.trim() === '') {
          throw new ContentError(`${at}: <Question> ${i + 1} needs a prompt="..."`);
        }
        const parts = jsxChildren(question);
        const options = parts.filter((part) => part.name === 'Option');
        const correct = options.filter((option) => {
          const {present, value} = attribute(option, 'correct');
          return present && (value === null || value === undefined);
        });
        if (options.length < 2) {
          throw new ContentError(
            `${at}: ${label} needs at least two <Option>s, found ${options.length}`,
          );
        }
        if (correct.length !== 1) {
          throw new ContentError(
            `${at}: ${label} has ${correct.length} options marked correct; mark exactly one with <Option correct>`,
          );
        }
        if (!parts.some((part) => part.name === 'Explanation')) {
          throw new ContentError(
            `${at}: ${label} needs an <Explanation> saying why the answer is right`,
          );
        }
        // An option written over several lines parses as a paragraph; an answer is inline text
        // (it sits in a <label> and is repeated inside <strong>), so keep only its contents.
        for (const option of options) {
          const [only, ...rest] = option.children;
          if (only?.type === 'paragraph' && rest.length === 0) {
            option.children = only.children as typeof option.children;
          }
        }
        const stray = parts.find((part) => part.name !== 'Option' && part.name !== 'Explanation');
        if (stray) {
          throw new ContentError(
            `${at}: ${label} holds <${stray.name ?? 'fragment'}>; use <Option> and <Explanation>`,
          );
        }
      });
    });
  };
}
