/**
 * One line of plain text from a field that should hold one (a title, a byline, a source, a date,
 * a sender's name), for a share link's header and for the exports' headers alike.
 *
 * What is cut, and why: control characters — C0 (a newline or a NUL has no place in a one-line
 * field and can hide what follows), DEL and C1 (which YAML and most viewers refuse or show as
 * boxes) — and the bidirectional embedding, override and isolate marks (U+202A–U+202E,
 * U+2066–U+2069), which can make "moc.elgoog" read as "google.com" and make a header claim what it
 * does not say; and the non-characters U+FDD0–U+FDEF, U+FFFE, U+FFFF, which YAML refuses (a
 * Markdown export's front matter would be rejected whole). Each run becomes one space, runs of white space become one space, and the ends are
 * trimmed. Everything else, scripts and symbols included, stays as written.
 */

// C0 and C1 controls (tab and newline among them) and DEL, the bidi embeddings, overrides and isolates, non-characters.
// eslint-disable-next-line no-control-regex
export const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]+/g;

/** `raw` on one line: unsafe characters and runs of white space become one space, ends trimmed. */
export function oneLine(raw: string): string {
  return raw.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
}
