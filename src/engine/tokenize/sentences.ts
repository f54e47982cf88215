/**
 * Sentence and line segmentation over the token arrays. A line break always ends a sentence
 * (news text puts headlines, datelines and paragraphs on their own lines); ". ! ?" end one
 * unless the next word is lowercase ("“Why?” he asked"). Dotted abbreviations ("U.S.") end a
 * sentence only when a common sentence opener follows ("… in the U.S. The team …").
 */
import { COMMON_WORDS, ORG_LEAD, ORG_TAIL, TITLES } from '../lexicon/words';
import { PLATFORM_LETTER_ENDS } from '../lexicon/claims-51';
import { PLATFORM_COMMON_WORD } from '../lexicon/claims-52';
import { Flag, Kind, tokenize, type Tokens } from './tokenize';
import type { TextSpan } from '../types';

export interface Sentences {
  count: number;
  /** First token of each sentence. */
  first: Int32Array;
  /** One past the last token of each sentence. */
  last: Int32Array;
  /** Sentence index of each token. */
  of: Int32Array;
  /** Sentence starts a new line (paragraph, headline, dateline). */
  lineStart: Uint8Array;
}

/** Organisation heads after "U.S." continue a name ("the U.S. Centers for Disease Control"). */
const ORG_HEADS = new Set<string>();
for (const w of [...ORG_LEAD, ...ORG_TAIL]) {
  ORG_HEADS.add(w);
  ORG_HEADS.add(w + 's');
  ORG_HEADS.add(w.replace(/y$/, 'ies'));
}
const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
]);

const PLATFORM_BEFORE: ReadonlySet<string> = new Set(PLATFORM_LETTER_ENDS.value.before);
const PLATFORM_OPENERS: ReadonlySet<string> = new Set(PLATFORM_LETTER_ENDS.value.openers);
/**
 * Row sentence.platform-letter-ends: "wrote on X. The …" — a capital letter and its full stop
 * (token `i`, read as an initial) after a lowercase "on"/"to"/"via", before a common opener.
 */
function platformLetterEnds(t: Tokens, i: number): boolean {
  if (i === 0 || i + 1 >= t.count || t.end[i] - t.start[i] !== 2 || !(t.flags[i] & Flag.Dotted)) return false;
  if (t.kind[i - 1] !== Kind.Word || t.flags[i - 1] & Flag.Cap || t.flags[i + 1] & Flag.NewLine) return false;
  if (!PLATFORM_BEFORE.has(t.text.slice(t.start[i - 1], t.end[i - 1]))) return false;
  if (!(t.flags[i + 1] & Flag.Cap)) return false;
  const next = t.text.slice(t.start[i + 1], t.end[i + 1]).toLowerCase();
  if (PLATFORM_OPENERS.has(next)) return true;
  // "posted on X. Police said …": any common word but a title, not only the openers (row
  // sentence.platform-letter-ends.common-word).
  // "to A. Black" may be a name: only after "on" and "via".
  const before = t.text.slice(t.start[i - 1], t.end[i - 1]);
  return (
    PLATFORM_COMMON_WORD.value.includes(before) &&
    COMMON_WORDS.has(next) &&
    !TITLES.has(next) &&
    !(t.flags[i + 1] & Flag.Dotted)
  );
}

const isTerminal = (t: Tokens, i: number): boolean => {
  if (t.kind[i] !== Kind.Punct) return false;
  const c = t.text.charCodeAt(t.start[i]);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
};

/**
 * A full stop written between two digits with no space ("N3.1bn", "R2.5m", "v1.2"): a decimal point
 * the tokenizer left apart because a letter opens the figure; it ends no sentence.
 */
function gluedDecimalPoint(t: Tokens, i: number): boolean {
  if (i === 0 || i + 1 >= t.count || t.text.charCodeAt(t.start[i]) !== 46) return false;
  if (t.end[i - 1] !== t.start[i] || t.start[i + 1] !== t.end[i]) return false;
  return isDigit(t.text.charCodeAt(t.start[i] - 1)) && isDigit(t.text.charCodeAt(t.end[i]));
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** If a dateline starts at token `i`, the index just after its dash; otherwise 0. */
function datelineEnd(t: Tokens, i: number): number {
  const c0 = t.text.charCodeAt(t.start[i]);
  if (!(t.flags[i] & Flag.AllCaps) && c0 !== 40) return 0;
  for (let j = i; j < t.count && j < i + 9; j++) {
    if (j > i && t.flags[j] & Flag.NewLine) return 0;
    const k = t.kind[j];
    if (k === Kind.Punct) {
      const c = t.text.charCodeAt(t.start[j]);
      if ((c === 0x2014 || c === 0x2013 || c === 45) && j > i)
        return j + 1 < t.count && !(t.flags[j + 1] & Flag.NewLine) ? j + 1 : 0;
      if (c === 44 || c === 40 || c === 41 || c === 46) continue;
      return 0;
    }
    if (k !== Kind.Word || !(t.flags[j] & Flag.Cap)) return 0;
  }
  return 0;
}

/**
 * Sentence bounds as they are found: columns in typed arrays that double when full, read in place
 * through `subarray` views. Arrays grown by push and then copied into typed arrays (here and in
 * the claims' sentences) were about 1.5 MB of garbage per analysis of a 1 MB text.
 */
export class SentenceColumns {
  count = 0;
  first: Int32Array;
  last: Int32Array;
  lineStart: Uint8Array;
  headline: Uint8Array;
  constructor(size: number) {
    const n = Math.max(16, size);
    this.first = new Int32Array(n);
    this.last = new Int32Array(n);
    this.lineStart = new Uint8Array(n);
    this.headline = new Uint8Array(n);
  }

  push(first: number, last: number, lineStart: number, headline: number): void {
    const k = this.count;
    if (k === this.first.length) this.grow();
    this.first[k] = first;
    this.last[k] = last;
    this.lineStart[k] = lineStart;
    this.headline[k] = headline;
    this.count++;
  }

  private grow(): void {
    const n = this.first.length * 2;
    const first = new Int32Array(n),
      last = new Int32Array(n),
      lineStart = new Uint8Array(n),
      headline = new Uint8Array(n);
    first.set(this.first);
    last.set(this.last);
    lineStart.set(this.lineStart);
    headline.set(this.headline);
    this.first = first;
    this.last = last;
    this.lineStart = lineStart;
    this.headline = headline;
  }
}

/**
 * The sentences found so far. A class rather than a closure: a closure made per document is a
 * new call target for the optimised loop each time, which throws that code away.
 */
class SentenceList {
  constructor(readonly cols: SentenceColumns) {}
  /** Where the open sentence starts. */
  s = 0;
  /** Ends the open sentence before token e (nothing when it is empty). */
  close(e: number, newLine: boolean): void {
    if (e > this.s) this.cols.push(this.s, e, newLine ? 1 : 0, 0);
    this.s = e;
  }
}

export function segment(t: Tokens): Sentences {
  const of = new Int32Array(t.count);
  // News sentences average 20–30 tokens: the columns rarely grow.
  const out = new SentenceList(new SentenceColumns(t.count >> 4));
  let pendingLine = true;
  for (let i = 0; i < t.count; i++) {
    if (t.flags[i] & Flag.NewLine) {
      if (i > out.s) out.close(i, pendingLine);
      pendingLine = true;
    }
    if (i === out.s && pendingLine) {
      // A dateline ("WASHINGTON (AP) —", "(Reuters) -", "PORTLAND, Ore. —") is its own segment,
      // so the lead sentence after it starts cleanly.
      const d = datelineEnd(t, i);
      if (d > 0) {
        out.close(d, true);
        pendingLine = false;
        i = d - 1;
        continue;
      }
    }
    let endHere = false;
    if (isTerminal(t, i)) endHere = !gluedDecimalPoint(t, i);
    else if (platformLetterEnds(t, i)) endHere = true;
    else if (
      t.flags[i] & Flag.Dotted &&
      t.end[i] - t.start[i] > 2 &&
      i + 1 < t.count &&
      t.flags[i + 1] & Flag.Cap &&
      !(t.flags[i + 1] & Flag.NewLine)
    ) {
      const nx = t.text.slice(t.start[i + 1], t.end[i + 1]).toLowerCase();
      if (
        COMMON_WORDS.has(nx) &&
        !TITLES.has(nx) &&
        (i + 2 >= t.count || !(t.flags[i + 2] & Flag.Cap)) &&
        (SENTENCE_OPENERS.has(nx) || !ORG_HEADS.has(nx))
      )
        endHere = true;
    }
    if (!endHere) continue;
    // Swallow closing quotes and brackets that follow the terminal mark.
    let j = i + 1;
    while (
      j < t.count &&
      !(t.flags[j] & Flag.NewLine) &&
      (t.kind[j] === Kind.QClose ||
        (t.kind[j] === Kind.Punct &&
          (t.text.charCodeAt(t.start[j]) === 41 || t.text.charCodeAt(t.start[j]) === 93 || isTerminal(t, j))))
    )
      j++;
    if (j < t.count && !(t.flags[j] & Flag.NewLine)) {
      // Lowercase continuation or a comma: the sentence goes on.
      const k = t.kind[j];
      if (k === Kind.Word && !(t.flags[j] & Flag.Cap)) {
        i = j - 1;
        continue;
      }
      if (k === Kind.Punct) {
        const c = t.text.charCodeAt(t.start[j]);
        if (c === 44 || c === 59 || c === 58) {
          i = j - 1;
          continue;
        }
      }
    }
    out.close(j, pendingLine);
    pendingLine = false;
    i = j - 1;
  }
  out.close(t.count, pendingLine);
  const { count, first, last, lineStart } = out.cols;
  for (let k = 0; k < count; k++) for (let i = first[k]; i < last[k]; i++) of[i] = k;
  return new SentenceSpans(count, first.subarray(0, count), last.subarray(0, count), of, lineStart.subarray(0, count));
}

/**
 * A document's sentences, made by a constructor rather than an object literal: the second time a
 * literal runs, V8 marks its fields mutable and throws away the optimised code that read them
 * (as tokenize.ts's TokenColumns explains).
 */
class SentenceSpans implements Sentences {
  count: number;
  first: Int32Array;
  last: Int32Array;
  of: Int32Array;
  lineStart: Uint8Array;
  constructor(count: number, first: Int32Array, last: Int32Array, of: Int32Array, lineStart: Uint8Array) {
    this.count = count;
    this.first = first;
    this.last = last;
    this.of = of;
    this.lineStart = lineStart;
  }
}

/** Sentence spans of a text (for the UI: highlighting, navigation). */
export function splitSentences(text: string): TextSpan[] {
  const t = tokenize(text);
  const s = segment(t);
  const out: TextSpan[] = [];
  for (let k = 0; k < s.count; k++) {
    const a = t.start[s.first[k]],
      b = t.end[s.last[k] - 1];
    out.push({ start: a, end: b, text: text.slice(a, b) });
  }
  return out;
}
