/**
 * The rows of lexicon/news-leftovers-5.ts (helper ents30c): each rule on tagger output written by
 * hand, with the sentences it must decide and ordinary news sentences it must leave alone. The
 * sentences are our own. (The rows' examples run through the whole engine in lexicon/rows.test.ts'
 * late tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

const SPORT =
  'The match ended 2–1 after a goal in the second half. The league table tightened. The coach praised the striker.';

describe('sport.club-town-move-slot', () => {
  it.each([
    [
      `[[O Sparta]] drew with [[P:0.87 Slavia Prague]] 2–2 on Saturday. ${SPORT}`,
      ['organization:Sparta', 'organization:Slavia Prague'],
    ],
    [
      `The striker joined [[P:0.67 Dynamo Kyiv]] from [[L:0.66 Metalist Kharkiv]] in June. ${SPORT}`,
      ['organization:Dynamo Kyiv', 'organization:Metalist Kharkiv'],
    ],
    [`The midfielder signed for [[P:0.51 Hertha Berlin]] on Tuesday. ${SPORT}`, ['organization:Hertha Berlin']],
    [`The winger was loaned to [[P:0.6 Dynamo Kyiv]] in January. ${SPORT}`, ['organization:Dynamo Kyiv']],
    [
      `[[O Lech]] were held to a 1–1 draw with [[P:0.7 Górnik Zabrze]]. ${SPORT}`,
      ['organization:Lech', 'organization:Górnik Zabrze'],
    ],
    // A first word the map knows as a town (Werder an der Havel; Sparta, New Jersey): ents30d.
    [`The striker joined [[P Werder Bremen]] in June. ${SPORT}`, ['organization:Werder Bremen']],
    [`The winger moved to [[L Sparta Prague]] in June. ${SPORT}`, ['organization:Sparta Prague']],
    // A given name first, a place first, a region first, a town's name of two words the map knows
    // whole, a city alone, no slot word, no sports report.
    [`The striker joined [[P Saxony Dresden]] in June. ${SPORT}`, ['person:Saxony Dresden']],
    [`The striker moved to [[L Santa Monica]] in June. ${SPORT}`, ['place:Santa Monica']],
    [`The striker joined [[P Ana Berlin]] for dinner. ${SPORT}`, ['person:Ana Berlin']],
    [`The striker moved to [[L New York]] in June. ${SPORT}`, ['place:New York']],
    [`The striker joined [[O Lyon]] from [[L Kyiv]] in June. ${SPORT}`, ['organization:Lyon', 'place:Kyiv']],
    // (Not "Dynamo Kyiv" here: its club prefix makes it a club in a sport sentence, sport.club-prefix-pair.)
    [`The striker met [[P:0.6 Metalist Kharkiv]] in June. ${SPORT}`, ['person:Metalist Kharkiv']],
    [`He came home from [[L:0.6 Metalist Kharkiv]] in June. ${SPORT}`, ['place:Metalist Kharkiv']],
    ['The lawyer joined [[P:0.6 Dynamo Kyiv]] in June, the firm said.', ['person:Dynamo Kyiv']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.park-subject-closes', () => {
  it.each([
    ['The festival director said [[P:0.91 Victoria Park]] would close for a week.', ['place:Victoria Park']],
    ['The council said [[P Albert Park]] would reopen in May.', ['place:Albert Park']],
    ['[[P:0.7 Victoria Park]] will be reopened on Friday.', ['place:Victoria Park']],
    ['[[P:0.6 Victoria Gardens]] flooded after the storm.', ['place:Victoria Gardens']],
    // An object after the verb, a person named with the same surname, no place verb, a rule's person.
    ['[[P Grace Park]] closed the deal on Monday.', ['person:Grace Park']],
    [
      '[[P Grace Park]] opened with a double fault. [[P Park]] said she was tired.',
      ['person:Grace Park', 'person:Park'],
    ],
    ['[[P Victoria Park]] said the plan would close the gap.', ['person:Victoria Park']],
    ['The director, [[L:0.7 Linnea Park]], said the gates would close.', ['person:Linnea Park']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.state-chamber-race', () => {
  it.each([
    ['[[O:0.76 Maine House]] race goes to recount', ['place:Maine']],
    [
      'The [[O Maine House]] race was close, and the [[O Ohio Senate]] seat went to [[P Bernie Moreno]].',
      ['place:Maine', 'place:Ohio', 'person:Bernie Moreno'],
    ],
    ['Republicans redrew a [[L Texas]] House district.', ['place:Texas']],
    ['Voters in a [[O:0.6 Texas House]] district went to the polls.', ['place:Texas']],
    // The chamber acting, a longer run, no race word, a city.
    ['The [[O Ohio Senate]] passed the bill.', ['organization:Ohio Senate']],
    ['The [[O Ohio Senate Finance Committee]] race began.', ['organization:Ohio Senate Finance Committee']],
    ['The [[O Ohio House]] Speaker resigned.', ['organization:Ohio House']],
    ['The [[O Boston House]] race is for a hall.', ['organization:Boston House']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.possessive-firm-head', () => {
  it.each([
    ["[[P:0.39 Lloyd]]'s List Intelligence said rates rose.", ["organization:Lloyd's List Intelligence"]],
    [
      "Sotheby's [[O International Realty]] said sales in [[L Miami]] fell.",
      ["organization:Sotheby's International Realty", 'place:Miami'],
    ],
    ["Moody's [[O Investors Service]] cut the rating.", ["organization:Moody's Investors Service"]],
    // The owner a person: named in full elsewhere, or read as one with confidence; a place; no firm head.
    [
      "[[P Elon Musk]] spoke. [[P:0.4 Musk]]'s [[O SpaceX Capital Group]] will raise funds.",
      ['person:Elon Musk', 'person:Musk', 'organization:SpaceX Capital Group'],
    ],
    [
      "[[P Buffett]]'s [[O Berkshire Hathaway Holdings]] rose.",
      ['person:Buffett', 'organization:Berkshire Hathaway Holdings'],
    ],
    ["[[L Britain]]'s [[O Barclays Bank]] fell.", ['place:Britain', 'organization:Barclays Bank']],
    ["[[P:0.4 Musk]]'s [[O SpaceX]] launched.", ['person:Musk', 'organization:SpaceX']],
    ["[[P:0.4 Putin]]'s [[O United Russia]] party won.", ['person:Putin', 'organization:United Russia']],
    ["[[O Goldman]]'s Asset Management arm grew.", ['organization:Goldman']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
