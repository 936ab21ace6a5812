/**
 * Asks for the lab's analysis: from one Web Worker shared by every lab on the page, created on
 * the first request; where a worker cannot start, on the main thread, loaded on demand.
 */
import type {AnalysisRequest, LabAnalysis} from './analysis';

let worker: Worker | null | undefined;
let next = 0;
const pending = new Map<
  number,
  {readonly request: AnalysisRequest; readonly resolve: (analysis: LabAnalysis) => void}
>();

function onMainThread(request: AnalysisRequest): Promise<LabAnalysis> {
  return import('./analysis').then(({analyseLab}) => analyseLab(request));
}

function start(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const created = new Worker(new URL('./analysis.worker.ts', import.meta.url));
    created.onmessage = ({data}: MessageEvent<{id: number; analysis: LabAnalysis}>) => {
      pending.get(data.id)?.resolve(data.analysis);
      pending.delete(data.id);
    };
    // A worker that fails (a blocked script, an exception) hands its requests to the main
    // thread, and so do the requests after it.
    created.onerror = (event) => {
      event.preventDefault();
      worker = null;
      created.terminate();
      const waiting = [...pending.values()];
      pending.clear();
      for (const {request, resolve} of waiting) void onMainThread(request).then(resolve);
    };
    return created;
  } catch {
    return null;
  }
}

export function analyse(request: AnalysisRequest): Promise<LabAnalysis> {
  if (worker === undefined) worker = start();
  const current = worker;
  if (current === null) return onMainThread(request);
  next += 1;
  const id = next;
  return new Promise((resolve) => {
    pending.set(id, {request, resolve});
    current.postMessage({id, request});
  });
}
