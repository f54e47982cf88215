/**
 * Rules from the blind entity batches 16-18 (1 Dec 2026, helper ents13a, issue #9; rows in
 * lexicon/blind-news-6.ts). applyNameRules calls `applyBlindNewsRows6` after every other rule but
 * the review rows, so these read the names the others decided. Each visits only its own words'
 * tokens or the names, never every token, and reads a bounded window around them.
 * - person.surname-repeat: "Sushila Bhattarai … Bhattarai, 46, won" is the person.
 * - organisation.acronym-definition: "the Court of Arbitration for Sport (CAS)" is one name, and so is CAS.
 * - place.kind-noun-after: "the Choapa valley", "the High Atlas mountains" are places.
 * - organisation.sport-body: "World Athletics", "Athletics Kenya" are governing bodies.
 * - organisation.title-word-head: "the General Court", "the General Assembly" are bodies, not a general.
 * - organisation.people-for-aim: "Missourians for Constitutional Freedom" is one group.
 * - sport.club-suffix-name: "Coventry City" in a sports report is the club.
 * - sport.town-club-action: "Portsmouth climbed", "Seattle traded" in a sports report are clubs.
 * - none.court-level-title: "Circuit Judge Gustavo Gelpí" names no circuit.
 * - organisation.agency-before-speaker: "with Reuters Smith said" is the agency and a speaker.
 * - place.ocean-crossed: "He crossed The Atlantic" is the sea, not the magazine.
 * - none.racing-circuit: "the First Circuit race" is no appeals court.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { isDemonym, lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import {
  ACRONYM_DEFINITION_ROW,
  ACRONYM_PLACE_KINDS,
  AGENCY_SPEAKER_ROW,
  OCEAN_CROSSING_ROW,
  RACING_CIRCUIT_ROW,
  CAMPAIGN_GROUP_ROW,
  CLUB_ACTION_ROW,
  CLUB_SUFFIX_ROW,
  COURT_LEVEL_ROW,
  KIND_NOUN_ROW,
  SPORT_BODY_ROW,
  SURNAME_REPEAT_ROW,
  TITLE_HEAD_ROW,
} from '../lexicon/blind-news-6';
import { COMMON_WORDS, FIRST_NAME_SET, FUNCTION_WORDS } from '../lexicon/words';
import { KNOWN_ORG_NAMES } from '../lexicon/names';
import { CLUB_DEAL_OBJECT_ROW, FIRM_NOUN_AFTER_ROW, KIND_NOUN_COMPOUND_ROW } from '../lexicon/review-rows-2';
import {
  ACRONYM,
  ORG,
  PERSON,
  PLACE,
  exactFormMarks,
  formMarks,
  isCapWord,
  isPunctChar,
  type NamedSpan,
  type Names,
  namesWithin,
  putOverWithin,
  capitalisedBeforeOnLine,
  capitalisedRun,
  capitalisedOnLine,
  isWord,
  isLowerWord,
  LAST_TOKEN,
  aliveByExactWord,
  OPEN_PAREN,
  CLOSE_PAREN,
} from './named-spans';
import { isSportsReportNamingNoElection, sentenceAboutSportNamingNoElection } from './sport-sentences';

export function applyBlindNewsRows6(ctx: Ctx, out: Names): void {
  acronymDefinitions(ctx, out);
  titleHeads(ctx, out);
  campaignGroups(ctx, out);
  sportBodies(ctx, out);
  kindNouns(ctx, out);
  clubSuffixes(ctx, out);
  townClubActions(ctx, out);
  courtLevels(ctx, out);
  agencySpeakers(ctx, out);
  oceansCrossed(ctx, out);
  racingCircuits(ctx, out);
  surnameRepeats(ctx, out);
}

const holdsPerson = (names: readonly NamedSpan[]) => names.some((n) => n.type === PERSON && n.b - n.a > 1);

/** Types [a, b) as `type` by `rule` unless a name crosses its edge, a person holds it, or it already says so. */
function putOver(out: Names, a: number, b: number, type: number, rule: string): void {
  const within = namesWithin(out, a, b);
  if (within && !holdsPerson(within)) putOverWithin(out, a, b, type, rule, within);
}

const SURNAME_BLOCKERS = new Set(SURNAME_REPEAT_ROW.value);
/** guard.firm-noun-after: "Ford shares", "Ford dealers" are the firm, not the founder. */
const FIRM_NOUNS = new Set(FIRM_NOUN_AFTER_ROW.value);
/** A model this sure of an organisation or a place is reading a firm named after its founder ("Bombardier" at 0.86-0.90). */
const SURE = 0.7;
const FIRM_MARKS = new Set(['&', 'inc', 'co', 'corp', 'ltd', 'plc', 'llc', 'ag', 'nv', 'group']);
const TICKER = /^\([A-Z0-9]{1,7}\.[A-Z]{1,3}\)/;
/** Token `i` marks the name before it as a firm: an ampersand, a legal form, or a ticker in brackets. */
function firmMarkAt(ctx: Ctx, i: number): boolean {
  if (i >= ctx.t.count) return false;
  if (FIRM_MARKS.has(lower(ctx, i))) return true;
  return isPunctChar(ctx, i, OPEN_PAREN) && TICKER.test(ctx.text.slice(ctx.t.start[i], ctx.t.start[i] + 16));
}
/**
 * The text after the last space of the span [a, b) (what `spanText(…).lastIndexOf(' ')` cuts off),
 * or '' when there is no space after its first character: read from the token forms when the cut
 * is a token's start, so the usual case slices nothing.
 */
export function textAfterLastSpace(ctx: Ctx, a: number, b: number): string {
  const { text, t } = ctx;
  const first = t.start[a],
    last = t.end[b - 1];
  let p = last - 1;
  while (p > first && text.charCodeAt(p) !== 32) p--;
  if (p <= first) return '';
  return p + 1 === t.start[b - 1] ? ctx.forms[ctx.form[b - 1]] : text.slice(p + 1, last);
}
/** The span [a, b) holds no space between its tokens: only such a name can be one word of another. */
export function noSpaceBetween(ctx: Ctx, a: number, b: number): boolean {
  const { text, t } = ctx;
  for (let i = a + 1; i < b; i++)
    for (let c = t.end[i - 1]; c < t.start[i]; c++) if (text.charCodeAt(c) === 32) return false;
  return true;
}
/** The texts of the names a rule typed an organisation or that have a firm's mark after them. */
function firmTexts(ctx: Ctx, out: Names): Set<string> {
  const firms = new Set<string>();
  for (const n of out.alive())
    if ((n.type === ORG && n.rule) || firmMarkAt(ctx, n.b)) firms.add(spanText(ctx, n.a, n.b));
  return firms;
}
/** person.surname-repeat: see the row. */
function surnameRepeats(ctx: Ctx, out: Names): void {
  // Per name a typed-array read and a set lookup of an interned form: the texts are sliced only for
  // the few names that pass (the bench's 1 MB text has thousands of names).
  const surnames = new Set<string>();
  for (const n of out.alive())
    if (n.type === PERSON && n.b - n.a > 1) {
      const last = textAfterLastSpace(ctx, n.a, n.b);
      if (last) surnames.add(last);
    }
  if (!surnames.size) return;
  // A firm named after its founder ("John Deere … Deere & Co"): a rule typed one of its mentions an organisation.
  // or one of its mentions has a firm's mark after it ("Deere & Co", "Deere (DE.N)", "Deere Inc").
  // Read when the first candidate is met (no name has been put yet, so it is the same set as before the loop).
  let firms: Set<string> | undefined;
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.type === PERSON || n.rule || n.probs[n.type] >= SURE) continue;
    // A surname holds no space, so a name with one between its tokens is none.
    let text: string;
    if (n.b - n.a === 1) text = ctx.forms[ctx.form[n.a]];
    else if (noSpaceBetween(ctx, n.a, n.b)) text = spanText(ctx, n.a, n.b);
    else continue;
    if (!surnames.has(text)) continue;
    firms ??= firmTexts(ctx, out);
    if (firms.has(text)) continue;
    if (n.a > 0 && SURNAME_BLOCKERS.has(lower(ctx, n.a - 1))) continue;
    // A firm the lists know ("Ford" after "Henry Ford"), or one with shares or dealers (guard.firm-noun-after).
    if (KNOWN_ORG_NAMES.has(text.toLowerCase()) || (isLowerWord(ctx, n.b) && FIRM_NOUNS.has(lower(ctx, n.b)))) continue;
    if (capitalisedOnLine(ctx, n.b) || placeLookup(ctx, text)) continue;
    out.put(n.a, n.b, PERSON, SURNAME_REPEAT_ROW.id, undefined, n);
  }
}

const ACRONYM_HEADS = new Set(ACRONYM_DEFINITION_ROW.value);
const PLACE_KINDS = new Set(ACRONYM_PLACE_KINDS);
/**
 * A defined name read as a place that ends in a place the map knows, is no place itself and holds
 * no word for a kind of land: a body named after the place ("Gerakan Rakyat Johor (GRJ)").
 */
function bodyNamedAfterPlace(ctx: Ctx, a: number, b: number): boolean {
  if (b - a < 2 || !placeLookup(ctx, ctx.forms[ctx.form[b - 1]]) || placeLookup(ctx, spanText(ctx, a, b))) return false;
  for (let j = a; j < b; j++) if (PLACE_KINDS.has(lower(ctx, j))) return false;
  return true;
}
const NAME_LINKS = new Set(['of', 'for', 'and', 'the', 'on']);
/** Most tokens read back from an acronym's bracket for the name it stands for. */
const DEFINED_TOKENS = 12;
/** The initials of the capitalised words of [a, b), a hyphenated word giving one per capitalised part. */
function capitalInitials(ctx: Ctx, a: number, b: number): string {
  let out = '';
  for (let i = a; i < b; i++) {
    if (!isCapWord(ctx, i)) continue;
    for (const part of ctx.forms[ctx.form[i]].split('-')) if (/^[A-Z]/.test(part)) out += part[0];
  }
  return out;
}
const HEAD_LINKS = new Set(['of', 'for']);
/** The name opens with a body's head and "of" or "for" ("Confederation of African Football"). */
const headBeforeOf = (ctx: Ctx, a: number) =>
  ACRONYM_HEADS.has(lower(ctx, a)) && isLowerWord(ctx, a + 1) && HEAD_LINKS.has(lower(ctx, a + 1));
/** organisation.acronym-definition: see the row. */
function acronymDefinitions(ctx: Ctx, out: Names): void {
  const { id } = ACRONYM_DEFINITION_ROW;
  const { t } = ctx;
  const opens = tokensOf(ctx, formMarks(ctx, new Set(['('])));
  for (let x = 0; x < opens.length; x++) {
    const o = opens[x];
    if (!isPunctChar(ctx, o, OPEN_PAREN) || !isPunctChar(ctx, o + 2, CLOSE_PAREN)) continue;
    const acronym = ctx.forms[ctx.form[o + 1]];
    if (t.kind[o + 1] !== Kind.Word || !ACRONYM.test(acronym) || !/^[A-Z]+$/.test(acronym)) continue;
    // The start whose capitalised words spell the acronym, reading back over capitalised words and links.
    let a = -1;
    for (let j = o - 1; j >= 0 && o - j <= DEFINED_TOKENS; j--) {
      if (t.flags[j + 1] & Flag.NewLine && j + 1 < o) break;
      const cap = isCapWord(ctx, j) && lower(ctx, j) !== 'the';
      const link = isLowerWord(ctx, j) && NAME_LINKS.has(lower(ctx, j));
      const hyphen = t.kind[j] === Kind.Punct && ctx.text[t.start[j]] === '-' && isCapWord(ctx, j - 1);
      if (!cap && !link && !hyphen) break;
      if (cap && capitalInitials(ctx, j, o) === acronym) a = j;
    }
    if (a < 0 || a === o - 1 || isLowerWord(ctx, o - 1)) continue;
    const within = namesWithin(out, a, o);
    // A name another row shaped ("Taiwan Semiconductor Manufacturing Co" without its legal form) stays as it made it.
    if (!within || holdsPerson(within) || within.some((n) => n.rule)) continue;
    let type = -1;
    for (const n of within) if (type < 0 || n.type === ORG) type = n.type;
    if (type < 0 && (ACRONYM_HEADS.has(lower(ctx, o - 1)) || headBeforeOf(ctx, a))) type = ORG;
    if (type < 0 || type === PERSON) continue;
    if (type === PLACE && bodyNamedAfterPlace(ctx, a, o)) type = ORG;
    putOver(out, a, o, type, id);
    const uses = tokensOf(ctx, formMarks(ctx, new Set([acronym.toLowerCase()])));
    for (let y = 0; y < uses.length; y++) {
      const i = uses[y];
      if (ctx.forms[ctx.form[i]] !== acronym) continue;
      const n = out.at(i);
      if (n && (n.a !== i || n.b !== i + 1)) continue;
      putOver(out, i, i + 1, type, id);
    }
  }
}

const TITLE_WORDS = new Set(TITLE_HEAD_ROW.value.titles.map((w) => w.toLowerCase()));
const TITLE_HEADS = new Set(TITLE_HEAD_ROW.value.heads);
/** Most capitalised words a body's name holds before "General" ("Kentucky General Assembly"). */
const BODY_WORDS = 2;
/** organisation.title-word-head: see the row. */
function titleHeads(ctx: Ctx, out: Names): void {
  const { id } = TITLE_HEAD_ROW;
  const hits = tokensOf(ctx, formMarks(ctx, TITLE_WORDS));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!capitalisedBeforeOnLine(ctx, i) || !TITLE_HEADS.has(ctx.forms[ctx.form[i + 1]])) continue;
    if (capitalisedOnLine(ctx, i + 2)) continue;
    let a = i;
    // Capitalised words before it that a name the model read already joins to the pair or that
    // no name holds ("the Missouri General Assembly"), not a sentence's common first word.
    while (a > 0 && i - a < BODY_WORDS && capitalisedBeforeOnLine(ctx, a - 1) && lower(ctx, a - 1) !== 'the') {
      if (/-[a-z]/.test(ctx.forms[ctx.form[a - 1]])) break;
      const n = out.at(a - 1);
      if (n && n.b !== a && !(n.a < i && n.b > i)) break;
      if (ctx.s.first[ctx.s.of[a - 1]] === a - 1 && COMMON_WORDS.has(lower(ctx, a - 1))) break;
      a--;
    }
    putOver(out, a, i + 2, ORG, id);
  }
}

const CAMPAIGN_LINKS = new Set(CAMPAIGN_GROUP_ROW.value.links);
const CAMPAIGN_GROUPS = new Set(CAMPAIGN_GROUP_ROW.value.groups);
const PEOPLE_PLURAL = /^[A-Z][a-z]+(?:ans|ites)$/;
/** Most words of what a group is for ("Safe and Healthy Schools"). */
const AIM_WORDS = 5;
/** organisation.people-for-aim: see the row. */
function campaignGroups(ctx: Ctx, out: Names): void {
  const { id } = CAMPAIGN_GROUP_ROW;
  const hits = tokensOf(ctx, formMarks(ctx, CAMPAIGN_LINKS));
  for (let x = 0; x < hits.length; x++) {
    const l = hits[x];
    if (l < 1 || !capitalisedBeforeOnLine(ctx, l - 1) || !capitalisedOnLine(ctx, l + 1)) continue;
    const who = ctx.forms[ctx.form[l - 1]];
    if (!CAMPAIGN_GROUPS.has(who) && !PEOPLE_PLURAL.test(who)) continue;
    let b = l + 1;
    while (b < ctx.t.count && b - l <= AIM_WORDS) {
      if (capitalisedOnLine(ctx, b)) b++;
      else if ((isWord(ctx, b, 'and') || isWord(ctx, b, 'of')) && capitalisedOnLine(ctx, b + 1)) b += 2;
      else break;
    }
    putOver(out, l - 1, b, ORG, id);
  }
}

const SPORTS = new Set(SPORT_BODY_ROW.value);
/** Most words of the country after the sport ("Papua New Guinea"). */
const SPORT_BODY_PLACE_WORDS = 3;
/** The end of the longest run of one to three capitalised words from `a` that the map knows, or −1. */
function placeAfterSport(ctx: Ctx, a: number): number {
  for (let b = capitalisedRun(ctx, a, SPORT_BODY_PLACE_WORDS); b > a; b--)
    if (placeLookup(ctx, spanText(ctx, a, b))) return b;
  return -1;
}
/** organisation.sport-body: see the row. */
function sportBodies(ctx: Ctx, out: Names): void {
  const { id } = SPORT_BODY_ROW;
  const hits = tokensOf(ctx, formMarks(ctx, new Set([...SPORTS].map((s) => s.toLowerCase()))));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!SPORTS.has(ctx.forms[ctx.form[i]])) continue;
    let a = -1,
      b = -1;
    if (i > 0 && capitalisedBeforeOnLine(ctx, i - 1) && ctx.forms[ctx.form[i - 1]] === 'World') [a, b] = [i - 1, i + 1];
    else if (capitalisedBeforeOnLine(ctx, i)) [a, b] = [i, placeAfterSport(ctx, i + 1)];
    if (a < 0 || b < 0 || capitalisedOnLine(ctx, b) || ctx.t.kind[b] === Kind.Poss) continue;
    // "Cricket Scotland said", "Netball New Zealand confirmed": the model reads a sport word and a
    // country opening a sentence as a person's two names; no one is named so, so the body goes
    // over that reading (a longer person, or a rule's, still holds it).
    const within = namesWithin(out, a, b);
    const modelPerson = within?.length === 1 && within[0].a === a && within[0].b === b && !within[0].rule;
    if (modelPerson) putOverWithin(out, a, b, ORG, id, within);
    else putOver(out, a, b, ORG, id);
  }
}

const KINDS = new Set(KIND_NOUN_ROW.value.kinds);
/** guard.kind-noun-compound: "the Google district office" is a division of a firm. */
const KIND_COMPOUNDS = new Set(KIND_NOUN_COMPOUND_ROW.value);
const PLURAL_KINDS = new Set(KIND_NOUN_ROW.value.plural);
/** Most capitalised words of a land's name before its kind word ("Sierra de los Cuchumatanes" is rarer). */
const LAND_WORDS = 3;
/** An adjective of a people or a language ("Nordic", "Kurdish", "Chinese") rather than a land's own name. */
const ADJECTIVE = /(?:ic|ese|ish)$/;
/** The first token of the land's name that ends just before token `k`, or `k` when there is none to read. */
function landBefore(ctx: Ctx, out: Names, k: number): number {
  let a = k;
  while (a > 0 && k - a < LAND_WORDS && capitalisedBeforeOnLine(ctx, a - 1) && lower(ctx, a - 1) !== 'the') a--;
  if (a === k) return k;
  const text = spanText(ctx, a, k);
  if (/^[A-Z]{2,}$/.test(text) || isDemonym(ctx, text) || (k - a === 1 && ADJECTIVE.test(text))) return k;
  if (k - a === 1 && !out.at(a) && (COMMON_WORDS.has(lower(ctx, a)) || FUNCTION_WORDS.has(lower(ctx, a)))) return k;
  // "the Apple region", "Nvidia valley": a firm the lists know and no map does ("the Amazon region"
  // is the rainforest; guard.kind-noun-compound).
  if (k - a === 1 && KNOWN_ORG_NAMES.has(lower(ctx, a)) && !placeLookup(ctx, text)) return k;
  return a;
}
/** "Tucson-area", "Bay-side": a compound modifier with a small tail, whose place (if any) is name.compound-modifier's. */
function hyphenModifier(ctx: Ctx, i: number): boolean {
  const form = ctx.forms[ctx.form[i]];
  const dash = form.lastIndexOf('-');
  return dash > 0 && dash + 1 < form.length && form[dash + 1] !== form[dash + 1].toUpperCase();
}
/** place.kind-noun-after: see the row. */
function kindNouns(ctx: Ctx, out: Names): void {
  const { id } = KIND_NOUN_ROW;
  const hits = tokensOf(ctx, formMarks(ctx, new Set([...KINDS, ...PLURAL_KINDS])));
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    // "the Carlsberg district of Copenhagen" is place.district-of's to read (a firm may name the district).
    if (!isLowerWord(ctx, k) || out.at(k) || (isWord(ctx, k, 'district') && isWord(ctx, k + 1, 'of'))) continue;
    // "the Taliban region chief", "the Google district office": a body's division (guard.kind-noun-compound).
    if (isLowerWord(ctx, k + 1) && KIND_COMPOUNDS.has(lower(ctx, k + 1))) continue;
    const a = landBefore(ctx, out, k);
    if (a === k || hyphenModifier(ctx, k - 1)) continue;
    putOver(out, a, k, PLACE, id);
    if (PLURAL_KINDS.has(lower(ctx, k)) && isWord(ctx, a - 1, 'and')) {
      const a2 = landBefore(ctx, out, a - 1);
      if (a2 < a - 1) putOver(out, a2, a - 1, PLACE, id);
    }
  }
}

const CLUB_SUFFIXES = new Set(CLUB_SUFFIX_ROW.value);
/** Election copy counts like a sports report (votes "45-43"); its "Clark County" is the county (politics.election-words). */
const LOCATIVES = new Set(['in', 'near', 'around', 'outside', 'across']);
/** Below this a person read over a town and a club suffix may be the club. */
const CLUB_PERSON = 0.9;
/** sport.club-suffix-name: see the row. */
function clubSuffixes(ctx: Ctx, out: Names): void {
  let sports = -1;
  const alive = aliveByExactWord(ctx, out, CLUB_SUFFIXES, LAST_TOKEN);
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.b - n.a < 2 || !CLUB_SUFFIXES.has(ctx.forms[ctx.form[n.b - 1]])) continue;
    // "Stoke City drew 1-1", "sacked by Plymouth Argyle": the model's unsure person, no given name
    // first, in a sentence about sport (ents61b).
    const person =
      n.type === PERSON && !n.rule && n.probs[PERSON] < CLUB_PERSON && !FIRST_NAME_SET.has(lower(ctx, n.a));
    if ((n.type !== PLACE && !person) || placeLookup(ctx, spanText(ctx, n.a, n.b))) continue;
    if (n.a > 0 && LOCATIVES.has(lower(ctx, n.a - 1))) continue;
    if (sports < 0) sports = isSportsReportNamingNoElection(ctx) ? 1 : 0;
    // A short text: the name's own sentence has a score or a sport word (ents61b).
    if (!sports && !sentenceAboutSportNamingNoElection(ctx, ctx.s.of[n.a])) continue;
    out.put(n.a, n.b, ORG, CLUB_SUFFIX_ROW.id, undefined, n);
  }
}

const COURT_LEVELS = new Set(COURT_LEVEL_ROW.value);
/** none.court-level-title: see the row. */
function courtLevels(ctx: Ctx, out: Names): void {
  for (const n of out.alive())
    if (n.b - n.a === 1 && COURT_LEVELS.has(ctx.forms[ctx.form[n.a]]) && ctx.forms[ctx.form[n.b]] === 'Judge')
      out.remove(n);
}

const AGENCIES = new Set(AGENCY_SPEAKER_ROW.value.agencies);
const AGENCY_PRODUCTS = new Set(AGENCY_SPEAKER_ROW.value.products);
const REPORTING = new Set(AGENCY_SPEAKER_ROW.value.verbs);
/** organisation.agency-before-speaker: see the row. */
function agencySpeakers(ctx: Ctx, out: Names): void {
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.b - n.a < 2 || n.b - n.a > 3 || !AGENCIES.has(ctx.forms[ctx.form[n.a]])) continue;
    if (!isLowerWord(ctx, n.a - 1) || !isLowerWord(ctx, n.b) || !REPORTING.has(lower(ctx, n.b))) continue;
    let speaker = true;
    for (let i = n.a + 1; i < n.b; i++)
      if (!isCapWord(ctx, i) || AGENCY_PRODUCTS.has(ctx.forms[ctx.form[i]]) || COMMON_WORDS.has(lower(ctx, i)))
        speaker = false;
    if (!speaker) continue;
    const { a, b } = n;
    out.put(a, a + 1, ORG, AGENCY_SPEAKER_ROW.id, undefined, n);
    out.put(a + 1, b, PERSON, AGENCY_SPEAKER_ROW.id);
  }
}

const OCEANS = new Set(OCEAN_CROSSING_ROW.value.oceans);
const CROSSING = new Set(OCEAN_CROSSING_ROW.value.crossing);
const CAPITAL_THE = new Set(['The']);
/** place.ocean-crossed: see the row. */
function oceansCrossed(ctx: Ctx, out: Names): void {
  // Only the tokens written "The" (a capitalised article mid-sentence), not every "the".
  const hits = tokensOf(ctx, exactFormMarks(ctx, CAPITAL_THE));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!CROSSING.has(lower(ctx, i - 1)) || !isLowerWord(ctx, i - 1)) continue;
    if (!capitalisedBeforeOnLine(ctx, i) || !OCEANS.has(ctx.forms[ctx.form[i + 1]]) || capitalisedOnLine(ctx, i + 2))
      continue;
    const within = namesWithin(out, i, i + 2);
    if (!within) continue;
    out.put(i + 1, i + 2, PLACE, OCEAN_CROSSING_ROW.id, undefined, within[0]);
  }
}

const RACE_WORDS = new Set(RACING_CIRCUIT_ROW.value);
/** none.racing-circuit: see the row. */
function racingCircuits(ctx: Ctx, out: Names): void {
  for (const n of out.alive())
    if (
      n.type === ORG &&
      ctx.forms[ctx.form[n.b - 1]] === 'Circuit' &&
      isLowerWord(ctx, n.b) &&
      RACE_WORDS.has(lower(ctx, n.b))
    )
      out.remove(n);
}

const CLUB_ACTIONS = new Set(CLUB_ACTION_ROW.value);
const CLUB_MOVES = new Set(CLUB_DEAL_OBJECT_ROW.value.moves);
const CLUB_OBJECTS = new Set(CLUB_DEAL_OBJECT_ROW.value.objects);
/** Words after a move read for what was moved ("traded a second-line defenceman"). */
const OBJECT_WORDS = 6;
/** guard.club-deal-object: a club's move at `v` has a player, a coach or the points after it. */
function clubObjectAfter(ctx: Ctx, out: Names, v: number): boolean {
  const sentence = ctx.s.of[v];
  for (let i = v + 1; i < ctx.t.count && i - v <= OBJECT_WORDS && ctx.s.of[i] === sentence; i++) {
    if (CLUB_OBJECTS.has(lower(ctx, i))) return true;
    if (out.at(i)?.type === PERSON) return true;
  }
  return false;
}
/** A town the map knows (no country) that the model read as the place or left out, at [a, b). */
function townAt(ctx: Ctx, out: Names, a: number, b: number): boolean {
  const n = out.at(a);
  if (n ? n.a !== a || n.b !== b || n.type !== PLACE : !capitalisedOnLine(ctx, a) || b !== a + 1) return false;
  const hit = placeLookup(ctx, spanText(ctx, a, b));
  return !!hit && hit.kind !== 'country' && !ctx.gaz?.isWeak?.(spanText(ctx, a, b));
}
/** Whose coach or manager a club sacks or appoints ("sacked its manager", "appointed their new head coach"). */
const CLUB_OWNERS = new Set(['its', 'their']);
const CLUB_BOSSES = new Set(['coach', 'manager', 'boss']);
const BOSS_MODIFIERS = new Set(['new', 'head', 'first-team', 'interim']);
/** A move at `v` whose object is the club's own coach or manager: the subject is a club in any text. */
function ownBossAfter(ctx: Ctx, v: number): boolean {
  let i = v + 1;
  if (!isLowerWord(ctx, i) || !CLUB_OWNERS.has(lower(ctx, i))) return false;
  i++;
  while (i < ctx.t.count && i - v <= 4 && isLowerWord(ctx, i) && BOSS_MODIFIERS.has(lower(ctx, i))) i++;
  if (!isLowerWord(ctx, i) || !CLUB_BOSSES.has(lower(ctx, i))) return false;
  // "Springfield appointed its new manager": a town hires a manager too; only a club sacks one in any text.
  return lower(ctx, i) === 'coach' || BOSS_SACKINGS.has(lower(ctx, v));
}
/** Moves whose object, a manager or boss, says club in any text ("Kilmarnock sacked its manager"). */
const BOSS_SACKINGS = new Set(['sacked', 'fired', 'dismissed', 'axed']);
/** The model's doubt below which its one-word reading of a club's name is overruled. */
const DOUBTED = 0.6;
/**
 * One capitalised word opening its sentence, unread or read by the model alone with doubt, no
 * word of the language, no given name or country ("Feyenoord").
 */
function unreadClubWord(ctx: Ctx, out: Names, a: number, b: number): boolean {
  const n = out.at(a);
  if (n && (n.a !== a || n.b !== b || n.rule || n.probs[n.type] >= DOUBTED)) return false;
  if (b !== a + 1 || !isCapWord(ctx, a) || ctx.s.first[ctx.s.of[a]] !== a) return false;
  const w = lower(ctx, a);
  if (FUNCTION_WORDS.has(w) || FIRST_NAME_SET.has(w)) return false;
  const kind = placeLookup(ctx, spanText(ctx, a, b))?.kind;
  // "Reading sacked their manager": a word of the language that the map knows as a town is the
  // town's club before its own manager (ents46b); "Management sacked its manager" is no town.
  return kind !== 'country' && (!COMMON_WORDS.has(w) || kind === 'city');
}
/** sport.town-club-action: see the row. */
function townClubActions(ctx: Ctx, out: Names): void {
  const { id } = CLUB_ACTION_ROW;
  const hits = tokensOf(ctx, formMarks(ctx, CLUB_ACTIONS));
  let sports = -1;
  for (let x = 0; x < hits.length; x++) {
    const v = hits[x];
    if (!isLowerWord(ctx, v) || v < 1) continue;
    // "Munich appointed a new mayor": a town's government moves too (guard.club-deal-object).
    if (CLUB_MOVES.has(lower(ctx, v)) && !clubObjectAfter(ctx, out, v)) continue;
    // The subject right before the verb, and the one before "and" when two towns share it.
    const spans: [number, number][] = [];
    const last = out.at(v - 1);
    const b = v,
      a = last && last.b === v ? last.a : v - 1;
    spans.push([a, b]);
    if (isWord(ctx, a - 1, 'and')) {
      const first = out.at(a - 2);
      spans.push(first && first.b === a - 1 ? [first.a, a - 1] : [a - 2, a - 1]);
    }
    // "Kilmarnock sacked its manager": the club's own coach or manager says club in any text (ents45b).
    const own = ownBossAfter(ctx, v);
    for (const [p, q] of spans) {
      if (p < 0 || (p > 0 && LOCATIVES.has(lower(ctx, p - 1)))) continue;
      if (!townAt(ctx, out, p, q) && !(own && unreadClubWord(ctx, out, p, q))) continue;
      if (!own) {
        if (sports < 0) sports = isSportsReportNamingNoElection(ctx) ? 1 : 0;
        if (!sports) return;
      }
      putOver(out, p, q, ORG, id);
    }
  }
}
