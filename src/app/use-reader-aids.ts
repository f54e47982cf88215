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
import type { OverviewMark } from '../features/overview/PositionOverview';
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
const ownMarksCache = new WeakMap<Anchored, { total: number; marks: OverviewMark[] }>();

/** Own marks follow the placements step by step: a highlight made among 10,000 adds one mark. */
function ownMarksOf(anchored: Anchored, total: number): OverviewMark[] {
  const mark = (p: Placed): OverviewMark => ({ at: p.start / total, color: OWN_COLOUR, own: true });
  const patch = patchOf(anchored);
  const before = patch && ownMarksCache.get(patch.from);
  let marks: OverviewMark[];
  if (patch && before?.total === total) {
    // The strip draws marks in any order: a removed one is any mark at its place.
    marks = before.marks.slice();
    for (const p of patch.removed) {
      const i = marks.findIndex((m) => m.at === p.start / total);
      if (i >= 0) marks.splice(i, 1);
    }
    for (const p of patch.added) marks.push(mark(p));
  } else marks = anchored.placed.map(mark);
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
  const found = useMemo((): OverviewMark[] => {
    if (!map) return [];
    // Colours stay custom properties here: the strip resolves them when it draws, in a task of its
    // own (resolving them here forced a style recalculation of the whole page into this render).
    const out: OverviewMark[] = [];
    for (const f of index?.list ?? []) {
      if (visible[f.layer]) out.push({ at: f.start / total, color: MARK_COLOUR[f.layer] });
    }
    return out;
    // theme: a new list makes the strip draw again, resolving the colours for the new theme.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, index, visible, total, theme]);
  const own = useMemo((): OverviewMark[] => ownMarksOf(anchored, total), [anchored, total]);
  const marks = useMemo((): OverviewMark[] => (map ? found.concat(own) : []), [map, found, own]);

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
