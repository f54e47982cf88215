/**
 * Rows from the blind entity batches 107 and 108 (6 Dec 2026, helper ents57a; the batches are in
 * detect/news-entities-107.cases.ts). Batch 109 was written with them and is never fixed against
 * (its errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-36.ts, called by applyNameRules
 * after the rows of batches 104 and 105. Example texts are written for the rows, not taken from a
 * batch: each row has sentences it must decide and sentences it must leave alone.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const KIND_SUCH_AS_ROW: RuleRow<{
  kinds: readonly string[];
  bridges: readonly string[];
  bare: readonly string[];
}> = {
  id: 'place.kind-such-as',
  value: {
    // Plural nouns of a kind of place.
    kinds: words(
      'towns cities villages ports suburbs counties provinces regions islands countries states districts municipalities capitals',
    ),
    // The words between the kind and its examples ("such" is read with the "as" after it).
    bridges: words('such like including'),
    // Kinds that also take their list bare, with no bridge: "counties Galway, Mayo and Clare" (ents58a).
    bare: words('counties provinces states regions districts islands'),
  },
  reason:
    'A report names places as examples of their kind: "small towns such as Barnoldswick and Ilfracombe", "port cities like Mombasa, Dar es Salaam and Beira", "provinces including Córdoba". The kind noun says what the names are, but the model, meeting small towns it has not seen, reads them as bodies or leaves them out. After a plural noun of a kind of place and "such as", "like" or "including", each of one to three capitalised words on the line, joined by commas, "and" or "or", is a place, when nothing but the model read its words and the model is not sure (0.9) of any type there, and no word is a common word, a weekday or a month. The list ends at any other word. Irish and South Asian copy puts the list right after the plural, with no bridge ("counties Galway, Mayo and Clare", "the provinces Punjab and Sindh"): after counties, provinces, states, regions, districts or islands the list is read the same way when its first name is a place the map knows or the model read as a place, and it has a second name (ents58a, blind batch 110).',
  examples: [
    {
      text: 'The cuts would hurt small towns such as Barnoldswick and Ilfracombe, the union said.',
      expect: 'place:Barnoldswick | place:Ilfracombe',
    },
    {
      text: 'A red warning was issued for counties Galway, Mayo and Clare on Thursday.',
      expect: 'place:Galway | place:Mayo | place:Clare',
    },
    {
      text: 'Rice from countries such as Vietnam and Thailand is cheaper.',
      expect: 'place:Vietnam | place:Thailand',
    },
  ],
};

export const MADE_BY_ROW: RuleRow<{ verbs: readonly string[]; products: readonly string[] }> = {
  id: 'organisation.made-by',
  value: {
    // Verbs of making, right before "by".
    verbs: words('made built manufactured supplied produced developed designed assembled'),
    // Plural and singular nouns of made things: weapons, vehicles, vessels, machines and devices.
    products: words(
      'helicopter helicopters jet jets aircraft plane planes fighter fighters tank tanks drone drones missile missiles rocket rockets launcher launchers howitzer howitzers ship ships frigate frigates submarine submarines vessel vessels train trains locomotive locomotives chip chips processor processors phone phones smartphone smartphones car cars vehicle vehicles engine engines satellite satellites turbine turbines radar radars rifle rifles console consoles',
    ),
  },
  reason:
    'Defence, transport and technology reports name the maker of a thing after "made by", "built by" or "supplied by": "AW149 helicopters made by Leonardo", "the ships would be built by Damen Naval", "drones supplied by Baykar". A firm named after a person or a place (Leonardo, Boeing) is read by the model as that person or place, and a foreign firm it has not seen is left out. One to three capitalised words on the line right after such a verb and "by", with a noun of a made thing among the four words before the verb (in the same clause), are the maker, an organisation, when nothing but the model read them and it is not sure (0.9) of a person or a place, some word is no common word (a firm\'s may end in one: "Damen Naval", "BAE Systems"), none is a weekday or a month, and the map does not know the words as a place. Not after other nouns ("a portrait made by Tom Ruiz", "a house built by Ana Ruiz").',
  examples: [
    {
      text: 'The army took delivery of AW149 helicopters made by Leonardo last month.',
      expect: 'organization:Leonardo',
    },
    {
      text: 'The museum bought a portrait made by Tom Ruiz, and a house built by Ana Ruiz.',
      expect: 'person:Tom Ruiz | person:Ana Ruiz',
    },
  ],
};

export const AND_FIRM_NAME_ROW: RuleRow<{ heads: readonly string[] }> = {
  id: 'organisation.and-firm-name',
  value: {
    // The heads that end such a firm's name.
    heads: words('Corporation Company Group Holdings Industries Engineering'),
  },
  reason:
    'State contractors and old firms are named by two trades joined by "and" before their corporate head: "China Road and Bridge Corporation", "China Harbour and Engineering Company", "Dock and Harbour Holdings". The model reads the first trade with the words before it as a place ("China Road") and the rest as a firm ("Bridge Corporation"). One to three capitalised words, "and", then one or two capitalised words and one of these heads, all on one line, are one organisation when the part after "and" was read as an organisation, the part before it was read by nothing but the model as no organisation and not surely (0.9) a person or a place, does not end in a head itself (two firms: "Carlyle Group and Apollo Holdings") and is not a place the map knows ("Kenya and Bridge Corporation").',
  examples: [
    {
      text: 'Kenya Railways signed a deal with China Road and Bridge Corporation to extend the line.',
      expect: 'organization:Kenya Railways | organization:China Road and Bridge Corporation',
    },
  ],
};

export const BLIND_NEWS_ROWS_36: readonly RuleRow<unknown>[] = [KIND_SUCH_AS_ROW, MADE_BY_ROW, AND_FIRM_NAME_ROW];
