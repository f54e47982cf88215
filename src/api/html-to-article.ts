/**
 * Reduces a web page to its article with Readability, sanitizes what is left with DOMPurify, and
 * flattens it to the reader's plain text (one block per line). Parsing uses DOMParser, which builds
 * an inert document: no script runs and no resource loads while we read it. The reader renders only
 * the resulting text, never this HTML.
 */
import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';

export interface ExtractedArticle {
  title?: string;
  text: string;
  source?: string;
  date?: string;
}

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,dd,dt,td,th';

function blockText(root: ParentNode): string {
  const lines: string[] = [];
  const blocks = root.querySelectorAll(BLOCKS);
  for (const el of blocks) {
    // Nested blocks (a <p> inside a <blockquote>) are read once, by the innermost element.
    if (el.querySelector(BLOCKS)) continue;
    const line = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
  }
  if (lines.length) return lines.join('\n');
  return (root.textContent ?? '')
    .split(/\n\s*\n/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

export function htmlToArticle(html: string, baseUrl?: string): ExtractedArticle {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (baseUrl) {
    const base = doc.createElement('base');
    base.href = baseUrl;
    doc.head.append(base);
  }
  const pageTitle = doc.title?.trim() || undefined;
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  const dirty = parsed?.content ?? doc.body?.innerHTML ?? '';
  const clean = DOMPurify.sanitize(dirty, { RETURN_DOM_FRAGMENT: true, FORBID_TAGS: ['style', 'form', 'svg', 'math'] });
  const text = blockText(clean);
  return {
    title: parsed?.title?.trim() || pageTitle,
    text,
    source: parsed?.siteName?.trim() || parsed?.byline?.trim() || undefined,
    date: parsed?.publishedTime ?? undefined,
  };
}
