// @vitest-environment happy-dom
import { act, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FirstRunHint, roomBelow } from './FirstRunHint';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A ResizeObserver whose reports the test sends, as the browser would after a frame's layout. */
class ReportedResizes {
  static all: ReportedResizes[] = [];
  constructor(private readonly report: () => void) {
    ReportedResizes.all.push(this);
  }
  observe() {}
  disconnect() {}
  static reportAll() {
    for (const o of ReportedResizes.all) o.report();
  }
}

function Workspace({ hint = true }: { hint?: boolean }) {
  const room = useRef<HTMLDivElement>(null);
  return (
    <div ref={room} className="workspace">
      <div className="workspace-main">
        {hint && <FirstRunHint room={room} onDismiss={() => {}} onShowShortcuts={() => {}} />}
      </div>
    </div>
  );
}

/** Frame callbacks, run when the test says the next frame has come. */
let frames = new Map<number, FrameRequestCallback>();
let lastFrame = 0;
function nextFrame() {
  const due = [...frames.values()];
  frames = new Map();
  for (const run of due) run(performance.now());
}

/** The hint mounted in a workspace, with the browser's resize reports and frames in the test's hands. */
async function mountWorkspace() {
  vi.stubGlobal('ResizeObserver', ReportedResizes);
  vi.stubGlobal('requestAnimationFrame', (run: FrameRequestCallback) => {
    frames.set(++lastFrame, run);
    return lastFrame;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(<Workspace />));
  const workspace = host.querySelector<HTMLElement>('.workspace')!;
  const hint = host.querySelector<HTMLElement>('.first-run-hint')!;
  return { host, root, workspace, hint };
}

describe('roomBelow', () => {
  it.each([
    [700, 800, 100],
    [699.2, 800, 101],
    [900, 800, 0],
  ])('a hint whose top is at %s in a %s px window covers %s px', (top, height, room) => {
    expect(roomBelow(top, height)).toBe(room);
  });
});

describe('FirstRunHint', () => {
  afterEach(() => {
    ReportedResizes.all = [];
    frames = new Map();
    vi.unstubAllGlobals();
  });

  it('keeps the room it covers on the workspace once its box is reported, not on the root, and takes it away when dismissed', async () => {
    const { host, root, workspace, hint } = await mountWorkspace();
    // Mounting reads no layout: nothing is written before the observer reports the hint's box.
    expect(workspace.style.getPropertyValue('--first-run-hint-room')).toBe('');
    hint.getBoundingClientRect = () => ({ top: window.innerHeight - 120.4 }) as DOMRect;
    ReportedResizes.reportAll();
    // Not in the frame that reported the hint's box (the reader's first frame on an open from the
    // library): the write restyles the workspace, so it waits for the next frame.
    expect(workspace.style.getPropertyValue('--first-run-hint-room')).toBe('');
    nextFrame();
    expect(workspace.style.getPropertyValue('--first-run-hint-room')).toBe('121px');
    expect(document.documentElement.style.getPropertyValue('--first-run-hint-room')).toBe('');
    await act(async () => root.render(<Workspace hint={false} />));
    expect(host.querySelector('.first-run-hint')).toBeNull();
    expect(host.querySelector('.workspace')).toBe(workspace);
    expect(workspace.style.getPropertyValue('--first-run-hint-room')).toBe('');
    await act(async () => root.unmount());
    host.remove();
  });

  it('follows the window: a taller hint (a narrower window) keeps more room', async () => {
    const { host, root, workspace, hint } = await mountWorkspace();
    hint.getBoundingClientRect = () => ({ top: window.innerHeight - 80 }) as DOMRect;
    ReportedResizes.reportAll();
    nextFrame();
    expect(workspace.style.getPropertyValue('--first-run-hint-room')).toBe('80px');
    hint.getBoundingClientRect = () => ({ top: window.innerHeight - 150 }) as DOMRect;
    window.dispatchEvent(new Event('resize'));
    nextFrame();
    expect(workspace.style.getPropertyValue('--first-run-hint-room')).toBe('150px');
    // Two reports before a frame: one write, the later box's.
    hint.getBoundingClientRect = () => ({ top: window.innerHeight - 90 }) as DOMRect;
    ReportedResizes.reportAll();
    hint.getBoundingClientRect = () => ({ top: window.innerHeight - 95 }) as DOMRect;
    window.dispatchEvent(new Event('resize'));
    expect(frames.size).toBe(1);
    nextFrame();
    expect(workspace.style.getPropertyValue('--first-run-hint-room')).toBe('95px');
    // A write still waiting when the hint goes is dropped.
    hint.getBoundingClientRect = () => ({ top: window.innerHeight - 200 }) as DOMRect;
    ReportedResizes.reportAll();
    await act(async () => root.unmount());
    nextFrame();
    expect(workspace.style.getPropertyValue('--first-run-hint-room')).toBe('');
    host.remove();
  });
});
