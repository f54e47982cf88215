/**
 * Rules of 1 Dec 2026, late evening (helper fix14c: a review of the evening's rows on adversarial
 * news sentences; rows REVIEW_ROWS_1 in lexicon/review-rows-1.ts). applyNameRules calls
 * `applyReviewRows1` last, so these read every other rule's names. Each visits only the names.
 * - none.bare-determiner: a lone "Its" or "The" is no name.
 * - organisation.known-then-speaker: "the BBC Ortiz said" is the BBC and Ortiz.
 * The other two rows are guards read by the rows they narrow (fold-rules-3.ts, blind-rules-5.ts).
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower, placeLookup, spanText, type Ctx } from '../context';
import { CENTER_ORG_WORDS, COMMON_WORDS, FUNCTION_WORDS, ORG_TAIL, TITLES } from '../lexicon/words';
import { KNOWN_ACRONYM_ROWS, KNOWN_NAME_ROWS, KNOWN_ORG_NAMES, TAGGER_CUE_VERBS } from '../lexicon/names';
import { REVIEW_ROWS_1 } from '../lexicon/review-rows-1';
import { rowNamed } from '../lexicon/rule-row';
import { ORG, PERSON, isCapWord, type Names } from './named-spans';

export function applyReviewRows1(ctx: Ctx, out: Names): void {
  bareDeterminers(ctx, out);
  knownThenSpeakers(ctx, out);
}

const DETERMINERS = new Set(rowNamed(REVIEW_ROWS_1, 'none.bare-determiner').value);
/** none.bare-determiner: see the row. */
function bareDeterminers(ctx: Ctx, out: Names): void {
  for (const n of out.alive().slice()) if (n.b - n.a === 1 && DETERMINERS.has(lower(ctx, n.a))) out.remove(n);
}

/** Most words of a speaker read after the known organisation ("the BBC [Maria Ortiz] said"). */
const SPEAKER_WORDS = 2;
/** Most words of the known organisation at the name's start ("Human Rights Watch"). */
const KNOWN_WORDS = 4;

const KNOWN_ACRONYMS = new Set(rowNamed(KNOWN_ACRONYM_ROWS, 'organisation.known-acronym').value);
const KNOWN_NAMES = new Set([
  ...KNOWN_ORG_NAMES,
  ...rowNamed(KNOWN_NAME_ROWS, 'organisation.known-name').value.flatMap((v) => v.split('|').map((w) => w.trim())),
]);
/**
 * Tokens [a, b) are a well-known organisation: a known short form ("BBC"), or a known name of an
 * all-capitals word or of two words or more ("NBC", "Human Rights Watch"). A single capitalised
 * word of the list is left out: it may be a person's given name too ("Apple Martin said").
 */
function knownOrganisation(ctx: Ctx, a: number, b: number): boolean {
  const text = spanText(ctx, a, b);
  if (KNOWN_ACRONYMS.has(text)) return true;
  return (b - a > 1 || (ctx.t.flags[a] & Flag.AllCaps) !== 0) && KNOWN_NAMES.has(text.toLowerCase());
}

/** A word that may be a person's: capitalised, not all capitals, no common, title or organisation word ("CNN [International]"). */
function personWord(ctx: Ctx, i: number): boolean {
  if (ctx.t.kind[i] !== Kind.Word || !isCapWord(ctx, i) || ctx.t.flags[i] & Flag.AllCaps) return false;
  const w = lower(ctx, i);
  return !(COMMON_WORDS.has(w) || FUNCTION_WORDS.has(w) || ORG_TAIL.has(w) || CENTER_ORG_WORDS.has(w) || TITLES.has(w));
}

/** organisation.known-then-speaker: see the row. */
function knownThenSpeakers(ctx: Ctx, out: Names): void {
  const { id } = rowNamed(REVIEW_ROWS_1, 'organisation.known-then-speaker');
  const t = ctx.t;
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.type !== ORG || n.b - n.a < 2 || n.b >= t.count) continue;
    if (t.kind[n.b] !== Kind.Word || !TAGGER_CUE_VERBS.has(lower(ctx, n.b))) continue;
    // Mid-sentence after a lowercase word ("with the BBC", "to CNN"): a name opening the sentence
    // is the subject itself ("CNN International reported").
    const p = n.a - 1;
    if (p < 0 || t.kind[p] !== Kind.Word || t.flags[p] & Flag.Cap || t.flags[n.a] & Flag.NewLine) continue;
    // The longest known organisation opening the name, leaving one or two words after it.
    let k = 0;
    for (let m = Math.min(KNOWN_WORDS, n.b - n.a - 1); m >= 1 && !k; m--)
      if (knownOrganisation(ctx, n.a, n.a + m)) k = m;
    if (!k || n.b - n.a - k > SPEAKER_WORDS) continue;
    let words = true;
    for (let i = n.a + k; i < n.b && words; i++) words = personWord(ctx, i);
    if (!words || KNOWN_NAMES.has(spanText(ctx, n.a + k, n.b).toLowerCase())) continue;
    if (placeLookup(ctx, spanText(ctx, n.a + k, n.b))) continue;
    const a = n.a,
      b = n.b;
    out.put(a, a + k, ORG, id, undefined, n);
    out.put(a + k, b, PERSON, id);
  }
}
