/**
 * Row speaker.according-to.clause-subject: "According to police the suspect fled" — with no comma
 * after the source, the source of "according to" ends where the reported clause's subject begins.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { SPEAKER_ACCORDING_CLAUSE_SUBJECT } from '../lexicon/claim-precision-rows';
import { TITLES } from '../lexicon/words';
import type { CCtx } from './claim-context';

const { determiners, linkers, finite } = SPEAKER_ACCORDING_CLAUSE_SUBJECT.value;
const DETERMINERS: ReadonlySet<string> = new Set(determiners);
const LINKERS: ReadonlySet<string> = new Set(linkers);
const FINITE: ReadonlySet<string> = new Set(finite);

const word = (cx: CCtx, i: number) => (cx.t.kind[i] === Kind.Word ? lower(cx, i) : '');
const isPlural = (w: string) => w.length > 3 && w.endsWith('s') && !w.endsWith('ss');

/**
 * The end of the source in tokens [a, e) (`e` where the caller's reading ended it), or `e`:
 * before a determiner or title that opens the clause, or after a bare plural head when the clause's
 * verb follows (`b` the sentence's end).
 */
export function accordingSourceEnd(cx: CCtx, a: number, e: number, b: number): number {
  // A comma right after the source: the ordinary reading holds.
  if (e < b && cx.t.kind[e] === Kind.Punct && cx.text.charCodeAt(cx.t.start[e]) === 44) return e;
  for (let i = a + 1; i < e; i++) {
    // "the ministry's spokesman": a possessive and the word after it stay in the source.
    if (cx.t.kind[i] === Kind.Poss || cx.t.kind[i - 1] === Kind.Poss) continue;
    if (cx.t.kind[i] !== Kind.Word || cx.t.kind[i - 1] !== Kind.Word) return e;
    const w = lower(cx, i),
      prev = lower(cx, i - 1);
    if (LINKERS.has(prev) || DETERMINERS.has(prev)) continue;
    if (DETERMINERS.has(w) && !(cx.t.flags[i] & Flag.Cap)) return i;
    // "the Citation Index Professor Chomsky": a title after a capitalised name opens a new one.
    // "…, according to Arizona Attorney General Kris Mayes." or "… the Ohio Secretary of State's
    // office.": nothing after the name but its possessed noun, so no clause opens there.
    if (
      TITLES.has(w) &&
      cx.t.flags[i] & Flag.Cap &&
      cx.t.flags[i - 1] & Flag.Cap &&
      !endsSentence(cx, capsEnd(cx, i, b), b)
    )
      return i;
  }
  // "several recent studies frozen vegetables are": a bare plural, a lowercase word, then the verb.
  for (let i = a; i + 1 < e; i++) {
    if (!isPlural(word(cx, i)) || cx.t.flags[i] & Flag.Cap) continue;
    const next = word(cx, i + 1);
    if (!next || cx.t.flags[i + 1] & Flag.Cap || LINKERS.has(next) || /(ing|ed)$/.test(next) || next === 'who')
      return e;
    for (let j = i + 2; j < b && j <= i + 5; j++) if (FINITE.has(word(cx, j))) return i + 1;
    return e;
  }
  return e;
}

/** Is the rest of the sentence from token `a` only punctuation, or a possessive and one or two words? */
function endsSentence(cx: CCtx, a: number, b: number): boolean {
  let i = a;
  if (i < b && cx.t.kind[i] === Kind.Poss) {
    i++;
    for (let n = 0; n < 2 && i < b && cx.t.kind[i] === Kind.Word; n++) i++;
  }
  for (; i < b; i++) if (cx.t.kind[i] !== Kind.Punct) return false;
  return true;
}

/** The end of the name from token `i`: capitalised words, and a linking word ("of", "for", "and" …) between two of them. */
function capsEnd(cx: CCtx, i: number, b: number): number {
  const cap = (k: number) => k < b && cx.t.kind[k] === Kind.Word && cx.t.flags[k] & Flag.Cap;
  while (cap(i) || (i > 0 && cap(i - 1) && LINKERS.has(word(cx, i)) && cap(i + 1))) i++;
  return i;
}
