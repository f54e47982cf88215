/**
 * Row guard.noun-or-verb.news-reports (lexicon/claims-36b.ts): "Media reports said …" — "reports"
 * after a word naming the kind of report is the noun, the source of the cue after it, not a cue.
 * cues.ts asks here before it takes "reports" as a verb.
 */
import { Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { CUE_FORMS } from '../lexicon/claim-cues';
import { NEWS_REPORTS_NOUN } from '../lexicon/claims-36b';
import type { CCtx } from './claim-context';

const { form, kinds, nounPhraseOpeners, reach } = NEWS_REPORTS_NOUN.value;
const KINDS: ReadonlySet<string> = new Set(kinds);
const OPENERS: ReadonlySet<string> = new Set(nounPhraseOpeners);

const isWord = (cx: CCtx, j: number) => cx.t.kind[j] === Kind.Word;

/** The "reports" at `i` (in the sentence [a, b)) is the noun after a kind word ("Media reports said"). */
export function newsReportsNoun(cx: CCtx, a: number, i: number, b: number): boolean {
  if (i <= a || lower(cx, i) !== form || !isWord(cx, i - 1) || !KINDS.has(lower(cx, i - 1))) return false;
  // "Media reports said …": a cue verb follows the noun.
  if (i + 1 < b && isWord(cx, i + 1) && CUE_FORMS.has(lower(cx, i + 1)) && lower(cx, i + 1) !== form) return true;
  // "from all the press reports that …": a preposition or quantifier opens the noun phrase.
  for (let j = i - 2; j >= a && j >= i - 1 - reach; j--) {
    if (!isWord(cx, j)) return false;
    if (OPENERS.has(lower(cx, j))) return true;
  }
  return false;
}
