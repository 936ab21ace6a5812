import type {ComponentContract} from '../../remark/componentContract';
import type {Props} from '.';

const dockerfileComparison: ComponentContract<Props> = {
  props: {
    caption: {},
    // Added by src/remark/dockerfiles.ts, which runs first.
    panes: {setBy: 'build'},
    anchor: {setBy: 'build'},
  },
};

export const contracts = {DockerfileComparison: dockerfileComparison};
