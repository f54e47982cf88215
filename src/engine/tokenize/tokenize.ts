/**
 * Single-pass tokenizer. Tokens live in parallel typed arrays (no per-token objects) so a 1 MB
 * article costs a few hundred KB of memory. Words keep internal hyphens, apostrophes before a
 * letter ("O'Brien", "haven't") and dotted abbreviations ("U.S.", "D.C.", initials "L."); a
 * possessive ending ("’s", plural "s’") becomes its own POSS token so names never include it.
 * Quote marks are classified as opening or closing from their neighbours.
 */
import { CLOSE_DQ, OPEN_DQ, isApos, isDigit, isHyphen, isLetter, isSpace, isUpper } from './chars';
import { STATE_ABBREVIATIONS } from '../lexicon/words';

export const enum Kind {
  Word = 1,
  Num = 2,
  Punct = 3,
  QOpen = 4,
  QClose = 5,
  Poss = 6,
}

/** Token flag bits. */
export const enum Flag {
  Cap = 1,
  AllCaps = 2,
  NewLine = 4,
  BlankLine = 8,
  Space = 16,
  Dotted = 32,
}

export interface Tokens {
  text: string;
  count: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
}

/** Abbreviations that keep their period (the period does not end a sentence by itself). */
const ABBREV = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'prof',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'vs',
  'etc',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'rev',
  'maj',
  'adm',
  'cmdr',
  'supt',
  'det',
  'mt',
  'ft',
  'approx',
  'dept',
  'univ',
  'est',
  'fig',
  'vol',
  'ave',
  'blvd',
  'messrs',
  'hon',
]);

/** Lowercasing never shortens a string, so a longer word cannot be one of ABBREV: no slice needed. */
const ABBREV_MAX = Math.max(...[...ABBREV].map((w) => w.length));

/** The previous non-space character is a comma ("Portland, Ore."). */
function afterComma(text: string, s: number): boolean {
  let p = s - 1;
  while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0xa0)) p--;
  return p >= 0 && text.charCodeAt(p) === 44;
}

/**
 * The growing token arrays and the whitespace seen since the last token. A class rather than a
 * closure over the tokenizer's variables: a closure made per document is a new call target for
 * the optimised loop each time, which throws that code away.
 */
class TokenArrays {
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  count = 0;
  /** Line breaks and spaces since the last token (they become its flags). */
  nlPending = 0;
  spacePending = false;
  constructor(cap: number) {
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.kind = new Uint8Array(cap);
    this.flags = new Uint8Array(cap);
  }
  push(s: number, e: number, k: number, f: number): void {
    if (this.count === this.start.length) this.grow();
    if (this.nlPending > 0) f |= Flag.NewLine;
    if (this.nlPending > 1) f |= Flag.BlankLine;
    if (this.spacePending) f |= Flag.Space;
    const i = this.count++;
    this.start[i] = s;
    this.end[i] = e;
    this.kind[i] = k;
    this.flags[i] = f;
    this.nlPending = 0;
    this.spacePending = false;
  }
  private grow(): void {
    const cap = this.start.length * 2;
    const ns = new Int32Array(cap);
    ns.set(this.start);
    this.start = ns;
    const ne = new Int32Array(cap);
    ne.set(this.end);
    this.end = ne;
    const nk = new Uint8Array(cap);
    nk.set(this.kind);
    this.kind = nk;
    const nf = new Uint8Array(cap);
    nf.set(this.flags);
    this.flags = nf;
  }
}

/**
 * A document's tokens. Made by a constructor, not an object literal: the second time a literal
 * runs, V8 builds its boilerplate and marks the fields mutable, and every optimised function that
 * had read `t.start`, `t.kind`, … as constant fields is thrown away — 121 functions at the start
 * of the second analysis, all compiled again inside the bench's timed runs.
 */
class TokenColumns implements Tokens {
  text: string;
  count: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  constructor(text: string, count: number, start: Int32Array, end: Int32Array, kind: Uint8Array, flags: Uint8Array) {
    this.text = text;
    this.count = count;
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.flags = flags;
  }
}

export function tokenize(text: string): Tokens {
  const n = text.length;
  const out = new TokenArrays(Math.max(16, (n >> 2) + 16));
  let singleOpen = false; // an opening ‘ or ' is waiting for its close
  let dqOpen = false; // a straight " is open

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10) {
        out.nlPending++;
        singleOpen = false;
        dqOpen = false;
      }
      out.spacePending = true;
      i++;
      continue;
    }
    if (isLetter(c)) {
      const s = i;
      const upper = isUpper(c);
      let allCaps = upper,
        dotted = false;
      i++;
      for (;;) {
        if (i >= n) break;
        const d = text.charCodeAt(i);
        if (isLetter(d) || isDigit(d)) {
          if (allCaps && !isUpper(d) && !isDigit(d)) allCaps = false;
          i++;
          continue;
        }
        const nx = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (isHyphen(d) && (isLetter(nx) || isDigit(nx))) {
          i++;
          continue;
        }
        if (isApos(d) && isLetter(nx)) {
          // "’s" / "’" at the end of a word is a possessive, not part of the name.
          const nn = i + 2 < n ? text.charCodeAt(i + 2) : 0;
          if ((nx === 115 || nx === 83) && !isLetter(nn)) break;
          i++;
          continue;
        }
        // A web domain is one name ("Amazon.com", "Booking.com").
        if (d === 46 && (nx === 99 || nx === 110 || nx === 111 || nx === 105)) {
          const tld = /^(com|net|org|io)(?![\p{L}\p{N}])/u.exec(text.slice(i + 1, i + 5));
          if (tld) {
            i += 1 + tld[1].length;
            continue;
          }
        }
        if (
          d === 46 &&
          isLetter(nx) &&
          i - s <= 2 &&
          (i + 2 >= n || text.charCodeAt(i + 2) === 46 || !isLetter(text.charCodeAt(i + 2)))
        ) {
          // Dotted abbreviation: U.S., D.C., e.g.
          dotted = true;
          i++;
          continue;
        }
        break;
      }
      // A trailing period belongs to dotted abbreviations, initials and known abbreviations.
      if (i < n && text.charCodeAt(i) === 46) {
        const len = i - s;
        if (
          dotted ||
          (len === 1 && upper) ||
          (len <= ABBREV_MAX && ABBREV.has(text.slice(s, i).toLowerCase())) ||
          (upper && afterComma(text, s) && STATE_ABBREVIATIONS.has(text.slice(s, i).toLowerCase()))
        ) {
          i++;
          dotted = true;
        }
      }
      let f = 0;
      if (upper) f |= Flag.Cap;
      if (allCaps && i - s > 1) f |= Flag.AllCaps;
      if (dotted) f |= Flag.Dotted;
      out.push(s, i, Kind.Word, f);
      // Possessive ending.
      if (i < n && isApos(text.charCodeAt(i))) {
        const nx = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        const nn = i + 2 < n ? text.charCodeAt(i + 2) : 0;
        if ((nx === 115 || nx === 83) && !isLetter(nn)) {
          out.push(i, i + 2, Kind.Poss, 0);
          i += 2;
        } else if (!singleOpen && !isLetter(nx) && text.charCodeAt(i - 1) === 115) {
          out.push(i, i + 1, Kind.Poss, 0);
          i += 1;
        }
      }
      continue;
    }
    if (isDigit(c)) {
      const s = i;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d) || isLetter(d)) {
          i++;
          continue;
        }
        if ((d === 44 || d === 46 || d === 58) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
          i++;
          continue;
        }
        break;
      }
      out.push(s, i, Kind.Num, 0);
      continue;
    }
    // Quote marks.
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
    if (OPEN_DQ.has(c)) {
      out.push(i, i + 1, Kind.QOpen, 0);
      i++;
      continue;
    }
    if (CLOSE_DQ.has(c)) {
      out.push(i, i + 1, Kind.QClose, 0);
      i++;
      continue;
    }
    if (c === 34) {
      const looksClose =
        i > 0 &&
        !isSpace(prev) &&
        (isSpace(next) ||
          next === 44 ||
          next === 46 ||
          next === 59 ||
          next === 58 ||
          next === 33 ||
          next === 63 ||
          next === 41 ||
          i + 1 >= n);
      const looksOpen =
        (i === 0 ||
          isSpace(prev) ||
          prev === 40 ||
          prev === 91 ||
          prev === 8212 ||
          prev === 8211 ||
          prev === 58 ||
          prev === 45) &&
        !isSpace(next);
      const opening: boolean = looksOpen && !looksClose ? true : looksClose && !looksOpen ? false : !dqOpen;
      dqOpen = opening;
      out.push(i, i + 1, opening ? Kind.QOpen : Kind.QClose, 0);
      i++;
      continue;
    }
    if (c === 0x2018 || (isApos(c) && !isLetter(prev) && isLetter(next))) {
      singleOpen = true;
      out.push(i, i + 1, Kind.QOpen, 0);
      i++;
      continue;
    }
    if (isApos(c) && singleOpen) {
      singleOpen = false;
      out.push(i, i + 1, Kind.QClose, 0);
      i++;
      continue;
    }
    // Other punctuation: one token per character, runs of the same mark ("...", "--") merged.
    const s = i;
    i++;
    if (c === 46 || c === 45 || c === 33 || c === 63) while (i < n && text.charCodeAt(i) === c) i++;
    // Surrogate pairs (emoji) stay together.
    if (c >= 0xd800 && c < 0xdc00 && i < n) i++;
    out.push(s, i, Kind.Punct, 0);
  }
  const count = out.count;
  return new TokenColumns(
    text,
    count,
    out.start.subarray(0, count),
    out.end.subarray(0, count),
    out.kind.subarray(0, count),
    out.flags.subarray(0, count),
  );
}

export function tokenText(t: Tokens, i: number): string {
  return t.text.slice(t.start[i], t.end[i]);
}
