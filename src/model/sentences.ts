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

export function sentenceSpans(text: string, locale = 'en'): SentenceSpan[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const out: SentenceSpan[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    for (const s of segmenter.segment(line)) {
      const lead = s.segment.length - s.segment.trimStart().length;
      const body = s.segment.trim();
      if (body) out.push({ start: lineStart + s.index + lead, end: lineStart + s.index + lead + body.length });
    }
    lineStart += line.length + 1;
  }
  return out;
}
