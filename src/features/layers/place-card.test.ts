import { describe, expect, it } from 'vitest';
import { placeCard } from './FindingCard';

const view = { top: 1000, bottom: 1900 };

describe('placeCard', () => {
  it('goes below its line when it fits there', () => {
    expect(placeCard({ top: 1200, left: 0, anchorTop: 1170 }, 400, view)).toEqual({ top: 1200, placement: 'below' });
  });
  it('flips above its line when the window has no room below', () => {
    expect(placeCard({ top: 1800, left: 0, anchorTop: 1770 }, 400, view)).toEqual({
      top: 1770 - 8 - 400,
      placement: 'above',
    });
  });
  it('with room on neither side, stays whole on screen as low as it can', () => {
    expect(placeCard({ top: 1500, left: 0, anchorTop: 1470 }, 700, view)).toEqual({
      top: 1900 - 8 - 700,
      placement: 'over',
    });
    // Taller than the window: its top stays on screen (it scrolls inside).
    expect(placeCard({ top: 1500, left: 0, anchorTop: 1470 }, 1200, view).top).toBe(1008);
  });
  it('without a line to flip over, stays below', () => {
    expect(placeCard({ top: 1800, left: 0 }, 400, view)).toEqual({ top: 1800, placement: 'below' });
  });
});
