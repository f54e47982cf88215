import { describe, expect, it } from 'vitest';
import {
  followEnd,
  MAX_FRAMES,
  SETTLED_AT_END_FRAMES,
  startWatch,
  STILL_FRAMES,
  type EndWatch,
  type ScrollSample,
} from './end-reaches-end';

/** Feeds samples to the watch; returns each frame's verdict. */
function run(samples: ScrollSample[], watch: EndWatch = startWatch()): string[] {
  const verdicts: string[] = [];
  for (const s of samples) {
    const next = followEnd(watch, s);
    watch = next.watch;
    verdicts.push(next.verdict);
  }
  return verdicts;
}

const frames = (n: number, s: ScrollSample) => Array.from({ length: n }, () => s);

describe('followEnd', () => {
  it('never scrolls while End’s own animation is still moving the page', () => {
    const moving = [0, 200, 400, 600, 800].map((top) => ({ top, view: 500, height: 3000 }));
    expect(run(moving)).toEqual(['wait', 'wait', 'wait', 'wait', 'wait']);
  });

  it('scrolls to the end once the scroll stands still short of it (the page grew under End)', () => {
    const verdicts = run(frames(STILL_FRAMES + 1, { top: 1500, view: 500, height: 3000 }));
    expect(verdicts.at(-1)).toBe('scroll');
    expect(verdicts.slice(0, -1).every((v) => v === 'wait')).toBe(true);
  });

  it('keeps following while the page grows at the end, and stops once it has stopped growing', () => {
    const growing = [3000, 3400, 3800].map((height) => ({ top: height - 500, view: 500, height }));
    expect(run(growing)).toEqual(['wait', 'wait', 'wait']);
    const settled = run(frames(SETTLED_AT_END_FRAMES + 1, { top: 2500, view: 500, height: 3000 }));
    expect(settled.at(-1)).toBe('done');
    expect(settled.filter((v) => v === 'done')).toHaveLength(1);
  });

  it('counts a page within two pixels of the end as at the end', () => {
    expect(run(frames(STILL_FRAMES + 1, { top: 2498.5, view: 500, height: 3000 }))).not.toContain('scroll');
  });

  it('gives up after MAX_FRAMES whatever the page does', () => {
    const flicker = Array.from({ length: MAX_FRAMES + 1 }, (_, i) => ({ top: 0, view: 500, height: 3000 + (i % 2) }));
    expect(run(flicker).at(-1)).toBe('done');
  });
});
