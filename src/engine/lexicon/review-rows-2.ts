/**
 * Rows from a review of the night's entity rows (blind-news-6, fold-patterns-5, fold-patterns-6)
 * on adversarial news sentences (1 Dec 2026, helper fix15a). They are guards: the rules they
 * narrow (detect/blind-rules-6.ts, detect/fold-rules-5.ts) read them; no rule of their own.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

export const FIRM_NOUN_AFTER_ROW: RuleRow = {
  id: 'guard.firm-noun-after',
  value:
    `shares stock stocks plant plants factory factories dealers dealership dealerships workers employees staff executives executive spokesman spokeswoman spokesperson shareholders investors brand brands stores products vehicles cars company group chain revenue revenues profit profits earnings`.split(
      ' ',
    ),
  reason:
    'A name right before one of these nouns is a firm in business copy ("Ford shares fell", "Wynn Resort shares rose", "the Trump Hotel company was sued", "Ford dealers said"): a person or a building has no shares, dealers or revenue. person.surname-repeat leaves a surname of a person the article names in full as read when one of these follows it (Henry Ford and the carmaker), and place.facility-kind-tail leaves "X Hotel", "X Resort" as read before one of them.',
  examples: [
    {
      text: 'Henry Ford founded the carmaker in 1903. Ford shares fell 3% on Tuesday after the company cut its forecast.',
      expect: 'person:Henry Ford | organization:Ford',
    },
    {
      text: 'Wynn Resort shares rose 2% on Monday.',
      expect: 'organization:Wynn Resort',
    },
  ],
};

export const KIND_NOUN_COMPOUND_ROW: RuleRow = {
  id: 'guard.kind-noun-compound',
  value:
    `office offices chief chiefs head heads manager managers director directors sales workers staff employees branch headquarters spokesman spokeswoman president executive executives market markets`.split(
      ' ',
    ),
  reason:
    'A land\'s kind word followed by one of these nouns is a division of a firm or a body ("the Google district office", "the Taliban region chief", "Microsoft region sales"), not a land: place.kind-noun-after leaves the name before it as read. A single word the known-organisation lists hold and no map knows as a place ("the Apple region", "Nvidia valley") is left as read too; "the Amazon region" is the rainforest.',
  examples: [
    {
      text: 'The Taliban region chief spoke to reporters on Monday.',
      expect: 'organization:Taliban',
    },
  ],
};

export const RELATIVE_PERSON_ROW: RuleRow = {
  id: 'guard.relative-person',
  value: ['who', 'whom', 'whose'],
  reason:
    '"Who" after a name says it is a person: "talks in Paris and Berlin, and Scholz, who hosted them", "she campaigned in Ohio and Pennsylvania, and Fetterman, who won the seat". place.coordinated-with-place leaves the last word of a list as read when one of these follows it (a comma between allowed), and also when the place before it already closes a pair of its own ("Paris and Berlin, and X": the list ended at Berlin).',
  examples: [
    {
      text: 'The delegates met in Paris and Schmidt, who chairs the panel, said the talks went well.',
      expect: 'place:Paris | person:Schmidt',
    },
  ],
};

export const CLUB_DEAL_OBJECT_ROW: ListsRow<'moves' | 'objects'> = {
  id: 'guard.club-deal-object',
  value: {
    moves: `shared shares hired hires traded trades signed signs sacked sacks appointed appoints`.split(' '),
    objects:
      `coach manager boss head striker forward defender defenceman defenseman midfielder winger goalkeeper keeper goaltender goalie pitcher quarterback player players captain centre center loan points spoils derby draw stalemate honours honors lead goalless`.split(
        ' ',
      ),
  },
  reason:
    'A town\'s government also signs, hires and appoints, even in a sports report ("Paris hired 300 extra police for the final", "Munich appointed a new mayor", "Tokyo shared its plan with the IOC"). Of the verbs of sport.town-club-action, these moves make the town a club only when what it moved is a club\'s: one of these words, or a person, within the next six words of the sentence ("Seattle traded defenceman Vince Dunn", "Swansea and Cardiff shared a goalless derby", "Leeds signed Ellis Simms on loan"). "Climbed" and "slipped" (the table) need no object.',
  examples: [
    {
      text: 'The striker scored twice in the first half as the team won 3-1. Tokyo shared its plan for the Olympic village with the IOC. Paris hired 300 extra police for the final. The keeper saved a penalty in the match.',
      expect: 'organization:Tokyo | place:Olympic | organization:IOC | place:Paris',
    },
  ],
};

/** Every row of this file, for the tests that run their examples. */
export const REVIEW_ROWS_2: readonly RuleRow<unknown>[] = [
  FIRM_NOUN_AFTER_ROW,
  KIND_NOUN_COMPOUND_ROW,
  RELATIVE_PERSON_ROW,
  CLUB_DEAL_OBJECT_ROW,
];
