/**
 * The review of the night's entity rows (helper fix15a, rows in lexicon/review-rows-2.ts and the
 * narrowed rows of blind-news-6, fold-patterns-5 and fold-patterns-6): news sentences each row
 * misfired on before, on tagger output written by hand, and the reading each row must keep.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('person.spoken-first-name: a title in quotes is no greeting', () => {
  it.each([
    ['"Hey Jude" topped the chart again, the label said.', []],
    ['"Dear Prudence" was played at the funeral.', []],
    ["They say, 'Hey Rebecca, how are you?' and laugh.", ['person:Rebecca']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('legal.hearing-marks: a news report of a lawsuit is no hearing', () => {
  it.each([
    [
      'The plaintiffs, residents of the county, say the defendants polluted the river. The County of Wayne is not a party, and the City said it had no comment.',
      ['place:County of Wayne'],
    ],
    [
      'The plaintiffs, the defendants and the intervener agree. The County of Wayne is a party, and the City said it had no comment.',
      ['organization:County of Wayne', 'organization:City'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.surname-repeat: guard.firm-noun-after and known firms', () => {
  it.each([
    [
      '[[P Henry Ford]] founded the carmaker. [[O:0.53 Ford]] shares fell 3%.',
      ['person:Henry Ford', 'organization:Ford'],
    ],
    [
      '[[P Henry Ford]] founded the carmaker. [[O:0.5 Ford]] reported a loss.',
      ['person:Henry Ford', 'organization:Ford'],
    ],
    [
      'Parliament elected [[P Sushila Bhattarai]]. [[O:0.5 Bhattarai]] workers said she won.',
      ['person:Sushila Bhattarai', 'organization:Bhattarai'],
    ],
    [
      'Parliament elected [[P Sushila Bhattarai]]. [[O:0.5 Bhattarai]], 46, won 149 votes.',
      ['person:Sushila Bhattarai', 'person:Bhattarai'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.kind-noun-after: guard.kind-noun-compound and known firms', () => {
  it.each([
    ['Growth in the [[O:0.44 Apple]] region of the market slowed.', ['organization:Apple']],
    ['The [[O:0.54 Taliban]] region chief spoke.', ['organization:Taliban']],
    ['The Trump district office closed.', []],
    ['Rain fell in the [[O:0.4 Choapa]] valley on Monday.', ['place:Choapa']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.coordinated-with-place: guard.relative-person and a closed pair', () => {
  it.each([
    [
      'The delegates met in [[L Paris]] and [[P:0.33 Schmidt]], who chairs the panel, said the talks went well.',
      ['place:Paris', 'person:Schmidt'],
    ],
    [
      'Talks in [[L Paris]] and [[L Berlin]], and [[P:0.34 Scholz]], the host, ended late.',
      ['place:Paris', 'place:Berlin', 'person:Scholz'],
    ],
    ['Ferries leave from [[L Svendborg]] or [[P:0.3 Faaborg]].', ['place:Svendborg', 'place:Faaborg']],
    [
      'Suburbs such as [[L Tempe]], [[L Glendale]], [[L Chandler]], and [[P:0.4 Gilbert]].',
      ['place:Tempe', 'place:Glendale', 'place:Chandler', 'place:Gilbert'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.facility-kind-tail: guard.firm-noun-after', () => {
  it.each([
    ['[[O:0.59 Wynn Resort]] shares rose 2% on Monday.', ['organization:Wynn Resort']],
    ['The [[O:0.5 Trump Hotel]] company was sued.', ['organization:Trump Hotel']],
    ['We stayed at the [[O:0.5 Taj Socotra Hotel]] for a week.', ['place:Taj Socotra Hotel']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('citation.year-pair: a firm and its year', () => {
  it.each([
    ['Procter and Gamble 2022 results were strong.', []],
    ['The Smith and Wesson 2020 model sold out.', []],
    ['It has a long history (Baron & Beresford 2014).', ['person:Baron', 'person:Beresford']],
    ['As Polio and Gass (1997) found, it works.', ['person:Polio', 'person:Gass']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.town-club-action: guard.club-deal-object', () => {
  const SPORT = 'The striker scored twice in the first half. The goalkeeper saved a penalty late in the match.';
  it.each([
    [`[[L Munich]] appointed a new mayor last month. ${SPORT}`, ['place:Munich']],
    [`[[L Paris]] hired 300 extra police for the final. ${SPORT}`, ['place:Paris']],
    [`[[L Tokyo]] shared its plan for the village. ${SPORT}`, ['place:Tokyo']],
    [`Seattle traded a defenceman for a pick. ${SPORT}`, ['organization:Seattle']],
    [`[[L Leeds]] signed [[P Ellis Simms]] on loan. ${SPORT}`, ['organization:Leeds', 'person:Ellis Simms']],
    [`[[L Portsmouth]] climbed out of the bottom three. ${SPORT}`, ['organization:Portsmouth']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.kind-noun-after: a known firm a map knows as a land', () => {
  it('keeps "the Amazon region" a place', () =>
    expect(rulesOn('Fires in the [[O:0.7 Amazon]] region rose on Monday.')).toEqual(['place:Amazon']));
});
