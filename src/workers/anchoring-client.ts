/**
 * Decoding share links and anchoring untrusted annotations off the main thread. One worker does
 * it; if none can be started (or it dies), the same pure code runs on the main thread in slices
 * that yield to the page between steps, each step small enough for a frame (MAIN_THREAD_STEP_UNITS).
 * A worker that overruns its deadline is stopped and replaced: what it had not finished becomes
 * orphans marked 'budget', exactly as when the work allowance runs out.
 */
import { anchorGroupsJob, type JobGroup, type JobItem, type JobResult } from '../model/anchor-job';
import { anchoredFrom, type Anchored } from '../model/anchored';
import type { Annotation } from '../model/annotation';
import { decodeShareLink, type ShareDecodeResult } from '../model/share/share-link';
import { findSelector } from '../model/selectors';
import { nextTask, runInSlices } from '../lib/time-slices';
import { MAIN_THREAD_STEP_UNITS, READER_UNITS, WORK_UNITS_PER_SECOND, workBudget } from '../model/work-budget';
import type { AnchoringReply } from './anchoring-protocol';

/** Wall-clock backstop for one request: twice the work the allowance stands for, plus start-up. */
const deadlineMs = (units: number) => 500 + (2_000 * units) / WORK_UNITS_PER_SECOND;
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

/** Decodes a share link (inflating and validating up to 2 MB) away from the page when possible. */
export async function decodeShareLinkOffThread(fragment: string): Promise<ShareDecodeResult> {
  const reply = await ask({ type: 'decode-share', fragment }, 5_000);
  return reply?.type === 'decoded' ? reply.result : decodeShareLink(fragment);
}

function overBudget(items: readonly JobItem[]): JobResult[] {
  return items.map((item) => ({
    selectors: item.selectors,
    result: {
      status: 'orphan',
      quote: findSelector(item.selectors, 'TextQuoteSelector')?.exact ?? '',
      reason: 'budget',
    },
  }));
}

/** The main-thread fallback: the same job, in slices, with no step larger than a frame's work. */
export function anchorInSlices(groups: readonly JobGroup[], units: number): Promise<JobResult[][]> {
  return runInSlices(anchorGroupsJob(groups, workBudget(units, { maxStep: MAIN_THREAD_STEP_UNITS })), {
    yieldTo: nextTask,
  });
}

/**
 * Anchors annotations on several texts (an import of many articles) with `units` of work at most
 * between them, away from the page. Results are per group, in input order; elided share-link
 * quotes come back restored where the text allowed. What the allowance or the worker's deadline
 * does not cover comes back as orphans marked 'budget'.
 */
export async function anchorGroupsOffThread(groups: readonly JobGroup[], units: number): Promise<JobResult[][]> {
  if (groups.every((g) => g.items.length === 0)) return groups.map(() => []);
  const reply = await ask({ type: 'anchor', groups, units }, deadlineMs(units));
  if (reply?.type === 'anchored') {
    return reply.results.map((group, g) =>
      group.map((r, i) => ({ result: r.result, selectors: r.selectors ?? groups[g].items[i].selectors })),
    );
  }
  if (worker === null) return anchorInSlices(groups, units);
  // The worker ran out of time: nothing it did is kept, nothing more is attempted.
  return groups.map((g) => overBudget(g.items));
}

/** `anchorGroupsOffThread` for one text (a share link). */
export async function anchorOffThread(text: string, items: readonly JobItem[], units: number): Promise<JobResult[]> {
  const [results] = await anchorGroupsOffThread([{ text, items }], units);
  return results;
}

/**
 * The reader's annotations on its text, placed away from the page (issue 13 moves the reader's
 * own load here): page notes apart, the rest anchored in one batch within `units` of work —
 * generous by default, since these are the reader's own; what is left over is an orphan
 * counted in `overBudget`, never dropped.
 */
export async function anchorAllOffThread(
  text: string,
  annotations: readonly Annotation[],
  units = READER_UNITS,
): Promise<Anchored> {
  const located = annotations.filter((a) => a.kind !== 'page-note');
  const results = await anchorOffThread(
    text,
    located.map((a) => ({ selectors: a.selectors })),
    units,
  );
  const byAnnotation = new Map(located.map((a, i) => [a, results[i].result]));
  return anchoredFrom(annotations, (a) => byAnnotation.get(a));
}
