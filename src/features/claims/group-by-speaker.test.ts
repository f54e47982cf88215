import { describe, expect, it } from 'vitest';
import type { Claim } from '../../engine/types';
import { groupBySpeaker } from './ClaimsPanel';

const claim = (id: string, speaker?: string): Claim =>
  ({
    id,
    start: 0,
    end: 1,
    text: '',
    content: { start: 0, end: 1, text: '' },
    cue: { start: 0, end: 1, text: 'said' },
    kind: 'direct',
    direct: true,
    hedged: false,
    why: [],
    speaker: speaker ? { start: 0, end: 1, text: speaker, name: speaker } : undefined,
  }) as Claim;

describe('groupBySpeaker', () => {
  it('groups claims by speaker in text order, largest group first, then by name', () => {
    const groups = groupBySpeaker([
      claim('1', 'Ana'),
      claim('2'),
      claim('3', 'Bo'),
      claim('4', 'Ana'),
      claim('5', 'Bo'),
    ]);
    expect(groups.map(([name, list]) => [name, list.map((c) => c.id)])).toEqual([
      ['Ana', ['1', '4']],
      ['Bo', ['3', '5']],
      ['Source unknown', ['2']],
    ]);
  });
});
