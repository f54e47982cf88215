/**
 * Rows of claims57f (issue #9: claims in writing we did not invent). Found by counting the claims
 * folds' study-fold errors by cause and by probing the same shapes on news sentences of our own;
 * each row is a pattern of English that holds in any news. Kept in a file of its own so a merge
 * with the other claims helpers is a union. claims-47f.test.ts runs the examples through the
 * whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row speaker.opening-participle-no-comma (beside speaker.subject.opening-adjunct-no-comma
 * of claims-46f.ts): "Asked about the deal the spokesman said …", "Speaking at a rally in Ohio the
 * senator said …" — an opening participle phrase written without its comma is no part of the subject.
 */
export const OPENING_PARTICIPLE_NO_COMMA: RuleRow<{
  /** Past participles of asking that open a sentence ("Asked about …", "Pressed on …"). */
  participles: readonly string[];
  /** A word in -ing opens such a phrase only before one of these ("Speaking at", "Writing in"). */
  afterIng: readonly string[];
}> = {
  id: 'speaker.opening-participle-no-comma',
  value: {
    participles: ['asked', 'pressed', 'questioned', 'quizzed', 'challenged', 'interviewed', 'contacted', 'reached'],
    afterIng: ['at', 'to', 'on', 'in', 'after', 'before', 'during', 'from', 'about', 'with', 'outside', 'by'],
  },
  reason:
    'Wire copy opens with a participle phrase and often leaves out its comma ("Asked about the deal the spokesman said it was fair", "Speaking at the conference the minister said prices would fall"). The subject search walks left from the cue to the start of the sentence, so the whole phrase was read as the speaker ("Asked about the deal the spokesman", "Speaking at a rally in Ohio the senator"). When the sentence opens with a participle of asking, or a word in -ing followed by a preposition, the subject starts where the opening-adjunct row starts it after "When" (the first determiner or name no preposition governs, else a plural of people ending the phrase). A gerund subject ("Speaking skills matter, the report said") has no preposition after it and is left alone.',
  examples: [
    { text: 'Asked about the deal the spokesman said it was fair.', expect: 'the spokesman' },
    { text: 'Speaking at the conference the minister said prices would fall.', expect: 'the minister' },
    { text: 'Speaking at a rally in Ohio the senator said she would run again.', expect: 'the senator' },
    { text: 'Pressed on the figures the finance minister said they were accurate.', expect: 'the finance minister' },
    {
      text: 'Speaking to reporters outside the court defence lawyers said the trial was unfair.',
      expect: 'defence lawyers',
    },
    // Must leave: the participle phrase is the subject itself, or there is no phrase.
    { text: 'Speaking skills matter most, the report said.', expect: 'the report' },
    { text: 'Asked, the spokesman said the deal was fair.', expect: 'the spokesman' },
  ],
};
