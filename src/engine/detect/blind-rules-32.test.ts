/**
 * The rows of lexicon/blind-news-32.ts: each rule on tagger output written by hand, with the
 * readings it must decide and ordinary news sentences it must not fire on. The sentences are our
 * own, not the batches'. (The rows' examples run through the whole engine in lexicon/rows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

/** Two sentences that make a text a sports report (the club rows read only those). */
const SPORT = ' The striker scored twice in the 2-1 win. The keeper saved a penalty in the second half.';

describe('sport.club-tail-unread', () => {
  it.each([
    [
      `[[P:0.79 Raith Rovers]] drew 1-1 with [[O Ayr United]]. [[P:0.69 Raith]] had a man sent off.${SPORT}`,
      ['organization:Raith Rovers', 'organization:Ayr United', 'organization:Raith'],
    ],
    [`Partick Thistle lost 0-2 at home.${SPORT}`, ['organization:Partick Thistle']],
    [`[[P:0.55 Brora Rovers]] remain second on points.${SPORT}`, ['organization:Brora Rovers']],
    // An article is no part of the club, nor a town of it.
    [
      `[[O Rangers]] beat [[O Hibernian]] 2-0. [[O:0.84 The Rangers]] manager praised his side.${SPORT}`,
      ['organization:Rangers', 'organization:Hibernian', 'organization:Rangers'],
    ],
    // The row leaves a name that is only an article and a tail to the model.
    [`[[O:0.82 The Rangers]] play [[L:0.6 Seattle]] tonight.${SPORT}`, ['organization:The Rangers', 'place:Seattle']],
    // No sports report; a person the model is sure of; a town after "in".
    ['[[P:0.79 Raith Rovers]] opened a shop in town on Monday.', ['person:Raith Rovers']],
    [`[[P:0.95 Tom Rangers]] scored twice.${SPORT}`, ['person:Tom Rangers']],
    [
      `[[P:0.79 Raith Rovers]] drew 1-1. Fans in [[L:0.6 Raith]] were happy.${SPORT}`,
      ['organization:Raith Rovers', 'place:Raith'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.league-number', () => {
  it.each([
    [`In [[L:0.4 League Two]], the home side won.${SPORT}`, ['organization:League Two']],
    [`Clubs in League One voted for the change.${SPORT}`, ['organization:League One']],
    // No sports report; a capital running on.
    ['In League One of the survey, the schools did well.', []],
    [`The League One Cup final is on Sunday.${SPORT}`, []],
    // A capitalised word before "League", a score after it.
    [
      `[[O Arsenal]] won their Champions League 3-0 against [[O Porto]].${SPORT}`,
      ['organization:Arsenal', 'organization:Porto'],
    ],
    [`They won the League 2-1 in the end.${SPORT}`, []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.body-fields-list', () => {
  it.each([
    [
      'The [[O Senate Committee on Energy]] and Environment rewrote the bill.',
      ['organization:Senate Committee on Energy and Environment'],
    ],
    [
      'The [[O Maryland Department of Labor]], Licensing, and Regulation fined the firm.',
      ['organization:Maryland Department of Labor, Licensing, and Regulation'],
    ],
    // A firm in the list, a body of its own after "and", no head before the preposition.
    [
      'The [[O Department of Energy]], [[O Exxon]] and [[O Chevron]] met.',
      ['organization:Department of Energy', 'organization:Exxon', 'organization:Chevron'],
    ],
    [
      'The [[O House Committee on Finance]] and [[O Central Bank]] met.',
      ['organization:House Committee on Finance', 'organization:Central Bank'],
    ],
    ['The [[O Energy Committee]] and Environment groups met.', ['organization:Energy Committee']],
    // A body after "and", a field followed by people.
    [
      'The [[O Commission on Human Rights]] and Amnesty criticised the law.',
      ['organization:Commission on Human Rights'],
    ],
    ['The [[O Committee on Finance]] and Senate leaders agreed a deal.', ['organization:Committee on Finance']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.party-and-name', () => {
  it.each([
    [
      'Opposition party [[O:0.59 Law]] and Justice (PiS) said it would vote no.',
      ['organization:Law and Justice', 'organization:PiS'],
    ],
    ['Members of the Peace and Development party met in Yangon.', ['organization:Peace and Development']],
    // People, a place, a weekday, one side only.
    [
      'The party [[P:0.8 Anna Smith]] and [[P:0.8 John Reyes]] founded grew fast.',
      ['person:Anna Smith', 'person:John Reyes'],
    ],
    ['The ruling party Texas and Ohio backed lost.', ['place:Texas', 'place:Ohio']],
    ['The party Monday and Tuesday was fun.', []],
    ['The ruling party Labour won.', []],
    ['The far-right party Vox and Junts voted no.', ['organization:Vox']],
    ['The Peace and Development party was banned.', ['organization:Peace and Development']],
    // Before the noun, words that are no party nouns.
    ['The school held a Wine and Cheese party on Friday.', []],
    ['A Bring and Buy party raised money for the roof.', []],
    ['Delegates from the Labour and Green party branches met.', []],
    ['The Freedom and Unity party won two seats.', ['organization:Freedom and Unity']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('none.two-word-demonym', () => {
  it.each([
    ['Former [[P:0.7 Costa Rican]] envoy [[P Ana Velez]] spoke.', ['person:Ana Velez']],
    ['The [[P:0.6 Sierra Leonean]] team won.', []],
    // A name whose second word makes no place; a rule's name; a longer name.
    ['The [[P:0.7 Maria Lopan]] said so.', ['person:Maria Lopan']],
    ['[[O South African Airways]] cut flights.', ['organization:South African Airways']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.union-local', () => {
  it.each([
    ['The [[O Amalgamated Transit Union]] Local 113 said so.', ['organization:Amalgamated Transit Union Local 113']],
    ['The [[O Amalgamated Transit Union Local]] 1181 said so.', ['organization:Amalgamated Transit Union Local 1181']],
    // No organisation before it, no number after it.
    ['[[P Tom Reyes]] Local 113 said so.', ['person:Tom Reyes']],
    ['The [[O Amalgamated Transit Union]] Local office said so.', ['organization:Amalgamated Transit Union']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.place-goes-top', () => {
  it.each([
    [`[[L:0.29 Falkirk]] went top of the table with a 2-0 win.${SPORT}`, ['organization:Falkirk']],
    [`Football: Falkirk go top of the league\n\nThe home side won 2-0 on Saturday.${SPORT}`, ['organization:Falkirk']],
    // A person (a golfer), a sure place, no sports report, no position word.
    [`[[P:0.6 Rory Dunne]] went top of the leaderboard with a 66.${SPORT}`, ['person:Rory Dunne']],
    [`[[L:0.95 Falkirk]] went top of the table with a 2-0 win.${SPORT}`, ['place:Falkirk']],
    ['[[L:0.29 Falkirk]] went top of the list of towns with new homes.', ['place:Falkirk']],
    [`[[L:0.29 Falkirk]] went quiet after a 2-0 win.${SPORT}`, ['place:Falkirk']],
    // An unread name the map does not know and the text reads as no club: a driver.
    [`Verstappen went top after the sprint, and Leclerc dropped clear.${SPORT}`, []],
    [`[[O Kelvo]] won 2-0. Kelvo went top of the table.${SPORT}`, ['organization:Kelvo', 'organization:Kelvo']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.own-language-head: party and office heads added from batch 95', () => {
  it.each([
    [
      '[[P Mariela Quispe]] of [[P:0.47 Renovación Popular]] led with 19 percent.',
      ['person:Mariela Quispe', 'organization:Renovación Popular'],
    ],
    ['Talks under the [[P:0.4 Dirección del Trabajo]] resumed.', ['organization:Dirección del Trabajo']],
    // A person the model is sure of keeps the name.
    ['[[P:0.95 Juntos Ramírez]] said so.', ['person:Juntos Ramírez']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
