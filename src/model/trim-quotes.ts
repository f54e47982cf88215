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
/** ’ and ' also write elisions and possessives: between letters they are never a quote mark. */
const isApostrophe = (text: string, i: number) =>
  (text[i] === '’' || text[i] === "'") && isLetter(text[i - 1]) && isLetter(text[i + 1]);

/** The straight ' opens a quotation only at a word's start ('quoted'), not inside one. */
const opensAt = (text: string, i: number) =>
  text[i] in CLOSERS && !(text[i] === "'" && (isLetter(text[i - 1]) || !isLetter(text[i + 1])));

/** Where, in [from, to), the first mark that closes the opener at `open` stands; -1 if none. */
function partnerAfter(text: string, open: number, from: number, to: number): number {
  const closers = CLOSERS[text[open]];
  for (let i = from; i < to; i++) if (closers.includes(text[i]) && !isApostrophe(text, i)) return i;
  return -1;
}

/**
 * Whether a quotation that the closing mark at `close` would close is open at `close`, counting
 * from `from`: its openers add one, its closers take one away (the straight marks do either).
 */
function openedBefore(text: string, close: number, from: number): boolean {
  const mark = text[close];
  const openers = OPENERS[mark] ?? '';
  let open = 0;
  for (let i = from; i < close; i++) {
    const c = text[i];
    if (isApostrophe(text, i)) continue;
    if (c === mark && openers.includes(c)) open = open > 0 ? open - 1 : opensAt(text, i) ? 1 : 0;
    else if (openers.includes(c) && opensAt(text, i)) open++;
    else if (c === mark && open > 0) open--;
  }
  return open > 0;
}

/** Closing marks only: at a selection's start they belong to the words before it. */
const ONLY_CLOSES = '”」』';

/** The selection without white space or quotation marks at its ends that are not its own. */
export function trimQuoteMarks(text: string, sel: Span): Span {
  let { start, end } = sel;
  for (;;) {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end - start < 2) break;
    const before = { start, end };
    if (opensAt(text, start)) {
      const partner = partnerAfter(text, start, start + 1, end);
      if (partner === end - 1) {
        // One whole quotation: the words are the passage.
        start++;
        end--;
      } else if (partner < 0) start++;
    } else if (ONLY_CLOSES.includes(text[start])) start++;
    const last = end - 1;
    if (last > start && (text[last] in OPENERS || text[last] in CLOSERS) && !isApostrophe(text, last)) {
      const closes = text[last] in OPENERS;
      const ownOpener = closes && openedBefore(text, last, start);
      // An opening mark at the end closes nothing: always dropped. A closing one is dropped when
      // its opener is outside the selection; a final ’ or ' only when it closes a quotation opened
      // earlier on its line, else it is an apostrophe (the players’).
      const lineStart = text.lastIndexOf('\n', start) + 1;
      const apostrophe = (text[last] === '’' || text[last] === "'") && !openedBefore(text, last, lineStart);
      if (!closes || (!ownOpener && !apostrophe)) end--;
    }
    if (start === before.start && end === before.end) break;
  }
  return start < end ? { start, end } : sel;
}
