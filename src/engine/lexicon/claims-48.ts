/**
 * Rows of claims58 (issue #9): the faults left by stop 57 (a chancellor speaking after talks with
 * another leader, a role linked to a person never given it, groups and critics as speakers,
 * "accepts that", "disputes that") and claims batches 128 and 129 (inquiries, results calls, talks
 * between governments, groups, denials). Each row is a pattern of English that holds in any news.
 * Kept in a file of its own so a merge with the other claims helpers is a union. claims-48.test.ts
 * runs the examples through the whole engine (the last claim's speaker, as written or resolved).
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

/**
 * Row speaker.subject.participle-then-opener (claims/speaker.ts `openerBefore`): "Speaking after
 * talks with X the chancellor said" — the opening adjunct's opener follows a participle.
 */
export const PARTICIPLE_THEN_OPENER: RuleRow<boolean> = {
  id: 'speaker.subject.participle-then-opener',
  value: true,
  reason:
    'Wire copy opens with a participle and an adjunct, often without its comma: "Speaking after talks with Emmanuel Macron the German chancellor said …", "Speaking before the vote the senator said …". The subject search walks left from the cue and stops at an opener such as "after" or "before"; the opening-adjunct row then starts the subject past the adjunct only when the opener opens the sentence or follows a comma, so here the whole "talks with Emmanuel Macron the German chancellor" was the speaker, and its name made Macron the speaker. An opener right after a sentence-opening participle of speaking or asking (the forms speaker.opening-participle-no-comma reads) opens the adjunct just the same.',
  examples: [
    {
      text: 'Speaking after talks with Emmanuel Macron the German chancellor said both governments would pay half.',
      expect: 'the German chancellor',
    },
    {
      text: 'Speaking before the vote the senator said she would back the bill.',
      expect: 'the senator',
    },
    // Must leave: no participle before the opener.
    { text: 'After the vote the senator said she would back the bill.', expect: 'the senator' },
  ],
};

/**
 * Row speaker.appositive-role.past-a-name (claims/speaker.ts `appositiveRoles`): the description
 * before "…, Name" starts past a person named in front of it.
 */
export const APPOSITIVE_PAST_NAME: RuleRow<boolean> = {
  id: 'speaker.appositive-role.past-a-name',
  value: true,
  reason:
    'A description set before a name with a comma ("the French president, Émile Renaud") gives the name its role; the words were gathered back to the sentence\'s start when no determiner came first, so in "Chancellor Matthias Holzer met the French president, Émile Renaud, in Strasbourg" Renaud was also given "chancellor", and "the German chancellor said" later resolved to him. A person\'s name inside those words belongs to the clause, not to the description: the description starts past it.',
  examples: [
    {
      text: 'Chancellor Matthias Holzer met the French president, Émile Renaud, in Strasbourg on Monday.\n\nRenaud said the line would open in 2031. The German chancellor said both governments would pay half.',
      expect: 'Matthias Holzer',
    },
    {
      text: "Bishop Ann Cole welcomed the town's mayor, Tom Reed, to the cathedral.\n\nReed said the roof would be mended. The bishop said the bells would ring again.",
      expect: 'Ann Cole',
    },
  ],
};

/**
 * Row speaker.description.not-adjunct-object (claims/speaker.ts `adjunctPeople`): a description
 * that is the subject is not a person named in the sentence's opening adjunct.
 */
export const NOT_ADJUNCT_OBJECT: RuleRow<{ openers: readonly string[]; prepositions: readonly string[] }> = {
  id: 'speaker.description.not-adjunct-object',
  value: {
    openers: words('after before following during despite'),
    prepositions: words('with about after before following to by from against over between among on at'),
  },
  reason:
    'A sentence that opens with an adjunct naming one person and goes on with a description as its subject speaks of two people: "After talks with Japan\'s foreign minister, Yuki Hayashi, the Australian foreign minister said …", "Speaking after talks with Emmanuel Macron, the German chancellor said …", "Asked about Senator Ann Cole, the governor said …". The description linker took the last person named, or the one whose role words matched best ("foreign minister"), and so made Hayashi and Macron the speakers. A person named as the object of a preposition in the opening adjunct (or in apposition to that object), with no verb after the name before the subject, is not the one the subject describes; the description resolves as it would without them (to someone named earlier with the role, to the person named next, or stays as written). Not when the adjunct is a clause with the person as its subject ("After Smith won the vote, the senator said": Smith may be the senator).',
  examples: [
    {
      text: 'Speaking after talks with Emmanuel Macron, the German chancellor said both governments would pay half.',
      expect: 'the German chancellor',
    },
    {
      text: "Ministers meet in Tokyo\n\nAfter talks with Japan's foreign minister, Yuki Hayashi, the Australian foreign minister said the four countries would hold a joint exercise. Tamsin Leigh added that it was aimed at no one.",
      expect: 'Tamsin Leigh',
    },
    // Must leave: the adjunct is a clause whose subject the description may be.
    {
      text: 'Senator Ann Cole won the vote on Tuesday.\n\nAfter Cole won the vote, the senator said she would stand again.',
      expect: 'Ann Cole',
    },
  ],
};

/**
 * Row speaker.subject.visitors-to (claims/speaker.ts, the subject's "to" check): people who go to
 * a place, before "to" and the place, head the subject.
 */
export const VISITORS_TO: RuleRow<readonly string[]> = {
  id: 'speaker.subject.visitors-to',
  value: words('visitors travellers travelers tourists pilgrims holidaymakers daytrippers day-trippers newcomers'),
  reason:
    'A plural of people who travel to a place takes "to" before it: "Visitors to Italy\'s Amalfi Coast said …", "Travellers to Japan complained that …", "Pilgrims to Mecca told reporters …". The subject search reads a "to" inside the subject as an infinitive or an addressee and drops the sentence, unless the noun before it is an aide\'s or a word of nearness ("aides to the senator", "a source close to the firm"), so these made no claim at all (stop 57\'s review). The nouns are those of going somewhere; "to" after any other plural stays as it was.',
  examples: [
    {
      text: "Visitors to Italy's Amalfi Coast said on Saturday that the queues for the ferries were long.",
      expect: "Visitors to Italy's Amalfi Coast",
    },
    { text: 'Travellers to Japan complained that hotel prices had doubled.', expect: 'Travellers to Japan' },
    // Must leave: an ordinary plural before "to".
    { text: 'Changes to the rules said nothing about fees.', expect: '' },
  ],
};

/**
 * Row speaker.subject.stance-people-of (claims/speaker.ts `stancePeopleOf`): "Critics of X said" —
 * people named by their stance towards a person speak, not the person.
 */
export const STANCE_PEOPLE_OF: RuleRow<readonly string[]> = {
  id: 'speaker.subject.stance-people-of',
  value: words('critics opponents supporters allies admirers detractors backers loyalists foes rivals'),
  reason:
    'A plural that names people by their stance towards someone takes "of" and that person: "Critics of Vladimir Putin said the vote was rigged", "Supporters of the senator said …", "Allies of the prime minister insisted that …". The speaker search found a person\'s name inside the subject and made it the speaker, so Putin spoke for his critics (stop 57\'s review). When the subject is such a plural (with at most a determiner or one modifier before it) followed by "of" and the person, the subject stands as written.',
  examples: [
    { text: 'Critics of Vladimir Putin said the vote was rigged.', expect: 'Critics of Vladimir Putin' },
    { text: 'Many supporters of Ann Cole insisted that the count was fair.', expect: 'Many supporters of Ann Cole' },
    // Must leave: a person's own name as the subject.
    { text: 'Vladimir Putin said the vote was fair.', expect: 'Vladimir Putin' },
  ],
};

/**
 * Row speaker.subject.es-plural-people (claims/speaker.ts `pluralOfPeople`): a plural in -es of a
 * person noun names people ("witnesses", "coaches", "bosses").
 */
export const ES_PLURAL_PEOPLE: RuleRow<readonly string[]> = {
  id: 'speaker.subject.es-plural-people',
  value: words('witness boss waitress hostess heiress princess duchess countess stewardess'),
  reason:
    'The plural of a person noun ending in s, ch, sh or x takes -es: "witnesses", "coaches", "bosses". The test for a plural of people only took off the final "s" ("witnesse", "coache"), so such plurals were no people: "Police questioned witnesses who said they had seen two teenagers" gave "Police questioned witnesses who" as the speaker (stop 57\'s review; "residents who said" was read right). A plural in -sses, -ches, -shes or -xes whose stem is a person\'s noun (the person descriptors, or these nouns in -ss, which are no descriptors alone) names people.',
  examples: [
    { text: 'Police questioned witnesses who said they had seen two teenagers.', expect: 'witnesses' },
    { text: 'Officers interviewed coaches who said the pitch had flooded.', expect: 'coaches' },
    // Must leave: a thing's plural in -es.
    { text: 'The club sold the buses, the company said.', expect: 'the company' },
  ],
};

/**
 * Row speaker.description.other-trade (claims/speaker.ts `otherTrade`): "the pilot" is not the
 * person the article gave another trade ("The vicar, Ann Cole, said … The pilot said").
 */
export const OTHER_TRADE: RuleRow<readonly string[]> = {
  id: 'speaker.description.other-trade',
  value: words(`vicar priest imam rabbi bishop chaplain pilot coxswain skipper captain paramedic midwife nurse
    surgeon doctor dentist vet pharmacist chef farmer fisherman teacher headteacher lecturer driver engineer
    architect lawyer barrister solicitor judge coroner pathologist accountant plumber electrician builder
    mechanic firefighter constable sergeant detective warden landlord shopkeeper baker butcher`),
  reason:
    'A description by a trade refers back to the person the article gave that trade; it fell back on the last person named whatever their trade, so in "The vicar, Ann Cole, said the roof was mended. The pilot said the weather was fine" the pilot was Ann Cole (stop 57\'s review). These trades are not names for one another: when the person the description would fall back on was given one of them and not the description\'s own, the description stays as written (another person, not named). Offices and ranks that do name one another ("the minister", "the leader", "the official") are not in the list.',
  examples: [
    {
      text: 'Storm hits harbour\n\nThe vicar, Ann Cole, said the roof was mended. The pilot said the weather was fine.',
      expect: 'The pilot',
    },
    // Must leave: the same trade, or a person given no trade.
    {
      text: 'Storm hits harbour\n\nThe vicar, Ann Cole, said the roof was mended. The vicar said the bells would ring.',
      expect: 'Ann Cole',
    },
    {
      text: 'Storm hits harbour\n\nAnn Cole said the roof was mended. The pilot said the weather was fine.',
      expect: 'Ann Cole',
    },
  ],
};
