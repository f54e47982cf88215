/**
 * The rows of lexicon/news-leftovers-12.ts (helper ents36b): each rule on tagger output written by
 * hand, with the sentences it must decide and ordinary news sentences it must leave alone. The
 * sentences are our own. (The rows' examples run through the whole engine in lexicon/rows.test.ts'
 * late tables; the probe texts in lexicon-gaps-36b.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('sport.national-side-frame', () => {
  it.each([
    ['[[L Ireland]] won the toss and chose to bat.', ['organization:Ireland']],
    ['[[L Sri Lanka]] were bowled out for 143.', ['organization:Sri Lanka']],
    ['[[L Bangladesh]] chased down 245 in the final over.', ['organization:Bangladesh']],
    ['[[L Australia]] declared on 450 for six against [[L India]].', ['organization:Australia', 'organization:India']],
    ['[[L Wales]] coach [[P Warren Gatland]] named his side.', ['organization:Wales', 'person:Warren Gatland']],
    ['They collapsed as [[L Pakistan]] won by seven wickets.', ['organization:Pakistan']],
    ['[[P:0.6 West Indies]] beat [[O England]] by four wickets.', ['organization:West Indies', 'organization:England']],
    ['West Indies won by an innings.', ['organization:West Indies']],
    // ents37b: a side's coach or captain after a possessive, a squad named, the side's own noun,
    // a match to come.
    ["[[L Fiji]]'s coach said the team would not change.", ['organization:Fiji']],
    [
      "[[L Argentina]]'s captain [[P Julián Montoya]] said the side was ready.",
      ['organization:Argentina', 'person:Julián Montoya'],
    ],
    ["[[L Indonesia]]'s head coach, [[P Ruud Pol]], complained.", ['organization:Indonesia', 'person:Ruud Pol']],
    ['[[L Samoa]] named its squad for the tour.', ['organization:Samoa']],
    // Not outside sport (lead, at the merge).
    ['[[L China]] named the key players in the trade talks.', ['place:China']],
    [
      '[[L Japan]] named two uncapped players in its squad to face [[L Italy]].',
      ['organization:Japan', 'organization:Italy'],
    ],
    ['[[L Tonga]] will face [[L Samoa]] in the final.', ['organization:Tonga', 'organization:Samoa']],
    ['[[O Fiji]] won, and [[L Samoa]] will meet them in the final.', ['organization:Fiji', 'organization:Samoa']],
    ['The [[L Fiji]] squad flew home to [[L Fiji]].', ['organization:Fiji', 'place:Fiji']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No frame ("said"; "declared" a state of emergency); a person winning the toss; a person with a
    // given name before a margin; a word of a person named in full; a town before "coach" and a person
    // is left to other rows only when the map knows it as a country or region.
    ['[[L Ireland]] said it would send two ships.', ['place:Ireland']],
    ['[[L Ireland]] declared a state of emergency.', ['place:Ireland']],
    ['[[P Stokes]] won the toss and chose to bat.', ['person:Stokes']],
    ['[[P Joe Root]] won by four wickets.', ['person:Joe Root']],
    ['[[P Tom Indies]] spoke. [[P Indies]] won by four wickets.', ['person:Tom Indies', 'person:Indies']],
    ['Fans flew to [[L Australia]] for the cricket.', ['place:Australia']],
    ['The [[L Wales]] coach trip left at nine.', ['place:Wales']],
    // A coach that is a bus; a person's coach; no squad word after "named"; a meeting with no sport
    // word in the sentence; the side's noun with no sport word; "the final" watched in the place.
    ["[[L Britain]]'s coach operators said fares would rise.", ['place:Britain']],
    ["[[P Tom Smith]]'s coach said he was fit.", ['person:Tom Smith']],
    ['[[L Japan]] named a new ambassador to [[L China]].', ['place:Japan', 'place:China']],
    ['[[L Ireland]] will face [[L Britain]] in talks on the border.', ['place:Ireland', 'place:Britain']],
    ['The [[L Japan]] team of inspectors arrived in [[L Iran]].', ['place:Japan', 'place:Iran']],
    ['Fans in [[L Fiji]] watched the final on big screens.', ['place:Fiji']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.caps-word-firm', () => {
  it.each([
    ['[[P HS Orka]] said its power plant was safe.', ['organization:HS Orka']],
    ['The union [[P IF Metall]] called a strike.', ['organization:IF Metall']],
    ['[[P SR Technics]] will cut 300 jobs at its base.', ['organization:SR Technics']],
    ['SK Hynix said its profit rose.', ['organization:SK Hynix']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Initials before a surname with no sign of a body; "his" before "its"; a title; a place; a given
    // name second; a longer run of capitals; a body the model read.
    ['[[P JD Vance]] spoke at a rally in [[L Ohio]].', ['person:JD Vance', 'place:Ohio']],
    ['[[P JD Vance]] said his party and its leaders agreed.', ['person:JD Vance']],
    ['PM [[P Keir Starmer]] said its plan was fair.', ['person:Keir Starmer']],
    ['[[L UK]] Treasury said its plan was fair.', ['place:UK']],
    ['[[P AJ Maria]] said its plan was fair.', ['person:AJ Maria']],
    ['[[P SR Technics Group]] said its plan was fair.', ['person:SR Technics Group']],
    ['[[O AB Volvo]] said its sales rose.', ['organization:AB Volvo']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
