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
