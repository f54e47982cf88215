import type { Analysis } from '../engine/types';
import type { AnalysisStage } from './analysis-shared';

/** `warm`: start loading what the analysis needs (the gazetteer) before any text arrives. */
export type WorkerRequest = { id: number; text: string } | { id: number; warm: true };

/** The lists of an analysis that can be long enough to be sent in parts. */
export type AnalysisListKey = 'mentions' | 'entities' | 'claims';

/**
 * A finished analysis comes as `part`s of its lists, then `done` with the rest: each message is
 * copied into the page in a task of its own, and one structured clone of a 1 MB article's ~25,000
 * findings was a 50–150 ms task.
 */
export type WorkerReply =
  | { id: number; type: 'stage'; stage: AnalysisStage }
  | { id: number; type: 'part'; key: AnalysisListKey; items: unknown[] }
  | { id: number; type: 'done'; analysis: Analysis }
  | { id: number; type: 'error'; message: string };

/**
 * Items per `part` message: a few milliseconds to copy into the page. Traced on the 1 MB article,
 * a part of 2,000 mentions took 10–17 ms of main-thread CPU (the copy and the young-generation
 * GC it set off), the longest tasks after the analysis' arrival; 1,000 keeps each under ~8.
 */
export const PART_ITEMS = 1000;

const LIST_KEYS = ['mentions', 'entities', 'claims'] as const satisfies readonly AnalysisListKey[];

/** The replies that carry a finished analysis: its long lists in parts, then `done` with the rest. */
export function analysisReplies(id: number, analysis: Analysis, partItems = PART_ITEMS): WorkerReply[] {
  const replies: WorkerReply[] = [];
  const rest = { ...analysis };
  for (const key of LIST_KEYS) {
    const list: readonly unknown[] = analysis[key];
    if (list.length <= partItems) continue;
    for (let i = 0; i < list.length; i += partItems)
      replies.push({ id, type: 'part', key, items: list.slice(i, i + partItems) });
    rest[key] = [];
  }
  replies.push({ id, type: 'done', analysis: rest });
  return replies;
}

/** The analysis from its `done` message, with the parts received before it (in order) put back in front. */
export function joinAnalysis(
  analysis: Analysis,
  parts: Partial<Record<AnalysisListKey, unknown[][]>> | undefined,
): Analysis {
  if (!parts) return analysis;
  const list = <K extends AnalysisListKey>(key: K): Analysis[K] =>
    [...(parts[key] ?? []).flat(), ...analysis[key]] as Analysis[K];
  return { ...analysis, mentions: list('mentions'), entities: list('entities'), claims: list('claims') };
}
