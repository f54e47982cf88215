/**
 * Row claim.negated-cue.plain-object (lexicon/claims-30b.ts): "has not confirmed the shutdown",
 * "did not deny the report" — a negated verb of confirming or denying whose object is a noun
 * phrase states that nothing was said. Read by claims.ts beside `negatedEmpty`.
 */
import { Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { CUE_NEGATORS } from '../lexicon/claim-words';
import { NEGATED_PLAIN_OBJECT } from '../lexicon/claims-30b';
import { verbForms } from '../lexicon/verb-forms';
import type { CCtx } from './claim-context';
import type { Cue } from './cues';

const FORMS: ReadonlySet<string> = new Set(NEGATED_PLAIN_OBJECT.value.lemmas.flatMap(verbForms));
const DETERMINERS: ReadonlySet<string> = new Set(NEGATED_PLAIN_OBJECT.value.determiners);
const NEGATORS: ReadonlySet<string> = new Set(CUE_NEGATORS.value);

/** The one-word cue in sentence tokens [a, b) is negated and its object opens with a determiner. */
export function negatedPlainObject(cx: CCtx, cue: Cue, a: number, b: number): boolean {
  if (cue.b !== cue.a + 1 || cue.b >= b || !FORMS.has(lower(cx, cue.a))) return false;
  if (cx.t.kind[cue.b] !== Kind.Word || !DETERMINERS.has(lower(cx, cue.b))) return false;
  for (let i = cue.a - 1; i >= a && i >= cue.a - 3; i--) if (NEGATORS.has(lower(cx, i))) return true;
  return false;
}
