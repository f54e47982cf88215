/**
 * Row claim.tell.thing-told (lexicon/claims-30c.ts): "told the story well", "told her a joke" —
 * "tell" whose object is the thing told states nothing. Read by claims.ts beside
 * `negatedPlainObject`.
 */
import { Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { isLowerWord } from '../detect/named-spans';
import { TELL_THING_TOLD } from '../lexicon/claims-30c';
import { verbForms } from '../lexicon/verb-forms';
import type { CCtx } from './claim-context';
import type { Cue } from './cues';

const FORMS: ReadonlySet<string> = new Set(verbForms('tell'));
const NOUNS: ReadonlySet<string> = new Set(TELL_THING_TOLD.value.nouns);
const PRONOUNS: ReadonlySet<string> = new Set(TELL_THING_TOLD.value.pronouns);
const CLAUSE_AFTER: ReadonlySet<string> = new Set(TELL_THING_TOLD.value.clauseAfter);

/** The one-word "tell" cue in sentence tokens [a, b) has a thing told as its object, and no clause after it. */
export function tellsThingOnly(cx: CCtx, cue: Cue, b: number): boolean {
  if (cue.b !== cue.a + 1 || cue.b >= b || !FORMS.has(lower(cx, cue.a))) return false;
  let i = cue.b;
  if (PRONOUNS.has(lower(cx, i))) i++;
  const last = Math.min(b - 1, i + TELL_THING_TOLD.value.maxBetween);
  while (i <= last && isLowerWord(cx, i) && !NOUNS.has(lower(cx, i)) && !CLAUSE_AFTER.has(lower(cx, i))) i++;
  if (i > last || !isLowerWord(cx, i) || !NOUNS.has(lower(cx, i))) return false;
  const next = i + 1;
  if (next >= b) return true;
  if (cx.t.kind[next] === Kind.Punct && cx.text.charCodeAt(cx.t.start[next]) === 58) return false;
  return !(cx.t.kind[next] === Kind.Word && CLAUSE_AFTER.has(lower(cx, next)));
}
