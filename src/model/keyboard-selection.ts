/**
 * Selecting text without a mouse: the reader's selection mode moves by sentence and extends by
 * word or sentence. Pure offset arithmetic over the sentence list, so every step is unit-tested;
 * the DOM side only turns the result into a visible Selection.
 */
import { trimQuoteMarks } from './trim-quotes';

export interface Span {
  start: number;
  end: number;
}

/** Index of the sentence containing (or first after) the offset. */
export function sentenceIndexAt(sentences: readonly Span[], offset: number): number {
  const i = sentences.findIndex((s) => offset < s.end);
  return i < 0 ? sentences.length - 1 : i;
}

const isWordChar = (c: string) => /[\p{L}\p{N}'’-]/u.test(c);

/** The next word end after `from` (dir 1) or the previous word end before it (dir -1). */
export function wordBoundary(text: string, from: number, dir: 1 | -1): number {
  let i = from;
  if (dir === 1) {
    while (i < text.length && !isWordChar(text[i])) i++;
    while (i < text.length && isWordChar(text[i])) i++;
    // Keep closing punctuation with the word it ends.
    while (i < text.length && /[.,;:!?”’")\]]/.test(text[i])) i++;
    return i;
  }
  while (i > 0 && !isWordChar(text[i - 1])) i--;
  while (i > 0 && isWordChar(text[i - 1])) i--;
  while (i > 0 && /[\s“‘"([]/.test(text[i - 1])) i--;
  return i;
}

export type SelectionStep =
  'next-sentence' | 'prev-sentence' | 'extend-word' | 'shrink-word' | 'extend-sentence' | 'shrink-sentence';

/** Applies one step; the selection never becomes empty or leaves the text. */
export function stepSelection(text: string, sentences: readonly Span[], sel: Span, step: SelectionStep): Span {
  if (!sentences.length) return sel;
  const first = sentenceIndexAt(sentences, sel.start);
  const last = sentenceIndexAt(sentences, Math.max(sel.start, sel.end - 1));
  switch (step) {
    case 'next-sentence':
      return { ...sentences[Math.min(last + 1, sentences.length - 1)] };
    case 'prev-sentence':
      return { ...sentences[Math.max(first - 1, 0)] };
    case 'extend-word':
      return { start: sel.start, end: Math.min(text.length, wordBoundary(text, sel.end, 1)) };
    case 'shrink-word': {
      const end = wordBoundary(text, sel.end, -1);
      return end > sel.start ? { start: sel.start, end } : sel;
    }
    case 'extend-sentence':
      return { start: sel.start, end: sentences[Math.min(last + 1, sentences.length - 1)].end };
    case 'shrink-sentence': {
      const end = last > first ? sentences[last - 1].end : sel.end;
      return { start: sel.start, end };
    }
  }
}

/**
 * Widens a selection that starts or ends inside a word to the whole word, as readers expect of
 * highlighting (a drag rarely lands exactly on a word's edge). Whitespace at either end is dropped,
 * and so are quotation marks that are not the passage's own (trim-quotes.ts): a word snapped out
 * over the ’ that closes a quoted heading no longer takes it.
 */
export function snapToWords(text: string, sel: Span): Span {
  let { start, end } = sel;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  while (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) start--;
  while (end < text.length && isWordChar(text[end]) && isWordChar(text[end - 1])) end++;
  return start < end ? trimQuoteMarks(text, { start, end }) : sel;
}
