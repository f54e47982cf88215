/**
 * Share links, version 2: the article's header travels (cleaned, cut, validated), and version 1
 * links made before it still open.
 */
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotation';
import type { Article } from '../article';
import { encodeBase64Url } from './base64url';
import { charCount, firstChars, headerLine, keptEdit } from './header-text';
import { attachArticle, decodeShareLink, encodeShareLink, type SharedLink } from './share-link';
import { withSharedHeader } from './shared-header';
import { V1_SHARE_FRAGMENT, V1_SHARE_TEXT } from './share-v1-fixture';
import { LIMITS } from './share-wire';

const pack = (version: number, value: unknown) =>
  `#/share/${version}.${encodeBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(value))))}`;

function decoded(fragment: string): SharedLink {
  const result = decodeShareLink(fragment);
  if ('error' in result) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.parsed;
}

const TEXT = 'Ferry fares frozen\nFares will not rise this winter, the council said.';
const HIGHLIGHT: Annotation = {
  id: 'h1',
  articleId: 'a',
  kind: 'highlight',
  created: '2026-11-20T10:00:00.000Z',
  updated: '2026-11-20T10:00:00.000Z',
  selectors: [
    { type: 'TextQuoteSelector', exact: 'Fares will not rise' },
    { type: 'TextPositionSelector', start: 19, end: 38 },
  ],
  color: 'green',
  note: '',
  tags: [],
};
const ARTICLE = { kind: 'text', title: 'Ferry fares frozen', text: TEXT } as const;

describe('share links carry the article header (version 2)', () => {
  it('writes version 2 and reads the header back as the sender gave it', () => {
    const header = { byline: 'Jane Doe', source: 'Orkney Herald', date: '2 November 2026', fileName: 'fares.txt' };
    const fragment = encodeShareLink({ article: ARTICLE, header, annotations: [HIGHLIGHT], sharer: 'Ana' });
    expect(fragment.startsWith('#/share/2.')).toBe(true);
    const parsed = decoded(fragment);
    expect(parsed.header).toEqual(header);
    expect(parsed.article).toEqual(ARTICLE);
    expect(parsed.sharer).toBe('Ana');
  });

  it('leaves the header out when it has nothing in it', () => {
    const parsed = decoded(encodeShareLink({ article: ARTICLE, header: { byline: ' \n ' }, annotations: [HIGHLIGHT] }));
    expect(parsed.header).toBeUndefined();
  });

  it('cuts control characters and bidi overrides, and keeps markup as plain text', () => {
    const valid = { v: 2, a: ['b', 'x'], n: [['quote', 0]], t: 0 };
    const parsed = decoded(
      pack(2, {
        ...valid,
        h: {
          b: 'Jane\u0000 Doe\n\r\tand\u001b[31m Co',
          s: '\u202egro.elpmaxe\u202c News \u2066x\u2069',
          d: '<script>alert(1)</script>',
          f: '<img src=x onerror=alert(1)>.txt',
          extra: 'dropped',
        },
      }),
    );
    expect(parsed.header).toEqual({
      byline: 'Jane Doe and [31m Co',
      source: 'gro.elpmaxe News x',
      date: '<script>alert(1)</script>',
      fileName: '<img src=x onerror=alert(1)>.txt',
    });
  });

  it('cuts a long header line to its limit instead of refusing the link', () => {
    const valid = { v: 2, a: ['b', 'x'], n: [['quote', 0]], t: 0 };
    const huge = 'B'.repeat(1_500_000);
    const parsed = decoded(pack(2, { ...valid, h: { b: huge, s: '😀'.repeat(500), d: 'd'.repeat(65) } }));
    expect(Array.from(parsed.header!.byline!)).toHaveLength(LIMITS.byline);
    expect(parsed.header!.byline!.endsWith('…')).toBe(true);
    // Cut between characters, never inside a surrogate pair.
    expect(Array.from(parsed.header!.source!)).toHaveLength(LIMITS.source);
    expect(parsed.header!.source!.slice(0, -1)).toBe('😀'.repeat(LIMITS.source - 1));
    expect(parsed.header!.date).toHaveLength(LIMITS.date);
    // The sender's side cuts the same way, so its links never carry more than a recipient keeps.
    const sent = decoded(encodeShareLink({ article: ARTICLE, header: { byline: huge }, annotations: [HIGHLIGHT] }));
    expect(sent.header!.byline).toBe(parsed.header!.byline);
  });

  it.each([
    ['a number', { b: 42 }],
    ['an object', { s: { toString: 'x' } }],
  ])('refuses a header field that is %s, with a message', (_, h) => {
    const result = decodeShareLink(pack(2, { v: 2, a: ['b', 'x'], n: [['quote', 0]], t: 0, h }));
    expect('error' in result && result.error.code).toBe('invalid-payload');
    if ('error' in result) expect(result.error.message).toMatch(/^This link's contents are not valid .*\(at h/);
  });

  it('reads a list in place of the header as no header', () => {
    const parsed = decoded(pack(2, { v: 2, a: ['b', 'x'], n: [['quote', 0]], t: 0, h: ['Jane Doe'] }));
    expect(parsed.header).toBeUndefined();
  });

  it('refuses a link whose inner version is not its outer one', () => {
    const result = decodeShareLink(pack(2, { v: 1, a: ['b', 'x'], n: [['quote', 0]], t: 0 }));
    expect('error' in result && result.error.code).toBe('invalid-payload');
  });

  it('ignores a header in a version 1 payload (version 1 had none)', () => {
    const parsed = decoded(pack(1, { v: 1, a: ['b', 'x'], n: [['quote', 0]], t: 0, h: { b: 'Jane' } }));
    expect(parsed.header).toBeUndefined();
  });

  it('says a version 3 link is from a different version', () => {
    const result = decodeShareLink(pack(3, { v: 3, a: ['b', 'x'], n: [], t: 0 }));
    expect('error' in result && result.error.code).toBe('unsupported-version');
  });
});

describe('a version 1 link made by the old encoder', () => {
  it('still opens: article, sharer, highlight and the disputed claim', () => {
    const parsed = decoded(V1_SHARE_FRAGMENT);
    expect(parsed.article).toEqual({ kind: 'text', title: 'Harbour wall vote delayed', text: V1_SHARE_TEXT });
    expect(parsed.sharer).toBe('Alice');
    expect(parsed.header).toBeUndefined();
    const [highlight, claim] = attachArticle(parsed.annotations, { id: 'h', text: V1_SHARE_TEXT });
    expect([highlight.kind, highlight.color, highlight.note]).toEqual(['highlight', 'yellow', 'Third delay this year']);
    expect([claim.kind, claim.verdict, claim.author]).toEqual(['claim', 'disputed', 'Alice']);
    expect(claim.selectors[0]).toMatchObject({ exact: 'The wall will not survive another storm' });
  });
});

describe('headerLine', () => {
  it.each([
    ['plain', 'Jane Doe', 10, 'Jane Doe'],
    ['runs of space', '  Jane \t\n Doe ', 10, 'Jane Doe'],
    ['only controls', '\u0000\u0007\u202e', 10, ''],
    ['cut with an ellipsis', 'abcdefghijk', 5, 'abcd…'],
    ['a left-to-right mark stays', 'a\u200eb', 5, 'a\u200eb'],
  ])('%s', (_, raw, max, expected) => {
    expect(headerLine(raw, max)).toBe(expected);
  });
});

describe('charCount and firstChars: what the Share dialog counts is what the link keeps', () => {
  const wave = '\u{1F30A}';
  it.each([
    ['plain', 'Jane Doe', 8],
    ['emoji (surrogate pairs)', wave.repeat(45), 45],
    ['CJK beyond the BMP', '\u{20BB7}\u91CE\u5BB6', 3],
    ['a lone surrogate counts as one', 'a\ud83c', 2],
    ['empty', '', 0],
  ])('%s', (_, s, n) => {
    expect(charCount(s)).toBe(n);
    expect(Array.from(s)).toHaveLength(n);
  });
  it('cuts between code points, never inside a pair', () => {
    expect(firstChars(wave.repeat(85), 80)).toBe(wave.repeat(80));
    expect(firstChars(`a${wave}b`, 2)).toBe(`a${wave}`);
    expect(firstChars('abc', 10)).toBe('abc');
  });
  it('a name the box keeps (80 emoji) travels whole; one more is cut with an ellipsis', () => {
    const kept = firstChars(wave.repeat(85), LIMITS.sharer);
    expect(headerLine(kept, LIMITS.sharer)).toBe(kept);
    expect(headerLine(kept + wave, LIMITS.sharer)).toBe(`${wave.repeat(79)}\u2026`);
  });
});

describe('withSharedHeader', () => {
  const pasted: Article = {
    id: '0123456789abcdef',
    title: 'Ferry fares frozen',
    origin: { kind: 'paste' },
    addedAt: '2026-11-20T10:00:00.000Z',
    text: TEXT,
  };
  it('gives a pasted article the sender’s byline, source, date and file', () => {
    const header = { byline: 'Jane Doe', source: 'Orkney Herald', date: '2 November 2026', fileName: 'fares.txt' };
    expect(withSharedHeader(pasted, header)).toEqual({
      ...pasted,
      origin: { kind: 'file', fileName: 'fares.txt' },
      byline: 'Jane Doe',
      source: 'Orkney Herald',
      date: '2 November 2026',
    });
  });
  it('replaces what a fetched page said with what the sender saw, and keeps its address', () => {
    const page: Article = {
      ...pasted,
      origin: { kind: 'url', url: 'https://news.example/a' },
      byline: 'Someone else',
      date: 'yesterday',
    };
    expect(withSharedHeader(page, { source: 'Example News', fileName: 'x.txt' })).toEqual({
      ...pasted,
      origin: { kind: 'url', url: 'https://news.example/a' },
      source: 'Example News',
    });
  });
  it('changes nothing without a header (a version 1 link)', () => {
    expect(withSharedHeader(pasted, undefined)).toBe(pasted);
  });
});

describe('keptEdit: the name box refuses what does not fit, where it was typed (review of app43)', () => {
  const full = 'a'.repeat(80);
  it('refuses a key pressed at the start of a full name, not cutting its end', () => {
    expect(keptEdit(full, `X${full}`, 80)).toEqual({ value: full, caret: 0 });
    expect(keptEdit(full, `aaX${full.slice(2)}`, 80)).toEqual({ value: full, caret: 2 });
  });
  it('keeps as much of a paste as fits where it went', () => {
    expect(keptEdit('a'.repeat(78), `XYZ${'a'.repeat(78)}`, 80)).toEqual({ value: `XY${'a'.repeat(78)}`, caret: 2 });
    expect(keptEdit('', 'b'.repeat(90), 80)).toEqual({ value: 'b'.repeat(80), caret: 80 });
  });
  it('takes any edit within the limit as it is, and counts code points', () => {
    expect(keptEdit('abc', 'abXc', 80).value).toBe('abXc');
    const wave = '\u{1F30A}';
    expect(keptEdit(wave.repeat(80), wave.repeat(81), 80).value).toBe(wave.repeat(80));
    expect(keptEdit(wave.repeat(79), wave.repeat(80), 80).value).toBe(wave.repeat(80));
  });
});
