/**
 * The rows of lexicon/blind-news-20.ts (helper ents30a): each rule on tagger output written by
 * hand, with the readings it must decide and ordinary news sentences it must not fire on. The
 * sentences are our own, not the batches'. (The rows' examples run through the whole engine in
 * lexicon/rows.test.ts' late tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

const FOOTBALL =
  'The striker scored two goals in the second half. The league table tightened. The coach praised the defenders.';

describe('sport.nordic-club-prefix', () => {
  it.each([
    [
      `[[P:0.8 IFK Norrköping]] lost 2-0 on Sunday. [[P:0.6 Norrköping]] had a man sent off. ${FOOTBALL}`,
      ['organization:IFK Norrköping', 'organization:Norrköping'],
    ],
    [`HJK [[L Helsinki]] won 3-1 at home. ${FOOTBALL}`, ['organization:HJK Helsinki']],
    // A town after a preposition of where, no sports report, a capital word before the prefix.
    [
      `[[P IFK Norrköping]] won 1-0. Fans in [[L Norrköping]] cheered. ${FOOTBALL}`,
      ['organization:IFK Norrköping', 'place:Norrköping'],
    ],
    [
      'The [[O IF Metall]] union said members in [[L Norrköping]] would strike.',
      ['organization:IF Metall', 'place:Norrköping'],
    ],
    [`The [[O Volvo]] IFK deal ended. ${FOOTBALL}`, ['organization:Volvo']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.result-sides', () => {
  it.each([
    [`Djurgården beat Mjällby 1-0 on Sunday. ${FOOTBALL}`, ['organization:Djurgården', 'organization:Mjällby']],
    [`Title rivals [[P:0.35 Hammarby]] lost 3-1 on Sunday. ${FOOTBALL}`, ['organization:Hammarby']],
    [
      `[[O Malmö]] went top of [[P:0.3 Allsvenskan]] with a 2-0 win. ${FOOTBALL}`,
      ['organization:Malmö', 'organization:Allsvenskan'],
    ],
    // A sure person, a given name, a surname the text names in full, a country, no team words.
    [`[[P:0.7 Brennan]] beat Mjällby 2-1. ${FOOTBALL}`, ['person:Brennan', 'organization:Mjällby']],
    [`Michael beat Mjällby 2-1. ${FOOTBALL}`, ['organization:Mjällby']],
    [
      `[[P Jannik Sinner]] won. [[P:0.4 Sinner]] beat Mjällby 2-1. ${FOOTBALL}`,
      ['person:Jannik Sinner', 'person:Sinner', 'organization:Mjällby'],
    ],
    ['Sinner beat Alcaraz 6-4 7-5 in the final. The crowd cheered the champion. He served well in the second set.', []],
    // No score in the sentence.
    [`Djurgården beat expectations this season. ${FOOTBALL} It ended 2-2.`, []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.state-outside-sport', () => {
  const COURT =
    'The panel ruled 2-1 on the power grid. The Sierra Club said it was studying the ruling. Grid operators said nothing.';
  it.each([
    [`A new [[O:0.7 West Virginia]] law took effect. ${COURT}`, ['place:West Virginia', 'organization:Sierra Club']],
    // A state in a sentence with a score, a state the model is sure of, no sports report.
    [
      `[[O:0.7 West Virginia]] won 2-1 on the grid. ${COURT}`,
      ['organization:West Virginia', 'organization:Sierra Club'],
    ],
    [
      `A new [[O:0.9 West Virginia]] law took effect. ${COURT}`,
      ['organization:West Virginia', 'organization:Sierra Club'],
    ],
  ])('%s', (text, expected) =>
    expect(rulesOn(text.replace('The Sierra Club', 'The [[O Sierra Club]]'))).toEqual(expected),
  );
});

describe('place.pair-before-plural-kind', () => {
  it.each([
    ['Farmers in the [[L Hoima]] and [[P:0.4 Kikuube]] districts protested.', ['place:Hoima', 'place:Kikuube']],
    ['Rain hit the Kandal and Takeo provinces.', ['place:Kandal', 'place:Takeo']],
    // Media markets and metro areas (the lead, stop 51).
    [
      'The group booked ads in the [[L:0.55 Atlanta]] and [[P:0.43 Savannah]] markets.',
      ['place:Atlanta', 'place:Savannah'],
    ],
    ['Both the [[O Apple]] and [[O Samsung]] markets shrank.', ['organization:Apple', 'organization:Samsung']],
    // A sure person, a given name, a word of the language, no plural kind.
    ['The [[L Hoima]] and [[P:0.9 Kikuube]] counties voted.', ['place:Hoima', 'person:Kikuube']],
    ['Both the Sales and Marketing districts grew.', []],
    ['[[P:0.5 Ana]] and [[P:0.5 Luis]] islands apart said nothing.', ['person:Ana', 'person:Luis']],
    ['The [[L Hoima]] and [[P:0.4 Kikuube]] talks ended.', ['place:Hoima', 'person:Kikuube']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.constituency-after-member', () => {
  it.each([
    ['Its MP for Buhaguzi, [[P Ibrahim Kasozi]], said families waited.', ['place:Buhaguzi', 'person:Ibrahim Kasozi']],
    ['The MLA for [[P:0.5 Kilifi North]], a teacher, said the road was unsafe.', ['place:Kilifi North']],
    // A word of the language, a given name, a sure person, lowercase "ms".
    ['The MP for Health questions said nothing.', []],
    ['The MP for [[P:0.9 Anna Lindqvist]] spoke.', ['person:Anna Lindqvist']],
    ['She paid the ms for Buhaguzi printers.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.kind-of-modified', () => {
  it.each([
    ['Lava reached the fishing town of Grindavík on Saturday.', ['place:Grindavík']],
    ['Police sealed the border city of [[O:0.5 Tanga]] overnight.', ['place:Tanga']],
    // A word of the language, a longer name, a sure reading, no modifier.
    ['The fishing town of the year award went to a village.', []],
    ['The mining town of [[O Kiruna Iron]] Ore said nothing.', ['organization:Kiruna Iron']],
    ['The mining town of [[O:0.9 Kiruna]] grew.', ['organization:Kiruna']],
    // A people's word before the modifier or in its place, and the kinds that need one (ents38a).
    ['Troops reached the Chinese border town of Yadong.', ['place:Yadong']],
    ['Rain fell on the Mexican state of [[P:0.5 Tabasco]] all week.', ['place:Tabasco']],
    // A state with no people's word, a person after one, a word of the language.
    ['Voters in the state of Bahia went out.', []],
    // A people's word and a kind of place with no modifier: the whole phrase, as GUM marks it.
    ['Aid went to the Greek island of Kythnos.', []],
    ['The Indian state of [[P:0.9 Modi]] said nothing.', ['person:Modi']],
    ['The Indian state of the art lab opened.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.romance-trade-last', () => {
  it.each([
    ['An analyst at [[P:0.46 Mentu Consultores]] said prices rose.', ['organization:Mentu Consultores']],
    ['The tariff charged by [[P:0.7 Itaipu Binacional]] fell.', ['organization:Itaipu Binacional']],
    // A sure person, one word alone, a rule's reading.
    ['[[P:0.95 Ana Seguros]] spoke.', ['person:Ana Seguros']],
    ['[[P:0.5 Seguros]] fell.', ['person:Seguros']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.airline-tail', () => {
  it.each([
    [
      'A Cambodia Angkor Air flight from [[L Siem Reap]] landed.',
      ['organization:Cambodia Angkor Air', 'place:Siem Reap'],
    ],
    ['Passengers on [[L Fiji]] Airways were delayed.', ['organization:Fiji Airways']],
    // A longer run, "Air" before a capital, a body a rule decided, "Air" alone.
    ['The Royal Air Force Museum opened.', []],
    ['The [[O Israeli Air Force]] struck.', ['organization:Israeli Air Force']],
    ['Air quality fell.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.known-in-language-as', () => {
  it.each([
    [
      'The office, known in [[L:0.5 Icelandic]] as [[P:0.5 Veðurstofa Íslands]], said the fissure was long.',
      ['organization:Veðurstofa Íslands'],
    ],
    ['The agency, known in Spanish as Agencia Tributaria, said so.', ['organization:Agencia Tributaria']],
    // A person's subject, no comma before "known".
    ['The singer, known in Icelandic as [[P Jóna Sigurðardóttir]], toured.', ['person:Jóna Sigurðardóttir']],
    ['The office known in Icelandic as [[P:0.5 Veðurstofa]] said so.', ['person:Veðurstofa']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.heritage-designation', () => {
  it.each([
    ['The forest is a [[L UNESCO World Heritage Site]] and home to bison.', ['organization:UNESCO']],
    // A name of more words before the designation, a rule's reading.
    ['It is the [[L Lake District World Heritage Site]].', ['place:Lake District World Heritage Site']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.party-after-stance', () => {
  it.each([
    [
      'The opposition National Unity Platform (NUP) walked out.',
      ['organization:National Unity Platform', 'organization:NUP'],
    ],
    ['Members of the ruling Civic Alliance voted for it.', ['organization:Civic Alliance']],
    // A people noun after, one word, a name the model read, an acronym of other initials.
    ['The opposition Labour leader [[P Ana Ruiz]] spoke.', ['person:Ana Ruiz']],
    ['The opposition Democrats walked out.', []],
    ['The ruling [[O Georgian Dream]] party won.', ['organization:Georgian Dream']],
    ['The opposition Civic Alliance (XYZ) walked out.', ['organization:Civic Alliance']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.known-with-particle', () => {
  it.each([
    ['The deal was signed in Foz do [[O:0.33 Iguaçu]] on Thursday.', ['place:Foz do Iguaçu']],
    ['Floods hit Santa Cruz de la [[P:0.4 Sierra]] overnight.', ['place:Santa Cruz de la Sierra']],
    // A sure reading inside, a person a rule decided, words the map does not know whole.
    ['The deal was signed in Foz do [[O:0.9 Iguaçu]] on Thursday.', ['organization:Iguaçu']],
    ['[[P Pedro do Carmo]] signed it.', ['person:Pedro do Carmo']],
    // "de los", "de las" (ents38a): the map knows the whole town.
    ['Crowds filled San Juan de los [[O:0.5 Morros]] on Sunday.', ['place:San Juan de los Morros']],
    ['Crowds filled San Cristóbal de las [[O:0.5 Casas]] on Sunday.', ['place:San Cristóbal de las Casas']],
    ['[[P Juan de los Santos]] voted on Sunday.', ['person:Juan de los Santos']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.bracket-acronym-late', () => {
  it.each([
    [
      'A show opened at the [[O Museo de Arte Moderno]] (MAM) in May.',
      ['organization:Museo de Arte Moderno', 'organization:MAM'],
    ],
    // Other initials, a person before the bracket, one word before it, an acronym already read.
    ['A show opened at the [[O Museo de Arte Moderno]] (XYZ) in May.', ['organization:Museo de Arte Moderno']],
    ['[[P Maria Alves]] (MA) spoke.', ['person:Maria Alves']],
    ['[[O Museo]] (M) opened.', ['organization:Museo']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.role-of-place-apposition', () => {
  it.each([
    [
      'The mayor of [[L Hajnówka]], [[O:0.35 Jarosław Dziedzic]], said jobs were at risk.',
      ['place:Hajnówka', 'person:Jarosław Dziedzic'],
    ],
    [
      'The governor of [[L Lower Silesia]], [[L:0.4 Marek Wójtowicz]], resigned.',
      ['place:Lower Silesia', 'person:Marek Wójtowicz'],
    ],
    // A place the map knows, a sure reading, no person noun, no comma after.
    ['Aid reached the capital of [[L Kenya]], [[L:0.4 Nairobi]], on Monday.', ['place:Kenya', 'place:Nairobi']],
    [
      'The mayor of [[L Hajnówka]], [[O:0.7 Lasy Państwowe]], said so.',
      ['place:Hajnówka', 'organization:Lasy Państwowe'],
    ],
    [
      'A road of [[L Hajnówka]], [[O:0.35 Lasy Państwowe]], was closed.',
      ['place:Hajnówka', 'organization:Lasy Państwowe'],
    ],
    [
      'The mayor of [[L Hajnówka]], [[O:0.35 Lasy Państwowe]] said so.',
      ['place:Hajnówka', 'organization:Lasy Państwowe'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

// Wrong firings met on the review texts of detect/review-31b.cases.ts (helper ents31b), with the
// cases each row must still decide beside them.
describe('review (ents31b): sport.nordic-club-prefix', () => {
  it.each([
    // The town the team travels to, and the town's own council, are the town.
    [
      `[[P IFK Göteborg]] lost 1-0 away, and the squad flew back to [[L:0.44 Göteborg]] that night. ${FOOTBALL}`,
      ['organization:IFK Göteborg', 'place:Göteborg'],
    ],
    [
      `[[P IFK Göteborg]] lost 1-0 away. [[L:0.39 Göteborg]]'s city council promised a stadium. ${FOOTBALL}`,
      ['organization:IFK Göteborg', 'place:Göteborg'],
    ],
    // Still the club: the town alone as a side, and after "lost to".
    [
      `[[P IFK Göteborg]] won 2-0. [[L:0.44 Göteborg]] had lost three games. ${FOOTBALL}`,
      ['organization:IFK Göteborg', 'organization:Göteborg'],
    ],
    [
      `[[P IFK Göteborg]] won 2-0. [[O Malmö]] lost to [[L:0.44 Göteborg]] again. ${FOOTBALL}`,
      ['organization:IFK Göteborg', 'organization:Malmö', 'organization:Göteborg'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('review (ents31b): sport.result-sides', () => {
  it.each([
    // A tennis result in a roundup that has football in it: players, named in sets.
    [
      `${FOOTBALL} In tennis, [[P:0.41 Ostapenko]] beat Kvitova in three sets, 6-3 4-6 7-5, to reach the final.`,
      ['person:Ostapenko'],
    ],
    [`${FOOTBALL} Later, Ostapenko beat Kvitova 6-3 4-6 7-5 in the final.`, []],
    // Still the sides of a football result.
    [`Brann beat Tromsø 2-1 on Sunday. ${FOOTBALL}`, ['organization:Brann', 'organization:Tromsø']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('review (ents31b): place.pair-before-plural-kind', () => {
  it.each([
    // Adjectives of a people or a faith before the plural kind are no places.
    ['Ministers of the Nordic and Baltic states met in [[L Tallinn]].', ['place:Tallinn']],
    ['Volunteers in the Catholic and Protestant parishes handed out food.', []],
    // Still two places.
    ['Rain hit the Kandal and Takeo provinces.', ['place:Kandal', 'place:Takeo']],
    // Media markets and metro areas (the lead, stop 51).
    [
      'The group booked ads in the [[L:0.55 Atlanta]] and [[P:0.43 Savannah]] markets.',
      ['place:Atlanta', 'place:Savannah'],
    ],
    ['Both the [[O Apple]] and [[O Samsung]] markets shrank.', ['organization:Apple', 'organization:Samsung']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('review (ents31b): organisation.romance-trade-last', () => {
  it.each([
    // "Limitada" is a legal form, which stays outside the name: the model's reading is left.
    ['Construcciones [[P:0.43 Ortega Limitada]] won the contract.', ['person:Ortega Limitada']],
    // Still the firm of a trade.
    ['The dam was designed by [[P:0.6 Cosapi Ingenieros]].', ['organization:Cosapi Ingenieros']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('review (ents31b): organisation.known-in-language-as', () => {
  it.each([
    // A body's own-language name has lowercase particles inside: the whole name is the body.
    [
      'The council, known in Gaelic as Comhairle nan Eilean Siar, said ferries would stop.',
      ['organization:Comhairle nan Eilean Siar'],
    ],
    [
      'The court, known in Spanish as [[P:0.46 Tribunal Supremo de Justicia]], ruled on Monday.',
      ['organization:Tribunal Supremo de Justicia'],
    ],
    // A particle with no capital after it ends the name.
    ['The agency, known in Norwegian as Statens Vegvesen de facto, said so.', ['organization:Statens Vegvesen']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('review (ents31b): organisation.known-in-language-as after a modifier', () => {
  it.each([
    // One lowercase word between "the" and the body noun.
    [
      'The met office, known in Icelandic as [[P:0.53 Veðurstofa Íslands]], said the fissure was long.',
      ['organization:Veðurstofa Íslands'],
    ],
    [
      'The state broadcaster, known in Welsh as Sianel Pedwar Cymru, will cut jobs.',
      ['organization:Sianel Pedwar Cymru'],
    ],
    // Two words between, or no article.
    ['The new state broadcaster, known in Welsh as [[P Sianel Pedwar]], will cut jobs.', ['person:Sianel Pedwar']],
    ['Its met office, known in Icelandic as [[P:0.53 Veðurstofa Íslands]], said so.', ['person:Veðurstofa Íslands']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

// Firings over names the review texts mark as none of the three (the scorer counts them neither
// right nor wrong, but a reader sees an organisation): a laptop, a radio show, a festival.
describe('review (ents31b): organisation.airline-tail', () => {
  it.each([
    // "Air" after a word that goes with the common noun ("fresh air", "open air"), or after a
    // product's camel-case name.
    ['[[O Apple]] cut the price of the MacBook Air by $100.', ['organization:Apple']],
    ["The novelist told [[O NPR]]'s Fresh Air that she wrote it in six weeks.", ['organization:NPR']],
    ['About 80,000 people are expected at the Roskilde Open Air, organisers said.', []],
    // Still airlines: a plain word before "Air", an airline's camel-case brand before "Airways".
    [
      'Precision Air and Eagle Air will share flights, and JetBlue Airways said nothing.',
      ['organization:Precision Air', 'organization:Eagle Air', 'organization:JetBlue Airways'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
