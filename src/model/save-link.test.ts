import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from './share/base64url';
import { decodeSaveLink, type SaveErrorCode } from './save-link';
import { SAVE_LIMITS, cutText, encodeSaveLink } from './save-payload';

const pack = (value: unknown, version = 1) =>
  `#/save/${version}.${encodeBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(value))))}`;

const PAGE = {
  url: 'https://news.example.org/2026/05/ferry',
  title: 'Ferry returns to the island',
  text: 'LERWICK — The ferry returned on Monday.\n“It feels like coming home,” said Ailsa Brown.',
  kind: 'article' as const,
};

function code(fragment: string): SaveErrorCode | 'ok' {
  const r = decodeSaveLink(fragment);
  return 'error' in r ? r.error.code : 'ok';
}

describe('save links', () => {
  it('carry a page’s address, title and text through the fragment unchanged', () => {
    const r = decodeSaveLink(encodeSaveLink({ ...PAGE, site: 'Example News', date: '2026-05-04' }));
    expect(r).toEqual({ parsed: { ...PAGE, cut: false, site: 'Example News', date: '2026-05-04' } });
  });

  it('keep a selection apart from a whole article', () => {
    const r = decodeSaveLink(encodeSaveLink({ ...PAGE, kind: 'selection', text: 'said Ailsa Brown' }));
    expect('parsed' in r && r.parsed.kind).toBe('selection');
  });

  it('keep markup as plain text: nothing in the payload is interpreted', () => {
    const text = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const r = decodeSaveLink(encodeSaveLink({ ...PAGE, text, title: '<b>bold</b>' }));
    expect('parsed' in r && [r.parsed.text, r.parsed.title]).toEqual([text, '<b>bold</b>']);
  });

  it('cut an over-long text at a line break and say so', () => {
    const line = 'x'.repeat(99) + '\n';
    const long = line.repeat(SAVE_LIMITS.text / 100 + 10);
    const r = decodeSaveLink(encodeSaveLink({ ...PAGE, text: long }));
    if (!('parsed' in r)) throw new Error(r.error.message);
    expect(r.parsed.cut).toBe(true);
    expect(r.parsed.text.length).toBeLessThanOrEqual(SAVE_LIMITS.text);
    expect(r.parsed.text.endsWith('x')).toBe(true);
  });

  it('never cut inside a surrogate pair', () => {
    const text = '😀'.repeat(10);
    const { text: kept } = cutText(text, 5);
    expect(kept).toBe('😀😀');
  });

  it.each([
    ['not a string', 42 as unknown as string, 'not-a-save-link'],
    ['a share link', '#/share/1.abc', 'not-a-save-link'],
    ['a later version', pack({ v: 2 }, 2), 'unsupported-version'],
    ['characters outside base64url', '#/save/1.ab$cd', 'bad-encoding'],
    ['an empty body', '#/save/1.', 'bad-encoding'],
    [
      'bytes that are not DEFLATE',
      `#/save/1.${encodeBase64Url(new Uint8Array([255, 255, 255, 255]))}`,
      'bad-compression',
    ],
    [
      'JSON that is not JSON',
      `#/save/1.${encodeBase64Url(deflateSync(new TextEncoder().encode('{oops')))}`,
      'not-json',
    ],
    [
      'a javascript: address',
      pack({ v: 1, u: 'javascript:alert(1)', t: '', x: 'text', k: 'article' }),
      'invalid-payload',
    ],
    ['no text', pack({ v: 1, u: PAGE.url, t: '', x: '', k: 'article' }), 'invalid-payload'],
    ['an unknown kind', pack({ v: 1, u: PAGE.url, t: '', x: 'a', k: 'script' }), 'invalid-payload'],
    [
      'a title over the limit',
      pack({ v: 1, u: PAGE.url, t: 't'.repeat(501), x: 'a', k: 'article' }),
      'invalid-payload',
    ],
    ['a fragment over the limit', `#/save/1.${'A'.repeat(SAVE_LIMITS.fragment)}`, 'too-long'],
  ])('refuse %s with a message', (_what, fragment, expected) => {
    expect(code(fragment)).toBe(expected);
    const r = decodeSaveLink(fragment);
    expect('error' in r && r.error.message.length).toBeGreaterThan(10);
  });

  it('stop a decompression bomb before it is unpacked whole', () => {
    // 20 MB of one letter deflates to about 20 KB: a small link that would fill memory.
    const bomb = deflateSync(new Uint8Array(20 * 1024 * 1024).fill(97), { level: 9 });
    expect(code(`#/save/1.${encodeBase64Url(bomb)}`)).toBe('too-large');
  });
});
