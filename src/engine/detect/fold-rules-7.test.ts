/**
 * The rows of lexicon/fold-patterns-7.ts (helper ents14b) on tagger output written by hand, with
 * sentences (news among them) each must not fire on; the rows' own examples run through the whole
 * engine in lexicon/rows.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('none.language-name', () => {
  it.each([
    ['Rekohu in the indigenous [[P:0.31 Moriori]] language lies east.', []],
    ["Sapir's group of [[L:0.7 Atlantic]] languages is large.", ['place:Atlantic']],
    ['The name given by [[P:0.38 Bayot]] speakers differs from the language of the village.', []],
    ['It separates the village from the [[P:0.31 Bayot]] speaking area, where the language differs.', []],
    ['Two other languages: [[P:0.34 Siwu]], a Kwa language spoken in Ghana.', []],
    ['The [[O:0.57 Jóola Búluf and Jóola Fogny]] speakers call the language Kujamaat.', []],
    // Adversarial: a person speaking, a sure person, a place the map knows, a capitalised
    // Language, "speakers" with no language in the text, the people named elsewhere, and a
    // name before ", a" that is no language.
    ['With [[P:0.8 Obama]] speaking at the rally, the language was sharp.', ['person:Obama']],
    ['With [[P:0.8 Obama]] speaking to reporters, aides said the language was final.', ['person:Obama']],
    ['[[P:0.95 Trump]] language on trade was blunt, said the envoy.', ['person:Trump']],
    ['The [[L:0.6 Ghana]] language policy changed in 2001.', ['place:Ghana']],
    ['She learnt [[O:0.6 American Sign]] Language at school.', ['organization:American Sign']],
    ['The hall has [[O:0.6 Bose]] speakers on every wall.', ['organization:Bose']],
    ['The [[O:0.6 Vexora]] language model wrote the reply in plain language.', ['organization:Vexora']],
    ['[[O:0.6 Google]] speakers at the event praised the language of the bill.', ['organization:Google']],
    [
      'The [[P:0.6 Moriori]] language is lost. The islands were home to the [[P:0.6 Moriori]] for centuries.',
      ['person:Moriori', 'person:Moriori'],
    ],
    ['We met [[P:0.6 Smith]], a language teacher from Leeds.', ['person:Smith']],
    ['We met [[P:0.6 Smith]], a French language teacher.', ['person:Smith']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.company-kind-tail', () => {
  it.each([
    ['Package tours are available from [[L:0.7 Vagabond Tours]] in Tranekær.', ['organization:Vagabond Tours']],
    ['By bus [[L:0.9 Tulsa Transit]] provides service for the city.', ['organization:Tulsa Transit']],
    // A vehicle model, not a transport firm (fix16a).
    ['[[O Ford]] Transit vans were recalled, the company said.', ['organization:Ford']],
    ['By bus Greyhound Bus Lines stops at the depot.', ['organization:Greyhound Bus Lines']],
    ['The ferry is run by [[P:0.5 Black Robin Freighters]] from the port.', ['organization:Black Robin Freighters']],
    [
      'It is a hub for [[O American Airlines and Southwest Airlines]].',
      ['organization:American Airlines', 'organization:Southwest Airlines'],
    ],
    // Adversarial: common words only, the French city alone, a longer name, lowercase kinds,
    // a possessive, and the join of two names that are no firms of this kind.
    ['Ridership on Public Transit fell last year.', []],
    ['The train from Paris to Tours was late.', []],
    ['She joined [[O Tulsa Transit Authority]] in May.', ['organization:Tulsa Transit Authority']],
    ['Bus tours of [[L Tulsa]] run daily.', ['place:Tulsa']],
    ["Madonna's World Tours drew crowds.", []],
    ['[[O Cable and Wireless Tours]] opened an office.', ['organization:Cable and Wireless Tours']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.protected-area-tail', () => {
  it.each([
    ['Set beside the lodge is the magnificent [[O Henga Scenic Reserve]].', ['place:Henga Scenic Reserve']],
    [
      'Access is free. Hapupu [[O National Historic Scenic Reserve]] is open.',
      ['place:Hapupu National Historic Scenic Reserve'],
    ],
    ['The square is a [[O UNESCO]] World Heritage Site.', ['place:UNESCO World Heritage Site']],
    ['Drilling in the Arctic National Wildlife Refuge was approved.', ['place:Arctic National Wildlife Refuge']],
    // Adversarial: the Federal Reserve, a longer name, a plural, a kind alone, lowercase.
    ['The [[O Federal Reserve]] raised rates on Wednesday.', ['organization:Federal Reserve']],
    ['The [[O Federal Reserve Bank]] of New York said so.', ['organization:Federal Reserve Bank']],
    ['One of only two National Historic Scenic Reserves in the country.', []],
    ['The Nature Reserve opens at nine.', []],
    ['The [[L Henga]] scenic reserve opens at nine.', ['place:Henga']],
    ['The [[O Scenic Reserve Trust]] met on Monday.', ['organization:Scenic Reserve Trust']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.foreign-kind-head', () => {
  it.each([
    ['[[P:0.54 Anse Bertrand]], not far from there, has a beach.', ['place:Anse Bertrand']],
    ['You will reach La Pointe des Chateaux, a scenery of sand.', ['place:La Pointe des Chateaux']],
    ['You can also go to [[P:0.51 Porte]] d\u2019Enfer, a beautiful strip.', ['place:Porte d\u2019Enfer']],
    ['The square is also called [[P:0.59 Meidan Emam]] by locals.', ['place:Meidan Emam']],
    ['The largest city in the peninsula. Catedral de San Ildefonso is old.', ['place:Catedral de San Ildefonso']],
    // Adversarial: a person with the word as surname, a sure person, the word alone, a longer
    // run, a rule's name, capitals, and a possessive.
    ['[[P Mike Piazza]] hit two home runs.', ['person:Mike Piazza']],
    ['Piazza said the team played well.', []],
    ['[[P:0.99 Porte Smith]] scored twice on Sunday.', ['person:Porte Smith']],
    ['The Piazza Navona Hotel Group Tower Company grew.', []],
    ['PLAYA NORTE is closed today.', []],
    ['Output at [[O:0.6 Cerro Verde]] fell after the quake.', ['organization:Cerro Verde']],
    // This row leaves the possessive; place.street-word-unread (fold-rules-23) reads the square.
    ["Piazza Navona's fountains were cleaned.", ['place:Piazza Navona']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.greater-joins', () => {
  it.each([
    ['They form the Greater [[L:0.77 Phoenix Metropolitan Area]] today.', ['place:Greater Phoenix Metropolitan Area']],
    ['Greater [[L London]] grew fast.', ['place:Greater London']],
    // Adversarial: lowercase, a body read whole, a name that is no place, a longer name before,
    // and a line break.
    ['The greater [[L London]] area grew.', ['place:London']],
    ['[[O Greater Manchester Police]] made arrests.', ['organization:Greater Manchester Police']],
    ['Greater [[P Smith]] said so.', ['person:Smith']],
    ['The New Greater [[L London]] plan was shelved.', ['place:London']],
    ['It was Greater\n[[L London]] then.', ['place:London']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.listed-with-people', () => {
  it.each([
    [
      'Writers include [[P Jack London]], [[P Amy Tan]], and [[L:0.55 Maya Angelou]].',
      ['person:Jack London', 'person:Amy Tan', 'person:Maya Angelou'],
    ],
    // Firms named after people, last in a list of people (fix16a).
    [
      'Advisers were [[P Jane Fraser]], [[P David Solomon]] and [[O:0.59 Morgan Stanley]], people said.',
      ['person:Jane Fraser', 'person:David Solomon', 'organization:Morgan Stanley'],
    ],
    [
      'Investors are [[P Peter Thiel]], [[P Reid Hoffman]] and [[O:0.5 Andreessen Horowitz]].',
      ['person:Peter Thiel', 'person:Reid Hoffman', 'organization:Andreessen Horowitz'],
    ],
    [
      'Lenders are [[P Jamie Dimon]], [[P Brian Moynihan]] and [[L:0.5 Goldman Sachs]].',
      ['person:Jamie Dimon', 'person:Brian Moynihan', 'organization:Goldman Sachs'],
    ],
    // Adversarial: one person before, a confident place, a one-word name, no given name, a
    // known place, and a list of places.
    // One person before is not this row's list; person.paired-with-person (fold-rules-9) reads it.
    ['She met [[P Amy Tan]] and [[L:0.55 Maya Angelou]].', ['person:Amy Tan', 'person:Maya Angelou']],
    [
      'It took [[P Barack Obama]], [[P Joe Biden]] and [[L:0.9 Maya Heights]] along.',
      ['person:Barack Obama', 'person:Joe Biden', 'place:Maya Heights'],
    ],
    [
      'It took [[P Barack Obama]], [[P Joe Biden]] and [[O:0.5 Maya Holdings]] along.',
      ['person:Barack Obama', 'person:Joe Biden', 'organization:Maya Holdings'],
    ],
    [
      'It took [[P Barack Obama]], [[P Joe Biden]] and [[L:0.5 Maya]] along.',
      ['person:Barack Obama', 'person:Joe Biden', 'place:Maya'],
    ],
    [
      'It took [[P Barack Obama]], [[P Joe Biden]] and [[L:0.5 Chicago Heights]] along.',
      ['person:Barack Obama', 'person:Joe Biden', 'place:Chicago Heights'],
    ],
    [
      'It took [[P Barack Obama]], [[P Joe Biden]] and [[L:0.5 Fort Lee]] along.',
      ['person:Barack Obama', 'person:Joe Biden', 'place:Fort Lee'],
    ],
    [
      'It took [[P Barack Obama]], [[P Joe Biden]] and [[L:0.5 San Diego]] along.',
      ['person:Barack Obama', 'person:Joe Biden', 'place:San Diego'],
    ],
    [
      'Trains run to [[L New York]], [[L Los Angeles]] and [[L:0.5 Maya Angelou]] daily.',
      ['place:New York', 'place:Los Angeles', 'place:Maya Angelou'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
