import { describe, expect, it } from 'vitest';
import { checkAnnotation, migrateV1Annotation, type Annotation } from './annotation';

const good: Annotation = {
  id: 'a1',
  articleId: '0123456789abcdef',
  kind: 'highlight',
  created: '2025-01-01T00:00:00.000Z',
  updated: '2025-01-02T00:00:00.000Z',
  selectors: [
    { type: 'TextQuoteSelector', exact: 'the bridge', prefix: 'over ', suffix: ' today' },
    { type: 'TextPositionSelector', start: 10, end: 20 },
  ],
  color: 'yellow',
  note: 'why?',
  tags: ['budget'],
};

describe('annotationSchema', () => {
  it('accepts a record as the store writes it, unchanged', () => {
    expect(checkAnnotation(good)).toEqual({ ok: good });
  });

  it('keeps fields a newer version added, but never a prototype key', () => {
    const raw = JSON.parse(JSON.stringify({ ...good, reactions: ['👍'] }).replace('{', '{"__proto__":{"x":1},'));
    const checked = checkAnnotation(raw);
    expect(checked).toEqual({ ok: { ...good, reactions: ['👍'] } });
  });

  it.each<[string, string, string]>([
    ['an offset', '2024-01-01T10:00:00+02:00', '2024-01-01T08:00:00.000Z'],
    ['microseconds (Hypothesis)', '2024-12-20T08:00:00.123456+00:00', '2024-12-20T08:00:00.123Z'],
    ['a date alone', '2024-05-06', '2024-05-06T00:00:00.000Z'],
    ['the last instant allowed', '3000-01-01T00:00:00Z', '3000-01-01T00:00:00.000Z'],
  ])('normalises a timestamp with %s', (_n, input, output) => {
    expect(checkAnnotation({ ...good, created: input })).toEqual({ ok: { ...good, created: output } });
  });

  it.each<[string, Partial<Record<keyof Annotation, unknown>>, RegExp]>([
    ['a date in words', { created: 'last Tuesday' }, /^created: not an ISO 8601 date/],
    ['a date V8 would guess at', { created: '1' }, /^created/],
    ['a time without an offset (local time differs by machine)', { created: '2024-01-01T10:00' }, /^created/],
    ['the largest date there is', { updated: '+275760-09-13T00:00:00.000Z' }, /^updated/],
    ['a date after 3000', { updated: '3000-01-01T00:00:00.001Z' }, /^updated/],
    ['a date before 1970', { created: '1969-12-31T23:59:59.999Z' }, /^created/],
    ['an empty id', { id: '' }, /^id: must not be empty/],
    ['a reserved id', { id: 'toString' }, /^id: is a reserved name/],
    ['a reserved article id', { articleId: '__proto__' }, /^articleId: is a reserved name/],
    ['an unknown kind', { kind: 'scribble' }, /^kind/],
    ['an unknown colour', { color: 'red' }, /^color/],
    ['an empty quote', { selectors: [{ type: 'TextQuoteSelector', exact: '' }] }, /^selectors\.0\.exact/],
    [
      'a backwards position',
      { selectors: [{ type: 'TextPositionSelector', start: 5, end: 5 }] },
      /start must be before end/,
    ],
    [
      'a fractional offset',
      { selectors: [{ type: 'TextPositionSelector', start: 0.5, end: 5 }] },
      /^selectors\.0\.start/,
    ],
    [
      'an unsafe offset',
      { selectors: [{ type: 'TextPositionSelector', start: 0, end: 2 ** 53 }] },
      /^selectors\.0\.end/,
    ],
    ['a tag that is not text', { tags: [3] }, /^tags\.0/],
    ['a page note with a passage', { kind: 'page-note' }, /a page note has no passage/],
  ])('refuses %s, naming the field', (_n, over, message) => {
    const checked = checkAnnotation({ ...good, ...over });
    expect('error' in checked && checked.error).toMatch(message);
  });
});

describe('migrateV1Annotation', () => {
  it('maps colour, times, quote and offsets; reports an unknown colour', () => {
    const problems: string[] = [];
    const out = migrateV1Annotation(
      {
        id: 'x',
        article: 'a',
        type: 'highlight',
        colour: 'orange',
        createdAt: 0,
        updatedAt: 1000,
        quote: { exact: 'q' },
        start: 1,
        end: 2,
      },
      problems,
    );
    expect(out).toEqual({
      id: 'x',
      articleId: 'a',
      kind: 'highlight',
      created: '1970-01-01T00:00:00.000Z',
      updated: '1970-01-01T00:00:01.000Z',
      selectors: [
        { type: 'TextQuoteSelector', exact: 'q' },
        { type: 'TextPositionSelector', start: 1, end: 2 },
      ],
      note: '',
      tags: [],
    });
    expect(problems).toEqual(['annotation x: unknown v1 colour "orange", shown without colour']);
    expect(checkAnnotation(out)).toHaveProperty('ok');
  });

  it('turns an impossible v1 time into the epoch instead of a date the schema refuses', () => {
    const out = migrateV1Annotation({ id: 'x', article: 'a', type: 'claim', createdAt: 1e20, updatedAt: NaN }, []);
    expect(out).toMatchObject({ created: '1970-01-01T00:00:00.000Z', updated: '1970-01-01T00:00:00.000Z' });
  });

  it('reads a v1 quote or claim given as an array as absent, so the offsets still anchor the record', () => {
    const out = migrateV1Annotation(
      { id: 'x', article: 'a', type: 'claim', createdAt: 0, quote: ['q'], claim: ['c1'], start: 3, end: 5 },
      [],
    );
    expect(out).toMatchObject({ selectors: [{ type: 'TextPositionSelector', start: 3, end: 5 }] });
    expect(out).not.toHaveProperty('claimId');
    expect(checkAnnotation(out)).toHaveProperty('ok');
  });
});
