/**
 * Row quote.after-person-sentence (lexicon/claims-29b.ts): the person who opens the sentence right
 * before an untagged quotation, in the same paragraph, when that sentence made no claim
 * ('Ms. Nwosu paused. "Possible? Yes."').
 */
import { Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { ARTICLES, PERSON_DESCRIPTORS, TITLE_MODIFIERS, TITLES } from '../lexicon/words';
import { isComma, mentionEnd, type CCtx } from './claim-context';
import { pastDateline } from './quotes';
import { npLeftOf, trimSubject, type NP } from './speaker';

/** A word that may stand before a person's name in its subject: a capitalised word, an article, a title or a person descriptor. */
function describes(cx: CCtx, j: number): boolean {
  if (cx.t.kind[j] !== Kind.Word) return cx.t.kind[j] === Kind.Punct && cx.text[cx.t.start[j]] === '.';
  const w = lower(cx, j);
  if (/^[A-Z]/.test(cx.text[cx.t.start[j]])) return true;
  return ARTICLES.has(w) || TITLES.has(w) || TITLE_MODIFIERS.has(w) || PERSON_DESCRIPTORS.has(w);
}

/**
 * The subject of sentence k − 1 and its verb, when the quotation opening sentence `k` continues
 * that sentence's paragraph, sentence k − 1 made no claim (`prevSent` is the last sentence that
 * did) and its subject, at its start or after a fronted clause's comma, is a person
 * (`isPerson`: a person mention starts at the token).
 */
export function personBeforeQuote(
  cx: CCtx,
  k: number,
  prevSent: number | undefined,
  isPerson: (i: number) => boolean,
): { np: NP; verb: number } | undefined {
  const { cs, t } = cx;
  if (k === 0 || cs.lineStart[k] || cs.headline[k - 1] || (prevSent !== undefined && prevSent >= k - 1))
    return undefined;
  const a = cs.first[k - 1],
    b = cs.last[k - 1];
  const start = pastDateline(cx, a, b);
  for (let i = start; i < b; i++) {
    if (!isPerson(i)) continue;
    // The verb: a lowercase word right after the person's name.
    const v = mentionEnd(cx, i, b);
    if (v >= b || t.kind[v] !== Kind.Word || !/^[a-z]/.test(cx.text[t.start[v]]) || lower(cx, v) === 'and')
      return undefined;
    // The words before the name, back to the sentence's start or a comma, are a title or a
    // description ("Council member", "The harbour master"), never a verb ("Police arrested").
    let f = i;
    while (f > start && !isComma(cx, f - 1) && describes(cx, f - 1)) f--;
    if (f !== start && !isComma(cx, f - 1)) return undefined;
    const np0 = npLeftOf(cx, v - 1, f);
    const np = np0 && trimSubject(cx, np0);
    return np && np.a <= i && np.b >= v ? { np, verb: v } : undefined;
  }
  return undefined;
}
