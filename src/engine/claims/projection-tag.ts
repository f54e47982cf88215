/**
 * Row cue.verb.forecast-that.tag (lexicon/claims-34.ts): "Ellen Harmon won the seat, the
 * Associated Press projected, defeating …" — "projected" / "forecast" as the verb of a tag after the
 * result projected, though the verbs count elsewhere only before a "that" clause.
 */
import { lower } from '../context';
import { Flag, Kind } from '../tokenize/tokenize';
import { PROJECTION_TAG } from '../lexicon/claims-34';
import { isComma, type CCtx } from './claim-context';

const BODIES: ReadonlySet<string> = new Set(PROJECTION_TAG.value.bodies);
const FORMS: ReadonlySet<string> = new Set(['projected', 'projects', 'forecast', 'forecasts']);
/** Marks inside a capitalised name ("U.S.", "Reuters/Ipsos", "AT&T"). */
const NAME_MARKS = '.&/-';

/** Whether the verb at token `i` of sentence tokens [a, b) closes a tag "…, SUBJECT projected[,.]". */
export function projectionTag(cx: CCtx, a: number, i: number, b: number): boolean {
  const { t, text } = cx;
  if (!FORMS.has(lower(cx, i))) return false;
  // The tag ends the sentence or a comma follows it.
  if (i + 1 < b && !isComma(cx, i + 1) && !'.!;'.includes(text[t.start[i + 1]])) return false;
  let c = i - 1;
  while (c > a && !isComma(cx, c)) c--;
  const words = i - c - 1;
  // Something was projected before the comma, and the subject is short.
  if (c <= a || c - a < 3 || words < 1 || words > PROJECTION_TAG.value.maxWords) return false;
  const last = i - 1;
  if (t.kind[last] === Kind.Word && BODIES.has(lower(cx, last))) {
    for (let j = c + 1; j < last; j++) if (t.kind[j] !== Kind.Word || t.flags[j] & Flag.Cap) return false;
    return true;
  }
  // "the Associated Press", "Edison Research", "NBC News": capitalised words past "the".
  let j = c + 1;
  if (lower(cx, j) === 'the') j++;
  if (j >= i) return false;
  for (; j < i; j++) {
    if (t.kind[j] === Kind.Word) {
      if (!(t.flags[j] & Flag.Cap)) return false;
    } else if (t.kind[j] === Kind.Poss || !NAME_MARKS.includes(text[t.start[j]]) || t.end[j] - t.start[j] !== 1)
      return false;
  }
  return t.kind[last] === Kind.Word;
}
