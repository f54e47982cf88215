/**
 * Rules for the largest family fold rows 25 left on the study folds, eighth round (helper ents44c,
 * issue #9; rows in lexicon/fold-patterns-26.ts). applyNameRules calls `applyFoldPatternRows26`
 * right after the fold-25 rows.
 * - none.named-event: "the [Midwest Magic Jubilee]", "[Magi-Fest]", "[Eureka Springs] Cavalcade of
 *   Magic", "the Festival of [Angels]" are no names.
 */
import { lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import { NAMED_EVENT_ROW } from '../lexicon/fold-patterns-26';
import { KNOWN_ORGS } from '../lexicon/words';
import { Kind } from '../tokenize/tokenize';
import {
  ACRONYM,
  ORG,
  PERSON,
  PLURAL_POSSESSIVE_MARKS,
  exactFormMarks,
  hyphenTailMarks,
  isCapWord,
  isLowerWord,
  isWord,
  isWordInLowercase,
  onLine,
  type LiveSpan,
  type Names,
} from './named-spans';

export function applyFoldPatternRows26(ctx: Ctx, out: Names): void {
  namedEvents(ctx, out);
}

/** The model's reading at or above which a name before a head or after "Festival of" is left to it. */
const UNSURE = 0.6;

// --- none.named-event -------------------------------------------------------------------------

const HEADS = new Set(NAMED_EVENT_ROW.value.heads);
const PERIODS = new Set(NAMED_EVENT_ROW.value.periods);
const HYPHEN_HEADS = new Set(NAMED_EVENT_ROW.value.hyphenHeads);
const OF_HEADS = new Set(NAMED_EVENT_ROW.value.ofHeads);
const ALL_HEADS = new Set([...HEADS, ...PERIODS, ...OF_HEADS]);

/** A name the model read alone, alive: no rule decided it and it is no body the engine knows (KNOWN_ORGS). */
function modelReadNotKnownBody(ctx: Ctx, n: LiveSpan | undefined): n is LiveSpan {
  return !!n && !n.dead && !n.rule && !KNOWN_ORGS.has(spanText(ctx, n.a, n.b).toLowerCase());
}

const PUBLISHING = new Set(NAMED_EVENT_ROW.value.publishing);
const TOLD = new Set(NAMED_EVENT_ROW.value.told);

/**
 * `n` reads as a paper, not an event: an organisation the model reads at UNSURE or more that no
 * "the" or number comes right before ("Vanity Fair reported", "The Asian Age"; "the Midwest Magic
 * Jubilee" is an event), or a name before a verb of publishing ("… Fair reported"; not after
 * "of") or after "told" or "according to" (a "the" between them allowed).
 */
function readAsPeriodical(ctx: Ctx, n: LiveSpan): boolean {
  const a = isWordInLowercase(ctx, n.a - 1, 'the') ? n.a - 1 : n.a;
  if (n.type === ORG && n.probs[ORG] >= UNSURE && a === n.a && ctx.t.kind[n.a - 1] !== Kind.Num) return true;
  if (!isLowerWord(ctx, a - 1) || !onLine(ctx, a)) return isLowerWord(ctx, n.b) && PUBLISHING.has(lower(ctx, n.b));
  const w = lower(ctx, a - 1);
  // "Poets of the Spanish Golden Age wrote": the verb is the poets'.
  if (w !== 'of' && isLowerWord(ctx, n.b) && PUBLISHING.has(lower(ctx, n.b))) return true;
  return TOLD.has(w) || (w === 'to' && isWord(ctx, a - 2, 'according'));
}

/** Every token of `n` after `h` is a number ("San Diego Comic-Con 2015"). */
function onlyNumbersAfter(ctx: Ctx, n: LiveSpan, h: number): boolean {
  for (let i = h + 1; i < n.b; i++) if (ctx.t.kind[i] !== Kind.Num) return false;
  return true;
}

/**
 * `n` holds a word of its own before head `h`, an opening "The" not counted ("The Age" is a
 * paper); a person's name also needs "the" or a number in the two tokens before it ("the 2009
 * Major League Baseball Draft"), so a surname is left ("Emma Fair said").
 */
function wordsBefore(ctx: Ctx, n: LiveSpan, h: number): boolean {
  const a = isWord(ctx, n.a, 'the') ? n.a + 1 : n.a;
  if (a >= h) return false;
  if (n.type !== PERSON) return true;
  for (let i = n.a - 2; i < n.a; i++) if (isWord(ctx, i, 'the') || ctx.t.kind[i] === Kind.Num) return true;
  return false;
}

/**
 * The name ending right before head `h`, or before a bare apostrophe before it ("St Nicholas'
 * Fair"); not before "'s", an owner's ("HBO's Game of Thrones"), nor an acronym (a body's).
 */
function nameBefore(ctx: Ctx, out: Names, h: number): LiveSpan | undefined {
  const k = PLURAL_POSSESSIVE_MARKS.has(word(ctx, h - 1)) ? h - 2 : h - 1;
  const n = out.at(k) as LiveSpan | undefined;
  if (!n || n.b !== k + 1 || !onLine(ctx, h) || (k !== h - 1 && !onLine(ctx, h - 1))) return undefined;
  return ACRONYM.test(word(ctx, n.b - 1)) ? undefined : n;
}

/** none.named-event: see the row. */
function namedEvents(ctx: Ctx, out: Names): void {
  const plain = tokensOf(ctx, exactFormMarks(ctx, ALL_HEADS));
  const hyphened = tokensOf(ctx, hyphenTailMarks(ctx, HYPHEN_HEADS, true));
  for (let x = 0; x < hyphened.length; x++) {
    const h = hyphened[x];
    const n = out.at(h) as LiveSpan | undefined;
    // "Magi-Fest", "San Diego Comic-Con 2015": the hyphenated head ends the name, or a year does.
    if (isCapWord(ctx, h) && modelReadNotKnownBody(ctx, n) && onlyNumbersAfter(ctx, n, h)) out.remove(n);
  }
  for (let x = 0; x < plain.length; x++) {
    const h = plain[x];
    const w = word(ctx, h);
    const n = out.at(h) as LiveSpan | undefined;
    // "the Midwest Magic Jubilee", "the Spanish Golden Age": the head ends a name of two words or more.
    if (
      (HEADS.has(w) || PERIODS.has(w)) &&
      modelReadNotKnownBody(ctx, n) &&
      wordsBefore(ctx, n, h) &&
      onlyNumbersAfter(ctx, n, h) &&
      !readAsPeriodical(ctx, n)
    ) {
      out.remove(n);
      continue;
    }
    if (n) continue;
    // "Eureka Springs Cavalcade of Magic", "Christmas St Nicholas' Fair": a name before the head.
    if (HEADS.has(w)) {
      const m = nameBefore(ctx, out, h);
      if (modelReadNotKnownBody(ctx, m) && m.probs[m.type] < UNSURE && !placeLookup(ctx, spanText(ctx, m.a, m.b)))
        out.remove(m);
    }
    // "the Festival of Angels": what the gathering is about, read unsure.
    if (OF_HEADS.has(w) && isWordInLowercase(ctx, h + 1, 'of')) {
      const m = out.at(h + 2) as LiveSpan | undefined;
      if (
        modelReadNotKnownBody(ctx, m) &&
        m.a === h + 2 &&
        m.probs[m.type] < UNSURE &&
        !placeLookup(ctx, spanText(ctx, m.a, m.b))
      )
        out.remove(m);
    }
  }
}
