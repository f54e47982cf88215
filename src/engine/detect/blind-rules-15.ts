/**
 * Rules from the blind entity batches 44 and 45 (3 Dec 2026, helper ents24a, issue #9; rows in
 * lexicon/blind-news-15.ts). applyNameRules calls `applyBlindNewsRows15` right after the blind-14
 * rows, so these read the names every earlier rule decided. Each rule starts from the tokens of
 * its own words or from the names; the sports-report reading is made at most once, only when a
 * sport rule has a candidate.
 * - sport.score-not-name: "beat [Norwich City] 3-1".
 * - sport.club-city-alone: "In [Hull], the visitors led", "before travelling to [Norwich]".
 * - place.county-not-person: "former [Dougherty County] commissioner".
 * - sport.county-club: "beat [Derby County] 2-1".
 * - organisation.acronym-alias-pair: "(… [Africa CDC])".
 * - organisation.head-on-topic: "[International Coordinating Group on Vaccine Provision]".
 * - organisation.agency-tail: "[Fitch Ratings]", "[Emerson College Polling]".
 * - organisation.call-sign: "[WSB-TV]".
 * - organisation.race-rater: "The [Cook Political Report] rates the race".
 * - none.holiday-alone: "at Christmas".
 * - place.seat-apposition: "the [Straka Academy], the seat of the government".
 * - sport.venue-after-score: "drew 1-1 with Bristol City at [Hillsborough]".
 * - person.sri-given-name: "Deputy Governor [Sri Rahayu Lestari]".
 * - sport.lone-nickname: "The [Canaries] have won".
 * - sport.weekday-club: "[Sheffield Wednesday] drew 1-1" (a leftover of batch 45, helper ents26b).
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { isDemonym, lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import {
  ACRONYM_ALIAS_PAIR_ROW,
  AGENCY_TAIL_ROW,
  CALL_SIGN_ROW,
  CLUB_CITY_ALONE_ROW,
  COUNTY_CLUB_ROW,
  COUNTY_NOT_PERSON_ROW,
  HEAD_ON_TOPIC_ROW,
  HOLIDAY_NONE_ROW,
  LONE_NICKNAME_ROW,
  RACE_RATER_ROW,
  SCORE_NOT_NAME_ROW,
  SEAT_APPOSITION_ROW,
  SRI_GIVEN_NAME_ROW,
  VENUE_AFTER_SCORE_ROW,
  WEEKDAY_CLUB_ROW,
} from '../lexicon/blind-news-15';
import { rowNamed, setOf } from '../lexicon/rule-row';
import { BLIND_NEWS_ROWS, SPORT_SIDE_ROWS } from '../lexicon/names';
import { NICKNAME_TEAM_ROW } from '../lexicon/blind-news-13';
import { COMMON_WORDS, FIRST_NAME_SET, FUNCTION_WORDS, MONTHS, TITLES, WEEKDAYS } from '../lexicon/words';
import { TITLE_ROWS } from '../lexicon/titles';
import {
  ORG,
  PERSON,
  abbreviates,
  PLACE,
  capitalisedOnLine,
  capitalisedRun,
  exactFormMarks,
  formMarks,
  initials,
  isCapWord,
  isLowerWord,
  isPunctChar,
  isWord,
  namesWithin,
  onLine,
  putOverWithin,
  type NamedSpan,
  type Names,
  OPEN_PAREN,
  CLOSE_PAREN,
  COMMA,
  EN_DASH,
  HYPHEN,
  LAST_TOKEN,
  aliveByWord,
  AMPERSAND,
} from './named-spans';
import { SportsReading } from './sport-sentences';

const CLUB_SUFFIXES = setOf(rowNamed(BLIND_NEWS_ROWS, 'sport.club-short-form').value as readonly string[]);
const TRAVEL = setOf(CLUB_CITY_ALONE_ROW.value.travel);
const COUNTY_WORDS = setOf(COUNTY_NOT_PERSON_ROW.value.divisions);
const NEVER_SURNAMES = setOf(COUNTY_NOT_PERSON_ROW.value.neverSurnames);
const ON_HEADS = setOf(HEAD_ON_TOPIC_ROW.value.heads);
const AGENCY_TAILS = setOf(AGENCY_TAIL_ROW.value);
const CALL_SIGN = new RegExp(`^[KWC][A-Z]{2,3}-(?:${CALL_SIGN_ROW.value.join('|')})$`);
const RATE_VERBS = setOf(RACE_RATER_ROW.value.verbs);
const RATE_OBJECTS = setOf(RACE_RATER_ROW.value.objects);
const RATE_TIMES = setOf(RACE_RATER_ROW.value.times);
const HOLIDAYS = setOf(HOLIDAY_NONE_ROW.value.holidays);
const AGENT_VERBS = setOf(HOLIDAY_NONE_ROW.value.agentVerbs);
const SEAT_HEADS = setOf(SEAT_APPOSITION_ROW.value.heads);
const SEAT_LITERAL = setOf(SEAT_APPOSITION_ROW.value.literal);
const SIDE_VERBS = setOf(LONE_NICKNAME_ROW.value.verbs);
const SIDE_AUXILIARIES = setOf(LONE_NICKNAME_ROW.value.auxiliaries);
const GAME_VERBS = setOf(LONE_NICKNAME_ROW.value.games);
const SIDE_BEFORE = setOf(WEEKDAY_CLUB_ROW.value.before);
const SIDE_AFTER = setOf(WEEKDAY_CLUB_ROW.value.after);
const NOT_NICKNAMES = new Set([...NICKNAME_TEAM_ROW.value.notNicknames, ...LONE_NICKNAME_ROW.value.events]);
const SRI = setOf(SRI_GIVEN_NAME_ROW.value.given);
const SRI_COUNTRIES = setOf(SRI_GIVEN_NAME_ROW.value.countries);
/** The row whose side sport.county-club gives back. */
const PLACE_TEAM_ROW = rowNamed(SPORT_SIDE_ROWS, 'sport.place-team').id;
/** The row whose honorific person.sri-given-name gives back. */
const HONORIFIC_ROW = 'title.south-asian-african';
const HONORIFICS = setOf(rowNamed(TITLE_ROWS, HONORIFIC_ROW).value as readonly string[]);
/** Words that may end the clause after a ground's name. */
const VENUE_AFTER = setOf(['on', 'in', 'to', 'and', 'after', 'before', 'last', 'this', 'with', 'for']);

/** A person the model is this sure of is left alone. */
const SURE = 0.9;
/** A county read as an organisation this surely is left alone (its council or board acting). */
const BODY_DOUBT = 0.6;
/** Most capitalised words of a topic, an agency, a forecaster or a ground. */
const TOPIC_WORDS = 3;
const RATER_WORDS = 4;
const VENUE_WORDS = 2;

/** A weekday, a month or a holiday: a time, not a name. */
function timeOrHolidayWord(ctx: Ctx, i: number): boolean {
  const w = lower(ctx, i);
  return WEEKDAYS.has(w) || MONTHS.has(w) || HOLIDAYS.has(ctx.forms[ctx.form[i]]);
}

export function applyBlindNewsRows15(ctx: Ctx, out: Names): void {
  const sports = new SportsReading(ctx);
  scoresNotNames(ctx, out);
  clubCitiesAlone(ctx, out);
  countiesNotPeople(ctx, out, sports);
  countyClubs(out);
  acronymAliasPairs(ctx, out);
  headsOnTopics(ctx, out);
  agencyTails(ctx, out);
  callSigns(ctx, out);
  raceRaters(ctx, out);
  holidays(ctx, out);
  seatAppositions(ctx, out);
  venuesAfterScores(ctx, out, sports);
  sriGivenNames(ctx, out);
  loneNicknames(ctx, out, sports);
  weekdayClubs(ctx, out, sports);
}

// --- sport.score-not-name ------------------------------------------------------------------

/** A score starts at `j`: a number, a dash with no space around it, a number ("3-1"). */
function scoreAt(ctx: Ctx, j: number): boolean {
  const t = ctx.t;
  if (j + 2 >= t.count || t.kind[j] !== Kind.Num || t.kind[j + 2] !== Kind.Num) return false;
  const d = j + 1;
  if (t.kind[d] !== Kind.Punct || t.end[d] - t.start[d] !== 1 || t.flags[d] & Flag.Space || t.flags[d + 1] & Flag.Space)
    return false;
  const c = ctx.text.charCodeAt(t.start[d]);
  return c === HYPHEN || c === EN_DASH;
}

/** sport.score-not-name: see the row. */
function scoresNotNames(ctx: Ctx, out: Names): void {
  const found: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.b - n.a > 1 && scoreAt(ctx, n.b - 1)) found.push(n);
  }
  for (const n of found) out.put(n.a, n.b - 1, n.type, SCORE_NOT_NAME_ROW.id, undefined, n).local = n.local;
}

// --- sport.club-city-alone -------------------------------------------------------------------

/** The bare city at `i` stands where the sentence names the place: "In X," or "travelling to X". */
function cityPlaceContext(ctx: Ctx, i: number): boolean {
  const t = ctx.t;
  if (i + 1 < t.count && t.kind[i + 1] === Kind.Poss) return false;
  if (isWord(ctx, i - 1, 'in') && ctx.s.first[ctx.s.of[i]] === i - 1) return isPunctChar(ctx, i + 1, COMMA);
  return isWord(ctx, i - 1, 'to') && isLowerWord(ctx, i - 2) && TRAVEL.has(lower(ctx, i - 2));
}

/** sport.club-city-alone: see the row. */
function clubCitiesAlone(ctx: Ctx, out: Names): void {
  const towns = new Set<string>();
  const names = aliveByWord(ctx, out, CLUB_SUFFIXES, LAST_TOKEN);
  for (let k = 0; k < names.length; k++) {
    const n = names[k];
    if (n.type !== ORG || n.b - n.a !== 2 || !CLUB_SUFFIXES.has(lower(ctx, n.b - 1)) || !isCapWord(ctx, n.b - 1))
      continue;
    if (placeLookup(ctx, spanText(ctx, n.a, n.b))) continue;
    towns.add(ctx.forms[ctx.form[n.a]]);
  }
  if (!towns.size) return;
  const hits = tokensOf(ctx, exactFormMarks(ctx, towns));
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    const n = out.at(i);
    if (!n || n.a !== i || n.b !== i + 1 || n.type !== PLACE || !cityPlaceContext(ctx, i)) continue;
    n.local = CLUB_CITY_ALONE_ROW.id;
  }
}

// --- place.county-not-person -----------------------------------------------------------------

/** place.county-not-person: see the row. */
function countiesNotPeople(ctx: Ctx, out: Names, sports: SportsReading): void {
  const found: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type === PLACE || n.rule || n.b - n.a < 2) continue;
    const last = ctx.forms[ctx.form[n.b - 1]];
    if (!COUNTY_WORDS.has(last) || capitalisedOnLine(ctx, n.b)) continue;
    if (n.type === ORG && n.probs[ORG] >= BODY_DOUBT) continue;
    // "Kelly Parish": a given name first makes the last word a surname, unless no surname is that word.
    if (
      n.type === PERSON &&
      !NEVER_SURNAMES.has(last) &&
      (n.probs[PERSON] >= SURE || FIRST_NAME_SET.has(lower(ctx, n.a)))
    )
      continue;
    found.push(n);
  }
  // "Derby County", "Notts County": clubs in a sports report; no club is a Township (review, stop 54).
  if (!found.length) return;
  for (const n of found) {
    if (sports.yes && !NEVER_SURNAMES.has(ctx.forms[ctx.form[n.b - 1]])) continue;
    // "Former Dougherty County": a word of the language opening the sentence is no part of the name.
    let a = n.a;
    while (a < n.b - 2 && (COMMON_WORDS.has(lower(ctx, a)) || FUNCTION_WORDS.has(lower(ctx, a)))) a++;
    out.put(a, n.b, PLACE, COUNTY_NOT_PERSON_ROW.id, undefined, n);
  }
}

// --- sport.county-club -----------------------------------------------------------------------

/** sport.county-club: see the row. */
function countyClubs(out: Names): void {
  const found: NamedSpan[] = [];
  for (const n of out.alive())
    if (n.type === PLACE && n.rule === COUNTY_CLUB_ROW.value && n.overruled === PLACE_TEAM_ROW) found.push(n);
  for (const n of found) out.put(n.a, n.b, ORG, COUNTY_CLUB_ROW.id, undefined, n).local = COUNTY_CLUB_ROW.id;
}

// --- organisation.acronym-alias-pair ---------------------------------------------------------

/** The alias "(Word ACR)" right after organisation `n`: its first token, or -1. */
function aliasAfter(ctx: Ctx, n: NamedSpan): number {
  const p = n.b;
  if (!isPunctChar(ctx, p, OPEN_PAREN) || !isPunctChar(ctx, p + 3, CLOSE_PAREN)) return -1;
  const w = p + 1;
  if (ctx.forms[ctx.form[w]] !== ctx.forms[ctx.form[n.a]] || !isCapWord(ctx, w)) return -1;
  const acr = ctx.forms[ctx.form[w + 1]];
  if (ctx.t.kind[w + 1] !== Kind.Word || !/^[A-Z]{2,6}$/.test(acr)) return -1;
  // The acronym is written with the initials of the name's words after its first one, small words
  // skipped ("Centres for Disease Control and Prevention": CDC).
  let letters = '';
  for (let i = n.a + 1; i < n.b; i++) if (!FUNCTION_WORDS.has(lower(ctx, i))) letters += initials(ctx, i, i + 1);
  return abbreviates(acr.toLowerCase(), letters) ? w : -1;
}

/** organisation.acronym-alias-pair: see the row. */
function acronymAliasPairs(ctx: Ctx, out: Names): void {
  const pairs = new Map<string, string>();
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type !== ORG || n.b - n.a < 3) continue;
    const w = aliasAfter(ctx, n);
    if (w >= 0) pairs.set(ctx.forms[ctx.form[w]], ctx.forms[ctx.form[w + 1]]);
  }
  if (!pairs.size) return;
  const hits = tokensOf(ctx, exactFormMarks(ctx, new Set(pairs.keys())));
  for (let k = 0; k < hits.length; k++) {
    const w = hits[k];
    if (ctx.forms[ctx.form[w + 1]] !== pairs.get(ctx.forms[ctx.form[w]]) || !onLine(ctx, w + 1)) continue;
    if (capitalisedOnLine(ctx, w + 2) || (isCapWord(ctx, w - 1) && onLine(ctx, w))) continue;
    const within = namesWithin(out, w, w + 2);
    if (!within) continue;
    putOverWithin(out, w, w + 2, ORG, ACRONYM_ALIAS_PAIR_ROW.id, within);
  }
}

// --- organisation.head-on-topic --------------------------------------------------------------

/** Capitalised words no name holds, no time, function word or capitals, and no place together. */
function freeTopic(ctx: Ctx, out: Names, a: number, b: number): boolean {
  for (let i = a; i < b; i++)
    if (out.at(i) || timeOrHolidayWord(ctx, i) || FUNCTION_WORDS.has(lower(ctx, i)) || ctx.t.flags[i] & Flag.AllCaps)
      return false;
  return !placeLookup(ctx, spanText(ctx, a, b));
}

/** "Office on Drugs and Crime": where a topic ending at b goes on over "and" and a second topic. */
function topicAfterAnd(ctx: Ctx, out: Names, b: number): number {
  if (!isWord(ctx, b, 'and') || !isLowerWord(ctx, b) || !onLine(ctx, b + 1)) return b;
  const c = capitalisedRun(ctx, b + 1, TOPIC_WORDS);
  // "… on Trade and Amnesty International Group": a run of three after "and" is rather a name of its own.
  if (c === b + 1 || c - b > 3 || capitalisedOnLine(ctx, c) || ctx.t.kind[c] === Kind.Poss) return b;
  return freeTopic(ctx, out, b + 1, c) ? c : b;
}

/** organisation.head-on-topic: see the row. */
function headsOnTopics(ctx: Ctx, out: Names): void {
  const found: [NamedSpan, number][] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    const on = n.b;
    if (n.type !== ORG || !ON_HEADS.has(ctx.forms[ctx.form[on - 1]]) || !isWord(ctx, on, 'on')) continue;
    if (!isLowerWord(ctx, on) || !onLine(ctx, on + 1)) continue;
    const a = on + 1;
    const b = capitalisedRun(ctx, a, TOPIC_WORDS);
    if (b === a || capitalisedOnLine(ctx, b) || ctx.t.kind[b] === Kind.Poss) continue;
    // "the Commission on Covid rules": one capitalised word before a noun modifies it.
    if (b - a === 1 && isLowerWord(ctx, b) && onLine(ctx, b) && !FUNCTION_WORDS.has(lower(ctx, b))) continue;
    if (!freeTopic(ctx, out, a, b)) continue;
    found.push([n, topicAfterAnd(ctx, out, b)]);
  }
  for (const [n, b] of found) out.put(n.a, b, ORG, HEAD_ON_TOPIC_ROW.id, undefined, n);
}

// --- organisation.agency-tail ----------------------------------------------------------------

/** organisation.agency-tail: see the row. */
function agencyTails(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, AGENCY_TAILS));
  for (let k = 0; k < hits.length; k++) {
    const e = hits[k];
    if (!onLine(ctx, e) || capitalisedOnLine(ctx, e + 1) || !isCapWord(ctx, e - 1)) continue;
    let a = e;
    while (a > 0 && e - a < TOPIC_WORDS && isCapWord(ctx, a - 1) && onLine(ctx, a)) a--;
    while (a < e && FUNCTION_WORDS.has(lower(ctx, a))) a++;
    if (a === e || ctx.headline[ctx.s.of[e]]) continue;
    // "S&P Global Ratings": letters joined by "&" are one word of the name.
    if (joinedByAmpersand(ctx, a)) a -= 2;
    // "Early Polling suggests": a word of the language opening the sentence says how polling went.
    if (e - a === 1 && ctx.s.first[ctx.s.of[a]] === a && COMMON_WORDS.has(lower(ctx, a))) continue;
    const within = namesWithin(out, a, e + 1);
    if (!within) continue;
    putOverWithin(out, a, e + 1, ORG, AGENCY_TAIL_ROW.id, within);
  }
}

/** Token `a` is the letter after "&" in "S&P", the three written with no space between. */
function joinedByAmpersand(ctx: Ctx, a: number): boolean {
  const t = ctx.t;
  if (a < 2 || !isPunctChar(ctx, a - 1, AMPERSAND) || t.flags[a - 1] & Flag.Space || t.flags[a] & Flag.Space)
    return false;
  return isCapWord(ctx, a - 2) && onLine(ctx, a - 1);
}

// --- organisation.call-sign ------------------------------------------------------------------

/** organisation.call-sign: see the row. */
function callSigns(ctx: Ctx, out: Names): void {
  const marks = new Uint8Array(ctx.forms.length);
  for (let f = 0; f < marks.length; f++) if (CALL_SIGN.test(ctx.forms[f])) marks[f] = 1;
  const hits = tokensOf(ctx, marks);
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    const within = namesWithin(out, i, i + 1);
    if (!within) continue;
    putOverWithin(out, i, i + 1, ORG, CALL_SIGN_ROW.id, within);
  }
}

// --- organisation.race-rater -----------------------------------------------------------------

/** The race or seat object after a rating verb at `v`. */
function raceObject(ctx: Ctx, v: number): boolean {
  if (isWord(ctx, v + 1, 'it')) return true;
  if (!isWord(ctx, v + 1, 'the')) return false;
  // One word may qualify it: "the general election", "the Senate race".
  const o = isLowerWord(ctx, v + 2) && RATE_OBJECTS.has(lower(ctx, v + 2)) ? v + 2 : v + 3;
  return o < ctx.t.count && ctx.t.kind[v + 2] === Kind.Word && isLowerWord(ctx, o) && RATE_OBJECTS.has(lower(ctx, o));
}

/** organisation.race-rater: see the row. */
function raceRaters(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, RATE_VERBS));
  for (let k = 0; k < hits.length; k++) {
    const v = hits[k];
    if (!isLowerWord(ctx, v) || !isCapWord(ctx, v - 1) || !onLine(ctx, v) || !raceObject(ctx, v)) continue;
    let a = v;
    while (a > 0 && v - a < RATER_WORDS && isCapWord(ctx, a - 1) && onLine(ctx, a)) a--;
    if (isWord(ctx, a, 'the')) a++;
    if (a === v || FUNCTION_WORDS.has(lower(ctx, a))) continue;
    // "Voters shifted the race", "Redistricting moved the seat": one word opening the sentence with
    // no capital inside it ("FiveThirtyEight" has one) is who or what moves it; "Election Day" is a time.
    if (v - a === 1 && ctx.s.first[ctx.s.of[a]] === a && !/\p{Lu}/u.test(ctx.forms[ctx.form[a]].slice(1))) continue;
    if (RATE_TIMES.has(ctx.forms[ctx.form[v - 1]]) || timeOrHolidayWord(ctx, v - 1)) continue;
    const within = namesWithin(out, a, v);
    // Only a name the model left unread: a body it read ("The Central Bank rates") is its own.
    if (!within || within.length) continue;
    out.put(a, v, ORG, RACE_RATER_ROW.id);
  }
}

// --- none.holiday-alone ----------------------------------------------------------------------------

/** none.holiday-alone: see the row. */
function holidays(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, HOLIDAYS));
  // A word the article has after a title or before a verb of someone acting ("Mr. Easter", "Advent
  // said") names someone wherever it stands.
  const agents = new Set<string>();
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    if (TITLES.has(lower(ctx, i - 1)) || (isLowerWord(ctx, i + 1) && AGENT_VERBS.has(lower(ctx, i + 1))))
      agents.add(ctx.forms[ctx.form[i]]);
  }
  // Surnames of the article's people ("Mike Easter"): "Easter said" is the person.
  let people: Set<string> | undefined;
  for (let k = 0; k < hits.length; k++) {
    const n = out.at(hits[k]);
    if (!n || n.a !== hits[k] || n.b !== n.a + 1 || agents.has(ctx.forms[ctx.form[n.a]])) continue;
    if (!people) {
      people = new Set();
      for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
        const p = aliveNow[ax];
        if (p.type === PERSON && p.b - p.a > 1) people.add(ctx.forms[ctx.form[p.b - 1]]);
      }
    }
    if (!people.has(ctx.forms[ctx.form[n.a]])) out.remove(n);
  }
}

// --- place.seat-apposition -------------------------------------------------------------------

/** "the seat of", "the residence of", "the official residence of" from `d`, naming who sits there. */
function seatPhrase(ctx: Ctx, d: number): boolean {
  if (!isWord(ctx, d, 'the')) return false;
  const h = isWord(ctx, d + 1, 'official') ? d + 2 : d + 1;
  if (!isLowerWord(ctx, h) || !SEAT_HEADS.has(lower(ctx, h)) || !isWord(ctx, h + 1, 'of')) return false;
  return seatHolder(ctx, h + 2);
}

/**
 * The words from `o` after "the seat of" name who sits there ("the government", "Elko County",
 * "government"), not what a body stands for ("German democracy", "EU power", "justice") nor a
 * relative ("of which").
 */
function seatHolder(ctx: Ctx, o: number): boolean {
  if (isWord(ctx, o, 'the')) return true;
  if (isLowerWord(ctx, o)) return SEAT_LITERAL.has(lower(ctx, o));
  if (!capitalisedOnLine(ctx, o) || isDemonym(ctx, ctx.forms[ctx.form[o]])) return false;
  const b = capitalisedRun(ctx, o, TOPIC_WORDS);
  return !(isLowerWord(ctx, b) && onLine(ctx, b) && !FUNCTION_WORDS.has(lower(ctx, b)));
}

/** place.seat-apposition: see the row. */
function seatAppositions(ctx: Ctx, out: Names): void {
  const found: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type === PLACE || !isPunctChar(ctx, n.b, COMMA) || !seatPhrase(ctx, n.b + 1)) continue;
    if (n.type === PERSON && n.probs[PERSON] >= SURE) continue;
    found.push(n);
  }
  for (const n of found) out.put(n.a, n.b, PLACE, SEAT_APPOSITION_ROW.id, undefined, n).local = SEAT_APPOSITION_ROW.id;
}

// --- sport.venue-after-score -----------------------------------------------------------------

/** A score ("1-1", "2–0") in the sentence of `i`, before it. */
function scoreBefore(ctx: Ctx, i: number): boolean {
  const s = ctx.s.first[ctx.s.of[i]];
  for (let j = i - 1; j >= s; j--) if (scoreAt(ctx, j)) return true;
  return false;
}

/** sport.venue-after-score: see the row. */
function venuesAfterScores(ctx: Ctx, out: Names, sports: SportsReading): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, new Set(['at'])));
  for (let k = 0; k < hits.length; k++) {
    const a = hits[k] + 1;
    if (!capitalisedOnLine(ctx, a) || out.at(a) || timeOrHolidayWord(ctx, a) || FUNCTION_WORDS.has(lower(ctx, a)))
      continue;
    const b = capitalisedRun(ctx, a, VENUE_WORDS);
    if (capitalisedOnLine(ctx, b) || out.at(b - 1) || ctx.t.kind[b] === Kind.Poss) continue;
    const end =
      b >= ctx.t.count || ctx.t.kind[b] === Kind.Punct || (isLowerWord(ctx, b) && VENUE_AFTER.has(lower(ctx, b)));
    if (!end || !scoreBefore(ctx, a) || placeLookup(ctx, spanText(ctx, a, b)) || !sports.yes) continue;
    out.put(a, b, PLACE, VENUE_AFTER_SCORE_ROW.id);
  }
}

// --- person.sri-given-name -------------------------------------------------------------------

/** person.sri-given-name: see the row. */
function sriGivenNames(ctx: Ctx, out: Names): void {
  const found: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    const s = n.a - 1;
    if (n.type !== PERSON || n.rule !== HONORIFIC_ROW || s < 0 || !SRI.has(ctx.forms[ctx.form[s]])) continue;
    if (!onLine(ctx, n.a)) continue;
    found.push(n);
  }
  if (!found.length) return;
  let country = false;
  const hits = tokensOf(ctx, exactFormMarks(ctx, SRI_COUNTRIES));
  for (let k = 0; k < hits.length && !country; k++) country = isCapWord(ctx, hits[k]);
  for (const n of found) {
    const s = n.a - 1;
    // "Sri Sri Ravi Shankar": an honorific before the honorific is no job title.
    if (HONORIFICS.has(lower(ctx, s - 1))) continue;
    if (!country && !(isCapWord(ctx, s - 1) && onLine(ctx, s))) continue;
    out.put(s, n.b, PERSON, SRI_GIVEN_NAME_ROW.id, undefined, n);
  }
}

// --- sport.lone-nickname ---------------------------------------------------------------------

/** A verb of a game after the auxiliary at `v`, "been" or "be" between allowed ("have been relegated"). */
function gameVerbAfter(ctx: Ctx, v: number): boolean {
  const g = isWord(ctx, v + 1, 'been') || isWord(ctx, v + 1, 'be') ? v + 2 : v + 1;
  return isLowerWord(ctx, g) && GAME_VERBS.has(lower(ctx, g));
}

/** sport.lone-nickname: see the row. */
function loneNicknames(ctx: Ctx, out: Names, sports: SportsReading): void {
  const hits = tokensOf(ctx, formMarks(ctx, SIDE_VERBS));
  for (let k = 0; k < hits.length; k++) {
    const v = hits[k];
    const i = v - 1;
    if (!isLowerWord(ctx, v) || !isCapWord(ctx, i) || !onLine(ctx, v) || !isWord(ctx, i - 1, 'the')) continue;
    if (out.at(i) || ctx.t.flags[i] & Flag.AllCaps) continue;
    const w = ctx.forms[ctx.form[i]];
    if (!w.endsWith('s') || w.endsWith('ss') || NOT_NICKNAMES.has(w) || isDemonym(ctx, w)) continue;
    if (SIDE_AUXILIARIES.has(lower(ctx, v)) && !gameVerbAfter(ctx, v)) continue;
    if (placeLookup(ctx, w) || !sports.yes) continue;
    out.put(i, i + 1, ORG, LONE_NICKNAME_ROW.id);
  }
}

// --- sport.weekday-club ----------------------------------------------------------------------

/** sport.weekday-club: see the row. */
function weekdayClubs(ctx: Ctx, out: Names, sports: SportsReading): void {
  const hits = tokensOf(ctx, formMarks(ctx, WEEKDAYS));
  for (let k = 0; k < hits.length; k++) {
    const w = hits[k];
    if (!capitalisedOnLine(ctx, w) || !isCapWord(ctx, w - 1)) continue;
    // The town: the name the model ended before the weekday, or the words of one it ran over it.
    const n = out.at(w - 1);
    const inName = out.at(w);
    if (!n || (inName && inName !== n) || n.b > w + 1) continue;
    if (n.type === PERSON && n.probs[PERSON] >= SURE) continue;
    if (!placeLookup(ctx, spanText(ctx, n.a, w))) continue;
    const side =
      (isLowerWord(ctx, w + 1) && onLine(ctx, w + 1) && SIDE_AFTER.has(lower(ctx, w + 1))) ||
      (isLowerWord(ctx, n.a - 1) && SIDE_BEFORE.has(lower(ctx, n.a - 1)));
    if (!side || !sports.yes) continue;
    out.put(n.a, w + 1, ORG, WEEKDAY_CLUB_ROW.id, undefined, n);
  }
}
