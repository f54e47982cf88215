/** The browser's own long-task entries, for specs that report how responsive a page stayed. */
import type { Page } from '@playwright/test';

type LongTaskWindow = { __longTasks: { start: number; duration: number }[] };

/** Records every long task from the page's first script on; call before the page loads. */
export async function watchLongTasks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as LongTaskWindow;
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Durations (ms, rounded) of the long tasks that started at `from` or later, and by `to` when given. */
export const longTasksBetween = (page: Page, from: number, to?: number) =>
  page.evaluate(
    ({ from, to }) =>
      (window as unknown as LongTaskWindow).__longTasks
        .filter((t) => t.start >= from && (to === undefined || t.start <= to))
        .map((t) => Math.round(t.duration)),
    { from, to },
  );
