import { existsSync, readFileSync } from 'node:fs';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotation';
import { encodeBase64Url } from './base64url';
import { EDGE } from './quote-elision';
import { articleText, highlightsOn, seeded } from './share-fixtures';
import {
  CHAT_APP_LIMIT,
  MAX_FRAGMENT_CHARS,
  SHARE_CONTEXT_CHARS,
  attachArticle,
  decodeShareLink,
  encodeShareLink,
  shareLinkLength,
  type ShareErrorCode,
} from './share-link';
import { LIMITS } from './share-limits';

const BASE_URL = 'https://marginalia.example.org/reader/';
const pack = (value: unknown) =>
  `#/share/1.${encodeBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(value))))}`;

function decoded(fragment: string) {
  const result = decodeShareLink(fragment);
  if ('error' in result) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.parsed;
}

const DEFAULT_ARTICLE = 'public/articles/putin-high-tech-duel.txt';

function twentyHighlightLink(text: string, seed: number): number {
  const annotations = highlightsOn(text, 20, seeded(seed));
  const fragment = encodeShareLink({
    article: { kind: 'bundled', id: 'putin-high-tech-duel' },
    annotations,
    sharer: 'Ana',
  });
  return shareLinkLength(BASE_URL, fragment);
}

describe('share link size', () => {
  // The bundled default article is another team's fixture; measure it when present.
  it.skipIf(!existsSync(DEFAULT_ARTICLE))('fits 20 highlights with 50-character notes on the default article', () => {
    const text = readFileSync(DEFAULT_ARTICLE, 'utf8');
    const lengths = [1, 2, 3, 4, 5].map((seed) => twentyHighlightLink(text, seed));
    console.info(`share link on the default article (${text.length} chars): ${lengths.join(', ')} URL chars`);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(CHAT_APP_LIMIT);
  });

  it('fits 20 highlights with 50-character notes on a ~6 KB article within the chat-app limit', () => {
    const rand = seeded(20261127);
    const text = articleText(rand, 6_000);
    const annotations = highlightsOn(text, 20, rand);
    const fragment = encodeShareLink({
      article: { kind: 'bundled', id: 'putin-high-tech-duel' },
      annotations,
      sharer: 'Ana',
    });
    const length = shareLinkLength(BASE_URL, fragment);
    console.info(`share link: 20 annotations on ${text.length} chars → ${length} URL chars`);
    expect(text.length).toBeGreaterThanOrEqual(6_000);
    expect(length).toBeLessThanOrEqual(CHAT_APP_LIMIT);
  });
});

describe('share link round trip', () => {
  const rand = seeded(7);
  const text = articleText(rand, 3_000);
  const [first, second] = highlightsOn(text, 2, rand);
  const claim: Annotation = {
    ...second,
    id: 'claim-1',
    kind: 'claim',
    verdict: 'misleading',
    claimId: 'c3',
    links: ['https://factcheck.example/a?b=1'],
    tags: ['energy', 'prices'],
    color: undefined,
  };
  const pageNote: Annotation = {
    ...first,
    id: 'page',
    kind: 'page-note',
    selectors: [],
    color: undefined,
    note: 'Overall: *careful*.',
  };
  const gone: Annotation = { ...first, id: 'gone', deleted: true };

  it.each([
    ['bundled', { kind: 'bundled', id: 'harbour-council-sample' }],
    ['url', { kind: 'url', url: 'https://news.example.com/story?id=1#top' }],
    ['text', { kind: 'text', title: 'Pasted <b>title</b>', text }],
  ] as const)('keeps every shared field for a %s article', (_, article) => {
    const parsed = decoded(
      encodeShareLink({ article, annotations: [first, claim, pageNote, gone], sharer: 'Bo', focus: 'claim-1' }),
    );
    expect(parsed.article).toEqual(article);
    expect(parsed.sharer).toBe('Bo');
    expect(parsed.annotations).toHaveLength(3);
    const [h, c, p] = attachArticle(parsed.annotations, { id: 'hash1', text });
    expect(h.selectors).toEqual([
      {
        type: 'TextQuoteSelector',
        exact: (first.selectors[0] as { exact: string }).exact,
        prefix: (first.selectors[0] as { prefix: string }).prefix.slice(-SHARE_CONTEXT_CHARS),
        suffix: (first.selectors[0] as { suffix: string }).suffix.slice(0, SHARE_CONTEXT_CHARS),
      },
      first.selectors[1],
    ]);
    expect([h.kind, h.color, h.note, h.tags, h.author]).toEqual([
      'highlight',
      first.color,
      first.note,
      first.tags,
      'Bo',
    ]);
    expect([c.kind, c.verdict, c.claimId, c.links, c.tags, c.color]).toEqual([
      'claim',
      'misleading',
      'c3',
      claim.links,
      ['energy', 'prices'],
      undefined,
    ]);
    expect([p.kind, p.selectors, p.note]).toEqual(['page-note', [], 'Overall: *careful*.']);
    expect(parsed.focus).toBe(c.id);
    expect(h.updated).toBe(new Date(Math.floor(Date.parse(claim.updated) / 1000) * 1000).toISOString());
  });

  it('derives the same ids from the same link, so keeping it twice adds nothing', () => {
    const fragment = encodeShareLink({ article: { kind: 'bundled', id: 'x' }, annotations: [first, second, first] });
    const a = decoded(fragment).annotations.map((x) => x.id);
    expect(decoded(fragment).annotations.map((x) => x.id)).toEqual(a);
    expect(new Set(a).size).toBe(3);
  });

  it('elides long quotes for bundled articles and restores them, also after the text moved', () => {
    const long = {
      ...first,
      selectors: [
        { type: 'TextQuoteSelector' as const, exact: text.slice(100, 190) },
        { type: 'TextPositionSelector' as const, start: 100, end: 190 },
      ],
    };
    const fragment = encodeShareLink({ article: { kind: 'bundled', id: 'x' }, annotations: [long] });
    expect(fragment.length).toBeLessThan(
      encodeShareLink({ article: { kind: 'url', url: 'https://x.example/' }, annotations: [long] }).length - 40,
    );
    const [shared] = decoded(fragment).annotations;
    expect(shared.elided?.length).toBe(90);
    expect(attachArticle([shared], { id: 'h', text })[0].selectors).toEqual(long.selectors);
    const moved = 'A new first paragraph. ' + text;
    expect(attachArticle([shared], { id: 'h', text: moved })[0].selectors).toEqual([
      { type: 'TextQuoteSelector', exact: text.slice(100, 190) },
      { type: 'TextPositionSelector', start: 123, end: 213 },
    ]);
    const edited = text.slice(0, 150) + 'CHANGED' + text.slice(150);
    const orphan = attachArticle([shared], { id: 'h', text: edited })[0];
    expect((orphan.selectors[0] as { exact: string }).exact).toBe(
      `${text.slice(100, 100 + EDGE)}…${text.slice(190 - EDGE, 190)}`,
    );
    expect(orphan.articleId).toBe('h');
  });

  it('keeps markup as plain data everywhere, and shows the title and the sender on one clean line', () => {
    const xss = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    // A name that, shown as sent, would read right to left and break the banner's line.
    const name = `\u202eecilA\u202c\n${xss}`;
    const parsed = decoded(
      encodeShareLink({
        article: { kind: 'text', title: `${xss}\u0000\u2066Title\u2069`, text: xss },
        annotations: [{ ...first, note: xss, tags: [xss], selectors: [{ type: 'TextQuoteSelector', exact: xss }] }],
        sharer: name,
      }),
    );
    // The note, the tags and the quote are the sender's words, kept whole as data.
    expect([parsed.annotations[0].note, parsed.annotations[0].tags[0]]).toEqual([xss, xss]);
    expect(parsed.annotations[0].selectors[0]).toMatchObject({ exact: xss });
    // The title and the name only label the link: markup stays as text, controls and overrides go.
    expect(parsed.article).toEqual({ kind: 'text', title: `${xss} Title`, text: xss });
    expect(parsed.sharer).toBe(`ecilA ${xss}`);
    expect(parsed.annotations[0].author).toBe(`ecilA ${xss}`);
  });
});

describe('a hand-made link with a hostile title or sender', () => {
  const text = 'Harbour wall vote delayed\nThe council delayed its vote.';
  const valid = { v: 1, a: ['t', 'Harbour wall vote delayed', text], n: [['delayed its vote', 38]], t: 0 };

  it.each([1, 2])('version %i: cleans the title and the name as the header is cleaned', (v) => {
    const parsed = decoded(
      pack({
        ...valid,
        v,
        a: ['t', 'Harbour\u0000 wall\r\nvote \u202edeyaled\u202c\u0007', text],
        s: '\u2067Alice\u2069\t\u001b[31m',
      }).replace('#/share/1.', `#/share/${v}.`),
    );
    expect(parsed.article).toEqual({ kind: 'text', title: 'Harbour wall vote deyaled', text });
    expect(parsed.sharer).toBe('Alice [31m');
    expect(parsed.annotations[0].author).toBe('Alice [31m');
  });

  it('cuts a long title and name to their limits (whole characters, an ellipsis) instead of refusing the link', () => {
    const parsed = decoded(pack({ ...valid, a: ['t', '📰'.repeat(LIMITS.title + 1), text], s: 'n'.repeat(5_000) }));
    const title = parsed.article.kind === 'text' ? parsed.article.title : '';
    expect(title).toBe(`${'📰'.repeat(LIMITS.title - 1)}…`);
    expect(parsed.sharer).toBe(`${'n'.repeat(LIMITS.sharer - 1)}…`);
  });

  it('drops a name that is only control characters, so the banner says "shared with you"', () => {
    const parsed = decoded(pack({ ...valid, s: '\u202e\u0000\n ' }));
    expect(parsed.sharer).toBeUndefined();
    expect(parsed.annotations[0].author).toBeUndefined();
  });

  it.each([
    ['a title that is a number', { a: ['t', 42, text] }],
    ['a name that is a list', { s: ['Alice'] }],
  ])('refuses %s, with a message', (_, change) => {
    const result = decodeShareLink(pack({ ...valid, ...change }));
    expect('error' in result && result.error.code).toBe('invalid-payload');
    if ('error' in result) expect(result.error.message).toMatch(/^This link's contents are not valid/);
  });
});

describe('hostile share links', () => {
  const valid = { v: 1, a: ['b', 'x'], n: [['quote', 0]], t: 0 };
  const cases: [string, unknown, ShareErrorCode][] = [
    ['not a string', 42, 'not-a-share-link'],
    ['another fragment', '#/article/3', 'not-a-share-link'],
    ['oversized', `#/share/1.${'A'.repeat(MAX_FRAGMENT_CHARS)}`, 'too-long'],
    ['newer version', '#/share/3.AAAA', 'unsupported-version'],
    ['bad base64', '#/share/1.ab$d', 'bad-encoding'],
    ['impossible base64 length', '#/share/1.abcde', 'bad-encoding'],
    ['empty payload', '#/share/1.', 'bad-encoding'],
    ['not deflate', `#/share/1.${encodeBase64Url(new Uint8Array([0xff, 0xff, 0xff, 0xff]))}`, 'bad-compression'],
    ['truncated', pack(valid).slice(0, -4), 'bad-compression'],
    ['zip bomb', `#/share/1.${encodeBase64Url(deflateSync(new Uint8Array(3 * 1024 * 1024)))}`, 'too-large'],
    ['not JSON', `#/share/1.${encodeBase64Url(deflateSync(new TextEncoder().encode('{"v":1,')))}`, 'not-json'],
    [
      'invalid UTF-8',
      `#/share/1.${encodeBase64Url(deflateSync(new Uint8Array([0x22, 0xc3, 0x28, 0x22])))}`,
      'not-json',
    ],
    ['wrong inner version', pack({ ...valid, v: 2 }), 'invalid-payload'],
    ['javascript: url', pack({ ...valid, a: ['u', 'javascript:alert(1)'] }), 'invalid-payload'],
    [
      'javascript: source link',
      pack({ ...valid, n: [['q', 0, '', '', '', 0, [], 1, 1, 'c', ['javascript:x']]] }),
      'invalid-payload',
    ],
    ['oversized note', pack({ ...valid, n: [['q', 0, '', '', 'x'.repeat(10_001)]] }), 'invalid-payload'],
    ['too many annotations', pack({ ...valid, n: Array.from({ length: 501 }, () => ['q', 0]) }), 'invalid-payload'],
    ['unknown colour code', pack({ ...valid, n: [['q', 0, '', '', '', 9]] }), 'invalid-payload'],
    ['focus out of range', pack({ ...valid, f: 3 }), 'invalid-payload'],
    ['highlight without quote', pack({ ...valid, n: [['', 5]] }), 'invalid-payload'],
    ['array instead of object', pack([1, 2, 3]), 'invalid-payload'],
  ];
  it.each(cases.map(([name, fragment, code]) => ({ name, fragment, code })))('$name → $code', ({ fragment, code }) => {
    const result = decodeShareLink(fragment);
    expect('error' in result && result.error.code).toBe(code);
    if ('error' in result) expect(result.error.message).toMatch(/^This /);
  });

  it('rejects deeply nested JSON within the size limit without overflowing the stack', () => {
    const nested = `#/share/1.${encodeBase64Url(deflateSync(new TextEncoder().encode('['.repeat(1_000_000) + ']'.repeat(1_000_000))))}`;
    const result = decodeShareLink(nested);
    expect('error' in result && ['not-json', 'invalid-payload'].includes(result.error.code)).toBe(true);
  });

  it('accepts the minimal valid payload the table mutates', () => {
    expect('parsed' in decodeShareLink(pack(valid))).toBe(true);
  });
});
