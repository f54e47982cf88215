/**
 * The content tint of claims. By default a claim shows as its speaker and cue, and its words are
 * tinted only while it is active: pointed at, under the keyboard cursor, or open in a card
 * (model/active-claims.ts). The reader may ask for every claim tinted (analysis mode only), which
 * is the look issue 11 found too dense to read as the default.
 */
import { useEffect, useMemo } from 'react';
import { HIGHLIGHT_LAYERS as L } from '../../anchoring/highlight/layers';
import type { HighlightPainter } from '../../anchoring/highlight/painter';
import { activeClaimIds } from '../../model/active-claims';
import type { FindingIndex } from '../../model/findings';
import { useReadingStore } from '../../store/reading';

export function useClaimTint(
  painter: HighlightPainter | null,
  index: FindingIndex | null,
  options: { shown: boolean; all: boolean; previewId: string | null },
): void {
  const { shown, all, previewId } = options;
  const hoverClaimId = useReadingStore((s) => s.hoverClaimId);
  const cursorId = useReadingStore((s) => s.cursorId);
  const cardId = useReadingStore((s) => s.cardId);
  const active = useMemo(
    () => (index ? activeClaimIds(index, { hoverClaimId, cursorId, cardIds: [cardId, previewId] }) : new Set<string>()),
    [index, hoverClaimId, cursorId, cardId, previewId],
  );
  useEffect(() => {
    if (!painter || !index) return;
    const claims = !shown ? [] : all ? [...index.claims.values()] : [...active].map((id) => index.claims.get(id)!);
    painter.paint(
      L.claim,
      claims.map((c) => c.content),
    );
  }, [painter, index, shown, all, active]);
}
