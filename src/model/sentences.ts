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
 * The sentences of a text, segmented a run of lines at a time: segmenting a 1 MB article takes
 * 50 ms or more, too long for one task while it opens, so the reader advances it in idle slices
 * (`advance`) and only finishes it at once if a key needs every sentence before then (`all`).
 */
export class SentenceIndex {
  private readonly segmenter: Intl.Segmenter;
  private readonly spans: SentenceSpan[] = [];
  private pos = 0;

  constructor(
    private readonly text: string,
    locale = 'en',
  ) {
    this.segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  }

  get done(): boolean {
    return this.pos > this.text.length;
  }

  /** Segments whole lines until about `maxChars` more characters are done; true once finished. */
  advance(maxChars: number): boolean {
    const stop = this.pos + maxChars;
    while (!this.done && this.pos < stop) {
      const nl = this.text.indexOf('\n', this.pos);
      const lineEnd = nl < 0 ? this.text.length : nl;
      const line = this.text.slice(this.pos, lineEnd);
      for (const s of this.segmenter.segment(line)) {
        const lead = s.segment.length - s.segment.trimStart().length;
        const body = s.segment.trim();
        if (body) this.spans.push({ start: this.pos + s.index + lead, end: this.pos + s.index + lead + body.length });
      }
      this.pos = lineEnd + 1;
    }
    return this.done;
  }

  /** Every sentence, segmenting what is left first. */
  all(): readonly SentenceSpan[] {
    this.advance(Infinity);
    return this.spans;
  }
}

export function sentenceSpans(text: string, locale = 'en'): SentenceSpan[] {
  return [...new SentenceIndex(text, locale).all()];
}
