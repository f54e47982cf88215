/**
 * Rules for the weak patterns of issue #9, ninth round (helper ents40b; rows in
 * lexicon/news-leftovers-16.ts). applyNameRules calls `applyLeftoverRows16` after the leftover-15
 * rows, so these read the names every earlier rule decided.
 * - organisation.common-opening-body: "Friends of the Earth", "Club for Growth" opening a sentence.
 * - organisation.slash-club: "Bodø/Glimt" in a sentence about sport.
 * - organisation.possessive-trade-name: "Casey's General Stores", "Dick's Sporting Goods".
 * - organisation.fraternal-lodge: "the Pine Ridge Elks", "the Cedar Falls Moose Lodge".
 * - organisation.lawyers-at: "Lawyers at Kromann Reumert declined to comment".
 */
import { isDemonym, lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import {
  COMMON_OPENING_BODY_ROW,
  FRATERNAL_LODGE_ROW,
  LAWYERS_AT_ROW,
  POSSESSIVE_TRADE_NAME_ROW,
  SLASH_CLUB_ROW,
} from '../lexicon/news-leftovers-16';
import { KNOWN_ORG_NAMES } from '../lexicon/names';
import { lowerSetOf } from '../lexicon/rule-row';
import { DETERMINERS, FACILITY_TAIL, FUNCTION_WORDS, PLACE_TAIL } from '../lexicon/words';
import { Kind } from '../tokenize/tokenize';
import { givenName, languageWord } from './blind-rules-14';
import {
  AMPERSAND,
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  isPunctChar,
  isCapWord,
  exactFormMarks,
  formMarks,
  isLowerWord,
  isWord,
  kindFormMarks,
  onLine,
  touchesNext,
  type Names,
} from './named-spans';
import { sentenceAboutSport } from './sport-sentences';

export function applyLeftoverRows16(ctx: Ctx, out: Names): void {
  commonOpeningBodies(ctx, out);
  slashClubs(ctx, out);
  possessiveTradeNames(ctx, out);
  fraternalLodges(ctx, out);
  lawyersAt(ctx, out);
}

/** The end of a run of at most `max` capitalised words from `a` on the line that ends there (`a` when none). */
function closedRun(ctx: Ctx, a: number, max: number): number {
  let e = a;
  while (e - a < max && capitalisedOnLine(ctx, e)) e++;
  return capitalisedOnLine(ctx, e) ? a : e;
}

/** Every name touching [a, b) lies inside it. */
function namesInside(out: Names, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const n = out.at(i);
    if (n && (n.a < a || n.b > b)) return false;
  }
  return true;
}

// --- organisation.common-opening-body ------------------------------------------------------------

const OPENERS = lowerSetOf(COMMON_OPENING_BODY_ROW.value.openers);
const OPENING_LINKS = lowerSetOf(COMMON_OPENING_BODY_ROW.value.links);
/** Most capitalised words of the cause. */
const CAUSE_WORDS = 3;

/** organisation.common-opening-body: see the row. Only its opening words' tokens are read. */
function commonOpeningBodies(ctx: Ctx, out: Names): void {
  const openers = tokensOf(ctx, formMarks(ctx, OPENERS));
  for (let x = 0; x < openers.length; x++) {
    const i = openers[x];
    if (ctx.s.first[ctx.s.of[i]] !== i || !capitalisedOnLine(ctx, i) || !OPENERS.has(lower(ctx, i))) continue;
    let j = i + 1;
    if (!isLowerWord(ctx, j) || !OPENING_LINKS.has(lower(ctx, j))) continue;
    if (lower(ctx, j) !== 'the' && isWord(ctx, j + 1, 'the') && isLowerWord(ctx, j + 1)) j++;
    const a = j + 1;
    const e = closedRun(ctx, a, CAUSE_WORDS);
    if (e === a || !isLowerWord(ctx, e)) continue;
    if (placeLookup(ctx, spanText(ctx, a, e)) || !namesInside(out, i, e)) continue;
    let person = false;
    // A person, or a place the model or a rule read ("Friends of Antigua and Barbuda"): people of it.
    for (let x = a; x < e && !person; x++) {
      const t = out.at(x)?.type;
      person = givenName(ctx, x) || t === PERSON || t === PLACE;
    }
    if (person) continue;
    out.put(i, e, ORG, COMMON_OPENING_BODY_ROW.id, undefined, out.at(a));
  }
}

// --- organisation.slash-club -----------------------------------------------------------------------

const POLL_WORDS = lowerSetOf(SLASH_CLUB_ROW.value.pollWords);
const SLASH: ReadonlySet<string> = new Set(['/']);

/** organisation.slash-club: see the row. Only the slashes' tokens are read. */
function slashClubs(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const slashes = tokensOf(ctx, exactFormMarks(ctx, SLASH));
  for (let x = 0; x < slashes.length; x++) {
    const i = slashes[x];
    if (i < 1 || i + 1 >= t.count || t.kind[i] !== Kind.Punct || word(ctx, i) !== '/') continue;
    // The first word may open its line ("Bodø/Glimt were held …" after a blank line; the lead, stop 51).
    if (!isCapWord(ctx, i - 1) || !capitalisedOnLine(ctx, i + 1) || !onLine(ctx, i)) continue;
    if (!touchesNext(ctx, i - 1) || !touchesNext(ctx, i)) continue;
    // One word a side: "Bodø/Glimt", not a slash inside a longer run.
    if ((onLine(ctx, i - 1) && capitalisedOnLine(ctx, i - 2)) || capitalisedOnLine(ctx, i + 2)) continue;
    if (!sentenceAboutSport(ctx, ctx.s.of[i]) || !namesInside(out, i - 1, i + 2)) continue;
    // "a Reuters/Ipsos poll … 51-40": two bodies the engine knows, or a poll's makers, are no club.
    if (KNOWN_ORG_NAMES.has(lower(ctx, i - 1)) || KNOWN_ORG_NAMES.has(lower(ctx, i + 1))) continue;
    if (isLowerWord(ctx, i + 2) && POLL_WORDS.has(lower(ctx, i + 2))) continue;
    const n = out.at(i - 1) ?? out.at(i + 1);
    if (n && n.a === i - 1 && n.b === i + 2 && n.type === ORG) continue;
    // "Everton/Spurs fans": a second word read as a name of its own makes two clubs.
    const second = out.at(i + 1);
    if (second && second.a === i + 1) continue;
    out.put(i - 1, i + 2, ORG, SLASH_CLUB_ROW.id, undefined, n);
  }
}

// --- organisation.possessive-trade-name -------------------------------------------------------------

const TRADE_HEADS = lowerSetOf(POSSESSIVE_TRADE_NAME_ROW.value.heads);
/** A word of what is sold, the language's own even when no list holds it ("Sporting", "Natural"). */
const TRADE_MODIFIER = /(?:ing|al|ic)$/;
/** Most capitalised words after the possessive. */
const TRADE_WORDS = 3;

/** organisation.possessive-trade-name: see the row. Only the possessives' tokens are read. */
function possessiveTradeNames(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const possessives = tokensOf(ctx, kindFormMarks(ctx, Kind.Poss));
  for (let x = 0; x < possessives.length; x++) {
    const p = possessives[x];
    if (
      p < 1 ||
      p + 1 >= t.count ||
      t.kind[p] !== Kind.Poss ||
      !capitalisedOnLine(ctx, p - 1) ||
      !touchesNext(ctx, p - 1)
    )
      continue;
    const a = p - 1;
    // One word owns the name: "Casey's", not the end of a longer name.
    if (a > 0 && capitalisedOnLine(ctx, a - 1) && ctx.s.first[ctx.s.of[a]] !== a) continue;
    const e = closedRun(ctx, p + 1, TRADE_WORDS);
    if (e === p + 1 || !TRADE_HEADS.has(lower(ctx, e - 1))) continue;
    // The words before the head say what is sold ("General", "Sporting"); a name there is a second
    // firm the owner holds ("Kroger's Ralphs Stores").
    let plain = true;
    for (let i = p + 1; i < e - 1 && plain; i++)
      plain = (languageWord(ctx, i) || TRADE_MODIFIER.test(lower(ctx, i))) && !givenName(ctx, i);
    if (!plain) continue;
    const w = word(ctx, a);
    if (placeLookup(ctx, w) || isDemonym(ctx, w)) continue;
    const owner = out.at(a);
    if (owner && (owner.type === ORG || owner.type === PLACE || owner.a < a)) continue;
    if (!namesInside(out, a, e)) continue;
    out.put(a, e, ORG, POSSESSIVE_TRADE_NAME_ROW.id, undefined, owner ?? out.at(p + 1));
  }
}

// --- organisation.fraternal-lodge -----------------------------------------------------------------

const LODGES = lowerSetOf(FRATERNAL_LODGE_ROW.value.lodges);
const ORDERS = lowerSetOf(FRATERNAL_LODGE_ROW.value.heads);
const LODGE_HEADS: ReadonlySet<string> = new Set(['lodge', 'club']);
const LODGE_WORDS: ReadonlySet<string> = new Set([...LODGES, ...LODGE_HEADS]);
/** Most capitalised words of the town before the order. */
const TOWN_WORDS = 3;

/** The first of at most TOWN_WORDS capitalised words of a town before `k`, past "The" (`k` when none). */
function townBefore(ctx: Ctx, k: number): number {
  let a = k;
  while (
    k - a < TOWN_WORDS &&
    a > 0 &&
    capitalisedOnLine(ctx, a - 1) &&
    onLine(ctx, a) &&
    !FUNCTION_WORDS.has(lower(ctx, a - 1)) &&
    !DETERMINERS.has(lower(ctx, a - 1))
  )
    a--;
  return a;
}

/** organisation.fraternal-lodge: see the row. Only the tokens of its lodges and heads are read. */
function fraternalLodges(ctx: Ctx, out: Names): void {
  const lodges = tokensOf(ctx, formMarks(ctx, LODGE_WORDS));
  for (let x = 0; x < lodges.length; x++) {
    const k = lodges[x];
    if (!capitalisedOnLine(ctx, k) || capitalisedOnLine(ctx, k + 1)) continue;
    const w = lower(ctx, k);
    let a: number;
    if (LODGES.has(w)) {
      a = townBefore(ctx, k);
      if (a === k) continue;
    } else if (LODGE_HEADS.has(w) && k > 0 && capitalisedOnLine(ctx, k - 1) && ORDERS.has(lower(ctx, k - 1))) {
      a = townBefore(ctx, k - 1);
    } else continue;
    if (!namesInside(out, a, k + 1)) continue;
    const n = out.at(a);
    if (n && n.a === a && n.b === k + 1 && n.type === ORG) continue;
    out.put(a, k + 1, ORG, FRATERNAL_LODGE_ROW.id, undefined, n ?? out.at(k));
  }
}

// --- organisation.lawyers-at ----------------------------------------------------------------------

const ADVISER_STAFF = lowerSetOf(LAWYERS_AT_ROW.value.staff);
/** Most words of the firm's name. */
const FIRM_WORDS = 4;
/** A reading the model is this sure of is kept. */
const SURE = 0.5;

/** organisation.lawyers-at: see the row. Only its staff words' tokens are read. */
function lawyersAt(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const staff = tokensOf(ctx, formMarks(ctx, ADVISER_STAFF));
  for (let x = 0; x < staff.length; x++) {
    const k = staff[x];
    if (k + 2 >= t.count || t.kind[k] !== Kind.Word || !ADVISER_STAFF.has(lower(ctx, k))) continue;
    if (!isWord(ctx, k + 1, 'at') || !isLowerWord(ctx, k + 1)) continue;
    const a = k + 2;
    let e = closedRun(ctx, a, FIRM_WORDS);
    if (e === a) continue;
    // "Lawyers at Sullivan & Cromwell": a spaced ampersand joins the partners' names of one firm.
    if (isPunctChar(ctx, e, AMPERSAND) && !touchesNext(ctx, e - 1) && !touchesNext(ctx, e)) {
      const more = closedRun(ctx, e + 1, FIRM_WORDS);
      if (more > e + 1) e = more;
    }
    const last = lower(ctx, e - 1);
    if (placeLookup(ctx, spanText(ctx, a, e)) || FACILITY_TAIL.has(last) || PLACE_TAIL.has(last)) continue;
    if (givenName(ctx, a) || languageWord(ctx, a) || !namesInside(out, a, e)) continue;
    let sure = false;
    for (let i = a; i < e && !sure; i++) {
      const n = out.at(i);
      sure = !!n && (n.type === ORG || n.rule !== undefined || n.probs[n.type] >= SURE);
    }
    if (sure) continue;
    out.put(a, e, ORG, LAWYERS_AT_ROW.id, undefined, out.at(a));
  }
}
