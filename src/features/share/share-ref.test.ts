import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../model/annotation';
import type { Article } from '../../model/article';
import { ANNOTATIONS, ARTICLE, HIGHLIGHT, LIVE, PAGE_NOTE } from '../../model/format/test-fixtures';
import { CHAT_APP_LIMIT, decodeShareLink } from '../../model/share/share-link';
import { LIMITS } from '../../model/share/share-limits';
import { annotationLabel, buildShareLink, formatLength, shareArticleRef, shareHeader, truncate } from './share-ref';

const BASE = 'https://marginalia.example/app/';
const pasted: Article = { ...ARTICLE, origin: { kind: 'paste' } };

describe('shareArticleRef', () => {
  it.each<[Article['origin'], unknown]>([
    [
      { kind: 'bundled', path: 'articles/putin.json' },
      { kind: 'bundled', id: 'articles/putin.json' },
    ],
    [
      { kind: 'url', url: 'https://news.example/a' },
      { kind: 'url', url: 'https://news.example/a' },
    ],
    [
      { kind: 'file', fileName: 'a.txt' },
      { kind: 'text', title: ARTICLE.title, text: ARTICLE.text },
    ],
    [{ kind: 'paste' }, { kind: 'text', title: ARTICLE.title, text: ARTICLE.text }],
  ])('%j', (origin, expected) => {
    expect(shareArticleRef({ ...ARTICLE, origin })).toEqual(expected);
  });
  it('sends a long title cut to the limit, between characters, and the recipient opens it', () => {
    const link = buildShareLink({ article: { ...pasted, title: '😀'.repeat(900) }, annotations: [], base: BASE });
    expect(link.error).toBeUndefined();
    const decoded = decodeShareLink(link.url.slice(BASE.length));
    if ('error' in decoded) throw new Error(decoded.error.message);
    const title = decoded.parsed.article.kind === 'text' ? decoded.parsed.article.title : '';
    expect(Array.from(title)).toHaveLength(LIMITS.title);
    expect(title).toBe(`${'😀'.repeat(LIMITS.title - 1)}…`);
  });
});

describe('shareHeader', () => {
  const meta = { byline: 'Jane Doe', source: 'Orkney Herald', date: '2 November 2026' };
  it.each<[Article['origin'], unknown]>([
    [{ kind: 'bundled', path: 'articles/putin.json' }, undefined],
    [{ kind: 'url', url: 'https://news.example/a' }, meta],
    [
      { kind: 'file', fileName: 'fares.txt' },
      { ...meta, fileName: 'fares.txt' },
    ],
    [{ kind: 'paste' }, meta],
  ])('%j', (origin, expected) => {
    expect(shareHeader({ ...ARTICLE, ...meta, origin })).toEqual(expected);
  });
  it('is left out when the article has no header of its own', () => {
    expect(shareHeader({ origin: { kind: 'paste' } })).toBeUndefined();
  });
  it('travels in the link the dialog builds', () => {
    const article = { ...pasted, ...meta, origin: { kind: 'file', fileName: 'fares.txt' } } as const;
    const link = buildShareLink({ article, annotations: [HIGHLIGHT], base: BASE });
    const decoded = decodeShareLink(link.url.slice(BASE.length));
    if ('error' in decoded) throw new Error(decoded.error.message);
    expect(decoded.parsed.header).toEqual({ ...meta, fileName: 'fares.txt' });
  });
});

describe('labels', () => {
  it('truncates quotes to 60 characters on one line', () => {
    expect(truncate('short')).toBe('short');
    const label = truncate(`${'word '.repeat(30)}\nend`);
    expect(Array.from(label)).toHaveLength(60);
    expect(label.endsWith('…')).toBe(true);
    expect(label).not.toContain('\n');
    expect(annotationLabel(HIGHLIGHT)).toBe('the missile "cannot be stopped", experts');
    expect(annotationLabel(PAGE_NOTE)).toMatch(/^Page note: Overall: one-sided\. <script>/);
  });
  it('formats lengths', () => {
    expect(formatLength(1234)).toBe('1,234 characters');
    expect(formatLength(1)).toBe('1 character');
  });
});

describe('buildShareLink', () => {
  it('builds a link the recipient can decode, with the sharer and without deleted annotations', () => {
    const link = buildShareLink({ article: ARTICLE, annotations: ANNOTATIONS, sharer: '  Ana  ', base: BASE });
    expect(link.error).toBeUndefined();
    expect(link.url.startsWith(`${BASE}#/share/2.`)).toBe(true);
    expect(link.length).toBe(link.url.length);
    const decoded = decodeShareLink(link.url.slice(BASE.length));
    if ('error' in decoded) throw new Error(decoded.error.message);
    expect(decoded.parsed.sharer).toBe('Ana');
    expect(decoded.parsed.article).toEqual({
      kind: 'url',
      url: ARTICLE.origin.kind === 'url' ? ARTICLE.origin.url : '',
    });
    expect(decoded.parsed.annotations.map((a) => a.note)).toEqual(LIVE.map((a) => a.note));
  });

  it('flags links longer than chat apps keep', () => {
    expect(buildShareLink({ article: ARTICLE, annotations: [HIGHLIGHT], base: BASE }).long).toBe(false);
    const big = buildShareLink({
      article: { ...pasted, text: Array.from({ length: 3000 }, (_, i) => `w${i * 7919}`).join(' ') },
      annotations: [],
      base: BASE,
    });
    expect(big.length).toBeGreaterThan(CHAT_APP_LIMIT);
    expect(big.long).toBe(true);
    expect(big.error).toBeUndefined();
  });

  it('reports a selection the recipient could not open', () => {
    const bad: Annotation = { ...HIGHLIGHT, links: ['javascript:alert(1)'] };
    const link = buildShareLink({ article: ARTICLE, annotations: [bad], base: BASE });
    expect(link.error).toMatch(/cannot be shared/);
  });
});
