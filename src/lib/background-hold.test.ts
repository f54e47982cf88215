import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundWorkHeld, backgroundWorkMayStart, holdBackgroundWork, holdUntilHandedOver } from './background-hold';

const flush = () => new Promise<void>((done) => setTimeout(done, 0));

describe('holding background work', () => {
  afterEach(() => vi.useRealTimers());

  it('lets work start at once when nothing holds it', async () => {
    expect(backgroundWorkHeld()).toBe(false);
    let started = false;
    await backgroundWorkMayStart().then(() => (started = true));
    expect(started).toBe(true);
  });

  it('waits for every hold to end: one settling, one released', async () => {
    let finish!: () => void;
    const release = holdBackgroundWork(new Promise<void>((done) => (finish = done)), 60_000);
    const releaseOther = holdBackgroundWork(new Promise(() => {}), 60_000);
    let started = false;
    void backgroundWorkMayStart().then(() => (started = true));
    finish();
    await flush();
    expect(started).toBe(false);
    expect(backgroundWorkHeld()).toBe(true);
    releaseOther();
    await flush();
    expect(started).toBe(true);
    expect(backgroundWorkHeld()).toBe(false);
    release(); // releasing again changes nothing
  });

  it('ends a hold after its longest wait, and when its promise fails', async () => {
    vi.useFakeTimers();
    holdBackgroundWork(new Promise(() => {}), 2000);
    holdBackgroundWork(Promise.reject(new Error('cancelled')), 60_000);
    let started = false;
    void backgroundWorkMayStart().then(() => (started = true));
    await vi.advanceTimersByTimeAsync(1999);
    expect(started).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toBe(true);
  });

  it('hands a hold over to the next one with no gap between, or ends it when released', async () => {
    const handOver = holdUntilHandedOver(60_000);
    let started = false;
    void backgroundWorkMayStart().then(() => (started = true));
    await flush();
    expect(started).toBe(false);
    let bodyIn!: () => void;
    holdBackgroundWork(new Promise<void>((done) => (bodyIn = done)), 60_000);
    await flush();
    expect(started).toBe(false); // the first hold ended, the second holds
    bodyIn();
    await flush();
    expect(started).toBe(true);
    const next = holdUntilHandedOver(60_000);
    expect(backgroundWorkHeld()).toBe(true);
    next();
    handOver(); // ended already: nothing changes
    await flush();
    expect(backgroundWorkHeld()).toBe(false);
  });
});
