/**
 * Building a "Save to Marginalia" link (see save-link.ts for the format and for decoding). Apart
 * from the decoder so the bookmarklet, which runs this in the saved page, carries no schema
 * library or inflater: only these limits, the JSON and base64url.
 */
import { deflateSync } from 'fflate';
import { encodeBase64Url } from './share/base64url';

export const SAVE_VERSION = 1;
export const SAVE_PREFIX = '#/save/';

export const SAVE_LIMITS = {
  /**
   * Characters of article text a page may send: ten times a long feature story. Past it the
   * bookmarklet keeps the first whole lines that fit and says so (`cut`).
   */
  text: 500_000,
  title: 500,
  url: 2_048,
  site: 200,
  date: 64,
  /**
   * Longest fragment decoded. 500,000 characters of text that compresses badly (CJK, 3 bytes a
   * character) still fits; Chrome's URL ceiling is 2 MB.
   */
  fragment: 1_500_000,
  /** Most bytes DEFLATE may produce: the text at 3 UTF-8 bytes a character, plus the rest. */
  inflated: 1_600_000,
} as const;

export interface SavedPage {
  url: string;
  title: string;
  text: string;
  kind: 'article' | 'selection';
  cut: boolean;
  site?: string;
  date?: string;
}

/**
 * Keeps at most `max` characters, cut at the last line break that fits (or at `max` when one line
 * is longer), never inside a surrogate pair.
 */
export function cutText(text: string, max: number = SAVE_LIMITS.text): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  let end = text.lastIndexOf('\n', max);
  if (end < max / 2) end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return { text: text.slice(0, end).trimEnd(), cut: true };
}

/** The payload's JSON, with every field cut to its limit: what the bookmarklet compresses. */
export function savePayloadJson(page: Omit<SavedPage, 'cut'>): string {
  const { text, cut } = cutText(page.text.trim());
  const payload = {
    v: SAVE_VERSION,
    u: page.url,
    t: page.title.trim().slice(0, SAVE_LIMITS.title),
    x: text,
    k: page.kind,
    ...(cut ? { c: true } : {}),
    ...(page.site ? { s: page.site.trim().slice(0, SAVE_LIMITS.site) } : {}),
    ...(page.date ? { d: page.date.trim().slice(0, SAVE_LIMITS.date) } : {}),
  };
  return JSON.stringify(payload);
}

/** The fragment for already-compressed payload bytes (the page compresses with CompressionStream). */
export const saveFragment = (deflated: Uint8Array) => `${SAVE_PREFIX}${SAVE_VERSION}.${encodeBase64Url(deflated)}`;

/** Synchronous encoder, for tests and tools; the bookmarklet uses the browser's own DEFLATE. */
export function encodeSaveLink(page: Omit<SavedPage, 'cut'>): string {
  return saveFragment(deflateSync(new TextEncoder().encode(savePayloadJson(page))));
}
