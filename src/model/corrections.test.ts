import { describe, expect, it } from 'vitest';
import type { Analysis } from '../engine/types';
import {
  applyCorrections,
  checkCorrections,
  emptyCorrections,
  entityKey,
  spanKey,
  validateCorrectionsByArticle,
} from './corrections';

const text = 'Mayor Ana Silva said Porto will grow. Silva praised Acme Corp. Lisbon agreed.';
const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });

const analysis: Analysis = {
  version: 2,
  mentions: [
    { id: 'm1', type: 'person', ...at('Ana Silva'), text: 'Ana Silva', entityId: 'e1', why: 'test' },
    { id: 'm2', type: 'person', ...at('Porto'), text: 'Porto', entityId: 'e2', why: 'test' },
    { id: 'm3', type: 'person', ...at('Silva', 20), text: 'Silva', entityId: 'e1', why: 'test' },
  ],
  entities: [
    { id: 'e1', type: 'person', name: 'Ana Silva', aliases: ['Silva'], roles: ['Mayor'], mentionIds: ['m1', 'm3'] },
    { id: 'e2', type: 'person', name: 'Porto', aliases: [], roles: [], mentionIds: ['m2'] },
  ],
  claims: [
    {
      id: 'c1',
      ...at('Mayor Ana Silva said Porto will grow.'),
      text: 'Mayor Ana Silva said Porto will grow.',
      content: { ...at('Porto will grow'), text: 'Porto will grow' },
      cue: { ...at('said'), text: 'said' },
      kind: 'indirect',
      direct: false,
      hedged: false,
      why: [],
      speaker: { ...at('Ana Silva'), text: 'Ana Silva', name: 'Ana Silva', entityId: 'e1' },
    },
    {
      id: 'c2',
      ...at('Lisbon agreed.'),
      text: 'Lisbon agreed.',
      content: { ...at('Lisbon agreed.'), text: 'Lisbon agreed.' },
      cue: { ...at('agreed'), text: 'agreed' },
      kind: 'indirect',
      direct: false,
      hedged: false,
      why: [],
      speaker: null,
    },
  ],
};

describe('applyCorrections', () => {
  it('returns the analysis untouched when there is nothing to correct', () => {
    expect(applyCorrections(analysis, emptyCorrections(), text)).toBe(analysis);
  });

  it('retypes an entity and its mentions', () => {
    const out = applyCorrections(
      analysis,
      { ...emptyCorrections(), retyped: { [entityKey(analysis.entities[1])]: 'place' } },
      text,
    );
    expect(out.entities.find((e) => e.name === 'Porto')?.type).toBe('place');
    expect(out.mentions.find((m) => m.text === 'Porto')?.type).toBe('place');
  });

  it('rejects an entity with all its mentions and unlinks it as a speaker', () => {
    const out = applyCorrections(analysis, { ...emptyCorrections(), rejectedEntities: ['person:ana silva'] }, text);
    expect(out.entities.map((e) => e.name)).toEqual(['Porto']);
    expect(out.mentions.map((m) => m.text)).toEqual(['Porto']);
    expect(out.claims[0].speaker?.entityId).toBeUndefined();
  });

  it('adds a missed name, joining an entity of the same name', () => {
    const out = applyCorrections(
      analysis,
      {
        ...emptyCorrections(),
        added: [
          { ...at('Acme Corp'), type: 'organization' },
          { ...at('Lisbon'), type: 'place' },
        ],
      },
      text,
    );
    expect(out.entities.filter((e) => e.type !== 'person').map((e) => e.name)).toEqual(['Acme Corp', 'Lisbon']);
    expect(out.mentions.map((m) => m.text)).toEqual(['Ana Silva', 'Porto', 'Silva', 'Acme Corp', 'Lisbon']);
  });

  it('ignores an added span that overlaps a mention or falls outside the text', () => {
    const out = applyCorrections(
      analysis,
      {
        ...emptyCorrections(),
        added: [
          { ...at('Ana'), type: 'person' },
          { start: 500, end: 505, type: 'place' },
        ],
      },
      text,
    );
    expect(out.mentions).toHaveLength(3);
  });

  it('rejects a claim and fixes a speaker by name', () => {
    const out = applyCorrections(
      analysis,
      {
        ...emptyCorrections(),
        rejectedClaims: [spanKey(analysis.claims[0])],
        speakers: { [spanKey(analysis.claims[1])]: 'silva' },
      },
      text,
    );
    expect(out.claims).toHaveLength(1);
    expect(out.claims[0].speaker).toMatchObject({ name: 'Ana Silva', entityId: 'e1' });
  });
});

describe('corrections record', () => {
  const full = {
    rejectedEntities: ['person:moscow'],
    rejectedClaims: ['3-9'],
    retyped: { 'organization:kyiv': 'place' as const },
    speakers: { '10-40': 'Putin' },
    added: [{ start: 0, end: 6, type: 'place' as const }],
  };

  it('accepts what the store writes; fills lists an older or hand-written record lacks', () => {
    expect(checkCorrections(full)).toEqual({ ok: full });
    expect(checkCorrections({ rejectedClaims: ['1-2'] })).toEqual({
      ok: { ...emptyCorrections(), rejectedClaims: ['1-2'] },
    });
  });

  it.each<[string, unknown, RegExp]>([
    ['a list that is not one', { added: 'all' }, /^added/],
    ['a backwards span', { added: [{ start: 5, end: 2, type: 'place' }] }, /start must be before end/],
    ['an unknown entity type', { retyped: { 'person:x': 'planet' } }, /^retyped\.person:x/],
  ])('refuses %s', (_n, raw, message) => {
    const checked = checkCorrections(raw);
    expect('error' in checked && checked.error).toMatch(message);
  });

  it('by article: keeps each readable article, reports each damaged one', () => {
    const problems: string[] = [];
    expect(validateCorrectionsByArticle({ a: full, b: { added: 1 }, constructor: full }, problems)).toEqual({
      a: full,
    });
    expect(problems).toEqual([
      expect.stringMatching(/^corrections of article b are invalid: added/),
      expect.stringMatching(/^corrections of article constructor are invalid: is a reserved name/),
    ]);
  });
});
