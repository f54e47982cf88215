import { describe, expect, it } from 'vitest';
import type { Analysis, Claim, Mention } from '../../engine/types';
import { analysisSpans } from './analysis-spans';

const mention = (id: string, type: Mention['type'], start: number): Mention => ({
  id,
  type,
  start,
  end: start + 3,
  text: 'abc',
  entityId: `e-${id}`,
  why: 'test',
});

const claim = (id: string, cue: number, speaker: Claim['speaker']): Claim => ({
  id,
  start: cue - 5,
  end: cue + 20,
  text: '',
  content: { start: cue + 5, end: cue + 20, text: '' },
  cue: { start: cue, end: cue + 4, text: 'said' },
  kind: 'indirect',
  direct: false,
  hedged: false,
  why: [],
  speaker,
});

const mentions = [
  mention('m1', 'person', 0),
  mention('m2', 'place', 10),
  mention('m3', 'person', 20),
  mention('m4', 'organization', 30),
  mention('m5', 'place', 40),
];
const analysis: Analysis = {
  version: 2,
  mentions,
  entities: [],
  claims: [
    claim('c1', 50, { start: 0, end: 3, text: 'abc', name: 'abc', entityId: 'e-m1' }),
    claim('c2', 80, null),
    // An empty speaker span paints nothing.
    claim('c3', 120, { start: 100, end: 100, text: '', name: 'they' }),
  ],
};

describe('analysisSpans', () => {
  it('gives each name layer the mentions of its type, in the order of the analysis', () => {
    const spans = analysisSpans(analysis);
    for (const type of ['person', 'place', 'organization'] as const)
      expect(spans[type]).toEqual(mentions.filter((m) => m.type === type));
    expect(spans.person.map((m) => m.id)).toEqual(['m1', 'm3']);
  });

  it("gives every claim's cue, and the speakers that are spans of the text", () => {
    const spans = analysisSpans(analysis);
    expect(spans.claimCue).toEqual(analysis.claims.map((c) => c.cue));
    expect(spans.claimSpeaker).toEqual([analysis.claims[0].speaker]);
  });

  it('is worked out once per analysis (a layer toggle reuses it), afresh for another', () => {
    expect(analysisSpans(analysis)).toBe(analysisSpans(analysis));
    const other = { ...analysis, mentions: mentions.slice(0, 1) };
    expect(analysisSpans(other).place).toEqual([]);
  });
});
