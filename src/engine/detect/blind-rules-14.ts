/**
 * Rules from the blind entity batches 41 and 42 (3 Dec 2026, helper ents23a, issue #9; rows in
 * lexicon/blind-news-14.ts). applyNameRules calls `applyBlindNewsRows14` right after the blind-13
 * rows, so these read the names every earlier rule decided. Each rule starts from the tokens of
 * its own words or from the names; helpers are at module scope (no closure per token), and the
 * sports-report reading is made at most once, only when a sport rule has a candidate.
 * - organisation.commodity-tail: "[Jiangxi Copper]", "[Sohar Aluminium]".
 * - sport.club-town-pair: "[Górnik Zabrze] beat", "the academy in [Zabrze]".
 * - person.filipino-particle: "[Rosario dela Peña]", "Ms. [dela Peña]".
 * - person.given-name-before-bin: "[Sultan bin Salim al-Habsi]", "[Al-Habsi] told".
 * - organisation.maker-before-model: "12 [Airbus] A350-1000 jets".
 * - organisation.possessive-before-verb: "[Moody's] raised the".
 * - place.two-town-road: "the [Harare–Mutare Road]".
 * - organisation.region-body: "[Region Norrbotten]".
 * - place.kind-noun-apposition: "the mountains [Luossavaara] and [Kiirunavaara]".
 * - place.settlement-apposition: "[Malmberget], the district north of".
 * - none.office-adjective-opening: "Municipal director".
 * - none.title-case-headline: "a City Hall Fight Over [Iloilo]'s Lights".
 * - sport.top-of-league: "top of the [Ekstraklasa]".
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { isDemonym, lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import {
  CLUB_TOWN_PAIR_ROW,
  COMMODITY_TAIL_ROW,
  FILIPINO_PARTICLE_ROW,
  GIVEN_NAME_BEFORE_BIN_ROW,
  KIND_NOUN_APPOSITION_ROW,
  MAKER_BEFORE_MODEL_ROW,
  OFFICE_ADJECTIVE_OPENING_ROW,
  POSSESSIVE_BEFORE_VERB_ROW,
  REGION_BODY_ROW,
  SETTLEMENT_APPOSITION_ROW,
  TITLE_CASE_HEADLINE_ROW,
  TOP_OF_LEAGUE_ROW,
  TWO_TOWN_ROAD_ROW,
  SIDE_BESIDE_CLUB_ROW,
  PARTICLE_DOUBLE_SURNAME_ROW,
} from '../lexicon/blind-news-14';
import {
  ARTICLES,
  COMMON_WORDS,
  FIRST_NAME_SET,
  FUNCTION_WORDS,
  MONTHS,
  TITLES,
  WEEKDAYS,
  unaccented,
} from '../lexicon/words';
import {
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  capitalisedRun,
  capitalisedRunBefore,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isWord,
  namesWithin,
  onLine,
  putOverWithin,
  type NamedSpan,
  type Names,
  EM_DASH,
  EN_DASH,
  HYPHEN,
} from './named-spans';
import { SportsReading } from './sport-sentences';
import { GIVEN_NAMES_LOST } from '../lexicon/news-leftovers-3';
import { setOf } from '../lexicon/rule-row';

const COMMODITY_TAILS = setOf(COMMODITY_TAIL_ROW.value);
const CLUB_PREPOSITIONS = setOf(CLUB_TOWN_PAIR_ROW.value.prepositions);
const CLUB_NOUNS = setOf(CLUB_TOWN_PAIR_ROW.value.clubNouns);
const SIDE_BEFORE = setOf(CLUB_TOWN_PAIR_ROW.value.before);
const SIDE_AFTER = setOf(CLUB_TOWN_PAIR_ROW.value.after);
const FILIPINO_PARTICLES = setOf(FILIPINO_PARTICLE_ROW.value.particles);
const AFTER_DE = setOf(FILIPINO_PARTICLE_ROW.value.afterDe);
const BIN_LINKS = setOf(GIVEN_NAME_BEFORE_BIN_ROW.value.links);
const VEHICLES = setOf(MAKER_BEFORE_MODEL_ROW.value.vehicles);
const SERIES_NOUNS = setOf(MAKER_BEFORE_MODEL_ROW.value.series);
const VERB_OBJECTS = setOf(POSSESSIVE_BEFORE_VERB_ROW.value.objects);
const ROAD_WORDS = setOf(TWO_TOWN_ROAD_ROW.value);
const REGION_WORDS = setOf(REGION_BODY_ROW.value);
const LAND_NOUNS = setOf(KIND_NOUN_APPOSITION_ROW.value.nouns);
const BODY_WORDS = setOf(KIND_NOUN_APPOSITION_ROW.value.bodies);
const APPOSITION_AFTER = setOf(KIND_NOUN_APPOSITION_ROW.value.after);
const SETTLEMENT_KINDS = setOf(SETTLEMENT_APPOSITION_ROW.value.kinds);
const SETTLEMENT_AFTER = setOf(SETTLEMENT_APPOSITION_ROW.value.after);
const OFFICE_ADJECTIVES = setOf(OFFICE_ADJECTIVE_OPENING_ROW.value);
const HEADLINE_PREPOSITIONS = setOf(TITLE_CASE_HEADLINE_ROW.value);
const LEAGUE_POSITIONS = setOf(TOP_OF_LEAGUE_ROW.value.positions);
const SIDE_VERBS = setOf(SIDE_BESIDE_CLUB_ROW.value.verbs);
const SURNAME_PARTICLE = new RegExp(`^\\p{Lu}\\p{Ll}+-(?:${PARTICLE_DOUBLE_SURNAME_ROW.value.join('|')})$`, 'u');

/** Most capitalised words of a firm, a club, a given-name run or a settlement. */
const NAME_WORDS = 3;
/** Most modifiers between an article and its settlement noun. */
const MODIFIERS_MAX = 3;
/** A person the model is this sure of is left alone. */
const SURE = 0.9;
/** ctx.headline's mark for a headline written in title case. */
const TITLE_CASE = 2;
/** Sentences under a headline that make it a story's headline, whose names come back in the story. */
const STORY_SENTENCES = 5;
/** Years a model number is not ("in 2024"). */
const YEAR = /^(?:1[89]|20)\d\d$/;

/** A word the language also writes in lowercase, or a given name: not the first word of a firm, club or place. */
function ordinaryWord(ctx: Ctx, i: number): boolean {
  return languageWord(ctx, i) || givenName(ctx, i);
}

/** A given name, also written with its accents ("Séamus", "José"): the list holds them plain. Also read by blind-rules-19 and -20. */
export function givenName(ctx: Ctx, i: number): boolean {
  const w = lower(ctx, i);
  if (FIRST_NAME_SET.has(w)) return true;
  const plain = unaccented(w);
  return plain !== w && FIRST_NAME_SET.has(plain);
}

/** A word the language also writes in lowercase (a given name is no such word). Also read by leftover-rules-8. */
export function languageWord(ctx: Ctx, i: number): boolean {
  const w = lower(ctx, i);
  return COMMON_WORDS.has(w) || ctx.lowerSeen.has(w) || FUNCTION_WORDS.has(w);
}

/** A name in `within` the model reads as a person with this certainty or a given name first. */
function surePersonIn(ctx: Ctx, within: readonly NamedSpan[]): boolean {
  for (const n of within) if (n.type === PERSON && !n.rule && n.probs[PERSON] >= SURE) return true;
  for (const n of within) if (n.type === PERSON && FIRST_NAME_SET.has(lower(ctx, n.a))) return true;
  return false;
}

export function applyBlindNewsRows14(ctx: Ctx, out: Names): void {
  const sports = new SportsReading(ctx);
  commodityTails(ctx, out);
  clubTownPairs(ctx, out, sports);
  filipinoParticles(ctx, out);
  givenNamesBeforeBin(ctx, out);
  makersBeforeModels(ctx, out);
  possessivesBeforeVerbs(ctx, out);
  twoTownRoads(ctx, out);
  regionBodies(ctx, out);
  kindNounAppositions(ctx, out);
  settlementAppositions(ctx, out);
  officeAdjectiveOpenings(ctx, out);
  titleCaseHeadlines(ctx, out);
  topOfLeagues(ctx, out, sports);
  sidesBesideClubs(ctx, out, sports);
  particleDoubleSurnames(ctx, out);
}

// --- organisation.commodity-tail -------------------------------------------------------------

/** organisation.commodity-tail: see the row. */
function commodityTails(ctx: Ctx, out: Names): void {
  const tails = tokensOf(ctx, exactFormMarks(ctx, COMMODITY_TAILS));
  if (!tails.length) return;
  // Surnames of the article's people ("Aoife Power" makes "Caoimhe Power" her sister, no firm).
  const families = new Set<string>();
  for (const n of out.alive())
    if (n.type === PERSON && n.b - n.a > 1 && (n.rule || n.probs[PERSON] >= SURE || givenName(ctx, n.a)))
      families.add(lower(ctx, n.b - 1));
  for (let k = 0; k < tails.length; k++) {
    const e = tails[k];
    if (!onLine(ctx, e) || capitalisedOnLine(ctx, e + 1) || families.has(lower(ctx, e))) continue;
    const a = capitalisedRunBefore(ctx, e, NAME_WORDS - 1);
    if (a === e || ctx.t.flags[a] & Flag.AllCaps || ordinaryWord(ctx, a)) continue;
    // "Tariffs Hit Chinese Steel and Indian Coal": a title-case headline's nation and its trade.
    if (ctx.headline[ctx.s.of[a]] === TITLE_CASE && isDemonym(ctx, ctx.forms[ctx.form[a]])) continue;
    if (placeLookup(ctx, spanText(ctx, a, e + 1))) continue;
    const within = namesWithin(out, a, e + 1);
    if (!within || surePersonIn(ctx, within) || within.some((n) => n.type === PERSON && n.rule)) continue;
    putOverWithin(out, a, e + 1, ORG, COMMODITY_TAIL_ROW.id, within);
  }
}

// --- sport.club-town-pair --------------------------------------------------------------------

/** The token after a club of a word and a city that starts at `n`, or -1. */
function clubTownEnd(ctx: Ctx, n: NamedSpan, people: ReadonlySet<string>): number {
  const { a, b } = n;
  if (!clubTownShape(ctx, a, b, people)) return -1;
  return sideBefore(ctx, a) && sideAfter(ctx, b) ? b : -1;
}

/**
 * [a, b) has the shape of a club named by a word and its city ("Górnik Zabrze", "Dynamo Kyiv"): two
 * or three capitalised words, the last a city the map knows, the first no word of the language, no
 * given name, no place (with `firstMayBeTown`, no place but a town) and no first word of a person in
 * `people`. Also read by leftover-rules-5 and leftover-rules-6.
 */
export function clubTownShape(
  ctx: Ctx,
  a: number,
  b: number,
  people: ReadonlySet<string>,
  firstMayBeTown = false,
): boolean {
  if (b - a < 2 || b - a > NAME_WORDS) return false;
  for (let i = a; i < b; i++) if (!isCapWord(ctx, i) || ctx.t.flags[i] & Flag.AllCaps) return false;
  if (placeLookup(ctx, ctx.forms[ctx.form[b - 1]])?.kind !== 'city') return false;
  if (ordinaryWord(ctx, a) || people.has(lower(ctx, a))) return false;
  // leftover-rules-5 and -6 let the first word be a town ("Werder Bremen", "Sparta Prague"), never a region or country.
  const first = placeLookup(ctx, ctx.forms[ctx.form[a]]);
  if (first && (!firstMayBeTown || first.kind !== 'city')) return false;
  return !GIVEN_NAMES_LOST.has(lower(ctx, a)) && !placeLookup(ctx, spanText(ctx, a, b));
}

/**
 * First words of the article's people whose names end in no city ("Jannik Sinner"): given names,
 * never a club's first word, for `clubTownShape`.
 */
export function peopleFirstWords(ctx: Ctx, out: Names): Set<string> {
  const people = new Set<string>();
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const p = alive[x];
    if (p.type === PERSON && p.b - p.a >= 2 && placeLookup(ctx, ctx.forms[ctx.form[p.b - 1]])?.kind !== 'city')
      people.add(lower(ctx, p.a));
  }
  return people;
}

/** Where a side stands first in a match sentence: the sentence's start or a match word before it. */
export function sideBefore(ctx: Ctx, a: number): boolean {
  if (ctx.s.first[ctx.s.of[a]] === a || !onLine(ctx, a)) return true;
  return isLowerWord(ctx, a - 1) && SIDE_BEFORE.has(lower(ctx, a - 1));
}

/** A match word or a score after a side. */
export function sideAfter(ctx: Ctx, b: number): boolean {
  if (b >= ctx.t.count || !onLine(ctx, b)) return false;
  if (ctx.t.kind[b] === Kind.Num) return true;
  return isLowerWord(ctx, b) && SIDE_AFTER.has(lower(ctx, b));
}

/** sport.club-town-pair: see the row. */
function clubTownPairs(ctx: Ctx, out: Names, sports: SportsReading): void {
  if (sports.ruledOut) return;
  const candidates: NamedSpan[] = [];
  let people: Set<string> | undefined;
  const clubs: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.b - n.a < 2) continue;
    people ??= peopleFirstWords(ctx, out);
    if (clubTownEnd(ctx, n, people) < 0) continue;
    if (n.type === ORG) clubs.push(n);
    else candidates.push(n);
  }
  if (!candidates.length || !sports.yes) return;
  const towns = new Set<string>();
  const firsts = new Set<string>();
  for (const n of clubs) towns.add(ctx.forms[ctx.form[n.b - 1]]);
  for (const n of candidates) {
    towns.add(ctx.forms[ctx.form[n.b - 1]]);
    firsts.add(ctx.forms[ctx.form[n.a]]);
    out.put(n.a, n.b, ORG, CLUB_TOWN_PAIR_ROW.id, undefined, n);
  }
  // The club's first word alone ("Górnik have reached") read as a person is the club.
  const shorts = tokensOf(ctx, exactFormMarks(ctx, firsts));
  for (let k = 0; k < shorts.length; k++) {
    const n = out.at(shorts[k]);
    if (n && n.type === PERSON && n.a === shorts[k] && n.b === n.a + 1 && !n.rule)
      out.put(n.a, n.b, ORG, CLUB_TOWN_PAIR_ROW.id, undefined, n);
  }
  // The club's city alone, after a preposition of where or before "club", is the place.
  const hits = tokensOf(ctx, exactFormMarks(ctx, towns));
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    const n = out.at(i);
    if (n && (n.a !== i || n.b !== i + 1 || n.type === PLACE)) continue;
    const after = isLowerWord(ctx, i - 1) && CLUB_PREPOSITIONS.has(lower(ctx, i - 1));
    const before =
      isWord(ctx, i - 1, 'the') && isLowerWord(ctx, i + 1) && CLUB_NOUNS.has(lower(ctx, i + 1)) && onLine(ctx, i + 1);
    if (!after && !before) continue;
    out.put(i, i + 1, PLACE, CLUB_TOWN_PAIR_ROW.id, undefined, n).local = CLUB_TOWN_PAIR_ROW.id;
  }
}

// --- person.filipino-particle ----------------------------------------------------------------

/** person.filipino-particle: see the row. */
function filipinoParticles(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, FILIPINO_PARTICLES));
  const des = tokensOf(ctx, formMarks(ctx, AFTER_DE));
  const starts: number[] = [];
  for (let k = 0; k < hits.length; k++) starts.push(hits[k]);
  // "de los Santos": the two-word particle starts at "de".
  for (let k = 0; k < des.length; k++) if (isWord(ctx, des[k] - 1, 'de')) starts.push(des[k] - 1);
  for (const p of starts) {
    const s = isWord(ctx, p, 'de') ? p + 2 : p + 1;
    if (!isLowerWord(ctx, p) || !isLowerWord(ctx, s - 1) || !onLine(ctx, s - 1)) continue;
    const b = capitalisedRun(ctx, s, 2);
    if (b === s || FUNCTION_WORDS.has(lower(ctx, s))) continue;
    const before = out.at(p - 1);
    // Spanish "de los"/"de las" names feasts, summits and squares ("Día de los Muertos", "the
    // Cumbre de las Américas") as often as people: only after a given name or a person.
    if (p + 2 === s && !(before && before.b === p && before.type === PERSON) && !givenName(ctx, p - 1)) continue;
    let a = p;
    if (before && before.b === p && onLine(ctx, p) && before.type !== ORG) a = before.a;
    else if (!before && onLine(ctx, p) && !(ctx.t.flags[p - 1] & Flag.Dotted)) {
      a = capitalisedRunBefore(ctx, p, 2);
      while (a < p && languageWord(ctx, a)) a++;
    }
    if (placeLookup(ctx, spanText(ctx, a, b))) continue;
    const within = namesWithin(out, a, b);
    if (!within) continue;
    putOverWithin(out, a, b, PERSON, FILIPINO_PARTICLE_ROW.id, within);
  }
}

// --- person.given-name-before-bin ------------------------------------------------------------

/** person.given-name-before-bin: see the row. */
function givenNamesBeforeBin(ctx: Ctx, out: Names): void {
  const found: NamedSpan[] = [];
  const surnames = new Set<string>();
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type !== PERSON || n.b - n.a < 2) continue;
    const last = lower(ctx, n.b - 1).toLowerCase();
    if (last.startsWith('al-') || last.startsWith('el-')) surnames.add(last);
    if (!BIN_LINKS.has(lower(ctx, n.a)) || !isLowerWord(ctx, n.a)) continue;
    if (!isCapWord(ctx, n.a - 1) || !onLine(ctx, n.a) || FUNCTION_WORDS.has(lower(ctx, n.a - 1))) continue;
    const b = out.at(n.a - 1);
    if (b && b.a < n.a - 1) continue;
    found.push(n);
  }
  for (const n of found) out.put(n.a - 1, n.b, PERSON, GIVEN_NAME_BEFORE_BIN_ROW.id, undefined, n);
  if (!surnames.size) return;
  // "Al-Habsi told": the surname alone with its capital.
  // `lower` keeps the capital after the hyphen ("al-Habsi"): the forms are compared fully lowercased.
  const marks = new Uint8Array(ctx.forms.length);
  for (let f = 0; f < marks.length; f++) if (surnames.has(ctx.formLower[f].toLowerCase())) marks[f] = 1;
  const hits = tokensOf(ctx, marks);
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    if (!isCapWord(ctx, i) || capitalisedOnLine(ctx, i + 1) || (isCapWord(ctx, i - 1) && onLine(ctx, i))) continue;
    const n = out.at(i);
    if (n && (n.type === PERSON || n.a !== i || n.b !== i + 1)) continue;
    out.put(i, i + 1, PERSON, GIVEN_NAME_BEFORE_BIN_ROW.id, undefined, n);
  }
}

// --- organisation.maker-before-model ---------------------------------------------------------

/** A token that reads as a model's number: digits and letters, or three digits or more (not a year). */
function modelNumber(ctx: Ctx, i: number): boolean {
  if (i >= ctx.t.count || !onLine(ctx, i)) return false;
  const w = ctx.forms[ctx.form[i]];
  if (!/\d/.test(w) || YEAR.test(w)) return false;
  return /[A-Za-z]/.test(w) || /\d{3}/.test(w);
}

/** A maker's name at `m`: one capitalised word, no given name, demonym or ordinary word. */
function makerWord(ctx: Ctx, m: number): boolean {
  if (!isCapWord(ctx, m) || ordinaryWord(ctx, m) || WEEKDAYS.has(lower(ctx, m)) || MONTHS.has(lower(ctx, m)))
    return false;
  const w = ctx.forms[ctx.form[m]];
  return !(ctx.gaz?.isDemonym(w) ?? false) && !placeLookup(ctx, w);
}

/** A word of a model's name after its number: a number, a word in capitals ("737 MAX 8"). */
function modelWord(ctx: Ctx, i: number): boolean {
  const t = ctx.t;
  return (
    modelNumber(ctx, i) || t.kind[i] === Kind.Num || (t.kind[i] === Kind.Word && (t.flags[i] & Flag.AllCaps) !== 0)
  );
}

/** The kind of vehicle at `e`, or after one lowercase modifier ("dump trucks"). */
function vehicleAt(ctx: Ctx, e: number): boolean {
  if (!isLowerWord(ctx, e) || !onLine(ctx, e)) return false;
  if (VEHICLES.has(lower(ctx, e))) return true;
  return isLowerWord(ctx, e + 1) && onLine(ctx, e + 1) && VEHICLES.has(lower(ctx, e + 1));
}

/** organisation.maker-before-model: see the row. */
function makersBeforeModels(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const hits = tokensOf(ctx, formMarks(ctx, VEHICLES));
  const withModel: number[] = [];
  const countOnly: number[] = [];
  for (let k = 0; k < hits.length; k++) {
    const v = hits[k];
    if (!isLowerWord(ctx, v)) continue;
    // Back from the vehicle word over one modifier and the model's words ("737 MAX 8") to the maker.
    const e = isLowerWord(ctx, v - 1) && onLine(ctx, v) ? v - 1 : v;
    let m = e - 1;
    while (m > 0 && e - m <= 3 && onLine(ctx, m + 1) && modelWord(ctx, m)) m--;
    if (m === e - 1) {
      // No model: a count, the maker and the vehicle ("12 Airbus jets").
      if (e !== v || t.kind[m - 1] !== Kind.Num) continue;
    } else if (!modelNumber(ctx, m + 1) || !vehicleAt(ctx, e) || SERIES_NOUNS.has(ctx.forms[ctx.form[m]])) continue;
    if (!onLine(ctx, m + 1) || !makerWord(ctx, m)) continue;
    (m === e - 1 ? countOnly : withModel).push(m);
  }
  makersWithModelWords(ctx, out, hits);
  // After a count alone the word may as well be the model ("12 Rafale jets", "four Chinook
  // helicopters"): it is the maker only where the text also writes it before a model's number.
  if (countOnly.length) {
    const forms = new Set<string>();
    for (const m of countOnly) forms.add(ctx.forms[ctx.form[m]]);
    const makers = new Set<number>();
    const seen = tokensOf(ctx, exactFormMarks(ctx, forms));
    for (let k = 0; k < seen.length; k++) if (modelNumber(ctx, seen[k] + 1)) makers.add(ctx.form[seen[k]]);
    for (const m of countOnly) if (makers.has(ctx.form[m])) withModel.push(m);
  }
  for (const m of withModel) {
    const n = out.at(m);
    if (n && n.type === ORG && n.a === m && n.b === m + 1) continue;
    if (n && (n.a < m || capitalisedOnLine(ctx, m - 1))) continue;
    out.put(m, m + 1, ORG, MAKER_BEFORE_MODEL_ROW.id, undefined, n);
  }
}

/** "mostly [Sinotruk] Howo tippers": a maker and a model's word read together as a person or unread. */
function makersWithModelWords(ctx: Ctx, out: Names, hits: ArrayLike<number>): void {
  for (let k = 0; k < hits.length; k++) {
    const v = hits[k];
    if (!isLowerWord(ctx, v) || !onLine(ctx, v)) continue;
    const m = v - 2;
    if (m < 1 || !capitalisedOnLine(ctx, m + 1) || !onLine(ctx, m + 1) || capitalisedOnLine(ctx, m - 1)) continue;
    if (!makerWord(ctx, m) || ordinaryWord(ctx, m + 1) || ctx.t.flags[m + 1] & Flag.AllCaps) continue;
    if (placeLookup(ctx, spanText(ctx, m, m + 2))) continue;
    const n = out.at(m);
    if (n && (n.a !== m || n.b !== m + 2 || n.type !== PERSON || n.rule || n.probs[PERSON] >= SURE)) continue;
    if (!n && out.at(m + 1)) continue;
    if (n) out.remove(n);
    out.put(m, m + 1, ORG, MAKER_BEFORE_MODEL_ROW.id);
  }
}

// --- organisation.possessive-before-verb -----------------------------------------------------

/** organisation.possessive-before-verb: see the row. */
function possessivesBeforeVerbs(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const found: NamedSpan[] = [];
  // Names the text also writes without the "'s" ("Apple said"): there the "'s" is "is" or "has".
  let bare: Set<string> | undefined;
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    const p = n.b;
    if (n.type !== ORG || p + 2 >= t.count || t.kind[p] !== Kind.Poss) continue;
    const v = p + 1;
    if (!isLowerWord(ctx, v) || !lower(ctx, v).endsWith('ed') || !VERB_OBJECTS.has(lower(ctx, v + 1))) continue;
    if (!bare) {
      bare = new Set();
      for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
        const m = aliveNow[ax];
        if (m.b >= t.count || t.kind[m.b] !== Kind.Poss) bare.add(spanText(ctx, m.a, m.b));
      }
    }
    if (bare.has(spanText(ctx, n.a, n.b))) continue;
    found.push(n);
  }
  for (const n of found) out.put(n.a, n.b + 1, ORG, POSSESSIVE_BEFORE_VERB_ROW.id, undefined, n);
}

// --- place.two-town-road ---------------------------------------------------------------------

/** A dash between two words with no space around it. */
function tightDash(ctx: Ctx, i: number): boolean {
  const t = ctx.t;
  if (i <= 0 || i + 1 >= t.count || t.kind[i] !== Kind.Punct || t.end[i] - t.start[i] !== 1) return false;
  const c = ctx.text.charCodeAt(t.start[i]);
  if (c !== EN_DASH && c !== EM_DASH && c !== HYPHEN) return false;
  return !(t.flags[i] & Flag.Space) && !(t.flags[i + 1] & Flag.Space);
}

/** place.two-town-road: see the row. */
function twoTownRoads(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, ROAD_WORDS));
  for (let k = 0; k < hits.length; k++) {
    const r = hits[k];
    if (!onLine(ctx, r)) continue;
    const a = capitalisedRunBefore(ctx, r, 2);
    if (a === r || !tightDash(ctx, a - 1) || !isCapWord(ctx, a - 2)) continue;
    if (!placeLookup(ctx, ctx.forms[ctx.form[a - 2]])) continue;
    const within = namesWithin(out, a - 2, r + 1);
    if (!within) continue;
    putOverWithin(out, a - 2, r + 1, PLACE, TWO_TOWN_ROAD_ROW.id, within);
  }
}

// --- organisation.region-body ----------------------------------------------------------------

/** organisation.region-body: see the row. */
function regionBodies(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, REGION_WORDS));
  for (let k = 0; k < hits.length; k++) {
    const r = hits[k];
    if (isCapWord(ctx, r - 1) && onLine(ctx, r)) continue;
    const b = capitalisedRun(ctx, r + 1, 2);
    if (b === r + 1 || capitalisedOnLine(ctx, b) || ordinaryWord(ctx, r + 1)) continue;
    const within = namesWithin(out, r, b);
    if (!within) continue;
    putOverWithin(out, r, b, ORG, REGION_BODY_ROW.id, within);
  }
}

// --- place.kind-noun-apposition --------------------------------------------------------------

/** The place of one or two capitalised words at `a` after a land noun; the token after it, or -1. */
function appositivePlace(ctx: Ctx, out: Names, a: number): number {
  if (!capitalisedOnLine(ctx, a) || ordinaryWord(ctx, a) || ctx.t.flags[a] & Flag.AllCaps) return -1;
  if (WEEKDAYS.has(lower(ctx, a)) || MONTHS.has(lower(ctx, a))) return -1;
  const b = capitalisedRun(ctx, a, 2);
  if (capitalisedOnLine(ctx, b) || ctx.t.kind[b] === Kind.Poss || BODY_WORDS.has(ctx.forms[ctx.form[b - 1]])) return -1;
  const within = namesWithin(out, a, b);
  if (!within || surePersonIn(ctx, within)) return -1;
  // "the valley Rio Tinto bought", "the hills Hezbollah controls": an organisation opening a clause
  // about the place ("the river Litani runs south" stays a river).
  if (
    isLowerWord(ctx, b) &&
    onLine(ctx, b) &&
    !APPOSITION_AFTER.has(lower(ctx, b)) &&
    within.some((n) => n.type === ORG)
  )
    return -1;
  putOverWithin(out, a, b, PLACE, KIND_NOUN_APPOSITION_ROW.id, within);
  return b;
}

/** place.kind-noun-apposition: see the row. */
function kindNounAppositions(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, LAND_NOUNS));
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (!isLowerWord(ctx, h) || !isWord(ctx, h - 1, 'the') || !onLine(ctx, h + 1)) continue;
    const b = appositivePlace(ctx, out, h + 1);
    if (b < 0 || !lower(ctx, h).endsWith('s') || !isWord(ctx, b, 'and') || !onLine(ctx, b + 1)) continue;
    appositivePlace(ctx, out, b + 1);
  }
}

// --- place.settlement-apposition -------------------------------------------------------------

/** The settlement noun of an apposition whose article is at `d`: its token, or -1. */
function settlementNoun(ctx: Ctx, d: number): number {
  for (let h = d + 1; h <= d + 1 + MODIFIERS_MAX && h < ctx.t.count; h++) {
    if (ctx.t.kind[h] !== Kind.Word || !onLine(ctx, h)) return -1;
    if (isLowerWord(ctx, h) && SETTLEMENT_KINDS.has(lower(ctx, h))) return h;
    // Modifiers only ("the Arctic mining municipality"), not a phrase ("a farmer from the village").
    if (FUNCTION_WORDS.has(lower(ctx, h))) return -1;
  }
  return -1;
}

/** place.settlement-apposition: see the row. */
function settlementAppositions(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const commas = tokensOf(ctx, exactFormMarks(ctx, new Set([','])));
  const placed = new Set<string>();
  for (let k = 0; k < commas.length; k++) {
    const c = commas[k];
    const d = c + 1;
    if (!isLowerWord(ctx, d) || !ARTICLES.has(lower(ctx, d))) continue;
    const h = settlementNoun(ctx, d);
    if (h < 0) continue;
    const next = h + 1;
    if (
      next < t.count &&
      t.kind[next] !== Kind.Punct &&
      !(isLowerWord(ctx, next) && SETTLEMENT_AFTER.has(lower(ctx, next)))
    )
      continue;
    const a = capitalisedRunBefore(ctx, c, 2);
    if (a === c || (isCapWord(ctx, a - 1) && onLine(ctx, a)) || ordinaryWord(ctx, a) || t.flags[a] & Flag.AllCaps)
      continue;
    const within = namesWithin(out, a, c);
    if (!within || surePersonIn(ctx, within)) continue;
    // An unread name once in the article is left unnamed, as GUM leaves many ("a town of 30 houses").
    if (!within.length && (c - a !== 1 || ctx.formStart[ctx.form[a] + 1] - ctx.formStart[ctx.form[a]] < 2)) continue;
    if (c - a === 1) placed.add(ctx.forms[ctx.form[a]]);
    const n = within.length === 1 ? within[0] : undefined;
    if (n && n.a === a && n.b === c && n.type === PLACE) continue;
    out.put(a, c, PLACE, SETTLEMENT_APPOSITION_ROW.id, undefined, n).local = SETTLEMENT_APPOSITION_ROW.id;
  }
  if (!placed.size) return;
  // Its other mentions the model left unread.
  const hits = tokensOf(ctx, exactFormMarks(ctx, placed));
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    if (out.at(i) || (isCapWord(ctx, i - 1) && onLine(ctx, i)) || capitalisedOnLine(ctx, i + 1)) continue;
    out.put(i, i + 1, PLACE, SETTLEMENT_APPOSITION_ROW.id);
  }
}

// --- none.office-adjective-opening -----------------------------------------------------------

/** none.office-adjective-opening: see the row. */
function officeAdjectiveOpenings(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, OFFICE_ADJECTIVES));
  // A word the text capitalises inside a sentence too is a name there ("the National party").
  const named = new Set<number>();
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    if (isCapWord(ctx, i) && ctx.s.first[ctx.s.of[i]] !== i && onLine(ctx, i)) named.add(ctx.form[i]);
  }
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    const n = out.at(i);
    if (!n || n.a !== i || n.b !== i + 1 || n.rule || ctx.s.first[ctx.s.of[i]] !== i) continue;
    if (!isLowerWord(ctx, i + 1) || !onLine(ctx, i + 1) || named.has(ctx.form[i])) continue;
    out.remove(n);
  }
}

// --- none.title-case-headline ----------------------------------------------------------------

/** none.title-case-headline: see the row. */
function titleCaseHeadlines(ctx: Ctx, out: Names): void {
  const cut: [NamedSpan, number][] = [];
  const drop: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (ctx.headline[ctx.s.of[n.a]] !== TITLE_CASE || n.rule) continue;
    if (n.b - n.a === 1) {
      // Only the headline over a story (its first line) is checked against the story's words, and
      // only a word after a capitalised word of the headline that is no name ("a Family Empire").
      const f = ctx.form[n.a];
      if (ctx.s.of[n.a] !== 0 || ctx.s.count < STORY_SENTENCES || ctx.formStart[f + 1] - ctx.formStart[f] !== 1)
        continue;
      if (!isCapWord(ctx, n.a - 1) || out.at(n.a - 1) || !onLine(ctx, n.a) || placeLookup(ctx, ctx.forms[f])) continue;
      drop.push(n);
      continue;
    }
    let last = -1;
    for (let i = n.a + 1; i < n.b - 1; i++) if (HEADLINE_PREPOSITIONS.has(ctx.forms[ctx.form[i]])) last = i;
    if (last > 0 && !storyWritesLowercase(ctx, last)) cut.push([n, last + 1]);
  }
  for (const n of drop) out.remove(n);
  for (const [n, a] of cut) {
    const type = placeLookup(ctx, spanText(ctx, a, n.b)) ? PLACE : n.type;
    out.put(a, n.b, type, TITLE_CASE_HEADLINE_ROW.id, undefined, n);
  }
}

/**
 * Whether the text outside the headline writes the headline's words around the preposition at
 * `p` with the preposition in lowercase ("The Institute for Fiscal Studies said"): a name whole.
 */
function storyWritesLowercase(ctx: Ctx, p: number): boolean {
  const t = ctx.t;
  const prep = lower(ctx, p).toLowerCase();
  for (let i = 1; i + 1 < t.count; i++) {
    if (ctx.s.of[i] === ctx.s.of[p] || ctx.formLower[ctx.form[i]] !== prep || !isLowerWord(ctx, i)) continue;
    if (lower(ctx, i - 1) === lower(ctx, p - 1) && lower(ctx, i + 1) === lower(ctx, p + 1)) return true;
  }
  return false;
}

// --- sport.top-of-league ---------------------------------------------------------------------

/** sport.top-of-league: see the row. */
function topOfLeagues(ctx: Ctx, out: Names, sports: SportsReading): void {
  const hits = tokensOf(ctx, formMarks(ctx, LEAGUE_POSITIONS));
  for (let k = 0; k < hits.length; k++) {
    const p = hits[k];
    if (!isLowerWord(ctx, p) || !isWord(ctx, p + 1, 'of') || !isWord(ctx, p + 2, 'the') || !onLine(ctx, p + 3))
      continue;
    const a = p + 3;
    const b = capitalisedRun(ctx, a, NAME_WORDS);
    if (b === a || capitalisedOnLine(ctx, b) || ordinaryWord(ctx, a)) continue;
    if (placeLookup(ctx, spanText(ctx, a, b))) continue;
    const within = namesWithin(out, a, b);
    // A league the model left unread stays so: a new organisation would draw "it" in the next
    // sentences away from the club ("bottom of the Championship … it said").
    if (!within || !within.length || !sports.yes) continue;
    putOverWithin(out, a, b, ORG, TOP_OF_LEAGUE_ROW.id, within);
  }
}

// --- sport.side-beside-club ------------------------------------------------------------------

/** A one-word side at `i` the model read as a person it is not sure of, or left unread: its name, or null. */
function weakSide(ctx: Ctx, out: Names, i: number): NamedSpan | undefined | null {
  if (i < 0 || !isCapWord(ctx, i) || !onLine(ctx, i) || ctx.t.flags[i] & Flag.AllCaps) return null;
  const n = out.at(i);
  if (n) return n.a !== i || n.b !== i + 1 || n.type !== PERSON || n.rule || n.probs[PERSON] >= SURE ? null : n;
  return ordinaryWord(ctx, i) || placeLookup(ctx, ctx.forms[ctx.form[i]]) ? null : undefined;
}

/** sport.side-beside-club: see the row. */
function sidesBesideClubs(ctx: Ctx, out: Names, sports: SportsReading): void {
  const found: [number, NamedSpan | undefined][] = [];
  const verbs = tokensOf(ctx, formMarks(ctx, SIDE_VERBS));
  for (let k = 0; k < verbs.length; k++) {
    const v = verbs[k];
    if (!isLowerWord(ctx, v) || !onLine(ctx, v)) continue;
    const club = out.at(v - 1);
    const y = club && club.b === v ? club.a : v - 1;
    if (!isWord(ctx, y - 1, 'and') || !onLine(ctx, y)) continue;
    const x = y - 2;
    if (capitalisedOnLine(ctx, x - 1) && onLine(ctx, x)) continue;
    const first = weakSide(ctx, out, x);
    if (first === null) continue;
    if (club && club.b === v && club.type === ORG) {
      found.push([x, first]);
      continue;
    }
    // Two sides neither read as a club, and the score after the verb ("Grêmio and Internacional drew 1-1").
    const second = club && club.b === v ? weakSide(ctx, out, y) : club ? null : weakSide(ctx, out, y);
    if (second === null || y !== v - 1 || ctx.t.kind[v + 1] !== Kind.Num || !onLine(ctx, v + 1)) continue;
    found.push([x, first], [y, second]);
  }
  if (!found.length || !sports.yes) return;
  for (const [i, n] of found) out.put(i, i + 1, ORG, SIDE_BESIDE_CLUB_ROW.id, undefined, n);
}

// --- person.particle-double-surname ----------------------------------------------------------

/** person.particle-double-surname: see the row. */
function particleDoubleSurnames(ctx: Ctx, out: Names): void {
  for (let f = 0; f < ctx.forms.length; f++) {
    const w = ctx.forms[f];
    if (w.indexOf('-') < 0 || !SURNAME_PARTICLE.test(w)) continue;
    for (let k = ctx.formStart[f]; k < ctx.formStart[f + 1]; k++) {
      const h = ctx.formTokens[k];
      if (!capitalisedOnLine(ctx, h + 1) || !onLine(ctx, h) || capitalisedOnLine(ctx, h + 2)) continue;
      let a = h;
      while (a > 0 && h - a < 2 && isCapWord(ctx, a - 1) && onLine(ctx, a)) a--;
      while (a < h && (languageWord(ctx, a) || TITLES.has(lower(ctx, a)))) a++;
      if (a === h) continue;
      const within = namesWithin(out, a, h + 2);
      if (!within || within.some((n) => n.type !== PERSON && (n.rule || n.probs[n.type] >= SURE))) continue;
      putOverWithin(out, a, h + 2, PERSON, PARTICLE_DOUBLE_SURNAME_ROW.id, within);
    }
  }
}
