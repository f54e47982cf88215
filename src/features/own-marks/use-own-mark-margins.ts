/**
 * The reader's own marks get a channel of their own, apart from the analysis layers' tints: a
 * bar in the margin beside each paragraph holding one, and the verdicts given in that paragraph
 * as a badge at its end. Both are attributes on the paragraph (data-own-mark, data-verdicts),
 * drawn by own-marks.css, so nothing is inserted into the article's text.
 */
import { useEffect } from 'react';
import type { TextMap } from '../../anchoring/text-map';
import type { Anchored } from '../../model/anchored';
import { verdictBadgeText } from './VerdictBadge';

export function useOwnMarkMargins(map: TextMap | null, anchored: Anchored): void {
  useEffect(() => {
    if (!map) return;
    const marked = new Map<HTMLElement, string[]>();
    for (const p of anchored.placed) {
      const block = map.blockAt(p.start);
      if (!block) continue;
      const verdicts = marked.get(block) ?? [];
      if (p.annotation.kind === 'claim' && p.annotation.verdict) verdicts.push(verdictBadgeText(p.annotation.verdict));
      marked.set(block, verdicts);
    }
    for (const [block, verdicts] of marked) {
      block.setAttribute('data-own-mark', '');
      if (verdicts.length) block.setAttribute('data-verdicts', verdicts.join('  ·  '));
      else block.removeAttribute('data-verdicts');
    }
    return () => {
      for (const block of marked.keys()) {
        block.removeAttribute('data-own-mark');
        block.removeAttribute('data-verdicts');
      }
    };
  }, [map, anchored]);
}
