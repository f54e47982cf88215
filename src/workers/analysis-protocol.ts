import type { Analysis } from '../engine/types';
import type { AnalysisStage } from './analysis-shared';
import {
  CompactDecoder,
  CompactEncoder,
  transferablesOf,
  type AnalysisListKey,
  type CompactPart,
} from './analysis-compact';

export type { AnalysisListKey } from './analysis-compact';

/** `warm`: start loading what the analysis needs (the gazetteer) before any text arrives. */
export type WorkerRequest = { id: number; text: string } | { id: number; warm: true };

/** What an analysis holds besides its lists (its version). */
export type AnalysisRest = Omit<Analysis, AnalysisListKey>;

/**
 * A finished analysis comes as `part`s of its long lists, then `done` with the short ones and the
 * rest, all in the compact form (analysis-compact.ts): each message is copied into the page in a
 * task of its own, and one structured clone of a 1 MB article's ~25,000 findings was a 50–150 ms
 * task.
 */
export type WorkerReply =
  | { id: number; type: 'stage'; stage: AnalysisStage }
  | { id: number; type: 'part'; part: CompactPart }
  | { id: number; type: 'done'; rest: AnalysisRest; parts: CompactPart[] }
  | { id: number; type: 'error'; message: string }
  /** The warm-up (`{ warm: true }`) is over, or was not needed: the worker is ready. */
  | { id: 0; type: 'warm' };

/**
 * Items per `part` message: a few milliseconds to copy into the page. Traced on the 1 MB article,
 * a part of 2,000 mentions took 10–17 ms of main-thread CPU (the copy and the young-generation
 * GC it set off), the longest tasks after the analysis' arrival; 1,000 keeps each under ~8.
 */
export const PART_ITEMS = 1000;

const LIST_KEYS = ['mentions', 'entities', 'claims'] as const satisfies readonly AnalysisListKey[];

/** A reply and the buffers its message moves (postMessage's transfer list). */
export interface Outgoing {
  reply: WorkerReply;
  transfer: ArrayBuffer[];
}

/**
 * The replies that carry the analysis of `text`, in the order they must be posted (the string table
 * grows part by part): its long lists in parts, then `done` with the short ones and the rest.
 */
export function analysisReplies(id: number, analysis: Analysis, text: string, partItems = PART_ITEMS): Outgoing[] {
  const encoder = new CompactEncoder(text);
  const out: Outgoing[] = [];
  const rest: Partial<Analysis> = { ...analysis };
  for (const key of LIST_KEYS) delete rest[key];
  const short: CompactPart[] = [];
  for (const key of LIST_KEYS) {
    const list: readonly unknown[] = analysis[key];
    if (list.length <= partItems) continue;
    for (let i = 0; i < list.length; i += partItems) {
      const part = encoder.encode(key, analysis[key].slice(i, i + partItems));
      out.push({ reply: { id, type: 'part', part }, transfer: transferablesOf([part]) });
    }
  }
  for (const key of LIST_KEYS) if (analysis[key].length <= partItems) short.push(encoder.encode(key, analysis[key]));
  out.push({ reply: { id, type: 'done', rest: rest as AnalysisRest, parts: short }, transfer: transferablesOf(short) });
  return out;
}

/**
 * An analysis as the worker sent it: every part in the order it came, and `done`'s rest. A long
 * article's analysis is stored so (analysis-cache.ts): reading it back is a copy of a few typed
 * arrays and strings, then the same decoding, a part a task, as when it comes from the worker.
 */
export interface CompactAnalysis {
  rest: AnalysisRest;
  parts: CompactPart[];
}

/** The page's side of one analysis: its parts built back as they come, then the whole at `done`. */
export class AnalysisReceiver {
  private readonly decoder: CompactDecoder;
  private readonly lists: { [K in AnalysisListKey]: Analysis[K] } = { mentions: [], entities: [], claims: [] };
  private readonly received: CompactPart[] = [];
  private rest: AnalysisRest | undefined;

  /** `text` is the article analysed: the spans' texts are cut from it. */
  constructor(text: string) {
    this.decoder = new CompactDecoder(text);
  }

  part(part: CompactPart): void {
    this.decoder.decode(part, this.lists[part.key]);
    this.received.push(part);
  }

  done(rest: AnalysisRest, parts: readonly CompactPart[]): Analysis {
    for (const part of parts) this.part(part);
    this.rest = rest;
    return { ...rest, ...this.lists };
  }

  /** After `done`: what came, as it came (the parts are only read by decoding, never changed). */
  compact(): CompactAnalysis | null {
    return this.rest ? { rest: this.rest, parts: this.received } : null;
  }
}
