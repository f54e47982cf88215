/**
 * A stored `CompactAnalysis` (analysis-protocol.ts) read back on the page's thread: its shape
 * checked, its parts decoded one a step, and the decoded analysis checked as any stored one is
 * (analysis-check.ts), in steps too — `pause` comes between steps, so a 1 MB article's 31 parts
 * and 28,000 findings never make one long task.
 */
import type { Analysis } from '../engine/types';
import { isPlainRecord } from '../lib/plain-record';
import { analysisOfInSteps } from './analysis-check';
import { isCompactPart } from './analysis-compact';
import { AnalysisReceiver, type AnalysisRest } from './analysis-protocol';

/** `stored` decoded as the analysis of `text`, or null when it is not exactly that. */
export async function compactAnalysisOf(
  stored: unknown,
  text: string,
  pause: () => Promise<void>,
): Promise<Analysis | null> {
  if (!isPlainRecord(stored) || !isPlainRecord(stored.rest) || !Array.isArray(stored.parts)) return null;
  const parts: unknown[] = stored.parts;
  if (!parts.every(isCompactPart)) return null;
  const receiver = new AnalysisReceiver(text);
  let analysis: Analysis;
  try {
    for (const part of parts) {
      await pause();
      receiver.part(part);
    }
    analysis = receiver.done(stored.rest as AnalysisRest, []);
  } catch {
    return null; // indices out of the table or the lists: damaged
  }
  await pause();
  return analysisOfInSteps(analysis, text, pause);
}
