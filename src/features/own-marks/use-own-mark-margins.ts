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
import type { Anchored } from '../../model/anchored';
import { verdictBadgeText } from './VerdictBadge';

/** Each marked paragraph with the badge text of its verdicts ('' for none). */
type Marked = Map<HTMLElement, string>;

function markedBlocks(map: TextMap, anchored: Anchored): Marked {
  const verdictsOf = new Map<HTMLElement, string[]>();
  for (const p of anchored.placed) {
    const block = map.renderedBlockAt(p.start);
    if (!block) continue;
    const verdicts = verdictsOf.get(block) ?? [];
    if (p.annotation.kind === 'claim' && p.annotation.verdict) verdicts.push(verdictBadgeText(p.annotation.verdict));
    verdictsOf.set(block, verdicts);
  }
  const marked: Marked = new Map();
  for (const [block, verdicts] of verdictsOf) marked.set(block, verdicts.join('  ·  '));
  return marked;
}

function unmark(block: HTMLElement): void {
  block.removeAttribute('data-own-mark');
  block.removeAttribute('data-verdicts');
}

/** Puts on and takes off only what differs between the marks applied and the marks wanted now. */
function apply(map: TextMap, anchored: Anchored, before: Marked): Marked {
  const after = markedBlocks(map, anchored);
  for (const block of before.keys()) if (!after.has(block)) unmark(block);
  for (const [block, verdicts] of after) {
    const had = before.get(block);
    if (had === undefined) block.setAttribute('data-own-mark', '');
    if (had === verdicts) continue;
    if (verdicts) block.setAttribute('data-verdicts', verdicts);
    else block.removeAttribute('data-verdicts');
  }
  return after;
}

export function useOwnMarkMargins(map: TextMap | null, anchored: Anchored): void {
  const applied = useRef<Marked>(new Map());
  const latest = useRef(anchored);

  useEffect(() => {
    latest.current = anchored;
    if (map) applied.current = apply(map, anchored, applied.current);
  }, [map, anchored]);

  // More of the article arrived: its paragraphs get their marks (no render of the app for it).
  useEffect(() => map?.onGrow(() => void (applied.current = apply(map, latest.current, applied.current))), [map]);

  // A new text map means a new body: clear the old one's marks before they are worked out again.
  useEffect(() => {
    const marks = applied;
    return () => {
      for (const block of marks.current.keys()) unmark(block);
      marks.current = new Map();
    };
  }, [map]);
}
