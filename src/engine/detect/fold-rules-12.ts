/**
 * Rules for error classes of the held-out fold documents (3 Dec 2026, helper ents21b, issue #9;
 * rows in lexicon/fold-patterns-12.ts). applyNameRules calls `applyFoldPatternRows12` after the
 * fold-11 rows, before the blind-11 and review rows, so it reads every earlier rule's names and
 * the later rows still read its own.
 * - person.given-name-weak-body: "the investigations of [Pierre-Simon Laplace]", half-read as a
 *   place, is a person.
 */
import { placeLookup, lower, spanText, type Ctx } from '../context';
import { GIVEN_NAME_WEAK_BODY_ROW } from '../lexicon/fold-patterns-12';
import { COMMON_WORDS, FACILITY_TAIL, FIRST_NAME_SET, KNOWN_ORGS, ORG_TAIL, PLACE_TAIL } from '../lexicon/words';
import { PERSON, isCapWord, type Names } from './named-spans';

const { below: WEAK_BELOW, personAtLeast: PERSON_AT_LEAST } = GIVEN_NAME_WEAK_BODY_ROW.value;
/** Longest name the row reads, in tokens. */
const NAME_MAX = 3;

export function applyFoldPatternRows12(ctx: Ctx, out: Names): void {
  const names = out.alive().slice();
  for (let k = 0; k < names.length; k++) {
    const n = names[k];
    if (n.rule || n.type === PERSON || n.b - n.a < 2 || n.b - n.a > NAME_MAX) continue;
    // Cheap tests first: a weak reading with a person next, then the words.
    if ((n.probs[n.type] ?? 0) >= WEAK_BELOW || (n.probs[PERSON] ?? 0) < PERSON_AT_LEAST) continue;
    if (mayBePerson(ctx, n.a, n.b)) out.put(n.a, n.b, PERSON, GIVEN_NAME_WEAK_BODY_ROW.id, undefined, n);
  }
}

/** person.given-name-weak-body: the words of [a, b) are a given name and more, and nothing says a body or a place. */
function mayBePerson(ctx: Ctx, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isCapWord(ctx, i)) return false;
  if (!isGivenName(lower(ctx, a))) return false;
  for (let i = a + 1; i < b; i++) {
    const w = lower(ctx, i);
    if (ORG_TAIL.has(w) || FACILITY_TAIL.has(w) || PLACE_TAIL.has(w)) return false;
  }
  // "Charlotte Hornets": a plural common word ends a club's name.
  const last = lower(ctx, b - 1);
  if (last.endsWith('s') && COMMON_WORDS.has(last)) return false;
  const text = spanText(ctx, a, b);
  if (KNOWN_ORGS.has(text.toLowerCase()) || placeLookup(ctx, text)) return false;
  return !placeLookup(ctx, spanText(ctx, a, a + 1));
}

/**
 * A known given name, or a hyphenated one of two words with a known given name in it
 * ("Pierre-Simon", "Jean-Michel": "jean" is no given name of the list, a word of the language).
 */
function isGivenName(w: string): boolean {
  if (FIRST_NAME_SET.has(w)) return true;
  const parts = w.split('-');
  return parts.length === 2 && parts.every((x) => x.length > 1) && parts.some((x) => FIRST_NAME_SET.has(x));
}
