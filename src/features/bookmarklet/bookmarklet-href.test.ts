import { describe, expect, it } from 'vitest';
import { bookmarkletCode, bookmarkletHref, READER_PLACEHOLDER } from './bookmarklet-href';

const SOURCE = `(function(){var r="${READER_PLACEHOLDER}";var s="100% sure";\nvar t="é ✓ 😀\\t";open(r+"#/save/1."+s+t)})();`;

describe('the bookmarklet link', () => {
  it('runs exactly the built code, with this reader’s address filled in', () => {
    const href = bookmarkletHref(SOURCE, 'https://reader.example.org/app/');
    expect(href.startsWith('javascript:')).toBe(true);
    expect(bookmarkletCode(href)).toBe(SOURCE.replace(READER_PLACEHOLDER, 'https://reader.example.org/app/'));
  });

  it('survives the URL parser: no raw whitespace, percent sign or non-ASCII left', () => {
    const href = bookmarkletHref(SOURCE, 'http://localhost:4173/');
    expect(href).not.toMatch(/[\s\u0080-\uffff]/u);
    expect(href.replace(/%[0-9A-F]{2}/g, '')).not.toContain('%');
  });

  it('cannot be broken out of by the reader address', () => {
    const href = bookmarkletHref(SOURCE, 'https://x.example/"+alert(1)+"');
    expect(bookmarkletCode(href)).toContain('var r="https://x.example/\\"+alert(1)+\\"";');
  });

  it('refuses a script without the address slot', () => {
    expect(() => bookmarkletHref('alert(1)', 'https://x.example/')).toThrow();
  });
});
