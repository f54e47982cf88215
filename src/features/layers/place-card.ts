/**
 * Where a card goes beside the words it explains: the arithmetic of useCardPlacement, kept pure
 * so each case is tested (place-card.test.ts). Document coordinates throughout.
 *
 * The rules, as a reader needs them: the card never covers its own line (the words it explains
 * stay in sight), never sits under the pinned header (its heading and Close would be hidden), and
 * opens whole when the window has room for it on either side. The first-run tip at the window's
 * foot is a hint drawn under the cards: a card keeps clear of it when it can, and goes over it
 * rather than over its line or away from it.
 */

export interface CardPosition {
  /** Where the card's top goes when it opens below its line. */
  top: number;
  left: number;
  /** The top of the line it belongs to: without room below, the card's bottom sits above it. */
  anchorTop?: number;
}

export interface CardView {
  /** The first point not covered by the pinned header and notices. */
  top: number;
  /** The window's foot. */
  bottom: number;
  /** Above what the first-run tip covers (defaults to `bottom`): the card may go over the tip. */
  clearBottom?: number;
}

export interface CardPlacement {
  top: number;
  placement: 'below' | 'above' | 'over';
  /** Set when the card is taller than the room on its side: it scrolls inside, its line in sight. */
  maxHeight?: number;
}

/** Between the card and its line, and between the card and the window's edges. */
export const GAP = 8;
/**
 * Less room than this on both sides (the line itself fills the window, e.g. a highlight of a whole
 * paragraph): a sliver of card is no use, so it is laid over the line, whole on screen.
 */
export const MIN_ROOM = 140;

/**
 * In order: below the line clear of the tip; above the line clear of the header; below over the
 * tip; else on the side with more room, as tall as that room (scrolling inside); else, with no
 * usable room either side, over the line as low as keeps it whole on screen.
 */
export function placeCard(position: CardPosition, height: number, view: CardView): CardPlacement {
  const clearBottom = Math.min(view.clearBottom ?? view.bottom, view.bottom);
  if (position.anchorTop === undefined || position.top + height <= clearBottom - GAP)
    return { top: position.top, placement: 'below' };
  const roomAbove = position.anchorTop - GAP - (view.top + GAP);
  const roomBelow = view.bottom - GAP - position.top;
  if (height <= roomAbove) return { top: position.anchorTop - GAP - height, placement: 'above' };
  if (height <= roomBelow) return { top: position.top, placement: 'below' };
  if (Math.max(roomAbove, roomBelow) >= MIN_ROOM)
    return roomAbove > roomBelow
      ? { top: view.top + GAP, placement: 'above', maxHeight: roomAbove }
      : { top: position.top, placement: 'below', maxHeight: roomBelow };
  const screen = view.bottom - view.top - 2 * GAP;
  return {
    top: Math.max(view.top + GAP, view.bottom - GAP - height),
    placement: 'over',
    ...(height > screen ? { maxHeight: screen } : {}),
  };
}

/**
 * Squeezed by no more than this, a card is whole enough: no scroll for it. useCardPlacement passes
 * the card's own bottom padding and border: a squeeze any deeper cuts its last row of buttons at
 * the window's foot (18 px cut "Copy as citation" and "Delete" in half at 1440 × 900).
 */
export const FIT_SLACK = 12;

/** What scrollToFit knows of the page and the card beyond the window. */
export interface FitPage {
  /** How far the page can scroll up (its scroll position); unbounded when not given. */
  upRoom?: number;
  /** How far the page can still scroll down (to its end); unbounded when not given. */
  downRoom?: number;
  /**
   * The card may open below its line when the page cannot scroll up far enough to show it whole
   * above (a highlight's card). A claim's card keeps its side: above its line, capped if need be.
   */
  flip?: boolean;
}

/**
 * How far to scroll the page so a card that fits whole on neither side of its line opens whole on
 * the side it was given (placeCard's larger room), its line still in sight: a card the reader
 * opened (clicked, or jumped to from a list) is worth a short scroll; a card squeezed to scroll
 * inside hides its last row. Positive scrolls down (the card opens whole below its line), negative
 * scrolls up (whole above it: a claim low on the window keeps its card above its line). 0 when the
 * card already opens whole beside its line, or when line and card together are taller than the
 * window (no scroll would help). May be more than the page can scroll: the browser stops at the
 * end, and the card is then placed (capped) for where the page is. Above its line near the page's
 * top (`page.upRoom` short of the scroll needed), a card that may change sides (`page.flip`, a
 * highlight's) scrolls down instead and opens whole below its line — when the page can scroll down
 * that far (`page.downRoom`); else it goes to the side that shows more of it.
 */
export function scrollToFit(
  position: CardPosition,
  height: number,
  view: CardView,
  slack = FIT_SLACK,
  page: FitPage = {},
): number {
  if (position.anchorTop === undefined) return 0;
  const placed = placeCard(position, height, view);
  if (placed.placement !== 'over' && (placed.maxHeight ?? height) >= height - slack) return 0;
  const down = Math.ceil(position.top + height + GAP - view.bottom);
  const downFits = down > 0 && position.anchorTop - down >= view.top + GAP;
  if (placed.placement === 'above') {
    const up = Math.ceil(height - (placed.maxHeight ?? height));
    // Scrolled up, the window's foot rises: the line must stay above it.
    const upKeepsLine = position.top <= view.bottom - up;
    // Within the slack of the room above, the page's top is near enough: the card stays above.
    if (upKeepsLine && up - slack <= (page.upRoom ?? Infinity)) return -up;
    // Near the page's top the page cannot scroll up that far: the card would stay capped, its last
    // row scrolling inside. A card free to change sides opens whole below its line instead, if the
    // page can scroll down far enough (a short article, a line near the page's end as well as its
    // top: it may not); else on the side that shows more of it.
    if (page.flip && downFits) {
      const downRoom = page.downRoom ?? Infinity;
      if (down - slack <= downRoom) return down;
      const roomBelow = view.bottom - GAP - position.top;
      const shownAbove = (placed.maxHeight ?? height) + Math.min(up, page.upRoom ?? Infinity);
      if (roomBelow + Math.min(down, downRoom) > shownAbove) return down;
    }
    // Else as far up as the page goes: the browser stops at the top, the card is capped for there.
    return upKeepsLine ? -up : 0;
  }
  return downFits ? down : 0;
}

/**
 * How far to scroll a card's own content so a section just opened in it (`section`, in the same
 * coordinates as `view`, the card's visible content box) is seen: its foot brought up into view,
 * but never its head pushed out above. 0 when it is in view already. A capped card opened "Correct
 * this" with the speaker field under its fold, a few pixels of it showing.
 */
export function revealSection(section: { top: number; bottom: number }, view: { top: number; bottom: number }): number {
  const under = section.bottom - view.bottom;
  if (under <= 0) return 0;
  return Math.max(0, Math.min(under, section.top - view.top));
}
