/**
 * Row speaker.subject.plural-bodies (lexicon/claims-29b.ts): "Rights groups", "Parents' groups" —
 * bodies named by their kind in the plural, a speaker-like subject for verbs of praise, blame and
 * stance; and party members in the plural, "House Democrats" (row speaker.subject.party-members).
 * Kept apart from claims.ts's `barePluralPeople`, which "they" resolution also reads.
 */
import { Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { PARTY_MEMBERS_SUBJECT, PLURAL_BODIES_SUBJECT } from '../lexicon/claims-29b';
import type { CCtx } from './claim-context';

// Party members in the plural speak as one too (row speaker.subject.party-members).
const HEADS: ReadonlySet<string> = new Set([
  ...PLURAL_BODIES_SUBJECT.value.heads,
  ...PARTY_MEMBERS_SUBJECT.value.heads,
]);

/** The subject [a, b) is one modifier word, possibly possessive ("Parents'", "Women's"), and a plural body noun. */
export function pluralBodiesSubject(cx: CCtx, np: { a: number; b: number }): boolean {
  const { a, b } = np;
  if (b - a < 1 || b - a > 3 || cx.t.kind[b - 1] !== Kind.Word || !HEADS.has(lower(cx, b - 1))) return false;
  if (b - a === 1) return true;
  if (cx.t.kind[a] !== Kind.Word) return false;
  if (b - a === 2) return true;
  // The middle token is the possessive mark: "'" or "'s".
  const mark = cx.text.slice(cx.t.start[a + 1], cx.t.end[a + 1]);
  return /^['’]s?$/.test(mark);
}
