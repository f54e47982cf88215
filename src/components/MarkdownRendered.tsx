/**
 * A note's Markdown, rendered safely. Raw HTML typed into a note is shown as the text it is
 * (marked's html tokens are escaped, never passed through), and DOMPurify then strips anything
 * that could still run or load (event handlers, javascript: URLs, images) as a second line of
 * defence. This is the one place the app sets HTML, and only ever the sanitizer's output.
 */
import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { useMemo } from 'react';
import { findAll } from '../model/find-text';

const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'hr',
];

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const marked = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    html: ({ text }) => escapeHtml(text),
    image: ({ text }) => escapeHtml(text),
  },
});

const ALLOWED_ATTR = ['href', 'title'];

/** Past this many marks in one note the rest is left plain (a one-letter search in a long note). */
const MAX_MARKS = 100;

/**
 * The words `query` finds marked in the sanitized note. Only its text is searched (never the markup
 * or an address), each match is moved into a <mark> made here, and the result is sanitized again
 * with <mark> allowed: what is set as HTML is still only ever the sanitizer's output.
 */
function markMatches(clean: string, query: string): string {
  const root = DOMPurify.sanitize(clean, { ALLOWED_TAGS, ALLOWED_ATTR, RETURN_DOM_FRAGMENT: true });
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  let left = MAX_MARKS;
  for (const node of texts) {
    const spans = left > 0 ? findAll(node.data, query, left) : [];
    if (!spans.length) continue;
    left -= spans.length;
    const parts: Array<string | Node> = [];
    let at = 0;
    for (const s of spans) {
      parts.push(node.data.slice(at, s.start));
      const mark = document.createElement('mark');
      mark.textContent = node.data.slice(s.start, s.end);
      parts.push(mark);
      at = s.end;
    }
    parts.push(node.data.slice(at));
    node.replaceWith(...parts);
  }
  const holder = document.createElement('div');
  holder.append(root);
  return DOMPurify.sanitize(holder.innerHTML, { ALLOWED_TAGS: [...ALLOWED_TAGS, 'mark'], ALLOWED_ATTR });
}

/** The note as safe HTML; with `highlight`, the words it finds in the note's text are marked. */
export function renderNoteHtml(markdown: string, highlight = ''): string {
  const html = marked.parse(markdown, { async: false });
  const clean = DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR });
  return highlight.trim() ? markMatches(clean, highlight) : clean;
}

export default function MarkdownRendered({
  markdown,
  className,
  highlight = '',
}: {
  markdown: string;
  className?: string;
  highlight?: string;
}) {
  const html = useMemo(() => renderNoteHtml(markdown, highlight), [markdown, highlight]);
  return <div className={className ?? 'note-markdown'} dangerouslySetInnerHTML={{ __html: html }} />;
}
