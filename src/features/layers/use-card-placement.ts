/**
 * Keeps a card whole on screen, the way a well-made popover is kept: below its line when it fits
 * there, flipped above the line when it does not, else as low as keeps it whole (placeCard). The
 * screen it must fit is the window between the pinned header and notices (`--sticky-top`) and the
 * first-run tip (`--first-run-hint-room`): what is under either cannot be seen or pressed. Placed again as the
 * page scrolls and when the card's height changes (a section opened, a note preview grew).
 * Written to the element: the position is a measurement, not render state.
 */
import { useEffect, useEffectEvent, type RefObject } from 'react';
import { useFrameOnScroll } from '../../lib/use-frame-on-scroll';

export interface CardPosition {
  /** Where the card's top goes when it opens below its line (document coordinates). */
  top: number;
  left: number;
  /** The top of the line it belongs to: without room below, the card's bottom sits above it. */
  anchorTop?: number;
}

const GAP = 8;

/**
 * Below its line when the card fits there on screen, else above it when it fits there, else as
 * low as keeps it whole on screen. Returns the top and which side it took. Document coordinates.
 */
export function placeCard(
  position: CardPosition,
  height: number,
  view: { top: number; bottom: number },
): { top: number; placement: 'below' | 'above' | 'over' } {
  if (position.top + height <= view.bottom - GAP || position.anchorTop === undefined)
    return { top: position.top, placement: 'below' };
  const above = position.anchorTop - GAP - height;
  if (above >= view.top + GAP) return { top: above, placement: 'above' };
  return { top: Math.max(view.top + GAP, view.bottom - GAP - height), placement: 'over' };
}

/** A length the page keeps as a CSS variable on the root, in px (0 when unset). */
function rootLength(name: string): number {
  const value = parseFloat(getComputedStyle(document.documentElement).getPropertyValue(name));
  return Number.isFinite(value) ? value : 0;
}

export function useCardPlacement(box: RefObject<HTMLElement | null>, position: CardPosition): void {
  const place = (el: HTMLElement | null) => {
    // On a phone the card is a bottom sheet (phone-layout.css), placed by the stylesheet.
    if (!el || getComputedStyle(el).position !== 'absolute') return;
    // The window less what covers its edges: the pinned header and notices at the top
    // (use-sticky-top.ts), the first-run tip at the foot (FirstRunHint.tsx), over the card's buttons.
    const view = {
      top: window.scrollY + rootLength('--sticky-top'),
      bottom: window.scrollY + window.innerHeight - rootLength('--first-run-hint-room'),
    };
    const { top, placement } = placeCard(position, el.offsetHeight, view);
    el.style.top = `${top}px`;
    el.dataset.placement = placement;
  };
  useFrameOnScroll(box, place);
  const onResize = useEffectEvent(() => place(box.current));
  useEffect(() => {
    const observer = new ResizeObserver(() => onResize());
    if (box.current) observer.observe(box.current);
    return () => observer.disconnect();
  }, [box]);
}
