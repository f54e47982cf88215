// @vitest-environment happy-dom
import { act, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDismissOutside } from './use-dismiss-outside';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Panel() {
  const [open, setOpen] = useState(true);
  const box = useRef<HTMLDivElement>(null);
  useDismissOutside(box, open, () => setOpen(false));
  return (
    <main id="around" tabIndex={-1}>
      <div ref={box}>
        <button id="trigger" onClick={() => setOpen(true)}>
          Export
        </button>
        {open && <button id="inside">Copy</button>}
      </div>
      <button id="outside">Find</button>
    </main>
  );
}

describe('useDismissOutside', () => {
  let host: HTMLDivElement;
  let root: ReturnType<typeof createRoot>;
  beforeEach(async () => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    await act(async () => root.render(<Panel />));
  });
  afterEach(() => {
    act(() => root.render(null));
    host.remove();
  });
  const $ = (id: string) => host.querySelector<HTMLButtonElement>(`#${id}`);

  it('stays open while the focus moves inside it', async () => {
    await act(async () => $('trigger')!.focus());
    await act(async () => $('inside')!.focus());
    expect($('inside')).not.toBeNull();
  });

  it('closes when the focus moves outside it (Tab on to the next tool)', async () => {
    await act(async () => $('inside')!.focus());
    await act(async () => $('outside')!.focus());
    expect($('inside')).toBeNull();
  });

  it('stays open when a press on its words moves the focus to an element around it', async () => {
    await act(async () => $('inside')!.focus());
    await act(async () => host.querySelector<HTMLElement>('#around')!.focus());
    expect($('inside')).not.toBeNull();
  });

  it('closes on a press outside it, not on one inside', async () => {
    await act(async () => $('inside')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })));
    expect($('inside')).not.toBeNull();
    await act(async () => $('outside')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })));
    expect($('inside')).toBeNull();
  });
});
