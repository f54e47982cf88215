/**
 * Rules for error classes of the held-out folds and the last stop's leftovers (helper ents27b,
 * issue #9; rows in lexicon/fold-patterns-17.ts). applyNameRules calls `applyFoldPatternRows17`
 * right after the fold-16 rows.
 * - organisation.trade-noun-first: "the bank's auditor, [Auditores Ibéricos]" read as a person.
 * - none.civic-body-title: "City Council member Marisol Ruiz": the body is part of the title.
 * - place.facility-named-after-place: "the [Thi Vai] import terminal" read as a body.
 * - place.sport-venue-at: "in heavy rain at [Interlagos]" half read as a club.
 */
import { Kind } from '../tokenize/tokenize';
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import {
  CIVIC_BODY_TITLE_ROW,
  FACILITY_PLACE_ROW,
  ROMANCE_TRADE_FIRST_ROW,
  SPORT_VENUE_ROW,
} from '../lexicon/fold-patterns-17';
import { SportsReading } from './sport-sentences';
import { KNOWN_ORG_NAMES } from '../lexicon/names';
import { COMMON_WORDS, FACILITY_TAIL, FUNCTION_WORDS, ORG_TAIL, PLACE_TAIL } from '../lexicon/words';
import {
  ORG,
  PLACE,
  capitalisedOnLine,
  formMarks,
  isLowerWord,
  isWord,
  type NamedSpan,
  type Names,
  aliveByWord,
  FIRST_TOKEN,
} from './named-spans';
import { setOf } from '../lexicon/rule-row';

const TRADE_FIRST = setOf(ROMANCE_TRADE_FIRST_ROW.value);
const JURISDICTIONS = setOf(CIVIC_BODY_TITLE_ROW.value.jurisdictions);
const CIVIC_BODIES = setOf(CIVIC_BODY_TITLE_ROW.value.bodies);
const CIVIC_ROLES = setOf(CIVIC_BODY_TITLE_ROW.value.roles);
/** Most words of a firm named by its trade first. */
const TRADE_WORDS = 5;

export function applyFoldPatternRows17(ctx: Ctx, out: Names): void {
  tradeNounsFirst(ctx, out);
  civicBodyTitles(ctx, out);
  facilityPlaces(ctx, out);
  sportVenues(ctx, out, new SportsReading(ctx));
}

// --- organisation.trade-noun-first --------------------------------------------------------------

/** organisation.trade-noun-first: see the row. */
function tradeNounsFirst(ctx: Ctx, out: Names): void {
  const found: NamedSpan[] = [];
  for (const n of aliveByWord(ctx, out, TRADE_FIRST, FIRST_TOKEN)) {
    if (n.type === ORG || n.b - n.a < 2 || n.b - n.a > TRADE_WORDS || !TRADE_FIRST.has(lower(ctx, n.a))) continue;
    const last = lower(ctx, n.b - 1);
    if (PLACE_TAIL.has(last) || FACILITY_TAIL.has(last)) continue;
    if (placeLookup(ctx, spanText(ctx, n.a, n.b))) continue;
    found.push(n);
  }
  for (const n of found) out.put(n.a, n.b, ORG, ROMANCE_TRADE_FIRST_ROW.id, undefined, n);
}

// --- none.civic-body-title ----------------------------------------------------------------------

/** none.civic-body-title: see the row. */
function civicBodyTitles(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const found: NamedSpan[] = [];
  for (const n of aliveByWord(ctx, out, JURISDICTIONS, FIRST_TOKEN)) {
    // "City Council" before its role word, or "School Board President" read as one name.
    const titled = n.b - n.a === 3 && CIVIC_ROLES.has(lower(ctx, n.b - 1));
    if ((n.b - n.a !== 2 && !titled) || !JURISDICTIONS.has(lower(ctx, n.a)) || !CIVIC_BODIES.has(lower(ctx, n.a + 1)))
      continue;
    // "Reno City Council member", "the City Council members": a town or an article names the body.
    if (capitalisedOnLine(ctx, n.a - 1) || isWord(ctx, n.a - 1, 'the')) continue;
    const r = n.b;
    if (!titled && (r >= t.count || t.kind[r] !== Kind.Word || !CIVIC_ROLES.has(lower(ctx, r)))) continue;
    found.push(n);
  }
  for (const n of found) out.remove(n);
}

// --- place.facility-named-after-place -----------------------------------------------------------

const FACILITIES = setOf(FACILITY_PLACE_ROW.value.facilities);
/** Most capitalised words of the place, and most lowercase words between it and the facility noun. */
const FACILITY_PLACE_WORDS = 3;
const FACILITY_MODIFIERS = 2;
/** A model reading this sure is left alone. */
const SURE_READING = 0.9;
const THE: ReadonlySet<string> = new Set(['the']);

/** place.facility-named-after-place: see the row. */
function facilityPlaces(ctx: Ctx, out: Names): void {
  // The loop in a function of its own that returns right after it (fresh-arrays.ts, "a hot loop's function").
  const found = facilityPlaceSpans(ctx, out);
  for (const [a, b, n] of found) out.put(a, b, PLACE, FACILITY_PLACE_ROW.id, undefined, n);
}

/** The spans place.facility-name reads as places, with the name each replaces. */
function facilityPlaceSpans(ctx: Ctx, out: Names): [number, number, NamedSpan | undefined][] {
  const t = ctx.t;
  const found: [number, number, NamedSpan | undefined][] = [];
  const articles = tokensOf(ctx, formMarks(ctx, THE));
  for (let k = 0; k < articles.length; k++) {
    const p = articles[k];
    if (p + 3 >= t.count || !isWord(ctx, p, 'the')) continue;
    const a = p + 1;
    if (!capitalisedOnLine(ctx, a)) continue;
    let b = a + 1;
    while (b < t.count && b - a < FACILITY_PLACE_WORDS && capitalisedOnLine(ctx, b)) b++;
    // Two or three words: one word before "plant" is most often the firm that owns it ("the Foxconn plant").
    if (b - a < 2 || capitalisedOnLine(ctx, b) || ORG_TAIL.has(lower(ctx, b - 1))) continue;
    let f = b;
    while (f < t.count && f - b < FACILITY_MODIFIERS && isLowerWord(ctx, f) && !FACILITIES.has(lower(ctx, f))) {
      if (FUNCTION_WORDS.has(lower(ctx, f))) break;
      f++;
    }
    if (!isLowerWord(ctx, f) || !FACILITIES.has(lower(ctx, f))) continue;
    if (KNOWN_ORG_NAMES.has(spanText(ctx, a, b).toLowerCase())) continue;
    const n = out.at(a);
    if (n && (n.a !== a || n.b !== b || n.type !== ORG || n.rule || n.probs[ORG] >= SURE_READING)) continue;
    let other = false;
    for (let i = a; i < b && !other; i++)
      other = (!n && (COMMON_WORDS.has(lower(ctx, i)) || !!out.at(i))) || namedElsewhere(ctx, out, i, n);
    if (other) continue;
    found.push([a, b, n]);
  }
  return found;
}

/** Token i's word stands in a name of the article other than `n` ("the Dangote Cement plant" beside "Aliko Dangote"). */
function namedElsewhere(ctx: Ctx, out: Names, i: number, n: NamedSpan | undefined): boolean {
  const w = ctx.form[i];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const m = aliveNow[ax];
    if (m === n) continue;
    for (let j = m.a; j < m.b; j++) if (ctx.form[j] === w) return true;
  }
  return false;
}

// --- place.sport-venue-at -----------------------------------------------------------------------

const RESULT_WORDS = setOf(SPORT_VENUE_ROW.value.results);
/** A body reading below this, with the place reading this close, is unsure. */
const UNSURE_VENUE = 0.5;
const VENUE_CLOSE = 0.1;

/** Most words between a result or a score and "at": "were held 1–1 at", "after losing 4-0 at". */
const RESULT_WINDOW = 3;

/** A word of a result or a score ("4-0", "1–1") within a few words before token `at`, in its sentence. */
function resultBefore(ctx: Ctx, at: number): boolean {
  const t = ctx.t;
  const s = ctx.s.of[at];
  for (let j = at - 1; j >= 0 && j >= at - RESULT_WINDOW && ctx.s.of[j] === s; j--) {
    if (isLowerWord(ctx, j) && RESULT_WORDS.has(lower(ctx, j))) return true;
    if (t.kind[j] === Kind.Num) return true;
  }
  return false;
}

/** place.sport-venue-at: see the row. */
function sportVenues(ctx: Ctx, out: Names, sports: SportsReading): void {
  const found: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type !== ORG || n.rule || n.b - n.a !== 1 || n.probs[ORG] >= UNSURE_VENUE) continue;
    if (n.probs[PLACE] < n.probs[ORG] - VENUE_CLOSE || !isWord(ctx, n.a - 1, 'at') || !isLowerWord(ctx, n.a - 1))
      continue;
    if (resultBefore(ctx, n.a - 1)) continue;
    if (placeLookup(ctx, spanText(ctx, n.a, n.b)) || !sports.yes) continue;
    found.push(n);
  }
  for (const n of found) out.put(n.a, n.b, PLACE, SPORT_VENUE_ROW.id, undefined, n).local = SPORT_VENUE_ROW.id;
}
