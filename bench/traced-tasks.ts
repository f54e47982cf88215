/**
 * One traced step for the CPU-time figures (trace-long, trace-many, the bench's traced 1 MB open):
 * records a Chromium trace around `run` and returns the main thread's tasks, each with its thread
 * (CPU) time.
 */
import type { Browser, Page } from '@playwright/test';
import { summarizeTrace, type TaskSummary } from './trace-summary';

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  ...(process.env.TRACE_PROFILE
    ? ['disabled-by-default-devtools.timeline.stack', 'v8.execute', 'disabled-by-default-v8.cpu_profiler']
    : []),
  // `TRACE_CATEGORIES=ipc,mojom,fonts,…` adds categories, to see what a task with little CPU waits on.
  ...(process.env.TRACE_CATEGORIES?.split(',').filter(Boolean) ?? []),
];
/** Tracing starts this long before the action: its own start-up work stays out of the figures. */
const SETTLE_MS = 300;

/** Records a trace of `run` into `path`, and returns the tasks that began after the settling time. */
export async function tracedTasks(
  browser: Browser,
  page: Page,
  path: string,
  run: () => Promise<void>,
): Promise<TaskSummary[]> {
  await browser.startTracing(page, { path, categories: CATEGORIES });
  await page.waitForTimeout(SETTLE_MS);
  await run();
  await browser.stopTracing();
  return summarizeTrace(path, 1).filter((t) => t.start >= SETTLE_MS - 50);
}
