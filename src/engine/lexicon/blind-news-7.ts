/**
 * Rows from the blind entity batches 19-21 (2 Dec 2026, helper ents14a; the batches are in
 * detect/news-entities-17.cases.ts and detect/news-entities-20.cases.ts). Batch 22 was written with
 * 20 and 21 and is never fixed against. Kept in their own file so they merge cleanly with rows
 * added in parallel; the rules that apply them are in detect/blind-rules-7.ts, called by
 * applyNameRules after every other rule but the review rows.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

export const TICKER_REPEAT_ROW: RuleRow = {
  id: 'organisation.ticker-name-repeat',
  value: [],
  reason:
    'Wire copy gives a listed firm\'s ticker in brackets once, right after its name ("supermarket chain Woolworths (WOW.AX)", "A.P. Moller-Maersk (MAERSKb.CO)"); a person\'s name never carries one. A firm named after a founder ("Woolworths", "Maersk") is read by the model as a person in the headline and in the later mentions, where nothing marks it. A name read as a person right before a ticker is the firm, an organisation; so is every other one-word mention of a firm that organisation.ticker (or this row) typed, that the model alone read as a person, unless the article names a person of two words or more ending in that word (a founder named in full keeps his surname: "John Deere … Deere said").',
  examples: [
    {
      text: 'Shares in Woolworths (WOW.AX) fell 2%. Woolworths said it would appeal.',
      expect: 'organization:Woolworths | organization:Woolworths',
    },
  ],
};

export const AI_FIRM_ROW: RuleRow = {
  id: 'organisation.ai-firm-tail',
  value: ['AI', 'Labs'],
  reason:
    'Start-ups name themselves with a word and "AI" or "Labs" after it ("Mistral AI", "Stability AI", "Anthropic Labs"): the tail is a kind of business, as "Motors" or "Robotics" are (organisation.firm-tail), but the model, seeing an unfamiliar capitalised word and a capitalised acronym, reads a person. A name of two or three words ending in one of these words, read as a person or a place, is an organisation, and so is the first word alone elsewhere when the model alone read it as a person ("Mistral said"), unless the article names a person of two words or more ending in that word.',
  examples: [
    {
      text: 'Mistral AI launches voice assistant\n\nPARIS, May 20 (Reuters) - French artificial intelligence start-up Mistral AI on Wednesday released a voice version of its assistant.',
      expect: 'organization:Mistral AI | place:PARIS | organization:Reuters | organization:Mistral AI',
    },
  ],
};

export const FAMILY_NAME_ROW: RuleRow = {
  id: 'person.family-name',
  value: ['family', 'clan', 'dynasty'],
  reason:
    'A surname before "family" names the people who bear it ("the Luksic family", "the founding Moller family"), a person in the training data\'s convention, where the model, seeing a surname that is also a firm\'s name, reads an organisation. One capitalised word on the line right before one of these words, not part of a longer name, is a person, unless it is a demonym ("the Saudi family"), a country the map knows ("the Jordan family" is left as read), a common word ("the Royal family"), or the kind word is followed by "of" ("the Galaxy family of phones").',
  examples: [
    {
      text: 'The founding Moller family controls the group through a holding company.',
      expect: 'person:Moller',
    },
  ],
};

export const POSSESSIVE_BODY_ROW: RuleRow = {
  id: 'place.possessive-body-split',
  value: [],
  reason:
    'A country\'s body is written with the country\'s possessive before it ("Lebanon\'s Ministry of Culture", "Poland\'s Armament Agency"): two names, the country (a place) and the body (an organisation). The model reads the run of capitalised words with the possessive inside as one organisation. An organisation whose words hold a possessive after a country or region the map knows, with a capitalised word after it, is split there: the place before and the organisation after. A name the map does not know before the possessive ("McDonald\'s Corporation", "Women\'s Institute") is left as read, except one word in capitals, a body that owns the body after it ("the EU\'s General Court", "the BBC\'s World Service": two organisations; ents46b).',
  examples: [
    {
      text: "Lebanon's Ministry of Culture said he would be buried on Tuesday.",
      expect: 'place:Lebanon | organization:Ministry of Culture',
    },
  ],
};

export const PARTICLE_PLACE_ROW: RuleRow = {
  id: 'place.particle-place',
  // 'es' (ents22a, blind batch 38): the Arabic article of East African and Gulf places ("Dar es Salaam").
  value: ['de', 'del', 'da', 'do', 'das', 'dos', 'es'],
  reason:
    'Spanish and Portuguese place names join their parts with a lowercase "de", "del", "da" or "do", and "la", "los", "las" after "de" ("Santa Cruz de la Sierra", "Paso de Indios", "São José dos Campos"). The model stops at the particle (it reads it as a person\'s name particle, "de la Sierra" a person, or as a word of the sentence), so the place loses its end. A name read as a place followed on the line by one of these particles and one to three capitalised words is one place, unless a name of the sentence runs over the span\'s end or a speech verb follows it ("in Lisbon da Silva said" is a person).',
  examples: [
    {
      text: 'Supporters gathered in the city of Santa Cruz de la Sierra on Sunday.',
      expect: 'place:Santa Cruz de la Sierra',
    },
    {
      text: 'The railway runs from Dar es Salaam to Mwanza. Traders in Dar es Salaam welcomed it.',
      expect: 'place:Dar es Salaam | place:Mwanza | place:Dar es Salaam',
    },
  ],
};

export const CITY_AFTER_IN_ROW: RuleRow = {
  id: 'sport.city-after-in',
  value: ['in'],
  reason:
    'A sports report names a club by its city ("Dallas", "Denver") and the city itself, where a game is played ("Game 6 is Friday in Denver", "who play Game 7 on Tuesday in Dallas"). The coreference vote then types every mention of the word as the club. After "in", a one- or two-word town the map knows (not a country), not followed by a possessive, is the place, and keeps that type whatever its other mentions are, in a sports report (sport in one sentence in four) that names no election.',
  examples: [
    {
      text: 'Denver beat Golden State 110-104 on Monday. Game 6 is Friday in Denver, where Denver have won nine straight home playoff games.',
      expect: 'organization:Denver | organization:Golden State | place:Denver | organization:Denver',
    },
  ],
};

export const CLUB_STATEMENT_ROW: RuleRow = {
  id: 'sport.club-statement',
  value: ['said', 'says', 'announced', 'confirmed'],
  reason:
    'A club says or announces something about its players ("Vegas said after the game that defenceman Alex Pietrangelo had a broken finger", "Dallas said it would not pick up the option on guard Luka Doncic"); sport.town-club-action reads the verbs of a club\'s season, not these, which towns use too. In a sports report that names no election, a town right before one of these verbs, with a player or a club\'s word (coach, forward, defenceman …) within ten words after it in the sentence, is the club. A town is one the map knows (not a country), or a word the article also writes as the end of a town the map knows ("Vegas" in a report datelined "Las Vegas"). A town after a locative preposition is left as read.',
  examples: [
    {
      text: 'The Golden Knights beat Colorado 3-2 in overtime on Monday to reach the conference final. Vegas said after the game that defenceman Alex Pietrangelo had a broken finger. Game 1 is Thursday in Las Vegas.',
      expect:
        'organization:Golden Knights | organization:Colorado | organization:Vegas | person:Alex Pietrangelo | place:Las Vegas',
    },
  ],
};

export const OCEAN_LOWERCASE_ROW: ListsRow<'oceans' | 'crossing'> = {
  id: 'place.ocean-over',
  value: {
    oceans: 'Atlantic Pacific Arctic Mediterranean Baltic Caribbean Adriatic Aegean'.split(' '),
    crossing: 'crossed across over flew sailed shipped'.split(' '),
  },
  reason:
    'After a crossing word and a lowercase "the", a sea is the sea ("casts of the bones flew over the Atlantic", "shipped across the Pacific"), a place, even when the article also quotes the magazine The Atlantic: the coreference vote otherwise types every "Atlantic" as the magazine. The sea keeps its type whatever the other mentions are. And the converse of place.ocean-crossed: a capital "The Atlantic" after a crossing word in a sentence whose speaker is "the magazine" is the magazine ("… flew over The Atlantic, the magazine said"), an organisation with its "The".',
  examples: [
    {
      text: 'In a report, The Atlantic wrote that the farm owners had found the bones. Casts of the bones flew over the Atlantic in January.',
      expect: 'organization:The Atlantic | place:Atlantic',
    },
  ],
};

/** Every row of this file, for the tests that run their examples. */
export const BLIND_NEWS_ROWS_7: readonly RuleRow<unknown>[] = [
  TICKER_REPEAT_ROW,
  AI_FIRM_ROW,
  FAMILY_NAME_ROW,
  POSSESSIVE_BODY_ROW,
  PARTICLE_PLACE_ROW,
  CITY_AFTER_IN_ROW,
  CLUB_STATEMENT_ROW,
  OCEAN_LOWERCASE_ROW,
];
