/**
 * Rows of claims30c (issue #9, news sentences seen by other helpers): "told the story", "told a
 * joke", "told lies" — "tell" whose object is the thing told, not a person told something. Kept
 * in a file of its own so a merge with the other claims helpers is a union. claims-30c.test.ts runs
 * the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row claim.tell.thing-told: "They told the story well", "He told her a joke", "The witness told
 * lies" — "tell" with a noun of narration or of truth as its object says how someone spoke, not
 * what they said.
 */
export const TELL_THING_TOLD: RuleRow<{
  /** Nouns that name the thing told, not what it says. */
  nouns: readonly string[];
  /** Object pronouns that may stand before the thing told ("told her a joke"). */
  pronouns: readonly string[];
  /** Words after the noun that show it opens a clause ("told reporters the story was false"). */
  clauseAfter: readonly string[];
  /** Lowercase words that may stand between "tell" and the noun at most. */
  maxBetween: number;
}> = {
  id: 'claim.tell.thing-told',
  value: {
    nouns: [
      'story',
      'stories',
      'tale',
      'tales',
      'joke',
      'jokes',
      'lie',
      'lies',
      'truth',
      'anecdote',
      'anecdotes',
      'fable',
      'fables',
      'yarn',
      'yarns',
      'fortune',
      'fortunes',
      'difference',
    ],
    pronouns: ['me', 'him', 'her', 'us', 'them', 'you'],
    clauseAfter: [
      'that',
      'is',
      'was',
      'are',
      'were',
      'has',
      'had',
      'have',
      'would',
      'will',
      'could',
      'can',
      'may',
      'might',
      'should',
      'must',
      'did',
      'does',
      'do',
    ],
    maxBetween: 3,
  },
  reason:
    '"tell" reports speech through a content clause ("told reporters that the talks had stalled", "told the court it had acted lawfully") or a quotation after the person told ("told Reuters: …"). Its object may instead be the thing told: "They told the story well", "He told her a joke", "The witness told lies to the police", "She told the story of how her father fled" narrate or judge a telling and carry no statement of the speaker, yet each was a claim whose content was the noun phrase. When the first noun after "tell" (past an object pronoun and at most three lowercase words) names a story, a joke, a lie, the truth or a difference, and neither a verb nor "that" nor a colon follows it, nothing was said. A noun that opens a clause ("told reporters the story was false") or a colon ("told a different story: the pay had never arrived") keeps the claim.',
  examples: [
    { text: 'They told the story well.', expect: '' },
    { text: 'He told her a joke about the weather.', expect: '' },
    { text: 'She told the story of how her father fled the war.', expect: '' },
    { text: 'At the dinner the mayor told funny stories for an hour.', expect: '' },
    // Must leave: a content clause, a person told something, a noun that opens a clause, a colon.
    { text: 'He told reporters that the plan was dead.', expect: 'told' },
    { text: 'He told the court it had acted lawfully.', expect: 'told' },
    { text: 'The minister told reporters the story was false.', expect: 'told' },
    { text: 'Workers told a different story: the pay had never arrived.', expect: 'told' },
    { text: '"We will not sell," Ortiz told Reuters.', expect: 'told' },
  ],
};

/**
 * Row speaker.seen-by.no-name-after: "Protesters seen by a Reuters reporter said …" — no name
 * after a participle of seeing and "by" is the source, wherever it stands in the phrase.
 */
export const SEEN_BY_NO_NAME_AFTER: RuleRow<{ by: string }> = {
  id: 'speaker.seen-by.no-name-after',
  value: { by: 'by' },
  reason:
    'Whoever "saw", "obtained" or "reviewed" a source is not the source (row speaker.seen-by), but that row passed over only a name right after "by": "Protesters seen by a Reuters reporter said the march would continue" was given to Reuters, and "An internal memo obtained by the Financial Times showed …" to the Financial Times. After such a participle and "by", no name in the rest of the phrase is taken as the speaker; the description is kept as written, with its phrase, as row speaker.seen-by keeps "internal memo seen by Reuters".',
  examples: [
    {
      text: 'Protesters seen by a Reuters reporter said the march would continue.',
      expect: 'Protesters seen by a Reuters reporter',
    },
    {
      text: 'An internal memo obtained by the Financial Times showed that the bank knew of the fault.',
      expect: 'internal memo',
    },
    // Must leave: a named person before the phrase, and a work by its author.
    {
      text: 'Maria Ortiz, seen by reporters outside the court, said she would appeal.',
      expect: 'Maria Ortiz',
    },
    { text: 'A report by the Hanley Group said the contract was void.', expect: 'Hanley Group' },
  ],
};
