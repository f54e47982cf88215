/**
 * Rules from the blind entity batches 56 and 57 (4 Dec 2026, helper ents29a, issue #9; rows in
 * lexicon/blind-news-19.ts). applyNameRules calls `applyBlindNewsRows19` right after the blind-18
 * rows, so these read the names every earlier rule decided. Each rule starts from the names or
 * from the tokens of its own words.
 * - none.nationality-opening: "[Slovenian] court halts vote" is no name.
 * - place.state-unread: "a new [Kentucky] law" left unread.
 * - person.player-position: "guard [Dallas Brooks] scored" read as a club.
 * - person.adjacent-parts: "[Tan] [Wei Ming]" is one person.
 * - organisation.firm-named-elsewhere: "Salmon farmer [Frøya Havbruk]" beside "Frøya Havbruk ASA".
 * - organisation.acronym-after-seat: "the Academy of … in Prague ([UMPRUM])".
 * - sport.town-nickname-bare: "host [Castleford Tigers]", "to [Catalans Dragons]".
 * - place.venue-noun-after: "at the [Martín Carpena] arena".
 * - none.adjective-opening: "Neighbouring [Pawtucket Water Supply Board]".
 * - place.power-plant-head: "the [Krško Nuclear Power Plant]".
 * - place.area-noun-after: "the [Posavje] area".
 * - place.civic-title-of: "Mayor Janko Pirc of [Krško] said".
 * - person.player-given-name: '"[Dallas] wanted the ball"' after "guard Dallas Brooks".
 * - person.hyphenated-surname-unread: "[Kristoffer Lund-Hagen] at DNB Carnegie" left unread.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { capitalisedWords, isDemonym, lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import {
  ACRONYM_AFTER_SEAT_ROW,
  ADJACENT_PARTS_ROW,
  ADJECTIVE_OPENING_ROW,
  AREA_NOUN_ROW,
  BARE_NICKNAME_CLUB_ROW,
  CIVIC_TITLE_OF_ROW,
  FIRM_ELSEWHERE_ROW,
  HYPHENATED_SURNAME_ROW,
  PLAYER_GIVEN_NAME_ROW,
  NATIONALITY_OPENING_ROW,
  PLAYER_POSITION_ROW,
  POWER_PLANT_ROW,
  STATE_UNREAD_ROW,
  VENUE_NOUN_ROW,
} from '../lexicon/blind-news-19';
import { KNOWN_ORG_NAMES } from '../lexicon/names';
import { COMMON_WORDS, FIRST_NAME_SET, FUNCTION_WORDS, unaccented } from '../lexicon/words';
import {
  ACRONYM,
  ORG,
  PERSON,
  PLACE,
  exactFormMarks,
  formMarks,
  patternFormMarks,
  isCapWord,
  isWord,
  type NamedSpan,
  type Names,
  opensLine,
  opensSentence,
  namedAloneInSentence,
  isLowerWord,
  isOneChar,
  capitalisedOnLineAfterStart,
  isPlainWord,
  OPEN_PAREN,
  CLOSE_PAREN,
  COMMA,
  modelReadExactly,
  sentenceHas,
} from './named-spans';
import { SportsReading, isSportsReport } from './sport-sentences';
import { givenName } from './blind-rules-14';
import { lowerSetOf } from '../lexicon/rule-row';

/** A reading the model is this sure of is left alone. */
const SURE = 0.8;

export function applyBlindNewsRows19(ctx: Ctx, out: Names): void {
  const sports = new SportsReading(ctx);
  nationalityOpenings(ctx, out);
  statesUnread(ctx, out, sports);
  playerPositions(ctx, out, sports);
  adjacentParts(ctx, out);
  firmsNamedElsewhere(ctx, out);
  acronymsAfterSeats(ctx, out);
  bareNicknameClubs(ctx, out, sports);
  venueNounsAfter(ctx, out);
  adjectiveOpenings(ctx, out);
  powerPlantHeads(ctx, out);
  areaNounsAfter(ctx, out);
  civicTitlesOf(ctx, out);
  civicTitlesAfter(ctx, out);
  playerGivenNames(ctx, out, sports);
  hyphenatedSurnames(ctx, out);
}

// --- none.nationality-opening -----------------------------------------------------------------

const NATIONALITY_SUFFIXES = NATIONALITY_OPENING_ROW.value.suffixes;
const OWN_VERBS = lowerSetOf(NATIONALITY_OPENING_ROW.value.verbs);

/** A demonym, or an adjective made from a country or region the map knows ("Slovenian", "Icelandic"). */
function nationality(ctx: Ctx, w: string): boolean {
  if (isDemonym(ctx, w)) return true;
  for (const suffix of NATIONALITY_SUFFIXES) {
    if (w.length <= suffix.length + 3 || !w.endsWith(suffix)) continue;
    const kind = placeLookup(ctx, w.slice(0, -suffix.length))?.kind;
    if (kind === 'country' || kind === 'region') return true;
  }
  return false;
}

/** none.nationality-opening: see the row. */
function nationalityOpenings(ctx: Ctx, out: Names): void {
  const drops: NamedSpan[] = [];
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.b - n.a !== 1 || n.rule || !opensSentence(ctx, n.a) || !isLowerWord(ctx, n.b) || opensLine(ctx, n.b))
      continue;
    // A headline only: in a sentence the adjective can open the subject of a claim ("European
    // bicycle makers welcomed the decision"), whose source the claims read from the name.
    if (!ctx.headline[ctx.s.of[n.a]]) continue;
    if (OWN_VERBS.has(lower(ctx, n.b)) || !nationality(ctx, word(ctx, n.a))) continue;
    // The document names it alone elsewhere, inside a sentence: a name of its own.
    if (!namedAloneInSentence(ctx, alive, n)) drops.push(n);
  }
  for (const n of drops) out.remove(n);
}

// --- place.state-unread -----------------------------------------------------------------------

const STATES = new Set(STATE_UNREAD_ROW.value.states);

/** place.state-unread: see the row. */
function statesUnread(ctx: Ctx, out: Names, sports: SportsReading): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, STATES));
  // Any report with sports sentences, even one naming an election: "Arizona beat Utah".
  if (!hits.length || sports.yes || isSportsReport(ctx)) return;
  const persons = new Set<string>();
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++)
    if (alive[x].type === PERSON) for (let i = alive[x].a; i < alive[x].b; i++) persons.add(word(ctx, i));
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    if (out.at(i) || persons.has(word(ctx, i))) continue;
    if (capitalisedOnLineAfterStart(ctx, i) && isCapWord(ctx, i - 1)) continue;
    if (capitalisedOnLineAfterStart(ctx, i + 1)) continue;
    out.put(i, i + 1, PLACE, STATE_UNREAD_ROW.id);
  }
}

// --- person.player-position -------------------------------------------------------------------

const POSITIONS = lowerSetOf(PLAYER_POSITION_ROW.value.positions);
const CLUB_TAILS = lowerSetOf(PLAYER_POSITION_ROW.value.clubTails);

const CLUB_DEALS = lowerSetOf(PLAYER_POSITION_ROW.value.clubDeals);
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);

/**
 * Review (ents30c): "the defender [that] Crystal Palace sold last summer scored": after a determiner
 * and the position noun at `p`, the name ending at `b` before a verb of a club's deal with no
 * object after it is the subject of a relative clause, a club.
 */
function relativeClauseClub(ctx: Ctx, p: number, b: number): boolean {
  if (p < 1 || ctx.t.kind[p - 1] !== Kind.Word || !OBJECT_OPENERS.has(lower(ctx, p - 1))) return false;
  if (!isLowerWord(ctx, b) || !CLUB_DEALS.has(lower(ctx, b))) return false;
  return !(isLowerWord(ctx, b + 1) && OBJECT_OPENERS.has(lower(ctx, b + 1))) && ctx.t.kind[b + 1] !== Kind.Num;
}

/** person.player-position: see the row. */
function playerPositions(ctx: Ctx, out: Names, sports: SportsReading): void {
  if (sports.ruledOut) return;
  const hits = tokensOf(ctx, formMarks(ctx, POSITIONS));
  if (!hits.length || !sports.yes) return;
  for (let k = 0; k < hits.length; k++) {
    const p = hits[k];
    const a = p + 1;
    if (
      !isLowerWord(ctx, p) ||
      !capitalisedOnLineAfterStart(ctx, a) ||
      !capitalisedOnLineAfterStart(ctx, a + 1) ||
      capitalisedOnLineAfterStart(ctx, a + 2)
    )
      continue;
    if (CLUB_TAILS.has(lower(ctx, a + 1))) continue;
    const n = out.at(a);
    if (!n || n.a !== a || n.b !== a + 2 || n.type === PERSON || !modelReadExactly(out, a, a + 2, SURE)) continue;
    if (relativeClauseClub(ctx, p, a + 2)) continue;
    out.put(a, a + 2, PERSON, PLAYER_POSITION_ROW.id, undefined, n);
  }
}

// --- person.adjacent-parts --------------------------------------------------------------------

/** person.adjacent-parts: see the row. */
function adjacentParts(ctx: Ctx, out: Names): void {
  const pairs: [NamedSpan, NamedSpan][] = [];
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.type !== PERSON || n.b - n.a !== 1 || n.role || opensLine(ctx, n.b)) continue;
    const m = out.at(n.b);
    if (!m || m === n || m.a !== n.b || m.type !== PERSON || m.role) continue;
    if (m.b - n.a > ADJACENT_PARTS_ROW.value || !(ctx.t.flags[m.a] & Flag.Space)) continue;
    if (ctx.t.start[m.a] - ctx.t.end[n.a] !== 1) continue;
    pairs.push([n, m]);
  }
  for (const [n, m] of pairs) out.put(n.a, m.b, PERSON, ADJACENT_PARTS_ROW.id, undefined, m);
}

// --- organisation.firm-named-elsewhere --------------------------------------------------------

const FIRM_RULES = new Set(FIRM_ELSEWHERE_ROW.value.rules);
const DESCRIPTOR_RULE = 'person.descriptor-before-name';

/** organisation.firm-named-elsewhere: see the row. */
function firmsNamedElsewhere(ctx: Ctx, out: Names): void {
  const alive = out.alive();
  const firms = new Set<string>();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.type === ORG && n.rule && (FIRM_RULES.has(n.rule) || (n.overruled && FIRM_RULES.has(n.overruled))))
      firms.add(spanText(ctx, n.a, n.b));
  }
  if (!firms.size) return;
  const turns: NamedSpan[] = [];
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.type !== PERSON || n.rule !== DESCRIPTOR_RULE || givenName(ctx, n.a)) continue;
    if (firms.has(spanText(ctx, n.a, n.b))) turns.push(n);
  }
  for (const n of turns) out.put(n.a, n.b, ORG, FIRM_ELSEWHERE_ROW.id, undefined, n);
}

// --- organisation.acronym-after-seat ----------------------------------------------------------

const SEAT_LINKS = lowerSetOf(ACRONYM_AFTER_SEAT_ROW.value);
/** Capitalised words a body's name needs before its seat and acronym. */
const LONG_NAME = 3;

/** organisation.acronym-after-seat: see the row. */
function acronymsAfterSeats(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, SEAT_LINKS));
  for (let k = 0; k < hits.length; k++) {
    const l = hits[k];
    if (!isLowerWord(ctx, l)) continue;
    const body = out.at(l - 1);
    const seat = out.at(l + 1);
    if (!body || body.type !== ORG || body.b !== l || !seat || seat.type !== PLACE || seat.a !== l + 1) continue;
    // A long formal name only: its acronym is often in its own language ("UMPRUM").
    let words = 0;
    for (let i = body.a; i < body.b; i++) if (isCapWord(ctx, i)) words++;
    if (words < LONG_NAME) continue;
    const p = seat.b;
    const acr = p + 1;
    if (!isOneChar(ctx, p, OPEN_PAREN) || !isOneChar(ctx, acr + 1, CLOSE_PAREN) || ctx.t.kind[acr] !== Kind.Word)
      continue;
    const w = word(ctx, acr);
    if (w.length < 3 || !ACRONYM.test(w) || !(ctx.t.flags[acr] & Flag.AllCaps)) continue;
    // Review (ents30c): "… in Abu Dhabi (UAE)" gives the seat's country, not the body's short name.
    if (placeLookup(ctx, w)) continue;
    const n = out.at(acr);
    if (n && (n.type === ORG || n.rule || n.probs[n.type] >= SURE)) continue;
    out.put(acr, acr + 1, ORG, ACRONYM_AFTER_SEAT_ROW.id, undefined, n);
  }
}

// --- sport.town-nickname-bare -----------------------------------------------------------------

const NOT_NICKNAMES = lowerSetOf(BARE_NICKNAME_CLUB_ROW.value.notNicknames);
const NICKNAMES = lowerSetOf(BARE_NICKNAME_CLUB_ROW.value.nicknames);
const TRANSFERS = lowerSetOf(BARE_NICKNAME_CLUB_ROW.value.transfers);

/** A plural of a word of the language ("Warriors", "Giants") or a club nickname ("Tigers", "Wolves"). */
function languagePlural(ctx: Ctx, i: number): boolean {
  const w = lower(ctx, i);
  if (w.length < 5 || !w.endsWith('s') || /(?:ss|us|is)$/.test(w) || NOT_NICKNAMES.has(w)) return false;
  if (NICKNAMES.has(w)) return true;
  const singulars = [w.slice(0, -1)];
  if (w.endsWith('ves')) singulars.push(w.slice(0, -3) + 'f');
  if (w.endsWith('ies')) singulars.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) singulars.push(w.slice(0, -2));
  return singulars.some((s) => COMMON_WORDS.has(s) || ctx.lowerSeen.has(s)) || COMMON_WORDS.has(w);
}

/**
 * Three capitalised words, no more, on the line: a town the map knows (no country), a word that is
 * no given name and no plural, and a plural nickname ("Chennai Super Kings", "Kolkata Knight
 * Riders"): sport.town-nickname-bare's longer form, read in a sports report only.
 */
function townNicknameTriples(ctx: Ctx, caps: Int32Array): number[] {
  const triples: number[] = [];
  for (let k = 0; k < caps.length; k++) {
    const a = caps[k];
    if (!capitalisedOnLineAfterStart(ctx, a + 1) || !capitalisedOnLineAfterStart(ctx, a + 2)) continue;
    if (
      capitalisedOnLineAfterStart(ctx, a + 3) ||
      (a > 0 && capitalisedOnLineAfterStart(ctx, a) && isCapWord(ctx, a - 1))
    )
      continue;
    if (ctx.t.flags[a + 2] & Flag.AllCaps || !languagePlural(ctx, a + 2) || languagePlural(ctx, a + 1)) continue;
    if (givenName(ctx, a + 1) || FIRST_NAME_SET.has(lower(ctx, a + 2))) continue;
    const hit = placeLookup(ctx, word(ctx, a));
    if (hit && hit.kind === 'city' && !ctx.gaz?.isWeak?.(word(ctx, a))) triples.push(a);
  }
  return triples;
}

/** sport.town-nickname-bare: see the row. */
function bareNicknameClubs(ctx: Ctx, out: Names, sports: SportsReading): void {
  // A signing story need not be a sports report: its transfer words let a pair in (ents57b).
  const transfers = formMarks(ctx, TRANSFERS);
  if (sports.ruledOut && !tokensOf(ctx, transfers).length) return;
  const caps = capitalisedWords(ctx);
  let pairs: number[] = [];
  for (let k = 0; k < caps.length; k++) {
    const a = caps[k];
    if (
      !capitalisedOnLineAfterStart(ctx, a + 1) ||
      capitalisedOnLineAfterStart(ctx, a + 2) ||
      (a > 0 && capitalisedOnLineAfterStart(ctx, a) && isCapWord(ctx, a - 1))
    )
      continue;
    if (!(ctx.t.flags[a + 1] & Flag.AllCaps) && languagePlural(ctx, a + 1)) pairs.push(a);
  }
  let triples = townNicknameTriples(ctx, caps);
  if (!pairs.length && !triples.length) return;
  if (!sports.yes) {
    // "Sale Sharks have signed the prop from Leicester Tigers": a town the map knows and a club
    // nickname of the list, in a sentence that moves a player (ents57b).
    pairs = pairs.filter(
      (a) => NICKNAMES.has(lower(ctx, a + 1)) && !!placeLookup(ctx, word(ctx, a)) && sentenceHas(ctx, a, transfers),
    );
    triples = [];
    if (!pairs.length) return;
  }
  // "Chennai Super Kings": a town the map knows, a word of the nickname and the plural (ents46b).
  for (const a of triples) {
    let free = true;
    for (let i = a; i < a + 3 && free; i++) {
      const n = out.at(i);
      free = !n || (n.a >= a && n.b <= a + 3 && !n.rule);
    }
    const same = out.at(a);
    if (!free || (same && same.a === a && same.b === a + 3 && same.type === ORG)) continue;
    out.put(a, a + 3, ORG, BARE_NICKNAME_CLUB_ROW.id, undefined, same);
  }
  // Words the report names alone as a club, and how many clubs it names this way already.
  const clubWords = new Set<string>();
  let named = 0;
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.type !== ORG) continue;
    if (n.b - n.a === 1) clubWords.add(word(ctx, n.a));
    else if (n.b - n.a === 2 && pairs.includes(n.a)) named++;
  }
  for (const a of pairs) {
    const first = word(ctx, a);
    if (givenName(ctx, a) || FIRST_NAME_SET.has(lower(ctx, a + 1))) continue;
    // A people leads a club only with a nickname ("Catalans Dragons"), not a land ("the Canadian Rockies").
    if (isDemonym(ctx, first) && !NICKNAMES.has(lower(ctx, a + 1))) continue;
    const known = !!placeLookup(ctx, first) || isDemonym(ctx, first) || clubWords.has(first);
    if (!known && named < 2) continue;
    let free = true;
    for (let i = a; i < a + 2 && free; i++) {
      const n = out.at(i);
      free = !n || (n.a >= a && n.b <= a + 2 && !n.rule && n.type !== ORG);
    }
    const same = out.at(a);
    if (!free || (same && same.a === a && same.b === a + 2 && same.type === ORG)) continue;
    out.put(a, a + 2, ORG, BARE_NICKNAME_CLUB_ROW.id, undefined, same);
  }
}

// --- place.venue-noun-after -------------------------------------------------------------------

const VENUES = lowerSetOf(VENUE_NOUN_ROW.value.venues);

/** place.venue-noun-after: see the row. */
function venueNounsAfter(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, VENUES));
  for (let k = 0; k < hits.length; k++) {
    const v = hits[k];
    if (!isLowerWord(ctx, v)) continue;
    const n = out.at(v - 1);
    if (!n || n.b !== v || n.b - n.a > 3 || n.type === PLACE || n.rule) continue;
    if (lower(ctx, n.a - 1) !== 'the' || !isLowerWord(ctx, n.a - 1)) continue;
    // "the Taylor Swift arena tour": the venue noun modifies a noun after it.
    if (isLowerWord(ctx, v + 1) && !FUNCTION_WORDS.has(lower(ctx, v + 1))) continue;
    const text = spanText(ctx, n.a, n.b);
    if (KNOWN_ORG_NAMES.has(text.toLowerCase())) continue;
    // A body the document names with these words elsewhere ("the Bayern Munich stadium").
    const alive = out.alive();
    let body = false;
    for (let y = 0; y < alive.length && !body; y++) {
      const m = alive[y];
      body = m !== n && m.type === ORG && spanText(ctx, m.a, m.b) === text;
    }
    if (!body) out.put(n.a, n.b, PLACE, VENUE_NOUN_ROW.id, undefined, n);
  }
}

// --- none.adjective-opening -------------------------------------------------------------------

const OPENING_ADJECTIVES = lowerSetOf(ADJECTIVE_OPENING_ROW.value.adjectives);

/** none.adjective-opening: see the row. */
function adjectiveOpenings(ctx: Ctx, out: Names): void {
  const cuts: NamedSpan[] = [];
  const hits = tokensOf(ctx, formMarks(ctx, OPENING_ADJECTIVES));
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    const n = out.at(i);
    if (!n || n.a !== i || n.b - n.a < 4 || !opensSentence(ctx, i)) continue;
    cuts.push(n);
  }
  for (const n of cuts) out.put(n.a + 1, n.b, n.type, ADJECTIVE_OPENING_ROW.id, undefined, n);
}

// --- place.power-plant-head -------------------------------------------------------------------

const PLANT_HEADS = lowerSetOf(POWER_PLANT_ROW.value.heads);
const PLANT_LEADS = lowerSetOf(['power', 'nuclear', 'generating']);

/** place.power-plant-head: see the row. */
function powerPlantHeads(ctx: Ctx, out: Names): void {
  const puts: [number, number, NamedSpan | undefined][] = [];
  const hits = tokensOf(ctx, formMarks(ctx, PLANT_HEADS));
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (
      !isCapWord(ctx, h) ||
      !PLANT_LEADS.has(lower(ctx, h - 1)) ||
      !capitalisedOnLineAfterStart(ctx, h - 1) ||
      capitalisedOnLineAfterStart(ctx, h + 1)
    )
      continue;
    const n = out.at(h);
    if (n) {
      if (n.b === h + 1 && n.b - n.a >= 3 && n.type === ORG && modelReadExactly(out, n.a, n.b, SURE))
        puts.push([n.a, n.b, n]);
      continue;
    }
    // Unread: the run of capitalised words on the line up to the head, with at least one before "Power".
    let a = h - 1;
    while (
      a - 1 >= 0 &&
      capitalisedOnLineAfterStart(ctx, a) &&
      isCapWord(ctx, a - 1) &&
      h - a < 5 &&
      !opensSentence(ctx, a)
    )
      a--;
    if (h + 1 - a < 3 || PLANT_LEADS.has(lower(ctx, a))) continue;
    let free = true;
    for (let i = a; i <= h && free; i++) free = !out.at(i);
    if (free) puts.push([a, h + 1, undefined]);
  }
  for (const [a, b, n] of puts) out.put(a, b, PLACE, POWER_PLANT_ROW.id, undefined, n);
}

// --- place.area-noun-after --------------------------------------------------------------------

const AREA_NOUNS = lowerSetOf(AREA_NOUN_ROW.value.nouns);

/** place.area-noun-after: see the row. */
function areaNounsAfter(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, AREA_NOUNS));
  for (let k = 0; k < hits.length; k++) {
    const v = hits[k];
    if (!isLowerWord(ctx, v)) continue;
    const n = out.at(v - 1);
    if (n) {
      if (n.b !== v || n.b - n.a > 2 || n.type === PLACE || !modelReadExactly(out, n.a, n.b, SURE)) continue;
      if (lower(ctx, n.a - 1) !== 'the' || !isLowerWord(ctx, n.a - 1) || givenName(ctx, n.a)) continue;
      if (nationality(ctx, spanText(ctx, n.a, n.b)) || KNOWN_ORG_NAMES.has(spanText(ctx, n.a, n.b).toLowerCase()))
        continue;
      out.put(n.a, n.b, PLACE, AREA_NOUN_ROW.id, undefined, n);
      continue;
    }
    // Unread: one or two capitalised words after "the", no word of the language, no given name,
    // no people ("the Kurdish area") and no known firm.
    const a = capitalisedOnLineAfterStart(ctx, v - 2) && isCapWord(ctx, v - 2) ? v - 2 : v - 1;
    if (
      !capitalisedOnLineAfterStart(ctx, v - 1) ||
      !isWord(ctx, a - 1, 'the') ||
      !isLowerWord(ctx, a - 1) ||
      givenName(ctx, a)
    )
      continue;
    if (nationality(ctx, spanText(ctx, a, v)) || KNOWN_ORG_NAMES.has(spanText(ctx, a, v).toLowerCase())) continue;
    let plain = true;
    for (let i = a; i < v && plain; i++) {
      const w = lower(ctx, i);
      plain = !out.at(i) && !COMMON_WORDS.has(w) && !ctx.lowerSeen.has(w);
    }
    if (plain) out.put(a, v, PLACE, AREA_NOUN_ROW.id);
  }
}

// --- place.civic-title-of ---------------------------------------------------------------------

const CIVIC_TITLES = lowerSetOf(CIVIC_TITLE_OF_ROW.value.titles);
const BANK_TITLES = lowerSetOf(CIVIC_TITLE_OF_ROW.value.bankTitles);

/** place.civic-title-of: see the row. */
function civicTitlesOf(ctx: Ctx, out: Names): void {
  const alive = out.alive();
  const puts: [number, number, NamedSpan | undefined][] = [];
  let people: Set<string> | undefined;
  for (let x = 0; x < alive.length; x++) {
    const p = alive[x];
    // The title is kept as the person's role, or stands before the name.
    const title = p.role?.toLowerCase().split(/\s+/).pop() ?? (p.a > 0 ? lower(ctx, p.a - 1) : undefined);
    if (p.type !== PERSON || !title || !CIVIC_TITLES.has(title) || !isLowerWord(ctx, p.b) || lower(ctx, p.b) !== 'of')
      continue;
    const a = p.b + 1;
    if (!capitalisedOnLineAfterStart(ctx, a)) continue;
    const b = capitalisedOnLineAfterStart(ctx, a + 1) ? a + 2 : a + 1;
    if (capitalisedOnLineAfterStart(ctx, b)) continue;
    const n = out.at(a);
    if (n && (n.a !== a || n.b !== b || n.type === PLACE || n.rule || n.probs[n.type] >= SURE)) continue;
    if (!n && !unreadRun(out, a, b)) continue;
    // Review (ents30c): a governor heads a central bank as often as a province ("Governor X of Banxico").
    if (n?.type === ORG && BANK_TITLES.has(title)) continue;
    if (!people) {
      people = new Set<string>();
      for (let y = 0; y < alive.length; y++)
        if (alive[y].type === PERSON) for (let i = alive[y].a; i < alive[y].b; i++) people.add(word(ctx, i));
    }
    if (people.has(word(ctx, a))) continue;
    puts.push([a, b, n]);
  }
  for (const [a, b, n] of puts) out.put(a, b, PLACE, CIVIC_TITLE_OF_ROW.id, undefined, n);
}

/** Titles a town's head has and a central bank's has not. */
const TOWN_TITLES = new Set([...CIVIC_TITLES].filter((w) => !BANK_TITLES.has(w)));

/**
 * "former Camden mayor Ann Lee", "the Trenton mayor": a town the map knows right before its
 * head's title, half-read by the model as an organisation (a party, which has mayors too, is no
 * place the map knows: "the Labour mayor").
 */
function civicTitlesAfter(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, TOWN_TITLES));
  const puts: [number, number, NamedSpan][] = [];
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (h === 0 || !isLowerWord(ctx, h)) continue;
    const n = out.at(h - 1);
    if (!n || n.b !== h || n.type !== ORG || n.rule) continue;
    // "The Trenton mayor": the model took the sentence's article into the name, however sure it is;
    // "The Hague" is the whole place.
    if (n.b - n.a > 1 && lower(ctx, n.a) === 'the') {
      const a = placeNamed(ctx, n.a, n.b) ? n.a : placeNamed(ctx, n.a + 1, n.b) ? n.a + 1 : -1;
      if (a >= 0) puts.push([a, n.b, n]);
    } else if (n.probs[ORG] < SURE && !partyWord(ctx, n) && placeLookup(ctx, spanText(ctx, n.a, n.b)))
      puts.push([n.a, n.b, n]);
  }
  for (const [a, b, n] of puts) out.put(a, b, PLACE, CIVIC_TITLE_OF_ROW.id, undefined, n);
}

/** "The Green mayor": one word of the language names a party as often as a town (review, stop 54). */
const partyWord = (ctx: Ctx, n: NamedSpan) => n.b - n.a === 1 && isPlainWord(ctx, n.a);

/** The map knows [a, b) as a place, with "The" where its name has it ("The Hague", not "The Trenton" or "Hague"). */
function placeNamed(ctx: Ctx, a: number, b: number): boolean {
  const hit = placeLookup(ctx, spanText(ctx, a, b));
  return !!hit && hit.canonical.startsWith('The ') === (lower(ctx, a) === 'the');
}

/** No name covers any token of [a, b). */
function unreadRun(out: Names, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (out.at(i)) return false;
  return true;
}

// --- person.player-given-name -----------------------------------------------------------------

const QUOTE_OPENERS = new Set(['"', '\u201c', "'", '\u2018']);
/** Below this the model's club or place reading of a lone given name is overruled. */
const GIVEN_NAME_BELOW = 0.5;

/** person.player-given-name: see the row. */
function playerGivenNames(ctx: Ctx, out: Names, sports: SportsReading): void {
  if (sports.ruledOut) return;
  const alive = out.alive();
  const candidates: NamedSpan[] = [];
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.b - n.a !== 1 || n.type === PERSON || n.rule || n.probs[n.type] >= GIVEN_NAME_BELOW) continue;
    if (!isLowerWord(ctx, n.b) || opensLine(ctx, n.b)) continue;
    const before = n.a > 0 ? ctx.text.slice(ctx.t.start[n.a - 1], ctx.t.end[n.a - 1]) : '';
    if (!opensSentence(ctx, n.a) && !QUOTE_OPENERS.has(before)) continue;
    candidates.push(n);
  }
  if (!candidates.length || !sports.yes) return;
  const firstOfPeople = new Set<string>();
  const firstOfOthers = new Set<string>();
  for (let x = 0; x < alive.length; x++) {
    const m = alive[x];
    if (m.b - m.a < 2) continue;
    (m.type === PERSON ? firstOfPeople : firstOfOthers).add(word(ctx, m.a));
  }
  for (const n of candidates) {
    const w = word(ctx, n.a);
    if (firstOfPeople.has(w) && !firstOfOthers.has(w))
      out.put(n.a, n.b, PERSON, PLAYER_GIVEN_NAME_ROW.id, undefined, n);
  }
}

// --- person.hyphenated-surname-unread ---------------------------------------------------------

const ESTATE_WORDS = lowerSetOf(HYPHENATED_SURNAME_ROW.value.estates);
/** A double-barrelled word: two capitalised parts joined by a hyphen ("Lund-Hagen"). */
const DOUBLE_BARRELLED = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;

/** person.hyphenated-surname-unread: see the row. */
function hyphenatedSurnames(ctx: Ctx, out: Names): void {
  // The shape is tested once per distinct word; the rule then starts from the hyphenated
  // surnames, far fewer than the capitalised words it walked before (1% of an analysis).
  const barrelled = patternFormMarks(ctx, DOUBLE_BARRELLED);
  const hits = tokensOf(ctx, barrelled);
  const puts: number[] = [];
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    const a = h - 1;
    if (a < 0 || ctx.t.kind[a] !== Kind.Word || !(ctx.t.flags[a] & Flag.Cap)) continue;
    if (opensLine(ctx, h) || barrelled[ctx.form[a]]) continue;
    const b = h + 1;
    if (b < ctx.t.count && !opensLine(ctx, b) && !isLowerWord(ctx, b) && !isOneChar(ctx, b, COMMA)) continue;
    if (a > 0 && !opensSentence(ctx, a) && isCapWord(ctx, a - 1) && !opensLine(ctx, a)) continue;
    if (out.at(a) || out.at(h)) continue;
    const first = word(ctx, a);
    const w = first.toLowerCase();
    if (COMMON_WORDS.has(w) || ctx.lowerSeen.has(w) || placeLookup(ctx, first) || KNOWN_ORG_NAMES.has(w)) continue;
    // Review (ents30c): a word of the language with its accents, or an estate's word ("Château", "Domaine").
    const plain = unaccented(w);
    if (COMMON_WORDS.has(plain) || ESTATE_WORDS.has(plain)) continue;
    const surname = word(ctx, h);
    if (
      placeLookup(ctx, surname) ||
      KNOWN_ORG_NAMES.has(surname.toLowerCase()) ||
      placeLookup(ctx, spanText(ctx, a, b))
    )
      continue;
    puts.push(a);
  }
  for (const a of puts) out.put(a, a + 2, PERSON, HYPHENATED_SURNAME_ROW.id);
}
