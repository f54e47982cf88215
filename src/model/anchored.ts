/**
 * The reader's annotations placed on the current text: which are anchored where, and which are
 * orphans. Derived state (never stored): recomputed when the text or the annotations change.
 */
import type { Annotation } from './annotation';
import { anchorAnnotations, type AnchorResult } from './anchor';
import type { MatchQuoteOptions } from './match-quote';
import { sortInSteps } from '../lib/sort-in-steps';
import { PATCH_LIMIT, type ListChange } from './list-change';

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

/** A summary made by patching another (see `AnchorCache`): the placements taken out and put in. */
export interface AnchoredPatch {
  from: Anchored;
  removed: readonly Placed[];
  added: readonly Placed[];
}
const patches = new WeakMap<Anchored, AnchoredPatch>();

/**
 * How `anchored` differs from the summary before it, when it was patched from it, for views that
 * follow step by step (else undefined: work it out afresh). Only the newest step is kept.
 */
export const patchOf = (anchored: Anchored): AnchoredPatch | undefined => patches.get(anchored);

const before = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Place, then creation and id: a total order, so a summary patched by binary search puts two
 * highlights on the same words in the order a summary built from scratch gives them.
 */
export const byPlace = (a: Placed, b: Placed) =>
  a.start - b.start ||
  a.end - b.end ||
  before(a.annotation.created, b.annotation.created) ||
  before(a.annotation.id, b.annotation.id);

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

/** An orphan's anchoring result: why its passage was not found. */
export type Orphaned = Extract<AnchorResult, { status: 'orphan' }>;

/**
 * Where an annotation went on one text: its placement itself when anchored (so the placement is
 * the one object kept per annotation, not a result and a placement), else the orphan's result.
 */
export type Outcome = Placed | Orphaned;

const isOrphaned = (o: Outcome): o is Orphaned => (o as Orphaned).status === 'orphan';

/**
 * The same summary from results computed elsewhere (the anchoring worker); an annotation without
 * a result is an orphan. Page notes are never anchored.
 */
export function anchoredFrom(
  annotations: readonly Annotation[],
  resultOf: (a: Annotation) => AnchorResult | undefined,
): Anchored {
  const outcomeOf = (annotation: Annotation): Outcome | undefined => {
    const r = resultOf(annotation);
    return r?.status === 'anchored' ? { annotation, start: r.start, end: r.end } : r;
  };
  return summaryOf(anchoredInSteps(annotations, outcomeOf, Infinity));
}

/** Runs a summary's steps to the end, at once. */
function summaryOf(steps: Generator<void, Anchored>): Anchored {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The summary of `annotations` given each one's outcome, as a generator of small steps
 * (`stepSize` annotations each), for summarising thousands in slices of main-thread time: walking
 * 10,000 in the render that shows them took 20–30 ms of one task. A placement is listed as the
 * object `outcomeOf` gives, so one kept by the caller keeps its identity from summary to summary.
 */
export function* anchoredInSteps(
  annotations: readonly Annotation[],
  outcomeOf: (a: Annotation) => Outcome | undefined,
  stepSize = 1000,
): Generator<void, Anchored> {
  const placed: Placed[] = [];
  const orphans: Annotation[] = [];
  const pageNotes: Annotation[] = [];
  let overBudget = 0;
  let n = 0;
  for (const annotation of annotations) {
    if (++n >= stepSize) {
      n = 0;
      yield;
    }
    if (annotation.kind === 'page-note') {
      pageNotes.push(annotation);
      continue;
    }
    const o = outcomeOf(annotation);
    if (o && !isOrphaned(o)) placed.push(o);
    else orphans.push(annotation);
    if (o && isOrphaned(o) && o.reason === 'budget') overBudget++;
  }
  // Usually in order already (the store lists by stored position): check before sorting.
  let sorted = true;
  for (let i = 1; i < placed.length && sorted; i++) sorted = byPlace(placed[i - 1], placed[i]) <= 0;
  // All at once (`anchoredFrom`, on every render that places annotations): the native sort, as
  // stable as sortInSteps and faster; in steps, the sort is sliced too.
  if (!sorted && stepSize === Infinity) placed.sort(byPlace);
  else if (!sorted) {
    yield;
    return { placed: yield* sortInSteps(placed, byPlace), orphans, pageNotes, overBudget };
  }
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
 * anchoring, not 10,000. Annotations cut short by the work allowance are not tried again here:
 * they are orphans (`overBudget`) for the caller to place elsewhere (the anchoring worker).
 */
export interface AnchorCache {
  readonly text: string;
  /**
   * Places what is not placed yet, if it is no more than `syncLimit` annotations, and summarises.
   * Past that, the unplaced ones are left out (`pending` counts them) for `fill` to place in slices.
   * With `change` from the list summarised last, the summary is that one patched: a highlight
   * made among 10,000 costs a few binary searches, not a walk of all of them. The same list object
   * gets the same summary object back, so callers must treat it as read-only.
   */
  anchorAll(
    annotations: readonly Annotation[],
    options?: MatchQuoteOptions & { syncLimit?: number; change?: ListChange },
  ): Anchored & { pending: number };
  /** Places these few now (a highlight just made), without touching the summary kept for patching. */
  placeNow(annotations: readonly Annotation[], options?: MatchQuoteOptions): Placed[];
  /**
   * Places what is not placed yet, `chunk` at a time, calling `between` after each chunk, then
   * summarises the list in steps as well: `anchorAll` of the same list then returns that summary
   * without walking it again.
   */
  fill(
    annotations: readonly Annotation[],
    between: () => Promise<void>,
    options?: MatchQuoteOptions & { chunk?: number },
  ): Promise<void>;
}

/** After every placement at the same span or before: where a new one goes in `placed` (sorted by place). */
function placedInsertionPoint(placed: readonly Placed[], p: Placed): number {
  let lo = 0;
  let hi = placed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byPlace(placed[mid], p) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where `p` itself is in `placed` (sorted by place), or -1. */
function indexOfPlaced(placed: readonly Placed[], p: Placed): number {
  let lo = 0;
  let hi = placed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byPlace(placed[mid], p) < 0) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < placed.length && byPlace(placed[i], p) === 0; i++) if (placed[i] === p) return i;
  return -1;
}

export function createAnchorCache(text: string): AnchorCache {
  /**
   * Each annotation's outcome on this text, one entry per annotation. One weak table, not one for
   * results, one for placements and one for those cut short: every entry is an ephemeron the major
   * garbage collector must mark in its final pause, and with 10,000 highlights that marking was
   * most of the reload's longest task. An orphan cut short by the allowance is kept too: it is
   * not tried again here (the worker places it).
   */
  const outcomes = new WeakMap<Annotation, Outcome>();
  const missing = (annotations: readonly Annotation[]) =>
    annotations.filter((a) => a.kind !== 'page-note' && !outcomes.has(a));
  const place = (batch: readonly Annotation[], options?: MatchQuoteOptions) => {
    const found = anchorAnnotations(
      text,
      batch.map((a) => a.selectors),
      options,
    );
    batch.forEach((annotation, i) => {
      const r = found[i];
      outcomes.set(annotation, r.status === 'anchored' ? { annotation, start: r.start, end: r.end } : r);
    });
  };
  const outcomeOf = (a: Annotation) => outcomes.get(a);
  const placementOf = (a: Annotation) => {
    const o = outcomes.get(a);
    return o && !isOrphaned(o) ? o : undefined;
  };
  let last: { list: readonly Annotation[]; summary: Anchored & { pending: number } } | undefined;
  const remember = (list: readonly Annotation[], summary: Anchored & { pending: number }) => {
    last = summary.pending ? undefined : { list, summary };
    return summary;
  };
  /** The last summary with `change` applied; undefined when that needs the whole walk. */
  const patched = (change: ListChange, options: MatchQuoteOptions): (Anchored & { pending: number }) | undefined => {
    if (!last || last.list !== change.from || change.removed.length + change.added.length > PATCH_LIMIT) return;
    // Page notes and orphans keep list order, which a patch cannot place cheaply: they are rare.
    if ([...change.removed, ...change.added].some((a) => a.kind === 'page-note')) return;
    const todo = missing(change.added);
    if (todo.length) place(todo, options);
    if (change.added.some((a) => !placementOf(a))) return;
    const { summary } = last;
    const placed = summary.placed.slice();
    let orphans = summary.orphans;
    let overBudget = summary.overBudget;
    const out: Placed[] = [];
    const into: Placed[] = [];
    for (const a of change.removed) {
      const p = placementOf(a);
      const at = p ? indexOfPlaced(placed, p) : -1;
      if (at >= 0) out.push(...placed.splice(at, 1));
      else {
        if (!orphans.includes(a)) return;
        orphans = orphans.filter((o) => o !== a);
        const o = outcomeOf(a);
        if (o && isOrphaned(o) && o.reason === 'budget') overBudget--;
      }
    }
    for (const a of change.added) {
      const p = placementOf(a);
      if (!p) return;
      placed.splice(placedInsertionPoint(placed, p), 0, p);
      into.push(p);
    }
    const next = { placed, orphans, pageNotes: summary.pageNotes, overBudget, pending: 0 };
    // The step before is not kept: a chain of them would hold every list made since the load.
    patches.delete(summary);
    patches.set(next, { from: summary, removed: out, added: into });
    return next;
  };
  return {
    text,
    anchorAll(annotations, options = {}) {
      const { syncLimit = Infinity, change, ...rest } = options;
      // Summarised already (by `fill`, or a render before): a summary depends only on the list.
      if (last?.list === annotations) return last.summary;
      const quick = change && patched(change, rest);
      if (quick) return remember(annotations, quick);
      const todo = missing(annotations);
      const later = todo.length > syncLimit;
      if (!later && todo.length) place(todo, rest);
      // Thousands left for `fill` (a reload): those placed already are shown, found without a
      // set of the thousands (usually none are: the whole list is pending).
      const shown = !later
        ? annotations
        : todo.length === annotations.length
          ? []
          : annotations.filter((a) => a.kind === 'page-note' || outcomes.has(a));
      const summary = summaryOf(anchoredInSteps(shown, outcomeOf, Infinity));
      return remember(annotations, { ...summary, pending: later ? todo.length : 0 });
    },
    placeNow(annotations, options) {
      const todo = missing(annotations);
      if (todo.length) place(todo, options);
      return summaryOf(anchoredInSteps(annotations, outcomeOf, Infinity)).placed;
    },
    async fill(annotations, between, options = {}) {
      const { chunk = 500, ...rest } = options;
      const todo = missing(annotations);
      for (let i = 0; i < todo.length; i += chunk) {
        place(todo.slice(i, i + chunk), rest);
        await between();
      }
      if (last?.list === annotations) return;
      // A render that summarises a newer list meanwhile (a highlight made during the reload) wins:
      // remembering this older list over it would make the next edit walk all of them again.
      const lastAtStart = last;
      const steps = anchoredInSteps(annotations, outcomeOf);
      for (;;) {
        if (last !== lastAtStart) return;
        const step = steps.next();
        if (step.done) {
          remember(annotations, { ...step.value, pending: 0 });
          return;
        }
        await between();
      }
    },
  };
}
