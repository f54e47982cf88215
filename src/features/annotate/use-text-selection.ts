/**
 * The reader's current text selection inside the article, as text offsets plus where to show
 * the toolbar. Mouse, touch and our keyboard selection mode all end up as a DOM Selection, so
 * one listener serves them all.
 *
 * The selection is read in the `selectionchange` task itself, not a frame later: React renders a
 * state set in that event at once, so the toolbar is in the very next frame. While a mouse
 * button is held (a drag in progress) the toolbar stays hidden and the selection is read on
 * release: it never jumps along under the pointer or lingers where the previous selection was.
 * Touch selections (long-press, then handles) have no such release, so they are read as they
 * change.
 */
import { useEffect, useState, type RefObject } from 'react';
import type { TextMap } from '../../anchoring/text-map';

export interface TextSelection {
  start: number;
  end: number;
  /** Page coordinates just below the selection's last line. */
  top: number;
  left: number;
}

const same = (a: TextSelection | null, b: TextSelection | null) =>
  a === b || (!!a && !!b && a.start === b.start && a.end === b.end && a.top === b.top && a.left === b.left);

/** The page's selection as offsets in the article under `el`, or null when it is empty or elsewhere. */
function readSelection(el: HTMLElement | null, map: TextMap): TextSelection | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || !el || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (!el.contains(range.commonAncestorContainer)) return null;
  const a = map.offsetOf(range.startContainer, range.startOffset);
  const b = map.offsetOf(range.endContainer, range.endOffset);
  if (a === null || b === null || a === b) return null;
  const rects = range.getClientRects();
  const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
  return {
    start: Math.min(a, b),
    end: Math.max(a, b),
    top: last.bottom + window.scrollY + 8,
    left: last.left + window.scrollX,
  };
}

export function useTextSelection(
  root: RefObject<HTMLElement | null>,
  map: TextMap | null,
): [TextSelection | null, () => void] {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  useEffect(() => {
    if (!map) return;
    let dragging = false;
    let changedWhileDragging = false;
    const read = () => {
      const next = readSelection(root.current, map);
      setSelection((prev) => (same(prev, next) ? prev : next));
    };
    const onChange = () => {
      if (!dragging) return read();
      changedWhileDragging = true;
      setSelection(null);
    };
    const onDown = (e: PointerEvent) => {
      // A press on the toolbar itself keeps the selection (the toolbar prevents the default).
      if (e.pointerType === 'touch' || e.button !== 0) return;
      if (e.target instanceof Element && e.target.closest('.selection-toolbar')) return;
      dragging = true;
      changedWhileDragging = false;
    };
    const onUp = () => {
      if (!dragging) return;
      dragging = false;
      if (changedWhileDragging) read();
    };
    document.addEventListener('selectionchange', onChange);
    document.addEventListener('pointerdown', onDown, true);
    document.addEventListener('pointerup', onUp, true);
    document.addEventListener('pointercancel', onUp, true);
    // A release outside the window can go unseen; a key or leaving the window ends the drag, so
    // the toolbar never stays hidden.
    window.addEventListener('blur', onUp);
    document.addEventListener('keydown', onUp, true);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      document.removeEventListener('pointerdown', onDown, true);
      document.removeEventListener('pointerup', onUp, true);
      document.removeEventListener('pointercancel', onUp, true);
      window.removeEventListener('blur', onUp);
      document.removeEventListener('keydown', onUp, true);
    };
  }, [root, map]);
  return [selection, () => setSelection(null)];
}

/** Shows a text span as the page's selection (used by the keyboard selection mode). */
export function selectSpan(map: TextMap, start: number, end: number): void {
  const range = map.range(start, end);
  const sel = window.getSelection();
  if (!range || !sel) return;
  sel.removeAllRanges();
  sel.addRange(range);
  (range.startContainer.parentElement ?? null)?.scrollIntoView({ block: 'nearest' });
}
