/**
 * Rules for the misreads the reviews of the last stops left on news never seen (helper ents18b,
 * issue #9; rows NEWS_LEFTOVER_ROWS_2 in lexicon/news-leftovers-2.ts). applyNameRules calls
 * `applyLeftoverRows2` after the leftover-1 rows and before the review rows, so these read every
 * other rule's names. One walk over the names and one over the rows' words; the sports-report
 * reading is made at most once, only when a rule has a candidate.
 * - person.title-full-name: "the [Maharaja Ranjit Singh]" is the person, not a body.
 * - person.given-name-speaking: "[Paul Highway] said" is a person, not a road.
 * - sport.nickname-as-modifier: "The Storm warning" is weather, not the club.
 * - none.number-opener: "Nine Republicans joined" names no body.
 * - organisation.common-word-firm: "Shoppers at [Target] stores", "[Target] said".
 * - sport.word-club-beat: "[Racing] beat Peñarol 2-1".
 */
import { Kind } from '../tokenize/tokenize';
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import {
  COMMON_WORD_FIRM_ROW,
  GIVEN_NAME_SPEAKING_ROW,
  NICKNAME_MODIFIER_ROW,
  NUMBER_OPENER_ROW,
  TITLE_FULL_NAME_ROW,
  WORD_CLUB_BEAT_ROW,
} from '../lexicon/news-leftovers-2';
import { THE_NICKNAME_ROW } from '../lexicon/news-leftovers-1';
import { FEATURE_TAIL_ROW } from '../lexicon/blind-news-9';
import { COMMON_WORDS, FIRST_NAME_SET, MONTHS, PRONOUNS_ALL, WEEKDAYS } from '../lexicon/words';
import {
  ORG,
  PERSON,
  capitalisedOnLine,
  formMarks,
  isCapWord,
  isLowerWord,
  isWord,
  type LiveSpan,
  type Names,
  retype,
} from './named-spans';
import { SCORE, SportsReading } from './sport-sentences';
import { SET_WON_GAMES, setScoresAt } from './fold-rules-15';

const TITLES = new Set(TITLE_FULL_NAME_ROW.value.titles);
const TITLE_HEADS = new Set(TITLE_FULL_NAME_ROW.value.heads);
const SPEAKING = new Set(GIVEN_NAME_SPEAKING_ROW.value);
const MODIFIED = new Set(NICKNAME_MODIFIER_ROW.value);
const COUNTS = new Set(NUMBER_OPENER_ROW.value);
const FIRM_NOUNS = new Set(COMMON_WORD_FIRM_ROW.value.evidence);
const FIRM_SPEECH = new Set(COMMON_WORD_FIRM_ROW.value.speech);
const RESULT_VERBS = new Set(WORD_CLUB_BEAT_ROW.value);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'your', 'my']);
/** Plural endings of party members and peoples ("Republicans", "Democrats", "Socialists", "Conservatives"). */
const MEMBERS_PLURAL = /(?:ans|ats|ists|ives|ites)$/;
/** Most words of a name after a ruler's title ("Maharaja Ranjit Singh", "Sultan Qaboos bin Said"). */
const TITLE_NAME_WORDS = 4;

export function applyLeftoverRows2(ctx: Ctx, out: Names): void {
  const changes: (() => void)[] = [];
  const alive = out.alive() as readonly LiveSpan[];
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    const len = n.b - n.a;
    if (n.type !== PERSON && len >= 3 && len <= TITLE_NAME_WORDS && titleFullName(ctx, n))
      changes.push(() => retype(out, n, PERSON, TITLE_FULL_NAME_ROW.id));
    else if (n.rule === FEATURE_TAIL_ROW.id && len === 2 && givenNameSpeaking(ctx, n))
      changes.push(() => retype(out, n, PERSON, GIVEN_NAME_SPEAKING_ROW.id));
    else if (n.rule === THE_NICKNAME_ROW.id && len === 1 && modifierAfter(ctx, n.b))
      changes.push(() => !n.dead && out.remove(n));
    else if (len === 2 && numberOpener(ctx, n)) changes.push(() => !n.dead && out.remove(n));
  }
  for (const c of changes) c();
  commonWordFirms(ctx, out);
  wordClubs(ctx, out);
}

/** Token `i` opens its sentence. */
const opensSentence = (ctx: Ctx, i: number) => ctx.s.first[ctx.s.of[i]] === i;

/** person.title-full-name: a ruler's title + two or three name words. */
function titleFullName(ctx: Ctx, n: LiveSpan): boolean {
  if (!isCapWord(ctx, n.a) || !TITLES.has(lower(ctx, n.a))) return false;
  if (!isCapWord(ctx, n.a + 1) || !isCapWord(ctx, n.b - 1) || capitalisedOnLine(ctx, n.b)) return false;
  for (let i = n.a + 1; i < n.b; i++) if (ctx.t.kind[i] !== Kind.Word || TITLE_HEADS.has(lower(ctx, i))) return false;
  return !placeLookup(ctx, spanText(ctx, n.a + 1, n.b)) && !placeLookup(ctx, spanText(ctx, n.a, n.b));
}

/** person.given-name-speaking: "[Paul Highway] said", "…," said Paul Highway. */
function givenNameSpeaking(ctx: Ctx, n: LiveSpan): boolean {
  if (!FIRST_NAME_SET.has(lower(ctx, n.a))) return false;
  // "said to be the worst road": a report about the thing, not its speech.
  if (isLowerWord(ctx, n.b) && SPEAKING.has(lower(ctx, n.b))) return !isWord(ctx, n.b + 1, 'to');
  const before = n.a - 1;
  if (!isLowerWord(ctx, before) || !SPEAKING.has(lower(ctx, before)) || before < 1) return false;
  const k = ctx.t.kind[before - 1];
  return k !== Kind.Word && k !== Kind.Num;
}

/** sport.nickname-as-modifier: a lowercase noun of the row right after the nickname. */
const modifierAfter = (ctx: Ctx, i: number) =>
  isLowerWord(ctx, i) && MODIFIED.has(lower(ctx, i)) && !(lower(ctx, i) === 'front' && isWord(ctx, i + 1, 'office'));

/** none.number-opener: "Nine Republicans" opening a sentence. */
function numberOpener(ctx: Ctx, n: LiveSpan): boolean {
  if (!opensSentence(ctx, n.a) || !isCapWord(ctx, n.a) || !COUNTS.has(lower(ctx, n.a))) return false;
  return isCapWord(ctx, n.a + 1) && MEMBERS_PLURAL.test(lower(ctx, n.a + 1));
}

/** A capitalised word standing alone: no capitalised word beside it on the line, no determiner or possessive before it. */
function aloneCapital(ctx: Ctx, out: Names, i: number): boolean {
  if (!isCapWord(ctx, i)) return false;
  // The model's own one-word reading ("at [Target] stores" read as a place) may be the firm.
  const n = out.at(i);
  if (n && (n.rule || n.a !== i || n.b !== i + 1 || n.type === PERSON)) return false;
  if (capitalisedOnLine(ctx, i + 1) || (i > 0 && isCapWord(ctx, i - 1) && !opensSentence(ctx, i))) return false;
  if (i > 0 && (ctx.t.kind[i - 1] === Kind.Poss || (isLowerWord(ctx, i - 1) && DETERMINERS.has(lower(ctx, i - 1)))))
    return false;
  return true;
}

/** organisation.common-word-firm: see the row. */
function commonWordFirms(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, FIRM_NOUNS));
  let firms: Set<number> | undefined;
  for (let k = 0; k < hits.length; k++) {
    const noun = hits[k];
    const i = noun - 1;
    if (i < 1 || !isLowerWord(ctx, noun) || opensSentence(ctx, i) || !aloneCapital(ctx, out, i)) continue;
    const w = lower(ctx, i);
    if (!COMMON_WORDS.has(w) || MONTHS.has(w) || WEEKDAYS.has(w)) continue;
    (firms ??= new Set()).add(ctx.form[i]);
  }
  if (!firms) return;
  const { id } = COMMON_WORD_FIRM_ROW;
  for (const f of firms)
    for (let x = ctx.formStart[f]; x < ctx.formStart[f + 1]; x++) {
      const i = ctx.formTokens[x];
      if (!aloneCapital(ctx, out, i)) continue;
      if (opensSentence(ctx, i) && !(isLowerWord(ctx, i + 1) && FIRM_SPEECH.has(lower(ctx, i + 1)))) continue;
      const n = out.at(i);
      if (!n || n.type !== ORG) out.put(i, i + 1, ORG, id, undefined, n);
    }
}

/** sport.word-club-beat: "[Racing] beat Peñarol 2-1", "twice against [Racing] in a 3-1 win". */
function wordClubs(ctx: Ctx, out: Names): void {
  const marks = formMarks(ctx, new Set([...RESULT_VERBS, 'against']));
  const hits = tokensOf(ctx, marks);
  if (!hits.length) return;
  const sports = new SportsReading(ctx);
  const { id } = WORD_CLUB_BEAT_ROW;
  for (let k = 0; k < hits.length; k++) {
    const v = hits[k];
    if (!isLowerWord(ctx, v)) continue;
    const against = lower(ctx, v) === 'against';
    const i = against ? v + 1 : v - 1;
    if (i < 0 || !isCapWord(ctx, i) || out.at(i) || capitalisedOnLine(ctx, i + 1)) continue;
    if (ctx.t.kind[i + 1] === Kind.Poss) continue;
    if (!against && i > 0 && isCapWord(ctx, i - 1) && !opensSentence(ctx, i)) continue;
    const w = lower(ctx, i);
    if (COMMON_WORDS.has(w) && !against && !opensSentence(ctx, i)) continue;
    // A pronoun opening the sentence ("They beat Plymouth Argyle 1-0") is the side already named.
    if (PRONOUNS_ALL.has(w)) continue;
    const s = ctx.s.of[v];
    const sentence = ctx.text.slice(ctx.t.start[ctx.s.first[s]], ctx.t.end[ctx.s.last[s] - 1]);
    if (!SCORE.test(sentence)) continue;
    if (against) {
      if (!sports.yes) continue;
    } else {
      const object = out.at(isWord(ctx, v + 1, 'the') ? v + 2 : v + 1);
      if (!object || object.type !== ORG || object.a > v + 2) continue;
      // "Federer beat Nadal 6-4, 6-3": set scores make a match of players, not of clubs.
      if (setScoresAt(ctx, object.b, SET_WON_GAMES)) continue;
    }
    if (placeLookup(ctx, ctx.forms[ctx.form[i]])) continue;
    out.put(i, i + 1, ORG, id);
  }
}
