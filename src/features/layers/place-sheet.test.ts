import { describe, expect, it } from 'vitest';
import { GAP } from './place-card';
import { CONTEXT, MAX_SHEET_SHARE, MIN_SHEET, sheetMaxHeight, sheetScroll } from './place-sheet';

// A 390 × 844 phone with no notices pinned at the top.
const view = { top: 0, bottom: 844 };

describe('sheetMaxHeight', () => {
  it('leaves room above the sheet for a short passage and a line of context each side', () => {
    const cap = sheetMaxHeight(56, view);
    expect(cap).toBe(Math.floor(844 * MAX_SHEET_SHARE));
    expect(844 - cap).toBeGreaterThanOrEqual(56 + 2 * CONTEXT + 2 * GAP);
  });

  it('gives way to a longer passage, down to its floor', () => {
    expect(sheetMaxHeight(400, view)).toBe(844 - 400 - 2 * CONTEXT - 2 * GAP);
    expect(sheetMaxHeight(700, view)).toBe(MIN_SHEET);
  });

  it('counts pinned notices as taken', () => {
    expect(sheetMaxHeight(400, { top: 60, bottom: 844 })).toBe(844 - 60 - 400 - 2 * CONTEXT - 2 * GAP);
  });

  it('in a window too short for the floor, stays under its share of the window', () => {
    expect(sheetMaxHeight(20, { top: 0, bottom: 300 })).toBe(Math.floor(300 * MAX_SHEET_SHARE));
  });
});

describe('sheetScroll', () => {
  const sheet = 500; // its top at 344

  it('does not move a passage already above the sheet, with a line to spare', () => {
    expect(sheetScroll({ top: 100, bottom: 156 }, sheet, view)).toBe(0);
  });

  it('brings a passage under the sheet up into the middle of the room above it', () => {
    const by = sheetScroll({ top: 600, bottom: 656 }, sheet, view);
    const top = 600 - by;
    const roomTop = GAP;
    const roomBottom = 844 - sheet - GAP;
    expect(top - roomTop).toBeCloseTo(roomBottom - (top + 56), 0);
  });

  it('brings a passage above the window down into the room', () => {
    const by = sheetScroll({ top: -300, bottom: -250 }, sheet, view);
    expect(by).toBeLessThan(0);
    expect(-300 - by).toBeGreaterThanOrEqual(GAP);
    expect(-250 - by).toBeLessThanOrEqual(844 - sheet - GAP);
  });

  it('moves a passage whose last line touches the sheet, so a line of context shows under it', () => {
    const roomBottom = 844 - sheet - GAP;
    expect(sheetScroll({ top: roomBottom - 56, bottom: roomBottom }, sheet, view)).toBeGreaterThan(0);
  });

  it('shows a passage taller than the room from its first line', () => {
    expect(sheetScroll({ top: 400, bottom: 900 }, sheet, view)).toBe(400 - GAP);
  });

  it('keeps the passage below pinned notices', () => {
    const by = sheetScroll({ top: 20, bottom: 60 }, sheet, { top: 80, bottom: 844 });
    expect(20 - by).toBeGreaterThanOrEqual(80 + GAP);
  });
});
