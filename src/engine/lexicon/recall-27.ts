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
