/**
 * Find in the article, on its text model rather than the page: the reader may render only part
 * of a long article, so the browser's own find cannot see all of it. Matching is forgiving the
 * way readers expect: case, accents, curly versus straight quotes, dashes and runs of white space
 * do not matter. Each character folds to exactly one character, so a match's offsets in the
 * folded text are its offsets in the article.
 */

export interface TextSpan {
  start: number;
  end: number;
}

/** Past this many matches the search stops; the count says "1,000+". */
export const MAX_MATCHES = 1000;

const FOLD: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '′': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '″': '"',
  '–': '-',
  '—': '-',
  '−': '-',
  '‐': '-',
  '‑': '-',
};

function foldChar(c: string): string {
  if (c.charCodeAt(0) < 128) return /\s/.test(c) ? ' ' : c.toLowerCase();
  if (/\s/.test(c)) return ' ';
  const mapped = FOLD[c];
  if (mapped) return mapped;
  const lower = c.toLowerCase();
  const one = lower.length === 1 ? lower : c;
  const parts = one.normalize('NFD');
  // Only an accent comes off ("é" is "e"): a Hangul syllable also decomposes, into its letters,
  // and its first consonant alone would make "하구" find "한국"; kana keep their voicing mark.
  return parts.length > 1 && MARKS_ONLY.test(parts.slice(1)) && !KANA_VOICING.test(parts.slice(1)) ? parts[0] : one;
}

const MARKS_ONLY = /^\p{M}+$/u;
/** The voicing marks of kana: "が" is not "か". */
const KANA_VOICING = /[\u3099\u309a]/u;

/** The text folded one character for one character (same length, same offsets). */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const code = c.charCodeAt(0);
    // Fast path for the common case: lower-case ASCII letters, digits and punctuation.
    out += code >= 33 && code < 128 && !(code >= 65 && code <= 90) ? c : foldChar(c);
  }
  return out;
}

/** The query folded the same way, trimmed, with runs of white space as one space. */
export function foldQuery(query: string): string {
  return foldText(query.trim().replace(/\s+/g, ' '));
}

/**
 * Every match of `query` in the folded text, in order, without overlaps, at most `limit`.
 * Runs of white space in the text match a single space in the query.
 */
export function findInFolded(folded: string, query: string, limit = MAX_MATCHES): TextSpan[] {
  const q = foldQuery(query);
  if (!q) return [];
  const out: TextSpan[] = [];
  if (!q.includes(' ')) {
    for (let i = folded.indexOf(q); i >= 0 && out.length < limit; i = folded.indexOf(q, i + q.length)) {
      out.push({ start: i, end: i + q.length });
    }
    return out;
  }
  // With spaces, let each one match any run of white space in the text.
  const pattern = new RegExp(
    q
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join(' +'),
    'g',
  );
  for (const m of folded.matchAll(pattern)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (out.length >= limit) break;
  }
  return out;
}

/** Matches of `query` in `text` (folds the text; fold once with `foldText` to search often). */
export const findAll = (text: string, query: string, limit = MAX_MATCHES): TextSpan[] =>
  findInFolded(foldText(text), query, limit);

/** The first match at or after `offset` (wrapping to the first), as an index; -1 when none. */
export function matchFrom(matches: readonly TextSpan[], offset: number): number {
  if (!matches.length) return -1;
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < matches.length ? lo : 0;
}
