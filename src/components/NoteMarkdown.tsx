/**
 * A note's Markdown. The renderer (marked + DOMPurify, note-html.ts) loads on first use
 * (use-note-text.ts, the same loader the Notes search reads); until then, or if it fails to load,
 * the note shows as plain text, which React renders as text and so is safe too, with a search's
 * words marked in it as the search matched them (its source). Once in, the note is rendered and the
 * search reads its shown text: both switch in the same render. The HTML set here is only ever the
 * sanitizer's output plus <mark> elements made in its text nodes (renderNoteHtml).
 */
import { useMemo } from 'react';
import { MatchText } from './MatchText';
import { useNoteRenderer } from './use-note-text';

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
  const { html: renderer } = useNoteRenderer(true);
  const html = useMemo(
    () => (renderer ? renderer.renderNoteHtml(markdown, highlight) : null),
    [renderer, markdown, highlight],
  );
  if (html === null)
    return (
      <div className={cls} style={{ whiteSpace: 'pre-wrap' }}>
        <MatchText text={markdown} query={highlight} />
      </div>
    );
  return <div className={cls} dangerouslySetInnerHTML={{ __html: html }} />;
}
