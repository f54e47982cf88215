/**
 * A note's Markdown. The renderer (marked + DOMPurify, see MarkdownRendered.tsx) loads on first
 * use; until then the note shows as plain text, which React renders as text and so is safe too.
 */
import { lazy, Suspense } from 'react';

const MarkdownRendered = lazy(() => import('./MarkdownRendered'));

export function NoteMarkdown({ markdown, className }: { markdown: string; className?: string }) {
  const cls = className ?? 'note-markdown';
  return (
    <Suspense
      fallback={
        <div className={cls} style={{ whiteSpace: 'pre-wrap' }}>
          {markdown}
        </div>
      }
    >
      <MarkdownRendered markdown={markdown} className={cls} />
    </Suspense>
  );
}
