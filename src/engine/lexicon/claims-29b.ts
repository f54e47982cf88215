/**
 * Rows of claims29b (issue #9), from claim batch 74 (Wikinews and a newspaper's city desk, gold
 * written first). Kept in a file of their own so a merge with the other claims helpers is a union;
 * claims-29b.test.ts runs their examples through the whole engine (`expect` is the cue of a claim,
 * "" when the text has no claim).
 */
import type { RuleRow } from './rule-row';

/**
 * Row cue.verb.stance.end-of: "Parents' groups welcomed the end of the strike." — cue.verb.stance
 * counts "welcomed" only before an object that is a decision, a report or a plan, so welcoming
 * guests stays an act. The end, release or lifting of something is an event the subject takes a
 * side on just as much, and news writes it as "welcomed the end of …" with the event's name after
 * "of"; the guard keeps to that shape (the head right after "the", "of" right after it), so
 * "welcomed visitors at the end of the week" stays an act.
 */
export const STANCE_ON_EVENT: RuleRow<{ lemmas: readonly string[]; heads: readonly string[] }> = {
  id: 'cue.verb.stance.end-of',
  value: {
    lemmas: ['welcome'],
    heads: [
      'end',
      'release',
      'lifting',
      'easing',
      'resumption',
      'return',
      'reopening',
      'signing',
      'passage',
      'approval',
      'adoption',
      'withdrawal',
      'suspension',
      'appointment',
    ],
  },
  reason:
    'Welcoming the end, release or lifting of something ("welcomed the end of the strike", "welcomed the release of the hostages", "welcomed the lifting of sanctions") voices a stance on an event as welcoming a decision does; it counts only as "the HEAD of", right after the verb, so a time phrase ("at the end of the week") or a guest list stays an act.',
  examples: [
    { text: "The strike ended.\n\nParents' groups welcomed the end of the strike.", expect: 'welcomed' },
    { text: 'The foreign ministry welcomed the release of the two aid workers.', expect: 'welcomed' },
    { text: 'Farmers welcomed the lifting of the ban on Monday.', expect: 'welcomed' },
    { text: 'The town welcomed visitors at the end of the week.', expect: '' },
    { text: 'The hotel welcomed the first guests of the season.', expect: '' },
  ],
};

/**
 * Row speaker.subject.plural-bodies: "Parents' groups welcomed the end of the strike." — a verb of
 * praise, blame or stance attributes only with a speaker-like subject, and a bare plural counted
 * only when its head names people ("Critics", "Parade organisers"). Bodies named by their kind in
 * the plural ("Rights groups", "Parents' groups", "Farm unions", "Business associations") speak as
 * one just as much, and news opens sentences with them; at most one modifier, possibly possessive,
 * stands before the plural head, so "The groups' leaders" or a longer run is left alone.
 */
export const PLURAL_BODIES_SUBJECT: RuleRow<{ heads: readonly string[] }> = {
  id: 'speaker.subject.plural-bodies',
  value: {
    heads: [
      'groups',
      'associations',
      'unions',
      'organisations',
      'organizations',
      'charities',
      'federations',
      'lobbies',
      'coalitions',
      'alliances',
    ],
  },
  reason:
    'Bodies named by their kind in the plural ("Rights groups", "Parents\' groups", "Farm unions") voice a stance as one, as "Critics" do: with at most one modifier (possessive or not) before the plural head they are a speaker-like subject of "praised", "denounced", "welcomed", and the speaker as written.',
  examples: [
    { text: "The strike ended on Monday.\n\nParents' groups welcomed the end of the strike.", expect: 'welcomed' },
    { text: 'Rights groups denounced the verdict as a travesty.', expect: 'denounced' },
    { text: 'Farm unions praised the minister for the new subsidy.', expect: 'praised' },
    // A verb of praise with a thing for subject stays no claim.
    { text: 'Heavy rains welcomed the visitors on Monday.', expect: '' },
  ],
};

/**
 * Row quote.after-person-sentence: 'Asked whether a deal was still possible, Ms. Nwosu paused.
 * "Possible? Yes. Likely? I would not bet my salary on it."' — an untagged quotation in the same
 * paragraph as a sentence whose subject is a person and which reports no speech is that person's
 * (the nearest-mention sieve of Muzny et al. 2017, kept to the subject of the sentence right
 * before). quote.after-claim gave it the speaker of a claim two sentences back, another person.
 */
export const QUOTE_AFTER_PERSON_SENTENCE: RuleRow<null> = {
  id: 'quote.after-person-sentence',
  value: null,
  reason:
    'News writes a gesture or a pause of the speaker and then the words, untagged, in the same paragraph ("Ms. Nwosu paused. \\"Possible? Yes.\\""): the quotation is the subject\'s, not the speaker of a claim before. Only a person who opens the sentence (past a fronted clause and its comma) counts, only when that sentence made no claim and the quotation does not open a new paragraph, and never in a text written as dialogue (fiction, where GUM credits a turn only to a tag of its own).',
  examples: [
    {
      text: 'Opposition lawmaker Ibrahim Dankoulou said the minister had given away the river.\n\nAsked whether a deal was still possible, Ms. Adaeze Nwosu paused. "Possible? Yes. Likely? I would not bet my salary on it."',
      expect: 'Adaeze Nwosu',
    },
    {
      text: 'Mayor Tom Reyes said the budget was final. Councillor Ana Ruiz shook her head. "We have not even read it."',
      expect: 'Ana Ruiz',
    },
    // The quotation opens a new paragraph: quote.after-claim keeps the speaker of the claim before.
    {
      text: 'Mayor Tom Reyes said the budget was final. Councillor Ana Ruiz shook her head.\n\n"We have not even read it," he added.',
      expect: 'Tom Reyes',
    },
  ],
};

/**
 * Row speaker.subject.people-noun-before-name: "Passenger Marija Rogic welcomed the fine and said it
 * was too small." — the subject found at a sentence's start (for a coordinated verb, a participle,
 * a quotation after a colon) stepped over titles ("Prime Minister") and demonyms before a name, but
 * not over a people noun written as a title ("Passenger", "Resident", "Local farmer"), so the
 * coordinated "said" found no subject and the sentence made no claim. The people nouns are those
 * of speaker.pronoun.they.people-nouns, with these modifiers before them.
 */
export const PEOPLE_NOUN_BEFORE_NAME: RuleRow<{ modifiers: readonly string[] }> = {
  id: 'speaker.subject.people-noun-before-name',
  value: { modifiers: ['local', 'fellow', 'longtime', 'long-time'] },
  reason:
    'News puts a people noun before a name as if it were a title ("Passenger Marija Rogic", "Resident Tom Ellis", "Local farmer Ana Cruz"): it belongs to the subject as a title does, so a coordinated verb or a participle after the sentence\'s main verb finds the named person as its source.',
  examples: [
    { text: 'Passenger Marija Rogic welcomed the fine and said it was too small.', expect: 'Marija Rogic' },
    { text: 'Local farmer Ana Cruz toured the site, saying the dam had to go.', expect: 'Ana Cruz' },
    // Without a name after it the people noun is no subject of its own here.
    { text: 'Passengers waited for hours and the ferry never came.', expect: '' },
  ],
};

/**
 * Row cue.according-to.conformity: "The launch went according to plan.", "The ballots were
 * designed according to instructions from the state.", "The vote was held according to the
 * rules, officials said." — right after a verb (no comma between), "according to" a plan, a
 * schedule, the rules or instructions says how something was done, in conformity with them, and
 * names no source; the sentence's own verb, if any, keeps its claim ("officials said").
 */
export const ACCORDING_TO_CONFORMITY: RuleRow<{ determiners: readonly string[]; heads: readonly string[] }> = {
  id: 'cue.according-to.conformity',
  value: {
    determiners: ['the', 'its', 'their', 'his', 'her', 'our', 'a', 'an', 'strict', 'new', 'existing'],
    heads: [
      'plan',
      'schedule',
      'instructions',
      'rules',
      'guidelines',
      'procedure',
      'procedures',
      'protocol',
      'protocols',
      'regulations',
      'standards',
      'specifications',
      'tradition',
      'custom',
      'script',
    ],
  },
  reason:
    'After a verb with no comma between, "according to plan", "according to the rules", "according to instructions" mean "as the plan/rules/instructions required": a manner, not a source. "according to" after a comma or opening the sentence ("…, according to a schedule posted on its website") still attributes, as does any other object ("designed according to the engineers").',
  examples: [
    { text: 'The launch went according to plan.', expect: '' },
    { text: 'The vote was held according to the rules, officials said.', expect: 'said' },
    { text: 'The ballots were designed according to instructions from the state.', expect: '' },
    // A comma before it: the schedule is the source of the sentence.
    {
      text: 'The county will count every evening, according to a schedule posted on its website.',
      expect: 'according to',
    },
    { text: 'The plan is doomed according to Helena Marsh.', expect: 'according to' },
  ],
};

/**
 * Row speaker.description.government-fits: "She warned that the government could …" after a
 * company and a minister were named resolved "the government" to the company, the nearest
 * organisation. A government is named as one ("the Zambian government", "the Cabinet", "the
 * Kremlin") or by its country, never as a firm: like "the police" or "the court" in
 * speaker.description.name-fits, "the government" fits only an organisation whose name says so,
 * and with none the description itself is the speaker.
 */
export const GOVERNMENT_FITS: RuleRow<Record<string, readonly string[]>> = {
  id: 'speaker.description.government-fits',
  value: { government: ['government', 'cabinet', 'kremlin', 'administration', 'executive'] },
  reason:
    '"The government" refers back to a body named as a government ("the Zambian government", "the Cabinet", "the Kremlin"), not to the company or union named last; with none such, it keeps its own words.',
  examples: [
    {
      text: 'Copperbelt Resources said talks would resume. The government said the strike was illegal.',
      expect: 'government',
    },
    {
      text: 'The Zambian Government said it would act. The government said the strike was illegal.',
      expect: 'Zambian Government',
    },
  ],
};

/**
 * Row speaker.subject.party-members: "Democrats denounced the vote as …", "Senate Republicans
 * praised the bill." — members of a party named in the plural, with at most one
 * modifier ("House Democrats"), are a speaker-like subject for verbs of praise, blame and stance,
 * as "Critics" are; the tagger reads them as no name.
 */
export const PARTY_MEMBERS_SUBJECT: RuleRow<{ heads: readonly string[] }> = {
  id: 'speaker.subject.party-members',
  value: {
    heads: ['democrats', 'republicans', 'conservatives', 'liberals', 'socialists', 'tories', 'progressives'],
  },
  reason:
    'Party members in the plural ("Democrats", "House Republicans", "Conservatives") voice a party\'s judgement as one; with at most one modifier before them they are a speaker-like subject of "praised", "denounced", "welcomed the ruling".',
  examples: [
    { text: 'The bill passed on Monday. Democrats denounced the vote as a betrayal of voters.', expect: 'denounced' },
    { text: 'House Republicans praised the ruling as overdue.', expect: 'praised' },
    // A party noun that is not the subject makes no claim of its own.
    { text: 'The ruling angered Democrats across the state.', expect: '' },
  ],
};
