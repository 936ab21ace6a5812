/**
 * The lab's analysis in a Web Worker: checking, the model of the build and the dry run run here,
 * so a key pressed in the editor never waits for them (npm run bench:typing).
 */
import {analyseLab, type AnalysisRequest} from './analysis';

interface Message {
  readonly id: number;
  readonly request: AnalysisRequest;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Message>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = ({data: {id, request}}) => {
  scope.postMessage({id, analysis: analyseLab(request)});
};
