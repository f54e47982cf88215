// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useAfterPaint } from './use-after-paint';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const afterFrame = () =>
  act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(() => setTimeout(done)))));

const seen: Array<string | undefined> = [];
function Probe({ value, articleId }: { value: string; articleId: string }) {
  seen.push(useAfterPaint(value, articleId));
  return null;
}

describe('useAfterPaint', () => {
  const root = createRoot(document.createElement('div'));
  afterEach(() => {
    act(() => root.render(null));
    seen.length = 0;
  });

  it('hands a value on after the next frame, not in the render that brought it', async () => {
    await act(async () => root.render(<Probe value="v1" articleId="a" />));
    expect(seen.at(-1)).toBeUndefined();
    await afterFrame();
    expect(seen.at(-1)).toBe('v1');
    // A new value for the same article: the previous one stays until the next frame.
    await act(async () => root.render(<Probe value="v2" articleId="a" />));
    expect(seen.at(-1)).toBe('v1');
    await afterFrame();
    expect(seen.at(-1)).toBe('v2');
  });

  it("never returns another article's value", async () => {
    await act(async () => root.render(<Probe value="v1" articleId="a" />));
    await afterFrame();
    await act(async () => root.render(<Probe value="w1" articleId="b" />));
    expect(seen.at(-1)).toBeUndefined();
    await afterFrame();
    expect(seen.at(-1)).toBe('w1');
  });
});
