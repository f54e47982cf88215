/**
 * The rows of lexicon/blind-news-19.ts (helper ents29a): each rule on tagger output written by
 * hand, with the readings it must decide and ordinary news sentences it must not fire on. The
 * sentences are our own, not the batches'. (The rows' examples run through the whole engine in
 * lexicon/rows.test.ts' late tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

const SPORT =
  'The match ended 24-10 after two tries in the second half. The league table tightened. The coach praised the forwards.';

describe('none.nationality-opening', () => {
  it.each([
    // Headlines: lines without final punctuation.
    ['[[O:0.45 Slovenian]] court halts vote on reactor\n\nThe court met.', []],
    ['[[O:0.5 Icelandic]] singer dies at 70\n\nShe died on Sunday.', []],
    // A verb of its own, a name of more words, a name the text uses alone inside a sentence.
    ['[[O:0.5 American]] said it would cut flights.', ['organization:American']],
    ['[[O Slovenian Railways]] said trains would run.', ['organization:Slovenian Railways']],
    [
      '[[O:0.5 Cambodian]] shares rose. Traders bought [[O:0.6 Cambodian]] on Monday.',
      ['organization:Cambodian', 'organization:Cambodian'],
    ],
    ['[[P:0.6 Brennan]] court rules.', ['person:Brennan']],
    // A sentence of the body, not a headline.
    ['[[O:0.5 European]] bicycle makers welcomed the decision.', ['organization:European']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.state-unread', () => {
  it.each([
    ['A judge blocked a new Kentucky law.', ['place:Kentucky']],
    ['Ohio voters approved it in November.', ['place:Ohio']],
    // Inside a longer run of capitals, a person's name, a sports report.
    ['[[O Kentucky Fried Chicken]] said sales rose.', ['organization:Kentucky Fried Chicken']],
    ['Shares of Kentucky Utilities rose.', ['organization:Kentucky Utilities']],
    ['[[P Montana Reyes]] said Montana was her name.', ['person:Montana Reyes']],
    // (Tennessee is the club of sport rules; the row leaves the unread Kentucky alone.)
    [`Kentucky beat Tennessee 78-70. ${SPORT}`, ['organization:Tennessee']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.player-position', () => {
  it.each([
    [
      `[[O Valencia]] won 84-79 with guard [[O:0.76 Dallas Brooks]] scoring 24. ${SPORT}`,
      ['organization:Valencia', 'person:Dallas Brooks'],
    ],
    [`A try from centre [[O:0.7 Kent Halliwell]] sealed it. ${SPORT}`, ['person:Kent Halliwell']],
    // A club's name after the noun, a name a rule decided, no sports report.
    [`The striker [[O Dallas United]] signed scored. ${SPORT}`, ['organization:Dallas United']],
    ['The guard [[O:0.7 Dallas Brooks]] hired was fired by the bank.', ['organization:Dallas Brooks']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.adjacent-parts', () => {
  it.each([
    ['"Buyers wait," said [[P:0.5 Tan]] [[P Wei Ming]], a trader.', ['person:Tan Wei Ming']],
    // A comma between, a line between, a name of four words, a place beside a person.
    ['[[P Tan]], [[P Wei Ming]] and others met.', ['person:Tan', 'person:Wei Ming']],
    ['Reporting by [[P Tan]]\n[[P Wei Ming]] wrote.', ['person:Tan', 'person:Wei Ming']],
    ['[[P Ana]] [[P Maria Ruiz Lopez]] spoke.', ['person:Ana', 'person:Maria Ruiz Lopez']],
    ['In [[L Paris]] [[P Ana Ruiz]] spoke.', ['place:Paris', 'person:Ana Ruiz']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.town-nickname-bare', () => {
  it.each([
    [
      `[[O Wigan Warriors]] and [[O Leeds Rhinos]] won. Warrington host [[P:0.7 Castleford Tigers]] next. ${SPORT}`,
      ['organization:Wigan Warriors', 'organization:Leeds Rhinos', 'organization:Castleford Tigers'],
    ],
    // A given name first, a person a rule decided, no sports report.
    [
      `[[O Wigan Warriors]] and [[O Leeds Rhinos]] won. [[P Sam Woods]] scored. ${SPORT}`,
      ['organization:Wigan Warriors', 'organization:Leeds Rhinos', 'person:Sam Woods'],
    ],
    ['Visitors to Castleford Tigers Lane were turned away.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.civic-title-of and place.area-noun-after', () => {
  it.each([
    ['Mayor [[P Janko Pirc]] of [[O:0.46 Krško]] said so.', ['person:Janko Pirc', 'place:Krško']],
    ['Governor [[P Ana Ruiz]] of Bohol said so.', ['person:Ana Ruiz', 'place:Bohol']],
    // Not after a title of a firm, not over a sure organisation, not into a longer name.
    ['Chairman [[P Ana Ruiz]] of [[O:0.5 Velmora]] said so.', ['person:Ana Ruiz', 'organization:Velmora']],
    ['Mayor [[P Ana Ruiz]] of [[O Bohol Trust]] Bank said so.', ['person:Ana Ruiz', 'organization:Bohol Trust']],
    ['Towns of the [[P:0.32 Posavje]] area voted.', ['place:Posavje']],
    ['The Sales area closed, and the [[P Ana Ruiz]] area opened.', ['person:Ana Ruiz']],
    ['Oil flows from the Kurdish area, and the [[O:0.44 Apple]] area of the market slowed.', ['organization:Apple']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.player-given-name', () => {
  // The full name is made a person by person.player-position, which runs first.
  const WON = '[[O Valencia]] won 84-79 with guard [[O:0.7 Dallas Brooks]] scoring 24.';
  it.each([
    [
      `${WON} "[[O:0.39 Dallas]] wanted the ball," the coach said. ${SPORT}`,
      ['organization:Valencia', 'person:Dallas Brooks', 'person:Dallas'],
    ],
    // A reading the model is surer of, a word that opens a club's name, no sports report.
    [
      `${WON} [[O:0.7 Dallas]] beat Houston. ${SPORT}`,
      ['organization:Valencia', 'person:Dallas Brooks', 'organization:Dallas'],
    ],
    [
      `${WON} He left [[O Dallas Mavericks]]. "[[O:0.39 Dallas]] wanted him," they said. ${SPORT}`,
      ['organization:Valencia', 'person:Dallas Brooks', 'organization:Dallas Mavericks', 'organization:Dallas'],
    ],
    [
      'Banker [[P Dallas Brooks]] spoke. "[[O:0.39 Dallas]] wanted the deal," he said.',
      ['person:Dallas Brooks', 'organization:Dallas'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('review (ents30c): organisation.acronym-after-seat', () => {
  it.each([
    // The letters in brackets are the seat's country, not the body's short name.
    [
      'Engineers from the [[O Emirates Nuclear Energy Corporation]] in [[L Abu Dhabi]] ([[L:0.6 UAE]]) came.',
      ['organization:Emirates Nuclear Energy Corporation', 'place:Abu Dhabi', 'place:UAE'],
    ],
    [
      'The [[O Ministry of Foreign Affairs]] in [[L Washington]] (USA) issued it.',
      ['organization:Ministry of Foreign Affairs', 'place:Washington'],
    ],
    // Still the body's short name.
    [
      'She trained at the [[O National School of Drama]] in [[L Delhi]] (NSD) first.',
      ['organization:National School of Drama', 'place:Delhi', 'organization:NSD'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('review (ents30c): place.civic-title-of', () => {
  it.each([
    // A governor heads a central bank as often as a province: a body the model read stays.
    [
      'Governor [[P Ana Ruiz]] of [[O:0.6 Banxico]] said rates would fall.',
      ['person:Ana Ruiz', 'organization:Banxico'],
    ],
    [
      'Governor [[P Ravi Menon]] of [[O:0.5 MAS]] said inflation had peaked.',
      ['person:Ravi Menon', 'organization:MAS'],
    ],
    // Still the place: a mayor's town read as a body (an acronym too), a governor's province unread.
    ['Mayor [[P Pete Harris]] of [[O:0.5 Fairview]] said so.', ['person:Pete Harris', 'place:Fairview']],
    ['Mayor [[P Ana Ruiz]] of [[O:0.5 NYC]] said so.', ['person:Ana Ruiz', 'place:NYC']],
    ['Governor [[P Ana Ruiz]] of Bohol said so.', ['person:Ana Ruiz', 'place:Bohol']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('review (ents30c): person.hyphenated-surname-unread', () => {
  it.each([
    // A word of the language written with its accents ("château") opens an estate's name, not a person's.
    ['A bottle of Château Lafite-Rothschild sold for $12,000.', []],
    ['Wine from Domaine Leflaive-Roulot, the estate said, sold out.', []],
    // Still a person.
    [
      'Kristoffer Lund-Hagen at [[O DNB Carnegie]] cut his target.',
      ['person:Kristoffer Lund-Hagen', 'organization:DNB Carnegie'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('review (ents30c): person.player-position', () => {
  it.each([
    // "the defender [that] Crystal Palace sold": the club is the subject of a relative clause.
    [`The defender [[L:0.72 Crystal Palace]] sold last summer scored the winner. ${SPORT}`, ['place:Crystal Palace']],
    [`The striker [[O:0.6 Aston Villa]] signed in June scored twice. ${SPORT}`, ['organization:Aston Villa']],
    // Still the player: a verb of the player's own, or an object after the club's verb.
    [`The guard [[O:0.7 Dallas Brooks]] scored 24 points. ${SPORT}`, ['person:Dallas Brooks']],
    [`The guard [[O:0.7 Dallas Brooks]] signed a new deal. ${SPORT}`, ['person:Dallas Brooks']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('lead (stop 54): place.civic-title-of, the town before its head', () => {
  it.each([
    // The town read as a body before a mayor's title; a sentence-opening "The" taken into it.
    [
      'Former [[O:0.37 Camden]] mayor [[P Ann Lee]] spoke. [[O:0.94 The Trenton]] mayor said so.',
      ['place:Camden', 'person:Ann Lee', 'place:Trenton'],
    ],
    ['[[O:0.77 The Hague]] mayor spoke.', ['place:The Hague']],
    // Leave: a party named by a word of the language the map also knows as a town (review, stop 54).
    ['The [[O:0.61 Green]] mayor of [[L Bristol]] said so.', ['organization:Green', 'place:Bristol']],
    // Leave: a party, a central bank's governor, a town read surely as a body, a name the map lacks.
    [
      'The [[O:0.6 Labour]] mayor spoke. The [[O:0.7 Fed]] governor spoke. [[O:0.9 Camden]] mayor spoke. [[O:0.4 Velmora]] mayor spoke.',
      ['organization:Labour', 'organization:Fed', 'organization:Camden', 'organization:Velmora'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
