/**
 * The rows of lexicon/news-leftovers-19.ts (helper ents43b), and the older rows this round widened
 * (a second "and" after a field in organisation.and-join, organisation.and-complement and
 * organisation.ministry-fields-and; forces in organisation.police-force-name; "klasa" in
 * organisation.league-word): each rule on tagger output written by hand, with the sentences it
 * must decide and ordinary news sentences it must leave alone. The sentences are our own. (The
 * rows' examples run through the whole engine in lexicon/rows.test.ts' late tables; the probe
 * texts in lexicon-gaps-43b.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.ampersand-acronym', () => {
  it.each([
    ["S&P Global's ratings unit cut jobs.", ['organization:S&P Global']],
    ['Shares of [[O S]]&[[O P Global]] fell.', ['organization:S&P Global']],
    ['H&M and Zara cut prices.', ['organization:H&M']],
    ['H&M shares fell.', ['organization:H&M']],
    ['P&O said it would cut jobs.', ['organization:P&O']],
    ['Apple, [[O Microsoft]] and AT&T reported earnings.', ['organization:Microsoft', 'organization:AT&T']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Abbreviations of two nouns; an index before a number or a slash; a place with more words;
    // a title and a person after the letters; letters glued on; lowercase.
    ['The firm spent more on R&D and M&A last year.', []],
    ['The S&P 500 rose 1%.', []],
    ['The S&P/TSX index fell.', []],
    ['Fans filled [[L AT&T Stadium]] in [[L Arlington]].', ['place:AT&T Stadium', 'place:Arlington']],
    [
      'At AT&T Chief Executive [[P John Stankey]] said demand was strong.',
      ['organization:AT&T', 'person:John Stankey'],
    ],
    ['The ABCD&E plan failed.', []],
    ['Bring a b&w photo.', []],
    // Trade abbreviations before their noun; a capitalised word right before the letters.
    ['Shares of P&C insurers fell.', []],
    ['She is a new A&R executive.', []],
    ['Most O&G producers cut output.', []],
    ['Staff file T&E reports monthly.', []],
    ['F&O volumes rose.', []],
    ["The council's H&S officer quit.", []],
    ['R&R packages were cut.', []],
    ["[[O Lloyd]]'s P&I clubs paid.", ['organization:Lloyd']],
    ['[[L Texas]] A&M beat [[L Alabama]].', ['place:Texas', 'place:Alabama']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.possessive-firm-name', () => {
  it.each([
    ["Moody's said the outlook was stable.", ["organization:Moody's"]],
    ["[[P:0.4 Sainsbury]]'s raised pay.", ["organization:Sainsbury's"]],
    ["Fitch and [[P:0.3 Moody]]'s cut the rating.", ["organization:Moody's"]],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // After a given name; before a longer name; a person of the text holds the word; not listed.
    ["[[P Agatha Christie]]'s novels sold well.", ['person:Agatha Christie']],
    ["[[O Moody's Investors Service]] said so.", ["organization:Moody's Investors Service"]],
    ["[[P Tom Moody]] won. Moody's wife said so.", ['person:Tom Moody']],
    ["[[P Smith]]'s lawyer said the case was weak.", ['person:Smith']],
    // A role or title right before the word; the model reads a person surely.
    ["[[L Ukraine]] envoy Kellogg's plan was shelved.", ['place:Ukraine']],
    ["Former governor Christie's campaign ended.", []],
    ["The chancellor Kohl's legacy endures.", []],
    ["[[P:0.8 Kohl]]'s legacy endures.", ['person:Kohl']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.coalition-name', () => {
  it.each([
    ['[[P:0.47 Chile Vamos]] said it would back the bill.', ['organization:Chile Vamos']],
    ['Juntos por [[P el Cambio]] said it would not support it.', ['organization:Juntos por el Cambio']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Inside a longer name; lowercase; a country alone.
    ['The [[O Frente Amplio Youth]] met.', ['organization:Frente Amplio Youth']],
    ['The frente amplio of the left met.', []],
    ['[[L Chile]] won the match.', ['place:Chile']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.dash-team', () => {
  it.each([
    [
      '[[P Jonas Vingegaard]] of Visma–Lease a Bike finished second, ahead of the peloton.',
      ['person:Jonas Vingegaard', 'organization:Visma–Lease a Bike'],
    ],
    ['[[O UAE Team Emirates]]–XRG signed two riders.', ['organization:UAE Team Emirates–XRG']],
    ['The Soudal–Quick-Step rider crashed.', ['organization:Soudal–Quick-Step']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Places on either side; no word of cycling; spaces around the dash; a race between towns.
    ['The [[L London]]–[[L Paris]] route reopened for riders.', ['place:London', 'place:Paris']],
    ['The Smith–Jones merger was signed.', []],
    ['The team won – Visma said so.', []],
    ['He won the [[L Paris]]–[[L Roubaix]] race.', ['place:Paris', 'place:Roubaix']],
    // "team", "race", "stage" are everyone's words; a people before the dash.
    ['Fans packed the Celtic–Rangers derby on the last stage of the season.', []],
    ['The Harvard–Yale race drew crowds.', []],
    ['The Biden–Harris team raised $50 million.', []],
    ['The Microsoft–Activision deal closed, and the team at Xbox grew.', []],
    ['An Anglo–French team of engineers built it.', []],
    ['An Anglo–French rider won the breakaway.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.firm-of-country', () => {
  it.each([
    [
      '[[L Samsung Electronics of South Korea]] reported record profit.',
      ['organization:Samsung Electronics', 'place:South Korea'],
    ],
    ['[[O Tata Motors of India]] signed a deal.', ['organization:Tata Motors', 'place:India']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No firm's head before "of"; no country after it; a town after it.
    ['The [[O Bank of Japan]] raised rates.', ['organization:Bank of Japan']],
    ['The [[O Group of Seven]] met.', ['organization:Group of Seven']],
    ['[[O Volkswagen Group of America]] recalled cars.', ['organization:Volkswagen Group of America']],
    ['[[O Tata Motors of Pune]] hired.', ['organization:Tata Motors of Pune']],
    // A body's head opens the name; an earlier "of" in it.
    [
      'He studied at the [[O University of Science and Technology of China]] in [[L Hefei]].',
      ['organization:University of Science and Technology of China', 'place:Hefei'],
    ],
    [
      'The [[O Ministry of Science and Technology of Vietnam]] said so.',
      ['organization:Ministry of Science and Technology of Vietnam'],
    ],
    [
      'The [[O Association of Oil Producers Group of India]] met.',
      ['organization:Association of Oil Producers Group of India'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('a second "and" after a field: two bodies (and-join, and-complement, ministry-fields-and)', () => {
  it.each([
    [
      'The [[O Department of Homeland Security]] and Immigration and Customs Enforcement declined.',
      // The second body is read by organisation.agency-with-and (leftover rows 20, ents44b).
      ['organization:Department of Homeland Security', 'organization:Immigration and Customs Enforcement'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // One "and": the field is the body's own; a lowercase word after the second "and".
    ['The [[O Ministry of Trade]] and Industry said so.', ['organization:Ministry of Trade and Industry']],
    [
      'The [[O Office of Management]] and Budget and the Treasury met.',
      ['organization:Office of Management and Budget'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.police-force-name and organisation.league-word, widened', () => {
  it.each([
    ["[[P:0.56 Mossos d'Esquadra]] said the driver fled.", ["organization:Mossos d'Esquadra"]],
    [
      'The Guardia Civil and the Policía Nacional searched the port.',
      ['organization:Guardia Civil', 'organization:Policía Nacional'],
    ],
    ['[[O Legia]] won the Ekstraklasa title again.', ['organization:Legia', 'organization:Ekstraklasa']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Lowercase; a league word with no sport in its sentence.
    ['The policía nacional is busy.', []],
    ['Prices rose in [[L:0.4 Ekstraklasa]] last year.', ['place:Ekstraklasa']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
