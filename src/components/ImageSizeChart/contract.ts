import type {ComponentContract} from '../../remark/componentContract';

const imageSizeChart: ComponentContract<Record<never, never>> = {props: {}};

export const contracts = {ImageSizeChart: imageSizeChart};
