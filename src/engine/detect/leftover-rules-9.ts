/**
 * Rules for the weak patterns of issue #9, second round (helper ents32b; rows in
 * lexicon/news-leftovers-9.ts). applyNameRules calls `applyLeftoverRows9` after the leftover-8
 * rows, so these read the names every earlier rule decided.
 * - sport.club-prefix-pair: "[Rayo Vallecano] beat [Deportivo Alavés] 2-1".
 * - sport.score-result-sides: "[Wales] lost 2-1 to [Georgia]", "[Brentford] drew 0-0 with [Burnley]".
 * - organisation.party-word-after-stance: "the opposition [Smer]", "the centre-right [Moderaterna]".
 * - place.plural-land-tail: "the [Nilgiri Hills]", "the [Brecon Beacons]".
 * - person.chinese-name-shape: "President Donald Trump and [Xi Jinping] spoke".
 * - person.known-pair-before-meeting: "the [Trump] [Xi] talks".
 */
import { isDemonym, lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import {
  CHINESE_NAME_SHAPE_ROW,
  CLUB_PREFIX_PAIR_ROW,
  KNOWN_PAIR_BEFORE_MEETING_ROW,
  PARTY_WORD_AFTER_STANCE_ROW,
  PLURAL_LAND_TAIL_ROW,
  SCORE_RESULT_SIDES_ROW,
} from '../lexicon/news-leftovers-9';
import { lowerSetOf, setOf } from '../lexicon/rule-row';
import { FIRST_NAME_SET, TITLES } from '../lexicon/words';
import { givenName, languageWord } from './blind-rules-14';
import {
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  capitalisedRun,
  formMarks,
  exactFormMarks,
  isCapWord,
  isLowerWord,
  isWeekdayOrMonth,
  isWord,
  namesWithin,
  onLine,
  opensSentence,
  putOverWithin,
  sentenceHas,
  type NamedSpan,
  type Names,
} from './named-spans';
import { playersMatch } from './players-match';
import { scoreTokensAt, sentenceAboutSport } from './sport-sentences';

const CLUB_PREFIXES = setOf(CLUB_PREFIX_PAIR_ROW.value.prefixes);
const GROUND_PREFIXES = setOf(CLUB_PREFIX_PAIR_ROW.value.grounds);
const VENUE_PREPOSITIONS = lowerSetOf(CLUB_PREFIX_PAIR_ROW.value.venuePrepositions);
const COURTS_AND_VOTES = lowerSetOf(SCORE_RESULT_SIDES_ROW.value.courtsAndVotes);
const RESULTS = lowerSetOf(SCORE_RESULT_SIDES_ROW.value.results);
const LINKS = lowerSetOf(SCORE_RESULT_SIDES_ROW.value.links);
const STANCES = lowerSetOf(PARTY_WORD_AFTER_STANCE_ROW.value.stances);
const STANCE_NOUNS = lowerSetOf(PARTY_WORD_AFTER_STANCE_ROW.value.nouns);
const JUDGMENT_VERBS = lowerSetOf(PARTY_WORD_AFTER_STANCE_ROW.value.judgmentVerbs);
const LAND_TAILS = setOf(PLURAL_LAND_TAIL_ROW.value);
const SURNAMES = setOf(CHINESE_NAME_SHAPE_ROW.value.surnames);
const MEETINGS = lowerSetOf(KNOWN_PAIR_BEFORE_MEETING_ROW.value.nouns);
/** Most words of a side's name on either side of a result ("Las Vegas Aces"). */
const SIDE_WORDS = 3;
/** Below this the model's person or place reading of a one-word party is a guess. */
const HALF = 0.5;
/** A name read this surely as an organisation is left whole ("the Malvern Hills Golf Club"). */
const SURE_ORG = 0.8;
/** The plural of a party's members ("Democrats", "Republicans", "Socialists", "Conservatives", "Greens"): people, left as read. */
const MEMBERS_PLURAL = /(?:ats|ans|ists|als|ives|ens)$/;
/** One or two pinyin syllables, capitalised: a Chinese given name ("Jinping", "Qiang", "Huning"). */
const PINYIN_GIVEN =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|an|ao|ei|en|er|ia|ie|in|iu|ou|ua|ui|un|uo|ue|a|e|i|o|u|ü)){1,2}$/;

export function applyLeftoverRows9(ctx: Ctx, out: Names): void {
  clubPrefixPairs(ctx, out);
  scoreResultSides(ctx, out);
  partyWordsAfterStance(ctx, out);
  pluralLandTails(ctx, out);
  chineseNames(ctx, out);
  knownPairsBeforeMeeting(ctx, out);
}

// --- sport.club-prefix-pair ---------------------------------------------------------------------

/** sport.club-prefix-pair: see the row. */
function clubPrefixPairs(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, CLUB_PREFIXES));
  for (let x = 0; x < hits.length; x++) {
    const a = hits[x];
    if (!isCapWord(ctx, a) || !onLine(ctx, a + 1)) continue;
    // The prefix opens the run: "the European Union" is no club.
    if (capitalisedOnLine(ctx, a) && isCapWord(ctx, a - 1) && !isWord(ctx, a - 1, 'the')) continue;
    const b = capitalisedRun(ctx, a + 1, SIDE_WORDS);
    if (b === a + 1 || b - a > SIDE_WORDS || capitalisedOnLine(ctx, b)) continue;
    let plain = true;
    for (let i = a + 1; i < b && plain; i++)
      plain = !givenName(ctx, i) && !hyphenedGivenName(ctx, i) && !languageWord(ctx, i) && !isWeekdayOrMonth(ctx, i);
    if (!plain || !sentenceAboutSport(ctx, ctx.s.of[a])) continue;
    // "at the Stade Vélodrome": the ground. Review ents33c.
    if (GROUND_PREFIXES.has(word(ctx, a)) && isWord(ctx, a - 1, 'the') && VENUE_PREPOSITIONS.has(lower(ctx, a - 2)))
      continue;
    const within = namesWithin(out, a, b);
    if (!within || within.some((n) => n.rule && n.type !== ORG)) continue;
    putOverWithin(out, a, b, ORG, CLUB_PREFIX_PAIR_ROW.id, within);
  }
}

/** A hyphened word whose first part is a given name: a person's name, as grounds are ("Stade Pierre-Mauroy"). */
function hyphenedGivenName(ctx: Ctx, i: number): boolean {
  const w = lower(ctx, i);
  const dash = w.indexOf('-');
  return dash > 0 && FIRST_NAME_SET.has(w.slice(0, dash));
}

// --- sport.score-result-sides -------------------------------------------------------------------

/** sport.score-result-sides: see the row. */
function scoreResultSides(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, RESULTS));
  if (!hits.length) return;
  const courtsAndVotes = formMarks(ctx, COURTS_AND_VOTES);
  for (let x = 0; x < hits.length; x++) {
    const v = hits[x];
    if (!isLowerWord(ctx, v) || !scoreTokensAt(ctx, v + 1)) continue;
    let l = v + 4;
    if (!isLowerWord(ctx, l) || !LINKS.has(lower(ctx, l))) continue;
    if (isWord(ctx, l + 1, 'the')) l++;
    if (playersMatch(ctx, v) || sentenceHas(ctx, v, courtsAndVotes)) continue;
    const after = sideAfter(ctx, out, l + 1);
    const before = sideBefore(ctx, out, v);
    const afterKnown = after && knownSide(ctx, out, after.a, after.b);
    const beforeKnown = before && knownSide(ctx, out, before.a, before.b);
    if (after && (afterKnown || (beforeKnown && otherSide(ctx, out, after.a, after.b))))
      putOverWithin(out, after.a, after.b, ORG, SCORE_RESULT_SIDES_ROW.id, namesWithin(out, after.a, after.b)!);
    if (before && (beforeKnown || (afterKnown && otherSide(ctx, out, before.a, before.b))))
      putOverWithin(out, before.a, before.b, ORG, SCORE_RESULT_SIDES_ROW.id, namesWithin(out, before.a, before.b)!);
  }
}

/** The side named from `a` on: a name starting there, or a run of capitalised words no name holds. */
function sideAfter(ctx: Ctx, out: Names, a: number): { a: number; b: number } | undefined {
  if (!capitalisedOnLine(ctx, a)) return undefined;
  const n = out.at(a);
  if (n) return n.a === a && n.b - n.a <= SIDE_WORDS ? { a, b: n.b } : undefined;
  const b = capitalisedRun(ctx, a, SIDE_WORDS);
  return capitalisedOnLine(ctx, b) ? undefined : { a, b };
}

/** The side named right before the result verb at `v`. */
function sideBefore(ctx: Ctx, out: Names, v: number): { a: number; b: number } | undefined {
  if (!isCapWord(ctx, v - 1) || !onLine(ctx, v)) return undefined;
  const n = out.at(v - 1);
  if (n) return n.b === v && n.b - n.a <= SIDE_WORDS ? { a: n.a, b: v } : undefined;
  let a = v - 1;
  while (a > 0 && v - a < SIDE_WORDS && capitalisedOnLine(ctx, a) && isCapWord(ctx, a - 1) && !out.at(a - 1)) a--;
  if (isCapWord(ctx, a - 1) && onLine(ctx, a)) return undefined;
  if (isWord(ctx, a, 'the') || isWord(ctx, a, 'The')) a++;
  return a < v ? { a, b: v } : undefined;
}

/**
 * A side the map knows as a place, read by the model as a place (a rule may have decided it: it is
 * retyped only when not already an organisation) or not read: not one given name, not a weak entry.
 */
function knownSide(ctx: Ctx, out: Names, a: number, b: number): boolean {
  const within = namesWithin(out, a, b);
  if (within && within.length === 1 && clubOfTown(ctx, within[0])) return true;
  if (!within || within.some((n) => n.type === PERSON)) return false;
  if (within.length === 1 && within[0].type === ORG) return true;
  if (within.some((n) => n.type !== PLACE)) return false;
  if (b - a === 1 && givenName(ctx, a)) return false;
  const text = spanText(ctx, a, b);
  return !!placeLookup(ctx, text) && !ctx.gaz?.isWeak?.(text);
}

/**
 * A model person of two or three words ending in a city the map knows, whose first word is no given
 * name or word of the language: a club of a word and its town ("drew 0-0 with [Shakhtar Donetsk]").
 */
function clubOfTown(ctx: Ctx, n: NamedSpan): boolean {
  if (n.type !== PERSON || n.rule || n.b - n.a < 2 || n.b - n.a > SIDE_WORDS) return false;
  if (givenName(ctx, n.a) || languageWord(ctx, n.a) || hyphenedGivenName(ctx, n.a)) return false;
  return placeLookup(ctx, word(ctx, n.b - 1))?.kind === 'city';
}

/**
 * The other side of a known one: the model's own place reading of the whole ("lost 2-1 to
 * [Fulham]"), or capitalised words no name holds, none a word of the language, a given name, a
 * weekday or month ("[Brentford] drew 0-0 with Burnley").
 */
function otherSide(ctx: Ctx, out: Names, a: number, b: number): boolean {
  const n = out.at(a);
  if (n) return n.a === a && n.b === b && n.type === PLACE && !n.rule;
  for (let i = a; i < b; i++)
    if (out.at(i) || languageWord(ctx, i) || givenName(ctx, i) || isWeekdayOrMonth(ctx, i)) return false;
  return true;
}

// --- organisation.party-word-after-stance -------------------------------------------------------

/** organisation.party-word-after-stance: see the row. */
function partyWordsAfterStance(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, STANCES));
  for (let x = 0; x < hits.length; x++) {
    const s = hits[x];
    const i = s + 1;
    if (!isLowerWord(ctx, s) || !(isWord(ctx, s - 1, 'the') || isWord(ctx, s - 1, 'The'))) continue;
    // "appeal the ruling Mahlangu handed down": after a verb, "the ruling" is the judgment. Review ents33c.
    if (STANCE_NOUNS.has(lower(ctx, s)) && s >= 2 && JUDGMENT_VERBS.has(lower(ctx, s - 2))) continue;
    if (!capitalisedOnLine(ctx, i) || capitalisedOnLine(ctx, i + 1)) continue;
    const n = out.at(i);
    if (n && (n.rule || n.type === ORG || n.b - n.a > 1 || n.probs[n.type] >= HALF)) continue;
    const w = word(ctx, i);
    if (languageWord(ctx, i) || givenName(ctx, i) || TITLES.has(lower(ctx, i)) || isWeekdayOrMonth(ctx, i)) continue;
    if (isDemonym(ctx, w) || placeLookup(ctx, w) || MEMBERS_PLURAL.test(w)) continue;
    out.put(i, i + 1, ORG, PARTY_WORD_AFTER_STANCE_ROW.id, undefined, n);
  }
}

// --- place.plural-land-tail ---------------------------------------------------------------------

/** place.plural-land-tail: see the row. */
function pluralLandTails(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, LAND_TAILS));
  for (let x = 0; x < hits.length; x++) {
    const e = hits[x];
    if (!isCapWord(ctx, e) || !onLine(ctx, e) || capitalisedOnLine(ctx, e + 1)) continue;
    let a = e;
    while (e - a < 2 && capitalisedOnLine(ctx, a) && isCapWord(ctx, a - 1) && !isWord(ctx, a - 1, 'the')) a--;
    if (a === e || !(isWord(ctx, a - 1, 'the') || isWord(ctx, a - 1, 'The'))) continue;
    const within = namesWithin(out, a, e + 1);
    if (!within || within.some((n) => n.rule || (n.type === ORG && n.probs[ORG] >= SURE_ORG))) continue;
    // "the Lauren Hills case": a person with a land word for a surname. Review ents33c.
    if (within.some((n) => n.type === PERSON && givenName(ctx, n.a)) && !placeLookup(ctx, spanText(ctx, a, e + 1)))
      continue;
    putOverWithin(out, a, e + 1, PLACE, PLURAL_LAND_TAIL_ROW.id, within);
  }
}

// --- person.chinese-name-shape ------------------------------------------------------------------

/** person.chinese-name-shape: see the row. */
function chineseNames(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, SURNAMES));
  for (let x = 0; x < hits.length; x++) {
    const a = hits[x];
    if (!capitalisedOnLine(ctx, a + 1) || capitalisedOnLine(ctx, a + 2)) continue;
    if (a > 0 && isCapWord(ctx, a - 1) && onLine(ctx, a) && !opensSentence(ctx, a)) continue;
    if (!PINYIN_GIVEN.test(lower(ctx, a + 1)) || out.at(a) || out.at(a + 1)) continue;
    if (placeLookup(ctx, spanText(ctx, a, a + 2)) || languageWord(ctx, a + 1)) continue;
    out.put(a, a + 2, PERSON, CHINESE_NAME_SHAPE_ROW.id);
  }
}

// --- person.known-pair-before-meeting -----------------------------------------------------------

/** person.known-pair-before-meeting: see the row. */
function knownPairsBeforeMeeting(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, MEETINGS));
  if (!hits.length) return;
  let owners: Map<string, Set<string>> | undefined;
  for (let x = 0; x < hits.length; x++) {
    const m = hits[x];
    const first = m - 2;
    if (first < 0 || !isLowerWord(ctx, m) || !onLine(ctx, m) || !capitalisedOnLine(ctx, first + 1)) continue;
    // "the Rolls Royce deal with the airline": a third party makes the pair one side, a firm. Review ents33c.
    if (isWord(ctx, m + 1, 'with')) continue;
    if (!isCapWord(ctx, first) || out.at(first) || out.at(first + 1)) continue;
    if (capitalisedOnLine(ctx, first) && isCapWord(ctx, first - 1) && !isWord(ctx, first - 1, 'the')) continue;
    owners ??= fullNameOwners(ctx, out);
    const a = owners.get(lower(ctx, first)),
      b = owners.get(lower(ctx, first + 1));
    if (!a || !b) continue;
    // Each word names someone who does not hold the other word ("Hun Sen" holds both).
    const apart = (p: Set<string>, q: Set<string>) => [...p].some((name) => !q.has(name));
    if (!apart(a, b) || !apart(b, a)) continue;
    out.put(first, first + 1, PERSON, KNOWN_PAIR_BEFORE_MEETING_ROW.id);
    out.put(first + 1, first + 2, PERSON, KNOWN_PAIR_BEFORE_MEETING_ROW.id);
  }
}

/** Per lowercase word, the texts of the people of two words or more the article names that hold it. */
function fullNameOwners(ctx: Ctx, out: Names): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type !== PERSON || n.b - n.a < 2) continue;
    const text = spanText(ctx, n.a, n.b);
    for (let i = n.a; i < n.b; i++) {
      const w = lower(ctx, i);
      let set = owners.get(w);
      if (!set) owners.set(w, (set = new Set()));
      set.add(text);
    }
  }
  return owners;
}
