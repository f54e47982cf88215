/**
 * Rows of claims63 (issue #9): the faults shown by claims batches 143 and 144 (a trial's closing
 * speeches, a protest, a strike ballot, a scientific paper's release, a diplomatic summit, a sports
 * press conference) and by sentences invented in the same kinds of writing. Each row is a pattern of
 * English that holds in any news. Kept in a file of its own so a merge with the other claims
 * helpers is a union (claims63f writes claims-53f.ts); every id here holds a word of its own
 * ("direct-that", "plural-aside"). claims-53.test.ts runs the examples through the whole engine.
 */
import type { CueClass } from './claim-cues';
import type { RuleRow } from './rule-row';

/**
 * Row cue.verb.direct-that (a cue class, registered in claim-cues.ts): "Judge Caroline Webb
 * directed the jurors that they must decide on the evidence alone" — a judge's directions to a jury.
 */
export const DIRECT_THAT: RuleRow<CueClass> = {
  id: 'cue.verb.direct-that',
  value: { lemmas: ['direct', 'instruct'], complement: 'that', clauseAfterThat: true },
  reason:
    'A judge sums up by telling the jury what the law is: "directed the jurors that they must reach their verdicts on the evidence alone", "instructed the jury that it could convict only if it was sure" (batch 143 missed the first). Like cue.verb.remind these verbs report a statement to the one told, but "that" after them is as often a determiner ("directed that film", "directed that year"), and with "to" they give an order to act ("directed the fans to the exits", "instructed his players to press"), not a statement. So "direct" and "instruct" are cues only with "that" opening a clause (an article, a pronoun, a name or a number after it), after the one told or right after the verb ("directed that the jury be discharged").',
  examples: [
    {
      text: 'Judge Caroline Webb directed the jurors that they must decide on the evidence alone.',
      expect: 'directed',
    },
    { text: 'The judge instructed the jury that it could convict only if it was sure.', expect: 'instructed' },
    { text: 'The judge directed that the jury be discharged.', expect: 'directed' },
    // Must not fire: a determiner "that", an order to act, a passive.
    { text: 'Sara Lind directed that film in 2019.', expect: '' },
    { text: 'Stewards directed the fans to the exits.', expect: '' },
    { text: 'The manager instructed his players to press high.', expect: '' },
    { text: 'The film was directed by Sara Lind.', expect: '' },
  ],
};

/**
 * Row guard.base-form.plural-aside (claims/cues.ts `baseFormAllowed`, beside
 * guard.base-form.plural-head): "The findings, published in Nature, suggest that …", "Officials,
 * speaking on Monday, say …" — a plural subject, an aside between commas, then its verb.
 */
export const BASE_FORM_PLURAL_ASIDE: RuleRow<{ maxHead: number; maxAside: number }> = {
  id: 'guard.base-form.plural-aside',
  value: { maxHead: 4, maxAside: 12 },
  reason:
    'A base-form cue ("say", "suggest", "show") needs a plural subject, a modal or "to" before it (guard.base-form), and the subject was read only right before the verb. A paper\'s release and an anonymous briefing put an aside between the two: "The findings, published in Nature, suggest that the virus jumped to humans twice", "The results, which were published on Monday, show that the drug works", "Officials, speaking on condition of anonymity, say the talks have stalled" made no claim (found with batch 144\'s kinds). When the cue follows a comma that closes an aside of words and numbers only (up to twelve), opened by a comma right after a subject of up to four words that opens the sentence and ends in a plural (a regular -s plural not capitalised unless it opens the sentence, or one of the plurals without -s such as "data"), the base form is that plural\'s verb.',
  examples: [
    { text: 'The findings, published in Nature, suggest that the virus jumped to humans twice.', expect: 'suggest' },
    { text: 'The results, which were published on Monday, show that the drug works.', expect: 'show' },
    { text: 'Officials, speaking on condition of anonymity, say the talks have stalled.', expect: 'say' },
    { text: 'The data, released on Monday, suggest that prices are falling.', expect: 'suggest' },
    // Must leave: a singular subject, a name, and a plain object after the verb.
    { text: 'The report, which was published on Monday, show that the drug works.', expect: '' },
    { text: 'Prices, which rose in May, show no sign of falling.', expect: '' },
    { text: 'Jones, speaking on Monday, say nothing.', expect: '' },
  ],
};
