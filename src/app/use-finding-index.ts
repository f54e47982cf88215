/**
 * The findings' index (keyboard traversal, cards, hover, overview) for the analysis shown, built
 * after the frame that painted it, over as many tasks as it takes: each runs steps of
 * `indexFindingsInSteps` for at most SLICE_MS, so the ~28,000 findings of a 1 MB article never
 * make one long task. Commands that need the index wait for it (use-reader-commands).
 */
import { useEffect, useState } from 'react';
import type { Analysis } from '../engine/types';
import { afterNextFrame } from '../lib/after-next-frame';
import { indexFindingsInSteps, type FindingIndex } from '../model/findings';

/** Main-thread time one slice may take (ms): well inside a frame, with room for the rest. */
const SLICE_MS = 8;

export function useFindingIndex(analysis: Analysis | undefined, key: string): FindingIndex | null {
  const [built, setBuilt] = useState<{ analysis: Analysis; key: string; index: FindingIndex } | null>(null);
  const upToDate = built?.analysis === analysis && built?.key === key;
  useEffect(() => {
    if (!analysis || upToDate) return;
    const steps = indexFindingsInSteps(analysis);
    let timer = 0;
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      for (;;) {
        const r = steps.next();
        if (r.done) {
          setBuilt({ analysis, key, index: r.value });
          return;
        }
        if (performance.now() >= until) break;
      }
      timer = window.setTimeout(slice, 0);
    };
    const cancel = afterNextFrame(slice);
    return () => {
      cancel();
      clearTimeout(timer);
    };
  }, [analysis, key, upToDate]);
  // Until a new analysis of the same article (a correction) is indexed, the last index serves, as
  // the last painted layers do; another article's never does.
  return analysis && built?.key === key ? built.index : null;
}
