// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { htmlToArticle } from './html-to-article';

const PARA =
  'The council voted on Tuesday to rebuild the harbour wall after two winters of storm damage left the old stones loose and the quay closed to boats for weeks at a time.';
const BODY = `<p>${PARA} ${PARA}</p><p>${PARA} ${PARA}</p>`;
const page = (head: string, lead: string) =>
  `<!doctype html><html><head><title>Harbour wall vote</title>${head}</head><body><article><h1>Harbour wall vote</h1>${lead}${BODY}</article></body></html>`;

describe('htmlToArticle: byline and date are metadata, not text', () => {
  it.each([
    {
      name: 'meta author and published time, byline and date repeated in the article',
      html: page(
        '<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-03-05T09:30:00Z">',
        '<p>By Jane Doe</p><p><time datetime="2024-03-05">March 5, 2024</time></p>',
      ),
      byline: 'Jane Doe',
      date: '2024-03-05',
    },
    {
      name: 'a byline element Readability recognises',
      html: page('', '<p class="byline">By Jane Doe</p>'),
      byline: 'Jane Doe',
      date: undefined,
    },
    {
      name: 'no meta at all: a "By" line with a <time> in it',
      html: page('', '<div><span>By Jane Doe</span> | <time datetime="2024-03-05T10:00">March 5</time></div>'),
      byline: 'Jane Doe',
      date: '2024-03-05',
    },
    {
      name: 'a date in meta tags only',
      html: page('<meta name="date" content="2024-03-05">', ''),
      byline: undefined,
      date: '2024-03-05',
    },
    {
      name: 'neither byline nor date',
      html: page('', ''),
      byline: undefined,
      date: undefined,
    },
  ])('$name', ({ html, byline, date }) => {
    const article = htmlToArticle(html);
    expect(article.byline).toBe(byline);
    expect(article.date).toBe(date);
    expect(article.text.split('\n')[0]).toBe(`${PARA} ${PARA}`);
    expect(article.text).not.toMatch(/Jane Doe|March 5/);
  });

  it('keeps a story line that merely mentions the author', () => {
    const html = page(
      '<meta name="author" content="Jane Doe">',
      '<p>Jane Doe, the harbour master, said the wall would hold.</p>',
    );
    const article = htmlToArticle(html);
    expect(article.byline).toBe('Jane Doe');
    expect(article.text.split('\n')[0]).toBe('Jane Doe, the harbour master, said the wall would hold.');
  });

  it('does not take the byline for the site name', () => {
    const html = page('<meta name="author" content="Jane Doe">', '');
    expect(htmlToArticle(html).source).toBeUndefined();
    const named = page(
      '<meta name="author" content="Jane Doe"><meta property="og:site_name" content="Harbour News">',
      '',
    );
    expect(htmlToArticle(named).source).toBe('Harbour News');
  });
});
