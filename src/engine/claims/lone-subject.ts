/**
 * Row speaker.coordinated-verb.lone-subject (lexicon/claims-31.ts): "So he contacted me and said
 * …", "Jimmy called me and said …" — the opening subject a coordinated cue shares, when it is a
 * pronoun past discourse words or a given name alone that the tagger did not name.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { givenName } from '../detect/blind-rules-14';
import { COORDINATED_LONE_SUBJECT } from '../lexicon/claims-31';
import { isComma, mentionEnd, startsMention, type CCtx } from './claim-context';

const LEAD: ReadonlySet<string> = new Set(COORDINATED_LONE_SUBJECT.value.lead);
const PRONOUNS: ReadonlySet<string> = new Set(COORDINATED_LONE_SUBJECT.value.pronouns);

/** The subject opening tokens [a, limit) past discourse words: a pronoun or a lone given name, before a lowercase word. */
export function loneSubject(cx: CCtx, a: number, limit: number): { a: number; b: number } | undefined {
  let f = a;
  while (f < limit && ((cx.t.kind[f] === Kind.Word && LEAD.has(lower(cx, f))) || isComma(cx, f))) f++;
  if (f >= limit || cx.t.kind[f] !== Kind.Word) return undefined;
  const named = startsMention(cx, f);
  const e = named ? mentionEnd(cx, f, limit) : f + 1;
  if (e >= limit || cx.t.kind[e] !== Kind.Word || cx.t.flags[e] & Flag.Cap) return undefined;
  // "So Jimmy contacted me": a name the tagger found, past the discourse words (at the start
  // of the sentence the other subject steps have seen it already).
  if (named) return f > a ? { a: f, b: e } : undefined;
  if (PRONOUNS.has(lower(cx, f))) return f > a ? { a: f, b: e } : undefined;
  return cx.t.flags[f] & Flag.Cap && givenName(cx, f) ? { a: f, b: e } : undefined;
}
