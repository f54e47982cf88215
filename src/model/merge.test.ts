import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from './annotation';
import { mergeAnnotations, pickWinner } from './merge';
import type { AnnotationsByArticle } from './persisted-state';

const T = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();
const ann = (id: string, updated: number, extra: Partial<Annotation> = {}): Annotation => ({
  id,
  articleId: 'art',
  kind: 'highlight',
  created: T(0),
  updated: T(updated),
  selectors: [],
  note: '',
  tags: [],
  ...extra,
});
const map = (...list: Annotation[]): AnnotationsByArticle => {
  const out: AnnotationsByArticle = {};
  for (const a of list) (out[a.articleId] ??= {})[a.id] = a;
  return out;
};

describe('pickWinner', () => {
  it.each<[string, Annotation, Annotation, 'local' | 'incoming']>([
    ['newer incoming edit wins', ann('a', 1, { note: 'old' }), ann('a', 2, { note: 'new' }), 'incoming'],
    ['newer local edit is kept', ann('a', 3, { note: 'mine' }), ann('a', 2, { note: 'theirs' }), 'local'],
    ['newer tombstone wins', ann('a', 1), ann('a', 2, { deleted: true }), 'incoming'],
    ['older tombstone loses to a newer edit', ann('a', 3, { note: 'edited' }), ann('a', 2, { deleted: true }), 'local'],
    ['tie: tombstone wins', ann('a', 2), ann('a', 2, { deleted: true }), 'incoming'],
  ])('%s', (_name, local, incoming, expected) => {
    expect(pickWinner(local, incoming)).toBe(expected === 'local' ? local : incoming);
  });

  it('breaks exact ties the same way whichever side is local', () => {
    const x = ann('a', 2, { note: 'x' });
    const y = ann('a', 2, { note: 'y' });
    expect(pickWinner(x, y)).toBe(pickWinner(y, x));
  });
});

describe('mergeAnnotations', () => {
  it('takes an article only the incoming side has whole, counting each record as added', () => {
    const local = map(ann('a', 1));
    const incoming = map(ann('b', 1, { articleId: 'other' }), ann('c', 2, { articleId: 'other' }));
    const { annotations, changed, stats } = mergeAnnotations(local, incoming);
    expect(changed).toBe(true);
    expect(stats).toEqual({ added: 2, updated: 0, alreadyPresent: 0 });
    expect(annotations.other).toBe(incoming.other);
    expect(annotations.art).toBe(local.art);
    expect(local).toEqual(map(ann('a', 1)));
  });

  it('leaves local as it is for an incoming article with no records', () => {
    const local = map(ann('a', 1));
    expect(mergeAnnotations(local, { other: {} })).toMatchObject({ annotations: local, changed: false });
  });

  it('keeps annotations present on one side only, on either side', () => {
    const local = map(ann('a', 1), ann('b', 1, { articleId: 'other' }));
    const incoming = map(ann('c', 1), ann('d', 1, { articleId: 'third' }));
    const { annotations, stats } = mergeAnnotations(local, incoming);
    expect(
      Object.values(annotations)
        .flatMap((m) => Object.keys(m))
        .sort(),
    ).toEqual(['a', 'b', 'c', 'd']);
    expect(stats).toEqual({ added: 2, updated: 0, alreadyPresent: 0 });
  });

  it('concurrent edits of different annotations in two tabs both survive', () => {
    const base = map(ann('a', 1), ann('b', 1));
    const tab1 = map(ann('a', 5, { note: 'tab1 edit' }), base.art.b);
    const tab2 = map(base.art.a, ann('b', 6, { note: 'tab2 edit' }), ann('new', 6));
    const m = mergeAnnotations(tab1, tab2).annotations;
    expect(m.art.a.note).toBe('tab1 edit');
    expect(m.art.b.note).toBe('tab2 edit');
    expect(m.art.new).toBeDefined();
  });

  it('returns local itself and changed=false when incoming brings nothing new', () => {
    const local = map(ann('a', 2), ann('b', 2));
    const result = mergeAnnotations(local, map(ann('a', 1), { ...local.art.b }));
    expect(result.changed).toBe(false);
    expect(result.annotations).toBe(local);
    expect(result.stats).toEqual({ added: 0, updated: 0, alreadyPresent: 2 });
  });

  it('keeps untouched articles by reference and does not modify its inputs', () => {
    const local = map(ann('a', 1), ann('b', 1, { articleId: 'other' }));
    const snapshot = structuredClone(local);
    const result = mergeAnnotations(local, map(ann('a', 2)));
    expect(result.changed).toBe(true);
    expect(result.annotations.other).toBe(local.other);
    expect(local).toEqual(snapshot);
  });

  const arbAnnotation = fc
    .record({
      id: fc.constantFrom('a', 'b', 'c'),
      articleId: fc.constantFrom('x', 'y'),
      updated: fc.integer({ min: 0, max: 5 }),
      note: fc.constantFrom('', 'n1', 'n2'),
      deleted: fc.boolean(),
    })
    .map(({ id, articleId, updated, note, deleted }) =>
      ann(id, updated, { articleId, note, ...(deleted ? { deleted } : {}) }),
    );
  const arbMap = fc.array(arbAnnotation, { maxLength: 6 }).map((list) => map(...list));

  it('is commutative, idempotent and loses no id (property)', () => {
    fc.assert(
      fc.property(arbMap, arbMap, (a, b) => {
        const ab = mergeAnnotations(a, b).annotations;
        const ba = mergeAnnotations(b, a).annotations;
        expect(ab).toEqual(ba);
        expect(mergeAnnotations(ab, b).changed).toBe(false);
        for (const side of [a, b]) {
          for (const [articleId, records] of Object.entries(side)) {
            for (const id of Object.keys(records)) expect(ab[articleId]?.[id]).toBeDefined();
          }
        }
      }),
    );
  });
});
