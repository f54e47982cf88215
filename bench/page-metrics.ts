/**
 * In-page instruments for the layers bench. Everything is timed inside the page, on its own
 * clock (`performance.now()`, whose origin is the navigation start), because a round trip to
 * Node costs more than the frames being measured:
 * - `probesInitScript` (for `addInitScript`, so it runs before the app) records long tasks, the
 *   moment a file was chosen, each localStorage write of the annotations (duration and size),
 *   and — in one rAF loop — the first frame with article text, with all analysis layers, with N
 *   user highlights, and how long a click on "Highlight: …" took to show up in `mg-user-yellow`.
 * - `scrollFrames` scrolls by a viewport per frame for a while and returns the frame times.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';

export interface LongTask {
  start: number;
  duration: number;
}

export interface Probes {
  long: LongTask[];
  /** Layout shifts not caused by input: when and how much (the CLS sources). */
  shifts: Array<{ at: number; value: number }>;
  saves: Array<{ at: number; ms: number; chars: number }>;
  /** When the file input fired `change` (the user picked a file). */
  fileChosenAt?: number;
  /** First frame with the article's first paragraph laid out. */
  textAt?: number;
  /**
   * When the first frame with that paragraph's text was shown: its Element Timing `renderTime`
   * (the frame's presentation, after style, layout, paint and raster), for the paragraph
   * `textAt` looks for, tagged as it enters the document. `textAt` only says the text was laid
   * out at the start of a frame; the app's frame then had more to style, lay out and raster
   * than a static page's, so `textAt` flattered it (traced: 200 ms before its paint on a loaded
   * machine, 60 ms for the static page).
   */
  textPaintAt?: number;
  /**
   * The browser's first contentful paint (paint timing): when that frame was shown, after its
   * style, layout and paint. `textAt` is taken at the start of the frame, before those; a static
   * page has usually laid its text out before (as it finished loading), the app does it in that frame.
   */
  fcpAt?: number;
  /** First frame with every analysis layer painted. */
  layersAt?: number;
  /** First frame with at least `userTarget` ranges in `mg-user-yellow`. */
  userAt?: number;
  userTarget: number;
  /** Clicks on a "Highlight: … (yellow)" button: click time and the click → painted time. */
  creations: Array<{ clickAt: number; ms?: number; before: number }>;
}

type ProbeWindow = Window & { __mg: Probes };

/** Runs in the page before any of its scripts. Self-contained: Playwright serializes it. */
export function probesInitScript(userTarget: number): void {
  const w = window as unknown as ProbeWindow;
  const mg: Probes = { long: [], shifts: [], saves: [], userTarget, creations: [] };
  w.__mg = mg;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) mg.long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the figures say 0.
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
        if (!e.hadRecentInput) mg.shifts.push({ at: e.startTime, value: e.value });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // No layout-shift timing in this browser: CLS reads 0.
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') mg.fcpAt = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing in this browser: no fcpAt.
  }
  // The paragraph `textAt` waits for, tagged for Element Timing as soon as it is in the document
  // (before the frame that paints it): parsed from the HTML or added by a script alike.
  const TEXT = '.article-body [data-start], body > p';
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { identifier: string; renderTime: number }>)
        if (e.identifier === 'mg-text' && mg.textPaintAt === undefined) mg.textPaintAt = e.renderTime || e.startTime;
    }).observe({ type: 'element', buffered: true });
    // Not the built page's pre-rendered landing article where it is hidden (another address).
    const hidden = (el: Element) =>
      !document.documentElement.hasAttribute('data-static-route') && el.closest('[data-static-shell]') !== null;
    const tag = () => {
      const p = [...document.querySelectorAll(TEXT)].find((el) => !hidden(el));
      if (!p) return false;
      p.setAttribute('elementtiming', 'mg-text');
      return true;
    };
    const watch = new MutationObserver(() => {
      if (tag()) watch.disconnect();
    });
    watch.observe(document, { childList: true, subtree: true });
  } catch {
    // No element timing in this browser: no textPaintAt.
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    const t = performance.now();
    setItem.call(this, key, value);
    if (key === 'marginalia:annotations' || key.startsWith('marginalia:annotations:'))
      mg.saves.push({ at: t, ms: performance.now() - t, chars: String(value).length });
  };
  const yellow = () => CSS.highlights?.get('mg-user-yellow')?.size ?? 0;
  document.addEventListener(
    'change',
    (e) => {
      if (e.target instanceof HTMLInputElement && e.target.type === 'file') mg.fileChosenAt = performance.now();
    },
    true,
  );
  window.addEventListener(
    'click',
    (e) => {
      const b =
        e.target instanceof Element
          ? e.target.closest('button[aria-label^="Highlight: "][aria-label$="(yellow)"]')
          : null;
      if (b) mg.creations.push({ clickAt: performance.now(), before: yellow() });
    },
    true,
  );
  const frame = () => {
    const now = performance.now();
    if (mg.textAt === undefined) {
      // The reader's first block, or the first paragraph of a static baseline page.
      const p = document.querySelector(TEXT);
      if (p && p.getBoundingClientRect().height > 0) mg.textAt = now;
    }
    if (
      mg.layersAt === undefined &&
      CSS.highlights?.has('mg-claim-cue') &&
      (CSS.highlights.get('mg-person')?.size ?? 0) > 0
    )
      mg.layersAt = now;
    if (mg.userAt === undefined && mg.userTarget > 0 && yellow() >= mg.userTarget) mg.userAt = now;
    const last = mg.creations[mg.creations.length - 1];
    if (last && last.ms === undefined && yellow() > last.before) last.ms = now - last.clickAt;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

export const readProbes = (page: Page): Promise<Probes> => page.evaluate(() => (window as unknown as ProbeWindow).__mg);

/** Each probed page's own DevTools session (`probedPage`), for `waitForProbe`. */
const sessions = new WeakMap<Page, CDPSession>();

async function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = await page.context().newCDPSession(page)));
  return session;
}

/**
 * Polls `test` (an expression) once a frame inside the page until it is neither undefined nor
 * false, and returns its value. Through a plain DevTools `Runtime.evaluate` of a few lines, not
 * Playwright's `waitForFunction` or `evaluate`: those first evaluate Playwright's injected script
 * in the new document (6–9 ms of CPU quiet, 17–30 ms and a 37–362 ms task at load 14–19) while the
 * page is still loading. Traced, it ran before the app's first frame in 22 of 45 loads (the app's
 * HTML is parsed in two or three slices, and it slipped in between) and before the static page's
 * in 1 of 17 (parsed in one go), so `textAt` and `layersAt` counted the bench's own work as the
 * app's, in some runs only; waiting for a tab with `waitForFunction` put the same task into every
 * 10,000-annotation reload, 0.4–1 s after its commit (perf31). Nothing of this kind runs for a reader.
 */
async function waitInPage<T>(page: Page, test: string, caller: string, what: string, timeout: number): Promise<T> {
  const session = await sessionOf(page);
  const expression = `new Promise((resolve) => {
    const poll = () => {
      const at = ${test};
      if (at !== undefined && at !== false) resolve(at);
      else requestAnimationFrame(poll);
    };
    poll();
  })`;
  const deadline = Date.now() + timeout;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`${caller}: no ${what} within ${timeout} ms`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<'expired'>((resolve) => (timer = setTimeout(() => resolve('expired'), left)));
    const evaluated = session.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }).then(
      (r) => r,
      (e: Error) => e,
    );
    const result = await Promise.race([evaluated, expired]);
    clearTimeout(timer);
    if (result === 'expired') throw new Error(`${caller}: no ${what} within ${timeout} ms`);
    // A closed page (or crashed one) has no new document to ask: say so now, not at the deadline.
    if (result instanceof Error && page.isClosed()) throw result;
    // A navigation replaced the document while waiting (or before it had a context): ask the new one.
    if (result instanceof Error || result.exceptionDetails) {
      await new Promise((r) => setTimeout(r, 10));
      continue;
    }
    return result.result.value as T;
  }
}

/** Waits (polling every frame, inside the page: `waitInPage`) until a probe field is set, and returns it. */
export function waitForProbe(
  page: Page,
  field: 'textAt' | 'textPaintAt' | 'fcpAt' | 'layersAt' | 'userAt',
  timeout = 60_000,
): Promise<number> {
  return waitInPage<number>(
    page,
    `window.__mg && window.__mg[${JSON.stringify(field)}]`,
    'waitForProbe',
    field,
    timeout,
  );
}

/** Long tasks overlapping [from, to]: the longest and how many took over 100 ms. */
export function longTasksIn(tasks: LongTask[], from: number, to: number) {
  const inside = tasks.filter((t) => t.start + t.duration >= from && t.start <= to);
  return {
    max: Math.round(Math.max(0, ...inside.map((t) => t.duration))),
    over100: inside.filter((t) => t.duration > 100).length,
  };
}

export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : 0;
};

/**
 * Scrolls by one viewport height per animation frame for `ms` (back to the top at the end of
 * the page) and returns the intervals between frames, from requestAnimationFrame timestamps.
 */
export async function scrollFrames(page: Page, ms = 3000): Promise<number[]> {
  const stamps = await page.evaluate(
    (duration) =>
      new Promise<number[]>((resolve) => {
        const ts: number[] = [];
        const step = (t: number) => {
          ts.push(t);
          if (t - ts[0] >= duration) return resolve(ts);
          const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
          if (atEnd) window.scrollTo(0, 0);
          else window.scrollBy(0, window.innerHeight);
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    ms,
  );
  return stamps.slice(1).map((t, i) => t - stamps[i]);
}

/** Median, p95 and count over 50 ms of frame intervals, for the table. */
export function frameStats(intervals: number[]) {
  const sorted = [...intervals].sort((a, b) => a - b);
  return {
    median: +sorted[Math.floor(sorted.length / 2)].toFixed(1),
    p95: +percentile(sorted, 95).toFixed(1),
    over50: intervals.filter((d) => d > 50).length,
    frames: intervals.length,
  };
}

/** Cumulative layout shift from shifts recorded in [from, to] (ms on the page's clock). */
export function clsIn(shifts: Probes['shifts'], from: number, to: number): number {
  return +shifts
    .filter((s) => s.at >= from && s.at <= to)
    .reduce((a, s) => a + s.value, 0)
    .toFixed(3);
}

/**
 * Scrolls with the mouse wheel (real input events through the browser, 100 px a notch, one notch
 * every ~30 ms) for `ms`, and returns the intervals between animation frames meanwhile.
 */
export async function wheelFrames(page: Page, ms = 3000): Promise<number[]> {
  await page.mouse.move(640, 400);
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framesOn: boolean };
    w.__frames = [];
    w.__framesOn = true;
    const step = (t: number) => {
      w.__frames.push(t);
      if (w.__framesOn) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // Back to the top at the end of the page, inside the same round trip as the check.
    await page.evaluate(() => {
      if (window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2) window.scrollTo(0, 0);
    });
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(30);
  }
  const stamps = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framesOn: boolean };
    w.__framesOn = false;
    return w.__frames;
  });
  return stamps.slice(1).map((t, i) => t - stamps[i]);
}

/**
 * Waits (polling every frame, inside the page: `waitInPage`) until a tab reads `label`, and returns
 * the page's clock (`performance.now()`) when it first did. Not a role locator: its polling checks
 * visibility, which forces a layout of the whole page (17–19 ms of CPU per poll on the 1 MB
 * article), and the long-task figures then counted the bench's own work as the app's.
 */
export function waitForTab(page: Page, label: string, timeout = 60_000): Promise<number> {
  const test = `[...document.querySelectorAll('[role="tab"]')].some((t) => t.textContent === ${JSON.stringify(label)}) && performance.now()`;
  return waitInPage<number>(page, test, 'waitForTab', `tab "${label}"`, timeout);
}

/** A fresh 1280 × 800 context whose pages record the probes (`probesInitScript`). */
export async function probedPage(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // tsx (esbuild, keepNames) wraps named inner functions in `__name(...)`: define it for the
  // functions Playwright serializes into the page.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  // `userAt` is the first frame with an own highlight painted. The 1,000 are seeded from the top
  // of the article, so that is when the first screen's own highlights show: past a few thousand
  // ranges the painter paints only near the viewport, so "all 1,000 painted" never happens.
  await context.addInitScript(probesInitScript, 1);
  const page = await context.newPage();
  // Attached before the page loads anything: attaching later is work on the page's main thread.
  await sessionOf(page);
  return { context, page };
}

/**
 * A probed page that opened `file` from the library's "Open file" button, as a reader would, and
 * painted its layers: the start of every tool that measures the 1 MB article.
 */
export async function probedPageWithFile(browser: Browser, base: string, file: string) {
  const probed = await probedPage(browser);
  await probed.page.goto(`${base}#/library`);
  const chooser = probed.page.waitForEvent('filechooser');
  await probed.page.getByRole('button', { name: 'Open file', exact: true }).click();
  await (await chooser).setFiles(file);
  await waitForProbe(probed.page, 'layersAt', 150_000);
  return probed;
}
