/**
 * Rules for error classes of the held-out fold documents (2 Dec 2026, helper ents19b, issue #9;
 * rows in lexicon/fold-patterns-11.ts). applyNameRules calls `applyFoldPatternRows11` after the
 * blind-news-10 and leftover rows, before the review rows, so these read every other rule's names.
 * One pass over the word forms marks the person nouns and relative pronouns; each rule visits only
 * their tokens.
 * - person.descriptor-before-name: "his friend [Auguste Chevalier]", "billionaire [Aliko Dangote]".
 * - person.name-then-person-apposition: "[Tshering Penjor], a farmer,", "[Dorji Wangmo], who runs".
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { isDemonym, lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { DESCRIPTOR_BEFORE_NAME_ROW, NAME_THEN_PERSON_APPOSITION_ROW } from '../lexicon/fold-patterns-11';
import { FIRST_NAME_SET, FUNCTION_WORDS, KNOWN_ORGS, ORG_TAIL } from '../lexicon/words';
import { ORG, PERSON, capitalisedOnLine, isCapWord, isLowerWord, isPunctChar, type Names, COMMA } from './named-spans';
import { setOf } from '../lexicon/rule-row';

const BEFORE_NOUNS = setOf(DESCRIPTOR_BEFORE_NAME_ROW.value.nouns);
const PARTICLES = setOf(DESCRIPTOR_BEFORE_NAME_ROW.value.particles);
const DATES = setOf(DESCRIPTOR_BEFORE_NAME_ROW.value.dates);
const RELATIVES = setOf(NAME_THEN_PERSON_APPOSITION_ROW.value.relatives);
const DETERMINERS = setOf(NAME_THEN_PERSON_APPOSITION_ROW.value.determiners);
const AFTER_NOUNS = setOf(NAME_THEN_PERSON_APPOSITION_ROW.value.nouns);
const LOCATIVES = setOf(NAME_THEN_PERSON_APPOSITION_ROW.value.locatives);
const REPORTS = setOf(NAME_THEN_PERSON_APPOSITION_ROW.value.reports);

/** Longest name read, in words. */
const NAME_MAX = 4;
/** Words read after the determiner for the person noun. */
const APPOSITION_MAX = 5;
/** At or above this the model's organisation or place reading of the whole name stands. */
const CONFIDENT = 0.85;

export function applyFoldPatternRows11(ctx: Ctx, out: Names): void {
  const marks = new Uint8Array(ctx.forms.length);
  for (let f = 0; f < marks.length; f++) {
    const w = ctx.formLower[f];
    if (BEFORE_NOUNS.has(w) || RELATIVES.has(w) || AFTER_NOUNS.has(w)) marks[f] = 1;
  }
  const hits = tokensOf(ctx, marks);
  const found: [number, number, string, number][] = [];
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    if (!isLowerWord(ctx, i)) continue;
    const w = lower(ctx, i);
    if (BEFORE_NOUNS.has(w)) {
      const b = nameFrom(ctx, i + 1);
      if (b) found.push([i + 1, b, DESCRIPTOR_BEFORE_NAME_ROW.id, BEFORE]);
    }
    const relative = RELATIVES.has(w);
    const start = relative ? i - 1 : AFTER_NOUNS.has(w) ? appositionStart(ctx, i) : -1;
    if (start > 0 && isPunctChar(ctx, start, COMMA)) {
      const a = nameBefore(ctx, start);
      if (a !== undefined && !locativeBefore(ctx, a))
        found.push([a, start, NAME_THEN_PERSON_APPOSITION_ROW.id, relative ? WHO : AFTER]);
    }
  }
  for (const [a, b, rule, how] of found)
    if (mayBePerson(ctx, out, a, b, how)) out.put(a, b, PERSON, rule, undefined, out.at(a));
}

/** A preposition of where right before `a`, lowercase or opening its sentence ("In Wad Madani, a doctor …"). */
function locativeBefore(ctx: Ctx, a: number): boolean {
  const p = a - 1;
  if (p < 0 || !LOCATIVES.has(lower(ctx, p))) return false;
  return isLowerWord(ctx, p) || ctx.s.first[ctx.s.of[p]] === p;
}

/** Which evidence found the name: a person noun before it, an apposition after it, "who" after it. */
const BEFORE = 0,
  AFTER = 1,
  WHO = 2;

/** The end of two to four capitalised words (lowercase particles between) from token `a`, or 0. */
function nameFrom(ctx: Ctx, a: number): number {
  if (!capitalisedOnLine(ctx, a)) return 0;
  let b = a + 1;
  let caps = 1;
  while (b < ctx.t.count && caps < NAME_MAX) {
    if (capitalisedOnLine(ctx, b) && !DATES.has(ctx.forms[ctx.form[b]])) {
      caps++;
      b++;
    } else if (isLowerWord(ctx, b) && PARTICLES.has(lower(ctx, b)) && capitalisedOnLine(ctx, b + 1)) b++;
    else break;
  }
  if (caps < 2 || (capitalisedOnLine(ctx, b) && !DATES.has(ctx.forms[ctx.form[b]]))) return 0;
  return b;
}

/** The first token of two to four capitalised words (particles between) ending right before `b`. */
function nameBefore(ctx: Ctx, b: number): number | undefined {
  let a = b;
  let caps = 0;
  while (a > 0 && caps < NAME_MAX + 1) {
    if (isCapWord(ctx, a - 1)) {
      caps++;
      a--;
      if (ctx.t.flags[a] & Flag.NewLine) break;
    } else if (isLowerWord(ctx, a - 1) && PARTICLES.has(lower(ctx, a - 1)) && isCapWord(ctx, a - 2) && a < b) a--;
    else break;
  }
  // A sentence-opening function word the capitals took in ("In Sonam Choden's shop") is no part of it.
  while (a < b && isCapWord(ctx, a) && FUNCTION_WORDS.has(lower(ctx, a))) {
    a++;
    caps--;
  }
  if (caps < 2 || caps > NAME_MAX || !isCapWord(ctx, a)) return undefined;
  return a;
}

/** The comma before a determiner that opens an apposition whose head, token `k`, is a person noun. */
function appositionStart(ctx: Ctx, k: number): number {
  // Head noun ends the apposition: punctuation or a preposition follows.
  const next = k + 1;
  const ends = next >= ctx.t.count || ctx.t.kind[next] === Kind.Punct || isLowerWord(ctx, next);
  // ", a spokesman said," attributes the sentence: no apposition of the name before it.
  if (!ends || (isLowerWord(ctx, next) && REPORTS.has(lower(ctx, next)))) return -1;
  for (let d = k - 1; d >= Math.max(1, k - APPOSITION_MAX); d--) {
    if (ctx.t.kind[d] === Kind.Punct && ctx.t.kind[d] !== Kind.Poss) return -1;
    if (isLowerWord(ctx, d) && DETERMINERS.has(lower(ctx, d))) return isPunctChar(ctx, d - 1, COMMA) ? d - 1 : -1;
  }
  return -1;
}

/**
 * Whether [a, b) may be made a person: no longer name runs past it, and nothing says it is not one.
 * A club or firm is written with "who" too ("Manchester United, who won"), so "who" retypes only a
 * name read as a place or nothing; after a person noun a name whose first word is a place is left
 * ("the striker Manchester United signed", "the doctor Berlin Charité hired").
 */
function mayBePerson(ctx: Ctx, out: Names, a: number, b: number, how: number): boolean {
  let org = false;
  for (let i = a; i < b; i++) {
    const n = out.at(i);
    if (!n) continue;
    if (n.type === PERSON || n.a < a || n.b > b) return false;
    // Another row decided it ("Amnesty International" is a known name), or the model is sure.
    if (n.rule || (n.a === a && n.b === b && (n.probs[n.type] ?? 0) >= CONFIDENT)) return false;
    if (n.type === ORG) org = true;
  }
  if (org && how === WHO) return false;
  const text = spanText(ctx, a, b);
  if (KNOWN_ORGS.has(text.toLowerCase()) || placeLookup(ctx, text)) return false;
  for (let i = a; i < b; i++) if (ORG_TAIL.has(lower(ctx, i))) return false;
  const first = ctx.forms[ctx.form[a]];
  if (isDemonym(ctx, first)) return false;
  if (how === BEFORE && placeLookup(ctx, first) && !FIRST_NAME_SET.has(first.toLowerCase())) return false;
  return true;
}
