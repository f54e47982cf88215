/**
 * Rows of claims37b (issue #9: claims on text the engine never saw, second round). Found on the
 * study folds of the claims folds (GUM's interviews, speeches, court hearings, letters, podcasts,
 * vlogs), written as patterns of English that hold in news. Kept in a file of its own so a merge
 * with the other claims helpers is a union. claims-37b.test.ts runs the examples through the
 * whole engine.
 */
import type { CueClass } from './claim-cues';
import type { RuleRow } from './rule-row';

/**
 * Row speaker.work-by.participle (extends speaker.work-by): "A letter signed by 40 lawmakers
 * said …", "A study led by researchers at Oxford found that …", "A statement issued by the
 * ministry said …" — a document, a participle of making it and its author are one subject.
 */
export const WORK_MADE_BY: RuleRow = {
  id: 'speaker.work-by.participle',
  value: [
    'signed',
    'published',
    'issued',
    'released',
    'written',
    'commissioned',
    'led',
    'conducted',
    'compiled',
    'prepared',
    'drafted',
    'sent',
    'filed',
    'funded',
    'produced',
    'authored',
    'co-authored',
  ],
  reason:
    'speaker.work-by lets "by" stand inside a subject right after a document ("A report by the authority found …"); anywhere else "by" opens a passive agent, so the subject is rejected. News names the author of a letter, report or study through a participle as often: "A letter signed by 40 lawmakers said the deal was illegal", "A study led by researchers at Oxford found that …", "A statement issued by the ministry on Monday said …" made no claim at all. Only a participle of making, signing or issuing a document (not "seen by", which speaker.subject.seen-by reads as the one who saw it), right after one of speaker.work-by\'s documents.',
  examples: [
    { text: 'A letter signed by 40 lawmakers said the deal was illegal.', expect: 'said' },
    { text: 'A study led by researchers at Oxford found that the drug reduced deaths.', expect: 'found' },
    { text: 'A statement issued by the ministry on Monday said the talks had failed.', expect: 'said' },
    // Must leave: a passive agent after a person, and a participle that is no making of the document.
    { text: 'The man arrested by police said nothing.', expect: '' },
    { text: 'A report ignored by the ministry for years warned that the river would flood.', expect: '' },
  ],
};

/**
 * Row cue.verb.hypothesis: "We hypothesized that …", "Researchers posit that …", "Some
 * astronomers theorize that …" — verbs of putting forward a hypothesis attribute it to its holder.
 */
export const HYPOTHESIS_CUES: RuleRow<CueClass> = {
  id: 'cue.verb.hypothesis',
  value: { lemmas: ['hypothesize', 'hypothesise', 'posit', 'theorize', 'theorise'], complement: 'that' },
  reason:
    'Science and health news report what researchers propose as well as what they found: "The team hypothesized that the virus had jumped from bats", "Economists posit that higher rates cool demand", "Some astronomers theorize that the planet was captured". The proposition is the holder\'s, as with "suggest" or "believe" (cue.verb.belief); the study folds\' academic article marks "We hypothesized that …" and "we posited that …" and the engine read neither. Only with "that" after the verb (or the words cue.verb.reply allows between), so "posited a model" or "theorized about it" stay none; "postulate" and "conjecture" are left out since they are as often nouns before "that" ("Dalton\'s postulate that atoms …").',
  examples: [
    { text: 'The team hypothesized that the virus had jumped from bats.', expect: 'hypothesized' },
    { text: 'Economists posit that higher rates cool demand.', expect: 'posit' },
    { text: 'Some astronomers theorize that the planet was captured.', expect: 'theorize' },
    // Must leave: no clause after the verb.
    { text: 'The authors posited a model of two stages.', expect: '' },
    { text: 'Fans have theorized about the ending for years.', expect: '' },
  ],
};

/**
 * Row guard.appeal-to.demand (narrows cue.phrasal.appeal): "Police appealed to residents to stay
 * indoors", "appealed to the public for information" are demands; "topics that appeal to
 * advertisers", "The show appeals to younger viewers", "appealed to voters on Monday" say nothing.
 */
export const APPEAL_TO_DEMAND: RuleRow<{
  /** The verb. */
  lemma: string;
  /** Words after the addressee that carry what was asked for ("to" + a verb, "for"). */
  demands: readonly string[];
  /** Most tokens looked at after "to" for them. */
  reach: number;
}> = {
  id: 'guard.appeal-to.demand',
  value: { lemma: 'appeal', demands: ['to', 'for'], reach: 15 },
  reason:
    '"appeal to" reports a public demand only with what was asked for: "Police appealed to residents to stay indoors", "The mayor appealed to the public for information", "appealed to both sides for calm". Otherwise it means to attract ("topics that appeal to advertisers", "pick the ones that appeal to you", a study-fold interview and how-to: two false claims) or names a court or a sentiment appealed to, with nothing said ("appealed to the Supreme Court", "appealed to voters on Monday"). So "appeal to" is a cue only when "to" and a verb or "for" follows its addressee within fifteen tokens, before any punctuation (an addressee may carry a relative clause: "appealed to anyone who had been in the area on Thursday to contact police", batch 33, which the first version with eight tokens lost). "appeal for" (cue.phrasal.appeal) is unchanged.',
  examples: [
    { text: 'Police appealed to residents to stay indoors.', expect: 'appealed to' },
    { text: 'The mayor appealed to the public for information about the attack.', expect: 'appealed to' },
    { text: 'The site publishes articles on topics that appeal to advertisers.', expect: '' },
    { text: "The show's humour appeals to younger viewers.", expect: '' },
    { text: 'The company appealed to the Supreme Court last year.', expect: '' },
    // "to" and a determiner is a place the addressee goes or listens to, not a demand (lead, at the merge).
    { text: 'The show appeals to viewers who listen to the radio.', expect: '' },
    // Must leave: "appeal for" and the demand after a long addressee.
    { text: 'The president appealed for calm.', expect: 'appealed for' },
    { text: 'The minister appealed to farmers in the flooded northern districts to leave.', expect: 'appealed to' },
    {
      text: 'Detectives appealed to anyone who was near the station on Friday night to come forward.',
      expect: 'appealed to',
    },
  ],
};
