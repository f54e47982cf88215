/**
 * Rows of claims59 (issue #9): the faults left by stop 58 (a relative clause's own subject,
 * supporters of a described person, a spokesman of a described official, a nationality in a
 * description, "who accept that argument", "Lawyers that represent", a former holder of a role) and
 * claims batches 131 and 132 (press conferences, trials, sport, groups, former and new heads). Each
 * row is a pattern of English that holds in any news. Kept in a file of its own so a merge with the
 * other claims helpers is a union (claims59f writes claims-49f.ts). claims-49.test.ts runs the
 * examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

/**
 * Row speaker.subject.relative-that.people (claims/speaker.ts, the relative-clause subject):
 * "Lawyers that represent the families said" — a plural of people or bodies before "that" and a
 * verb is the subject.
 */
export const RELATIVE_THAT_PEOPLE: RuleRow<boolean> = {
  id: 'speaker.subject.relative-that.people',
  value: true,
  reason:
    'A plural of people or of bodies takes a restrictive "that" as well as "who": "Lawyers that represent the families said …", "Unions that represent the drivers said …". The subject search stops at "that" (it opens reported clauses), and the relative row went back over it only for a past tense, an auxiliary, or a verb in -s ("the country that vetoed", "a group that represents farmers"), so a plural\'s bare present ("represent") left the speaker "represent the families" (stop 58\'s lead reading). After a plural of people or of kinds of bodies right before "that", a lowercase word that is no determiner or pronoun opens the relative clause; the subject is the plural with its clause.',
  examples: [
    {
      text: 'Lawyers that represent the families said they would appeal.',
      expect: 'Lawyers that represent the families',
    },
    { text: 'Unions that represent the drivers said they would strike.', expect: 'Unions that represent the drivers' },
    // Must leave: a thing's plural before "that" (speaker.subject.relative-pronoun's own reading).
    { text: 'Documents that show the firm knew about the defect were released.', expect: 'Documents' },
  ],
};

/**
 * Row speaker.object-relative-subject.any-subject (claims/relative-speaker.ts): the relative
 * "that"/"which" of speaker.object-relative-subject is found before the cue whatever subject the
 * search found, and its subject may be any plural of people ("residents", "fans", "witnesses").
 */
export const OBJECT_RELATIVE_ANY: RuleRow<{ nearest: number }> = {
  id: 'speaker.object-relative-subject.any-subject',
  value: { nearest: 4 },
  reason:
    'speaker.object-relative-subject read "a move that critics said could backfire" only when the subject search ended right at "that", and only nouns of the person list as the inner subject: "The firm defended a scheme that residents said would flood the valley" gave "The firm", "The club sold a player that fans said was its best" gave "The club sold a player that fans", and "The council backed the toll, which critics said was the highest" gave the council (stop 58\'s review). The relative is looked for among the last few words before the cue (after the subject the search found), and a plural of people in -es ("witnesses") or of a group ("fans", "residents") is a subject as the person nouns are; the clause after the cue must still open with a modal or a finite be/have.',
  examples: [
    { text: 'The firm defended a scheme that residents said would flood the valley.', expect: 'residents' },
    { text: 'The club sold a player that fans said was its best.', expect: 'fans' },
    { text: 'The council backed the toll, which critics said was the highest in the state.', expect: 'critics' },
    // Must leave: a clause with a subject of its own after the cue.
    { text: 'The council backed the toll that critics said the state needed.', expect: 'The council' },
  ],
};

/**
 * Row speaker.subject.stance-people-of.description (claims/speaker.ts): "Supporters of the senator
 * said" — the stance plural before "of" and a description stands as written, as before a name.
 */
export const STANCE_OF_DESCRIPTION: RuleRow<boolean> = {
  id: 'speaker.subject.stance-people-of.description',
  value: true,
  reason:
    'speaker.subject.stance-people-of keeps "Critics of Vladimir Putin" as written, but read only a person\'s name after "of": "Supporters of the senator said she would stand again" went through the description linker, which found "the senator" in the words and gave the claim to the senator named before (stop 58\'s review). Critics, supporters, allies … of anyone, named or described, are the speakers.',
  examples: [
    {
      text: 'Senator Ann Cole voted against the bill on Tuesday.\n\nSupporters of the senator said she would stand again.',
      expect: 'Supporters of the senator',
    },
    {
      text: 'Mayor Tom Reed signed the lease.\n\nCritics of the mayor said the price was too low.',
      expect: 'Critics of the mayor',
    },
    // Must leave: the description alone is the senator.
    {
      text: 'Senator Ann Cole voted against the bill on Tuesday.\n\nThe senator said she would stand again.',
      expect: 'Ann Cole',
    },
  ],
};

/**
 * Row speaker.description.possessed-role (claims/speaker.ts): "the governor's spokesman" is the one
 * who holds that role, never the governor; only a person given the head word may be linked.
 */
export const POSSESSED_ROLE: RuleRow<boolean> = {
  id: 'speaker.description.possessed-role',
  value: true,
  reason:
    'A role owned by a described person names someone else: "The governor\'s spokesman said …", "the mayor\'s lawyer", "the minister\'s chief of staff". The description linker scored the owner\'s word ("governor") like a modifier of the head and added the last person\'s bonus, so the governor named before spoke for her spokesman, and with no governor it fell back on the last person named (stop 58\'s lead reading: "Ann Jones, Rhodri Morgan\'s former adviser, spoke first. The governor\'s spokesman said" gave Ann Jones). When the words before the head hold a possessive whose owner is a person noun, the description links only to a person given the head word itself ("the governor\'s spokesman, Daniel Ortiz, said"); otherwise it stands as written.',
  examples: [
    {
      text: "Governor Elena Marquez defended the toll on Thursday.\n\nThe governor's spokesman said the money would go to the bridge.",
      expect: "governor's spokesman",
    },
    {
      text: "Ann Jones, Rhodri Morgan's former adviser, spoke first.\n\nThe governor's spokesman said the plan was fair.",
      expect: "governor's spokesman",
    },
    // Must leave: a person introduced with that role.
    {
      text: "The governor's spokesman, Daniel Ortiz, spoke on Monday.\n\nThe governor's spokesman said the money would go to the bridge.",
      expect: 'Daniel Ortiz',
    },
  ],
};

/**
 * Row speaker.description.other-nationality (claims/speaker.ts): "the Brazilian striker" is not a
 * person the text gave another nationality.
 */
export const OTHER_NATIONALITY: RuleRow<boolean> = {
  id: 'speaker.description.other-nationality',
  value: true,
  reason:
    'Sport and diplomacy name people by nationality: "The French striker Paul Martin scored twice. Carlos Silva missed a penalty. The Brazilian striker said he was sorry." The description linker matched the head ("striker") and gave the claim to Martin, whom the text calls French; a nationality in the description against another given to the person was not read (stop 58\'s lead reading: "the Irish president" linked to a French one). A person whose roles or descriptions hold a nationality word (a demonym) and not the description\'s own is passed over, both when the roles are scored and in the fallbacks to the last person.',
  examples: [
    {
      text: 'The French striker Paul Martin scored twice. Carlos Silva missed a penalty.\n\nThe Brazilian striker said he was sorry.',
      expect: 'Carlos Silva',
    },
    {
      text: 'The French president, Paul Renard, met Sean Kelly in Dublin.\n\nThe Irish president said the talks had gone well.',
      expect: 'Sean Kelly',
    },
    // Must leave: the same nationality.
    {
      text: 'The French striker Paul Martin scored twice. Carlos Silva missed a penalty.\n\nThe French striker said he was pleased.',
      expect: 'Paul Martin',
    },
  ],
};

/**
 * Row speaker.description.former-not-current (claims/speaker.ts): "the former chief executive" is
 * not the person given that role now, and "the new chief executive" not one given it as former;
 * a predecessor or successor named beside the holder is the one meant.
 */
export const FORMER_NOT_CURRENT: RuleRow<{
  former: readonly string[];
  current: readonly string[];
  predecessor: readonly string[];
  successor: readonly string[];
}> = {
  id: 'speaker.description.former-not-current',
  value: {
    former: words('former ex previous outgoing departed ousted'),
    current: words('new current incoming present'),
    // Words right before a person's name that make the person the one who held a role before:
    // "Her predecessor, Keith Danvers", "replaces Keith Danvers", "took over from Keith Danvers".
    predecessor: [
      'predecessor',
      'replaces',
      'replaced',
      'replacing',
      'succeeds',
      'succeeded',
      'succeeding',
      'over from',
    ],
    // And the one who holds it after: "Her successor, Tomás Levente", "replaced by Tomás Levente".
    successor: ['successor', 'replaced by', 'succeeded by'],
  },
  reason:
    'News about a change at the top names two holders of one role: "Sophie Achterberg, the new chief executive … Her predecessor, Keith Danvers, left in March. The former chief executive said he had warned the board." The description linker matched "chief executive" and gave Danvers\'s words to Achterberg, and "the new director" after "The former director, Ruth Okonedo … Her successor, Tomás Levente" went to Okonedo (stop 57\'s and 58\'s leftovers). A description with "former" (ex, previous, outgoing) is not a person given the role without it, and one with "new" (current, incoming) is not a person given it as former. When that passes over the holder, the person named right after "predecessor," "replaces" or "took over from" (for "former"), or after "successor," or "replaced by" (for "new"), in the sentences since, is the one meant.',
  examples: [
    {
      text: 'Sophie Achterberg, the new chief executive of Northline, took over in May. Her predecessor, Keith Danvers, left in March.\n\nThe former chief executive said he had warned the board.',
      expect: 'Keith Danvers',
    },
    {
      text: 'The former director of the gallery, Ruth Okonedo, said she had resigned. Her successor, Tom Levitt, took over in June.\n\nThe new director said no gallery would close.',
      expect: 'Tom Levitt',
    },
    {
      text: 'The chief executive, Sophie Achterberg, spoke on Monday. Keith Danvers left the company in March.\n\nThe former chief executive said he had warned the board.',
      expect: 'Keith Danvers',
    },
    // Must leave: the same holder described again.
    {
      text: 'The former chief executive, Keith Danvers, spoke on Monday.\n\nThe former chief executive said he had warned the board.',
      expect: 'Keith Danvers',
    },
  ],
};

/**
 * Row cue.verb.accept-that.relative-object (claims/cues.ts): "Voters who accept that argument are
 * in the minority" — inside a relative clause, "that" and a noun with the main clause's verb after
 * it are the verb's object, not a content clause.
 */
export const ACCEPT_THAT_RELATIVE: RuleRow<readonly string[]> = {
  id: 'cue.verb.accept-that.relative-object',
  value: words('who that'),
  reason:
    'cue.verb.accept-that reads "accepts that" before a clause as an admission. In a subject\'s relative clause — "Voters who accept that argument are in the minority", "People who accept that view were few" — "that" is a determiner: its noun is the object, and the verb after the noun is the main clause\'s, whose subject is the noun before "who". The claim was made with "argument are in the minority" as its content (stop 58\'s review). When the cue comes right after "who"/"that" after a noun, and the word after "that" is a singular noun with a plural verb after it ("argument are", "view were"), there is no claim: the noun and verb cannot be a clause of their own.',
  examples: [
    { text: 'Voters who accept that argument are in the minority.', expect: '' },
    { text: 'People who accept that view were few.', expect: '' },
    // Must leave: a content clause after "accept that".
    { text: 'The minister accepts that waits in rural areas are too long.', expect: 'accepts' },
  ],
};
