/**
 * The one place a web page becomes an article's plain text: Readability finds the article, then
 * its block elements become lines. Shared by "Open URL" (html-to-article.ts, on a page parsed
 * inertly in the reader) and the bookmarklet (features/bookmarklet/page-script.ts, on the live
 * page in the user's tab), so both reduce a page the same way.
 *
 * Readability hands back the article as an element (its `serializer` option), not as an HTML
 * string: nothing is re-parsed, which also keeps this working on pages whose Trusted Types policy
 * forbids parsing strings as HTML.
 *
 * Byline and date are metadata (article-meta.ts shows them under the title), not text: the
 * article's opening lines that only restate them are left out, so the engine does not read
 * "By Jane Doe" as the first paragraph.
 */
import { Readability } from '@mozilla/readability';
import { bylineOf, isMetadataLine, publishedDate } from './page-metadata';

export interface ExtractedArticle {
  title?: string;
  text: string;
  source?: string;
  byline?: string;
  date?: string;
}

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,dd,dt,td,th';
/** Bylines and datelines sit above the story; further down, such a line is the story's own. */
const METADATA_SCAN_LINES = 4;

function blockLines(root: ParentNode): string[] {
  const lines: string[] = [];
  const blocks = root.querySelectorAll(BLOCKS);
  for (const el of blocks) {
    // Nested blocks (a <p> inside a <blockquote>) are read once, by the innermost element.
    if (el.querySelector(BLOCKS)) continue;
    const line = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
  }
  if (lines.length) return lines;
  return (root.textContent ?? '')
    .split(/\n\s*\n/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

export function blockText(root: ParentNode): string {
  return blockLines(root).join('\n');
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
  const cleaned = root ? clean(root) : null;
  const lines = cleaned ? blockLines(cleaned) : [];
  const dateTexts = cleaned ? [...cleaned.querySelectorAll('time')].map((t) => t.textContent ?? '') : [];
  const byline = bylineOf(parsed?.byline, lines.slice(0, METADATA_SCAN_LINES));
  const date = publishedDate(doc, parsed?.publishedTime, cleaned);
  const kept = lines.filter(
    (line, i) => i >= METADATA_SCAN_LINES || !isMetadataLine(line, { byline, date, dateTexts: date ? dateTexts : [] }),
  );
  return {
    title: parsed?.title?.trim() || pageTitle,
    text: kept.join('\n'),
    source: parsed?.siteName?.trim() || undefined,
    byline,
    date,
  };
}
