/**
 * The reader's own marks get a channel of their own, apart from the analysis layers' tints: a
 * bar in the margin beside each paragraph holding one, and the verdicts given in that paragraph
 * as a badge at its end. Both are attributes on the paragraph (data-own-mark, data-verdicts),
 * drawn by own-marks.css, so nothing is inserted into the article's text.
 *
 * Only paragraphs whose marks changed are touched: with thousands of annotations arriving in
 * slices, taking every attribute off and putting it back made the browser restyle and lay out
 * the whole article once per slice. Only paragraphs already in the page are marked, and the rest
 * as their slice arrives: asking for a block further on would render the whole of a long article
 * at once (a two-second task with 10,000 annotations on 1 MB).
 */
import { useEffect, useRef } from 'react';
import type { TextMap } from '../../anchoring/text-map';
import { patchOf, type Anchored, type Placed } from '../../model/anchored';
import { verdictBadgeText } from './VerdictBadge';

/** Each marked paragraph with the badge text of its verdicts ('' for none). */
type Marked = Map<HTMLElement, string>;

/** The paragraphs to mark for `anchored`, with how many placements each holds. */
interface Target {
  anchored: Anchored;
  marked: Marked;
  counts: Map<HTMLElement, number>;
  /** The paragraphs a patch changed: put right first, before any older work still going on. */
  touched?: HTMLElement[];
}

const hasVerdict = (p: Placed) => p.annotation.kind === 'claim' && !!p.annotation.verdict;

/**
 * The target before, moved by a patch of a few placements (a highlight made or removed among
 * 10,000), or undefined when it must be worked out afresh (a verdict's badge text changes).
 */
function patchedTarget(map: TextMap, before: Target | undefined, anchored: Anchored): Target | undefined {
  const patch = patchOf(anchored);
  if (!before || !patch || patch.from !== before.anchored) return undefined;
  if (patch.removed.some(hasVerdict) || patch.added.some(hasVerdict)) return undefined;
  const marked = new Map(before.marked);
  const counts = new Map(before.counts);
  const touched: HTMLElement[] = [];
  for (const p of patch.removed) {
    const block = map.renderedBlockAt(p.start);
    if (!block) continue;
    touched.push(block);
    const n = (counts.get(block) ?? 1) - 1;
    if (n > 0) counts.set(block, n);
    else {
      counts.delete(block);
      marked.delete(block);
    }
  }
  for (const p of patch.added) {
    const block = map.renderedBlockAt(p.start);
    if (!block) continue;
    touched.push(block);
    counts.set(block, (counts.get(block) ?? 0) + 1);
    if (!marked.has(block)) marked.set(block, '');
  }
  return { anchored, marked, counts, touched };
}

/**
 * Adds to `target` the placements from index `from` on that lie in paragraphs already in the page.
 * `inBody`: the first of them is past the body's start, so the first one not in the page ends it.
 */
function markFrom(map: TextMap, target: Target, from: number, inBody: boolean): Target {
  const { placed } = target.anchored;
  const verdictsOf = new Map<HTMLElement, string[]>();
  for (let i = from; i < placed.length; i++) {
    const p = placed[i];
    const block = map.renderedBlockAt(p.start);
    // In reading order: once in the body, a placement past the rendered text has all the rest
    // after it too; before the body (a title), the next ones may still be in it.
    if (!block) {
      if (inBody) break;
      continue;
    }
    inBody = true;
    const verdicts = verdictsOf.get(block) ?? [];
    if (p.annotation.kind === 'claim' && p.annotation.verdict) verdicts.push(verdictBadgeText(p.annotation.verdict));
    verdictsOf.set(block, verdicts);
    target.counts.set(block, (target.counts.get(block) ?? 0) + 1);
  }
  for (const [block, verdicts] of verdictsOf) target.marked.set(block, verdicts.join('  ·  '));
  return target;
}

export function markedBlocks(map: TextMap, anchored: Anchored): Target {
  return markFrom(map, { anchored, marked: new Map(), counts: new Map() }, 0, false);
}

/**
 * `before` (for the same placements) with the paragraphs that arrived after the text ending at
 * `previousEnd`: only the placements from there on are looked at, not all 10,000 at every slice
 * of a long article. A placement starting before it lies in a paragraph that was already in.
 */
export function grownTarget(map: TextMap, before: Target, previousEnd: number): Target {
  const { placed } = before.anchored;
  let lo = 0;
  let hi = placed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (placed[mid].start < previousEnd) lo = mid + 1;
    else hi = mid;
  }
  const target = { anchored: before.anchored, marked: new Map(before.marked), counts: new Map(before.counts) };
  // A placement starting in the gap before the new paragraphs was counted for the last old one.
  const last = previousEnd > 0 ? map.renderedBlockAt(previousEnd - 1) : null;
  while (last && lo < placed.length && map.renderedBlockAt(placed[lo].start) === last) lo++;
  return markFrom(map, target, lo, last !== null);
}

function unmark(block: HTMLElement): void {
  block.removeAttribute('data-own-mark');
  block.removeAttribute('data-verdicts');
}

/**
 * Paragraphs changed per frame. Marking one is a restyle and a repaint (own-marks.css draws the
 * bar as a border image, outside the layout), but ~3,000 at once (10,000 annotations arriving on
 * a 1 MB article) are still worth spreading over frames. Traced at 300, a frame's style and
 * pre-paint took 10-13 ms of CPU, doubled when two steps landed in one frame.
 */
const BLOCKS_PER_FRAME = 150;

/**
 * Above this many placements a fresh target is worked out in a task of its own: 10,000 arriving
 * at once come in the same commit as their highlights, whose painting is in that commit's effects
 * too, and both in one task made it the longest of a reload.
 */
const DEFER_FROM = 1000;

/**
 * Brings `applied` towards `target`, touching at most `limit` paragraphs (only those that differ);
 * true when they are the same.
 */
function step(target: Marked, applied: Marked, limit: number): boolean {
  let n = 0;
  for (const block of applied.keys()) {
    if (target.has(block)) continue;
    if (n++ >= limit) return false;
    unmark(block);
    applied.delete(block);
  }
  // Keys, then a look-up: `[block, verdicts]` pairs were an array per paragraph per frame (2 MB
  // while 10,000 annotations arrive), and the walk starts over at every frame.
  for (const block of target.keys()) {
    const verdicts = target.get(block)!;
    if (applied.get(block) === verdicts) continue;
    if (n++ >= limit) return false;
    markAs(block, verdicts, applied);
  }
  return true;
}

/** Marks `block` with `verdicts` ('' for none), or unmarks it (undefined), and notes it in `applied`. */
function markAs(block: HTMLElement, verdicts: string | undefined, applied: Marked): void {
  const had = applied.get(block);
  if (had === verdicts) return;
  if (verdicts === undefined) {
    unmark(block);
    applied.delete(block);
    return;
  }
  if (had === undefined) block.setAttribute('data-own-mark', '');
  if (verdicts) block.setAttribute('data-verdicts', verdicts);
  else block.removeAttribute('data-verdicts');
  applied.set(block, verdicts);
}

export function useOwnMarkMargins(map: TextMap | null, anchored: Anchored): void {
  const applied = useRef<Marked>(new Map());
  const frame = useRef(0);
  const last = useRef<Target | undefined>(undefined);

  useEffect(() => {
    if (!map) return;
    // What changed is marked at once when it is a little (a new highlight shows its bar in the
    // same frame), else a slice per frame. A patch of a few placements moves the last target.
    const patched = patchedTarget(map, last.current, anchored);
    let target: Target | undefined;
    const go = () => {
      if (target && !step(target.marked, applied.current, BLOCKS_PER_FRAME)) frame.current = requestAnimationFrame(go);
    };
    const update = () => {
      cancelAnimationFrame(frame.current);
      go();
    };
    const deferred =
      !patched && anchored.placed.length > DEFER_FROM
        ? window.setTimeout(() => {
            target = last.current = markedBlocks(map, anchored);
            // The first step in the next frame, not in this task as well: one step per frame.
            cancelAnimationFrame(frame.current);
            frame.current = requestAnimationFrame(go);
          }, 0)
        : 0;
    if (!deferred) {
      target = last.current = patched ?? markedBlocks(map, anchored);
      // A highlight made or removed shows in this frame even while the bars of thousands arriving
      // are still going in a slice per frame (the rest would come first, in the target's order).
      for (const block of patched?.touched ?? []) markAs(block, target.marked.get(block), applied.current);
      update();
    }
    // More of the article arrived: its paragraphs get their marks (no render of the app for it).
    // Before a deferred target is worked out there is nothing to grow: it will see them itself.
    const stopGrow = map.onGrow((previousEnd) => {
      if (!target) return;
      target = last.current = grownTarget(map, target, previousEnd);
      update();
    });
    return () => {
      stopGrow();
      clearTimeout(deferred);
      cancelAnimationFrame(frame.current);
    };
  }, [map, anchored]);

  // A new text map means a new body: clear the old one's marks before they are worked out again.
  useEffect(() => {
    const marks = applied;
    const target = last;
    return () => {
      for (const block of marks.current.keys()) unmark(block);
      marks.current = new Map();
      target.current = undefined;
    };
  }, [map]);
}
