import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask, runInSlices, sliceClock, yieldToPage } from './time-slices';

/** A clock moved by hand, and a yield that records each turn given to the page. */
function fakeTime() {
  let t = 0;
  const turns: number[] = [];
  return {
    now: () => t,
    advance: (ms: number) => (t += ms),
    turns,
    yieldTo: () => {
      turns.push(t);
      return Promise.resolve();
    },
  };
}

/** A job of `n` steps, each taking `ms` on the fake clock; returns how many ran. */
function* steps(time: ReturnType<typeof fakeTime>, n: number, ms: number, ran: number[]): Generator<void, string> {
  for (let i = 0; i < n; i++) {
    time.advance(ms);
    ran.push(i);
    yield;
  }
  return 'done';
}

describe('sliceClock', () => {
  it('pauses only once the slice has run its time, then starts a new slice', async () => {
    const time = fakeTime();
    const clock = sliceClock({ sliceMs: 8, now: time.now, yieldTo: time.yieldTo });
    time.advance(5);
    await clock.pause();
    expect(time.turns).toEqual([]);
    time.advance(3);
    expect(clock.overdue()).toBe(true);
    await clock.pause();
    expect(time.turns).toEqual([8]);
    expect(clock.overdue()).toBe(false);
    time.advance(7);
    await clock.pause();
    expect(time.turns).toEqual([8]);
  });

  it('yields when asked, whatever the time, and starts a new slice', async () => {
    const time = fakeTime();
    const clock = sliceClock({ sliceMs: 8, now: time.now, yieldTo: time.yieldTo });
    time.advance(7);
    await clock.yieldNow();
    time.advance(7);
    expect(clock.overdue()).toBe(false);
    expect(time.turns).toEqual([7]);
  });
});

describe('runInSlices', () => {
  it('runs steps until the slice is spent, gives the page a turn, and returns what the job returns', async () => {
    const time = fakeTime();
    const ran: number[] = [];
    const value = await runInSlices(steps(time, 10, 3, ran), { sliceMs: 8, now: time.now, yieldTo: time.yieldTo });
    expect(value).toBe('done');
    expect(ran).toHaveLength(10);
    // 3 steps of 3 ms make a slice of 9 ms (the step that passes 8 ms ends it): turns after 9, 18, 27 ms.
    expect(time.turns).toEqual([9, 18, 27]);
  });

  it('never gives a turn to a job that fits in one slice', async () => {
    const time = fakeTime();
    await runInSlices(steps(time, 2, 1, []), { now: time.now, yieldTo: time.yieldTo });
    expect(time.turns).toEqual([]);
  });

  it('stops between slices once aborted, and rejects with the reason', async () => {
    const time = fakeTime();
    const ran: number[] = [];
    const stop = new AbortController();
    const job = runInSlices(steps(time, 100, 4, ran), {
      sliceMs: 8,
      now: time.now,
      yieldTo: () => {
        stop.abort(new Error('left the article'));
        return Promise.resolve();
      },
      signal: stop.signal,
    });
    await expect(job).rejects.toThrow('left the article');
    expect(ran).toHaveLength(2);
  });

  it('does not start a job whose signal is already aborted', async () => {
    const ran: number[] = [];
    const stop = new AbortController();
    stop.abort();
    await expect(runInSlices(steps(fakeTime(), 3, 1, ran), { signal: stop.signal })).rejects.toBeDefined();
    expect(ran).toEqual([]);
  });
});

describe('yielding to the page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('uses scheduler.yield where the browser has it', async () => {
    const yielded = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yielded });
    await yieldToPage();
    expect(yielded).toHaveBeenCalledOnce();
  });

  it('else waits for the next task, as nextTask does', async () => {
    vi.stubGlobal('scheduler', undefined);
    vi.useFakeTimers();
    let done = 0;
    void yieldToPage().then(() => done++);
    void nextTask().then(() => done++);
    await Promise.resolve();
    expect(done).toBe(0);
    await vi.runAllTimersAsync();
    expect(done).toBe(2);
  });
});
