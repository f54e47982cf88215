/**
 * The findings' index (keyboard traversal, cards, hover, overview) for the analysis shown, built
 * after the frame that painted it, over as many tasks as it takes: `indexFindingsInSteps` runs in
 * slices of main-thread time (lib/time-slices), so the ~28,000 findings of a 1 MB article never
 * make one long task. Commands that need the index wait for it (use-reader-commands).
 */
import { useEffect, useState } from 'react';
import type { Analysis } from '../engine/types';
import { afterNextFrame } from '../lib/after-next-frame';
import { nextTask, runInSlices } from '../lib/time-slices';
import { indexFindingsInSteps, type FindingIndex } from '../model/findings';

export function useFindingIndex(analysis: Analysis | undefined, key: string): FindingIndex | null {
  const [built, setBuilt] = useState<{ analysis: Analysis; key: string; index: FindingIndex } | null>(null);
  const upToDate = built?.analysis === analysis && built?.key === key;
  useEffect(() => {
    if (!analysis || upToDate) return;
    const stop = new AbortController();
    // Background work: the page's queued tasks (a frame, input) go first between slices.
    const cancel = afterNextFrame(() => {
      runInSlices(indexFindingsInSteps(analysis), { yieldTo: nextTask, signal: stop.signal }).then(
        (index) => setBuilt({ analysis, key, index }),
        (e: unknown) => {
          if (!stop.signal.aborted) throw e;
        },
      );
    });
    return () => {
      cancel();
      stop.abort();
    };
  }, [analysis, key, upToDate]);
  // Until a new analysis of the same article (a correction) is indexed, the last index serves, as
  // the last painted layers do; another article's never does.
  return analysis && built?.key === key ? built.index : null;
}
