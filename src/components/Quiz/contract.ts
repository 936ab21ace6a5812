import type {ComponentContract} from '../../remark/componentContract';
import type {ExplanationProps, OptionProps, Props, QuestionProps} from '.';

const quiz: ComponentContract<Props> = {props: {}};
const question: ComponentContract<QuestionProps> = {
  props: {prompt: {required: true}, index: {setBy: 'parent'}},
};
const option: ComponentContract<OptionProps> = {props: {correct: {}}};
const explanation: ComponentContract<ExplanationProps> = {props: {}};

// ./remark.ts checks how they nest: one correct option per question, and so on.
export const contracts = {Quiz: quiz, Question: question, Option: option, Explanation: explanation};
