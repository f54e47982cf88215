/**
 * Row speaker.subject.list-of-names (lexicon/claims-46.ts): "The counties of Bihor, Mureș and Iași
 * reported …" — a subject walked back to "Mureș and Iași" is the whole list that opens the
 * sentence, with the plural head it hangs from ("The counties of …").
 */
import { lower } from '../context';
import { Flag, Kind } from '../tokenize/tokenize';
import { LIST_OF_NAMES } from '../lexicon/claims-46';
import { isComma, type CCtx } from './claim-context';
import type { NP } from './speaker';

const DETERMINERS: ReadonlySet<string> = new Set(LIST_OF_NAMES.value.determiners);
const PREPOSITIONS: ReadonlySet<string> = new Set(LIST_OF_NAMES.value.prepositions);
const cap = (cx: CCtx, i: number) => cx.t.kind[i] === Kind.Word && (cx.t.flags[i] & Flag.Cap) !== 0;

/**
 * The whole list when `np` is the last two names of a list of capitalised names that opens
 * sentence tokens [a, …) ("Bihor, Mureș and Iași", "The counties of Bihor, Mureș and Iași"); else undefined.
 */
export function listOfNames(cx: CCtx, np: NP, a: number): NP | undefined {
  if (np.a <= a || !cap(cx, np.a) || !isComma(cx, np.a - 1)) return undefined;
  let and = false;
  for (let i = np.a; i < np.b; i++) {
    const w = lower(cx, i);
    if (w === 'and') and = true;
    else if (!cap(cx, i) && cx.t.kind[i] === Kind.Word) return undefined;
  }
  if (!and) return undefined;
  const most = LIST_OF_NAMES.value.nameWords;
  let start = np.a;
  let p = np.a - 1;
  while (p > a && isComma(cx, p)) {
    let q = p - 1;
    while (q >= a && p - 1 - q < most && cap(cx, q)) q--;
    if (q === p - 1 || (q >= a && cap(cx, q))) return undefined;
    start = q + 1;
    p = q;
  }
  // The list opens the sentence, or hangs from "<determiner> <plural> of/in/from" that does.
  if (start === a) return { a: start, b: np.b };
  if (p === start - 1 && PREPOSITIONS.has(lower(cx, p)) && p - 1 >= a) {
    const head = p - 1;
    const w = lower(cx, head);
    // Capitalised only as the sentence's first word ("Officials in …").
    if (cx.t.kind[head] !== Kind.Word || (cap(cx, head) && head !== a) || !w.endsWith('s')) return undefined;
    if (head === a) return { a: head, b: np.b };
    if (head - 1 === a && DETERMINERS.has(lower(cx, a))) return { a, b: np.b };
  }
  return undefined;
}
