/**
 * The analysis worker: a message switch around analysis-shared.ts and nothing else, so the
 * engine stays testable without a worker and the worker stays trivial.
 *
 * This entry is small on purpose: the moment the worker starts, it asks for its two large
 * downloads side by side — the engine with its tagger model (analysis-shared) and the gazetteer
 * data — instead of fetching the gazetteer only once the engine's chunk has arrived and run.
 */
import { loadGazetteer } from '../engine/gazetteer/index';
import { analysisReplies, type WorkerReply, type WorkerRequest } from './analysis-protocol';

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

// Cached by loadGazetteer: the analysis picks up this very load. A failure is the analysis's to report.
loadGazetteer().catch(() => undefined);
const shared = import('./analysis-shared');

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if ('warm' in request) return; // starting the worker was the point: both loads are under way
  const { id, text } = request;
  try {
    const { runAnalysis } = await shared;
    const analysis = await runAnalysis(text, (stage) => post({ id, type: 'stage', stage }));
    for (const reply of analysisReplies(id, analysis)) post(reply);
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
