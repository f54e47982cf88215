/**
 * Runs the analysis off the main thread so the page stays responsive; if a worker cannot be
 * started (or dies), the same code runs on the main thread instead. Callers see one promise.
 */
import type { Analysis } from '../engine/types';
import type { AnalysisStage } from './analysis-shared';
import { AnalysisReceiver, type CompactAnalysis, type WorkerReply } from './analysis-protocol';
import { backgroundWorkHeld, backgroundWorkMayStart, holdUntilHandedOver } from '../lib/background-hold';
import { whenIdle } from '../lib/when-idle';
import { analysisCache } from './analysis-cache';

type Pending = {
  resolve: (a: Analysis) => void;
  reject: (e: Error) => void;
  onStage?: (s: AnalysisStage) => void;
  text: string;
  /** The analysis' parts received so far, built back as they came. */
  received?: AnalysisReceiver;
};

let worker: Worker | null | undefined;
let nextId = 1;
/** Requests given to the worker (at most one, `busy`) or waiting for it, by id. */
const pending = new Map<number, Pending>();
/**
 * Requests not yet given to the worker, oldest first. The worker gets one at a time, so a request
 * that nobody wants any more (the reader opened another article) can still be dropped here: once
 * posted, it would run to its end before the next one, on a core the page needs.
 */
const queue: number[] = [];
/** The request the worker is running (its reply not yet complete), if any. */
let busy: number | null = null;
/** True while the queue waits for a hold on background work to end. */
let waitingForHold = false;

/** The reason a dropped request's promise rejects with (what `fetch` uses for an aborted signal). */
const abortError = () => new DOMException('The analysis is no longer wanted.', 'AbortError');

/**
 * The worker's analyses of long texts as they came (analysis-cache.ts keeps these in that form),
 * until they are stored or dropped with the analysis.
 */
const compactOf = new WeakMap<Analysis, CompactAnalysis>();

/** Analyses running on the page's own thread (no worker): the page is not quiet meanwhile. */
let onPage = 0;

async function onMainThread(p: Pending): Promise<void> {
  onPage++;
  try {
    const { runAnalysis } = await import('./analysis-shared');
    p.resolve(await runAnalysis(p.text, p.onStage));
  } catch (e) {
    p.reject(e instanceof Error ? e : new Error(String(e)));
  } finally {
    onPage--;
  }
}

function failOver(): void {
  worker?.terminate();
  worker = null;
  busy = null;
  queue.length = 0;
  const waiting = [...pending.values()];
  pending.clear();
  for (const p of waiting) void onMainThread(p);
}

/**
 * Gives the worker the oldest waiting request when it is free, starting the worker first if it is
 * not running. While the page holds background work (a long article's body going in), requests
 * wait, and so does the worker's start: the moment it starts, the worker loads and compiles the
 * engine's 2.8 MB chunk and the gazetteer's (~210 ms of `compileModule`, ~450 ms of worker CPU on
 * the 1 MB open), which with V8's compile threads took the core the body's slices needed
 * (src/anchoring/README.md, perf44 and perf45).
 */
function pump(): void {
  if (busy !== null || !queue.length) return;
  if (backgroundWorkHeld()) {
    if (!waitingForHold) {
      waitingForHold = true;
      void backgroundWorkMayStart().then(() => {
        waitingForHold = false;
        pump();
      });
    }
    return;
  }
  const w = getWorker();
  if (!w) return failOver();
  const id = queue.shift()!;
  busy = id;
  w.postMessage({ id, text: pending.get(id)!.text });
}

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' });
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const reply = e.data;
      if (reply.type === 'warm') {
        warming = false;
        return;
      }
      const ended = reply.type === 'done' || reply.type === 'error';
      if (ended && reply.id === busy) {
        busy = null;
        // The next request goes out after this reply is handled, in a task of its own.
        queueMicrotask(pump);
      }
      const p = pending.get(reply.id);
      if (!p) return;
      if (reply.type === 'stage') p.onStage?.(reply.stage);
      else if (reply.type === 'part') (p.received ??= new AnalysisReceiver(p.text)).part(reply.part);
      else {
        pending.delete(reply.id);
        if (reply.type === 'done') {
          const received = p.received ?? new AnalysisReceiver(p.text);
          const analysis = received.done(reply.rest, reply.parts);
          const compact = analysisCache.keepsCompact(p.text) ? received.compact() : null;
          if (compact) compactOf.set(analysis, compact);
          p.resolve(analysis);
        } else p.reject(new Error(reply.message));
      }
    };
    worker.onerror = failOver;
  } catch {
    worker = null;
  }
  return worker;
}

/** An analysis asked for: its promise, who hears its stages, and how to drop it. */
interface Asked {
  promise: Promise<Analysis>;
  listen: (onStage?: (s: AnalysisStage) => void) => void;
  /**
   * Drops the request if the worker has not started it (its promise rejects with an AbortError);
   * false when the worker is running it, which then runs to its end.
   */
  cancel: () => boolean;
}

/**
 * Analyses nobody holds right now, by text: started before anyone asked (the boot script has the
 * text first), given up by their caller a moment ago, or given up while the worker runs them (until
 * that run ends). The next `analyzeText` of the same text takes one over.
 */
const unclaimed = new Map<string, Asked>();

/**
 * The analysis of `text`, from the worker. Aborting `signal` drops the request unless the worker
 * has started it: while it waits behind another article's analysis or for a long body to go in
 * (lib/background-hold), it would otherwise still run before whatever the reader opened next.
 * The drop waits one task, so a caller that unmounts and mounts again at once (React's strict
 * mode, TanStack Query cancelling a query whose observer went) takes the same request back. A run
 * the worker has started is not dropped (it cannot be stopped): a reader who leaves the article and
 * comes back before it ends takes it over instead of queueing a second analysis behind it.
 */
export function analyzeText(
  text: string,
  onStage?: (s: AnalysisStage) => void,
  signal?: AbortSignal,
): Promise<Analysis> {
  const asked = unclaimed.get(text) ?? ask(text);
  unclaimed.delete(text);
  asked.listen(onStage);
  if (signal) {
    const giveUp = () => {
      asked.listen(undefined);
      unclaimed.set(text, asked);
      setTimeout(() => {
        if (unclaimed.get(text) !== asked) return;
        if (asked.cancel()) unclaimed.delete(text);
      }, 0);
    };
    if (signal.aborted) giveUp();
    else signal.addEventListener('abort', giveUp, { once: true });
  }
  return asked.promise;
}

function ask(text: string): Asked {
  let onStage: ((s: AnalysisStage) => void) | undefined;
  const { promise, cancel } = cachedOrRequest(text, (s) => onStage?.(s));
  const asked: Asked = { promise, listen: (fn) => (onStage = fn), cancel };
  // A run given up while the worker had it is claimable only until it ends. A dropped request's
  // rejection is for whoever still holds the promise, if anyone.
  const forget = () => {
    if (unclaimed.get(text) === asked) unclaimed.delete(text);
  };
  promise.then(forget, forget);
  return asked;
}

/**
 * Starts analysing `text` now; the first `analyzeText` of the same text takes this result over.
 * The boot script calls it the moment it has the article, so the analysis overlaps the app's loading
 * (a long article's request, and the worker's start with it, wait while its body goes in:
 * lib/background-hold).
 * `precomputed` is the build's analysis of the landing article (bundled-analysis.ts): when it
 * resolves to null (missing, damaged, another text or version), the worker analyses after all.
 * `stored` is the caller's own read of the analysis cache (the boot script paints from it), so
 * the cache is not read twice.
 */
export function prefetchAnalysis(
  text: string,
  precomputed?: Promise<Analysis | null>,
  stored?: Promise<Analysis | null>,
): void {
  if (unclaimed.has(text)) return;
  let onStage: ((s: AnalysisStage) => void) | undefined;
  let cancelled = false;
  let cancelRequest = () => true;
  const analyse = () => {
    if (cancelled) return Promise.reject(abortError());
    const started = cachedOrRequest(text, (s) => onStage?.(s), stored);
    cancelRequest = started.cancel;
    return started.promise;
  };
  const promise = precomputed ? precomputed.then((analysis) => analysis ?? analyse()) : analyse();
  const asked: Asked = {
    promise,
    listen: (fn) => (onStage = fn),
    cancel: () => {
      cancelled = true;
      return cancelRequest();
    },
  };
  promise.catch(() => unclaimed.get(text) === asked && unclaimed.delete(text));
  unclaimed.set(text, asked);
}

/**
 * Drops the analysis the boot script started for `text` if nobody has taken it over: the reader
 * opened another article first, and a long article's request, held while its body went in, would
 * otherwise run before that article's.
 */
export function cancelPrefetchedAnalysis(text: string): void {
  const asked = unclaimed.get(text);
  if (!asked) return;
  unclaimed.delete(text);
  asked.cancel();
}

function request(
  text: string,
  onStage?: (s: AnalysisStage) => void,
): { promise: Promise<Analysis>; cancel: () => boolean } {
  let p!: Pending;
  let id = 0;
  const promise = new Promise<Analysis>((resolve, reject) => {
    p = { resolve, reject, onStage, text };
    if (worker === null) {
      // No worker can be started here. Deferred: `p` must be assigned before the fallback reads it.
      queueMicrotask(() => void onMainThread(p));
      return;
    }
    // The worker itself is started by `pump`, once no hold is on.
    id = nextId++;
    pending.set(id, p);
    queue.push(id);
    pump();
  });
  const cancel = () => {
    if (!pending.has(id)) return true; // done, failed, cancelled already, or on the main thread
    if (busy === id) return false; // the worker is running it: its reply still comes
    pending.delete(id);
    const at = queue.indexOf(id);
    if (at >= 0) queue.splice(at, 1);
    p.reject(abortError());
    return true;
  };
  return { promise, cancel };
}

/** Keeps `analysis` of `text` in the analysis cache once the page is idle (storing it takes a moment). */
export function storeWhenIdle(text: string, analysis: Analysis): void {
  whenIdle(() => void analysisCache.write(text, analysis, compactOf.get(analysis)), 5000, 1000);
}

/** Cache reads under way (analysis-cache.ts): an analysis may follow each. */
let lookingUp = 0;

/**
 * The stored analysis of `text` if there is a good one (analysis-cache.ts), else the worker's, which
 * is then stored once the page is idle. The same promise and cancel as `request`: while the cache is
 * read, cancelling drops the request before it reaches the worker.
 */
function cachedOrRequest(
  text: string,
  onStage?: (s: AnalysisStage) => void,
  read?: Promise<Analysis | null>,
): { promise: Promise<Analysis>; cancel: () => boolean } {
  if (!read && !analysisCache.mayHold(text)) return request(text, onStage);
  let started: ReturnType<typeof request> | null = null;
  let dropped = false;
  let drop: (e: Error) => void = () => {};
  lookingUp++;
  const promise = new Promise<Analysis>((resolve, reject) => {
    drop = reject;
    void (read ?? analysisCache.read(text)).then((stored) => {
      lookingUp--;
      if (dropped) return;
      if (stored) {
        // No worker was needed; the next article's will be, so it starts loading once the page is idle.
        whenIdle(warmUpAnalysis, 3000, 1000);
        return resolve(stored);
      }
      started = request(text, onStage);
      started.promise.then((analysis) => {
        storeWhenIdle(text, analysis);
        resolve(analysis);
      }, reject);
    });
  });
  const cancel = () => {
    if (started) return started.cancel();
    dropped = true;
    drop(abortError());
    return true;
  };
  return { promise, cancel };
}

/** True while some analysis is asked for and not yet answered (running, queued or held, in the worker or not). */
export const analysisUnderWay = (): boolean => pending.size > 0 || onPage > 0 || lookingUp > 0;

/** True once the worker was asked to warm up: once is enough. */
let warmUpAsked = false;
/** True from the warm-up's request until the worker says it is over. */
let warming = false;

/**
 * Starts the worker, which loads the engine and the gazetteer at once, then asks it for its warm-up
 * analysis (a short text, analysis-shared.ts), so the reader's first own article finds the engine
 * loaded and compiled. Callers wait for the page to be idle; the worker's start and its warm-up
 * also wait while a long body goes in (lib/background-hold), as analyses do: loading the engine
 * takes the other core for 100–500 ms (traced on a reload of the 1 MB article).
 */
export function warmUpAnalysis(): void {
  if (worker === null || warmUpAsked) return;
  warmUpAsked = true;
  // The worker itself waits too: starting it sets the engine's 2.3 MB chunk compiling on the other core.
  const ask = () => {
    const w = getWorker();
    if (!w) return;
    warming = true;
    w.postMessage({ id: 0, warm: true });
  };
  if (backgroundWorkHeld()) void backgroundWorkMayStart().then(ask);
  else ask();
}

/** The longest the analysis worker gives way to a file being opened (ms): the file dialog, then the open. */
export const OPEN_HOLD_MS = 5000;
/**
 * A file from this size on stops a warm-up under way. A short file's open has no long tasks to
 * spare, and its layers come sooner from the worker's head start (the warm-up loaded the engine).
 */
export const STOP_WARM_UP_FROM_BYTES = 100_000;

/**
 * The reader is opening a file: the worker's start and warm-up give way to the open, whose tasks
 * (the decode, the reader's first frame, the body's slices) otherwise wait for a core while the
 * engine loads and compiles beside them (src/anchoring/README.md, perf34). Background work is
 * held until the reader's body takes the hold over (ArticleBody), the returned release is called,
 * or `maxMs` passes. Given the chosen (or dropped) file's size, from STOP_WARM_UP_FROM_BYTES a
 * worker still warming up is stopped too, as the warm-up cannot be paused: the article's own
 * analysis does its job, and if none is asked for by the hold's end the warm-up starts again.
 * Without (the "Open file" click: the reader may spend seconds in the dialog, long enough for a
 * warm-up under way to end), nothing is stopped. A worker already warm, or running an article's
 * analysis, is kept.
 */
export function giveWayToOpen(fileBytes?: number, maxMs = OPEN_HOLD_MS): () => void {
  const release = holdUntilHandedOver(maxMs);
  const stop = fileBytes !== undefined && fileBytes >= STOP_WARM_UP_FROM_BYTES;
  if (stop && worker && warming && busy === null && pending.size === 0) {
    worker.terminate();
    worker = undefined;
    warming = false;
    warmUpAsked = false;
    void backgroundWorkMayStart().then(() => pending.size === 0 && warmUpAnalysis());
  }
  return release;
}
