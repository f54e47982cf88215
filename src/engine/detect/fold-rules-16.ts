/**
 * Rules for error classes of the held-out fold documents (helper ents26b, issue #9; rows in
 * lexicon/fold-patterns-16.ts). applyNameRules calls `applyFoldPatternRows16` right after the
 * fold-15 rows. (name.compound-modifier, the fourth row, adds mentions smaller than a token and
 * lives in detect/compound-modifiers.ts.)
 * - organisation.acronym-extends-name: "The [Board of Control for Cricket in India] (BCCI)".
 * - place.unsure-body-by-place-words: "in heavy rain at [Interlagos]", "[Manhattan] prosecutors".
 */
import { Kind } from '../tokenize/tokenize';
import { lower, placeLookup, type Ctx } from '../context';
import { ACRONYM_EXTENDS_NAME_ROW, UNSURE_BODY_PLACE_ROW } from '../lexicon/fold-patterns-16';
import { FUNCTION_WORDS } from '../lexicon/words';
import { SportsReading } from './sport-sentences';
import {
  ORG,
  PLACE,
  capitalisedOnLine,
  initials,
  isLowerWord,
  isPunctChar,
  namesWithin,
  onLine,
  putOverWithin,
  type NamedSpan,
  type Names,
  OPEN_PAREN,
  CLOSE_PAREN,
  EN_DASH,
  HYPHEN,
} from './named-spans';
import { setOf } from '../lexicon/rule-row';

const LINKS = setOf(ACRONYM_EXTENDS_NAME_ROW.value);
const PLACE_BEFORE = setOf(UNSURE_BODY_PLACE_ROW.value.before);
const PLACE_PEOPLE = setOf(UNSURE_BODY_PLACE_ROW.value.people);
const NOT_AFTER = setOf(UNSURE_BODY_PLACE_ROW.value.notAfter);
/** Most capitalised words after the link word. */
const TAIL_WORDS = 3;
/** An organisation reading below this, with its place reading this close, is unsure. */
const UNSURE_BODY = 0.5;
const CLOSE = 0.1;

export function applyFoldPatternRows16(ctx: Ctx, out: Names): void {
  acronymsExtendNames(ctx, out);
  unsureBodiesByPlaceWords(ctx, out, new SportsReading(ctx));
}

// --- organisation.acronym-extends-name -------------------------------------------------------

/** Initials of the words of [a, b) but the small ones. */
function contentInitials(ctx: Ctx, a: number, b: number): string {
  let s = '';
  for (let i = a; i < b; i++)
    if (ctx.t.kind[i] === Kind.Word && !FUNCTION_WORDS.has(lower(ctx, i))) s += initials(ctx, i, i + 1);
  return s;
}

/** organisation.acronym-extends-name: see the row. */
function acronymsExtendNames(ctx: Ctx, out: Names): void {
  const found: [number, number][] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    const l = n.b;
    if (n.type !== ORG || n.b - n.a < 2 || !isLowerWord(ctx, l) || !LINKS.has(lower(ctx, l)) || !onLine(ctx, l + 1))
      continue;
    let b = l + 1;
    while (b - l - 1 < TAIL_WORDS && capitalisedOnLine(ctx, b)) b++;
    if (b === l + 1 || !isPunctChar(ctx, b, OPEN_PAREN) || !isPunctChar(ctx, b + 2, CLOSE_PAREN)) continue;
    const acr = ctx.forms[ctx.form[b + 1]];
    if (ctx.t.kind[b + 1] !== Kind.Word || !/^[A-Z]{2,8}$/.test(acr)) continue;
    const want = acr.toLowerCase();
    if (contentInitials(ctx, n.a, b) !== want || contentInitials(ctx, n.a, n.b) === want) continue;
    found.push([n.a, b]);
  }
  for (const [a, b] of found) {
    const within = namesWithin(out, a, b);
    if (within) putOverWithin(out, a, b, ORG, ACRONYM_EXTENDS_NAME_ROW.id, within);
  }
}

// --- place.unsure-body-by-place-words --------------------------------------------------------

/** A score ("2-0") in the sentence of token `i`. */
function scoreInSentence(ctx: Ctx, i: number): boolean {
  const s = ctx.s.of[i];
  const t = ctx.t;
  for (let j = ctx.s.first[s]; j + 2 < t.count && ctx.s.of[j] === s; j++) {
    if (t.kind[j] === Kind.Num && t.kind[j + 2] === Kind.Num && t.kind[j + 1] === Kind.Punct) {
      const c = ctx.text.charCodeAt(t.start[j + 1]);
      if ((c === HYPHEN || c === EN_DASH) && t.end[j + 1] - t.start[j + 1] === 1) return true;
    }
  }
  return false;
}

/** place.unsure-body-by-place-words: see the row. */
function unsureBodiesByPlaceWords(ctx: Ctx, out: Names, sports: SportsReading): void {
  const found: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type !== ORG || n.rule || n.b - n.a !== 1 || n.probs[ORG] >= UNSURE_BODY) continue;
    if (n.probs[PLACE] < n.probs[ORG] - CLOSE) continue;
    const p = n.a - 1;
    const before =
      isLowerWord(ctx, p) &&
      PLACE_BEFORE.has(lower(ctx, p)) &&
      !(isLowerWord(ctx, p - 1) && NOT_AFTER.has(lower(ctx, p - 1)));
    const people = isLowerWord(ctx, n.b) && onLine(ctx, n.b) && PLACE_PEOPLE.has(lower(ctx, n.b));
    if ((!before && !people) || scoreInSentence(ctx, n.a)) continue;
    // "studied at Cornell", "a degree from Cornell": an unknown word after a preposition is as
    // often a body; only a place the map knows is taken back.
    if (!placeLookup(ctx, ctx.forms[ctx.form[n.a]])) continue;
    // "defeat at Genoa", "come to Leeds and play": in a sports report the side is meant as often.
    if (sports.yes) continue;
    found.push(n);
  }
  for (const n of found) out.put(n.a, n.b, PLACE, UNSURE_BODY_PLACE_ROW.id, undefined, n);
}
