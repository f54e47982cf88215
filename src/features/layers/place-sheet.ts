/**
 * Where a card opened on a phone leaves its passage: the card is a sheet risen from the window's
 * foot (phone-layout.css), and the words it explains must stay in sight above it, as a reader of
 * Hypothesis or Readwise Reader on a phone sees the highlight over the note being read. Two
 * numbers, kept pure so each case is tested (place-sheet.test.ts): how tall the sheet may be so
 * the passage and a little of its context fit above it, and how far to scroll the page so the
 * passage sits in that room. Window coordinates (px from the window's top) throughout.
 */
import { GAP } from './place-card';

/** The part of the window the sheet and its passage share. */
export interface SheetWindow {
  /** The first point not covered by the pinned notices (`--sticky-top`). */
  top: number;
  /** The window's foot, where the sheet stands. */
  bottom: number;
}

/** The passage's lines: the top of its first, the bottom of its last. */
export interface PassageBox {
  top: number;
  bottom: number;
}

/** Room kept above and below the passage for a line of its context each side. */
export const CONTEXT = 36;
/** The sheet is never squeezed below this, even for a passage longer than the window. */
export const MIN_SHEET = 260;
/** Nor taller than this share of the window: a sheet that fills it hides where the reader is. */
export const MAX_SHEET_SHARE = 0.75;

/**
 * How tall the sheet may be: the window less the passage and a line of context each side, within
 * MIN_SHEET and MAX_SHEET_SHARE of the window (MIN_SHEET wins in a window too short for both).
 * A taller card scrolls inside the sheet.
 */
export function sheetMaxHeight(passageHeight: number, view: SheetWindow): number {
  const height = view.bottom - view.top;
  const room = height - Math.max(0, passageHeight) - 2 * CONTEXT - 2 * GAP;
  const most = Math.floor(view.bottom * MAX_SHEET_SHARE);
  return Math.max(Math.min(MIN_SHEET, most), Math.min(room, most));
}

/**
 * How far to scroll the page (down when positive) so the passage sits whole in the room above a
 * sheet `sheetHeight` tall, with a line of context: 0 when it already does. A passage that must
 * move is centred in the room, so the lines before and after it show too; one taller than the room
 * shows from its first line.
 */
export function sheetScroll(passage: PassageBox, sheetHeight: number, view: SheetWindow): number {
  const roomTop = view.top + GAP;
  const roomBottom = view.bottom - sheetHeight - GAP;
  const room = roomBottom - roomTop;
  const height = passage.bottom - passage.top;
  if (passage.top >= roomTop && passage.bottom <= roomBottom - Math.min(CONTEXT, Math.max(0, room - height))) return 0;
  const targetTop = height >= room ? roomTop : roomTop + (room - height) / 2;
  return Math.round(passage.top - targetTop);
}
