import { describe, expect, it } from 'vitest';
import type { Analysis, Claim } from '../engine/types';
import { activeClaimIds } from './active-claims';
import { indexFindings } from './findings';

//            0         1         2         3         4         5         6
//            0123456789012345678901234567890123456789012345678901234567890
const text = 'Ana Silva said Porto will grow. Acme Corp agreed, a report said.';
const claim = (id: string, start: number, end: number, speaker: Claim['speaker']): Claim => ({
  id,
  start,
  end,
  text: text.slice(start, end),
  content: { start, end, text: '' },
  cue: { start, end, text: '' },
  kind: 'indirect',
  direct: false,
  hedged: false,
  why: [],
  speaker,
});
const analysis: Analysis = {
  version: 2,
  mentions: [
    { id: 'm1', type: 'person', start: 0, end: 9, text: 'Ana Silva', entityId: 'e1', why: 'test' },
    { id: 'm2', type: 'place', start: 15, end: 20, text: 'Porto', entityId: 'e2', why: 'test' },
  ],
  entities: [
    { id: 'e1', type: 'person', name: 'Ana Silva', aliases: [], roles: [], mentionIds: ['m1'] },
    { id: 'e2', type: 'place', name: 'Porto', aliases: [], roles: [], mentionIds: ['m2'] },
  ],
  claims: [
    claim('c1', 0, 31, { start: 0, end: 9, text: 'Ana Silva', name: 'Ana Silva', entityId: 'e1' }),
    claim('c2', 32, 64, null),
  ],
};
const index = indexFindings(analysis);
const none = { hoverClaimId: null, cursorId: null, cardIds: [] };

describe('activeClaimIds', () => {
  it('is empty when the reader points at, is on and has opened nothing', () => {
    expect([...activeClaimIds(index, none)]).toEqual([]);
  });
  it('takes the hovered claim, the cursor claim and an open card', () => {
    expect([...activeClaimIds(index, { ...none, hoverClaimId: 'c2' })]).toEqual(['c2']);
    expect([...activeClaimIds(index, { ...none, cursorId: 'c1' })]).toEqual(['c1']);
    expect([...activeClaimIds(index, { ...none, cardIds: [null, 'c2'] })]).toEqual(['c2']);
  });
  it('counts the cursor on a claim’s speaker as on the claim, but not on another name in it', () => {
    expect([...activeClaimIds(index, { ...none, cursorId: 'm1' })]).toEqual(['c1']);
    expect([...activeClaimIds(index, { ...none, cursorId: 'm2' })]).toEqual([]);
  });
  it('ignores ids that are no longer in the analysis (a claim removed as wrong)', () => {
    expect([...activeClaimIds(index, { hoverClaimId: 'gone', cursorId: 'gone', cardIds: ['gone'] })]).toEqual([]);
  });
});
