/**
 * Recall rows of claims27 (issue #9): frames in which GUM marks an attribution and the detector
 * stayed silent, found by scripts/claims/misses-by-cause.ts in the study folds of
 * eval:claims-folds. Kept in a file of their own so a merge with the other claims helpers is a
 * union. recall-27.test.ts runs the examples through the whole engine (`expect` is the cue of a
 * claim, "" = no claim).
 */
import type { PhrasalCue } from './claim-cues';
import type { RuleRow } from './rule-row';

/**
 * Row cue.clause.contracted-subject: "thinks they're wrong", "believe they've found", "I think
 * it'll do fine" — a subject pronoun fused with its auxiliary opens the bare clause after a verb
 * of belief as the pronoun alone does ("thinks they are wrong").
 */
export const CONTRACTED_SUBJECT: RuleRow<{
  /** Pronouns that may open the clause. */
  pronouns: readonly string[];
  /** Auxiliaries they carry: finite, so the clause is one ("'s" is split off by the tokenizer). */
  auxiliaries: readonly string[];
}> = {
  id: 'cue.clause.contracted-subject',
  value: {
    pronouns: ['i', 'you', 'he', 'she', 'it', 'we', 'they', 'there', 'that'],
    auxiliaries: ['ll', 'd', 've', 're', 'm'],
  },
  reason:
    'A verb of belief or knowledge takes its clause without "that" when a subject and a finite verb follow ("thinks the plan will fail"); a subject pronoun is enough to open it. The tokenizer splits "\'s" off a pronoun but keeps "they\'re", "it\'ll", "we\'d", "I\'ve" as one word, which the clause-opener check did not know, so "She thinks they are wrong" made a claim and "She thinks they\'re wrong" none. Twelve study-fold misses ("I think it\'ll do fine with a cast", "I thought we\'d wait", "I can\'t believe we\'ve got achievements", "I wish they\'d waited"); news has the same frame ("Officials believe they\'ve found the cause"). The auxiliary is finite, so a clause is certain: no noun phrase can be read instead.',
  examples: [
    { text: "Officials believe they've found the cause of the fire.", expect: 'believe' },
    { text: "The coach thinks they're ready for the final.", expect: 'thinks' },
    { text: "Lina Novak hopes it'll pass before the summer.", expect: 'hopes' },
    { text: "The mayor knows there'll be questions about the budget.", expect: 'knows' },
    // The contraction also stands for the finite verb a noun phrase or "like" must be followed by.
    { text: "Residents feel like they're forgotten by the council.", expect: 'feel' },
    // Must not fire: "like" before a plain noun phrase.
    { text: 'The mayor felt like a stranger in the council chamber.', expect: '' },
    // Must not fire: no verb of belief or saying before the contraction.
    { text: "After the storm, they're rebuilding the pier.", expect: '' },
    // Must not fire: "know" with a plain object, then an unrelated clause after a comma.
    { text: "Residents know the area well, and they're staying.", expect: '' },
  ],
};

/**
 * Row cue.phrasal.saw-that: "I saw that the garden had no end", "we can see that the median is
 * 2" — seeing that something holds is coming to know it, as "noticed that" (cue.verb.realise).
 * Only with "that" right after the verb and a clause after "that" (checked in claims/cues.ts).
 */
export const SAW_THAT: RuleRow<readonly PhrasalCue[]> = {
  id: 'cue.phrasal.saw-that',
  value: [{ verb: 'see', particles: ['that'] }],
  reason:
    'GUM marks perception of a fact as the perceiver\'s claim ("As they approached I saw that my father\'s face was shining with pride", "we can see that the sheet near the paperweight is no longer straight", "Further, he saw that this could be done at a national level"): eight study-fold misses. An earlier row (claims26b\'s cue.verb.perceive) let "that" stand anywhere in the window after the verb and added a false claim in the held-out fold, so this one is narrow: "that" must follow the verb at once and open a clause (an article, pronoun, name or number after it), so "saw that coming", "saw that film" and "saw a play that the critics loved" stay silent.',
  examples: [
    { text: 'As the boat came closer, Ada Price saw that the harbour wall had collapsed.', expect: 'saw that' },
    { text: 'When the results came in, the engineers saw that they had been right.', expect: 'saw that' },
    // Must not fire: "that" as a demonstrative, or a relative clause after an object.
    { text: 'Nobody saw that coming in the second half.', expect: '' },
    { text: 'Omar Haddad saw a play that the critics loved.', expect: '' },
    { text: 'Lina Novak saw that film twice in one week.', expect: '' },
  ],
};

/**
 * Row cue.phrasal.certain-bare: "he was convinced they were all nervous", "I'm sure you're
 * wondering" — cue.phrasal.certain-that without its "that": the adjective of certainty after
 * "be", then a clause (a subject and its finite verb, checked in claims/cues.ts).
 */
export const CERTAIN_BARE: RuleRow<readonly PhrasalCue[]> = {
  id: 'cue.phrasal.certain-bare',
  value: ['convinced', 'confident', 'certain', 'sure', 'concerned'].map((verb) => ({
    verb,
    particles: [],
    afterBe: true,
  })),
  reason:
    '"That" is as optional after these adjectives as after "believe": GUM marks "Though most hid it well, he was convinced they were all as nervous and scared as he was", "I felt certain he had returned with his sack of tree-cuttings", "I\'m pretty sure it\'s just cough drops", and news writes "officials are confident the dam will hold". Only after a form of "be" or "feel" (the adjective\'s verb group, as for certain-that, so "Make sure you …" names no holder), and only before a clause: a subject pronoun, a contracted one, or a noun phrase followed by a finite verb, so "is sure to win", "was certain of victory", "are concerned about the smell" and "is confident in his squad" stay silent.',
  examples: [
    { text: 'Officials are confident the dam will hold through the spring.', expect: 'are confident' },
    { text: 'Omar Haddad was convinced they had rigged the count.', expect: 'was convinced' },
    // Must not fire: an infinitive, a preposition, or an imperative.
    { text: 'The champion is sure to win the final.', expect: '' },
    { text: 'Residents are concerned about the smell from the plant.', expect: '' },
    // Since claims31 the imperative's clause is row cue.imperative.report's claim, cue "Make sure".
    { text: 'Make sure the door is locked before you leave.', expect: 'Make sure' },
  ],
};

/**
 * Row quote.after-claim.not-after-state: a claim that reports a state of mind or a perception
 * ("was convinced they …", "saw that …") is not speech, so an untagged quotation paragraph after it
 * is not its continuation (quote.after-claim stays for claims of saying).
 */
export const NOT_CONTINUED_AFTER: RuleRow = {
  id: 'quote.after-claim.not-after-state',
  value: ['cue.phrasal.certain-bare', 'cue.phrasal.certain-that', 'cue.phrasal.saw-that'],
  reason:
    "quote.after-claim gives an untagged quotation paragraph the speaker of the claim just before it, which is right when that claim reports speech (\"The roads will reopen soon, Mateo Salas said.\" then a quotation). A conviction or a perception says nothing was uttered: in the study folds 'Though most hid it well, he was convinced they were all as nervous …' made the commanding officer's five-sentence speech that followed his, five false claims. The rows named here (claims26's and claims27's adjective and perception cues) are no longer continued.",
  examples: [
    {
      text: 'The pilots waited on the deck. Omar Haddad was convinced they were all afraid.\n“Listen up. We fly at dawn.”',
      expect: 'Omar Haddad',
    },
  ],
};

/**
 * Row quote.after-colon-line.unquoted: quote.after-colon-line for a paragraph with no quotation
 * mark — 'In it, Norton observed:' and then what he observed, set off as its own paragraph.
 */
export const UNQUOTED_COLON_LINE: RuleRow<{
  /** Fewer words than this is a heading or a list item, not a statement. */
  minWords: number;
  /** Characters that open a list item. */
  bullets: readonly string[];
}> = {
  id: 'quote.after-colon-line.unquoted',
  value: { minWords: 5, bullets: ['-', '•', '*', '–', '—'] },
  reason:
    'A block quotation is often set off by its paragraph alone, with no quotation marks ("In it, Norton observed:" then the decree\'s text; a report "said:" then its finding). The claim stopped at the colon, so it matched no gold claim and the paragraph was missed (two study-fold misses). Only when the cue is the last word before the colon (so nothing it reports stands in its own sentence: "wrote about the decision:" keeps its claim as it was), the next paragraph holds a statement of five words or more that is no list item, and it has no cue of its own (then it is a claim of its own, made as before).',
  examples: [
    {
      text: 'The inspectors published their findings on Monday. In the report, the chief inspector wrote:\n\nThe dam was never inspected after the floods of 2019, and its gates had rusted shut.',
      expect: 'The dam was never inspected after the floods of 2019, and its gates had rusted shut.',
    },
    // Must not fire: the paragraph after the colon has a cue of its own.
    {
      text: 'The inspectors published their findings on Monday. In the report, the chief inspector wrote:\n\nThe mayor said the dam was safe.',
      expect: '',
    },
    // Must not fire: a list item.
    { text: 'The chief inspector wrote:\n\n- rusted gates and a cracked spillway', expect: '' },
  ],
};

/**
 * Row cue.phrasal.as-put-it: "As the mayor put it, the city is broke", "As physicist John
 * Wheeler summarized it: “Matter tells spacetime how to curve”" — "put it" and its kin report
 * the words that follow, but only in the "as X put it" frame (checked in claims/cues.ts).
 */
export const AS_PUT_IT: RuleRow<readonly PhrasalCue[]> = {
  id: 'cue.phrasal.as-put-it',
  value: [
    { verb: 'put', particles: ['it'] },
    { verb: 'summarize', particles: ['it'] },
    { verb: 'summarise', particles: ['it'] },
    { verb: 'phrase', particles: ['it'] },
  ],
  reason:
    '"As X put it, …" hands the rest of the sentence to X as "X said" does ("As one resident put it, the town has been forgotten"); GUM marks it ("As American physicist John Wheeler summarized it: “Matter tells spacetime how to curve …”", a study-fold miss) and news uses it often. "Put it" alone is a verb of placing ("put it on the table"), so the cue holds only when "as" opens the clause a few words before the verb (at the sentence\'s start or after a comma) and a comma, colon or quotation follows "it".',
  examples: [
    { text: 'As one resident put it, the town has been forgotten by the state.', expect: 'put it' },
    { text: 'As the coach summarised it: "We were beaten by a better side."', expect: 'summarised it' },
    // Must not fire: placing, not saying.
    { text: 'Omar Haddad took the box and put it on the table.', expect: '' },
    { text: 'As soon as the crew put it back in the water, the boat sank.', expect: '' },
  ],
};

/**
 * Row speaker.citation-brackets: "Coase [13,14] argues that …" — a numbered reference between the
 * subject and its verb is skipped, as a bracketed acronym is ("… Service (NIS) said").
 */
export const CITATION_BRACKETS: RuleRow<{
  /** How many tokens the bracket may hold. */
  maxTokens: number;
  /** What may stand between the numbers. */
  separators: readonly string[];
}> = {
  id: 'speaker.citation-brackets',
  value: { maxTokens: 12, separators: [',', '-', '–', ';'] },
  reason:
    'Papers and reports cite by number right after the author\'s name ("Coase [13,14] argues that economic transactions involve costs", a study-fold miss with no claim at all): the walk left from the verb stopped at "]" and found no subject. Only brackets holding numbers and the commas, dashes or semicolons between them: "[the company] said" (a word in brackets) is an editor\'s insertion and stays as it was.',
  examples: [
    { text: 'Coase [13,14] argues that economic transactions involve costs.', expect: 'Coase' },
    { text: 'Hein and colleagues [7-9] found that children respond to the stimuli.', expect: 'Hein and colleagues' },
  ],
};
