/**
 * The reader's own annotations on the open article: read from the store, placed on the text
 * (orphans kept apart), painted as one highlight layer per colour.
 *
 * Placing runs on the page within a small allowance, which covers an ordinary article whole (a
 * reload places nearly everything by its stored offsets, at little cost); past it — a crafted
 * import just brought thousands of near-miss quotes — the page shows what it placed and the rest
 * is placed again, all of it, in the anchoring worker. Results are kept per annotation object, so
 * a change re-places only what changed; thousands at once (a reload with 10,000) are placed in
 * slices of main-thread time and shown together.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { HIGHLIGHT_LAYERS, USER_COLOR_LAYER } from '../anchoring/highlight/layers';
import type { HighlightPainter } from '../anchoring/highlight/painter';
import { HIGHLIGHT_COLORS, type Annotation, type HighlightColor } from '../model/annotation';
import { createAnchorCache, placedAt, type Anchored, type Placed } from '../model/anchored';
import { highlightsNow as highlightsInStore } from './highlights-now';
import { MAIN_THREAD_STEP_UNITS, READER_SYNC_UNITS, workBudget } from '../model/work-budget';
import { anchorAllOffThread } from '../workers/anchoring-client';
import { afterNextFrame } from '../lib/after-next-frame';
import { nextTask } from '../lib/time-slices';
import { once } from '../lib/once';
import { findSelector } from '../model/selectors';
import type { Article } from '../model/article';
import {
  annotationsStore,
  listChangeOf,
  loadAnnotations,
  selectTagsOutside,
  selectAnnotations,
  selectLabels,
  useAnnotationsStore,
} from '../store/annotations';
import { appliedEntry } from '../store/annotations-history';

export function quoteOf(a: Annotation): string {
  return findSelector(a.selectors, 'TextQuoteSelector')?.exact ?? '';
}

/** Up to this many new annotations are placed in the render that brings them (a reload places the rest in slices). */
const SYNC_ANCHOR_LIMIT = 200;
/** Edits up to this size (a highlight, a pasted handful) are painted in the click's own task. */
const INSTANT_PAINT_LIMIT = 20;

const currentList = (articleId: string) => selectAnnotations(annotationsStore.getState(), articleId);

/**
 * The article's live annotations in reading order, as of the last painted frame. The store is
 * watched without a React subscription: a change (a highlight just made) re-renders nothing in
 * its own task, which only paints the new highlight (see below); the list — and everything derived
 * from it: placing, painting, lists, overview — follows in a task of its own after the next
 * frame. Working out the list of 10,000 in the click's task kept the highlight from that frame.
 */
function useListAfterPaint(articleId: string): Annotation[] {
  const [shown, setShown] = useState(() => ({ articleId, list: currentList(articleId) }));
  useEffect(() => {
    let cancel: (() => void) | undefined;
    const update = () => {
      cancel = undefined;
      const list = currentList(articleId);
      setShown((s) => (s.articleId === articleId && s.list === list ? s : { articleId, list }));
    };
    const later = () => {
      cancel ??= afterNextFrame(update);
    };
    // Whatever changed between the render and this effect (another article opened, a load landed).
    later();
    const unsubscribe = annotationsStore.subscribe((state, prev) => {
      if (state.annotations[articleId] !== prev.annotations[articleId]) later();
    });
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, [articleId]);
  return shown.articleId === articleId ? shown.list : currentList(articleId);
}

export function useReaderAnnotations(article: Article, painter: HighlightPainter | null) {
  // Stored annotations are read in slices, this article's first; they arrive in one commit.
  useEffect(() => void loadAnnotations(article.id), [article.id]);
  const annotations = useListAfterPaint(article.id);
  const labels = useAnnotationsStore(selectLabels);
  // Tag suggestions: other articles' from the store (cached per article), this one's from the list
  // shown. Worked out when a card asks for them, once per list: not in the render that brings
  // 10,000 highlights, nor again after each one made.
  const otherTags = useAnnotationsStore((s) => selectTagsOutside(s, article.id));
  const tags = useMemo(
    () =>
      once(() => {
        const all = new Set(otherTags);
        for (const a of annotations) if (a.tags.length) for (const t of a.tags) all.add(t);
        return [...all].sort((x, y) => x.localeCompare(y));
      }),
    [otherTags, annotations],
  );
  const cache = useMemo(() => createAnchorCache(article.text), [article.text]);
  const [filled, setFilled] = useState(0);
  const quick = useMemo(
    () =>
      cache.anchorAll(annotations, {
        budget: workBudget(READER_SYNC_UNITS, { maxStep: MAIN_THREAD_STEP_UNITS }),
        syncLimit: SYNC_ANCHOR_LIMIT,
        change: listChangeOf(annotations),
      }),
    // `filled` changes when the slices below placed more: read the cache again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cache, annotations, filled],
  );
  // Thousands to place (a reload): in slices of main-thread time, then one render with all of them.
  useEffect(() => {
    if (quick.pending === 0) return;
    let live = true;
    const budget = workBudget(READER_SYNC_UNITS, { maxStep: MAIN_THREAD_STEP_UNITS });
    void cache.fill(annotations, nextTask, { budget }).then(() => {
      if (live) setFilled((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [cache, annotations, quick]);
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
  const anchored: Anchored = late?.basis === quick ? late.anchored : quick;

  useEffect(() => {
    if (!painter) return;
    // One pass over the placed annotations, not one per colour: 10,000 are sorted out once.
    const byColour = new Map<HighlightColor, Placed[]>(HIGHLIGHT_COLORS.map((c) => [c, []]));
    const claims: Placed[] = [];
    for (const p of anchored.placed) {
      const a = p.annotation;
      if (a.kind === 'highlight') byColour.get(a.color ?? 'yellow')?.push(p);
      else if (a.kind === 'claim' && a.verdict) claims.push(p);
    }
    for (const [c, placed] of byColour) painter.paint(USER_COLOR_LAYER[c], placed);
    painter.paint(HIGHLIGHT_LAYERS.userClaim, claims);
  }, [painter, anchored]);

  // A highlight just made is painted in the same task as the click, before React renders the rest:
  // the store's newest history entry names it, so nothing walks the 10,000 others. A larger entry
  // (an import, a delete-all undone) waits for the render, which places it with the rest.
  useEffect(() => {
    if (!painter) return;
    return annotationsStore.subscribe((state, prev) => {
      const entry = appliedEntry(state.history, prev.history);
      if (!entry || entry.length > INSTANT_PAINT_LIMIT) return;
      // The record as stored now (a redo writes a copy of the entry's), never one of the entry's.
      const records = state.annotations[article.id];
      const added = entry.flatMap(({ articleId, id, before }) => {
        const now = articleId === article.id ? records?.[id] : undefined;
        return now && !now.deleted && now.kind === 'highlight' && (!before || before.deleted) ? [now] : [];
      });
      if (!added.length) return;
      for (const p of cache.placeNow(added)) painter.add(USER_COLOR_LAYER[p.annotation.color ?? 'yellow'], p);
    });
  }, [painter, cache, article.id]);

  // The highlights as the store holds them at this moment, for a key that steps through them.
  // `anchored` follows the store a frame later (see useListAfterPaint), but the highlight made by
  // the key before is painted at once: on a busy page "a" pressed within that frame read the old
  // list and was dropped (no highlights yet) or went to an older one. Only the few the store has
  // and the shown list lacks are placed here, as the instant paint places them (highlights-now.ts).
  const highlightsNow = useCallback(
    (): Placed[] => highlightsInStore(currentList(article.id), anchored, (a) => cache.placeNow(a), INSTANT_PAINT_LIMIT),
    [anchored, cache, article.id],
  );

  const isAnnotated = useCallback(
    (offset: number) => placedAt(anchored, offset).some((p) => p.annotation.kind === 'highlight'),
    [anchored],
  );
  // The reader's own page note has a fixed id; imported or kept ones are listed beside it.
  const pageNote = anchored.pageNotes.find((n) => n.id === `page-note:${article.id}`);
  return { annotations, anchored, labels, tags, isAnnotated, pageNote, highlightsNow };
}
