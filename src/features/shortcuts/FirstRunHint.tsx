/**
 * The first thing a new reader is told, in view, until they dismiss it (the choice is kept):
 * how to annotate, how to move through the findings, and where every key is listed.
 *
 * It floats over the foot of the screen, so while it shows the page keeps that much room below
 * its last line (`--first-run-hint-room` on the element given as `room`, read by styles.css):
 * scrolled to the end, the article's last lines sit above the hint, where they can be read and
 * selected.
 *
 * The room is measured when the hint's box is reported by a ResizeObserver (after the frame's
 * layout), not in the render that mounts it: a read there forced the layout of everything that
 * render put in, a long article's first slice included. And it is written on the room's element
 * as a non-inherited property (registered in shortcuts.css): written on the root as an inherited
 * one, it made the browser recompute the style of every element on the page.
 *
 * It is written in the next frame, not in the report: a ResizeObserver reports inside the frame
 * that laid the hint out, and when the hint comes with the reader (an article opened from the
 * library) that frame has just styled and laid out the whole reader and its first slice. Written
 * there, the room restyled the workspace's ~225 elements (3–5 ms of CPU) in the same task, the
 * 1 MB open's longest (issue 13, README perf64); a frame later it is a small task of its own. The
 * room is below the article's last line, so nothing on screen moves when it arrives.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import './shortcuts.css';
interface FirstRunHintProps {
  /** The element whose style keeps the room below the article (styles.css reads it there). */
  room: RefObject<HTMLElement | null>;
  onDismiss: () => void;
  onShowShortcuts: () => void;
}

const ROOM = '--first-run-hint-room';

/** The height the hint covers, from its top to the screen's foot (px, whole). */
export const roomBelow = (hintTop: number, windowHeight: number): number =>
  Math.ceil(Math.max(0, windowHeight - hintTop));

/** Keeps `--first-run-hint-room` on `room` equal to the height the hint covers. */
function useRoomBelow(hint: RefObject<HTMLElement | null>, room: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const el = hint.current;
    if (!el) return;
    // Where the room was written; `room` is read when measuring, since a parent's ref is set
    // only after its children's layout effects have run.
    let holder: HTMLElement | null = null;
    let frame = 0;
    // Called after layout (a ResizeObserver's report, a resize event): the read forces nothing.
    // The write waits for the next frame (see above); a later report in between wins.
    const measure = () => {
      const px = `${roomBelow(el.getBoundingClientRect().top, window.innerHeight)}px`;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        holder = room.current;
        if (holder && holder.style.getPropertyValue(ROOM) !== px) holder.style.setProperty(ROOM, px);
      });
    };
    const resized = new ResizeObserver(measure);
    resized.observe(el);
    window.addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      window.removeEventListener('resize', measure);
      holder?.style.removeProperty(ROOM);
    };
  }, [hint, room]);
}

export function FirstRunHint({ room, onDismiss, onShowShortcuts }: FirstRunHintProps) {
  const ref = useRef<HTMLElement>(null);
  useRoomBelow(ref, room);
  return (
    <aside ref={ref} className="first-run-hint" aria-label="Getting started">
      <p>
        <strong>Getting started:</strong>{' '}
        {/* Keys mean nothing to a reader on a touch screen: they are told how to select by touch
            instead (styles.css `.key-hint`, `.touch-hint` show one of the two by the pointers). */}
        <span className="key-hint">
          select any passage to highlight it or add a note. Press <kbd>j</kbd> and <kbd>k</kbd> to move through the
          highlighted findings, <kbd>Ctrl/⌘+F</kbd> to find in the article.{' '}
          {/* Named "All shortcuts", its key given as a key (aria-keyshortcuts), not read out as
              "left paren, question mark, right paren"; the key cap is drawn for sighted readers. */}
          <button type="button" className="link-button" onClick={onShowShortcuts} aria-keyshortcuts="?">
            All shortcuts<kbd aria-hidden="true">?</kbd>
          </button>
        </span>
        <span className="touch-hint">
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
