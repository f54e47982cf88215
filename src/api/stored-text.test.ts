import { describe, expect, it } from 'vitest';
import { contentHash } from '../lib/content-hash';
import { checkArticleInSlices, type Article } from '../model/article';
import { BLOB_TEXT_FROM, keepUtf8ForSave, readBlobText, storedForm, withTextRead } from './stored-text';

const noWait = () => Promise.resolve();

function articleOf(text: string): Article {
  return {
    id: contentHash(text),
    title: 'Harbour works',
    origin: { kind: 'paste' },
    addedAt: '2026-03-01T09:00:00.000Z',
    text,
  };
}

/** A long text with characters of 1 to 4 UTF-8 bytes, so piece ends fall inside characters. */
function longText(minLength: number): string {
  const line = 'Ferry crews in Oban walked out — «grève» in Brest, 港の労働者 too, and 🚢 waited. ';
  return line.repeat(Math.ceil(minLength / line.length));
}

describe('storedForm', () => {
  it('keeps a short text as the plain record it always was', () => {
    const short = articleOf('Lighthouse keepers returned to Fair Isle on Monday.');
    expect(storedForm(short)).toBe(short);
    expect(storedForm(articleOf('x'.repeat(BLOB_TEXT_FROM - 1)))).toHaveProperty(
      'text',
      'x'.repeat(BLOB_TEXT_FROM - 1),
    );
  });

  it('keeps a long text as a Blob of its UTF-8, the rest of the record as it is', async () => {
    const article = articleOf(longText(BLOB_TEXT_FROM));
    const stored = storedForm(article);
    expect(stored.text).toBeInstanceOf(Blob);
    const { text: _text, ...meta } = article;
    const { text: blob, ...storedMeta } = stored;
    expect(storedMeta).toEqual(meta);
    expect(await (blob as Blob).text()).toBe(article.text);
    expect((blob as Blob).size).toBe(new TextEncoder().encode(article.text).length);
  });
});

describe('storedForm with the UTF-8 at hand', () => {
  it('keeps the file it was given for the text (the one it was opened from), not a new encoding', async () => {
    const article = articleOf(longText(BLOB_TEXT_FROM));
    // A file unlike the text's own encoding (which the caller vouches for) shows which one was kept.
    const marked = new TextEncoder().encode(article.text);
    marked[0] = 0x3f;
    keepUtf8ForSave(article, new Blob([marked]));
    const stored = storedForm(article);
    expect(new Uint8Array(await (stored.text as Blob).arrayBuffer())).toEqual(marked);
    expect((stored.text as Blob).type).toBe('text/plain;charset=utf-8');
  });

  it('lets the file go after the save that took it: a later save encodes the text', async () => {
    const article = articleOf(longText(BLOB_TEXT_FROM));
    keepUtf8ForSave(article, new Blob([`?${article.text.slice(1)}`]));
    storedForm(article);
    expect(await (storedForm(article).text as Blob).text()).toBe(article.text);
  });

  it('keeps a short text as a string even with its file at hand', () => {
    const short = articleOf('Lighthouse keepers returned to Fair Isle on Monday.');
    keepUtf8ForSave(short, new Blob([short.text]));
    expect(storedForm(short)).toBe(short);
  });
});

describe('readBlobText', () => {
  it('gives back the text whatever the piece size, characters split between pieces included', async () => {
    const text = longText(600);
    const blob = new Blob([text]);
    for (const step of [1, 2, 3, 5, 7, 64, 1000, 65_536]) expect(await readBlobText(blob, noWait, step)).toBe(text);
  });

  it('reads the empty Blob as the empty text', async () => {
    expect(await readBlobText(new Blob([]), noWait)).toBe('');
  });

  it('gives the page a turn between pieces, not after the last', async () => {
    const text = 'a'.repeat(10_000);
    let turns = 0;
    const counted = () => {
      turns++;
      return Promise.resolve();
    };
    expect(await readBlobText(new Blob([text]), counted, 1000)).toBe(text);
    expect(turns).toBe(9);
    turns = 0;
    await readBlobText(new Blob([text]), counted, 10_000);
    expect(turns).toBe(0);
  });

  it('reads bytes that are not UTF-8 as U+FFFD, so the text no longer hashes to its id', async () => {
    const article = articleOf(longText(BLOB_TEXT_FROM));
    const bytes = new TextEncoder().encode(article.text);
    bytes[100] = 0xff;
    const read = await withTextRead({ ...article, text: new Blob([bytes]) }, noWait);
    expect((read as Article).text).toContain('\ufffd');
    expect(await checkArticleInSlices(read, { yieldTo: noWait })).toHaveProperty('error');
  });
});

describe('withTextRead', () => {
  it('turns a kept long article back into the article, which passes its check', async () => {
    const article = articleOf(longText(3 * BLOB_TEXT_FROM));
    const read = await withTextRead(storedForm(article), noWait);
    expect(read).toEqual(article);
    expect(await checkArticleInSlices(read, { yieldTo: noWait })).toEqual({ ok: article });
  });

  it('leaves a record with a string text (kept before, or short) and anything else as they are', async () => {
    const article = articleOf('Lighthouse keepers returned to Fair Isle on Monday.');
    expect(await withTextRead(article, noWait)).toBe(article);
    for (const odd of [undefined, null, 'text', 42, { text: 7 }, []]) expect(await withTextRead(odd, noWait)).toBe(odd);
  });

  it('rejects when the Blob cannot be read (the caller reports the copy as damaged)', async () => {
    const unreadable = new Blob(['x']);
    unreadable.slice = () => {
      const broken = new Blob(['x']);
      broken.arrayBuffer = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
      return broken;
    };
    await expect(withTextRead({ ...articleOf('x'), text: unreadable }, noWait)).rejects.toThrow('gone');
  });
});
