// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useFilledCount } from './use-filled-count';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const afterFrame = () =>
  act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(() => setTimeout(done)))));

const seen: number[] = [];
function Probe({ wanted }: { wanted: number }) {
  seen.push(useFilledCount(wanted, 10));
  return null;
}

describe('useFilledCount', () => {
  const root = createRoot(document.createElement('div'));
  afterEach(() => {
    act(() => root.render(null));
    seen.length = 0;
  });

  it('renders a short list whole at once', async () => {
    await act(async () => root.render(<Probe wanted={7} />));
    expect(seen.at(-1)).toBe(7);
  });

  it('grows a long one a step per frame, up to what is wanted, and no further', async () => {
    await act(async () => root.render(<Probe wanted={25} />));
    expect(seen.at(-1)).toBe(10);
    await afterFrame();
    expect(seen.at(-1)).toBe(20);
    await afterFrame();
    expect(seen.at(-1)).toBe(25);
    await afterFrame();
    expect(seen.at(-1)).toBe(25);
  });

  it('follows a list that shrinks at once, and spreads its growth again', async () => {
    await act(async () => root.render(<Probe wanted={25} />));
    await afterFrame();
    await afterFrame();
    await act(async () => root.render(<Probe wanted={5} />));
    expect(seen.at(-1)).toBe(5);
    await act(async () => root.render(<Probe wanted={100} />));
    // What was filled before stays; the rest comes a step per frame.
    expect(seen.at(-1)).toBe(30);
    await afterFrame();
    expect(seen.at(-1)).toBe(40);
  });
});
