/**
 * The imperative core of the inline layers, wrapped for React: builds the text map once the
 * article is in the DOM, paints each visible layer, the keyboard cursor and jump flashes, and
 * dims blocks when the article is filtered to one entity. Each concern is its own effect, so a
 * layer toggle repaints one layer, not the page.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { HighlightPainter, supportsHighlights } from '../../anchoring/highlight/painter';
import { buildTextMap, type TextMap } from '../../anchoring/text-map';
import { HIGHLIGHT_LAYERS as L, installLayerStyles } from '../../anchoring/highlight/layers';
import type { Analysis } from '../../engine/types';
import type { FindingIndex, Layer } from '../../model/findings';
import { useReadingStore } from '../../store/reading';
import { analysisSpans } from './analysis-spans';

const FLASH_MS = 1200;

export interface LayerHandles {
  map: TextMap | null;
  painter: HighlightPainter | null;
}

export function useArticleLayers(
  root: RefObject<HTMLElement | null>,
  articleId: string,
  analysis: Analysis | undefined,
  index: FindingIndex | null,
  visible: Record<Layer, boolean>,
): LayerHandles {
  const [handles, setHandles] = useState<LayerHandles>({ map: null, painter: null });

  // The layers' stylesheet goes in with the reader's first frame, which styles the page anyway. Put
  // in later by the painter, it made the next frame style the whole page again (19 ms of CPU in a
  // traced reload of a 1 MB article, forced by the first read of the layout).
  useLayoutEffect(() => {
    if (supportsHighlights()) installLayerStyles();
  }, []);

  // Built in a passive effect, not a layout effect: the body's blocks are in the page either way
  // (its own layout effect put them there), and state set in a layout effect is rendered at once,
  // pulling every pending effect of the commit into the same task — when a 1 MB article opens, one
  // task of ~100 ms instead of a commit, a frame, then effects and this render apart.
  useEffect(() => {
    if (!root.current) return;
    const map = buildTextMap(root.current);
    const painter = new HighlightPainter(map);
    // The map can only be built from the rendered DOM, so it is state set after the commit.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setHandles({ map, painter });
    return () => {
      painter.destroy();
      map.dispose();
    };
  }, [root, articleId]);

  const { painter } = handles;

  useEffect(() => {
    if (!painter || !analysis) return;
    const spans = analysisSpans(analysis);
    // The claims' content is painted by useClaimTint: by default only the active claim's.
    const claims = visible.claim;
    // All at once: the painter then decides once whether a 1 MB article's layers are windowed.
    painter.paintAll([
      [L.person, visible.person ? spans.person : []],
      [L.place, visible.place ? spans.place : []],
      [L.organization, visible.organization ? spans.organization : []],
      [L.claimCue, claims ? spans.claimCue : []],
      [L.claimSpeaker, claims ? spans.claimSpeaker : []],
    ]);
  }, [painter, analysis, visible]);

  const cursorId = useReadingStore((s) => s.cursorId);
  const jumpSeq = useReadingStore((s) => s.jumpSeq);
  useEffect(() => {
    if (!painter) return;
    const f = cursorId ? index?.byId.get(cursorId) : undefined;
    painter.paint(L.cursor, f ? [f] : []);
  }, [painter, index, cursorId]);

  const lastJump = useRef(0);
  useEffect(() => {
    if (!painter || !handles.map || jumpSeq === lastJump.current) return;
    lastJump.current = jumpSeq;
    const f = cursorId ? index?.byId.get(cursorId) : undefined;
    if (!f) return;
    handles.map.blockAt(f.start)?.scrollIntoView({ block: 'center' });
    painter.paint(L.flash, [f]);
    const t = window.setTimeout(() => painter.clear(L.flash), FLASH_MS);
    return () => window.clearTimeout(t);
  }, [painter, handles.map, index, cursorId, jumpSeq]);

  const spanJump = useReadingStore((s) => s.spanJump);
  useEffect(() => {
    if (!painter || !handles.map || !spanJump) return;
    handles.map.blockAt(spanJump.start)?.scrollIntoView({ block: 'center' });
    painter.paint(L.flash, [spanJump]);
    const t = window.setTimeout(() => painter.clear(L.flash), FLASH_MS);
    return () => window.clearTimeout(t);
  }, [painter, handles.map, spanJump]);

  const filterEntityId = useReadingStore((s) => s.filterEntityId);
  // Whether any block may be dimmed: with no filter ever set (the usual case), the analysis arriving
  // does not walk a long article's thousands of blocks to take off a class none of them has.
  const dimming = useRef(false);
  useEffect(() => {
    const el = root.current;
    if (!el || !analysis) return;
    if (!filterEntityId && !dimming.current) return;
    const blocks = el.querySelectorAll<HTMLElement>('.article-body [data-start]');
    if (!filterEntityId) {
      for (const b of blocks) b.classList.remove('dimmed');
      dimming.current = false;
      return;
    }
    dimming.current = true;
    const mentions = analysis.mentions.filter((m) => m.entityId === filterEntityId);
    for (const b of blocks) {
      const start = Number(b.dataset.start);
      const end = Number(b.dataset.end);
      b.classList.toggle('dimmed', !mentions.some((m) => m.start >= start && m.end <= end));
    }
  }, [root, analysis, filterEntityId]);

  return handles;
}
