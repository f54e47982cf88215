/**
 * The analysis worker: a message switch around analysis-shared.ts and nothing else, so the
 * engine stays testable without a worker and the worker stays trivial.
 */
import { runAnalysis, warmUpAnalysis } from './analysis-shared';
import type { WorkerReply, WorkerRequest } from './analysis-protocol';

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if ('warm' in request) {
    void warmUpAnalysis();
    return;
  }
  const { id, text } = request;
  try {
    const analysis = await runAnalysis(text, (stage) => post({ id, type: 'stage', stage }));
    post({ id, type: 'done', analysis });
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
