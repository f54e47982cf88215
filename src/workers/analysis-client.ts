/**
 * Runs the analysis off the main thread so the page stays responsive; if a worker cannot be
 * started (or dies), the same code runs on the main thread instead. Callers see one promise.
 */
import type { Analysis } from '../engine/types';
import type { AnalysisStage } from './analysis-shared';
import { joinAnalysis, type AnalysisListKey, type WorkerReply } from './analysis-protocol';
import { backgroundWorkHeld, backgroundWorkMayStart } from '../lib/background-hold';

type Pending = {
  resolve: (a: Analysis) => void;
  reject: (e: Error) => void;
  onStage?: (s: AnalysisStage) => void;
  text: string;
  /** Parts of the analysis' lists received so far, in order. */
  parts?: Partial<Record<AnalysisListKey, unknown[][]>>;
};

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

async function onMainThread(p: Pending): Promise<void> {
  try {
    const { runAnalysis } = await import('./analysis-shared');
    p.resolve(await runAnalysis(p.text, p.onStage));
  } catch (e) {
    p.reject(e instanceof Error ? e : new Error(String(e)));
  }
}

function failOver(): void {
  worker?.terminate();
  worker = null;
  const waiting = [...pending.values()];
  pending.clear();
  for (const p of waiting) void onMainThread(p);
}

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' });
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const reply = e.data;
      const p = pending.get(reply.id);
      if (!p) return;
      if (reply.type === 'stage') p.onStage?.(reply.stage);
      else if (reply.type === 'part') ((p.parts ??= {})[reply.key] ??= []).push(reply.items);
      else {
        pending.delete(reply.id);
        if (reply.type === 'done') p.resolve(joinAnalysis(reply.analysis, p.parts));
        else p.reject(new Error(reply.message));
      }
    };
    worker.onerror = failOver;
  } catch {
    worker = null;
  }
  return worker;
}

/** Analyses started before anyone asked (the boot script has the text first), by text. */
const early = new Map<string, { promise: Promise<Analysis>; listen: (onStage?: (s: AnalysisStage) => void) => void }>();

export function analyzeText(text: string, onStage?: (s: AnalysisStage) => void): Promise<Analysis> {
  const started = early.get(text);
  if (started) {
    early.delete(text);
    started.listen(onStage);
    return started.promise;
  }
  return request(text, onStage).promise;
}

/**
 * Starts analysing `text` now; the first `analyzeText` of the same text takes this result over.
 * The boot script calls it the moment it has the article, so the analysis overlaps the app's loading
 * (a long article's request waits while its body goes in: lib/background-hold; the worker and its
 * downloads start at once all the same).
 * `precomputed` is the build's analysis of the landing article (bundled-analysis.ts): when it
 * resolves to null (missing, damaged, another text or version), the worker analyses after all.
 */
export function prefetchAnalysis(text: string, precomputed?: Promise<Analysis | null>): void {
  if (early.has(text)) return;
  let onStage: ((s: AnalysisStage) => void) | undefined;
  const analyse = () => request(text, (s) => onStage?.(s)).promise;
  const promise = precomputed ? precomputed.then((analysis) => analysis ?? analyse()) : analyse();
  promise.catch(() => early.delete(text));
  early.set(text, { promise, listen: (fn) => (onStage = fn) });
}

function request(text: string, onStage?: (s: AnalysisStage) => void): { promise: Promise<Analysis>; pending: Pending } {
  let p!: Pending;
  const promise = new Promise<Analysis>((resolve, reject) => {
    p = { resolve, reject, onStage, text };
    const w = getWorker();
    if (!w) {
      // Deferred: `p` must be assigned before the fallback reads it.
      queueMicrotask(() => void onMainThread(p));
      return;
    }
    const id = nextId++;
    pending.set(id, p);
    // While the page holds background work (a long article's body going in), the request waits:
    // the analysis and the compilers it sets going would take the core the page's frames need.
    if (backgroundWorkHeld()) void backgroundWorkMayStart().then(() => w.postMessage({ id, text }));
    else w.postMessage({ id, text });
  });
  return { promise, pending: p };
}

/**
 * Starts the worker and its gazetteer download while the article itself is still loading, so the
 * two overlap instead of running one after the other.
 */
export function warmUpAnalysis(): void {
  getWorker()?.postMessage({ id: 0, warm: true });
}
