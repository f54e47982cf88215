/**
 * The one place a web page becomes an article's plain text: Readability finds the article, then
 * its block elements become lines. Shared by "Open URL" (html-to-article.ts, on a page parsed
 * inertly in the reader) and the bookmarklet (features/bookmarklet/page-script.ts, on the live
 * page in the user's tab), so both reduce a page the same way.
 *
 * Readability hands back the article as an element (its `serializer` option), not as an HTML
 * string: nothing is re-parsed, which also keeps this working on pages whose Trusted Types policy
 * forbids parsing strings as HTML.
 */
import { Readability } from '@mozilla/readability';

export interface ExtractedArticle {
  title?: string;
  text: string;
  source?: string;
  date?: string;
}

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,dd,dt,td,th';

export function blockText(root: ParentNode): string {
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

/**
 * Reduces `doc` (left untouched: Readability works on a clone) to its article. `clean` may
 * sanitize the article element before its text is read; the page's own body stands in when
 * Readability finds no article.
 */
export function readableArticle(
  doc: Document,
  clean: (root: Element) => ParentNode = (root) => root,
): ExtractedArticle {
  const pageTitle = doc.title?.trim() || undefined;
  const parsed = new Readability<Node>(doc.cloneNode(true) as Document, { serializer: (node) => node }).parse();
  const content = parsed?.content;
  const root = content instanceof Element ? content : content ? null : doc.body;
  const text = root ? blockText(clean(root)) : '';
  return {
    title: parsed?.title?.trim() || pageTitle,
    text,
    source: parsed?.siteName?.trim() || parsed?.byline?.trim() || undefined,
    date: parsed?.publishedTime ?? undefined,
  };
}
