/**
 * A stored `CompactAnalysis` (analysis-protocol.ts) read back on the page's thread: its shape
 * checked, its parts decoded one a step, and the decoded analysis checked as any stored one is
 * (analysis-check.ts), in steps too — `pause` comes between steps, so a 1 MB article's 31 parts
 * and 28,000 findings never make one long task.
 */
import type { Analysis } from '../engine/types';
import { isPlainRecord } from '../lib/plain-record';
import { analysisOfInSteps } from './analysis-check';
import { isCompactPart, type CompactPart } from './analysis-compact';
import { AnalysisReceiver, type AnalysisRest, type CompactAnalysis } from './analysis-protocol';

/** A part as stored: its `ints` and `lists` are counts, their numbers in the entry's `numbers`. */
type PackedPart = Omit<CompactPart, 'ints' | 'lists'> & { ints: number; lists: number };

/**
 * A `CompactAnalysis` as the cache stores it: every part's numbers in one `Blob` (`numbers`: each
 * part's `ints` then its `lists`, in order), the parts keeping only their counts. IndexedDB keeps a
 * Blob as a file and hands back a handle, so reading the entry no longer copies the numbers in the
 * task that receives it: the 1 MB article's 1.4 MB of numbers made that one task of 20–43 ms CPU
 * (perf38, traced), where `numbers.arrayBuffer()` brings them in off that task (7–9 ms CPU left).
 */
export interface PackedCompact {
  rest: AnalysisRest;
  parts: PackedPart[];
  numbers: Blob;
}

export function packCompact(compact: CompactAnalysis): PackedCompact {
  const numbers = new Blob(compact.parts.flatMap((p) => [p.ints, p.lists]) as BlobPart[]);
  const parts = compact.parts.map(({ ints, lists, ...rest }) => ({ ...rest, ints: ints.length, lists: lists.length }));
  return { rest: compact.rest, parts, numbers };
}

const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

/**
 * A stored compact entry with its parts' numbers back in place (typed-array views of the Blob's
 * bytes); an entry in the older form (numbers inline) as it is; null when the numbers do not add
 * up to the Blob's length or cannot be read (damaged: the caller deletes it).
 */
export async function unpackCompact(stored: unknown): Promise<unknown> {
  if (!isPlainRecord(stored) || !(stored.numbers instanceof Blob)) return stored;
  const { parts, numbers } = stored;
  if (!Array.isArray(parts) || !parts.every((p) => isPlainRecord(p) && isCount(p.ints) && isCount(p.lists)))
    return null;
  const total = parts.reduce((sum: number, p: PackedPart) => sum + p.ints + p.lists, 0);
  if (numbers.size !== total * Int32Array.BYTES_PER_ELEMENT) return null;
  const buffer = await numbers.arrayBuffer().catch(() => null);
  if (!buffer || buffer.byteLength !== numbers.size) return null;
  let at = 0;
  const view = (n: number) => {
    const numbersOfPart = new Int32Array(buffer, at * Int32Array.BYTES_PER_ELEMENT, n);
    at += n;
    return numbersOfPart;
  };
  return {
    rest: stored.rest,
    parts: parts.map((p: PackedPart) => ({ ...p, ints: view(p.ints), lists: view(p.lists) })),
  };
}

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
