/**
 * Row guard.appeal-to.demand (lexicon/claims-37b.ts): "appealed to residents to stay indoors" is
 * a demand; "topics that appeal to advertisers" and "appealed to the Supreme Court" say nothing.
 * cues.ts asks here before it reads "appeal to" as a cue (phrasal or cue.verb.urge's "appeal").
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { APPEAL_TO_DEMAND } from '../lexicon/claims-37b';
import { verbForms } from '../lexicon/verb-forms';
import { DETERMINERS } from '../lexicon/words';
import type { CCtx } from './claim-context';

const { lemma, demands, reach } = APPEAL_TO_DEMAND.value;
const FORMS: ReadonlySet<string> = new Set(verbForms(lemma));
const DEMANDS: ReadonlySet<string> = new Set(demands);

/**
 * The token `i` is a form of "appeal" followed by "to" whose addressee is followed by no demand
 * ("to" and a word, or "for") within the row's reach, before punctuation or the sentence's end `b`.
 */
export function appealToWithoutDemand(cx: CCtx, i: number, b: number): boolean {
  if (!FORMS.has(lower(cx, i)) || i + 1 >= b || lower(cx, i + 1) !== 'to') return false;
  for (let j = i + 3; j < b && j <= i + 1 + reach; j++) {
    if (cx.t.kind[j] === Kind.Punct) return true;
    if (cx.t.kind[j] !== Kind.Word || !DEMANDS.has(lower(cx, j))) continue;
    if (lower(cx, j) === 'for' || bareVerbAt(cx, j + 1, b)) return false;
  }
  return true;
}

/** "to stay indoors", not "listen to the radio": after "to", a lowercase word that is no determiner. */
function bareVerbAt(cx: CCtx, k: number, b: number): boolean {
  return k < b && cx.t.kind[k] === Kind.Word && (cx.t.flags[k] & Flag.Cap) === 0 && !DETERMINERS.has(lower(cx, k));
}
