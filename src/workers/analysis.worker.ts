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

const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer);

// Cached by loadGazetteer: the analysis picks up this very load. A failure is the analysis's to report.
loadGazetteer().catch(() => undefined);
const shared = import('./analysis-shared');
/** True once the warm-up analysis has run or a real analysis was asked for: the warm-up runs at most once. */
let warmedOrAnalysed = false;

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if ('warm' in request) {
    // Once both loads are in, a short analysis compiles the engine's code, unless a real article
    // came first (its analysis does that job, and nothing should run before it).
    const { warmUpAnalysis } = await shared.catch(() => ({ warmUpAnalysis: null }));
    if (!warmedOrAnalysed && warmUpAnalysis) {
      warmedOrAnalysed = true;
      await warmUpAnalysis();
    }
    // The page may stop a worker still warming up to free the core for a file being opened.
    post({ id: 0, type: 'warm' });
    return;
  }
  warmedOrAnalysed = true;
  const { id, text } = request;
  try {
    const { runAnalysis } = await shared;
    const analysis = await runAnalysis(text, (stage) => post({ id, type: 'stage', stage }));
    for (const { reply, transfer } of analysisReplies(id, analysis, text)) post(reply, transfer);
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
