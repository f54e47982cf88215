/**
 * Rows of the lead's reading in stop 55 (issue #9): patterns of English met in invented news wires
 * that hold in any news. Kept in a file of its own so a merge with the claims helpers is a union.
 * claims-lead-55.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/** Row speaker.inverted.indefinite-thing (claims/claims.ts, sourceOfVerb). */
export const INVERTED_INDEFINITE_THING: RuleRow<{ sources: readonly string[]; speechOnly: readonly string[] }> = {
  id: 'speaker.inverted.indefinite-thing',
  value: {
    // Nouns of a written source that speak after the verb as a person does ('"…," said a statement').
    sources: ['statement', 'report', 'study', 'survey', 'poll', 'letter', 'filing', 'notice', 'memo', 'document'],
    // Verbs that take no thing as their object: what follows them after a comma is always a source
    // ("…, said a city engineer"), whatever its noun.
    speechOnly: [
      'said',
      'says',
      'say',
      'added',
      'adds',
      'told',
      'tells',
      'wrote',
      'writes',
      'explained',
      'insisted',
      'noted',
      'replied',
      'continued',
    ],
  },
  reason:
    'After a comma a cue\'s source may stand on its right ("…, said a spokeswoman"). An indefinite phrase there is a source only when it names someone or a written source ("a spokeswoman", "a person familiar with the talks", "a statement"); otherwise it is what the verb reports, and the source is on the left: "The retailer, which sells shoes online, reported a loss" gave the speaker "a loss". When the words before the comma are no clause of their own (only a subject and a relative aside) and after a verb that also takes a thing as its object (reported, announced, posted …), an inverted phrase opening with "a" or "an" that holds no name, no person or body noun, no unnamed-source noun and none of these written sources is not taken as the source; after a verb of speech only ("said", "added") it always may be ("…, said a city engineer").',
  examples: [
    { text: 'The retailer, which sells shoes online, reported a loss.', expect: 'The retailer' },
    // Must leave: an unnamed person and a written source after the verb.
    { text: 'The mayor insisted the bridge was safe, said a city engineer.', expect: 'a city engineer' },
    { text: '"We are open," said a spokeswoman for the store.', expect: 'a spokeswoman for the store' },
    {
      text: 'Talks will resume on Monday, said a statement from the ministry.',
      expect: 'the ministry',
    },
  ],
};

/** Row speaker.inverted.for-phrase (claims/claims.ts, ofPhraseAfter). */
export const INVERTED_FOR_PHRASE: RuleRow<readonly string[]> = {
  id: 'speaker.inverted.for-phrase',
  value: ['for'],
  reason:
    'Wire copy names an unnamed source by whom they speak for: \'"We will reopen every store by Monday," said a spokeswoman for the chain\'. The inverted source stopped at "for", so nothing ended it and the quotation was lost with no claim at all. After a person\'s noun (spokeswoman, lawyer, official …) "for" runs on like "of" in speaker.inverted.of-phrase: a short phrase to punctuation or the sentence end, opening with an article or a capital, is part of the source. After any other word "for" still ends it, and so does a phrase holding a person ("said a lawyer for Mr Diaz" would give the client the lawyer\'s words) or a time ("said a spokesman for months"; review, stop 55).',
  examples: [
    {
      text: '"We will reopen every store by Monday," said a spokeswoman for the chain.',
      expect: 'a spokeswoman for the chain',
    },
    { text: 'Talks will resume on Monday, said a spokesman for the ministry.', expect: 'a spokesman for the ministry' },
    // Must leave: a named person keeps the name, the body after "for" is where they work.
    { text: '"Nothing has been decided," said Ann Lee, a spokeswoman for Tesco.', expect: 'Ann Lee' },
  ],
};

/** Row guard.legal-appeal-object (claims/cues.ts, findCue). */
export const GUARD_LEGAL_APPEAL: RuleRow<{
  lemmas: readonly string[];
  against: readonly string[];
  determiners: readonly string[];
  objects: readonly string[];
}> = {
  id: 'guard.legal-appeal-object',
  value: {
    lemmas: ['appeal'],
    against: ['against'],
    determiners: ['the', 'that', 'this', 'a', 'an', 'its', 'his', 'her', 'their', 'our'],
    objects: [
      'ruling',
      'rulings',
      'decision',
      'decisions',
      'verdict',
      'sentence',
      'sentences',
      'conviction',
      'convictions',
      'judgment',
      'judgement',
      'order',
      'fine',
      'fines',
      'ban',
      'suspension',
      'result',
      'case',
    ],
  },
  reason:
    'Appealing for calm or to voters reports what the source asked for, but appealing a ruling is a legal act: "Jakarta appealed that ruling", "The club will appeal against the ban", "She appealed her conviction" report no statement. The verb "appeal" followed by "against", or by a determiner, at most two modifiers and a ruling\'s noun, is no cue.',
  examples: [
    { text: 'The government appealed that ruling, but the appeal has not been heard.', expect: '' },
    { text: 'The club said it would appeal against the three-match ban.', expect: 'said' },
    { text: 'Farah appealed her conviction in May.', expect: '' },
    // Must leave: an appeal for something or to someone.
    { text: 'The storm hit on Monday. The mayor appealed to residents to stay indoors.', expect: 'appealed to' },
    { text: 'A man was hurt. Police appealed for witnesses to come forward.', expect: 'appealed for' },
  ],
};
