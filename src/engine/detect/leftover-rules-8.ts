/**
 * Rules for the weak patterns of issue #9 (helper ents31c; rows in lexicon/news-leftovers-8.ts).
 * applyNameRules calls `applyLeftoverRows8` after the leftover-6 rows, so these read the names every
 * earlier rule decided.
 * - organisation.seat-opening-speaker: "Malacañang said …", "The Quirinale said …".
 * - place.ground-after-beaten-side: "beat Salford 28-6 at [Headingley]".
 * - sport.host-after-result: "won 2-0 at [Häcken] in Gothenburg".
 * - sport.team-before-role: "[Carolina Hurricanes] coach Rod Brind'Amour".
 * - organisation.head-for-field: "the [State Secretariat for Migration]".
 * - person.pair-before-meeting: "the [Trump]–[Xi] talks".
 */
import { Kind } from '../tokenize/tokenize';
import { isDemonym, lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import {
  GROUND_AFTER_BEATEN_SIDE_ROW,
  HEAD_FOR_FIELD_ROW,
  HOST_AFTER_RESULT_ROW,
  PAIR_BEFORE_MEETING_ROW,
  SEAT_OPENING_SPEAKER_ROW,
  TEAM_BEFORE_ROLE_ROW,
} from '../lexicon/news-leftovers-8';
import { setOf } from '../lexicon/rule-row';
import { COMMON_WORDS, MONTHS, TITLES, WEEKDAYS } from '../lexicon/words';
import { givenName, languageWord } from './blind-rules-14';
import {
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isPunctChar,
  isWord,
  namesWithin,
  onLine,
  personWordsOf,
  type Names,
  EN_DASH,
  HYPHEN,
  POSSESSIVE_S,
} from './named-spans';
import { playersMatch } from './players-match';
import { SportsReading } from './sport-sentences';

const SEAT_VERBS = setOf(SEAT_OPENING_SPEAKER_ROW.value);
/** The ending of a nationality noun the demonym lists may lack ("The Slovenian said" is a person). */
const DEMONYM_SHAPE = /(?:ian|ean|ese|ish|i)s?$/;
/** The lowercase start of a surname written with a capital inside ("McDonagh", "DeSantis", "O'Neal"). */
const SURNAME_PREFIXES = setOf('mc mac de di da du le la van von fitz del della dos st o d'.split(' '));
const GROUND = GROUND_AFTER_BEATEN_SIDE_ROW.value;
const HOST = HOST_AFTER_RESULT_ROW.value;
const HOST_RESULTS = setOf(HOST.results);
const AT = setOf(['at']);
const TEAM_ROLES = setOf(TEAM_BEFORE_ROLE_ROW.value.roles);
const FIGHTS = setOf(TEAM_BEFORE_ROLE_ROW.value.fights);
const GROUNDS = setOf(HOST.grounds);
const OPPONENTS = setOf(HOST.opponents);
/** Most words of a team read as a person before its role ("Golden State Warriors"). */
const TEAM_WORDS = 3;
const FOR = setOf(['for']);
const HEADS = setOf(HEAD_FOR_FIELD_ROW.value.heads);
const MAX_FIELD = HEAD_FOR_FIELD_ROW.value.maxField;
/** Most words of a body's name before its head ("State Secretariat", "U.S. Agency"). */
const MAX_BEFORE_HEAD = 3;
const MEETINGS = setOf(PAIR_BEFORE_MEETING_ROW.value.nouns);
/** A model person this sure after "for" is the one served, not a body's field ("thanked the Board for Ana Ruiz"). */
const SURE_PERSON = 0.6;

export function applyLeftoverRows8(ctx: Ctx, out: Names): void {
  const sports = new SportsReading(ctx);
  seatOpeningSpeakers(ctx, out);
  afterScoreAt(ctx, out, sports);
  teamsBeforeRole(ctx, out);
  headForField(ctx, out);
  pairsBeforeMeeting(ctx, out);
}

// --- organisation.seat-opening-speaker ---------------------------------------------------------

/** organisation.seat-opening-speaker: see the row. */
function seatOpeningSpeakers(ctx: Ctx, out: Names): void {
  const { s } = ctx;
  for (let k = 0; k < s.count; k++) {
    let i = s.first[k];
    const withThe = word(ctx, i) === 'The';
    if (withThe) i++;
    if (i + 1 >= s.last[k] || !isCapWord(ctx, i) || out.at(i)) continue;
    if (!isLowerWord(ctx, i + 1) || !SEAT_VERBS.has(lower(ctx, i + 1))) continue;
    if (!onlyOnce(ctx, i) || !unknownWord(ctx, i)) continue;
    const shape = innerCapital(word(ctx, i));
    // A bare word is as often a surname the writer never introduced ("Piazza said the team played
    // well"): only "The" or a coined shape makes it a body.
    if (shape === 'surname' || (!withThe && shape !== 'coined')) continue;
    if (DEMONYM_SHAPE.test(lower(ctx, i)) || officeWord(word(ctx, i))) continue;
    out.put(i, i + 1, ORG, SEAT_OPENING_SPEAKER_ROW.id);
  }
}

/** An office, not a seat: capitals alone ("The AG said") or a role ending in -man ("The Ombudsman said"). Review ents32c. */
const officeWord = (w: string) => !/\p{Ll}/u.test(w) || /(?:man|woman|person)$/.test(w);

/** The word's form occurs once in the document. */
function onlyOnce(ctx: Ctx, i: number): boolean {
  const f = ctx.form[i];
  return ctx.formStart[f + 1] - ctx.formStart[f] === 1;
}

/** No word of the language (or its plural: "Rivals"), given name, title, demonym or place the map knows. */
function unknownWord(ctx: Ctx, i: number): boolean {
  const w = word(ctx, i);
  const l = lower(ctx, i);
  if (languageWord(ctx, i) || givenName(ctx, i) || TITLES.has(l)) return false;
  if (l.endsWith('s') && COMMON_WORDS.has(l.slice(0, -1))) return false;
  return !isDemonym(ctx, w) && !placeLookup(ctx, w);
}

/**
 * A capital inside the word after a lowercase letter: a coined name ("WaterAid") or, after a
 * surname's prefix, a surname ("McDonagh", "DeSantis", "O'Neal").
 */
function innerCapital(w: string): 'coined' | 'surname' | undefined {
  const m = /^(\p{Lu}\p{Ll}*)['’]?\p{Lu}\p{Ll}/u.exec(w);
  if (!m) return undefined;
  return SURNAME_PREFIXES.has(m[1].toLowerCase()) ? 'surname' : m[1].length > 1 ? 'coined' : undefined;
}

// --- place.ground-after-beaten-side, sport.host-after-result -----------------------------------

/** Both rows read "SCORE at X" in a sports report; what stands before the score decides X. */
function afterScoreAt(ctx: Ctx, out: Names, sports: SportsReading): void {
  if (sports.ruledOut) return;
  const ats = tokensOf(ctx, formMarks(ctx, AT));
  const found: { a: number; b: number; type: number; rule: string }[] = [];
  for (let x = 0; x < ats.length; x++) {
    const j = ats[x];
    if (!isLowerWord(ctx, j) || !capitalisedOnLine(ctx, j + 1)) continue;
    const score = scoreBefore(ctx, j);
    if (score < 0) continue;
    const a = j + 1;
    let b = a;
    while (b - a <= GROUND.maxWords && capitalisedOnLine(ctx, b)) b++;
    if (b - a > GROUND.maxWords || placeLookup(ctx, spanText(ctx, a, b))) continue;
    const within = namesWithin(out, a, b);
    if (!within) continue;
    const before = out.at(score - 1);
    if (before && before.b === score) {
      if (within.some((n) => n.type !== ORG || n.rule || n.probs[ORG] >= GROUND.sure)) continue;
      found.push({ a, b, type: PLACE, rule: GROUND_AFTER_BEATEN_SIDE_ROW.id });
    } else if (isLowerWord(ctx, score - 1) && HOST_RESULTS.has(lower(ctx, score - 1))) {
      if (b - a > HOST.maxWords || languageWord(ctx, a) || givenName(ctx, a) || aGround(ctx, b)) continue;
      found.push({ a, b, type: ORG, rule: HOST_AFTER_RESULT_ROW.id });
    }
  }
  if (!found.length || !sports.yes) return;
  for (const f of found) out.put(f.a, f.b, f.type, f.rule);
}

/**
 * The name ending before `b` after "at" is the ground, not the home club: it ends in a ground's word ("Carrow
 * Road") or the other side follows it ("at Kingsholm with Saracens"). Review ents32c.
 */
function aGround(ctx: Ctx, b: number): boolean {
  if (GROUNDS.has(word(ctx, b - 1))) return true;
  return isLowerWord(ctx, b) && OPPONENTS.has(lower(ctx, b)) && capitalisedOnLine(ctx, b + 1);
}

/** The first token of a score "28-6" (three tokens) right before `j`, or −1. */
function scoreBefore(ctx: Ctx, j: number): number {
  const a = j - 3;
  if (a < 1 || ctx.t.kind[a] !== Kind.Num || ctx.t.kind[j - 1] !== Kind.Num) return -1;
  if (!isPunctChar(ctx, j - 2, HYPHEN) && !isPunctChar(ctx, j - 2, EN_DASH)) return -1;
  return onLine(ctx, a) ? a : -1;
}

// --- sport.team-before-role --------------------------------------------------------------------

/** sport.team-before-role: see the row. */
function teamsBeforeRole(ctx: Ctx, out: Names): void {
  const alive = out.alive();
  const found: (typeof alive)[number][] = [];
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.type !== PERSON || n.rule || n.b - n.a < 2 || n.b - n.a > TEAM_WORDS) continue;
    let r = n.b;
    if (!onLine(ctx, r) || !isLowerWord(ctx, r)) continue;
    if (isWord(ctx, r, 'head') && isWord(ctx, r + 1, 'coach')) r++;
    if (!TEAM_ROLES.has(lower(ctx, r)) || fightOrPlayers(ctx, n.a)) continue;
    const p = out.at(r + 1);
    if (p && p.a === r + 1 && p.type === PERSON && onLine(ctx, r + 1)) found.push(n);
  }
  for (const n of found) out.put(n.a, n.b, ORG, TEAM_BEFORE_ROLE_ROW.id, undefined, n);
}

/** The sentence of `i` is about a fight or a sport of players (a boxer and a manager are people). Review ents32c. */
export function fightOrPlayers(ctx: Ctx, i: number): boolean {
  if (playersMatch(ctx, i)) return true;
  const k = ctx.s.of[i];
  for (let j = ctx.s.first[k]; j < ctx.s.last[k]; j++) if (FIGHTS.has(lower(ctx, j))) return true;
  return false;
}

// --- organisation.head-for-field ---------------------------------------------------------------

/** organisation.head-for-field: see the row. */
function headForField(ctx: Ctx, out: Names): void {
  // From the heads' tokens ("for" is common; the heads are few), each the token before its "for".
  const heads = tokensOf(ctx, exactFormMarks(ctx, HEADS));
  for (let x = 0; x < heads.length; x++) {
    const j = heads[x] + 1;
    if (
      j >= ctx.t.count ||
      !FOR.has(lower(ctx, j)) ||
      !isLowerWord(ctx, j) ||
      !isCapWord(ctx, j - 1) ||
      !HEADS.has(word(ctx, j - 1))
    )
      continue;
    if (!onLine(ctx, j) || !capitalisedOnLine(ctx, j + 1)) continue;
    let a = j - 1;
    while (a > 0 && j - 1 - a < MAX_BEFORE_HEAD && capitalisedOnLine(ctx, a - 1) && onLine(ctx, a)) a--;
    if (word(ctx, a) === 'The' && a < j - 1) a++;
    const b = fieldEnd(ctx, j + 1);
    // The field owns what follows: the name ended before "for" ("the Commission for Ireland's"). Review ents32c.
    if (POSSESSIVE_S.has(word(ctx, b))) continue;
    const w = lower(ctx, j + 1);
    if (WEEKDAYS.has(w) || MONTHS.has(w)) continue;
    const within = namesWithin(out, a, b);
    if (!within) continue;
    if (within.some((n) => n.type === PERSON && !n.rule && n.probs[PERSON] >= SURE_PERSON && n.a > j)) continue;
    if (within.length === 1 && within[0].a === a && within[0].b === b && within[0].type === ORG) continue;
    out.put(a, b, ORG, HEAD_FOR_FIELD_ROW.id);
  }
}

/** The end of the capitalised field after "for": words joined by "and" or "of", at most MAX_FIELD. */
function fieldEnd(ctx: Ctx, a: number): number {
  let b = a,
    n = 0;
  while (n < MAX_FIELD) {
    if (capitalisedOnLine(ctx, b)) {
      b++;
      n++;
    } else if ((isWord(ctx, b, 'and') || isWord(ctx, b, 'of')) && capitalisedOnLine(ctx, b + 1)) b++;
    else break;
  }
  return b;
}

// --- person.pair-before-meeting ----------------------------------------------------------------

/** person.pair-before-meeting: see the row. */
function pairsBeforeMeeting(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, MEETINGS));
  for (let x = 0; x < hits.length; x++) {
    const m = hits[x];
    if (!isLowerWord(ctx, m) || !isCapWord(ctx, m - 1) || !onLine(ctx, m)) continue;
    const dashed = isPunctChar(ctx, m - 2, EN_DASH) || (isPunctChar(ctx, m - 2, HYPHEN) && spaced(ctx, m - 2));
    // Two words with no dash may be one person's name ("a call with Hun Sen"): only a dash parts them.
    if (!dashed) continue;
    const first = m - 3;
    if (first < 0 || !isCapWord(ctx, first) || !onLine(ctx, first + 1)) continue;
    if (capitalisedOnLine(ctx, first - 1) && lower(ctx, first - 1) !== 'the') continue;
    const within = namesWithin(out, first, m);
    if (!within) continue;
    // The words of the people named elsewhere: not of a name that is the pair itself ("Hun Sen call").
    const people = personWordsOf(ctx, out.alive(), within.length === 1 ? within[0] : undefined);
    const firstKnown = people.has(lower(ctx, first)),
      secondKnown = people.has(lower(ctx, m - 1));
    if (!firstKnown && !secondKnown) continue;
    if (!firstKnown && !plainWord(ctx, out, first)) continue;
    if (!secondKnown && !plainWord(ctx, out, m - 1)) continue;
    out.put(first, first + 1, PERSON, PAIR_BEFORE_MEETING_ROW.id);
    out.put(m - 1, m, PERSON, PAIR_BEFORE_MEETING_ROW.id);
  }
}

/** A hyphen with a space on either side ("Trump - Xi"), not a word's own hyphen. */
function spaced(ctx: Ctx, i: number): boolean {
  return ctx.t.start[i] > ctx.t.end[i - 1] || ctx.t.start[i + 1] > ctx.t.end[i];
}

/** The other word of the pair: no place the map knows, no word of the language, no organisation read there. */
function plainWord(ctx: Ctx, out: Names, i: number): boolean {
  if (languageWord(ctx, i) || placeLookup(ctx, word(ctx, i))) return false;
  return out.at(i)?.type !== ORG;
}
