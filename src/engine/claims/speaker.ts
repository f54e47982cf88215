/**
 * Finds and resolves the source of a claim. The speaker is a noun phrase next to the cue: to its
 * left ("Moreno said", "Moreno, who …, recalled"), to its right ("…, said Moreno", "according to the
 * Russian leader"). Names resolve through their mention; pronouns to the last person speaker or
 * the subject of the previous sentence; definite descriptions ("the Russian leader", "Russia's
 * long-standing leader", "the minister", "the 45-year-old", "the baker") to the person whose stated
 * or appositive roles fit best, else the person just spoken of, else (before anyone has spoken)
 * the person named next; "the company" to a fitting organisation that was not only addressed.
 */
import { IT_OWN_SUBJECT } from '../lexicon/claims-53f';
import { POSSESSIVE_DOCUMENT, PRONOUN_IT_NAMED_BODY_SUBJECT } from '../lexicon/claims-54';
import { OFFICE_NOT_TRADE, PLACE_CAPITALISED_HEAD, REGULATOR_KIND_NAMED } from '../lexicon/claims-54f';
import { AMPERSAND, isOneChar } from '../detect/named-spans';
import { AMPERSAND_NAME } from '../lexicon/claims-41';
import { NAME_BEFORE_POSSESSED_DESCRIPTION } from '../lexicon/claims-lead-52';
import { GOVERNMENT_FITS } from '../lexicon/claims-29b';
import {
  FIRST_NAME_SOURCE,
  HYPHENATED_ADJECTIVE,
  PERSON_COMMON_NOUNS,
  REPORTING_MEDIUM,
  SUBJECT_SEEN_BY,
} from '../lexicon/claims-30b';
import { SEEN_BY_NO_NAME_AFTER } from '../lexicon/claims-30c';
import { NAMED_INTRODUCED, PEOPLE_AT_PLACE, STATEMENT_OF_SOURCE, UNNAMED_BODY_THAT_SPOKE } from '../lexicon/claims-32';
import {
  introducedBefore,
  namedIntroduced,
  peopleAtPlace,
  statementNoun,
  statementSource,
  unnamedBodyThatSpoke,
} from './speaker-32';
import { firmAfterKind, firmSpoke, isWitness, withoutPostNominal, witnessOf } from './speaker-33';
import { FIRM_AFTER_KIND, POST_NOMINAL, WITNESS } from '../lexicon/claims-33';
import { FIRM_LONG_KIND, INSTITUTION_WORD_WHOLE, OPENING_SEGMENT_ADJUNCT } from '../lexicon/claims-36';
import { firmLongKind } from './speaker-36';
import { CAPITALISED_RUN_NOT_DESCRIPTION } from '../lexicon/claims-38c';
import { FIRM_NAMED_ALONE } from '../lexicon/claims-34';
import { firmHead, firmNamedAlone } from './speaker-34';
import { FINITE_AUXILIARIES } from '../lexicon/verb-forms';
import type { Entity, Mention, Speaker } from '../types';
import { Flag, Kind } from '../tokenize/tokenize';
import { isDemonym, lower } from '../context';
import {
  DETERMINERS as NP_DETERMINERS,
  ORG_DESCRIPTORS,
  PERSON_DESCRIPTORS,
  TITLE_MODIFIERS,
  TITLES,
  ARTICLES,
  unaccented,
} from '../lexicon/words';
import { ADVERBS_BETWEEN_SET as ADVERBS_BETWEEN, DOCUMENT_SAYING_SET, PROGRESSIVE_CUES } from '../lexicon/claim-cues';
import { canConfirmAt, stanceFrameStart } from './stance-infinitive';
import { HABIT_BEFORE_TO } from '../lexicon/cue-guards';
import { LEGAL_FORM_ROWS, LEGAL_FORMS } from '../lexicon/names';
import { FEMALE_NAMES, MALE_NAMES } from '../lexicon/gender-names';
import {
  AIDE_TO,
  FEMALE_WORDS,
  NEAR_TO,
  MALE_WORDS,
  NOT_SUBJECT_OPENERS,
  PARTY_LAST_PERSON,
  PARTY_WORDS,
  TITLE_ABBREVIATIONS,
  TITLE_OF_NAME,
  NAME_LABELS,
  UNNAMED_SOURCE_NOUNS,
  PRONOUN_HE,
  PRONOUN_IT,
  PRONOUN_SELF,
  PRONOUN_SHE,
  PRONOUN_THEY,
  SUBJECT_DETERMINERS,
  OPENING_PHRASES,
  WORK_BY,
  RELATIVE_NAME_OF,
  AGE_INTRODUCED,
  PRONOUN_THEY_COUPLE,
  TITLE_HYPHENATED,
  DESCRIPTION_LAST_NAMED_SOURCE,
  LAST_NAMED_SOURCE_QUANTIFIED,
  NAME_WITHOUT_COUNT,
  AGE_AND_ROLE,
  PLACE_AFTER_COMMA,
  DOCUMENT_FROM,
  DESCRIBED_HEAD_GENDER,
  KIN_OF_UNNAMED,
  DESCRIPTION_SAME_AGAIN,
  SPOUSE_OF_COUPLE,
} from '../lexicon/speaker-words';
import { isComma, mentionAt, mentionEnd, startsMention, tokenAt, type CCtx } from './claim-context';
import { POSSESSIVE_FORM_NAME } from '../lexicon/claims-lead-56';
import { IRREGULAR_PASTS, NAMED_TRAILING_TIME } from '../lexicon/claims-38';
import { EDGE_TIME } from '../lexicon/claims-39';
import { NAME_PAST_LIMIT, RELATIVE_TITLED, TIME_AFTER_COMMA } from '../lexicon/claims-40';
import { participleObjectAt } from './participle-object';
import {
  PEOPLE_BEFORE_PREPOSITION,
  PRONOUN_IT_BODY_SUBJECT,
  RELATIVE_BARE_PLURAL,
  SUBJECT_BEFORE_QUOTATION,
  THEY_COUNTED_GROUP,
} from '../lexicon/claims-42';
import { BARE_PLURAL_TIME_AFTER, LOOK_AHEAD_SAME, PARTICIPLE_PHRASE } from '../lexicon/claims-43';
import { COURT_ROLE, LOOK_AHEAD_OTHER_ORDER, SUBJECT_ORG } from '../lexicon/claims-44';
import { courtRoleAfter, rivalInClause, subjectOrg } from './subject-org';
import { afterCoordinatedClause } from './coordinated-clause';
import { finiteForm } from './verb-forms';
import { APPOSITIVE_NAMES_BODY, COORDINATED_ROLES, LOOK_AHEAD_OWN_TITLE } from '../lexicon/claims-45';
import { OPENING_ADJUNCT_NO_COMMA as OPENING_NO_COMMA } from '../lexicon/claims-46f';
import { ASPECT_VERB, OPENING_PARTICIPLE_NO_COMMA as OPENING_PARTICIPLE } from '../lexicon/claims-47f';
import { OPENING_ADJUNCT_COLLECTIVE, OPENING_BY_NO_COMMA, RELATIVE_PRONOUN_SUBJECT } from '../lexicon/claims-48f';
import {
  APPOSITIVE_PAST_NAME,
  NOT_ADJUNCT_OBJECT,
  PARTICIPLE_THEN_OPENER,
  STANCE_PEOPLE_OF,
  VISITORS_TO,
  ES_PLURAL_PEOPLE,
  OTHER_TRADE,
} from '../lexicon/claims-48';
import { coordinatedRolesStart, coordinationWithoutAside } from './coordinated-roles';
import { bodyWordIn, roleForBody } from './role-for-body';
import { describedAsOther } from './other-described';
import { DESCRIBED_AS_OTHER } from '../lexicon/claims-46';
import { QRole } from './quotes';
import { PEOPLE_OF_OWNED_PLACE } from '../lexicon/claims-lead-57';
import { BODY_SPOKESPERSON } from '../lexicon/claims-lead-64';
import { BODIES_OF_PLACE, PERSON_POSSESSOR_NOT_SPEAKER } from '../lexicon/claims-lead-58';
import { POSSESSED_NOUN_PLACED } from '../lexicon/claims-lead-60';
import { MEN_PLURAL_PEOPLE } from '../lexicon/claims-lead-59';
import {
  FORMER_NOT_CURRENT,
  OTHER_NATIONALITY,
  POSSESSED_ROLE,
  RELATIVE_THAT_PEOPLE,
  STANCE_OF_DESCRIPTION,
} from '../lexicon/claims-49';
import { FORMER_OTHER_ROLE, INVERTED_ADVERB, OWNER_OF_ROLE, POSSESSED_ROLE_ANY_OWNER } from '../lexicon/claims-50';
import { COMPANY_NOT_PUBLIC_BODY } from '../lexicon/claims-51f';
import { personNounOrPlural } from './relative-speaker';
import { DOCUMENT_FROM_READOUT, NOUN_OF_PERSON } from '../lexicon/claims-51';
import { markEndsName, pastCourtesyTitle, pluralHeadAppositive } from './speaker-52';
import { PLURAL_HEAD_APPOSITIVE, WORK_BY_READOUT } from '../lexicon/claims-52';

const BODIES_OF_A_PLACE: ReadonlySet<string> = new Set(BODIES_OF_PLACE.value);
import { ruleWhy } from '../intern';
import {
  ADDRESSEE_BEFORE,
  COLLEAGUES_AFTER_NAME,
  COUNTED_OPENERS,
  LEADER_ROLES,
  LY_NOUNS,
  NOT_AGENT_NOUNS,
  SEEN_BY,
  SUBJECT_LEFT_STOPS,
  SUBJECT_PRONOUN_WORDS,
  TITLE_LIKE_WORDS,
  TRAILING_TIME,
  FUNCTION_WORD_SETS as FW,
} from '../lexicon/claim-words';
import { rowNamed } from '../lexicon/rule-row';
import {
  NEGATIVE_PRONOUN,
  RELATIVE_PAST_APPOSITIVE,
  RELATIVE_TIME_NEEDS_TIME,
  SUBJECT_AFTER_PERCEPTION,
} from '../lexicon/speaker-rows-27b';
import {
  COMMENTATOR_EMPLOYER,
  COMPANY_KIND_HEADS,
  COMPANY_THAT_SPOKE,
  OPENING_DISCOURSE_PHRASES,
  PARTITIVE_SOURCE,
  SUBJECT_LETS_SAY,
} from '../lexicon/speaker-rows-28b';
import {
  DESCRIPTION_BODY_OF_SOURCE,
  DESCRIPTION_NAME_FITS,
  DESCRIPTION_POSSESSED,
  RELATIVE_PRESENT,
  PRONOUN_IT_RESEARCH_SUBJECT,
  PRONOUN_IT_STATEMENT_NOT_DOCUMENT,
  PERSON_COMPOUND_HEADS,
  PRONOUN_THEY_PEOPLE_OF_BODY,
  PEOPLE_OF_PLACE,
  PEOPLE_OF_PLACE_KIND,
  GENDER_OTHER_FITS,
  BARE_PLURAL_SUBJECT,
  GENDER_KNOWN_REACH,
  PRONOUN_OWNER_OF_RELATION,
  GENDER_APPOSITION_HEAD,
  GROUP_PEOPLE_NOUNS,
  PARTICLE_SURNAME,
  GENDER_PRONOUN_AFTER_QUOTE,
  DESCRIPTOR_BEFORE_NAME,
  TITLE_OF_PLACE,
} from '../lexicon/speaker-words';
import { CITATION_BRACKETS } from '../lexicon/recall-27';
import { COURT_OFFICER, UNNAMED_BODY_OTHER_KIND } from '../lexicon/claims-lead-62';
import { CAN_SEE_THAT } from '../lexicon/claims-28';
import { AGENT_PLURAL, ARRIVED_BELIEF, PROGRESSIVE_CLAUSE, RESTRICTIVE_RELATIVE } from '../lexicon/claims-29';
import { DUTY_MODALS_BEFORE_CUE, TIME_PHRASE_NO_COMMA } from '../lexicon/claims-30';
import { WORK_MADE_BY } from '../lexicon/claims-37b';
import { EXTRAPOSED_RELATIVE, INVERTED_AUXILIARY, PRONOUN_VOTE_OTHER_PERSON } from '../lexicon/claims-49f';

const CAN_SEE = CAN_SEE_THAT.value;

const STOP_LEFT: ReadonlySet<string> = new Set(SUBJECT_LEFT_STOPS.value);
const STOP_RIGHT = new Set([
  'that',
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'while',
  'with',
  'to',
  'about',
  'of',
  'as',
  'for',
  'when',
  'who',
  'which',
  'yesterday',
  'today',
  'last',
  'this',
]);
/** A determiner or "that" before a noun: where a speaker's description starts. */
const DETERMINERS = new Set([...NP_DETERMINERS, 'that']);
const PERCEPTION_VERBS: ReadonlySet<string> = new Set(SUBJECT_AFTER_PERCEPTION.value);
const NO_ONE_FIRST: ReadonlySet<string> = new Set(NEGATIVE_PRONOUN.value.first);
const NO_ONE_SECOND: ReadonlySet<string> = new Set(NEGATIVE_PRONOUN.value.second);
const CONTRACTED_PRONOUN = new RegExp(
  `^(${SUBJECT_PRONOUN_WORDS.value.pronouns.join('|')})['’](?:${SUBJECT_PRONOUN_WORDS.value.contractions.join('|')})$`,
  'i',
);
const INDEFINITE = new Set(['a', 'an', 'one', 'some', 'several', 'many']);
const AGE_NOUN = /^the\s+\d{1,3}-year-old$/i;

export interface NP {
  a: number;
  b: number;
  /** The row that read this phrase as the subject, when one that records itself did (shown by `--explain`). */
  rule?: string;
}

export interface SpeakerState {
  /** Entity id of the last person who made a claim, and the sentence. */
  lastPerson?: string;
  lastPersonSent: number;
  /** The last speaker that was not a person ("Analysts at X", "the ministry"), for "they". */
  lastOther?: Speaker;
  lastOtherSent: number;
  /** Grammatical gender of person entities, when the name or an honorific tells it. */
  gender: Map<string, 'm' | 'f'>;
  /** Organisations that have made a claim so far: "the bank" is likelier the one that spoke. */
  spoke?: Set<string>;
  /** "the prosecutor" → the person it was resolved to, and the sentence (row speaker.description.same-again). */
  descriptions?: Map<string, { id: string; sent: number }>;
  /** Descriptions the article gives a person in an appositive ("the Minister of Power, X"; "X, the library's director,"). */
  described?: Map<string, string>;
  /** Sources written without a name the engine found, and the sentence (row speaker.description.organization.unnamed-body-that-spoke). */
  unnamedSpoke?: { name: string; sent: number }[];
}

const FEMALE = new Set(FEMALE_NAMES.split(' '));
const MALE = new Set(MALE_NAMES.split(' '));
const FEMALE_W = new Set(FEMALE_WORDS.value);
const MALE_W = new Set(MALE_WORDS.value);
const NOT_SUBJECT = new Set(NOT_SUBJECT_OPENERS.value);
const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(OPENING_SEGMENT_ADJUNCT.value);
const PARTY = new Set(PARTY_WORDS.value);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(SUBJECT_PRONOUN_WORDS.value.pronouns);
const WORKS = new Set(WORK_BY.value);
const WORK_MADE: ReadonlySet<string> = new Set(WORK_MADE_BY.value);
const SEEN_SUBJECT: ReadonlySet<string> = new Set(SUBJECT_SEEN_BY.value);

/*
 * genderMap's and appositiveRoles' helpers are module-level functions, not closures made per
 * call: a closure is a new call target for the optimised loop in each document, which throws that
 * code away ("wrong call target" in `--trace-deopt`, third and fourth analyses) and compiles it again.
 */
const addVote = (votes: Map<string, number>, id: string, v: number) => votes.set(id, (votes.get(id) ?? 0) + v);
const isPersonMention = (ctx: CCtx, m: Mention) => ctx.entityById.get(m.entityId)?.type === 'person';

/** The votes of a person's given name and role words; `this` holds genderMap's tallies. */
function nameAndRoleVotes(this: { votes: Map<string, number>; byName: Map<string, number> }, e: Entity): void {
  if (e.type !== 'person') return;
  const name = withoutLabel(e);
  // "José", "Pádraig": the lists spell given names without accents (row speaker.gender.folded-given-name).
  const first = foldedName(name.split(/\s+/)[0].toLowerCase());
  // "Maureen, who runs a café, said": a person named by a given name alone, when the name is of one
  // gender only (row speaker.pronoun.first-name-source); else a given name before a surname.
  const single = !name.includes(' ');
  if (!single || FEMALE.has(first) !== MALE.has(first)) {
    const v = FEMALE.has(first) ? -2 : MALE.has(first) ? 2 : 0;
    addVote(this.votes, e.id, v);
    if (v) this.byName.set(e.id, v);
  }
  for (const r of e.roles)
    for (const w of r.toLowerCase().split(/\s+/))
      addVote(this.votes, e.id, FEMALE_W.has(w) ? -3 : MALE_W.has(w) ? 3 : 0);
}

/**
 * Gender of each person entity: from its given name, a title, honorific or kinship noun before a
 * mention ("Mrs.", "her husband, Pádraig"), a role the article gives ("spokeswoman"), and from
 * "she"/"he" opening the sentence after one that names only that person (stronger than a given
 * name, which may belong to either gender: "Stacy", "Jordan").
 */
export function genderMap(ctx: CCtx): Map<string, 'm' | 'f'> {
  const out = new Map<string, 'm' | 'f'>();
  const votes = new Map<string, number>();
  // The gender each person's given name suggests (-2 female, 2 male), for `otherFits` below.
  const byName = new Map<string, number>();
  // forEach and indexed loops: this runs once per document, mostly unoptimised, where for…of
  // allocates an iterator result per element.
  ctx.entityById.forEach(nameAndRoleVotes, { votes, byName });
  for (let k = 0; k < ctx.starting.length; k++) {
    const m = ctx.starting[k],
      i = ctx.startTok[k];
    if (i <= 0 || !isPersonMention(ctx, m)) continue;
    let p = i - 1;
    // "her husband, Pádraig": the kinship noun before the comma.
    if (p > 0 && ctx.t.kind[p] === Kind.Punct && ctx.text.charCodeAt(ctx.t.start[p]) === 44) p--;
    const w = lower(ctx, p);
    const v = FEMALE_W.has(w) ? -3 : MALE_W.has(w) ? 3 : 0;
    if (v) addVote(votes, m.entityId, v);
    // "Jelani anak Ugak, the longhouse headman," (row speaker.gender.apposition-head).
    const after = appositionHeadVote(ctx, m);
    if (after) addVote(votes, m.entityId, after);
  }
  // "Ana Lopez won the race. She said …": a sentence naming one person, after one naming nobody
  // else, then a sentence opening with a pronoun and naming nobody: the pronoun can only be hers.
  const { cs } = ctx;
  // Per sentence: the one person it names, '' for nobody, '*' for several.
  const only: string[] = new Array(cs.count);
  for (let k = 0; k < cs.count; k++) {
    let id = '';
    const ms = ctx.mentionsBySent[k];
    for (let x = 0; ms && x < ms.length; x++) {
      const m = ms[x];
      if (isPersonMention(ctx, m) && m.entityId !== id) {
        id = id ? '*' : m.entityId;
        if (id === '*') break;
      }
    }
    only[k] = id;
  }
  for (let k = 0; k + 1 < cs.count; k++) {
    const id = only[k];
    if (!id || id === '*' || only[k + 1] !== '' || (k > 0 && only[k - 1] !== '' && only[k - 1] !== id)) continue;
    const w = lower(ctx, pronounTagAt(ctx, cs.first[k + 1], cs.last[k + 1]));
    const v = w === 'she' ? -3 : w === 'he' ? 3 : 0;
    if (v && !otherFits(ctx, byName, id, v, k) && !otherPersonNoun(ctx, k, v)) addVote(votes, id, v);
  }
  votes.forEach(setGender, out);
  return out;
}

const OTHER_FEMALE: ReadonlySet<string> = new Set(PRONOUN_VOTE_OTHER_PERSON.value.female);
const OTHER_MALE: ReadonlySet<string> = new Set(PRONOUN_VOTE_OTHER_PERSON.value.male);
/**
 * Row speaker.gender.pronoun-vote-other: sentence `k` speaks of an unnamed person of the gender of
 * vote `v` ("Tom Reed said his wife had left"), a lowercase noun of the row not right before a
 * name, so the pronoun opening the next sentence may be that person's.
 */
function otherPersonNoun(ctx: CCtx, k: number, v: number): boolean {
  const words = v < 0 ? OTHER_FEMALE : OTHER_MALE;
  const { t, cs } = ctx;
  for (let i = cs.first[k]; i < cs.last[k]; i++) {
    if (t.kind[i] !== Kind.Word || t.flags[i] & Flag.Cap || !words.has(lower(ctx, i))) continue;
    // "his wife, Ann Reed," and "his wife Ann" name her.
    let j = i + 1;
    if (j < cs.last[k] && isComma(ctx, j)) j++;
    const m = j < cs.last[k] ? mentionAt(ctx, j) : undefined;
    if (!m || !isPersonMention(ctx, m)) return true;
  }
  return false;
}

const TAG_PRONOUNS = new Set(GENDER_PRONOUN_AFTER_QUOTE.value.pronouns);
const NOT_GENDERED_HEADS: ReadonlySet<string> = new Set(GENDER_APPOSITION_HEAD.value.notGendered);
/**
 * The gender vote of the description set after person mention `m` across a comma ("X, the
 * longhouse headman,", "X, a fisherwoman from the island"): -3 for a female head word or a
 * -woman compound, 3 for a male one, 0 otherwise (row speaker.gender.apposition-head).
 */
function appositionHeadVote(ctx: CCtx, m: Mention): number {
  const { t } = ctx;
  let i = tokenAt(ctx, m.end);
  if (t.start[i] < m.end) i++;
  if (i + 2 >= t.count || !isComma(ctx, i) || !ARTICLES.has(lower(ctx, i + 1))) return 0;
  let head = '';
  for (let j = i + 2; j < t.count && j <= i + 1 + GENDER_APPOSITION_HEAD.value.maxWords; j++) {
    if (t.kind[j] !== Kind.Word || t.flags[j] & Flag.Cap) break;
    const w = lower(ctx, j);
    if (HEAD_ENDS.has(w)) break;
    head = w;
  }
  if (!head || NOT_GENDERED_HEADS.has(head)) return 0;
  if (FEMALE_W.has(head) || (head.endsWith('woman') && personCompound(head, 'f'))) return -3;
  if (MALE_W.has(head) || (head.endsWith('man') && !head.endsWith('woman') && personCompound(head, 'm'))) return 3;
  return 0;
}

/**
 * The token a sentence opens with, or, when it opens with a quotation, the pronoun of the tag
 * right after the closing mark and an optional comma ('"…," he told'; row
 * speaker.gender.pronoun-after-quote).
 */
function pronounTagAt(ctx: CCtx, first: number, last: number): number {
  if (ctx.q.role[first] !== QRole.Open) return first;
  const of = ctx.q.of[first];
  let i = first + 1;
  while (i < last && ctx.q.of[i] === of) i++;
  if (i < last && ctx.t.kind[i] === Kind.Punct && ctx.text.charCodeAt(ctx.t.start[i]) === 44) i++;
  return i < last && TAG_PRONOUNS.has(lower(ctx, i)) ? i : first;
}

function setGender(this: Map<string, 'm' | 'f'>, v: number, id: string): void {
  if (v) this.set(id, v < 0 ? 'f' : 'm');
}

/**
 * "Republican Dale Hensley said … Democrat Rosa Villanueva said … 'Those are different things,'
 * Hensley said. / She said …": a pronoun against the given name of the one person just named
 * teaches nothing when another person whose given name fits it was named a few sentences
 * before (row speaker.gender.other-fits); the pronoun is hers.
 */
function otherFits(ctx: CCtx, byName: Map<string, number>, id: string, v: number, k: number): boolean {
  if ((byName.get(id) ?? 0) * v >= 0) return false;
  for (let j = Math.max(0, k - GENDER_OTHER_FITS.value.sentences); j <= k; j++) {
    const ms = ctx.mentionsBySent[j];
    for (let x = 0; ms && x < ms.length; x++)
      if (ms[x].entityId !== id && isPersonMention(ctx, ms[x]) && (byName.get(ms[x].entityId) ?? 0) * v > 0)
        return true;
  }
  return false;
}

/** A lowercase organisation or person noun right before a name ("group", "carrier"). */
const isNounBefore = (ctx: CCtx, i: number): boolean =>
  ctx.t.kind[i] === Kind.Word &&
  !(ctx.t.flags[i] & Flag.Cap) &&
  (ORG_DESCRIPTORS.has(lower(ctx, i)) || PERSON_DESCRIPTORS.has(lower(ctx, i)));

/** Quotation marks, tokens inside a quotation and punctuation (but hyphen, ampersand) end a phrase. */
const isBoundary = (ctx: CCtx, i: number): boolean => {
  if (ctx.q.role[i] !== 0 || ctx.q.of[i] >= 0) return true;
  const k = ctx.t.kind[i];
  if (k === Kind.QOpen || k === Kind.QClose) return true;
  if (k === Kind.Punct) {
    const c = ctx.text.charCodeAt(ctx.t.start[i]);
    return c !== 45 && c !== 38 && c !== 37; // hyphen, ampersand and per cent sit inside a phrase
  }
  return false;
};

const DETERMINER_START: ReadonlySet<string> = new Set(SUBJECT_DETERMINERS.value);
const LETS_SAY: ReadonlySet<string> = new Set(SUBJECT_LETS_SAY.value);
const OPENING_PHRASE_WORDS: readonly (readonly string[])[] = [
  ...OPENING_PHRASES.value,
  ...OPENING_DISCOURSE_PHRASES.value,
].map((p) => p.split(' '));
/**
 * Per word: the opening phrases that hold it, in row order, each with the word's first place in
 * it. The subject search asks for every word it walks over; most are in no phrase, and looking a
 * word up once replaces scanning every phrase for it.
 */
const OPENING_PHRASES_BY_WORD = new Map<string, { words: readonly string[]; at: number }[]>();
for (const words of OPENING_PHRASE_WORDS)
  words.forEach((w, at) => {
    if (words.indexOf(w) !== at) return;
    let list = OPENING_PHRASES_BY_WORD.get(w);
    if (!list) OPENING_PHRASES_BY_WORD.set(w, (list = []));
    list.push({ words, at });
  });
/**
 * "this week", "as a result", "by contrast" covering token `a`, written with no comma before the
 * subject: the token past the phrase, or `a` (row speaker.opening-phrase). The phrase may start
 * before `a` ("As a result some residents": the phrase walked to stops at "As"); a word must be
 * left for the subject, and a possessive after it makes the phrase part of the subject ("This
 * week's report"), as capitals past its first word make it a name ("This Week magazine").
 */
function pastOpeningPhrase(ctx: CCtx, a: number, b: number): number {
  if (a >= b || ctx.t.kind[a] !== Kind.Word) return a;
  const holding = OPENING_PHRASES_BY_WORD.get(lower(ctx, a));
  if (!holding) return a;
  next: for (let h = 0; h < holding.length; h++) {
    const { words, at: o } = holding[h];
    if (a - o < 0) continue;
    const from = a - o;
    const past = from + words.length;
    if (past >= b || ctx.t.kind[past] !== Kind.Word) continue;
    for (let k = 0; k < words.length; k++) if (lower(ctx, from + k) !== words[k]) continue next;
    // "This Week magazine", "Last Night Club owners": a capital past the phrase's first word makes
    // it a name (the subject's own words), where an opening phrase is written in lower case.
    for (let k = 1; k < words.length; k++) if (ctx.t.flags[from + k] & Flag.Cap) continue next;
    return past;
  }
  return a;
}

const DUTY_MODALS: ReadonlySet<string> = new Set(DUTY_MODALS_BEFORE_CUE.value);
const TIME_QUANTITIES: ReadonlySet<string> = new Set(TIME_PHRASE_NO_COMMA.value.quantities);
const TIME_UNITS: ReadonlySet<string> = new Set(TIME_PHRASE_NO_COMMA.value.units);
const TIME_RELATIONS: ReadonlySet<string> = new Set(TIME_PHRASE_NO_COMMA.value.relations);
/**
 * "two days later the union", "Hours later police": past a span of time written without its comma
 * (row speaker.subject.time-phrase-no-comma), or `a` when there is none or nothing follows it.
 */
function pastTimeSpan(ctx: CCtx, a: number, b: number): number {
  let k = a;
  if (k < b && (TIME_QUANTITIES.has(lower(ctx, k)) || ctx.t.kind[k] === Kind.Num)) k++;
  if (k < b && lower(ctx, k) === 'few') k++;
  if (k >= b || !TIME_UNITS.has(lower(ctx, k))) return a;
  // A bare singular is no span ("Day later"); a plural may stand alone ("Hours later").
  if (k === a && !lower(ctx, k).endsWith('s')) return a;
  k++;
  if (k >= b || !TIME_RELATIONS.has(lower(ctx, k))) return a;
  return k + 1 < b ? k + 1 : a;
}

/** Token `i` is written against an ampersand after it ("AT&T"): a part of a name (row speaker.subject.ampersand-name). */
const beforeAmpersand = (ctx: CCtx, i: number): boolean =>
  AMPERSAND_NAME.value &&
  i + 1 < ctx.t.count &&
  ctx.t.end[i] === ctx.t.start[i + 1] &&
  isOneChar(ctx, i + 1, AMPERSAND);

/** Token `i` is the sentence's last punctuation, or past the text: nothing follows a closing tag's verb. */
function endsTag(ctx: CCtx, i: number): boolean {
  if (i >= ctx.t.count) return true;
  return ctx.t.kind[i] === Kind.Punct && /^[.!?]$/.test(ctx.text[ctx.t.start[i]]);
}

const PEOPLE_PREPOSITIONS: ReadonlySet<string> = new Set(PEOPLE_BEFORE_PREPOSITION.value.prepositions);
/**
 * Row speaker.subject.people-before-preposition: lowercase words from `a` (at most two before the
 * noun) end in a plural of people and a preposition ("analysts at", "senior officials at", "aides
 * to"), before the name the phrase ends with.
 */
/** A name of an organisation or a place among tokens [from, b). */
function bodyAfter(ctx: CCtx, from: number, b: number): boolean {
  for (let k = from; k < b; k++) {
    const m = mentionAt(ctx, k);
    if (m && ctx.entityById.get(m.entityId)?.type !== 'person') return true;
  }
  return false;
}

function peopleBeforePreposition(ctx: CCtx, a: number, b: number): boolean {
  for (let i = a; i < b - 2 && i - a <= PEOPLE_BEFORE_PREPOSITION.value.maxBefore; i++) {
    // "Lawyers for Sarah Mills said": the plural may open the sentence, capitalised (review, stop 60).
    // A body after it keeps the older reading ("Analysts at S&P said": the firm).
    const opening = i === a && pluralOfPeople(lower(ctx, i)) && !startsMention(ctx, i) && !bodyAfter(ctx, i + 1, b);
    if (ctx.t.kind[i] !== Kind.Word || (ctx.t.flags[i] & Flag.Cap && !opening)) return false;
    if (pluralOfPeople(lower(ctx, i)) && PEOPLE_PREPOSITIONS.has(lower(ctx, i + 1)) && ctx.t.kind[i + 2] === Kind.Word)
      return true;
  }
  return false;
}

/**
 * The subject inside a phrase that walked too far left: "In those days I" → "I", "Do you" →
 * "you", "On Thursday the minister" → "the minister", "In 2010 Smith" → "Smith". Undefined when
 * nothing subject-like is left ("Instead", "When").
 */
export function trimSubject(ctx: CCtx, np: NP): NP | undefined {
  // "(Reuters) - The Kremlin said": the dash closing a dateline is not part of the subject.
  while (np.a < np.b - 1 && ctx.t.kind[np.a] === Kind.Punct && /^[-–—]$/.test(ctx.text[ctx.t.start[np.a]]))
    np = { a: np.a + 1, b: np.b };
  const last = lower(ctx, np.b - 1);
  if ((SUBJECT_PRONOUNS.has(last) || CONTRACTED_PRONOUN.test(last)) && ctx.t.kind[np.b - 1] === Kind.Word)
    return { a: np.b - 1, b: np.b };
  let a = np.a;
  let stripped = false;
  // "let's say American society decided": the frame before the clause (row speaker.subject.lets-say).
  if (a + 3 < np.b && lower(ctx, a) === 'let' && /^['’]s$/.test(lower(ctx, a + 1)) && LETS_SAY.has(lower(ctx, a + 2))) {
    a += 3;
    stripped = true;
  }
  // "1 In a 2007 study Duckworth …": a footnote number opening the sentence (row
  // speaker.subject.footnote-number).
  if (
    a + 1 < np.b &&
    a === ctx.cs.first[ctx.cs.of[a]] &&
    ctx.t.kind[a] === Kind.Num &&
    ctx.t.flags[a + 1] & Flag.Cap &&
    NOT_SUBJECT.has(lower(ctx, a + 1))
  ) {
    a++;
    stripped = true;
  }
  // "Late on Tuesday the ministry", "The ministry, late on Tuesday said", "The ministry late" before
  // "on Tuesday said": the time is no part of the subject (row speaker.subject.edge-time).
  const afterEdge = edgeTimeEnd(ctx, a, np.b);
  if (afterEdge === np.b && a - 2 >= 0 && isComma(ctx, a - 1) && ctx.cs.of[a - 2] === ctx.cs.of[a]) {
    const before = npLeftOf(ctx, a - 2, ctx.cs.first[ctx.cs.of[a]]);
    return before && before.b === a - 1 ? trimSubject(ctx, before) : undefined;
  }
  // "Ann Cole, a lawyer for the city, on Tuesday said", "X, a maker of …, today announced": a
  // plain time after a comma is no subject either (row speaker.subject.time-after-comma).
  if (a - 2 >= 0 && isComma(ctx, a - 1) && ctx.cs.of[a - 2] === ctx.cs.of[a] && plainTimeEnd(ctx, a, np.b) === np.b) {
    const first = ctx.cs.first[ctx.cs.of[a]];
    const appos = npLeftOf(ctx, a - 1, first);
    if (appos && appos.b <= a - 1) return trimSubject(ctx, appos);
    const before = npLeftOf(ctx, a - 2, first);
    return before && before.b === a - 1 ? trimSubject(ctx, before) : undefined;
  }
  if (afterEdge > a && afterEdge < np.b) {
    a = afterEdge;
    stripped = true;
  }
  if (np.b - 1 > a && edgeTimeEnd(ctx, np.b - 1, ctx.t.count) > np.b) np = { a: np.a, b: np.b - 1 };
  const afterTime = pastTimeSpan(ctx, a, np.b);
  if (afterTime > a) {
    a = afterTime;
    stripped = true;
  }
  for (;;) {
    const past = pastOpeningPhrase(ctx, a, np.b);
    if (past > a) {
      a = past;
      stripped = true;
      continue;
    }
    if (a < np.b && (NOT_SUBJECT.has(lower(ctx, a)) || (stripped && ctx.t.kind[a] === Kind.Num))) {
      if (startsMention(ctx, a) || beforeAmpersand(ctx, a)) break;
      // "No one knows": a negative pronoun, not the interjection (row speaker.subject.no-one).
      if (a + 1 < np.b && NO_ONE_FIRST.has(lower(ctx, a)) && NO_ONE_SECOND.has(lower(ctx, a + 1))) break;
      a++;
      stripped = true;
      continue;
    }
    break;
  }
  if (a >= np.b) return undefined;
  // "at which point Theodorus": lowercase words before a name, with no determiner, are not its.
  // "analysts at Goldman Sachs": a plural of people before a preposition heads the subject (row
  // speaker.subject.people-before-preposition).
  let rule = np.rule;
  if (!stripped && !startsMention(ctx, a) && !(ctx.t.flags[a] & Flag.Cap)) {
    let m = a;
    while (m < np.b && !startsMention(ctx, m) && !DETERMINER_START.has(lower(ctx, m)) && ctx.t.kind[m] !== Kind.Poss)
      m++;
    if (m < np.b && startsMention(ctx, m)) {
      if (peopleBeforePreposition(ctx, a, np.b)) rule = PEOPLE_BEFORE_PREPOSITION.id;
      else a = m;
    }
  }
  if (stripped) {
    // "During the meeting the minister": after an adjunct, the subject starts at its last
    // determiner or at the last name.
    let s = a;
    for (let i = a + 1; i < np.b; i++) if (DETERMINER_START.has(lower(ctx, i)) || startsMention(ctx, i)) s = i;
    // "At the meeting residents", "During the meeting the head of the union" (row
    // speaker.subject.opening-adjunct-no-comma).
    // A later determiner that a preposition governs is the subject's own ("On Tuesday the head
    // of the union").
    const past = OPENING_NO_COMMA.value ? subjectPastAdjunct(ctx, a, np.b, true) : s;
    // Nothing found past the adjunct (`a`) while a name comes last: the name stands (review, stop
    // 56: "At a hearing in Boston Judge Ann Cole said"); "On Tuesday the head of the union" starts at `a`.
    // "In 2019 Smith and co-workers showed": a name joined by "and" opens the subject.
    let e = a;
    while (e < np.b && ctx.t.flags[e] & Flag.Cap) e++;
    const joined = s === a && e > a && e < np.b && lower(ctx, e) === 'and';
    if (past !== s && !joined && !(past === a && s > a && startsMention(ctx, s))) {
      s = past;
      rule = OPENING_NO_COMMA.id;
    }
    a = s;
  } else if (np.a - 1 >= 0 && openerBefore(ctx, np.a, ctx.cs.first[ctx.cs.of[np.a]])) {
    // "After the match the coach said": the walk stopped at the opener, so the adjunct's noun
    // phrase opens the subject (row speaker.subject.opening-adjunct-no-comma).
    const past = subjectPastAdjunct(ctx, a, np.b, false);
    if (past > a) {
      a = past;
      rule = OPENING_NO_COMMA.id;
    }
  } else if (openingParticiple(ctx, a, np.b)) {
    // "Asked about the deal the spokesman said" (row speaker.opening-participle-no-comma).
    const past = subjectPastAdjunct(ctx, a, np.b, false);
    if (past > a) {
      a = past;
      rule = OPENING_PARTICIPLE.id;
    }
  }
  return rule ? { a, b: np.b, rule } : { a, b: np.b };
}

const NO_COMMA_OPENERS: ReadonlySet<string> = new Set(OPENING_NO_COMMA.value.openers);
const NO_COMMA_PREPOSITIONS: ReadonlySet<string> = new Set(OPENING_NO_COMMA.value.prepositions);
const NO_COMMA_QUANTIFIERS: ReadonlySet<string> = new Set(OPENING_NO_COMMA.value.quantifiers);
const NO_COMMA_BEFORE_OPENER: ReadonlySet<string> = new Set(OPENING_NO_COMMA.value.beforeOpener);
/**
 * Row speaker.subject.opening-adjunct-no-comma: token `a - 1` is an opener ("after", "when") that
 * opens the sentence, or follows a comma or a sentence-opening "But"/"And" ("On the other hand,
 * when …", "But after the vote …").
 */
function openerBefore(ctx: CCtx, a: number, sentFirst: number): boolean {
  const o = a - 1;
  if (!OPENING_NO_COMMA.value || o < sentFirst || !NO_COMMA_OPENERS.has(lower(ctx, o))) return false;
  return (
    o === sentFirst ||
    isComma(ctx, o - 1) ||
    (o - 1 === sentFirst && NO_COMMA_BEFORE_OPENER.has(lower(ctx, o - 1))) ||
    // "Speaking after talks with X the chancellor said" (row speaker.subject.participle-then-opener).
    (o - 1 === sentFirst && PARTICIPLE_THEN_OPENER.value && openingParticiple(ctx, o - 1, o + 2))
  );
}

/**
 * Row speaker.subject.opening-adjunct-no-comma: where the subject starts in [a, b) when an opening
 * adjunct or clause before it has no comma ("the match the coach", "the meeting residents", "the
 * plant closed many workers"), or `a`. The first determiner or name after the adjunct's first word
 * that no preposition governs; else a plural of people ending the phrase, with a quantifier before
 * it. After a preposition (`objectFirst`: "At the meeting residents") the words before the plural
 * are its object; after an opener that may be a conjunction ("After the local residents said") a
 * plural is taken only past a quantifier or a finite verb ("When the plant closed many workers").
 */
function subjectPastAdjunct(ctx: CCtx, a: number, b: number, objectFirst: boolean): number {
  // "With the season over the manager said": an absolute phrase holds its own predicate, so the
  // last determiner or name that opens a phrase is the subject's (claims57f).
  const absolute = a > 0 && lower(ctx, a - 1) === 'with';
  let found = -1;
  for (let i = a + 1; i < b; i++) {
    const cap = ctx.t.flags[i] & Flag.Cap;
    if (!(DETERMINER_START.has(lower(ctx, i)) || startsMention(ctx, i) || cap)) continue;
    // "the death of the king the council", "the Fed meeting", "Ford and General Motors": a
    // determiner or name after a preposition, a determiner or a conjunction continues a phrase,
    // and so does a capital after a capital ("the National Organization of Black Law Enforcement
    // Executives", a study-fold speech) unless a name the text reads ends right before it ("In
    // Brussels EU officials", claims57f).
    const prev = lower(ctx, i - 1);
    const particle = absolute && NO_COMMA_WITH_PARTICLES.has(prev) && closesNoun(ctx, i - 2, a);
    if (ctx.t.kind[i - 1] !== Kind.Word || DETERMINER_START.has(prev)) continue;
    if (NO_COMMA_PREPOSITIONS.has(prev) && !particle) continue;
    if (cap && ctx.t.flags[i - 1] & Flag.Cap && !nameEndsBefore(ctx, i, a)) continue;
    // "most Congressmen": a quantifier before the name is the subject's; "senior Chinese
    // officials": so are its modifiers.
    let s = NO_COMMA_QUANTIFIERS.has(prev) && i - 1 > a ? i - 1 : cap ? modifiersBefore(ctx, a, i) : i;
    // "[On Monday] senior Chinese officials": modifiers alone before the name are the subject's.
    if (cap && s === i && allModifiers(ctx, a, i)) s = a;
    if (!absolute) return s;
    found = s;
  }
  if (found >= 0) return found;
  const last = b - 1;
  // A capitalised plural ends a name ("… of Black County Officials").
  // "In New York City police said" (row speaker.subject.opening-adjunct-no-comma.collective).
  if (
    last <= a ||
    ctx.t.kind[last] !== Kind.Word ||
    ctx.t.flags[last] & Flag.Cap ||
    !(pluralOfPeople(lower(ctx, last)) || NO_COMMA_COLLECTIVE.has(lower(ctx, last)))
  )
    return a;
  // "In Brussels the union leaders", "After the election local party officials": the plural's
  // own modifiers (claims57f).
  const head = modifiersBefore(ctx, a, last);
  const quantified = head - 1 > a && NO_COMMA_QUANTIFIERS.has(lower(ctx, head - 1));
  const s = quantified ? head - 1 : head;
  if (s - a < 2) return a;
  if (objectFirst || quantified || head < last) return s;
  // "When the plant closed many workers", "After months of talks negotiators": a finite verb or a
  // preposition ends what could be the subject's own modifiers.
  for (let i = a + 1; i < s; i++) {
    const w = lower(ctx, i);
    if (ctx.t.kind[i] === Kind.Word && (finiteForm(w, 5) || NO_COMMA_PREPOSITIONS.has(w))) return s;
  }
  return a;
}

const OPENING_PARTICIPLES: ReadonlySet<string> = new Set(OPENING_PARTICIPLE.value.participles);
const OPENING_AFTER_ING: ReadonlySet<string> = new Set(OPENING_PARTICIPLE.value.afterIng);
/**
 * Row speaker.opening-participle-no-comma: token `a` opens its sentence with a participle
 * of asking ("Asked about …") or a word in -ing before a preposition ("Speaking at …"), and a
 * phrase follows it within [a, b).
 */
function openingParticiple(ctx: CCtx, a: number, b: number): boolean {
  if (a + 2 >= b || a !== ctx.cs.first[ctx.cs.of[a]] || ctx.t.kind[a] !== Kind.Word || ctx.t.kind[a + 1] !== Kind.Word)
    return false;
  const w = lower(ctx, a);
  return OPENING_PARTICIPLES.has(w) || (w.endsWith('ing') && OPENING_AFTER_ING.has(lower(ctx, a + 1)));
}

const NO_COMMA_COLLECTIVE: ReadonlySet<string> = new Set(OPENING_ADJUNCT_COLLECTIVE.value);
const NO_COMMA_WITH_PARTICLES: ReadonlySet<string> = new Set(OPENING_NO_COMMA.value.withParticles);
const NO_COMMA_MODIFIERS: ReadonlySet<string> = new Set(OPENING_NO_COMMA.value.modifiers);
/** Token `k` (within the adjunct from `a`) is a word that ends a noun phrase: "the season [over]". */
function closesNoun(ctx: CCtx, k: number, a: number): boolean {
  if (k < a || ctx.t.kind[k] !== Kind.Word) return false;
  const w = lower(ctx, k);
  return !DETERMINER_START.has(w) && !NO_COMMA_PREPOSITIONS.has(w);
}

/** A name the text reads ends at token `i - 1`, and started within the adjunct from `a`. */
function nameEndsBefore(ctx: CCtx, i: number, a: number): boolean {
  for (let k = i - 1; k >= a; k--) if (startsMention(ctx, k)) return mentionEnd(ctx, k, i + 1) === i;
  return false;
}

/** Every token in [a, i) is a lowercase modifier of lexicon/words.ts or of the row. */
function allModifiers(ctx: CCtx, a: number, i: number): boolean {
  for (let k = a; k < i; k++) {
    const w = lower(ctx, k);
    if (ctx.t.kind[k] !== Kind.Word || !(NO_COMMA_MODIFIERS.has(w) || TITLE_MODIFIERS.has(w))) return false;
  }
  return i > a;
}

/**
 * Row speaker.subject.opening-adjunct-no-comma (claims57f): where the subject headed at `head`
 * starts, stepping back over its lowercase modifiers ("local party officials", "senior Chinese
 * officials", "union leaders") while the adjunct before them ends in a word of its own, not a
 * determiner or a preposition ("After the election", not "After the local residents said").
 */
function modifiersBefore(ctx: CCtx, a: number, head: number): number {
  let s = head;
  while (s - 1 > a && ctx.t.kind[s - 1] === Kind.Word && !(ctx.t.flags[s - 1] & Flag.Cap)) {
    const w = lower(ctx, s - 1);
    if (!(NO_COMMA_MODIFIERS.has(w) || TITLE_MODIFIERS.has(w) || ORG_DESCRIPTORS.has(w))) break;
    // The adjunct ends in a word of its own ("the election", "the court"), not a determiner or a preposition.
    if (s - 2 < a || !closesNoun(ctx, s - 2, a)) break;
    s--;
  }
  return s;
}

const POSSESSED: ReadonlySet<string> = new Set(DESCRIPTION_POSSESSED.value);
const RELATIVE_PRESENT_PRONOUNS: ReadonlySet<string> = new Set(RELATIVE_PRESENT.value.pronouns);
const LY_NOUN_WORDS: ReadonlySet<string> = new Set(LY_NOUNS.value);
/** "Her family", "The assembly": a word in -ly that heads the subject, not an adverb (row speaker.subject.ly-noun). */
function lyNoun(ctx: CCtx, j: number, sentFirst: number): boolean {
  if (LY_NOUN_WORDS.has(lower(ctx, j))) return true;
  return j > sentFirst && ctx.t.kind[j - 1] === Kind.Word && NP_DETERMINERS.has(lower(ctx, j - 1));
}

const PROGRESSIVE_BE: ReadonlySet<string> = new Set([...PROGRESSIVE_CUES.value.be, ...PROGRESSIVE_CLAUSE.value.be]);
const ASPECT_VERBS: ReadonlySet<string> = new Set(ASPECT_VERB.value);
const ARRIVED: ReadonlySet<string> = new Set(ARRIVED_BELIEF.value);
const FUTURE_BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', "'s", "'re", "'m", 'am']);
/** The noun phrase ending at token `end` (inclusive), walking left to a boundary. */
/**
 * Row speaker.citation-brackets: the token before the "[" of a bracketed run of numbers (and
 * the commas and dashes between them) closing at `close`, or `close` itself when it is no citation.
 */
function citationBefore(ctx: CCtx, close: number, sentFirst: number): number {
  const { maxTokens, separators } = CITATION_BRACKETS.value;
  for (let o = close - 1; o > sentFirst && o >= close - maxTokens; o--) {
    if (ctx.t.kind[o] === Kind.Num) continue;
    const c = ctx.text[ctx.t.start[o]];
    if (c === '[') return o < close - 1 ? o - 1 : close;
    if (ctx.t.kind[o] !== Kind.Punct || !separators.includes(c)) return close;
  }
  return close;
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(RELATIVE_PRONOUN_SUBJECT.value);
/**
 * Row speaker.subject.relative-pronoun: token `j` is a relative pronoun after a noun ("Documents
 * that", "the man who"): a capitalised word, a plural in -s or a word after a determiner, no auxiliary.
 */
function relativeBefore(ctx: CCtx, j: number, sentFirst: number): boolean {
  if (j - 1 < sentFirst || ctx.t.kind[j] !== Kind.Word || ctx.t.kind[j - 1] !== Kind.Word) return false;
  if (!RELATIVE_PRONOUNS.has(lower(ctx, j))) return false;
  const w = lower(ctx, j - 1);
  if (FINITE_AUXILIARIES.includes(w)) return false;
  return (
    (ctx.t.flags[j - 1] & Flag.Cap) !== 0 ||
    /[^s]s$/.test(w) ||
    (j - 2 >= sentFirst && DETERMINER_START.has(lower(ctx, j - 2)))
  );
}

// "Rarely does the ministry admit" (row guard.base-form.inverted-adverb).
const INVERSION_OPENERS: ReadonlySet<string> = new Set([...INVERTED_AUXILIARY.value.openers, ...INVERTED_ADVERB.value]);
const INVERTED_AUX: ReadonlySet<string> = new Set(INVERTED_AUXILIARY.value.auxiliaries);
/**
 * Row guard.base-form.inverted-auxiliary: the phrase from `a` to `j`, or the sentence a few words
 * before it, opens with "only", "not", "nor" or "neither", and the phrase holds "did/does/do" a few
 * words before `j`; the subject starts after it.
 */
function pastInvertedAuxiliary(ctx: CCtx, a: number, j: number, sentFirst: number): number {
  // "Only after the vote did the senator say": the opener may stand before a preposition's object.
  if (!INVERSION_OPENERS.has(lower(ctx, a)) && !(a - sentFirst <= 4 && INVERSION_OPENERS.has(lower(ctx, sentFirst))))
    return a;
  for (let k = j - 1; k > a && j - k <= INVERTED_AUXILIARY.value.subjectWords; k--)
    if (INVERTED_AUX.has(lower(ctx, k))) return k + 1;
  return a;
}

const LIGHT_VERBS: ReadonlySet<string> = new Set(EXTRAPOSED_RELATIVE.value.verbs);
const LIGHT_AUXILIARIES: ReadonlySet<string> = new Set(EXTRAPOSED_RELATIVE.value.auxiliaries);
/**
 * Row speaker.subject.extraposed-relative: token `j` is "that"/"which" right after a verb of coming
 * to light ("Documents have emerged that", "Records have come to light which"); the head noun
 * before the verb and its auxiliaries, or -1.
 */
export function extraposedHead(ctx: CCtx, j: number, sentFirst: number): number {
  const w = lower(ctx, j);
  if ((w !== 'that' && w !== 'which') || j - 2 < sentFirst || !LIGHT_VERBS.has(lower(ctx, j - 1))) return -1;
  if (lower(ctx, j - 1) === 'light' && lower(ctx, j - 2) !== 'to') return -1;
  let k = j - 2;
  let aux = 0;
  while (k >= sentFirst && ctx.t.kind[k] === Kind.Word && LIGHT_AUXILIARIES.has(lower(ctx, k))) {
    if (FINITE_AUXILIARIES.includes(lower(ctx, k)) || /^(have|has|had|came)$/.test(lower(ctx, k))) aux++;
    k--;
  }
  // A finite auxiliary must stand between ("have emerged"): "The board found that …" is its own frame.
  if (aux === 0 || k < sentFirst || ctx.t.kind[k] !== Kind.Word) return -1;
  // The head: a plural in -s or a capitalised word ("Documents", "Emails", "New records").
  const h = lower(ctx, k);
  return /[^s]s$/.test(h) || ctx.t.flags[k] & Flag.Cap ? k : -1;
}

/** Row speaker.subject.relative-pronoun: the head at `h` with a determiner and one modifier before it, if any. */
function nounBeforeRelative(ctx: CCtx, h: number, sentFirst: number): NP {
  for (let k = h - 1; k >= sentFirst && h - k <= 2 && ctx.t.kind[k] === Kind.Word; k--)
    if (NP_DETERMINERS.has(lower(ctx, k))) return { a: k, b: h + 1 };
  return { a: h, b: h + 1 };
}

export function npLeftOf(ctx: CCtx, end: number, sentFirst: number): NP | undefined {
  // "Sales fell, and the chief executive, Ann Lee, said" (row speaker.subject.after-coordinated-clause).
  sentFirst = afterCoordinatedClause(ctx, end, sentFirst);
  // "The consumer group Which? said": a mark glued to a capitalised word ends a name (row
  // speaker.subject.name-with-mark).
  if (markEndsName(ctx, end, sentFirst)) {
    const inner = npLeftOf(ctx, end - 1, sentFirst);
    return inner && inner.b === end ? { a: inner.a, b: end + 1 } : undefined;
  }
  let j = end;
  // Adverbs and auxiliaries between subject and cue ("Moreno again accused", "went on to claim").
  while (j >= sentFirst && ctx.t.kind[j] === Kind.Word) {
    const w = lower(ctx, j);
    // "The company is pleased to announce" (row cue.infinitive.stance): past the whole frame.
    const stance = w === 'to' ? stanceFrameStart(ctx, j, sentFirst) : -1;
    if (stance >= 0) {
      j = stance - 1;
      continue;
    }
    if (
      ADVERBS_BETWEEN.has(w) ||
      // "I should say", "we must say" (row speaker.subject.duty-modal): the speakers' own frame.
      (DUTY_MODALS.has(w) && j > sentFirst && /^(i|we)$/.test(lower(ctx, j - 1))) ||
      // "we can see that …" (row cue.phrasal.saw-that.can).
      // "Police can confirm that …" (row cue.modal.can-confirm).
      (j === end && canConfirmAt(ctx, j)) ||
      (w === CAN_SEE.modal &&
        j === end &&
        j + 2 < ctx.t.count &&
        lower(ctx, j + 1) === CAN_SEE.verb &&
        lower(ctx, j + 2) === CAN_SEE.particle) ||
      (w.endsWith('ly') && !(ctx.t.flags[j] & Flag.Cap) && !lyNoun(ctx, j, sentFirst)) ||
      w === 'to' ||
      w === 'went' ||
      w === 'on' ||
      w === 'go' ||
      w === 'goes' ||
      w === 'continued' ||
      // "Dean Harmon likes to say" (row guard.infinitive.habit).
      (HABIT_BEFORE_TO.has(w) && j + 1 < ctx.t.count && lower(ctx, j + 1) === 'to') ||
      // "Residents started saying", "began to complain" (row cue.aspect-verb).
      (ASPECT_VERBS.has(w) &&
        j + 1 < ctx.t.count &&
        (lower(ctx, j + 1) === 'to' || (j === end && lower(ctx, end + 1).endsWith('ing')))) ||
      // "These images are going to remind" (a future report, claims/cues.ts).
      (w === 'going' && j + 1 < ctx.t.count && lower(ctx, j + 1) === 'to') ||
      // "Investigators have come to believe" (row cue.infinitive.arrived-belief).
      (ARRIVED.has(w) && j + 1 < ctx.t.count && lower(ctx, j + 1) === 'to') ||
      (FUTURE_BE.has(w) && j + 1 < ctx.t.count && lower(ctx, j + 1) === 'going') ||
      // "Exporters are urging" (row cue.progressive).
      // "are now saying that …", "have been arguing that …" (row cue.progressive.clause): the
      // words between "be" and the cue were passed over as adverbs.
      (PROGRESSIVE_BE.has(w) && end + 1 < ctx.t.count && lower(ctx, end + 1).endsWith('ing'))
    ) {
      j--;
      continue;
    }
    break;
  }
  if (j < sentFirst) return undefined;
  // A numbered citation after the subject: "Coase [13,14] argues" (row speaker.citation-brackets).
  if (ctx.t.kind[j] === Kind.Punct && ctx.text.charCodeAt(ctx.t.start[j]) === 93) j = citationBefore(ctx, j, sentFirst);
  if (j < sentFirst) return undefined;
  // A parenthetical acronym after the subject: "… Service (NIS) said".
  if (ctx.t.kind[j] === Kind.Punct && ctx.text.charCodeAt(ctx.t.start[j]) === 41) {
    let o = j - 1;
    while (o > sentFirst && !(ctx.t.kind[o] === Kind.Punct && ctx.text.charCodeAt(ctx.t.start[o]) === 40)) o--;
    // "His campaign (which has spent $6 million on ads) says": an aside in brackets too.
    const aside = o + 1 < j && FW.bracketAsideOpeners.has(lower(ctx, o + 1));
    if (o > sentFirst && (j - o <= 4 || (aside && j - o <= 30))) j = o - 1;
  }
  // "Moody's said" (row speaker.subject.possessive-form-name): the mark ends a name read whole.
  if (ctx.t.kind[j] === Kind.Poss && POSSESSIVE_FORM_NAME.value) {
    // The mention index holds the name's words, not its mark.
    const m = j > sentFirst ? mentionAt(ctx, j - 1) : undefined;
    const first = m ? tokenAt(ctx, m.start) : -1;
    if (m && m.end === ctx.t.end[j] && first >= sentFirst && first < j)
      return { a: first, b: j + 1, rule: POSSESSIVE_FORM_NAME.id };
  }
  // Appositive or relative clause between commas: "Moreno, who …, recalled".
  if (ctx.t.kind[j] === Kind.Punct && ctx.text.charCodeAt(ctx.t.start[j]) === 44) {
    // "Maria Gonzalez, 52, a shop owner in El Paso, Texas, said": the subject opens the sentence.
    let f = sentFirst;
    while (f < j && ctx.t.kind[f] === Kind.Word && ARTICLES.has(lower(ctx, f))) f++;
    let e = f;
    while (e < j && !(ctx.t.kind[e] === Kind.Punct && ctx.text.charCodeAt(ctx.t.start[e]) === 44)) e++;
    // "Speaking to journalists in Kano, the chairman …, X, blamed": a participle clause is not.
    const participle =
      /(ing|ed)$/.test(lower(ctx, f)) &&
      f + 1 < e &&
      ctx.t.kind[f + 1] === Kind.Word &&
      !(ctx.t.flags[f + 1] & Flag.Cap);
    // "In a post on Facebook, Lunaris Space, which …, said", "On Monday, X, which …, said": an
    // opening adjunct is no subject (row speaker.subject.opening-segment.adjunct, claims36).
    const adjunct = ADJUNCT_PREPOSITIONS.has(lower(ctx, f));
    if (
      e < j &&
      e - f <= 5 &&
      e > f &&
      ctx.t.flags[f] & Flag.Cap &&
      ctx.t.flags[e - 1] & Flag.Cap &&
      !participle &&
      !adjunct
    )
      return { a: sentFirst, b: e };
    let c = j - 1;
    while (c >= sentFirst && !(ctx.t.kind[c] === Kind.Punct && ctx.text.charCodeAt(ctx.t.start[c]) === 44)) c--;
    if (c <= sentFirst) return undefined;
    const first = c + 1;
    const fw = lower(ctx, first);
    const isAside = !(ctx.t.flags[first] & Flag.Cap) || DETERMINERS.has(fw);
    // "Judge Miriam Castell in Portland, Oregon, wrote" (row speaker.subject.place-after-comma).
    const placeFrom = isAside ? -1 : placeSegmentAt(ctx, c, first, j, sentFirst);
    if (placeFrom >= 0) return npLeftOf(ctx, placeFrom - 1, sentFirst);
    // '"…," Lee-Anne Mulholland, Google's global head of regulatory affairs, said' (row
    // speaker.subject.name-before-possessed-description).
    if (!isAside && possessedDescription(ctx, first, j) && personEndingAt(ctx, c, sentFirst))
      return npLeftOf(ctx, c - 1, sentFirst);
    if (!isAside) {
      // "A lawyer for the developer, Castlegate Homes, told": the name in apposition is the body's
      // (row speaker.appositive.names-body-of-role).
      if (APPOSITIVE_NAMES_BODY.value && roleForBody(ctx, sentFirst, c) && bodyNameAt(ctx, first, j))
        return { a: sentFirst, b: c, rule: APPOSITIVE_NAMES_BODY.id };
      // "Relatives of the victim, Tom Price, said": the name is the victim's (row
      // speaker.noun-of-person.plural-head-appositive).
      if (pluralHeadAppositive(ctx, sentFirst, c)) return { a: sentFirst, b: c, rule: PLURAL_HEAD_APPOSITIVE.id };
      // "Malaysia's Prime Minister, Najib Razak said" has no comma before the cue; here the
      // segment itself is the speaker ("…, Jeff Rathke, said").
      return npLeftOf(ctx, j - 1, first);
    }
    return npLeftOf(ctx, c - 1, sentFirst);
  }
  // "farmers who say …", "anyone who thinks …": "who" right before the cue stands for the noun
  // phrase before it (row speaker.relative.restrictive).
  if (j === end && lower(ctx, j) === 'who' && j - 1 >= sentFirst && ctx.t.kind[j - 1] === Kind.Word) {
    const head = restrictiveAntecedent(ctx, j - 1, sentFirst);
    if (head) return head;
  }
  // "Documents that show", "Emails which show": the noun phrase before a relative pronoun, a
  // head with at most a determiner and one modifier (row speaker.subject.relative-pronoun).
  if (j === end && relativeBefore(ctx, j, sentFirst)) {
    const head = restrictiveAntecedent(ctx, j - 1, sentFirst) ?? nounBeforeRelative(ctx, j - 1, sentFirst);
    return { a: head.a, b: head.b, rule: RELATIVE_PRONOUN_SUBJECT.id };
  }
  // "Documents have emerged that show …": the relative clause moved past a verb of coming to
  // light (row speaker.subject.extraposed-relative).
  const moved = j === end ? extraposedHead(ctx, j, sentFirst) : -1;
  if (moved >= 0) {
    const head = nounBeforeRelative(ctx, moved, sentFirst);
    // "New records have come to light": a capitalised modifier opening the sentence.
    const a = head.a === moved && moved - 1 === sentFirst && ctx.t.kind[sentFirst] === Kind.Word ? sentFirst : head.a;
    return { a, b: head.b, rule: EXTRAPOSED_RELATIVE.id };
  }
  let a = j;
  while (a - 1 >= sentFirst && !isBoundary(ctx, a - 1) && j - a < 9) {
    const w = lower(ctx, a - 1);
    // "AT&T said": a word written against an ampersand is part of a name, even when it is spelt
    // like a stop word (row speaker.subject.ampersand-name).
    const ampersandName = a < j && beforeAmpersand(ctx, a - 1);
    if (ctx.t.kind[a - 1] === Kind.Word && STOP_LEFT.has(w) && !ampersandName) {
      // "Paris and Berlin also assume": a coordination of names is one subject.
      const nextCap =
        ctx.t.flags[a] & Flag.Cap || (lower(ctx, a) === 'the' && a + 1 <= j && ctx.t.flags[a + 1] & Flag.Cap);
      const shortPlural =
        w === 'and' && (a - 3 === sentFirst || a - 2 === sentFirst) && lower(ctx, a - 2).endsWith('s');
      // "A study of more than 30,000 nurses has found": "than" inside a quantity.
      if (w === 'than' && a - 2 >= sentFirst && FW.thanQuantity.has(lower(ctx, a - 2))) {
        a--;
        continue;
      }
      // "Duckworth and colleagues found": a name and its co-workers are one source.
      const colleagues =
        w === 'and' && a - 2 >= sentFirst && ctx.t.flags[a - 2] & Flag.Cap && COLLEAGUES.has(lower(ctx, a));
      if (!(
        w === 'and' &&
        a - 2 >= sentFirst &&
        ((ctx.t.flags[a - 2] & Flag.Cap && nextCap) || shortPlural || colleagues)
      ))
        break;
    }
    a--;
  }
  // "Only later did the board admit": the subject follows the moved auxiliary (row guard.base-form.inverted-auxiliary).
  a = pastInvertedAuxiliary(ctx, a, j, sentFirst);
  if (ctx.t.kind[j] !== Kind.Word && ctx.t.kind[j] !== Kind.Num) return undefined;
  // "X, who had told …": the relative pronoun stands for the name before the comma.
  if (
    j === a &&
    (lower(ctx, j) === 'who' || lower(ctx, j) === 'which') &&
    j - 2 >= sentFirst &&
    ctx.text.charCodeAt(ctx.t.start[j - 1]) === 44
  ) {
    // "Senator Jane Doe, a Democrat from Ohio, who said": past appositives to the person (row
    // speaker.relative.person-before-appositive).
    const person0 = lower(ctx, j) === 'who' ? personBeforeAppositives(ctx, j - 1, sentFirst) : undefined;
    if (person0) return person0;
    // The antecedent is the name (capitalised run) right before the comma.
    let c = j - 2;
    while (c - 1 >= sentFirst && ctx.t.kind[c - 1] === Kind.Word && ctx.t.flags[c - 1] & Flag.Cap) c--;
    if (ctx.t.flags[j - 2] & Flag.Cap) {
      c = nameStartCovering(ctx, c, j - 1, sentFirst);
      const person = lower(ctx, j) === 'who' ? personBeforeOf(ctx, c, sentFirst) : undefined;
      return person ?? { a: c, b: j - 1 };
    }
    return npLeftOf(ctx, j - 2, sentFirst);
  }
  // "The man who found the wallet said", "the country that vetoed the text said": the subject
  // is the noun phrase the relative clause belongs to.
  const rel = a - 1 > sentFirst ? lower(ctx, a - 1) : '';
  const verb = lower(ctx, a);
  if (
    (rel === 'who' || rel === 'that' || rel === 'which') &&
    ctx.t.kind[a] === Kind.Word &&
    !(ctx.t.flags[a] & Flag.Cap) &&
    (/ed$/.test(verb) ||
      RELATIVE_AUX.has(verb) ||
      (rel === 'who' && !NP_DETERMINERS.has(verb) && !SUBJECT_PRONOUNS.has(verb)) ||
      // "that began airing", "that represents farmers" (row speaker.subject.relative-that.finite).
      relativeFinite(ctx, a) ||
      // "Lawyers that represent the families" (row speaker.subject.relative-that.people).
      relativeThatPeople(ctx, rel, a, sentFirst))
  ) {
    const head = npLeftOf(ctx, a - 2, sentFirst);
    const first = head ? lower(ctx, head.a) : '';
    if (head && head.b === a - 1 && !STOP_LEFT.has(lower(ctx, head.b - 1))) {
      if (NP_DETERMINERS.has(first) || ctx.t.flags[head.a] & Flag.Cap)
        return relativeThatPeople(ctx, rel, a, sentFirst) && !relativeFinite(ctx, a) && !/ed$/.test(verb)
          ? { ...head, rule: RELATIVE_THAT_PEOPLE.id }
          : head;
      // "…, doctors who work there say." closing the sentence (row speaker.relative.bare-plural-head);
      // "…, residents who live nearby said on Monday." with a time after the verb (row
      // speaker.relative.bare-plural-head.time-after, claims43).
      if (
        head.b - head.a <= RELATIVE_BARE_PLURAL.value.maxWords &&
        pluralOfPeople(lower(ctx, head.b - 1)) &&
        head.a - 1 >= sentFirst &&
        isComma(ctx, head.a - 1)
      ) {
        if (endsTag(ctx, end + 2)) return { a: head.a, b: head.b, rule: RELATIVE_BARE_PLURAL.id };
        const time = BARE_PLURAL_TIME_AFTER.value ? plainTimeEnd(ctx, end + 2, ctx.t.count) : -1;
        if (time > end + 2 && endsTag(ctx, time)) return { a: head.a, b: head.b, rule: BARE_PLURAL_TIME_AFTER.id };
      }
    }
  }
  // "The group, which represents about 25,000 farmers, most of them women, blamed": a present-tense
  // relative clause after a comma is about the noun phrase before it (row speaker.subject.relative-present).
  if (
    RELATIVE_PRESENT_PRONOUNS.has(rel) &&
    a - 3 >= sentFirst &&
    ctx.t.kind[a - 2] === Kind.Punct &&
    ctx.text.charCodeAt(ctx.t.start[a - 2]) === 44 &&
    ctx.t.kind[a] === Kind.Word &&
    !(ctx.t.flags[a] & Flag.Cap) &&
    /[^s]s$/.test(verb)
  ) {
    const head = npLeftOf(ctx, a - 3, sentFirst);
    if (head && head.b === a - 2 && (NP_DETERMINERS.has(lower(ctx, head.a)) || ctx.t.flags[head.a] & Flag.Cap))
      return head;
  }
  // "Residents saw the mayor announce that …": the object of a verb of perception is the one who
  // speaks (row speaker.subject.after-perception-verb).
  for (let k = j - 1; k >= a; k--)
    if (
      ctx.t.kind[k] === Kind.Word &&
      PERCEPTION_VERBS.has(lower(ctx, k)) &&
      // "Documents seen by Reuters show": a passive participle, not a perceiver (row speaker.subject.seen-by).
      !(SEEN_SUBJECT.has(lower(ctx, k)) && k + 1 < j && lower(ctx, k + 1) === 'by')
    ) {
      a = k + 1;
      break;
    }
  // "By contrast local farmers say": the subject after an opening phrase must be plausible.
  let p = a;
  for (let q = pastOpeningPhrase(ctx, p, j + 1); q > p; q = pastOpeningPhrase(ctx, p, j + 1)) p = q;
  // "When the bills were introduced most lawmakers felt": the clause's verb is no part of the
  // subject (row speaker.subject.opening-adjunct-no-comma; trimSubject cuts it off).
  if (p === a && openerBefore(ctx, a, sentFirst)) p = subjectPastAdjunct(ctx, a, j + 1, false);
  // "Speaking to reporters in Geneva Red Cross officials said" (row speaker.opening-participle-no-comma).
  else if (p === a && openingParticiple(ctx, a, j + 1)) p = subjectPastAdjunct(ctx, a, j + 1, false);
  // "By Friday the union said": a sentence's opening "By" heads an adjunct, no passive's agent
  // (row speaker.subject.opening-by-no-comma).
  else if (p === a && a === sentFirst && p + 1 <= j && lower(ctx, p) === OPENING_BY_NO_COMMA.value) p = a + 1;
  if (!plausibleSubject(ctx, p, j + 1)) return undefined;
  // "The mayor, who was elected in 2019, and her deputy said" (row speaker.subject.coordinated-roles).
  const both = a - 1 > sentFirst ? coordinatedRolesStart(ctx, a - 1, sentFirst) : -1;
  if (both >= 0) return { a: both, b: j + 1, rule: COORDINATED_ROLES.id };
  return { a, b: j + 1 };
}

/**
 * Row speaker.subject.name-before-possessed-description: the segment [first, end) is capitalised
 * words, a possessive, then a lowercase word ("Google's global head of …", "Acme Bank's chief …").
 */
function possessedDescription(ctx: CCtx, first: number, end: number): boolean {
  if (!NAME_BEFORE_POSSESSED_DESCRIPTION.value) return false;
  let i = first;
  while (i < end && ctx.t.kind[i] === Kind.Word && ctx.t.flags[i] & Flag.Cap && i - first < 4) i++;
  return (
    i > first &&
    i + 1 < end &&
    ctx.t.kind[i] === Kind.Poss &&
    ctx.t.kind[i + 1] === Kind.Word &&
    !(ctx.t.flags[i + 1] & Flag.Cap)
  );
}

const PLACE_OPENERS: ReadonlySet<string> = new Set(PLACE_AFTER_COMMA.value);
/**
 * Row speaker.subject.place-after-comma: the capitalised segment [first, j) after the comma at `c`
 * ends a place opened by a preposition and a name of up to three words before `c` ("in
 * Portland, Oregon,"), when no person or organisation starts in the segment: the preposition's token, or -1.
 */
function placeSegmentAt(ctx: CCtx, c: number, first: number, j: number, sentFirst: number): number {
  if (j - first > 3 || !(ctx.t.flags[c - 1] & Flag.Cap)) return -1;
  // No person or organisation may start in the segment: "Sheriff Nanos", "Mrs Dunmore", "Arteta"
  // or "Lufthansa" after "in Pima County," / "of Arsenal," name the source (fix17b).
  for (let i = first; i < j; i++) {
    const m = mentionAt(ctx, i);
    if (m && ctx.entityById.get(m.entityId)?.type !== 'place') return -1;
  }
  let p = c - 1;
  while (p - 1 > sentFirst && c - p < 3 && ctx.t.kind[p - 1] === Kind.Word && ctx.t.flags[p - 1] & Flag.Cap) p--;
  return p - 1 > sentFirst && PLACE_OPENERS.has(lower(ctx, p - 1)) ? p - 1 : -1;
}

/**
 * Row speaker.relative.name-of: the first token of a found name that ends at token `end` and
 * starts at or before `c` within six tokens ("Swiss Academy of Sciences" for "Sciences"), else `c`.
 */
function nameStartCovering(ctx: CCtx, c: number, end: number, sentFirst: number): number {
  for (let i = c - 1; i >= sentFirst && i >= c - 6; i--) {
    const m = mentionAt(ctx, i);
    if (m && m.end === ctx.t.end[end - 1]) return i;
  }
  return c;
}

/**
 * The segment [first, end) is a name of another kind than a person's, or a capitalised run the
 * mention layer left unread whose first word is no given name (row speaker.appositive.names-body-of-role).
 */
function bodyNameAt(ctx: CCtx, first: number, end: number): boolean {
  const p = personEndingAt(ctx, end, first);
  if (p) return false;
  // A body's evidence: a body word in the name ("Castlegate Homes", "Skyway Air"), or a place.
  if (bodyWordIn(ctx, first, end) || placeEndingAt(ctx, end, first)) return true;
  // "A spokesman for the firm, Jarrah Kowalczyk, said": two capitalised words with no such
  // evidence are the person, whatever type the mention layer guessed from the role before them.
  if (end - first === 2 && ctx.t.flags[first] & Flag.Cap && ctx.t.flags[first + 1] & Flag.Cap) return false;
  return p === null || (p === undefined && !MALE.has(lower(ctx, first)) && !FEMALE.has(lower(ctx, first)));
}

/** A place mention ends right before token `end` (row speaker.appositive.names-body-of-role). */
function placeEndingAt(ctx: CCtx, end: number, first: number): boolean {
  for (let i = end - 1; i >= first; i--) {
    const m = mentionAt(ctx, i);
    if (m && m.end === ctx.t.end[end - 1]) return ctx.entityById.get(m.entityId)?.type === 'place';
  }
  return false;
}

const APPOSITIVE_WALK = RELATIVE_PAST_APPOSITIVE.value;
/** The person mention ending right before token `end`, as a phrase, or undefined (null when another kind of name ends there). */
function personEndingAt(ctx: CCtx, end: number, sentFirst: number): NP | null | undefined {
  for (let i = end - 1; i >= sentFirst && i >= end - 6; i--) {
    const m = mentionAt(ctx, i);
    if (m && m.end === ctx.t.end[end - 1])
      return ctx.entityById.get(m.entityId)?.type === 'person' ? { a: i, b: end } : null;
  }
  return undefined;
}
/**
 * "Senator Jane Doe, a Democrat from Ohio, who said", "Amanda Gorman, the young poet, wise
 * beyond her years, who told us": "who" after the comma at `comma` stands for the person before
 * one or more appositives opening in lower case; undefined when a person's name ends right before
 * the comma (read as before) or no person precedes the appositives.
 */
function personBeforeAppositives(ctx: CCtx, comma: number, sentFirst: number): NP | undefined {
  if (personEndingAt(ctx, comma, sentFirst)) return undefined;
  let end = comma;
  for (let seg = 0; seg < APPOSITIVE_WALK.segments; seg++) {
    let c = end - 1;
    while (c > sentFirst && !isComma(ctx, c) && end - c <= APPOSITIVE_WALK.segmentWords) c--;
    if (c <= sentFirst || !isComma(ctx, c) || c + 1 >= end) return undefined;
    if (ctx.t.kind[c + 1] !== Kind.Word || ctx.t.flags[c + 1] & Flag.Cap) return undefined;
    const person = personEndingAt(ctx, c, sentFirst);
    if (person) return person;
    end = c;
  }
  return undefined;
}

const PERSON_OF: ReadonlySet<string> = new Set(RELATIVE_NAME_OF.value.personOf);
/**
 * Row speaker.relative.name-of: "Professor Ruth Castellano of the University of Bologna, who …":
 * the person named right before "of/at/from (the)" and the institution at `c`.
 */
function personBeforeOf(ctx: CCtx, c: number, sentFirst: number): NP | undefined {
  let p = c - 1;
  if (p > sentFirst && lower(ctx, p) === 'the') p--;
  if (p - 1 < sentFirst || !PERSON_OF.has(lower(ctx, p))) return undefined;
  const endChar = ctx.t.end[p - 1];
  for (let i = p - 1; i >= sentFirst && i >= p - 4; i--) {
    const m = mentionAt(ctx, i);
    if (m && m.end === endChar) return ctx.entityById.get(m.entityId)?.type === 'person' ? { a: i, b: p } : undefined;
  }
  return undefined;
}

/**
 * Row guard.speaker.capitalised-run-not-description: "Majority Forward, its Democratic counterpart,
 * said" — every word capitalised, no determiner, the role word capitalised inside the phrase: a
 * name the mention layer missed, kept as written rather than linked to the last forward or counsel.
 */
function capitalisedRunNotDescription(ctx: CCtx, np: { a: number; b: number }): boolean {
  if (np.b - np.a < 2 || DETERMINERS.has(lower(ctx, np.a))) return false;
  for (let i = np.a; i < np.b; i++) if ((ctx.t.flags[i] & Flag.Cap) === 0) return false;
  return true;
}

const KIN_NOUNS: ReadonlySet<string> = new Set(KIN_OF_UNNAMED.value.kin);
const KIN_LINKS: ReadonlySet<string> = new Set(KIN_OF_UNNAMED.value.determiners);
/**
 * Row speaker.description.kin-of-unnamed: "the mother of the boy", "the widow of a miner": a
 * kinship noun right after the article, then "of" and a determiner.
 */
function kinOfUnnamed(ctx: CCtx, np: { a: number; b: number }): boolean {
  const a = np.a;
  return (
    a + 3 < np.b &&
    lower(ctx, a) === 'the' &&
    KIN_NOUNS.has(lower(ctx, a + 1)) &&
    lower(ctx, a + 2) === 'of' &&
    KIN_LINKS.has(lower(ctx, a + 3))
  );
}

const COUNTED: ReadonlySet<string> = new Set(COUNTED_OPENERS.value.counted);
const HEAD_ENDS: ReadonlySet<string> = new Set(COUNTED_OPENERS.value.headEnds);
/** Row speaker.describes-person.head-gender. */
const HEAD_FEMALE: ReadonlySet<string> = new Set(DESCRIBED_HEAD_GENDER.value.female);
const HEAD_MALE: ReadonlySet<string> = new Set(DESCRIBED_HEAD_GENDER.value.male);

/** A given name without its accents, as the gender lists spell it (row speaker.gender.folded-given-name). */
function foldedName(w: string): string {
  return /[^\p{ASCII}]/u.test(w) ? unaccented(w) : w;
}

const COMMON_PERSON_NOUNS: ReadonlySet<string> = new Set(PERSON_COMMON_NOUNS.value);
/** After a given name alone: a relative clause, an age or an apposition ("Aishah, 52,", "Pádraig, who …"). */
const AFTER_FIRST_NAME = /^,\s+(?:who\b|\d{1,3},|an?\s)/;

/**
 * Row speaker.pronoun.first-name-source: source `o`, one capitalised word the tagger did not name,
 * is a person known by a given name: one the gender lists hold (not only for the other gender),
 * or followed by a relative clause, an age or an apposition.
 */
function firstNameSource(ctx: CCtx, o: Speaker, gender: 'm' | 'f'): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(o.name) || o.name !== o.text) return false;
  const k = foldedName(o.name.toLowerCase());
  const female = FEMALE.has(k),
    male = MALE.has(k);
  if (gender === 'm' ? female && !male : male && !female) return false;
  if (female || male) return true;
  return !k.endsWith('s') && AFTER_FIRST_NAME.test(ctx.text.slice(o.end, o.end + 12));
}

/** An unnamed source described as one person of the pronoun's gender ("former engineer at the company"). */
function describesPerson(name: string, gender: 'm' | 'f'): boolean {
  const words = name.toLowerCase().split(/\s+/);
  if (words.length > 8 || COUNTED.has(words[0])) return false;
  // The head noun comes before any prepositional phrase: "former engineer at the company".
  const cut = words.findIndex((w) => HEAD_ENDS.has(w));
  const head = (cut < 0 ? words : words.slice(0, cut)).pop() ?? '';
  if ((gender === 'm' ? FEMALE_W : MALE_W).has(head)) return false;
  if ((gender === 'm' ? HEAD_FEMALE : HEAD_MALE).has(head)) return false;
  return (
    PERSON_DESCRIPTORS.has(head) ||
    // "One guest", "A neighbour" (row speaker.describes-person.common-nouns).
    COMMON_PERSON_NOUNS.has(head) ||
    personCompound(head, gender) ||
    // "employee", "nominee", "retiree": -ee nouns name people too.
    (/(er|or|ist|ian|ee)$/.test(head) && !NOT_AGENT.has(head) && !ORG_DESCRIPTORS.has(head))
  );
}

const COMPOUND_SUFFIXES = PERSON_COMPOUND_HEADS.value.suffixes;
const COMPOUND_NOT_PEOPLE: ReadonlySet<string> = new Set(PERSON_COMPOUND_HEADS.value.notPeople);
/** "watchman", "businesswoman", "salesperson": a compound naming one person (row speaker.description.person-compound). */
function personCompound(head: string, gender: 'm' | 'f'): boolean {
  if (COMPOUND_NOT_PEOPLE.has(head)) return false;
  for (const s of COMPOUND_SUFFIXES) {
    if (head.length < s.length + 3 || !head.endsWith(s)) continue;
    // "-woman" is she and "-man" he; the few "-man" titles used of women too ("chairman",
    // "spokesman") are person descriptors already. "-person" says nothing of gender.
    return s === 'person' || (s === 'woman') === (gender === 'f');
  }
  return false;
}

const SEEN: ReadonlySet<string> = new Set(SEEN_BY.value);

/** "Protesters seen by a Reuters reporter": the token of the participle before "by" after the head, or `np.b` (row speaker.seen-by.no-name-after). */
function seenByAt(ctx: CCtx, np: NP): number {
  for (let i = np.a + 1; i + 1 < np.b; i++)
    if (SEEN.has(lower(ctx, i)) && lower(ctx, i + 1) === SEEN_BY_NO_NAME_AFTER.value.by) return i;
  return np.b;
}

/**
 * An unnamed source described as people, one or several ("two people familiar with the plans",
 * "a spokeswoman for the office", "analysts"): a lowercase word before any prepositional phrase
 * names people.
 */
function describedAsPeople(name: string): boolean {
  // Capitalised words name something ("Joint Chiefs of Staff"); only a description's words count.
  const words = name.split(/\s+/).filter((w) => !/^\p{Lu}/u.test(w));
  const cut = words.findIndex((w) => HEAD_ENDS.has(w));
  return (cut < 0 ? words : words.slice(0, cut)).some(
    (w) =>
      UNNAMED_SOURCES.has(w) ||
      PERSON_DESCRIPTORS.has(w) ||
      (w.endsWith('s') && PERSON_DESCRIPTORS.has(w.slice(0, -1))),
  );
}
const UNNAMED_SOURCES: ReadonlySet<string> = new Set(UNNAMED_SOURCE_NOUNS.value);
const AIDE_NOUNS: ReadonlySet<string> = new Set(AIDE_TO.value);
const NEAR_WORDS: ReadonlySet<string> = new Set(NEAR_TO.value);
const VISITORS_TO_NOUNS: ReadonlySet<string> = new Set(VISITORS_TO.value);
const PORTFOLIO: ReadonlySet<string> = new Set(TITLE_OF_NAME.value);

/**
 * The word at `a` is a present in -s before a lowercase word or a name ("that backs Harris", row
 * speaker.subject.relative-name-object), or an irregular past (row speaker.subject.relative-that.finite).
 */
function relativeFinite(ctx: CCtx, a: number): boolean {
  const w = lower(ctx, a);
  if (IRREGULAR_PASTS.has(w)) return true;
  return (
    /[^su]s$/.test(w) &&
    !w.endsWith('is') &&
    a + 1 < ctx.t.count &&
    ctx.t.kind[a + 1] === Kind.Word &&
    (!(ctx.t.flags[a + 1] & Flag.Cap) ||
      startsMention(ctx, a + 1) ||
      // "that supports Governor Ann Reyes" (row speaker.subject.relative-name-object.titled).
      titledMentionAt(ctx, a + 1))
  );
}
/** Title words (at most two) and then a found name, from `i`: "Governor Ann Reyes", "Senator Tom Hale". */
function titledMentionAt(ctx: CCtx, i: number): boolean {
  for (let k = i; k < ctx.t.count && k - i < RELATIVE_TITLED.value.maxTitles; k++) {
    if (ctx.t.kind[k] !== Kind.Word || !TITLES.has(lower(ctx, k))) return false;
    if (startsMention(ctx, k + 1)) return true;
  }
  return false;
}
/** Auxiliaries that open a subject relative clause ("the courts that have looked at this"). */
const RELATIVE_AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could']);

const COLLEAGUES: ReadonlySet<string> = new Set(COLLEAGUES_AFTER_NAME.value);

const VERBISH = new Set(['am', ...FINITE_AUXILIARIES, 'be', 'been', 'and', 'or', 'to', 'by', 'upon', 'did', 'does']);

/** Rejects clause fragments as subjects ("having left the group", "handcuffed by the police were"). */
export function plausibleSubject(ctx: CCtx, a: number, b: number): boolean {
  const { t } = ctx;
  const first = lower(ctx, a);
  if (!(t.flags[a] & Flag.Cap) && /(ing|ed)$/.test(first) && !PERSON_DESCRIPTORS.has(first)) return false;
  for (let i = a; i < b; i++) {
    // "it's hard", "that's": a pronoun with a contracted verb is a clause.
    if (t.kind[i] === Kind.Poss && i > a && FW.contractedClause.has(lower(ctx, i - 1))) return false;
    if (t.kind[i] !== Kind.Word) continue;
    // "Will Danner said": a person's name is no verb (row speaker.subject.name-not-verb).
    const m = mentionAt(ctx, i);
    if (m && ctx.entityById.get(m.entityId)?.type === 'person') {
      i = mentionEnd(ctx, i, b) - 1;
      continue;
    }
    const w = lower(ctx, i);
    // "Aides to the two lawmakers", "an adviser to Ms. Rourke": "to" before a noun phrase.
    // "A source close to the company", "lawmakers loyal to the president": nearness or allegiance.
    const toNoun =
      w === 'to' &&
      i > a &&
      i + 1 < b &&
      (AIDE_NOUNS.has(lower(ctx, i - 1)) ||
        NEAR_WORDS.has(lower(ctx, i - 1)) ||
        // "Visitors to Italy's Amalfi Coast said" (row speaker.subject.visitors-to).
        VISITORS_TO_NOUNS.has(lower(ctx, i - 1)));
    // "A report by the authority": a work and its author.
    // "A letter signed by 40 lawmakers": a document, a participle of making it and its author
    // (row speaker.work-by.participle).
    const byAuthor =
      w === 'by' &&
      i > a &&
      i + 1 < b &&
      (WORKS.has(lower(ctx, i - 1)) ||
        (i > a + 1 && WORK_MADE.has(lower(ctx, i - 1)) && WORKS.has(lower(ctx, i - 2))) ||
        // "A summary by the inquiry said" (row speaker.work-by.readout).
        (WORK_BY_READOUT.value && READOUT_NOUNS.has(lower(ctx, i - 1))));
    // "Documents seen by Reuters": who saw the document (row speaker.subject.seen-by).
    const bySeer = w === 'by' && i > a + 1 && i + 1 < b && SEEN_SUBJECT.has(lower(ctx, i - 1));
    if (VERBISH.has(w) && !(w === 'and' && i > a && i + 1 < b) && !toNoun && !byAuthor && !bySeer) return false;
  }
  return true;
}

/**
 * "Secretary of the Commonwealth Laura Jennings", "Minister of State for Petroleum Resources
 * Ekperikpe Ekpo" read as one name: the token where the person's name starts inside mention `m`
 * when a title and "of (the)" stand before it and portfolio words (lexicon TITLE_OF_NAME) open
 * it, or one word then a known given name; at least two capitalised words must remain. Else -1.
 */
function portfolioName(ctx: CCtx, m: Mention): number {
  const { t } = ctx;
  const i = tokenAt(ctx, m.start);
  if (i < 2) return -1;
  let o = i - 1;
  if (lower(ctx, o) === 'the') o--;
  if (o < 1 || lower(ctx, o) !== 'of' || !TITLES.has(lower(ctx, o - 1))) return -1;
  let last = i;
  while (last + 1 < t.count && t.end[last + 1] <= m.end) last++;
  let g = i;
  while (g < last && (PORTFOLIO.has(lower(ctx, g)) || FW.portfolioJoiners.has(lower(ctx, g)))) g++;
  if (g === i && (FEMALE.has(lower(ctx, i + 1)) || MALE.has(lower(ctx, i + 1)))) g = i + 1;
  if (g === i || last - g < 1) return -1;
  for (let k = g; k <= last; k++) if (t.kind[k] !== Kind.Word || !(t.flags[k] & Flag.Cap)) return -1;
  return g;
}

/** The noun phrase starting at token `start`, walking right to a boundary. */
export function npRightOf(ctx: CCtx, start: number, sentEnd: number, stopAtPrep: boolean): NP | undefined {
  // "…, warned that Germany risked": a complement clause, not a source.
  if (start < sentEnd && ctx.t.kind[start] === Kind.Word && lower(ctx, start) === 'that') return undefined;
  let b = start;
  while (b < sentEnd && !isBoundary(ctx, b) && b - start < 10) {
    const w = lower(ctx, b);
    if (
      b > start &&
      stopAtPrep &&
      ctx.t.kind[b] === Kind.Word &&
      STOP_RIGHT.has(w) &&
      !(w === 'of' && ctx.t.flags[b + 1] & Flag.Cap) &&
      // "said a person familiar with the plans", "said a source close to the talks".
      !NEAR_WORDS.has(lower(ctx, b - 1)) &&
      !(w === 'with' && b + 1 < sentEnd && NEAR_WORDS.has(lower(ctx, b + 1)))
    )
      break;
    if (b > start && ctx.t.kind[b] === Kind.Word && (w === 'that' || w === 'who')) break;
    b++;
  }
  // "according to a study published on Wednesday in the Annals of Internal Medicine": the limit
  // does not cut a found name in two (row speaker.np-right.name-past-limit).
  if (b - start >= 10 && b < sentEnd)
    for (let i = b - 1; i > start && i >= b - NAME_PAST_LIMIT.value.maxExtra; i--) {
      const m = mentionAt(ctx, i);
      if (!m) continue;
      if (m.end > ctx.t.start[b]) b = mentionEnd(ctx, i, Math.min(sentEnd, b + NAME_PAST_LIMIT.value.maxExtra));
      break;
    }
  return b > start ? { a: start, b } : undefined;
}

/**
 * "published … in" stands between a source's head and token `i`: a venue, not the source ("a
 * report published by ProPublica" names its author, so "by" does not count).
 */
function publishedBefore(ctx: CCtx, a: number, i: number): boolean {
  let k = i - 1;
  if (k > a && lower(ctx, k) === 'the') k--;
  if (k <= a || lower(ctx, k) !== 'in') return false;
  for (let j = a + 1; j < k; j++) if (lower(ctx, j) === 'published') return true;
  return false;
}

const HYPHEN_TITLE = new RegExp(`^\\p{Lu}\\p{Ll}+-(?:${TITLE_HYPHENATED.value.seconds.join('|')}) (?=\\p{Lu})`, 'iu');

/**
 * How a speaker entity is written in a claim: its fuller entity, the name without labels, ranks or
 * hyphenated offices, and the explanations those cuts add. All of it depends on the entity and
 * the document only, and a document's claims name the same few speakers again and again, so it
 * is worked out once per entity (`namedAs`) instead of once per claim.
 */
interface NamedAs {
  entity: Entity;
  name: string;
  /** The explanations that come before the speaker row's own (post-nominal rank, hyphenated title). */
  before: string[];
  /** The label explanation that comes after it, when the name as written was cut. */
  label: string | undefined;
}
const NAMED_AS = new WeakMap<CCtx, Map<Entity, NamedAs>>();

function namedAs(ctx: CCtx, e0: Entity): NamedAs {
  let byEntity = NAMED_AS.get(ctx);
  if (!byEntity) NAMED_AS.set(ctx, (byEntity = new Map()));
  let n = byEntity.get(e0);
  if (!n) byEntity.set(e0, (n = readNamedAs(ctx, e0)));
  return n;
}

function readNamedAs(ctx: CCtx, e0: Entity): NamedAs {
  const e = fullerName(ctx, e0);
  const before: string[] = [];
  const labelled = e.type === 'person' && e.name.indexOf(' ') < 0 ? labelledNames(ctx).get(e.name) : undefined;
  let name = labelled ? labelled.slice(labelled.indexOf(' ') + 1) : withoutLabel(e);
  // "Helen Ashdown KC": counsel's rank is no part of the name (claims33, row speaker.name.post-nominal).
  const unranked = e.type === 'person' ? withoutPostNominal(name) : name;
  if (unranked !== name) {
    before.push(ruleWhy(POST_NOMINAL.id, name.slice(unranked.length).trim()));
    name = unranked;
  }
  // "Auditor-General Nancy Gathoni": a hyphenated office is a title (row speaker.name.hyphenated-title).
  const office = name.indexOf('-') > 0 ? HYPHEN_TITLE.exec(name) : null;
  if (office) {
    name = name.slice(office[0].length);
    before.push(ruleWhy(TITLE_HYPHENATED.id, office[0].trim()));
  }
  const label = labelled || name !== e.name ? ruleWhy(NAME_LABELS.id, labelled ?? e.name) : undefined;
  return { entity: e, name, before, label };
}

function named(ctx: CCtx, start: number, end: number, text: string, why: string[], e0: Entity, rule: string): Speaker {
  const { entity, name, before, label } = namedAs(ctx, e0);
  for (let k = 0; k < before.length; k++) why.push(before[k]);
  why.push(ruleWhy(rule, name));
  if (label !== undefined) why.push(label);
  return { start, end, text, name, entityId: entity.id };
}

/**
 * "Democrat Luis Ortega" read with its party label as a place or organisation, then "Ortega" as a
 * person: surname → the labelled name, for names of a given name and a surname
 * after a person label (lexicon NAME_LABELS). Once per document.
 */
const LABELLED = new WeakMap<CCtx, Map<string, string>>();
function labelledNames(ctx: CCtx): Map<string, string> {
  let m = LABELLED.get(ctx);
  if (m) return m;
  m = new Map();
  for (const x of ctx.entityById.values()) {
    if (x.type === 'person') continue;
    const words = x.name.split(' ');
    if (words.length < 3 || words.length > 4 || !LABELS.person.has(words[0].toLowerCase())) continue;
    if (!words.slice(1).every((w) => /^\p{Lu}/u.test(w))) continue;
    const given = words[1].toLowerCase();
    if (!FEMALE.has(given) && !MALE.has(given)) continue;
    m.set(words[words.length - 1], x.name);
  }
  LABELLED.set(ctx, m);
  return m;
}

/**
 * The fuller person entity whose name ends with this one's but for case: "De Wit" at a sentence
 * start is the "Pieter de Wit" named before, though coreference kept the capitalised particle apart. Person
 * names are indexed by every tail of two or more words, once per document.
 */
const TAILS = new WeakMap<CCtx, Map<string, Entity>>();
function fullerName(ctx: CCtx, e: Entity): Entity {
  if (e.type !== 'person' || e.name.indexOf(' ') < 0) return e;
  let tails = TAILS.get(ctx);
  if (!tails) {
    tails = new Map();
    for (const x of ctx.entityById.values()) {
      if (x.type !== 'person') continue;
      const words = x.name.toLowerCase().split(' ');
      for (let i = 1; i + 2 <= words.length; i++) {
        const key = words.slice(i).join(' ');
        if (!tails.has(key)) tails.set(key, x);
      }
    }
    TAILS.set(ctx, tails);
  }
  const fuller = tails.get(e.name.toLowerCase());
  // Only a particle capitalised at a sentence start ("De Wit" for "de Wit"): a tail written the
  // same way ("Al Marino" of a mis-tagged "State Al Marino") is a name of its own, unless it
  // opens with a lowercase particle (row speaker.name.particle-surname).
  if (!fuller || fuller === e) return e;
  if (!fuller.name.endsWith(' ' + e.name)) return fuller;
  return particleSurnameOf(ctx, e) ? fuller : e;
}

const PARTICLES = new Set(PARTICLE_SURNAME.value);
/** "van Wyk": a lowercase particle opens the name and one other person's name ends with it. */
function particleSurnameOf(ctx: CCtx, e: Entity): boolean {
  const sp = e.name.indexOf(' ');
  if (!/^\p{Ll}/u.test(e.name) || !PARTICLES.has(e.name.slice(0, sp))) return false;
  let n = 0;
  for (const x of ctx.entityById.values()) if (x !== e && x.type === 'person' && x.name.endsWith(' ' + e.name)) n++;
  return n === 1;
}

const LABELS = {
  person: new Set(NAME_LABELS.value.person),
  organization: new Set(NAME_LABELS.value.organization),
};

/** The entity's name without a label word the tagger joined to its front (lexicon NAME_LABELS). */
function withoutLabel(e: Entity): string {
  const labels = e.type === 'person' ? LABELS.person : e.type === 'organization' ? LABELS.organization : undefined;
  const sp = e.name.indexOf(' ');
  if (!labels || sp < 0 || !labels.has(e.name.slice(0, sp).toLowerCase())) return e.name;
  const rest = e.name.slice(sp + 1);
  return /^\p{Lu}/u.test(rest) ? rest : e.name;
}

function unresolvedAs(start: number, end: number, text: string, why: string[], rule: string): Speaker {
  why.push(ruleWhy(rule, 'unresolved'));
  return { start, end, text, name: text };
}

/** A capitalised word that may be a given name: not a title, party, demonym or name label. */
function givenLike(ctx: CCtx, i: number): boolean {
  const w = lower(ctx, i);
  return (
    w.length > 2 &&
    !TITLES.has(w) &&
    !TITLE_MODIFIERS.has(w) &&
    !PARTY.has(w) &&
    !LABELS.person.has(w) &&
    !NOT_SUBJECT.has(w) &&
    !PERSON_DESCRIPTORS.has(w) &&
    !isDemonym(ctx, ctx.text.slice(ctx.t.start[i], ctx.t.end[i])) &&
    /^\p{Lu}\p{Ll}+$/u.test(ctx.text.slice(ctx.t.start[i], ctx.t.end[i]))
  );
}

/**
 * Resolves a speaker phrase to who it names. `why` receives the rule that decided it
 * ("speaker.name", "speaker.pronoun.he → last speaker", "speaker.description → stated role").
 */
export function resolveSpeaker(ctx: CCtx, np: NP, state: SpeakerState, sent: number, why: string[]): Speaker {
  const { t } = ctx;
  np = withoutDocument(ctx, np);
  const issuer = documentIssuer(ctx, np);
  if (issuer) {
    why.push(DOCUMENT_FROM.id);
    if (READOUT_NOUNS.has(lower(ctx, issuer.a - 2)) || READOUT_NOUNS.has(lower(ctx, issuer.a - 3)))
      why.push(DOCUMENT_FROM_READOUT.id);
    np = issuer;
  }
  // "Senator Ann Reyes on Tuesday said": the time is when the source spoke (row
  // speaker.subject.trailing-time.named).
  np = withoutClosingTime(ctx, np);
  const start = t.start[np.a];
  let end = t.end[np.b - 1];
  // "I'll", "you’d", "they've": one token; the speaker is the pronoun, not its auxiliary.
  const contracted = np.b - np.a === 1 ? CONTRACTED_PRONOUN.exec(ctx.text.slice(start, end)) : null;
  if (contracted) end = start + contracted[1].length;
  const text = ctx.text.slice(start, end);
  // claims32's rows (claims/speaker-32.ts): "X said in a statement … . '…,' the statement said."
  const statement = statementNoun(ctx, np.a, np.b);
  const statementBy = statement ? statementSource(ctx, state, sent, statement) : undefined;
  if (statementBy === 'person')
    return named(ctx, start, end, text, why, ctx.entityById.get(state.lastPerson!)!, STATEMENT_OF_SOURCE.id);
  if (statementBy === 'other') {
    const o = state.lastOther!;
    why.push(ruleWhy(STATEMENT_OF_SOURCE.id, o.name ?? o.text));
    return { start, end, text, name: o.name ?? o.text, ...(o.entityId ? { entityId: o.entityId } : {}) };
  }
  // Named mentions inside the phrase: a person wins, then the first organisation or place.
  let person: Mention | undefined, other: Mention | undefined;
  let personTok = -1;
  let possessor = false;
  // "an internal memo seen by Reuters", "Protesters seen by a Reuters reporter": whoever saw the
  // source is not the source (rows speaker.seen-by, speaker.seen-by.no-name-after).
  // "A super PAC backing Harris": nor is a name the participle acts on (row speaker.subject.relative-name-object).
  // "aides to Senator Ann Reyes": nor is the person or body the people serve (row
  // speaker.subject.people-before-preposition); the phrase stands as written.
  const seenBy = peopleBeforePreposition(ctx, np.a, np.b)
    ? np.a
    : Math.min(seenByAt(ctx, np), participleObjectAt(ctx, np));
  for (let i = np.a; i < seenBy; i++) {
    const m = mentionAt(ctx, i);
    if (!m) continue;
    const type = ctx.entityById.get(m.entityId)?.type;
    // "a large trial published on Saturday in The New England Journal of Medicine": the venue neither.
    if (publishedBefore(ctx, np.a, i)) continue;
    // "the Duke of Edinburgh": the place a title holds is not the speaker (row speaker.title-of-place).
    if (type === 'place' && i - 2 >= np.a && lower(ctx, i - 1) === 'of' && TITLES_OF_PLACE.has(lower(ctx, i - 2))) {
      why.push(TITLE_OF_PLACE.id);
      continue;
    }
    // The token right after the mention, inside the subject.
    const after = tokenAfterMention(ctx, i, m, np.b);
    if (type === 'person') {
      // "Tom Price's lawyer": the person owns the speaker (row speaker.person-possessor-not-speaker).
      if (ownsNounAt(ctx, after, np.b) && personNounOrPlural(lower(ctx, possessedHead(ctx, after, np.b)))) {
        possessor = true;
        continue;
      }
      // "The family of Jane Doe": nor does a person a noun of people belongs to through "of" (row
      // speaker.person-possessor-not-speaker.noun-of-person).
      if (nounOfPerson(ctx, np.a, i)) {
        possessor = true;
        continue;
      }
      person = m;
      personTok = i;
    } else if (
      !other ||
      (i > np.a && isNounBefore(ctx, i - 1)) ||
      // "the U.S. Food and Drug Administration": a place right before an organisation's name.
      (ctx.entityById.get(other.entityId)?.type === 'place' &&
        type === 'organization' &&
        i > np.a &&
        ctx.t.end[i - 1] === other.end) ||
      // "U.S. chip designer Veritron Corp": a place modifying a lowercase noun before the name.
      (ctx.entityById.get(other.entityId)?.type === 'place' &&
        ctx.t.kind[i - 1] === Kind.Word &&
        !(ctx.t.flags[i - 1] & Flag.Cap) &&
        !FW.notModifiers.has(lower(ctx, i - 1)))
    ) {
      // "Industry group CarTech Europe": the name after a descriptor noun is the one it describes.
      // "South Korea's National Intelligence Service": the possessor is not the speaker.
      if (!(after < np.b && ctx.t.kind[after] === Kind.Poss)) other = m;
    }
  }
  if (possessor && !person) {
    why.push(ruleWhy(PERSON_POSSESSOR_NOT_SPEAKER.id, 'as written'));
    return { start, end, text, name: text.replace(/^(a|an|the)\s+/i, '') };
  }
  const head0 = lower(ctx, np.b - 1);
  // "A senior election official … said …. The official said …": the unnamed source just quoted.
  const o = state.lastOther;
  if (
    !person &&
    !other &&
    o &&
    !o.entityId &&
    np.b - np.a === 2 &&
    lower(ctx, np.a) === 'the' &&
    sent - state.lastOtherSent <= 3 &&
    (PERSON_DESCRIPTORS.has(head0) || PERSON_DESCRIPTORS.has(head0.replace(/s$/, '')) || UNNAMED_SOURCES.has(head0)) &&
    o.name.toLowerCase().split(/\s+/).includes(head0)
  ) {
    why.push(ruleWhy('speaker.description.unnamed', o.name));
    return { start, end, text, name: o.name };
  }
  // "two of the people said", "One of them said" (row speaker.description.partitive-source).
  if (!person && !other && o && !o.entityId && sent - state.lastOtherSent <= 3 && partOfGroup(ctx, np, o.name)) {
    why.push(ruleWhy(PARTITIVE_SOURCE.id, o.name));
    return { start, end, text, name: o.name };
  }
  // "Her husband said …" (row speaker.description.spouse-of-couple).
  if (!person && np.b - np.a === 2) {
    const spouse = spouseOpening(ctx, state, -1, undefined, np.a);
    if (spouse) {
      why.push(ruleWhy(SPOUSE_OF_COUPLE.id, spouse));
      return { start, end, text, name: spouse };
    }
  }
  // "the 52-year-old engineer" (row speaker.description.age-and-role).
  if (!person && AGE_ROLE.test(text)) {
    const e = personOfAgeRole(ctx, sent, text, start);
    if (e) return named(ctx, start, end, text, why, e, AGE_AND_ROLE.id);
  }
  // "the 45-year-old said": an age used as a noun describes the person just spoken of.
  if (!person && AGE_NOUN.test(text)) {
    const aged = personOfAge(ctx, parseInt(text.slice(text.search(/\d/)), 10));
    if (aged) return named(ctx, start, end, text, why, aged, AGE_INTRODUCED.id);
    const e = describe(ctx, np, state, sent);
    if (e) return named(ctx, start, end, text, why, e, 'speaker.description.age');
  }
  // "the Italian said": a demonym used as a noun describes a person.
  const demonymHead =
    np.b - np.a === 2 &&
    lower(ctx, np.a) === 'the' &&
    (ctx.t.flags[np.b - 1] & Flag.Cap) !== 0 &&
    isDemonym(ctx, ctx.text.slice(ctx.t.start[np.b - 1], ctx.t.end[np.b - 1]));
  // "the Republican said": the person the article calls one, or nobody.
  if (!person && PARTY.has(head0) && lower(ctx, np.a) === 'the' && np.b - np.a <= 3) {
    const e = describe(ctx, np, state, sent, true);
    if (e) return named(ctx, start, end, text, why, e, PARTY_WORDS.id);
    // Nobody is called one: the person just spoken of, unless the article gives them another party.
    const f = describe(ctx, np, state, sent);
    if (f && f.type === 'person' && !otherParty(f, state, head0))
      return named(ctx, start, end, text, why, f, PARTY_LAST_PERSON.id);
    why.push(ruleWhy(PARTY_WORDS.id, 'unresolved'));
    return { start, end, text, name: text.replace(/^the\s+/i, '') };
  }
  // "Supporters of the senator said": the same with a description after "of" (row
  // speaker.subject.stance-people-of.description).
  if (!person && !other && STANCE_OF_DESCRIPTION.value && stanceOfDescription(ctx, np)) {
    why.push(ruleWhy(STANCE_OF_DESCRIPTION.id, 'as written'));
    return { start, end, text, name: text.replace(/^the\s+/i, '') };
  }
  // "The mother of the boy said": a relative of someone unnamed, never the person named before.
  if (!person && kinOfUnnamed(ctx, np)) {
    why.push(ruleWhy(KIN_OF_UNNAMED.id, 'as written'));
    return { start, end, text, name: text.replace(/^the\s+/i, '') };
  }
  const describes =
    !person &&
    (PERSON_DESCRIPTORS.has(head0) || demonymHead || agentNoun(ctx, np)) &&
    !INDEFINITE.has(lower(ctx, np.a)) &&
    !pluralBeforeHead(ctx, np);
  if (describes && capitalisedRunNotDescription(ctx, np)) {
    why.push(CAPITALISED_RUN_NOT_DESCRIPTION.id);
    return { start, end, text, name: text };
  }
  if (describes) {
    const again = lower(ctx, np.a) === 'the' ? describedBefore(ctx, np, state, sent) : undefined;
    if (again) return named(ctx, start, end, text, why, again, DESCRIPTION_SAME_AGAIN.id);
    const e = describe(ctx, np, state, sent, false, np, why);
    if (e && lower(ctx, np.a) === 'the' && e.type === 'person')
      (state.descriptions ??= new Map()).set(text.toLowerCase(), { id: e.id, sent });
    if (e) return named(ctx, start, end, text, why, e, 'speaker.description');
  }
  if (!person) {
    const holder = compoundRoleHolder(ctx, np, state, sent);
    if (holder) return named(ctx, start, end, text, why, holder, PERSON_COMPOUND_HEADS.id);
  }
  // "The chief executive of Altura Semiconductor believes …": the office holder, when the article
  // gives someone that role or names the holder next; otherwise the organisation stands.
  if (!person && lower(ctx, np.a) === 'the') {
    let o = np.a + 1;
    while (
      o < np.b &&
      o - np.a <= 4 &&
      ctx.t.kind[o] === Kind.Word &&
      !(ctx.t.flags[o] & Flag.Cap) &&
      lower(ctx, o) !== 'of'
    )
      o++;
    if (o > np.a + 1 && o < np.b && lower(ctx, o) === 'of' && PERSON_DESCRIPTORS.has(lower(ctx, o - 1))) {
      // "…, said the leader of the council. Ann Cole, a nurse, said …": the office goes to a person
      // named only after it when that naming repeats the whole description (row
      // speaker.description.look-ahead.same-description, claims43).
      const e = describe(ctx, { a: np.a, b: o }, state, sent, true, np, why);
      if (e) return named(ctx, start, end, text, why, e, 'speaker.description.office');
    }
  }
  // "Wirrandi elder Ruby Carter" where the tagger kept only "Carter", which coreference joined to
  // "Daniel Carter": a given name written before the surname, not the entity's own, is another
  // person of that surname; the speaker is the name as written.
  if (person && personTok > np.a && ctx.text.slice(person.start, person.end).indexOf(' ') < 0) {
    const g = personTok - 1;
    const given = lower(ctx, g);
    const e = ctx.entityById.get(person.entityId)!;
    if (
      t.kind[g] === Kind.Word &&
      t.flags[g] & Flag.Cap &&
      !startsMention(ctx, g) &&
      (FEMALE.has(given) || MALE.has(given) || givenLike(ctx, g)) &&
      e.name.indexOf(' ') > 0 &&
      e.name.toLowerCase().split(/\s+/)[0] !== given
    ) {
      why.push(ruleWhy('speaker.given-name', 'as written'));
      const name = ctx.text.slice(t.start[g], person.end);
      return { start, end, text, name };
    }
  }
  // "U.S. officials said", "Passengers at Frankfurt airport said": a place modifies the head
  // noun; the source is the people described, not the place.
  // "One employee in the company's Denver office": a name after a possessive modifies the noun too.
  const otherTok = other ? tokenAt(ctx, other.start) : -1;
  // "U.S. officials on Monday said": the head is read before a trailing time (row
  // speaker.subject.place-modifier.trailing-time).
  const headEnd = other !== undefined && !person ? trailingAdjunct(ctx, np) : np.b;
  const placeOnly =
    !person &&
    other !== undefined &&
    ((ctx.entityById.get(other.entityId)?.type === 'place' && peopleOfPlace(ctx, np.a, otherTok, why)) ||
      ((ctx.entityById.get(other.entityId)?.type === 'place' ||
        (otherTok > np.a && t.kind[otherTok - 1] === Kind.Poss)) &&
        t.kind[headEnd - 1] === Kind.Word &&
        !(t.flags[headEnd - 1] & Flag.Cap) &&
        t.start[headEnd - 1] >= other.end));
  // "A Superior Court judge in Fulton County ruled that …": a court's judge speaks for herself
  // (row speaker.subject.court-role-as-written, claims44).
  if (!person && other && courtRoleAfter(ctx, other, np)) {
    why.push(ruleWhy(COURT_ROLE.id, 'as written'));
    return { start, end, text, name: text.replace(/^(a|an|the)\s+/i, '') };
  }
  const titled = person ?? other;
  if (titled) {
    const g = portfolioName(ctx, titled);
    if (g >= 0) {
      const name = ctx.text.slice(t.start[g], titled.end);
      why.push(ruleWhy(TITLE_OF_NAME.id, name));
      return { start, end, text, name };
    }
  }
  // "Critics of Vladimir Putin said": the critics speak, not the one they criticise (row
  // speaker.subject.stance-people-of).
  if (person && stancePeopleOf(ctx, np.a, personTok)) {
    why.push(ruleWhy(STANCE_PEOPLE_OF.id, 'as written'));
    return { start, end, text, name: text.replace(/^the\s+/i, '') };
  }
  // "The U.S. Marines said": a place before capitalised words no mention holds names a body of
  // that place, as written (row speaker.subject.place-modifier.capitalised-head-folds).
  if (!person && other && !placeOnly && PLACE_CAPITALISED_HEAD.value) {
    const tail = capitalisedAfterPlace(ctx, other, otherTok, headEnd);
    if (tail > 0) {
      const name = ctx.text.slice(other.start, t.end[tail - 1]);
      why.push(ruleWhy(PLACE_CAPITALISED_HEAD.id, name));
      return { start, end, text, name };
    }
  }
  const pick = person ?? (placeOnly ? undefined : other);
  if (pick) return named(ctx, start, end, text, why, ctx.entityById.get(pick.entityId)!, 'speaker.name');
  const first = contracted ? contracted[1].toLowerCase() : lower(ctx, np.a);
  const single = np.b - np.a === 1;
  // "According to his report, …": the person "he" would be (row speaker.possessive-document).
  if (np.b - np.a === 2 && (first === 'his' || first === 'her') && OWN_DOCUMENTS.has(lower(ctx, np.a + 1))) {
    const id = pronounReferent(ctx, state, sent, first === 'his' ? 'm' : 'f', start, why);
    const e = id ? ctx.entityById.get(id) : undefined;
    if (e) return named(ctx, start, end, text, why, e, POSSESSIVE_DOCUMENT.id);
  }
  if (single && (PRONOUN_HE.value.words.includes(first) || PRONOUN_SHE.value.words.includes(first))) {
    const row = PRONOUN_HE.value.words.includes(first) ? PRONOUN_HE : PRONOUN_SHE;
    // "A former engineer at the company … said …. "Nobody called," he said.": an unnamed person
    // who spoke in the sentence before, after any named one, is who the pronoun stands for.
    const o = state.lastOther;
    // '"Nobody told us anything. We found out on Twitter," she said.': the sentences of one
    // quotation count as one.
    const gap = sent - state.lastOtherSent;
    // "A spokesman for the agency said …": one person of this gender speaking for a body, resolved
    // to the body (row speaker.pronoun.body-spokesperson).
    const forBody =
      !!o?.entityId &&
      ctx.entityById.get(o.entityId)?.type === 'organization' &&
      describesPerson(o.text.replace(/^(?:a|an|the|one)\s+/i, ''), row.value.gender!);
    const unnamedNear =
      o &&
      (!o.entityId || forBody) &&
      (gap <= 1 || (gap === 2 && opensInQuote(ctx, sent - 1))) &&
      state.lastOtherSent > state.lastPersonSent;
    if (unnamedNear && forBody) {
      why.push(ruleWhy(BODY_SPOKESPERSON.id, o.text));
      return { start, end, text, name: o.name, entityId: o.entityId };
    }
    // "Pádraig, who runs a café, said …": a resident named by a given name alone (row speaker.pronoun.first-name-source).
    const firstName =
      unnamedNear && !describesPerson(o.name, row.value.gender!) && firstNameSource(ctx, o, row.value.gender!);
    if (unnamedNear && (firstName || describesPerson(o.name, row.value.gender!))) {
      why.push(ruleWhy(row.id, o.name));
      if (firstName) why.push(ruleWhy(FIRST_NAME_SOURCE.id, o.name));
      // --explain names the compound row when it is what made the head a person ("watchman").
      const head = o.name.toLowerCase().split(/\s+/).pop() ?? '';
      if (!PERSON_DESCRIPTORS.has(head) && personCompound(head, row.value.gender!))
        why.push(ruleWhy(PERSON_COMPOUND_HEADS.id, head));
      return { start, end, text, name: o.name };
    }
    // "Her husband was blunter. He said …" (row speaker.description.spouse-of-couple).
    const spouse = sent > 0 ? spouseOpening(ctx, state, sent - 1, row.value.gender!) : undefined;
    if (spouse) {
      why.push(ruleWhy(SPOUSE_OF_COUPLE.id, spouse));
      return { start, end, text, name: spouse };
    }
    const id = pronounReferent(ctx, state, sent, row.value.gender!, start, why);
    const e = id ? ctx.entityById.get(id) : undefined;
    if (e) return named(ctx, start, end, text, why, e, row.id);
    // "a 23-year-old from Lyngen named Eirik Haugland … he says" (claims32, claims/speaker-32.ts).
    const introduced =
      namedIntroduced(ctx, sent, start, (w) => PERSON_DESCRIPTORS.has(w)) ??
      introducedBefore(state, sent, row.value.gender!, (id) => ctx.entityById.get(id)?.type === 'person');
    return introduced
      ? named(ctx, start, end, text, why, ctx.entityById.get(introduced)!, NAMED_INTRODUCED.id)
      : unresolvedAs(start, end, text, why, row.id);
  }
  if (single && PRONOUN_SELF.value.words.includes(first)) {
    why.push(ruleWhy(PRONOUN_SELF.id, 'as written'));
    return { start, end, text, name: text };
  }
  if (single && PRONOUN_IT.value.words.includes(first)) {
    // "The study, led by …, analysed … . It found …": the study the sentence before was about.
    const study = sent > 0 && sent - 1 > state.lastOtherSent ? researchSubject(ctx, sent - 1) : undefined;
    if (study) {
      why.push(ruleWhy(PRONOUN_IT_RESEARCH_SUBJECT.id, study));
      return { start, end, text, name: study };
    }
    // "The health ministry said …, which it blames on …": the body the sentence opens with (row
    // speaker.pronoun.it.own-sentence-subject-folds).
    const own = ownSubjectBody(ctx, sent, np.a);
    if (own) {
      why.push(ruleWhy(IT_OWN_SUBJECT.id, typeof own === 'string' ? own : own.name));
      return typeof own === 'string'
        ? { start, end, text, name: own }
        : named(ctx, start, end, text, why, own, PRONOUN_IT.id);
    }
    // "It said …": the organisation that spoke last, or the one just named. A document that spoke
    // last issues no statement (row speaker.pronoun.it.statement-not-document).
    const other = state.lastOther;
    const documentCannotState = !!other && !other.entityId && isDocument(other.name) && inStatement(ctx, sent);
    if (documentCannotState) why.push(ruleWhy(PRONOUN_IT_STATEMENT_NOT_DOCUMENT.id, other.name));
    // "The Environment Agency has issued … . It urged …": the organisation opening the sentence
    // before, in which nobody spoke (row speaker.pronoun.it.named-body-subject).
    const subject = sent > 0 && sent - 1 > state.lastOtherSent ? namedBodySubject(ctx, sent - 1) : undefined;
    if (subject) return named(ctx, start, end, text, why, subject, PRONOUN_IT_NAMED_BODY_SUBJECT.id);
    if (other && sent - state.lastOtherSent <= 2 && !documentCannotState) {
      const e = other.entityId ? ctx.entityById.get(other.entityId) : undefined;
      // A place that spoke ("Russia said …", "The Royal Crescent Hotel said …") acts as an organisation.
      if (e && e.type !== 'person') return named(ctx, start, end, text, why, e, PRONOUN_IT.id);
      // A source the engine did not name as an entity ("Coastline Leisure", "the agency"), unless
      // it is described as people ("two people familiar with the plans": row speaker.pronoun.it.not-people).
      if (!e && !describedAsPeople(other.name)) {
        why.push(ruleWhy(PRONOUN_IT.id, other.name));
        return { start, end, text, name: other.name };
      }
    }
    const org = recentOrg(ctx, sent, start, undefined, 2);
    if (org) return named(ctx, start, end, text, why, ctx.entityById.get(org.entityId)!, PRONOUN_IT.id);
    // "The regulator examined the accounts. It found that …" (row speaker.pronoun.it.body-subject).
    const body = sent > 0 && sent - 1 > state.lastOtherSent ? bodySubject(ctx, sent - 1) : undefined;
    if (body) {
      why.push(ruleWhy(PRONOUN_IT_BODY_SUBJECT.id, body));
      return { start, end, text, name: body };
    }
    return unresolvedAs(start, end, text, why, PRONOUN_IT.id);
  }
  if (single && first === 'they') {
    // "Ray and Donna Kowalski … . They said …", "The Reyes couple … . They said …".
    const couple = sent > 0 && !speaksOfPair(ctx, sent, np.b) ? coupleIn(ctx, sent - 1) : undefined;
    if (couple) {
      why.push(ruleWhy(PRONOUN_THEY_COUPLE.id, couple));
      return { start, end, text, name: couple };
    }
    // "The researchers, led by X of the University of Y, drilled cores. In the paper, they wrote
    // …": people described in the plural as the subject of the sentence before, who said
    // nothing there, outrank an organisation named inside the description.
    const group = sent > 0 && sent - 1 > state.lastOtherSent ? pluralSubject(ctx, sent - 1) : undefined;
    if (group) {
      why.push(ruleWhy(PRONOUN_THEY.id, group));
      // "Hundreds of supporters …" (row speaker.pronoun.they.counted-group).
      if (COUNTED_GROUP.has(group.split(' ')[0].toLowerCase())) why.push(THEY_COUNTED_GROUP.id);
      return { start, end, text, name: group };
    }
    // "Analysts at X said … they wrote": a group's claim continues.
    if (state.lastOther && sent - state.lastOtherSent <= 2) {
      const people = peopleOfBody(state.lastOther);
      if (people) {
        why.push(ruleWhy(PRONOUN_THEY_PEOPLE_OF_BODY.id, people));
        return { start, end, text, name: people };
      }
      why.push(ruleWhy(PRONOUN_THEY.id, state.lastOther.name));
      return {
        start,
        end,
        text,
        name: state.lastOther.name,
        ...(state.lastOther.entityId ? { entityId: state.lastOther.entityId } : {}),
      };
    }
    // "Anna Lee and Tom Hart founded the firm. They said …": a coordinated pair of people before.
    const pair = sent > 0 ? personPair(ctx, sent - 1) : undefined;
    const e = pair ? ctx.entityById.get(pair) : undefined;
    if (e) return named(ctx, start, end, text, why, e, PRONOUN_THEY.id);
    const org = recentOrg(ctx, sent, start, undefined, 1);
    return org
      ? named(ctx, start, end, text, why, ctx.entityById.get(org.entityId)!, PRONOUN_THEY.id)
      : unresolvedAs(start, end, text, why, PRONOUN_THEY.id);
  }
  // "according to its latest figures": the organisation named before.
  if ((first === 'its' || first === 'their') && np.b - np.a <= 5) {
    const org = recentOrg(ctx, sent, start, undefined);
    if (org) return named(ctx, start, end, text, why, ctx.entityById.get(org.entityId)!, 'speaker.possessive-org');
  }
  // "'…,' the witness said": the person giving evidence (claims33, claims/speaker-33.ts).
  const witness = isWitness(ctx, np.a, np.b) ? witnessOf(ctx, state, sent) : undefined;
  if (witness) return named(ctx, start, end, text, why, ctx.entityById.get(witness)!, WITNESS.id);
  // Definite descriptions: "the Russian leader", "Russia's long-standing leader".
  const head = lower(ctx, np.b - 1);
  if (PERSON_DESCRIPTORS.has(head) && !INDEFINITE.has(first) && !pluralBeforeHead(ctx, np)) {
    const e = describe(ctx, np, state, sent);
    if (e) return named(ctx, start, end, text, why, e, 'speaker.description');
  }
  // "the agency said": the most recent organisation, preferring one named with that head.
  // "The packaged food maker" (row speaker.description.organization.firm-long-kind, claims36).
  const longFirm = np.b - np.a > 3 && firmLongKind(ctx, np);
  if (longFirm && ORG_DESCRIPTORS.has(head)) why.push(FIRM_LONG_KIND.id);
  if (
    (ORG_DESCRIPTORS.has(head) || REGULATOR_HEADS.has(head)) &&
    (first === 'the' || first === 'its') &&
    (np.b - np.a <= 3 || longFirm)
  ) {
    // A closing tag ("…, the consumer goods group said") may stand for the sentence's subject.
    const closing = np.a > ctx.cs.first[sent] && isComma(ctx, np.a - 1);
    const best = recentOrg(ctx, sent, start, head, 6, state.spoke, why, closing);
    // "A port authority spokeswoman said …. The authority estimated …": the body an unnamed
    // source was just described by, unless an organisation is named with that head.
    const body = bodyOfLastSource(state, sent, head);
    const headNamed = !!best && ctx.entityById.get(best.entityId)!.name.toLowerCase().includes(head);
    if (body && !headNamed) {
      why.push(ruleWhy(DESCRIPTION_BODY_OF_SOURCE.id, body));
      return { start, end, text, name: body };
    }
    // "Colorline Supply, which is based in Columbus, said … . The company said …": the named
    // source of the sentence before, though no entity was found for it (row
    // speaker.description.organization.last-named-source).
    const o = state.lastOther;
    if (
      !headNamed &&
      o &&
      !o.entityId &&
      sent - state.lastOtherSent === 1 &&
      state.lastPersonSent < state.lastOtherSent &&
      /^\p{Lu}\p{Ll}/u.test(o.text) &&
      o.text.indexOf(' ') > 0 &&
      o.text.split(' ').every((w) => /^\p{Lu}/u.test(w) || NAME_JOINERS.has(w)) &&
      !ARTICLES.has(o.text.slice(0, o.text.indexOf(' ')).toLowerCase()) &&
      !QUANTIFIED.has(o.text.slice(0, o.text.indexOf(' ')).toLowerCase()) &&
      !describedAsPeople(o.name)
    ) {
      why.push(ruleWhy(DESCRIPTION_LAST_NAMED_SOURCE.id, o.name));
      return { start, end, text, name: o.name };
    }
    // "British retailer Harrow and Finch … The group said …" (claims33, claims/speaker-33.ts): a
    // firm named after its kind, nearer than the organisation found or covering more of it (when
    // it is that organisation's whole mention, the organisation stays, with its entity).
    const firm = headNamed ? undefined : firmAfterKind(ctx, sent, start);
    // A piece of the firm's name found since ("Harrow and Finch said …": the tagger's "Harrow") is the firm too.
    const piece =
      !!firm &&
      !!best &&
      firm.name !== best.text &&
      (firm.name.startsWith(best.text + ' ') || firm.name.endsWith(' ' + best.text));
    // A nearer firm wins only if it spoke itself ("Rival grocer Bellamy Pratt said …").
    if (
      firm &&
      (!best ||
        piece ||
        (firm.end === best.end && firm.start < best.start) ||
        (firm.end > best.end && firmSpoke(ctx, state, firm)))
    ) {
      why.push(ruleWhy(FIRM_AFTER_KIND.id, firm.name));
      return { start, end, text, name: firm.name };
    }
    // "Philip Morris said … The company said …" (claims34, claims/speaker-34.ts): with no
    // organisation in reach, a firm named alone that the tagger typed a person.
    const alone = best || headNamed || !firmHead(head) ? undefined : firmNamedAlone(ctx, state, sent);
    if (alone) {
      const name = ctx.entityById.get(alone)!.name;
      why.push(ruleWhy(FIRM_NAMED_ALONE.id, name));
      return { start, end, text, name };
    }
    // "Kazakhstan's central bank … said … . The bank said …" (claims32, claims/speaker-32.ts).
    // "The World Health Organization … . …, the department said.": an organisation whose name
    // ends in another body noun is not "the department" (row
    // speaker.description.organization.unnamed-body-other-kind).
    const otherKind =
      !!best && UNNAMED_BODY_OTHER_KIND.value && endsInOtherKind(ctx.entityById.get(best.entityId)!.name, head);
    const unnamed =
      headNamed || (best && state.spoke?.has(best.entityId) && !otherKind)
        ? undefined
        : unnamedBodyThatSpoke(state, sent, head);
    if (unnamed) {
      if (otherKind && best && state.spoke?.has(best.entityId)) why.push(UNNAMED_BODY_OTHER_KIND.id);
      why.push(ruleWhy(UNNAMED_BODY_THAT_SPOKE.id, unnamed));
      return { start, end, text, name: unnamed };
    }
    if (best)
      return named(ctx, start, end, text, why, ctx.entityById.get(best.entityId)!, 'speaker.description.organization');
  }
  why.push('speaker.as-written');
  // "A study published last month in The Lancet", "A report by the authority in 2023": a
  // participle phrase or a time after the head describes the source; the name stops before it.
  // "Video platform Streamly Inc said" with no name found: the capitalised words before a legal
  // form are the company's name; the descriptor before them is not.
  if (np.b - np.a >= 3 && LEGAL_FORMS.has(lower(ctx, np.b - 1)) && t.flags[np.b - 2] & Flag.Cap) {
    let f = np.b - 2;
    while (f - 1 > np.a && t.kind[f - 1] === Kind.Word && t.flags[f - 1] & Flag.Cap) f--;
    if (f > np.a && !(t.flags[f - 1] & Flag.Cap)) {
      why.push(ruleWhy(LEGAL_FORM_OUTSIDE.id, 'company named before its legal form'));
      return { start, end, text, name: ctx.text.slice(t.start[f], t.end[np.b - 2]) };
    }
  }
  // "The opposition Druk Phuensum Tshogpa": the descriptor is no part of the name (row
  // speaker.name.descriptor-before-name).
  const named0 = descriptorBeforeName(ctx, np);
  if (named0 >= 0) {
    why.push(ruleWhy(DESCRIPTOR_BEFORE_NAME.id, 'descriptor before a name'));
    return { start, end, text, name: ctx.text.slice(t.start[named0], t.end[np.b - 1]) };
  }
  // A coordination keeps its relative aside whole (row speaker.subject.coordinated-roles).
  const cut = np.rule === COORDINATED_ROLES.id ? np.b : trailingAdjunct(ctx, np, why);
  const shown = cut < np.b ? ctx.text.slice(start, t.end[cut - 1]) : text;
  // The name shows the coordination without the aside: "The mayor and her deputy".
  const name = (np.rule === COORDINATED_ROLES.id ? coordinationWithoutAside(ctx, np.a, np.b) : shown).replace(
    /^(the|a|an)\s+/i,
    '',
  );
  // Row speaker.name.without-count: "Two people familiar with …" is "people familiar with …".
  const sp = name.indexOf(' ');
  if (
    sp > 0 &&
    COUNTS.has(name.slice(0, sp).toLowerCase()) &&
    /^\p{Ll}/u.test(name.slice(sp + 1)) &&
    !COUNT_NOT_BEFORE.has(name.slice(sp + 1).split(/[\s,]/, 1)[0]) &&
    // "Six people", "Two sources": a bare noun left alone names no one, and would merge groups.
    name.indexOf(' ', sp + 1) > 0
  ) {
    why.push(NAME_WITHOUT_COUNT.id);
    return { start, end: start + shown.length, text: shown, name: name.slice(sp + 1) };
  }
  return { start, end: start + shown.length, text: shown, name };
}

const TITLES_OF_PLACE: ReadonlySet<string> = new Set(TITLE_OF_PLACE.value);
const DESCRIPTORS_BEFORE_NAME: ReadonlySet<string> = new Set(DESCRIPTOR_BEFORE_NAME.value);
/** "The opposition Druk Phuensum Tshogpa": the first token of the capitalised name after the descriptors, or -1. */
function descriptorBeforeName(ctx: CCtx, np: NP): number {
  if (np.b - np.a < 3 || !ARTICLES.has(lower(ctx, np.a))) return -1;
  let i = np.a + 1;
  while (
    i < np.b &&
    ctx.t.kind[i] === Kind.Word &&
    !(ctx.t.flags[i] & Flag.Cap) &&
    DESCRIPTORS_BEFORE_NAME.has(lower(ctx, i))
  )
    i++;
  if (i === np.a + 1 || i >= np.b) return -1;
  for (let j = i; j < np.b; j++) if (ctx.t.kind[j] !== Kind.Word || !(ctx.t.flags[j] & Flag.Cap)) return -1;
  // "The opposition MP", "the rebel Commander", "the conservative Republicans": a title, a person
  // noun or a party word heads a description, not a body's name.
  const head = lower(ctx, np.b - 1);
  for (const w of [head, head.replace(/s$/, '')])
    if (TITLES.has(w) || PERSON_DESCRIPTORS.has(w) || PARTY.has(w)) return -1;
  return i;
}

/**
 * "The ministry in a statement said", "Police in a letter on Sunday said": the document the
 * source spoke through (lexicon DOCUMENT_SAYING) is no part of the source; the phrase ends
 * before it. Never before the head's first word.
 */
function withoutDocument(ctx: CCtx, np: NP): NP {
  for (let i = np.a + 1; i + 2 < np.b; i++) {
    if (ctx.t.kind[i] !== Kind.Word || !FW.documentPrepositions.has(lower(ctx, i))) continue;
    if (!FW.documentDeterminers.has(lower(ctx, i + 1))) continue;
    const noun = lower(ctx, i + 2);
    const noun2 = i + 3 < np.b ? lower(ctx, i + 3) : '';
    if (DOCUMENT_SAYING_SET.has(noun) || DOCUMENT_SAYING_SET.has(noun2)) return { a: np.a, b: i };
  }
  return np;
}

const DOC_ARTICLES: ReadonlySet<string> = new Set(DOCUMENT_FROM.value.articles);
const DOC_LINKS: ReadonlySet<string> = new Set(DOCUMENT_FROM.value.links);
const NOT_ISSUER: ReadonlySet<string> = new Set(DOCUMENT_FROM.value.notIssuer);
/** The word at `i` may open who issued a document: no number, time ("Monday", "last") or place adverb ("inside"). */
const issuerWord = (ctx: CCtx, i: number) =>
  ctx.t.kind[i] === Kind.Word && !isTime(lower(ctx, i)) && !NOT_ISSUER.has(lower(ctx, i));
/**
 * Row speaker.document-from: "a press release from the museum" is the museum's; the phrase after
 * the link, or undefined.
 */
const READOUT_NOUNS: ReadonlySet<string> = new Set(DOCUMENT_FROM_READOUT.value);
function documentIssuer(ctx: CCtx, np: NP): NP | undefined {
  if (np.b - np.a < 4 || !DOC_ARTICLES.has(lower(ctx, np.a))) return undefined;
  for (let i = np.a + 1; i <= np.a + 3 && i + 2 <= np.b; i++) {
    // "A readout from the prime minister's office said" (row speaker.document-from.readout).
    if (!DOCUMENT_SAYING_SET.has(lower(ctx, i)) && !READOUT_NOUNS.has(lower(ctx, i))) continue;
    return DOC_LINKS.has(lower(ctx, i + 1)) && issuerWord(ctx, i + 2) ? { a: i + 2, b: np.b } : undefined;
  }
  return undefined;
}

const LEGAL_FORM_OUTSIDE = rowNamed(LEGAL_FORM_ROWS, 'legal-form.outside');
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(TRAILING_TIME.value.prepositions);
const RELATIVE_TIME: ReadonlySet<string> = new Set(TRAILING_TIME.value.relative);
const TIMES: ReadonlySet<string> = new Set(TRAILING_TIME.value.times);
/** A time word or a year ("in March", "in 2023"). */
const isTime = (w: string) => TIMES.has(w) || /^\d{4}$/.test(w);
const TIME_NOUNS: ReadonlySet<string> = new Set(RELATIVE_TIME_NEEDS_TIME.value);
/** "last week", "this past month": "this", "last" or "next" at `i` opens a time (row speaker.trailing-time.relative-needs-time). */
const relativeTimeAt = (ctx: CCtx, i: number, b: number): boolean =>
  RELATIVE_TIME.has(lower(ctx, i)) && i + 1 < b && TIME_NOUNS.has(lower(ctx, i + 1));
/** "in 2023", "on Monday", "during this week" at `i`; not "in this country". */
const timePhraseAt = (ctx: CCtx, i: number, b: number): boolean =>
  TIME_PREPOSITIONS.has(lower(ctx, i)) &&
  i + 1 < b &&
  (RELATIVE_TIME.has(lower(ctx, i + 1)) ? relativeTimeAt(ctx, i + 1, b) : isTime(lower(ctx, i + 1)));

const AFTER_TIME: ReadonlySet<string> = new Set(NAMED_TRAILING_TIME.value.after);
const TIME_EDGES: ReadonlySet<string> = new Set(EDGE_TIME.value.edges);
/**
 * "on Tuesday", "last week", "2023" (and, when `days` is given, "today") at `i`, with a part of the
 * day after it ("on Monday night"): the token past the time, or -1. Both the edge time and the
 * plain time read it.
 */
function timeEnd(ctx: CCtx, i: number, b: number, days?: ReadonlySet<string>): number {
  if (i >= b) return -1;
  let j: number;
  if (timePhraseAt(ctx, i, b)) j = RELATIVE_TIME.has(lower(ctx, i + 1)) ? i + 3 : i + 2;
  else if (relativeTimeAt(ctx, i, b)) j = i + 2;
  else if ((isTime(lower(ctx, i)) && !RELATIVE_TIME.has(lower(ctx, i))) || days?.has(lower(ctx, i))) j = i + 1;
  else return -1;
  while (j < b && AFTER_TIME.has(lower(ctx, j))) j++;
  return Math.min(j, b);
}
/**
 * "late on Tuesday", "early Friday", "late last week" at `i`: the token past the time (and a part
 * of the day after it), or -1 (row speaker.subject.edge-time).
 */
function edgeTimeEnd(ctx: CCtx, i: number, b: number): number {
  if (ctx.t.kind[i] !== Kind.Word || !TIME_EDGES.has(lower(ctx, i))) return -1;
  return timeEnd(ctx, i + 1, b);
}
const DAY_WORDS: ReadonlySet<string> = new Set(TIME_AFTER_COMMA.value.days);
/**
 * "on Tuesday", "today", "on Monday night", "last week" at `i`: the token past the time, or -1
 * (row speaker.subject.time-after-comma).
 */
export function plainTimeEnd(ctx: CCtx, i: number, b: number): number {
  if (i >= b || ctx.t.kind[i] !== Kind.Word) return -1;
  return timeEnd(ctx, i, b, DAY_WORDS);
}
/** "Senator Ann Reyes on Tuesday": the phrase before a time phrase that closes it (row speaker.subject.trailing-time.named). */
function withoutClosingTime(ctx: CCtx, np: NP): NP {
  for (let i = np.a + 1; i < np.b; i++) {
    // "Senator Ann Reyes late Tuesday" (row speaker.subject.edge-time).
    if (edgeTimeEnd(ctx, i, np.b) === np.b && !/ed$/.test(lower(ctx, i - 1))) return { a: np.a, b: i };
    let j = -1;
    if (timePhraseAt(ctx, i, np.b)) j = RELATIVE_TIME.has(lower(ctx, i + 1)) ? i + 3 : i + 2;
    else if (relativeTimeAt(ctx, i, np.b)) j = i + 2;
    // "A report by the agency published on Monday": the time is the participle's (row
    // speaker.trailing-time reads it there).
    if (j < 0 || /ed$/.test(lower(ctx, i - 1))) continue;
    while (j < np.b && AFTER_TIME.has(lower(ctx, j))) j++;
    if (j === np.b) return { a: np.a, b: i };
  }
  return np;
}

/**
 * Tokens [from, i) are all adverbs in -ly, so a participle at `i` comes before the head ("The
 * newly elected mayor", "A recently retired judge"), not after it.
 */
function onlyAdverbsBefore(ctx: CCtx, from: number, i: number): boolean {
  if (from >= i) return false;
  for (let k = from; k < i; k++) {
    const w = lower(ctx, k);
    if (ctx.t.kind[k] !== Kind.Word || ctx.t.flags[k] & Flag.Cap || !w.endsWith('ly') || LY_NOUN_WORDS.has(w))
      return false;
  }
  return true;
}

/**
 * Where the description of an unnamed source ends: before a lowercase participle in -ed after
 * its head ("study published last month …") or a time phrase ("in 2023", "on Monday", "last
 * week"). `np.b` when there is neither; never before the second word, except a time right after a bare head ("Prosecutors on Monday").
 */
const KNOWING_PARTICIPLES: ReadonlySet<string> = new Set(PARTICIPLE_PHRASE.value);
function trailingAdjunct(ctx: CCtx, np: NP, why?: string[]): number {
  const { t } = ctx;
  // "Prosecutors on Monday told jurors …": a bare plural head may be followed by its time at once.
  const bareHead = !DETERMINERS.has(lower(ctx, np.a)) && !INDEFINITE.has(lower(ctx, np.a));
  for (let i = bareHead ? np.a + 1 : np.a + 2; i < np.b; i++) {
    if (t.kind[i] !== Kind.Word || t.flags[i] & Flag.Cap) continue;
    const w = lower(ctx, i);
    if (i === np.a + 1) {
      if (timePhraseAt(ctx, i, np.b)) return i;
      if (relativeTimeAt(ctx, i, np.b)) return i;
      continue;
    }
    // "Two people briefed on the talks": a participle of knowing describes the source (row
    // speaker.subject.participle-phrase, claims43).
    if (KNOWING_PARTICIPLES.has(w) && (lower(ctx, i - 1) === 'people' || pluralOfPeople(lower(ctx, i - 1)))) {
      why?.push(PARTICIPLE_PHRASE.id);
      return np.b;
    }
    if (
      /ed$/.test(w) &&
      !PERSON_DESCRIPTORS.has(w) &&
      // "Libya's eastern-based administration": a hyphenated adjective (row speaker.description.hyphenated-adjective).
      !w.includes(HYPHENATED_ADJECTIVE.value[0]) &&
      i + 1 < np.b &&
      t.kind[i + 1] === Kind.Word &&
      !onlyAdverbsBefore(ctx, bareHead ? np.a : np.a + 1, i)
    )
      return i;
    if (relativeTimeAt(ctx, i, np.b)) return i;
    if (timePhraseAt(ctx, i, np.b)) return i;
  }
  return np.b;
}

/**
 * The most recent organisation mentioned before `start` (within six sentences), preferring one
 * whose name holds `head`. For a head ("the company") an organisation whose name holds another
 * descriptor ("… Bank", "… Ministry") or that was only addressed ("told Reuters", "an interview
 * with X") is passed over; failing a recent one, the first fitting organisation of the article.
 */
function recentOrg(
  ctx: CCtx,
  sent: number,
  start: number,
  head: string | undefined,
  reach = 6,
  spoke?: ReadonlySet<string>,
  why?: string[],
  closing = false,
): Mention | undefined {
  let best: Mention | undefined;
  // "The Bank of Canada held rates … said Raj Patel, chief economist at Northgate Bank. The bank
  // said …": of the organisations named with the head, one that made a claim before wins.
  let named: Mention | undefined;
  let spokeBest: Mention | undefined;
  let passedOver: string | undefined;
  let kindNamed: Mention | undefined;
  const isOrg = (m: Mention) => ctx.entityById.get(m.entityId)?.type === 'organization';
  const fitsHead = (m: Mention) => {
    const words = m.text.toLowerCase().split(/[\s-]+/);
    // "Most Democrats", "Several European Governments": people or bodies counted, no one body
    // (row speaker.description.organization.last-named-source.quantified).
    if (words.length > 1 && QUANTIFIED.has(words[0])) return false;
    if (!head) return true;
    // "the company" is not "Commerzbank" or "the Economy Ministry".
    if (
      COMPANY_HEADS.has(head) &&
      words.some((w) => !COMPANY_HEADS.has(w) && INSTITUTION_LIST.some((d) => institutionWord(w, d)))
    )
      return false;
    // "The Fed raised rates. The company warned …": nor a public body known by a short name (row
    // speaker.description.organization.kind-of-body).
    if (COMPANY_HEADS.has(head) && publicBody(m.text)) return false;
    // "the police" is not "the European Commission": a body described by its kind fits a name of that kind.
    // "the Unite union": the kind may follow the name as a label.
    const kinds = DESCRIPTION_NAME_FITS.value[head] ?? GOVERNMENT_FITS.value[head];
    if (kinds) {
      const label = /^\s+([a-z]+)/i.exec(ctx.text.slice(m.end, m.end + 20))?.[1].toLowerCase() ?? '';
      if (label !== head && !words.some((w) => kinds.some((k) => w.endsWith(k)))) return false;
    }
    return !addressed(ctx, m);
  };
  for (let k = sent; k >= 0 && k >= sent - reach; k--) {
    const ms = ctx.mentionsBySent[k];
    if (!ms) continue;
    for (let x = ms.length - 1; x >= 0; x--) {
      const m = ms[x];
      // "FRANKFURT (Reuters) -": a credit in parentheses is not who "the airline" or "it" is.
      if (!isOrg(m) || m.start >= start || inParens(ctx, m)) continue;
      // "The Financial Times reported … the company": a medium is not the story's company (row
      // speaker.description.company-not-reporting-medium).
      if (head && COMPANY_HEADS.has(head) && reportingMedium(ctx, m)) continue;
      // "Analysts at Jefferies said …": the commentators' employer is no party to the story.
      if (commentatorEmployer(ctx, m)) {
        passedOver ??= m.text;
        continue;
      }
      if (!head || m.text.toLowerCase().includes(head) || introducedAs(ctx, m, head)) {
        if (!spoke?.size || spoke.has(m.entityId)) return m;
        named ??= m;
      } else if (fitsHead(m)) {
        best ??= m;
        if (spoke?.has(m.entityId)) spokeBest ??= m;
        if (head && REGULATOR_HEADS.has(head) && regulatorNamed(m.text)) kindNamed ??= m;
      }
    }
  }
  // "The Civil Aviation Authority has fined Wizz Air. The regulator said …": the body whose name
  // says it is a regulator, not the nearer firm (row speaker.description.organization.kind-named-folds).
  if (kindNamed && best !== kindNamed) {
    why?.push(ruleWhy(REGULATOR_KIND_NAMED.id, kindNamed.text));
    best = kindNamed;
  } else if (!kindNamed && head && REGULATOR_HEADS.has(head) && !ORG_DESCRIPTORS.has(head)) best = undefined;
  if (passedOver) why?.push(ruleWhy(COMMENTATOR_EMPLOYER.id, passedOver));
  if (named) return named;
  // "Harlow Foods has agreed to sell …, including Brightleaf and Morrow, …, the consumer goods group said":
  // the sentence's subject, not a name in its object (row speaker.description.organization.sentence-subject).
  const subject = closing && head ? subjectOrg(ctx, sent, start) : undefined;
  if (
    subject &&
    fitsHead(subject) &&
    (!best || best.start > subject.start) &&
    !rivalInClause(ctx, sent, subject, start, fitsHead)
  ) {
    if (best && best.entityId !== subject.entityId) why?.push(ruleWhy(SUBJECT_ORG.id, subject.text));
    return subject;
  }
  // Row speaker.description.company-that-spoke: "The company said" after a mine, a client or a
  // rival named in passing is the company that has been speaking.
  if (spokeBest && head && COMPANY_HEADS.has(head)) {
    if (spokeBest !== best) why?.push(ruleWhy(COMPANY_THAT_SPOKE.id, spokeBest.text));
    return spokeBest;
  }
  if (best || !head || !COMPANY_HEADS.has(head)) return best;
  // Within a long article's reach (a bundle of articles must not reach into the previous one).
  for (let k = Math.max(0, sent - 60); k < sent; k++)
    if (!ctx.cs.headline[k])
      for (const m of ctx.mentionsBySent[k] ?? []) if (isOrg(m) && !inParens(ctx, m) && fitsHead(m)) return m;
  return undefined;
}

/**
 * Row speaker.subject.place-modifier.capitalised-head-folds: the place mention `m` (at token
 * `mTok`) is followed up to `headEnd` by capitalised words that start no mention ("the U.S.
 * Marines"): the end of those words, else -1.
 */
function capitalisedAfterPlace(ctx: CCtx, m: Mention, mTok: number, headEnd: number): number {
  if (ctx.entityById.get(m.entityId)?.type !== 'place' || mTok < 0) return -1;
  const { t } = ctx;
  let k = mTok;
  while (k < headEnd && t.start[k] < m.end) k++;
  if (k >= headEnd) return -1;
  for (let i = k; i < headEnd; i++)
    if (t.kind[i] !== Kind.Word || !(t.flags[i] & Flag.Cap) || startsMention(ctx, i) || ctx.q.of[i] >= 0) return -1;
  return headEnd;
}

const REGULATOR_HEADS: ReadonlySet<string> = new Set(REGULATOR_KIND_NAMED.value.heads);
const REGULATOR_KINDS: ReadonlySet<string> = new Set(REGULATOR_KIND_NAMED.value.kinds);
const REGULATOR_SHORT: ReadonlySet<string> = new Set(REGULATOR_KIND_NAMED.value.shortForms);
/** Row speaker.description.organization.kind-named-folds: the name `text` says a regulator's kind. */
const regulatorNamed = (text: string): boolean =>
  text.split(/\s+/).some((w) => REGULATOR_SHORT.has(w) || REGULATOR_KINDS.has(w.toLowerCase().replace(/['’]s$/, '')));

/**
 * "Italian carrier Aerolinea Sud", "the carrier Aerolinea Sud": the name was introduced with the
 * description's head right before it, so "the carrier" is that name (row
 * speaker.description.introduced-as, DESCRIPTION_INTRODUCED_AS).
 */
function introducedAs(ctx: CCtx, m: Mention, head: string): boolean {
  const from = m.start - head.length - 1;
  if (from < 0 || ctx.text.charCodeAt(m.start - 1) !== 32 || /\p{L}/u.test(ctx.text[from - 1] ?? '')) return false;
  return ctx.text.slice(from, m.start - 1).toLowerCase() === head;
}

/** "two of the people", "one of the sources", "one of them": a part of the group `group` names. */
function partOfGroup(ctx: CCtx, np: NP, group: string): boolean {
  if (!PARTITIVE.has(lower(ctx, np.a)) || lower(ctx, np.a + 1) !== 'of') return false;
  if (np.b - np.a === 3 && lower(ctx, np.a + 2) === 'them') return describedAsPeople(group);
  if (np.b - np.a !== 4 || lower(ctx, np.a + 2) !== 'the') return false;
  const noun = lower(ctx, np.a + 3);
  return group.toLowerCase().split(/\s+/).includes(noun);
}
const PARTITIVE: ReadonlySet<string> = new Set(PARTITIVE_SOURCE.value);

/**
 * Row speaker.description.not-commentator-employer: "Analysts at Jefferies", "an economist with
 * ING", "Barclays analyst Tom Hale" name the firm only as where a commentator works.
 */
function commentatorEmployer(ctx: CCtx, m: Mention): boolean {
  const i = tokenAt(ctx, m.start);
  const j = tokenAt(ctx, m.end - 1) + 1;
  let p = i - 1;
  if (p >= 0 && lower(ctx, p) === 'the') p--;
  if (p >= 1 && (lower(ctx, p) === 'at' || lower(ctx, p) === 'with') && COMMENTATOR_BEFORE.has(lower(ctx, p - 1)))
    return true;
  return j < ctx.t.count && COMMENTATOR_AFTER.has(lower(ctx, j));
}
const MEDIUM_VERBS: ReadonlySet<string> = new Set(REPORTING_MEDIUM.value.verbs);
const MEDIUM_BETWEEN: ReadonlySet<string> = new Set(REPORTING_MEDIUM.value.between);
/**
 * Mention `m` is followed by "reported" and a clause ("reported on Tuesday that", "reported,
 * citing"), at most three time words or auxiliaries on either side of the verb: a company that
 * "reported a loss" is still one.
 */
function reportingMedium(ctx: CCtx, m: Mention): boolean {
  const skip = (j: number) => {
    for (let n = 0; n < 3 && j < ctx.t.count && MEDIUM_BETWEEN.has(lower(ctx, j)); n++) j++;
    return j;
  };
  const v = skip(tokenAt(ctx, m.end - 1) + 1);
  if (v >= ctx.t.count || ctx.t.kind[v] !== Kind.Word || !MEDIUM_VERBS.has(lower(ctx, v))) return false;
  const c = skip(v + 1);
  return c < ctx.t.count && (lower(ctx, c) === 'that' || isComma(ctx, c));
}
const COMMENTATOR_BEFORE: ReadonlySet<string> = new Set(COMMENTATOR_EMPLOYER.value.before);
const COMMENTATOR_AFTER: ReadonlySet<string> = new Set(COMMENTATOR_EMPLOYER.value.after);

const inParens = (ctx: CCtx, m: Mention) => ctx.text[m.start - 1] === '(' && ctx.text[m.end] === ')';

const COMPANY_HEADS = new Set([
  ...COMPANY_KIND_HEADS.value,
  'company',
  'firm',
  'group',
  'airline',
  'carrier',
  'carmaker',
  'automaker',
  'retailer',
  'lender',
  'insurer',
  'manufacturer',
  'operator',
]);
const PUBLIC_BODY_WORDS: ReadonlySet<string> = new Set(COMPANY_NOT_PUBLIC_BODY.value.words);
const PUBLIC_SHORT_FORMS: ReadonlySet<string> = new Set(COMPANY_NOT_PUBLIC_BODY.value.shortForms);
/** Row speaker.description.organization.kind-of-body: the name `text` is a public body's ("Fed", "the SEC", "US Treasury"). */
const publicBody = (text: string): boolean =>
  text.split(/[\s-]+/).some((w) => PUBLIC_SHORT_FORMS.has(w) || PUBLIC_BODY_WORDS.has(w.toLowerCase()));
const INSTITUTION_LIST = [
  'bank',
  'ministry',
  'department',
  'government',
  'police',
  'army',
  'party',
  'committee',
  'council',
  'court',
  'union',
  'commission',
  'authority',
  'agency',
  'parliament',
  'bundestag',
  'congress',
  'senate',
  'university',
  'institute',
  'association',
  'administration',
  'regulator',
];

/**
 * Name word `w` is institution word `d`: whole ("Supreme Court"), or at the end of a one-word
 * compound only for the heads that form them ("Commerzbank"; not "Harcourt": row
 * speaker.description.organization.institution-word-whole, claims36).
 */
const COMPOUND_INSTITUTIONS: ReadonlySet<string> = new Set(INSTITUTION_WORD_WHOLE.value.compoundHeads);
const institutionWord = (w: string, d: string): boolean => w === d || (COMPOUND_INSTITUTIONS.has(d) && w.endsWith(d));

/** An organisation spoken to rather than speaking: "told Reuters", "an interview with the BBC". */
function addressed(ctx: CCtx, m: Mention): boolean {
  let lo = 0,
    hi = ctx.t.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.t.start[mid] < m.start) lo = mid + 1;
    else hi = mid;
  }
  const i = lo;
  let p = i - 1;
  if (p >= 0 && lower(ctx, p) === 'the') p--;
  return p >= 0 && ADDRESSEE.has(lower(ctx, p));
}

/**
 * The person "he"/"she" stands for: only people (by entity type), and only those whose known
 * gender matches; the subject of the sentence before, the last speaker, then the nearest person.
 */
function pronounReferent(
  ctx: CCtx,
  state: SpeakerState,
  sent: number,
  want: 'm' | 'f',
  before = Infinity,
  why?: string[],
): string | undefined {
  const fits = (id: string | undefined): id is string => {
    if (!id || ctx.entityById.get(id)?.type !== 'person') return false;
    const g = state.gender.get(id);
    return !g || g === want;
  };
  // "Her predecessor, X, called it …. '…,' she told parliament" (row speaker.pronoun.owner-of-relation).
  const owner = relationOwner(ctx, state, sent, want);
  if (owner && fits(owner)) return owner;
  // "The club's owner, X, met both of them on Sunday. She said …": a person who is the subject of
  // the sentence before, said nothing there and was not the last speaker, is the likelier referent.
  // A tag after a quotation of several sentences: the sentence before the quotation opened (row
  // speaker.pronoun.subject-before-quotation).
  const prev = sentenceBeforeQuotation(ctx, sent);
  const subj = prev >= 0 && prev > state.lastPersonSent ? sentenceSubject(ctx, prev) : undefined;
  if (subj && subj !== state.lastPerson && fits(subj)) {
    if (prev < sent - 1) why?.push(SUBJECT_BEFORE_QUOTATION.id);
    return subj;
  }
  if (sent - state.lastPersonSent <= 3 && fits(state.lastPerson)) return state.lastPerson;
  if (state.lastPerson && !fits(state.lastPerson)) {
    // The last speaker cannot be meant: the nearest earlier person known to have this gender.
    for (let k = sent; k >= 0 && k >= sent - 4; k--) {
      const ms = ctx.mentionsBySent[k];
      if (!ms) continue;
      for (let x = ms.length - 1; x >= 0; x--) {
        const m = ms[x];
        if (m.start < before && fits(m.entityId) && state.gender.get(m.entityId) === want) return m.entityId;
      }
    }
  }
  for (let k = sent; k >= 0 && k >= sent - 4; k--) {
    const ms = ctx.mentionsBySent[k];
    if (!ms) continue;
    for (const m of ms)
      if (fits(m.entityId) && (k < sent || m.start < ctx.t.start[ctx.cs.first[sent]] + 200)) return m.entityId;
  }
  if (fits(state.lastPerson)) return state.lastPerson;
  // Nobody fits nearby: a person shown to have this gender further back (row
  // speaker.pronoun.gender-known-reach), unless an unnamed person opened a nearer sentence ("The
  // company's accountant disagreed. He said …" is the accountant, not a man named long before).
  for (let k = sent; k > sent - 5 && k >= 0; k--) if (unnamedPersonOpens(ctx, k)) return undefined;
  for (let k = sent - 5; k >= 0 && k >= sent - GENDER_KNOWN_REACH.value.sentences; k--) {
    const ms = ctx.mentionsBySent[k];
    if (!ms) continue;
    for (let x = ms.length - 1; x >= 0; x--)
      if (fits(ms[x].entityId) && state.gender.get(ms[x].entityId) === want) return ms[x].entityId;
  }
  return undefined;
}

/**
 * Row speaker.pronoun.subject-before-quotation: the sentence before `sent`, or, when `sent` opens
 * inside a quotation that opened in an earlier sentence, the sentence before that quotation's first.
 */
function sentenceBeforeQuotation(ctx: CCtx, sent: number): number {
  let prev = sent - 1;
  if (!SUBJECT_BEFORE_QUOTATION.value || prev < 0) return prev;
  const q = ctx.q.of[ctx.cs.first[sent]];
  if (q < 0) return prev;
  while (prev >= 0 && ctx.q.of[ctx.cs.first[prev]] === q) prev--;
  return prev;
}

/**
 * "Education Minister A defended the plan. Her predecessor, B, called it …. '…,' she told
 * parliament": the last speaker B, of unknown gender, was introduced at most two sentences before
 * by a possessive of the pronoun's gender, a lowercase relation noun and a comma; the pronoun is
 * A, the subject of the sentence before B's (row speaker.pronoun.owner-of-relation).
 */
function relationOwner(ctx: CCtx, state: SpeakerState, sent: number, want: 'm' | 'f'): string | undefined {
  const b = state.lastPerson,
    k = state.lastPersonSent;
  const { sentences, maxNounWords } = PRONOUN_OWNER_OF_RELATION.value;
  if (!b || k < 1 || k >= sent || sent - k > sentences || state.gender.has(b)) return undefined;
  const first = ctx.cs.first[k],
    last = ctx.cs.last[k];
  if (lower(ctx, first) !== (want === 'f' ? 'her' : 'his')) return undefined;
  let i = first + 1;
  while (i < last && i - first <= maxNounWords && ctx.t.kind[i] === Kind.Word && !(ctx.t.flags[i] & Flag.Cap)) i++;
  if (i === first + 1 || i >= last || !isComma(ctx, i) || mentionAt(ctx, i + 1)?.entityId !== b) return undefined;
  const a = sentenceSubject(ctx, k - 1);
  return a && a !== b ? a : undefined;
}

/** Sentence `k` opens with an article or possessive and a person noun before any name ("The company's accountant", "A police officer"). */
function unnamedPersonOpens(ctx: CCtx, k: number): boolean {
  const first = ctx.cs.first[k],
    last = ctx.cs.last[k];
  if (first >= last || !/^(the|a|an|his|her|its|their)$/.test(lower(ctx, first))) return false;
  for (let i = first + 1; i < last && i <= first + 4; i++) {
    if (startsMention(ctx, i)) return false;
    if (ctx.t.kind[i] === Kind.Word && PERSON_DESCRIPTORS.has(lower(ctx, i))) return true;
  }
  return false;
}

export const GROUP_PEOPLE: ReadonlySet<string> = new Set(GROUP_PEOPLE_NOUNS.value);

const RELATIVE_PRONOUN_HEADS: ReadonlySet<string> = new Set(RESTRICTIVE_RELATIVE.value.pronounHeads);
/**
 * Row speaker.relative.restrictive: the noun phrase ending at `h`, before a "who": a name, or a
 * plural or person noun (or "anyone") after at most a determiner and one modifier.
 */
export function restrictiveAntecedent(ctx: CCtx, h: number, sentFirst: number): NP | undefined {
  if (ctx.t.flags[h] & Flag.Cap) {
    let c = h;
    while (c - 1 >= sentFirst && ctx.t.kind[c - 1] === Kind.Word && ctx.t.flags[c - 1] & Flag.Cap) c--;
    return startsMention(ctx, c) ? { a: c, b: h + 1 } : undefined;
  }
  const w = lower(ctx, h);
  if (!pluralOfPeople(w) && !PERSON_DESCRIPTORS.has(w) && !RELATIVE_PRONOUN_HEADS.has(w)) return undefined;
  let a = h;
  for (let k = h - 1; k >= sentFirst && h - k <= 2 && ctx.t.kind[k] === Kind.Word; k--) {
    const m = lower(ctx, k);
    if (NP_DETERMINERS.has(m)) {
      a = k;
      break;
    }
    // One modifier before the head, only with a determiner before it ("the night nurses").
    if (h - k === 2 || ctx.t.flags[k] & Flag.Cap || /(ed|ing)$/.test(m) || STOP_LEFT.has(m)) break;
  }
  return { a, b: h + 1 };
}

/** "the states' attorneys general": a plural of people before the head names many people, not one. */
function pluralBeforeHead(ctx: CCtx, np: NP): boolean {
  return np.b - 2 >= np.a && ctx.t.kind[np.b - 2] === Kind.Word && pluralOfPeople(lower(ctx, np.b - 2));
}

/** "critics", "organisers", "residents": the plural of a person noun or of a group's member. */
export function pluralOfPeople(w: string): boolean {
  // "firemen", "women" (row speaker.subject.men-plural-people).
  if (w.endsWith(MEN_ENDING)) return w.length >= 5 && !NOT_MEN_PEOPLE.has(w);
  if (!w.endsWith('s') || w.endsWith('ss')) return false;
  const one = w.slice(0, -1);
  if (PERSON_DESCRIPTORS.has(one) || GROUP_PEOPLE.has(one) || agentNounPeople(one)) return true;
  // "witnesses", "coaches", "bosses": a plural in -es (row speaker.subject.es-plural-people).
  if (!/(ss|ch|sh|x)es$/.test(w)) return false;
  const stem = w.slice(0, -2);
  return PERSON_DESCRIPTORS.has(stem) || ES_PLURAL_STEMS.has(stem);
}
const ES_PLURAL_STEMS: ReadonlySet<string> = new Set(ES_PLURAL_PEOPLE.value);
const MEN_ENDING = MEN_PLURAL_PEOPLE.value.ending;
const NOT_MEN_PEOPLE: ReadonlySet<string> = new Set(MEN_PLURAL_PEOPLE.value.notPeople);

const AGENT_ENDINGS = new RegExp(`(${AGENT_PLURAL.value.endings.join('|')})$`);
const NOT_AGENT_PEOPLE: ReadonlySet<string> = new Set(AGENT_PLURAL.value.notPeople);
/** "engineer", "inspector": an agent noun that names people (row speaker.subject.bare-plural.agent-noun). */
function agentNounPeople(one: string): boolean {
  return (
    one.length >= AGENT_PLURAL.value.minLength &&
    AGENT_ENDINGS.test(one) &&
    !NOT_AGENT.has(one) &&
    !NOT_AGENT_PEOPLE.has(one) &&
    !ORG_DESCRIPTORS.has(one)
  );
}

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(PEOPLE_OF_PLACE.value);
const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set(PEOPLE_OF_PLACE_KIND.value);
/**
 * The token before the place's name, stepping back over "the village of", "the Greek island
 * of" (row speaker.people-of-place.kind-of-place); `placeTok - 1` when there is no such phrase.
 */
function placeBefore(ctx: CCtx, a: number, placeTok: number): number {
  let i = placeTok - 1;
  if (i - 1 <= a || lower(ctx, i) !== 'of' || !PLACE_KIND_NOUNS.has(lower(ctx, i - 1))) return i;
  i -= 2;
  // One modifier ("Greek", "small") and an article may come before the noun.
  if (
    i > a &&
    ctx.t.kind[i] === Kind.Word &&
    !ARTICLES.has(lower(ctx, i)) &&
    !PLACE_PREPOSITIONS.has(lower(ctx, i)) &&
    !startsMention(ctx, i)
  )
    i--;
  if (i > a && ARTICLES.has(lower(ctx, i))) i--;
  return i;
}
/**
 * The first token of a place name that owns the place at `placeTok` ("Germany's Frankfurt
 * Airport"), or -1 (row speaker.people-of-place.owner-possessive).
 */
function ownerPlaceBefore(ctx: CCtx, a: number, placeTok: number): number {
  const poss = placeTok - 1;
  if (poss <= a + 1 || ctx.t.kind[poss] !== Kind.Poss) return -1;
  for (let j = poss - 1; j > a && poss - j <= 4; j--) {
    const m = mentionAt(ctx, j);
    if (m && m.end === ctx.t.start[poss] && ctx.entityById.get(m.entityId)?.type === 'place') return j;
  }
  return -1;
}
/**
 * "Eye doctors in Denmark and Sweden", "Residents of Piura": people, then a preposition and the
 * place; the source is the people, not the place (row speaker.people-of-place).
 */
function peopleOfPlace(ctx: CCtx, a: number, placeTok: number, why: string[]): boolean {
  const owner = ownerPlaceBefore(ctx, a, placeTok);
  if (owner >= 0) why.push(PEOPLE_OF_OWNED_PLACE.id);
  const prep = placeBefore(ctx, a, owner >= 0 ? owner : placeTok);
  if (prep < a + 1) return false;
  const h = prep - 1;
  // "Travellers at Changi Airport" (row speaker.people-of-place.at, claims/speaker-32.ts).
  if (peopleAtPlace(lower(ctx, prep), lower(ctx, h)) && (h === a || !(ctx.t.flags[h] & Flag.Cap))) {
    why.push(PEOPLE_AT_PLACE.id);
    return true;
  }
  // "Visitors to Italy's Amalfi Coast" (row speaker.subject.visitors-to).
  if (lower(ctx, prep) === 'to' && VISITORS_TO_NOUNS.has(lower(ctx, h))) {
    why.push(VISITORS_TO.id);
    return true;
  }
  if (!PLACE_PREPOSITIONS.has(lower(ctx, prep))) return false;
  // "Officials in Madrid", "Residents of Lyon": the head may open the sentence, capitalised.
  if (ctx.t.kind[h] !== Kind.Word || (ctx.t.flags[h] & Flag.Cap && h !== a)) return false;
  const w = lower(ctx, h);
  // "Environmental groups in Almaty": bodies of a kind too (row speaker.people-of-place.bodies).
  const bodies = BODIES_OF_A_PLACE.has(w);
  if (!bodies && !pluralOfPeople(w) && !PERSON_DESCRIPTORS.has(w) && !UNNAMED_SOURCES.has(w)) return false;
  why.push(bodies ? BODIES_OF_PLACE.id : PEOPLE_OF_PLACE.id);
  if (prep !== placeTok - 1) why.push(PEOPLE_OF_PLACE_KIND.id);
  return true;
}

/**
 * "JAXA officials" when the last source was written as a named organisation before a plural noun
 * for people: "they" continues the people (row speaker.pronoun.they.people-of-body).
 */
function peopleOfBody(o: Speaker): string | undefined {
  if (!o.entityId || !o.text) return undefined;
  const sp = o.text.lastIndexOf(' ');
  if (sp < 0) return undefined;
  const head = o.text.slice(sp + 1);
  if (!/^\p{Ll}/u.test(head) || !(pluralOfPeople(head) || UNNAMED_SOURCES.has(head))) return undefined;
  return o.text.replace(/^(the|a|an)\s+/i, '');
}

/**
 * "port authority" when the unnamed source of the last two sentences was "A port authority
 * spokeswoman" and `head` is "authority": the compound before a person noun names the body they
 * speak for (row speaker.description.body-of-source).
 */
function bodyOfLastSource(state: SpeakerState, sent: number, head: string): string | undefined {
  const o = state.lastOther;
  if (!o || o.entityId || sent - state.lastOtherSent > DESCRIPTION_BODY_OF_SOURCE.value.sentences) return undefined;
  const words = o.name.split(/\s+/);
  const lowered = words.map((w) => w.toLowerCase());
  const at = lowered.indexOf(head);
  if (at < 0 || at !== lowered.length - 2 || !PERSON_DESCRIPTORS.has(lowered[lowered.length - 1])) return undefined;
  let from = 0;
  while (from < at && (ARTICLES.has(lowered[from]) || INDEFINITE.has(lowered[from]))) from++;
  if (lowered.slice(from, at).some((w) => HEAD_ENDS.has(w))) return undefined;
  return words.slice(from, at + 1).join(' ');
}

/**
 * People described in the plural that open sentence `k` as its subject ("The researchers, led by
 * …", "Scientists found …"): the description without its article, or undefined.
 */

function pluralSubject(ctx: CCtx, k: number): string | undefined {
  let i = ctx.cs.first[k];
  const last = ctx.cs.last[k];
  if (lower(ctx, i) === 'the') i++;
  // "Hundreds of supporters gathered …" (row speaker.pronoun.they.counted-group).
  const counted = COUNTED_GROUP.has(lower(ctx, i)) && i + 2 < last && lower(ctx, i + 1) === 'of' ? i : -1;
  if (counted >= 0) i += 2;
  // "Yesterday protesters blocked …", "Then workers walked out": a time word or sentence adverb
  // is no modifier of the plural.
  if (counted < 0 && NOT_SUBJECT.has(lower(ctx, i))) i++;
  if (i + 1 >= last || ctx.t.kind[i] !== Kind.Word || startsMention(ctx, i)) return undefined;
  // "Parade organisers were unhappy.": one modifier before the head (row speaker.subject.bare-plural).
  const from = i;
  for (let m = 0; m < BARE_PLURAL_SUBJECT.value.modifiers && !pluralOfPeople(lower(ctx, i)); m++)
    if (i + 2 < last && ctx.t.kind[i + 1] === Kind.Word && !startsMention(ctx, i + 1)) i++;
  const w = lower(ctx, i);
  if (!pluralOfPeople(w)) return undefined;
  const next = ctx.t.kind[i + 1] === Kind.Word ? lower(ctx, i + 1) : ctx.text[ctx.t.start[i + 1]];
  // The head is followed by its verb or an aside, not by more of a noun phrase ("Researchers' data").
  if (next !== ',' && (ctx.t.kind[i + 1] !== Kind.Word || ctx.t.flags[i + 1] & Flag.Cap || next === 'of'))
    return undefined;
  if (counted >= 0) return ctx.text.slice(ctx.t.start[ctx.cs.first[k]], ctx.t.end[i]);
  return i > from ? `${lower(ctx, from)} ${w}` : w;
}
const COUNTED_GROUP: ReadonlySet<string> = new Set(THEY_COUNTED_GROUP.value);

const RESEARCH_HEADS: ReadonlySet<string> = new Set(PRONOUN_IT_RESEARCH_SUBJECT.value);
const OWN_DOCUMENTS: ReadonlySet<string> = new Set(POSSESSIVE_DOCUMENT.value);
const DOCUMENT_HEADS: ReadonlySet<string> = new Set(PRONOUN_IT_STATEMENT_NOT_DOCUMENT.value.documents);
const STATEMENT_NOUNS: ReadonlySet<string> = new Set(PRONOUN_IT_STATEMENT_NOT_DOCUMENT.value.statements);
/** "report by the agency", "A 2025 audit": a source headed by a document noun in its first three words. */
function isDocument(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  for (let i = 0; i < words.length && i < 3; i++) {
    if (DOCUMENT_HEADS.has(words[i])) return true;
    if (words[i] === 'by' || words[i] === 'of') return false;
  }
  return false;
}
/** Sentence `k` speaks "in a statement" / "in a press release" / "in an email" (row speaker.pronoun.it.statement-not-document). */
function inStatement(ctx: CCtx, k: number): boolean {
  for (let i = ctx.cs.first[k]; i < ctx.cs.last[k]; i++) {
    if (ctx.t.kind[i] !== Kind.Word || !STATEMENT_NOUNS.has(lower(ctx, i))) continue;
    for (let j = i - 1; j >= ctx.cs.first[k] && j >= i - 3; j--) if (lower(ctx, j) === 'in') return true;
  }
  return false;
}
/**
 * "The study, led by …, analysed …": sentence `k` opens with a study or report as its subject
 * (an article or possessive, at most one modifier, the head, then a comma or a lowercase verb);
 * the head with its article, or undefined (row speaker.pronoun.it.research-subject).
 */
function researchSubject(ctx: CCtx, k: number): string | undefined {
  return subjectWithHead(ctx, k, RESEARCH_HEADS);
}

const IT_RELATIVES: ReadonlySet<string> = new Set(IT_OWN_SUBJECT.value.relatives);
/**
 * Row speaker.pronoun.it.own-sentence-subject-folds: "it" at token `it` follows "which"/"that", and
 * sentence `k` opens with a body: the organisation the engine named there, or the body noun with its
 * article ("The health ministry"); undefined otherwise.
 */
function ownSubjectBody(ctx: CCtx, k: number, it: number): Entity | string | undefined {
  const first = ctx.cs.first[k];
  if (it - 1 <= first || ctx.t.kind[it - 1] !== Kind.Word || !IT_RELATIVES.has(lower(ctx, it - 1))) return undefined;
  const m = ctx.mentionsBySent[k]?.[0];
  const at = ctx.t.start[first];
  if (
    m &&
    (m.start === at || tokenAt(ctx, m.start) === first + 1) &&
    m.type === 'organization' &&
    m.end < ctx.t.start[it]
  )
    return ctx.entityById.get(m.entityId);
  // The name without its article, as the body that spoke last is named ("health ministry").
  return subjectWithHead(ctx, k, ORG_DESCRIPTORS)?.replace(/^(the|a|an|its|their)\s+/i, '');
}

/**
 * Sentence `k` opens with a named organisation (after "The" at most) followed by a lowercase finite
 * verb ("The Environment Agency has issued …"): that organisation, or undefined (row
 * speaker.pronoun.it.named-body-subject).
 */
function namedBodySubject(ctx: CCtx, k: number): Entity | undefined {
  const first = ctx.cs.first[k];
  const m = ctx.mentionsBySent[k]?.[0];
  if (!m || m.type !== 'organization') return undefined;
  if (m.start !== ctx.t.start[first] && !(tokenAt(ctx, m.start) === first + 1 && lower(ctx, first) === 'the'))
    return undefined;
  const n = tokenAt(ctx, m.end - 1) + 1;
  if (n >= ctx.cs.last[k] || ctx.t.kind[n] !== Kind.Word || ctx.t.flags[n] & Flag.Cap || !verbAfterHead(ctx, n))
    return undefined;
  return ctx.entityById.get(m.entityId);
}

const BODY_HEADS: ReadonlySet<string> = new Set(PRONOUN_IT_BODY_SUBJECT.value);
/**
 * Sentence `k` opens with a body that examines, inquires or rules as its subject ("The regulator
 * examined …"): the head with its article, or undefined (row speaker.pronoun.it.body-subject; read
 * here for "It found that …" and by cues.ts for "…, it found.").
 */
export const bodySubject = (ctx: CCtx, k: number) => subjectWithHead(ctx, k, BODY_HEADS);
/**
 * Sentence `k` opens with an article or possessive, at most one modifier and one of `heads`, then a
 * comma or a lowercase verb: the head with its article, or undefined.
 */
export function subjectWithHead(ctx: CCtx, k: number, heads: ReadonlySet<string>): string | undefined {
  const first = ctx.cs.first[k];
  const last = ctx.cs.last[k];
  let i = first;
  if (!NP_DETERMINERS.has(lower(ctx, i))) return undefined;
  i++;
  if (i + 1 < last && !heads.has(lower(ctx, i)) && ctx.t.kind[i] === Kind.Word && !startsMention(ctx, i)) i++;
  if (i + 1 >= last || ctx.t.kind[i] !== Kind.Word || !heads.has(lower(ctx, i))) return undefined;
  const n = i + 1;
  const comma = ctx.t.kind[n] === Kind.Punct && ctx.text.charCodeAt(ctx.t.start[n]) === 44;
  if (!comma && (ctx.t.kind[n] !== Kind.Word || ctx.t.flags[n] & Flag.Cap || lower(ctx, n) === 'of')) return undefined;
  // "The committee room was full", "The department store closed": the head is a modifier when a
  // noun, not a verb, follows it (review, stop 52).
  if (!comma && !verbAfterHead(ctx, n)) return undefined;
  return ctx.text.slice(ctx.t.start[first], ctx.t.end[i]);
}

/**
 * The word at `n` (or after one adverb) reads as a finite verb: an auxiliary, a past, a present in
 * -s. Right after a sentence's subject head the word is its verb or a noun it modifies, so any -ed
 * ("The board fed …") and a present ("The regulator says …") count here, unlike mid-clause.
 */
function verbAfterHead(ctx: CCtx, n: number): boolean {
  let w = lower(ctx, n);
  if ((w.endsWith('ly') || w === 'also') && n + 1 < ctx.t.count && ctx.t.kind[n + 1] === Kind.Word)
    w = lower(ctx, n + 1);
  return finiteForm(w, 2, true);
}

/** The first of two people coordinated as the subject of sentence `k` ("A and B met …"). */
function personPair(ctx: CCtx, k: number): string | undefined {
  const ms = ctx.mentionsBySent[k];
  if (!ms || ms.length < 2 || ms[0].type !== 'person' || ms[1].type !== 'person' || ms[0].entityId === ms[1].entityId)
    return undefined;
  const between = ctx.text.slice(ms[0].end, ms[1].start).trim().toLowerCase();
  if (between !== 'and' && between !== '&') return undefined;
  let n = 0;
  for (let i = ctx.cs.first[k]; i < ctx.cs.last[k] && ctx.t.start[i] < ms[0].start; i++) n++;
  return n <= 3 ? ms[0].entityId : undefined;
}

const NAME_JOINERS: ReadonlySet<string> = new Set(DESCRIPTION_LAST_NAMED_SOURCE.value);
const COUNTS: ReadonlySet<string> = new Set(NAME_WITHOUT_COUNT.value.counts);
const COUNT_NOT_BEFORE: ReadonlySet<string> = new Set(NAME_WITHOUT_COUNT.value.notBefore);
/** Row speaker.description.organization.last-named-source.quantified: "Most Democrats" counts people. */
const QUANTIFIED: ReadonlySet<string> = new Set(LAST_NAMED_SOURCE_QUANTIFIED.value);
const HUSBAND: ReadonlySet<string> = new Set(SPOUSE_OF_COUPLE.value.husband);
const WIFE: ReadonlySet<string> = new Set(SPOUSE_OF_COUPLE.value.wife);
/**
 * Row speaker.description.spouse-of-couple: "Her husband" / "His wife" at token `at` (or opening
 * sentence `k`, for a pronoun of gender `want`): the other one of a couple the article names
 * with the last speaker's given name ("Ray and Donna Kowalski"), as "Ray Kowalski".
 */
function spouseOpening(
  ctx: CCtx,
  state: SpeakerState,
  k: number,
  want?: 'm' | 'f',
  at = ctx.cs.first[k],
): string | undefined {
  const poss = lower(ctx, at);
  if (poss !== 'her' && poss !== 'his') return undefined;
  const noun = lower(ctx, at + 1);
  const g = HUSBAND.has(noun) ? 'm' : WIFE.has(noun) ? 'f' : undefined;
  if (!g || (want && want !== g) || !state.lastPerson) return undefined;
  // "Her husband, Mark Reyes, was also evacuated. He said …": the spouse is named there.
  if (want && ctx.mentionsBySent[k]?.some((m) => ctx.entityById.get(m.entityId)?.type === 'person')) return undefined;
  const e = ctx.entityById.get(state.lastPerson);
  if (!e || state.gender.get(e.id) !== (poss === 'her' ? 'f' : 'm')) return undefined;
  const sp = e.name.indexOf(' ');
  if (sp < 0) return undefined;
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const given = esc(e.name.slice(0, sp)),
    surname = esc(e.name.slice(sp + 1));
  // The couple is named in the story, within the 4,000 characters before.
  const near = ctx.text.slice(Math.max(0, ctx.t.start[at] - 4000), ctx.t.start[at]);
  // The other name is a known given name, not a surname ("Tom Hale and Alice Reyes"), a firm or a day.
  const couple =
    new RegExp(`(?<!\\p{Lu}[\\p{L}'’.-]*\\s)(\\p{Lu}\\p{Ll}+) (?:and|&) ${given} ${surname}\\b`, 'u').exec(near) ??
    new RegExp(`\\b${given} (?:and|&) (\\p{Lu}\\p{Ll}+) ${surname}\\b`, 'u').exec(near);
  if (!couple) return undefined;
  const other = couple[1].toLowerCase();
  if (FEMALE.has(other) || MALE.has(other)) return `${couple[1]} ${surname}`;
  // An unknown given name ("Ray and Donna Kowalski"): no day or month, nothing found as another kind of name.
  const at2 = ctx.t.start[at] - near.length + couple.index + couple[0].indexOf(couple[1]);
  const m = mentionAt(ctx, tokenAt(ctx, at2));
  if (NOT_GIVEN.has(other) || (m && ctx.entityById.get(m.entityId)?.type !== 'person')) return undefined;
  return `${couple[1]} ${surname}`;
}

const COUPLE_HEADS: ReadonlySet<string> = new Set(PRONOUN_THEY_COUPLE.value.groupHeads);
/**
 * Row speaker.pronoun.they.couple: the pair sentence `k` names last, as written — "Ray and Donna
 * Kowalski" (a given name, "and", then the last person named, of two words or more) — or "the
 * Reyes couple" opening it.
 */
function coupleIn(ctx: CCtx, k: number): string | undefined {
  const ms = ctx.mentionsBySent[k];
  const { t } = ctx;
  const f = ctx.cs.first[k];
  if (
    lower(ctx, f) === 'the' &&
    f + 2 < ctx.cs.last[k] &&
    t.flags[f + 1] & Flag.Cap &&
    COUPLE_HEADS.has(lower(ctx, f + 2))
  )
    return ctx.text.slice(t.start[f + 1], t.end[f + 2]);
  if (!ms) return undefined;
  let m: Mention | undefined;
  for (let i = ms.length - 1; i >= 0 && !m; i--) if (ctx.entityById.get(ms[i].entityId)?.type === 'person') m = ms[i];
  if (!m || m.text.indexOf(' ') < 0) return undefined;
  const before = /(\p{Lu}\p{Ll}+) (?:and|&) $/u.exec(ctx.text.slice(Math.max(0, m.start - 24), m.start));
  // "Helena Marsh and Omar Haddad": a capitalised word before the first name makes it a surname.
  if (!before) return undefined;
  const pre = m.start - before[0].length;
  if (/\p{Lu}[\p{L}'’.-]*\s$/u.test(ctx.text.slice(Math.max(0, pre - 20), pre))) return undefined;
  const given = before[1].toLowerCase();
  const second = m.text.slice(0, m.text.indexOf(' ')).toLowerCase();
  // The first given name is known, found as a person, or a word no other kind of name starts
  // ("Ray and Donna …": the second given name is known, the word is no day or month and the pair
  // does not open the sentence) — not "Microsoft and Satya Nadella", "Monday and Anna Reyes".
  const other = mentionAt(ctx, tokenAt(ctx, pre));
  const fits =
    FEMALE.has(given) ||
    MALE.has(given) ||
    (other
      ? ctx.entityById.get(other.entityId)?.type === 'person'
      : (FEMALE.has(second) || MALE.has(second)) && !NOT_GIVEN.has(given) && pre > ctx.t.start[ctx.cs.first[k]]);
  // And the pair is the subject of its sentence: not "The contract went to Westbrook and Anna Reyes".
  return fits && pairIsSubject(ctx, k, pre) ? `${before[1]} and ${m.text}` : undefined;
}

const SUBJECT_AFTER: ReadonlySet<string> = new Set(PRONOUN_THEY_COUPLE.value.subjectAfter);
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(PRONOUN_THEY_COUPLE.value.appositionOpeners);
const PAIR_NOUNS: ReadonlySet<string> = new Set(PRONOUN_THEY_COUPLE.value.pairNouns);
const NOT_GIVEN: ReadonlySet<string> = new Set(PRONOUN_THEY_COUPLE.value.notGiven);
/**
 * Row speaker.pronoun.they.couple: the pair starting at character `pre` is the subject of sentence
 * `k` — it opens the sentence, follows a copula or "by" ("Among them were …"), or stands in
 * apposition to a short subject ("The couple, Ray and …") — not an object ("Police arrested …").
 */
function pairIsSubject(ctx: CCtx, k: number, pre: number): boolean {
  const lead = ctx.text.slice(ctx.t.start[ctx.cs.first[k]], pre).trim();
  if (!lead) return true;
  const words = lead.split(/\s+/);
  if (SUBJECT_AFTER.has(words[words.length - 1].toLowerCase())) return true;
  return lead.endsWith(',') && words.length <= 3 && APPOSITION_OPENERS.has(words[0].toLowerCase());
}

/** "They said the pair had stolen 40 cars": the rest of sentence `sent` after token `from` speaks of a pair. */
function speaksOfPair(ctx: CCtx, sent: number, from: number): boolean {
  for (let i = from; i + 1 < ctx.cs.last[sent]; i++)
    if (lower(ctx, i) === 'the' && PAIR_NOUNS.has(lower(ctx, i + 1))) return true;
  return false;
}

/**
 * Row speaker.description.age-introduced: the one person the article gives age `n` beside the
 * name ("Dennis Carrow, 34,", "Ana Ruiz, who is 38,"). Built once per document, on the first age noun.
 */
const AGES = new WeakMap<CCtx, Map<number, Entity | null>>();
const AGE_AFTER_NAME = new RegExp(`^,\\s*(?:(?:${AGE_INTRODUCED.value.whoIs.join('|')})\\s+)?(\\d{1,3})\\s*[,;.)]`);
function personOfAge(ctx: CCtx, n: number): Entity | undefined {
  let ages = AGES.get(ctx);
  if (!ages) {
    ages = new Map();
    for (const m of ctx.starting) {
      if (ctx.text.charCodeAt(m.end) !== 44) continue;
      const e = ctx.entityById.get(m.entityId);
      const got = e?.type === 'person' ? AGE_AFTER_NAME.exec(ctx.text.slice(m.end, m.end + 16)) : null;
      if (!got) continue;
      const age = parseInt(got[1], 10);
      const had = ages.get(age);
      ages.set(age, had === undefined || had === e ? e! : null);
    }
    AGES.set(ctx, ages);
  }
  return ages.get(n) ?? undefined;
}

const AGE_ROLE = /^the\s+\d{1,3}-year-old\s+\p{Ll}+$/iu;
const ROLE_ARTICLES = AGE_AND_ROLE.value.articles.join('|');
/**
 * Row speaker.description.age-and-role: "the 52-year-old engineer" in sentence `sent` is the
 * person most recently named with "engineer" in the apposition after the name ("Ken Matsuda, a
 * test engineer"), within a few sentences, when no one was given that age.
 */
function personOfAgeRole(ctx: CCtx, sent: number, text: string, start: number): Entity | undefined {
  const age = parseInt(text.slice(text.search(/\d/)), 10);
  if (AGES_GIVEN(ctx, age)) return undefined;
  // fix17b: "His colleague, a 30-year-old engineer, …": the age was given to someone unnamed.
  const before = ctx.text.indexOf(`${age}-year-old`);
  if (before >= 0 && before < start) return undefined;
  const noun = text.slice(text.lastIndexOf(' ') + 1).toLowerCase();
  const apposition = new RegExp(`^,\\s+(?:${ROLE_ARTICLES})\\s+(?:[\\p{L}-]+\\s+){0,3}${noun}\\b`, 'iu');
  let found: Entity | undefined;
  for (let k = sent; k >= 0 && k >= sent - AGE_AND_ROLE.value.sentences; k--) {
    const ms = ctx.mentionsBySent[k];
    if (!ms) continue;
    for (let x = ms.length - 1; x >= 0; x--) {
      const e = ctx.entityById.get(ms[x].entityId);
      if (e?.type !== 'person' || !apposition.test(ctx.text.slice(ms[x].end, ms[x].end + 60))) continue;
      // fix17b: two people with that role ("Ken Matsuda, a test engineer … Ana Ruiz, an engineer"): either may be 52.
      if (found && found !== e) return undefined;
      found = e;
    }
  }
  return found;
}
/** Whether anyone at all was given age `n` beside the name (row speaker.description.age-introduced). */
const AGES_GIVEN = (ctx: CCtx, n: number) => {
  personOfAge(ctx, n);
  return AGES.get(ctx)!.has(n);
};

/** The person whose mention opens sentence `k` (within its first eight tokens), if any. */
function sentenceSubject(ctx: CCtx, k: number): string | undefined {
  const first = ctx.cs.first[k],
    last = ctx.cs.last[k];
  const isPerson = (m: Mention | undefined) => !!m && ctx.entityById.get(m.entityId)?.type === 'person';
  const ms = ctx.mentionsBySent[k];
  let m = ms?.[0];
  // "Skyline Air's chief executive, Karin Albers, …": a possessor is not the subject.
  if (m && ms!.length > 1 && possessor(ctx, m)) m = ms![1];
  // "Redbridge manager Alan Jessop disagreed": a club or company before a role word is a modifier.
  if (m && ms!.length > 1 && !isPerson(m) && isPerson(ms![1]) && roleWordsBetween(ctx, m.end, ms![1].start)) m = ms![1];
  if (m && isPerson(m)) {
    let n = 0;
    for (let i = first; i < last && ctx.t.start[i] < m.start; i++) n++;
    if (n <= 8) return m.entityId;
  }
  // "Due to the invasion …, Zelensky has stayed in power": after an opening adjunct, the name
  // right after its comma is the subject.
  if (!opensWithAdjunct(ctx, first)) return undefined;
  for (let i = first + 1; i < last; i++) {
    if (ctx.t.kind[i] !== Kind.Punct || ctx.text.charCodeAt(ctx.t.start[i]) !== 44) continue;
    let j = i + 1;
    while (j < last && j <= i + 3 && !startsMention(ctx, j) && titleLike(lower(ctx, j))) j++;
    const s = mentionAt(ctx, j);
    return isPerson(s) ? s!.entityId : undefined;
  }
  return undefined;
}

/**
 * Sentence start `i` opens an adjunct, not the subject: a preposition, subordinator or time word
 * (NOT_SUBJECT_OPENERS), or a participle clause ending in a comma ("Asked whether he would run,
 * Ellis smiled", "Reached by phone, he said", "Speaking to reporters, Díaz said").
 */
export function opensWithAdjunct(ctx: CCtx, i: number): boolean {
  const w = lower(ctx, i);
  if (NOT_SUBJECT.has(w)) return true;
  if (ctx.t.kind[i] !== Kind.Word || startsMention(ctx, i) || !/^[a-z]{3,}(ed|ing)$/.test(w)) return false;
  const last = ctx.cs.last[ctx.cs.of[i]];
  for (let j = i + 1; j < last && j - i <= 14; j++) {
    if (ctx.t.kind[j] !== Kind.Punct) continue;
    return ctx.text.charCodeAt(ctx.t.start[j]) === 44 && j > i + 1;
  }
  return false;
}

/** Only one to three lowercase words (a role: "manager", "chief executive") between two offsets. */
function roleWordsBetween(ctx: CCtx, from: number, to: number): boolean {
  const between = ctx.text.slice(from, to).trim();
  return /^[a-z-]+( [a-z-]+){0,2}$/.test(between) && between.split(' ').some((w) => PERSON_DESCRIPTORS.has(w));
}

/** The mention is followed by "'s" or "’": it names an owner, not an actor. */
function possessor(ctx: CCtx, m: Mention): boolean {
  const c = ctx.text.charCodeAt(m.end);
  return (c === 39 || c === 0x2019) && /^['’](s\b|\s)/.test(ctx.text.slice(m.end, m.end + 3));
}

const TITLE_LIKE: ReadonlySet<string> = new Set(TITLE_LIKE_WORDS.value);
const titleLike = (w: string) => TITLE_LIKE.has(w) || /^[a-z]+ian$/.test(w);
const ADDRESSEE: ReadonlySet<string> = new Set(ADDRESSEE_BEFORE.value);

/** Nouns in -er/-or/-ist that name things, not people. */
const NOT_AGENT: ReadonlySet<string> = new Set(NOT_AGENT_NOUNS.value);

/** "the baker", "the novelist", "the 45-year-old's neighbour": an agent noun as a whole description. */
function agentNoun(ctx: CCtx, np: NP): boolean {
  if (np.b - np.a < 2 || np.b - np.a > 3 || lower(ctx, np.a) !== 'the') return false;
  for (let i = np.a + 1; i < np.b; i++) if (ctx.t.kind[i] !== Kind.Word || ctx.t.flags[i] & Flag.Cap) return false;
  const h = lower(ctx, np.b - 1);
  return h.length >= 5 && /(er|or|ist|ian)$/.test(h) && !NOT_AGENT.has(h) && !ORG_DESCRIPTORS.has(h);
}

/**
 * "the headman said" after "Nyipa Ugak, the village headman": a compound in -man/-woman/-person
 * (row speaker.description.person-compound) is the person whose stated role has that very word —
 * only then; with no such person it stays as written (not the last speaker: "the fisherman").
 */
function compoundRoleHolder(ctx: CCtx, np: NP, state: SpeakerState, sent: number): Entity | undefined {
  if (np.b - np.a < 2 || np.b - np.a > 3 || lower(ctx, np.a) !== 'the') return undefined;
  for (let i = np.a + 1; i < np.b; i++) if (ctx.t.kind[i] !== Kind.Word || ctx.t.flags[i] & Flag.Cap) return undefined;
  const h = lower(ctx, np.b - 1);
  if (!personCompound(h, 'm') && !personCompound(h, 'f')) return undefined;
  const e = describe(ctx, np, state, sent, true);
  if (!e) return undefined;
  const roles = expandTitles((e.roles.join(' ') + ' ' + (state.described?.get(e.id) ?? '')).toLowerCase());
  return roles.split(/\s+/).includes(h) ? e : undefined;
}

/**
 * The first person named in the two sentences after `sent`, with the sentence that names them and
 * where the name ends (whether that sentence repeats the description is its caller's check,
 * `sentenceHolds`).
 */
function namedNext(ctx: CCtx, sent: number): { id: string; k: number; start: number; end: number } | undefined {
  for (let k = sent + 1; k <= sent + 2 && k < ctx.cs.first.length; k++)
    for (const m of ctx.mentionsBySent[k] ?? [])
      if (m.type === 'person') return { id: m.entityId, k, start: m.start, end: m.end };
  return undefined;
}

/**
 * Sentence `k`'s words, lowercase, hold the description `phrase` ('same'), or the name that starts
 * at `name` has it in the other order as its own title right before it ('other': "head of the
 * agency" / "Agency head Lena Park", not "Mayor Tom Reyes said the police chief …": row
 * speaker.description.look-ahead.other-order, claims44).
 */
function sentenceHolds(
  ctx: CCtx,
  k: number,
  phrase: string,
  name: number,
  nameEnd: number,
): 'same' | 'other' | undefined {
  const title = ctx.text.slice(ctx.t.start[ctx.cs.first[k]], name).toLowerCase();
  if (ownTitle(ctx, k, phrase, title, nameEnd)) return 'same';
  const other = LOOK_AHEAD_OTHER_ORDER.value.on ? otherOrder(phrase) : undefined;
  return other && new RegExp(`(^|[^\\p{L}])${other}\\s+$`, 'u').test(title) ? 'other' : undefined;
}

/**
 * The description `phrase` is the person's own: right before the name ("Mayor Ann Moss", "The
 * leader of the council, Ann Moss") or in apposition right after it ("Ann Moss, the leader of the
 * council,"); not words the person says or a relative clause about someone else ("Ray Oduya, who
 * criticised the mayor, said": row speaker.description.look-ahead.own-title). Without the row, any
 * place in the sentence.
 */
function ownTitle(ctx: CCtx, k: number, phrase: string, title: string, nameEnd: number): boolean {
  if (!LOOK_AHEAD_OWN_TITLE.value) {
    const words = ctx.text.slice(ctx.t.start[ctx.cs.first[k]], ctx.t.end[ctx.cs.last[k] - 1]).toLowerCase();
    return words.includes(phrase);
  }
  const p = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`(^|[^\\p{L}])${p},?\\s+$`, 'u').test(title)) return true;
  const after = ctx.text.slice(nameEnd, ctx.t.end[ctx.cs.last[k] - 1]).toLowerCase();
  return new RegExp(`^,\\s+(?:(?:the|a|an|its|his|her|their)\\s+)?${p}(?![\\p{L}])`, 'u').test(after);
}

const OFFICE_HEADS: ReadonlySet<string> = new Set(LOOK_AHEAD_OTHER_ORDER.value.heads);

/**
 * A description of one or two words of role and of body in the other order: "head of the agency"
 * → "agency head", "agency head" → "head of the agency"; undefined for any other shape, or when the
 * role is no head of a body ("chief executive" is not "executive of the chief").
 */
function otherOrder(phrase: string): string | undefined {
  const of = /^([a-z]+(?: [a-z]+)?) of (?:the |its )?([a-z]+(?: [a-z]+)?)$/.exec(phrase);
  if (of) return OFFICE_HEADS.has(of[1].split(' ').at(-1)!) ? `${of[2]} ${of[1]}` : undefined;
  const two = /^([a-z]+(?: [a-z]+)?) ([a-z]+)$/.exec(phrase);
  return two && !INDEFINITE.has(two[1]) && OFFICE_HEADS.has(two[2]) && !OFFICE_HEADS.has(two[1])
    ? `${two[2]} of the ${two[1]}`
    : undefined;
}

/** A description's words, lowercase, without an opening article or possessive pronoun ("chief executive of the firm"). */
function descriptionPhrase(ctx: CCtx, a: number, b: number): string {
  const text = ctx.text.slice(ctx.t.start[a], ctx.t.end[b - 1]).toLowerCase();
  return text.replace(/^(the|a|an|its|his|her|their)\s+/, '');
}

/**
 * Row speaker.description.same-again: "the prosecutor" said something before and resolved to a
 * person; said again, it is the same person — unless someone else was introduced with that head
 * word since ("Finnish minister Mikko Rautio" between two "the minister").
 */
function describedBefore(ctx: CCtx, np: NP, state: SpeakerState, sent: number): Entity | undefined {
  const seen = state.descriptions?.get(ctx.text.slice(ctx.t.start[np.a], ctx.t.end[np.b - 1]).toLowerCase());
  // Within one story: a description last used more than 40 sentences back is read afresh.
  if (!seen || sent - seen.sent > 40) return undefined;
  const head = lower(ctx, np.b - 1);
  for (let k = seen.sent; k <= sent; k++)
    for (const m of ctx.mentionsBySent[k] ?? [])
      if (m.entityId !== seen.id && introducedAs(ctx, m, head)) return undefined;
  // "A second prosecutor, Daniel Ortiz, questioned …": another person named beside the head word.
  for (let k = seen.sent + 1; k < sent; k++) if (namesOtherWith(ctx, k, head, seen.id)) return undefined;
  seen.sent = sent;
  return ctx.entityById.get(seen.id);
}

/**
 * Sentence `k` sets a person other than `id` beside the word `head`, across a comma: "a second
 * prosecutor, Daniel Ortiz", "the prosecutor there, Daniel Ortiz", "Daniel Ortiz, also a
 * prosecutor" — not "Oduya's case was handled by the same prosecutor".
 */
function namesOtherWith(ctx: CCtx, k: number, head: string, id: string): boolean {
  const ms = ctx.mentionsBySent[k];
  if (!ms) return false;
  const { t } = ctx;
  for (let i = ctx.cs.first[k]; i < ctx.cs.last[k]; i++) {
    if (lower(ctx, i) !== head) continue;
    for (const m of ms) {
      if (m.entityId === id || ctx.entityById.get(m.entityId)?.type !== 'person') continue;
      const gap =
        m.start >= t.end[i]
          ? ctx.text.slice(t.end[i], m.start)
          : m.end <= t.start[i]
            ? ctx.text.slice(m.end, t.start[i])
            : '';
      if (gap.length <= 12 && gap.includes(',')) return true;
    }
  }
  return false;
}

function describe(
  ctx: CCtx,
  np: NP,
  state: SpeakerState,
  sent: number,
  strict = false,
  whole: NP = np,
  why?: string[],
): Entity | undefined {
  const mods: string[] = [];
  for (let i = np.a; i < np.b - 1; i++) if (ctx.t.kind[i] === Kind.Word) mods.push(lower(ctx, i).slice(0, 4));
  const head = lower(ctx, np.b - 1);
  let best: Entity | undefined,
    bestScore = 0;
  const firstAt = firstMentions(ctx);
  const at = ctx.t.start[np.a];
  const inAdjunct = adjunctPeople(ctx, np, sent);
  // "the governor's spokesman": only a person given the head word (row speaker.description.possessed-role).
  const possessed = POSSESSED_ROLE.value && possessedRole(ctx, np);
  // "the Brazilian striker", "the former chief executive": never a person given another nationality
  // or the role in the other tense (rows speaker.description.other-nationality, .former-not-current).
  const clash0 = describedClash(ctx, np, state, head);
  // "Laura Kim, the governor's spokeswoman" is not "the governor" (row speaker.description.owner-of-role).
  // "Tom Hale was jailed. The judge said …": a court's officer is no one the article gives no role
  // (row speaker.description.court-officer).
  const unroled = (e: Entity | undefined) =>
    !!e && COURT_OFFICERS.has(head) && e.roles.length === 0 && !state.described?.get(e.id);
  const clash = (e: Entity | undefined) =>
    clash0(e) ?? (ownerOfRole(ctx, e, head) ? OWNER_OF_ROLE.id : unroled(e) ? COURT_OFFICER.id : undefined);
  const passOver = (id: string | undefined) => {
    const c = id ? clash(ctx.entityById.get(id)) : undefined;
    if (c) why?.push(ruleWhy(c, 'passed over'));
    return c !== undefined;
  };
  for (const e of ctx.entityById.values()) {
    const extra = state.described?.get(e.id);
    if (e.type !== 'person' || (e.roles.length === 0 && !extra) || inAdjunct?.has(e.id)) continue;
    if (clash(e)) continue;
    // A description refers back: "the former governor said" is not a governor named only later
    // (the person named next is the fallback below, when nobody has spoken yet).
    if ((firstAt.get(e.id) ?? 0) > at) continue;
    let score = 0;
    const roles = expandTitles((e.roles.join(' ') + (extra ? ' ' + extra : '')).toLowerCase());
    for (const m of mods) if (m.length >= 4 && roles.includes(m)) score += 2;
    if (roles.includes(head)) score += 1;
    let headOk = roles.includes(head);
    if (head === 'leader' || head === 'ruler' || head === 'head')
      if (LEADER_ROLES.value.some((r) => roles.includes(r))) {
        score += 1;
        headOk = true;
      }
    if (possessed && !headOk) continue;
    // A shared modifier alone ("chief" of "her chief rival" for "the chief executive") is weak.
    if (!headOk) score /= 4;
    score += Math.min(e.mentionIds.length, 20) * 0.01;
    if (e.id === state.lastPerson) score += 0.5;
    if (score > bestScore) {
      bestScore = score;
      best = e;
    }
  }
  if (best && bestScore >= 1) return best;
  if (possessed) {
    why?.push(ruleWhy(POSSESSED_ROLE.id, 'as written'));
    return undefined;
  }
  // "Her predecessor, Keith Danvers, … The former chief executive said" (row
  // speaker.description.former-not-current).
  const handover = handoverPerson(ctx, np, sent);
  if (handover && !inAdjunct?.has(handover) && !clash(ctx.entityById.get(handover))) {
    why?.push(ruleWhy(FORMER_NOT_CURRENT.id, ctx.entityById.get(handover)!.name));
    return ctx.entityById.get(handover);
  }
  // Nobody has spoken yet: the description may announce the person named next (cataphora).
  // Not one introduced with another role ('"…," the Brazilian told …. Palmeiras president Leila
  // Pereira said …': a president is not "the Brazilian").
  const next = () => {
    const at = state.lastPerson ? undefined : namedNext(ctx, sent);
    const e = at && !inAdjunct?.has(at.id) && !passOver(at.id) ? ctx.entityById.get(at.id) : undefined;
    // "…, said the leader of the council. Ann Cole, a nurse, said …": one introduced by another
    // description of her own is someone new, not the one described.
    if (e && /^,\s+an?\s+\p{Ll}/u.test(ctx.text.slice(at!.end, at!.end + 40))) return undefined;
    if (!e || e.roles.length === 0) return e;
    // A person named later with a role of their own: only when that naming repeats the whole
    // description ("The leader of the council, Ann Moss"), or the same in the other order
    // ("Council leader Ann Moss"), not a like role of another body ("Union leader Ann Moss") (rows
    // speaker.description.look-ahead.same-description, claims43, and .other-order, claims44).
    if (LOOK_AHEAD_SAME.value) {
      const holds = sentenceHolds(ctx, at!.k, descriptionPhrase(ctx, whole.a, whole.b), at!.start, at!.end);
      if (holds === 'other') why?.push(ruleWhy(LOOK_AHEAD_OTHER_ORDER.id, e.name));
      return holds ? e : undefined;
    }
    return expandTitles(e.roles.join(' ').toLowerCase()).includes(head) ? e : undefined;
  };
  // "His son said": someone related to the one the pronoun stands for (row speaker.description.possessed).
  if (strict || POSSESSED.has(lower(ctx, np.a))) return next();
  // No stated role fits: "the Portuguese midfielder" is the person just mentioned, when that
  // person was named after the last speaker.
  // "Lake … thanked Trump. The 54-year-old said …", "Alcaraz won …, beating Sinner. "…," the
  // Spaniard told reporters": the subject of the sentence before (past the sentences of the
  // quotation being tagged), who said nothing there, before a person named later in it.
  let k0 = sent - 1;
  while (k0 > sent - 4 && k0 > 0 && opensInQuote(ctx, k0)) k0--;
  if (k0 >= 0 && k0 > state.lastPersonSent) {
    const subj = sentenceSubject(ctx, k0);
    // "Council member Ray Oduya voted against the mayor. The mayor said …" (row
    // speaker.description.object-of-last-speaker): the mayor is not the council member.
    if (
      subj &&
      subj !== state.lastPerson &&
      !describedAsOther(ctx, k0, np.a, np.b, subj) &&
      !otherTrade(ctx.entityById.get(subj), state, head) &&
      !passOver(subj)
    )
      return ctx.entityById.get(subj);
  }
  const before = ctx.t.start[np.a];
  for (let k = sent; k >= 0 && k >= sent - 1; k--) {
    const ms = ctx.mentionsBySent[k];
    if (k < state.lastPersonSent) break;
    if (!ms) continue;
    for (let x = ms.length - 1; x >= 0; x--) {
      const m = ms[x];
      // Never a name inside a quotation ('"Jannik pushed me," the Spaniard said').
      if (ctx.q.of[tokenAt(ctx, m.start)] >= 0) continue;
      if (inAdjunct?.has(m.entityId)) continue;
      if (m.type === 'person' && m.start < before && passOver(m.entityId)) continue;
      if (m.type === 'person' && m.start < before && m.entityId !== state.lastPerson && k > state.lastPersonSent)
        return describedAsOther(ctx, k, np.a, np.b, m.entityId) ? undefined : ctx.entityById.get(m.entityId);
      if (m.type === 'person' && m.start < before) break;
    }
  }
  // The last speaker only if named before the description (quotation paragraphs are attributed
  // after the article's claims, when the last speaker may be someone named further on).
  if (state.lastPerson && !inAdjunct?.has(state.lastPerson)) {
    // "The vicar, Ann Cole, said …. The pilot said": a person given another trade is not this one
    // (row speaker.description.other-trade).
    if (otherTrade(ctx.entityById.get(state.lastPerson), state, head)) {
      why?.push(ruleWhy(OTHER_TRADE.id, 'as written'));
      return undefined;
    }
    if (describedAsOther(ctx, state.lastPersonSent, np.a, np.b, state.lastPerson)) {
      why?.push(ruleWhy(DESCRIBED_AS_OTHER.id, 'as written'));
      return undefined;
    }
    if (passOver(state.lastPerson)) return undefined;
    return (firstAt.get(state.lastPerson) ?? 0) <= at ? ctx.entityById.get(state.lastPerson) : undefined;
  }
  return next();
}

/**
 * Row speaker.subject.relative-that.people: "Lawyers that represent …" — "that" (at `a - 1`) after a
 * plural of people or of bodies, before a word (at `a`) that is no determiner or pronoun.
 */
function relativeThatPeople(ctx: CCtx, rel: string, a: number, sentFirst: number): boolean {
  if (!RELATIVE_THAT_PEOPLE.value || rel !== 'that' || a - 2 < sentFirst) return false;
  const verb = lower(ctx, a);
  if (NP_DETERMINERS.has(verb) || SUBJECT_PRONOUNS.has(verb)) return false;
  const w = lower(ctx, a - 2);
  return pluralOfPeople(w) || BODIES_OF_A_PLACE.has(w);
}

/**
 * Row speaker.description.possessed-role: the words before the head of `np` hold a possessive whose
 * owner is a noun for a person ("the governor's spokesman", "the mayor's chief of staff").
 */
function possessedRole(ctx: CCtx, np: NP): boolean {
  for (let k = np.a + 1; k < np.b - 1; k++)
    if (
      ctx.t.kind[k] === Kind.Poss &&
      ctx.t.kind[k - 1] === Kind.Word &&
      !(ctx.t.flags[k - 1] & Flag.Cap) &&
      // "The group's spokesman": a body's too (row speaker.description.possessed-role.any-owner).
      (PERSON_DESCRIPTORS.has(lower(ctx, k - 1)) || POSSESSED_ROLE_ANY_OWNER.value)
    )
      return true;
  return false;
}

/**
 * Row speaker.description.owner-of-role: person `e` was given `head` only as the owner of another
 * role ("Laura Kim, the governor's spokeswoman" for the head "governor").
 */
function ownerOfRole(ctx: CCtx, e: Entity | undefined, head: string): boolean {
  if (!OWNER_OF_ROLE.value || !e || !/^\p{Ll}+$/u.test(head)) return false;
  // The description beside the first mention keeps the possessive, which the stored roles drop.
  const intro = introWords(ctx, e).toLowerCase();
  const all = intro.match(new RegExp(`\\b${head}\\b(?:['’]s\\b)?`, 'gu')) ?? [];
  if (!all.length || all.some((m) => m.length === head.length)) return false;
  return !new RegExp(`\\b${head}\\b(?!['’])`, 'u').test(e.roles.join(' ').toLowerCase());
}

const FORMER_WORDS: ReadonlySet<string> = new Set(FORMER_NOT_CURRENT.value.former);
const CURRENT_WORDS: ReadonlySet<string> = new Set(FORMER_NOT_CURRENT.value.current);
const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** One stem for a nation's adjective and its noun: "spanish"/"spaniard", "dutch"/"dutchman", "danish"/"dane". */
const nationStem = (w: string) => (w === 'dane' ? 'dani' : w === 'pole' ? 'poli' : w.slice(0, 4));

/**
 * Rows speaker.description.other-nationality and .former-not-current: for the description `np`,
 * which row (if any) passes over a person — one given a nationality and not the description's, or
 * given the role `head` now when the description says "former" (or as former when it says "new").
 */
function describedClash(
  ctx: CCtx,
  np: NP,
  state: SpeakerState,
  head: string,
): (e: Entity | undefined) => string | undefined {
  const own = new Set<string>();
  let former = false,
    current = false;
  for (let i = np.a; i < np.b; i++) {
    if (ctx.t.kind[i] !== Kind.Word) continue;
    const w = lower(ctx, i);
    if (ctx.t.flags[i] & Flag.Cap && isDemonym(ctx, ctx.text.slice(ctx.t.start[i], ctx.t.end[i])))
      own.add(nationStem(w));
    if (FORMER_WORDS.has(w)) former = true;
    if (CURRENT_WORDS.has(w)) current = true;
  }
  if (!own.size && !former && !current) return () => undefined;
  let held: boolean | undefined;
  const headHeld = () =>
    (held ??= [...ctx.entityById.values()].some(
      (x) =>
        x.type === 'person' &&
        (x.roles.join(' ') + ' ' + introWords(ctx, x))
          .toLowerCase()
          .split(/[\s,-]+/)
          .includes(head),
    ));
  return (e) => {
    if (!e) return undefined;
    const words = (e.roles.join(' ') + ' ' + (state.described?.get(e.id) ?? '') + ' ' + introWords(ctx, e))
      .toLowerCase()
      .split(/[\s,-]+/);
    if (OTHER_NATIONALITY.value && own.size) {
      const theirs = words.filter((w) => w.length > 2 && isDemonym(ctx, capital(w)));
      if (theirs.length && !theirs.some((w) => own.has(nationStem(w)))) return OTHER_NATIONALITY.id;
    }
    if ((former || current) && words.includes(head)) {
      const wasFormer = words.some((w) => FORMER_WORDS.has(w));
      if ((former && !wasFormer) || (current && wasFormer)) return FORMER_NOT_CURRENT.id;
    }
    // "Keith Danvers, the former finance director" is not "the former chief executive" (row
    // speaker.description.former-other-role).
    // Only when the text gives someone the role itself ("Sophie Achterberg, the new chief executive"):
    // "Former Representative Janet Hollis … the former congresswoman" names one role twice.
    if (FORMER_OTHER_ROLE.value && (former || current) && !words.includes(head) && headHeld())
      if (words.some((w) => FORMER_WORDS.has(w) || CURRENT_WORDS.has(w))) return FORMER_OTHER_ROLE.id;
    return undefined;
  };
}

/**
 * The description set beside a person's first mention with a comma, which the roles may not hold:
 * "The former director of the gallery, Ruth Okonedo, …", "Sophie Achterberg, the new chief
 * executive of Northline, …" (rows speaker.description.other-nationality, .former-not-current).
 */
function introWords(ctx: CCtx, e: Entity): string {
  const m = ctx.starting.find((x) => x.entityId === e.id);
  if (!m) return '';
  const before = ctx.text.slice(Math.max(0, m.start - 80), m.start);
  const lead = /(?:^|[.;:!?\n]\s*)([^.;:!?\n]*),\s*$/.exec(before);
  const after = /^,\s+((?:the|an?)\s[^,.;:!?\n]*)/.exec(ctx.text.slice(m.end, m.end + 80));
  return (lead?.[1] ?? '') + ' ' + (after?.[1] ?? '');
}

/**
 * Row speaker.description.former-not-current: for a description with "former" (or "new"), the
 * person named, in the ten sentences up to `sent`, right after a word of handing over a role
 * ("Her predecessor, Keith Danvers", "replaces Keith Danvers", "took over from Keith Danvers";
 * "Her successor, Tomás Levente", "replaced by Tomás Levente"). The latest such person, or undefined.
 */
function handoverPerson(ctx: CCtx, np: NP, sent: number): string | undefined {
  let former = false,
    current = false;
  for (let i = np.a; i < np.b - 1; i++) {
    if (FORMER_WORDS.has(lower(ctx, i))) former = true;
    if (CURRENT_WORDS.has(lower(ctx, i))) current = true;
  }
  if (former === current) return undefined;
  const phrases = former ? FORMER_NOT_CURRENT.value.predecessor : FORMER_NOT_CURRENT.value.successor;
  const before = ctx.t.start[np.a];
  for (let k = sent; k >= 0 && k >= sent - 10; k--) {
    const ms = ctx.mentionsBySent[k] ?? [];
    for (let x = ms.length - 1; x >= 0; x--) {
      const m = ms[x];
      if (m.type !== 'person' || m.start >= before) continue;
      let i = tokenAt(ctx, m.start) - 1;
      if (i >= 0 && isComma(ctx, i)) i--;
      if (i < 0 || ctx.t.kind[i] !== Kind.Word) continue;
      const one = lower(ctx, i);
      const two = i > 0 ? lower(ctx, i - 1) + ' ' + one : one;
      if (phrases.includes(two) || phrases.includes(one)) return m.entityId;
    }
  }
  return undefined;
}

/** A person's mention ends with token `q` (its last token). */
function personEndsAt(ctx: CCtx, q: number): boolean {
  for (let i = q; i >= 0 && i >= q - 5; i--) {
    const m = mentionAt(ctx, i);
    if (m) return m.type === 'person' && mentionEnd(ctx, i, q + 1) === q + 1 && ctx.t.end[q] === m.end;
  }
  return false;
}

const TRADES: ReadonlySet<string> = new Set(OTHER_TRADE.value);
const TRADE_OFFICES: ReadonlySet<string> = new Set(OFFICE_NOT_TRADE.value);
/**
 * Row speaker.description.other-trade: the description's head `head` is a trade of the row, and
 * the article gave person `e` another trade of the row and not this one.
 */
const COURT_OFFICERS: ReadonlySet<string> = new Set(COURT_OFFICER.value);

/** The name's last word is a body noun other than `head` ("World Health Organization" for "department"). */
function endsInOtherKind(name: string, head: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return last !== head && ORG_DESCRIPTORS.has(last);
}

function otherTrade(e: Entity | undefined, state: SpeakerState, head: string): boolean {
  // "…, said Tom Reyes, a nurse. The mayor said …": an office is no name for a trade either (row
  // speaker.description.other-trade.office-folds).
  if (!e || !(TRADES.has(head) || TRADE_OFFICES.has(head))) return false;
  const roles = (e.roles.join(' ') + ' ' + (state.described?.get(e.id) ?? '')).toLowerCase().split(/[\s-]+/);
  return !roles.includes(head) && roles.some((w) => TRADES.has(w));
}

const STANCE_PEOPLE: ReadonlySet<string> = new Set(STANCE_PEOPLE_OF.value);
/**
 * Row speaker.subject.stance-people-of: the subject from `a` is "(the/some/many) critics of" (a
 * plural of people defined by their stance to someone) right before the person at `personTok`.
 */
function stancePeopleOf(ctx: CCtx, a: number, personTok: number): boolean {
  const of = personTok - 1;
  if (of <= a || lower(ctx, of) !== 'of') return false;
  const head = of - 1;
  if (!STANCE_PEOPLE.has(lower(ctx, head))) return false;
  // At most a determiner or a modifier before the head ("Many critics of", "The president's critics" is not this form).
  return head - a <= 2;
}

/**
 * Row speaker.subject.stance-people-of.description: the subject `np` is "(the/some/many) critics of"
 * and a description ("Supporters of the senator").
 */
function stanceOfDescription(ctx: CCtx, np: NP): boolean {
  for (let h = np.a; h <= np.a + 2 && h + 2 < np.b; h++)
    if (STANCE_PEOPLE.has(lower(ctx, h)) && lower(ctx, h + 1) === 'of') return true;
  return false;
}

const ADJUNCT_OPENERS: ReadonlySet<string> = new Set(NOT_ADJUNCT_OBJECT.value.openers);
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(NOT_ADJUNCT_OBJECT.value.prepositions);
/**
 * Row speaker.description.not-adjunct-object: the people named in the opening adjunct of sentence
 * `sent` before the description `np` that is its subject, as the object of a preposition or in
 * apposition to one ("After talks with Japan's foreign minister, Yuki Hayashi, the Australian
 * foreign minister said", "Speaking after talks with X the German chancellor said", "Asked about X,
 * the senator said"): the description is someone else. Not when a verb follows the name in the
 * adjunct ("After Smith won the vote, the senator said": Smith may be the senator).
 */
function adjunctPeople(ctx: CCtx, np: NP, sent: number): Set<string> | undefined {
  const first = ctx.cs.first[sent];
  if (!NOT_ADJUNCT_OBJECT.value || np.a <= first + 1 || ctx.cs.of[np.a] !== sent) return undefined;
  const w = lower(ctx, first);
  if (!(ADJUNCT_OPENERS.has(w) || OBJECT_PREPOSITIONS.has(w) || OPENING_PARTICIPLES.has(w) || w.endsWith('ing')))
    return undefined;
  let out: Set<string> | undefined;
  let governed = false;
  for (let i = first; i < np.a; i++) {
    const x = lower(ctx, i);
    if (ctx.t.kind[i] === Kind.Word && OBJECT_PREPOSITIONS.has(x)) governed = true;
    if (!startsMention(ctx, i)) continue;
    const end = mentionEnd(ctx, i, np.a);
    const m = mentionAt(ctx, i);
    if (!governed || !m || m.type !== 'person') continue;
    // A verb after the name makes it a clause's subject.
    let verb = false;
    for (let j = end; j < np.a; j++) if (ctx.t.kind[j] === Kind.Word && finiteForm(lower(ctx, j), 5)) verb = true;
    if (!verb) (out ??= new Set()).add(m.entityId);
  }
  return out;
}

/** Sentence `k` opens inside a quotation (its first token is quoted or a quotation mark). */
function opensInQuote(ctx: CCtx, k: number): boolean {
  const f = ctx.cs.first[k];
  return ctx.q.of[f] >= 0 || ctx.q.role[f] !== 0;
}

/** Where each entity is first mentioned (offset), once per document. */
const FIRST_MENTIONS = new WeakMap<CCtx, Map<string, number>>();
function firstMentions(ctx: CCtx): Map<string, number> {
  let out = FIRST_MENTIONS.get(ctx);
  if (!out) {
    out = new Map();
    for (let k = 0; k < ctx.starting.length; k++) {
      const m = ctx.starting[k];
      if (!out.has(m.entityId)) out.set(m.entityId, m.start);
    }
    FIRST_MENTIONS.set(ctx, out);
  }
  return out;
}

const TITLE_ABBR = new Map(Object.entries(TITLE_ABBREVIATIONS.value));

/** "democratic sen." → "democratic sen. senator": an abbreviated title gains the office it stands for. */
function expandTitles(roles: string): string {
  if (roles.indexOf('.') < 0) return roles;
  let out = roles;
  for (const w of roles.split(' ')) {
    const full = w.endsWith('.') ? TITLE_ABBR.get(w.slice(0, -1)) : undefined;
    if (full) out += ' ' + full;
  }
  return out;
}

/** The party word of a role text ("democratic" counts for "democrat"), or undefined. */
function partyIn(word: string): string | undefined {
  for (const p of PARTY) if (word.startsWith(p)) return p;
  return undefined;
}

/** The article gives this person a party other than `party` (in a title or a description). */
function otherParty(e: Entity, state: SpeakerState, party: string): boolean {
  const roles = (e.roles.join(' ') + ' ' + (state.described?.get(e.id) ?? '')).toLowerCase().split(/\s+/);
  for (const w of roles) {
    const p = partyIn(w);
    if (p && p !== party) return true;
  }
  return false;
}

const APPOSITIVE_STOP = new Set(['and', 'but', 'said', 'says', 'told', 'who', 'which', 'that', 'while', 'as']);

/** Token `i` is a full stop after which sentence-ending `sl` has only punctuation and quotation marks. */
function closesSentence(ctx: CCtx, i: number, sl: number): boolean {
  if (ctx.t.kind[i] !== Kind.Punct || ctx.text.charCodeAt(ctx.t.start[i]) !== 46) return false;
  for (let j = i + 1; j < sl; j++) if (ctx.t.kind[j] === Kind.Word || ctx.t.kind[j] === Kind.Num) return false;
  return true;
}

/** Appends the words and numbers of tokens [a, b) to the description of entity `id`. */
function addRole(ctx: CCtx, out: Map<string, string>, id: string, a: number, b: number): void {
  const { t } = ctx;
  const ws: string[] = [];
  for (let i = a; i < b; i++) if (t.kind[i] === Kind.Word || t.kind[i] === Kind.Num) ws.push(lower(ctx, i));
  if (ws.length) out.set(id, (out.get(id) ? out.get(id) + ' ' : '') + ws.join(' '));
}

/**
 * Words of the appositive descriptions around person mentions: "the Minister of Power, Chief
 * X" and "X, the library's director," give X the words "minister power" / "library director".
 */
export function appositiveRoles(ctx: CCtx): Map<string, string> {
  const out = new Map<string, string>();
  const { t } = ctx;
  for (let k = 0; k < ctx.starting.length; k++) {
    const m = ctx.starting[k],
      i = ctx.startTok[k];
    if (m.type !== 'person') continue;
    const sf = ctx.cs.first[ctx.cs.of[i]],
      sl = ctx.cs.last[ctx.cs.of[i]];
    // Before: "<description>, [Title] Name".
    let p = i - 1;
    while (p > sf && t.kind[p] === Kind.Word && t.flags[p] & Flag.Cap && p >= i - 2) p--;
    // "her Republican opponent, former state Treasurer Dan Hollis": lowercase title modifiers
    // ("former", "state") before the title belong to it.
    while (p > sf && p >= i - 4 && t.kind[p] === Kind.Word && TITLE_MODIFIERS.has(lower(ctx, p))) p--;
    if (p > sf && isComma(ctx, p)) {
      let a = p;
      while (a - 1 >= sf && p - a < 7 && !isBoundary(ctx, a - 1) && !APPOSITIVE_STOP.has(lower(ctx, a - 1))) a--;
      // "Chancellor Ann Holz met the French president, X": a person named before the description
      // is no part of it; it starts past her (row speaker.appositive-role.past-a-name).
      if (APPOSITIVE_PAST_NAME.value)
        for (let q = p - 1; q > a; q--)
          if (personEndsAt(ctx, q)) {
            a = q + 1;
            break;
          }
      // The description opens with a determiner ("summoned the Minister of Power, …") or the sentence.
      while (a < p && a !== sf && !DETERMINERS.has(lower(ctx, a))) a++;
      if (a < p) addRole(ctx, out, m.entityId, a, p);
    }
    // Before, as a modifier: "Republican Senate candidate Mark Whitaker", "Democratic Attorney
    // General Rachel Stein": a party word among the title and role words just before the name.
    for (let q = i - 1; q >= sf && q >= i - 5 && t.kind[q] === Kind.Word; q--) {
      const w = lower(ctx, q);
      if (partyIn(w)) {
        addRole(ctx, out, m.entityId, q, q + 1);
        break;
      }
      if (t.flags[q] & Flag.Cap ? startsMention(ctx, q) : !PERSON_DESCRIPTORS.has(w)) break;
    }
    // After: "Name, the/a <description>," or "Name, 27,".
    let e = i + 1;
    while (e < sl && t.start[e] < m.end) e++;
    if (e < sl && isComma(ctx, e) && e + 1 < sl && (DETERMINERS.has(lower(ctx, e + 1)) || t.kind[e + 1] === Kind.Num)) {
      let b = e + 1;
      while (b < sl && b - e < 8 && !isBoundary(ctx, b) && !APPOSITIVE_STOP.has(lower(ctx, b))) b++;
      // "…," said Nyipa Ugak, the village headman.': the description may close the sentence too.
      if (b < sl && (isComma(ctx, b) || closesSentence(ctx, b, sl))) addRole(ctx, out, m.entityId, e + 1, b);
    }
  }
  return out;
}

/** The first token after mention `m` (which starts at token `i`), or `b` when it runs to the subject's end. */
function tokenAfterMention(ctx: CCtx, i: number, m: Mention, b: number): number {
  let e = i + 1;
  while (e < b && ctx.t.start[e] < m.end) e++;
  return e;
}

/** A possessive mark at token `e` and a lowercase word after it, inside the subject ending at `b` ("Tom Price's lawyer"). */
/**
 * The last word of the noun owned after the possessive mark at `e`, before a preposition that
 * places it ("Reed's lawyers at Kim & Chang": lawyers), or the subject's last word (row
 * speaker.person-possessor-not-speaker.placed-noun, lead 60).
 */
function possessedHead(ctx: CCtx, e: number, b: number): number {
  for (let i = e + 2; i < b; i++) if (POSSESSED_HEAD_ENDS.has(lower(ctx, i))) return i - 1;
  return b - 1;
}
const POSSESSED_HEAD_ENDS: ReadonlySet<string> = new Set(POSSESSED_NOUN_PLACED.value);

const NOUN_OF_PERSON_GROUPS: ReadonlySet<string> = new Set(NOUN_OF_PERSON.value);
/**
 * Row speaker.person-possessor-not-speaker.noun-of-person: the person mention at `i` follows "of"
 * and a lowercase noun of people ("family of", "friends of", "the widow of") inside the subject.
 */
function nounOfPerson(ctx: CCtx, a: number, i: number): boolean {
  // "The lawyer of Mr Ahmed": a courtesy title before the name (row
  // speaker.person-possessor-not-speaker.titled-person).
  i = pastCourtesyTitle(ctx, a, i);
  if (i - 2 < a || lower(ctx, i - 1) !== 'of') return false;
  const k = i - 2;
  if (ctx.t.kind[k] !== Kind.Word || (ctx.t.flags[k] & Flag.Cap && k > a)) return false;
  const w = lower(ctx, k);
  return NOUN_OF_PERSON_GROUPS.has(w) || personNounOrPlural(w);
}

function ownsNounAt(ctx: CCtx, e: number, b: number): boolean {
  return (
    e + 1 < b && ctx.t.kind[e] === Kind.Poss && ctx.t.kind[e + 1] === Kind.Word && !(ctx.t.flags[e + 1] & Flag.Cap)
  );
}
