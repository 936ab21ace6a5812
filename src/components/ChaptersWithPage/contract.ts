import type {ComponentContract} from '../../remark/componentContract';

const chaptersWithPage: ComponentContract<Record<never, never>> = {props: {}};

export const contracts = {ChaptersWithPage: chaptersWithPage};
