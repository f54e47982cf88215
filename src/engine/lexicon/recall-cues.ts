/**
 * Rows that let a cue fire where GUM (and the news sets annotated after it) marks an attribution
 * and the detector stayed silent: an adverb read as a determiner, a participle of knowing, a
 * quotation after a verb of speaking and its "words". Kept apart from claim-cues.ts and
 * cue-guards.ts so each can be read (and merged) as one change; recall-cues.test.ts runs the
 * examples through the whole engine (`expect` is the cue of a claim, "" = no claim).
 */
import type { PhrasalCue } from './claim-cues';
import type { RuleRow } from './rule-row';

/**
 * Row guard.determiner-before.adverb: "further" and "earlier" are determiners before a noun
 * ("further reports", "earlier claims") but adverbs before a past-tense verb ("She further
 * said", "He earlier told reporters"); guard.determiner-before does not hold then.
 */
export const DETERMINER_ADVERBS: RuleRow = {
  id: 'guard.determiner-before.adverb',
  value: ['further', 'earlier'],
  reason:
    'These words modify nouns ("further reports on the crash") and verbs ("she further said"); a past-tense cue form that is no noun ("said", "claimed", "noted") after them is a verb with its subject before the adverb, so the determiner guard must not silence it. Found in the claims folds: \'She further said: "It is sad for me today …"\' made no claim.',
  examples: [
    { text: 'Senator Ada Price further said that the vote had been fair.', expect: 'said' },
    { text: 'The minister earlier told reporters that the talks had stalled.', expect: 'told' },
    { text: 'She further claimed that the ballots had been counted twice.', expect: 'claimed' },
    // Must not fire: a determiner before a noun.
    { text: 'Further reports on the crash were published on Monday.', expect: '' },
    { text: 'Earlier claims of fraud were dismissed by the court.', expect: '' },
  ],
};

/**
 * Row speaker.participle.negated: "…, not knowing that …", "…, even knowing that …" — a word
 * between the comma and a participle of knowing or saying leaves the participle's source where it
 * is without it: the main clause's subject.
 */
export const PARTICIPLE_LEAD_WORDS: RuleRow<{
  /** Words that may stand between the comma and the participle. */
  words: readonly string[];
  /** What must follow the participle then: the opening of a reported clause. */
  clauseOpeners: readonly string[];
}> = {
  id: 'speaker.participle.negated',
  value: {
    words: ['not', 'never', 'even', 'also', 'apparently', 'clearly', 'perhaps'],
    clauseOpeners: ['that', 'if', 'whether', 'what', 'how', 'why', 'where', 'who', 'when'],
  },
  reason:
    'A participle clause after a comma reports with the main subject as its source ("She signed the lease, believing that the flat was safe"); a negation or adverb before the participle ("…, not knowing that he had a reputation …", "…, even knowing that the odds were slim") changes what is reported, not who holds it. Only before the opening of a clause ("that", "if", a wh-word and more): "…, not saying a word" reports nothing. GUM marks these as third-person belief claims; the detector found no source because it looked for the comma right before the participle.',
  examples: [
    {
      text: 'She fell in love with Tomas Reyes at once, not knowing that he had a reputation as a gambler.',
      expect: 'knowing',
    },
    { text: 'The council approved the plan, even knowing that the budget was short.', expect: 'knowing' },
    { text: 'Lina Novak signed the lease, not realising that the flat was unsafe.', expect: 'realising' },
    // Must not fire: no comma before the adverb, the participle is no part of a clause of its own.
    { text: 'The plan is not worth knowing about.', expect: '' },
    // Must not fire: a negated participle with a plain object reports nothing.
    { text: 'Lina Novak left the room, not saying a word.', expect: '' },
    { text: 'The mayor left early, never saying why.', expect: '' },
  ],
};

/**
 * Row quote.after-words: 'George Floyd gasped his last words, "I can't breathe."' — a noun of
 * utterance ("words", "message", "motto") closing the clause right before a quotation that runs
 * to the end of the sentence: the quotation is those words, said by the sentence's subject.
 */
export const QUOTE_AFTER_WORDS: RuleRow = {
  id: 'quote.after-words',
  value: [
    'words',
    'message',
    'motto',
    'slogan',
    'plea',
    'reply',
    'response',
    'answer',
    'warning',
    'promise',
    'refrain',
  ],
  reason:
    'A quotation set off by a comma or colon after "his last words", "her message", "a motto" is what those words were; the verb before them may be any verb of producing speech ("gasped", "repeated", "sent", "had"), most of them no cue, so the noun is what marks the tag. The subject that opens the sentence is the source. Found in the claims folds (speech genre: "gasped his last words, ‘I can\'t breathe,’", "repeating George Floyd\'s dying words, ‘I can\'t breathe.’").',
  examples: [
    { text: 'Tomas Reyes gasped his last words, "Tell my mother I tried."', expect: 'Tomas Reyes' },
    { text: 'Lina Novak sent the crew a short message: "Hold the line until dawn."', expect: 'Lina Novak' },
    {
      text: 'Last spring, Tomas Reyes whispered his answer, "Not yet," and walked out of the hall.',
      expect: 'Tomas Reyes',
    },
    // Must not fire: a title in quotation marks after a noun that is no utterance.
    { text: 'Lina Novak released a new album, "The Long Road Home."', expect: '' },
    // Must not fire: the quotation does not end the sentence.
    { text: 'Lina Novak repeated the words "never again" at every rally in the county.', expect: '' },
  ],
};

/**
 * Row cue.phrasal.certain-that: "was convinced that …", "are confident that …" — an adjective of
 * certainty or concern after "be", before "that", holds the clause as "believe that" does.
 */
export const CERTAIN_THAT: RuleRow<readonly PhrasalCue[]> = {
  id: 'cue.phrasal.certain-that',
  value: ['convinced', 'confident', 'certain', 'sure', 'concerned', 'adamant'].map((verb) => ({
    verb,
    particles: ['that'],
    afterBe: true,
  })),
  reason:
    'Being convinced, confident, certain or sure that something holds is believing it, and being concerned that it holds is fearing it; GUM marks both as the holder\'s claim ("Jenna\'s mother … was concerned that their content might put off employers", "I am sure that the new initiatives … are making their contribution"), as news reports them ("officials are confident that the dam will hold"). The adjective is no verb, so cue.verb.belief never sees it (as with cue.phrasal.aware-that). Only after a form of "be" (or "will", "not", "well" …: the adjective\'s verb group), so the imperative "Make sure that …" names no holder; and only before "that": "sure of", "concerned about", "confident in" name a thing, not a proposition.',
  examples: [
    { text: 'Officials are confident that the dam will hold.', expect: 'are confident that' },
    { text: 'Omar Haddad was convinced that the vote had been rigged.', expect: 'was convinced that' },
    { text: 'Residents are concerned that the plant will close.', expect: 'are concerned that' },
    // Must not fire: concern or confidence about a thing.
    { text: 'Residents are concerned about the smell from the plant.', expect: '' },
    { text: 'The coach is confident in his young squad.', expect: '' },
    // Must not fire: an imperative has no holder to name (since claims31 its clause is row
    // cue.imperative.report's claim, with the imperative as written as the cue, never "sure").
    { text: 'Make sure that the door is locked before you leave.', expect: 'Make sure' },
  ],
};

/**
 * Row cue.phrasal.conclusion-that: "came to the conclusion that …", "reached the conclusion that
 * …" — concluding, said with a noun.
 */
export const CONCLUSION_THAT: RuleRow<readonly PhrasalCue[]> = {
  id: 'cue.phrasal.conclusion-that',
  value: [
    { verb: 'come', particles: ['to', 'the', 'conclusion', 'that'] },
    // verb-forms.ts knows no irregular "come": its past is written out.
    { verb: 'came', particles: ['to', 'the', 'conclusion', 'that'] },
    { verb: 'reach', particles: ['the', 'conclusion', 'that'] },
    { verb: 'draw', particles: ['the', 'conclusion', 'that'] },
  ],
  reason:
    'Coming to or reaching the conclusion that something holds is concluding it, which cue.verb rows attribute ("the inquiry concluded that …"); GUM marks the noun form too ("Aristotle and others came to the conclusion that matter consisted of …"). Only with "that": "reached a conclusion" names no proposition.',
  examples: [
    { text: 'The inspectors came to the conclusion that the fire was arson.', expect: 'came to the conclusion that' },
    { text: 'The panel reached the conclusion that the drug was safe.', expect: 'reached the conclusion that' },
    // Must not fire: no proposition.
    { text: 'The panel reached a conclusion after two days.', expect: '' },
  ],
};
