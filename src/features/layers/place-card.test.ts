import { describe, expect, it } from 'vitest';
import {
  FIT_SLACK,
  GAP,
  MIN_ROOM,
  placeCard,
  revealSection,
  scrollToFit,
  type CardPlacement,
  type CardPosition,
} from './place-card';

// A 900 px window scrolled to 1000, a 60 px pinned header, no first-run tip.
const view = { top: 1060, bottom: 1900 };
/** A one-line finding whose line runs from `lineTop` to `lineTop + 22`. */
const line = (lineTop: number): CardPosition => ({ top: lineTop + 22 + GAP, left: 0, anchorTop: lineTop });

/** Whether the card, placed, leaves its line (anchorTop .. top - GAP) uncovered. */
function clearOfLine(position: CardPosition, height: number, placed: CardPlacement): boolean {
  const bottom = placed.top + (placed.maxHeight ?? height);
  return bottom <= position.anchorTop! || placed.top >= position.top - GAP;
}

describe('placeCard', () => {
  it('goes below its line when it fits there', () => {
    expect(placeCard(line(1200), 400, view)).toEqual({ top: 1230, placement: 'below' });
  });

  it('flips above its line when the window has no room below', () => {
    expect(placeCard(line(1800), 400, view)).toEqual({ top: 1800 - GAP - 400, placement: 'above' });
  });

  it('flips above a line near the foot even when the card then reaches up near the header', () => {
    // The claim-card case at 1440 × 900: a tall card, a line 40 px from the foot.
    const position = line(1838);
    const placed = placeCard(position, 740, view);
    expect(placed).toEqual({ top: 1838 - GAP - 740, placement: 'above' });
    expect(placed.top).toBeGreaterThanOrEqual(view.top + GAP);
  });

  describe('with the first-run tip covering the foot', () => {
    const tipped = { ...view, clearBottom: 1780 };

    it('keeps clear of the tip when the card fits below it', () => {
      expect(placeCard(line(1200), 400, tipped)).toEqual({ top: 1230, placement: 'below' });
    });

    it('flips above rather than go over the tip when there is room above', () => {
      expect(placeCard(line(1500), 400, tipped)).toEqual({ top: 1500 - GAP - 400, placement: 'above' });
    });

    it('goes over the tip rather than over its line when above is too short', () => {
      // 1230 + 600 runs into the tip (1780) but not past the window (1900); above has 1170 - 1076.
      const position = line(1200);
      const placed = placeCard(position, 600, tipped);
      expect(placed).toEqual({ top: 1230, placement: 'below' });
      expect(clearOfLine(position, 600, placed)).toBe(true);
    });

    it('a tip reported taller than the window counts as reaching the foot, no further', () => {
      expect(placeCard(line(1200), 400, { ...view, clearBottom: 2100 })).toEqual({ top: 1230, placement: 'below' });
    });
  });

  describe('with room for the whole card on neither side', () => {
    it('takes the side with more room, as tall as that room, its line uncovered', () => {
      const above = line(1600);
      const placedAbove = placeCard(above, 700, view);
      expect(placedAbove).toEqual({ top: view.top + GAP, placement: 'above', maxHeight: 1600 - GAP - view.top - GAP });
      expect(clearOfLine(above, 700, placedAbove)).toBe(true);

      const below = line(1300);
      const placedBelow = placeCard(below, 700, view);
      expect(placedBelow).toEqual({ top: 1330, placement: 'below', maxHeight: view.bottom - GAP - 1330 });
      expect(clearOfLine(below, 700, placedBelow)).toBe(true);
    });

    it('counts the room above from below the header, never under it', () => {
      const placed = placeCard(line(1600), 700, { top: 1200, bottom: 1900 });
      expect(placed.top).toBe(1208);
      expect(placed.maxHeight).toBe(1600 - GAP - 1208);
    });

    it('a line that fills the window: the card lies over it, whole on screen as low as it can', () => {
      // A highlight from 1100 to 1800: 32 px free above, 92 below, less than MIN_ROOM each.
      const position = { top: 1800 + GAP, left: 0, anchorTop: 1100 };
      expect(MIN_ROOM).toBeGreaterThan(92);
      expect(placeCard(position, 300, view)).toEqual({ top: 1900 - GAP - 300, placement: 'over' });
      // Taller than the window: its top stays on screen, and it scrolls inside.
      expect(placeCard(position, 1200, view)).toEqual({
        top: view.top + GAP,
        placement: 'over',
        maxHeight: view.bottom - view.top - 2 * GAP,
      });
    });
  });

  it('without a line to flip over, stays below', () => {
    expect(placeCard({ top: 1800, left: 0 }, 400, view)).toEqual({ top: 1800, placement: 'below' });
  });

  it('never covers its line, wherever the line is on screen and however tall the card', () => {
    const tipped = { ...view, clearBottom: 1800 };
    for (let lineTop = view.top + MIN_ROOM; lineTop <= view.bottom - 40; lineTop += 37)
      for (const height of [120, 300, 520, 760, 1000]) {
        const position = line(lineTop);
        const placed = placeCard(position, height, tipped);
        expect(clearOfLine(position, height, placed), `line at ${lineTop}, card ${height} px`).toBe(true);
        expect(placed.top, `line at ${lineTop}, card ${height} px`).toBeGreaterThanOrEqual(view.top + GAP);
      }
  });
});

describe('scrollToFit', () => {
  it('does not scroll when the card opens whole beside its line', () => {
    expect(scrollToFit(line(1200), 400, view)).toBe(0);
    expect(scrollToFit(line(1800), 400, view)).toBe(0);
  });

  it('scrolls a card that fits on neither side just far enough to open whole below its line', () => {
    // The quote card at 1280 × 720 opened from the Claims tab: its line centred, 600 px of card.
    const tall = { top: 1067, bottom: 1720, clearBottom: 1592 };
    const position = line(1350);
    expect(placeCard(position, 600, tall).maxHeight).toBeDefined();
    const by = scrollToFit(position, 600, tall);
    expect(by).toBe(1380 + 600 + GAP - 1720);
    // Scrolled, it opens whole below its line, and the line is still under the header's foot.
    const after = { top: tall.top + by, bottom: tall.bottom + by, clearBottom: tall.clearBottom + by };
    expect(placeCard(position, 600, after)).toEqual({ top: 1380, placement: 'below' });
    expect(position.anchorTop!).toBeGreaterThanOrEqual(after.top + GAP);
  });

  it('does not scroll the page for a card squeezed by a few pixels only', () => {
    // The note card at the article's top: 2 px taller than the room above its line.
    const position = line(1560);
    expect(placeCard(position, 486, view).maxHeight).toBe(484);
    expect(scrollToFit(position, 486, view)).toBe(0);
    expect(scrollToFit(position, 484 + FIT_SLACK + 1, view)).toBeLessThan(0);
  });

  it('scrolls up, not down, when the larger room is above the line: the card stays above it', () => {
    // A claim low on a 1440 × 900 window, its card 15 px taller than the room above (app58's
    // scroll down put it below its line; e2e/claim-card.spec.ts).
    const position = line(1560);
    const by = scrollToFit(position, 484 + 15, view, 12);
    expect(by).toBe(-15);
    const after = { top: view.top + by, bottom: view.bottom + by };
    expect(placeCard(position, 484 + 15, after)).toEqual({ top: 1560 - GAP - 499, placement: 'above' });
    // Squeezed by no more than its padding: left as it is.
    expect(scrollToFit(position, 484 + 12, view, 12)).toBe(0);
    // Never so far up that the line would drop under the window's foot.
    expect(scrollToFit(line(1820), 900, { top: 1060, bottom: 1900 }, 12)).toBe(0);
  });

  it('scrolls down when the larger room is below the line, the line kept under the header', () => {
    // Squeezed by more than its bottom padding, its last row of buttons would be cut: the highlight
    // card at 1440 × 900, 18 px taller than the room below, less room above (card-foot-whole.spec.ts).
    const position = line(1300);
    const height = 1900 - GAP - position.top + 18;
    expect(placeCard(position, height, view)).toMatchObject({ placement: 'below' });
    const by = scrollToFit(position, height, view, 12);
    expect(by).toBe(18);
    const after = { top: view.top + by, bottom: view.bottom + by };
    expect(placeCard(position, height, after)).toEqual({ top: position.top, placement: 'below' });
  });

  it('near the page’s top, a card that may change sides scrolls down and opens whole below its line', () => {
    // A highlight's card at scroll 0 on a 1440 × 900 window: its line at 480, 482 px of card,
    // 397 px of room above, 382 below; the page cannot scroll up (app60, card-top-whole.spec.ts).
    const top = { top: 67, bottom: 900 };
    const position = line(480);
    expect(placeCard(position, 482, top)).toMatchObject({ placement: 'above', maxHeight: 480 - GAP - 75 });
    const by = scrollToFit(position, 482, top, 12, { upRoom: 0, flip: true });
    expect(by).toBe(510 + 482 + GAP - 900);
    const after = { top: top.top + by, bottom: top.bottom + by };
    expect(placeCard(position, 482, after)).toEqual({ top: 510, placement: 'below' });
    expect(position.anchorTop!).toBeGreaterThanOrEqual(after.top + GAP);
    // A claim's card keeps its side: it asks for the scroll up the page cannot give, and stays capped.
    expect(scrollToFit(position, 482, top, 12, { upRoom: 0 })).toBeLessThan(0);
    // Where the page can scroll up far enough, the card stays above its line either way.
    expect(scrollToFit(line(1560), 499, view, 12, { upRoom: 1000, flip: true })).toBe(-15);
    // Short of the room above by less than the slack, it stays above too; by more, it flips.
    expect(scrollToFit(line(1560), 499, view, 12, { upRoom: 10, flip: true })).toBe(-15);
    expect(scrollToFit(line(1560), 499, view, 12, { upRoom: 2, flip: true })).toBeGreaterThan(0);
  });

  it('near the page’s top and its end, flips below only where the page can scroll down enough, else keeps the larger side', () => {
    // A short article at scroll 0: the line at 600, 560 px of card, 517 px of room above, 262 below.
    const top = { top: 67, bottom: 900 };
    const position = line(600);
    expect(placeCard(position, 560, top)).toMatchObject({ placement: 'above', maxHeight: 517 });
    const down = 630 + 560 + GAP - 900;
    // The page can scroll the 298 px the card needs below: it flips, whole.
    expect(scrollToFit(position, 560, top, 12, { upRoom: 0, downRoom: 400, flip: true })).toBe(down);
    // Only 100 px: scrolled down, the card would be capped above at 417 px (262 + 100 below);
    // unscrolled it shows 517 px above. It keeps above, asking for no scroll down.
    const by = scrollToFit(position, 560, top, 12, { upRoom: 0, downRoom: 100, flip: true });
    expect(by).toBeLessThanOrEqual(0);
    // Where what the page can scroll shows more below than above, it still goes down.
    expect(scrollToFit(line(480), 482, top, 12, { upRoom: 0, downRoom: 50, flip: true })).toBeGreaterThan(0);
  });

  it('does not scroll when line and card together are taller than the window', () => {
    expect(scrollToFit(line(1500), 850, view)).toBe(0);
    // A line filling the window: nothing to gain by scrolling.
    expect(scrollToFit({ top: 1800 + GAP, left: 0, anchorTop: 1100 }, 300, view)).toBe(0);
  });

  it('without a line, never scrolls', () => {
    expect(scrollToFit({ top: 1800, left: 0 }, 850, view)).toBe(0);
  });
});

describe('revealSection', () => {
  // The card's visible content from 151 to 712 (a capped card at the window's foot).
  const card = { top: 151, bottom: 712 };
  it('scrolls a section opened under the fold up into view', () => {
    expect(revealSection({ top: 690, bottom: 760 }, card)).toBe(48);
  });
  it('leaves a section already in view alone', () => {
    expect(revealSection({ top: 300, bottom: 712 }, card)).toBe(0);
  });
  it('never pushes the head of a section taller than the card out above', () => {
    expect(revealSection({ top: 400, bottom: 1400 }, card)).toBe(249);
  });
});
