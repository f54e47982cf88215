/**
 * The rows of lexicon/blind-news-16.ts (helper ents26a): each rule on tagger output written by
 * hand, with the sentences it must decide and ordinary news sentences it must not fire on. (The
 * rows' examples run through the whole engine in lexicon/rows.test.ts' late tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';
import { buildContext } from '../context';
import { loadGazetteerSync } from '../gazetteer/load-sync';
import { isLoneTail } from './blind-rules-16';
import { COMMON_WORDS } from '../lexicon/words';
import type { NamedSpan } from './named-spans';

describe('date.preposition-tail', () => {
  it.each([
    ["[[L Spain]]'s [[O National Court on Thursday]] sentenced him.", ['place:Spain', 'organization:National Court']],
    ['The [[O Electoral Commission in March 2024]] said so.', ['organization:Electoral Commission']],
    // Not a preposition before the day, a weekday that is part of a name, a capitalised "On", a Sunday paper.
    [
      'The [[O Good Friday Agreement]] held, [[O Ana Ruiz Sunday]] said, and [[O Jazz On Monday]] sold out.',
      ['organization:Good Friday Agreement', 'organization:Ana Ruiz Sunday', 'organization:Jazz On Monday'],
    ],
    [
      'Columnists at [[O The Mail on Sunday]] and [[O Scotland on Sunday]] disagreed.',
      ['organization:The Mail on Sunday', 'organization:Scotland on Sunday'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('credit.signoff-place-and-reporter', () => {
  it.each([
    [
      'Oil rose.\n(Reporting by [[P Ana Ruiz]] in [[L Doha and Le Thu Hang]] in [[L Hanoi]]; Editing by [[P Mark Dean]])',
      ['person:Ana Ruiz', 'place:Doha', 'person:Le Thu Hang', 'place:Hanoi', 'person:Mark Dean'],
    ],
    // The last reporter of the credit, before its semicolon.
    [
      'Oil rose.\n(Reporting by [[P Ana Ruiz]] in [[L Doha and Omar Haddad]]; Editing by [[P Mark Dean]])',
      ['person:Ana Ruiz', 'place:Doha', 'person:Omar Haddad', 'person:Mark Dean'],
    ],
    // A country named with "and", a place after "and" with no city of its own, and an ordinary sentence.
    [
      'Oil rose.\n(Reporting by [[P Ana Ruiz]] in [[L Trinidad and Tobago]]; Editing by [[P Mark Dean]])',
      ['person:Ana Ruiz', 'place:Trinidad and Tobago', 'person:Mark Dean'],
    ],
    [
      'Oil rose.\n(Reporting by [[P Ana Ruiz]] in [[L Doha and Dubai]]; Editing by [[P Mark Dean]])',
      ['person:Ana Ruiz', 'place:Doha and Dubai', 'person:Mark Dean'],
    ],
    ['Fans in [[L Doha and Le Thu Hang]] in [[L Hanoi]] cheered.', ['place:Doha and Le Thu Hang', 'place:Hanoi']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('none.plural-acronym', () => {
  it.each([
    ['The funds, known as [[P AFPs]], and several [[O NGOs]] objected.', []],
    ['Two [[P MPs]] walked out of [[O Parliament]].', ['organization:Parliament']],
    ['[[P Several NGOs]] said so.', []],
    ['[[O Two MPs]] walked out.', []],
    // ents38b review: a party or a body before the acronym opening a sentence is no count.
    ['[[O Labour MPs]] said the bill was unfair.', ['organization:Labour MPs']],
    ['[[O Senate NGOs]] and [[O Green MPs]] met.', ['organization:Senate NGOs', 'organization:Green MPs']],
    // The singular, a name of two words, a name in capitals without the "s", one capital and "s".
    [
      'The [[O NGO]] and [[O AFP Habitat]] met [[O UPS]] in [[L Los Angeles]], and [[P Ks]] spoke.',
      ['organization:NGO', 'organization:AFP Habitat', 'organization:UPS', 'place:Los Angeles', 'person:Ks'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.club-tail', () => {
  it.each([
    ['A stadium for [[P Sierra Nevada United]] was approved.', ['organization:Sierra Nevada United']],
    ['[[L Inter Miami FC]] won again.', ['organization:Inter Miami FC']],
    // A place the map knows, a name with "of", one word alone.
    [
      'She moved to the [[L United States]]; the [[L Republic of Sierra United]] and [[P United]] spoke.',
      ['place:United States', 'place:Republic of Sierra United', 'person:United'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('none.common-opening-role', () => {
  it.each([
    ['The board met. [[O:0.7 Board]] chairman [[P Yoon Sung-ho]] said so.', ['person:Yoon Sung-ho']],
    ['[[O:0.5 School]] board president [[P Diane Vo]] said so.', ['person:Diane Vo']],
    ['[[O:0.45 State]] utility [[O Vietnam Electricity]] signed.', ['organization:Vietnam Electricity']],
    // The model sure of it, the word capitalised alone elsewhere, no common word, a verb after it, mid-sentence.
    [
      '[[O:0.9 Board]] chairman [[P Ana Ruiz]] spoke. [[O:0.6 Shell]] chairman [[P Tom Hale]] said [[O Shell]] would cut jobs.',
      ['organization:Board', 'person:Ana Ruiz', 'organization:Shell', 'person:Tom Hale', 'organization:Shell'],
    ],
    [
      '[[O:0.6 Velto]] chairman [[P Ana Ruiz]] spoke. [[O:0.6 Apple]] said profit rose, and the [[O:0.6 Board]] chairman left.',
      ['organization:Velto', 'person:Ana Ruiz', 'organization:Apple', 'organization:Board'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('none.commodity-acronym', () => {
  it.each([
    [
      '[[O QatarEnergy]] signs [[O:0.5 LNG]] deal. [[O:0.44 Spot LNG]] prices fell, and [[P:0.34 Petronet LNG]] agreed.',
      ['organization:QatarEnergy', 'organization:Petronet LNG'],
    ],
    // Other acronyms, and a firm the model already read.
    [
      '[[O NATO]] met, the [[O EU]] agreed and [[O Venture Global LNG]] rose.',
      ['organization:NATO', 'organization:EU', 'organization:Venture Global LNG'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('none.group-noun', () => {
  it.each([
    ['She is the first [[O:0.37 Latina]] to lead [[L Reno]].', ['place:Reno']],
    // Inside a longer name, and a place.
    [
      'The [[O Latino Victory Fund]] met in [[L Hispaniola]].',
      ['organization:Latino Victory Fund', 'place:Hispaniola'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('name.repeat-elsewhere', () => {
  it.each([
    [
      'A Hallasan Air jet overran the runway. Shares of [[O Hallasan Air]] fell.',
      ['organization:Hallasan Air', 'organization:Hallasan Air'],
    ],
    [
      'Shares of [[O Velto Hallasan]] fell. A Velto Hallasan jet landed.',
      ['organization:Velto Hallasan', 'organization:Velto Hallasan'],
    ],
    [
      '[[O:0.4 QatarEnergy]] signed. Sales of [[O:0.45 QatarEnergy]] rose. Shell is among QatarEnergy partners.',
      ['organization:QatarEnergy', 'organization:QatarEnergy', 'organization:QatarEnergy'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Inside a longer capitalised run, a name read below the line, a one-word name read once or
    // opening a sentence, and a one-word common word.
    [
      'Shares of [[O Hallasan Air]] fell. The [[O Hallasan Air Pilots Union]] said so.',
      ['organization:Hallasan Air', 'organization:Hallasan Air Pilots Union'],
    ],
    // No airline word ("Air" would let blind-20's organisation.airline-tail read the second): only
    // the first name's confidence keeps the row away (read surely, the second is taken).
    ['Shares of [[O:0.6 Velto Hallasan]] fell. A Velto Hallasan jet landed.', ['organization:Velto Hallasan']],
    ['Sales of [[O QatarEnergy]] rose. Shell is among QatarEnergy partners.', ['organization:QatarEnergy']],
    [
      'Sales of [[O QatarEnergy]] and [[O QatarEnergy]] rose. QatarEnergy said so.',
      ['organization:QatarEnergy', 'organization:QatarEnergy'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.given-name-joins, accented given names (fold-rules-4, from batch 48)', () => {
  it.each([
    [
      'The former chairman, José [[P Antonio Gutiérrez]], and María [[P del Carmen Olazábal]] were jailed.',
      ['person:José Antonio Gutiérrez', 'person:María del Carmen Olazábal'],
    ],
    // A capitalised word that is no given name even without its accent, and a place.
    ['Café [[P Ana Ruiz]] opened, and in Bogotá [[P Tom Hale]] spoke.', ['person:Ana Ruiz', 'person:Tom Hale']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.near-named-place', () => {
  it.each([
    ['Voters in [[L Reno]] chose her. He conceded in Sparks.', ['place:Reno', 'place:Sparks']],
    ['[[L Reno]] voted. In Sparks, the mayor won.', ['place:Reno', 'place:Sparks']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No place named near it, a person's word, a word the article writes in lowercase, no
    // preposition, the start of a longer name.
    ['He conceded in Sparks.', []],
    ['[[L Reno]] voted. [[P Ana Sparks]] conceded in Sparks.', ['place:Reno', 'person:Ana Sparks']],
    ['[[L Reno]] voted. The speech gave off sparks in Sparks.', ['place:Reno']],
    ['[[L Reno]] voted. Sparks fell.', ['place:Reno']],
    ['He lived in [[L Cambridge]] and died in March.', ['place:Cambridge']],
    ['[[L Reno]] voted. She spoke in Sparks Marina Park.', ['place:Reno']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.owned-modifier', () => {
  it.each([
    ['Parts came from the state-owned Bharat Electronics and others.', ['organization:Bharat Electronics']],
    ['State-owned Velto Holdings said so.', ['organization:Velto Holdings']],
    ['The state-run [[L:0.5 Xinhua]] news agency said so.', ['organization:Xinhua']],
    ['The family-controlled [[P:0.6 Ana Ruiz Group]] rose.', ['organization:Ana Ruiz Group']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A demonym, a place the map knows, a person the model is sure of, a lowercase noun after the
    // adjective, and a hyphenated word that is no ownership ("well-run").
    ['The state-run Chinese media said so.', []],
    ['The government-run [[L Kenya]] ports lost money.', ['place:Kenya']],
    ['The family-run shop of [[P:0.95 Ana Ruiz]] closed.', ['person:Ana Ruiz']],
    ['A state-owned carrier, [[O Velto Air]], flew.', ['organization:Velto Air']],
    ['The well-known [[P Ana Ruiz]] and the so-called Velto Plan failed.', ['person:Ana Ruiz']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.maker-agent', () => {
  it.each([
    [
      'The radar was built by the [[L:0.74 Space Applications Centre]] in [[L Ahmedabad]].',
      ['organization:Space Applications Centre', 'place:Ahmedabad'],
    ],
    ['The museum is run by [[L:0.6 Velto Heritage Institute]].', ['organization:Velto Heritage Institute']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A place the map knows, a place the model is sure of, another verb before "by", a person.
    ['The fund is financed by [[L:0.6 Norway]].', ['place:Norway']],
    ['It was built by the [[L:0.95 Velto Centre]].', ['place:Velto Centre']],
    ['The village is surrounded by the [[L:0.6 Velto Hills]].', ['place:Velto Hills']],
    ['The house was built by [[P Ana Ruiz]].', ['person:Ana Ruiz']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

/**
 * Review of BLIND_NEWS_ROWS_16 (helper ents27b): ordinary news sentences of our own (wire,
 * politics, business, sport, courts, science) where a row misread a name the model had read
 * right, or made a name of the wrong type.
 */
describe('review (ents27b): none.common-opening-role', () => {
  it.each([
    // Named bodies with a common word for a name: the Fed, the Senate, a club called Arsenal.
    [
      'The [[O Federal Reserve]] held rates. [[O:0.6 Fed]] chair [[P Jerome Powell]] said inflation was easing.',
      ['organization:Federal Reserve', 'organization:Fed', 'person:Jerome Powell'],
    ],
    ['[[O:0.6 Senate]] officials said the vote would take place on Thursday.', ['organization:Senate']],
    [
      '[[O:0.55 Arsenal]] chairman [[P Chips Keswick]] said the club would not sell.',
      ['organization:Arsenal', 'person:Chips Keswick'],
    ],
    // Still none: generic words for a kind of body.
    ['[[O:0.6 State]] officials said the fire was contained.', []],
    ['[[O:0.6 City]] officials said the water was safe.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('review (ents27b): none.group-noun', () => {
  it.each([
    // Latina is also a city in Italy, read as a place where the words say so.
    ['Residents of [[L:0.6 Latina]], a city south of [[L Rome]], voted.', ['place:Latina', 'place:Rome']],
    ['She grew up in [[L:0.7 Latina]], [[L Italy]], before moving.', ['place:Latina', 'place:Italy']],
    // Still none: a person of a background, whatever the model read.
    ['She is the first [[L:0.5 Latina]] to lead [[L Reno]].', ['place:Reno']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('review (ents27b): organisation.owned-modifier', () => {
  it.each([
    // Ground held by a fighting force is a place, not a body.
    ['The rebel-controlled Sheikh Maqsoud district of [[L Aleppo]] was shelled.', ['place:Aleppo']],
    ['The opposition-controlled [[L:0.6 Ras al-Ain]] was shelled, a monitor said.', ['place:Ras al-Ain']],
    ['Residents of the army-controlled Khartoum North neighbourhood fled.', []],
    // Still a body.
    ['The employee-owned [[P:0.7 John Lewis Partnership]] reported a loss.', ['organization:John Lewis Partnership']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('review (ents27b): organisation.maker-agent', () => {
  it.each([
    // A people named by one plural word is no maker body ("built by the Romans").
    [
      'The cathedral was built by the [[L:0.6 Normans]] and rebuilt by [[P Christopher Wren]].',
      ['place:Normans', 'person:Christopher Wren'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('isLoneTail (none.commodity-acronym, none.plural-acronym)', () => {
  const ctx = buildContext('Spot LNG prices fell.', loadGazetteerSync());
  const span = (a: number, b: number, rule?: string): NamedSpan => ({ a, b, type: 2, probs: [0, 0, 1, 0], rule });
  it('reads the acronym alone, or after an opening word of the list, as the model read it', () => {
    expect(isLoneTail(ctx, span(1, 2), COMMON_WORDS)).toBe(true);
    expect(isLoneTail(ctx, span(0, 2), COMMON_WORDS)).toBe(true);
  });
  it("leaves a rule's name of two words, and an opening word the list lacks", () => {
    expect(isLoneTail(ctx, span(0, 2, 'organisation.some-row'), COMMON_WORDS)).toBe(false);
    expect(isLoneTail(ctx, span(0, 2), new Set(['two']))).toBe(false);
  });
});
