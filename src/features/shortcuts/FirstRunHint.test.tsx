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

/** The hint mounted in a workspace, with the browser's resize reports in the test's hands. */
async function mountWorkspace() {
  vi.stubGlobal('ResizeObserver', ReportedResizes);
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
    vi.unstubAllGlobals();
  });

  it('keeps the room it covers on the workspace once its box is reported, not on the root, and takes it away when dismissed', async () => {
    const { host, root, workspace, hint } = await mountWorkspace();
    // Mounting reads no layout: nothing is written before the observer reports the hint's box.
    expect(workspace.style.getPropertyValue('--first-run-hint-room')).toBe('');
    hint.getBoundingClientRect = () => ({ top: window.innerHeight - 120.4 }) as DOMRect;
    ReportedResizes.reportAll();
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
    expect(workspace.style.getPropertyValue('--first-run-hint-room')).toBe('80px');
    hint.getBoundingClientRect = () => ({ top: window.innerHeight - 150 }) as DOMRect;
    window.dispatchEvent(new Event('resize'));
    expect(workspace.style.getPropertyValue('--first-run-hint-room')).toBe('150px');
    await act(async () => root.unmount());
    expect(workspace.style.getPropertyValue('--first-run-hint-room')).toBe('');
    host.remove();
  });
});
