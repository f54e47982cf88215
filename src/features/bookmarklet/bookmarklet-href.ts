/**
 * Turns the built page script into a `javascript:` bookmark for this reader's address.
 *
 * Only what a URL would otherwise change is escaped: `%` (URLs are percent-decoded once before
 * the code runs), whitespace (the URL parser drops tabs and newlines and trims the ends) and
 * non-ASCII. Everything else stays as it is, which keeps the bookmark about as long as the code.
 */
export const READER_PLACEHOLDER = '__MARGINALIA_READER_URL__';

export function bookmarkletHref(source: string, readerUrl: string): string {
  if (!source.includes(READER_PLACEHOLDER)) throw new Error('The bookmarklet script has no reader address slot.');
  // JSON.stringify gives a valid JS string literal; drop its quotes to fill the existing literal.
  const code = source.replaceAll(READER_PLACEHOLDER, JSON.stringify(readerUrl).slice(1, -1));
  return `javascript:${code.replace(/[^\x21-\x7e]|%/gu, (ch) => encodeURIComponent(ch))}`;
}

/** The code a browser runs for `href` (what a bookmark click does to it): for tests and checks. */
export function bookmarkletCode(href: string): string {
  return decodeURIComponent(href.replace(/^javascript:/, ''));
}
