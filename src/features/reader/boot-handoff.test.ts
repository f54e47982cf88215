import { describe, expect, it, vi } from 'vitest';
import { offerBootBody, takeBootBody } from './boot-handoff';

const body = (text: string, releaseHold?: () => void, cancelAnalysis?: () => void) => ({
  key: 'k',
  text,
  container: {} as HTMLElement,
  rendered: 3,
  releaseHold,
  cancelAnalysis,
});

describe('the boot body hand-over', () => {
  it('hands the body over once, for its own text, and leaves its hold to the reader', () => {
    const release = vi.fn();
    const cancel = vi.fn();
    const offered = body('Text.', release, cancel);
    offerBootBody(offered);
    expect(takeBootBody('Text.')).toBe(offered);
    expect(takeBootBody('Text.')).toBeNull();
    expect(release).not.toHaveBeenCalled();
    expect(cancel).not.toHaveBeenCalled();
  });

  it('ends the hold of a body no reader will take (another text) and drops its analysis', () => {
    const release = vi.fn();
    const cancel = vi.fn();
    offerBootBody(body('Text.', release, cancel));
    expect(takeBootBody('Another text.')).toBeNull();
    expect(release).toHaveBeenCalledTimes(1);
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(takeBootBody('Text.')).toBeNull();
  });
});
