/**
 * A note's Markdown, rendered safely (note-html.ts: marked, then DOMPurify once, with a search's
 * words marked in the note's shown text). This is the one place the app sets HTML, and only ever
 * the sanitizer's output.
 */
import { useMemo } from 'react';
import { renderNoteHtml } from './note-html';

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
