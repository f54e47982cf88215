/**
 * End, pressed as a reader does: until the page has reached its end.
 *
 * End's scroll is animated, and on a loaded machine (CI's two workers, six helpers on two cores)
 * its frames and each poll's round trip come seconds apart: a 5 s poll once ran out. Worse, at a
 * load of ~24 the page now and then stayed where it was for good (3 of 57 runs of the specs that
 * press End: the trace's last frames show the page at its top, 15 s after End); a reader would
 * press End again, and so does this. What is still checked: the page stands still at its end, and
 * no End press was swallowed by the app (a handler that prevents End's default fails here rather
 * than being retried around).
 */
import { expect, type Page } from '@playwright/test';

/** The budget of the specs' other slow waits (the analysis coming in, a shared link opening). */
const END_BUDGET = { timeout: 15_000 };

/**
 * In the page: waits until the scroll has stood still for a few frames (the animation is over),
 * then says whether the page is at its end. Watched frame by frame in the page rather than polled
 * from the test, whose round trips on a loaded machine are slower than the animation; and what
 * comes next is pressed on a screen that has stopped moving.
 */
function endReachedWhenStill(): Promise<boolean> {
  return new Promise((resolve) => {
    let last = Number.NaN;
    let still = 0;
    const frame = () => {
      still = window.scrollY === last ? still + 1 : 0;
      last = window.scrollY;
      if (still < 3) return void requestAnimationFrame(frame);
      resolve(window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2);
    };
    requestAnimationFrame(frame);
  });
}

type EndWatch = Window & { __endPrevented?: number };

export async function pressEndUntilAtEnd(page: Page): Promise<void> {
  // Listening last, on the window, in the bubbling phase: every handler of the app has seen the key.
  await page.evaluate(() => {
    const w = window as EndWatch;
    if (w.__endPrevented !== undefined) return;
    w.__endPrevented = 0;
    addEventListener('keydown', (e) => {
      if (e.key === 'End' && e.defaultPrevented) w.__endPrevented! += 1;
    });
  });
  await expect(async () => {
    await page.keyboard.press('End');
    expect(await page.evaluate(endReachedWhenStill), 'the page at its end once its scroll stood still').toBe(true);
  }).toPass(END_BUDGET);
  expect(await page.evaluate(() => (window as EndWatch).__endPrevented), 'End presses the app prevented').toBe(0);
}
