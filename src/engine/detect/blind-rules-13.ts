/**
 * Rules from the blind entity batches 38 and 39 (3 Dec 2026, helper ents22a, issue #9; rows in
 * lexicon/blind-news-13.ts). applyNameRules calls `applyBlindNewsRows13` right after the blind-12
 * rows, so these read the names every earlier rule decided. Each rule starts from the tokens of
 * its own words or from the names, and the sports-report reading is made at most once, only when
 * a rule has a candidate.
 * - sport.nickname-team: "the [Winnipeg Blue Bombers]", "the [Blue Bombers]".
 * - place.kind-of-town: "the neighboring town of [Berlin]".
 * - person.age-apposition: "[Takahata], 24, was named".
 * - organisation.trade-apposition: "[Yakult Honsha], the maker of".
 * - place.venue-tail: "at [Mizuho PayPay Dome Fukuoka]".
 * - place.off-coast: "22 kilometres off [Pātea]".
 * - organisation.maori-o-name: "[Te Rūnanga o Ngāti Ruanui]".
 * - organisation.hyphen-compound-lead: "the Sydney-listed [Manuka Resources]".
 * - organisation.dateline-agency: "HAMILTON, Ontario ([CP]) —".
 * - place.before-civic-title: "[Saskatchewan] Premier Scott Moe".
 * - place.in-opening-and-streets: "In [Regina], fans poured onto [Albert Street]".
 * - none.conference-round: "the West final".
 * - organisation.ampersand-initials: "Bang & Olufsen … [B&O]".
 * - organisation.possessive-firm: "[Ben & Jerry's] makes".
 * - place.fjord-word: "on the [Limfjord]".
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { isDemonym, lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import {
  AGE_APPOSITION_ROW,
  AMPERSAND_INITIALS_ROW,
  CIVIC_TITLE_PLACE_ROW,
  CONFERENCE_ROUND_ROW,
  DATELINE_AGENCY_ROW,
  FJORD_WORD_ROW,
  HYPHEN_LEAD_ROW,
  KIND_OF_TOWN_ROW,
  MAORI_O_NAME_ROW,
  NICKNAME_TEAM_ROW,
  OFF_COAST_ROW,
  PLACE_BY_PREPOSITION_ROW,
  POSSESSIVE_FIRM_ROW,
  TRADE_APPOSITION_ROW,
  VENUE_TAIL_ROW,
} from '../lexicon/blind-news-13';
import { BLIND_NEWS_ROWS_3 } from '../lexicon/blind-news-3';
import { COMMON_WORDS, FIRST_NAME_SET, FUNCTION_WORDS } from '../lexicon/words';
import {
  ORG,
  PERSON,
  PLACE,
  exactFormMarks,
  formMarks,
  initials,
  isCapWord,
  isPlainWord,
  isLowerWord,
  isPunctChar,
  isWord,
  namesWithin,
  putOverWithin,
  type LiveSpan,
  type NamedSpan,
  type Names,
  onLine,
  capitalisedOnLine,
  personWordsOf,
  capitalisedRun as capRun,
  COMMA,
  AMPERSAND,
  OPEN_PAREN,
  CLOSE_PAREN,
} from './named-spans';
import { HONORIFIC_WORDS } from '../lexicon/names';
import { SportsReading } from './sport-sentences';
import { setOf } from '../lexicon/rule-row';

const NOT_NICKNAMES = setOf(NICKNAME_TEAM_ROW.value.notNicknames);
const COMPASS_LEADS = setOf(NICKNAME_TEAM_ROW.value.compassLeads);
const TOWN_KINDS = setOf(KIND_OF_TOWN_ROW.value.kinds);
const TRADE_HEADS = setOf(TRADE_APPOSITION_ROW.value.heads);
const TRADE_AFTER = setOf(TRADE_APPOSITION_ROW.value.after);
const TRADE_ALSO_PEOPLE = setOf(TRADE_APPOSITION_ROW.value.alsoPeople);
const TRADE_RELATIVE = setOf(TRADE_APPOSITION_ROW.value.relative);
const VENUE_TAILS = setOf(VENUE_TAIL_ROW.value.tails);
const VENUE_NOT_FIRST = setOf(VENUE_TAIL_ROW.value.notFirst);
const OFF_BEFORE = setOf(OFF_COAST_ROW.value.before);
const CIVIC_TITLES = setOf(CIVIC_TITLE_PLACE_ROW.value.titles);
const CIVIC_PAIRS = CIVIC_TITLE_PLACE_ROW.value.pairs.map((p) => p.split(' '));
const STREETS = setOf(PLACE_BY_PREPOSITION_ROW.value.streets);
const STREET_PREPOSITIONS = setOf(PLACE_BY_PREPOSITION_ROW.value.prepositions);
const COMPASS = setOf(CONFERENCE_ROUND_ROW.value.compass);
const ROUNDS = setOf(CONFERENCE_ROUND_ROW.value.rounds);
const FIRM_VERBS = setOf(POSSESSIVE_FIRM_ROW.value.verbs);
const FJORD_ENDINGS = FJORD_WORD_ROW.value;
const AMPERSANDS = setOf(AMPERSAND_INITIALS_ROW.value.marks);
const AMPERSAND_TERMS = setOf(AMPERSAND_INITIALS_ROW.value.terms);
/** The participles of none.hyphen-compound ("Sydney-listed"), the first row of BLIND_NEWS_ROWS_3. */
const HYPHEN_PARTICIPLES = setOf([
  ...((BLIND_NEWS_ROWS_3.find((r) => r.id === 'none.hyphen-compound')?.value ?? []) as string[]),
  ...HYPHEN_LEAD_ROW.value,
]);

/** Most capitalised words of a club's name, its nickname included. */
const CLUB_WORDS = 4;
/** Most capitalised words of a town, a firm, a venue's sponsor or a land off which a place lies. */
const NAME_WORDS = 3;
/** Most modifiers between the article and the trade noun of an apposition. */
const MODIFIERS_MAX = 3;
/** A person or an organisation the model is this sure of is left alone by place.off-coast. */
const SURE = 0.8;
/** A person the model is this sure of is left alone by organisation.trade-apposition. */
const PERSON_SURE = 0.9;
/** A person reading below this is a scene's place after a sentence's opening "In". */
const WEAK_PERSON = 0.6;
/** Oldest age read in an apposition. */
const AGE_MAX = 119;
/** Tokens between a dateline's first word and its agency's bracket. */
const DATELINE_WINDOW = 8;

const isDash = (ctx: Ctx, i: number) =>
  i < ctx.t.count && ctx.t.kind[i] === Kind.Punct && /^[-–—]+$/.test(spanText(ctx, i, i + 1));

export function applyBlindNewsRows13(ctx: Ctx, out: Names): void {
  const sports = new SportsReading(ctx);
  nicknameTeams(ctx, out, sports);
  kindOfTowns(ctx, out);
  ageAppositions(ctx, out);
  tradeAppositions(ctx, out);
  venueTails(ctx, out, sports);
  offCoasts(ctx, out);
  maoriONames(ctx, out);
  hyphenLeads(ctx, out);
  datelineAgencies(ctx, out);
  civicTitlePlaces(ctx, out);
  placesByPreposition(ctx, out);
  conferenceRounds(ctx, out, sports);
  ampersandInitials(ctx, out);
  possessiveFirms(ctx, out);
  fjordWords(ctx, out);
}

// --- sport.nickname-team ---------------------------------------------------------------------

/** A capitalised plural word that may end a club's name ("Tigers", "Tiger-Cats", "Alouettes"). */
function nicknameWord(ctx: Ctx, i: number): boolean {
  const w = ctx.forms[ctx.form[i]];
  if (w.length < 4 || !w.endsWith('s') || /(?:ss|us|is)$/.test(w) || ctx.t.flags[i] & Flag.AllCaps) return false;
  return !NOT_NICKNAMES.has(w);
}

/** The club whose name runs from `a`: its end, or -1 when the words there are no club. */
function clubAt(ctx: Ctx, a: number): number {
  const b = capRun(ctx, a, CLUB_WORDS);
  if (b - a < 2 || capitalisedOnLine(ctx, b) || !nicknameWord(ctx, b - 1)) return -1;
  if (FUNCTION_WORDS.has(lower(ctx, a)) || placeLookup(ctx, spanText(ctx, a, b))) return -1;
  // A people ("the South Koreans") or a land led by a nationality ("the Canadian Rockies") is no
  // club; a compass demonym may lead one ("the Western Bulldogs").
  const first = ctx.forms[ctx.form[a]];
  if (isDemonym(ctx, spanText(ctx, a, b)) || (isDemonym(ctx, first) && !COMPASS_LEADS.has(first))) return -1;
  return b;
}

/** sport.nickname-team: see the row. */
function nicknameTeams(ctx: Ctx, out: Names, sports: SportsReading): void {
  if (sports.ruledOut) return;
  const hits = tokensOf(ctx, formMarks(ctx, new Set(['the'])));
  const clubs: [number, number][] = [];
  for (let k = 0; k < hits.length; k++) {
    let a = hits[k] + 1;
    let b = clubAt(ctx, a);
    while (b > 0) {
      clubs.push([a, b]);
      // "The Toronto Argonauts and Montreal Alouettes": a second club joined by "and".
      if (!isWord(ctx, b, 'and') || !isLowerWord(ctx, b)) break;
      a = b + 1;
      b = clubAt(ctx, a);
    }
  }
  if (!clubs.length || !sports.yes) return;
  const nicknames = new Set<string>();
  for (const [a, b] of clubs) {
    const within = namesWithin(out, a, b);
    if (within && !within.some((n) => n.type === PERSON && n.b - n.a >= 2 && n.probs[PERSON] >= PERSON_SURE && !n.rule))
      putOverWithin(out, a, b, ORG, NICKNAME_TEAM_ROW.id, within);
    nicknames.add(ctx.forms[ctx.form[b - 1]]);
    if (b - a >= 3) nicknames.add(spanText(ctx, b - 2, b));
  }
  // The nickname alone: a run of capitalised words that is exactly a nickname.
  const lasts = tokensOf(ctx, exactFormMarks(ctx, new Set([...nicknames].map((s) => s.split(' ').pop() ?? s))));
  for (let k = 0; k < lasts.length; k++) {
    const e = lasts[k] + 1;
    if (capitalisedOnLine(ctx, e)) continue;
    for (const a of [e - 2, e - 1]) {
      if (a < 0 || !nicknames.has(spanText(ctx, a, e))) continue;
      if (a > 0 && capitalisedOnLine(ctx, a) && isCapWord(ctx, a - 1) && !isWord(ctx, a - 1, 'the')) continue;
      if (
        a > 0 &&
        capitalisedOnLine(ctx, a) &&
        isCapWord(ctx, a - 1) &&
        isWord(ctx, a - 1, 'the') &&
        ctx.s.first[ctx.s.of[a - 1]] !== a - 1
      )
        continue;
      const within = namesWithin(out, a, e);
      if (!within || within.some((n) => n.type === ORG && n.a === a && n.b === e)) break;
      if (within.some((n) => n.type === PERSON && n.probs[PERSON] >= PERSON_SURE)) break;
      putOverWithin(out, a, e, ORG, NICKNAME_TEAM_ROW.id, within);
      break;
    }
  }
}

// --- place.kind-of-town ----------------------------------------------------------------------

/** place.kind-of-town: see the row. */
function kindOfTowns(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const hits = tokensOf(ctx, formMarks(ctx, TOWN_KINDS));
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (!isLowerWord(ctx, h) || !isWord(ctx, h + 1, 'of') || !isLowerWord(ctx, h + 1)) continue;
    const a = h + 2;
    if (!capitalisedOnLine(ctx, a) || t.flags[a] & Flag.AllCaps || FUNCTION_WORDS.has(lower(ctx, a))) continue;
    const b = capRun(ctx, a, NAME_WORDS);
    if (capitalisedOnLine(ctx, b) || (b < t.count && t.kind[b] === Kind.Poss)) continue;
    const within = namesWithin(out, a, b);
    // An unread name is left to apposition.place-of: GUM, which the folds score, leaves many a
    // town after its kind noun unnamed ("the modern town of Esna"); the row undoes a misreading.
    if (!within || !within.length) continue;
    // A person of two words or an organisation the model is sure of stays ("the port of Acme Shipping Lines").
    if (
      within.some((n) => n.type !== PLACE && (n.type === ORG || n.b - n.a >= 2) && n.probs[n.type] >= SURE && !n.rule)
    )
      continue;
    const n = within.length === 1 ? within[0] : undefined;
    // A place already read keeps its vote in the document's reading of the town (a kept type
    // leaves the vote: "the town of Nokia" helps "In Nokia itself" stay the town).
    if (n && n.a === a && n.b === b && n.type === PLACE) continue;
    out.put(a, b, PLACE, KIND_OF_TOWN_ROW.id, undefined, n).local = KIND_OF_TOWN_ROW.id;
  }
}

// --- person.age-apposition -------------------------------------------------------------------

/** person.age-apposition: see the row. */
function ageAppositions(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  let surnames: Set<string> | undefined;
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    const i = n.a;
    if (n.b !== i + 1 || n.type === PERSON) continue;
    if (!isPunctChar(ctx, i + 1, COMMA) || t.kind[i + 2] !== Kind.Num || !isPunctChar(ctx, i + 3, COMMA)) continue;
    const age = Number(spanText(ctx, i + 2, i + 3));
    if (!(age >= 1 && age <= AGE_MAX)) continue;
    if (!surnames) {
      surnames = new Set();
      for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
        const p = aliveNow[ax];
        if (p.type === PERSON && p.b - p.a >= 2) surnames.add(ctx.forms[ctx.form[p.b - 1]]);
      }
    }
    if (!surnames.has(ctx.forms[ctx.form[i]])) continue;
    out.put(i, i + 1, PERSON, AGE_APPOSITION_ROW.id, undefined, n);
  }
}

// --- organisation.trade-apposition -----------------------------------------------------------

/** organisation.trade-apposition: see the row. */
function tradeAppositions(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const hits = tokensOf(ctx, formMarks(ctx, TRADE_HEADS));
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (!isLowerWord(ctx, h) || !onLine(ctx, h + 1)) continue;
    const next = h + 1;
    if (!(isLowerWord(ctx, next) && TRADE_AFTER.has(lower(ctx, next)))) continue;
    // Back over the modifiers to the article, then the comma after the name.
    let d = h - 1;
    while (d > 0 && h - d <= MODIFIERS_MAX && !(isWord(ctx, d, 'the') || isWord(ctx, d, 'a') || isWord(ctx, d, 'an'))) {
      if (t.kind[d] !== Kind.Word) break;
      d--;
    }
    if (!(isWord(ctx, d, 'the') || isWord(ctx, d, 'a') || isWord(ctx, d, 'an')) || !isLowerWord(ctx, d)) continue;
    if (!isPunctChar(ctx, d - 1, COMMA)) continue;
    const b = d - 1;
    let a = b;
    // The name may open a line ("Orix, the Osaka club …" opens its paragraph).
    while (a > 0 && b - a < NAME_WORDS && isCapWord(ctx, a - 1) && (a === b || onLine(ctx, a))) a--;
    if (a === b || (isCapWord(ctx, a - 1) && onLine(ctx, a))) continue;
    if (FUNCTION_WORDS.has(lower(ctx, a)) || t.flags[a] & Flag.AllCaps) continue;
    if (placeLookup(ctx, spanText(ctx, a, b))) continue;
    const within = namesWithin(out, a, b);
    if (!within) continue;
    if (!within.length) {
      // An unread word opening a sentence may be a word of the language ("Still, the club that …").
      if (b - a === 1 && (COMMON_WORDS.has(lower(ctx, a)) || ctx.lowerSeen.has(lower(ctx, a)))) continue;
    }
    if (
      within.some(
        (n) =>
          n.type === PERSON &&
          (n.probs[PERSON] >= PERSON_SURE || FIRST_NAME_SET.has(lower(ctx, n.a)) || n.rule !== undefined),
      )
    )
      continue;
    if (within.some((n) => n.rule && n.type !== ORG)) continue;
    // A person after a title ("Mr. Lee, the operator of …"). (A surname of a person the text
    // names is no sign here: firms are named after their founders.)
    if (hasHonorific(ctx, a - 1, b)) continue;
    // A trade people work in as often as firms: no person reading, and an unread name only before
    // a word only a firm takes ("Carlsberg, the brewer that owns …", not "Kowalski, a miner from …").
    if (TRADE_ALSO_PEOPLE.has(lower(ctx, h))) {
      if (within.some((n) => n.type === PERSON)) continue;
      if (!within.length && !TRADE_RELATIVE.has(lower(ctx, next))) continue;
    }
    putOverWithin(out, a, b, ORG, TRADE_APPOSITION_ROW.id, within);
    // "the Osaka club": the club's city among the modifiers is the place.
    for (let m = d + 1; m < h; m++) {
      const c = out.at(m);
      if (!c || c.a !== m || c.b !== m + 1 || c.type === PLACE) continue;
      if (placeLookup(ctx, ctx.forms[ctx.form[m]])?.kind !== 'city') continue;
      out.put(m, m + 1, PLACE, TRADE_APPOSITION_ROW.id, undefined, c);
    }
  }
}

/** A title (Mr., Dr., Sir …) among tokens [a, b). */
function hasHonorific(ctx: Ctx, a: number, b: number): boolean {
  for (let i = Math.max(a, 0); i < b; i++)
    if (ctx.t.kind[i] === Kind.Word && HONORIFIC_WORDS.has(lower(ctx, i))) return true;
  return false;
}

// --- place.venue-tail ------------------------------------------------------------------------

/** place.venue-tail: see the row. */
function venueTails(ctx: Ctx, out: Names, sports: SportsReading): void {
  const tails = tokensOf(ctx, exactFormMarks(ctx, VENUE_TAILS));
  for (let k = 0; k < tails.length; k++) {
    const e = tails[k];
    if (!onLine(ctx, e)) continue;
    let a = e;
    while (a > 0 && e - a < NAME_WORDS && capitalisedOnLine(ctx, a - 1) && onLine(ctx, a)) a--;
    while (a < e && FUNCTION_WORDS.has(lower(ctx, a))) a++;
    if (a === e || VENUE_NOT_FIRST.has(ctx.forms[ctx.form[a]])) continue;
    if (!(isWord(ctx, a - 1, 'the') || isWord(ctx, a - 1, 'at')) || !isLowerWord(ctx, a - 1)) continue;
    let b = e + 1;
    // "Mizuho PayPay Dome Fukuoka": the city written after the venue word.
    if (capitalisedOnLine(ctx, b)) {
      if (capitalisedOnLine(ctx, b + 1) || placeLookup(ctx, ctx.forms[ctx.form[b]])?.kind !== 'city') continue;
      b++;
    }
    const within = namesWithin(out, a, b);
    if (!within || !sports.yes) continue;
    if (within.some((n) => n.type === PLACE && n.a === a && n.b === b)) continue;
    // "the Sally Field tribute", "the Bruce Arena era": a person whose surname is the venue
    // word, read so by the model; "at" still says a place ("at Rogers Arena").
    if (!isWord(ctx, a - 1, 'at') && within.some((n) => n.type === PERSON && n.a <= e && e < n.b)) continue;
    putOverWithin(out, a, b, PLACE, VENUE_TAIL_ROW.id, within);
  }
}

// --- place.off-coast -------------------------------------------------------------------------

/** place.off-coast: see the row. */
function offCoasts(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const hits = tokensOf(ctx, formMarks(ctx, new Set(['off'])));
  for (let k = 0; k < hits.length; k++) {
    const o = hits[k];
    if (!isLowerWord(ctx, o) || !isLowerWord(ctx, o - 1) || !OFF_BEFORE.has(lower(ctx, o - 1))) continue;
    let a = o + 1;
    if (isWord(ctx, a, 'the') && isWord(ctx, a + 1, 'coast') && isWord(ctx, a + 2, 'of')) a += 3;
    if (!capitalisedOnLine(ctx, a) || t.flags[a] & Flag.AllCaps || FUNCTION_WORDS.has(lower(ctx, a))) continue;
    const b = capRun(ctx, a, NAME_WORDS);
    if (capitalisedOnLine(ctx, b)) continue;
    // "off Shell's platform", "off Ana's island": the owner of the thing off which something lies,
    // unless the map knows the land ("off Alaska's coast").
    if (b < t.count && t.kind[b] === Kind.Poss && !placeLookup(ctx, spanText(ctx, a, b))) continue;
    const within = namesWithin(out, a, b);
    if (!within) continue;
    if (within.some((n) => n.type !== PLACE && (n.rule || n.probs[n.type] >= SURE))) continue;
    if (within.some((n) => n.type === PLACE && n.a === a && n.b === b)) continue;
    putOverWithin(out, a, b, PLACE, OFF_COAST_ROW.id, within);
  }
}

// --- organisation.maori-o-name ---------------------------------------------------------------

/** organisation.maori-o-name: see the row. */
function maoriONames(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, new Set(['Te'])));
  for (let k = 0; k < hits.length; k++) {
    const a = hits[k];
    const o = capRun(ctx, a + 1, 2);
    if (o === a + 1 || !isWord(ctx, o, 'o') || !isLowerWord(ctx, o) || !onLine(ctx, o)) continue;
    const b = capRun(ctx, o + 1, NAME_WORDS);
    if (b === o + 1 || capitalisedOnLine(ctx, b)) continue;
    const within = namesWithin(out, a, b);
    if (!within) continue;
    putOverWithin(out, a, b, ORG, MAORI_O_NAME_ROW.id, within);
  }
}

// --- organisation.hyphen-compound-lead -------------------------------------------------------

/** organisation.hyphen-compound-lead: see the row. */
function hyphenLeads(ctx: Ctx, out: Names): void {
  const found: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.b - n.a < 2) continue;
    const w = lower(ctx, n.a);
    const dash = w.lastIndexOf('-');
    if (dash <= 0 || !HYPHEN_PARTICIPLES.has(w.slice(dash + 1))) continue;
    if (!isCapWord(ctx, n.a + 1)) continue;
    found.push(n);
  }
  for (const n of found) out.put(n.a + 1, n.b, n.type, HYPHEN_LEAD_ROW.id, undefined, n);
}

// --- organisation.dateline-agency ------------------------------------------------------------

/** organisation.dateline-agency: see the row. */
function datelineAgencies(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const hits = tokensOf(ctx, exactFormMarks(ctx, new Set(['('])));
  for (let k = 0; k < hits.length; k++) {
    const p = hits[k];
    const i = p + 1;
    if (!isPunctChar(ctx, p, OPEN_PAREN) || !isPunctChar(ctx, i + 1, CLOSE_PAREN) || !isDash(ctx, i + 2)) continue;
    const w = ctx.forms[ctx.form[i]];
    if (t.kind[i] !== Kind.Word || !/^[A-Z]{2,5}$/.test(w) || out.at(i)) continue;
    // The line opens with a dateline place in capitals.
    let s = p;
    while (s > 0 && p - s < DATELINE_WINDOW && onLine(ctx, s)) s--;
    if (onLine(ctx, s) && s > 0) continue;
    const first = out.at(s);
    if (!first || first.type !== PLACE || first.a !== s || !(t.flags[s] & Flag.AllCaps)) continue;
    out.put(i, i + 1, ORG, DATELINE_AGENCY_ROW.id);
  }
}

// --- place.before-civic-title ----------------------------------------------------------------

/** The title at `i` (one word, or one of the pairs): the token after it, or -1. */
function civicTitleEnd(ctx: Ctx, i: number): number {
  if (!capitalisedOnLine(ctx, i)) return -1;
  // "Gov." is one token with its full stop.
  const w = ctx.forms[ctx.form[i]].replace(/\.$/, '');
  if (CIVIC_TITLES.has(w)) return i + 1 < ctx.t.count && spanText(ctx, i + 1, i + 2) === '.' ? i + 2 : i + 1;
  for (const pair of CIVIC_PAIRS) if (wordsAt(ctx, i, pair)) return i + pair.length;
  return -1;
}

/** Whether the tokens from `i` are `words`; a plain loop, as this runs for many mentions (no closure per call). */
function wordsAt(ctx: Ctx, i: number, words: readonly string[]): boolean {
  for (let j = 0; j < words.length; j++)
    if (i + j >= ctx.t.count || ctx.forms[ctx.form[i + j]] !== words[j]) return false;
  return true;
}

/** place.before-civic-title: see the row. */
function civicTitlePlaces(ctx: Ctx, out: Names): void {
  const changes: LiveSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type === PERSON || n.b - n.a !== 1) continue;
    const e = civicTitleEnd(ctx, n.b);
    if (e < 0) continue;
    const p = out.at(e);
    if (!p || p.type !== PERSON || p.a !== e) continue;
    if (!placeLookup(ctx, spanText(ctx, n.a, n.b))) continue;
    changes.push(n);
  }
  for (const n of changes) {
    if (n.dead) continue;
    const m = n.type === PLACE ? n : out.put(n.a, n.b, PLACE, CIVIC_TITLE_PLACE_ROW.id, undefined, n);
    m.local = CIVIC_TITLE_PLACE_ROW.id;
  }
}

// --- place.in-opening-and-streets ------------------------------------------------------------

/** place.in-opening-and-streets: see the row. */
function placesByPreposition(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  // "In Regina, …": a sentence's opening scene.
  const ins = tokensOf(ctx, exactFormMarks(ctx, new Set(['In'])));
  let given: Set<string> | undefined;
  for (let k = 0; k < ins.length; k++) {
    const p = ins[k];
    const i = p + 1;
    if (ctx.s.first[ctx.s.of[p]] !== p || !capitalisedOnLine(ctx, i) || !isPunctChar(ctx, i + 1, COMMA)) continue;
    if (t.flags[i] & Flag.AllCaps || FUNCTION_WORDS.has(lower(ctx, i))) continue;
    // Only a misread person: an unread name there is as often a case or a program ("In Lavan, the
    // Court stated", "In FrameNet, words are described").
    const n = out.at(i);
    if (!n || n.a !== i || n.b !== i + 1 || n.type !== PERSON || n.rule || n.probs[PERSON] >= WEAK_PERSON) continue;
    if (!given) {
      given = new Set();
      for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
        const m = aliveNow[ax];
        if (m.type === PERSON && m.b - m.a >= 2) given.add(ctx.forms[ctx.form[m.a]]);
      }
    }
    if (given.has(ctx.forms[ctx.form[i]])) continue;
    out.put(i, i + 1, PLACE, PLACE_BY_PREPOSITION_ROW.id, undefined, n);
  }
  // "poured onto Albert Street": a street after a preposition of where.
  const streets = tokensOf(ctx, exactFormMarks(ctx, STREETS));
  for (let k = 0; k < streets.length; k++) {
    const e = streets[k];
    if (!onLine(ctx, e) || capitalisedOnLine(ctx, e + 1)) continue;
    let a = e;
    while (a > 0 && e - a < 2 && capitalisedOnLine(ctx, a - 1) && onLine(ctx, a)) a--;
    if (a === e || !isLowerWord(ctx, a - 1) || !STREET_PREPOSITIONS.has(lower(ctx, a - 1))) continue;
    if (e + 1 < t.count && t.kind[e + 1] === Kind.Poss) continue;
    const within = namesWithin(out, a, e + 1);
    if (!within || within.some((n) => n.type === PLACE && n.a === a && n.b === e + 1)) continue;
    putOverWithin(out, a, e + 1, PLACE, PLACE_BY_PREPOSITION_ROW.id, within);
  }
}

// --- none.conference-round -------------------------------------------------------------------

/** none.conference-round: see the row. */
function conferenceRounds(ctx: Ctx, out: Names, sports: SportsReading): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, COMPASS));
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    const n = out.at(i);
    if (!n || n.a !== i || n.b !== i + 1 || n.type !== PLACE) continue;
    if (!isWord(ctx, i - 1, 'the') || !isLowerWord(ctx, i + 1) || !ROUNDS.has(lower(ctx, i + 1))) continue;
    if (!sports.yes) continue;
    out.remove(n as LiveSpan);
  }
}

// --- organisation.ampersand-initials ---------------------------------------------------------

/** organisation.ampersand-initials: see the row. */
function ampersandInitials(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const hits = tokensOf(ctx, exactFormMarks(ctx, AMPERSANDS));
  let firms: Set<string> | undefined;
  for (let k = 0; k < hits.length; k++) {
    const m = hits[k];
    const a = m - 1,
      b = m + 2;
    if (a < 0 || b > t.count || !isCapWord(ctx, a) || !isCapWord(ctx, m + 1)) continue;
    if (t.end[a] - t.start[a] !== 1 || t.end[m + 1] - t.start[m + 1] !== 1) continue;
    // Written as one word: no space on either side of the "&".
    if (t.flags[m] & Flag.Space || t.flags[m + 1] & Flag.Space || capitalisedOnLine(ctx, b)) continue;
    // Set terms ("R&D", "Q&A") are no firm's short form, whatever firm the text names.
    if (out.at(m) || out.at(m + 1) || AMPERSAND_TERMS.has(spanText(ctx, a, b))) continue;
    // "Shares in [H]&M": an organisation a row or the model put over the first letter alone is the
    // pair; "[Samsung] C&T": an organisation right before the pair on its line is one name with it
    // (ents61b).
    const held = out.at(a);
    if (held) {
      if (held.type === ORG && held.a === a && held.b === a + 1)
        out.put(a, b, ORG, AMPERSAND_INITIALS_ROW.id, undefined, held);
      continue;
    }
    const firm = a > 0 && onLine(ctx, a) ? out.at(a - 1) : undefined;
    if (firm && firm.type === ORG && firm.b === a) {
      out.put(firm.a, b, ORG, AMPERSAND_INITIALS_ROW.id, undefined, firm);
      continue;
    }
    // An unread capitalised word of no language before it ("Samsung C&T shareholders").
    if (!firm && a > 0 && onLine(ctx, a) && isCapWord(ctx, a - 1) && !isPlainWord(ctx, a - 1)) {
      out.put(a - 1, b, ORG, AMPERSAND_INITIALS_ROW.id);
      continue;
    }
    if (!firms) {
      firms = new Set();
      for (const n of out.alive())
        if (n.type === ORG && n.b - n.a >= 3 && spanText(ctx, n.a, n.b).includes('&'))
          firms.add(initials(ctx, n.a, n.b));
    }
    if (!firms.has(lower(ctx, a) + lower(ctx, m + 1))) continue;
    out.put(a, b, ORG, AMPERSAND_INITIALS_ROW.id);
  }
}

// --- organisation.possessive-firm ------------------------------------------------------------

/** organisation.possessive-firm: see the row. */
function possessiveFirms(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const hits = tokensOf(ctx, formMarks(ctx, FIRM_VERBS));
  for (let k = 0; k < hits.length; k++) {
    const v = hits[k];
    const p = v - 1;
    if (!isLowerWord(ctx, v) || p < 1 || t.kind[p] !== Kind.Poss || !onLine(ctx, v)) continue;
    // Back over the name: capitalised words, and an "&" between two of them ("Ben & Jerry").
    let a = p;
    while (a > 0 && p - a < NAME_WORDS + 1) {
      if (isCapWord(ctx, a - 1) && (a === p || onLine(ctx, a))) a--;
      else if (isPunctChar(ctx, a - 1, AMPERSAND) && isCapWord(ctx, a - 2) && a < p) a -= 2;
      else break;
    }
    if (a === p || (isCapWord(ctx, a - 1) && onLine(ctx, a)) || FUNCTION_WORDS.has(lower(ctx, a))) continue;
    const within = namesWithin(out, a, p + 1);
    if (!within) continue;
    if (
      within.some(
        (n) => n.type === PERSON && n.probs[PERSON] >= PERSON_SURE && FIRST_NAME_SET.has(lower(ctx, n.a)) && !n.rule,
      )
    )
      continue;
    // "Joe Biden … Biden's said so": "'s" for "has" after a person the text names in full, read as one.
    const person = within.find((n) => n.type === PERSON);
    if (person && personWordsOf(ctx, out.alive(), person).has(lower(ctx, p - 1))) continue;
    // An unread name: only with a mark of a name inside it ("McDonald": a capital within the word, or an "&").
    if (!within.length && !/[a-z][A-Z]|&/.test(spanText(ctx, a, p))) continue;
    putOverWithin(out, a, p + 1, ORG, POSSESSIVE_FIRM_ROW.id, within);
  }
}

// --- place.fjord-word ------------------------------------------------------------------------

/** place.fjord-word: see the row. */
function fjordWords(ctx: Ctx, out: Names): void {
  for (let f = 0; f < ctx.forms.length; f++) {
    const w = ctx.formLower[f];
    if (!FJORD_ENDINGS.some((e) => w.length > e.length + 2 && w.endsWith(e))) continue;
    for (let k = ctx.formStart[f]; k < ctx.formStart[f + 1]; k++) {
      const i = ctx.formTokens[k];
      if (!isCapWord(ctx, i) || ctx.t.flags[i] & Flag.AllCaps) continue;
      const n = out.at(i);
      if (n && (n.a !== i || n.b !== i + 1 || n.type === PLACE)) continue;
      // A word of a longer name the model left unread ("Westfjord Shipping").
      if (!n && (capitalisedOnLine(ctx, i + 1) || (isCapWord(ctx, i - 1) && onLine(ctx, i)))) continue;
      out.put(i, i + 1, PLACE, FJORD_WORD_ROW.id, undefined, n);
    }
  }
}
