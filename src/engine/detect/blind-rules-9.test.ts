/**
 * The rows of lexicon/blind-news-9.ts (helper ents17a): each rule on tagger output written by hand,
 * with the sentences it must decide and news sentences it must not fire on. (The rows' examples
 * run through the whole engine in lexicon/rows.test.ts' late tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

/** Sentences of a game, so the text around reads as a sports report. */
const GAME = 'The Hawks beat the Jets 3-2 on Monday in the semi-final. The goalkeeper made 11 saves in the match.';
const TEAMS = ['organization:Hawks', 'organization:Jets'];

describe('organisation.state-chamber', () => {
  it.each([
    ['The [[L Montana]] Legislature voted on Friday.', ['organization:Montana Legislature']],
    ['The [[L Montana Senate 35]]-15 vote was close.', ['organization:Montana Senate']],
    ['She won a seat in the [[L U.S. House]] in 2022.', ['organization:U.S. House']],
    ['The [[L Hawaii]] House of Representatives met.', ['organization:Hawaii House of Representatives']],
    // Adversarial: a seat word after the chamber, a town before it, a chamber on the next line, a
    // building named after a county, an organisation already whole.
    ['He won the [[L Texas]] Senate race in 2018.', ['place:Texas']],
    ['An [[L Ohio]] House seat is open.', ['place:Ohio']],
    ['The ball was held at [[L Somerset]] House in London.', ['place:Somerset']],
    ['Voters in [[L Alaska]]\nHouse prices rose.', ['place:Alaska']],
    ['The [[O Montana House]] voted 72-28.', ['organization:Montana House']],
    // fix18a: a country's House is a building, not a chamber; the United States' is the chamber.
    ['An exhibition opened at [[L Canada House]] in [[L London]].', ['place:Canada House', 'place:London']],
    ['[[L India House]] was a hub of students.', ['place:India House']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.feature-tail', () => {
  it.each([
    ['The [[P Trans-Canada Highway]] was closed.', ['place:Trans-Canada Highway']],
    ['It lifted off from the [[O Baikonur Cosmodrome]] on Wednesday.', ['place:Baikonur Cosmodrome']],
    ['Floods hit the [[O Akmola Region]] in 2024.', ['place:Akmola Region']],
    ['It may launch from [[O Vandenberg Space Force Base]].', ['place:Vandenberg Space Force Base']],
    ['A farm near [[P Monte Creek]] burned.', ['place:Monte Creek']],
    [
      'The [[P Ross Moore Lake]] fire grew. Crews worked at [[P Ross Moore Lake]] all night.',
      ['place:Ross Moore Lake', 'place:Ross Moore Lake'],
    ],
    // Adversarial: surnames that are lake-like words, with no locative; a base that is no military
    // one; a tail word inside a longer name.
    ['[[P Ricki Lake]] said she was safe.', ['person:Ricki Lake']],
    ['The talk show host [[P Ricki Lake]] spoke to [[P Anna River]].', ['person:Ricki Lake', 'person:Anna River']],
    ['[[O Customer Base]] grew.', ['organization:Customer Base']],
    ['[[O Highway Patrol]] officers came.', ['organization:Highway Patrol']],
    ['Shares of [[O Creek Holdings]] fell.', ['organization:Creek Holdings']],
    // fix18a: the model cut a longer name before a capitalised word.
    ['He worked at [[O Blue Creek]] Partners for a decade.', ['organization:Blue Creek']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.member-from', () => {
  it.each([
    [
      'State Sen. [[P Mike Tolliver]], a Republican from [[O Wasilla]], asked for a recount.',
      ['person:Mike Tolliver', 'place:Wasilla'],
    ],
    [
      'Rep. [[P Peggy Bennett]], a Republican from [[P Albert Lea]], filed a bill.',
      ['person:Peggy Bennett', 'place:Albert Lea'],
    ],
    ['The bill is backed by a lawmaker from [[P Bellevue]].', ['place:Bellevue']],
    // Adversarial: a party after a lawmaker's title, a firm after a party's member, a person after "from".
    ['A lawmaker from [[O Fidesz]] objected.', ['organization:Fidesz']],
    ['A Republican from the [[O Heritage Foundation]] spoke.', ['organization:Heritage Foundation']],
    ['She got a letter from [[P Ana Ruiz]].', ['person:Ana Ruiz']],
    ['A donation from [[O Union Pacific]] arrived.', ['organization:Union Pacific']],
    // fix18a: a body or a person after "from", not the phrase's end, is no home town.
    ['A Democrat from [[O Goldman Sachs]] joined the board.', ['organization:Goldman Sachs']],
    ["A Republican from [[P Donald Trump]]'s circle said so.", ['person:Donald Trump']],
    ['A Conservative from [[O Brexit Party]], he defected.', ['organization:Brexit Party']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.club-of-place', () => {
  it.each([
    [
      `${GAME} [[P Palmeiras]] of [[O São Paulo]] will face [[O Nacional]] of [[O Uruguay]] in the final. [[P Palmeiras]] won in 2021.`,
      [
        ...TEAMS,
        'organization:Palmeiras',
        'place:São Paulo',
        'organization:Nacional',
        'place:Uruguay',
        'organization:Palmeiras',
      ],
    ],
    [
      `${GAME} [[P Independiente del Valle]] of [[L Ecuador]] reached the final. [[P Independiente del Valle]] won twice.`,
      [...TEAMS, 'organization:Independiente del Valle', 'place:Ecuador', 'organization:Independiente del Valle'],
    ],
    // Adversarial: a referee or player written in full, a player by his surname later, a driver's
    // team after "of", and outside sport.
    [
      `${GAME} The referee, [[P Wilmar Roldán]] of [[L Colombia]], sent off two players.`,
      [...TEAMS, 'person:Wilmar Roldán', 'place:Colombia'],
    ],
    [
      `${GAME} [[P Kendry Páez]] of [[L Ecuador]] scored. [[P Kendry Páez]] of [[L Ecuador]] scored again. [[P Páez]] left injured.`,
      [...TEAMS, 'person:Kendry Páez', 'place:Ecuador', 'person:Kendry Páez', 'place:Ecuador', 'person:Páez'],
    ],
    [
      `${GAME} The champion [[P Lewis Hamilton]] of [[O Mercedes]] came 10th.`,
      [...TEAMS, 'person:Lewis Hamilton', 'organization:Mercedes'],
    ],
    ['The mayor, [[P Sangolqui]] of [[L Ecuador]], spoke.', ['person:Sangolqui', 'place:Ecuador']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.peoples-party', () => {
  it.each([
    ["The [[O National People]]'s Power coalition won.", ["organization:National People's Power"]],
    ["Leaders of the [[O Workers]]' Party met.", ["organization:Workers' Party"]],
    // Adversarial: a place's possessive before a party, a people word with no party word after, a
    // people word that is a place.
    ["[[L Britain]]'s [[O Labour Party]] lost.", ['place:Britain', 'organization:Labour Party']],
    ["The [[O Farmers]]' Market opened.", ['organization:Farmers']],
    ["[[L Nation]]'s Party Time began.", ['place:Nation']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
