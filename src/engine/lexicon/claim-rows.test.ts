/**
 * Every claim-related rule row's examples, run through the whole engine: cue classes, phrasal
 * and passive cues, guards, speaker words and attribution patterns (quote-mark rows are run by
 * claims/quotes.test.ts). A row whose example fails names itself in the test title.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import {
  ACCORDING_TO,
  ADVERBS_BETWEEN,
  CUE_CLASSES,
  DOCUMENT_SAYING,
  HEDGE_WORDS,
  OBJECT_INFINITIVE,
  PASSIVE_CUES,
  PHRASAL_CUES,
  PROGRESSIVE_CUES,
  QUOTED_AS_SAYING,
  RESEARCH_FINDS,
  VERDICT_AFTER,
  VERDICT_HOW,
} from './claim-cues';
import { CUE_GUARDS } from './cue-guards';
import {
  AIDE_TO,
  COLLECTIVE_OF,
  NEAR_TO,
  GENDER_OTHER_FITS,
  GENDER_KNOWN_REACH,
  BARE_PLURAL_SUBJECT,
  DESCRIBED_APPOSITION,
  PRONOUN_IT_NOT_PEOPLE,
  GROUP_PEOPLE_NOUNS,
  DESCRIPTION_BODY_OF_SOURCE,
  DESCRIPTION_NAME_FITS,
  DESCRIPTION_INTRODUCED_AS,
  DESCRIPTION_POSSESSED,
  PRONOUN_IT_RESEARCH_SUBJECT,
  PRONOUN_IT_STATEMENT_NOT_DOCUMENT,
  UNNAMED_SOURCE_NOUNS,
  FEMALE_WORDS,
  MALE_WORDS,
  NAME_LABELS,
  NOT_SUBJECT_OPENERS,
  OPENING_PHRASES,
  PARTY_LAST_PERSON,
  PARTY_WORDS,
  PRONOUN_ROWS,
  TITLE_ABBREVIATIONS,
  TITLE_OF_NAME,
  SUBJECT_DETERMINERS,
  WORK_BY,
  PERSON_COMPOUND_HEADS,
  PRONOUN_THEY_PEOPLE_OF_BODY,
  PEOPLE_OF_PLACE,
  PEOPLE_OF_PLACE_KIND,
  RELATIVE_NAME_OF,
  AGE_INTRODUCED,
  PRONOUN_THEY_COUPLE,
  TITLE_HYPHENATED,
  TRANSCRIPT_LABELS,
  DESCRIPTION_LAST_NAMED_SOURCE,
  DESCRIPTION_SAME_AGAIN,
  PARENTHETICAL_AFTER_KNOWING,
  SPOUSE_OF_COUPLE,
  PARTICLE_SURNAME,
  GENDER_PRONOUN_AFTER_QUOTE,
  APPOSITIVE_KIND_CALLED,
  APPOSITIVE_KIND_THEN_NAME,
  SUBJECT_BODY_OF_LIST,
  RELATIVE_PRESENT,
  DESCRIPTOR_BEFORE_NAME,
  TITLE_OF_PLACE,
} from './speaker-words';
import {
  ATTRIBUTION_PATTERNS,
  BOUND_PRONOUN_WORDS,
  CLAIM_SENTENCE_WORDS,
  INVERTED_ADJUNCT_WORDS,
  OBJECT_NOT_SOURCE,
  OF_AFFILIATION_WORDS,
  TELL_VERBS,
  INVERTED_OF_PHRASE_WORDS,
} from './attribution-patterns';
import { verbForms } from './verb-forms';
import {
  ADDRESSEE_BEFORE,
  ADJUNCT_AFTER_CUE,
  CLAUSE_IN_TAIL,
  LINK_AFTER_TAG,
  ADVERBS_AFTER_CUE,
  APPOSITION_BREAK_WORDS,
  COLLEAGUES_AFTER_NAME,
  CUE_NEGATORS,
  NOT_AGENT_NOUNS,
  SUBJECT_LEFT_STOPS,
  CLAIM_FUNCTION_WORDS,
  COUNTED_OPENERS,
  LEADER_ROLES,
  LY_NOUNS,
  PASSIVE_ADVERBS,
  SEEN_BY,
  SUBJECT_PRONOUN_WORDS,
  TELL_ADDRESSEE,
  TIME_BEFORE_THAT,
  TITLE_LIKE_WORDS,
  TRAILING_TIME,
  ASIDE_GOES_ON,
  VIEW_HOLDER_BREAKS,
} from './claim-words';

describe('cue rows: the cue a sentence gets ("" = no claim)', () => {
  it.each(
    rowExamples([
      ...CUE_CLASSES,
      ...PHRASAL_CUES,
      PROGRESSIVE_CUES,
      PASSIVE_CUES,
      QUOTED_AS_SAYING,
      RESEARCH_FINDS,
      OBJECT_INFINITIVE,
      VERDICT_AFTER,
      VERDICT_HOW,
      ACCORDING_TO,
      DOCUMENT_SAYING,
      ...CUE_GUARDS,
      PASSIVE_ADVERBS,
      CUE_NEGATORS,
      ASIDE_GOES_ON,
      VIEW_HOLDER_BREAKS,
    ]),
  )('%s: %s', (_id, text, want) => expectCue(text, want));
});

describe('hedge row', () => {
  it.each(rowExamples([HEDGE_WORDS]))('%s: %s', (_id, text) => expect(claimsOf(text)[0]?.hedged).toBe(true));
});

describe('speaker rows: a claim has this speaker', () => {
  it.each(
    rowExamples([
      ADVERBS_BETWEEN,
      ...PRONOUN_ROWS,
      PARTY_WORDS,
      PARTY_LAST_PERSON,
      TITLE_ABBREVIATIONS,
      TITLE_OF_NAME,
      NAME_LABELS,
      FEMALE_WORDS,
      MALE_WORDS,
      NOT_SUBJECT_OPENERS,
      OPENING_PHRASES,
      WORK_BY,
      COLLECTIVE_OF,
      AIDE_TO,
      NEAR_TO,
      UNNAMED_SOURCE_NOUNS,
      SUBJECT_DETERMINERS,
      INVERTED_ADJUNCT_WORDS,
      OBJECT_NOT_SOURCE,
      OF_AFFILIATION_WORDS,
      TELL_VERBS,
      BOUND_PRONOUN_WORDS,
      CLAIM_SENTENCE_WORDS,
      TIME_BEFORE_THAT,
      TRAILING_TIME,
      SUBJECT_PRONOUN_WORDS,
      TITLE_LIKE_WORDS,
      SEEN_BY,
      ADDRESSEE_BEFORE,
      COUNTED_OPENERS,
      LEADER_ROLES,
      ADVERBS_AFTER_CUE,
      CLAIM_FUNCTION_WORDS,
      GENDER_OTHER_FITS,
      GENDER_KNOWN_REACH,
      BARE_PLURAL_SUBJECT,
      DESCRIBED_APPOSITION,
      PRONOUN_IT_NOT_PEOPLE,
      GROUP_PEOPLE_NOUNS,
      DESCRIPTION_BODY_OF_SOURCE,
      APPOSITION_BREAK_WORDS,
      SUBJECT_LEFT_STOPS,
      COLLEAGUES_AFTER_NAME,
      DESCRIPTION_NAME_FITS,
      DESCRIPTION_INTRODUCED_AS,
      LY_NOUNS,
      DESCRIPTION_POSSESSED,
      PRONOUN_IT_RESEARCH_SUBJECT,
      PRONOUN_IT_STATEMENT_NOT_DOCUMENT,
      PERSON_COMPOUND_HEADS,
      PRONOUN_THEY_PEOPLE_OF_BODY,
      PEOPLE_OF_PLACE,
      PEOPLE_OF_PLACE_KIND,
      RELATIVE_NAME_OF,
      AGE_INTRODUCED,
      PRONOUN_THEY_COUPLE,
      TITLE_HYPHENATED,
      TRANSCRIPT_LABELS,
      DESCRIPTION_LAST_NAMED_SOURCE,
      DESCRIPTION_SAME_AGAIN,
      PARENTHETICAL_AFTER_KNOWING,
      SPOUSE_OF_COUPLE,
      PARTICLE_SURNAME,
      GENDER_PRONOUN_AFTER_QUOTE,
      APPOSITIVE_KIND_CALLED,
      APPOSITIVE_KIND_THEN_NAME,
      SUBJECT_BODY_OF_LIST,
      RELATIVE_PRESENT,
      DESCRIPTOR_BEFORE_NAME,
      TITLE_OF_PLACE,
      INVERTED_OF_PHRASE_WORDS,
    ]),
  )('%s: %s', (_id, text, want) => {
    const names = claimsOf(text).flatMap((c) => [c.name, c.speaker]);
    expect(names).toContain(want);
  });
});

describe('speaker.people-of-place.kind-of-place: every claim, "They" too, names the people as written', () => {
  it.each(rowExamples([PEOPLE_OF_PLACE_KIND]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).map((c) => c.name)).toEqual(claimsOf(text).map(() => want));
  });
});

describe('speaker.people-of-place: the people named, not the place', () => {
  it('takes "advocates" as people (speaker.pronoun.they.people-nouns)', () => {
    const claims = claimsOf('Consumer advocates in Des Moines said they would oppose the deal.');
    expect(claims.map((c) => c.name)).toEqual(['Consumer advocates in Des Moines']);
  });
});

describe('quote.after-colon-line.own-clause: a cue line with its own "that" clause is a claim of its own', () => {
  it.each([
    [
      'own clause: two claims, the quotation direct',
      'Dan Hollis told reporters in Overland Park that he would not raise taxes:\n\n“Kansas families are paying enough.”',
      ['indirect', 'direct'],
    ],
    // Must not fire: a bare tag line, and "that" as a determiner, still make one claim of line and quotation.
    ['bare tag line', 'Mayor Lena Fox wrote on her blog:\n\n“The bridge will reopen in May.”', ['direct']],
    [
      '"that" as a determiner',
      'Mayor Lena Fox wrote about that decision on her blog:\n\n“The bridge will reopen in May.”',
      ['direct'],
    ],
  ])('%s', (_name, text, kinds) => {
    expect(claimsOf(text).map((c) => c.kind)).toEqual(kinds);
    expect(claimsOf(text).every((c) => c.name === claimsOf(text)[0].name)).toBe(true);
  });
});

describe('content rows: a claim has this content', () => {
  it.each(rowExamples([ADJUNCT_AFTER_CUE, TELL_ADDRESSEE, CLAUSE_IN_TAIL, LINK_AFTER_TAG]))(
    '%s: %s',
    (_id, text, want) => {
      expect(claimsOf(text).map((c) => c.content)).toContain(want);
    },
  );
});

describe('antecedent rows: the last claim is named this (a pronoun left unresolved keeps its own text)', () => {
  it.each(rowExamples([NOT_AGENT_NOUNS]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).at(-1)?.name).toBe(want);
  });
});

describe('attribution patterns: the last claim has this speaker ("" = none)', () => {
  it.each(rowExamples(ATTRIBUTION_PATTERNS))('%s: %s', (_id, text, want) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims[claims.length - 1].name ?? '').toBe(want);
  });
});

describe('verb forms', () => {
  it.each([
    ['praise', 'praise praises praised praising'],
    ['quip', 'quip quips quipped quipping'],
    ['deny', 'deny denies denied denying'],
    ['say', 'say says said saying'],
    ['write', 'write writes wrote written writing'],
    ['lie', 'lie lies lied lying'],
    ['stress', 'stress stresses stressed stressing'],
  ])('%s', (lemma, forms) => expect(verbForms(lemma).join(' ')).toBe(forms));
});

// Adversarial sentences for rows added with claim batches 28-31: the last claim's speaker is this
// (a pronoun left unresolved keeps its own text), never the wrong person or a time word.
describe('speaker rows must not overreach: the last claim is named this', () => {
  it.each([
    [
      'speaker.pronoun.gender-known-reach: an unnamed man nearer than a named one',
      "Peter Quill founded the bakery in 1982. His daughter Anna Quill now runs it. She said sales had doubled. She said the new oven had helped. She said customers came from far away. The company's finance manager disagreed. He said profits had fallen.",
      'He',
    ],
    [
      'speaker.description.party: a party word in the appositive before "former state Treasurer X" (batch 37)',
      'Governor Laura Kessler and her Republican opponent, former state Treasurer Dan Hollis, traded accusations. His spokesman, Trent Coyle, said in an email that the governor was to blame. The Republican told reporters that he would not raise taxes.',
      'Dan Hollis',
    ],
    [
      'speaker.people-of-place: a capitalised head opening the sentence is the people, and "they" continues them (fix11b)',
      'Floods hit Spain on Monday. Officials in Madrid said the toll could rise. They said teams were searching.',
      'Officials in Madrid',
    ],
    [
      'speaker.description.person-compound: "she" after a "-man" compound is the woman named before (fix11b)',
      'Maria Lopez owns the gallery.\n\nA night watchman told police that the door had been forced. "I saw nothing from the office," she said.',
      'Maria Lopez',
    ],
    [
      'speaker.description.party: lowercase words before the title that are no title modifiers stay out',
      'Governor Laura Kessler met her Republican opponent, the banker Dan Hollis, on Monday. Tom Reed, a Democrat, said the debate had been calm. The Democrat said turnout would be high.',
      'Tom Reed',
    ],
    [
      'speaker.subject.bare-plural: a time word before the plural is no modifier',
      'The factory closed on Monday. Yesterday protesters blocked the road. They said the closure was illegal.',
      'protesters',
    ],
    [
      'speaker.subject.bare-plural: a sentence adverb before the plural is no modifier',
      'The strike began in May. Then workers walked out again. They said the offer was too low.',
      'workers',
    ],
  ])('%s', (_what, text, want) => expect(claimsOf(text).at(-1)?.name).toBe(want));
});
