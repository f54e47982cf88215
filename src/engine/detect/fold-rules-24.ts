/**
 * Rules for the families fold rows 23 left on the study folds, sixth round (helper ents42c, issue
 * #9; rows in lexicon/fold-patterns-24.ts). applyNameRules calls `applyFoldPatternRows24` right
 * after the fold-23 rows.
 * - person.player-action: "[Pedro] headed the opener from a [Gerson] cross" in a match report.
 * - person.kin-name: "Sam and his brother [Dean]" is a person.
 */
import { isDemonym, lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import { Kind } from '../tokenize/tokenize';
import { KIN_NAME_ROW, PLAYER_ACTION_ROW } from '../lexicon/fold-patterns-24';
import { SPORT_ROLE_NOUN_ROW } from '../lexicon/blind-news-12';
import { lowerSetOf } from '../lexicon/rule-row';
import { KNOWN_ORGS, ROLE_NOUNS, TITLES } from '../lexicon/words';
import { isSportsReport, sentenceAboutSport } from './sport-sentences';
import {
  HYPHEN,
  ORG,
  PERSON,
  formMarks,
  isPunctChar,
  isCapWord,
  isLowerWord,
  isPlainWord,
  onLine,
  opensSentence,
  type Names,
  isWordInLowercase,
} from './named-spans';

export function applyFoldPatternRows24(ctx: Ctx, out: Names): void {
  playerActions(ctx, out);
  scoresFrom(ctx, out);
  kinNames(ctx, out);
}

/** The model's reading at or above which a name is left to it. */
const UNSURE = 0.6;

/**
 * Tokens a..b (on one line, capitalised) may be made a person: no rule read them, the model reads
 * none of them, or reads exactly them below UNSURE as something other than a person; no known
 * body, no place the map knows.
 */
function mayBePerson(ctx: Ctx, out: Names, a: number, b: number): boolean {
  const n = out.at(a);
  if (n) {
    if (n.a !== a || n.b !== b || n.rule || n.type === PERSON || n.probs[n.type] >= UNSURE) return false;
  } else for (let i = a; i < b; i++) if (out.at(i)) return false;
  const text = spanText(ctx, a, b);
  return !KNOWN_ORGS.has(text.toLowerCase()) && !placeLookup(ctx, text);
}

// --- person.player-action ---------------------------------------------------------------------

const { verbs, strikes, leads, balls, calls, away, scores } = PLAYER_ACTION_ROW.value;
const SCORES = lowerSetOf(scores);
const VERBS = lowerSetOf(verbs);
const STRIKES = lowerSetOf(strikes);
const LEADS = lowerSetOf(leads);
const BALLS = lowerSetOf(balls);
const CALLS = lowerSetOf(calls);
const AWAY = lowerSetOf(away);
const TRIGGERS = new Set([...VERBS, ...LEADS, ...BALLS, 'up']);
const FROM = new Set(['from']);

/** One capitalised word at `i`, alone (no capitalised word on its line either side), no word of the language. */
function oneName(ctx: Ctx, i: number): boolean {
  if (i < 0 || !isCapWord(ctx, i) || isPlainWord(ctx, i) || TITLES.has(lower(ctx, i))) return false;
  if (i > 0 && onLine(ctx, i) && isCapWord(ctx, i - 1)) return false;
  return !(onLine(ctx, i + 1) && isCapWord(ctx, i + 1));
}

/** How many words after a player's verb may hold its strike. */
const STRIKE_REACH = 3;

/** The verb at `j` is a strike: a strike word within STRIKE_REACH words on its line, no move word right after. */
function reachesStrike(ctx: Ctx, j: number): boolean {
  if (isLowerWord(ctx, j + 1) && AWAY.has(lower(ctx, j + 1))) return false;
  for (let i = j + 1; i <= j + STRIKE_REACH && onLine(ctx, i); i++)
    if (isLowerWord(ctx, i) && STRIKES.has(lower(ctx, i))) return true;
  return false;
}

/** The player a trigger word at `j` names, or −1. */
function playerAt(ctx: Ctx, j: number): number {
  const w = lower(ctx, j);
  if (!isLowerWord(ctx, j) || !onLine(ctx, j)) return -1;
  // "Pedro headed the opener": not "Silva headed to Madrid", "Okafor headed the inquiry".
  if (VERBS.has(w)) return reachesStrike(ctx, j) ? j - 1 : -1;
  // "Arrascaeta doubled the lead".
  if (LEADS.has(w)) return isWordInLowercase(ctx, j + 1, 'the') && isWordInLowercase(ctx, j + 2, 'lead') ? j - 1 : -1;
  // "from a Gerson cross".
  if (BALLS.has(w))
    return j >= 2 && (isWordInLowercase(ctx, j - 2, 'a') || isWordInLowercase(ctx, j - 2, 'an')) ? j - 1 : -1;
  // "call up Pedro".
  if (w === 'up') return j > 0 && isLowerWord(ctx, j - 1) && CALLS.has(lower(ctx, j - 1)) ? j + 1 : -1;
  return -1;
}

/** person.player-action: see the row. */
function playerActions(ctx: Ctx, out: Names): void {
  const triggers = tokensOf(ctx, formMarks(ctx, TRIGGERS));
  if (!triggers.length) return;
  let report: boolean | undefined;
  for (let x = 0; x < triggers.length; x++) {
    const i = playerAt(ctx, triggers[x]);
    if (i < 0 || !oneName(ctx, i) || !mayBePerson(ctx, out, i, i + 1)) continue;
    if (!sentenceAboutSport(ctx, ctx.s.of[i]) && !(report ??= isSportsReport(ctx))) continue;
    out.put(i, i + 1, PERSON, PLAYER_ACTION_ROW.id);
  }
}

/** Words for a side's people after its name: "opener", "all-rounders", "fans", "captain". */
const SPORT_ROLES = lowerSetOf(SPORT_ROLE_NOUN_ROW.value.nouns);

/** The word at `b` names a side's people: a role, a plural, or a hyphened compound ("all-rounders"). */
function sidesPeople(ctx: Ctx, b: number): boolean {
  if (!isLowerWord(ctx, b) || !onLine(ctx, b)) return false;
  const w = lower(ctx, b);
  return ROLE_NOUNS.has(w) || SPORT_ROLES.has(w) || /[^s]s$/.test(w) || isPunctChar(ctx, b + 1, HYPHEN);
}

/** The longest full name after what a player made and "from". */
const FULL_NAME_MAX = 3;

/** "despite 64 from Litton Das": a player's full name after a number or what a player made and "from". */
function scoresFrom(ctx: Ctx, out: Names): void {
  const froms = tokensOf(ctx, formMarks(ctx, FROM));
  let report: boolean | undefined;
  for (let x = 0; x < froms.length; x++) {
    const f = froms[x];
    if (f === 0 || !isLowerWord(ctx, f) || !onLine(ctx, f + 1)) continue;
    const made = ctx.t.kind[f - 1] === Kind.Num || (isLowerWord(ctx, f - 1) && SCORES.has(lower(ctx, f - 1)));
    if (!made) continue;
    const a = f + 1;
    let b = a;
    while (b - a < FULL_NAME_MAX && onLine(ctx, b) && isCapWord(ctx, b) && !TITLES.has(lower(ctx, b))) b++;
    if (b - a < 2 || (onLine(ctx, b) && isCapWord(ctx, b)) || ctx.t.kind[b] === Kind.Poss) continue;
    // "from West Indies opener Shai Hope", "from West Indies all-rounders": a side before its people.
    if (sidesPeople(ctx, b)) continue;
    // "Two goals from Inter Miami": a side the model read as a body, however unsure (review, stop 54).
    if (out.at(a)?.type === ORG || !mayBePerson(ctx, out, a, b)) continue;
    if (!sentenceAboutSport(ctx, ctx.s.of[a]) && !(report ??= isSportsReport(ctx))) continue;
    out.put(a, b, PERSON, PLAYER_ACTION_ROW.id);
  }
}

// --- person.kin-name --------------------------------------------------------------------------

const KIN = lowerSetOf(KIN_NAME_ROW.value.kin);
const OWNERS = lowerSetOf(KIN_NAME_ROW.value.owners);
/** The longest name after a word of kin. */
const MAX_WORDS = 3;

/** person.kin-name: see the row. */
function kinNames(ctx: Ctx, out: Names): void {
  const kin = tokensOf(ctx, formMarks(ctx, KIN));
  for (let x = 0; x < kin.length; x++) {
    const k = kin[x];
    if (!isLowerWord(ctx, k) || k === 0 || !isLowerWord(ctx, k - 1) || !OWNERS.has(lower(ctx, k - 1))) continue;
    const a = k + 1;
    if (!onLine(ctx, a) || !isCapWord(ctx, a) || opensSentence(ctx, a) || TITLES.has(lower(ctx, a))) continue;
    // "the twin Brazilians": a people, not a name (review, stop 52).
    if (isDemonym(ctx, word(ctx, a)) || isDemonym(ctx, word(ctx, a).replace(/s$/, ''))) continue;
    let b = a + 1;
    while (b - a < MAX_WORDS && onLine(ctx, b) && isCapWord(ctx, b)) b++;
    // A longer run of capitals is another name.
    if (onLine(ctx, b) && isCapWord(ctx, b)) continue;
    if (mayBePerson(ctx, out, a, b)) out.put(a, b, PERSON, KIN_NAME_ROW.id);
  }
}
