/**
 * A highlight does not begin or end on a quotation mark that is not its own. A drag that ends on
 * the closing mark of a quoted heading (‘High-tech duel’), or a word snapped out to the
 * apostrophe-like ’ after it, kept the mark; so did a drag that started on an opening “ whose
 * partner lies outside the selection. Pure offset arithmetic over the article's text.
 *
 * Kept: a mark whose partner is inside the selection (“no” in `He said “no” twice`), and a
 * final ’ or ' that closes no quotation opened before it on its line: that is an apostrophe
 * (`the players’`). A selection that is one whole quotation (“We will win.”) loses both marks.
 */
import type { Span } from './keyboard-selection';
import { QUOTE_SINGLE_ELIDED_WORD_INSIDE, QUOTE_SINGLE_PARAGRAPH_CONTINUES } from '../engine/lexicon/quote-marks';

/** Each opening mark and the marks that close it (German „…“ and »…«, French «…»). */
const CLOSERS: Record<string, string> = {
  '“': '”',
  '‘': '’',
  '„': '“”',
  '‚': '‘’',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
  '「': '」',
  '『': '』',
  '"': '"',
  "'": "'",
};
const OPENERS: Record<string, string> = {};
for (const [open, closers] of Object.entries(CLOSERS)) for (const c of closers) OPENERS[c] = (OPENERS[c] ?? '') + open;

const isLetter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/** Clipped words written with a leading apostrophe, from the engine's quotation rows ('til, 'em, 'tis). */
const ELIDED = new Set([...QUOTE_SINGLE_PARAGRAPH_CONTINUES.value.elisions, ...QUOTE_SINGLE_ELIDED_WORD_INSIDE.value]);

/** A mark at a word's start that clips the word, not one that opens a quotation: 'til dawn, ‘tis, '90s. */
function elidedAt(text: string, i: number): boolean {
  if (!"'‘’".includes(text[i]) || isLetter(text[i - 1])) return false;
  // A decade ('90s); a bare number may open a quotation ('45 pence,' she said).
  if (/^\d\ds(?![\p{L}\p{N}])/u.test(text.slice(i + 1, i + 5))) return true;
  const word = /^\p{L}+/u.exec(text.slice(i + 1, i + 8))?.[0];
  return !!word && word.length < 7 && ELIDED.has(word.toLowerCase());
}

/**
 * Which single marks on the lines of [from, to) are apostrophes, never quotation marks: one between
 * letters (don’t), one clipping a word ('til, '90s), and a straight ' that closes no quotation open
 * on its line (Jones' car) or that, inside one, ends a plural before a lowercase word while the
 * quotation closes later with no other opened between ('The Joneses' dog barked,' she said).
 */
function apostrophesIn(text: string, from: number, to: number): Set<number> {
  const found = new Set<number>();
  const canOpen = (i: number) => !isLetter(text[i - 1]) && isLetter(text[i + 1]);
  const canClose = (i: number) => !!text[i - 1] && !/\s/.test(text[i - 1]) && !isLetter(text[i + 1]);
  /** A straight ' after an s and before a lowercase word: a plural's mark or a quotation's end. */
  const pluralShaped = (i: number) => /s/i.test(text[i - 1]) && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3));
  /**
   * The next straight mark after `i` on its line that is no apostrophe, or -1. A plural-shaped
   * one is passed over: it may be a possessive itself (`The 'experts' said the farmers' claims`),
   * so it is no evidence that the quotation goes on.
   */
  const nextStraight = (i: number) => {
    for (let k = i + 1; k < text.length && text[k] !== '\n'; k++)
      if (text[k] === "'" && !found.has(k) && !(isLetter(text[k - 1]) && isLetter(text[k + 1])) && !pluralShaped(k))
        return k;
    return -1;
  };
  let open = false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n') open = false;
    if (!"'‘’".includes(c)) continue;
    if ((isLetter(text[i - 1]) && isLetter(text[i + 1])) || elidedAt(text, i)) found.add(i);
    else if (c !== "'") continue;
    else if (!open) {
      if (canOpen(i)) open = true;
      else found.add(i);
    } else if (canClose(i)) {
      const next = pluralShaped(i) ? nextStraight(i) : -1;
      if (next >= 0 && canClose(next) && !canOpen(next)) found.add(i);
      else open = false;
    }
  }
  return found;
}

type Marks = { text: string; apostrophe: (i: number) => boolean };

/** The straight ' opens a quotation only at a word's start ('quoted'), not inside one. */
const opensAt = ({ text, apostrophe }: Marks, i: number) =>
  text[i] in CLOSERS && !apostrophe(i) && !(text[i] === "'" && (isLetter(text[i - 1]) || !isLetter(text[i + 1])));

/** Where, in [from, to), the first mark that closes the opener at `open` stands; -1 if none. */
function partnerAfter(m: Marks, open: number, from: number, to: number): number {
  const closers = CLOSERS[m.text[open]];
  for (let i = from; i < to; i++) if (closers.includes(m.text[i]) && !m.apostrophe(i)) return i;
  return -1;
}

/**
 * Whether a quotation that the closing mark at `close` would close is open at `close`, counting
 * from `from`: its openers add one, its closers take one away (the straight marks do either).
 */
function openedBefore(m: Marks, close: number, from: number): boolean {
  const { text } = m;
  const mark = text[close];
  const openers = OPENERS[mark] ?? '';
  let open = 0;
  for (let i = from; i < close; i++) {
    const c = text[i];
    if (m.apostrophe(i)) continue;
    if (c === mark && openers.includes(c)) open = open > 0 ? open - 1 : opensAt(m, i) ? 1 : 0;
    else if (openers.includes(c) && opensAt(m, i)) open++;
    else if (c === mark && open > 0) open--;
  }
  return open > 0;
}

/** Closing marks only: at a selection's start they belong to the words before it. */
const ONLY_CLOSES = '”」』';

/** The selection without white space or quotation marks at its ends that are not its own. */
export function trimQuoteMarks(text: string, sel: Span): Span {
  let { start, end } = sel;
  const lineEnd = text.indexOf('\n', end);
  const apostrophes = apostrophesIn(text, text.lastIndexOf('\n', start) + 1, lineEnd < 0 ? text.length : lineEnd);
  const m: Marks = { text, apostrophe: (i) => apostrophes.has(i) };
  for (;;) {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end - start < 2) break;
    const before = { start, end };
    if (opensAt(m, start)) {
      const partner = partnerAfter(m, start, start + 1, end);
      if (partner === end - 1) {
        // One whole quotation: the words are the passage.
        start++;
        end--;
      } else if (partner < 0) start++;
    } else if (ONLY_CLOSES.includes(text[start])) start++;
    const last = end - 1;
    if (last > start && (text[last] in OPENERS || text[last] in CLOSERS) && !m.apostrophe(last)) {
      const closes = text[last] in OPENERS;
      const ownOpener = closes && openedBefore(m, last, start);
      // An opening mark at the end closes nothing: always dropped. A closing one is dropped when
      // its opener is outside the selection; a final ’ or ' only when it closes a quotation opened
      // earlier on its line, else it is an apostrophe (the players’).
      const lineStart = text.lastIndexOf('\n', start) + 1;
      const apostrophe = (text[last] === '’' || text[last] === "'") && !openedBefore(m, last, lineStart);
      if (!closes || (!ownOpener && !apostrophe)) end--;
    }
    if (start === before.start && end === before.end) break;
  }
  return start < end ? { start, end } : sel;
}
