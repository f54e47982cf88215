/**
 * Long work on the main thread cut into slices of a few milliseconds, with the page given a turn
 * (input, a frame) between them, so no slice becomes a long task. One clock for every loop that
 * does this (loading stored annotations, indexing findings, anchoring without a worker):
 * - `sliceClock` for work written as an async loop: `await clock.pause()` where a pause is allowed;
 *   it yields only when the slice has run its time;
 * - `runInSlices` for work written as a generator of small steps: it runs steps until the slice is
 *   spent, yields, and goes on; an `AbortSignal` stops it between steps.
 */

/** Main-thread time one slice may take (ms): well inside a frame, with room for the rest of it. */
export const SLICE_MS = 8;

/** Hands control back to the page and resolves when the work may go on. */
export type Yield = () => Promise<void>;

/** The next task: the page's other tasks that are already queued go first (for background work). */
export const nextTask: Yield = () => new Promise<void>((done) => setTimeout(done, 0));

/**
 * A turn for the page: input and rendering go first, then the work goes on ahead of other queued
 * tasks (`scheduler.yield`, where the browser has it; else the next task).
 */
export const yieldToPage: Yield = () => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : nextTask();
};

export interface SliceOptions {
  /** How long one slice may run (ms); default SLICE_MS. */
  sliceMs?: number;
  /** How to give the page its turn; default `yieldToPage`. */
  yieldTo?: Yield;
  /** The clock (ms); default `performance.now`. */
  now?: () => number;
}

export interface SliceClock {
  /** True once the current slice has run its time. */
  overdue(): boolean;
  /** Yields if the slice has run its time (a new slice starts after), else resolves at once. */
  pause(): Promise<void>;
  /** Yields now, whatever the time (a step that should start a task of its own), and starts a new slice. */
  yieldNow(): Promise<void>;
}

export function sliceClock(options: SliceOptions = {}): SliceClock {
  const { sliceMs = SLICE_MS, yieldTo = yieldToPage, now = () => performance.now() } = options;
  let started = now();
  const overdue = () => now() - started >= sliceMs;
  const yieldNow = async () => {
    await yieldTo();
    started = now();
  };
  return {
    overdue,
    pause: () => (overdue() ? yieldNow() : Promise.resolve()),
    yieldNow,
  };
}

/** Thrown (as the promise's rejection) when the signal stopped the work; `signal.reason` when it has one. */
function aborted(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The work was stopped.', 'AbortError');
}

/**
 * Runs `job` to its end, `sliceMs` at a time, and resolves with what it returns. The first slice
 * starts at once (in the caller's task); the job's own steps must each be small, since a slice
 * ends only between steps. With `signal`, rejects with its reason once aborted (checked before
 * each slice), and the job is not resumed.
 */
export async function runInSlices<T>(
  job: Iterator<unknown, T>,
  options: SliceOptions & { signal?: AbortSignal } = {},
): Promise<T> {
  const { signal } = options;
  const clock = sliceClock(options);
  for (;;) {
    if (signal?.aborted) throw aborted(signal);
    const step = job.next();
    if (step.done) return step.value;
    if (clock.overdue()) {
      await clock.yieldNow();
      if (signal?.aborted) throw aborted(signal);
    }
  }
}
