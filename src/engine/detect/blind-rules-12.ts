/**
 * Rules from the blind entity batches 35 and 36 (3 Dec 2026, helper ents21a, issue #9; rows in
 * lexicon/blind-news-12.ts). applyNameRules calls `applyBlindNewsRows12` right after the blind-11
 * rows, so these read the names every earlier rule decided. Each rule starts from the tokens of
 * its own words or from the names, and the sports-report reading is made at most once, only when
 * a rule has a candidate.
 * - sport.county-side: "[Kerry] beat [Donegal]", "schools in [Donegal]" the place.
 * - person.paternal-surname: "Tomás Villacrés Ortiz … [Villacrés] said".
 * - organisation.kind-before-firm: "the lift maker [Orona]", "a second firm, [Genera PR],".
 * - place.title-word-place: "the tour of [Sri Lanka]".
 * - place.sport-ground: "at the [Kia Oval]", "at [Headingley] in Leeds".
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { capitalisedWords, isDemonym, lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import {
  COUNTY_SIDE_ROW,
  FACILITY_IN_ROW,
  FIRM_OF_CITY_ROW,
  KIND_BEFORE_FIRM_ROW,
  PATERNAL_SURNAME_ROW,
  SPORT_GROUND_ROW,
  SPORT_ROLE_NOUN_ROW,
  TITLE_WORD_PLACE_ROW,
} from '../lexicon/blind-news-12';
import { THING_BEATEN_ROW } from '../lexicon/news-leftovers-1';
import { SPORT_WORDS } from '../lexicon/names';
import { COMPOUND_MODIFIER_ROW } from '../lexicon/fold-patterns-16';
import { FIRST_NAME_SET, FUNCTION_WORDS, PRONOUNS_ALL, ROLE_NOUNS, TITLE_MODIFIERS, TITLES } from '../lexicon/words';
import {
  ORG,
  PERSON,
  PLACE,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isPunctChar,
  isWord,
  namesWithin,
  personWordsOf,
  putOverWithin,
  type LiveSpan,
  type Names,
  onLine,
  opensSentence,
  COMMA,
  OPEN_PAREN,
} from './named-spans';
import { SportsReading, scoreTokensAt, sentenceAboutSportNamingNoElection } from './sport-sentences';
import { setOf } from '../lexicon/rule-row';
import { playersMatch } from './players-match';

const SIDE = COUNTY_SIDE_ROW.value;
const SIDE_AFTER = setOf(SIDE.after);
const SIDE_BE_AFTER = setOf(SIDE.beAfter);
const SIDE_ROLES = setOf(SIDE.roles);
const SIDE_BEFORE = setOf(SIDE.before);
const SIDE_PAIRS = SIDE.pairs.map((p) => p.split(' '));
const SIDE_LOCATIVES = setOf(SIDE.locatives);
const SIDE_CIVIC = setOf(SIDE.civic);
const COUNTY_WORD = SIDE.county[0];
const SIDE_OBJECT_NAMED = setOf(SIDE.objectNamed);
const SIDE_RESULTS = setOf(SIDE.results);
const SIDE_NOT_WON = setOf(SIDE.notWon);
const SIDE_MARGINS = setOf(SIDE.margins);
const IRISH_COUNTIES = new Set(SIDE.irishCounties);
const SIDE_MARGIN_NUMBERS = setOf(SIDE.marginNumbers);
const BE = setOf('were are was is'.split(' '));
/** A model reading this sure of a side's other mention is left alone. */
const SURE_READING = 0.8;
const THINGS_BEATEN = setOf(THING_BEATEN_ROW.value);
const BEATEN_DETERMINERS = setOf('the a an its their'.split(' '));
const FIRM_HEADS = setOf(KIND_BEFORE_FIRM_ROW.value.heads);
const FIRM_DETERMINERS = setOf(KIND_BEFORE_FIRM_ROW.value.determiners);
const PLACE_TITLES = setOf(TITLE_WORD_PLACE_ROW.value.titles);
const PLACE_TITLE_PREPOSITIONS = setOf(TITLE_WORD_PLACE_ROW.value.prepositions);
const GROUND_TAILS = setOf(SPORT_GROUND_ROW.value.tails);
const GROUND_NOT_FIRST = setOf(SPORT_GROUND_ROW.value.notFirst);
const GROUND_AT_ONLY = setOf(SPORT_GROUND_ROW.value.atOnly);
const FIRM_TRAILING = setOf(KIND_BEFORE_FIRM_ROW.value.trailing);
const FACILITIES = setOf(FACILITY_IN_ROW.value.facilities);
const FACILITY_PREPOSITIONS = setOf(FACILITY_IN_ROW.value.prepositions);
const CORPORATE_TAILS = setOf(FIRM_OF_CITY_ROW.value.tails);
const PUBLIC_SERVICE_WORDS = setOf(FIRM_OF_CITY_ROW.value.public);
const NOT_TRADES = setOf(KIND_BEFORE_FIRM_ROW.value.notTrades);
const PERSON_TRADES = setOf(KIND_BEFORE_FIRM_ROW.value.personTrades);
const ROLE_NOUNS_SPORT = setOf(SPORT_ROLE_NOUN_ROW.value.nouns);
const ROLE_DETERMINERS = setOf(SPORT_ROLE_NOUN_ROW.value.determiners);
/** Capitalised words that open a sentence before a side's name ("When Kerry get a goal"). */
const OPENERS = setOf('when if as after before but and while then so though because once since until'.split(' '));
/** Prepositions of where before a facility's town at its other mentions. */
const TOWN_LOCATIVES = setOf('in at near from outside to'.split(' '));
/** A model place below this is kept by place.facility-in from the document's vote. */
const WEAK_PLACE = 0.5;
/** Longest facility town after its preposition, in tokens. */
const TOWN_WORDS = 3;
/** A model reading of an organisation this sure is left alone (place.facility-in, person.sport-role-noun). */
const SURE = 0.6;

/**
 * Weekdays, months and holidays: capitalised words after a trade noun that are no firm ("the bank
 * Friday", "the Easter chocolate maker"), and no town after a facility ("a mine in May 2019").
 */
const CALENDAR = setOf([
  ...'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
  ...KIND_BEFORE_FIRM_ROW.value.holidays.map((w) => w.toLowerCase()),
]);
/** A person of two words or more the model reads this surely is no firm (after a comma, and right after the noun). */
const PERSON_APPOSITION_SURE = 0.5;
const PERSON_SURE = 0.8;
/** Longest firm name after its trade noun, in tokens. */
const FIRM_WORDS = 3;
/** Modifiers allowed between a determiner and a trade noun ("the group's savings bank"). */
const MODIFIERS_MAX = 4;
/** Below this the model's organisation on a sentence-opening trade word is a guess at a capital. */
const OPENING_TRADE_DOUBT = 0.5;
/** Longest ground name before its tail word, in tokens. */
const GROUND_WORDS = 3;
/** A model reading of a ground this sure is left alone. */
const GROUND_ORG_BELOW = 0.5;
/** A model reading of a surname alone this sure is left alone. */
const SURNAME_BELOW = 0.7;

export function applyBlindNewsRows12(ctx: Ctx, out: Names): void {
  const sports = new SportsReading(ctx);
  countySides(ctx, out, sports);
  paternalSurnames(ctx, out);
  kindBeforeFirms(ctx, out);
  titleWordPlaces(ctx, out);
  sportGrounds(ctx, out, sports);
  facilityTowns(ctx, out);
  firmsOfCities(ctx, out);
  sportRoleNouns(ctx, out);
}

// --- sport.county-side -----------------------------------------------------------------------

/** Token `i` stands where a match names a side: next to a result word, a fixture word or a team role. */
function sideContext(ctx: Ctx, i: number): boolean {
  const next = i + 1;
  if (isLowerWord(ctx, next)) {
    const w = lower(ctx, next);
    // "Kerry manager Jack O'Connor": a role before a name ("Porto coach tours" is a bus); a land's
    // or region's captain is its national side, left to sport.place-team ("England captain").
    if (SIDE_ROLES.has(w)) return isCapWord(ctx, next + 1) && !landOrRegion(ctx, i);
    if (SIDE_AFTER.has(w)) {
      if (beatsAThing(ctx, next + 1) || winsABid(ctx, next + 1)) return false;
      // "Galway host Mayo", "Surrey need 120 runs"; not "Paris hosts the final".
      return !SIDE_OBJECT_NAMED.has(w) || namesOpponentOrResult(ctx, next + 1);
    }
    if (BE.has(w) && isLowerWord(ctx, next + 1) && SIDE_BE_AFTER.has(lower(ctx, next + 1))) return true;
  }
  const before = i - 1;
  if (!isLowerWord(ctx, before)) return false;
  const b = lower(ctx, before);
  if (SIDE_BEFORE.has(b)) return true;
  if (b === 'by' && beatenByPastScore(ctx, before)) return true;
  return pairBefore(ctx, i);
}

/**
 * Token `i` is a side of a defeat whose score the sentence gives, in a text naming no election:
 * "[Leeds] were beaten 2-0 by [Derby]".
 */
function beatenWithScore(ctx: Ctx, i: number): boolean {
  const end =
    BE.has(lower(ctx, i + 1)) && isLowerWord(ctx, i + 2) && SIDE_BE_AFTER.has(lower(ctx, i + 2))
      ? scoreEnd(ctx, i + 3)
      : -1;
  // The winner named after "by": "Alabama was defeated 5-4 by the justices" is a court's vote
  // (review of stop 63).
  const scoreAfterBeaten = end > 0 && isWord(ctx, end, 'by') && isCapWord(ctx, end + 1);
  const byAfterScore = isWord(ctx, i - 1, 'by') && beatenByPastScore(ctx, i - 1);
  return (
    (scoreAfterBeaten || byAfterScore || wonByMargin(ctx, i)) && sentenceAboutSportNamingNoElection(ctx, ctx.s.of[i])
  );
}

/**
 * The end of a score written from token `a` ("2-0"; a Gaelic score of goals and points, "1-15 to
 * 0-12", ents64b), or −1.
 */
function scoreEnd(ctx: Ctx, a: number): number {
  if (!scoreTokensAt(ctx, a)) return -1;
  return isWord(ctx, a + 3, 'to') && scoreTokensAt(ctx, a + 4) ? a + 7 : a + 3;
}

/**
 * "[Kilkenny] beat [Tipperary] by four points … final" (ents64b): token `i` is a side on either side
 * of a result verb whose margin follows the beaten side ("by", a number, a result's unit), in a
 * sentence with a further sport word.
 */
function wonByMargin(ctx: Ctx, i: number): boolean {
  let by = -1;
  if (isLowerWord(ctx, i + 1) && SIDE_BEFORE_BEAT.has(lower(ctx, i + 1)) && isCapWord(ctx, i + 2)) by = i + 3;
  else if (isLowerWord(ctx, i - 1) && SIDE_BEFORE_BEAT.has(lower(ctx, i - 1))) by = i + 1;
  if (by < 0 || !isWord(ctx, by, 'by') || !onLine(ctx, by + 2)) return false;
  const n = by + 1;
  const number = ctx.t.kind[n] === Kind.Num || (isLowerWord(ctx, n) && SIDE_MARGIN_NUMBERS.has(lower(ctx, n)));
  if (!number || !isLowerWord(ctx, n + 1) || !SIDE_MARGINS.has(lower(ctx, n + 1))) return false;
  // Another sport word in the sentence: "Texas beat Ohio by four points in the survey" is a poll.
  const k = ctx.s.of[i];
  for (let j = ctx.s.first[k]; j < ctx.s.last[k]; j++)
    if (j !== n + 1 && isLowerWord(ctx, j) && SPORT_WORDS.has(lower(ctx, j)) && !SIDE_BEFORE_BEAT.has(lower(ctx, j)))
      return true;
  return false;
}

/** The result verbs of a win by a margin. */
const SIDE_BEFORE_BEAT = setOf('beat beats beating defeated'.split(' '));

/** Most tokens of a score between a passive result and "by" ("beaten 2-0 by", "beaten 21 - 18 by"). */
const SCORE_TOKENS = 4;

/**
 * "Leeds were beaten 2-0 by [Derby]" (ents63c): "by" at `by` follows a score that follows a passive
 * result ("beaten", "defeated"; sport.county-side's words after "were").
 */
function beatenByPastScore(ctx: Ctx, by: number): boolean {
  // "beaten 1-15 to 0-12 by" (ents64b): a Gaelic score of goals and points.
  if (scoreTokensAt(ctx, by - 7) && scoreEnd(ctx, by - 7) === by)
    return isLowerWord(ctx, by - 8) && SIDE_BE_AFTER.has(lower(ctx, by - 8)) && BE.has(lower(ctx, by - 9));
  let v = by - 1;
  while (
    v > 0 &&
    by - v <= SCORE_TOKENS &&
    (ctx.t.kind[v] === Kind.Num || isPunctChar(ctx, v, 45) || isPunctChar(ctx, v, 8211))
  )
    v--;
  if (v === by - 1 || ctx.t.kind[v + 1] !== Kind.Num || ctx.t.kind[by - 1] !== Kind.Num) return false;
  return isLowerWord(ctx, v) && SIDE_BE_AFTER.has(lower(ctx, v)) && BE.has(lower(ctx, v - 1));
}

/**
 * One of the row's word pairs ends right before token `i` ("at home to"). Indexed loops, not
 * `some`/`every` with arrow functions: this runs for every capitalised token, and two closures a
 * call were 18 of the 49 MB an analysis of the bench text allocated.
 */
function pairBefore(ctx: Ctx, i: number): boolean {
  for (let p = 0; p < SIDE_PAIRS.length; p++) {
    const pair = SIDE_PAIRS[p];
    let j = 0;
    while (j < pair.length && isWord(ctx, i - pair.length + j, pair[j])) j++;
    if (j === pair.length) return true;
  }
  return false;
}

function landOrRegion(ctx: Ctx, i: number): boolean {
  const kind = placeLookup(ctx, ctx.forms[ctx.form[i]])?.kind;
  return kind === 'country' || kind === 'region';
}

/** "Queensland beat the target": the words after a result verb, from `k`, name a thing, not a side. */
function beatsAThing(ctx: Ctx, k: number): boolean {
  if (isLowerWord(ctx, k) && BEATEN_DETERMINERS.has(lower(ctx, k))) k++;
  return isLowerWord(ctx, k) && THINGS_BEATEN.has(lower(ctx, k));
}

/** "Glasgow won the bid to host the Games": from `k`, a bid or a vote, which a side does not win. */
function winsABid(ctx: Ctx, k: number): boolean {
  if (isLowerWord(ctx, k) && BEATEN_DETERMINERS.has(lower(ctx, k))) k++;
  return isLowerWord(ctx, k) && SIDE_NOT_WON.has(lower(ctx, k));
}

/** After "need"/"host", from `k`: an opponent's name, a number or a result ("need a win"). */
function namesOpponentOrResult(ctx: Ctx, k: number): boolean {
  if (k >= ctx.t.count || !onLine(ctx, k)) return false;
  if (ctx.t.kind[k] === Kind.Num || (isCapWord(ctx, k) && !FUNCTION_WORDS.has(lower(ctx, k)))) return true;
  if (isLowerWord(ctx, k) && BEATEN_DETERMINERS.has(lower(ctx, k))) k++;
  return isLowerWord(ctx, k) && SIDE_RESULTS.has(lower(ctx, k));
}

/**
 * The text writes `w` as a county ("County Kerry", "Donegal County Council"), the map knows it, or
 * it is one of the Irish counties whose sides Gaelic games name (ents64b).
 */
function countyLike(ctx: Ctx, f: number, out: Names): boolean {
  const w = ctx.forms[f];
  // A county that is also a given name ("Kerry", "Clare") the model reads surely as a person
  // somewhere needs the older evidence below, as before the list (ents64b).
  if (IRISH_COUNTIES.has(w) && (!FIRST_NAME_SET.has(ctx.formLower[f]) || !readAsPerson(ctx, f, out))) return true;
  const hit = placeLookup(ctx, w);
  if (hit && hit.kind !== 'country') return true;
  const t = ctx.t;
  for (let k = ctx.formStart[f]; k < ctx.formStart[f + 1]; k++) {
    const i = ctx.formTokens[k];
    if (ctx.forms[ctx.form[i - 1]] === COUNTY_WORD && onLine(ctx, i)) return true;
    if (i + 1 < t.count && ctx.forms[ctx.form[i + 1]] === COUNTY_WORD && onLine(ctx, i + 1)) return true;
  }
  return false;
}

/** A model reading this sure of a county's word as a person keeps a given name a person. */
const PERSON_READING = 0.5;

/** The model reads a one-word mention of form `f` as a person, at PERSON_READING or more. */
function readAsPerson(ctx: Ctx, f: number, out: Names): boolean {
  const alive = out.alive();
  for (let k = 0; k < alive.length; k++) {
    const n = alive[k];
    if (n.b === n.a + 1 && ctx.form[n.a] === f && n.type === PERSON && !n.rule && n.probs[PERSON] >= PERSON_READING)
      return true;
  }
  return false;
}

/** sport.county-side: see the row. */
function countySides(ctx: Ctx, out: Names, sports: SportsReading): void {
  const ruledOut = sports.ruledOut;
  const t = ctx.t;
  const candidates = new Set<number>();
  // Sides of a defeat with its score in the sentence ("Leeds were beaten 2-0 by Derby"): a frame no
  // town fills, read in a brief too (ents63c).
  const scored = new Set<number>();
  const caps = capitalisedWords(ctx);
  for (let x = 0; x < caps.length; x++) {
    const i = caps[x];
    if (t.flags[i] & Flag.AllCaps || !sideContext(ctx, i)) continue;
    const strong = beatenWithScore(ctx, i);
    if (ruledOut && !strong) continue;
    const n = out.at(i);
    if (n && (n.a !== i || n.b !== i + 1)) continue;
    if (FUNCTION_WORDS.has(lower(ctx, i)) || CALENDAR.has(lower(ctx, i)) || ctx.forms[ctx.form[i]] === COUNTY_WORD)
      continue;
    // "At the chess olympiad, Nakamura drew with Firouzja": players, not sides (review ents31e).
    if (playersMatch(ctx, i)) continue;
    candidates.add(ctx.form[i]);
    if (strong) scored.add(ctx.form[i]);
  }
  if (!candidates.size) return;
  if (!sports.yes) {
    if (!scored.size) return;
    for (const f of candidates) if (!scored.has(f)) candidates.delete(f);
  }
  const personWords = personWordsOf(ctx, out.alive());
  const sides = new Set<number>();
  for (const f of candidates) if (!personWords.has(ctx.formLower[f]) && countyLike(ctx, f, out)) sides.add(f);
  if (!sides.size) return;
  const hits = tokensOf(ctx, sideMarks(ctx, sides));
  // A side the model names nowhere in the text is left unnamed: only a name the model found once is
  // added where it missed it ("When Kerry get a goal").
  const named = new Set<number>();
  for (let k = 0; k < hits.length; k++) {
    const n = out.at(hits[k]);
    if (n && n.a === hits[k] && n.b === hits[k] + 1) named.add(ctx.form[hits[k]]);
  }
  const changes: (() => void)[] = [];
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    if (!isCapWord(ctx, i)) continue;
    // "County Kerry": the county, a place, whatever the document's vote says.
    if (ctx.forms[ctx.form[i - 1]] === COUNTY_WORD && onLine(ctx, i)) {
      const c = out.at(i - 1);
      if (c && c.a === i - 1 && c.b === i + 1 && !(c.type === PLACE && c.local))
        changes.push(() => countyPlace(out, c));
      continue;
    }
    const n = out.at(i) as LiveSpan | undefined;
    if (n && (n.a !== i || n.b !== i + 1)) continue;
    const before = i - 1;
    const possessive = i + 1 < t.count && t.kind[i + 1] === Kind.Poss;
    if (isLowerWord(ctx, before) && SIDE_LOCATIVES.has(lower(ctx, before))) {
      // "in Surrey's first innings": the side's innings, not the county.
      if (n && !possessive && !(n.type === PLACE && n.local)) changes.push(() => countyPlace(out, n));
      continue;
    }
    if (isLowerWord(ctx, i + 1) && SIDE_CIVIC.has(lower(ctx, i + 1))) continue;
    if (possessive && isCapWord(ctx, i + 2)) continue;
    // "come to Leeds": a destination, unless a pair makes it a side ("at home to Essex").
    if (isWord(ctx, before, 'to') && !sideContext(ctx, i)) continue;
    if (playersMatch(ctx, i)) continue;
    if (n) {
      // A reading the model is sure of ("Geelong is cold") is left alone; a rule's is not a model's.
      if (n.type !== ORG && !n.rule && n.probs[n.type] >= SURE_READING && !sideContext(ctx, i)) continue;
      if (n.type !== ORG) changes.push(() => !n.dead && out.put(i, i + 1, ORG, COUNTY_SIDE_ROW.id, undefined, n));
    } else if ((named.has(ctx.form[i]) || scored.has(ctx.form[i])) && unnamedSide(ctx, i)) {
      changes.push(() => !out.at(i) && out.put(i, i + 1, ORG, COUNTY_SIDE_ROW.id));
    }
  }
  for (const change of changes) change();
}

/** An unnamed mention of a side's word that is no part of a longer name ("When Kerry get a goal"). */
function unnamedSide(ctx: Ctx, i: number): boolean {
  if (!onLine(ctx, i) || (isCapWord(ctx, i + 1) && onLine(ctx, i + 1))) return false;
  if (sideContext(ctx, i)) return true;
  const before = i - 1;
  if (!isCapWord(ctx, before) || !onLine(ctx, i)) return ctx.t.kind[before] !== Kind.Word || isLowerWord(ctx, before);
  return OPENERS.has(lower(ctx, before));
}

function sideMarks(ctx: Ctx, forms: ReadonlySet<number>): Uint8Array {
  const marks = new Uint8Array(ctx.forms.length);
  for (const f of forms) marks[f] = 1;
  return marks;
}

function countyPlace(out: Names, n: LiveSpan): void {
  if (n.dead) return;
  out.put(n.a, n.b, PLACE, COUNTY_SIDE_ROW.id, undefined, n).local = COUNTY_SIDE_ROW.id;
}

// --- person.paternal-surname -----------------------------------------------------------------

/** person.paternal-surname: see the row. */
function paternalSurnames(ctx: Ctx, out: Names): void {
  const forms = new Set<number>();
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type !== PERSON || n.b - n.a < 3) continue;
    const s = n.b - 2;
    if (!isCapWord(ctx, s) || !isCapWord(ctx, n.b - 1) || ctx.t.flags[s] & Flag.AllCaps) continue;
    const w = lower(ctx, s);
    if (FIRST_NAME_SET.has(w) || FUNCTION_WORDS.has(w) || isDemonym(ctx, ctx.forms[ctx.form[s]])) continue;
    if (placeLookup(ctx, ctx.forms[ctx.form[s]])) continue;
    forms.add(ctx.form[s]);
  }
  if (!forms.size) return;
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.b - n.a !== 1 || n.type === PERSON || !forms.has(ctx.form[n.a]) || n.rule) continue;
    if (n.probs[n.type] >= SURNAME_BELOW) continue;
    out.put(n.a, n.b, PERSON, PATERNAL_SURNAME_ROW.id, undefined, n);
  }
}

// --- organisation.kind-before-firm -----------------------------------------------------------

/** The participles of hyphenated modifiers ("Leeds-based"): such a word is no firm's name. */
const MODIFIER_PARTICIPLES: ReadonlySet<string> = new Set(COMPOUND_MODIFIER_ROW.value);

/** A capitalised word that may open a firm's name after its trade noun. */
function firmWord(ctx: Ctx, i: number): boolean {
  if (!isCapWord(ctx, i) || !onLine(ctx, i)) return false;
  const w = lower(ctx, i);
  // "the Leeds-based company" (ents44a, batch 99): a place in a hyphenated modifier, no firm.
  const dash = w.lastIndexOf('-');
  if (dash > 0 && MODIFIER_PARTICIPLES.has(w.slice(dash + 1))) return false;
  return !(
    FUNCTION_WORDS.has(w) ||
    TITLES.has(w) ||
    TITLE_MODIFIERS.has(w) ||
    ROLE_NOUNS.has(w) ||
    CALENDAR.has(w) ||
    FIRST_NAME_SET.has(w)
  );
}

/** The determiner before the head at `h`, over at most MODIFIERS_MAX modifiers on the line; -1 for none. */
function headDeterminer(ctx: Ctx, h: number): number {
  const t = ctx.t;
  for (let d = h - 1; d >= 0 && h - d <= MODIFIERS_MAX + 1; d--) {
    if (!onLine(ctx, d + 1)) return -1;
    if (t.kind[d] === Kind.Poss) continue;
    if (t.kind[d] !== Kind.Word) return -1;
    const w = lower(ctx, d);
    if (FIRM_DETERMINERS.has(w)) return d;
    // A modifier: a lowercase word, a nationality ("the Swedish maker"), a possessor ("The group's").
    if (isLowerWord(ctx, d) || isDemonym(ctx, ctx.forms[ctx.form[d]])) continue;
    if (t.kind[d + 1] === Kind.Poss) continue;
    return -1;
  }
  return -1;
}

/**
 * The capitalised word opening the sentence before the trade at `h`, over at most one lowercase
 * modifier ("Semiconductor maker Nordwave said", "Swiss investment bank Lazard said"); -1 for none.
 */
function bareOpening(ctx: Ctx, h: number): number {
  for (let d = h - 1; d >= 0 && h - d <= 2; d--) {
    if (!onLine(ctx, d + 1) || ctx.t.kind[d] !== Kind.Word) return -1;
    if (opensSentence(ctx, d)) return isCapWord(ctx, d) && !FIRST_NAME_SET.has(lower(ctx, d)) ? d : -1;
    if (!isLowerWord(ctx, d)) return -1;
  }
  return -1;
}

/** A name the model half-read on the trade word that opens the sentence ("Semiconductor" in "Semiconductor maker …"). */
function dropOpeningTrade(out: Names, o: number): void {
  const n = out.at(o);
  if (n && !n.rule && n.a === o && n.b === o + 1 && n.type === ORG && n.probs[ORG] < OPENING_TRADE_DOUBT) out.remove(n);
}

/** organisation.kind-before-firm: see the row. */
function kindBeforeFirms(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const hits = tokensOf(ctx, formMarks(ctx, FIRM_HEADS));
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    const d = isLowerWord(ctx, h) ? headDeterminer(ctx, h) : -1;
    // With no determiner, the trade phrase may open the sentence as its subject.
    const opening = d < 0 && isLowerWord(ctx, h) && !isPunctChar(ctx, h + 1, COMMA) ? bareOpening(ctx, h) : -1;
    if (d < 0 && opening < 0) continue;
    const apposition = isPunctChar(ctx, h + 1, COMMA);
    // "the governor of the central bank, Jean-Claude Brou,": the apposition names the governor.
    if (apposition && isWord(ctx, d - 1, 'of')) continue;
    const a = apposition ? h + 2 : h + 1;
    if (!firmWord(ctx, a) || (a === t.count - 1 && !apposition)) continue;
    let b = a + 1;
    while (b < t.count && b - a < FIRM_WORDS && isCapWord(ctx, b) && onLine(ctx, b)) b++;
    if (isCapWord(ctx, b) && onLine(ctx, b)) continue;
    // The name ends: an apposition's comma; otherwise a function word, a bracket or punctuation
    // ("the company Elon Musk founded" runs into a clause: the name is its subject, not the firm).
    // The subject of a sentence that opens with its trade runs into its verb ("… Adobe said").
    if (
      apposition
        ? !isPunctChar(ctx, b, COMMA)
        : !(
            (isLowerWord(ctx, b) && (opening >= 0 || FUNCTION_WORDS.has(lower(ctx, b)))) ||
            t.kind[b] === Kind.Punct ||
            t.kind[b] === Kind.Poss ||
            isPunctChar(ctx, b, OPEN_PAREN)
          )
    )
      continue;
    if (placeLookup(ctx, spanText(ctx, a, b))) continue;
    const within = namesWithin(out, a, b);
    if (!within) continue;
    // A person the model is sure of stays one; after a comma (an apposition that may name the
    // holder of a post, "the company's founder, Ana Ruiz,") a person it half-believes does too.
    // "the rogue trader Kweku Adoboli": a trade a person also plies names a person half-believed.
    const sure = apposition || PERSON_TRADES.has(lower(ctx, h)) ? PERSON_APPOSITION_SURE : PERSON_SURE;
    if (within.some((n) => n.type === PERSON && n.b - n.a >= 2 && n.probs[PERSON] >= sure)) continue;
    if (opening >= 0) dropOpeningTrade(out, opening);
    if (within.some((n) => (n.type === ORG && n.a === a && n.b === b) || n.rule)) continue;
    putOverWithin(out, a, b, ORG, KIND_BEFORE_FIRM_ROW.id, within);
  }
  trailingKinds(ctx, out);
}

/** "the Eroski supermarket chain": an unread name between "the" and its trade. */
function trailingKinds(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const hits = tokensOf(ctx, formMarks(ctx, FIRM_TRAILING));
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (!isLowerWord(ctx, h) || !onLine(ctx, h)) continue;
    // The trade ends the phrase: punctuation or a function word after it ("chain.", "chain in").
    const next = h + 1;
    if (
      next < t.count &&
      !(t.kind[next] === Kind.Punct || (isLowerWord(ctx, next) && FUNCTION_WORDS.has(lower(ctx, next))))
    )
      continue;
    let b = h;
    while (b > 0 && h - b < 2 && isLowerWord(ctx, b - 1) && !FIRM_DETERMINERS.has(lower(ctx, b - 1))) b--;
    // "the Christmas supply chain": a compound that names no trade.
    if (h > b && NOT_TRADES.has(`${lower(ctx, h - 1)} ${lower(ctx, h)}`)) continue;
    let a = b;
    while (a > 0 && b - a < 2 && firmWord(ctx, a - 1)) a--;
    if (a === b || !isWord(ctx, a - 1, 'the') || !isLowerWord(ctx, a - 1)) continue;
    if (isDemonym(ctx, spanText(ctx, a, b)) || placeLookup(ctx, spanText(ctx, a, b))) continue;
    if (out.at(a) || out.at(b - 1)) continue;
    out.put(a, b, ORG, KIND_BEFORE_FIRM_ROW.id);
  }
}

// --- place.title-word-place ------------------------------------------------------------------

/** place.title-word-place: see the row. */
function titleWordPlaces(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, PLACE_TITLES));
  for (let k = 0; k < hits.length; k++) {
    const s = hits[k];
    const n = out.at(s + 1);
    if (!n || n.a !== s + 1 || !onLine(ctx, s + 1)) continue;
    const at = out.at(s);
    if (at && at !== n) continue;
    const hit = placeLookup(ctx, spanText(ctx, s, n.b));
    if (!hit) continue;
    // "Saint John said", "honour Saint George": a saint, unless a preposition of place says the town.
    if (
      hit.kind !== 'country' &&
      FIRST_NAME_SET.has(lower(ctx, s + 1)) &&
      !(isLowerWord(ctx, s - 1) && PLACE_TITLE_PREPOSITIONS.has(lower(ctx, s - 1)))
    )
      continue;
    out.put(s, n.b, PLACE, TITLE_WORD_PLACE_ROW.id, undefined, n);
  }
}

// --- place.sport-ground ----------------------------------------------------------------------

/** place.sport-ground: see the row. */
function sportGrounds(ctx: Ctx, out: Names, sports: SportsReading): void {
  const t = ctx.t;
  const tails = tokensOf(ctx, exactFormMarks(ctx, GROUND_TAILS));
  for (let k = 0; k < tails.length; k++) {
    const e = tails[k];
    let a = e;
    while (a > 0 && e - a < GROUND_WORDS && isCapWord(ctx, a - 1) && onLine(ctx, a)) a--;
    while (a < e && FUNCTION_WORDS.has(lower(ctx, a))) a++;
    if (a === e || GROUND_NOT_FIRST.has(ctx.forms[ctx.form[a]])) continue;
    if (!(isWord(ctx, a - 1, 'the') || isWord(ctx, a - 1, 'at')) || !isLowerWord(ctx, a - 1)) continue;
    // "named to the Pro Bowl": a bowl is a ground only where a match is played at it.
    if (GROUND_AT_ONLY.has(ctx.forms[ctx.form[e]]) && !isWord(ctx, a - 1, 'at') && !isWord(ctx, a - 2, 'at')) continue;
    if (isCapWord(ctx, e + 1) && onLine(ctx, e + 1)) continue;
    const within = namesWithin(out, a, e + 1);
    if (!within || !sports.yes) continue;
    putOverWithin(out, a, e + 1, PLACE, SPORT_GROUND_ROW.id, within);
  }
  const ats = tokensOf(ctx, formMarks(ctx, new Set(['at'])));
  for (let k = 0; k < ats.length; k++) {
    const p = ats[k];
    const g = p + 1;
    if (!isLowerWord(ctx, p) || !isCapWord(ctx, g) || !onLine(ctx, g) || t.flags[g] & Flag.AllCaps) continue;
    if (!isWord(ctx, g + 1, 'in') || !isCapWord(ctx, g + 2)) continue;
    const n = out.at(g);
    if (n && (n.a !== g || n.b !== g + 1 || n.type === PERSON || n.type === PLACE)) continue;
    if (n && n.probs[ORG] >= GROUND_ORG_BELOW) continue;
    if (FUNCTION_WORDS.has(lower(ctx, g)) || placeLookup(ctx, ctx.forms[ctx.form[g]])) continue;
    const city = out.at(g + 2);
    if (!city || city.type !== PLACE || city.a !== g + 2) continue;
    if (!placeLookup(ctx, spanText(ctx, city.a, city.b)) || !sports.yes) continue;
    out.put(g, g + 1, PLACE, SPORT_GROUND_ROW.id, undefined, n);
  }
}

// --- place.facility-in -----------------------------------------------------------------------

/** place.facility-in: see the row. */
function facilityTowns(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const hits = tokensOf(ctx, formMarks(ctx, FACILITIES));
  const towns = new Set<string>();
  for (let k = 0; k < hits.length; k++) {
    const f = hits[k];
    const p = f + 1;
    // "it mines in …", "we plant in …": a verb after a pronoun; "a friend of mine in …": a pronoun.
    if (ctx.t.kind[f - 1] === Kind.Word && (PRONOUNS_ALL.has(lower(ctx, f - 1)) || lower(ctx, f - 1) === 'of'))
      continue;
    if (!isLowerWord(ctx, f) || !isLowerWord(ctx, p) || !FACILITY_PREPOSITIONS.has(lower(ctx, p))) continue;
    const a = p + 1;
    if (!isCapWord(ctx, a) || !onLine(ctx, a) || t.flags[a] & Flag.AllCaps || FUNCTION_WORDS.has(lower(ctx, a)))
      continue;
    // "farmers plant in April", "a mine in May 2019": a date, not a town.
    if (CALENDAR.has(lower(ctx, a))) continue;
    let b = a + 1;
    while (b < t.count && b - a < TOWN_WORDS && isCapWord(ctx, b) && onLine(ctx, b)) b++;
    if ((isCapWord(ctx, b) && onLine(ctx, b)) || (b < t.count && t.kind[b] === Kind.Poss)) continue;
    const within = namesWithin(out, a, b);
    if (!within) continue;
    const n = within.length === 1 ? within[0] : undefined;
    if (within.length > 1 || (n && (n.a !== a || n.b !== b))) continue;
    if (n && (n.type === PERSON || (n.type === ORG && (n.rule || n.probs[ORG] >= SURE)))) continue;
    // A place the model is fairly sure of keeps its vote in the document's reading of the town
    // (a kept type leaves the vote); a weak one is kept from being outvoted.
    if (n && n.type === PLACE && n.probs[PLACE] >= WEAK_PLACE) {
      towns.add(spanText(ctx, a, b));
      continue;
    }
    if (isDemonym(ctx, spanText(ctx, a, b))) continue;
    out.put(a, b, PLACE, FACILITY_IN_ROW.id, undefined, n).local = FACILITY_IN_ROW.id;
    towns.add(spanText(ctx, a, b));
  }
  if (!towns.size) return;
  // The town's other mentions after a preposition of where, half-read as an organisation ("stay in Bergara").
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type !== ORG || n.rule || n.probs[ORG] >= SURE || !towns.has(spanText(ctx, n.a, n.b))) continue;
    if (!isLowerWord(ctx, n.a - 1) || !TOWN_LOCATIVES.has(lower(ctx, n.a - 1))) continue;
    if (n.b < t.count && t.kind[n.b] === Kind.Poss) continue;
    out.put(n.a, n.b, PLACE, FACILITY_IN_ROW.id, undefined, n).local = FACILITY_IN_ROW.id;
  }
}

// --- organisation.firm-of-city ---------------------------------------------------------------

/** organisation.firm-of-city: see the row. */
function firmsOfCities(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, CORPORATE_TAILS));
  for (let k = 0; k < hits.length; k++) {
    const e = hits[k];
    const n = out.at(e);
    if (!n || n.type !== ORG || n.a >= e || !isWord(ctx, e + 1, 'of') || n.b <= e + 2) continue;
    // "Jewish Family Services of Houston": a charity's or a public service's name runs on with its city.
    if (PUBLIC_SERVICE_WORDS.has(ctx.forms[ctx.form[e - 1]])) continue;
    const city = spanText(ctx, e + 2, n.b);
    const hit = placeLookup(ctx, city);
    if (!hit || hit.kind !== 'city') continue;
    const a = n.a,
      b = n.b;
    out.put(a, e + 1, ORG, FIRM_OF_CITY_ROW.id, undefined, n);
    out.put(e + 2, b, PLACE, FIRM_OF_CITY_ROW.id);
  }
}

// --- person.sport-role-noun ------------------------------------------------------------------

/** person.sport-role-noun: see the row. */
function sportRoleNouns(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const hits = tokensOf(ctx, formMarks(ctx, ROLE_NOUNS_SPORT));
  for (let k = 0; k < hits.length; k++) {
    const r = hits[k];
    if (!isLowerWord(ctx, r)) continue;
    let d = r - 1;
    if (isCapWord(ctx, d) && isDemonym(ctx, ctx.forms[ctx.form[d]])) d--;
    // "The off-spinner …" opens the sentence: the determiner may be capitalised.
    if (t.kind[d] !== Kind.Word || !ROLE_DETERMINERS.has(lower(ctx, d))) continue;
    const a = r + 1;
    if (!firmWord(ctx, a) && !(isCapWord(ctx, a) && FIRST_NAME_SET.has(lower(ctx, a)) && onLine(ctx, a))) continue;
    let b = a + 1;
    while (b < t.count && b - a < 3 && isCapWord(ctx, b) && onLine(ctx, b)) b++;
    if (b - a < 2 || (isCapWord(ctx, b) && onLine(ctx, b))) continue;
    if (placeLookup(ctx, ctx.forms[ctx.form[a]]) && !FIRST_NAME_SET.has(lower(ctx, a))) continue;
    const within = namesWithin(out, a, b);
    if (!within) continue;
    if (within.some((n) => n.type !== PERSON && (n.rule || n.probs[n.type] >= SURE))) continue;
    if (within.some((n) => n.type === PERSON && n.a === a && n.b === b)) continue;
    putOverWithin(out, a, b, PERSON, SPORT_ROLE_NOUN_ROW.id, within);
  }
}
