import { describe, expect, it } from 'vitest';
import type { Analysis } from '../engine/types';
import { analysisReplies, joinAnalysis, type WorkerReply } from './analysis-protocol';

const analysis = (n: number): Analysis =>
  ({
    version: 2,
    mentions: Array.from({ length: n }, (_, i) => ({ id: `m${i}` })),
    entities: [{ id: 'e0' }],
    claims: Array.from({ length: 3 }, (_, i) => ({ id: `c${i}` })),
  }) as unknown as Analysis;

/** What the page does with the replies, in order. */
function receive(replies: WorkerReply[]): Analysis | undefined {
  const parts: Record<string, unknown[][]> = {};
  for (const r of replies) {
    if (r.type === 'part') (parts[r.key] ??= []).push(r.items);
    if (r.type === 'done') return joinAnalysis(r.analysis, parts);
  }
  return undefined;
}

describe('analysis replies', () => {
  it('send a long list in parts of at most the given size, and the page puts it back together in order', () => {
    const a = analysis(10);
    const replies = analysisReplies(7, a, 4);
    expect(replies.map((r) => (r.type === 'part' ? r.items.length : r.type))).toEqual([4, 4, 2, 'done']);
    expect(replies.every((r) => r.id === 7)).toBe(true);
    expect(receive(replies)).toEqual(a);
  });

  it('send a short analysis whole, in one message', () => {
    const a = analysis(2);
    const replies = analysisReplies(1, a, 4);
    expect(replies).toEqual([{ id: 1, type: 'done', analysis: a }]);
    expect(receive(replies)).toEqual(a);
  });
});
