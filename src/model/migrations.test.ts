import { describe, expect, it } from 'vitest';
import type { Annotation } from './annotation';
import { migrate, restore, type V1State } from './migrations';
import { PERSISTED_VERSION } from './persisted-state';
import { DEFAULT_LABELS } from './preferences';

const v1: V1State = {
  annotations: [
    {
      id: 'a1',
      article: 'art1',
      type: 'highlight',
      colour: 'red',
      text: 'why?',
      tags: ['budget'],
      quote: { exact: 'the bridge', prefix: 'repairing ', suffix: ' over' },
      start: 10,
      end: 20,
      createdAt: Date.UTC(2025, 0, 1),
      updatedAt: Date.UTC(2025, 0, 2),
    },
    {
      id: 'c1',
      article: 'art1',
      type: 'claim',
      createdAt: Date.UTC(2025, 0, 3),
      updatedAt: Date.UTC(2025, 0, 3),
      quote: { exact: 'rates fell' },
      claim: { id: 'claim-7', verdict: 'disputed', links: ['https://example.org'] },
    },
    {
      id: 'gone',
      article: 'art2',
      type: 'highlight',
      colour: 'blue',
      createdAt: 0,
      updatedAt: 5,
      removed: true,
      quote: { exact: 'x' },
    },
  ],
  pageNotes: { art1: { text: 'A page note', updatedAt: Date.UTC(2025, 0, 4) } },
  labels: { red: 'nope', yellow: 'key' },
};

const good: Annotation = {
  id: 'a1',
  articleId: 'art1',
  kind: 'highlight',
  created: '2025-01-01T00:00:00.000Z',
  updated: '2025-01-01T00:00:00.000Z',
  selectors: [{ type: 'TextQuoteSelector', exact: 'hello' }],
  color: 'yellow',
  note: '',
  tags: [],
};

const envelope = (state: unknown, version = PERSISTED_VERSION) => JSON.stringify({ state, version });

describe('migrate v1 → v2', () => {
  const migrated = restore(envelope(v1, 1));

  it('reads v1 without problems', () => {
    expect(migrated.problems).toEqual([]);
    expect(migrated.unreadable).toBeUndefined();
  });

  it('turns the flat list into a map by article, colour → color (red → pink), ms → ISO, quote → selectors', () => {
    expect(migrated.state.annotations.art1.a1).toEqual({
      id: 'a1',
      articleId: 'art1',
      kind: 'highlight',
      color: 'pink',
      note: 'why?',
      tags: ['budget'],
      created: '2025-01-01T00:00:00.000Z',
      updated: '2025-01-02T00:00:00.000Z',
      selectors: [
        { type: 'TextQuoteSelector', exact: 'the bridge', prefix: 'repairing ', suffix: ' over' },
        { type: 'TextPositionSelector', start: 10, end: 20 },
      ],
    });
  });

  it('keeps claims with their verdict and links, and removed ones as tombstones', () => {
    expect(migrated.state.annotations.art1.c1).toMatchObject({
      kind: 'claim',
      claimId: 'claim-7',
      verdict: 'disputed',
      links: ['https://example.org'],
    });
    expect(migrated.state.annotations.art2.gone).toMatchObject({ deleted: true, color: 'blue' });
  });

  it('turns page notes into page-note annotations with a deterministic id', () => {
    expect(migrated.state.annotations.art1['page-note:art1']).toMatchObject({
      kind: 'page-note',
      note: 'A page note',
      selectors: [],
      updated: '2025-01-04T00:00:00.000Z',
    });
  });

  it('renames label colours and fills the rest with defaults', () => {
    expect(migrated.state.labels).toEqual({ ...DEFAULT_LABELS, pink: 'nope', yellow: 'key' });
  });

  it('reports v1 records it cannot migrate instead of dropping them silently', () => {
    const bad = { annotations: [{ id: 'x' }, { ...v1.annotations[0], colour: 'orange' }] };
    const r = restore(envelope(bad, 1));
    expect(r.problems).toEqual([
      'v1 annotation #0 has no id or article and could not be migrated',
      'annotation a1: unknown v1 colour "orange", shown without colour',
    ]);
    expect(r.unreadable).toBe(envelope(bad, 1));
    expect(r.state.annotations.art1.a1.color).toBeUndefined();
  });

  it('refuses to skip a version it has no migration for', () => {
    expect(() => migrate({}, 0)).toThrow('no migration from version 0');
  });
});

describe('restore', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['empty string', ''],
  ])('%s → empty state, no problems', (_n, raw) => {
    expect(restore(raw)).toEqual({ state: { annotations: {}, labels: DEFAULT_LABELS }, problems: [] });
  });

  it('reads a current-version state as is', () => {
    const r = restore(envelope({ annotations: { art1: { a1: good } }, labels: DEFAULT_LABELS }));
    expect(r).toEqual({
      state: { annotations: { art1: { a1: good } }, labels: DEFAULT_LABELS },
      problems: [],
      version: PERSISTED_VERSION,
    });
  });

  it('accepts an already parsed envelope', () => {
    expect(restore({ state: { annotations: { art1: { a1: good } } }, version: 2 }).state.annotations.art1.a1).toEqual(
      good,
    );
  });

  it('corrupted JSON: empty state, a problem, and the raw text handed back', () => {
    const raw = envelope({ annotations: { art1: { a1: good } } }).slice(0, 50);
    const r = restore(raw);
    expect(r.state.annotations).toEqual({});
    expect(r.problems).toHaveLength(1);
    expect(r.unreadable).toBe(raw);
  });

  it('keeps the valid records and reports each invalid one', () => {
    const raw = envelope({
      annotations: {
        art1: { a1: good, b: { ...good, id: 'b', kind: 'scribble' }, c: { ...good, id: 'c', selectors: 'nope' } },
      },
      labels: DEFAULT_LABELS,
    });
    const r = restore(raw);
    expect(Object.keys(r.state.annotations.art1)).toEqual(['a1']);
    expect(r.problems).toHaveLength(2);
    expect(r.problems[0]).toMatch(/^annotation b \(article art1\) is invalid: kind/);
    expect(r.problems[1]).toMatch(/^annotation c .*selectors/);
    expect(r.unreadable).toBe(raw);
  });

  it('newer version: loads what it understands, keeps unknown fields, says so and hands back the raw text', () => {
    const future = { ...good, reactions: ['👍'] };
    const raw = envelope({ annotations: { art1: { a1: future } }, labels: {} }, PERSISTED_VERSION + 1);
    const r = restore(raw);
    expect(r.state.annotations.art1.a1).toEqual(future);
    expect(r.problems[0]).toMatch(/newer version/);
    expect(r.unreadable).toBe(raw);
    expect(r.version).toBe(PERSISTED_VERSION + 1);
  });

  it('re-files a record filed under the wrong keys', () => {
    const r = restore(envelope({ annotations: { wrong: { alsoWrong: good } } }));
    expect(r.state.annotations).toEqual({ art1: { a1: good } });
  });

  it.each<[string, unknown]>([
    ['a bare array', '[1,2]'],
    ['no state field', '{"version":2}'],
    ['a number', '42'],
  ])('unknown format (%s) is reported, not thrown', (_n, raw) => {
    const r = restore(raw);
    expect(r.problems).toHaveLength(1);
    expect(r.unreadable).toBe(raw);
  });

  it('bad labels fall back to defaults with a problem', () => {
    const r = restore(envelope({ annotations: {}, labels: { yellow: 3 } }));
    expect(r.state.labels).toEqual(DEFAULT_LABELS);
    expect(r.problems[0]).toMatch(/labels/);
  });
});
