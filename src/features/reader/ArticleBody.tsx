/**
 * Renders an article's structure as reading typography. Each block carries its offsets in
 * `data-start`/`data-end`, and holds the article's characters as text nodes in order, so the
 * anchoring layer can map text offsets to DOM ranges without re-parsing. Text is rendered by
 * React as text: nothing from the article is ever interpreted as HTML.
 */
import { memo } from 'react';
import type { ArticleStructure, Block } from '../../model/article-structure';

interface ArticleBodyProps {
  text: string;
  structure: ArticleStructure;
}

function BlockText({ text, block }: { text: string; block: Block }) {
  if (!block.dateline) return <>{text.slice(block.start, block.end)}</>;
  return (
    <>
      <span className="dateline">{text.slice(block.dateline.start, block.dateline.end)}</span>
      {text.slice(block.dateline.end, block.end)}
    </>
  );
}

export const ArticleBody = memo(function ArticleBody({ text, structure }: ArticleBodyProps) {
  const body = structure.blocks.filter((b) => b.kind !== 'footer' && b.kind !== 'title');
  const footer = structure.blocks.filter((b) => b.kind === 'footer');
  return (
    <>
      <div className="article-body">
        {body.map((b) =>
          b.kind === 'heading' ? (
            <h2 key={b.start} className="subheading" data-start={b.start} data-end={b.end}>
              <BlockText text={text} block={b} />
            </h2>
          ) : (
            <p key={b.start} data-start={b.start} data-end={b.end}>
              <BlockText text={text} block={b} />
            </p>
          ),
        )}
      </div>
      {footer.length > 0 && (
        <section className="article-footer" aria-label="Credits">
          {footer.map((b) => (
            <p key={b.start} data-start={b.start} data-end={b.end}>
              {text.slice(b.start, b.end)}
            </p>
          ))}
        </section>
      )}
    </>
  );
});
