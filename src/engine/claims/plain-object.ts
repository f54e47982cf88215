/**
 * Row guard.plain-object.thing-subject: a verb of saying whose object is a plain noun phrase —
 * no clause, quotation, colon or "that" after it — reports nothing when its subject is a thing
 * ("These results indicate a shift"). Whether the subject is a source is decided by the caller
 * (claims.ts, the same reading as guard.source-subject); this module reads only the object.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { GUARD_PLAIN_OBJECT_THING } from '../lexicon/claim-precision-rows';
import { ADVERBS_AFTER_CUE } from '../lexicon/claim-words';
import type { CCtx } from './claim-context';
import { OBJECT_RELATIVE_PRESENT } from '../lexicon/claims-53f';
import { OBJECT_RELATIVE_SUBJECT } from '../lexicon/claims-lead-58';
import { PREPOSITIONS } from './cues';

const { cueRows, openers, clauseWords, reach } = GUARD_PLAIN_OBJECT_THING.value;
const CUE_ROWS: ReadonlySet<string> = new Set(cueRows);
const OPENERS: ReadonlySet<string> = new Set(openers);
const CLAUSE: ReadonlySet<string> = new Set(clauseWords);
const ADVERBS: ReadonlySet<string> = new Set(ADVERBS_AFTER_CUE.value);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'there']);

const prepositionalTo = (cx: CCtx, j: number): boolean =>
  cx.t.kind[j] === Kind.Word && (/ing$/.test(lower(cx, j)) || OPENERS.has(lower(cx, j)));

/** The cue was made by one of the rows the guard reads. */
export const plainObjectCue = (why: readonly string[]): boolean => why.some((id) => CUE_ROWS.has(id));

/**
 * Tokens [cueB, b) are a plain noun phrase object: it opens with a determiner, quantifier or a
 * lowercase word, and up to the first punctuation no word opens or shows a clause (no "that",
 * infinitive, auxiliary, capitalised word, number or quotation), and no past form that could be
 * the verb of a clause ("said the plan failed").
 */
export function plainObjectAfter(cx: CCtx, cueB: number, a: number, b: number): boolean {
  // A quotation anywhere in the sentence carries what was said.
  for (let i = a; i < b; i++) if (cx.q.of[i] >= 0 || cx.q.role[i] !== 0) return false;
  let n = cueB;
  while (n < b && cx.t.kind[n] === Kind.Word && (ADVERBS.has(lower(cx, n)) || /^\w+ly$/.test(lower(cx, n)))) n++;
  if (n >= b || cx.t.kind[n] !== Kind.Word) return false;
  const first = lower(cx, n);
  // "You said you never made the horseshoes": a subject pronoun opens a clause; "said in a
  // filing" has no object at all.
  if (cx.t.flags[n] & Flag.Cap || CLAUSE.has(first) || SUBJECT_PRONOUNS.has(first) || PREPOSITIONS.has(first))
    return false;
  // "said it came too late": "it" with words after it is a clause's subject.
  if (first === 'it' && n + 1 < b && cx.t.kind[n + 1] === Kind.Word) return false;
  if (!OPENERS.has(first) && /ed$/.test(first)) return false;
  if (n === cueB && presentAfterRelative(cx, cueB, b)) return false;
  for (let i = n; i < b && i < n + reach; i++) {
    if (cx.t.kind[i] === Kind.Punct) return /[,.;!?()]/.test(cx.text[cx.t.start[i]]);
    if (cx.t.kind[i] !== Kind.Word) return false;
    const w = lower(cx, i);
    // "a shift from walking on the toes to walking on the heel": "to" before a gerund or an
    // article is a preposition, not an infinitive.
    if (w === 'to' && i > n && i + 1 < b && prepositionalTo(cx, i + 1)) continue;
    if (CLAUSE.has(w) || cx.t.flags[i] & Flag.Cap) return false;
    if (i > n && /ed$/.test(w)) return false;
  }
  return n + reach >= b;
}

const RELATIVES: ReadonlySet<string> = new Set(OBJECT_RELATIVE_SUBJECT.value.relatives);
/**
 * Row speaker.object-relative-subject.past-verb.present-folds: the word at `cueB`, right after a cue
 * whose short subject follows "which"/"that" ("which doctors say saves lives"), is a present in -s
 * with a word after it: the reported clause's verb, not a noun object.
 */
export function presentAfterRelative(cx: CCtx, cueB: number, b: number): boolean {
  const { t } = cx;
  if (cueB + 1 >= b || t.kind[cueB] !== Kind.Word || t.flags[cueB] & Flag.Cap) return false;
  if (t.kind[cueB + 1] !== Kind.Word || !/^[a-z]{2,}[^s]s$/.test(lower(cx, cueB))) return false;
  const max = OBJECT_RELATIVE_PRESENT.value.maxSubjectWords;
  for (let i = cueB - 2; i >= 0 && i >= cueB - 2 - max; i--) {
    if (t.kind[i] !== Kind.Word) return false;
    if (i < cueB - 2 && !(t.flags[i] & Flag.Cap) && RELATIVES.has(lower(cx, i))) return true;
  }
  return false;
}
