/**
 * Finds the attribution cue of a sentence: "according to", a passive "is said to", a phrasal
 * verb ("called on"), or a verb of one of the cue classes of lexicon/claim-cues.ts whose
 * complement is there (a clause, "that", a quotation, an object). Words inside quotations are
 * never cues: what a quoted person says about others is not the reporter's attribution.
 * Each cue carries the rule rows that made it, for `Claim.why`.
 */
import { admittedToCare } from './admitted-to-care';
import { Flag, Kind } from '../tokenize/tokenize';
import { lower, placeLookup, word } from '../context';
import {
  ACCORDING_TO,
  ADVERBS_BETWEEN_SET,
  CUE_FORMS,
  DOCUMENT_SAYING,
  DOCUMENT_SAYING_SET,
  PASSIVE_CUES,
  PASSIVE_CUE_SET,
  PHRASAL_FORMS,
  QUOTED_AS_SAYING,
  PROGRESSIVE_CUES,
  RESEARCH_FINDS,
  OBJECT_INFINITIVE,
  type Complement,
} from '../lexicon/claim-cues';

import { GUARD_COORDINATED_BASE_FORM } from '../lexicon/speaker-rows-27b';
import { WRITTEN_CLOSING_TAG } from '../lexicon/claims-37';
const RESEARCH = new Set(RESEARCH_FINDS.value);
import { GUARD_LEGAL_APPEAL } from '../lexicon/claims-lead-55';
import { OBJECT_RELATIVE_ASIDE } from '../lexicon/claims-lead-56';
import { ASPECT_VERB } from '../lexicon/claims-47f';
import {
  ACCEPT_THAT,
  ARRIVED_BARE_NOUN,
  ASSERT_POINT_OBJECT,
  BARE_NOUN_PRESENT,
  COMMENT_ON,
  EXPRESS_THAT,
  PROGRESSIVE_PAST_VERB,
} from '../lexicon/claims-48f';
import { ACCEPT_THAT_RELATIVE } from '../lexicon/claims-49';
import { ACCEPT_THAT_RELATIVE_MODAL, INVERTED_ADVERB } from '../lexicon/claims-50';
import {
  GUARD_ACT_OBJECT,
  GUARD_OUTCOME_OBJECT,
  GUARD_CLAIM_OBJECT,
  GUARD_INFINITIVE,
  GUARD_INFINITIVE_HABIT,
  HABIT_BEFORE_TO,
  GUARD_AGENT_BY,
  GUARD_PARTICIPLE_MOTIVE,
  GUARD_OBJECT_OF_DENIAL,
  GUARD_REPORTED_QUESTION,
  GUARD_BASE_FORM,
  GUARD_COUNTED_OBJECT,
  GUARD_ADD_UP,
  GUARD_DETERMINER_BEFORE,
  GUARD_EXCHANGE,
  GUARD_NOUNISH,
  GUARD_LABEL_OBJECT,
  GUARD_LABEL_PREDICATE,
  GUARD_DISMISS_AS,
  GUARD_LABEL_NAME_OBJECT,
  GUARD_PASSIVE,
  GUARD_SUBORDINATE_PARTICIPLE,
  GUARD_OBJECT_MODIFIER,
  GUARD_PARTICIPLE_PREP,
  GUARD_BASE_FORM_PLURAL_HEAD,
  GUARD_BASE_FORM_CLOSING_TAG,
  GUARD_FINAL_TAG,
  GUARD_TEMPORAL_CLAUSE,
} from '../lexicon/cue-guards';
import { RECIPROCAL_OBJECT } from '../lexicon/long-news-rows';
import { CERTAIN_THAT, DETERMINER_ADVERBS, PARTICIPLE_LEAD_WORDS } from '../lexicon/recall-cues';
import { AS_PUT_IT, CERTAIN_BARE, CONTRACTED_SUBJECT, SAW_THAT } from '../lexicon/recall-27';
import { ADJECTIVE_GROUP_WORDS, VERB_AFTER_QUOTE } from '../lexicon/claims-28';
import { ARRIVED_BELIEF, EVIDENCE_SHOWS, KNOWLEDGE_PRONOUN_CLAUSE, PROGRESSIVE_CLAUSE } from '../lexicon/claims-29';
import { STANCE_ON_EVENT } from '../lexicon/claims-29b';
import { BELIEF_COMMA_CLAUSE } from '../lexicon/claims-30';
import { NOUN_BEFORE_SEEN_BY } from '../lexicon/claims-30b';
import { POSSIBILITY_MODAL } from '../lexicon/claims-29c';
import { CUE_FORECAST_THAT } from '../lexicon/claims-31b';
import { HOLD_THAT } from '../lexicon/claims-39b';
const PARTICIPLE_LEAD: ReadonlySet<string> = new Set(PARTICIPLE_LEAD_WORDS.value.words);
const PARTICIPLE_LEAD_CLAUSE: ReadonlySet<string> = new Set(PARTICIPLE_LEAD_WORDS.value.clauseOpeners);
import { FINITE_AUXILIARIES, verbForms } from '../lexicon/verb-forms';
import { ARTICLES, DETERMINERS, PERSON_DESCRIPTORS, WEEKDAYS } from '../lexicon/words';
import {
  ADJUNCT_AFTER_CUE,
  ADVERBS_AFTER_CUE,
  ASIDE_GOES_ON as ASIDE_GOES_ON_ROW,
  CLAUSE_IN_TAIL,
  SUBJECT_LEFT_STOPS,
  PASSIVE_ADVERBS,
  SUBJECT_PRONOUN_WORDS,
  TIME_BEFORE_THAT,
  FUNCTION_WORD_SETS as FW,
} from '../lexicon/claim-words';
import { firstAtOrAfter, isComma, mentionEnd, startsMention, wordEnd, type CCtx } from './claim-context';
import { QRole } from './quotes';
import { READ_FORMS, readsDocument } from './read-document';
import { participleModifier } from './participle-modifier';
import {
  ADJUNCT_CHAIN_WINDOW,
  complementiserAt,
  complementiserShape,
  THAT_WINDOW,
  thatAfterAside,
} from './complementiser';
import { quotativeCue } from './quotative';
import { beliefBeforeComma } from './belief-comma';
import { setOf } from '../lexicon/rule-row';
import { PROJECTION_TAG } from '../lexicon/claims-34';
import { projectionTag } from './projection-tag';
import { ADD_QUANTITY, STANCE_INFINITIVE } from '../lexicon/claims-36b';
import { canConfirmAt, stanceFrameStart } from './stance-infinitive';
import { appealToWithoutDemand } from './appeal-to';
import { newsReportsNoun } from './news-reports';
import { addsQuantity } from './add-quantity';
import { PLURAL_DATA } from '../lexicon/claims-38b';
import { IRREGULAR_PASTS } from '../lexicon/claims-38';
import { RELATIVE_OBJECT_SAY } from '../lexicon/claims-52f';
import { PLURAL_DATA_NOUN_CLAUSE, REMEMBER_AS } from '../lexicon/claims-39';
import { IMPERSONAL_THAT, IT_FOUND_TAG, REMIND_TAG } from '../lexicon/claims-40';
import { CHANT_THAT, IMPERSONAL_AGENT_AFTER, RELATIVE_ASIDE_NO_COMPLEMENT } from '../lexicon/claims-42';
import { bodySubject, extraposedHead, pluralOfPeople } from './speaker';
import { BASE_FORM_EXTRAPOSED, PAST_VERB_ADVERB_AFTER_PRONOUN, THAT_AFTER_WRITING_VERB } from '../lexicon/claims-50f';
import { BELIEF_PREPOSITION, PROMPTED_OBJECT, RELATIVE_PLURAL_BASE_FORM } from '../lexicon/claims-43';
import { BASE_FORM_PLURAL_ASIDE, DIRECT_THAT } from '../lexicon/claims-53';
import { RULING_TAG } from '../lexicon/claims-54';
import { directThatClause, toldHearing } from './claims-54f';
import { PASSIVE_TOLD_HEARING } from '../lexicon/claims-54f';
import { INVERTED_AUXILIARY } from '../lexicon/claims-49f';
import { SWEAR_IN } from '../lexicon/claims-lead-60';
import { KNOWLEDGE_QUOTED_OBJECT } from '../lexicon/claims-lead-62';
import { RELATIVE_BARE_OBJECT } from '../lexicon/claims-51';
import { promptedObject } from './prompted-object';
import { viewAdjunctCue } from './view-adjunct';

import { IT_FOUND_STUDY_IN_SIGHT } from '../lexicon/claims-41';
import { PRONOUN_IT_RESEARCH_SUBJECT } from '../lexicon/speaker-words';

export interface Cue {
  /** Token range of the cue words. */
  a: number;
  b: number;
  hedged: boolean;
  kind: 'verb' | 'according' | 'passive';
  complement: Complement;
  /** The source is the subject before the cue ("Smith was quoted as saying"). */
  subjectOnly?: boolean;
  /** Token range of the source after the verb ("La República quoted a firefighter, X, as saying"). */
  source?: [number, number];
  /** Rule rows that made it a cue. */
  why: string[];
}

const RECIPROCAL: ReadonlySet<string> = new Set(RECIPROCAL_OBJECT.value.pairs.map((p) => p.join(' ')));
const RECIPROCAL_LEMMAS: ReadonlySet<string> = new Set(RECIPROCAL_OBJECT.value.lemmas);
const DET_BEFORE = setOf(GUARD_DETERMINER_BEFORE.value);
const DETERMINER_ADVERB = setOf(DETERMINER_ADVERBS.value);
/** The past-tense forms of the cue lemmas ("said", "claimed"): forms that are only verbs. */
const PAST_CUE_FORMS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const [form, entry] of CUE_FORMS) {
    const forms = verbForms(entry.lemma);
    if (form === forms[2] || form === forms[3]) out.add(form);
  }
  return out;
})();
const NOUNISH = setOf(GUARD_NOUNISH.value);
const LABEL_FORMS = setOf(GUARD_LABEL_OBJECT.value.forms);
const LABEL_DETERMINERS = setOf(GUARD_LABEL_OBJECT.value.determiners);
const LABEL_PRONOUNS = setOf(GUARD_LABEL_OBJECT.value.pronouns);
const PREDICATE_FORMS = setOf(GUARD_LABEL_PREDICATE.value.forms);
const PREDICATE_OBJECTS = setOf(GUARD_LABEL_PREDICATE.value.objects);
const NOT_PREDICATE = setOf(GUARD_LABEL_PREDICATE.value.notPredicate);
const DISMISS_AS_LEMMAS = setOf(GUARD_DISMISS_AS.value.lemmas);
const NOT_AFTER_AS = setOf(GUARD_DISMISS_AS.value.notAfterAs);
const DISMISSED_PEOPLE = setOf(GUARD_DISMISS_AS.value.peopleObjects);
const CLAUSE_VERBS = setOf(GUARD_DISMISS_AS.value.clauseVerbs);
const LABEL_NAME_NAMING = setOf(GUARD_LABEL_NAME_OBJECT.value.namingBefore);
const LABEL_NAME_NOT_OPENING = setOf(GUARD_LABEL_NAME_OBJECT.value.notOpening);
const BASE_NOUNISH = setOf(GUARD_BASE_FORM.value.nounish);
const LICENSERS = setOf(GUARD_BASE_FORM.value.licensers);
const PLURAL_DATA_WORDS = setOf(PLURAL_DATA.value);
const PASSIVE_BEFORE = setOf(GUARD_PASSIVE.value);
const SUBORDINATE_BEFORE_PARTICIPLE = setOf(GUARD_SUBORDINATE_PARTICIPLE.value);
const MOTIVE_PARTICIPLES = setOf(GUARD_PARTICIPLE_MOTIVE.value);
const QUESTION_FORMS = setOf(GUARD_REPORTED_QUESTION.value.forms);
const QUESTION_WH = setOf(GUARD_REPORTED_QUESTION.value.wh);
const QUESTION_STOPS = setOf(GUARD_REPORTED_QUESTION.value.stops);
const PROGRESSIVE_BE = setOf(PROGRESSIVE_CUES.value.be);
const PROGRESSIVE_LEMMAS = setOf(PROGRESSIVE_CUES.value.lemmas);
/** Determiner-guard words that also stand alone as a subject ("the official said", "many said"). */
const SUBJECT_LIKE_DET = new Set(['official', 'many', 'some', 'several', 'all', 'other']);
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be']);
const COUNTED = setOf(GUARD_COUNTED_OBJECT.value);
const ADD_PARTICLES = setOf(GUARD_ADD_UP.value);
const AFTER_TO = setOf(GUARD_INFINITIVE.value);
const ARRIVED: ReadonlySet<string> = new Set(ARRIVED_BELIEF.value);
const HABIT_NOT_AFTER = setOf(GUARD_INFINITIVE_HABIT.value.notAfter);
const PARTICIPLE_LEMMAS = setOf(GUARD_PARTICIPLE_PREP.value.lemmas);
const PARTICIPLE_PREPS = setOf(GUARD_PARTICIPLE_PREP.value.prepositions);
const CLAIM_OBJECTS = setOf(GUARD_CLAIM_OBJECT.value);
const ADVERBS_AFTER: ReadonlySet<string> = new Set(ADVERBS_AFTER_CUE.value);
const PASSIVE_ADV: ReadonlySet<string> = new Set(PASSIVE_ADVERBS.value);
/** Weekdays as written in running text ("called on Monday"). */
const WEEKDAY_NAMES: ReadonlySet<string> = new Set([...WEEKDAYS].map((w) => w[0].toUpperCase() + w.slice(1)));
const ACT_LEMMAS = setOf(GUARD_ACT_OBJECT.value.lemmas);
const ACT_OBJECTS = setOf(GUARD_ACT_OBJECT.value.objects);
const ACT_FILLERS = setOf(GUARD_ACT_OBJECT.value.fillers);
const CONTESTS = setOf(GUARD_ACT_OBJECT.value.contests);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(SUBJECT_PRONOUN_WORDS.value.pronouns);
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(SUBJECT_PRONOUN_WORDS.value.people);
/** Words that open a finite clause after a verb of belief ("thinks the plan …", "believes it …"). */
const CLAUSE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'we',
  'i',
  'you',
  'he',
  'she',
  'they',
  'it',
  'there',
  'some',
  'most',
  'many',
  'no',
  'nobody',
  'everyone',
  'nothing',
  'all',
  'both',
  'each',
  'every',
  'one',
  'people',
  'prices',
]);
/** Row cue.clause.contracted-subject: "they're", "it'll", "we'd" open a clause as "they" does. */
const CONTRACTED_OPENER = new RegExp(
  `^(?:${CONTRACTED_SUBJECT.value.pronouns.join('|')})['’](?:${CONTRACTED_SUBJECT.value.auxiliaries.join('|')})$`,
);
const WH = new Set(['whether', 'if', 'how', 'what', 'why', 'when', 'where', 'who', 'which']);
/** Finite auxiliaries and modals: one of these shortly after a verb of belief means a clause follows. */
const FINITE = new Set([...FINITE_AUXILIARIES, "won't", "can't", "isn't", "wasn't", "aren't"]);
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'about',
  'of',
  'on',
  'in',
  'over',
  'for',
  'to',
  'at',
  'with',
  'by',
  'from',
  'into',
]);
/** A gerund after a preposition ("in calling for", "by saying") is not a finite cue. */
const GERUND_AFTER = new Set([
  'from',
  'like',
  'about',
  'in',
  'by',
  'after',
  'before',
  'while',
  'without',
  'for',
  'of',
  'on',
  'upon',
  'when',
  'through',
  'since',
  'besides',
]);

/** [word before, cue, word after ('' any, ',' punctuation)] of set phrases that report nothing. */
const IDIOMS: readonly (readonly [string, string, string])[] = [
  ['that', 'said', ','],
  ['having', 'said', ''],
  ['you', 'know', ','],
  ['you', 'see', ','],
];

function isIdiom(prev: string, w: string, next: string): boolean {
  for (const [p0, w0, n0] of IDIOMS)
    if (w === w0 && prev === p0 && (!n0 || n0 === next || (n0 === ',' && !/\w/.test(next)))) return true;
  return false;
}

const COORD_MODAL = GUARD_COORDINATED_BASE_FORM.value;
const COORD_MODALS: ReadonlySet<string> = new Set(COORD_MODAL.modals);
const COORD_CLAUSE: ReadonlySet<string> = new Set(COORD_MODAL.clauseWords);
/**
 * The base-form cue at `i` (after "and") is the second verb under a modal or "to" that stands
 * before the first ("wanna rewind it and hear", "were able to see … and understand"), and no
 * clause word or quotation follows it within reach: an ability, wish or duty, not a report.
 */
function coordinatedUnderModal(cx: CCtx, a: number, i: number, b: number): boolean {
  let modal = false;
  for (let k = Math.max(a, i - 1 - COORD_MODAL.reachBefore); k < i - 1; k++) {
    if (cx.t.kind[k] === Kind.Punct) modal = false;
    else if (COORD_MODALS.has(lower(cx, k))) modal = true;
  }
  if (!modal) return false;
  for (let k = i + 1; k < b && k <= i + COORD_MODAL.reachAfter; k++)
    if (COORD_CLAUSE.has(lower(cx, k)) || cx.t.kind[k] === Kind.QOpen) return false;
  return true;
}

// "Rarely does the ministry admit" (row guard.base-form.inverted-adverb).
const INVERSION_OPENERS: ReadonlySet<string> = new Set([...INVERTED_AUXILIARY.value.openers, ...INVERTED_ADVERB.value]);
const INVERTED_AUX: ReadonlySet<string> = new Set(INVERTED_AUXILIARY.value.auxiliaries);
/**
 * Row guard.base-form.inverted-auxiliary: the sentence opens at `a` with "only", "not", "nor" or
 * "neither", and "did/does/do" stands before a subject of a few words ending at `p`, right before
 * the cue ("Only later did the board admit", "Nor did the minister realise").
 */
function invertedAuxiliary(cx: CCtx, a: number, p: number): boolean {
  if (!INVERSION_OPENERS.has(lower(cx, a))) return false;
  for (let k = p - 1; k > a && p - k <= INVERTED_AUXILIARY.value.subjectWords; k--) {
    if (cx.t.kind[k] !== Kind.Word || cx.q.of[k] >= 0) return false;
    if (INVERTED_AUX.has(lower(cx, k))) return true;
  }
  return false;
}

/** A base-form cue needs a modal, "to", a plural or coordinated subject before it. */
function baseFormAllowed(cx: CCtx, a: number, i: number, b: number, midSentence: boolean): boolean {
  let p = i - 1;
  while (p > a && ADVERBS_BETWEEN_SET.has(lower(cx, p))) {
    // "would agree", "will say": the modal is itself among the words a cue may follow, and it
    // makes the base form a verb whatever the subject (row guard.base-form). Not for a second
    // cue after the first ("said it would appeal"), which is what was said, not a new source.
    if (!midSentence && LICENSERS.has(lower(cx, p))) return true;
    p--;
  }
  // "Farmers, however, say": a sentence adverb between commas (row guard.base-form.plural-head).
  if (p - 2 > a && isComma(cx, p) && ADVERBS_BETWEEN_SET.has(lower(cx, p - 1)) && isComma(cx, p - 2)) p -= 3;
  if (p < a) return false;
  if (pluralHeadBefore(cx, a, p)) return true;
  // "The findings, published in Nature, suggest" (row guard.base-form.plural-aside).
  if (pluralBeforeAside(cx, a, p)) return true;
  // "Only later did the board admit that …" (row guard.base-form.inverted-auxiliary).
  if (invertedAuxiliary(cx, a, p)) return true;
  // "…, people familiar with the matter say." (row guard.base-form.closing-tag).
  if (pluralClosingTag(cx, a, i, b)) return true;
  const w = lower(cx, p);
  // "farmers who say", "Residents, who say": a plural before the relative (row speaker.relative.restrictive).
  if (w === 'who' && p > a) {
    const h = isComma(cx, p - 1) ? p - 2 : p - 1;
    if (h >= a && cx.t.kind[h] === Kind.Word && isPluralWord(lower(cx, h))) return true;
  }
  // "she’d say", "I’ll say": a contracted modal.
  if (LICENSERS.has(w) || /['’](d|ll)$/.test(w)) return true;
  // "The data suggest that …": a plural without -s, its verb opening a that-clause (row guard.base-form.plural-data).
  // "Preliminary data suggest that turnout fell": a bare noun opens the clause (row guard.base-form.plural-data.noun-clause).
  if (
    PLURAL_DATA_WORDS.has(w) &&
    lower(cx, i + 1) === 'that' &&
    (clauseAfterThat(cx, i + 1, b) || bareNounClause(cx, i + 1, b))
  )
    return true;
  if ((!(cx.t.flags[p] & Flag.Cap) || p === a) && w.length > 3 && w.endsWith('s')) return true;
  for (let k = Math.max(a, p - 4); k < p; k++) if (lower(cx, k) === 'and') return true;
  return false;
}

const BELIEF_PREPOSITIONS: ReadonlySet<string> = new Set(BELIEF_PREPOSITION.value.prepositions);
const BELIEF_LEMMAS: ReadonlySet<string> = new Set(BELIEF_PREPOSITION.value.lemmas);
const RELATIVE_PLURAL = RELATIVE_PLURAL_BASE_FORM.value;
/**
 * Row guard.base-form.relative-plural-head: the sentence opens at `a` with a plural of people (after
 * at most two modifiers) and "who", and the relative clause runs to the base-form cue at `i` in
 * words only ("Farmers who grow wheat say", "Many parents who use the school argue").
 */
function relativePluralHead(cx: CCtx, a: number, i: number): boolean {
  let who = a + 1;
  while (who < i && who - a < RELATIVE_PLURAL.maxHead && lower(cx, who) !== 'who') who++;
  if (who >= i || lower(cx, who) !== 'who' || !pluralOfPeople(lower(cx, who - 1))) return false;
  if (i - who - 1 < 1 || i - who - 1 > RELATIVE_PLURAL.maxClause) return false;
  for (let k = a; k < i; k++) if (cx.t.kind[k] !== Kind.Word || cx.q.of[k] >= 0) return false;
  return true;
}

const POSSIBILITY = POSSIBILITY_MODAL.value;
const POSSIBILITY_MODALS: ReadonlySet<string> = new Set(POSSIBILITY.modals);
const NEGATABLE_MODALS: ReadonlySet<string> = new Set(POSSIBILITY.negatableModals);
const POSSIBILITY_NEGATIONS: ReadonlySet<string> = new Set(POSSIBILITY.negations);
const POSSIBILITY_BETWEEN: ReadonlySet<string> = new Set(POSSIBILITY.between);
const POSSIBILITY_LEMMAS: ReadonlySet<string> = new Set(POSSIBILITY.lemmas);

/**
 * The cue at `i`, a verb of stating or ruling, follows "may", "might" or an affirmative "could"
 * (row guard.possibility-modal): what may happen, not what anyone said. A capitalised "May" is a name or the month.
 */
function possibilityModalBefore(cx: CCtx, a: number, i: number, lemma: string): boolean {
  if (!POSSIBILITY_LEMMAS.has(lemma)) return false;
  let p = i - 1;
  let negated = false;
  while (p > a && (POSSIBILITY_BETWEEN.has(lower(cx, p)) || POSSIBILITY_NEGATIONS.has(lower(cx, p)))) {
    if (POSSIBILITY_NEGATIONS.has(lower(cx, p))) negated = true;
    p--;
  }
  if (p < a || !POSSIBILITY_MODALS.has(lower(cx, p))) return false;
  if (word(cx, p) === 'May') return false;
  return !negated || NEGATABLE_MODALS.has(lower(cx, p));
}

const PLURAL_HEAD_PREPS: ReadonlySet<string> = new Set(GUARD_BASE_FORM_PLURAL_HEAD.value.prepositions);
const PLURALS_WITHOUT_S: ReadonlySet<string> = new Set(GUARD_BASE_FORM_PLURAL_HEAD.value.pluralsWithoutS);
/** A plural noun by its form: a regular "-s" (not "-ss") or one of the plurals without it ("police"). */
export const isPluralWord = (w: string) =>
  PLURALS_WITHOUT_S.has(w) || (w.length > 3 && w.endsWith('s') && !w.endsWith('ss'));

/**
 * "Farmers in the Afar region", "Many residents of the town": the words [a, p] are a plural head
 * (after at most two modifiers at the sentence's start) and a prepositional phrase with no
 * punctuation, so a base form after `p` is the plural's verb (row guard.base-form.plural-head).
 */
function pluralHeadBefore(cx: CCtx, a: number, p: number): boolean {
  const { maxModifiers } = GUARD_BASE_FORM_PLURAL_HEAD.value;
  for (let k = p; k > a; k--) {
    if (cx.t.kind[k] !== Kind.Word || cx.q.of[k] >= 0) return false;
    if (!PLURAL_HEAD_PREPS.has(lower(cx, k))) continue;
    const h = k - 1;
    if (h - a > maxModifiers || k === p) return false;
    for (let m = a; m < h; m++) if (cx.t.kind[m] !== Kind.Word) return false;
    return isPluralWord(lower(cx, h)) && (h === a || !(cx.t.flags[h] & Flag.Cap));
  }
  return false;
}

/**
 * Row guard.base-form.plural-aside: `p` is a comma closing an aside of words and numbers, opened by
 * a comma right after a short subject that opens the sentence at `a` and ends in a plural ("The
 * findings, published in Nature, suggest"), so the base form after `p` is the plural's verb.
 */
function pluralBeforeAside(cx: CCtx, a: number, p: number): boolean {
  const { maxHead, maxAside } = BASE_FORM_PLURAL_ASIDE.value;
  if (!isComma(cx, p)) return false;
  let c = p - 1;
  while (c > a && c >= p - maxAside - 1 && (cx.t.kind[c] === Kind.Word || cx.t.kind[c] === Kind.Num) && cx.q.of[c] < 0)
    c--;
  if (c === p - 1 || c <= a || !isComma(cx, c)) return false;
  const h = c - 1;
  if (h - a + 1 > maxHead) return false;
  for (let k = a; k <= h; k++) if (cx.t.kind[k] !== Kind.Word || cx.q.of[k] >= 0) return false;
  const w = lower(cx, h);
  if (h !== a && cx.t.flags[h] & Flag.Cap) return false;
  return PLURAL_DATA_WORDS.has(w) || isPluralWord(w);
}

const CLOSING_TAG = GUARD_BASE_FORM_CLOSING_TAG.value;
const CLOSING_TAG_NOT_OPENERS: ReadonlySet<string> = new Set(CLOSING_TAG.notOpeners);
const CLOSING_TAG_NOT_PLURALS: ReadonlySet<string> = new Set(CLOSING_TAG.notPlurals);
/**
 * The base-form cue at `i` ends the sentence or is followed by a comma, after a comma and a few words with a plural among
 * their first ones and words after that plural (row guard.base-form.closing-tag).
 */
function pluralClosingTag(cx: CCtx, a: number, i: number, b: number): boolean {
  // The tag closes the sentence or stands between commas ("Pay, workers on the night shift say, is low").
  if (!isComma(cx, i + 1))
    for (let k = i + 1; k < b; k++) if (cx.t.kind[k] !== Kind.Punct && cx.t.kind[k] !== Kind.QClose) return false;
  let c = i - 1;
  while (c > a && cx.t.kind[c] === Kind.Word) c--;
  if (c <= a || !isComma(cx, c) || i - c - 1 > CLOSING_TAG.maxWords) return false;
  if (CLOSING_TAG_NOT_OPENERS.has(lower(cx, c + 1))) return false;
  const last = Math.min(i - 2, c + CLOSING_TAG.headWithin);
  for (let h = c + 1; h <= last; h++) {
    const w = lower(cx, h);
    if (cx.q.of[h] < 0 && isPluralWord(w) && !CLOSING_TAG_NOT_PLURALS.has(w)) return true;
  }
  return false;
}

const isColon = (cx: CCtx, i: number) => cx.t.kind[i] === Kind.Punct && cx.text.charCodeAt(cx.t.start[i]) === 58;

/**
 * A quotation next to the cue: closing a few words before it ('"…," Lina Novak laughed') or
 * opening right after it ('joked: "…', 'told reporters, "…'), with no other punctuation between.
 */
function quoteAdjacent(cx: CCtx, a: number, cueA: number, cueB: number, b: number, pastPunct = false): boolean {
  for (let i = cueA - 1; i >= a && i >= cueA - 6; i--) {
    if (cx.q.role[i] === 2 || cx.q.role[i] === 3) return true;
    if (cx.t.kind[i] === Kind.Punct && !isComma(cx, i)) return false;
  }
  let punct = false;
  for (let i = cueB; i < b && i < cueB + 6; i++) {
    // Only a quotation that opens right after the verb is its object ("had shown "no remorse"");
    // "found the school had "serious weaknesses"" quotes inside the clause found.
    if (cx.q.role[i] === 1) return punct || !pastPunct || i > cueB;
    punct ||= isComma(cx, i) || isColon(cx, i);
    if (cx.t.kind[i] === Kind.Punct && !isComma(cx, i) && !isColon(cx, i)) return false;
  }
  return false;
}

/**
 * "that" or a colon after the cue, within a few words and no comma ("told reporters on Monday
 * that", "wrote in a 40-page ruling that", "wrote on her blog:").
 */
const TIME_WORDS: ReadonlySet<string> = new Set(TIME_BEFORE_THAT.value);

/**
 * The first "that" within THAT_WINDOW tokens of `from` opens a clause: an article, pronoun or other
 * clause opener, a capitalised word or a number follows it (row cue.verb.reaffirm).
 */
function clauseAfterThat(cx: CCtx, from: number, b: number): boolean {
  // Not a "that" inside a clause already begun: "said it had raised twice that" (row claim.content.that-before-clause).
  const i = complementiserAt(cx, from, b);
  const n = i + 1;
  if (i < 0 || n >= b) return false;
  if (cx.t.kind[n] === Kind.Num) return true;
  if (cx.t.kind[n] !== Kind.Word) return false;
  const w = lower(cx, n);
  return (w !== 'that' && CLAUSE_OPENERS.has(w)) || (cx.t.flags[n] & Flag.Cap) !== 0;
}

/** "that", a lowercase noun and a finite verb or modal ("that growth would slow"): a clause whose subject is a bare noun. */
function nounThenFinite(cx: CCtx, from: number, b: number): boolean {
  const i = complementiserAt(cx, from, b);
  return (
    i >= 0 &&
    i + 2 < b &&
    cx.t.kind[i + 1] === Kind.Word &&
    (cx.t.flags[i + 1] & Flag.Cap) === 0 &&
    FINITE.has(lower(cx, i + 2))
  );
}

/**
 * "that waits in rural areas are …": "that" at `i`, a lowercase noun (no determiner) and at most
 * five more lowercase words before a finite verb (row cue.verb.accept-that).
 */
function nounPhraseThenFinite(cx: CCtx, i: number, b: number): boolean {
  if (i + 2 >= b || DETERMINERS.has(lower(cx, i + 1))) return false;
  for (let k = i + 1; k < b && k <= i + 6; k++) {
    if (cx.t.kind[k] !== Kind.Word || cx.t.flags[k] & Flag.Cap || cx.q.of[k] >= 0) return false;
    // "accepted that offer and moved": a verb after a conjunction is the subject's own.
    if (/^(and|but|or|then)$/.test(lower(cx, k))) return false;
    if (k > i + 1 && pastOrAuxiliary(cx, k)) return true;
  }
  return false;
}

const ACCEPT_RELATIVES: ReadonlySet<string> = new Set(ACCEPT_THAT_RELATIVE.value);
const PLURAL_FINITE: ReadonlySet<string> = new Set(['are', 'were', 'have', 'do']);
/**
 * Row cue.verb.accept-that.relative-object: the cue at `i` follows a relative pronoun after a
 * noun ("Voters who accept"), and "that", a singular noun and a plural verb follow it ("that
 * argument are"): "that" is the noun's determiner, the verb the main clause's.
 */
function relativeThatObject(cx: CCtx, i: number, b: number): boolean {
  if (i - 2 < 0 || i + 3 >= b || !ACCEPT_RELATIVES.has(lower(cx, i - 1))) return false;
  const { kind, flags } = cx.t;
  if (kind[i - 2] !== Kind.Word) return false;
  if (lower(cx, i + 1) !== 'that' || kind[i + 2] !== Kind.Word || flags[i + 2] & Flag.Cap) return false;
  const noun = lower(cx, i + 2);
  if (/s$/.test(noun) || DETERMINERS.has(noun) || FINITE.has(noun)) return false;
  if (kind[i + 3] !== Kind.Word) return false;
  if (PLURAL_FINITE.has(lower(cx, i + 3))) return true;
  // "Players who accept that offer will be paid": a modal's group with no verb after it is the
  // main clause's (row cue.verb.accept-that.relative-modal).
  if (!ACCEPT_MODALS.has(lower(cx, i + 3))) return false;
  let k = i + 4;
  while (k < b && kind[k] === Kind.Word && /^(be|been|have|not)$/.test(lower(cx, k))) k++;
  return k < b && kind[k] === Kind.Word && !mainVerbAfter(cx, k + 1, b);
}
const ACCEPT_MODALS: ReadonlySet<string> = new Set(ACCEPT_THAT_RELATIVE_MODAL.value);

const BARE_OBJECT_RELATIVES: ReadonlySet<string> = new Set(RELATIVE_BARE_OBJECT.value.relatives);
/**
 * Row cue.verb.relative-bare-object: the cue at `i` follows "who" after the sentence's opening
 * noun phrase, a few lowercase words and a finite verb group follow it, and no finite verb follows
 * that group ("Passengers who reported symptoms were moved to another carriage").
 */
function relativeBareObject(cx: CCtx, i: number, b: number): boolean {
  const { kind, flags } = cx.t;
  if (i - 2 < 0 || !BARE_OBJECT_RELATIVES.has(lower(cx, i - 1))) return false;
  const first = cx.cs.first[cx.cs.of[i]];
  if (i - 1 - first > RELATIVE_BARE_OBJECT.value.maxSubject) return false;
  // The opening phrase is a noun phrase: no verb ("The council ignored farmers who said …").
  for (let k = first; k < i - 1; k++) if (kind[k] !== Kind.Word || pastOrAuxiliary(cx, k)) return false;
  // The object: lowercase words, none a verb, then the finite verb group.
  let k = i + 1;
  while (k < b && k - i - 1 < RELATIVE_BARE_OBJECT.value.maxObject && !pastOrAuxiliary(cx, k)) {
    if (kind[k] !== Kind.Word || flags[k] & Flag.Cap || cx.q.of[k] >= 0 || lower(cx, k) === 'that') return false;
    k++;
  }
  if (k === i + 1 || k >= b || !pastOrAuxiliary(cx, k)) return false;
  // Past the group's auxiliaries and its participle.
  let j = k + 1;
  while (j < b && kind[j] === Kind.Word && /^(be|been|being|not|also|never|then)$/.test(lower(cx, j))) j++;
  if (j < b && kind[j] === Kind.Word && !(flags[j] & Flag.Cap) && pastOrParticiple(lower(cx, j))) j++;
  return !mainVerbAfter(cx, j, b);
}
const pastOrParticiple = (w: string) => IRREGULAR_PASTS.has(w) || /[a-z](ed|en|wn)$/.test(w);

/** A finite verb at `k`: an auxiliary, a past in -ed or an irregular past. */
const pastOrAuxiliary = (cx: CCtx, k: number) =>
  cx.t.kind[k] === Kind.Word &&
  !(cx.t.flags[k] & Flag.Cap) &&
  (FINITE.has(lower(cx, k)) || IRREGULAR_PASTS.has(lower(cx, k)) || /[a-z]ed$/.test(lower(cx, k)));
/**
 * A second finite verb after the clause's, before any punctuation or conjunction: "The data report
 * that officials released on Tuesday ran to 40 pages" — the "that" clause was a relative one on a
 * compound noun, and "ran" is the sentence's own verb (review, stop 49).
 */
function mainVerbAfter(cx: CCtx, from: number, b: number): boolean {
  for (let k = from; k < b; k++) {
    if (cx.t.kind[k] !== Kind.Word || /^(and|but|or|that|which|who|as|while|because)$/.test(lower(cx, k))) return false;
    if (pastOrAuxiliary(cx, k)) return true;
  }
  return false;
}

/** Words that open a subordinate clause after a plain object ("held that seat until voters …"). */
const OBJECT_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'until',
  'before',
  'after',
  'when',
  'while',
  'since',
  'as',
  'because',
  'if',
  'unless',
  'once',
]);
/**
 * "that turnout fell", "that prices in the north rose": "that" at `i`, a bare lowercase noun phrase
 * of a few words (none of them a verb, so not "that came with it") and a finite verb (row
 * guard.base-form.plural-data.noun-clause).
 */
function bareNounClause(cx: CCtx, i: number, b: number): boolean {
  const last = Math.min(b - 1, i + 1 + PLURAL_DATA_NOUN_CLAUSE.value.maxWords);
  for (let k = i + 1; k <= last; k++) {
    if (cx.t.kind[k] !== Kind.Word || cx.t.flags[k] & Flag.Cap || cx.q.of[k] >= 0) return false;
    // "held that seat until voters turned": a subordinate clause after a plain object (review, stop 50).
    if (OBJECT_CLAUSE_OPENERS.has(lower(cx, k))) return false;
    // "accepted that offer and moved to Leeds": a verb after a conjunction is the subject's own (merge, stop 58).
    if (/^(and|but|or|then)$/.test(lower(cx, k))) return false;
    if (pastOrAuxiliary(cx, k)) {
      // "that state officials had acted": the auxiliary's participle is the same verb group.
      const group = FINITE.has(lower(cx, k)) && k + 1 < b && /[a-z](ed|en)$/.test(lower(cx, k + 1)) ? k + 2 : k + 1;
      return k > i + 1 && !mainVerbAfter(cx, group, b);
    }
    if (DETERMINERS.has(lower(cx, k)) && k === i + 1) return false;
  }
  return false;
}

/**
 * Row cue.verb.hold-that: "that" right after the verb (past adverbs, or past an aside between
 * commas: "held, in a unanimous decision, that") and opening a clause, so "held talks that …" and "held
 * that record" are no reports.
 */
function holdsThat(cx: CCtx, from: number, b: number): boolean {
  let n = from;
  while (n < b && cx.t.kind[n] === Kind.Word && (ADVERBS_AFTER.has(lower(cx, n)) || /^\w+ly$/.test(lower(cx, n)))) n++;
  if (n < b && isComma(cx, n)) n = thatAfterAside(cx, n, b);
  return (
    n >= 0 &&
    n < b &&
    lower(cx, n) === 'that' &&
    // "held that library patrons have a right" (row cue.verb.hold-that.bare-noun-clause).
    (clauseAfterThat(cx, n, b) || nounThenFinite(cx, n, b) || bareNounClause(cx, n, b))
  );
}

const IMPERSONAL_FORMS: ReadonlySet<string> = new Set(IMPERSONAL_THAT.value.forms);
/**
 * "was found that", "has been shown that" after "it", from the form of "be" at `i`: the token past
 * "that" when a clause follows it, or -1 (row cue.passive.impersonal-that).
 */
function impersonalThat(cx: CCtx, i: number, b: number): number {
  let k = participleAfter(cx, i, b);
  if (k + 1 >= b || !IMPERSONAL_FORMS.has(lower(cx, k))) return -1;
  // "It was announced by the ministry that …": the agent between the participle and "that" (row
  // cue.passive.impersonal-that.agent-after).
  if (lower(cx, k + 1) === 'by') {
    const that = agentThenThat(cx, k + 2, b);
    if (that < 0) return -1;
    k = that - 1;
  }
  if (lower(cx, k + 1) !== 'that') return -1;
  if (closingTagAfter(cx, k + 2, b)) return -1;
  return clauseAfterThat(cx, k + 1, b) || nounThenFinite(cx, k + 1, b) || bareNounClause(cx, k + 1, b) ? k + 2 : -1;
}

/** The participle after the form of "be" at `i` ("was found", "has been shown"): past "been" when it follows. */
const participleAfter = (cx: CCtx, i: number, b: number) => (i + 1 < b && lower(cx, i + 1) === 'been' ? i + 2 : i + 1);

/**
 * The agent of an impersonal-that cue ("was announced by the ministry that", impersonalThat's
 * span): the words between "by" and "that", or undefined when the participle has no "by" after it
 * (row cue.passive.impersonal-that.agent-after).
 */
export function impersonalAgent(cx: CCtx, cue: { a: number; b: number }): { a: number; b: number } | undefined {
  const k = participleAfter(cx, cue.a, cue.b);
  return lower(cx, k + 1) === 'by' ? { a: k + 2, b: cue.b - 1 } : undefined;
}

/**
 * Row cue.passive.impersonal-that.agent-after: a short agent from `from` ("the ministry", "the
 * High Court in Nairobi") running to "that": the token of "that", or -1.
 */
export function agentThenThat(cx: CCtx, from: number, b: number): number {
  for (let j = from; j < b && j - from <= IMPERSONAL_AGENT_AFTER.value.maxWords; j++) {
    if (cx.t.kind[j] !== Kind.Word || cx.q.of[j] >= 0) return -1;
    if (lower(cx, j) === 'that') return j > from ? j : -1;
  }
  return -1;
}

const TAG_VERBS: ReadonlySet<string> = new Set(IMPERSONAL_THAT.value.tagVerbs);
/** A comma in tokens [from, b) followed within five words by a verb of a closing tag ("…, the laboratory said"). */
function closingTagAfter(cx: CCtx, from: number, b: number): boolean {
  for (let c = from; c < b; c++) {
    if (!isComma(cx, c)) continue;
    for (let k = c + 1; k < b && k <= c + 5; k++)
      if (cx.t.kind[k] === Kind.Word && TAG_VERBS.has(lower(cx, k))) return true;
  }
  return false;
}

const IT_FOUND_FORMS: ReadonlySet<string> = new Set(IT_FOUND_TAG.value.forms);
/**
 * "…, it found." at cue `i`: "it" between a comma and "found" or "showed" that closes the sentence
 * (row cue.verb.knowledge.it-found-tag).
 */
function itFoundTag(cx: CCtx, a: number, i: number, b: number): boolean {
  return (
    i - 2 > a &&
    IT_FOUND_FORMS.has(lower(cx, i)) &&
    lower(cx, i - 1) === 'it' &&
    isComma(cx, i - 2) &&
    cx.q.of[i] < 0 &&
    i + 1 >= wordsEnd(cx, a, b) &&
    studyInSight(cx, i)
  );
}

const STUDY_WORDS: ReadonlySet<string> = new Set(PRONOUN_IT_RESEARCH_SUBJECT.value);
/**
 * A study, survey, poll or report named in the sentence of token `i` or the few before it (row
 * cue.verb.knowledge.it-found-tag.study-in-sight).
 */
function studyInSight(cx: CCtx, i: number): boolean {
  const k = cx.cs.of[i];
  const from = k < 0 ? 0 : cx.cs.first[Math.max(0, k - IT_FOUND_STUDY_IN_SIGHT.value.sentencesBefore)];
  for (let j = i - 1; j >= from; j--) if (cx.t.kind[j] === Kind.Word && STUDY_WORDS.has(lower(cx, j))) return true;
  // "The regulator examined the accounts. The bank had hidden losses, it found." (row
  // speaker.pronoun.it.body-subject): a body that examines, as the subject of the sentence before.
  return k > 0 && bodySubject(cx, k - 1) !== undefined;
}

const ASIDE_RELATIVES: ReadonlySet<string> = new Set(RELATIVE_ASIDE_NO_COMPLEMENT.value.relatives);
const ASIDE_GOES_ON: ReadonlySet<string> = new Set(ASIDE_GOES_ON_ROW.value);
/** The word at `k`, after the comma closing a relative aside, is the main clause's verb, not an adjunct or a quotation. */
function asideCloses(cx: CCtx, k: number, b: number): boolean {
  return k < b && cx.t.kind[k] === Kind.Word && !(cx.t.flags[k] & Flag.Cap) && !ASIDE_GOES_ON.has(lower(cx, k));
}
/**
 * Row guard.relative-aside.no-complement: the verb at `i` closes a relative aside opened by a comma
 * and "who" or "which" a few words before it, with no punctuation or quotation between.
 */
function relativeAsideOpens(cx: CCtx, a: number, i: number): boolean {
  const j = relativeWordBefore(cx, a, i, ASIDE_RELATIVES);
  return j >= 0 && isComma(cx, j - 1);
}
/**
 * The nearest of `relatives` a few words before the verb at `i` (the words between plain, none
 * quoted), or -1.
 */
function relativeWordBefore(cx: CCtx, a: number, i: number, relatives: ReadonlySet<string>): number {
  for (let j = i - 1; j > a && i - j <= RELATIVE_ASIDE_NO_COMPLEMENT.value.maxWords; j--) {
    if (cx.t.kind[j] !== Kind.Word || cx.q.of[j] >= 0) return -1;
    if (relatives.has(lower(cx, j))) return j;
  }
  return -1;
}

const OBJECT_RELATIVES: ReadonlySet<string> = new Set(OBJECT_RELATIVE_ASIDE.value.relatives);
const CLAUSE_WORDS: ReadonlySet<string> = new Set(CLAUSE_IN_TAIL.value);
/** Either kind of relative word: the nearest one decides which aside the verb is in. */
const ANY_RELATIVES: ReadonlySet<string> = new Set([...ASIDE_RELATIVES, ...OBJECT_RELATIVES]);
/**
 * Row guard.relative-aside.object-gap: the verb at `i` follows ", which" and a subject of its own
 * ("…, which researchers at a university described in a paper last month, lets …"), and only a
 * short adjunct stands between it and the comma that closes the aside.
 */
function objectRelativeAside(cx: CCtx, a: number, i: number, b: number): boolean {
  const rel = relativeWordBefore(cx, a, i, ANY_RELATIVES);
  // The verb right after the relative word is the aside's own (row guard.relative-aside.no-complement).
  if (rel < 0 || rel + 1 >= i || !OBJECT_RELATIVES.has(lower(cx, rel)) || !isComma(cx, rel - 1)) return false;
  if (i + 1 >= b || !ASIDE_GOES_ON.has(lower(cx, i + 1)) || lower(cx, i + 1) === 'that') return false;
  for (let k = i + 1, words = 0; k < b; k++) {
    if (isComma(cx, k)) return words > 0 && asideCloses(cx, k + 1, b);
    if (cx.t.kind[k] === Kind.Punct || cx.q.of[k] >= 0 || ++words > OBJECT_RELATIVE_ASIDE.value.maxAdjunct)
      return false;
    if (CLAUSE_WORDS.has(lower(cx, k)) || lower(cx, k) === 'that') return false;
  }
  return false;
}

/** A "that" among the few words after the verb (the window `clauseAfterThat` reads). */
function thatWithin(cx: CCtx, from: number, b: number): boolean {
  return complementiserAt(cx, from, b) >= 0;
}

function thatFollows(cx: CCtx, from: number, b: number): boolean {
  // "found, after a two-week trial, that …": an aside between commas, then "that".
  if (from < b && isComma(cx, from))
    for (let c = from + 1; c + 1 < b && c <= from + 10; c++) {
      if (isComma(cx, c)) return c > from + 1 && cx.t.kind[c + 1] === Kind.Word && lower(cx, c + 1) === 'that';
      if (cx.t.kind[c] === Kind.Punct || cx.q.of[c] >= 0) break;
    }
  // "wrote in an op-ed in The Arizona Republic on Thursday that …": a longer chain of adjuncts
  // counts when it opens with a preposition and ends in a name or a time right before "that".
  const adjuncts = from < b && cx.t.kind[from] === Kind.Word && FW.adjunctChainPrepositions.has(lower(cx, from));
  let addressee = false;
  // Words as complementiser.ts's window counts them (`wordEnd`: a name is one word, and its own
  // punctuation, "St. Louis", ends no search).
  const words = adjuncts ? ADJUNCT_CHAIN_WINDOW : THAT_WINDOW;
  for (let i = from, n = 0; i < b && n < words; i = wordEnd(cx, i, b), n++) {
    if (n >= THAT_WINDOW) {
      if (cx.t.kind[i] === Kind.Punct && !/-/.test(cx.text[cx.t.start[i]])) return false;
      if (cx.t.kind[i] !== Kind.Word || lower(cx, i) !== 'that') continue;
      const p = lower(cx, i - 1);
      return (cx.t.flags[i - 1] & Flag.Cap) !== 0 || TIME_WORDS.has(p);
    }
    if (isColon(cx, i)) return n < 6;
    const w = cx.t.kind[i] === Kind.Word ? lower(cx, i) : '';
    // "posted a message to followers that was later deleted": past an addressee, a relative "that".
    if (w === 'that') return !addressee || complementiserShape(cx, i, b);
    // "wrote in a note to clients that …": "to" after a document names its addressee (row
    // cue.verb.that-after-addressee).
    if (w === 'to' && addresseeAfterDocument(cx, i, b)) {
      addressee = true;
      continue;
    }
    // "know how to work that camera": an infinitive or question word comes first.
    if (w === 'to' || WH.has(w)) return false;
    // "posted on X, formerly Twitter, that …" (row cue.verb.that-after-aside).
    if (i > from && isComma(cx, i)) return thatAfterAside(cx, i, b) >= 0;
    if (cx.t.kind[i] === Kind.Punct && !/[-%]/.test(cx.text[cx.t.start[i]])) return false;
    if (cx.q.of[i] >= 0) return false;
  }
  return false;
}

const WRITING_VERB_FORMS: ReadonlySet<string> = new Set(THAT_AFTER_WRITING_VERB.value);
/**
 * Row cue.verb.that-after-addressee: the "to" at `to` follows a document a source issues ("a note
 * to clients", "a letter to the board", "an email to Reuters") and opens a noun phrase: a
 * determiner, a capitalised word or a plural comes next, not a bare verb ("a letter to ask").
 */
function addresseeAfterDocument(cx: CCtx, to: number, b: number): boolean {
  // "wrote to members that …": a verb of writing names who was written to as a document does
  // (row cue.verb.that-after-addressee.writing-verb).
  const before = lower(cx, to - 1);
  if (to + 1 >= b || (!DOCUMENT_SAYING_SET.has(before) && !WRITING_VERB_FORMS.has(before))) return false;
  if (cx.t.kind[to + 1] !== Kind.Word) return false;
  const next = lower(cx, to + 1);
  return DETERMINERS.has(next) || (cx.t.flags[to + 1] & Flag.Cap) !== 0 || isPluralWord(next);
}

/**
 * "A poll by Emerson College released last week showed …": the sentence opens with a study's
 * head noun (after an article and up to two modifiers) and runs to the verb at `i` with no
 * punctuation, so the study is the verb's subject.
 */
export function researchOpens(cx: CCtx, a: number, i: number): boolean {
  // "Previous studies … have found evidence": the perfect states what is known, not a finding reported.
  if (i > a && FW.perfectAuxiliaries.has(lower(cx, i - 1))) return false;
  let j = a;
  if (j < i && FW.studyDeterminers.has(lower(cx, j))) j++;
  for (let m = 0; m < 3 && j < i && !RESEARCH.has(lower(cx, j)); m++) j++;
  if (j >= i || !RESEARCH.has(lower(cx, j)) || i - j > 12) return false;
  for (let k = j + 1; k < i; k++) if (cx.t.kind[k] === Kind.Punct || cx.q.of[k] >= 0) return false;
  return true;
}

const SEEN_AFTER_NOUN: ReadonlySet<string> = new Set(NOUN_BEFORE_SEEN_BY.value);
const EVIDENCE_FORMS: ReadonlySet<string> = new Set(EVIDENCE_SHOWS.value.forms);
const EVIDENCE_SUBJECTS: ReadonlySet<string> = new Set(EVIDENCE_SHOWS.value.subjects);
const EVIDENCE_RELATIVES: ReadonlySet<string> = new Set(EVIDENCE_SHOWS.value.relatives);

/**
 * Row cue.verb.knowledge.evidence-shows: "show" at `i` has records or data for its subject, right
 * before it ("Court records show") or opening the sentence with no punctuation up to the verb
 * ("Documents seen by Reuters show").
 */
function evidenceShows(cx: CCtx, a: number, i: number, w: string): boolean {
  if (!EVIDENCE_FORMS.has(w) || i <= a) return false;
  // "an election that polls show is close", "(who polls show trailing)": a relative clause.
  const relativeBefore = (s: number) =>
    (s - 1 >= a && EVIDENCE_RELATIVES.has(lower(cx, s - 1))) ||
    (s - 2 >= a && EVIDENCE_RELATIVES.has(lower(cx, s - 2)) && ARTICLES.has(lower(cx, s - 1)));
  if (EVIDENCE_SUBJECTS.has(lower(cx, i - 1))) return !relativeBefore(i - 1);
  let j = a;
  if (j < i && FW.studyDeterminers.has(lower(cx, j))) j++;
  for (let m = 0; m < 3 && j < i && !EVIDENCE_SUBJECTS.has(lower(cx, j)); m++) j++;
  if (j >= i || !EVIDENCE_SUBJECTS.has(lower(cx, j)) || i - j > 8) return false;
  for (let k = j + 1; k < i; k++) if (cx.t.kind[k] === Kind.Punct || cx.q.of[k] >= 0) return false;
  return true;
}

const KNOWING_LEMMAS: ReadonlySet<string> = new Set(KNOWLEDGE_PRONOUN_CLAUSE.value.lemmas);
const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(KNOWLEDGE_PRONOUN_CLAUSE.value.subjects);
/** Row cue.verb.knowledge.pronoun-clause: a subject pronoun at `n`, then a finite or contracted verb. */
function pronounClause(cx: CCtx, n: number, b: number): boolean {
  if (n + 1 >= b || cx.t.kind[n] !== Kind.Word) return false;
  const w = lower(cx, n);
  if (CONTRACTED_OPENER.test(w) && !w.startsWith('let')) return true;
  if (!PRONOUN_SUBJECTS.has(w)) return false;
  const v = lower(cx, n + 1);
  return FINITE.has(v) || /^[a-z]+ed$/.test(v);
}

/** "declared (a state of) emergency", "conceded the race": the object a few words on is an act's. */
function actObject(cx: CCtx, from: number, b: number, lemma: string): boolean {
  for (let i = from; i < b && i < from + 5; i++) {
    if (cx.t.kind[i] !== Kind.Word) return false;
    const w = lower(cx, i);
    // "declared the election a fraud" asserts; "conceded the election" gives it up.
    if (ACT_OBJECTS.has(w)) return lemma !== 'declare' || !CONTESTS.has(w);
    // "declared a national measles epidemic": one noun of what it is may stand right before the object.
    if (!ACT_FILLERS.has(w))
      return (
        i > from &&
        i + 1 < b &&
        cx.t.kind[i + 1] === Kind.Word &&
        ACT_OBJECTS.has(lower(cx, i + 1)) &&
        !CONTESTS.has(lower(cx, i + 1))
      );
  }
  return false;
}

const APPEAL_LEMMAS = setOf(GUARD_LEGAL_APPEAL.value.lemmas);
const APPEAL_AGAINST = setOf(GUARD_LEGAL_APPEAL.value.against);
const APPEAL_DETERMINERS = setOf(GUARD_LEGAL_APPEAL.value.determiners);
const APPEAL_OBJECTS = setOf(GUARD_LEGAL_APPEAL.value.objects);
/** Most modifiers between the determiner and a ruling's noun ("the three-match ban", "its earlier decision"). */
const APPEAL_MODIFIERS = 2;
/** "appealed that ruling", "appeal against the ban": a legal appeal, no statement (row guard.legal-appeal-object). */
function legalAppeal(cx: CCtx, from: number, b: number): boolean {
  if (from >= b || cx.t.kind[from] !== Kind.Word) return false;
  if (APPEAL_AGAINST.has(lower(cx, from))) return true;
  if (!APPEAL_DETERMINERS.has(lower(cx, from))) return false;
  for (let i = from + 1; i < b && i <= from + 1 + APPEAL_MODIFIERS; i++) {
    if (cx.t.kind[i] !== Kind.Word) return false;
    if (APPEAL_OBJECTS.has(lower(cx, i))) return true;
  }
  return false;
}

const NAMING = setOf(GUARD_OUTCOME_OBJECT.value.naming);
const CONFIRMING = setOf(GUARD_OUTCOME_OBJECT.value.confirming);
const OUTCOMES = setOf(GUARD_OUTCOME_OBJECT.value.outcomes);
const OUTCOME_CLAUSE_VERBS = setOf(GUARD_OUTCOME_OBJECT.value.clauseVerbs);
const OUTCOME_RELATIVES = setOf(GUARD_OUTCOME_OBJECT.value.relatives);
/** Words after "the winner of" scanned for a clause's verb ("… of the award would be named"). */
const OUTCOME_CLAUSE_REACH = 6;

/**
 * "declared Marques the winner" (an object, an article, the outcome) or "confirming the victory of"
 * (an article, the outcome, "of"): the verb performs a result (row guard.outcome-object).
 */
function outcomeObject(cx: CCtx, from: number, b: number, lemma: string): boolean {
  if (CONFIRMING.has(lemma)) {
    if (!(
      from + 2 < b &&
      ARTICLES.has(lower(cx, from)) &&
      OUTCOMES.has(lower(cx, from + 1)) &&
      lower(cx, from + 2) === 'of'
    ))
      return false;
    // "confirmed the winner of the award would be named": the object opens a clause, a statement.
    for (let i = from + 3; i < b && i <= from + 2 + OUTCOME_CLAUSE_REACH && cx.t.kind[i] === Kind.Word; i++) {
      if (OUTCOME_RELATIVES.has(lower(cx, i))) break;
      if (OUTCOME_CLAUSE_VERBS.has(lower(cx, i))) return false;
    }
    return true;
  }
  for (let i = from + 1; i + 1 < b && i <= from + 4; i++) {
    if (cx.t.kind[i] !== Kind.Word || cx.t.kind[i - 1] !== Kind.Word || lower(cx, i - 1) === 'that') return false;
    if (ARTICLES.has(lower(cx, i)) && OUTCOMES.has(lower(cx, i + 1))) return true;
  }
  return false;
}

const MODIFIED_HEADS = setOf(GUARD_OBJECT_MODIFIER.value);
/** Token `i` is a person noun or a unit the word before it modifies ("attack coach", "claims adjuster"). */
function modifiesPerson(cx: CCtx, i: number, b: number): boolean {
  if (i >= b || cx.t.kind[i] !== Kind.Word) return false;
  const w = lower(cx, i);
  return (
    MODIFIED_HEADS.has(w) || PERSON_DESCRIPTORS.has(w) || (w.endsWith('s') && PERSON_DESCRIPTORS.has(w.slice(0, -1)))
  );
}

const STANCE_EVENT_LEMMAS = new Set(STANCE_ON_EVENT.value.lemmas);
const STANCE_EVENT_HEADS = new Set(STANCE_ON_EVENT.value.heads);
/** Row cue.verb.stance.end-of: "welcomed the end of …" right after the verb; notes the row in `why`. */
function stanceOnEvent(cx: CCtx, lemma: string, from: number, b: number, why: string[]): boolean {
  if (!STANCE_EVENT_LEMMAS.has(lemma) || from + 2 >= b) return false;
  const ok = lower(cx, from) === 'the' && STANCE_EVENT_HEADS.has(lower(cx, from + 1)) && lower(cx, from + 2) === 'of';
  if (ok) why.push(STANCE_ON_EVENT.id);
  return ok;
}

/** One of `objects` within four words after the verb, past determiners and modifiers. */
function objectAmong(cx: CCtx, from: number, b: number, objects: readonly string[]): boolean {
  for (let i = from; i < b && i < from + 4; i++) {
    if (cx.t.kind[i] !== Kind.Word) return false;
    // "dismissed their attack coach": the object word modifies a person (row guard.object-as-modifier).
    if (objects.includes(lower(cx, i))) return !modifiesPerson(cx, i + 1, b);
  }
  return false;
}

/**
 * "rejected claims that", "dismissed opposition charges that": token `i` (the noun/verb form `w`)
 * is among the objects of a cue verb at most `reach` words before it, with only lowercase words
 * between (row guard.noun-or-verb.object-of-denial).
 */
function objectOfVerbBefore(cx: CCtx, a: number, i: number, w: string): boolean {
  for (let j = i - 1; j >= a && j >= i - GUARD_OBJECT_OF_DENIAL.value.reach; j--) {
    if (cx.t.kind[j] !== Kind.Word || cx.q.of[j] >= 0) return false;
    if (CUE_FORMS.get(lower(cx, j))?.row.value.objects?.includes(w)) return true;
    if (cx.t.flags[j] & Flag.Cap) return false;
  }
  return false;
}

/**
 * A question word within a few words after a verb of asking, past its object or an adjunct, with
 * no punctuation, quotation, "to", "for" or "that" before it (row guard.reported-question).
 */
function questionAfter(cx: CCtx, from: number, b: number): boolean {
  for (let i = from; i < b && i < from + GUARD_REPORTED_QUESTION.value.reach; i++) {
    if (cx.t.kind[i] !== Kind.Word || cx.q.of[i] >= 0 || cx.q.role[i] !== 0) return false;
    const w = lower(cx, i);
    if (QUESTION_WH.has(w)) return true;
    if (QUESTION_STOPS.has(w)) return false;
  }
  return false;
}

/** A comma just before token `i`, or inside the closing mark just before it ('as "a snapshot," saying'). */
const wordIn = (cx: CCtx, i: number, b: number) => {
  for (; i < b; i++) if (cx.t.kind[i] === Kind.Word) return true;
  return false;
};
function commaBefore(cx: CCtx, i: number, a: number, b = i + 1): boolean {
  let c = i - 1;
  // "…, not knowing that …", never "…, not saying a word" (row speaker.participle.negated).
  if (
    c > a &&
    cx.t.kind[c] === Kind.Word &&
    PARTICIPLE_LEAD.has(lower(cx, c)) &&
    i + 1 < b &&
    PARTICIPLE_LEAD_CLAUSE.has(lower(cx, i + 1)) &&
    wordIn(cx, i + 2, b)
  )
    c--;
  while (c > a && closesQuote(cx, c)) c--;
  return isComma(cx, c);
}

/** "as" and an opening quotation mark within five words after the verb: 'dismissed the poll as "a snapshot"'. */
function asQuoted(cx: CCtx, from: number, b: number): boolean {
  for (let i = from; i + 1 < b && i < from + 5; i++) {
    if (cx.t.kind[i] !== Kind.Word) return false;
    if (lower(cx, i) === 'as') return cx.q.role[i + 1] === QRole.Open;
  }
  return false;
}

/**
 * "dismissed the rate freeze as a gimmick" (row guard.dispute-object.dismissed-as): a determiner,
 * up to three lowercase words none of them a person noun or a group of people, "as", and no
 * reason word or clause after it.
 */
function asJudgement(cx: CCtx, from: number, b: number): boolean {
  if (from >= b || !LABEL_DETERMINERS.has(lower(cx, from))) return false;
  for (let i = from + 1; i + 1 < b && i <= from + 4; i++) {
    if (cx.t.kind[i] !== Kind.Word || cx.t.flags[i] & Flag.Cap) return false;
    const w = lower(cx, i);
    if (w !== 'as') {
      if (modifiesPerson(cx, i, b) || DISMISSED_PEOPLE.has(w)) return false;
      continue;
    }
    if (i === from + 1) return false;
    return judgementAfterAs(cx, i + 1, b);
  }
  return false;
}

/** "as a gimmick", "as the work of partisans", "as politically motivated"; not "as the bell rang", "as losses mounted". */
function judgementAfterAs(cx: CCtx, k: number, b: number): boolean {
  // "as the plant closed" is a time; "as the work of partisans" a judgement.
  if (k < b && lower(cx, k) === 'the') {
    for (let j = k + 2; j < b && j <= k + 3; j++) if (lower(cx, j) === 'of') return true;
    return false;
  }
  if (k < b && ARTICLES.has(lower(cx, k))) k++;
  if (k >= b || cx.t.kind[k] !== Kind.Word || NOT_AFTER_AS.has(lower(cx, k))) return false;
  // "as losses mounted", "as snow began to fall": a bare subject and its verb.
  const v = k + 1 < b && cx.t.kind[k + 1] === Kind.Word ? lower(cx, k + 1) : '';
  const w = lower(cx, k);
  return !(v && !w.endsWith('ly') && (CLAUSE_VERBS.has(v) || (v.endsWith('ed') && !ARTICLES.has(lower(cx, k - 1)))));
}

function ofBeforeThat(cx: CCtx, from: number, b: number): boolean {
  for (let i = from; i < b && i < from + 8; i++) {
    const w = cx.t.kind[i] === Kind.Word ? lower(cx, i) : '';
    if (w === 'that') return false;
    if (w === 'of' || w === 'about') return true;
  }
  return false;
}

/** "…, I think." — the cue closes a parenthetical after the content. */
function parenthetical(cx: CCtx, a: number, cueA: number, after: number, b: number): boolean {
  const endsHere = after >= b || (cx.t.kind[after] === Kind.Punct && /[,.;!?]/.test(cx.text[cx.t.start[after]]));
  if (!endsHere) return false;
  for (let i = cueA - 1; i >= a && i >= cueA - 5; i--) if (isComma(cx, i) || cx.q.role[i] === 2) return true;
  return false;
}

const OBJECT_INFINITIVE_LEMMAS: ReadonlySet<string> = new Set(OBJECT_INFINITIVE.value.lemmas);
const OBJECT_INFINITIVE_PRONOUNS: ReadonlySet<string> = new Set(OBJECT_INFINITIVE.value.notPronouns);
/**
 * "margins to narrow", "patients not to stop": a short noun phrase of words (not a pronoun
 * alone: "advised him to rest" is advice to a person), then "(not) to" and a lowercase verb (row
 * cue.object-infinitive).
 */
function objectInfinitive(cx: CCtx, n: number, b: number): boolean {
  const max = OBJECT_INFINITIVE.value.maxWords;
  for (let j = n; j < b && j <= n + max; j++) {
    // "about 300 flights to be cancelled": a number counts as a word of the noun phrase.
    if (cx.t.kind[j] === Kind.Num) continue;
    if (cx.t.kind[j] !== Kind.Word) return false;
    const w = lower(cx, j);
    if (w !== 'to' && w !== 'not') continue;
    const to = w === 'not' ? j + 1 : j;
    return (
      j > n &&
      !(j === n + 1 && OBJECT_INFINITIVE_PRONOUNS.has(lower(cx, n))) &&
      to + 1 < b &&
      lower(cx, to) === 'to' &&
      cx.t.kind[to + 1] === Kind.Word &&
      !(cx.t.flags[to + 1] & Flag.Cap)
    );
  }
  return false;
}

const TEMPORAL = setOf(GUARD_TEMPORAL_CLAUSE.value.subordinators);
const TEMPORAL_CLAUSE_WORDS = setOf(GUARD_TEMPORAL_CLAUSE.value.clauseWords);
const TEMPORAL_REPORTS = setOf(GUARD_TEMPORAL_CLAUSE.value.reportOpeners);
/** The cue at `i` stands in an "after/before/until" clause inside the sentence and reports no clause. */
function temporalClauseCue(cx: CCtx, a: number, i: number, b: number): boolean {
  const { t } = cx;
  let p = i - 1;
  while (
    p > a &&
    i - p <= GUARD_TEMPORAL_CLAUSE.value.maxSubject + 1 &&
    t.kind[p] === Kind.Word &&
    !TEMPORAL.has(lower(cx, p))
  )
    p--;
  if (p <= a || i - p < 2 || t.kind[p] !== Kind.Word || !TEMPORAL.has(lower(cx, p))) return false;
  // "after she promised to build a bridge": an infinitive after the cue reports what was said.
  if (i + 1 < b && t.kind[i + 1] === Kind.Word && TEMPORAL_REPORTS.has(lower(cx, i + 1))) return false;
  for (let j = i + 1; j < b; j++) {
    if (cx.q.role[j] !== QRole.None || cx.q.of[j] >= 0) return false;
    if (t.kind[j] === Kind.Word && TEMPORAL_CLAUSE_WORDS.has(lower(cx, j))) return false;
  }
  return true;
}

function complementOk(
  cx: CCtx,
  c: Complement,
  a: number,
  cueA: number,
  cueB: number,
  b: number,
  verbAfterNoun = false,
): boolean {
  if (c === 'any') return true;
  if (c === 'quoted') {
    // 'called the offer "an insult"', 'branded it “a fantasy”': a quotation opens within a few
    // words, with no punctuation but a comma before it.
    for (let i = cueB; i < b && i < cueB + 7; i++) {
      if (cx.q.role[i] === 1) return i > cueB;
      if (cx.t.kind[i] === Kind.Punct && !isComma(cx, i)) return false;
    }
    return false;
  }
  if (c === 'object') {
    // "praised the ruling", "denounced him as a traitor" — not a bare "praised him."
    let words = 0;
    for (let i = cueB; i < b; i++) if (cx.t.kind[i] === Kind.Word || cx.t.kind[i] === Kind.Num) words++;
    return words >= 2 || quoteAdjacent(cx, a, cueA, cueB, b);
  }
  let n = cueB;
  while (n < b && cx.t.kind[n] === Kind.Word && (ADVERBS_AFTER.has(lower(cx, n)) || /^\w+ly$/.test(lower(cx, n)))) n++;
  // "had shown "no remorse"": after a "that" verb a quotation right after it is its object (row
  // cue.verb.knowledge.quoted-object).
  if (quoteAdjacent(cx, a, cueA, cueB, b, c === 'that' && KNOWLEDGE_QUOTED_OBJECT.value)) return true;
  if (thatFollows(cx, n, b)) return true;
  if (rememberedAs(cx, cueA, n, b)) return true;
  if (c === 'that' || n >= b) return parenthetical(cx, a, cueA, n, b) && c === 'clause';
  if (parenthetical(cx, a, cueA, n, b)) return true;
  if (cx.t.kind[n] === Kind.Num) return true;
  if (cx.t.kind[n] !== Kind.Word) return false;
  const w = lower(cx, n);
  // "knows the area", "knew Smith": for verbs that as often take an object, a noun phrase must
  // be followed by a finite verb ("knew the plan would fail").
  // "expects you to pay": a person pronoun and an infinitive is a demand on that person, not a
  // clause with "you" as its subject (row cue.object-infinitive, its `notPronouns`).
  if (OBJECT_INFINITIVE_PRONOUNS.has(w) && n + 1 < b && lower(cx, n + 1) === 'to') return false;
  const nounFirst = DETERMINERS.has(w) || ((cx.t.flags[n] & Flag.Cap) !== 0 && !SUBJECT_PRONOUNS.has(w));
  if ((CLAUSE_OPENERS.has(w) || WH.has(w) || cx.t.flags[n] & Flag.Cap) && !(verbAfterNoun && nounFirst)) return true;
  if (CONTRACTED_OPENER.test(w)) return true;
  if (PREPOSITIONS.has(w)) return false;
  // "believes demand for chips will keep growing": a bare noun phrase, then a finite verb.
  for (let i = n + 1; i < b && i < n + 10; i++) {
    if (cx.t.kind[i] === Kind.Punct && !/[-%]/.test(cx.text[cx.t.start[i]])) return false;
    // "feel like we're at home": a contracted pronoun carries its finite verb (cue.clause.contracted-subject).
    if (cx.t.kind[i] === Kind.Word && (FINITE.has(lower(cx, i)) || CONTRACTED_OPENER.test(lower(cx, i)))) return true;
  }
  return false;
}

const REMEMBER_FORMS: ReadonlySet<string> = new Set(REMEMBER_AS.value.forms);
const SUBJECT_PRONOUNS_AFTER_AS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);
const REMEMBERED_PEOPLE: ReadonlySet<string> = new Set(REMEMBER_AS.value.objects);
/** "remembered her as blunt", "remembers him as a generous man": a tribute's judgement (row cue.verb.remember-as). */
function rememberedAs(cx: CCtx, cueA: number, n: number, b: number): boolean {
  return (
    REMEMBER_FORMS.has(lower(cx, cueA)) &&
    n + 2 < b &&
    REMEMBERED_PEOPLE.has(lower(cx, n)) &&
    lower(cx, n + 1) === 'as' &&
    // "remembered him as he was carried out": "as" opening a clause is a time, not a judgement.
    !SUBJECT_PRONOUNS_AFTER_AS.has(lower(cx, n + 2)) &&
    (cx.t.kind[n + 2] === Kind.Word || cx.t.kind[n + 2] === Kind.QOpen)
  );
}

/**
 * 'called the advert “a smear”', 'called it “an insult”': an object, then a quotation opening
 * within a few words (row guard.noun-or-verb.label-object). A determiner needs a word of its
 * own before the quotation, so 'a bill called the “Clean Water Act”' stays a name.
 */
function objectThenQuote(cx: CCtx, i: number, b: number): boolean {
  if (i >= b || cx.t.kind[i] !== Kind.Word) return false;
  if (startsMention(cx, i)) return nameThenQuote(cx, i, b);
  const w = lower(cx, i);
  const pronoun = LABEL_PRONOUNS.has(w);
  if (!pronoun && !LABEL_DETERMINERS.has(w)) return false;
  for (let j = i + 1; j < b && j <= i + 5; j++) {
    if (cx.q.role[j] === QRole.Open) return pronoun || j > i + 1;
    if (cx.t.kind[j] === Kind.Punct) return false;
  }
  return false;
}

/**
 * "called the charge a distortion" (row guard.label-object.predicate-noun): a determiner, up to two
 * more words ending in a said-or-decided noun, then "a"/"an" and a word that is no time or count.
 */
function objectThenPredicate(cx: CCtx, i: number, b: number): boolean {
  if (i >= b || !LABEL_DETERMINERS.has(lower(cx, i))) return false;
  for (let j = i + 1; j + 2 < b && j <= i + 3; j++) {
    if (cx.t.kind[j] !== Kind.Word || cx.t.flags[j] & Flag.Cap) return false;
    if (!PREDICATE_OBJECTS.has(lower(cx, j))) continue;
    const art = lower(cx, j + 1);
    return (
      (art === 'a' || art === 'an') &&
      cx.t.kind[j + 2] === Kind.Word &&
      !NOT_PREDICATE.has(lower(cx, j + 2)) &&
      cx.q.of[j + 2] < 0
    );
  }
  return false;
}

/**
 * 'called Dolan "the most extreme candidate"': a name as the object, the quotation opening right
 * after it (row guard.label-name-object). An indefinite noun before the verb gives a name ('a group
 * called Harbour Watch "to keep …"'), and a quotation followed by a capitalised word is a nickname
 * inside a name ('Tom "The Hammer" Lee'), so neither is a judgement.
 */
function nameThenQuote(cx: CCtx, i: number, b: number): boolean {
  for (let j = i - 2; j >= 0 && j >= i - 4 && cx.t.kind[j] === Kind.Word; j--)
    if (LABEL_NAME_NAMING.has(lower(cx, j))) return false;
  const e = mentionEnd(cx, i, b);
  if (e >= b || cx.q.role[e] !== QRole.Open) return false;
  const k = cx.q.of[e];
  const close = k >= 0 ? cx.q.quotes[k].closeTok : -1;
  if (close < 0) return false;
  if (e + 1 < close && LABEL_NAME_NOT_OPENING.has(lower(cx, e + 1))) return false;
  let n = close + 1;
  while (n < b && cx.q.role[n] === QRole.MarkTail) n++;
  return !(n < b && cx.t.kind[n] === Kind.Word && cx.t.flags[n] & Flag.Cap);
}

/**
 * After "was quoted": "as saying" right away or after the medium that quoted ("by the Interfax
 * news agency as saying", "in a newspaper as saying"); the token past "saying", or -1.
 */
function quotedAsSaying(cx: CCtx, i: number, b: number): number {
  const by = i < b && FW.quotedMedium.has(lower(cx, i));
  for (let j = i; j + 1 < b && j <= i + (by ? 8 : 0); j++) {
    if (cx.t.kind[j] === Kind.Punct || cx.q.of[j] >= 0) return -1;
    if (lower(cx, j) === 'as') return /^say/.test(lower(cx, j + 1)) ? j + 2 : -1;
  }
  return -1;
}

/** "quoted <someone> as saying": the index of "as", or -1; the quoted phrase has words and no quotation. */
function quotedObject(cx: CCtx, i: number, b: number): number {
  // Up to sixteen tokens: "a civil engineer who inspected the bridge in 2023, Rui Antunes, as saying".
  for (let j = i + 1; j + 1 < b && j <= i + 16; j++) {
    if (cx.q.of[j] >= 0 || (cx.t.kind[j] === Kind.Punct && !isComma(cx, j))) return -1;
    if (lower(cx, j) === 'as') return /^say/.test(lower(cx, j + 1)) ? j : -1;
  }
  return -1;
}

/** A person's or organisation's name ends right before token `e` (and starts at or after `a`). */
function nameEndsAt(cx: CCtx, e: number, a: number): boolean {
  // Names of up to ten tokens: "The League of Women Voters of Idaho, which brought …, called".
  for (let j = e - 1; j >= a && j >= e - 10; j--) if (startsMention(cx, j)) return mentionEnd(cx, j, e + 1) === e;
  return false;
}

/** A comma (or a comma inside a closing quotation mark: '"Meet the Press,"') at `c` ends an aside after a name. */
function asideAfterName(cx: CCtx, c: number, a: number): boolean {
  while (c > a && (cx.q.role[c] === 2 || cx.q.role[c] === 3)) c--;
  return isComma(cx, c) && nameBeforeCommas(cx, c, a);
}

/**
 * The comma at `c` closes an appositive or relative clause that follows a name: "Karin Albers,
 * called …", "The Green Party, which led the campaign against the plan, called …", "Hollis, 52,
 * a former prosecutor, called …".
 */
function nameBeforeCommas(cx: CCtx, c: number, a: number): boolean {
  for (let j = c; j >= a && c - j < 24; j--) {
    if (j === c || isComma(cx, j)) {
      if (nameEndsAt(cx, j, a)) return true;
      continue;
    }
    // A quoted title inside the aside ('appearing on NBC's "Meet the Press,"') is passed over.
    if (cx.q.of[j] >= 0) continue;
    if (cx.t.kind[j] === Kind.Punct && !/[-%()]/.test(cx.text[cx.t.start[j]])) return false;
  }
  return false;
}

/** The verb group an adjective cue ends ("will be well aware"): the subject stands before it. */
const ADJECTIVE_CUE_GROUP = new Set([
  ...BE,
  'will',
  'would',
  'may',
  'must',
  'should',
  'made',
  'became',
  'become',
  'well',
  'fully',
  'very',
  'all',
  'now',
  'not',
  'already',
  "'re",
  "'m",
  "'s",
  // "I am sure that", "is pretty sure" (row cue.phrasal.certain.verb-group).
  ...ADJECTIVE_GROUP_WORDS.value,
]);
function adjectiveCueStart(cx: CCtx, a: number, i: number): number {
  let s = i;
  while (s - 1 > a && cx.t.kind[s - 1] === Kind.Word && ADJECTIVE_CUE_GROUP.has(lower(cx, s - 1))) s--;
  // "Make pretty sure": intensifiers alone are no verb group, unless a fused "I'm" stands before them.
  if (s < i && !(s > 0 && cx.t.kind[s - 1] === Kind.Word && FUSED_BE.test(lower(cx, s - 1))))
    while (s < i && INTENSIFIERS.has(lower(cx, s))) s++;
  return s;
}
const INTENSIFIERS: ReadonlySet<string> = new Set(ADJECTIVE_GROUP_WORDS.value.filter((w) => w !== 'am'));
const FUSED_BE = /['’](m|re|s)$/;

/**
 * Row cue.phrasal.as-put-it: "as" opens the clause (at `a` or after a comma or quotation) up to
 * eight tokens before the verb at `i`, with no "soon" after it, and a comma, colon or quotation
 * follows "it" (at `end`).
 */
function asPutIt(cx: CCtx, a: number, i: number, end: number, b: number): boolean {
  if (end >= b || !(isComma(cx, end) || isColon(cx, end) || cx.q.role[end] === QRole.Open)) return false;
  for (let k = i - 1; k >= a && k >= i - 8; k--) {
    if (cx.t.kind[k] !== Kind.Word) {
      if (!isComma(cx, k)) return false;
      continue;
    }
    if (lower(cx, k) !== 'as') continue;
    const opens = k === a || isComma(cx, k - 1) || cx.q.role[k - 1] !== QRole.None;
    return opens && k + 1 < i && lower(cx, k + 1) !== 'soon';
  }
  return false;
}

/** A phrasal cue starting at token i ("called on", "made it clear"), as [end, row id, adjective after "be"]. */
function phrasalAt(cx: CCtx, i: number, b: number, w: string): [number, string, boolean] | undefined {
  const options = PHRASAL_FORMS.get(w);
  if (!options) return undefined;
  for (const { row, cue } of options) {
    let j = i + 1;
    let ok = true;
    for (const p of cue.particles) {
      if (j >= b || cx.t.kind[j] !== Kind.Word || lower(cx, j) !== p) {
        ok = false;
        break;
      }
      j++;
    }
    if (ok) return [j, row.id, cue.afterBe === true];
  }
  return undefined;
}

const RELATIVE_OBJECT = RELATIVE_OBJECT_SAY.value;
const RELATIVE_OBJECT_OPENERS: ReadonlySet<string> = new Set(RELATIVE_OBJECT.relatives);
const RELATIVE_OBJECT_SAYS: ReadonlySet<string> = new Set(RELATIVE_OBJECT.mainCues);
const RELATIVE_OBJECT_STOPS: ReadonlySet<string> = new Set(FINITE_AUXILIARIES);

/**
 * Row cue.relative-object.main-say-after: the cue at `i` opens a restrictive relative clause ("Residents
 * who reported the smell said …") and only a noun phrase (no past, no auxiliary, no punctuation)
 * stands between it and a verb of saying: that verb is the sentence's, and this one takes the
 * noun phrase as its object.
 */
function relativeObjectBeforeSay(cx: CCtx, a: number, i: number, b: number): boolean {
  if (i - 2 < a || !RELATIVE_OBJECT_OPENERS.has(lower(cx, i - 1)) || cx.t.kind[i - 2] !== Kind.Word) return false;
  for (let j = i + 1; j < b && j <= i + RELATIVE_OBJECT.maxObjectWords + 1; j++) {
    if (cx.t.kind[j] !== Kind.Word || cx.q.of[j] >= 0) return false;
    const w = lower(cx, j);
    if (RELATIVE_OBJECT_SAYS.has(w)) return j > i + 1;
    if (w === 'that' || RELATIVE_OBJECT_STOPS.has(w) || IRREGULAR_PASTS.has(w) || /^[a-z]{3,}ed$/.test(w)) return false;
  }
  return false;
}

/**
 * The sentence's cue in tokens [a, b), or undefined. A verb of praise or blame gives way to a
 * verb of saying later in the sentence ("mocked the plan and said it would fail").
 */
export function findCue(cx: CCtx, a: number, b: number, from = a): Cue | undefined {
  const cue = verbOrAccordingCue(cx, a, b, from);
  // "In the view of X, …", "In X's words, …" (row cue.view-adjunct): at the sentence's start, when
  // no verb of saying in the sentence names its own source.
  return cue ?? (from === a && a === cx.cs.first[cx.cs.of[a]] ? viewAdjunctCue(cx, a, b) : undefined);
}

function verbOrAccordingCue(cx: CCtx, a: number, b: number, from: number): Cue | undefined {
  const first = firstCue(cx, from, b, from > a);
  const tag = first && first.kind === 'verb' && !tagsQuotation(cx, a, first) ? finalTag(cx, a, first, b) : undefined;
  if (tag) return tag;
  if (!first || !weak(cx, a, first)) return first;
  for (let from = first.b; from < b;) {
    const next = firstCue(cx, from, b, from > a);
    if (!next) break;
    if (next.kind === 'verb' && !weak(cx, a, next)) return next;
    from = next.b;
  }
  return first;
}

const TAG_LEMMAS: ReadonlySet<string> = new Set(GUARD_FINAL_TAG.value.lemmas);
const TAG_STOPS: ReadonlySet<string> = new Set(SUBJECT_LEFT_STOPS.value);
const TAG_ADJUNCTS: ReadonlySet<string> = new Set(ADJUNCT_AFTER_CUE.value);
const TAG_NOT_INVERTED_BEFORE: ReadonlySet<string> = new Set(GUARD_FINAL_TAG.value.notInvertedBefore);

/** Tokens [i, j) are a short source: words only, outside quotations, no conjunction or relative word. */
function tagSource(cx: CCtx, i: number, j: number): boolean {
  if (j <= i) return false;
  let words = 0;
  // A name is one word, and its "and" no conjunction (row claim.tail.adjunct-name-one-word): only
  // its first token is read. A source may run to eight words (row cue.final-tag), two more than
  // the adjunct after a tag's verb (claims.ts `adjunctOnly`): "a spokesman for the city's water
  // department" names its source with a noun phrase, an adjunct is a time or a place.
  for (let k = i; k < j; k = wordEnd(cx, k, j)) {
    if (++words > GUARD_FINAL_TAG.value.maxWords) return false;
    if (
      (cx.t.kind[k] !== Kind.Word && cx.t.kind[k] !== Kind.Poss) ||
      cx.q.of[k] >= 0 ||
      cx.q.role[k] !== 0 ||
      TAG_STOPS.has(lower(cx, k))
    )
      return false;
  }
  return true;
}

/**
 * Tokens [i, j) are a short source (`tagSource`), or a name and its appositive split by one comma
 * ("Jane Doe, chief economist at ABC Bank", "the union's leader, Maria Lopez"), one side capitalised.
 */
function namedSource(cx: CCtx, i: number, j: number): boolean {
  if (tagSource(cx, i, j)) return true;
  let k = i;
  while (k < j && !isComma(cx, k)) k++;
  if (k >= j || !(cx.t.flags[i] & Flag.Cap || cx.t.flags[k + 1] & Flag.Cap)) return false;
  return tagSource(cx, i, k) && tagSource(cx, k + 1, j);
}

const WRITTEN_TAG_LEMMAS: ReadonlySet<string> = new Set(WRITTEN_CLOSING_TAG.value);

/**
 * Row cue.verb.write.closing-tag: the verb at `i` closes the sentence as its tag, its short source
 * after a comma ("…, the researchers wrote.", "…, analysts at X wrote in a note.").
 */
function writtenTag(cx: CCtx, a: number, i: number, b: number): boolean {
  const end = wordsEnd(cx, a, b);
  const after = i + 1;
  if (!(after >= end || (TAG_ADJUNCTS.has(lower(cx, after)) && tagSource(cx, after, end)))) return false;
  return tagSubjectComma(cx, a, i) >= 0;
}

const RULING_LEMMAS: ReadonlySet<string> = new Set(RULING_TAG.value.lemmas);
const RULING_FORMS: ReadonlySet<string> = new Set(RULING_TAG.value.forms);

/**
 * Row cue.verb.knowledge.ruling-tag: "ruled" at `i` closes the sentence
 * as its tag, its short source after a comma, "has"/"have"/"had" allowed between ("…, a coroner has
 * ruled.", "…, the High Court ruled on Friday.").
 */
function rulingTag(cx: CCtx, a: number, i: number, b: number): boolean {
  if (!RULING_FORMS.has(lower(cx, i))) return false;
  const end = wordsEnd(cx, a, b);
  const after = i + 1;
  if (!(after >= end || (TAG_ADJUNCTS.has(lower(cx, after)) && tagSource(cx, after, end)))) return false;
  const v = i - 1 > a && FW.perfectAuxiliaries.has(lower(cx, i - 1)) ? i - 1 : i;
  return tagSubjectComma(cx, a, v) >= 0;
}

const REMINDED: ReadonlySet<string> = new Set(REMIND_TAG.value.addressees);
/**
 * "…, the office reminded voters (on social media).": "remind" closing the sentence after its
 * source, with only an addressee and an adjunct after it (row cue.verb.remind.closing-tag).
 */
function remindTag(cx: CCtx, a: number, i: number, b: number): boolean {
  const end = wordsEnd(cx, a, b);
  const after = i + 2;
  if (i + 1 >= end || !REMINDED.has(lower(cx, i + 1))) return false;
  if (!(after >= end || (TAG_ADJUNCTS.has(lower(cx, after)) && tagSource(cx, after, end)))) return false;
  return tagSubjectComma(cx, a, i) >= 0;
}

/**
 * The comma that opens a closing tag's source before its verb at `v`, past `floor`, or -1: ", a
 * spokesman for Rivera said", or a name and its appositive closed by a comma right before the verb
 * (", Jane Doe, an economist at ABC Bank, said", ", the researchers, led by Anna Berg, wrote"), whose
 * source starts two commas further back. One search for every closing tag (rows cue.final-tag and
 * cue.verb.write.closing-tag).
 */
function tagSubjectComma(cx: CCtx, floor: number, v: number): number {
  let c = v - 1;
  const commasBack = isComma(cx, c) ? 3 : 1;
  for (let n = 0; n < commasBack; n++) {
    if (n > 0) c--;
    while (c > floor && !isComma(cx, c)) c--;
  }
  const srcEnd = commasBack > 1 ? v - 1 : v;
  return c > floor && namedSource(cx, c + 1, srcEnd) ? c : -1;
}

/**
 * '"It is over," Hadley conceded': the cue is the tag of a quotation closing just before its
 * subject, so the quoted words are that subject's and a later tag does not take them (row
 * cue.final-tag).
 */
function tagsQuotation(cx: CCtx, a: number, cue: Cue): boolean {
  const { maxWords } = GUARD_FINAL_TAG.value;
  let k = cue.a - 1;
  while (k >= a && k > cue.a - 1 - maxWords && cx.t.kind[k] === Kind.Word && cx.q.of[k] < 0) k--;
  return k >= a && closesQuote(cx, k);
}

/** Token k is a closing quotation mark, or the second character of a two-character mark ('' or ``). */
const closesQuote = (cx: CCtx, k: number): boolean => cx.q.role[k] === QRole.Close || cx.q.role[k] === QRole.MarkTail;

/** The end of the sentence's words: `b` less its closing punctuation. */
function wordsEnd(cx: CCtx, a: number, b: number): number {
  let e = b;
  while (e > a && cx.t.kind[e - 1] === Kind.Punct && /[.!?]/.test(cx.text[cx.t.start[e - 1]])) e--;
  return e;
}

/**
 * "…, a spokesman for Rivera said (on Tuesday).", "…, said a city engineer.": a verb of saying
 * after the first cue that closes the sentence with its source after a comma (row cue.final-tag).
 */
function finalTag(cx: CCtx, a: number, first: Cue, b: number): Cue | undefined {
  const end = wordsEnd(cx, a, b);
  for (let f = first.b; f < end;) {
    const next = firstCue(cx, f, b, true);
    if (!next) return undefined;
    f = next.b;
    if (next.kind !== 'verb' || next.b - next.a !== 1) continue;
    // ", saying the decision was theirs": a participle shares the clause's subject; it is no tag.
    if (lower(cx, next.a).endsWith('ing')) continue;
    const lemma = CUE_FORMS.get(lower(cx, next.a))?.lemma;
    if (!lemma || !TAG_LEMMAS.has(lemma)) continue;
    // Inverted: ", said a city engineer.", ", said Jane Doe, chief economist at ABC Bank." (not
    // ", said to be …", a passive of report).
    if (
      isComma(cx, next.a - 1) &&
      next.a - 1 > first.b &&
      !TAG_NOT_INVERTED_BEFORE.has(lower(cx, next.b)) &&
      namedSource(cx, next.b, end)
    )
      return { ...next, why: [...next.why, GUARD_FINAL_TAG.id] };
    // Subject first: ", a spokesman for Rivera said", ", Jane Doe, an economist at ABC Bank, said",
    // then nothing, an adjunct or an addressee.
    const c = tagSubjectComma(cx, first.b, next.a);
    if (c < 0) continue;
    if (next.a - c === 2 && SUBJECT_PRONOUNS.has(lower(cx, c + 1))) continue;
    const after = next.b;
    const tail =
      after >= end ||
      (TAG_ADJUNCTS.has(lower(cx, after)) && tagSource(cx, after, end)) ||
      (lemma === 'tell' && end - after <= 6 && tagSource(cx, after, end));
    if (tail) return { ...next, why: [...next.why, GUARD_FINAL_TAG.id] };
  }
  return undefined;
}

/**
 * A cue that gives way to a later one in the same sentence: a verb of praise or blame ("mocked
 * the plan and said"), or a verb inside a subordinate clause ("when asked if he knew …, mentioned").
 */
function weak(cx: CCtx, a: number, c: Cue): boolean {
  // "disputed that the figures showed …": a study's finding may sit inside another's claim.
  if (c.complement === 'object' || c.why.includes(RESEARCH_FINDS.id)) return true;
  for (let i = c.a - 1; i >= a && i >= c.a - 3; i--) if (SUBORDINATORS.has(lower(cx, i))) return true;
  return false;
}
const SUBORDINATORS = new Set(['if', 'whether', 'when', 'because', 'although', 'though', 'while', 'unless']);

const PROGRESSIVE_CLAUSE_BE: ReadonlySet<string> = new Set(PROGRESSIVE_CLAUSE.value.be);
const PROGRESSIVE_CLAUSE_BETWEEN: ReadonlySet<string> = new Set(PROGRESSIVE_CLAUSE.value.between);
/** A contracted subject carrying "be": "I'm", "they're", "we’re". */
const CONTRACTED_BE = /^[a-z]+['’](m|re)$/;

/**
 * Row cue.progressive.clause: the -ing form at `i` follows a form of "be" (at most two adverbs or a
 * negation between) and a clause follows it: "that" opening one, or a bare clause.
 */
function progressiveClause(cx: CCtx, a: number, i: number, b: number, aspect = false): boolean {
  let p = i - 1;
  while (p > a && i - p <= 2 && PROGRESSIVE_CLAUSE_BETWEEN.has(lower(cx, p))) p--;
  if (p < a) return false;
  const be = lower(cx, p);
  // "started saying …" (row cue.aspect-verb): a verb of beginning or going on in the place of "be".
  if (aspect ? !ASPECT_VERBS.has(be) : !PROGRESSIVE_CLAUSE_BE.has(be) && !CONTRACTED_BE.test(be)) return false;
  return clauseFollows(cx, a, i, b);
}
const ASPECT_VERBS: ReadonlySet<string> = new Set(ASPECT_VERB.value);

/** A clause follows the cue at `i`: "that" opening one, or a bare clause with its finite verb near. */
function clauseFollows(cx: CCtx, a: number, i: number, b: number): boolean {
  if (i + 1 >= b) return false;
  if (lower(cx, i + 1) === 'that') return clauseAfterThat(cx, i + 1, b);
  // A bare clause has its finite verb within a few words ("saying nothing about the sale" has none).
  if (!complementOk(cx, 'clause', a, i, i + 1, b)) return false;
  // Nor is a finite verb after a relative or a conjunction ("not stressing the parts of the brain
  // that …", "feeling a little under the weather so I've …") that of a clause the cue opens.
  for (let k = i + 2; k < b && k < i + 10; k++) {
    const w = lower(cx, k);
    if (cx.t.kind[k] === Kind.Punct || BARE_CLAUSE_STOPS.has(w)) return false;
    if (FINITE.has(w) || CONTRACTED_OPENER.test(w)) return true;
    // "are saying the water tasted strange", "are saying they wanted" (row
    // cue.progressive.clause.past-verb): a past form after the clause's subject.
    if (pastAfterSubject(cx, i, k)) return true;
  }
  return false;
}
const PAST_CLAUSE_DETERMINERS: ReadonlySet<string> = new Set(PROGRESSIVE_PAST_VERB.value.determiners);
const PAST_CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(PROGRESSIVE_PAST_VERB.value.pronouns);
const PAST_CLAUSE_ADVERBS: ReadonlySet<string> = new Set(PAST_VERB_ADVERB_AFTER_PRONOUN.value);
/**
 * Row cue.progressive.clause.past-verb: token `k` is a past form after the cue at `i` and a subject
 * of a definite determiner and its noun ("the water tasted") or a subject pronoun ("they wanted").
 */
function pastAfterSubject(cx: CCtx, i: number, k: number): boolean {
  const w = lower(cx, k);
  if (cx.t.kind[k] !== Kind.Word || cx.t.flags[k] & Flag.Cap) return false;
  if (!(IRREGULAR_PASTS.has(w) || (w.length >= PROGRESSIVE_PAST_VERB.value.edMin && /[a-z]ed$/.test(w)))) return false;
  if (k === i + 2) return PAST_CLAUSE_PRONOUNS.has(lower(cx, i + 1));
  // "they actually enjoyed", "they never received" (row cue.progressive.clause.adverb-after-pronoun).
  if (k === i + 3 && PAST_CLAUSE_PRONOUNS.has(lower(cx, i + 1)) && cx.t.kind[i + 2] === Kind.Word) {
    const adv = lower(cx, i + 2);
    return /^[a-z]{3,}ly$/.test(adv) || PAST_CLAUSE_ADVERBS.has(adv);
  }
  return (
    k === i + 3 &&
    PAST_CLAUSE_DETERMINERS.has(lower(cx, i + 1)) &&
    cx.t.kind[i + 2] === Kind.Word &&
    !(cx.t.flags[i + 2] & Flag.Cap)
  );
}
/**
 * Row cue.clause.bare-noun-present: "that", a lowercase word and a lowercase verb in -s ("that
 * growth remains", "that semantics plays").
 */
function nounThenPresent(cx: CCtx, from: number, b: number): boolean {
  const i = complementiserAt(cx, from, b);
  if (!BARE_NOUN_PRESENT.value || i < 0 || i + 2 >= b) return false;
  const lowerWord = (k: number) => cx.t.kind[k] === Kind.Word && !(cx.t.flags[k] & Flag.Cap);
  const v = lower(cx, i + 2);
  return (
    lowerWord(i + 1) &&
    lowerWord(i + 2) &&
    !DETERMINERS.has(lower(cx, i + 1)) &&
    v.length >= BARE_NOUN_PRESENT.value.minLength &&
    /[^s']s$/.test(v)
  );
}
const EXPRESS_NOUNS: ReadonlySet<string> = new Set(EXPRESS_THAT.value.nouns);
const EXPRESS_BARE: ReadonlySet<string> = new Set(EXPRESS_THAT.value.bare);
/**
 * Row cue.verb.express-that: the token of "that" after a verb of voicing at `i` and its noun of
 * stance ("expressed deep concern that"), or after "expressed" at once, when a clause opens there; else -1.
 */
function expressedThat(cx: CCtx, lemma: string, i: number, b: number): number {
  let n = i + 1;
  while (n < b && cx.t.kind[n] === Kind.Word && /^\w+ly$/.test(lower(cx, n))) n++;
  let that = -1;
  if (n < b && lower(cx, n) === 'that' && EXPRESS_BARE.has(lemma)) that = n;
  else
    for (let k = n; k < b && k <= n + EXPRESS_THAT.value.maxBefore; k++) {
      if (cx.t.kind[k] !== Kind.Word || cx.t.flags[k] & Flag.Cap) break;
      if (EXPRESS_NOUNS.has(lower(cx, k))) {
        if (k + 1 < b && lower(cx, k + 1) === 'that') that = k + 1;
        break;
      }
    }
  if (that < 0) return -1;
  const clause = clauseAfterThat(cx, that, b) || nounThenFinite(cx, that, b) || bareNounClause(cx, that, b);
  return clause ? that : -1;
}
/** A "that" before the sentence's end at `b`, with no full stop, semicolon or colon between (row guard.swear-in). */
function thatLaterInClause(cx: CCtx, from: number, b: number): boolean {
  for (let k = from; k < b; k++) {
    if (cx.t.kind[k] === Kind.Punct && /[.;:]/.test(cx.text[cx.t.start[k]])) return false;
    if (cx.t.kind[k] === Kind.Word && lower(cx, k) === 'that') return true;
  }
  return false;
}
const COMMENT_LEMMAS: ReadonlySet<string> = new Set(COMMENT_ON.value.lemmas);
const COMMENT_PARTICLES: ReadonlySet<string> = new Set(COMMENT_ON.value.particles);
const ASSERT_POINT_LEMMAS: ReadonlySet<string> = new Set(ASSERT_POINT_OBJECT.value.lemmas);
const ASSERT_POINT_OPENERS: ReadonlySet<string> = new Set(ASSERT_POINT_OBJECT.value.openers);
const BARE_CLAUSE_STOPS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'so',
  'and',
  'but',
  'because',
  'if',
  'when',
  'as',
]);

function firstCue(cx: CCtx, a: number, b: number, midSentence = false): Cue | undefined {
  const { t } = cx;
  // "according to X" wins over a verb elsewhere in the sentence.
  const acc = firstAtOrAfter(cx.according, a);
  if (acc >= 0 && acc + 1 < b)
    return { a: acc, b: acc + 2, hedged: false, kind: 'according', complement: 'any', why: [ACCORDING_TO.id] };
  // Only the candidates outside quotation marks (`nextCand`): every other token was skipped here at once.
  const nextCand = cx.nextCand;
  // "I was like, …", 'she goes "…"' (rows cue.quotative.*): read in text order with the cue verbs.
  // The next "like" or "go" form: most sentences have none, so no search is repeated for them.
  let nextQuot = firstAtOrAfter(cx.quotatives, a);
  for (let i = nextCand[a]; i < b; i = nextCand[i + 1]) {
    if (nextQuot >= 0 && nextQuot < i) {
      const quot = quotativeBetween(cx, a, nextQuot, i, b);
      if (quot) return quot;
      nextQuot = firstAtOrAfter(cx.quotatives, i);
    }
    if (t.flags[i] & Flag.Cap && (i !== a || midSentence)) continue;
    const w = lower(cx, i);
    const entry = CUE_FORMS.get(w);
    const phrasalVerb = PHRASAL_FORMS.has(w);
    // "The letter reads: '…'" (row cue.verb.read.document, claims/read-document.ts).
    if (!entry && !phrasalVerb && READ_FORMS.has(w)) {
      const row = readsDocument(cx, a, i, b);
      if (row) return { a: i, b: i + 1, hedged: false, kind: 'verb', complement: 'any', why: [row] };
      continue;
    }
    // Most words are none of these: skip them before looking at their neighbours.
    if (!entry && !phrasalVerb && !BE.has(w)) continue;
    const next = i + 1 < b ? lower(cx, i + 1) : '';
    const prev = i > a || midSentence ? lower(cx, i - 1) : '';
    // "The jury was told that …" (row cue.passive.told-hearing-folds).
    if (BE.has(w) && next === 'told' && toldHearing(cx, a, i, b))
      return { a: i, b: i + 3, hedged: false, kind: 'passive', complement: 'any', why: [PASSIVE_TOLD_HEARING.id] };
    if (
      BE.has(w) &&
      i + 2 < b &&
      PASSIVE_CUE_SET.has(next) &&
      (lower(cx, i + 2) === 'to' || lower(cx, i + 2) === 'that')
    )
      return { a: i, b: i + 3, hedged: true, kind: 'passive', complement: 'any', why: [PASSIVE_CUES.id] };
    // "It was found that …", "It has been shown that …" (row cue.passive.impersonal-that).
    const impersonal =
      BE.has(w) &&
      (prev === 'it' || (w === 'been' && /^(has|had)$/.test(prev) && i - 2 >= a && lower(cx, i - 2) === 'it'))
        ? impersonalThat(cx, i, b)
        : -1;
    if (impersonal > 0)
      return {
        a: i,
        b: impersonal,
        hedged: true,
        kind: 'passive',
        complement: 'any',
        why: [PASSIVE_CUES.id, IMPERSONAL_THAT.id],
      };
    // "Smith was quoted as saying …": the subject is the source.
    const asSaying = BE.has(w) && next === 'quoted' ? quotedAsSaying(cx, i + 2, b) : -1;
    if (asSaying > 0)
      return {
        a: i,
        b: asSaying,
        hedged: false,
        kind: 'verb',
        complement: 'any',
        subjectOnly: true,
        why: [QUOTED_AS_SAYING.id],
      };
    // "La República quoted a local firefighter, Héctor Quispe, as saying …": the one quoted speaks.
    if ((w === 'quoted' || w === 'quotes') && !BE.has(prev)) {
      const as = quotedObject(cx, i + 1, b);
      if (as > 0)
        return {
          a: i,
          b: as + 2,
          hedged: false,
          kind: 'verb',
          complement: 'any',
          source: [i + 1, as],
          why: [QUOTED_AS_SAYING.id],
        };
    }
    if (w.endsWith('ing') && GERUND_AFTER.has(prev)) continue;
    // "editors requesting her collaboration": an -ing form reports only as ", saying …".
    const afterDocument = w.endsWith('ing') && DOCUMENT_SAYING_SET.has(prev) && entry?.complement === 'any';
    // "are urging the government to …", "is calling for a strike" (row cue.progressive).
    // "is now saying that …", "I'm not saying that …": any cue verb before a clause (row cue.progressive.clause).
    const progressiveDemand =
      w.endsWith('ing') && PROGRESSIVE_BE.has(prev) && !!entry && PROGRESSIVE_LEMMAS.has(entry.lemma);
    const progressiveOfClause = !progressiveDemand && w.endsWith('ing') && !!entry && progressiveClause(cx, a, i, b);
    // "Residents started saying …" (row cue.aspect-verb).
    const aspectOfClause =
      !progressiveDemand &&
      !progressiveOfClause &&
      w.endsWith('ing') &&
      !!entry &&
      progressiveClause(cx, a, i, b, true);
    const progressive = progressiveDemand || progressiveOfClause || aspectOfClause;
    // "And I was thinking, this is interesting" (row cue.belief.comma-clause).
    if (entry && beliefBeforeComma(cx, a, i, b))
      return {
        a: i,
        b: i + 1,
        hedged: entry.hedged,
        kind: 'verb',
        complement: 'clause',
        why: [entry.row.id, BELIEF_COMMA_CLAUSE.id],
      };
    if (w.endsWith('ing') && i > a && !commaBefore(cx, i, a, b) && entry && !afterDocument && !progressive) continue;
    // "topics that appeal to advertisers", "appealed to the Supreme Court" (row guard.appeal-to.demand).
    if (appealToWithoutDemand(cx, i, b)) continue;
    const phrasal = phrasalVerb ? phrasalAt(cx, i, b, w) : undefined;
    // An adjective cue ("are aware that") stands after "be" by nature, so "be" is no passive there.
    if (
      phrasal &&
      !DET_BEFORE.has(prev) &&
      (!PASSIVE_BEFORE.has(prev) || progressive || phrasal[2]) &&
      // "was convinced that", not the imperative "Make sure that" (row cue.phrasal.certain-that).
      !((phrasal[1] === CERTAIN_THAT.id || phrasal[1] === CERTAIN_BARE.id) && adjectiveCueStart(cx, a, i) === i) &&
      // "was convinced they had lied": a clause must follow (row cue.phrasal.certain-bare).
      !(
        phrasal[1] === CERTAIN_BARE.id &&
        (i + 1 >= b || cx.t.kind[i + 1] !== Kind.Word || !complementOk(cx, 'clause', a, i, i + 1, b, true))
      ) &&
      // "saw that the wall had fallen", not "saw that coming" (row cue.phrasal.saw-that).
      !(phrasal[1] === SAW_THAT.id && !clauseAfterThat(cx, phrasal[0] - 1, b)) &&
      // "As the mayor put it, …", not "put it on the table" (row cue.phrasal.as-put-it).
      !(phrasal[1] === AS_PUT_IT.id && !asPutIt(cx, a, i, phrasal[0], b))
    ) {
      // "called on Monday": a weekday or date after the particle is a time, not an addressee.
      const after = phrasal[0] < b ? word(cx, phrasal[0]) : '';
      if (!WEEKDAY_NAMES.has(after))
        return {
          a: phrasal[2] ? adjectiveCueStart(cx, a, i) : i,
          b: phrasal[0],
          hedged: false,
          kind: 'verb',
          complement: 'any',
          why: [phrasal[1]],
        };
    }
    if (!entry) continue;
    // "Residents who reported the smell said …": the relative clause's verb takes an object (row
    // cue.relative-object.main-say-after).
    if (relativeObjectBeforeSay(cx, a, i, b)) continue;
    // "Internal emails seen by the newspaper showed": a document someone saw (row guard.noun-or-verb.before-seen-by).
    if (i + 2 < b && SEEN_AFTER_NOUN.has(next) && lower(cx, i + 2) === 'by') continue;
    // "asked the minister whether …": a reported question (row guard.reported-question).
    if (QUESTION_FORMS.has(w) && questionAfter(cx, i + 1, b)) continue;
    // "They thought of atoms as …", "I think of him because …": a verb of belief with a
    // prepositional object holds no proposition (row guard.belief.prepositional-object, claims43).
    if (BELIEF_LEMMAS.has(entry.lemma) && BELIEF_PREPOSITIONS.has(next)) continue;
    const why = afterDocument ? [entry.row.id, DOCUMENT_SAYING.id] : [entry.row.id];
    if (progressiveOfClause) why.push(PROGRESSIVE_CLAUSE.id);
    if (aspectOfClause) why.push(ASPECT_VERB.id);
    // "That said, …", "you know", "you see": set phrases, not reports.
    if (isIdiom(prev, w, next)) continue;
    // "have known each other for years" (row guard.reciprocal-object).
    if (
      RECIPROCAL_LEMMAS.has(entry.lemma) &&
      i + 2 < b &&
      RECIPROCAL.has(next + ' ' + lower(cx, i + 2)) &&
      !(i + 3 < b && lower(cx, i + 3) === 'that')
    )
      continue;
    // "declined to comment", "hard to know": an infinitive reports nothing, but "went on to say".
    // "likes to say", "loves to tell visitors that": a habit of saying (row guard.infinitive.habit).
    const habit =
      prev === 'to' &&
      i >= 2 &&
      HABIT_BEFORE_TO.has(lower(cx, i - 2)) &&
      !(i >= 3 && HABIT_NOT_AFTER.has(lower(cx, i - 3)));
    // "is going to remind the world that …": what the subject is about to say, attributed as said.
    const future = prev === 'to' && i >= 3 && lower(cx, i - 2) === 'going' && BE.has(lower(cx, i - 3));
    // "began to complain that …" (row cue.aspect-verb).
    const aspectTo = prev === 'to' && i >= 2 && ASPECT_VERBS.has(lower(cx, i - 2)) && clauseFollows(cx, a, i, b);
    // "have come to believe that …", "appear to show that …" (row cue.infinitive.arrived-belief).
    // "had come to acknowledge that mistakes were made" (row cue.infinitive.arrived-belief.bare-noun).
    const arrived =
      prev === 'to' &&
      i >= 2 &&
      ARRIVED.has(lower(cx, i - 2)) &&
      next === 'that' &&
      (clauseAfterThat(cx, i + 1, b) ||
        (ARRIVED_BARE_NOUN.value &&
          (nounThenFinite(cx, i + 1, b) || bareNounClause(cx, i + 1, b) || nounThenPresent(cx, i + 1, b))));
    // "is pleased to announce that …", "were able to confirm that …" (row cue.infinitive.stance).
    const stance =
      prev === 'to' && next === 'that' && stanceFrameStart(cx, i - 1, a) >= 0 && clauseAfterThat(cx, i + 1, b);
    // "prompted the union to warn that …" (row cue.infinitive.prompted-object, claims43).
    const prompted =
      prev === 'to' &&
      next === 'that' &&
      !arrived &&
      !stance &&
      (clauseAfterThat(cx, i + 1, b) || bareNounClause(cx, i + 1, b)) &&
      promptedObject(cx, a, i - 1) !== undefined;
    if (
      prev === 'to' &&
      !habit &&
      !future &&
      !aspectTo &&
      !arrived &&
      !stance &&
      !prompted &&
      (entry.complement !== 'any' || i < 2 || !AFTER_TO.has(lower(cx, i - 2)))
    )
      continue;
    if (arrived) why.push(ARRIVED_BELIEF.id);
    if (aspectTo) why.push(ASPECT_VERB.id);
    if (stance) why.push(STANCE_INFINITIVE.id);
    if (prompted) why.push(PROMPTED_OBJECT.id);
    // "the official said", "some said": a word that is also a noun or pronoun before a form
    // that is only a verb is the subject, not a determiner.
    if (
      DET_BEFORE.has(prev) &&
      !(SUBJECT_LIKE_DET.has(prev) && !NOUNISH.has(w) && !BASE_NOUNISH.has(w)) &&
      // "Serie A said", "Group B said": the letter ends a name, it determines nothing.
      !nameEndsBefore(cx, i) &&
      // "She further said": an adverb before a past-tense verb (row guard.determiner-before.adverb).
      !(DETERMINER_ADVERB.has(prev) && PAST_CUE_FORMS.has(w) && !NOUNISH.has(w) && i - 1 > a)
    )
      continue;
    // "estimates reported here can be", "for reported discrimination" (row guard.participle-modifier, claims26b).
    if (participleModifier(cx, a, i, b)) continue;
    // "Polls show …", "The data show that …" (row cue.verb.knowledge.evidence-shows).
    const evidence = entry.lemma === 'show' && evidenceShows(cx, a, i, w);
    if (NOUNISH.has(w)) {
      // "rejected claims that …": the object of the verb before (row guard.noun-or-verb.object-of-denial).
      if (objectOfVerbBefore(cx, midSentence ? 0 : a, i, w)) continue;
      // "Media reports said …", "from all the press reports" (row guard.noun-or-verb.news-reports).
      if (newsReportsNoun(cx, a, i, b)) continue;
      // Ambiguous noun/verb forms count only after a name or pronoun, or before "that".
      // "Karin Albers, called the strike …": a name closing an appositive counts as one before.
      // '"Who will fish?" asked Rampersaud Singh': right after a closing mark the form is the tag's
      // verb (row guard.noun-or-verb.after-quote).
      const prevCap =
        i > a &&
        ((t.flags[i - 1] & Flag.Cap) !== 0 ||
          asideAfterName(cx, i - 1, a) ||
          (AFTER_QUOTE_FORMS.has(w) && closesQuote(cx, i - 1)));
      const labelQuote = LABEL_FORMS.has(w) && objectThenQuote(cx, i + 1, b);
      const labelPredicate = LABEL_FORMS.has(w) && !labelQuote && objectThenPredicate(cx, i + 1, b);
      const labelObject = labelQuote || labelPredicate;
      if (
        !(
          prevCap ||
          SUBJECT_PRONOUNS.has(prev) ||
          next === 'that' ||
          labelObject ||
          progressive ||
          evidence ||
          // "I can report to the House that …" (row cue.modal.can-confirm).
          (i > a && canConfirmAt(cx, i - 1))
        ) ||
        (BE.has(prev) && !progressive)
      )
        continue;
      if (w === 'called' || w === 'asked' || w === 'cited' || w === 'thought') {
        if (!prevCap && !PERSON_PRONOUNS.has(prev) && !labelObject) continue;
      }
      why.push(
        labelPredicate && !prevCap
          ? GUARD_LABEL_PREDICATE.id
          : labelObject && !prevCap
            ? startsMention(cx, i + 1)
              ? GUARD_LABEL_NAME_OBJECT.id
              : GUARD_LABEL_OBJECT.id
            : GUARD_NOUNISH.id,
      );
    }
    if (PASSIVE_BEFORE.has(prev) && !progressive) continue;
    // "Ferrell, who did not testify, faces …" (row guard.relative-aside.no-complement).
    // Not "The club, which said, in a statement on Monday, that …": an adjunct or a quotation
    // after the comma continues the verb (review, stop 52).
    if (i + 1 < b && isComma(cx, i + 1) && asideCloses(cx, i + 2, b) && relativeAsideOpens(cx, a, i)) continue;
    // "The method, which researchers described in a paper last month, lets …" (row
    // guard.relative-aside.object-gap): the aside's object is the relative word.
    if (objectRelativeAside(cx, a, i, b)) continue;
    // "…, after residents complained of crowds": background in a temporal clause (row guard.temporal-clause).
    if (temporalClauseCue(cx, a, i, b)) continue;
    // "when told of her comment", "if asked": a shortened passive clause.
    if (SUBORDINATE_BEFORE_PARTICIPLE.has(prev) && !w.endsWith('ing')) continue;
    // Passive or participle uses: "were twice denied".
    if (i - 2 >= a && BE.has(lower(cx, i - 2)) && (/ly$/.test(prev) || PASSIVE_ADV.has(prev)) && !progressive) continue;
    if (next === GUARD_AGENT_BY.value[0] && /ed$|en$/.test(w)) continue;
    // "children admitted to hospital": taken in, not a confession (row guard.participle.admitted-to-care).
    if (admittedToCare(cx, i, b)) continue;
    // ", hoping the young oaks will hold": the motive of an act (row guard.participle-motive).
    if (MOTIVE_PARTICIPLES.has(w) && i > a && isComma(cx, i - 1)) continue;
    if (BASE_NOUNISH.has(w)) {
      // "Graves have been uncovered that suggest …" (row guard.base-form.extraposed-relative): the
      // moved relative's plural head is the subject.
      const moved = i - 1 > a && extraposedHead(cx, i - 1, a) >= 0;
      if (moved) why.push(BASE_FORM_EXTRAPOSED.id);
      else if (!evidence && !baseFormAllowed(cx, a, i, b, midSentence)) {
        // "Farmers who grow wheat say …" (row guard.base-form.relative-plural-head, claims43).
        if (!relativePluralHead(cx, a, i)) continue;
        why.push(RELATIVE_PLURAL_BASE_FORM.id);
      }
      why.push(GUARD_BASE_FORM.id);
    }
    // "I wanna rewind it and hear that", "must congratulate them and ask them to …": a base form
    // after "and" shares a modal or "to" with the verb before it (row guard.base-form.coordinated-modal).
    if (prev === 'and' && entry.lemma === w && coordinatedUnderModal(cx, a, i, b)) continue;
    if (possibilityModalBefore(cx, a, i, entry.lemma)) continue;
    // "Washington state", "Borno state": a place's administrative noun.
    if (w === 'state' && i > a && t.flags[i - 1] & Flag.Cap && placeLookup(cx, word(cx, i - 1))) continue;
    if (next === GUARD_EXCHANGE.value[0]) continue;
    if (w.endsWith('ed') && PARTICIPLE_PREPS.has(next) && PARTICIPLE_LEMMAS.has(entry.lemma)) continue;
    if (
      entry.lemma === 'claim' &&
      i + 1 < b &&
      (CLAIM_OBJECTS.has(next) || (i + 2 < b && CLAIM_OBJECTS.has(lower(cx, i + 2))))
    )
      continue;
    if (ACT_LEMMAS.has(entry.lemma) && actObject(cx, i + 1, b, entry.lemma)) continue;
    if (APPEAL_LEMMAS.has(entry.lemma) && legalAppeal(cx, i + 1, b)) continue;
    if ((NAMING.has(entry.lemma) || CONFIRMING.has(entry.lemma)) && outcomeObject(cx, i + 1, b, entry.lemma)) continue;
    if (entry.lemma === 'add' && i + 1 < b && (t.kind[i + 1] === Kind.Num || COUNTED.has(next))) continue;
    if (entry.lemma === 'add' && ADD_PARTICLES.has(next)) continue;
    // "Employers added fewer jobs than expected" (row guard.counted-object.quantifier).
    if (entry.lemma === ADD_QUANTITY.value.lemma && addsQuantity(cx, i, b)) continue;
    // "called the offer “an insult”" reports a judgement; "researchers call this effect “…”" names a term.
    // "…, calling DeSantis "a tourist with a talking point"": a participle after a comma shares
    // the sentence's subject, like "saying".
    const participleAfterComma = w.endsWith('ing') && i > a && isComma(cx, i - 1);
    if (
      entry.complement === 'quoted' &&
      ((!w.endsWith('ed') && !participleAfterComma) || next === 'this' || next === 'these')
    )
      continue;
    // "reminds readers of the story that …": "of" before "that" takes the clause away from the verb.
    if (entry.row.id === 'cue.verb.remind' && ofBeforeThat(cx, i + 1, b)) continue;
    // "rejected the accusation" denies; "rejected the bill" acts.
    // "disputed that the figures showed …" and 'dismissed the poll as "a snapshot"' voice the
    // denial whatever the object.
    const objects = entry.row.value.objects;
    if (
      objects &&
      !objectAmong(cx, i + 1, b, objects) &&
      next !== 'that' &&
      !asQuoted(cx, i + 1, b) &&
      !stanceOnEvent(cx, entry.lemma, i + 1, b, why)
    ) {
      if (!DISMISS_AS_LEMMAS.has(entry.lemma) || !asJudgement(cx, i + 1, b)) continue;
      why.push(GUARD_DISMISS_AS.id);
    }
    // "ruled that …" reports a ruling; "rules (that)" is far more often the noun ("WTO rules, …",
    // "creating rules that …").
    // "…, a coroner has ruled." is a ruling's closing tag (row cue.verb.knowledge.ruling-tag).
    const ruling = RULING_LEMMAS.has(entry.lemma) && rulingTag(cx, a, i, b);
    if (entry.lemma === 'rule' && (w !== 'ruled' || next !== 'that') && !ruling) continue;
    // "held that the law was void", not "held talks that …" (row cue.verb.hold-that).
    if (entry.row === HOLD_THAT && !holdsThat(cx, i + 1, b)) continue;
    // "chanted that the verdict was a disgrace", not a quoted chant (row cue.verb.chant-that).
    if (entry.row === CHANT_THAT && !(next === 'that' && clauseAfterThat(cx, i + 1, b))) continue;
    // "Voters who accept that argument are …": the object of a relative clause (row
    // cue.verb.accept-that.relative-object).
    if (entry.row === ACCEPT_THAT && relativeThatObject(cx, i, b)) continue;
    // "Passengers who reported symptoms were moved": the object of a relative clause on the
    // subject, and the main clause's verb (row cue.verb.relative-bare-object).
    if (relativeBareObject(cx, i, b)) continue;
    // "accepted that mistakes had been made", not "accepted that offer" (row cue.verb.accept-that).
    if (
      entry.row === ACCEPT_THAT &&
      !(
        next === 'that' &&
        (clauseAfterThat(cx, i + 1, b) ||
          nounThenFinite(cx, i + 1, b) ||
          nounPhraseThenFinite(cx, i + 1, b) ||
          bareNounClause(cx, i + 1, b) ||
          nounThenPresent(cx, i + 1, b))
      )
    )
      continue;
    // "expressed concern that the river would flood" (row cue.verb.express-that): the verb and its noun.
    if (entry.row === EXPRESS_THAT) {
      const that = expressedThat(cx, entry.lemma, i, b);
      if (that < 0) continue;
      return { a: i, b: that, hedged: false, kind: 'verb', complement: 'that', why: [...why, EXPRESS_THAT.id] };
    }
    // "commented on the report" (row guard.comment-on): the topic of a remark, not its content.
    if (COMMENT_LEMMAS.has(entry.lemma) && COMMENT_PARTICLES.has(next) && !quoteAdjacent(cx, a, i, i + 1, b)) {
      why.push(COMMENT_ON.id);
      continue;
    }
    // "Congress swore in the new president" (row guard.swear-in, lead 60): an oath given, not a promise.
    if (
      SWEAR_IN.value.lemmas.includes(entry.lemma) &&
      next === SWEAR_IN.value.particle &&
      !quoteAdjacent(cx, a, i, i + 1, b) &&
      !thatLaterInClause(cx, i + 2, b)
    ) {
      why.push(SWEAR_IN.id);
      continue;
    }
    // "asserted its right to appeal", "pointed the finger at" (row guard.object-frame.assert-point).
    if (
      ASSERT_POINT_LEMMAS.has(entry.lemma) &&
      ASSERT_POINT_OPENERS.has(next) &&
      !quoteAdjacent(cx, a, i, i + 1, b) &&
      !complementOk(cx, 'clause', a, i, i + 1, b, true)
    ) {
      why.push(ASSERT_POINT_OBJECT.id);
      continue;
    }
    // "The institute's annual survey found average cover of 39 percent": what a study finds or
    // shows is its finding, with or without "that".
    const finding =
      evidence ||
      ((entry.lemma === 'find' || entry.lemma === 'show') &&
        w.endsWith('d') &&
        (RESEARCH.has(prev) || researchOpens(cx, a, i) || itFoundTag(cx, a, i, b)));
    if (finding) {
      why.push(RESEARCH_FINDS.id);
      if (evidence) why.push(EVIDENCE_SHOWS.id);
    } else if (
      entry.complement === 'quoted' &&
      PREDICATE_FORMS.has(w) &&
      !complementOk(cx, 'quoted', a, i, i + 1, b) &&
      objectThenPredicate(cx, i + 1, b)
    ) {
      if (!why.includes(GUARD_LABEL_PREDICATE.id)) why.push(GUARD_LABEL_PREDICATE.id);
    } else if (entry.lemma === REMIND_TAG.value.lemma && remindTag(cx, a, i, b)) {
      // "…, the office reminded voters on social media." (row cue.verb.remind.closing-tag).
      why.push(REMIND_TAG.id);
    } else if (WRITTEN_TAG_LEMMAS.has(entry.lemma) && writtenTag(cx, a, i, b)) {
      // "…, the researchers wrote." (row cue.verb.write.closing-tag, claims37).
      why.push(WRITTEN_CLOSING_TAG.id);
    } else if (ruling) {
      why.push(RULING_TAG.id);
    } else if (entry.row === CUE_FORECAST_THAT && projectionTag(cx, a, i, b)) {
      // "…, the Associated Press projected, defeating …" (row cue.verb.forecast-that.tag, claims34).
      why.push(PROJECTION_TAG.id);
    } else if (!complementOk(cx, entry.complement, a, i, i + 1, b, entry.verbAfterNoun)) {
      // "I remember I was …", "She remembers she was …" (row cue.verb.knowledge.pronoun-clause).
      if (KNOWING_LEMMAS.has(entry.lemma) && pronounClause(cx, i + 1, b)) why.push(KNOWLEDGE_PRONOUN_CLAUSE.id);
      // "It expects margins to narrow", "advised patients not to stop treatment".
      else if (!OBJECT_INFINITIVE_LEMMAS.has(entry.lemma) || !objectInfinitive(cx, i + 1, b)) continue;
      else why.push(OBJECT_INFINITIVE.id);
    }
    // "projected that growth would slow", not "projected that figure at …" (row cue.verb.forecast-that).
    if (
      entry.row === CUE_FORECAST_THAT &&
      !why.includes(PROJECTION_TAG.id) &&
      !clauseAfterThat(cx, i + 1, b) &&
      !nounThenFinite(cx, i + 1, b)
    )
      continue;
    // "directed that Tom Hanks film", "instructed the lawyers that she had hired to sue": no
    // clause (row cue.verb.direct-that.clause-shown-folds).
    if (entry.row === DIRECT_THAT && !directThatClause(cx, i, b)) continue;
    // "reaffirms that test", "submitted that report": "that" as a determiner, not a clause (rows
    // cue.verb.reaffirm, cue.verb.submit). A `clause` verb may also take its clause bare or
    // parenthetically ("…, Petitioner submits, he is entitled to release"), with no "that" at all.
    if (
      entry.clauseAfterThat &&
      !clauseAfterThat(cx, i + 1, b) &&
      (entry.complement !== 'clause' || thatWithin(cx, i + 1, b))
    )
      continue;
    return { a: i, b: i + 1, hedged: entry.hedged, kind: 'verb', complement: entry.complement, why };
  }
  return nextQuot >= 0 && nextQuot < b ? quotativeBetween(cx, a, nextQuot, b, b) : undefined;
}

/** The first quotative cue at a token in [from, to) of the sentence [a, b). */
function quotativeBetween(cx: CCtx, a: number, from: number, to: number, b: number): Cue | undefined {
  for (let k = firstAtOrAfter(cx.quotatives, from); k >= 0 && k < to; k = firstAtOrAfter(cx.quotatives, k + 1)) {
    const q = quotativeCue(cx, a, k, b);
    if (q) return { a: q.a, b: q.b, hedged: false, kind: 'verb', complement: 'any', why: [q.why] };
  }
  return undefined;
}

/** Row guard.noun-or-verb.after-quote: noun-or-verb forms that are a tag's verb right after a closing mark. */
const AFTER_QUOTE_FORMS: ReadonlySet<string> = new Set(VERB_AFTER_QUOTE.value);

/** Does a name of two or more tokens end right before token `i`, its last token capitalised? */
function nameEndsBefore(cx: CCtx, i: number): boolean {
  if (i < 2 || !(cx.t.flags[i - 1] & Flag.Cap)) return false;
  for (let k = i - 2; k >= 0 && k >= i - 6; k--) if (startsMention(cx, k)) return mentionEnd(cx, k, i) === i;
  return false;
}
