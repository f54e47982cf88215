/**
 * The rows of lexicon/blind-news-23.ts (helper ents33a): each rule on tagger output written by
 * hand, with the readings it must decide and ordinary news sentences it must not fire on. The
 * sentences are our own, not the batches'. (The rows' examples run through the whole engine in
 * lexicon/rows.test.ts' late tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('none.letter-salutation', () => {
  it.each([
    ['SIR — Your report on the bridge was wrong.', []],
    ['Letters\n\nSIR – The council in [[L Perth]] is wrong.', ['place:Perth']],
    ['MADAM — The plan will fail.', []],
    // A salutation inside a line, a dateline, a title before a name, a word that runs on.
    ['He said SIR — and stopped.', []],
    ['PERTH — The council met.', ['place:PERTH']],
    ['[[P Sir Alex Ferguson]] — the manager — retired.', ['person:Alex Ferguson']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.letter-signature', () => {
  it.each([
    [
      'The ferries failed again.\n\n[[P:0.4 Ruaridh]] [[O:0.42 McIntyre]], [[O:0.37 Oban]]',
      ['person:Ruaridh McIntyre', 'place:Oban'],
    ],
    ['Keep the canal open.\n\nAngus Dochartaigh, Linlithgow', ['person:Angus Dochartaigh', 'place:Linlithgow']],
    [
      'Wards without nurses.\n\nDr [[O:0.5 Iain MacLeod-Barr]], St Andrews',
      ['person:Iain MacLeod-Barr', 'place:St Andrews'],
    ],
    // A street and a town, a byline's agency, a known place, a line that goes on, one word, a sentence.
    ['Downing Street, [[L London]]\n\nTalks went on.', ['place:London']],
    ['Jane Doe, [[O:0.95 Reuters]]', ['organization:Reuters']],
    ['[[L New Zealand]], [[L Auckland]]', ['place:New Zealand', 'place:Auckland']],
    ['Angus Dochartaigh, Linlithgow said the canal was shut.', []],
    ['Dochartaigh, Linlithgow', []],
    ['[[O Fife Council]], Glenrothes', ['organization:Fife Council']],
    ['The canal, Linlithgow', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.see-of-place', () => {
  it.each([
    ['The Diocese of [[L Chicoutimi]] will close churches.', ['organization:Diocese of Chicoutimi']],
    ['A priest of the Archdiocese of Lagos spoke.', ['organization:Archdiocese of Lagos']],
    ['The Presbytery of [[L:0.5 Glasgow]] voted.', ['organization:Presbytery of Glasgow']],
    // A lowercase see, no capitalised word after "of", a plain word, a name that runs outside, a run too long.
    ['The diocese of [[L Chicoutimi]] met.', ['place:Chicoutimi']],
    ['The Synod of the church met.', []],
    ['The Synod of Bishops met in [[L Rome]].', ['place:Rome']],
    ['The [[O Anglican Diocese of Lagos]] met.', ['organization:Anglican Diocese of Lagos']],
    ['The Diocese of Saint Pierre Le Grand Nord met.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.province-abbreviation', () => {
  it.each([
    ['[[L SAGUENAY]], [[L:0.37 Que]]. — The bishop spoke.', ['place:SAGUENAY', 'place:Que.']],
    ['A plant in [[L Thunder Bay]], Ont., was sold.', ['place:Thunder Bay', 'place:Ont.']],
    ['He lives in [[L Brandon]], Man. and farms.', ['place:Brandon', 'place:Man.']],
    // No place before the comma, no comma, no full stop, an organisation before it.
    ['The plan for Que. was read out.', []],
    ['[[L Toronto]] Ont. was on the sign.', ['place:Toronto']],
    ['[[L Toronto]], Ont bus left.', ['place:Toronto']],
    ['[[O Hydro-Québec]], Que. said.', ['organization:Hydro-Québec']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('title.pacific-chiefly', () => {
  it.each([
    ['The chairman, [[P Ratu Isoa Tikoitoga]], said the board would meet.', ['person:Isoa Tikoitoga']],
    ['[[P Ratu Wiliame Katonivere Seru]] opened the show.', ['person:Wiliame Katonivere Seru']],
    // Two words only, a place, another title.
    ['[[P Ratu Sukuna]] was a chief.', ['person:Ratu Sukuna']],
    ['[[L Ratu Sukuna Park]] was full.', ['place:Ratu Sukuna Park']],
    ['[[P Adi Litia Cakobau]] spoke.', ['person:Adi Litia Cakobau']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.hospital-at', () => {
  it.each([
    ['She was taken to [[O Galway University Hospital]] after the fall.', ['place:Galway University Hospital']],
    ['Nurses at [[O:0.99 Kenema Government Hospital]] mixed fluids by hand.', ['place:Kenema Government Hospital']],
    ['He was discharged from [[O Royal Infirmary]] on Monday.', ['place:Royal Infirmary']],
    // No preposition before it, a hospital that speaks, another tail, one word, a lowercase tail.
    ['[[O Kenema Government Hospital]] said it had run out.', ['organization:Kenema Government Hospital']],
    ['Staff of [[O Connaught Hospital]] went on strike.', ['organization:Connaught Hospital']],
    ['She works at [[O Connaught Health Trust]].', ['organization:Connaught Health Trust']],
    ['He went to [[O Hospital]] on Monday.', ['organization:Hospital']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.hospital-before-town', () => {
  it.each([
    ['She was taken to [[O University Hospital Galway]] with head injuries.', ['place:University Hospital Galway']],
    ['He died at [[O Royal Infirmary of Edinburgh]] on Sunday.', ['place:Royal Infirmary of Edinburgh']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // The body speaking (no preposition); a word after the head that is no place; no head.
    ['[[O University Hospital Galway]] said it was full.', ['organization:University Hospital Galway']],
    ['Staff at [[O Hospital Workers Union]] voted.', ['organization:Hospital Workers Union']],
    ['She works at [[O Galway City Council]].', ['organization:Galway City Council']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('review (ents34c): wrong firings on review texts of our own', () => {
  it.each([
    // A line of two people is no signature: the second part a person the model is sure of.
    [
      'The judges this year are:\n\n[[P:0.95 Ann Reid]], [[P:0.95 Colin Shaw]]\n\nThey will visit every school.',
      ['person:Ann Reid', 'person:Colin Shaw'],
    ],
    // A bishopric is as often the old state or the office as the body.
    ['Until 1795 the [[L:0.48 Bishopric of Liège]] was a state.', ['place:Bishopric of Liège']],
    // A hospital before the nouns of its staff is the body they work for.
    [
      'The union wrote to [[O:0.7 Wishaw General Hospital]] managers asking for more staff.',
      ['organization:Wishaw General Hospital'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Still taken: a signature with a town the model read as a person but not surely, a hospital
    // after "to" and before a preposition.
    ['Bring back the night bus.\n\nTomasz Wiśniewski, [[P:0.4 Leith]]', ['person:Tomasz Wiśniewski', 'place:Leith']],
    ['He was taken to [[O Wishaw General Hospital]] on Monday.', ['place:Wishaw General Hospital']],
    ['The Archdiocese of Kaduna said the priest was freed.', ['organization:Archdiocese of Kaduna']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
