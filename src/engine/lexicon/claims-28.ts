/**
 * Rows of claims28 (issue #9): the study folds' false claims of eval:claims-folds, sorted by the
 * rule that made them, and the recall leads with a general cause. Kept in a file of their own so a
 * merge with the other claims helpers is a union. claims-28.test.ts runs the examples through the
 * whole engine (`expect` is the cue of a claim, or its speaker where the row says so; "" = no claim).
 */
import type { RuleRow } from './rule-row';

/**
 * Row claim.sentence.tag-after-mark: '"Why should the town pay?" Mayor Tom Reyes asked.' — a
 * quotation that ends in "?" or "!" is not a sentence of its own when its tag follows on the same
 * line. The segmenter ends a sentence after '?"' before a capital, so the tag ("Tom Reyes asked.",
 * "I say.") stood alone with nothing to report, and the quotation was left to the claim before it.
 */
export const TAG_AFTER_MARK: RuleRow<{
  /** Lemmas whose forms make a tag after a name or a pronoun (verbs of saying, asking, crying out). */
  verbs: readonly string[];
  /** Capitalised words a tag's subject may have before its verb ("Mayor Tom Reyes"). */
  maxSubjectWords: number;
}> = {
  id: 'claim.sentence.tag-after-mark',
  value: {
    verbs: [
      'say',
      'ask',
      'add',
      'tell',
      'reply',
      'respond',
      'answer',
      'retort',
      'insist',
      'demand',
      'plead',
      'exclaim',
      'shout',
      'cry',
      'scream',
      'yell',
      'whisper',
      'mutter',
      'snap',
      'joke',
      'laugh',
      'sigh',
      'wonder',
      'protest',
      'groan',
      'howl',
      'wail',
      'call',
    ],
    maxSubjectWords: 4,
  },
  reason:
    'A question or an exclamation in quotation marks ends in "?" or "!" inside the closing mark, and the sentence segmenter ends the sentence there whenever a capital follows. So \'"Why should the town pay?" Mayor Tom Reyes asked.\', \'"We will not pay a cent more!" Ellen Drake said.\' and \'“Sorry!” I say.\' became a quotation with no cue and a tag with no content: the first made no claim at all, and in the study folds quote.after-claim gave such quotations the speaker of the claim before them (it was right by chance: GUM credits each to its own tag, "I say", "Mom asks", "Pete said"). A lowercase word right after the mark ("asked Rampersaud Singh", "she wondered") always continues the sentence; a capital does when it opens a name or a subject pronoun of at most four capitalised words followed by one of these verbs.',
  examples: [
    { text: 'The council met on Monday.\n\n"Why should the town pay?" Mayor Tom Reyes asked.', expect: 'Tom Reyes' },
    { text: 'The meeting ended.\n\n"We will not pay a cent more!" Ellen Drake said.', expect: 'Ellen Drake' },
    {
      text: 'The boats were idle.\n\n"Who will fish when I am gone?" asked Rampersaud Singh, a fisherman.',
      expect: 'Rampersaud Singh',
    },
    // Must not join: a new sentence with a subject and another verb.
    { text: 'The flood came at night. "Is it over?" Nobody in the village knew.', expect: '' },
    { text: 'Protesters waved signs reading "Resign!" Then the mayor left the stage.', expect: '' },
  ],
};

/**
 * Row guard.noun-or-verb.after-quote: '"Who will fish when I am gone?" asked Rampersaud Singh, a
 * fisherman.' — "asked" is read as a verb (not the participle of "the questions asked") right
 * after the closing mark of a quotation, as it is after a name or a pronoun.
 */
export const VERB_AFTER_QUOTE: RuleRow<readonly string[]> = {
  id: 'guard.noun-or-verb.after-quote',
  value: ['asked'],
  reason:
    'A form that is also a participle ("asked") count as cues only after a name, a pronoun or before "that" (guard.noun-or-verb), so the inverted tag of a quoted question, \'"Who will fish when I am gone?" asked Rampersaud Singh\', made no claim unless the name ended the sentence (quote.tag then took it). A closing quotation mark right before the form is as sure a sign of a tag as a name: nothing else puts a participle there.',
  examples: [
    {
      text: 'The boats were idle.\n\n"Who will fish when I am gone?" asked Rampersaud Singh, a fisherman.',
      expect: 'asked',
    },
    { text: '“Will the ferry run tomorrow?” asked Ada Price, a teacher.', expect: 'asked' },
    // Must not fire: a participle after a noun, far from any quotation.
    { text: 'The questions asked at the hearing were never answered.', expect: '' },
  ],
};

/**
 * Row quote.after-claim.not-in-dialogue: in a text written as dialogue (fiction: turns of a few
 * words, questions and exclamations), a quotation paragraph with no tag of its own is a new turn,
 * not the continuation of the claim before it.
 */
export const NOT_AFTER_CLAIM_IN_DIALOGUE: RuleRow<{
  /** A quotation of at most this many words is a turn of dialogue ("No," "Merry Christmas."). */
  turnWords: number;
  /** Characters that end a turn inside its closing mark: a question, an exclamation, a break. */
  turnEnds: string;
  /** A dialogue text has at least this many turns among its quotation paragraphs … */
  minTurns: number;
  /** … and they are at least this share of them. */
  minShare: number;
}> = {
  id: 'quote.after-claim.not-in-dialogue',
  value: { turnWords: 3, turnEnds: '?!…—', minTurns: 3, minShare: 0.4 },
  reason:
    "quote.after-claim made 68 false claims in the study folds (and 59 more by quote.continued after them), 64 of them in fiction: '“Nutcrackers,” he said.' then '“Santa can’t reach it …”', '“Oh hello, Mrs. Claus,” Ginny said.' then '“Merry Christmas.”' — the next turn is often another speaker, and GUM credits a turn only to a tag of its own. News continues a speaker's quotation over untagged paragraphs (claim batches 1–71 hold 300 such claims), so the row tells the two apart by the text, not the paragraph: in the fiction of the folds 46–86% of the paragraphs that open with a quotation are turns (three words or fewer, or ending in \"?\", \"!\", \"…\" or a dash inside the mark), in every news batch story at most two and a quarter of them. In a dialogue text the rule still joins a quotation in the same paragraph as the claim (\"“…,” she said. “…”\").",
  // `expect`: the speaker of the last paragraph's claim, "" for none.
  examples: [
    {
      text: '“Is it snowing?” she asked.\n\n“No,” he said.\n\n“Are you sure?”\n\n“Yes!” he said.\n\n“Then we can go to the lake tomorrow and skate.”',
      expect: '',
    },
    {
      text: 'The mayor spoke first. "We will rebuild the pier," Lena Fox said.\n\n"It will take two years, and the state will pay half of it."',
      expect: 'Lena Fox',
    },
  ],
};

/**
 * Row cue.phrasal.certain.verb-group: "I am sure that …", "I'm pretty sure it's …" — words of the
 * verb group before an adjective cue (cue.phrasal.certain-that / certain-bare, "aware that"),
 * beside the forms of "be", modals and adverbs it had.
 */
export const ADJECTIVE_GROUP_WORDS: RuleRow<readonly string[]> = {
  id: 'cue.phrasal.certain.verb-group',
  value: ['am', 'pretty', 'quite', 'absolutely', 'really', 'totally', 'completely', 'entirely'],
  reason:
    'An adjective cue ("sure", "convinced", "aware") needs its verb group before it, so that "Make sure that" (an imperative) names no holder. The group knew "is", "are", "was", "\'m" and adverbs like "fully" and "very", but not "am" nor the intensifiers of speech: "I am sure that the new initiatives …" and "I\'m pretty sure it\'s just cough drops" made no claim while "We are sure that …" did (study-fold misses in speech and vlog; GUM marks the holder of the certainty as the source). News has them in quotations and interviews ("I am confident the dam will hold").',
  examples: [
    { text: 'The report came out on Monday. I am sure that the council will listen.', expect: 'am sure that' },
    { text: 'The mayor is pretty sure the council will listen.', expect: 'is pretty sure' },
    { text: 'Ada Price is quite certain that the bridge will open in May.', expect: 'is quite certain that' },
    // Must not fire: an imperative, or "pretty" as an adjective before a noun.
    { text: 'Make pretty sure that the door is locked.', expect: '' },
    { text: 'The garden looked pretty in the spring sun.', expect: '' },
  ],
};

/**
 * Row cue.phrasal.saw-that.can: "we can see that the median is 2" — the subject of cue.phrasal.saw-that
 * stands before "can" as before "could" or "will" (cue.adverb-between has no "can").
 */
export const CAN_SEE_THAT: RuleRow<{ modal: string; verb: string; particle: string }> = {
  id: 'cue.phrasal.saw-that.can',
  value: { modal: 'can', verb: 'see', particle: 'that' },
  reason:
    'The words that may stand between a subject and its cue (cue.adverb-between) hold "will", "would", "could", "may" and "might" but not "can", so "We could see that the median is 2" made a claim and "we can see that the median of the upper half …" none: three study-fold misses in textbook prose (the recall lead "we can see that"). "can" in general was tried and cut: it added abilities and offers as claims ("you can ask questions", "Perhaps you can warn him", "every smartphone can tell you where you are") and lowered the pooled batches\' speakers; seeing that something holds is a claim of knowledge with or without the modal.',
  examples: [
    { text: 'The test ran for a week. We can see that the median is 2.', expect: 'We' },
    { text: 'From the bridge, residents can see that the river is rising.', expect: 'residents' },
    // Must not fire: another verb after "can", or "that" as a demonstrative.
    { text: 'Residents can ask the council about the river.', expect: '' },
    { text: 'Nobody can see that far in the fog.', expect: '' },
  ],
};

/**
 * Row claim.no-proposition: "I doubt it.", "I don't know why.", "I came home and told you.", "you
 * know what?" — a cue whose whole content, after it, is one word that stands for no statement.
 */
export const NO_PROPOSITION: RuleRow<{ words: readonly string[]; exceptRows: readonly string[] }> = {
  id: 'claim.no-proposition',
  value: {
    words: [
      'it',
      'that',
      'this',
      'so',
      'you',
      'me',
      'him',
      'her',
      'us',
      'them',
      'what',
      'why',
      'how',
      'anything',
      'nothing',
      'something',
    ],
    // "blamed her", "accused him": the accusation is what is attributed.
    exceptRows: ['cue.verb.accuse'],
  },
  reason:
    'A claim attributes a statement; when all that follows the cue is a pronoun or a bare question word, the statement is elsewhere or nowhere: "I doubt it.", "I swear it.", "I understand it.", "I don\'t know why.", "But you know what?", "I came home and told you.", "I didn\'t say anything." — ten false claims in the study folds, none of them right (a cue with its content before it, "These three, I think.", is untouched). Accusations keep their object ("I couldn\'t say I blamed her").',
  examples: [
    { text: 'The council met on Monday. The mayor doubted it.', expect: '' },
    { text: 'The ferry was late again, and nobody knew why.', expect: '' },
    { text: 'The council met on Monday. The mayor doubted that the plan would work.', expect: 'doubted' },
    { text: 'The plan will fail, the mayor thinks.', expect: 'thinks' },
  ],
};
