/**
 * A note's Markdown, rendered safely: marked turns it into HTML and DOMPurify strips anything
 * that could run or load (scripts, event handlers, javascript: URLs, images). This is the one
 * place the app sets HTML, and only ever the sanitizer's output.
 */
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useMemo } from 'react';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'hr'];

export function renderNoteHtml(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: true });
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: ['href', 'title'] });
}

export function NoteMarkdown({ markdown, className }: { markdown: string; className?: string }) {
  const html = useMemo(() => renderNoteHtml(markdown), [markdown]);
  return <div className={className ?? 'note-markdown'} dangerouslySetInnerHTML={{ __html: html }} />;
}
