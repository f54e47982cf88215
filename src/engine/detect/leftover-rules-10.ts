/**
 * Rules for the weak patterns of issue #9, third round (helper ents33b; rows in
 * lexicon/news-leftovers-10.ts). applyNameRules calls `applyLeftoverRows10` after the leftover-9
 * rows, so these read the names every earlier rule decided.
 * - organisation.acronym-opening-speaker: "[KNCHR] said …", "NAIROBI — [KNCHR] called …".
 * - sport.sponsor-team: "[Team Visma] won", "[Red Bull Racing] said", "[Scuderia Ferrari]" (detect/sponsor-teams.ts).
 * - sport.unread-team-before-role: "[Ineos Grenadiers] rider Tomás Ibarra", "[Warriors] coach Mike Danton".
 * - sport.hyphened-team-before-role: "[Lidl-Trek] rider Mads Kjeldgaard" (ents34b's row, moved here from leftover-rules-11).
 * - sport.nickname-result-sides: "The [Cowboys] beat the [Eagles] 24-17".
 * - place.water-and-range-context: "The [Mekong] burst its banks", "the [Drakensberg] foothills".
 * - sport.visitor-before-away-result: "[Swansea] lost 2-0 at Cardiff".
 */
import { isDemonym, lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import {
  ACRONYM_OPENING_SPEAKER_ROW,
  HYPHENED_TEAM_BEFORE_ROLE_ROW,
  NICKNAME_RESULT_SIDES_ROW,
  UNREAD_TEAM_BEFORE_ROLE_ROW,
  VISITOR_BEFORE_AWAY_RESULT_ROW,
  WATER_AND_RANGE_CONTEXT_ROW,
} from '../lexicon/news-leftovers-10';
import { TEAM_BEFORE_ROLE_ROW } from '../lexicon/news-leftovers-8';
import { SCORE_RESULT_SIDES_ROW } from '../lexicon/news-leftovers-9';
import { lowerSetOf } from '../lexicon/rule-row';
import { FIRST_NAME_SET, FUNCTION_WORDS, NEVER_NAMES, TITLES } from '../lexicon/words';
import { givenName, languageWord } from './blind-rules-14';
import { fightOrPlayers } from './leftover-rules-8';
import {
  ACRONYM,
  EM_DASH,
  EN_DASH,
  HYPHEN,
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  capitalisedRun,
  formMarks,
  isCapWord,
  isLowerWord,
  isPunctChar,
  isWeekdayOrMonth,
  isWord,
  namesWithin,
  onLine,
  opensLine,
  opensSentence,
  putOverWithin,
  sentenceHas,
  type Names,
  patternFormMarks,
  personWordsOf,
} from './named-spans';
import { playersMatch } from './players-match';
import { sponsorTeams } from './sponsor-teams';
import { scoreTokensAt, sentenceHasScore } from './sport-sentences';

const STATING = lowerSetOf(ACRONYM_OPENING_SPEAKER_ROW.value.verbs);
const ACTIONS = lowerSetOf(ACRONYM_OPENING_SPEAKER_ROW.value.actions);
const OPENING_VERBS = new Set([...STATING, ...ACTIONS]);
const PARTICIPLE_PREPOSITIONS = lowerSetOf(ACRONYM_OPENING_SPEAKER_ROW.value.participlePrepositions);
const NOUN_FORMS = lowerSetOf(ACRONYM_OPENING_SPEAKER_ROW.value.nounForms);
const PERSON_PRONOUNS = lowerSetOf(ACRONYM_OPENING_SPEAKER_ROW.value.people);
const COURTS_AND_VOTES = lowerSetOf(SCORE_RESULT_SIDES_ROW.value.courtsAndVotes);
const ROLES = lowerSetOf([...TEAM_BEFORE_ROLE_ROW.value.roles, ...UNREAD_TEAM_BEFORE_ROLE_ROW.value.roles]);
const OFFICES = lowerSetOf(UNREAD_TEAM_BEFORE_ROLE_ROW.value.offices);
const RESULTS = lowerSetOf(NICKNAME_RESULT_SIDES_ROW.value);
const KINDS_AFTER = lowerSetOf(WATER_AND_RANGE_CONTEXT_ROW.value.after);
const WATER_VERBS = lowerSetOf(WATER_AND_RANGE_CONTEXT_ROW.value.verbs);
const AWAY_RESULTS = lowerSetOf(VISITOR_BEFORE_AWAY_RESULT_ROW.value);
/** Fewest capitals of an acronym taken for a body (organisation.acronym-first-word takes three too). */
const MIN_ACRONYM = 3;
/** Most capitalised words of a sponsor's or a team's name around its team word. */
const TEAM_WORDS = 3;
/** A model reading this sure of a person or an organisation is left as it is. */
const SURE = 0.8;
/** How far after "flooded" a "with" makes it a market's flood, not a river's. */
const WITH_REACH = 4;
/** Words after a verb that is also a plural noun that keep it a verb ("reports that", "calls the"). */
const DETERMINERS = new Set(['that', 'the', 'a', 'an', 'its', 'their', 'no']);
/** A capitalised plural: a nickname's shape ("Cowboys", "Eagles"), not an acronym. */
const PLURAL = /^[A-Z][a-z'’]+s$/;

export function applyLeftoverRows10(ctx: Ctx, out: Names): void {
  acronymOpeningSpeakers(ctx, out);
  sponsorTeams(ctx, out);
  unreadTeamsBeforeRole(ctx, out);
  hyphenedTeamsBeforeRole(ctx, out);
  nicknameResultSides(ctx, out);
  waterAndRangeContext(ctx, out);
  visitorsBeforeAwayResult(ctx, out);
}

// --- organisation.acronym-opening-speaker -------------------------------------------------------

/** organisation.acronym-opening-speaker: see the row. */
function acronymOpeningSpeakers(ctx: Ctx, out: Names): void {
  const verbs = tokensOf(ctx, formMarks(ctx, OPENING_VERBS));
  for (let x = 0; x < verbs.length; x++) {
    const v = verbs[x];
    const i = v - 1;
    if (!isLowerWord(ctx, v) || !onLine(ctx, v) || i < 0 || out.at(i)) continue;
    const w = word(ctx, i);
    // Two capitals are as often a title or a post ("PM said", "MP said") as a body.
    if (!ACRONYM.test(w) || w.length < MIN_ACRONYM || !/[A-Z].*[A-Z].*[A-Z]/.test(w)) continue;
    if (!opensSentence(ctx, i) && !opensLine(ctx, i) && !afterDateline(ctx, out, i)) continue;
    if (TITLES.has(lower(ctx, i)) || languageWord(ctx, i) || placeLookup(ctx, w) || isDemonym(ctx, w)) continue;
    if (NEVER_NAMES.has(lower(ctx, i)) || personAfter(ctx, v) || nounBeforeVerb(ctx, v)) continue;
    // "PFAS banned in food packaging": a participle describing a thing.
    if (ACTIONS.has(lower(ctx, v)) && isLowerWord(ctx, v + 1) && PARTICIPLE_PREPOSITIONS.has(lower(ctx, v + 1)))
      continue;
    out.put(i, i + 1, ORG, ACRONYM_OPENING_SPEAKER_ROW.id);
  }
}

/** "AOC said she": a pronoun of a person right after the verb at `v`. */
const personAfter = (ctx: Ctx, v: number) => isLowerWord(ctx, v + 1) && PERSON_PRONOUNS.has(lower(ctx, v + 1));

/**
 * "ICU records show": a verb that is a plural noun too, followed by a word of the language that is
 * no function word ("that", a number, a name or "for"/"on"/"the" keep it a verb).
 */
function nounBeforeVerb(ctx: Ctx, v: number): boolean {
  if (!NOUN_FORMS.has(lower(ctx, v)) || !isLowerWord(ctx, v + 1)) return false;
  const next = lower(ctx, v + 1);
  return !FUNCTION_WORDS.has(next) && !DETERMINERS.has(next);
}

/** Token `i` follows a dash after a place opening its line: a dateline ("NAIROBI — "). */
function afterDateline(ctx: Ctx, out: Names, i: number): boolean {
  const d = i - 1;
  if (!(isPunctChar(ctx, d, EM_DASH) || isPunctChar(ctx, d, EN_DASH) || isPunctChar(ctx, d, HYPHEN))) return false;
  const n = out.at(d - 1);
  return !!n && n.type === PLACE && n.b === d && (n.a === 0 || opensLine(ctx, n.a));
}

// --- sport.unread-team-before-role --------------------------------------------------------------

/** sport.unread-team-before-role: see the row. A hyphened demonym describes the person too ("the Dutch-born defender", batch 47). */
function unreadTeamsBeforeRole(ctx: Ctx, out: Names): void {
  const roles = tokensOf(ctx, formMarks(ctx, ROLES));
  for (let x = 0; x < roles.length; x++) {
    const r = roles[x];
    if (!isLowerWord(ctx, r) || !onLine(ctx, r) || !isCapWord(ctx, r - 1) || out.at(r - 1)) continue;
    const p = out.at(r + 1);
    if (!p || p.a !== r + 1 || p.type !== PERSON || !onLine(ctx, r + 1)) continue;
    let a = r - 1;
    while (r - a < TEAM_WORDS && a > 0 && capitalisedOnLine(ctx, a) && isCapWord(ctx, a - 1) && !out.at(a - 1)) a--;
    if (a > 0 && capitalisedOnLine(ctx, a) && isCapWord(ctx, a - 1)) continue;
    let fits = true;
    for (let i = a; i < r && fits; i++) {
      const w = word(ctx, i);
      fits =
        !givenName(ctx, i) &&
        !TITLES.has(lower(ctx, i)) &&
        !isDemonym(ctx, w) &&
        !isDemonym(ctx, w.split('-')[0]) &&
        !isWeekdayOrMonth(ctx, i) &&
        (!languageWord(ctx, i) || (PLURAL.test(w) && !OFFICES.has(lower(ctx, r))));
    }
    // One word opening a sentence may be any noun the word lists lack ("Station manager Carl Whitby
    // said", a held-out GUM fold): only a plural nickname's shape is taken there.
    if (r - a === 1 && opensSentence(ctx, a) && !PLURAL.test(word(ctx, a))) continue;
    // A boxer and a manager are people, as in sport.team-before-role.
    if (!fits || fightOrPlayers(ctx, r)) continue;
    out.put(a, r, ORG, UNREAD_TEAM_BEFORE_ROLE_ROW.id);
  }
}

// --- sport.hyphened-team-before-role -------------------------------------------------------------

const RIDER_ROLES = lowerSetOf(HYPHENED_TEAM_BEFORE_ROLE_ROW.value);
/** Two capitalised parts joined by a hyphen ("Lidl-Trek", "Alpecin-Deceuninck"). */
const HYPHENED_PAIR = /^\p{Lu}[\p{L}]+-\p{Lu}[\p{L}]+$/u;

/** sport.hyphened-team-before-role: see the row. */
function hyphenedTeamsBeforeRole(ctx: Ctx, out: Names): void {
  const marks = tokensOf(ctx, patternFormMarks(ctx, HYPHENED_PAIR));
  let people: Set<string> | undefined;
  for (let x = 0; x < marks.length; x++) {
    const i = marks[x];
    if (out.at(i) || !RIDER_ROLES.has(lower(ctx, i + 1)) || !isLowerWord(ctx, i + 1)) continue;
    const rider = out.at(i + 2);
    if (!rider || rider.a !== i + 2 || rider.type !== PERSON) continue;
    const w = word(ctx, i);
    const first = w.slice(0, w.indexOf('-'));
    if (givenName(ctx, i) || FIRST_NAME_SET.has(first.toLowerCase()) || placeLookup(ctx, w) || placeLookup(ctx, first))
      continue;
    people ??= personWordsOf(ctx, out.alive());
    if (people.has(lower(ctx, i))) continue;
    out.put(i, i + 1, ORG, HYPHENED_TEAM_BEFORE_ROLE_ROW.id);
  }
}

// --- sport.nickname-result-sides ----------------------------------------------------------------

/** sport.nickname-result-sides: see the row. */
function nicknameResultSides(ctx: Ctx, out: Names): void {
  const verbs = tokensOf(ctx, formMarks(ctx, RESULTS));
  // A council's or a court's vote has sides that are no clubs (sport.score-result-sides leaves them too).
  const courtsAndVotes = formMarks(ctx, COURTS_AND_VOTES);
  for (let x = 0; x < verbs.length; x++) {
    const v = verbs[x];
    if (!isLowerWord(ctx, v) || !sentenceHasScore(ctx, ctx.s.of[v])) continue;
    if (sentenceHas(ctx, v, courtsAndVotes)) continue;
    // Before: "The Cowboys beat", "The All Blacks beat".
    if (nickname(ctx, out, v - 1)) {
      const a = nicknameStart(ctx, out, v - 1);
      if (a >= 0) out.put(a, v, ORG, NICKNAME_RESULT_SIDES_ROW.id);
    }
    // After: "beat the Eagles", "lost 98-95 to the Bucks", "drew with the Eagles", "beat the Red Wings".
    let j = v + 1;
    if (scoreTokensAt(ctx, j)) j += 3;
    if (isWord(ctx, j, 'to') || isWord(ctx, j, 'with')) j++;
    if (!isWord(ctx, j, 'the')) continue;
    let e = j + 1;
    if (nicknameWord(ctx, out, e) && nickname(ctx, out, e + 1)) e++;
    if (nickname(ctx, out, e) && !capitalisedOnLine(ctx, e + 1))
      out.put(j + 1, e + 1, ORG, NICKNAME_RESULT_SIDES_ROW.id);
  }
}

/**
 * The first token of a nickname ending in the plural at `p` after "the": `p` itself, or one
 * capitalised word before it ("the All Blacks", "the Red Wings"); -1 with no "the".
 */
function nicknameStart(ctx: Ctx, out: Names, p: number): number {
  if (isWord(ctx, p - 1, 'the')) return p;
  return nicknameWord(ctx, out, p - 1) && isWord(ctx, p - 2, 'the') ? p - 1 : -1;
}

/** A capitalised word on its line, unread, that may open a two-word nickname: no place, demonym or given name. */
function nicknameWord(ctx: Ctx, out: Names, i: number): boolean {
  if (i < 0 || !capitalisedOnLine(ctx, i) || out.at(i)) return false;
  const w = word(ctx, i);
  return !placeLookup(ctx, w) && !isDemonym(ctx, w) && !givenName(ctx, i) && !TITLES.has(lower(ctx, i));
}

/** A capitalised plural on its line that no name holds and that is no place the map knows. */
function nickname(ctx: Ctx, out: Names, i: number): boolean {
  if (i < 0 || !isCapWord(ctx, i) || !onLine(ctx, i) || out.at(i)) return false;
  const w = word(ctx, i);
  return PLURAL.test(w) && !placeLookup(ctx, w) && !isDemonym(ctx, w);
}

// --- place.water-and-range-context --------------------------------------------------------------

/** place.water-and-range-context: see the row. */
function waterAndRangeContext(ctx: Ctx, out: Names): void {
  // "the X river", "the X foothills".
  const kinds = tokensOf(ctx, formMarks(ctx, KINDS_AFTER));
  for (let x = 0; x < kinds.length; x++) {
    const k = kinds[x];
    if (!isLowerWord(ctx, k) || !onLine(ctx, k)) continue;
    const a = theBefore(ctx, k);
    if (a >= 0) placeOver(ctx, out, a, k);
  }
  // "The X burst its banks", "The X flooded farms".
  const verbs = tokensOf(ctx, formMarks(ctx, WATER_VERBS));
  for (let x = 0; x < verbs.length; x++) {
    const v = verbs[x];
    if (!isLowerWord(ctx, v) || !onLine(ctx, v)) continue;
    const banks = isWord(ctx, v + 1, 'its') && isWord(ctx, v + 2, 'banks');
    if (!banks && lower(ctx, v) !== 'flooded' && lower(ctx, v) !== 'overflowed') continue;
    // "The Riksbank flooded the market with kronor": a bank floods a market with money.
    if (!banks && withSoonAfter(ctx, v)) continue;
    // One word only: a name with its kind capitalised ("The Li River flooded") is the model's to
    // read, and leftover-rules-9's test keeps it from the rows.
    const a = theBefore(ctx, v);
    if (a === v - 1) placeOver(ctx, out, a, v);
  }
  // "the banks of the X".
  const banks = tokensOf(ctx, formMarks(ctx, new Set(['banks'])));
  for (let x = 0; x < banks.length; x++) {
    const k = banks[x];
    if (!isLowerWord(ctx, k) || !isWord(ctx, k + 1, 'of') || !isWord(ctx, k + 2, 'the')) continue;
    const a = k + 3;
    const b = capitalisedRun(ctx, a, 2);
    if (b > a && !capitalisedOnLine(ctx, b)) placeOver(ctx, out, a, b);
  }
}

/** "with" among the few words after the verb at `v`, on its line ("flooded the market with kronor"). */
function withSoonAfter(ctx: Ctx, v: number): boolean {
  for (let k = v + 1; k <= v + WITH_REACH && onLine(ctx, k); k++) if (isWord(ctx, k, 'with')) return true;
  return false;
}

/** The first of one or two capitalised words right before `e` with "the" before them, or −1. */
function theBefore(ctx: Ctx, e: number): number {
  let a = e;
  while (e - a < 2 && a > 0 && isCapWord(ctx, a - 1) && onLine(ctx, a) && !isWord(ctx, a - 1, 'the')) a--;
  return a < e && (isWord(ctx, a - 1, 'the') || isWord(ctx, a - 1, 'The')) && onLine(ctx, a) ? a : -1;
}

/** Puts a place over a..b when its words are no word of the language and no sure person or body holds them. */
function placeOver(ctx: Ctx, out: Names, a: number, b: number): void {
  for (let i = a; i < b; i++)
    if (languageWord(ctx, i) || TITLES.has(lower(ctx, i)) || isWeekdayOrMonth(ctx, i) || givenName(ctx, i)) return;
  const within = namesWithin(out, a, b);
  if (!within || within.some((n) => n.rule || (n.type !== PLACE && n.probs[n.type] >= SURE))) return;
  putOverWithin(out, a, b, PLACE, WATER_AND_RANGE_CONTEXT_ROW.id, within);
}

// --- sport.visitor-before-away-result -----------------------------------------------------------

/** sport.visitor-before-away-result: see the row. */
function visitorsBeforeAwayResult(ctx: Ctx, out: Names): void {
  const verbs = tokensOf(ctx, formMarks(ctx, AWAY_RESULTS));
  for (let x = 0; x < verbs.length; x++) {
    const v = verbs[x];
    if (!isLowerWord(ctx, v) || !scoreTokensAt(ctx, v + 1) || !isWord(ctx, v + 4, 'at')) continue;
    const host = out.at(v + 5);
    if (!host || host.a !== v + 5 || host.type !== ORG || !isCapWord(ctx, v - 1)) continue;
    const n = out.at(v - 1);
    let a = v - 1;
    if (n) {
      if (n.b !== v || n.type !== PLACE || n.rule || n.b - n.a > 2) continue;
      a = n.a;
    } else if (isCapWord(ctx, v - 2) && onLine(ctx, v - 1) && !out.at(v - 2)) a = v - 2;
    if (a > 0 && isCapWord(ctx, a - 1) && onLine(ctx, a)) continue;
    if (v - a === 1 && givenName(ctx, a)) continue;
    const text = spanText(ctx, a, v);
    if (!placeLookup(ctx, text) || ctx.gaz?.isWeak?.(text) || playersMatch(ctx, v)) continue;
    out.put(a, v, ORG, VISITOR_BEFORE_AWAY_RESULT_ROW.id, undefined, n);
  }
}
