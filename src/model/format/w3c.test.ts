import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotation';
import { ARTICLE, CLAIM, HIGHLIGHT, LIVE, ANNOTATIONS, PAGE_NOTE } from './test-fixtures';
import { articleSource, serializeW3C, toW3CCollection } from './w3c';
import { parseW3C, type W3CRecordResult } from './w3c-import';

const oks = (results: W3CRecordResult[]) => results.flatMap((r) => ('ok' in r ? [r.ok] : []));
const errors = (results: W3CRecordResult[]) => results.flatMap((r) => ('error' in r ? [r] : []));
function parsed(input: unknown, options = {}) {
  const result = parseW3C(input, options);
  if ('error' in result) throw new Error(result.error);
  return result.parsed;
}

describe('W3C export', () => {
  const collection = toW3CCollection({ article: ARTICLE, annotations: ANNOTATIONS, labels: { yellow: 'important' } });
  const [h, , c, p] = collection.first.items;

  it('writes a collection in the anno.jsonld context, without tombstones', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect([collection.type, collection.total, collection.label]).toEqual(['AnnotationCollection', 4, ARTICLE.title]);
  });

  it('maps kinds, bodies, colour and selectors', () => {
    expect(h.motivation).toBe('highlighting');
    expect(h.target).toMatchObject({
      source: ARTICLE.origin.kind === 'url' && ARTICLE.origin.url,
      selector: HIGHLIGHT.selectors,
      styleClass: 'marginalia-yellow',
    });
    expect(h.stylesheet?.value).toMatch(/^\.marginalia-yellow \{/);
    expect(h.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: HIGHLIGHT.note, format: 'text/markdown' },
      { type: 'TextualBody', purpose: 'tagging', value: 'missiles' },
      { type: 'TextualBody', purpose: 'tagging', value: 'follow up' },
      { type: 'TextualBody', purpose: 'classifying', value: 'important' },
    ]);
    expect(c.motivation).toBe('assessing');
    expect(c.body).toContainEqual({ type: 'TextualBody', purpose: 'assessing', value: 'disputed' });
    expect(c.body).toContainEqual({
      type: 'SpecificResource',
      purpose: 'linking',
      source: 'https://factcheck.example/oreshnik',
    });
    expect(c.creator).toEqual({ type: 'Person', name: 'Ana <b>' });
    expect([p.motivation, p.target]).toEqual(['commenting', 'https://news.example.com/world/putin-duel?ref=rss']);
  });

  it('names a local article by a urn of its content hash', () => {
    expect(articleSource({ id: 'abc', origin: { kind: 'paste' } })).toBe('urn:marginalia:article:abc');
  });
});

describe('W3C round trip', () => {
  it.each([
    ['web article', ARTICLE],
    ['pasted article', { ...ARTICLE, origin: { kind: 'paste' as const } }],
  ])('re-imports our own export of a %s unchanged', (_, article) => {
    const text = serializeW3C({ article, annotations: ANNOTATIONS, generatedAt: '2026-11-27T00:00:00Z' });
    const results = parsed(text, {
      articleIdForSource: (s: string) => (s === articleSource(article) ? ARTICLE.id : undefined),
    });
    expect(errors(results)).toEqual([]);
    expect(oks(results)).toEqual(LIVE);
  });
});

const hypothesisRow = (over: Record<string, unknown> = {}) => ({
  id: 'Zx9yAbCdEe-fGh',
  created: '2024-12-20T08:00:00.000000+00:00',
  updated: '2024-12-21T08:00:00.000000+00:00',
  user: 'acct:ana@hypothes.is',
  uri: 'https://news.example.com/world/putin-duel',
  text: 'Compare with **Reuters**',
  tags: ['oreshnik'],
  group: '__world__',
  target: [
    {
      source: 'https://news.example.com/world/putin-duel',
      selector: [
        {
          type: 'RangeSelector',
          endOffset: 40,
          startOffset: 9,
          endContainer: '/div[1]/p[1]',
          startContainer: '/div[1]/p[1]',
        },
        { type: 'TextPositionSelector', start: 9, end: 40 },
        { type: 'TextQuoteSelector', exact: 'Putin said the missile', prefix: 'MOSCOW — ', suffix: ' "cannot' },
      ],
    },
  ],
  document: { title: ['Putin duel'] },
  user_info: { display_name: 'Ana K' },
  ...over,
});

describe('Hypothesis import', () => {
  it('reads an export file and keeps only the selectors we understand', () => {
    const results = parsed({ export_date: '2024-12-22', annotations: [hypothesisRow()] });
    expect(oks(results)).toEqual([
      {
        id: 'Zx9yAbCdEe-fGh',
        articleId: 'https://news.example.com/world/putin-duel',
        kind: 'highlight',
        // Hypothesis' microseconds and offset, normalised to the form the store compares.
        created: '2024-12-20T08:00:00.000Z',
        updated: '2024-12-21T08:00:00.000Z',
        selectors: [
          { type: 'TextPositionSelector', start: 9, end: 40 },
          { type: 'TextQuoteSelector', exact: 'Putin said the missile', prefix: 'MOSCOW — ', suffix: ' "cannot' },
        ],
        note: 'Compare with **Reuters**',
        tags: ['oreshnik'],
        author: 'Ana K',
      } satisfies Annotation,
    ]);
  });

  it('reads a bare array and treats a selector-less note as a page note', () => {
    const [note] = oks(parsed([hypothesisRow({ target: [{ source: 'https://x.example/' }] })]));
    expect([note.kind, note.selectors, note.note]).toEqual(['page-note', [], 'Compare with **Reuters**']);
  });

  const rejects: [string, unknown, RegExp][] = [
    ['a reply', hypothesisRow({ references: ['parent'] }), /reply/],
    [
      'only a RangeSelector',
      hypothesisRow({ target: [{ source: 'https://x.example/', selector: [{ type: 'RangeSelector' }] }] }),
      /found RangeSelector/,
    ],
    ['no target', hypothesisRow({ target: undefined, uri: undefined }), /no target/],
    [
      'an empty highlight with no note',
      hypothesisRow({ text: '', target: [{ source: 'https://x.example/' }] }),
      /nothing to import/,
    ],
    ['a number', 42, /not a web annotation/],
    ['tags that are not strings', hypothesisRow({ tags: [1] }), /not a web annotation \(tags/],
    ['a page outside the library', hypothesisRow(), /not in your library/],
  ];
  it.each(rejects)('rejects %s with a reason', (_, row, reason) => {
    const results = parsed([hypothesisRow({ id: 'fine' }), row], {
      articleIdForSource: (s: string) => (_ === 'a page outside the library' ? undefined : s),
    });
    const rejected = errors(results);
    expect(rejected.map((r) => r.index)).toEqual(_ === 'a page outside the library' ? [0, 1] : [1]);
    expect(rejected.at(-1)!.error).toMatch(reason);
  });

  it.each([
    ['not JSON', '{"annotations": ['],
    ['an unrelated object', { hello: 'world' }],
    ['a string', '"just text"'],
  ])('gives a file-level error for %s', (_, input) => {
    expect(parseW3C(input)).toHaveProperty('error');
  });

  it('accepts a single W3C annotation with a string body and derives a stable id', () => {
    const single = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      body: 'Nice',
      target: { source: 'urn:marginalia:article:abc', selector: { type: 'TextQuoteSelector', exact: 'x' } },
    };
    const [a] = oks(parsed(single));
    const [b] = oks(parsed(JSON.stringify(single)));
    expect([a.articleId, a.note, a.selectors.length, a.id]).toEqual(['abc', 'Nice', 1, b.id]);
    expect(a.id).toMatch(/^import-/);
  });

  it('keeps claim fields from our export', () => {
    const [c] = oks(parsed(serializeW3C({ article: ARTICLE, annotations: [CLAIM, PAGE_NOTE, HIGHLIGHT] })));
    expect([c.kind, c.verdict, c.claimId, c.links]).toEqual(['claim', 'disputed', 'claim-0', CLAIM.links]);
  });
});

describe('records the store could not keep', () => {
  it.each<[string, Record<string, unknown>, RegExp]>([
    ['a date in words', { created: 'last Tuesday' }, /created: not an ISO 8601 date/],
    ['the last date a Date can hold', { updated: '+275760-09-13T00:00:00.000Z' }, /updated: not an ISO 8601 date/],
    ['an id every object already has', { id: 'constructor' }, /id: is a reserved name/],
  ])('rejects %s with its reason instead of accepting it', (_n, over, reason) => {
    const results = parsed([hypothesisRow(over)]);
    expect(results[0]).toEqual({ index: 0, error: expect.stringMatching(reason) });
  });
});
