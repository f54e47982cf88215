/**
 * Rows of claims34 (issue #9, blind claim batch 89: a Wikinews report quoting other outlets, an
 * election night story, a Reuters central-bank wire, an interview without "Q:" labels, firms that
 * speak with no kind word before them). Kept in a file of its own so a merge with the other claims
 * helpers is a union. claims-34.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row cue.verb.forecast-that.tag (extends claims31b's cue.verb.forecast-that): "Ellen Harmon won
 * the seat, the Associated Press projected, defeating …" — a projection named in a tag after the
 * result it projects.
 */
export const PROJECTION_TAG: RuleRow<{
  /** Lowercase plural bodies that project results ("networks projected"). */
  bodies: readonly string[];
  /** Most words of the tag's subject. */
  maxWords: number;
}> = {
  id: 'cue.verb.forecast-that.tag',
  value: { bodies: ['networks', 'broadcasters', 'pollsters', 'forecasters'], maxWords: 5 },
  reason:
    'Election coverage reports a race\'s result as a projection by a news agency or a pollster, set in a tag after the result: "Democrat Ellen Harmon won Ohio\'s open U.S. Senate seat on Tuesday, the Associated Press projected, defeating …" (batch 89). "project" and "forecast" are cues only before a "that" clause (row cue.verb.forecast-that: far more often they take a plain object, "projected growth of 2 percent"), so the tag made no claim, though the same tag with "said" or "estimated" does. After a comma, a subject of at most five words — capitalised words past "the" ("the Associated Press", "Edison Research", "NBC News") or a plural body ("networks", "pollsters") — and then "projected" / "forecast" closing the sentence or followed by a comma is that tag: the words before the comma are what was projected. A possessive or a lowercase word in the subject ("the bank\'s forecast", "unlike the Met Office forecast") makes "forecast" a noun, and is left.',
  examples: [
    {
      text: "Democrat Ellen Harmon won Ohio's open U.S. Senate seat on Tuesday, the Associated Press projected, defeating Republican Curtis Pryce.",
      expect: 'projected',
    },
    { text: 'Rachel Ballard will win the Republican primary, Edison Research projected.', expect: 'projected' },
    { text: 'The incumbent held the seat by about 4 points, networks projected.', expect: 'projected' },
    // Must leave: a forecast as a noun, a plain object, and a possessive in the subject.
    { text: 'Rain fell all weekend, unlike the Met Office forecast.', expect: '' },
    { text: 'The bank projected growth of 2 percent next year.', expect: '' },
    { text: "Inflation slowed in March, below the central bank's forecast.", expect: '' },
  ],
};

/**
 * Row speaker.coordinated-verb.subordinate-subject: "The Swedish crown fell after the Riksbank cut
 * its policy rate … and said further easing was possible" — the "and said" is the subordinate
 * clause's, and so is its subject.
 */
export const COORDINATED_SUBORDINATE: RuleRow<{
  /** Words that open a subordinate clause with a subject of its own. */
  subordinators: readonly string[];
  /** Words before "as" that make it a preposition ("such as", "as well as", "as soon as"). */
  notAfter: readonly string[];
}> = {
  id: 'speaker.coordinated-verb.subordinate-subject',
  value: {
    subordinators: ['after', 'as', 'when', 'because', 'since', 'while', 'once', 'before'],
    notAfter: ['such', 'well', 'soon', 'long', 'much'],
  },
  reason:
    'Market wires open with a move and its cause, and the cause\'s actor speaks in a coordinated verb: "The Swedish crown fell against the euro on Thursday after the Riksbank cut its policy rate by 25 basis points to 2.25% and said further easing was possible this year" (batch 89). A coordinated cue shares the sentence\'s opening subject (row speaker.coordinated-verb), but "The Swedish crown" cannot speak and is no subject the steps accept, so the claim was lost; "Shares rose after the company beat forecasts and said …" gave "Shares". When no speaking subject opens the sentence (no name, description or pronoun the ordinary steps accept, and no lone subject), the nearest subordinator before "and"/"but" with no comma between, followed by a subject — a name the tagger found (past "the"), "the" and a body\'s head ("the company", "the bank"), or "the" and capitalised words it did not name ("the Riksbank") — and then a lowercase verb, gives the subject. A person or body opening the sentence keeps it ("The minister left after the talks ended and said …"), and "as" after "such", "well" or "soon" is a preposition ("Lenders such as Barclays cut rates and said …" keeps "Lenders").',
  examples: [
    {
      text: 'The Swedish crown fell against the euro on Thursday after the Riksbank cut its policy rate by 25 basis points and said further easing was possible this year.',
      expect: 'Riksbank',
    },
    { text: 'Shares rose 4% after the company beat forecasts and said sales would keep growing.', expect: 'company' },
    // Must leave: a speaking subject opens the sentence, and "such as" is no subordinate clause.
    { text: 'Lenders such as Barclays cut their rates and said mortgage demand was weak.', expect: 'Lenders' },
    {
      text: 'Minister Anna Holm left the building after the talks ended and said she was disappointed.',
      expect: 'Anna Holm',
    },
  ],
};

/**
 * Row speaker.description.organization.firm-named-alone (extends claims33's
 * speaker.description.organization.firm-after-kind): "Philip Morris said cigarette volumes fell.
 * The company said …" — a firm named alone, typed a person by the tagger, that "the company" means
 * when no organisation is named at all.
 */
export const FIRM_NAMED_ALONE: RuleRow<{
  sentences: number;
  pronouns: readonly string[];
  /** Heads of a description that means a firm (not "the agency", "the ministry", "the police"). */
  heads: readonly string[];
}> = {
  id: 'speaker.description.organization.firm-named-alone',
  value: {
    sentences: 2,
    pronouns: ['he', 'she', 'him', 'his', 'her', 'hers'],
    heads: [
      'company',
      'firm',
      'group',
      'bank',
      'lender',
      'insurer',
      'retailer',
      'carrier',
      'airline',
      'maker',
      'manufacturer',
      'miner',
      'brewer',
      'chain',
      'grocer',
      'supermarket',
      'operator',
      'broker',
      'publisher',
      'developer',
      'conglomerate',
    ],
  },
  reason:
    'Results round-ups name firms with no kind word before them ("Nokia said", "Goldman Sachs said", batch 89), and a firm whose name is made of a given name and a surname ("Philip Morris", "Johnson Matthey", "Charles Schwab") is typed a person by the tagger. "The company said" after it then found no organisation and kept its own words ("company"), or went to a firm named paragraphs before (claims34\'s check with cases to take and leave; batch 89\'s own firms were all typed organisations and right). Only for a description whose head names a firm ("the company", "the bank", "the retailer"; not "the agency" or "the ministry", which a person-like name is not), and only when no organisation is named within the description\'s reach (so a person the text names beside a firm keeps the firm: "Talbot Telecom cut prices. Anna Holm said … The company said" stays Talbot Telecom): the last person who spoke, within two sentences, is the firm when every mention of that person is the whole name (never a surname alone), opens its sentence with no title, role or appositive, and no he/she/his/her stands between — a person reported in news is introduced with a role and then named by surname or pronoun.',
  examples: [
    {
      text: 'Philip Morris said cigarette volumes fell 3%. The company said its heated tobacco sales grew strongly.',
      expect: 'Philip Morris',
    },
    {
      text: 'Johnson Matthey said it would sell its battery materials unit. The firm said the sale would close by June.',
      expect: 'Johnson Matthey',
    },
    // Must leave: an organisation named before, a person with a role, and a person called "she".
    {
      text: 'Talbot Telecom cut prices on Monday. Anna Holm said the cuts were overdue. The company said it would hire.',
      expect: 'Talbot Telecom',
    },
    {
      text: 'Chief executive Anna Holm said the cuts were overdue. The company said it would hire.',
      expect: 'company',
    },
    {
      text: 'Anna Holm said the cuts were overdue, and she repeated it twice. The company said it would hire.',
      expect: 'company',
    },
    // A body that is no firm ("the agency", a possessor here): a person named alone is not it.
    {
      text: "Elijah Mumba said the outbreak was over. The agency's representative praised the response but warned that the rains would bring new cases.",
      expect: 'agency',
    },
  ],
};
