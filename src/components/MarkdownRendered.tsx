/**
 * A note's Markdown, rendered safely. Raw HTML typed into a note is shown as the text it is
 * (marked's html tokens are escaped, never passed through), and DOMPurify then strips anything
 * that could still run or load (event handlers, javascript: URLs, images) as a second line of
 * defence. This is the one place the app sets HTML, and only ever the sanitizer's output.
 */
import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { useMemo } from 'react';

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

export function renderNoteHtml(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: ['href', 'title'] });
}

export default function MarkdownRendered({ markdown, className }: { markdown: string; className?: string }) {
  const html = useMemo(() => renderNoteHtml(markdown), [markdown]);
  return <div className={className ?? 'note-markdown'} dangerouslySetInnerHTML={{ __html: html }} />;
}
