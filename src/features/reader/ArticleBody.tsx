/**
 * The article's body and credits. The body's blocks are put in by `renderBlocks` (plain DOM, in
 * slices for long articles; see render-blocks.ts), into a container React owns but never fills;
 * the footer is a few lines and stays React's. Each block carries its offsets in
 * `data-start`/`data-end` and the article's characters as text nodes in order, so the anchoring
 * layer maps text offsets to DOM ranges without re-parsing. Nothing from the article is ever
 * interpreted as HTML.
 */
import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import type { ArticleStructure } from '../../model/article-structure';
import { holdBackgroundWork } from '../../lib/background-hold';
import { takeBootBody } from './boot-handoff';
import { bodyBlocks, renderBlocks } from './render-blocks';

/** The longest the analysis waits for the body to be in (ms): on a loaded machine slices come slowly. */
const BODY_HOLD_MS = 2000;

interface ArticleBodyProps {
  text: string;
  structure: ArticleStructure;
}

export const ArticleBody = memo(function ArticleBody({ text, structure }: ArticleBodyProps) {
  const container = useRef<HTMLDivElement>(null);
  const blocks = useMemo(() => bodyBlocks(structure), [structure]);
  const footer = structure.blocks.filter((b) => b.kind === 'footer');

  // Before the first paint: the first screenfuls are in when the browser first shows the page.
  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const boot = takeBootBody(text);
    if (boot) el.append(...boot.container.childNodes);
    const rendering = renderBlocks(el, text, blocks, { already: boot?.rendered });
    // The analysis waits for the body's slices (about a second for 1 MB), at most BODY_HOLD_MS.
    const release = holdBackgroundWork(rendering.done, BODY_HOLD_MS);
    boot?.releaseHold?.();
    return () => {
      release();
      rendering.cancel();
      el.replaceChildren();
    };
  }, [text, blocks]);

  return (
    <>
      <div className="article-body" ref={container} />
      {footer.length > 0 && (
        <section className="article-footer" aria-label="Credits">
          {footer.map((b) => (
            <p key={b.start} dir="auto" data-start={b.start} data-end={b.end}>
              {text.slice(b.start, b.end)}
            </p>
          ))}
        </section>
      )}
    </>
  );
});
