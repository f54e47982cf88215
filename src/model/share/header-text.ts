/**
 * One line of an article's header as it travels in a share link (byline, source, date, file name):
 * plain text the recipient's reader shows as text, never as HTML.
 *
 * What is cut, and why: control characters (a newline or a NUL has no place in a one-line header
 * and can hide what follows), and the bidirectional embedding, override and isolate marks
 * (U+202A–U+202E, U+2066–U+2069), which can make "moc.elgoog" read as "google.com" and make a
 * header claim what it does not say; the cleaning is one-line.ts's, which the exports' headers
 * share. Runs of white space become one space. Everything else, scripts and symbols included, stays
 * as the sender wrote it. The line is then cut to `max` characters (whole code points, an ellipsis
 * included) so no header can fill the screen.
 */
import { oneLine } from '../one-line';

/**
 * How many characters `s` holds, counted as every limit on a shown line counts them: code points,
 * so an emoji or a rare CJK character written as a UTF-16 surrogate pair is one, as it is to the
 * reader (`s.length` counts it twice). The Share dialog's name counter counts with this too.
 */
export function charCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) if (pairAt(s, i)) i++;
  return n;
}

/** The first `max` characters of `s` (whole code points, as `charCount` counts them). */
export function firstChars(s: string, max: number): string {
  let i = 0;
  for (let n = 0; i < s.length && n < max; i++, n++) if (pairAt(s, i)) i++;
  return s.slice(0, i);
}

/**
 * What a box limited to `max` characters holds after an edit turned `prev` into `next`, as
 * `maxLength` would (but counting code points): within the limit, `next`; over it, `prev` with only
 * as much of the inserted text as fits where it was typed (none when `prev` is full), so a key
 * pressed mid-name is refused rather than the name's end cut. `caret` is where the caret belongs.
 */
export function keptEdit(prev: string, next: string, max: number): { value: string; caret: number } {
  if (charCount(next) <= max) return { value: next, caret: -1 };
  let start = 0;
  const most = Math.min(prev.length, next.length);
  while (start < most && prev[start] === next[start]) start++;
  let end = 0;
  while (end < most - start && prev[prev.length - 1 - end] === next[next.length - 1 - end]) end++;
  // Never split a surrogate pair between the kept ends and the inserted text.
  if (start > 0 && pairAt(next, start - 1)) start--;
  if (end > 0 && pairAt(next, next.length - end - 1)) end--;
  const head = next.slice(0, start);
  const tail = next.slice(next.length - end);
  const room = Math.max(0, max - charCount(head) - charCount(tail));
  const inserted = firstChars(next.slice(start, next.length - end), room);
  // Nothing left of the edit but a cut: keep the box as it was.
  if (charCount(head + inserted + tail) > max) return { value: prev, caret: start };
  return { value: head + inserted + tail, caret: start + inserted.length };
}

/** Whether a surrogate pair (one code point in two units) starts at `i`. */
function pairAt(s: string, i: number): boolean {
  const hi = s.charCodeAt(i);
  if (hi < 0xd800 || hi > 0xdbff || i + 1 >= s.length) return false;
  const lo = s.charCodeAt(i + 1);
  return lo >= 0xdc00 && lo <= 0xdfff;
}

/** `raw` made safe to show on one line and cut to at most `max` characters. */
export function headerLine(raw: string, max: number): string {
  const line = oneLine(raw);
  // A line of at most `max` code points is at most 2 × max code units, so the first 2 × max + 2
  // units tell whether it is longer, without walking a megabyte-long crafted line.
  if (line.length <= max || charCount(line.slice(0, 2 * max + 2)) <= max) return line;
  return `${firstChars(line, max - 1).trimEnd()}…`;
}
