/**
 * Rows from the blind entity batches 77 and 78 (5 Dec 2026, helper ents37a; the batches are in
 * detect/news-entities-77.cases.ts). Batch 79 was written with them and is never fixed against (its
 * errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-26.ts, called by applyNameRules
 * after the rows of batches 71 and 72. Example texts are written for the rows, not taken from a
 * batch: each row has sentences it must decide and sentences it must leave alone.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const MILITARY_UNIT_ROW: ListsRow<'ordinals' | 'arms' | 'heads' | 'headsAlone'> = {
  id: 'organisation.military-unit',
  value: {
    ordinals: words('first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth'),
    // The arm or kind of troops written between the number and the unit.
    arms: words(`infantry armoured armored mechanised mechanized motorised motorized airborne air assault marine
      marines mountain cavalry artillery armour armor tank commando special forces naval rifle guards light`),
    // Units that need an arm before them: "Second Division" is as often a football league.
    heads: words('division'),
    // Units only armies have: an ordinal alone makes them one.
    headsAlone: words('brigade battalion regiment corps fleet squadron'),
  },
  reason:
    'Armies name their units by a number and a kind: "the 6th Infantry Division", "the 101st Airborne Division", "the 3rd Battalion", "the Seventh Fleet". The model, seeing a number first, leaves them out or keeps only the capitalised words. An ordinal (digits with st/nd/rd/th, or a spelled ordinal capitalised) followed by capitalised arm words (infantry, armoured, airborne, marine, mountain …) and a unit word is one organisation; a division only with an arm before it ("promoted from the Second Division" is a football league), a brigade, battalion, regiment, corps, fleet or squadron with or without one. Not when a capitalised word follows on the line (a longer name), nor over a name that runs past it.',
  examples: [
    {
      text: 'Troops of the 4th Mountain Division and the 3rd Battalion moved north.',
      expect: 'organization:4th Mountain Division | organization:3rd Battalion',
    },
    {
      // The division stays the model's reading (a football league), not the row's.
      text: 'Leeds were promoted from the Second Division in 1990.',
      expect: 'place:Leeds | organization:Second Division',
    },
  ],
};

export const COMPASS_TAIL_ROW: ListsRow<'tails' | 'particles'> = {
  id: 'place.compass-tail',
  value: {
    // Spanish and Portuguese north and south, and the Philippine "Oriental"/"Occidental" halves.
    tails: words('norte sur sul oriental occidental'),
    particles: words('del do da de'),
  },
  reason:
    'Provinces and towns split in halves carry the half after the name in Spanish or Portuguese: "Maguindanao del Norte", "Lanao del Sur", "Ilocos Norte", "Rio Grande do Sul", "Misamis Oriental", "Negros Occidental", "San Juan del Sur". The model, meeting two or three unknown capitalised words, reads a person. A name the model (no rule) read as a person, of two to four words, whose last word is such a half (after "del", "do", "da" or "de", or right after the name) is a place, unless a given name opens it ("Paulo Sul" is a person surnamed so). Organisations named after a half ("Banco del Sur", "Universidad del Norte") are read by the model as bodies and left.',
  examples: [
    {
      text: 'Voters in Agusan del Norte and Ilocos Norte went to the polls.',
      expect: 'place:Agusan del Norte | place:Ilocos Norte',
    },
    { text: 'Banco del Sur lent the money.', expect: 'organization:Banco del Sur' },
  ],
};

export const BANK_COMPOUND_ROW: ListsRow<'leads' | 'tails'> = {
  id: 'organisation.bank-compound',
  value: {
    // The first halves of one-word bank names in the Germanic languages: the realm's, the nation's,
    // the federation's, a land's, savings, trade, commerce.
    leads: words('riks national nationale bundes landes lands spare spar handels commerz rabo syd zentral volks hypo'),
    tails: words('bank banken banki'),
  },
  reason:
    'Central and commercial banks in the Nordic countries, Germany and the Netherlands write "bank" onto the first word: "the Riksbank", "Danmarks Nationalbank", "the Bundesbank", "Commerzbank", "Rabobank", "Handelsbanken". The model does not know the word and leaves it out or, with the country\'s genitive before it, reads a person ("Danmarks Nationalbank"). One word made of one of these leads and "bank"/"banken"/"banki" is an organisation, with the capitalised words the model read with it; not after a given name (a person surnamed so), nor cutting a name the model reads past it.',
  examples: [
    {
      text: 'The Bundesbank cut rates, and Oesterreichische Nationalbank followed.',
      expect: 'organization:Bundesbank | organization:Oesterreichische Nationalbank',
    },
    {
      text: 'Greta Landsbank spoke in Oslo.',
      expect: 'person:Greta Landsbank | place:Oslo',
    },
  ],
};

export const PLACE_LIST_ROW: ListsRow<'prepositions' | 'placePlurals'> = {
  id: 'place.list-of-places',
  value: {
    prepositions: words('to from in on across between near off around via of'),
    // "of" opens a list only after one of these: "the provinces of A, B and C".
    placePlurals: words('provinces islands regions states towns cities districts villages departments counties'),
  },
  reason:
    'Islands, towns and provinces come in lists after a preposition of where: "Ferry services to Lombok, Sumbawa and Flores", "camps on Efate, Tanna and Erromango". The model reads the names it knows as places and the others as people or nothing. In a list of three to six names of one or two capitalised words each (or a name the model read, of up to four tokens), separated by commas and closed by "and" or "or", right after such a preposition ("of" only after a plural of places: "the provinces of"), when at least one name is a place the map knows or the model read as one and every other name is unread or read with doubt (below 0.6), opens with no given name and holds no word of the language ("in Educational Leadership, Sport Studies and …" lists fields), all are places. A list with a name read with confidence as a person or a body ("in Paris, Macron and Scholz") is left whole.',
  examples: [
    {
      text: 'Ferries ran to Crete, Kythira and Antikythera on Monday.',
      expect: 'place:Crete | place:Kythira | place:Antikythera',
    },
    {
      text: 'In Paris, Emmanuel Macron and Olaf Scholz met.',
      expect: 'place:Paris | person:Emmanuel Macron | person:Olaf Scholz',
    },
  ],
};

export const BLIND_NEWS_ROWS_26: readonly RuleRow<unknown>[] = [
  MILITARY_UNIT_ROW,
  COMPASS_TAIL_ROW,
  BANK_COMPOUND_ROW,
  PLACE_LIST_ROW,
];
