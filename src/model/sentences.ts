/**
 * Sentence spans for the reader's keyboard selection, from the platform's own segmenter
 * (Intl.Segmenter: in every current browser and in Node), so the reader's main bundle does not
 * carry the analysis engine's tokenizer. Lines are kept apart: a heading is never joined to the
 * paragraph after it.
 */
export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * The sentences of a text, segmented a line (a paragraph) at a time and only when the keyboard
 * selection reaches that line. Intl.Segmenter makes ~1.4 KB of objects per sentence: segmenting a
 * whole 1 MB article was ~14 MB of garbage while it opened (and 50 ms or more of work), for a mode
 * most readers never start. Each line's sentences are kept once found.
 */
export class SentenceIndex {
  private readonly segmenter: Intl.Segmenter;
  /** Each segmented line's sentences, by the offset where the line starts. */
  private readonly lines = new Map<number, SentenceSpan[]>();
  private segmented = 0;

  constructor(
    private readonly text: string,
    locale = 'en',
  ) {
    this.segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  }

  /** How many characters have been segmented so far (what the laziness saves, for tests). */
  get segmentedChars(): number {
    return this.segmented;
  }

  /**
   * The sentences around `start`..`end`, in order: those of every line the span touches, with at
   * least two sentences before `start` and two ending after `end` taken from the lines beyond
   * (fewer where the text has none). A contiguous run of the text's whole sentence list, wide
   * enough that finding the sentence at either end and stepping one sentence out from it gives
   * what the whole list would (`stepSelection`, `sentenceIndexAt`).
   */
  around(start: number, end = start): SentenceSpan[] {
    const from = Math.min(Math.max(0, start), this.text.length);
    const to = Math.min(Math.max(from, end - 1), this.text.length);
    const out: SentenceSpan[] = [];
    let line = this.lineStart(from);
    for (;;) {
      out.push(...this.lineSpans(line));
      const next = this.lineEnd(line) + 1;
      if (next > this.text.length) break;
      if (next > to && endingAfter(out, to) >= 2) break;
      line = next;
    }
    const before: SentenceSpan[] = [];
    let back = this.lineStart(from);
    while (back > 0 && endingBy(before, from) + endingBy(out, from) < 2) {
      back = this.lineStart(back - 1);
      before.unshift(...this.lineSpans(back));
    }
    return before.length ? before.concat(out) : out;
  }

  /** Every sentence of the text (segments all of it). */
  all(): SentenceSpan[] {
    const out: SentenceSpan[] = [];
    for (let line = 0; line <= this.text.length; line = this.lineEnd(line) + 1) out.push(...this.lineSpans(line));
    return out;
  }

  private lineStart(offset: number): number {
    return offset <= 0 ? 0 : this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  private lineEnd(start: number): number {
    const nl = this.text.indexOf('\n', start);
    return nl < 0 ? this.text.length : nl;
  }

  private lineSpans(start: number): SentenceSpan[] {
    const known = this.lines.get(start);
    if (known) return known;
    const end = this.lineEnd(start);
    const spans: SentenceSpan[] = [];
    const line = this.text.slice(start, end);
    this.segmented += line.length;
    for (const s of this.segmenter.segment(line)) {
      const lead = s.segment.length - s.segment.trimStart().length;
      const body = s.segment.trim();
      if (body) spans.push({ start: start + s.index + lead, end: start + s.index + lead + body.length });
    }
    this.lines.set(start, spans);
    return spans;
  }
}

/** How many of `spans` end after `offset`. */
function endingAfter(spans: readonly SentenceSpan[], offset: number): number {
  let n = 0;
  for (let i = spans.length - 1; i >= 0 && spans[i].end > offset; i--) n++;
  return n;
}

/** How many of `spans` end at or before `offset` (they are in order). */
function endingBy(spans: readonly SentenceSpan[], offset: number): number {
  let n = 0;
  for (let i = 0; i < spans.length && spans[i].end <= offset; i++) n++;
  return n;
}

export function sentenceSpans(text: string, locale = 'en'): SentenceSpan[] {
  return new SentenceIndex(text, locale).all();
}
