import { describe, expect, it } from 'vitest';
import { contentHash } from '../lib/content-hash';
import { checkArticle, checkArticleInSlices, hostOf, metaOf, type Article } from './article';
import { checkLibraryEntry, validateLibrary } from './library-entry';

const text = 'A short article.\n\nWith two paragraphs.';
const article: Article = {
  id: contentHash(text),
  title: 'Short',
  origin: { kind: 'url', url: 'https://news.example.com/a?b=c' },
  addedAt: '2026-01-01T00:00:00.000Z',
  text,
};

describe('article record', () => {
  it('accepts an article whose text hashes to its id', () => {
    expect(checkArticle(article)).toEqual({ ok: article });
  });

  it.each<[string, Partial<Record<keyof Article, unknown>>, RegExp]>([
    ['another text under the id', { text: 'Something else entirely.' }, /does not match its id/],
    ['an id that is not a content hash', { id: 'putin-high-tech-duel' }, /^id: not a content hash/],
    ['an address that is not a web address', { origin: { kind: 'url', url: 'not a url' } }, /^origin\.url/],
    ['a javascript: address', { origin: { kind: 'url', url: 'javascript:alert(1)' } }, /^origin\.url/],
    ['an unknown origin', { origin: { kind: 'carrier-pigeon' } }, /^origin/],
    ['an unreadable time', { addedAt: 'yesterday' }, /^addedAt/],
  ])('refuses %s', async (_n, over, message) => {
    const checked = checkArticle({ ...article, ...over });
    expect('error' in checked && checked.error).toMatch(message);
    // Read back from storage, the text is hashed in slices: refused for the same reason.
    const sliced = await checkArticleInSlices({ ...article, ...over }, { yieldTo: async () => undefined });
    expect('error' in sliced && sliced.error).toMatch(message);
  });

  it('accepts a long article read back in slices, and refuses it with one character changed', async () => {
    const long = 'Ports, budgets and promises. '.repeat(40_000);
    const record = { ...article, id: contentHash(long), text: long };
    expect(await checkArticleInSlices(record, { yieldTo: async () => undefined })).toEqual({ ok: record });
    const changed = await checkArticleInSlices(
      { ...record, text: `${long.slice(0, -1)}!` },
      { yieldTo: async () => undefined },
    );
    expect('error' in changed && changed.error).toMatch(/does not match its id/);
  });

  it('hostOf never throws', () => {
    expect(hostOf('https://news.example.com/x')).toBe('news.example.com');
    expect(hostOf('not a url')).toBeUndefined();
    expect(hostOf('mailto:a@b.c')).toBeUndefined();
  });
});

describe('library entry', () => {
  it('is the metadata of an article', () => {
    expect(checkLibraryEntry(metaOf(article))).toEqual({ ok: metaOf(article) });
  });

  it('keeps every readable entry once, and reports each unreadable one', () => {
    const problems: string[] = [];
    const meta = metaOf(article);
    const state = validateLibrary(
      { articles: [meta, { ...meta, title: 'again' }, { ...meta, id: 'x', title: 'Broken' }, 42] },
      problems,
    );
    expect(state).toEqual({ articles: [meta], lastOpened: {} });
    expect(problems).toEqual([
      expect.stringMatching(/^library entry #3 “Broken” is invalid: id/),
      expect.stringMatching(/^library entry #4 is invalid/),
    ]);
  });

  it('a library that is not a list is reported, not thrown', () => {
    const problems: string[] = [];
    expect(validateLibrary({ articles: { a: 1 } }, problems)).toEqual({ articles: [], lastOpened: {} });
    expect(problems).toEqual(['the saved library is not a list of articles']);
  });
});
