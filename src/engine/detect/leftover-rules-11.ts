/**
 * Rules for the weak patterns of issue #9, fourth round (helper ents34b; rows in
 * lexicon/news-leftovers-11.ts). applyNameRules calls `applyLeftoverRows11` after the leftover-10
 * rows, so these read the names every earlier rule decided.
 * - organisation.hyphened-acronym: "The [VMRO-DPMNE] won", "Leaders of [KDU-ČSL] said".
 * - place.mountain-frame: "the slopes of [Chimborazo]", "Climbers on [Denali]".
 * - organisation.law-firm-frame: "advised by [Burness Paull]", "the law firm [Clifford Chance]",
 *   "[Freshfields] acted for the lenders".
 * - sport.opening-side-at-ground: "[Fulham] lost 3-1 at Villa Park".
 * - sport.beaten-town-before-score: "Gloucester beat [Bath] 21-18".
 * - person.given-name-particle: "The designer [Marie-Claire à Beckett] showed".
 */
import { isDemonym, lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import {
  BEATEN_TOWN_BEFORE_SCORE_ROW,
  GIVEN_NAME_PARTICLE_ROW,
  OPENING_SIDE_AT_GROUND_ROW,
  HYPHENED_PARTY_ACRONYM_ROW,
  LAW_FIRM_FRAME_ROW,
  MOUNTAIN_FRAME_ROW,
} from '../lexicon/news-leftovers-11';
import { lowerSetOf, setOf } from '../lexicon/rule-row';
import { COMMON_WORDS, DETERMINERS, FIRST_NAME_SET, FUNCTION_WORDS, PRONOUNS_PERSON, TITLES } from '../lexicon/words';
import { givenName, languageWord } from './blind-rules-14';
import { fightOrPlayers } from './leftover-rules-8';
import {
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  capitalisedRun,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isWeekdayOrMonth,
  isWord,
  heldByOthers,
  namesWithin,
  onLine,
  opensSentence,
  patternFormMarks,
  personWordCountsOf,
  personWordsOf,
  putOverWithin,
  type Names,
  AMPERSAND,
  isOneChar,
} from './named-spans';
import { playersMatch } from './players-match';
import { scoreTokensAt } from './sport-sentences';

const ACRONYM_BEFORE = lowerSetOf(HYPHENED_PARTY_ACRONYM_ROW.value);
const MOUNTAIN_PARTS = lowerSetOf(MOUNTAIN_FRAME_ROW.value.parts);
const CLIMBERS = lowerSetOf(MOUNTAIN_FRAME_ROW.value.climbers);
/** The words right before a mountain's name in its frames ("the summit of", "died on"). */
const MOUNTAIN_LINKS: ReadonlySet<string> = new Set(['of', 'on']);
const FIRM_ONLY = LAW_FIRM_FRAME_ROW.value.firmOnly.map(words);
const FIRM_OR_PERSON = LAW_FIRM_FRAME_ROW.value.firmOrPerson.map(words);
const BARRISTERS = setOf(LAW_FIRM_FRAME_ROW.value.barristers);
const FIRM_FRAME_STARTS = lowerSetOf([...FIRM_ONLY, ...FIRM_OR_PERSON].map((w) => w[0]));
const FIRM_OVER_PERSON = lowerSetOf(LAW_FIRM_FRAME_ROW.value.overPerson);
const DEAL_WORDS = lowerSetOf(LAW_FIRM_FRAME_ROW.value.deals);
/** Two or more acronyms joined by hyphens, each of two capitals or more ("VMRO-DPMNE", "KDU-ČSL"). */
const HYPHENED_ACRONYM = /^\p{Lu}{2,}(?:-\p{Lu}{2,})+$/u;
/** A model reading this sure of a person or an organisation is left as it is. */
const SURE = 0.8;
/** Most words of a mountain's name read from its frame. */
const MOUNTAIN_WORDS = 2;
/** Most tokens between a climber and "on" ("two climbers died on"). */
const CLIMBER_REACH = 3;
/** Fewest and most words of a firm named after its founders. */
const FIRM_MIN = 2,
  FIRM_MAX = 3;

export function applyLeftoverRows11(ctx: Ctx, out: Names): void {
  hyphenedAcronyms(ctx, out);
  mountainFrames(ctx, out);
  lawFirmFrames(ctx, out);
  activeFirmFrames(ctx, out);
  openingSidesAtGround(ctx, out);
  beatenTownsBeforeScore(ctx, out);
  givenNameParticles(ctx, out);
}

// --- organisation.hyphened-acronym ---------------------------------------------------------------

/** organisation.hyphened-acronym: see the row. */
function hyphenedAcronyms(ctx: Ctx, out: Names): void {
  const marks = tokensOf(ctx, patternFormMarks(ctx, HYPHENED_ACRONYM));
  for (let x = 0; x < marks.length; x++) {
    const i = marks[x];
    if (out.at(i) || !(opensSentence(ctx, i) || (i > 0 && ACRONYM_BEFORE.has(lower(ctx, i - 1))))) continue;
    const parts = word(ctx, i).split('-');
    const plain = parts.every((p) => {
      const w = p.toLowerCase();
      return !COMMON_WORDS.has(w) && !ctx.lowerSeen.has(w) && !placeLookup(ctx, p) && !isDemonym(ctx, p);
    });
    if (plain) out.put(i, i + 1, ORG, HYPHENED_PARTY_ACRONYM_ROW.id);
  }
}

// --- place.mountain-frame ------------------------------------------------------------------------

/** place.mountain-frame: see the row. */
function mountainFrames(ctx: Ctx, out: Names): void {
  // A frame is "of" or "on" right before the name: only the tokens after those are read.
  const links = tokensOf(ctx, formMarks(ctx, MOUNTAIN_LINKS));
  // The end of the last mountain put: the search goes on after the token that follows it.
  let taken = -1;
  for (let x = 0; x < links.length; x++) {
    const i = links[x] + 1;
    if (i < 2 || i >= ctx.t.count || i <= taken) continue;
    if (!capitalisedOnLine(ctx, i)) continue;
    const framed =
      (isWord(ctx, i - 1, 'of') && MOUNTAIN_PARTS.has(lower(ctx, i - 2))) ||
      (isWord(ctx, i - 1, 'on') && climberBefore(ctx, i - 1));
    if (!framed) continue;
    const b = capitalisedRun(ctx, i, MOUNTAIN_WORDS + 1);
    if (b - i > MOUNTAIN_WORDS) continue;
    let plain = !givenName(ctx, i);
    for (let k = i; k < b && plain; k++)
      plain =
        !languageWord(ctx, k) &&
        !TITLES.has(lower(ctx, k)) &&
        !isWeekdayOrMonth(ctx, k) &&
        !isDemonym(ctx, word(ctx, k));
    const within = namesWithin(out, i, b);
    if (!plain || !within || within.some((n) => n.rule || (n.type !== PLACE && n.probs[n.type] >= SURE))) continue;
    putOverWithin(out, i, b, PLACE, MOUNTAIN_FRAME_ROW.id, within);
    taken = b;
  }
}

/** A climber within a few tokens before "on" at `on`, in the same sentence. */
function climberBefore(ctx: Ctx, on: number): boolean {
  const s = ctx.s.of[on];
  for (let k = on - 1; k >= 0 && on - k <= CLIMBER_REACH && ctx.s.of[k] === s; k--)
    if (CLIMBERS.has(lower(ctx, k))) return true;
  return false;
}

// --- organisation.law-firm-frame -----------------------------------------------------------------

/** organisation.law-firm-frame: see the row. */
function lawFirmFrames(ctx: Ctx, out: Names): void {
  const starts = tokensOf(ctx, formMarks(ctx, FIRM_FRAME_STARTS));
  for (let x = 0; x < starts.length; x++) {
    const i = starts[x];
    const frame = FIRM_ONLY.find((w) => frameAt(ctx, i, w));
    const only = !!frame;
    const length = frame?.length ?? FIRM_OR_PERSON.find((w) => frameAt(ctx, i, w))?.length;
    if (!length) continue;
    const a = i + length;
    let b = capitalisedRun(ctx, a, FIRM_MAX + 1);
    while (b > a && BARRISTERS.has(word(ctx, b - 1))) b--;
    if (BARRISTERS.has(word(ctx, b)) && b < ctx.t.count) continue;
    // "the law firm X" and "lawyers from X" take one word too; "advised by X" two or three.
    if (b - a > FIRM_MAX || b - a < (only ? 1 : FIRM_MIN) || !capitalisedOnLine(ctx, a)) continue;
    let plain = only || !givenName(ctx, a);
    for (let k = a; k < b && plain; k++) plain = !TITLES.has(lower(ctx, k)) && !isWeekdayOrMonth(ctx, k);
    const within = namesWithin(out, a, b);
    // "advised by X on the sale": in a deal's or a court's sentence a sure person reading goes too.
    const sureGoes = only || (FIRM_OVER_PERSON.has(lower(ctx, i)) && dealSentence(ctx, i));
    if (!plain || !within || within.some((n) => n.rule || (n.type === PERSON && !sureGoes && n.probs[PERSON] >= SURE)))
      continue;
    // A place the model read is left; so is a body it read ("advised by Deutsche Bank AG": the legal
    // form's rows decide its edge).
    if (within.some((n) => n.type === ORG || (n.type === PLACE && n.a === a && n.b === b))) continue;
    putOverWithin(out, a, b, ORG, LAW_FIRM_FRAME_ROW.id, within);
  }
}

const ACTIVE_VERBS = lowerSetOf(LAW_FIRM_FRAME_ROW.value.active);
const DEAL_PARTIES = lowerSetOf(LAW_FIRM_FRAME_ROW.value.parties);
const FIRM_JOINS = lowerSetOf(LAW_FIRM_FRAME_ROW.value.joins);
/** Most tokens from the verb to the side of the deal ("acted for the private equity firm"). */
const PARTY_REACH = 5;

/** organisation.law-firm-frame, the active voice: "[Freshfields] acted for the lenders". */
function activeFirmFrames(ctx: Ctx, out: Names): void {
  const verbs = tokensOf(ctx, formMarks(ctx, ACTIVE_VERBS));
  let people: Map<string, number> | undefined;
  for (let x = 0; x < verbs.length; x++) {
    const v = verbs[x];
    if (!isLowerWord(ctx, v) || !dealSide(ctx, v) || adviceToAct(ctx, v)) continue;
    const a = firmRunStart(ctx, v);
    if (a < 0) continue;
    // One surname-like word is a firm on this frame only while nothing points to a person after it.
    if (v - a === 1 && personPronounAfter(ctx, out, v)) continue;
    people ??= personWordCountsOf(ctx, out.alive());
    for (const [pa, pb] of firmPieces(ctx, a, v)) activeFirm(ctx, out, pa, pb, people);
  }
}

/** After the verb at `v` ("acted" wants "for"): a side of a deal within reach, or a deal's sentence. */
function dealSide(ctx: Ctx, v: number): boolean {
  let k = v + 1;
  if (isWord(ctx, v, 'acted') && !isWord(ctx, k++, 'for')) return false;
  for (const end = Math.min(ctx.t.count, k + PARTY_REACH); k < end && isLowerWord(ctx, k); k++)
    if (DEAL_PARTIES.has(lower(ctx, k))) return true;
  return dealSentence(ctx, v);
}

/** Most tokens from the verb to "to" in advice to act ("advised the board of the bank to reject"). */
const ADVICE_REACH = 7;

/**
 * After the verb at `v`, an object and "to" with a verb: someone advising a person to act ("Buffett
 * advised the board to reject the offer"), which a person does; a firm advises on a deal. "to" before
 * an article or a possessive ("represented the bank to the court") is no such advice.
 */
function adviceToAct(ctx: Ctx, v: number): boolean {
  const s = ctx.s.of[v];
  for (let k = v + 2; k < ctx.t.count && k - v <= ADVICE_REACH && ctx.s.of[k] === s && isLowerWord(ctx, k); k++)
    if (isWord(ctx, k, 'to')) return isLowerWord(ctx, k + 1) && !DETERMINERS.has(lower(ctx, k + 1));
  return false;
}

/** Sentences after the verb read for a pronoun of a person: its own and the next. */
const PRONOUN_SENTENCES = 2;

/** he/she/his/her/him after `v`, in its sentence or the next, before any other name. */
function personPronounAfter(ctx: Ctx, out: Names, v: number): boolean {
  const last = ctx.s.of[v] + PRONOUN_SENTENCES - 1;
  for (let k = v + 1; k < ctx.t.count && ctx.s.of[k] <= last; k++) {
    if (out.at(k)) return false;
    const w = lower(ctx, k);
    if (PRONOUNS_PERSON.has(w) || w === 'his') return true;
  }
  return false;
}

/**
 * The first token of the firm's run that ends before the verb at `v`: capitalised words, "&" and
 * at most one "and" between them, opening the sentence or after a comma or a join; -1 when there is
 * none.
 */
function firmRunStart(ctx: Ctx, v: number): number {
  let a = v;
  let ands = 0;
  while (a - 1 >= 0 && v - a < FIRM_MAX * 2 + 1) {
    const k = a - 1;
    if (capitalisedOnLine(ctx, k)) a = k;
    else if ((isOneChar(ctx, k, AMPERSAND) || (isWord(ctx, k, 'and') && ands++ === 0)) && capitalisedOnLine(ctx, k - 1))
      a = k;
    else break;
  }
  if (a === v || !isCapWord(ctx, a)) return -1;
  if (opensSentence(ctx, a)) return a;
  const before = a - 1;
  return isWord(ctx, before, ',') || (isLowerWord(ctx, before) && FIRM_JOINS.has(lower(ctx, before))) ? a : -1;
}

/**
 * The firms of the run [a, v): whole with "&" in it or with a word of the language beside its
 * "and" ("Slaughter and May"); else one firm on each side of the "and" ("Rothschild and Evercore").
 */
function firmPieces(ctx: Ctx, a: number, v: number): [number, number][] {
  let and = -1;
  for (let k = a; k < v; k++) {
    if (isOneChar(ctx, k, AMPERSAND)) return [[a, v]];
    if (isWord(ctx, k, 'and')) and = k;
  }
  if (and < 0) return [[a, v]];
  const single = and - a === 1 && v - and === 2;
  if (single && (languageWord(ctx, a) || languageWord(ctx, and + 1))) return [[a, v]];
  return [
    [a, and],
    [and + 1, v],
  ];
}

/** Puts a firm over [a, b) unless a person, a title, a word of the language or a sure reading holds it. */
function activeFirm(ctx: Ctx, out: Names, a: number, b: number, people: ReadonlyMap<string, number>): void {
  if (b - a > FIRM_MAX + 2 || givenName(ctx, a) || TITLES.has(lower(ctx, a)) || isDemonym(ctx, word(ctx, a))) return;
  // "In May advised …", "The Treasury advised …": a word of grammar opening the run is no firm's.
  if (FUNCTION_WORDS.has(lower(ctx, a))) return;
  if (b - a === 1 && (languageWord(ctx, a) || isWeekdayOrMonth(ctx, a))) return;
  const within = namesWithin(out, a, b);
  if (!within || within.some((n) => n.rule || n.type === ORG || n.probs[n.type] >= SURE)) return;
  for (let k = a; k < b; k++)
    if (isCapWord(ctx, k) && heldByOthers(ctx, people, lower(ctx, k), within.length === 1 ? within[0] : undefined))
      return;
  putOverWithin(out, a, b, ORG, LAW_FIRM_FRAME_ROW.id, within);
}

/** The words of `frame` start at token `i`, in lower case but for a sentence's first ("Lawyers from"). */
function frameAt(ctx: Ctx, i: number, frame: readonly string[]): boolean {
  for (let k = 0; k < frame.length; k++)
    if (!isWord(ctx, i + k, frame[k]) || (isCapWord(ctx, i + k) && (k > 0 || !opensSentence(ctx, i)))) return false;
  return true;
}

/** The sentence of token `i` names a deal or a court case. */
function dealSentence(ctx: Ctx, i: number): boolean {
  const s = ctx.s.of[i];
  for (let k = ctx.s.first[s]; k < ctx.s.last[s]; k++) if (DEAL_WORDS.has(lower(ctx, k))) return true;
  return false;
}

/** A frame's words, split at spaces. */
function words(frame: string): string[] {
  return frame.split(' ');
}

// --- sport.opening-side-at-ground ----------------------------------------------------------------

const SIDE_RESULTS = lowerSetOf(OPENING_SIDE_AT_GROUND_ROW.value);

/** sport.opening-side-at-ground: see the row. */
function openingSidesAtGround(ctx: Ctx, out: Names): void {
  const verbs = tokensOf(ctx, formMarks(ctx, SIDE_RESULTS));
  let people: Set<string> | undefined;
  for (let x = 0; x < verbs.length; x++) {
    const v = verbs[x];
    const i = v - 1;
    if (i < 0 || !isLowerWord(ctx, v) || !opensSentence(ctx, i) || !isCapWord(ctx, i) || out.at(i)) continue;
    // "lost 3-1 at [Villa Park]": the score's three tokens, "at", and a ground read as a place.
    if (!scoreTokensAt(ctx, v + 1) || !isWord(ctx, v + 4, 'at')) continue;
    const ground = out.at(v + 5);
    if (!ground || ground.a !== v + 5 || ground.type !== PLACE) continue;
    if (!plainName(ctx, i) || fightOrPlayers(ctx, v) || playersMatch(ctx, v)) continue;
    people ??= personWordsOf(ctx, out.alive());
    if (people.has(lower(ctx, i))) continue;
    out.put(i, v, ORG, OPENING_SIDE_AT_GROUND_ROW.id);
  }
}

/** Token `i` is no given name, title, demonym, weekday or month, or word of the language. */
function plainName(ctx: Ctx, i: number): boolean {
  return (
    !givenName(ctx, i) &&
    !languageWord(ctx, i) &&
    !TITLES.has(lower(ctx, i)) &&
    !isDemonym(ctx, word(ctx, i)) &&
    !isWeekdayOrMonth(ctx, i)
  );
}

// --- sport.beaten-town-before-score --------------------------------------------------------------

const BEATING = lowerSetOf(BEATEN_TOWN_BEFORE_SCORE_ROW.value);
/** Most words of a beaten town's name. */
const TOWN_WORDS = 2;

/** sport.beaten-town-before-score: see the row. */
function beatenTownsBeforeScore(ctx: Ctx, out: Names): void {
  const verbs = tokensOf(ctx, formMarks(ctx, BEATING));
  for (let x = 0; x < verbs.length; x++) {
    const v = verbs[x];
    const side = out.at(v - 1);
    if (!isLowerWord(ctx, v) || !side || side.b !== v || side.type !== ORG) continue;
    const a = v + 1;
    const b = capitalisedRun(ctx, a, TOWN_WORDS + 1);
    if (b === a || b - a > TOWN_WORDS || !scoreTokensAt(ctx, b)) continue;
    const within = namesWithin(out, a, b);
    if (!within || within.length || givenName(ctx, a) || !placeLookup(ctx, spanText(ctx, a, b))) continue;
    if (playersMatch(ctx, v)) continue;
    out.put(a, b, ORG, BEATEN_TOWN_BEFORE_SCORE_ROW.id);
  }
}

// --- person.given-name-particle ------------------------------------------------------------------

const FRENCH_PARTICLES = setOf(GIVEN_NAME_PARTICLE_ROW.value);
/** Most particles between a given name and a surname ("de la"). */
const PARTICLE_WORDS = 2;

/** person.given-name-particle: see the row. */
function givenNameParticles(ctx: Ctx, out: Names): void {
  const particles = tokensOf(ctx, exactFormMarks(ctx, FRENCH_PARTICLES));
  for (let x = 0; x < particles.length; x++) {
    const i = particles[x] - 1;
    if (i < 0 || (x > 0 && particles[x - 1] === i) || !isLowerWord(ctx, i + 1) || !isCapWord(ctx, i)) continue;
    if (!givenNameWord(ctx, i)) continue;
    let p = i + 1;
    while (p - i - 1 < PARTICLE_WORDS && isLowerWord(ctx, p) && FRENCH_PARTICLES.has(word(ctx, p))) p++;
    if (!capitalisedOnLine(ctx, p) || capitalisedOnLine(ctx, p + 1) || !onLine(ctx, i + 1)) continue;
    // A capital before the given name opens a longer name ("Rue Pierre du Plessis"), unless it is a title
    // or a role opening the sentence ("Chef Pierre de la Rue").
    if (isCapWord(ctx, i - 1) && onLine(ctx, i) && !TITLES.has(lower(ctx, i - 1)) && !opensSentence(ctx, i - 1))
      continue;
    if (TITLES.has(lower(ctx, p)) || isWeekdayOrMonth(ctx, p)) continue;
    const within = namesWithin(out, i, p + 1);
    // "Marie à Paris": a place read after the particle is where, not who.
    if (!within || within.some((n) => n.rule || (n.type === PLACE && n.a === p))) continue;
    putOverWithin(out, i, p + 1, PERSON, GIVEN_NAME_PARTICLE_ROW.id, within);
  }
}

/** Token `i` is a given name, or two given names joined by a hyphen ("Marie-Claire", "Jean-Luc"). */
function givenNameWord(ctx: Ctx, i: number): boolean {
  if (givenName(ctx, i)) return true;
  const parts = lower(ctx, i).split('-');
  return parts.length === 2 && parts.every((w) => FIRST_NAME_SET.has(w));
}
