/**
 * The analysis as both the worker and the main-thread fallback run it: the gazetteer is loaded
 * lazily (its own chunk) the first time, then the pure engine runs. Keeping this the only entry
 * means both paths give the same answer.
 */
import { analyze } from '../engine/index';
import { loadGazetteer } from '../engine/gazetteer/index';
import type { Analysis } from '../engine/types';

export type AnalysisStage = 'loading-gazetteer' | 'analysing';

/** Loads the gazetteer ahead of time (cached by loadGazetteer), so the first analysis waits less. */
export async function warmUpAnalysis(): Promise<void> {
  await loadGazetteer().catch(() => undefined);
}

export async function runAnalysis(text: string, onStage?: (stage: AnalysisStage) => void): Promise<Analysis> {
  onStage?.('loading-gazetteer');
  let gazetteer: Awaited<ReturnType<typeof loadGazetteer>> | undefined;
  try {
    gazetteer = await loadGazetteer();
  } catch {
    // Without the gazetteer the engine still finds places from context; no coordinates, though.
    gazetteer = undefined;
  }
  onStage?.('analysing');
  return analyze(text, { gazetteer });
}
