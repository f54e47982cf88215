/**
 * Decoding share links and anchoring untrusted annotations off the main thread. One worker does
 * it; if none can be started (or it dies), the same pure code runs on the main thread in slices
 * that yield to the page between steps, each step small enough for a frame (MAIN_THREAD_STEP_UNITS).
 * A worker that overruns its deadline is stopped and replaced: what it had not finished becomes
 * orphans marked 'budget', exactly as when the work allowance runs out.
 */
import { anchorJob, type JobItem, type JobResult } from '../model/anchor-job';
import { decodeShareLink, type ShareDecodeResult } from '../model/share/share-link';
import { findSelector } from '../model/selectors';
import { MAIN_THREAD_STEP_UNITS, WORK_UNITS_PER_SECOND, workBudget } from '../model/work-budget';
import type { AnchoringReply } from './anchoring-protocol';

/** Wall-clock backstop for one request: twice the work the allowance stands for, plus start-up. */
const deadlineMs = (units: number) => 500 + (2_000 * units) / WORK_UNITS_PER_SECOND;
/** Main-thread slices stop after this long and yield to the page. */
const SLICE_MS = 12;

type Pending = { resolve: (reply: AnchoringReply) => void };

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function dropWorker(): void {
  worker?.terminate();
  worker = null;
}

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    if (typeof Worker === 'undefined') throw new Error('no workers here');
    worker = new Worker(new URL('./anchoring.worker.ts', import.meta.url), { type: 'module', name: 'anchoring' });
    worker.onmessage = (e: MessageEvent<AnchoringReply>) => {
      const p = pending.get(e.data.id);
      pending.delete(e.data.id);
      p?.resolve(e.data);
    };
    worker.onerror = () => {
      const waiting = [...pending.entries()];
      pending.clear();
      dropWorker();
      for (const [id, p] of waiting) p.resolve({ id, type: 'error', message: 'The anchoring worker stopped.' });
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** Sends one request; resolves with null when there is no worker, it failed, or it ran past `ms`. */
function ask(message: Record<string, unknown>, ms: number): Promise<AnchoringReply | null> {
  const w = getWorker();
  if (!w) return Promise.resolve(null);
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      // A stuck job cannot be interrupted: end the worker, a fresh one serves the next request.
      dropWorker();
      worker = undefined;
      resolve(null);
    }, ms);
    pending.set(id, {
      resolve: (reply) => {
        clearTimeout(timer);
        resolve(reply.type === 'error' ? null : reply);
      },
    });
    w.postMessage({ ...message, id });
  });
}

const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

/** Decodes a share link (inflating and validating up to 2 MB) away from the page when possible. */
export async function decodeShareLinkOffThread(fragment: string): Promise<ShareDecodeResult> {
  const reply = await ask({ type: 'decode-share', fragment }, 5_000);
  return reply?.type === 'decoded' ? reply.result : decodeShareLink(fragment);
}

function overBudget(items: readonly JobItem[], from: number, results: JobResult[]): JobResult[] {
  for (let i = from; i < items.length; i++) {
    const exact = findSelector(items[i].selectors, 'TextQuoteSelector')?.exact ?? '';
    results.push({ selectors: items[i].selectors, result: { status: 'orphan', quote: exact, reason: 'budget' } });
  }
  return results;
}

/** The main-thread fallback: the same job, in slices, with no step larger than a frame's work. */
export async function anchorInSlices(text: string, items: readonly JobItem[], units: number): Promise<JobResult[]> {
  const job = anchorJob(text, items, workBudget(units, { maxStep: MAIN_THREAD_STEP_UNITS }));
  let sliceStart = performance.now();
  for (let step = job.next(); ; step = job.next()) {
    if (step.done) return step.value;
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}

/**
 * Anchors untrusted annotations on `text` with `units` of work at most. Results are in input
 * order; elided share-link quotes come back restored where the text allowed.
 */
export async function anchorOffThread(text: string, items: readonly JobItem[], units: number): Promise<JobResult[]> {
  if (items.length === 0) return [];
  const reply = await ask({ type: 'anchor', text, items, units }, deadlineMs(units));
  if (reply?.type === 'anchored') return reply.results;
  if (worker === null) return anchorInSlices(text, items, units);
  // The worker ran out of time: nothing it did is kept, nothing more is attempted.
  return overBudget(items, 0, []);
}
