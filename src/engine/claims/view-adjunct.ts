/**
 * Row cue.view-adjunct (claims42): paraphrase with no verb of saying — "In the view of council
 * member Rita Osei, the closure would …", "In Brandt's words, the new hub would be …", "In the
 * campaign's telling, Calloway won …". An opening "In" phrase whose head is a noun of view or words
 * attributes the clause after its comma to the holder, as "According to X," does.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { VIEW_ADJUNCT } from '../lexicon/claims-42';
import { VIEW_HOLDER_BREAKS } from '../lexicon/claim-words';
import { VIEW_PLACE_OWNER } from '../lexicon/claims-43';
import { MONTHS, ORG_DESCRIPTORS, PERSON_DESCRIPTORS, WEEKDAYS } from '../lexicon/words';
import { isComma, mentionAt, type CCtx } from './claim-context';
import type { Cue } from './cues';
import { pluralOfPeople } from './speaker';

const NOUNS: ReadonlySet<string> = new Set(VIEW_ADJUNCT.value.nouns);
const POSSESSIVES: ReadonlySet<string> = new Set(VIEW_ADJUNCT.value.possessives);
const HOLDER_BREAKS: ReadonlySet<string> = new Set(VIEW_HOLDER_BREAKS.value);

/** The comma ending tokens [from, b) within `max` tokens, with no other punctuation on the way; else -1. */
function commaWithin(cx: CCtx, from: number, b: number, max: number): number {
  for (let i = from; i < b && i - from <= max; i++) {
    if (isComma(cx, i)) return i > from ? i : -1;
    if (cx.t.kind[i] !== Kind.Word && cx.t.kind[i] !== Kind.Poss && cx.t.kind[i] !== Kind.Num) return -1;
    if (cx.q.of[i] >= 0) return -1;
  }
  return -1;
}

/**
 * The holder [sa, sb) can hold a view: it names a person or organisation, or ends in a noun of
 * people or of a body ("council member", "the campaign", "residents"), not "the harbour".
 */
function holderLike(cx: CCtx, sa: number, sb: number, placeOk = false): boolean {
  let capitals = true;
  for (let i = sa; i < sb; i++) {
    const w = lower(cx, i);
    // "In Wednesday's judgment": a day is no holder; "the account of the trip published by the
    // ministry": a phrase with its own preposition or participle is no holder either (review, stop 52).
    if (WEEKDAYS.has(w) || MONTHS.has(w)) return false;
    if (!(cx.t.flags[i] & Flag.Cap) && (HOLDER_BREAKS.has(w) || (i > sa && w.endsWith('ed')))) return false;
    const m = mentionAt(cx, i);
    // "In Washington's view": a place that owns a view is its government (row
    // cue.view-adjunct.place-owner, claims43); "In the view of the harbour" stays none.
    if (m) return m.type !== 'place' || (placeOk && VIEW_PLACE_OWNER.value);
    capitals &&= cx.t.kind[i] === Kind.Word && (cx.t.flags[i] & Flag.Cap) !== 0;
  }
  // "In Brandt's words": a name the engine did not type.
  if (capitals) return true;
  const head = lower(cx, sb - 1);
  return PERSON_DESCRIPTORS.has(head) || ORG_DESCRIPTORS.has(head) || pluralOfPeople(head);
}

/** The holder [sa, sb) opens with a place's name ("Washington", "the United States"). */
function placeOwner(cx: CCtx, sa: number, sb: number): boolean {
  for (let i = sa; i < sb; i++) {
    const m = mentionAt(cx, i);
    if (m) return m.type === 'place';
  }
  return false;
}

/**
 * The cue of an opening view phrase at token `a` (the sentence's first), its source the holder:
 * "In the view of X," / "In the words of X," (source X) or "In X's view," / "In his words,"
 * (source X, "his"); undefined when the sentence opens otherwise or nothing follows the comma.
 */
export function viewAdjunctCue(cx: CCtx, a: number, b: number): Cue | undefined {
  if (lower(cx, a) !== 'in' || a + 3 >= b) return undefined;
  const why = [VIEW_ADJUNCT.id];
  // "In the view of X,": an article, the noun, "of", the holder up to the comma.
  if (/^(the|a)$/.test(lower(cx, a + 1)) && NOUNS.has(lower(cx, a + 2)) && lower(cx, a + 3) === 'of') {
    const comma = commaWithin(cx, a + 4, b, VIEW_ADJUNCT.value.maxHolder);
    if (comma < 0 || comma + 1 >= b || !holderLike(cx, a + 4, comma)) return undefined;
    return { a, b: comma + 1, hedged: false, kind: 'verb', complement: 'any', source: [a + 4, comma], why };
  }
  // "In his view,", "In her words,": a possessive pronoun and the noun.
  if (POSSESSIVES.has(lower(cx, a + 1)) && NOUNS.has(lower(cx, a + 2)) && isComma(cx, a + 3))
    return { a, b: a + 4, hedged: false, kind: 'verb', complement: 'any', source: [a + 1, a + 2], why };
  // "In Brandt's words,", "In the campaign's telling,": a holder with "'s", the noun, the comma.
  for (let p = a + 1; p < b && p - a <= VIEW_ADJUNCT.value.maxHolder; p++) {
    if (cx.t.kind[p] === Kind.Poss) {
      if (p === a + 1 || !NOUNS.has(lower(cx, p + 1)) || !isComma(cx, p + 2) || p + 3 >= b) return undefined;
      if (!holderLike(cx, a + 1, p, true)) return undefined;
      if (placeOwner(cx, a + 1, p)) why.push(VIEW_PLACE_OWNER.id);
      return { a, b: p + 3, hedged: false, kind: 'verb', complement: 'any', source: [a + 1, p], why };
    }
    if (cx.t.kind[p] !== Kind.Word) return undefined;
  }
  return undefined;
}
