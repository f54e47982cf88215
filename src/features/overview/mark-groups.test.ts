import { describe, expect, it } from 'vitest';
import { groupByColour, patchedGroup } from './mark-groups';

describe('groupByColour', () => {
  it('puts each item in its colour’s column, colours in order of first appearance, leaving out the uncoloured', () => {
    const items = [
      { at: 0.1, c: 'b' },
      { at: 0.2, c: 'a' },
      { at: 0.3, c: undefined },
      { at: 0.4, c: 'b' },
      { at: 0.5, c: 'a' },
    ];
    const groups = groupByColour(
      items,
      (i) => i.c,
      (i) => i.at,
    );
    expect(groups.map((g) => [g.color, g.own, [...g.at]])).toEqual([
      ['b', false, [0.1, 0.4]],
      ['a', false, [0.2, 0.5]],
    ]);
  });

  it('gives no group for no items', () => {
    expect(
      groupByColour(
        [],
        () => 'a',
        () => 0,
      ),
    ).toEqual([]);
  });
});

describe('patchedGroup', () => {
  const group = { color: 'gold', own: true, at: Float64Array.from([0.1, 0.2, 0.2, 0.3]) };

  it('takes out one mark per removed place and appends the added ones, leaving the group it came from as it was', () => {
    const next = patchedGroup(group, [0.2, 0.3], [0.05]);
    expect([...next.at]).toEqual([0.1, 0.2, 0.05]);
    expect(next).toMatchObject({ color: 'gold', own: true });
    expect([...group.at]).toEqual([0.1, 0.2, 0.2, 0.3]);
  });

  it('takes out both marks at one place when both are removed, and ignores a place with no mark', () => {
    expect([...patchedGroup(group, [0.2, 0.2, 0.9], []).at]).toEqual([0.1, 0.3]);
  });
});
