/**
 * Rules from the blind entity batches 95 and 96 (6 Dec 2026, helper ents43a, issue #9; rows in
 * lexicon/blind-news-32.ts). applyNameRules calls `applyBlindNewsRows32` after the rows of batches
 * 92 and 93, so these read the names every earlier rule decided. Each starts from its trigger
 * words' tokens (tokensOf), not from every token or name.
 * - sport.club-tail-unread: "[Raith Rovers]", "[Kelty Hearts]", then "[Raith]" alone.
 * - organisation.league-number: "In [League One], …".
 * - organisation.body-fields-list: "the [Senate Committee on Energy and Environment]".
 * - organisation.party-and-name: "opposition party [Law and Justice] ([PiS])".
 * - none.two-word-demonym: "former Costa Rican foreign minister" holds no name.
 * - organisation.union-local: "the [Amalgamated Transit Union Local 113]".
 * - sport.place-goes-top: "[Falkirk] went top of the table".
 */
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import {
  BODY_FIELDS_LIST_ROW,
  CLUB_TAIL_ROW,
  LEAGUE_NUMBER_ROW,
  PARTY_AND_NAME_ROW,
  PLACE_GOES_TOP_ROW,
  UNION_LOCAL_ROW,
} from '../lexicon/blind-news-32';
import { ACRONYM_BODY_ROW } from '../lexicon/blind-news-10';
import { MINISTRY_FIELDS_ROW } from '../lexicon/blind-news-31';
import { lowerSetOf } from '../lexicon/rule-row';
import { ARTICLES, COMMON_WORDS, FIRST_NAME_SET } from '../lexicon/words';
import { Flag, Kind } from '../tokenize/tokenize';
import { fieldWord } from './blind-rules-31';
import {
  CLOSE_PAREN,
  COMMA,
  EN_DASH,
  FIRST_TOKEN,
  HYPHEN,
  OPEN_PAREN,
  ORG,
  PERSON,
  PLACE,
  aliveByWord,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isPlainWord,
  isPunctChar,
  isWeekdayOrMonth,
  isWord,
  namesWithin,
  onLine,
  opensSentence,
  patternFormMarks,
  putOverWithin,
  modelReadWithin,
  type LiveSpan,
  type NamedSpan,
  type Names,
  capitalsBefore,
  capitalsFrom,
  capitalisedRunBefore,
  unnamedCapitalsBefore,
} from './named-spans';
import { SportsReading, sentenceAboutSportNamingNoElection, sentenceHasScore } from './sport-sentences';
import { SPORT_WORDS } from '../lexicon/names';

export function applyBlindNewsRows32(ctx: Ctx, out: Names): void {
  const sports = new SportsReading(ctx);
  clubTails(ctx, out, sports);
  leagueNumbers(ctx, out, sports);
  bodyFieldLists(ctx, out);
  partyAndNames(ctx, out);
  demonymPairs(ctx, out);
  unionLocals(ctx, out);
  placesGoingTop(ctx, out, sports);
}

/** The model's reading of a person or a place below which these rows may overrule it. */
const UNSURE = 0.9;

// --- sport.club-tail-unread -----------------------------------------------------------------------

const SURER_TAILS = lowerSetOf(CLUB_TAIL_ROW.value.surerTails);
const CLUB_TAILS = new Set([...lowerSetOf(CLUB_TAIL_ROW.value.tails), ...SURER_TAILS]);
/** The sport row whose lone town a surer tail may take over ("[River] Plate"). */
const PLACE_TEAM = 'sport.place-team';
const CLUB_LOCATIVES = lowerSetOf(CLUB_TAIL_ROW.value.locatives);
/** The most words of a town before its club's tail ("Inverness Caledonian Thistle"). */
const TOWN_WORDS = 2;

/**
 * The tail's own sentence is about sport by a score or a sport word other than the tail, and the
 * text names no election ("plate" is a sport word: "The River Plate estuary" is none).
 */
function sportBesidesTail(ctx: Ctx, i: number): boolean {
  const k = ctx.s.of[i];
  if (!sentenceAboutSportNamingNoElection(ctx, k)) return false;
  if (sentenceHasScore(ctx, k)) return true;
  for (let j = ctx.s.first[k]; j < ctx.s.last[k]; j++)
    if (j !== i && ctx.t.kind[j] === Kind.Word && SPORT_WORDS.has(lower(ctx, j))) return true;
  return false;
}

/** The names over [a, b) when the model alone, of any confidence, or the lone-town sport row read each. */
function surerWithin(out: Names, a: number, b: number): NamedSpan[] | undefined {
  const within = namesWithin(out, a, b);
  if (!within) return undefined;
  for (const n of within) if (n.rule && n.rule !== PLACE_TEAM) return undefined;
  return within;
}

/** sport.club-tail-unread: see the row. */
function clubTails(ctx: Ctx, out: Names, sports: SportsReading): void {
  const ruledOut = sports.ruledOut;
  const hits = tokensOf(ctx, formMarks(ctx, ruledOut ? SURER_TAILS : CLUB_TAILS));
  const towns = new Set<string>();
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!isCapWord(ctx, i) || !onLine(ctx, i) || !isCapWord(ctx, i - 1)) continue;
    let a = capitalsBefore(ctx, i, TOWN_WORDS);
    if (a < 0) continue;
    // An article is never part of the club ("The Rangers manager"), nor is a word of the language
    // opening the sentence ("Leaders Cove Rangers").
    if (ARTICLES.has(lower(ctx, a)) || (opensSentence(ctx, a) && a < i - 1 && isPlainWord(ctx, a))) a++;
    // A surer tail needs only its own sentence about sport ("Boca Juniors beat River Plate 2-1").
    const surer = SURER_TAILS.has(lower(ctx, i));
    if (!(sports.yes || (surer && sportBesidesTail(ctx, i)))) continue;
    // "Lucy Plate, 34, admitted speeding", "founded by Sarah Juniors": a given name before a surer
    // tail is a person's (stop 62's review).
    if (surer && FIRST_NAME_SET.has(lower(ctx, a))) continue;
    // Another club row may have read the pair already (sport.club-suffix-name): its town alone is
    // still the club.
    const read = out.at(a);
    if (read && read.a === a && read.b === i + 1 && read.type === ORG) {
      if (i - a === 1) towns.add(lower(ctx, a));
      continue;
    }
    const within = surer ? surerWithin(out, a, i + 1) : modelReadWithin(out, a, i + 1, UNSURE);
    if (!within) continue;
    putOverWithin(out, a, i + 1, ORG, CLUB_TAIL_ROW.id, within);
    if (i - a === 1) towns.add(lower(ctx, a));
  }
  if (!towns.size) return;
  const bare = aliveByWord(ctx, out, towns, FIRST_TOKEN);
  for (let k = 0; k < bare.length; k++) {
    const n = bare[k] as LiveSpan;
    if (n.dead || n.b - n.a !== 1 || n.type === ORG || n.rule || n.probs[n.type] >= UNSURE) continue;
    if (isLowerWord(ctx, n.a - 1) && CLUB_LOCATIVES.has(lower(ctx, n.a - 1))) continue;
    out.put(n.a, n.b, ORG, CLUB_TAIL_ROW.id, undefined, n);
  }
}

// --- organisation.league-number -------------------------------------------------------------------

const LEAGUE_NUMBERS = new Set(LEAGUE_NUMBER_ROW.value.numbers);

/** organisation.league-number: see the row. */
function leagueNumbers(ctx: Ctx, out: Names, sports: SportsReading): void {
  if (sports.ruledOut) return;
  const hits = tokensOf(ctx, exactFormMarks(ctx, new Set(['League'])));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    const num = i + 1;
    if (!onLine(ctx, num) || !LEAGUE_NUMBERS.has(spanText(ctx, num, num + 1))) continue;
    if (isCapWord(ctx, num + 1) && onLine(ctx, num + 1)) continue;
    // "their Champions League 3-0": a league named before (not a word opening the sentence, "In
    // League One"), or a score, holds no division.
    const before = i - 1;
    if (isCapWord(ctx, before) && onLine(ctx, i) && !(opensSentence(ctx, before) && isPlainWord(ctx, before))) continue;
    const dash = isPunctChar(ctx, num + 1, HYPHEN) || isPunctChar(ctx, num + 1, EN_DASH);
    if (dash && !(ctx.t.flags[num + 1] & Flag.Space)) continue;
    const within = modelReadWithin(out, i, num + 1, UNSURE);
    if (!within || !sports.yes) continue;
    putOverWithin(out, i, num + 1, ORG, LEAGUE_NUMBER_ROW.id, within);
  }
}

// --- organisation.body-fields-list ----------------------------------------------------------------

const BODY_HEADS = lowerSetOf(BODY_FIELDS_LIST_ROW.value.heads);
const BODY_PREPS = lowerSetOf(BODY_FIELDS_LIST_ROW.value.preps);
const OWN_BODIES = lowerSetOf(MINISTRY_FIELDS_ROW.value.bodies);
const OTHER_BODIES = lowerSetOf([
  ...BODY_FIELDS_LIST_ROW.value.bodies,
  ...ACRONYM_BODY_ROW.value.heads,
  ...BODY_FIELDS_LIST_ROW.value.heads,
]);
const BODY_PEOPLE = lowerSetOf(BODY_FIELDS_LIST_ROW.value.people);
/** The most words of one field in the list. */
const FIELD_WORDS = 3;

/** Token `i` is the plural of a common word ("Lakes", "Waters", "Affairs"): COMMON_WORDS holds few plurals. */
function pluralOfPlain(ctx: Ctx, i: number): boolean {
  const w = lower(ctx, i);
  return w.length > 3 && w.endsWith('s') && COMMON_WORDS.has(w.slice(0, -1));
}

const MORE_FIELDS = lowerSetOf(BODY_FIELDS_LIST_ROW.value.fields);

/**
 * Every token of [a, b) is a word of the language or a field noun (an adjective in -al may open a
 * field of two words: "Rural Affairs"), and [a, b) ends in no body of its own.
 */
export function fieldsOnly(ctx: Ctx, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    if (ctx.t.kind[i] !== Kind.Word) return false;
    const w = lower(ctx, i);
    if (!(fieldWord(ctx, i) || pluralOfPlain(ctx, i) || MORE_FIELDS.has(w) || (i < b - 1 && w.endsWith('al'))))
      return false;
  }
  return !OWN_BODIES.has(lower(ctx, b - 1));
}

/** The end of the fields after a body's name ending at `b` ("and X", ", X, and Y", ", X and Y"), or −1. */
function fieldListEnd(ctx: Ctx, b: number): number {
  let j = b;
  // Middle fields after commas: ", Great Lakes".
  while (isPunctChar(ctx, j, COMMA)) {
    const e = capitalsFrom(ctx, j + 1, FIELD_WORDS);
    if (e < 0 || !fieldsOnly(ctx, j + 1, e)) return -1;
    j = e;
    if (isWord(ctx, j, 'and')) break;
    if (isPunctChar(ctx, j, COMMA) && isWord(ctx, j + 1, 'and')) {
      j++;
      break;
    }
  }
  if (!isWord(ctx, j, 'and')) return -1;
  const e = capitalsFrom(ctx, j + 1, FIELD_WORDS);
  if (e < 0 || !fieldsOnly(ctx, j + 1, e)) return -1;
  // "… and Amnesty", "… and Senate leaders": a body of its own.
  for (let k = j + 1; k < e; k++) if (OTHER_BODIES.has(lower(ctx, k))) return -1;
  if (isLowerWord(ctx, e) && BODY_PEOPLE.has(lower(ctx, e))) return -1;
  // "… Homeland Security and Immigration and Customs Enforcement": a second "and" and a capital
  // open a body of its own (as in organisation.and-join).
  if (isWord(ctx, e, 'and') && isCapWord(ctx, e + 1)) return -1;
  return e;
}

/**
 * The names over the fields [a, b) leave them to the list: the model's unsure readings, or a body
 * any rule read ("[Rural Affairs]" by a plural-head row: ents64a).
 */
export function fieldsReadAsBody(out: Names, a: number, b: number): boolean {
  const within = namesWithin(out, a, b);
  if (!within) return false;
  for (const n of within)
    if (n.type !== ORG && (n.rule || Math.max(n.probs[PERSON], n.probs[PLACE]) >= UNSURE)) return false;
  return true;
}

/** organisation.body-fields-list: see the row. */
function bodyFieldLists(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, BODY_HEADS));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!isCapWord(ctx, i) || !isLowerWord(ctx, i + 1) || !BODY_PREPS.has(lower(ctx, i + 1))) continue;
    const n = out.at(i) as LiveSpan | undefined;
    if (!n || n.dead || n.type !== ORG || n.b <= i + 2) continue;
    let caps = true;
    for (let k = i + 2; k < n.b && caps; k++) caps = isCapWord(ctx, k);
    if (!caps) continue;
    const e = fieldListEnd(ctx, n.b);
    if (e < 0) continue;
    if (!fieldsReadAsBody(out, n.b, e)) continue;
    out.put(n.a, e, ORG, BODY_FIELDS_LIST_ROW.id, undefined, n);
  }
}

// --- organisation.party-and-name ------------------------------------------------------------------

/** The most words on each side of "and" in a party's name. */
const PARTY_SIDE_WORDS = 2;

const PARTY_NOUNS = lowerSetOf(PARTY_AND_NAME_ROW.value.nouns);

/** Every token of [a, b) is a capitalised word of the language or a party noun ("Law"), no weekday or month. */
function plainCapitals(ctx: Ctx, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    if (!isCapWord(ctx, i) || isWeekdayOrMonth(ctx, i)) return false;
    if (!isPlainWord(ctx, i) && !PARTY_NOUNS.has(lower(ctx, i))) return false;
  }
  return true;
}

/** Every token of [a, b) is one of the row's party nouns. */
function partyNouns(ctx: Ctx, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!PARTY_NOUNS.has(lower(ctx, i))) return false;
  return true;
}

/** organisation.party-and-name: see the row. */
function partyAndNames(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, new Set(['party'])));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!isLowerWord(ctx, i)) continue;
    // After the noun: "party Law and Justice".
    let a = i + 1;
    let and = capitalsFromAnd(ctx, a);
    let e = and < 0 ? -1 : capitalsFrom(ctx, and + 1, PARTY_SIDE_WORDS);
    if (e < 0) {
      // Before it: "the Law and Justice party".
      e = i;
      a = -1;
      const s = capitalsBefore(ctx, i, PARTY_SIDE_WORDS);
      if (s > 1 && isWord(ctx, s - 1, 'and')) a = capitalsBefore(ctx, s - 1, PARTY_SIDE_WORDS);
      if (a < 0) continue;
      // "The Peace and Development party": the article opening the sentence is no part of it.
      if (a < s - 2 && opensSentence(ctx, a) && ARTICLES.has(lower(ctx, a))) a++;
      and = s - 1;
      // "a Wine and Cheese party", "the Labour and Green party branches": before the noun, only
      // the row's own nouns make a name.
      if (!partyNouns(ctx, a, and) || !partyNouns(ctx, and + 1, e)) continue;
    }
    if (!plainCapitals(ctx, a, and) || !plainCapitals(ctx, and + 1, e)) continue;
    const within = modelReadWithin(out, a, e, UNSURE);
    if (!within) continue;
    putOverWithin(out, a, e, ORG, PARTY_AND_NAME_ROW.id, within);
    shortNameInBrackets(ctx, out, e);
  }
}

/** The "and" after one or two capitalised words from `a` ("Law and"), or −1. */
function capitalsFromAnd(ctx: Ctx, a: number): number {
  let b = a;
  while (b - a < PARTY_SIDE_WORDS && isCapWord(ctx, b) && onLine(ctx, b)) b++;
  return b > a && isWord(ctx, b, 'and') ? b : -1;
}

/** "(PiS)" right after a party's name at `e`: one word opening with a capital and holding another. */
function shortNameInBrackets(ctx: Ctx, out: Names, e: number): void {
  if (!isPunctChar(ctx, e, OPEN_PAREN) || !isPunctChar(ctx, e + 2, CLOSE_PAREN)) return;
  const w = spanText(ctx, e + 1, e + 2);
  if (ctx.t.kind[e + 1] !== Kind.Word || !/^[A-Z]\w*[A-Z]\w*$/.test(w)) return;
  const within = modelReadWithin(out, e + 1, e + 2, UNSURE);
  if (within) putOverWithin(out, e + 1, e + 2, ORG, PARTY_AND_NAME_ROW.id, within);
}

// --- none.two-word-demonym ------------------------------------------------------------------------

/** A capitalised word ending as a people's name does ("Rican", "Leonean", "Salvadoran"). */
const PEOPLE_ENDING = /^[A-Z][a-z]+an$/;

/** The place names a people's word may come from: "Rican" → "Rica", "Rico"; "Leonean" → "Leone". */
function placeStems(w: string): string[] {
  return [w.slice(0, -1), w.slice(0, -2), w.slice(0, -2) + 'o'];
}

/** none.two-word-demonym: see the row. */
function demonymPairs(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, patternFormMarks(ctx, PEOPLE_ENDING));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    const n = out.at(i) as LiveSpan | undefined;
    if (!n || n.dead || n.rule || n.a !== i - 1 || n.b !== i + 1 || !isCapWord(ctx, i - 1)) continue;
    const first = spanText(ctx, i - 1, i);
    const w = spanText(ctx, i, i + 1);
    if (!placeStems(w).some((s) => placeLookup(ctx, `${first} ${s}`))) continue;
    // DEMONYM_PAIR_ROW: a people, no name.
    out.remove(n);
  }
}

// --- organisation.union-local ---------------------------------------------------------------------

/** organisation.union-local: see the row. */
function unionLocals(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, new Set(UNION_LOCAL_ROW.value.words)));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!onLine(ctx, i) || !onLine(ctx, i + 1) || ctx.t.kind[i + 1] !== Kind.Num) continue;
    // The union ends before "Local" or, read with it, at "Local" ("… Transit Union Local" 1181).
    const n = (out.at(i) ?? out.at(i - 1)) as LiveSpan | undefined;
    if (!n || (n.type !== ORG && !n.rule && n.probs[n.type] < UNSURE)) {
      unreadUnionLocal(ctx, out, i);
      continue;
    }
    if (n.dead || n.type !== ORG || n.a >= i || (n.b !== i && n.b !== i + 1)) continue;
    const within = namesWithin(out, n.b, i + 2);
    if (!within || within.some((m) => m.rule)) continue;
    // "Fraternal Order of Police Lodge 5" opening a sentence: its first word, which nothing read.
    const a = n.rule ? n.a : unnamedCapitalsBefore(ctx, out, n.a, UNION_LEAD_WORDS);
    out.put(a, i + 2, ORG, UNION_LOCAL_ROW.id, undefined, n);
  }
}

const UNION_HEADS = lowerSetOf(UNION_LOCAL_ROW.value.heads);
/** The most words of a union that nothing read before its "Local" ("International Brotherhood of …" is read). */
const UNION_WORDS = 5;
/** A union's short form before "Local": two to six capitals. */
const UNION_SHORT_FORM = /^[A-Z]{2,6}$/;
/** The most unread capitalised words a read union may take before it. */
const UNION_LEAD_WORDS = 1;

/**
 * "Transport Workers Union Local 234," that nothing read, or only the model as a person or place
 * below UNSURE ("Teamsters Local" a person 0.49): capitals ending in a union's head word.
 */
function unreadUnionLocal(ctx: Ctx, out: Names, i: number): void {
  if (!onLine(ctx, i)) return;
  // "ATU Local 113", "UAW Local 600": the union's short form alone (lead, stop 60).
  const short = UNION_SHORT_FORM.test(spanText(ctx, i - 1, i)) && ctx.t.kind[i - 1] === Kind.Word;
  if (!short && (!UNION_HEADS.has(lower(ctx, i - 1)) || !isCapWord(ctx, i - 1))) return;
  let a = short ? i - 1 : capitalisedRunBefore(ctx, i, UNION_WORDS);
  if (ARTICLES.has(lower(ctx, a))) a++;
  if (a >= i) return;
  const within = namesWithin(out, a, i + 2);
  if (!within || within.some((m) => m.rule || m.type === ORG || m.probs[m.type] >= UNSURE)) return;
  out.put(a, i + 2, ORG, UNION_LOCAL_ROW.id, undefined, within[0]);
}

// --- sport.place-goes-top -------------------------------------------------------------------------

const TABLE_VERBS = lowerSetOf(PLACE_GOES_TOP_ROW.value.verbs);
const TABLE_PLACES = lowerSetOf(PLACE_GOES_TOP_ROW.value.places);
/** The most words of a town before its verb. */
const GOING_TOWN_WORDS = 2;

/** sport.place-goes-top: see the row. */
function placesGoingTop(ctx: Ctx, out: Names, sports: SportsReading): void {
  if (sports.ruledOut) return;
  const hits = tokensOf(ctx, formMarks(ctx, TABLE_VERBS));
  for (let x = 0; x < hits.length; x++) {
    const v = hits[x];
    if (!isLowerWord(ctx, v) || !isLowerWord(ctx, v + 1) || !TABLE_PLACES.has(lower(ctx, v + 1))) continue;
    const a = capitalsBefore(ctx, v, GOING_TOWN_WORDS);
    if (a < 0 || FIRST_NAME_SET.has(lower(ctx, a))) continue;
    const within = namesWithin(out, a, v);
    if (!within || within.some((n) => n.rule || n.type !== PLACE || n.probs[PLACE] >= UNSURE)) continue;
    // "Verstappen went top": an unread name is a club only where the map knows it as a place or the
    // text reads it as a club elsewhere.
    if (!within.length && !placeLookup(ctx, spanText(ctx, a, v)) && !readAsClub(ctx, out, a, v)) continue;
    if (!sports.yes) continue;
    putOverWithin(out, a, v, ORG, PLACE_GOES_TOP_ROW.id, within);
  }
}

/** The text elsewhere reads the words of [a, b) as an organisation. */
function readAsClub(ctx: Ctx, out: Names, a: number, b: number): boolean {
  const name = spanText(ctx, a, b);
  for (const n of aliveByWord(ctx, out, new Set([lower(ctx, a)]), FIRST_TOKEN))
    if (n.type === ORG && n.a !== a && spanText(ctx, n.a, n.b) === name) return true;
  return false;
}
