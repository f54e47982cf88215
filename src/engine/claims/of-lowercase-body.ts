/**
 * Row speaker.inverted.of-lowercase-body (lexicon/claims-32b.ts): '"…," said Thandi Mbatha of the
 * regional health office' — after a quotation, a person and the body they work for, written in
 * lowercase. Row speaker.inverted.of-affiliation (claims.ts) reads only a capitalised body.
 */
import { Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { isLowerWord } from '../detect/named-spans';
import { ORG_DESCRIPTORS, TITLES } from '../lexicon/words';
import { INVERTED_OF_LOWERCASE_BODY } from '../lexicon/claims-32b';
import { mentionAt, mentionEnd, type CCtx } from './claim-context';
import type { NP } from './speaker';

const ARTICLES: ReadonlySet<string> = new Set(INVERTED_OF_LOWERCASE_BODY.value.articles);

/** The person's name alone when the phrase `np` is a person, "of the" and a lowercase body up to punctuation or `b`. */
export function lowercaseBodyAfter(cx: CCtx, np: NP, b: number): NP | undefined {
  // "said Dr. Thandi Mbatha of …": the name may follow a title or two.
  let n = np.a;
  while (n < np.b - 1 && n - np.a < 2 && TITLES.has(lower(cx, n))) n++;
  const m = mentionAt(cx, n);
  if (!m || cx.entityById.get(m.entityId)?.type !== 'person') return undefined;
  const e = mentionEnd(cx, n, b);
  if (e <= n || e + 2 >= b || lower(cx, e) !== 'of' || !ARTICLES.has(lower(cx, e + 1))) return undefined;
  let j = e + 2;
  while (j < b && j - e - 2 < INVERTED_OF_LOWERCASE_BODY.value.maxWords && isLowerWord(cx, j)) j++;
  if (j === e + 2 || (j < b && cx.t.kind[j] !== Kind.Punct)) return undefined;
  return ORG_DESCRIPTORS.has(lower(cx, j - 1)) ? { a: np.a, b: e } : undefined;
}
