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

/** `raw` made safe to show on one line and cut to at most `max` characters. */
export function headerLine(raw: string, max: number): string {
  const line = oneLine(raw);
  if (line.length <= max) return line;
  // A line of at most `max` code points is at most 2 × max code units, so the first 2 × max + 2
  // units tell whether it is longer, without splitting a megabyte-long crafted line into an array.
  const chars = Array.from(line.slice(0, 2 * max + 2));
  return chars.length <= max
    ? line
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
