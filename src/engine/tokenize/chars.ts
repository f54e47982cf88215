/**
 * Character classes on UTF-16 code units. The tokenizer calls these once per character, so they
 * are branchy comparisons rather than regexes; non-ASCII falls back to case mapping, which covers
 * Latin-extended, Greek and Cyrillic names ("Özil", "Łukasz").
 */

export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0xc0 && c < 0x2000) return true;
  if (c >= 0x2000 && c < 0x3040) return false; // punctuation, symbols, arrows
  return c >= 0x3040 && c < 0xfe00 && !(c >= 0xd800 && c < 0xe000);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  if (c < 0xc0 || c >= 0x2000) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 0xa0 ||
    c === 0x2009 ||
    c === 0x202f ||
    c === 0x200b ||
    c === 12 ||
    c === 11
  );
}

/** Apostrophe-like marks: ' ’ ʼ */
export function isApos(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc;
}

export function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

export const OPEN_DQ = new Set([0x201c, 0x201e, 0xab]);
export const CLOSE_DQ = new Set([0x201d, 0xbb]);
