// @vitest-environment happy-dom
import { act, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFrameOnScroll } from './use-frame-on-scroll';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const frame = () => new Promise((done) => requestAnimationFrame(() => done(null)));

function Probe({ read, label }: { read: (el: HTMLElement | null, label: string) => void; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useFrameOnScroll(ref, (el) => read(el, label));
  return <div ref={ref} id="probe" />;
}

describe('useFrameOnScroll', () => {
  const host = document.createElement('div');
  const root = createRoot(host);
  afterEach(() => act(() => root.render(null)));

  it('reads the element after rendering, then once per frame for a burst of scrolls and resizes', async () => {
    const read = vi.fn();
    await act(async () => root.render(<Probe read={read} label="a" />));
    expect(read).toHaveBeenCalledTimes(1);
    expect(read.mock.calls[0][0]).toBe(host.querySelector('#probe'));
    read.mockClear();
    for (let i = 0; i < 5; i++) window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('resize'));
    await frame();
    await frame();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('uses the latest reader without re-subscribing, and stops when unmounted', async () => {
    const read = vi.fn();
    await act(async () => root.render(<Probe read={read} label="a" />));
    await act(async () => root.render(<Probe read={read} label="b" />));
    read.mockClear();
    window.dispatchEvent(new Event('scroll'));
    await frame();
    await frame();
    expect(read.mock.calls.map((c) => c[1])).toEqual(['b']);
    await act(async () => root.render(null));
    read.mockClear();
    window.dispatchEvent(new Event('scroll'));
    await frame();
    expect(read).not.toHaveBeenCalled();
  });
});
