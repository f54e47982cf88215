/**
 * Rows of claims59f (issue #9: claims in writing we did not invent). The claims folds' study-fold
 * errors counted by cause (README "Claims folds by cause, fourth round"), each shape probed on news
 * sentences of our own; every row is a pattern of English that holds in any news. Kept in a file of
 * its own so a merge with the other claims helpers is a union. claims-49f.test.ts runs the examples
 * through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row speaker.gender.pronoun-vote.other-person-noun (widens the pronoun vote of `genderMap`,
 * claims/speaker.ts): "Tom Reed said his wife had left the firm. She said …" — the sentence before
 * the pronoun speaks of an unnamed person of the pronoun's gender, so "She" teaches nothing of Reed.
 */
export const PRONOUN_VOTE_OTHER_PERSON: RuleRow<{ female: readonly string[]; male: readonly string[] }> = {
  id: 'speaker.gender.pronoun-vote-other',
  value: {
    female: [
      'wife',
      'woman',
      'women',
      'mother',
      'daughter',
      'sister',
      'widow',
      'girlfriend',
      'grandmother',
      'granddaughter',
      'aunt',
      'niece',
      'girl',
      'fiancée',
      'stepmother',
      'stepdaughter',
      'mum',
      'mom',
    ],
    male: [
      'husband',
      'man',
      'men',
      'father',
      'son',
      'brother',
      'widower',
      'boyfriend',
      'grandfather',
      'grandson',
      'uncle',
      'nephew',
      'boy',
      'fiancé',
      'stepfather',
      'stepson',
      'dad',
    ],
  },
  reason:
    '"She" opening the sentence after one that names only Tom Reed was read as showing that Reed is a woman (a pronoun\'s vote outweighs a given name), so "Tom Reed said his wife had left the firm. She said the claims were false" gave Reed the second claim, and "Mr Reed …" cancelled his honorific and did too. When that sentence speaks of an unnamed person of the pronoun\'s gender ("his wife", "a woman", "her son"), the pronoun may be that person\'s and teaches nothing; the given name or honorific keeps its gender, and the pronoun no longer resolves to the man. A lowercase noun of the list, not right before a name ("his wife, Ann Reed," names her).',
  examples: [
    { text: 'Tom Reed said his wife had left the firm in May. She said the claims were false.', expect: '' },
    { text: 'Mr Reed said his wife had left the firm in May. She said the claims were false.', expect: '' },
    { text: 'Anna Berg said her son had been arrested on Friday. He said the police had lied.', expect: '' },
    // Must keep: nobody else of the pronoun's gender, so "She" still teaches that Jordan Hale is a woman.
    { text: 'Jordan Hale won the race on Sunday. She said the course had been hard.', expect: 'Jordan Hale' },
    { text: 'Anna Berg said her husband had left. She said the claims were false.', expect: 'Anna Berg' },
  ],
};

/**
 * Row speaker.subject.extraposed-relative (widens speaker.subject.relative-pronoun of claims-48f.ts):
 * "Documents have emerged that show the firm knew of the risks" — a relative clause moved past a
 * verb of coming to light stands for the sentence's subject.
 */
export const EXTRAPOSED_RELATIVE: RuleRow<{
  /** Verbs of coming to light, as they stand right before the moved "that"/"which". */
  verbs: readonly string[];
  /** Auxiliaries between the subject and the verb. */
  auxiliaries: readonly string[];
}> = {
  id: 'speaker.subject.extraposed-relative',
  value: {
    verbs: [
      'emerged',
      'surfaced',
      'appeared',
      'circulated',
      'leaked',
      'found',
      'released',
      'published',
      'uncovered',
      'unearthed',
      'discovered',
      'obtained',
      'seen',
      'light',
    ],
    auxiliaries: [
      'have',
      'has',
      'had',
      'been',
      'were',
      'was',
      'are',
      'is',
      'also',
      'now',
      'since',
      'come',
      'came',
      'to',
    ],
  },
  reason:
    'News moves the relative clause of a short subject past a verb of coming to light: "Documents have emerged that show the firm knew of the risks", "Photographs have emerged that show the minister was at the party", "New figures have been published which show the deficit grew" (a study-fold textbook: "graves have been uncovered that suggest humans were sacrificed"). The relative pronoun was read as the subject and no claim was made, though "Documents that show …" made one (speaker.subject.relative-pronoun). When "that"/"which" right before the cue follows one of these verbs (or "come to light"), the subject is the noun phrase before the verb and its auxiliaries, a head with at most a determiner and one modifier. "The plant the firm has found that makes the drug" has no cue; "The board has found that costs rose" keeps the board (no relative: the verb of the sentence is the cue\'s own frame).',
  examples: [
    { text: 'Documents have emerged that show the firm knew of the risks.', expect: 'Documents' },
    { text: 'Photographs have emerged that show the minister was at the party.', expect: 'Photographs' },
    { text: 'New records have come to light which show the payments were made twice.', expect: 'New records' },
    { text: 'New figures have been published which show the deficit grew.', expect: 'New figures' },
    // Must keep: "found that" is the board's own finding, not a relative clause.
    { text: 'The board has found that costs rose sharply.', expect: 'The board' },
  ],
};

/**
 * Row guard.base-form.inverted-auxiliary (widens guard.base-form of cue-guards.ts): "Only later did
 * the board admit that the figures were wrong", "Nor did the minister realise that …" — "did" moved
 * before the subject by an opening "only", "not until" or "nor" makes the base form a verb.
 */
export const INVERTED_AUXILIARY: RuleRow<{
  /** Words opening the sentence that move the auxiliary before the subject. */
  openers: readonly string[];
  /** The moved auxiliaries. */
  auxiliaries: readonly string[];
  /** At most this many words between the auxiliary and the cue (the subject). */
  subjectWords: number;
}> = {
  id: 'guard.base-form.inverted-auxiliary',
  value: { openers: ['only', 'nor', 'neither', 'not'], auxiliaries: ['did', 'does', 'do'], subjectWords: 4 },
  reason:
    'A base-form cue needs a modal, "to" or a plural subject before it (guard.base-form), so a cue after a subject that "did" precedes was no verb: "Only later did the board admit that the figures were wrong", "Not until Friday did the firm concede that the data had been lost" and "Nor did the minister realise that the contract had lapsed" (a study-fold biography: "Nor did she realize that he wrote popular literature") made no claim, though "The board later admitted that …" and "The minister did not realise that …" do. When the sentence opens with "only", "not (until)", "nor" or "neither", and "did/does/do" stands before a subject of at most four words right before the cue, the cue is a verb. "Did the board admit that the figures were wrong?" (a question, no opener) is left to the question rows.',
  examples: [
    { text: 'Only later did the board admit that the figures were wrong.', expect: 'the board' },
    { text: 'Not until Friday did the firm concede that the data had been lost.', expect: 'the firm' },
    { text: 'Nor did the minister realise that the contract had lapsed.', expect: 'the minister' },
    { text: 'Only after the vote did the senator say she would resign.', expect: 'the senator' },
    // Must not fire: no opener, a question.
    { text: 'Did the board admit that the figures were wrong?', expect: '' },
  ],
};

/**
 * Row claim.content.past-told-addressee (widens claim.content.that-before-clause of claims-29.ts
 * for a clause without "that"): "The minister told Reuters the plan would cost £2bn" — the content
 * starts past the one told, not at it.
 */
export const PAST_TOLD_ADDRESSEE: RuleRow<{
  /** Lowercase nouns of an audience told (after "the" or alone). */
  audiences: readonly string[];
  /** Object pronouns told. */
  pronouns: readonly string[];
  /** Words that open the bare clause (then a finite verb within `verbReach` words). */
  openers: readonly string[];
  /** Subject pronouns that open the bare clause by themselves. */
  subjects: readonly string[];
  verbReach: number;
}> = {
  id: 'claim.content.past-told-addressee',
  value: {
    audiences: [
      'reporters',
      'journalists',
      'analysts',
      'investors',
      'shareholders',
      'supporters',
      'voters',
      'residents',
      'delegates',
      'lawmakers',
      'legislators',
      'senators',
      'councillors',
      'colleagues',
      'staff',
      'workers',
      'court',
      'inquiry',
      'jury',
      'committee',
      'parliament',
      'congress',
      'senate',
      'hearing',
      'tribunal',
      'panel',
      'audience',
      'crowd',
      'conference',
      'meeting',
      'assembly',
      'council',
      'board',
      'press',
      'newspaper',
      'broadcaster',
      'station',
      'agency',
      'magazine',
      'programme',
      'program',
    ],
    pronouns: ['him', 'her', 'them', 'us', 'me'],
    openers: [
      'the',
      'a',
      'an',
      'his',
      'her',
      'its',
      'their',
      'our',
      'this',
      'these',
      'those',
      'no',
      'some',
      'most',
      'all',
    ],
    subjects: ['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there'],
    verbReach: 4,
  },
  reason:
    'After "told" the content started at the verb when no "that" followed, so the one told was read as the first words of what was said: "The minister told Reuters the plan would cost £2bn" had "Reuters the plan would cost £2bn", "The coach told reporters his team had been unlucky" "reporters his team …", "The witness told the court he had been at home" "the court he had …" (with "that" the addressee was already skipped: "told reporters that …"). After a verb of telling, one told — a name the text finds, an object pronoun, or an audience noun alone or after "the" — then a clause opening with a subject pronoun, or with a determiner, possessive or name and a finite verb within four words, starts the content at the clause. "told the story the way it happened" has no audience; "told reporters on Monday the bridge was safe" passes a weekday after "on".',
  examples: [
    { text: 'The minister told Reuters the plan would cost £2bn.', expect: 'the plan would cost £2bn' },
    { text: 'The coach told reporters his team had been unlucky.', expect: 'his team had been unlucky' },
    { text: 'The witness told the court he had been at home that night.', expect: 'he had been at home that night' },
    { text: 'Ms Berg told the BBC on Monday the bridge was safe.', expect: 'the bridge was safe' },
    { text: 'The coach told him the team had been unlucky.', expect: 'the team had been unlucky' },
    // Must keep: "that" already skips the addressee.
    { text: 'The minister told parliament that the plan would cost £2bn.', expect: 'the plan would cost £2bn' },
  ],
};
