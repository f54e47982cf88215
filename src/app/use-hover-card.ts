/**
 * Hovering a highlight previews its card; clicking pins it. Uses the caret position under the
 * pointer (no elements wrap the highlights), throttled to one look-up per animation frame.
 */
import { useEffect, useState, type RefObject } from 'react';
import type { TextMap } from '../anchoring/text-map';
import { findingsAt, LAYERS, type FindingIndex, type Layer } from '../model/findings';
import { openCard, setHoverClaim, setHoverEntity } from '../store/reading';

export interface HoverState {
  findingId: string;
  pinned: boolean;
}

export function caretOffset(map: TextMap, x: number, y: number): number | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? map.offsetOf(p.offsetNode, p.offset) : null;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? map.offsetOf(r.startContainer, r.startOffset) : null;
}

export function useHoverCard(
  root: RefObject<HTMLElement | null>,
  map: TextMap | null,
  index: FindingIndex | null,
  visible: Record<Layer, boolean>,
  /** A click on the reader's own highlight opens that instead of a finding card. */
  isAnnotated: (offset: number) => boolean,
) {
  // The preview and where the pointer was when it opened (the card goes just below that line).
  const [preview, setPreviewState] = useState<{ id: string; x: number; y: number } | null>(null);
  useEffect(() => {
    const el = root.current;
    if (!el || !map || !index) return;
    const layers = new Set<Layer>(LAYERS.filter((l) => visible[l]));
    let frame = 0;
    let timer = 0;
    let pressed = false;
    const setPreview = (id: string | null, e?: PointerEvent) =>
      setPreviewState(id && e ? { id, x: e.clientX + window.scrollX, y: e.clientY + window.scrollY } : null);
    const at = (e: PointerEvent | MouseEvent) => {
      const offset = caretOffset(map, e.clientX, e.clientY);
      return offset === null ? [] : findingsAt(index, offset, layers);
    };
    const move = (e: PointerEvent) => {
      cancelAnimationFrame(frame);
      // While selecting text, a card would only get in the way.
      if (pressed) return;
      frame = requestAnimationFrame(() => {
        // A press may come before this frame (a click on a loaded machine): the press closed the
        // preview, and asking for it again here opened a second card behind the clicked one.
        if (pressed) return;
        const hits = at(e);
        const inner = hits[0];
        const entityHit = hits.find((f) => f.layer !== 'claim');
        setHoverEntity(entityHit ? entityHit.refId : null);
        setHoverClaim(hits.find((f) => f.layer === 'claim')?.refId ?? null);
        window.clearTimeout(timer);
        timer = window.setTimeout(() => setPreview(inner ? inner.id : null, e), inner ? 250 : 400);
      });
    };
    const leave = () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      setHoverEntity(null);
      setHoverClaim(null);
      timer = window.setTimeout(() => setPreview(null), 400);
    };
    const click = (e: MouseEvent) => {
      if (window.getSelection()?.toString()) return; // a selection is for annotating, not for cards
      const offset = caretOffset(map, e.clientX, e.clientY);
      if (offset === null || isAnnotated(offset)) return;
      const inner = findingsAt(index, offset, layers)[0];
      if (inner) openCard(inner.id);
    };
    const down = () => {
      pressed = true;
      window.clearTimeout(timer);
      setPreview(null);
    };
    const up = () => {
      pressed = false;
    };
    el.addEventListener('pointerdown', down);
    window.addEventListener('pointerup', up);
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerleave', leave);
    el.addEventListener('click', click);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      el.removeEventListener('pointerdown', down);
      window.removeEventListener('pointerup', up);
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerleave', leave);
      el.removeEventListener('click', click);
    };
  }, [root, map, index, visible, isAnnotated]);
  return { preview, clearPreview: () => setPreviewState(null) };
}
