import { describe, expect, it } from 'vitest';
import { PendingStep } from './pending-step';

function frames() {
  const queued = new Map<number, () => void>();
  let next = 1;
  return {
    schedule: (run: () => void) => (queued.set(next, run), next++),
    unschedule: (frame: number) => void queued.delete(frame),
    flush: () => {
      const runs = [...queued.values()];
      queued.clear();
      runs.forEach((run) => run());
    },
  };
}

describe('PendingStep', () => {
  it('a second step within the frame starts from the first one, not from the card shown', () => {
    const f = frames();
    const step = new PendingStep(f.schedule, f.unschedule);
    const opened: string[] = [];
    expect(step.from(undefined)).toBeUndefined();
    step.choose('h1', () => opened.push('h1'));
    expect(step.from(undefined)).toBe('h1');
    step.choose('h2', () => opened.push('h2'));
    f.flush();
    // Only the last choice opens: the card does not flash through the first.
    expect(opened).toEqual(['h2']);
  });

  it('stays pending after its frame until the card is committed (the render lags the frame)', () => {
    const f = frames();
    const step = new PendingStep(f.schedule, f.unschedule);
    step.choose('h2', () => {});
    f.flush();
    expect(step.from('h1')).toBe('h2');
    step.committed('h1');
    expect(step.pending).toBe(true);
    step.committed('h2');
    expect(step.pending).toBe(false);
    expect(step.from('h2')).toBe('h2');
  });

  it('cancel drops the frame and the choice', () => {
    const f = frames();
    const step = new PendingStep(f.schedule, f.unschedule);
    const opened: string[] = [];
    step.choose('h1', () => opened.push('h1'));
    step.cancel();
    f.flush();
    expect(opened).toEqual([]);
    expect(step.pending).toBe(false);
    expect(step.from('h0')).toBe('h0');
  });
});

describe('PendingStep with the browser frame functions', () => {
  it('calls them as functions, not as its own methods (which throws "Illegal invocation")', () => {
    const calls: unknown[] = [];
    function strictFrame(this: unknown, run: () => void) {
      calls.push(this);
      run();
      return 1;
    }
    const saved = globalThis.requestAnimationFrame;
    globalThis.requestAnimationFrame = strictFrame as typeof requestAnimationFrame;
    try {
      const opened: string[] = [];
      new PendingStep().choose('h1', () => opened.push('h1'));
      expect(opened).toEqual(['h1']);
      expect(calls.every((self) => !(self instanceof PendingStep))).toBe(true);
    } finally {
      globalThis.requestAnimationFrame = saved;
    }
  });

  it('keeps the place a Delete left for the next step only', () => {
    const step = new PendingStep(
      () => 1,
      () => {},
    );
    expect(step.takeLeftAt()).toBeNull();
    step.leftAt(120);
    expect(step.takeLeftAt()).toBe(120);
    expect(step.takeLeftAt()).toBeNull();
  });

  it('forgets the place a Delete left when a card is opened or closed another way', () => {
    const step = new PendingStep(
      () => 1,
      () => {},
    );
    step.leftAt(120);
    // A click opened a card, or the reader-wide Escape closed one (both go through the setter).
    step.cancel();
    expect(step.takeLeftAt()).toBeNull();
  });
});
