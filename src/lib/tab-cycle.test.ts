// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { keepTabIn, tabbables } from './tab-cycle';

const press = (box: HTMLElement, shiftKey = false) => {
  let prevented = false;
  const wrapped = keepTabIn(box, { key: 'Tab', shiftKey, preventDefault: () => (prevented = true) });
  return { wrapped, prevented, focused: document.activeElement?.id };
};

describe('keepTabIn', () => {
  let box: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = `
      <button id="before">Before</button>
      <section id="card">
        <h3 id="heading" tabindex="-1">Claim by Jane Roe</h3>
        <button id="close">Close card</button>
        <button id="off" disabled>Previous</button>
        <select id="verdict"><option>Disputed</option></select>
        <details id="fix"><summary id="summary">Correct this</summary><input id="speaker"><button id="remove">Remove</button></details>
        <div hidden><button id="unseen">Unseen</button></div>
      </section>
      <button id="after">After</button>`;
    box = document.getElementById('card')!;
  });

  it('lists the controls Tab reaches: no disabled one, none in a closed <details> but its summary, none hidden', () => {
    expect(tabbables(box).map((e) => e.id)).toEqual(['close', 'verdict', 'summary']);
    (document.getElementById('fix') as HTMLDetailsElement).open = true;
    expect(tabbables(box).map((e) => e.id)).toEqual(['close', 'verdict', 'summary', 'speaker', 'remove']);
  });

  it('wraps Tab from the last control to the first, and Shift+Tab from the first to the last', () => {
    document.getElementById('summary')!.focus();
    expect(press(box)).toEqual({ wrapped: true, prevented: true, focused: 'close' });
    expect(press(box, true)).toEqual({ wrapped: true, prevented: true, focused: 'summary' });
  });

  it('Shift+Tab from the heading focused on open goes to the last control, Tab to the browser', () => {
    document.getElementById('heading')!.focus();
    expect(press(box, true)).toEqual({ wrapped: true, prevented: true, focused: 'summary' });
    document.getElementById('heading')!.focus();
    expect(press(box)).toEqual({ wrapped: false, prevented: false, focused: 'heading' });
  });

  it('leaves Tab between two controls of the box and other keys to the browser', () => {
    document.getElementById('close')!.focus();
    expect(press(box)).toEqual({ wrapped: false, prevented: false, focused: 'close' });
    let prevented = false;
    expect(keepTabIn(box, { key: 'Enter', shiftKey: false, preventDefault: () => (prevented = true) })).toBe(false);
    expect(prevented).toBe(false);
  });
});
