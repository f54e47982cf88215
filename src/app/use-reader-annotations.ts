/**
 * The reader's own annotations on the open article: read from the store, placed on the text
 * (orphans kept apart), painted as one highlight layer per colour.
 *
 * Placing runs on the page within a small allowance, which covers an ordinary article whole (a
 * reload places nearly everything by its stored offsets, at no cost); past it — a crafted import
 * just brought thousands of near-miss quotes — the page shows what it placed and the rest is
 * placed again, all of it, in the anchoring worker. Issue 13 moves the whole of it there.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { HIGHLIGHT_LAYERS, USER_COLOR_LAYER } from '../anchoring/highlight/layers';
import type { HighlightPainter } from '../anchoring/highlight/painter';
import { HIGHLIGHT_COLORS, type Annotation } from '../model/annotation';
import { anchorAll, placedAt, type Anchored } from '../model/anchored';
import { MAIN_THREAD_STEP_UNITS, READER_SYNC_UNITS, workBudget } from '../model/work-budget';
import { anchorAllOffThread } from '../workers/anchoring-client';
import { findSelector } from '../model/selectors';
import type { Article } from '../model/article';
import {
  loadAnnotations,
  selectAllTags,
  selectAnnotations,
  selectLabels,
  useAnnotationsStore,
} from '../store/annotations';

export function quoteOf(a: Annotation): string {
  return findSelector(a.selectors, 'TextQuoteSelector')?.exact ?? '';
}

export function useReaderAnnotations(article: Article, painter: HighlightPainter | null) {
  // Stored annotations are read in slices, this article's first; they arrive in one commit.
  useEffect(() => void loadAnnotations(article.id), [article.id]);
  const annotations = useAnnotationsStore((s) => selectAnnotations(s, article.id));
  const labels = useAnnotationsStore(selectLabels);
  const tags = useAnnotationsStore(selectAllTags);
  const quick = useMemo(
    () =>
      anchorAll(article.text, annotations, {
        budget: workBudget(READER_SYNC_UNITS, { maxStep: MAIN_THREAD_STEP_UNITS }),
      }),
    [article.text, annotations],
  );
  const [late, setLate] = useState<{ basis: Anchored; anchored: Anchored } | null>(null);
  useEffect(() => {
    if (quick.overBudget === 0) return;
    let live = true;
    void anchorAllOffThread(article.text, annotations).then((anchored) => {
      if (live) setLate({ basis: quick, anchored });
    });
    return () => {
      live = false;
    };
  }, [quick, article.text, annotations]);
  const anchored = late?.basis === quick ? late.anchored : quick;

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
