/**
 * Reaching the pinned notices from the keyboard, and coming back. A notice ("Browser storage is
 * full…") appears while the reader is deep in the article, often while typing a note: it is an
 * ARIA alert (or status), which the WAI-ARIA practices say must not take the focus — the keys the
 * reader is typing would go to its buttons. So it does not; `n` (listed in the `?` dialog, shown
 * on the notice, and set as the button's aria-keyshortcuts) moves the focus to the newest
 * notice's first button, as `p` does for the side panels. Esc there, or dismissing it, puts the
 * focus back where the reader was, so Tab goes on from their place rather than from the top of
 * the page. Screen-reader users also find the notices as a landmark ("Notices").
 */
import type { ShortcutHandlers } from './use-shortcuts';

const NOTICE_BUTTON = '.notices .notice button';

/** Where the focus was when `n` took it to a notice. */
let returnTo: HTMLElement | null = null;
/**
 * When nothing had the focus (reading, or just after a highlight made from the keyboard): the text
 * at the top of the window then. A caret put back there is where the browser's Tab goes on from.
 */
let returnToText: Range | null = null;

/** A collapsed range at the start of the first line of article text in the window, below `top`. */
function textInView(top: number): Range | null {
  const x = document.querySelector('.article-body')?.getBoundingClientRect();
  if (!x) return null;
  for (let y = top + 8; y < innerHeight; y += 16) {
    const at = document.caretPositionFromPoint?.(x.left + 4, y);
    if (!at || !at.offsetNode.parentElement?.closest('.article-body')) continue;
    const range = document.createRange();
    range.setStart(at.offsetNode, at.offset);
    return range;
  }
  return null;
}

const inNotices = (el: Element | null) => !!el?.closest('.notices');

/** Focuses the newest notice's first button; false when there is no notice. */
export function goToNotice(): boolean {
  const notices = document.querySelectorAll<HTMLElement>('.notices .notice');
  const newest = notices[notices.length - 1];
  const button = newest?.querySelector<HTMLElement>('button');
  if (!button) return false;
  const active = document.activeElement;
  if (!inNotices(active)) {
    returnTo = active instanceof HTMLElement && active !== document.body ? active : null;
    const selection = document.getSelection();
    returnToText =
      selection?.rangeCount && !selection.isCollapsed
        ? selection.getRangeAt(0).cloneRange()
        : textInView(document.querySelector('.app-top')?.getBoundingClientRect().bottom ?? 0);
  }
  // The notice is pinned in view already; scrolling to it would lose the reader's place.
  button.focus({ preventScroll: true });
  return true;
}

/**
 * Back to where the reader was: the element `n` was pressed on, else another notice's button (when
 * the one focused was dismissed), else the article (without scrolling: the place is kept).
 */
export function leaveNotices(options: { toOtherNotice: boolean }): void {
  const [back, range] = [returnTo, returnToText];
  returnTo = returnToText = null;
  if (back?.isConnected && !inNotices(back)) return back.focus({ preventScroll: true });
  if (range && range.startContainer.isConnected) {
    (document.activeElement as HTMLElement | null)?.blur();
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return;
  }
  const other = options.toOtherNotice ? document.querySelector<HTMLElement>(NOTICE_BUTTON) : null;
  if (other) return other.focus();
  document.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
}

/** The `n` key's handler (bound in every view: notices are shown in all of them). */
export const noticeHandlers = (): ShortcutHandlers => ({ 'go-to-notice': () => goToNotice() });
