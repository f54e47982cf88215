/**
 * Safe names for downloaded files, built from an article title and a date:
 * "Putin challenges the West" + 2026-11-27 + "md" → `putin-challenges-the-west-2026-11-27.md`.
 *
 * Pure. The name never holds path or shell-hostile characters (/ \ : * ? " < > | control
 * characters, leading dots), keeps letters of any script (a Cyrillic title stays readable), and is at
 * most `MAX_FILE_NAME` characters including the extension, cut at a word boundary when possible.
 */

export const MAX_FILE_NAME = 80;
const FALLBACK = 'article';
/** Names Windows refuses for a file whatever its extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** Lower-case words of letters and digits joined by hyphens; diacritics folded away. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** `YYYY-MM-DD` for a Date (local calendar day) or an ISO-like string; undefined when unusable. */
export function isoDay(date: string | Date | undefined): string | undefined {
  if (date === undefined) return undefined;
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) return undefined;
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** Cuts to at most `max` code points, preferring the last hyphen so words stay whole. */
function cut(slug: string, max: number): string {
  const chars = Array.from(slug);
  if (chars.length <= max) return slug;
  const head = chars.slice(0, max).join('');
  const lastBreak = head.lastIndexOf('-');
  return (lastBreak >= max / 2 ? head.slice(0, lastBreak) : head).replace(/-+$/, '');
}

/**
 * @param title  any text (an article title); falls back to "article" when nothing usable is left
 * @param ext    extension without the dot ("md", "jsonld"); cleaned like the title
 * @param date   appended as `-YYYY-MM-DD` when given and valid
 */
export function safeFileName(title: string, ext: string, date?: string | Date): string {
  const extension = slugify(ext).replace(/-/g, '') || 'txt';
  const day = isoDay(date);
  const tail = `${day ? `-${day}` : ''}.${extension}`;
  const room = Math.max(1, MAX_FILE_NAME - Array.from(tail).length);
  let stem = cut(slugify(title), room) || FALLBACK;
  if (!day && RESERVED.test(stem)) stem = `${stem}-file`;
  return `${stem}${tail}`;
}
