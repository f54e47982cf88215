/**
 * Row claim.feel.plain-object (lexicon/claims-31.ts): "He felt a sense of doom" — "feel" whose
 * object is a determiner-led plain noun phrase names a sensation. Read by claims.ts beside
 * `tellsThingOnly`; the object is read as guard.plain-object.thing-subject reads it.
 */
import { Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { FEEL_PLAIN_OBJECT } from '../lexicon/claims-31';
import type { CCtx } from './claim-context';
import type { Cue } from './cues';
import { plainObjectAfter } from './plain-object';

const FORMS: ReadonlySet<string> = new Set(FEEL_PLAIN_OBJECT.value.forms);
const DETERMINERS: ReadonlySet<string> = new Set(FEEL_PLAIN_OBJECT.value.determiners);

/** The one-word "feel" cue in sentence tokens [a, b) has a plain noun phrase, opened by a determiner, as its object. */
export function feelsPlainObject(cx: CCtx, cue: Cue, a: number, b: number): boolean {
  if (cue.b !== cue.a + 1 || cue.b >= b || !FORMS.has(lower(cx, cue.a))) return false;
  if (cx.t.kind[cue.b] !== Kind.Word || !DETERMINERS.has(lower(cx, cue.b))) return false;
  return plainObjectAfter(cx, cue.b, a, b);
}
