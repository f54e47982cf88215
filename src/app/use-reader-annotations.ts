/**
 * The reader's own annotations on the open article: read from the store, placed on the text
 * (orphans kept apart), painted as one highlight layer per colour.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { HIGHLIGHT_LAYERS, USER_COLOR_LAYER } from '../anchoring/highlight/layers';
import type { HighlightPainter } from '../anchoring/highlight/painter';
import { HIGHLIGHT_COLORS, type Annotation } from '../model/annotation';
import { anchorAll, placedAt } from '../model/anchored';
import { findSelector } from '../model/selectors';
import type { Article } from '../model/article';
import { selectAllTags, selectAnnotations, selectLabels, useAnnotationsStore } from '../store/annotations';

export function quoteOf(a: Annotation): string {
  return findSelector(a.selectors, 'TextQuoteSelector')?.exact ?? '';
}

export function useReaderAnnotations(article: Article, painter: HighlightPainter | null) {
  const annotations = useAnnotationsStore((s) => selectAnnotations(s, article.id));
  const labels = useAnnotationsStore(selectLabels);
  const tags = useAnnotationsStore(selectAllTags);
  const anchored = useMemo(() => anchorAll(article.text, annotations), [article.text, annotations]);

  useEffect(() => {
    if (!painter) return;
    for (const c of HIGHLIGHT_COLORS) {
      painter.paint(
        USER_COLOR_LAYER[c],
        anchored.placed.filter((p) => p.annotation.kind === 'highlight' && (p.annotation.color ?? 'yellow') === c),
      );
    }
    painter.paint(
      HIGHLIGHT_LAYERS.userClaim,
      anchored.placed.filter((p) => p.annotation.kind === 'claim' && p.annotation.verdict),
    );
  }, [painter, anchored]);

  const isAnnotated = useCallback(
    (offset: number) => placedAt(anchored, offset).some((p) => p.annotation.kind === 'highlight'),
    [anchored],
  );
  // The reader's own page note has a fixed id; imported or kept ones are listed beside it.
  const pageNote = anchored.pageNotes.find((n) => n.id === `page-note:${article.id}`);
  return { annotations, anchored, labels, tags, isAnnotated, pageNote };
}
