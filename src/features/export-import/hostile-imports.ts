/**
 * Import files crafted to make importing as costly as the limits allow (issue 14, defect 6 for
 * imports), for the unit test, the end-to-end test and the bench: as many near-miss long quotes
 * as fit in the import size limit, each one letter off its text, so none is found exactly and
 * each would run the fuzzy search over the whole text.
 */
import { contentHash } from '../../lib/content-hash';
import type { Annotation } from '../../model/annotation';
import type { Article } from '../../model/article';
import { serializeBackup } from '../../model/format/backup';
import { serializeW3C } from '../../model/format/w3c';
import { MAX_IMPORT_BYTES } from './detect-import';

const QUOTE_LENGTH = 5_000;
const CREATED = '2026-01-01T00:00:00.000Z';

/** The quote at `start`, one letter changed in its middle, with its real context and offsets. */
function nearMiss(id: string, article: { id: string; text: string }, start: number, length: number): Annotation {
  const exact = article.text.slice(start, start + length);
  const middle = Math.floor(exact.length / 2);
  return {
    id,
    articleId: article.id,
    kind: 'highlight',
    created: CREATED,
    updated: CREATED,
    selectors: [
      {
        type: 'TextQuoteSelector',
        exact: exact.slice(0, middle) + (exact[middle] === 'Z' ? 'Y' : 'Z') + exact.slice(middle + 1),
        prefix: article.text.slice(Math.max(0, start - 32), start),
        suffix: article.text.slice(start + length, start + length + 32),
      },
      { type: 'TextPositionSelector', start, end: start + length },
    ],
    color: 'yellow',
    note: '',
    tags: [],
  };
}

/** How many annotations of about `each` serialized bytes fit under the size limit, with room to spare. */
const fitting = (each: number, reserved: number) => Math.floor((MAX_IMPORT_BYTES * 0.95 - reserved) / each);

/**
 * A backup holding one article of 1,000,000 characters of repetitive prose and as many near-miss
 * 5,000-character highlights on it as fit in the size limit (≈ 3,500).
 */
export function nearMissBackup(): string {
  const unit = 'the quick brown fox jumps over the lazy dog ';
  const text = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
  const article: Article = {
    id: contentHash(text),
    title: 'Crafted',
    origin: { kind: 'paste' },
    addedAt: CREATED,
    text,
  };
  const sample = JSON.stringify(nearMiss('x'.repeat(12), article, 0, QUOTE_LENGTH), null, 2).length;
  const count = fitting(sample + 16, text.length + 1_000);
  const annotations = Array.from({ length: count }, (_, i) =>
    nearMiss(`crafted-${i}`, article, (i * 997) % (text.length - QUOTE_LENGTH), QUOTE_LENGTH),
  );
  return serializeBackup({ exportedAt: CREATED, articles: [article], annotations, labels: {}, corrections: {} });
}

/**
 * W3C annotations for the open article: as many near-miss quotes of it (up to 5,000 characters,
 * or the whole text when shorter) as fit in the size limit. They attach to the open article, so
 * the reader places them too.
 */
export function nearMissW3C(article: Article): string {
  const length = Math.min(QUOTE_LENGTH, Math.max(1, article.text.length - 64));
  const span = Math.max(1, article.text.length - length);
  const one = serializeW3C({ article, annotations: [nearMiss('x'.repeat(12), article, 0, length)] }).length;
  const count = fitting(one, 1_000);
  const annotations = Array.from({ length: count }, (_, i) =>
    nearMiss(`crafted-${i}`, article, (i * 7) % span, length),
  );
  return serializeW3C({ article, annotations });
}
