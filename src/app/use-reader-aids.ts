/**
 * What the reading aids (find, the overview strip, reading progress) need from the article,
 * worked out in text offsets: matches painted through the highlight-layer table, marks placed by
 * their share of the text, and every scroll done through text-position.ts. None of them reads
 * the layout of individual findings.
 */
import { useCallback, useMemo } from 'react';
import { HIGHLIGHT_LAYERS } from '../anchoring/highlight/layers';
import type { HighlightPainter } from '../anchoring/highlight/painter';
import type { TextMap } from '../anchoring/text-map';
import { groupByColour, patchedGroup } from '../features/overview/mark-groups';
import type { MarkGroup } from '../features/overview/PositionOverview';
import { patchOf, type Anchored, type Placed } from '../model/anchored';
import type { TextSpan } from '../model/find-text';
import { LAYERS, type FindingIndex, type Layer } from '../model/findings';
import { usePrefsStore } from '../store/prefs';
import { offsetsOnScreen, revealSpan, scrollToOffset } from './text-position';

const MARK_COLOUR: Record<Layer, string> = {
  person: 'var(--layer-person)',
  place: 'var(--layer-place)',
  organization: 'var(--layer-organization)',
  claim: 'var(--layer-claim)',
};
const OWN_COLOUR = 'var(--user-line)';

/** Own marks by summary, so the next summary (a patch of it) starts from them. */
const ownMarksCache = new WeakMap<Anchored, { total: number; marks: MarkGroup }>();

/** Own marks follow the placements step by step: a highlight made among 10,000 adds one mark. */
function ownMarksOf(anchored: Anchored, total: number): MarkGroup {
  const place = (p: Placed) => p.start / total;
  const patch = patchOf(anchored);
  const before = patch && ownMarksCache.get(patch.from);
  const marks =
    patch && before?.total === total
      ? patchedGroup(before.marks, patch.removed.map(place), patch.added.map(place))
      : { color: OWN_COLOUR, own: true, at: Float64Array.from(anchored.placed, place) };
  ownMarksCache.set(anchored, { total, marks });
  return marks;
}

export function useOverview(
  map: TextMap | null,
  index: FindingIndex | null,
  visible: Record<Layer, boolean>,
  anchored: Anchored,
  textLength: number,
) {
  const theme = usePrefsStore((s) => s.theme);
  const total = Math.max(1, textLength);
  // Findings and own marks apart: a highlight made or removed rebuilds only the own marks, not
  // the ~16,000 findings' marks of a 1 MB article as well.
  const found = useMemo((): MarkGroup[] => {
    if (!map) return [];
    // Colours stay custom properties here: the strip resolves them when it draws, in a task of its
    // own (resolving them here forced a style recalculation of the whole page into this render).
    return groupByColour(
      index?.list ?? [],
      (f) => (visible[f.layer] ? MARK_COLOUR[f.layer] : undefined),
      (f) => f.start / total,
    );
    // theme: a new list makes the strip draw again, resolving the colours for the new theme.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, index, visible, total, theme]);
  const own = useMemo((): MarkGroup => ownMarksOf(anchored, total), [anchored, total]);
  const marks = useMemo((): MarkGroup[] => (map ? [...found, own] : []), [map, found, own]);

  const view = useCallback(() => {
    if (!map) return { from: 0, to: 0 };
    const { start, end } = offsetsOnScreen(map);
    return { from: start / total, to: end / total };
  }, [map, total]);

  const onPick = useCallback(
    (at: number) => {
      if (map) scrollToOffset(map, Math.floor(at * total));
    },
    [map, total],
  );
  return { marks, view, onPick };
}

export function useFindInArticle(map: TextMap | null, painter: HighlightPainter | null) {
  const startOffset = useCallback(() => (map ? offsetsOnScreen(map).start : 0), [map]);
  const onMatches = useCallback(
    (matches: readonly TextSpan[], current: number) => {
      if (!painter) return;
      painter.paint(HIGHLIGHT_LAYERS.findMatch, matches);
      painter.paint(HIGHLIGHT_LAYERS.findCurrent, current >= 0 ? [matches[current]] : []);
    },
    [painter],
  );
  const onReveal = useCallback(
    (m: TextSpan) => {
      if (map) revealSpan(map, m.start, m.end);
    },
    [map],
  );
  return { startOffset, onMatches, onReveal };
}

export { LAYERS };
