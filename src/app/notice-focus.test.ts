// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { goToNotice, leaveNotices } from './notice-focus';

/** A page with a field the reader types in, the main region and (optionally) two notices. */
function page(notices: number) {
  document.body.innerHTML = `
    <div class="app-top"><div class="notices">${'<div class="notice"><button>Act</button><button>Dismiss</button></div>'.repeat(notices)}</div></div>
    <main tabindex="-1"><textarea aria-label="Note"></textarea></main>`;
  const note = document.querySelector('textarea')!;
  note.focus();
  return { note, buttons: [...document.querySelectorAll('button')] };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('notice focus', () => {
  it('does nothing without a notice', () => {
    const { note } = page(0);
    expect(goToNotice()).toBe(false);
    expect(document.activeElement).toBe(note);
  });

  it('goes to the newest notice and back to where the reader was', () => {
    const { note, buttons } = page(2);
    expect(goToNotice()).toBe(true);
    expect(document.activeElement).toBe(buttons[2]);
    leaveNotices({ toOtherNotice: false });
    expect(document.activeElement).toBe(note);
  });

  it('when the place was removed meanwhile, goes to another notice or the main region, without throwing', () => {
    const { note } = page(2);
    goToNotice();
    note.remove();
    leaveNotices({ toOtherNotice: true });
    expect(document.activeElement).toBe(document.querySelector('.notices button'));
    goToNotice();
    leaveNotices({ toOtherNotice: false });
    expect(document.activeElement).toBe(document.querySelector('main'));
  });
});
