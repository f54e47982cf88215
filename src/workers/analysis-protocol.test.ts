import { describe, expect, it } from 'vitest';
import type { Analysis } from '../engine/types';
import { analysisReplies, joinAnalysis, pageAnalysis, type WorkerReply } from './analysis-protocol';

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

describe('the analysis as the page gets it', () => {
  it('leaves out why each mention and claim was made, and keeps everything else', () => {
    const full = {
      version: 2,
      mentions: [
        { id: 'm0', type: 'place', start: 0, end: 6, text: 'Vienna', entityId: 'e0', why: 'model: place 0.69' },
      ],
      entities: [{ id: 'e0', type: 'place', name: 'Vienna', aliases: [], roles: [], mentionIds: ['m0'] }],
      claims: [{ id: 'c0', start: 0, end: 20, text: 'Vienna said it would', why: ['cue.verb.say: said'] }],
    } as unknown as Analysis;
    const page = pageAnalysis(full);
    expect(page.mentions.map((m) => m.why)).toEqual(['']);
    expect(page.claims.map((c) => c.why)).toEqual([[]]);
    const strip = <T extends { why: unknown }>(x: T) => ({ ...x, why: undefined });
    expect(page.mentions.map(strip)).toEqual(full.mentions.map(strip));
    expect(page.claims.map(strip)).toEqual(full.claims.map(strip));
    expect(page.entities).toEqual(full.entities);
    expect(full.mentions[0].why).toBe('model: place 0.69');
  });
});
