/**
 * Tab kept inside a box, as a dialog keeps it: from the box's last control Tab goes to its first,
 * and Shift+Tab from its first (or from the box's heading, focused on open) goes to its last. For
 * a card that is not a native modal <dialog> (the finding card), whose controls would otherwise
 * hand the focus on to whatever follows it in the page.
 */

const TABBABLE = [
  'a[href]',
  'button:not(:disabled)',
  'input:not(:disabled):not([type="hidden"])',
  'select:not(:disabled)',
  'textarea:not(:disabled)',
  'summary',
  '[tabindex]',
].join(', ');

/**
 * Whether `el` is drawn: not under `hidden`, not inside a closed <details> other than as its
 * summary, and not hidden by a style sheet.
 */
function shown(el: HTMLElement, box: HTMLElement): boolean {
  for (let at: HTMLElement | null = el; at && at !== box; at = at.parentElement) {
    if (at.hidden) return false;
    const details: HTMLElement | null = at.parentElement;
    if (
      details instanceof HTMLDetailsElement &&
      !details.open &&
      !(at.tagName === 'SUMMARY' && at === details.querySelector(':scope > summary'))
    )
      return false;
  }
  // Hidden by a style sheet (display: none, visibility: hidden), where the browser can tell.
  return typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true });
}

/** A <summary> takes the focus without a tabindex (some DOMs for tests report -1 for it). */
const inTabOrder = (el: HTMLElement) =>
  el.tagName === 'SUMMARY' && !el.hasAttribute('tabindex') ? true : el.tabIndex >= 0;

/** The controls Tab reaches inside `box`, in document order. */
export function tabbables(box: HTMLElement): HTMLElement[] {
  return [...box.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => inTabOrder(el) && shown(el, box));
}

/**
 * Handles a Tab keydown inside `box`: at either end, the focus wraps round to the other end and the
 * event's default is prevented. Returns whether it wrapped. Other keys, and Tab between two
 * controls of the box, are left to the browser.
 */
export function keepTabIn(box: HTMLElement, e: { key: string; shiftKey: boolean; preventDefault(): void }): boolean {
  if (e.key !== 'Tab') return false;
  const list = tabbables(box);
  const active = box.ownerDocument.activeElement;
  const at = list.indexOf(active as HTMLElement);
  const target = e.shiftKey
    ? at <= 0
      ? list[list.length - 1]
      : undefined
    : at === list.length - 1 || (at === -1 && !box.contains(active))
      ? list[0]
      : undefined;
  if (!list.length) {
    e.preventDefault();
    return true;
  }
  if (!target) return false;
  e.preventDefault();
  target.focus();
  return true;
}
