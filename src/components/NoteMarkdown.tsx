/**
 * A note's Markdown. The renderer (marked + DOMPurify, see MarkdownRendered.tsx) loads on first
 * use; until then the note shows as plain text, which React renders as text and so is safe too.
 */
import { lazy, Suspense } from 'react';
import { MatchText } from './MatchText';

const MarkdownRendered = lazy(() => import('./MarkdownRendered'));

/** `highlight`: a search's words, marked where they are in the note (the Notes panel's search). */
export function NoteMarkdown({
  markdown,
  className,
  highlight = '',
}: {
  markdown: string;
  className?: string;
  highlight?: string;
}) {
  const cls = className ?? 'note-markdown';
  return (
    <Suspense
      fallback={
        <div className={cls} style={{ whiteSpace: 'pre-wrap' }}>
          <MatchText text={markdown} query={highlight} />
        </div>
      }
    >
      <MarkdownRendered markdown={markdown} className={cls} highlight={highlight} />
    </Suspense>
  );
}
