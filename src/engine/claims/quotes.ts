/**
 * Quotations, found once per document in one pass over the characters, in every style of
 * lexicon/quote-marks.ts (“…” „…“ «…» »…« "…" ''…'' ``…'' ‘…’ '…' ‹…›). The claim detector
 * reads quotations from here rather than from the tokenizer's quote tokens, so it knows, for
 * every token, whether it is inside a quotation, even when the quotation opened sentences or
 * paragraphs earlier. A double quotation left open at the end of a paragraph runs to the
 * paragraph's end and, when the next paragraph opens with a quote mark, continues there (news
 * convention). An unclosed single quotation was an apostrophe ('90s) and is dropped.
 *
 * Also here: the sentences the claim detector works on. They are the engine's sentences with
 * closing marks the segmenter left at the start of the next sentence moved back ("…,'' he said"
 * after "?''" splits), so a sentence never starts with the end of the previous one's quote.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { SentenceColumns } from '../tokenize/sentences';
import { tokenFrom, type Ctx } from '../context';
import {
  QUOTE_SINGLE_AFTER_COLON,
  QUOTE_SINGLE_ELIDED_DECADE,
  QUOTE_SINGLE_ELIDED_DECADE_RIGHT_MARK,
  QUOTE_SINGLE_ELIDED_WORD_INSIDE,
  QUOTE_SINGLE_ELIDED_YEAR_BEFORE_STOP,
  QUOTE_SINGLE_PARAGRAPH_CONTINUES,
  QUOTE_SINGLE_PLURAL_POSSESSIVE,
  QUOTE_STYLES,
  type QuoteFamily,
} from '../lexicon/quote-marks';
import { CLAIM_SENTENCE_WORDS } from '../lexicon/attribution-patterns';
import { PLURAL_OPENS } from '../lexicon/claims-53f';
import { COMMON_WORDS } from '../lexicon/words';
import { ANSWER_NO } from '../lexicon/long-news-rows';
import { TAG_AFTER_MARK } from '../lexicon/claims-28';
import { verbForms } from '../lexicon/verb-forms';

export interface Quote {
  /** Rule row that opened it ("quote.curly-double"). */
  style: string;
  family: QuoteFamily;
  /** Character offsets: opening mark, first character inside, closing mark (or paragraph end). */
  open: number;
  inner: number;
  close: number;
  closed: boolean;
  /** Index of the quotation (in the previous paragraph) this one continues, or -1. */
  continues: number;
  /** Tokens: the opening mark's, the first inside, one past the last inside, the closing mark's (-1). */
  openTok: number;
  ta: number;
  tb: number;
  closeTok: number;
}

export const enum QRole {
  None = 0,
  Open = 1,
  Close = 2,
  /** The second character of a two-character mark ('' or ``). */
  MarkTail = 3,
}

export interface QuoteMap {
  /** Outermost quotations in text order. */
  quotes: Quote[];
  /** Per token: its role as a quote mark (nested quotations' marks included). */
  role: Uint8Array;
  /** Per token: index of the outermost quotation containing it (marks included), or -1. */
  of: Int32Array;
}

const CLOSERS = new Map(QUOTE_STYLES.map((r) => [r.id, r.value.close]));
const FAMILY = new Map(QUOTE_STYLES.map((r) => [r.id, r.value.family]));

const isWordChar = (c: string | undefined): boolean => {
  if (!c) return false;
  const k = c.charCodeAt(0);
  if ((k >= 97 && k <= 122) || (k >= 65 && k <= 90) || (k >= 48 && k <= 57)) return true;
  return k > 127 && /[\p{L}\p{N}]/u.test(c);
};
const isSpaceChar = (c: string | undefined): boolean => {
  if (c === undefined) return true;
  const k = c.charCodeAt(0);
  return k === 32 || k === 10 || k === 9 || k === 13 || k === 0xa0 || (k > 127 && /\s/.test(c));
};
/** The characters that may be quote marks (every style's opening and closing marks). */
const isMarkCode = (code: number): boolean =>
  code === 34 ||
  code === 39 ||
  code === 96 ||
  (code >= 0x2018 && code <= 0x201e) ||
  code === 0xab ||
  code === 0xbb ||
  code === 0x2039 ||
  code === 0x203a;
/** A line break or one of the characters `isMarkCode` accepts. */
const MARK_OR_NEWLINE = /[\n"'`\u2018-\u201e\u00ab\u00bb\u2039\u203a]/;
/** Spacing that does not make a paragraph start with text (line breaks are handled apart). */
const isBlank = (code: number): boolean =>
  code <= 32 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x200b;
/** Characters after which a mark opens rather than closes ("(", "—", ":" and spaces). */
const OPENS_AFTER = new Set(['(', '[', '{', '—', '–', '-', ':', '/', '“', '‘', '«', '„', '‹']);

const SINGLE_RUNS_ON = new Set(QUOTE_SINGLE_PARAGRAPH_CONTINUES.value.styles);
const ELISIONS: ReadonlySet<string> = new Set(QUOTE_SINGLE_PARAGRAPH_CONTINUES.value.elisions);
/**
 * A single quotation left open at a paragraph's end that is a quotation, not an apostrophe
 * (row quote.curly-single.paragraph-continues): a curly ‘ at the paragraph's start or after a
 * sentence's end, before a capital and not a clipped word ("‘Tis"), with a sentence's end inside;
 * it stands only if the next paragraph continues it (see `settleSingle`).
 */
function singleRunsOn(text: string, open: number, end: number, style: string): boolean {
  if (!SINGLE_RUNS_ON.has(style) || !/\p{Lu}/u.test(text[open + 1] ?? '')) return false;
  if (ELISIONS.has(/^\p{L}+/u.exec(text.slice(open + 1, open + 8))![0].toLowerCase())) return false;
  let b = open - 1;
  while (b >= 0 && (text[b] === ' ' || text[b] === '\t')) b--;
  if (b >= 0 && text[b] !== '\n' && !/[.!?]/.test(text[b])) return false;
  return /[.!?][’'"”]?\s/.test(text.slice(open, end) + ' ');
}

/** Row quote.curly-single.after-colon: ‘ after a colon, before a capital, not a clipped word, a sentence's end inside. */
function singleAfterColon(text: string, open: number, end: number, style: string): boolean {
  if (!SINGLE_RUNS_ON.has(style) || !/\p{Lu}/u.test(text[open + 1] ?? '')) return false;
  let b = open - 1;
  while (b >= 0 && (text[b] === ' ' || text[b] === '\t')) b--;
  if (b < 0 || !QUOTE_SINGLE_AFTER_COLON.value.includes(text[b])) return false;
  if (ELISIONS.has(/^\p{L}+/u.exec(text.slice(open + 1, open + 8))![0].toLowerCase())) return false;
  return /[.!?][’'"”]?\s/.test(text.slice(open, end) + ' ');
}

const PLURAL_END = QUOTE_SINGLE_PLURAL_POSSESSIVE.value;
/**
 * Row quote.curly-single.plural-possessive: ’ at `i` after a plural's s and before a lowercase word,
 * with the line closing a single quotation later after punctuation and opening no ‘ before that.
 */
function pluralPossessive(text: string, i: number): boolean {
  if (!PLURAL_END.includes(text[i - 1]) || text[i + 1] !== ' ' || !/\p{Ll}/u.test(text[i + 2] ?? '')) return false;
  for (let j = i + 2; j < text.length && j < i + 400; j++) {
    const c = text[j];
    if (c === '\n' || c === '‘') return false;
    if (c === '’' && /[,.!?]/.test(text[j - 1])) return true;
  }
  return false;
}

/**
 * Row quote.single.elided-decade: a single mark before two digits that are not part of a longer
 * number, when the digits are a decade (‘80s) or a single quotation is already open (‘… the ’99
 * vintage …’); a quotation may open with a number ("‘45 pence,’ she said").
 */
const YEAR_BEFORE_STOP_MARKS = QUOTE_SINGLE_ELIDED_YEAR_BEFORE_STOP.value;
const isDigitCode = (c: number) => c >= 48 && c <= 57;
const elidedDecade = (text: string, i: number, singleOpen: boolean): boolean => {
  if (!isDigitCode(text.charCodeAt(i + 1)) || !isDigitCode(text.charCodeAt(i + 2))) return false;
  const c3 = text.charCodeAt(i + 3);
  if (isDigitCode(c3) || !DECADE_MARKS.includes(text[i])) return false;
  // "in ’08, then": a right mark before the year's comma or stop (row quote.single.elided-year.before-stop).
  if (c3 === 44 || c3 === 46) return singleOpen && YEAR_BEFORE_STOP_MARKS.includes(text[i]);
  return singleOpen || c3 === 115;
};
/** Rows quote.single.elided-decade and quote.single.elided-decade.right-mark: the marks a clipped year starts with. */
const DECADE_MARKS = [...QUOTE_SINGLE_ELIDED_DECADE.value, ...QUOTE_SINGLE_ELIDED_DECADE_RIGHT_MARK.value];

/**
 * Row quote.single.elided-word-inside: a single mark at `i` before a clipped word ("’n", "’em",
 * "’til") and then a non-letter, while a single quotation is open, is an apostrophe.
 */
const ELIDED_INSIDE: ReadonlySet<string> = new Set(QUOTE_SINGLE_ELIDED_WORD_INSIDE.value);
const isLetterAt = (text: string, j: number) => j < text.length && /\p{L}/u.test(text[j]);
const elidedWordInside = (text: string, i: number, singleOpen: boolean): boolean => {
  if (!singleOpen) return false;
  let j = i + 1;
  while (j < text.length && j - i <= 6 && isLetterAt(text, j)) j++;
  // "rock ’n’ roll": a mark right after the word makes a pair of apostrophes, read as such already.
  if (text[j] === '’' || text[j] === "'") return false;
  return j - i <= 6 && ELIDED_INSIDE.has(text.slice(i + 1, j).toLowerCase());
};

interface Open {
  style: string;
  pos: number;
  len: number;
  idx: number; // index in `all`
}

interface Raw {
  style: string;
  open: number;
  openLen: number;
  close: number;
  closeLen: number;
  closed: boolean;
  outer: boolean;
  dropped: boolean;
  continues: number;
}

/** Scans the text for quotations (see the module comment). */
export function scanQuotes(ctx: Ctx): QuoteMap {
  const { text, t } = ctx;
  const n = text.length;
  const all: Raw[] = [];
  const stack: Open[] = [];
  let paraStart = true;
  let pendingChain = -1; // outermost double quotation left open by the previous paragraph
  // A single quotation left open stands only if the next paragraph opens by continuing it: else its
  // ‘ was an apostrophe ("‘Tis the season.", "‘Cause we can.") and it is dropped as before.
  let pendingSingle = -1;
  const settleSingle = (continued: boolean) => {
    if (pendingSingle >= 0 && !continued) all[pendingSingle].dropped = true;
    pendingSingle = -1;
  };

  const open = (style: string, pos: number, len: number) => {
    const outer = stack.length === 0;
    let continues = -1;
    if (
      outer &&
      paraStart &&
      pendingChain >= 0 &&
      (FAMILY.get(style) === 'double'
        ? FAMILY.get(all[pendingChain].style) === 'double'
        : all[pendingChain].style === style)
    )
      continues = pendingChain;
    all.push({
      style,
      open: pos,
      openLen: len,
      close: -1,
      closeLen: 0,
      closed: false,
      outer,
      dropped: false,
      continues,
    });
    stack.push({ style, pos, len, idx: all.length - 1 });
  };
  const closeAt = (si: number, pos: number, len: number) => {
    // Quotations opened inside the one being closed and still open were not quotations.
    for (let k = stack.length - 1; k > si; k--) all[stack[k].idx].dropped = true;
    const q = all[stack[si].idx];
    q.close = pos;
    q.closeLen = len;
    q.closed = true;
    stack.length = si;
    // "rock ’n’ roll": a one- or two-letter single quotation is a pair of apostrophes.
    if (FAMILY.get(q.style) === 'single' && pos - (q.open + q.openLen) <= 2) q.dropped = true;
  };
  /** Innermost open quotation that `mark` can close, or -1. */
  const closable = (mark: string): number => {
    for (let k = stack.length - 1; k >= 0; k--) if (CLOSERS.get(stack[k].style)!.includes(mark)) return k;
    return -1;
  };
  /**
   * Mixed typography (“…" or ``…"): a closing-looking double mark closes the innermost double
   * quotation of another style when none of its own is open.
   */
  const closableAny = (mark: string, prev: string | undefined, next: string | undefined): number => {
    const k = closable(mark);
    if (k >= 0) return k;
    if (isSpaceChar(prev) || !(isSpaceChar(next) || /[.,;:!?)\]]/.test(next!))) return -1;
    for (let j = stack.length - 1; j >= 0; j--) if (FAMILY.get(stack[j].style) === 'double') return j;
    return -1;
  };
  const endParagraph = (pos: number) => {
    pendingChain = -1;
    for (let k = 0; k < stack.length; k++) {
      const q = all[stack[k].idx];
      const single = k === 0 && FAMILY.get(q.style) !== 'double' && singleRunsOn(text, q.open, pos, q.style);
      const colon =
        k === 0 && !single && FAMILY.get(q.style) !== 'double' && singleAfterColon(text, q.open, pos, q.style);
      if (k === 0 && (FAMILY.get(q.style) === 'double' || single || colon)) {
        q.close = pos;
        q.closed = false;
        pendingChain = stack[k].idx;
        if (single) pendingSingle = stack[k].idx;
      } else q.dropped = true;
    }
    stack.length = 0;
    paraStart = true;
  };

  /** Reads the mark at `i` (if any), opening or closing a quotation; returns its length (1 if none). */
  const readMark = (i: number, prev: string | undefined): number => {
    const c = text[i];
    const c2 = text[i + 1];
    const two = (c === "'" || c === '’' || c === '`') && c2 === c ? c + c2 : '';
    if (two) {
      const next = text[i + 2];
      const k = two === '``' ? -1 : closableAny(two, prev, next);
      if (two !== '``' && k >= 0) {
        closeAt(k, i, 2);
        return 2;
      }
      if (two === '``' || ((isSpaceChar(prev) || OPENS_AFTER.has(prev!)) && !isSpaceChar(next))) {
        open('quote.doubled-apostrophe', i, 2);
        return 2;
      }
    }
    const next = text[i + 1];
    switch (c) {
      case '“': {
        const k = closable('“');
        if (k >= 0 && stack[k].style === 'quote.low-nine') closeAt(k, i, 1);
        else open('quote.curly-double', i, 1);
        break;
      }
      case '”': {
        const k = closableAny('”', prev, next);
        if (k >= 0) closeAt(k, i, 1);
        else if (isSpaceChar(prev) && isWordChar(next)) open('quote.curly-double', i, 1);
        break;
      }
      case '„':
        open('quote.low-nine', i, 1);
        break;
      case '«': {
        const k = closable('«');
        if (k >= 0) closeAt(k, i, 1);
        else open('quote.guillemets', i, 1);
        break;
      }
      case '»': {
        const k = closable('»');
        if (k >= 0) closeAt(k, i, 1);
        else if (!isSpaceChar(next)) open('quote.guillemets-reversed', i, 1);
        break;
      }
      case '‹':
      case '›': {
        const k = closable(c);
        if (k >= 0) closeAt(k, i, 1);
        else if (c === '‹' || !isSpaceChar(next)) open('quote.single-guillemets', i, 1);
        break;
      }
      case '"': {
        const looksOpen = (isSpaceChar(prev) || OPENS_AFTER.has(prev!)) && !isSpaceChar(next);
        const looksClose = !isSpaceChar(prev) && !OPENS_AFTER.has(prev!);
        const own = closable('"');
        const k = own >= 0 ? own : looksClose && !looksOpen ? closableAny('"', prev, next) : -1;
        if (k >= 0 && !(looksOpen && !looksClose)) closeAt(k, i, 1);
        else if (k >= 0 && own >= 0) {
          // An opener while one is open: the earlier mark was stray.
          all[stack[k].idx].dropped = true;
          stack.splice(k, 1);
          open('quote.straight-double', i, 1);
        } else if (k < 0 && !(looksClose && !looksOpen)) open('quote.straight-double', i, 1);
        break;
      }
      case '‘':
        if (!(isWordChar(prev) && isWordChar(next))) {
          const singleOpen = closable('’') >= 0;
          if (!elidedDecade(text, i, singleOpen) && !elidedWordInside(text, i, singleOpen))
            open('quote.curly-single', i, 1);
        }
        break;
      case '’':
      case "'": {
        if (isWordChar(prev) && isWordChar(next)) break; // an apostrophe: "don't"
        const k = closable(c);
        if (k >= 0 && !isSpaceChar(prev)) {
          if (c === '’' && pluralPossessive(text, i)) break;
          // "‘’Em boys are trouble,’", "‘’90s kids …’": a clipped word or year opening the quotation
          // would close it empty (rows quote.single.elided-word-inside and …elided-decade.right-mark).
          if (c === '’' && stack[k].pos === i - 1 && (elidedWordInside(text, i, true) || elidedDecade(text, i, true)))
            break;
          closeAt(k, i, 1);
        } else if (
          (isSpaceChar(prev) || OPENS_AFTER.has(prev!)) &&
          isWordChar(next) &&
          !elidedDecade(text, i, k >= 0) &&
          !elidedWordInside(text, i, k >= 0)
        )
          open(c === "'" ? 'quote.straight-single' : 'quote.curly-single', i, 1);
        break;
      }
    }
    return 1;
  };

  /**
   * At a paragraph's start: a paragraph whose first visible character is not a quote mark
   * continues nothing. (The scan below jumps from mark to mark, so it looks at that character here.)
   */
  const openParagraph = (from: number) => {
    let i = from;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code === 10 || !isBlank(code)) break;
      i++;
    }
    if (i < n && text.charCodeAt(i) !== 10 && !isMarkCode(text.charCodeAt(i))) {
      pendingChain = -1;
      settleSingle(false);
      paraStart = false;
    }
  };
  openParagraph(0);
  // Only line breaks and quote marks matter: a regular expression finds the next one far faster
  // than a loop over every character of a long text.
  const next = new RegExp(MARK_OR_NEWLINE.source, 'g');
  for (let m = next.exec(text); m; m = next.exec(text)) {
    const i = m.index;
    if (text.charCodeAt(i) === 10) {
      // Blank lines between paragraphs keep a pending continuation alive.
      if (stack.length || !paraStart) endParagraph(i);
      if (paraStart) openParagraph(i + 1);
      continue;
    }
    const wasParaStart = paraStart;
    const before = all.length;
    next.lastIndex = i + readMark(i, i > 0 ? text[i - 1] : undefined);
    if (wasParaStart) {
      const q = all[before];
      if (!(q && q.continues >= 0)) pendingChain = -1;
      settleSingle(!!q && q.continues >= 0);
    }
    paraStart = false;
  }
  endParagraph(n);
  settleSingle(false);

  // Outermost quotations that stand, with token ranges; marks' roles for all that stand.
  const role = new Uint8Array(t.count);
  const of = new Int32Array(t.count).fill(-1);
  const quotes: Quote[] = [];
  const newIndex = new Map<number, number>();
  const tokAt = (pos: number): number => {
    let lo = 0,
      hi = t.count - 1,
      ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (t.start[mid] <= pos) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  };
  const markRole = (pos: number, len: number, r: QRole) => {
    for (let p = pos; p < pos + len; p++) {
      const k = tokAt(p);
      if (k >= 0 && t.start[k] === p && t.kind[k] !== Kind.Word && t.kind[k] !== Kind.Num)
        role[k] = p === pos ? r : QRole.MarkTail;
    }
  };
  all.forEach((r, idx) => {
    if (r.dropped) return;
    markRole(r.open, r.openLen, QRole.Open);
    if (r.closed) markRole(r.close, r.closeLen, QRole.Close);
    if (!r.outer) return;
    const openTok = tokAt(r.open);
    const ta = tokenFrom(ctx, r.open + r.openLen);
    const tb = tokenFrom(ctx, r.close);
    const closeTok = r.closed ? tokAt(r.close) : -1;
    const qi = quotes.length;
    newIndex.set(idx, qi);
    const cont = r.continues >= 0 ? (newIndex.get(r.continues) ?? -1) : -1;
    quotes.push({
      style: r.style,
      family: FAMILY.get(r.style)!,
      open: r.open,
      inner: r.open + r.openLen,
      close: r.close,
      closed: r.closed,
      continues: cont,
      openTok,
      ta,
      tb,
      closeTok,
    });
    const lastTok = r.closed ? tokenFrom(ctx, r.close + r.closeLen) : tb;
    for (let k = Math.max(0, openTok); k < lastTok; k++) of[k] = qi;
  });
  return new Quotations(quotes, role, of);
}

/**
 * A document's quotations, made by a constructor rather than an object literal: the second time
 * a literal runs, V8 marks its fields mutable and throws away the optimised code that read them
 * (see tokenize.ts's TokenColumns).
 */
class Quotations implements QuoteMap {
  constructor(
    public quotes: Quote[],
    public role: Uint8Array,
    public of: Int32Array,
  ) {}
}

export interface ClaimSentences {
  count: number;
  first: Int32Array;
  last: Int32Array;
  /** Sentence opens a line (paragraph). */
  lineStart: Uint8Array;
  headline: Uint8Array;
  /** Sentence of each token. */
  of: Int32Array;
}

/** The engine's sentences, with closing marks (and "he said" after "?''") joined to their sentence. */
/**
 * The line ends with a word that carries its period ('Sato replied: "No."', '… in the U.S.'): the
 * tagger's context reads it as a line without final punctuation, a headline; for claims it is a
 * sentence.
 */
function endsWithDot(ctx: Ctx, a: number, b: number): boolean {
  const { t } = ctx;
  let i = b - 1;
  while (i > a && (t.kind[i] === Kind.QClose || t.kind[i] === Kind.Punct)) {
    if (t.kind[i] === Kind.Punct && ctx.text.charCodeAt(t.start[i]) !== 41) return false;
    i--;
  }
  return t.kind[i] === Kind.Word && (t.flags[i] & Flag.Dotted) !== 0 && ctx.text.charCodeAt(t.end[i] - 1) === 46;
}

/** Token `i` is a lowercase "no." followed by a quotation or a capitalised word, not a number. */
function noEndsSentence(ctx: Ctx, i: number, qm: QuoteMap): boolean {
  const { t } = ctx;
  const len = t.end[i] - t.start[i];
  if (len !== 3 && len !== 4) return false;
  // The token's interned text, not a slice: this is asked of every three-character token.
  const f = ctx.forms[ctx.form[i]];
  const n = i + 1;
  // "shortly after 10 p.m. "The voters made their choice," he said": a time before a quotation
  // or a sentence-opening word ends the sentence ("10 p.m. Eastern" does not).
  if (f === 'p.m.' || f === 'a.m.')
    return qm.role[n] === QRole.Open || (t.kind[n] === Kind.Word && OPENERS.has(ctx.forms[ctx.form[n]].toLowerCase()));
  if (ANSWER_NO_FORMS.has(f) && i > 0 && qm.role[i - 1] === QRole.Open)
    return t.kind[n] === Kind.Word && (t.flags[n] & Flag.Cap) !== 0;
  if (f !== 'no.') return false;
  return qm.role[n] === QRole.Open || (t.kind[n] === Kind.Word && (t.flags[n] & Flag.Cap) !== 0);
}
/**
 * Token `a` continues a name whose initials ended the sentence before it: "the U.S." or "the
 * U.K." right before, and `a` a capitalised word that does not open a sentence.
 */
function initialsGoOn(ctx: Ctx, a: number): boolean {
  const { t } = ctx;
  if (a < 2 || t.kind[a] !== Kind.Word || !(t.flags[a] & Flag.Cap)) return false;
  // Asked once per sentence: lowercasing the three forms costs nothing that matters.
  if (!INITIALS.has(lowerForm(ctx, a - 1)) || lowerForm(ctx, a - 2) !== 'the') return false;
  return !SENTENCE_OPENERS.has(lowerForm(ctx, a)) && !pluralOpens(ctx, a);
}
const PLURAL_NAME_PARTS: ReadonlySet<string> = new Set(PLURAL_OPENS.value.nameParts);
/**
 * Row claim.sentence.words.plural-opens-folds: token `a` is a capitalised plural common noun
 * ("Officials", "Critics") with a lowercase word after it — a subject opening a sentence, not a
 * word of a name after initials ("the U.S. Marines said" goes on).
 */
function pluralOpens(ctx: Ctx, a: number): boolean {
  const { t } = ctx;
  if (a + 1 >= t.count || t.kind[a + 1] !== Kind.Word || t.flags[a + 1] & (Flag.Cap | Flag.NewLine)) return false;
  const w = lowerForm(ctx, a);
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && COMMON_WORDS.has(w) && !PLURAL_NAME_PARTS.has(w);
}
/**
 * Row claim.sentence.words.plural-opens-folds: token `i` is a one-letter initial with its stop after
 * a capitalised word ("Malcolm X.", "Michael J.") and a sentence opener or an opening plural follows:
 * the initial ends the sentence.
 */
function initialEndsSentence(ctx: Ctx, i: number): boolean {
  const { t } = ctx;
  if (i < 1 || i + 1 >= t.count || t.end[i] - t.start[i] !== 2 || !(t.flags[i] & Flag.Dotted)) return false;
  if (!(t.flags[i] & Flag.Cap) || t.kind[i - 1] !== Kind.Word || !(t.flags[i - 1] & Flag.Cap)) return false;
  const n = i + 1;
  if (t.kind[n] !== Kind.Word || !(t.flags[n] & Flag.Cap) || t.flags[n] & (Flag.NewLine | Flag.Dotted)) return false;
  const w = lowerForm(ctx, n);
  return (SENTENCE_OPENERS.has(w) && w !== 'a' && w !== 'i') || pluralOpens(ctx, n);
}
/** Token `a`, a capitalised word that opens no sentence, follows a title ("Mr.", "Dr.", "Gov."). */
function titleGoesOn(ctx: Ctx, a: number): boolean {
  const { t } = ctx;
  if (a < 1 || t.kind[a] !== Kind.Word || !(t.flags[a] & Flag.Cap)) return false;
  return TITLE_STOPS.has(lowerForm(ctx, a - 1)) && !SENTENCE_OPENERS.has(lowerForm(ctx, a));
}
const TAG_VERB_FORMS: ReadonlySet<string> = new Set(TAG_AFTER_MARK.value.verbs.flatMap(verbForms));
const TAG_PRONOUNS: ReadonlySet<string> = new Set(['i', 'he', 'she', 'we', 'they', 'you']);
/**
 * Row claim.sentence.tag-after-mark: the segment at tokens a…b, on the line of a quotation that
 * closed after "?", "!", "…" or a dash, is that quotation's tag — it opens with a lowercase word
 * ("asked Rampersaud Singh"), or with a subject pronoun or up to four capitalised words and then
 * a verb of saying or crying out ("Mayor Tom Reyes asked", "I say").
 */
function tagAfterMark(ctx: Ctx, qm: QuoteMap, a: number, b: number): boolean {
  const { t } = ctx;
  if (a < 2 || a >= b || t.flags[a] & Flag.NewLine || t.kind[a] !== Kind.Word) return false;
  let c = a - 1;
  if (qm.role[c] === QRole.MarkTail) c--;
  if (qm.role[c] !== QRole.Close || c < 1) return false;
  const m = ctx.text.charCodeAt(t.end[c - 1] - 1);
  if (m !== 63 && m !== 33 && m !== 0x2026 && m !== 0x2014) return false;
  if (!(t.flags[a] & Flag.Cap)) return true;
  const first = lowerForm(ctx, a);
  if (SENTENCE_OPENERS.has(first) && !TAG_PRONOUNS.has(first)) return false;
  let v = a;
  while (v < b && v - a < TAG_AFTER_MARK.value.maxSubjectWords && t.kind[v] === Kind.Word && t.flags[v] & Flag.Cap) v++;
  if (TAG_PRONOUNS.has(first) && v > a + 1) return false;
  return v < b && t.kind[v] === Kind.Word && !(t.flags[v] & Flag.Cap) && TAG_VERB_FORMS.has(lowerForm(ctx, v));
}
/** At module level, not a closure per call: a closure costs an allocation (and a defineProperty under tsx). */
const lowerForm = (ctx: Ctx, i: number) => ctx.forms[ctx.form[i]].toLowerCase();
const INITIALS: ReadonlySet<string> = new Set(CLAIM_SENTENCE_WORDS.value.initials);
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(CLAIM_SENTENCE_WORDS.value.openers);
const TITLE_STOPS: ReadonlySet<string> = new Set(CLAIM_SENTENCE_WORDS.value.titles);

const OPENERS: ReadonlySet<string> = new Set(CLAIM_SENTENCE_WORDS.value.timeOpeners);
/** "‘No. I've …": row claim.sentence.answer-no. */
const ANSWER_NO_FORMS: ReadonlySet<string> = new Set(ANSWER_NO.value.forms);

/**
 * The token after a wire dateline opening tokens a…b ("WARSAW, March 4 (Reuters) -", "GRANTS
 * PASS, Ore. —", "(Reuters) -"): a word in capitals or a bracket first, then capitalised words,
 * numbers, commas, brackets and abbreviation dots up to a dash with words after it. `a` when
 * there is none; the capitals keep a paragraph opening "Tom Reyes — who …" whole.
 */
export function datelineEnd(ctx: Ctx, a: number, b: number): number {
  if (!(ctx.t.flags[a] & Flag.AllCaps) && ctx.text.charCodeAt(ctx.t.start[a]) !== 40) return a;
  return pastDateline(ctx, a, b - 1);
}

/**
 * The token after a wire dateline that opens at token `a` and ends before `limit`: capitalised
 * words, numbers, commas, brackets and abbreviation dots up to a dash with words after it. `a`
 * when there is none.
 */
export function pastDateline(ctx: Ctx, a: number, limit: number): number {
  const { t } = ctx;
  for (let d = a; d < limit && d - a < 12; d++) {
    const k = t.kind[d];
    if (k === Kind.Punct) {
      const c = ctx.text.charCodeAt(t.start[d]);
      if ((c === 0x2014 || c === 0x2013 || c === 45) && d > a) return d + 1;
      if (c === 40 || c === 41 || c === 44 || c === 46) continue;
      return a;
    }
    if (k === Kind.Num && d > a) continue;
    if (k !== Kind.Word || !(t.flags[d] & Flag.Cap)) return a;
  }
  return a;
}

export function claimSentences(ctx: Ctx, qm: QuoteMap): ClaimSentences {
  // Each loop in a function of its own that returns right after it (fresh-arrays.ts, "a hot
  // loop's function"), this one with none.
  const cols = sentenceColumns(ctx, qm);
  const { count, first, last } = cols;
  const of = new Int32Array(ctx.t.count);
  markSentenceOf(of, first, last, count);
  // Views of the first `count` rows: no copy.
  return new ClaimSentenceSpans(
    count,
    first.subarray(0, count),
    last.subarray(0, count),
    cols.lineStart.subarray(0, count),
    cols.headline.subarray(0, count),
    of,
  );
}

/** Per token: the number of the claim sentence it is in. */
function markSentenceOf(of: Int32Array, first: Int32Array, last: Int32Array, count: number): void {
  for (let k = 0; k < count; k++) for (let i = first[k]; i < last[k]; i++) of[i] = k;
}

/** The claim sentences as columns: the engine's sentences, joined and split as described above. */
function sentenceColumns(ctx: Ctx, qm: QuoteMap): SentenceColumns {
  const { t, s } = ctx;
  // Sized to the engine's sentences: a split adds one, and they rarely outnumber them.
  const cols = new SentenceColumns(s.count + (s.count >> 3));
  for (let k = 0; k < s.count; k++) {
    let a = s.first[k];
    const b = s.last[k];
    const n = cols.count,
      last = cols.last;
    if (n > 0 && !(t.flags[a] & Flag.NewLine) && last[n - 1] === a) {
      // Closing marks the segmenter left at the start of this sentence end the previous one.
      while (a < b && (qm.role[a] === QRole.Close || qm.role[a] === QRole.MarkTail) && !(t.flags[a] & Flag.NewLine))
        a++;
      if (a > s.first[k]) {
        last[n - 1] = a;
        const lowerNext =
          a < b &&
          ((t.kind[a] === Kind.Word && !(t.flags[a] & Flag.Cap)) ||
            (t.kind[a] === Kind.Punct && /[,;]/.test(ctx.text[t.start[a]])));
        if (lowerNext || a >= b) {
          last[n - 1] = b;
          continue;
        }
      }
    }
    // '"Why should the town pay?" Mayor Tom Reyes asked.': the tag after a closing "?" or "!"
    // belongs to the quotation (row claim.sentence.tag-after-mark).
    if (n > 0 && last[n - 1] === a && tagAfterMark(ctx, qm, a, b)) {
      last[n - 1] = b;
      continue;
    }
    // "…, the U.S. Food and Drug Administration said …": the segmenter ended a sentence at a
    // country's initials after "the"; a capitalised name word after them continues it. So does a
    // surname that is also a common word after a title ("said Mr. Brown called her").
    if (
      n > 0 &&
      a === s.first[k] &&
      last[n - 1] === a &&
      !(t.flags[a] & Flag.NewLine) &&
      (initialsGoOn(ctx, a) || titleGoesOn(ctx, a))
    ) {
      last[n - 1] = b;
      continue;
    }
    // "…, said he would vote no. "I love teachers," Becker said.": the segmenter read "no." as
    // the abbreviation of "number"; before a quotation or a capitalised word it ends the sentence.
    let lineStart = s.lineStart[k];
    const headline = ctx.headline[k] && !endsWithDot(ctx, a, b) ? ctx.headline[k] : 0;
    for (let i = a + 1; i < b - 1; i++)
      if (noEndsSentence(ctx, i, qm) || initialEndsSentence(ctx, i)) {
        cols.push(a, i + 1, lineStart, headline);
        a = i + 1;
        lineStart = 0;
      }
    // "WARSAW, March 4 (Reuters) - Polish …": a dateline the segmenter left at the start of the
    // lead sentence (its window has no numbers) is a sentence of its own here, so the lead claim
    // neither starts with it nor takes the place for its subject.
    const d = lineStart && !headline ? datelineEnd(ctx, a, b) : a;
    if (d > a) {
      cols.push(a, d, lineStart, 0);
      a = d;
      lineStart = 0;
    }
    cols.push(a, b, lineStart, headline);
  }
  return cols;
}

/** The claim detector's sentences; a constructor, not an object literal, as for `Quotations`. */
class ClaimSentenceSpans implements ClaimSentences {
  constructor(
    public count: number,
    public first: Int32Array,
    public last: Int32Array,
    public lineStart: Uint8Array,
    public headline: Uint8Array,
    public of: Int32Array,
  ) {}
}
