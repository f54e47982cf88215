/**
 * Keeps a card whole on screen beside its line, the way a well-made popover is kept (placeCard,
 * place-card.ts: below the line, flipped above it, or as tall as the room on the larger side,
 * never over the words it explains). The window it must fit starts below the pinned header and
 * notices (`--sticky-top`); the first-run tip at the foot (`--first-run-hint-room`) is avoided
 * when there is room, gone over when there is not. Placed again as the page scrolls and when the
 * card's height changes (a section opened, a note preview grew). Written to the element: the
 * position is a measurement, not render state. A section opened in the card is scrolled into the
 * card's own view once it is placed for its new height.
 *
 * A card the reader opened (`opened`) that fits whole on neither side scrolls the page once, as
 * it opens, just far enough to show it whole on the side with more room (scrollToFit: down for
 * below its line, up for above it). Never afterwards: the
 * reader's own scrolling is not fought. Near the page's top, where the page cannot scroll up far
 * enough, a card that may change sides (`flip`: a highlight's card) scrolls down and opens below
 * its line; a claim's card keeps above its line (claim-card.spec.ts), capped if need be.
 *
 * On a phone the card is a sheet at the window's foot (phone-layout.css): it is capped so its
 * passage fits above it, and as it opens the page scrolls once to bring the passage into that
 * room (place-sheet.ts). The page keeps room below the article for the sheet while it is open
 * (`--card-sheet-room`), so a passage at the article's end can still be scrolled above it.
 */
import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import { useFrameOnScroll } from '../../lib/use-frame-on-scroll';
import { GAP, placeCard, revealSection, scrollToFit, type CardPosition } from './place-card';
import { sheetMaxHeight, sheetScroll } from './place-sheet';

/** A length the page keeps as a CSS variable on `el` (the root by default), in px (0 when unset). */
function rootLength(name: string, el: Element = document.documentElement): number {
  const value = parseFloat(getComputedStyle(el).getPropertyValue(name));
  return Number.isFinite(value) ? value : 0;
}

/**
 * The room the first-run tip covers at the foot: kept on the workspace around the card, as a
 * property its children do not inherit (FirstRunHint.tsx).
 */
const hintRoom = (card: Element) => rootLength('--first-run-hint-room', card.closest('.workspace') ?? undefined);

/** The card's height with nothing capped: its content's height plus its borders. */
function naturalHeight(el: HTMLElement): number {
  return el.scrollHeight + (el.offsetHeight - el.clientHeight);
}

/** What a card may lose at its foot and still show every row whole: its bottom padding and border. */
function bottomSlack(el: HTMLElement): number {
  const style = getComputedStyle(el);
  return (parseFloat(style.paddingBottom) || 0) + (parseFloat(style.borderBottomWidth) || 0);
}

/** The window in document coordinates, less the pinned header; the first-run tip's top. */
function currentView(card: Element) {
  const top = window.scrollY + rootLength('--sticky-top');
  const bottom = window.scrollY + window.innerHeight;
  return { top, bottom, clearBottom: bottom - hintRoom(card) };
}

function uncap(el: HTMLElement) {
  el.style.removeProperty('max-height');
  el.style.removeProperty('overflow-y');
}

/** The window a phone's sheet shares with its passage: below the pinned notices, to the foot. */
function sheetWindow() {
  return { top: rootLength('--sticky-top'), bottom: window.innerHeight };
}

const SHEET_ROOM = '--card-sheet-room';

export function useCardPlacement(
  box: RefObject<HTMLElement | null>,
  position: CardPosition,
  { opened, flip = false }: { opened: boolean; flip?: boolean },
): void {
  // Where a scroll to fit was last considered for: once per opening. By value, since a parent may
  // hand an equal position anew on a render (a finding hovered while a card is pinned).
  const fitted = useRef('');
  const placeSheet = (el: HTMLElement) => {
    if (position.anchorTop === undefined) return uncap(el);
    const passage = { top: position.anchorTop, bottom: position.top - GAP };
    el.style.maxHeight = `${sheetMaxHeight(passage.bottom - passage.top, sheetWindow())}px`;
    const room = `${el.offsetHeight}px`;
    if (document.documentElement.style.getPropertyValue(SHEET_ROOM) !== room)
      document.documentElement.style.setProperty(SHEET_ROOM, room);
    const at = `sheet ${position.top} ${position.anchorTop}`;
    if (!opened || fitted.current === at) return;
    fitted.current = at;
    // In the next frame, after a jump to the passage has scrolled (as for scrollToFit below) and
    // the page has the room below it that the sheet needs.
    requestAnimationFrame(() => {
      const now = box.current;
      if (!now || fitted.current !== at || getComputedStyle(now).position !== 'fixed') return;
      const inWindow = { top: passage.top - window.scrollY, bottom: passage.bottom - window.scrollY };
      const by = sheetScroll(inWindow, now.offsetHeight, sheetWindow());
      if (by !== 0) window.scrollBy({ top: by, behavior: 'instant' });
    });
  };
  // A section the reader just opened in the card ("Correct this"): once the card is placed for its
  // new height, its own content is scrolled to show the section, which a capped card otherwise kept
  // under its fold (the speaker field 5 px in sight).
  const opening = useRef<HTMLDetailsElement | null>(null);
  const revealOpened = (el: HTMLElement) => {
    const section = opening.current;
    opening.current = null;
    if (!section?.open || !el.contains(section)) return;
    const card = el.getBoundingClientRect();
    const top = card.top + el.clientTop;
    const s = section.getBoundingClientRect();
    const by = revealSection({ top: s.top, bottom: s.bottom }, { top, bottom: top + el.clientHeight });
    if (by > 0) el.scrollTop += by;
  };
  const place = (el: HTMLElement | null) => {
    if (!el) return;
    placeOnly(el);
    revealOpened(el);
  };
  const placeOnly = (el: HTMLElement) => {
    // On a phone the card is a sheet at the foot (phone-layout.css): sized here, not placed.
    if (getComputedStyle(el).position === 'fixed') return placeSheet(el);
    document.documentElement.style.removeProperty(SHEET_ROOM);
    if (getComputedStyle(el).position !== 'absolute') return uncap(el);
    const height = naturalHeight(el);
    const at = `${position.top} ${position.left} ${position.anchorTop}`;
    if (opened && fitted.current !== at) {
      fitted.current = at;
      // In the next frame: a card opened by a jump is drawn before the jump scrolls its line into
      // view (use-article-layers.ts); fitting first would be undone by the jump.
      requestAnimationFrame(() => {
        const now = box.current;
        if (!now || fitted.current !== at || getComputedStyle(now).position !== 'absolute') return;
        const by = scrollToFit(position, naturalHeight(now), currentView(now), bottomSlack(now), {
          upRoom: window.scrollY,
          downRoom: document.documentElement.scrollHeight - window.innerHeight - window.scrollY,
          flip,
        });
        if (by !== 0) window.scrollBy({ top: by, behavior: 'instant' });
      });
    }
    const placed = placeCard(position, height, currentView(el));
    el.style.top = `${placed.top}px`;
    el.dataset.placement = placed.placement;
    if (placed.maxHeight === undefined) uncap(el);
    else {
      el.style.maxHeight = `${Math.floor(placed.maxHeight)}px`;
      el.style.overflowY = 'auto';
    }
  };
  useFrameOnScroll(box, place);
  const onResize = useEffectEvent(() => place(box.current));
  useEffect(() => {
    const observer = new ResizeObserver(() => onResize());
    const el = box.current;
    // 'toggle' does not bubble: caught on the way down. It may come before or after the card's
    // new height is observed, so the next frame places the card (for that height) and reveals.
    const onToggle = (e: Event) => {
      if (!(e.target instanceof HTMLDetailsElement) || !e.target.open) return;
      opening.current = e.target;
      requestAnimationFrame(() => onResize());
    };
    if (el) {
      observer.observe(el);
      el.addEventListener('toggle', onToggle, true);
    }
    return () => {
      el?.removeEventListener('toggle', onToggle, true);
      observer.disconnect();
      document.documentElement.style.removeProperty(SHEET_ROOM);
    };
  }, [box]);
}
