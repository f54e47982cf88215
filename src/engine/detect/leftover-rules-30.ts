/**
 * Rules for the faults stop 63 left on long and compound names (helper ents64c; rows in
 * lexicon/news-leftovers-30.ts). applyNameRules calls `applyLeftoverRows30` after the leftover-29
 * rows, so these read the names every earlier rule decided. Each row starts from its trigger
 * words' tokens, never from every token.
 * - organisation.founders-joined-by-and: "[Harland and Wolff] said it would cut jobs".
 */
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { KNOWN_ORG_NAMES } from '../lexicon/names';
import { FOUNDERS_JOINED_ROW } from '../lexicon/news-leftovers-30';
import { lowerSetOf } from '../lexicon/rule-row';
import { FIRST_NAME_SET, ORG_TAIL } from '../lexicon/words';
import { Flag } from '../tokenize/tokenize';
import {
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  capitalisedRun,
  formMarks,
  isCapWord,
  isLowerWord,
  namesWithin,
  onLine,
  opensSentence,
  personWordsOf,
  type NamedSpan,
  type Names,
} from './named-spans';

export function applyLeftoverRows30(ctx: Ctx, out: Names): void {
  foundersJoinedByAnd(ctx, out);
}

// --- organisation.founders-joined-by-and ---------------------------------------------------------

const ROW = FOUNDERS_JOINED_ROW.value;
const JOINS = lowerSetOf(ROW.joins);
const SINGULAR = lowerSetOf(ROW.singularVerbs);
const SAID = lowerSetOf(ROW.saidVerbs);
const IT = lowerSetOf(ROW.itWords);
const IT_NEXT = lowerSetOf(ROW.itNext);
const FIRM_NOUNS = lowerSetOf(ROW.firmNouns);
/** Most capitalised words of each founder's name. */
const FOUNDER_WORDS = 2;
/** At or above this the model's reading inside the pair stands. */
const SURE = 0.9;
/** At or above this the model's place inside the pair stands ("Paris and Lyon said it …"). */
const PLACE_READ = 0.5;

/** The pair ending at `e` is followed by a sign that it is one firm. */
function firmSignAt(ctx: Ctx, e: number): boolean {
  if (!onLine(ctx, e) || !isLowerWord(ctx, e)) return false;
  const w = lower(ctx, e);
  if (SINGULAR.has(w) || FIRM_NOUNS.has(w)) return true;
  if (!SAID.has(w) || !isLowerWord(ctx, e + 1) || !IT.has(lower(ctx, e + 1))) return false;
  return lower(ctx, e + 1) === 'its' || (isLowerWord(ctx, e + 2) && IT_NEXT.has(lower(ctx, e + 2)));
}

/** A founder's words [a, b) that may stand in a firm's name: no known firm, capitals, word of a person named in full or map place. */
function founderWords(ctx: Ctx, a: number, b: number, people: ReadonlySet<string>): boolean {
  for (let i = a; i < b; i++) {
    const w = lower(ctx, i);
    if (ctx.t.flags[i] & Flag.AllCaps || people.has(w) || KNOWN_ORG_NAMES.has(w)) return false;
  }
  const text = spanText(ctx, a, b);
  // A country or region the map knows ("France and Germany said it"); a town's name is often a
  // founder's too (the map knows a Mason and a Marks), left to the model's reading (PLACE_READ).
  const hit = placeLookup(ctx, text);
  return !KNOWN_ORG_NAMES.has(text.toLowerCase()) && !(hit && hit.kind !== 'city');
}

/** A reading inside the pair that stands: a rule's other than a body, a place the model reads at 0.5, a person of two words at 0.9. */
function stands(n: NamedSpan): boolean {
  if (n.type === ORG) return false;
  if (n.rule || (n.type === PLACE && n.probs[PLACE] >= PLACE_READ)) return true;
  return n.probs[n.type] >= SURE && n.type === PERSON && n.b - n.a > 1;
}

/** organisation.founders-joined-by-and: see the row. */
function foundersJoinedByAnd(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, JOINS));
  let people: Set<string> | undefined;
  const pairs: [number, number, NamedSpan[], boolean][] = [];
  for (let x = 0; x < hits.length; x++) {
    const j = hits[x];
    if (!isLowerWord(ctx, j) || !onLine(ctx, j) || !onLine(ctx, j + 1)) continue;
    // The first founder is one word, opening the sentence, after a word opening it ("Yesterday
    // Harland and …") or after a lowercase word ("… Kinross and Wolff" is a list's end).
    const a = j - 1;
    const e = capitalisedRun(ctx, j + 1, FOUNDER_WORDS);
    if (!capitalisedOnLine(ctx, a) || e === j + 1) continue;
    if (!opensSentence(ctx, a) && !isLowerWord(ctx, a - 1) && !(isCapWord(ctx, a - 1) && opensSentence(ctx, a - 1)))
      continue;
    // "Avianca and Copa Airlines": a body's word ending the second name makes it a firm of its own.
    if (ORG_TAIL.has(lower(ctx, e - 1))) continue;
    const within = namesWithin(out, a, e);
    if (!within || within.some(stands)) continue;
    // Words of people named in full elsewhere, not counting the pair's own reading ("Lyle Group").
    const ppl = within.some((n) => n.type === PERSON)
      ? personWordsOf(
          ctx,
          out.alive().filter((n) => !within.includes(n)),
        )
      : (people ??= personWordsOf(ctx, out.alive()));
    // A given name may stand second ("Marks and Spencer"), never first ("Romeo and Juliet").
    if (FIRST_NAME_SET.has(lower(ctx, a)) || !founderWords(ctx, a, j, ppl) || !founderWords(ctx, j + 1, e, ppl))
      continue;
    pairs.push([a, e, within, firmSignAt(ctx, e)]);
  }
  // The pair with a sign is one firm, and so is the same pair elsewhere in the text ("a deal between
  // Harland and Wolff and the navy").
  const firms = new Set(pairs.filter((p) => p[3]).map(([a, e]) => spanText(ctx, a, e)));
  for (const [a, e, within] of pairs)
    if (firms.has(spanText(ctx, a, e)))
      out.put(a, e, ORG, FOUNDERS_JOINED_ROW.id, undefined, within.length === 1 ? within[0] : undefined);
}
