/**
 * The rows of lexicon/fold-patterns-5.ts (helper ents13b) on tagger output written by hand, with
 * sentences (news among them) each must not fire on; the rows' own examples run through the whole
 * engine in lexicon/rows.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('place.compass-of', () => {
  it.each([
    ['Northeast of Temescal and near the border lies a quiet park.', ['place:Temescal']],
    ['The bar is slightly south of Rockridge, near the port.', ['place:Rockridge']],
    ['It is everywhere north of [[P:0.45 Uptown]] and the lake.', ['place:Uptown']],
    ['The camp lies 20 km south of Hadibo, near the coast.', ['place:Hadibo']],
    // Adversarial: a possessive, a person the model is sure of, a demonym, common words, a run
    // that goes on, a given name with a surname, lowercase, and no "of".
    ['The farm lies west of Smith\u2019s house.', []],
    ['Troops moved south of [[P:0.95 Kharkiv]] on Monday.', ['person:Kharkiv']],
    ['The island lies south of the Danish mainland.', []],
    ['Prices north of January levels were seen.', []],
    ['The bank is west of Main Street Station Plaza Tower.', []],
    ['The farm is just east of John Smith land.', []],
    ['The town lies north of the river.', []],
    ['North Korea fired a missile, officials in Seoul said.', []],
    ['Most of the rain fell west of [[L Baghdad]] overnight.', ['place:Baghdad']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.compass-adjective-joins', () => {
  it.each([
    ['The dialect is spoken in Southern [[L Senegal]] by farmers.', ['place:Southern Senegal']],
    ['By day or night. West [[L Oakland]] was once a hub.', ['place:West Oakland']],
    // Adversarial: lowercase, a longer name holding it, a place the map does not know, a name
    // that is no place, a capitalised word before it, and a name already whole.
    ['Floods hit southern [[L Senegal]] on Monday.', ['place:Senegal']],
    ['She studied at the [[O University of Southern California]].', ['organization:University of Southern California']],
    ['The village lies in Southern [[L Kujireray]] land.', ['place:Kujireray']],
    ['The North [[O Atlantic Treaty Organization]] met.', ['organization:Atlantic Treaty Organization']],
    ['Flights of Air Central [[L Senegal]] resumed.', ['place:Senegal']],
    ['Rain fell on [[L South Africa]] and [[L North Korea]].', ['place:South Africa', 'place:North Korea']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.shared-kind-plural', () => {
  it.each([
    ['The [[L:0.4 Barracuda]] and Kayangan lakes are both stunning.', ['place:Barracuda', 'place:Kayangan']],
    ['The neoclassical Thissio and Pláka districts were restored.', ['place:Thissio', 'place:Pláka']],
    ['Between the [[O Tigris and Euphrates]] rivers lies a plain.', ['place:Tigris', 'place:Euphrates']],
    // Adversarial: party adjectives, demonyms, common words, given names, a longer name before,
    // a capitalised kind word, and a rule's name.
    ['Both Republican and Democratic districts voted for it.', []],
    ['The French and German villages signed a pact.', []],
    ['The Old and New towns differ.', []],
    ['The John and Mary islands are private.', []],
    ['On Lake Barracuda and Kayangan lakes the boats are few.', []],
    ['The Barracuda and Kayangan Lakes Company grew.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.facility-kind-tail', () => {
  it.each([
    ['There are four hotels in Hadibo: Taj Socotra Hotel and others.', ['place:Taj Socotra Hotel']],
    ['The skyline includes the Kaiser Building and a cathedral.', ['place:Kaiser Building']],
    ['The [[L Grand Lake]] Theater stands at the entrance.', ['place:Grand Lake Theater']],
    ['Take the highway ([[O Mingo Valley Expressway]]) north.', ['place:Mingo Valley Expressway']],
    ['Mosques Shah Mosque Sheikh [[L Lotfollah Mosque]], with tiles.', ['place:Sheikh Lotfollah Mosque']],
    ['The city is known for [[L York]] Minster and its walls.', ['place:York Minster']],
    // Adversarial: a longer name after the kind word, "of" and a name, common words only, a
    // sentence-opening word, lowercase, and a name crossing the run.
    ['The Eastern Theater Command held drills.', []],
    ['[[O Hotel Workers Union]] members struck.', ['organization:Hotel Workers Union']],
    ['They call Old Trafford the Theatre of Dreams.', []],
    ['The Grand Hotel is closed.', []],
    ['Visit Hotel rooms early.', []],
    ['The new hotel opened on Monday.', []],
    ['[[O Marriott International Hotel]] Group shares fell.', ['organization:Marriott International Hotel']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.coordinated-with-place', () => {
  it.each([
    ['Ferries leave from [[L Svendborg]] or Faaborg, weather allowing.', ['place:Svendborg', 'place:Faaborg']],
    [
      'It joins [[L Tempe]], [[L Glendale]], [[L Chandler]], and [[P:0.41 Gilbert]] to form a metro area.',
      ['place:Tempe', 'place:Glendale', 'place:Chandler', 'place:Gilbert'],
    ],
    ['Citizens of [[L Jamaica]] and [[P:0.33 Barbuda]] (28 days) need none.', ['place:Jamaica', 'place:Barbuda']],
    // Adversarial: a verb after the word (a clause, not a list), a given name after one place, a
    // person the model is sure of, a known firm, a possessive, a longer name, the model's own
    // unsure place before, and a common word.
    ['Talks in [[L Paris]] and Macron said nothing.', ['place:Paris']],
    // The bare "Hilton" is Conrad Hilton (person.surname-unread, BLIND_NEWS_ROWS_17), never a place.
    [
      '[[P Conrad Hilton]] flew to [[L Paris]] and Hilton, in turn, to Rome.',
      ['person:Conrad Hilton', 'place:Paris', 'person:Hilton'],
    ],
    ['He met in [[L Kyiv]] and [[P:0.9 Zelensky]], officials said.', ['place:Kyiv', 'person:Zelensky']],
    ['Sanctions on [[L Russia]] and [[O:0.8 Gazprom]], analysts said.', ['place:Russia', 'organization:Gazprom']],
    ['Sanctions on [[L Russia]] and Reuters, analysts said.', ['place:Russia']],
    ['He flew to [[L Rome]] and Rossi\u2019s home.', ['place:Rome']],
    ['He flew to [[L Rome]] and New York.', ['place:Rome']],
    // ("Nursing", not "Psychology": a field of study alone is no name, none.belief-or-discipline.)
    ['The [[L:0.4 Nursing]] and Counseling department grew.', ['place:Nursing']],
    ['He visited [[L Rome]] and Other places.', ['place:Rome']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.neighbourhood-word', () => {
  it.each([
    ["Running north and south is Oakland's famous Chinatown, with shops.", ['place:Chinatown']],
    ['Slightly north of the district is [[P:0.33 Uptown]]. In the evening it buzzes.', ['place:Uptown']],
    // Adversarial: a longer name after or before, lowercase, and a rule's name.
    ['She sang [[P Uptown Funk]] at the gala.', ['person:Uptown Funk']],
    ['They drove through Midtown Manhattan at night.', []],
    ['The Old Chinatown market reopened.', []],
    ['Rents rose in uptown areas.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('citation.year-pair', () => {
  it.each([
    [
      'It has a long history in scholarship (Baron & Beresford 2014), but not here.',
      ['person:Baron', 'person:Beresford'],
    ],
    ['From Santos (1989) through Polio and Gass 1997 to recent work.', ['person:Polio', 'person:Gass']],
    ['See [[O Cruse]] and Croft (2004), for instance.', ['person:Cruse', 'person:Croft']],
    // Adversarial: places, a firm the model reads as one, both common words, a list's last two, a
    // longer run, a number that is no year, lowercase.
    ['Trade between [[L France]] and [[L Germany]] 2014 figures rose.', ['place:France', 'place:Germany']],
    ['[[O Johnson & Johnson]] 2020 results beat forecasts.', ['organization:Johnson & Johnson']],
    ['Sales of Arts and Crafts 2020 rose.', []],
    ['Language: Its Nature, Development and Origin (1922) is a book.', []],
    ['The firm [[P John Baron]] & Beresford 2014 report.', ['person:John Baron']],
    ['Smith and Jones 250 metres away.', []],
    ['cats and dogs 2014 study.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
