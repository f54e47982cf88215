/**
 * The first thing a new reader is told, in view, until they dismiss it (the choice is kept):
 * how to annotate, how to move through the findings, and where every key is listed.
 *
 * It floats over the foot of the screen, so while it shows the page keeps that much room below
 * its last line (`--first-run-hint-room`, read by styles.css): scrolled to the end, the article's
 * last lines sit above the hint, where they can be read and selected.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import './shortcuts.css';
interface FirstRunHintProps {
  onDismiss: () => void;
  onShowShortcuts: () => void;
}

const ROOM = '--first-run-hint-room';

/** Keeps `--first-run-hint-room` on the page equal to the height the hint covers, from its top to the screen's foot. */
function useRoomBelow(hint: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const el = hint.current;
    if (!el) return;
    const page = document.documentElement.style;
    const measure = () => {
      const covered = Math.max(0, window.innerHeight - el.getBoundingClientRect().top);
      page.setProperty(ROOM, `${Math.ceil(covered)}px`);
    };
    measure();
    const resized = new ResizeObserver(measure);
    resized.observe(el);
    window.addEventListener('resize', measure);
    return () => {
      resized.disconnect();
      window.removeEventListener('resize', measure);
      page.removeProperty(ROOM);
    };
  }, [hint]);
}

export function FirstRunHint({ onDismiss, onShowShortcuts }: FirstRunHintProps) {
  const ref = useRef<HTMLElement>(null);
  useRoomBelow(ref);
  return (
    <aside ref={ref} className="first-run-hint" aria-label="Getting started">
      <p>
        <strong>Getting started:</strong>{' '}
        {/* Keys mean nothing to a reader on a touch screen: they are told how to select by touch
            instead (shortcuts.css shows one of the two by the pointer). */}
        <span className="hint-keys">
          select any passage to highlight it or add a note. Press <kbd>j</kbd> and <kbd>k</kbd> to move through the
          highlighted findings, <kbd>Ctrl/⌘+F</kbd> to find in the article.{' '}
          {/* Named "All shortcuts", its key given as a key (aria-keyshortcuts), not read out as
              "left paren, question mark, right paren"; the key cap is drawn for sighted readers. */}
          <button type="button" className="link-button" onClick={onShowShortcuts} aria-keyshortcuts="?">
            All shortcuts<kbd aria-hidden="true">?</kbd>
          </button>
        </span>
        <span className="hint-touch">
          press and hold on a passage, drag the handles to select it, then highlight it or add a note. The tabs at the
          foot of the screen list the people, places and claims found.
        </span>
      </p>
      <button type="button" onClick={onDismiss}>
        Got it
      </button>
    </aside>
  );
}
