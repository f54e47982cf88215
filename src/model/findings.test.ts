import { describe, expect, it } from 'vitest';
import type { Analysis } from '../engine/types';
import {
  describeFinding,
  findingsAt,
  indexFindings,
  indexFindingsInSteps,
  LAYERS,
  stepFinding,
  type Layer,
} from './findings';

//            0         1         2         3         4         5
//            012345678901234567890123456789012345678901234567890123
const text = 'Ana Silva said Porto will grow, and Acme Corp agreed.';
const analysis: Analysis = {
  version: 2,
  mentions: [
    { id: 'm1', type: 'person', start: 0, end: 9, text: 'Ana Silva', entityId: 'e1', why: 'test' },
    { id: 'm2', type: 'place', start: 15, end: 20, text: 'Porto', entityId: 'e2', why: 'test' },
    { id: 'm3', type: 'organization', start: 36, end: 45, text: 'Acme Corp', entityId: 'e3', why: 'test' },
  ],
  entities: [
    { id: 'e1', type: 'person', name: 'Ana Silva', aliases: [], roles: [], mentionIds: ['m1'] },
    { id: 'e2', type: 'place', name: 'Porto', aliases: [], roles: [], mentionIds: ['m2'] },
    { id: 'e3', type: 'organization', name: 'Acme Corp', aliases: [], roles: [], mentionIds: ['m3'] },
  ],
  claims: [
    {
      id: 'c1',
      start: 0,
      end: 31,
      text: text.slice(0, 31),
      content: { start: 15, end: 30, text: '' },
      cue: { start: 10, end: 14, text: 'said' },
      kind: 'indirect',
      direct: false,
      hedged: true,
      why: [],
      speaker: { start: 0, end: 9, text: 'Ana Silva', name: 'Ana Silva', entityId: 'e1' },
    },
  ],
};
const index = indexFindings(analysis);
const all = new Set<Layer>(LAYERS);

describe('findings', () => {
  it('orders findings by position, outer before inner', () => {
    expect(index.list.map((f) => f.id)).toEqual(['c1', 'm1', 'm2', 'm3']);
  });

  it.each([
    [3, ['m1', 'c1']],
    [16, ['m2', 'c1']],
    [12, ['c1']],
    [33, []],
    [40, ['m3']],
  ])('at offset %i finds %j', (offset, ids) => {
    expect(findingsAt(index, offset, all).map((f) => f.id)).toEqual(ids);
  });

  it('respects hidden layers', () => {
    expect(findingsAt(index, 3, new Set<Layer>(['claim'])).map((f) => f.id)).toEqual(['c1']);
  });

  it('steps forward and back, in one layer or all', () => {
    expect(stepFinding(index, { offset: 0 }, 1, all)?.id).toBe('c1');
    expect(stepFinding(index, { id: 'c1', offset: 0 }, 1, all)?.id).toBe('m1');
    expect(stepFinding(index, { id: 'm3', offset: 0 }, 1, all)).toBeUndefined();
    expect(stepFinding(index, { id: 'm3', offset: 0 }, -1, all)?.id).toBe('m2');
    expect(stepFinding(index, { offset: 0 }, 1, new Set<Layer>(['organization']))?.id).toBe('m3');
    expect(stepFinding(index, { offset: 50 }, -1, new Set<Layer>(['person']))?.id).toBe('m1');
  });

  it('describes findings for screen readers', () => {
    expect(describeFinding(index, index.byId.get('c1')!)).toBe('claim by Ana Silva (hedged)');
    expect(describeFinding(index, index.byId.get('m2')!)).toBe('place: Porto');
  });

  it('merges mentions and claims exactly as one stable sort of both would, sorted or not', () => {
    const mention = (id: string, start: number, end: number) =>
      ({ id, type: 'person', start, end, text: '', entityId: 'e1', why: '' }) as const;
    const claim = (id: string, start: number, end: number) => ({ ...analysis.claims[0], id, start, end });
    const mixed: Analysis = {
      ...analysis,
      // Unsorted, with ties on start and on both ends across the two lists.
      mentions: [mention('a', 20, 25), mention('b', 0, 4), mention('c', 10, 12), mention('d', 10, 14)],
      claims: [claim('x', 10, 14), claim('y', 0, 30), claim('z', 22, 24)],
    };
    const expected = [...mixed.mentions, ...mixed.claims]
      .map((f) => ({ id: f.id, start: f.start, end: f.end }))
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .map((f) => f.id);
    const merged = indexFindings(mixed);
    expect(merged.list.map((f) => f.id)).toEqual(expected);
    expect(merged.list.map((f) => f.id)).toEqual(['y', 'b', 'd', 'x', 'c', 'a', 'z']);
    expect(merged.maxLength).toBe(30);
    expect(merged.byId.get('x')?.layer).toBe('claim');
  });

  it('builds the same index step by step, yielding between steps of the given size', () => {
    const mention = (i: number) =>
      ({ id: `m${i}`, type: 'place', start: i * 10, end: i * 10 + 4, text: '', entityId: 'e2', why: '' }) as const;
    const many: Analysis = { ...analysis, mentions: Array.from({ length: 25 }, (_, i) => mention(i)) };
    const steps = indexFindingsInSteps(many, 4);
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    const whole = indexFindings(many);
    expect(r.value.list).toEqual(whole.list);
    expect([...r.value.byId.keys()]).toEqual([...whole.byId.keys()]);
    expect(r.value.maxLength).toBe(whole.maxLength);
    expect([...r.value.claims.keys()]).toEqual([...whole.claims.keys()]);
    // 25 mentions (6 steps of 4), the claims (1), 26 findings merged (6 steps of 4).
    expect(yields).toBe(13);
  });
});
