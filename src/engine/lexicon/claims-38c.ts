/**
 * Rows of the lead's reading in stop 48 (issue #9): faults seen on an invented US Senate race
 * report opened in the reader. Kept in a file of its own so a merge with the claims helpers'
 * files is a union. claims-38c.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row guard.speaker.capitalised-run-not-description: a source written as a run of capitalised
 * words with no determiner ("Majority Forward, its Democratic counterpart, said …") is a name the
 * mention layer missed, not a description of someone named before, even when its last word is a
 * role noun ("forward", "counsel").
 */
export const CAPITALISED_RUN_NOT_DESCRIPTION: RuleRow<null> = {
  id: 'guard.speaker.capitalised-run-not-description',
  value: null,
  reason:
    'A bare description ("the striker said", "the senator said") names the person the article spoke of last with that role (row speaker.description). The check looked only at the last word of the subject, so "Majority Forward, its Democratic counterpart, said on Monday it would add $9 million" — a super PAC the tagger did not name — was read as "forward" the football position and given the campaign manager quoted a paragraph before as its speaker. A description of a person starts with a determiner or a possessive ("the", "a", "his"); a subject of two or more words that are all capitalised, with no determiner, and whose role word is capitalised inside the phrase, is a name. It is kept as written: a wrong person is worse than no link. "The Forward said" and "the team\'s forward said" still read as descriptions.',
  examples: [
    {
      text: 'Campaign manager Priya Raman said the ads were false. Majority Forward, its Democratic counterpart, said on Monday it would add $9 million.',
      expect: 'Majority Forward',
    },
    {
      text: 'Senator Ann Reyes backed the bill. Liberty Counsel, a legal group, said the law would not survive in court.',
      expect: 'Liberty Counsel',
    },
    // Must leave: a determiner before the role word keeps the description.
    {
      text: 'Striker Tomas Vidal scored twice. The forward said the team had earned the win.',
      expect: 'Tomas Vidal',
    },
  ],
};
