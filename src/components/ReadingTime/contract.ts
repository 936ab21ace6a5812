import type {ComponentContract} from '../../remark/componentContract';
import type {Props} from '.';

// Inserted by src/remark/readingTime.ts, not written by authors.
const readingTime: ComponentContract<Props> = {props: {minutes: {setBy: 'build'}}};

export const contracts = {ReadingTime: readingTime};
