import { describe, expect, it } from 'vitest';
import {
  bytesAreTheText,
  checkFileBytes,
  checkFileBytesInSlices,
  checkText,
  decodeInSlices,
  MAX_ARTICLE_BYTES,
} from './article-input';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('checkFileBytes', () => {
  it.each([
    ['empty', new Uint8Array(0), 'a.txt', /is empty/],
    ['whitespace only', utf8('  \n\t '), 'a.txt', /is empty/],
    [
      'PNG renamed .txt',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      'photo.txt',
      /PNG image/,
    ],
    ['PDF', utf8('%PDF-1.7 ...'), 'x.txt', /PDF document/],
    ['invalid UTF-8', new Uint8Array([0x41, 0xc3, 0x28, 0x41]), 'x.txt', /binary file/],
    ['NUL bytes', utf8('abc\u0000def'), 'x.txt', /binary file/],
    ['control characters', utf8('a\u0001\u0002\u0003\u0004b'), 'x.txt', /binary data/],
  ])('rejects %s', (_name, bytes, fileName, message) => {
    const r = checkFileBytes(bytes, fileName);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('rejects a file past the size limit with the limit in the message', () => {
    const r = checkFileBytes(new Uint8Array(MAX_ARTICLE_BYTES + 1), 'big.txt');
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/5\.0 MB.*up to 5\.0 MB/) });
  });

  it.each([
    ['Cyrillic', 'Москва — Президент выступил в четверг.', 'ru.txt', 'text'],
    ['Korean', '서울 — 국가정보원은 목요일에 밝혔다.', 'ko.txt', 'text'],
    ['Markdown', '# Title\n\nBody text.', 'notes.md', 'markdown'],
    ['HTML by extension', '<p>Hi</p>', 'page.htm', 'html'],
    ['HTML by content', '<!DOCTYPE html><html><body>Hi</body></html>', 'page.txt', 'html'],
  ])('reads %s', (_name, text, fileName, format) => {
    expect(checkFileBytes(utf8(text), fileName)).toEqual({ ok: true, text, format });
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x14, 0x04]);
    expect(checkFileBytes(bytes, 'u16.txt')).toEqual({ ok: true, text: 'AД', format: 'text' });
  });
});

describe('checkFileBytesInSlices', () => {
  const files: Array<[string, Uint8Array, string]> = [
    ['Cyrillic, characters cut by slices', utf8('Москва — Президент выступил в четверг.'), 'ru.txt'],
    ['Korean, three-byte characters cut by slices', utf8('서울 — 국가정보원은 목요일에 밝혔다.'), 'ko.txt'],
    ['emoji, four-byte characters cut by slices', utf8('Fans cheered 🎉🎉 at the final whistle.'), 'e.txt'],
    ['HTML by content', utf8('<!DOCTYPE html><html><body>Hi</body></html>'), 'page.txt'],
    ['UTF-16 with a byte-order mark', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x14, 0x04, 0x42, 0x00]), 'u16.txt'],
    ['UTF-16 big-endian', new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x04, 0x14, 0x00, 0x42]), 'u16.txt'],
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Über den Fluss.')]), 'bom.txt'],
    [
      'invalid UTF-8 in the middle',
      new Uint8Array([...utf8('Hello there, '), 0xc3, 0x28, ...utf8(' and more')]),
      'x.txt',
    ],
    ['a character cut off at the end', utf8('Wien €').subarray(0, 7), 'x.txt'],
    ['NUL bytes', utf8('abc\u0000def and so on, longer'), 'x.txt'],
    ['empty', new Uint8Array(0), 'a.txt'],
    ['PDF', utf8('%PDF-1.7 and the rest of it'), 'x.txt'],
  ];

  it.each(files)('answers as checkFileBytes does: %s', async (_name, bytes, fileName) => {
    for (const slice of [1, 2, 3, 5, 64]) {
      expect(await checkFileBytesInSlices(bytes, fileName, () => Promise.resolve(), slice)).toEqual(
        checkFileBytes(bytes, fileName),
      );
    }
  });

  it('gives the page a turn between slices, none for a file of one slice', async () => {
    let pauses = 0;
    const pause = () => {
      pauses++;
      return Promise.resolve();
    };
    expect(await decodeInSlices(utf8('ten bytes!'), pause, 4)).toBe('ten bytes!');
    expect(pauses).toBe(2);
    pauses = 0;
    expect(await decodeInSlices(utf8('ten bytes!'), pause, 10)).toBe('ten bytes!');
    expect(pauses).toBe(0);
  });
});

describe('bytesAreTheText', () => {
  const accepted = (bytes: Uint8Array) => {
    const r = checkFileBytes(bytes, 'a.txt');
    if (!r.ok) throw new Error(r.message);
    return r.text;
  };

  it.each([
    ['ASCII', 'Ferries ran late in Oban.'],
    ['characters of 2 to 4 bytes', 'Grève à Brest — 港の労働者 🚢 «waited».'],
  ])('says yes for UTF-8 without a mark (%s): the bytes are the text as read', (_name, text) => {
    const bytes = utf8(text);
    expect(bytesAreTheText(bytes)).toBe(true);
    expect(utf8(accepted(bytes))).toEqual(bytes);
  });

  it.each([
    ['a UTF-8 byte-order mark (dropped from the text)', new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x42])],
    ['UTF-16 little-endian', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x14, 0x04])],
    ['UTF-16 big-endian', new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x04, 0x14])],
  ])('says no for %s: the text read is not these bytes', (_name, bytes) => {
    expect(bytesAreTheText(bytes)).toBe(false);
    expect(utf8(accepted(bytes))).not.toEqual(bytes);
  });
});

describe('checkText', () => {
  it('strips a byte-order mark and rejects blank text', () => {
    expect(checkText('\uFEFFHello')).toEqual({ ok: true, text: 'Hello', format: 'text' });
    expect(checkText('   ').ok).toBe(false);
  });
});

describe('checkText size', () => {
  it('rejects pasted text past the limit', () => {
    const r = checkText('a'.repeat(MAX_ARTICLE_BYTES + 10));
    expect(r.ok).toBe(false);
  });
});
