/**
 * The reader's current text selection inside the article, as text offsets plus where to show
 * the toolbar. Mouse, touch and our keyboard selection mode all end up as a DOM Selection, so
 * one listener serves them all.
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

export function useTextSelection(
  root: RefObject<HTMLElement | null>,
  map: TextMap | null,
): [TextSelection | null, () => void] {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  useEffect(() => {
    if (!map) return;
    let frame = 0;
    const read = () => {
      const sel = window.getSelection();
      const el = root.current;
      if (!sel || sel.isCollapsed || !el || sel.rangeCount === 0) {
        setSelection(null);
        return;
      }
      const range = sel.getRangeAt(0);
      if (!el.contains(range.commonAncestorContainer)) {
        setSelection(null);
        return;
      }
      const a = map.offsetOf(range.startContainer, range.startOffset);
      const b = map.offsetOf(range.endContainer, range.endOffset);
      if (a === null || b === null || a === b) {
        setSelection(null);
        return;
      }
      const rects = range.getClientRects();
      const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
      setSelection({
        start: Math.min(a, b),
        end: Math.max(a, b),
        top: last.bottom + window.scrollY + 8,
        left: last.left + window.scrollX,
      });
    };
    const onChange = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(read);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onChange);
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
