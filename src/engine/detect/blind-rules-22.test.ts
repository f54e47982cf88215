/**
 * The rows of lexicon/blind-news-22.ts (helper ents32a): each rule on tagger output written by
 * hand, with the readings it must decide and ordinary news sentences it must not fire on. The
 * sentences are our own, not the batches'. (The rows' examples run through the whole engine in
 * lexicon/rows.test.ts' late tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.plural-possessive-body', () => {
  it.each([
    ["The [[O:0.56 NHL Players]]' Association declined to comment.", ["organization:NHL Players' Association"]],
    ['The [[O:0.7 WNBA Players]]’ Association filed a grievance.', ['organization:WNBA Players’ Association']],
    ["[[O:0.5 BTS Fans]]' Alliance raised money.", ["organization:BTS Fans' Alliance"]],
    // A lowercase plural, a head that is no body, a given name's possessive, a head running on, a lowercase head.
    ["The players' union declined to comment.", []],
    ["The Farmers' Market opened on Sunday.", []],
    ["[[P James]]' Union Street shop closed.", ['person:James']],
    ["[[P Charles]]' Union was small.", ['person:Charles']],
    ["The Teachers' union met in [[L Nairobi]].", ['place:Nairobi']],
    // Lead, stop 49: the body word after more capitalised words, and "of" with a known place.
    ["The [[O:0.75 Ontario Teachers]]' Pension Plan bought it.", ["organization:Ontario Teachers' Pension Plan"]],
    ["The [[O:0.45 Writers]]' Guild of America voted.", ["organization:Writers' Guild of America"]],
    // Too many words before the body word; "of" and no known place.
    ["The [[O:0.75 Ontario Teachers]]' Big Green Pension Plan grew.", ['organization:Ontario Teachers']],
    ["The [[O:0.45 Writers]]' Guild of Quorvane voted.", ["organization:Writers' Guild"]],
    // A place the model ended right before the plural opens the name.
    ["It went to the [[L:0.62 Ontario]] Teachers' Pension Plan.", ["organization:Ontario Teachers' Pension Plan"]],
    // Review, stop 49: no place, demonym or acronym opening the name past one body word or before a plan.
    ["The [[O:0.5 Smiths]]' Pension Plan paid out early.", ['organization:Smiths']],
    ["The [[O:0.6 Giants]]' Super Bowl Party drew 300 fans.", ['organization:Giants']],
    ["Residents said the [[O:0.5 Kennedys]]' Alarm System failed.", ['organization:Kennedys']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.route-between', () => {
  it.each([
    ['Vy has stopped all trains between Dombås and Åndalsnes until Sunday.', ['place:Dombås', 'place:Åndalsnes']],
    ['The airline will add flights between [[P:0.4 Uyo]] and Kano Town from May.', ['place:Uyo', 'place:Kano Town']],
    ['The road between [[L Hokitika]] and Haast was cut.', ['place:Hokitika', 'place:Haast']],
    // No route word, a month or weekday, a word the language writes in lowercase, an organisation, a sure person, a longer run.
    ['Talks between Kamau and Odhiambo went on.', []],
    ['The ferry runs between Monday and Friday.', []],
    ['The trains between Central and North stations run late.', []],
    ['Flights between [[O Ibom Air]] and Dana resumed.', ['organization:Ibom Air']],
    ['A service between [[P:0.95 Ana Ruiz]] and Oyo was set up.', ['person:Ana Ruiz']],
    ['The line between Dombås and Åndalsnes Rail Works closed.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.field-list-body', () => {
  it.each([
    [
      'A decision by the Betting, [[O Gaming and Lotteries Commission]] was quashed.',
      ['organization:Betting, Gaming and Lotteries Commission'],
    ],
    [
      'The licence came from the Betting, Gaming and [[O Lotteries Commission]] last year.',
      ['organization:Betting, Gaming and Lotteries Commission'],
    ],
    [
      'He joined the Sport, Arts, [[O Culture and Heritage Department]] in 2019.',
      ['organization:Sport, Arts, Culture and Heritage Department'],
    ],
    // No "the" before the list, no "and" in or before the body, a list word read as another name, no body word.
    ['In Kingston, [[O Gaming and Lotteries Commission]] staff met.', ['organization:Gaming and Lotteries Commission']],
    ['Under the Betting, [[O Lotteries Commission]] rules, bets fell.', ['organization:Lotteries Commission']],
    [
      'The [[L Jamaica]], [[O Gaming and Lotteries Commission]] row went on.',
      ['place:Jamaica', 'organization:Gaming and Lotteries Commission'],
    ],
    ['It visited the Betting, [[O Gaming and Lotteries Hall]] on Friday.', ['organization:Gaming and Lotteries Hall']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.field-list-body, fields of government read or opening a sentence (lead, stop 65)', () => {
  it.each([
    [
      'Talks resumed at the [[O Advisory]], [[O Conciliation]] and [[O:0.71 Arbitration Service]].',
      ['organization:Advisory, Conciliation and Arbitration Service'],
    ],
    [
      'A report by the [[L:0.35 Health]], [[O Safety and Environment Committee]] was published.',
      ['organization:Health, Safety and Environment Committee'],
    ],
    [
      'The Food, Agriculture, and [[O Veterinary Standards Board]] met.',
      ['organization:Food, Agriculture, and Veterinary Standards Board'],
    ],
    [
      'In Health, Safety and [[O Environment Committee]] hearings, the firm apologised.',
      ['organization:Health, Safety and Environment Committee'],
    ],
    // Places and parties are no fields, nor a field read surely as something else.
    [
      'Officials from [[L:0.54 Paris]], [[L:0.65 Berlin]] and [[O Rome Council]] met.',
      ['place:Paris', 'place:Berlin', 'organization:Rome Council'],
    ],
    ['Labour, Reform and [[O Conservative Council]] leaders met.', ['organization:Conservative Council']],
    [
      'Staff from [[L:0.95 Health]], Safety and [[O Transport Board]] met.',
      ['place:Health', 'organization:Transport Board'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.body-of-place', () => {
  it.each([
    ['The party kept its majority in the Parliament of [[L Andalusia]].', ['organization:Parliament of Andalusia']],
    ['The Government of [[L Aragon]] said the road would reopen.', ['organization:Government of Aragon']],
    ['A bill passed the Assembly of [[L Madrid]] on Monday.', ['organization:Assembly of Madrid']],
    // A lowercase chamber, no place after "of", a chamber already read, a place the model did not read.
    ['The parliament of [[L Andalusia]] met.', ['place:Andalusia']],
    ['The Parliament of the people met.', []],
    ['The [[O Scottish Parliament]] of [[L Edinburgh]] met.', ['organization:Scottish Parliament', 'place:Edinburgh']],
    ['The Council of [[P:0.8 Ana Ruiz]] met.', ['person:Ana Ruiz']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.of-state-title', () => {
  it.each([
    ['Minister of State Jitendra Prasad Singh said the launch would go ahead.', ['person:Jitendra Prasad Singh']],
    ['Secretary of State Maren Ostby-Lang told reporters.', ['person:Maren Ostby-Lang']],
    // "for" after the title, one word only, a word of the language, a place, a name already read, a run that goes on.
    ['The Minister of State for Health spoke.', []],
    ['Minister of State Singh said.', []],
    ['Minister of State Office Staff said.', []],
    ['Secretary of State New Mexico said.', []],
    ['Minister of State [[O Prasar Bharati]] said.', ['organization:Prasar Bharati']],
    ['Minister of State Ana Maria Luisa Ruiz Diaz said.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('review (ents33c): BLIND_NEWS_ROWS_22 on news of our own', () => {
  it.each([
    // organisation.plural-possessive-body: a band's possessive before a venue (no acronym opens the name).
    ["The [[O:0.9 Rolling Stones]]' Forum show sold out.", ['organization:Rolling Stones']],
    ["The Rolling Stones' Forum show sold out.", []],
    // place.route-between: "a link" between people, faiths or communities, a contest word before "between".
    ['Detectives found a link between [[P:0.3 Okonjo]] and Adeleke.', ['person:Okonjo']],
    ['An interfaith service between Hindus and Muslims was held.', []],
    ['The peace line between Catholics and Protestants will stay.', []],
    [
      'The road race became a duel between [[P:0.33 Pogačar]] and [[P:0.32 Vingegaard]].',
      ['person:Pogačar', 'person:Vingegaard'],
    ],
    ['Rail talks between Aslef and Unite broke down.', []],
    // organisation.field-list-body: officers in capitals before a committee.
    ['Shareholders criticised the CEO, CFO and [[O:0.95 Audit Committee]] chair.', ['organization:Audit Committee']],
    // person.of-state-title: the office's field after "State".
    ['Minister of State Security Chen Yixin said the agency had caught spies.', []],
    ['Minister of State Administration Ana Ruiz said.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    ["The [[O:0.5 BTS Fans]]' Alliance raised money.", ["organization:BTS Fans' Alliance"]],
    [
      "The [[O:0.8 Georgian Young Lawyers]]' Association filed a complaint.",
      ["organization:Georgian Young Lawyers' Association"],
    ],
    ['The rail link between Tallinn and Pärnu will open in 2030.', ['place:Tallinn', 'place:Pärnu']],
    ['The ferry runs between Oban and Craignure twice a day.', ['place:Oban', 'place:Craignure']],
    ['Three flights a week between Kigoma and Mpanda start in April.', ['place:Kigoma', 'place:Mpanda']],
    [
      'The grant came from the Arts, Heritage and [[O:0.9 Culture Board]] last year.',
      ['organization:Arts, Heritage and Culture Board'],
    ],
    ['Minister of State Kwabena Owusu-Ansah told reporters.', ['person:Kwabena Owusu-Ansah']],
    ['Minister of State Prudence Adjei told reporters.', ['person:Prudence Adjei']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
