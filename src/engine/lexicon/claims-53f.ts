/**
 * Rows of claims63f (issue #9: claims in writing we did not invent). The faults the stop-62 review
 * left (README "The lead's reading (stop 62)", its "Left from the review") and the claims folds'
 * largest news-general causes, each probed on news sentences of our own. Kept in a file of its own
 * so a merge with the other claims helper (claims63 writes claims-53.ts) is a union; every id here
 * holds a word of its own ("folds"). claims-53f.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row claim.sentence.words.plural-opens-folds (claims/quotes.ts, widens claim.sentence.words): "He
 * flew back to the U.S. Officials said …" and "… Malcolm X. Critics said …" — a capitalised plural
 * common noun after initials, with a lowercase word after it, opens a sentence.
 */
export const PLURAL_OPENS: RuleRow<{ nameParts: readonly string[] }> = {
  id: 'claim.sentence.words.plural-opens-folds',
  value: {
    // Plurals that do go on into a name after a country's initials ("the U.S. Marines said", "the
    // U.S. Armed Forces", "the U.N. Games"): these continue the sentence as before.
    nameParts: [
      'marines',
      'forces',
      'states',
      'nations',
      'airlines',
      'airways',
      'rangers',
      'marshals',
      'services',
      'industries',
      'affairs',
      'studies',
      'games',
      'olympics',
      'championships',
      'masters',
      'securities',
      'commissioners',
    ],
  },
  reason:
    'For claims, initials ("the U.S.", "the U.K.") before a capitalised word continue the sentence into a name ("the U.S. Food and Drug Administration said"), and a single capital with its stop ("Malcolm X.", "George W.") is read as an initial by the segmenter. So "He flew back to the U.S. Officials said the talks had failed" and "The speech was given by Malcolm X. Critics said it was divisive" were one sentence each, and their claims were lost (the stop-62 review). A capitalised plural common noun (in -s, not a name part such as "Marines" or "Forces") followed by a lowercase word opens a sentence after such initials, as do the sentence openers ("the", "he", "they", …) after a one-letter initial; "George W. Bush said" and "Michael J. Fox said" go on.',
  examples: [
    { text: 'He flew back to the U.S. Officials said the talks had failed.', expect: 'the talks had failed' },
    { text: 'The speech was given by Malcolm X. Critics said it was divisive.', expect: 'it was divisive' },
    { text: 'The film starred Michael J. They said it was his best role.', expect: 'it was his best role' },
    // Must leave: a name goes on after the initials.
    {
      text: 'Two ships were seized near the coast, the U.S. Marines said on Friday.',
      expect: 'Two ships were seized near the coast',
    },
    { text: 'Michael J. Fox said the cure was close.', expect: 'the cure was close' },
  ],
};

/**
 * Row cue.document-saying.document-object.carried-folds (widens cue.document-saying.document-object,
 * claims/claims.ts `subjectBeforeVerb`): "Protesters held placards saying the war must end" — the
 * placards speak, not a speaker span running over the verb.
 */
export const CARRIED_DOCUMENT: RuleRow<{ verbs: readonly string[]; particles: readonly string[] }> = {
  id: 'cue.document-saying.document-object.carried-folds',
  value: {
    // Verbs of carrying, showing, handing round or putting up printed matter: its bearer shows or
    // spreads a text written for the public, which speaks in its own words.
    verbs: [
      'held',
      'hold',
      'holds',
      'holding',
      'carried',
      'carry',
      'carries',
      'carrying',
      'waved',
      'waving',
      'displayed',
      'displaying',
      'wore',
      'wearing',
      'handed',
      'handing',
      'distributed',
      'distributing',
      'passed',
      'put',
      'putting',
    ],
    // A particle may stand between the verb and the document ("handed out flyers", "put up posters").
    particles: ['out', 'up', 'around', 'round'],
  },
  reason:
    'After a document with a participle of saying, the speaker was the subject before the verb that put the document there (its issuer), or the document itself after a verb of receiving. Printed matter that is carried, shown or handed round fell between the two: "Protesters held placards saying the war must end" gave the speaker "Protesters held placards", and "Police handed out flyers urging drivers to slow down" gave "Police handed out flyers" (the stop-62 review). As GUM reads "a banner that read …", the printed matter speaks: after a verb of carrying, showing, handing out or putting up (a particle "out"/"up" may follow it), the document is the speaker as written. A statement "issued" or "sent" still goes to its issuer.',
  examples: [
    { text: 'Protesters held placards saying the war must end.', expect: 'placards' },
    { text: 'Police handed out flyers urging drivers to slow down.', expect: 'flyers' },
    { text: 'Campaigners put up posters warning that the park would be sold.', expect: 'posters' },
    // Must leave: the issuer of the document speaks.
    { text: 'The firm issued a statement saying the plant would close.', expect: 'The firm' },
  ],
};

/**
 * Row claim.second-cue.coordinated.after-object.figures-folds (claims/claims-52.ts `plainObject`,
 * widens claim.second-cue.coordinated.after-object): "Health officials confirmed 43 cases on
 * Monday, and warned that more would follow" — a plain object may hold a figure and end at a comma.
 */
export const SECOND_AFTER_FIGURES: RuleRow<boolean> = {
  id: 'claim.second-cue.coordinated.after-object.figures-folds',
  value: true,
  reason:
    'Row claim.second-cue.coordinated.after-object gives the verb after "and" a claim of its own when the first verb has a short plain object of words only ("denied the claims and said …"). News objects are often counts and dates ("confirmed 43 cases on Monday", "recorded 1,200 arrests"), and a comma often stands before "and": "Health officials confirmed 43 cases on Monday, and warned that more would follow" was one claim with the content "43 cases on Monday, and warned that more would follow", and without the comma the first cue took the second\'s content (the stop-62 review). A number may stand in the plain object, and a comma right before the conjunction closes it.',
  examples: [
    {
      text: 'Health officials confirmed 43 cases on Monday, and warned that more would follow.',
      expect: 'more would follow',
    },
    {
      text: 'Health officials confirmed 43 cases on Monday and warned that more would follow.',
      expect: 'more would follow',
    },
    // Must leave: a clause reported by the first verb is not a plain object (the older row's reading).
    { text: 'The company denied the claims.', expect: '' },
  ],
};

/**
 * Row claim.second-cue.after-relative-clause.infinitive-folds (claims/claims.ts `coordinatedSecond`,
 * widens claim.second-cue.after-relative-clause): "The coach, who told players to stay calm, warned
 * fans not to travel" — the relative clause's closing comma parts the two claims, finite or not.
 */
export const RELATIVE_SECOND_INFINITIVE: RuleRow<boolean> = {
  id: 'claim.second-cue.after-relative-clause.infinitive-folds',
  value: true,
  reason:
    'Row claim.second-cue.after-relative-clause makes the cue right after a relative clause\'s closing comma a second claim of the same speaker ("The mayor, who said the bridge was safe, added that repairs would start in May"), but it went through the coordinated check that the first verb reported a finite clause. A relative clause that reports an order or a warning with an infinitive ("who told players to stay calm") has none, so "The coach, who told players to stay calm, warned fans not to travel" lost the second claim (the stop-62 review). The closing comma of the relative clause is a bound of its own: the first content need not be finite there.',
  examples: [
    {
      text: 'The coach, who told players to stay calm, warned fans not to travel.',
      expect: 'fans not to travel',
    },
    {
      text: 'The minister, who warned farmers to expect losses, admitted that the scheme had failed.',
      expect: 'the scheme had failed',
    },
    // Must leave: no cue after the closing comma.
    { text: 'The coach, who told players to stay calm, left the ground early.', expect: '' },
  ],
};

/**
 * Row speaker.object-relative-subject.past-verb.present-folds (claims/plain-object.ts and
 * claims/relative-speaker.ts, widens speaker.object-relative-subject.past-verb): "The drug, which
 * doctors say saves lives, was withdrawn" — a present in -s opens the reported clause too.
 */
export const OBJECT_RELATIVE_PRESENT: RuleRow<{ maxSubjectWords: number }> = {
  id: 'speaker.object-relative-subject.past-verb.present-folds',
  value: { maxSubjectWords: 3 },
  reason:
    'Row speaker.object-relative-subject.past-verb lets the relative\'s own subject speak when the clause after the cue opens with a past ("The tax, which critics said harmed the poor, fell"). With a present in -s ("The drug, which doctors say saves lives, was withdrawn", "a scheme that residents say damages their homes") the word after the cue was read as a plain noun object of the thing before "which", and no claim was made (claims62f\'s leftover, the stop-62 review). Right after a cue whose subject (at most three words) follows "which" or "that", a lowercase word in -s (not -ss) with a word after it is the reported clause\'s verb, and the relative\'s subject is the speaker.',
  examples: [
    { text: 'The drug, which doctors say saves lives, was withdrawn.', expect: 'doctors' },
    { text: 'The council approved a scheme that residents say damages their homes.', expect: 'residents' },
    // Must leave: a plain object of a thing, with no relative before the cue.
    { text: 'These results indicate shifts in opinion.', expect: '' },
  ],
};

/**
 * Row speaker.pronoun.it.own-sentence-subject-folds (claims/speaker.ts, the "it" pronoun; beside
 * speaker.pronoun.it): "The health ministry said 40 people had died, which it blames on gaps in
 * funding" — "it" in a relative clause is the body the sentence opens with.
 */
export const IT_OWN_SUBJECT: RuleRow<{ relatives: readonly string[] }> = {
  id: 'speaker.pronoun.it.own-sentence-subject-folds',
  value: { relatives: ['which', 'that'] },
  reason:
    '"It" as a speaker is the organisation that spoke last or the one just named. Inside a relative clause that trails a claim ("…, which it blames on gaps in funding", "…, a figure that it says is rising") the claim that holds it has not been recorded yet, so "it" went to an earlier body ("The Red Cross sent doctors … The health ministry said 40 people had died, which it blames on gaps in funding" gave the Red Cross; the stop-62 review). When "it" follows "which" or "that" and its sentence opens with a body as subject (an organisation the engine named, or an article and a noun for a body), that body speaks.',
  examples: [
    {
      text: 'The Red Cross sent doctors to the region on Monday. The health ministry said 40 people had died, which it blames on gaps in funding.',
      expect: 'health ministry',
    },
    {
      text: 'The World Bank froze its loans in May. The health ministry reported 40 deaths, which it blamed on gaps in funding.',
      expect: 'health ministry',
    },
    {
      text: 'The Red Cross sent doctors on Monday. Oxfam said 40 people had died, which it blames on gaps in funding.',
      expect: 'Oxfam',
    },
    // Must leave: "it" opening its own sentence is the body that spoke last.
    {
      text: 'The health ministry reported 40 deaths on Monday. It blamed gaps in funding for the toll.',
      expect: 'health ministry',
    },
  ],
};
