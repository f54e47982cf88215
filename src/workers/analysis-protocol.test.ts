import { describe, expect, it } from 'vitest';
import type { Analysis, Mention } from '../engine/types';
import { AnalysisReceiver, analysisReplies, type Outgoing } from './analysis-protocol';

const TEXT = 'Ana met Bo. '.repeat(10);

const mention = (i: number): Mention => {
  const start = (i % 10) * 12;
  return { id: `m${i}`, type: 'person', start, end: start + 3, text: 'Ana', entityId: 'e0', why: 'rule x' };
};

const analysis = (n: number): Analysis => ({
  version: 2,
  mentions: Array.from({ length: n }, (_, i) => mention(i)),
  entities: [{ id: 'e0', type: 'person', name: 'Ana', aliases: [], roles: [], mentionIds: ['m0'] }],
  claims: [],
});

/** What the page does with the replies, in order. */
function receive(replies: Outgoing[]): Analysis | undefined {
  const receiver = new AnalysisReceiver(TEXT);
  for (const { reply: r } of replies) {
    if (r.type === 'part') receiver.part(r.part);
    if (r.type === 'done') return receiver.done(r.rest, r.parts);
  }
  return undefined;
}

describe('analysis replies', () => {
  it('send a long list in parts of at most the given size, and the page puts it back together in order', () => {
    const a = analysis(10);
    const replies = analysisReplies(7, a, TEXT, 4);
    expect(replies.map(({ reply: r }) => (r.type === 'part' ? r.part.count : r.type))).toEqual([4, 4, 2, 'done']);
    expect(replies.every(({ reply }) => reply.id === 7)).toBe(true);
    expect(receive(replies)).toStrictEqual(a);
  });

  it('send a short analysis whole, in one message', () => {
    const a = analysis(2);
    const replies = analysisReplies(1, a, TEXT, 4);
    expect(replies.map(({ reply }) => reply.type)).toEqual(['done']);
    expect(receive(replies)).toStrictEqual(a);
  });

  it('move the parts’ buffers instead of copying them, and send each string once', () => {
    const replies = analysisReplies(1, analysis(10), TEXT, 4);
    for (const { reply, transfer } of replies) {
      const parts = reply.type === 'part' ? [reply.part] : reply.type === 'done' ? reply.parts : [];
      expect(transfer).toEqual(parts.flatMap((p) => [p.ints.buffer, p.lists.buffer]));
    }
    const strings = replies.flatMap(({ reply: r }) =>
      r.type === 'part' ? r.part.strings : r.type === 'done' ? r.parts.flatMap((p) => p.strings) : [],
    );
    expect(strings.filter((s) => s === 'rule x')).toHaveLength(1);
    expect(strings).not.toContain('Ana met Bo.');
  });
});
