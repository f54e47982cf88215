/**
 * Reduces a web page to its article (readable-text.ts: Readability, then one block per line),
 * sanitizing the article with DOMPurify before its text is read. Parsing uses DOMParser, which
 * builds an inert document: no script runs and no resource loads while we read it. The reader
 * renders only the resulting text, never this HTML.
 */
import DOMPurify from 'dompurify';
import { readableArticle, type ExtractedArticle } from './readable-text';

export type { ExtractedArticle };

export function htmlToArticle(html: string, baseUrl?: string): ExtractedArticle {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (baseUrl) {
    const base = doc.createElement('base');
    base.href = baseUrl;
    doc.head.append(base);
  }
  return readableArticle(doc, (root) =>
    DOMPurify.sanitize(root, { RETURN_DOM_FRAGMENT: true, FORBID_TAGS: ['style', 'form', 'svg', 'math'] }),
  );
}
