/**
 * The reader's annotations placed on the current text: which are anchored where, and which are
 * orphans. Derived state (never stored): recomputed when the text or the annotations change.
 */
import type { Annotation } from './annotation';
import { anchorAnnotations, type AnchorResult } from './anchor';
import type { MatchQuoteOptions } from './match-quote';
import { findSelector } from './selectors';

export interface Placed {
  annotation: Annotation;
  start: number;
  end: number;
}

export interface Anchored {
  placed: Placed[];
  orphans: Annotation[];
  pageNotes: Annotation[];
  /** How many of the orphans were not placed because the work allowance ran out (not because their passage is gone). */
  overBudget: number;
}

/**
 * Synchronous, on the caller's thread. `options.budget` bounds the work (what it does not cover
 * is an orphan counted in `overBudget`); `anchorAllOffThread` (workers/anchoring-client) is the
 * same placed away from the page.
 */
export function anchorAll(text: string, annotations: readonly Annotation[], options?: MatchQuoteOptions): Anchored {
  const located = annotations.filter((a) => a.kind !== 'page-note');
  const results = anchorAnnotations(
    text,
    located.map((a) => a.selectors),
    options,
  );
  const byAnnotation = new Map(located.map((a, i) => [a, results[i]]));
  return anchoredFrom(annotations, (a) => byAnnotation.get(a));
}

/**
 * The same summary from results computed elsewhere (the anchoring worker); an annotation without
 * a result is an orphan. Page notes are never anchored.
 */
export function anchoredFrom(
  annotations: readonly Annotation[],
  resultOf: (a: Annotation) => AnchorResult | undefined,
  /** Placements made before, by annotation, reused so unchanged ones keep their identity. */
  reuse?: WeakMap<Annotation, Placed>,
): Anchored {
  const placed: Placed[] = [];
  const orphans: Annotation[] = [];
  const pageNotes: Annotation[] = [];
  let overBudget = 0;
  for (const annotation of annotations) {
    if (annotation.kind === 'page-note') {
      pageNotes.push(annotation);
      continue;
    }
    const r = resultOf(annotation);
    if (r?.status === 'anchored') {
      let p = reuse?.get(annotation);
      if (!p || p.start !== r.start || p.end !== r.end) {
        p = { annotation, start: r.start, end: r.end };
        reuse?.set(annotation, p);
      }
      placed.push(p);
    } else orphans.push(annotation);
    if (r?.status === 'orphan' && r.reason === 'budget') overBudget++;
  }
  const byPlace = (a: Placed, b: Placed) => a.start - b.start || a.end - b.end;
  // Usually in order already (the store lists by stored position): check before sorting.
  let sorted = true;
  for (let i = 1; i < placed.length && sorted; i++) sorted = byPlace(placed[i - 1], placed[i]) <= 0;
  if (!sorted) placed.sort(byPlace);
  return { placed, orphans, pageNotes, overBudget };
}

/** Annotations covering an offset, shortest first, so the innermost is the one clicked. */
export function placedAt(anchored: Anchored, offset: number): Placed[] {
  return anchored.placed
    .filter((p) => p.start <= offset && offset < p.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
}

/**
 * Placing the reader's annotations on one text, remembering each result by annotation object (an
 * edit makes a new object, merges keep the old ones), so a new highlight among 10,000 costs one
 * anchoring, not 10,000. Results cut short by the work allowance are not kept: they are orphans
 * (`overBudget`) for the caller to place elsewhere (the anchoring worker).
 */
export interface AnchorCache {
  readonly text: string;
  /**
   * Places what is not placed yet, if it is no more than `syncLimit` annotations, and summarises.
   * Past that, the unplaced ones are left out (`pending` counts them) for `fill` to place in slices.
   */
  anchorAll(
    annotations: readonly Annotation[],
    options?: MatchQuoteOptions & { syncLimit?: number },
  ): Anchored & { pending: number };
  /** Places what is not placed yet, `chunk` at a time, calling `between` after each chunk. */
  fill(
    annotations: readonly Annotation[],
    between: () => Promise<void>,
    options?: MatchQuoteOptions & { chunk?: number },
  ): Promise<void>;
}

export function createAnchorCache(text: string): AnchorCache {
  const results = new WeakMap<Annotation, AnchorResult>();
  const placements = new WeakMap<Annotation, Placed>();
  /** Cut short by the allowance once on this text: not tried again here (the worker places them). */
  const outOfBudget = new WeakSet<Annotation>();
  const missing = (annotations: readonly Annotation[]) =>
    annotations.filter((a) => a.kind !== 'page-note' && !results.has(a) && !outOfBudget.has(a));
  const place = (batch: readonly Annotation[], options?: MatchQuoteOptions) => {
    const found = anchorAnnotations(
      text,
      batch.map((a) => a.selectors),
      options,
    );
    batch.forEach((a, i) => {
      const r = found[i];
      if (r.status === 'orphan' && r.reason === 'budget') outOfBudget.add(a);
      else results.set(a, r);
    });
  };
  const budgetOrphan = (a: Annotation): AnchorResult => ({
    status: 'orphan',
    quote: findSelector(a.selectors, 'TextQuoteSelector')?.exact ?? '',
    reason: 'budget',
  });
  return {
    text,
    anchorAll(annotations, options = {}) {
      const todo = missing(annotations);
      const { syncLimit = Infinity, ...rest } = options;
      const later = todo.length > syncLimit ? new Set(todo) : undefined;
      if (!later && todo.length) place(todo, rest);
      const shown = later ? annotations.filter((a) => !later.has(a)) : annotations;
      const summary = anchoredFrom(
        shown,
        (a) => results.get(a) ?? (outOfBudget.has(a) ? budgetOrphan(a) : undefined),
        placements,
      );
      return { ...summary, pending: later?.size ?? 0 };
    },
    async fill(annotations, between, options = {}) {
      const { chunk = 500, ...rest } = options;
      const todo = missing(annotations);
      for (let i = 0; i < todo.length; i += chunk) {
        place(todo.slice(i, i + chunk), rest);
        await between();
      }
    },
  };
}
