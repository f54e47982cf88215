/**
 * Row speaker.coordinated-verb.subordinate-subject (lexicon/claims-34.ts): "The Swedish crown fell
 * after the Riksbank cut its policy rate … and said …" — when no speaking subject opens the
 * sentence, a coordinated cue shares the subject of the subordinate clause it closes.
 */
import { lower } from '../context';
import { Flag, Kind } from '../tokenize/tokenize';
import { ORG_DESCRIPTORS } from '../lexicon/words';
import { COORDINATED_SUBORDINATE } from '../lexicon/claims-34';
import { isLowerWord } from '../detect/named-spans';
import { isComma, mentionEnd, startsMention, type CCtx } from './claim-context';

const SUBORDINATORS: ReadonlySet<string> = new Set(COORDINATED_SUBORDINATE.value.subordinators);
const NOT_AFTER: ReadonlySet<string> = new Set(COORDINATED_SUBORDINATE.value.notAfter);

/**
 * The subject of the nearest subordinate clause before the conjunction at token `conj` of a
 * sentence opening at `a` (no comma between): a name the tagger found, "the" and a body's head, or
 * "the" and capitalised words, then a lowercase verb; or undefined.
 */
export function subordinateSubject(cx: CCtx, a: number, conj: number): { a: number; b: number } | undefined {
  let s = conj - 1;
  while (s > a && !isComma(cx, s) && !(cx.t.kind[s] === Kind.Word && SUBORDINATORS.has(lower(cx, s)))) s--;
  if (s <= a || isComma(cx, s)) return undefined;
  // "such as", "as well as", "as soon as": a preposition, not a clause.
  if (lower(cx, s) === 'as' && NOT_AFTER.has(lower(cx, s - 1))) return undefined;
  const f = s + 1;
  const g = f < conj && lower(cx, f) === 'the' ? f + 1 : f;
  let e: number;
  if (startsMention(cx, g)) e = mentionEnd(cx, g, conj);
  else if (g > f && g < conj && ORG_DESCRIPTORS.has(lower(cx, g)) && isLowerWord(cx, g)) e = g + 1;
  else if (g > f) {
    e = g;
    while (e < conj && cx.t.kind[e] === Kind.Word && cx.t.flags[e] & Flag.Cap) e++;
    if (e === g) return undefined;
  } else return undefined;
  // The clause's verb: a lowercase word right after the subject, before the conjunction.
  if (e + 1 >= conj || !isLowerWord(cx, e)) return undefined;
  return { a: f, b: e };
}
