import {oneOf, type ComponentContract} from '../../remark/componentContract';
import {LANGUAGE_NAMES} from '../../data/languageDependencies';
import type {Props} from '.';

const languageDependencyTable: ComponentContract<Props> = {
  props: {highlight: {check: oneOf(LANGUAGE_NAMES)}},
};

export const contracts = {LanguageDependencyTable: languageDependencyTable};
