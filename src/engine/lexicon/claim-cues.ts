/**
 * Attribution cues as named rule rows: the verbs, phrasal verbs and constructions that make a
 * sentence a claim, grouped by what they need around them to attribute anything. Verbs are
 * written once as lemmas; `verbForms` gives every inflection. The classes follow how English
 * reports speech and thought (Levin's verbs of communication, manner of speaking, judgement,
 * and the "that"-clause verbs of cognition and evidence), so a verb new to us joins its class
 * rather than being patched in for one article.
 *
 * Which verbs to list was informed by studying the attribution cues of the GUM training
 * documents (../shared/train/gum, all genres); nothing here is learned or copied from them.
 */
import { STANCE_ADVERBS_BETWEEN } from './claims-30';
import { CANNOT_BETWEEN } from './claims-37';
import { DOCUMENT_AD } from './claims-38';
import { DOCUMENT_PRINTED } from './claims-52f';
import { HYPOTHESIS_CUES } from './claims-37b';
import { HOLD_THAT } from './claims-39b';
import { CUE_FORECAST_THAT } from './claims-31b';
import type { RuleRow } from './rule-row';
import { CHANT_THAT } from './claims-42';
import { DIRECT_THAT } from './claims-53';
import { MANNER_ANGER } from './claims-54f';
import { ACCEPT_THAT, EXPRESS_THAT } from './claims-48f';
import { CERTAIN_THAT, CONCLUSION_THAT } from './recall-cues';
import { AS_PUT_IT, CERTAIN_BARE, SAW_THAT } from './recall-27';
import { verbForms } from './verb-forms';

/**
 * What a cue needs around it before the sentence counts as a claim:
 * - `any`: the verb attributes on its own ("Moreno said the plan failed", '"…," she said').
 * - `clause`: a reported clause or a quotation: "that", a colon, a quote next to it, a clause
 *   that opens with a determiner, pronoun, name or number, or a parenthetical ("…, I think.").
 * - `that`: only "that" (or a colon), a quotation in the sentence, or a parenthetical use —
 *   for verbs that just as often take a plain object ("wrote a novel", "knew the area").
 * - `object`: a judgement of something named ("praised the ruling", "denounced the attack");
 *   attributes like `any`, but only with a speaker-like subject (a name, pronoun or description).
 * - `quoted`: a quotation a few words after the verb, which is the subject's words for what the
 *   verb names ('called the offer "an insult"'); without one the verb is an ordinary act.
 */
export type Complement = 'any' | 'clause' | 'that' | 'object' | 'quoted';

export interface CueClass {
  lemmas: readonly string[];
  complement: Complement;
  /** The verb distances the reporter from the content ("claimed", "alleged"). */
  hedged?: boolean;
  /** A noun phrase after the verb is its object unless a finite verb follows ("knew the plan would fail"). */
  verbAfterNoun?: boolean;
  /** The verb reports speech only with one of these nouns as its object, a few words on. */
  objects?: readonly string[];
  /**
   * With `that` as complement: the "that" must open a clause (an article, pronoun, name or
   * number after it), not be a determiner ("reaffirms that test").
   */
  clauseAfterThat?: boolean;
}

export const CUE_CLASSES: readonly RuleRow<CueClass>[] = [
  {
    id: 'cue.verb.say',
    value: {
      lemmas: [
        'say',
        'tell',
        'state',
        'add',
        'announce',
        'note',
        'remark',
        'comment',
        'observe',
        'reiterate',
        'declare',
        'report',
        'confirm',
        'acknowledge',
        'admit',
        'concede',
        'reveal',
        'disclose',
        'recall',
        'testify',
        'inform',
        'insist',
        'argue',
        'assert',
        'maintain',
        'counter',
        'caution',
        'warn',
        'predict',
        'estimate',
        'hint',
        'speculate',
        'stress',
        'emphasise',
        'emphasize',
        'describe',
        'cite',
        'quote',
        'point',
        'deny',
        'complain',
        'indicate',
      ],
      complement: 'any',
    },
    reason:
      'Verbs of saying and asserting: the subject is the source and what follows (or the quote before) is what they said.',
    examples: [
      { text: 'Helena Marsh said the plan would fail.', expect: 'said' },
      { text: '“The plan will fail,” said Helena Marsh.', expect: 'said' },
      { text: 'Omar Haddad warned that prices would rise.', expect: 'warned' },
    ],
  },
  {
    id: 'cue.verb.reply',
    value: { lemmas: ['reply', 'respond', 'answer', 'retort', 'rejoin'], complement: 'that' },
    reason:
      'Verbs of answering report speech only with what was answered; "responded to the fire" is an action, not a statement.',
    examples: [
      { text: '“Not today,” Omar Haddad replied.', expect: 'replied' },
      { text: 'Firefighters responded to the blaze on Main Street.', expect: '' },
    ],
  },
  {
    id: 'cue.verb.write',
    value: { lemmas: ['write', 'tweet', 'post', 'blog', 'text', 'email'], complement: 'that' },
    reason:
      'Verbs of writing attribute only a quotation or a "that" clause; otherwise they report an act of writing ("wrote a novel").',
    examples: [
      { text: 'Lina Novak wrote on social media that the vote was rigged.', expect: 'wrote' },
      { text: 'Lina Novak wrote three novels before she turned 30.', expect: '' },
    ],
  },
  {
    id: 'cue.verb.manner',
    value: {
      lemmas: [
        'joke',
        'quip',
        'shout',
        'whisper',
        'mutter',
        'exclaim',
        'cry',
        'scream',
        'yell',
        'snap',
        'sigh',
        'laugh',
        'chuckle',
        'groan',
        'murmur',
        'boast',
        'brag',
        'gush',
        'rant',
        'grumble',
        'lament',
        'marvel',
        'muse',
        'scoff',
        'sneer',
        'protest',
        'plead',
        'beg',
        'concur',
        // Added with claim batches 58-59: complaining and confiding are manners of saying too.
        'gripe',
        'grouse',
        'moan',
        'whine',
        'fret',
        'carp',
        'confide',
        // Anger's manners of saying (row cue.verb.manner.anger-folds, claims-54f.ts).
        ...MANNER_ANGER.value,
      ],
      complement: 'that',
    },
    reason:
      'Manner-of-speaking verbs report speech when a quotation or a "that" clause goes with them ("joked that …", \'"…," she laughed\'); alone they describe behaviour.',
    examples: [
      { text: 'The mayor joked that the bridge was older than he was.', expect: 'joked' },
      { text: '“I was never good at maths,” Lina Novak laughed.', expect: 'laughed' },
      { text: 'The children laughed at the clown.', expect: '' },
      { text: '"The city gets the water and we get the bill," he griped.', expect: 'griped' },
      { text: 'Bishnu Tamang confided that he had not expected to win.', expect: 'confided' },
      // Must not fire: confiding in someone with no quotation or clause is an act.
      { text: 'Bishnu Tamang confided in his brother.', expect: '' },
    ],
  },
  {
    id: 'cue.verb.judge',
    value: {
      lemmas: [
        'praise',
        'denounce',
        'condemn',
        'criticise',
        'criticize',
        'slam',
        'blast',
        'hail',
        'applaud',
        'decry',
        'lambaste',
        'castigate',
        'rebuke',
        'commend',
        'laud',
        'mock',
        'ridicule',
        'deplore',
        'disparage',
        'berate',
        // Added with claim batches 28-31: making light of a risk is a judgement voiced.
        'downplay',
        // Added with claim batches 58-59: promoting or bewailing something named is voiced too.
        'tout',
        'extol',
        'bemoan',
      ],
      complement: 'object',
    },
    reason:
      'Verbs of praise and blame report a judgement the subject voiced about what they name; news attributes them like "said".',
    examples: [
      { text: 'Omar Haddad praised the ruling as a victory for workers.', expect: 'praised' },
      { text: 'The union denounced the decision to close the plant.', expect: 'denounced' },
      { text: 'Omar Haddad downplayed the risk of a recession this year.', expect: 'downplayed' },
      { text: 'Manuel Ortega touted the plant as the most efficient of its size.', expect: 'touted' },
      { text: 'The minister extolled the farmers as the backbone of the coast.', expect: 'extolled' },
      { text: 'The federation bemoaned the absence of a price guarantee.', expect: 'bemoaned' },
    ],
  },
  {
    id: 'cue.verb.dispute',
    value: {
      lemmas: ['reject', 'dismiss', 'dispute', 'refute', 'rebut'],
      complement: 'object',
      objects: [
        'accusation',
        'accusations',
        'allegation',
        'allegations',
        'claim',
        'claims',
        'charge',
        'charges',
        'criticism',
        'suggestion',
        'suggestions',
        'report',
        'reports',
        'assertion',
        'assertions',
        'characterization',
        'characterisation',
        'account',
        'findings',
        'idea',
        'notion',
        'remarks',
        'comments',
        // Added with claim batch 28: political coverage's word for a rival's charge.
        'attack',
        'attacks',
        'criticisms',
        // Added with claim batch 37: a loser's denial of a vote's outcome.
        'result',
        'results',
        'outcome',
      ],
    },
    reason:
      'Rejecting or disputing an accusation, a claim or a report is a denial the subject voiced, attributed like "denied"; rejecting a bill, an offer or an appeal is an act, so only these objects count. In campaign coverage a rival\'s charge is "the attack" ("dismissed the attack as desperate").',
    examples: [
      { text: 'Javier Ortiz, speaking hours later, rejected the accusation.', expect: 'rejected' },
      { text: 'The ministry dismissed the allegations as politically motivated.', expect: 'dismissed' },
      { text: 'Parliament rejected the bill by 212 votes to 190.', expect: '' },
      { text: 'The conservation society disputed that the figures showed a healthy reef.', expect: 'disputed' },
      { text: 'Olivia Grant dismissed the poll as “a snapshot” of one week.', expect: 'dismissed' },
      { text: 'The Lindqvist campaign dismissed the attack as desperate.', expect: 'dismissed' },
      // Must not fire: "attack" after another object is no denial.
      { text: 'The club dismissed two stewards after the attack.', expect: '' },
    ],
  },
  {
    id: 'cue.verb.stance',
    value: {
      lemmas: ['welcome', 'defend'],
      complement: 'object',
      objects: [
        'decision',
        'decisions',
        'report',
        'ruling',
        'verdict',
        'vote',
        'result',
        'results',
        'findings',
        'plan',
        'plans',
        'move',
        'proposal',
        'proposals',
        'deal',
        'agreement',
        'ceasefire',
        'truce',
        'announcement',
        'news',
        'probe',
        'investigation',
        'inquiry',
        'policy',
        'policies',
        'law',
        'measure',
        'measures',
        'reform',
        'reforms',
        'sanctions',
        'statement',
        'remarks',
        'comments',
      ],
    },
    reason:
      'Welcoming or defending a decision, a report, a plan or a probe is a stance the subject voiced ("the minister welcomed the report", "defended the probe in a post on X"), attributed like "praised"; welcoming guests or defending a title is an act, so only these objects count.',
    examples: [
      { text: 'Environment Minister Tanya Ross welcomed the report.', expect: 'welcomed' },
      { text: 'EU trade chief Henrik Aalto defended the probe in a post on X.', expect: 'defended' },
      { text: 'The city welcomed thousands of visitors over the weekend.', expect: '' },
      { text: 'Ruiz defended his title in Madrid.', expect: '' },
    ],
  },
  // Added with claim batches 58-59.
  {
    id: 'cue.verb.recount',
    value: { lemmas: ['recount', 'narrate'], complement: 'clause' },
    reason:
      'Recounting tells what happened in the source\'s own account ("recounted how he had dug his well deeper", "recounted that the guards had fled"), which news attributes like "said"; it needs that account as a clause or quotation, so "the recount showed" or "a recount of the votes" (nouns) are nothing.',
    examples: [
      { text: 'Lahcen Ait Brahim recounted how he had dug his well three times deeper.', expect: 'recounted' },
      { text: 'The recount showed the mayor had won by 12 votes.', expect: '' },
    ],
  },
  {
    id: 'cue.verb.label',
    value: { lemmas: ['call', 'dub', 'brand', 'label', 'term'], complement: 'quoted' },
    reason:
      'News reports a judgement as \'X called the plan "reckless"\': the quoted words are the subject\'s. Without a quotation these verbs are acts ("called the police", "branded cattle"); in the present tense with "this"/"these" they name a term ("researchers call this effect …"), so only the past tense counts, or a participle after a comma (", calling the offer “an insult”", which shares the sentence\'s subject).',
    examples: [
      { text: 'Sara Lind called the offer “an insult to every nurse”.', expect: 'called' },
      { text: 'The opposition branded the budget "a fantasy".', expect: 'branded' },
      { text: 'Sara Lind called the police after midnight.', expect: '' },
      { text: 'Researchers call this effect “tonic immobility”.', expect: '' },
      { text: 'The union walked out on Monday, calling the offer “an insult to every nurse”.', expect: 'calling' },
    ],
  },
  {
    id: 'cue.verb.thank',
    value: { lemmas: ['thank', 'congratulate'], complement: 'quoted' },
    reason:
      'Thanking or congratulating someone "for its consistent support" quotes the subject\'s own words for what they thanked them for; without a quotation it is a courtesy, not a statement.',
    examples: [
      { text: 'Oksana Marchenko thanked Turkey for its “consistent support.”', expect: 'thanked' },
      { text: 'Oksana Marchenko thanked the volunteers after the match.', expect: '' },
    ],
  },
  // Added with claim batches 28-31 (cues outside the table, checked on the folds).
  {
    id: 'cue.verb.signal',
    value: { lemmas: ['signal'], complement: 'that' },
    reason:
      'Central banks, governments and companies "signal that" a policy will change: a statement the reader can hold them to, made in words though it is reported as a hint; "signalled a left turn" or "signalled the start" is an act, so only a "that" clause or a quotation counts.',
    examples: [
      { text: 'The central bank signalled that rates would stay high until the spring.', expect: 'signalled' },
      { text: 'Lina Novak signaled that she would not run again.', expect: 'signaled' },
      { text: 'The driver signalled a left turn and pulled out.', expect: '' },
    ],
  },
  // Added with claim batches 61-62.
  {
    id: 'cue.verb.reaffirm',
    value: { lemmas: ['reaffirm', 'affirm'], complement: 'that', clauseAfterThat: true },
    reason:
      'Reaffirming that a plan will go ahead restates a commitment in words ("the parish president reaffirmed on Monday that the project would go ahead", "the minister reaffirmed that the state would buy the oil"), attributed like "said". Far more often the verb takes a plain object ("reaffirmed its commitment", "reaffirm Campbell and reverse the decision") or "that" as a determiner ("Google reaffirms that test" in a court argument of the study folds), so only a "that" opening a clause counts: an article, pronoun, name or number after it.',
    examples: [
      {
        text: 'Francesca Murgia reaffirmed that an emergency fund of 25 million euros would pay growers.',
        expect: 'reaffirmed',
      },
      { text: 'The parish president reaffirmed on Monday that the project would go ahead.', expect: 'reaffirmed' },
      // Must not fire: "that" as a determiner, and a plain object.
      { text: 'Google reaffirms that test and cites the soup cans as an example.', expect: '' },
      { text: "The summit reaffirmed the alliance's commitment to free trade.", expect: '' },
    ],
  },
  {
    id: 'cue.verb.remind',
    value: { lemmas: ['remind', 'advise', 'notify', 'brief'], complement: 'that' },
    reason:
      'Verbs of telling someone something report a statement when a "that" clause or a quotation follows ("reminded reporters that …"); "advised the company on its merger" is an act. Found among the study folds\' attribution cues (scripts/claims/mine-cues.ts).',
    examples: [
      { text: 'Sara Lind reminded reporters that the contract expired in March.', expect: 'reminded' },
      { text: 'The hospital advised patients that some appointments would move.', expect: 'advised' },
      { text: 'Sara Lind advised the company on its merger.', expect: '' },
    ],
  },
  // claims24b: from the court and speech genres of the claims folds' study set.
  {
    id: 'cue.verb.submit',
    value: { lemmas: ['submit'], complement: 'clause', verbAfterNoun: true, clauseAfterThat: true },
    reason:
      'Counsel put an argument to a court as "we submit that …", "the prosecution submitted that …" or, parenthetically, "…, Petitioner submits, he is entitled to release" (court reports in the news write it the same way); the submission is a claim of its source. Far more often the verb hands something in ("submitted a bid", "submitted that report to the board"), so only a "that" opening a clause, or the parenthetical use, counts.',
    examples: [
      { text: 'Lawyers for Maren Holt submitted that the search had been unlawful.', expect: 'submitted' },
      { text: 'If the state cannot do so now, the defence submits, he is entitled to release.', expect: 'submits' },
      // Must not fire: handing something in.
      { text: 'Maren Holt submitted a bid for the harbour contract on Monday.', expect: '' },
      { text: 'The council submitted that report to the ministry in May.', expect: '' },
      { text: 'Maren Holt submitted his resignation after the vote failed.', expect: '' },
    ],
  },
  {
    id: 'cue.verb.urge',
    value: {
      lemmas: ['urge', 'implore', 'exhort', 'demand', 'ask', 'request', 'appeal'],
      complement: 'any',
    },
    reason: 'Verbs of asking and urging report what the source asked for ("urged voters to …", "demanded an inquiry").',
    examples: [
      { text: 'Helena Marsh urged residents to stay indoors.', expect: 'urged' },
      { text: 'The union demanded an apology from the board.', expect: 'demanded' },
    ],
  },
  {
    id: 'cue.verb.promise',
    value: {
      lemmas: ['promise', 'pledge', 'vow', 'assure', 'reassure', 'swear', 'threaten'],
      complement: 'any',
    },
    reason: 'Verbs of committing report what the source undertook or threatened, which the reader can hold them to.',
    examples: [
      { text: 'Helena Marsh pledged to rebuild the bridge.', expect: 'pledged' },
      { text: 'The minister assured farmers that subsidies would continue.', expect: 'assured' },
    ],
  },
  {
    id: 'cue.verb.accuse',
    value: { lemmas: ['accuse', 'blame', 'charge'], complement: 'any' },
    reason: 'Verbs of accusing attribute an allegation about someone to the subject.',
    examples: [{ text: 'Helena Marsh accused the board of lying.', expect: 'accused' }],
  },
  {
    id: 'cue.verb.allege',
    value: { lemmas: ['claim', 'allege', 'purport', 'contend'], complement: 'any', hedged: true },
    reason: 'Verbs that attribute and, by their choice, keep the reporter at a distance from the content.',
    examples: [{ text: 'Helena Marsh claimed the vote was rigged.', expect: 'claimed' }],
  },
  {
    id: 'cue.verb.belief',
    value: {
      lemmas: [
        'think',
        'believe',
        'assume',
        'expect',
        'hope',
        'fear',
        'doubt',
        'suspect',
        'feel',
        'reckon',
        'guess',
        'suppose',
        'presume',
        'imagine',
        'worry',
        'suggest',
        'recommend',
        'explain',
      ],
      complement: 'clause',
    },
    reason:
      'Verbs of belief, suggestion and explanation attribute a proposition to its holder ("assumes that prices will rise", "suggested the plan was flawed"); they need that proposition as a clause, so "hopes to win", "feels tired" or "explained this" are not claims.',
    examples: [
      { text: 'Farm groups and unions also assume that prices will rise.', expect: 'assume' },
      { text: 'Omar Haddad believes the plant will reopen.', expect: 'believes' },
      { text: 'Omar Haddad hopes to win the seat.', expect: '' },
    ],
  },
  {
    id: 'cue.verb.realise',
    value: { lemmas: ['know', 'realise', 'realize', 'understand', 'hear'], complement: 'clause', verbAfterNoun: true },
    reason:
      'Verbs of knowing and learning report what the source holds true or was told, with or without "that" ("I knew I wanted to fly", "I understand third-party candidates rarely win", "he heard that the plant would close", "I don\'t know what happened"); speakers in interviews use them as often as "think". They take plain objects just as often ("knows the area", "heard the news"), so a noun phrase after them counts only when a finite verb follows it. Found among the study folds\' missed attributions (Wikinews interviews) and checked on the folds.',
    examples: [
      { text: 'Lina Novak said she knew the plan would fail.', expect: 'said' },
      { text: 'I knew I wanted to be a pilot from the age of six.', expect: 'knew' },
      { text: 'Omar Haddad understands voters are tired of the dispute.', expect: 'understands' },
      { text: 'Omar Haddad knows the area well.', expect: '' },
      { text: 'Lina Novak heard the news on the radio.', expect: '' },
    ],
  },
  {
    id: 'cue.verb.knowledge',
    value: {
      lemmas: [
        'recognise',
        'recognize',
        'remember',
        'forget',
        'learn',
        'notice',
        'discover',
        'decide',
        'conclude',
        'determine',
        'rule',
        'agree',
        'find',
        'show',
        'demonstrate',
        'prove',
        'establish',
        'mention',
        'propose',
        'guarantee',
      ],
      complement: 'that',
    },
    reason:
      'Verbs of knowing, finding, ruling, mentioning and proposing attribute a "that" clause to the person, study or court that holds it ("the study found that …", "the judge ruled that …", "ruled" only before "that", since "rules" is mostly the noun); with a plain object ("mentioned the war", "proposed a ban") they report no proposition.',
    examples: [
      { text: 'The inquiry concluded that the fire was started deliberately.', expect: 'concluded' },
      { text: 'The researchers found that the drug cut deaths by a third.', expect: 'found' },
      { text: 'Rescuers found two hikers near the summit.', expect: '' },
      { text: 'Justice Mary Wanjiku ruled that the government had not consulted riders.', expect: 'ruled' },
      { text: 'Under rules that took effect in May, riders must register.', expect: '' },
      { text: 'Police have ruled out foul play.', expect: '' },
      { text: 'The charter is responsible for creating rules that limit the state.', expect: '' },
      {
        text: 'The probe “seriously violates” World Trade Organization rules, a spokesperson told reporters.',
        expect: 'told',
      },
    ],
  },
  // Added with claim batch 80 (claims31b).
  CUE_FORECAST_THAT,
  // Added from the claims folds' study folds (claims37b).
  HYPOTHESIS_CUES,
  // Added from the claims folds' study folds (claims39b).
  HOLD_THAT,
  // claims42: a crowd's chant reported with "that".
  CHANT_THAT,
  // claims58f: a concession reported with "accept that".
  ACCEPT_THAT,
  EXPRESS_THAT,
  // claims63: a judge's directions to a jury, "directed the jurors that …".
  DIRECT_THAT,
];

/**
 * Nouns for a piece of research or counting whose finding news reports with "found" or "showed"
 * and no "that": the object is the finding ("the survey found average cover of 39 percent").
 */
/**
 * "It expects margins to narrow", "advised patients not to stop treatment": a noun phrase and an
 * infinitive after a verb of belief or telling (claims/cues.ts `objectInfinitive`).
 */
export const OBJECT_INFINITIVE: RuleRow<{
  lemmas: readonly string[];
  maxWords: number;
  notPronouns: readonly string[];
}> = {
  id: 'cue.object-infinitive',
  value: {
    lemmas: ['expect', 'advise', 'forecast', 'predict'],
    maxWords: 4,
    // A person pronoun alone is the one advised or relied on ("advised him to rest", "expects
    // you to pay"): an instruction or a demand, no proposition (fix11b).
    notPronouns: ['him', 'her', 'me', 'us', 'you'],
  },
  reason:
    'Wire copy reports a company\'s or an agency\'s outlook and advice as a short noun phrase and an infinitive ("It expects margins to narrow in the second half", "The agency advised patients not to stop treatment"): the proposition the source holds or told, like a "that" clause. A number is part of the noun phrase ("It expects about 300 flights to be cancelled"). Without the noun phrase the infinitive is the subject\'s own plan ("expects to report results in May") and no claim; a passive ("is expected to") is guarded as before. A person pronoun alone as the object ("advised him to rest", "expects you to pay") is advice or a demand to that person, not a proposition.',
  examples: [
    {
      text: 'The Nordvik Bank said income had risen. It expects margins to narrow slightly in the second half.',
      expect: 'expects',
    },
    {
      text: 'The European Medicines Agency opened a review. It advised patients not to stop treatment without seeing a doctor.',
      expect: 'advised',
    },
    {
      text: 'The carrier said it would publish a list of flights. It expects about 300 flights to be cancelled.',
      expect: 'expects',
    },
    // Must not fire: an infinitive with no noun phrase before it (also with a number after it), and a passive.
    { text: 'Omar Haddad expects to win the seat.', expect: '' },
    { text: 'Nordvik Steel expects to cut 300 jobs by May.', expect: '' },
    { text: 'The plant is expected to close in May.', expect: '' },
    // A person pronoun alone as the object: advice or a demand to that person.
    { text: 'The doctor advised him to rest for a week.', expect: '' },
    { text: 'The landlord expects you to pay by Friday.', expect: '' },
  ],
};

export const RESEARCH_FINDS: RuleRow = {
  id: 'cue.verb.knowledge.research-subject',
  value: [
    'survey',
    'surveys',
    'study',
    'studies',
    'poll',
    'polls',
    'report',
    'review',
    'analysis',
    'audit',
    'census',
    'research',
    'investigation',
    'inquiry',
    'data',
    'figures',
    'results',
    'tests',
    'experiment',
    'trial',
  ],
  reason:
    'A study, survey or audit exists to find something, so what it "found" or "showed" is its finding even without "that" ("the survey found average cover of 39 percent", "the poll showed Ward ahead"); people find things ("rescuers found two hikers"), so only these subjects count, written just before the verb or opening the sentence as its subject ("a poll by X released last week showed"), in the past tense.',
  examples: [
    { text: "The institute's annual survey found average hard coral cover of 39 percent.", expect: 'found' },
    { text: 'The latest poll showed Ward ahead by two points.', expect: 'showed' },
    { text: 'In 2020, exit polls showed Joe Biden winning union households by 25 points.', expect: 'showed' },
    { text: 'A poll by Emerson College released last week showed Brown leading by two points.', expect: 'showed' },
    { text: 'Rescuers found two hikers near the summit.', expect: '' },
  ],
};

/** Multi-word cues: the verb (any form) followed by its particles, e.g. "called on", "pointed out". */
export interface PhrasalCue {
  verb: string;
  particles: readonly string[];
  /** `verb` is an adjective that follows a form of "be" ("are aware that"), which is then no passive. */
  afterBe?: boolean;
}

export const PHRASAL_CUES: readonly RuleRow<readonly PhrasalCue[]>[] = [
  {
    id: 'cue.phrasal.appeal',
    value: [
      { verb: 'call', particles: ['on'] },
      { verb: 'call', particles: ['upon'] },
      { verb: 'call', particles: ['for'] },
      { verb: 'appeal', particles: ['for'] },
      { verb: 'appeal', particles: ['to'] },
    ],
    reason: '"Call on / call for" report a public demand by the subject, as "urge" does.',
    examples: [
      { text: 'Omar Haddad called on the government to resign.', expect: 'called on' },
      { text: 'The union called for an independent inquiry.', expect: 'called for' },
    ],
  },
  {
    id: 'cue.phrasal.say',
    value: [
      { verb: 'point', particles: ['out'] },
      { verb: 'make', particles: ['clear'] },
      { verb: 'make', particles: ['it', 'clear'] },
      { verb: 'spell', particles: ['out'] },
      { verb: 'shoot', particles: ['back'] },
      { verb: 'fire', particles: ['back'] },
      { verb: 'hit', particles: ['back'] },
      { verb: 'push', particles: ['back'] },
      { verb: 'chime', particles: ['in'] },
      { verb: 'weigh', particles: ['in'] },
      { verb: 'speak', particles: ['out'] },
      { verb: 'lash', particles: ['out'] },
      { verb: 'take', particles: ['issue', 'with'] },
    ],
    reason: 'Phrasal verbs of saying, answering and objecting: the particle makes an ordinary verb a speech act.',
    examples: [
      { text: 'Lina Novak pointed out that the school had no heating.', expect: 'pointed out' },
      { text: 'The coach hit back at his critics on Sunday.', expect: 'hit back' },
    ],
  },
  // claims24b: from the court genre of the claims folds' study set.
  {
    id: 'cue.phrasal.make-clear-intensified',
    value: [
      ...['very', 'abundantly', 'perfectly', 'quite', 'crystal', 'absolutely', 'entirely'].flatMap((w) => [
        { verb: 'make', particles: ['it', w, 'clear'] },
        { verb: 'make', particles: [w, 'clear'] },
      ]),
      { verb: 'make', particles: ['it', 'plain'] },
    ],
    reason:
      '"Made it abundantly clear that …", "has made it very clear that …": an intensifier inside "made (it) clear" leaves the speech act as it was (cue.phrasal.say has only the bare forms, so the court\'s "this court has made it abundantly clear that careless behavior alone is not wrongful" was no claim). "Plain" is the same phrase with another adjective ("made it plain that"). Only the listed intensifiers: "made the road clear" clears a road.',
    examples: [
      {
        text: 'The court has made it abundantly clear that careless behaviour alone is not wrongful.',
        expect: 'made it abundantly clear',
      },
      { text: 'Rosa Delgado made it very clear on Monday that she would not resign.', expect: 'made it very clear' },
      { text: 'The minister made it plain that the plant would close.', expect: 'made it plain' },
      // Must not fire: clearing something.
      { text: 'Snowploughs made the road clear by noon.', expect: '' },
    ],
  },
  // claims25: third-person awareness in the adjective form, from the speech genre of the study folds.
  {
    id: 'cue.phrasal.aware-that',
    value: [{ verb: 'aware', particles: ['that'], afterBe: true }],
    reason:
      'Being aware that something holds is knowing it, as "know that" is ("members will be aware that there are outbreaks in other regions", "residents are well aware that the river floods", "was made aware that the plant would close"); the adjective is no verb, so cue.verb.realise never sees it. Written as "aware" before "that" (the adjective has no other forms to list): "aware of the risks" names what someone knows of, no proposition, and stays no claim.',
    examples: [
      { text: 'Members will be aware that the budget for next year is tight.', expect: 'will be aware that' },
      { text: 'Residents are well aware that the river floods every spring.', expect: 'are well aware that' },
      { text: 'Omar Haddad was made aware that the plant would close.', expect: 'was made aware that' },
      // Must not fire: awareness of a thing, not of a proposition.
      { text: 'Residents are aware of the risks of building on the flood plain.', expect: '' },
      { text: 'Omar Haddad became aware of the leak on Monday.', expect: '' },
    ],
  },
  // Added with claim batches 61-62.
  {
    id: 'cue.phrasal.aloud',
    value: [
      { verb: 'wonder', particles: ['aloud'] },
      { verb: 'think', particles: ['aloud'] },
    ],
    reason:
      'Wondering or thinking aloud is said where people hear it ("wondered aloud whether he would live to see the marsh grow back"), attributed like "asked"; plain "wonder" is a thought the writer reports ("wondered whether the bus would come"), which the folds hold as no claim, so only the form with "aloud" counts.',
    examples: [
      {
        text: 'Wilbert Naquin wondered aloud whether he would live to see the marsh grow back.',
        expect: 'wondered aloud',
      },
      {
        text: 'Hedi Jaziri wondered aloud whether the country could keep relying on one crop.',
        expect: 'wondered aloud',
      },
      // Must not fire: a thought the writer reports.
      { text: 'Omar Haddad wondered whether the bus would ever come.', expect: '' },
    ],
  },
  // claims26: adjectives of certainty and concern before "that" (lexicon/recall-cues.ts).
  CERTAIN_THAT,
  CONCLUSION_THAT,
  // claims27: seeing that something holds (lexicon/recall-27.ts).
  SAW_THAT,
  CERTAIN_BARE,
  AS_PUT_IT,
];

/** Verbs that head a passive attribution with no stated source ("is said to", "was reported to"). */
export const PASSIVE_CUES: RuleRow = {
  id: 'cue.passive',
  value: [
    'said',
    'reported',
    'believed',
    'thought',
    'alleged',
    'claimed',
    'rumoured',
    'rumored',
    'understood',
    'estimated',
    'feared',
    'known',
  ],
  reason:
    'A passive reporting verb before "to" ("is said to be planning") attributes the content to an unnamed source; the reporter does not vouch for it.',
  examples: [{ text: 'The general is said to be planning a new offensive.', expect: 'is said to' }],
};

/**
 * "Exporters are urging the government to lift a cap": the progressive of a verb of demanding or
 * warning reports a campaign the subject is waging in words (claims/cues.ts). Added with claim batches 61-62.
 */
export const PROGRESSIVE_CUES: RuleRow<{ be: readonly string[]; lemmas: readonly string[] }> = {
  id: 'cue.progressive',
  value: {
    be: ['is', 'are', 'was', 'were'],
    lemmas: ['urge', 'warn', 'insist', 'argue', 'claim', 'allege', 'demand', 'call', 'accuse', 'predict'],
  },
  reason:
    'News reports a demand, warning or allegation still being made in the progressive ("They are urging the government to lift a cap", "Critics are warning that rents will rise", "The union is calling for a strike", "Lawyers are arguing that the search was illegal"): the subject is the source as with "urged". An -ing form counts elsewhere only after a comma (", saying …"), and after "is"/"are" a participle is otherwise read as a passive; only these verbs of demanding, warning and alleging count, not "is saying"/"was telling", which fiction and conversation use for talk that reports nothing.',
  examples: [
    { text: 'Exporters are urging the government to lift a cap on bulk exports.', expect: 'urging' },
    { text: 'Critics are warning that rents will rise again next year.', expect: 'warning' },
    { text: 'The union is calling for a strike in the spring.', expect: 'calling for' },
    // Must not fire: a passive, and talk that reports nothing.
    { text: 'The bridge was called the Golden Arch by locals.', expect: '' },
    { text: 'He was telling me about his trip to the coast.', expect: '' },
  ],
};

/** "issued a statement saying …": a participle after a document noun reports what it says. */
export const DOCUMENT_SAYING: RuleRow = {
  id: 'cue.document-saying',
  value: [
    'statement',
    'letter',
    'post',
    'message',
    'note',
    'tweet',
    'release',
    'email',
    'memo',
    'video',
    'filing',
    'notice',
    'announcement',
    // "An ad from the X campaign says" (row cue.document-saying.ad, claims-38.ts).
    ...DOCUMENT_AD.value,
    // "Residents were given a leaflet warning that …" (row cue.document-saying.printed-matter,
    // claims-52f.ts).
    ...DOCUMENT_PRINTED.value,
  ],
  reason:
    'News attributes through a document the source issued ("issued a statement saying …", "posted a video saying …"): the participle reports its content, and the source is whoever issued it, the subject of the sentence.',
  examples: [
    {
      text: 'The power company issued a statement saying it was cooperating with investigators.',
      expect: 'saying',
    },
  ],
};

/** "X was quoted as saying": the subject is the source. */
export const QUOTED_AS_SAYING: RuleRow = {
  id: 'cue.quoted-as-saying',
  value: ['quoted as saying'],
  reason:
    '"X was quoted as saying" attributes what follows to X, although the verb is passive; wire copy often names the medium that quoted X in between ("was quoted by the Tass news agency as saying"), which does not change the source. In the active ("The daily quoted a firefighter, X, as saying") the source is the one quoted, not the medium.',
  examples: [
    { text: 'Omar Haddad was quoted as saying the port would close.', expect: 'was quoted as saying' },
    {
      text: 'Omar Haddad was quoted by a local news agency as saying the port would close.',
      expect: 'was quoted by a local news agency as saying',
    },
    {
      text: 'The Lima daily quoted a firefighter, Omar Quispe, as saying that rescuers were still searching.',
      expect: 'quoted a firefighter, Omar Quispe, as saying',
    },
    // A description with a relative clause before the name: up to sixteen tokens (claims11's
    // unnamed window change, given a test row by fix11b).
    {
      text: 'The Porto daily quoted a structural engineer who had surveyed the dam in 2021, Ana Lopes, as saying that the cracks were old.',
      expect: 'quoted a structural engineer who had surveyed the dam in 2021, Ana Lopes, as saying',
    },
  ],
};

/** '"…" That was the verdict of X': a quotation attributed by the sentence after it. */
export const VERDICT_AFTER: RuleRow = {
  id: 'cue.verdict-after',
  value: [
    'verdict',
    'view',
    'message',
    'assessment',
    'reaction',
    'response',
    'reply',
    'answer',
    'words',
    'warning',
    'advice',
    'plea',
    'conclusion',
    'judgment',
    'judgement',
  ],
  reason:
    'Features open with a quotation and name its speaker in the next sentence ("That was the verdict of X", "Those were the words of X"): the quotation is X\'s, although no verb stands beside it.',
  examples: [
    {
      text: '“It was never a penalty. Not in this league.”\n\nThat was the verdict of manager Pete Nolan after the match.',
      expect: 'verdict',
    },
  ],
};

/**
 * '"…" That was how X opened a town hall': a quotation attributed by the sentence after it, which
 * names the person and what they did with the words.
 */
export const VERDICT_HOW: RuleRow<{ verbs: readonly string[] }> = {
  id: 'cue.verdict-after.how',
  value: {
    verbs: [
      'opened',
      'began',
      'started',
      'closed',
      'ended',
      'put',
      'summed',
      'described',
      'explained',
      'greeted',
      'answered',
      'introduced',
      'welcomed',
    ],
  },
  reason:
    'Stories open with a quotation alone and name its speaker in the next sentence by how the words were used ("That was how Lucia Barragan opened a town hall …", blind batch 68, claims24): the quotation is that person\'s, although no verb of speech stands beside it. Only "That/This was/is how" with a person named right after "how" and, past an apposition, one of these verbs of opening, closing or putting words.',
  examples: [
    {
      text: 'Arizona House race turns on water\n\nPHOENIX (AP) — "If you cannot promise people water, you cannot promise them anything."\n\nThat was how Lucia Barragan, the Democratic nominee, opened a town hall in Casa Grande on Wednesday night.',
      expect: 'opened',
    },
    {
      text: '"We are not going anywhere."\n\nThat is how Marco Ruiz greeted the inspectors at his farm gate on Monday.',
      expect: 'greeted',
    },
    // Must not fire: no person right after "how", or a verb that is not how words were used.
    {
      text: '"We are not going anywhere."\n\nThat was how the season ended for the club.',
      expect: '',
    },
    {
      text: '"We are not going anywhere."\n\nThat was how Marco Ruiz won the seat in 2019.',
      expect: '',
    },
  ],
};

/** "according to X": the source follows. */
export const ACCORDING_TO: RuleRow = {
  id: 'cue.according-to',
  value: ['according to'],
  reason: '"According to" names the source of the statement it attaches to, before or after it.',
  examples: [{ text: 'The plan is doomed, according to Helena Marsh.', expect: 'according to' }],
};

/** Adverbs and participles by which the reporter distances themself ("reportedly"). */
export const HEDGE_WORDS: RuleRow = {
  id: 'cue.hedge',
  value: ['reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'alleged', 'claimed', 'purported'],
  reason: 'Hedging adverbs mark a claim the reporter does not vouch for, whatever the verb.',
  examples: [{ text: 'Helena Marsh reportedly said victory was near.', expect: 'hedged' }],
};

/** Adverbs and auxiliaries that may sit between a subject and its cue ("Moreno again accused"). */
export const ADVERBS_BETWEEN: RuleRow = {
  id: 'cue.adverb-between',
  value: [
    'also',
    'again',
    'later',
    'then',
    'further',
    'previously',
    'earlier',
    'often',
    'always',
    'usually',
    'sometimes',
    'just',
    'already',
    'both',
    'all',
    'repeatedly',
    'recently',
    'once',
    'still',
    'even',
    'reportedly',
    'allegedly',
    'publicly',
    'privately',
    'separately',
    'similarly',
    'meanwhile',
    'however',
    // Added with claim batches 58-59: "It nonetheless insisted the project was vital".
    'nonetheless',
    'nevertheless',
    'too',
    'now',
    'first',
    'last',
    'finally',
    'initially',
    'subsequently',
    'personally',
    'firmly',
    'flatly',
    'openly',
    'quickly',
    'immediately',
    'there',
    'here',
    'has',
    'had',
    'have',
    'will',
    'would',
    'could',
    'may',
    'might',
    'did',
    'does',
    'do',
    'not',
    'never',
    "n't",
    "don't",
    "doesn't",
    "didn't",
    "can't",
    "won't",
    "wouldn't",
    "couldn't",
    "shouldn't",
    'yet',
    // "has long argued", "have long said": the perfect of a standing position (claim batch 34).
    'long',
  ],
  reason:
    'A subject and its reporting verb are often split by an adverb or an auxiliary; the subject is still the source.',
  examples: [
    { text: 'The association has long argued that imports were sold below cost.', expect: 'The association' },
    { text: 'Helena Marsh has repeatedly denied the report.', expect: 'Helena Marsh' },
    { text: 'Nurses often say they feel ignored.', expect: 'Nurses' },
    { text: 'They both said the vote was fair.', expect: 'They' },
    { text: 'The ministry nonetheless insisted the project was vital.', expect: 'The ministry' },
  ],
};

/** Every form of every lemma of a class, and which row it came from. */
export interface CueEntry {
  row: RuleRow<CueClass>;
  lemma: string;
  complement: Complement;
  hedged: boolean;
  verbAfterNoun: boolean;
  clauseAfterThat: boolean;
}

export const CUE_FORMS: ReadonlyMap<string, CueEntry> = (() => {
  const out = new Map<string, CueEntry>();
  for (const row of CUE_CLASSES)
    for (const lemma of row.value.lemmas)
      for (const f of verbForms(lemma))
        if (!out.has(f))
          out.set(f, {
            row,
            lemma,
            complement: row.value.complement,
            hedged: row.value.hedged ?? false,
            verbAfterNoun: row.value.verbAfterNoun ?? false,
            clauseAfterThat: row.value.clauseAfterThat ?? false,
          });
  return out;
})();

/** Phrasal cue entries by the verb's forms. */
export const PHRASAL_FORMS: ReadonlyMap<string, { row: RuleRow<readonly PhrasalCue[]>; cue: PhrasalCue }[]> = (() => {
  const out = new Map<string, { row: RuleRow<readonly PhrasalCue[]>; cue: PhrasalCue }[]>();
  for (const row of PHRASAL_CUES)
    for (const cue of row.value) for (const f of verbForms(cue.verb)) out.set(f, [...(out.get(f) ?? []), { row, cue }]);
  return out;
})();

/**
 * Forms of the verbs of saying (not of belief or knowledge): elsewhere in the engine, a name
 * followed by one of these is likely a person or an organisation that speaks.
 */
export const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set(
  [...CUE_FORMS].filter(([, e]) => e.row.id !== 'cue.verb.knowledge').map(([f]) => f),
);

export const PASSIVE_CUE_SET: ReadonlySet<string> = new Set(PASSIVE_CUES.value);
export const DOCUMENT_SAYING_SET: ReadonlySet<string> = new Set(DOCUMENT_SAYING.value);
export const HEDGE_SET: ReadonlySet<string> = new Set(HEDGE_WORDS.value);
/**
 * With claims30's adverbs of stance ("I really believe", row cue.adverb-between.stance) and
 * claims37's "cannot" (row speaker.subject.cannot-between).
 */
export const ADVERBS_BETWEEN_SET: ReadonlySet<string> = new Set([
  ...ADVERBS_BETWEEN.value,
  ...STANCE_ADVERBS_BETWEEN.value,
  ...CANNOT_BETWEEN.value,
]);
