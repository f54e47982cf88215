/**
 * The rows of lexicon/news-leftovers-10.ts (helper ents33b): each rule on tagger output written by
 * hand, with the sentences it must decide and ordinary news sentences it must leave alone. The
 * sentences are our own. (The rows' examples run through the whole engine in lexicon/rows.test.ts'
 * late tables; the probe texts in lexicon-gaps-33b.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.acronym-opening-speaker', () => {
  it.each([
    ['KNCHR said 14 people were held in [[L Nairobi]].', ['organization:KNCHR', 'place:Nairobi']],
    ['[[L NAIROBI]] — KNCHR called on police to act.', ['place:NAIROBI', 'organization:KNCHR']],
    ['The count rose. ACLED recorded 340 attacks.', ['organization:ACLED']],
    ['MSF said the clinic was shelled.', ['organization:MSF']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No verb of stating; two capitals (a post); a place the map knows; in the middle of a sentence; a word
    // written in capitals; one capital.
    ['GDP grew 2% and HIV infections fell.', []],
    ['PM said the plan would go ahead.', []],
    ['USA said it would send aid.', []],
    ['He met officials and KNCHR said nothing.', []],
    ['IT said the servers were down.', []],
    ['A said B.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.sponsor-team', () => {
  it.each([
    ['Team Visma won the time trial.', ['organization:Team Visma']],
    ['It was won by [[P:0.83 Team Visma]].', ['organization:Team Visma']],
    ['[[O Red Bull]] Racing said both cars were ready.', ['organization:Red Bull Racing']],
    ['[[P:0.49 Williams Racing]] confirmed the news.', ['organization:Williams Racing']],
    ['The race went to Team Jayco AlUla.', ['organization:Team Jayco AlUla']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Racing alone; after words the model left unread; a given name after Team; a title after
    // Team; a month.
    ['Racing resumed at [[L Cheltenham]] on Tuesday.', ['place:Cheltenham']],
    ['Greyhound Racing is popular in the town.', []],
    ['Team [[P:0.95 Anna Berg]] won the vote.', ['person:Anna Berg']],
    ['Team Leader [[P Tom Reed]] spoke.', ['person:Tom Reed']],
    ['Team Monday was cancelled.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.unread-team-before-role', () => {
  it.each([
    ['Ineos Grenadiers rider [[P Tomás Ibarra]] crashed.', ['organization:Ineos Grenadiers', 'person:Tomás Ibarra']],
    ['Warriors coach [[P Mike Danton]] said his players were tired.', ['organization:Warriors', 'person:Mike Danton']],
    ['He thanked Alpecin driver [[P Jan Vos]].', ['organization:Alpecin', 'person:Jan Vos']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Words describing the person (a word of the language, a demonym, hyphened too, a title); one
    // singular word opening a sentence (GUM fold: "Station manager"); a plural of the language
    // before a department's role (leftover-rules-4's test); no person after the role; a fight.
    ['Veteran striker [[P Marco Rossi]] scored.', ['person:Marco Rossi']],
    ['Brazilian striker [[P Marco Rossi]] scored.', ['person:Marco Rossi']],
    ['It was the Dutch-born defender [[P Jay de Wit]] who scored.', ['person:Jay de Wit']],
    ['Station manager [[P Carl Whitby]] said the fire was out.', ['person:Carl Whitby']],
    ['Events manager [[P Tamsin Field]] said the fair would go ahead.', ['person:Tamsin Field']],
    ['Warriors coach their children at weekends.', []],
    ['Titans manager [[P Terry Holloway]] said the fight would go ahead.', ['person:Terry Holloway']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.nickname-result-sides', () => {
  it.each([
    ['The Cowboys beat the Eagles 24-17 on Sunday.', ['organization:Cowboys', 'organization:Eagles']],
    ['The Kings lost 121-115 to the Bucks.', ['organization:Kings', 'organization:Bucks']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No score; no "the"; a name the model read; a capitalised run ("the Boston Celtics").
    ['The Cowboys beat the drum all night.', []],
    ['Cowboys and ranchers beat the heat 2-1 in a vote.', []],
    ['The Cowboys beat the [[O Eagles]] 24-17.', ['organization:Cowboys', 'organization:Eagles']],
    // (Another row reads the city and nickname.)
    ['The Cowboys beat the Boston Celtics 24-17.', ['organization:Cowboys', 'organization:Boston Celtics']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.water-and-range-context', () => {
  it.each([
    ['The Mekong burst its banks in [[L Laos]].', ['place:Mekong', 'place:Laos']],
    ['Villages on the banks of the Brahmaputra were cleared.', ['place:Brahmaputra']],
    ['Hikers were lost in the [[O:0.4 Drakensberg]] foothills.', ['place:Drakensberg']],
    ['The Limpopo flooded farms.', ['place:Limpopo']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // The kind capitalised (a longer name); a word of the language; a sure person; "banks" of a
    // body; no "the".
    ['The [[O Mekong River Commission]] said levels were low.', ['organization:Mekong River Commission']],
    ['The Water river office flooded the press with notes.', []],
    ['He sold the banks of the [[P:0.95 Okafor]] family.', ['person:Okafor']],
    ['Shares in the banks of the [[O Sparkasse]] group fell.', ['organization:Sparkasse']],
    ['Mekong burst its banks.', []],
    ['The Li River flooded.', []],
    // An unread word before "river" is place.water-before-kind's to leave (fold-rules-15).
    ['A ferry sank on the Irrawaddy river.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.visitor-before-away-result', () => {
  it.each([
    ['[[L Swansea]] lost 2-0 at [[O Cardiff]] on Saturday.', ['organization:Swansea', 'organization:Cardiff']],
    ['Leeds won 1-0 at [[O Cardiff]].', ['organization:Leeds', 'organization:Cardiff']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A person before; the host a place (a ground); no score; a town the map lacks; a given name alone.
    ['[[P Ruiz]] lost 6-4 at [[O Cardiff]].', ['person:Ruiz', 'organization:Cardiff']],
    ['[[L Swansea]] lost 2-0 at [[L Anfield]].', ['place:Swansea', 'place:Anfield']],
    ['[[L Swansea]] lost heavily at [[O Cardiff]].', ['place:Swansea', 'organization:Cardiff']],
    ['Everton lost 3-1 at [[O Cardiff]].', ['organization:Cardiff']],
    ['Ana lost 2-0 at [[O Cardiff]].', ['organization:Cardiff']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
