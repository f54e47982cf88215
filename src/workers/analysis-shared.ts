/**
 * The analysis as both the worker and the main-thread fallback run it: the gazetteer is loaded
 * lazily (its own chunk) the first time, then the pure engine runs. Keeping this the only entry
 * means both paths give the same answer.
 */
import { analyze } from '../engine/index';
import { loadGazetteer } from '../engine/gazetteer/index';
import type { Analysis } from '../engine/types';

export type AnalysisStage = 'loading-gazetteer' | 'analysing';

/**
 * A few sentences of made-up news touching the engine's main paths (people, places, a firm, a date,
 * a figure, a quote and a claim), analysed once before any article arrives: the first real analysis
 * then runs on compiled code instead of paying for the engine's first-run compilation itself.
 */
const WARM_UP_TEXT =
  'PORTO, Portugal (Wire) — Ana Ribeiro, the city council spokeswoman, said on Tuesday that the ' +
  'Northgate Holdings Ltd plan would cost $4.2 million. "We will vote in March," she told reporters. ' +
  'Critics in Lisbon claimed the figure was 30 percent too low.';

/**
 * Loads the engine and the gazetteer and analyses a short text, so the first article's analysis
 * waits for neither downloads nor compilation. The result is thrown away; the engine keeps no state
 * between analyses that could change the next one's output (it analyses article after article
 * anyway). Never rejects: a failure here is the real analysis's to report.
 */
export async function warmUpAnalysis(): Promise<void> {
  await runAnalysis(WARM_UP_TEXT).catch(() => undefined);
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
