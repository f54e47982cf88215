/**
 * Rows from the blind entity batches 47 and 48 (3 Dec 2026, helper ents26a; the batches are in
 * detect/news-entities-47.cases.ts). Batch 49 was written with them and is never fixed against (its
 * errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-16.ts, called by applyNameRules
 * right after the blind-15 rows. Example texts are written for the rows, not taken from a batch.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const DATE_TAIL_ROW: ListsRow<'prepositions'> = {
  id: 'date.preposition-tail',
  value: { prepositions: words('on in by since until') },
  reason:
    'The tagger reads runs of capitalised words with the small words that may sit inside a name, so a name directly before a date can take it in: "Spain\'s National Court on Thursday sentenced …", "the Electoral Commission on Monday said …". No organisation, place or person is named "… on Thursday" or "… in March" — save the Sunday papers ("The Mail on Sunday", "Scotland on Sunday"), so "on Sunday" is left whole: a name that ends in a weekday or a month (with its day number), after one of these prepositions, ends before the preposition. date.weekday-outside only trims a weekday written right after the name and before a date ("Sunday, May 28").',
  examples: [
    {
      text: "Spain's National Court on Thursday sentenced two former bankers to prison.",
      expect: 'place:Spain | organization:National Court',
    },
    {
      text: 'The Bank of Canada on Wednesday left rates unchanged, and Good Friday falls in April.',
      expect: 'organization:Bank of Canada',
    },
  ],
};

export const SIGNOFF_PLACE_REPORTER_ROW: ListsRow<'openings'> = {
  id: 'credit.signoff-place-and-reporter',
  value: { openings: words('reporting writing editing compiled') },
  reason:
    'A wire sign-off gives each reporter with the city they filed from: "(Reporting by Ana Ruiz in Doha and Le Thu Hang in Hanoi; Editing by …)". The city and the next reporter\'s name are one run of capitalised words joined by "and", which the tagger reads as one place. In a bracketed sign-off line, a name that follows "in" and runs through "and" to another "in" (or the end of the credit) is the city, then the next reporter. Not a place the map knows whole ("in Trinidad and Tobago;"), nor a known place after "and" with no "in" after it. Outside a sign-off the row says nothing.',
  examples: [
    {
      text: 'Oil rose on Monday.\n(Reporting by Ana Ruiz in Doha and Le Thu Hang in Hanoi; Editing by Mark Dean)',
      expect: 'person:Ana Ruiz | place:Doha | person:Le Thu Hang | place:Hanoi | person:Mark Dean',
    },
    {
      text: 'Fans in Doha and Le Thu Hang in Hanoi cheered.',
      expect: 'place:Doha | place:Hanoi',
    },
  ],
};

export const CLUB_TAIL_ROW: RuleRow = {
  id: 'organisation.club-tail',
  value: words('united fc afc'),
  reason:
    'Football clubs are named by a place or a range and "United", "FC" or "AFC" ("Sierra Nevada United", "Inter Miami FC"); a first word that is also a given name ("Sierra", "Austin", "Charlotte") can make the model read the whole name as a person. No person\'s name ends in these words: a name of two or more words ending in one of them, read as a person or a place, is an organisation. Not "the United States" (a place the map knows) nor a name with "of" in it ("the Republic of … United").',
  examples: [
    {
      text: 'The council gave tax breaks for a stadium for Sierra Nevada United, a second-division club.',
      expect: 'organization:Sierra Nevada United',
    },
    {
      text: 'Sierra Mendez moved to the United States in 2010.',
      expect: 'person:Sierra Mendez | place:United States',
    },
  ],
};

export const COMMON_OPENING_ROLE_ROW: ListsRow<'openings' | 'after'> = {
  id: 'none.common-opening-role',
  value: {
    // Generic words for a kind of body or a market (review, ents27b): "Fed chair", "Senate
    // officials", "Arsenal chairman" are named bodies whose names are also common words.
    openings: words(
      'board school state city county district party club bank team firm company council committee union court police hospital network trust utility market oil gold silver gas fuel power food',
    ),
    after: words(
      'chairman chairwoman chair president member members spokesman spokeswoman spokesperson director officials official utility utilities prices price leader leaders',
    ),
  },
  reason:
    'A sentence may open with a common noun that qualifies the next one: "Board chairman Yoon Sung-ho said …", "School board president Ana Ruiz said …", "State utility EVN has signed …" — the body was named in full earlier or is not named at all. none.common-opening needs the article to write the word in lowercase somewhere; these often never appear otherwise. A one-word name opening a sentence, a common English word for a kind of body or a market (the openings), right before one of these lowercase role or market nouns, that the model read below 0.75 and that the article never capitalises standing alone inside a sentence, is no name. "Council chair …" and "Union leader …" are read too (ents46a: the openings are common words of their own, whether or not the common-word list has them). "Shell chairman … Shell shares rose" keeps its firm; a named body whose name is also a common word ("Fed chair Jerome Powell", "Senate officials said", "Arsenal chairman") is not a kind of body and keeps its reading.',
  examples: [
    {
      text: 'The Aviation Investigation Board sent nine investigators. Board chairman Yoon Sung-ho said rain was a factor.',
      expect: 'organization:Aviation Investigation Board | person:Yoon Sung-ho',
    },
    {
      text: 'Shell chairman Andrew Mackenzie said on Monday that Shell would cut jobs.',
      expect: 'organization:Shell | person:Andrew Mackenzie | organization:Shell',
    },
  ],
};

export const COMMODITY_ACRONYM_ROW: RuleRow = {
  id: 'none.commodity-acronym',
  value: words('LNG LPG CNG'),
  reason:
    'Fuels are written as acronyms ("liquefied natural gas" → "LNG"), capitalised like a name: "signs LNG supply deal", "Spot LNG prices fell". Alone they are common nouns, not organisations; after a firm\'s name they are the firm\'s business ("Petronet LNG", "Venture Global LNG"), and the whole is an organisation even where the model read it as a person. A lone acronym, or one after a common word opening a sentence, is no name; a name of two or more words ending in one is an organisation.',
  examples: [
    {
      text: 'Spot LNG prices fell this week, and Petronet LNG signed a supply deal with QatarEnergy.',
      expect: 'organization:Petronet LNG | organization:QatarEnergy',
    },
    {
      text: 'Leaders of NATO met in Brussels.',
      expect: 'organization:NATO | place:Brussels',
    },
  ],
};

/**
 * Row none.plural-acronym (lead, 5 Dec 2026): seen opening an invented Wikinews-style report in the
 * reader ("The pension funds, known as AFPs, …" painted a person).
 */
export const PLURAL_ACRONYM_ROW: RuleRow<{ minCapitals: number; counts: readonly string[] }> = {
  id: 'none.plural-acronym',
  value: {
    minCapitals: 2,
    // Words that count the acronym's things when they open a sentence ("Two MPs", "Many NGOs").
    counts: words(
      'two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundreds thousands dozens several many some few most all both other more fewer various numerous',
    ),
  },
  reason:
    'An acronym with a plural "s" ("NGOs", "MPs", "CEOs", "AFPs") counts things of a kind, as "charities" or "lawmakers" do; it names no one. The model reads such a word by its capitals, and a lone one it barely knows came out a person (0.35). A name of one word that is two or more capital letters and a lower-case "s" is no name, nor is one after a count opening the sentence ("Several NGOs said", "Two MPs walked out") — not after any word of the language: "Labour MPs said" names the party; the singular ("NGO", "AFP") and names of more words ("Friends of the MPs") are left to the other rules.',
  examples: [
    {
      text: 'Several NGOs said the plan was unfair, and two MPs walked out of Parliament.',
      expect: 'organization:Parliament',
    },
    {
      text: 'The pension funds, known as AFPs, answer to the regulator; AFP Habitat said it would study the bill.',
      expect: 'organization:AFP Habitat',
    },
  ],
};

export const GROUP_NOUN_ROW: ListsRow<'nouns' | 'before'> = {
  id: 'none.group-noun',
  value: {
    nouns: words('latina latino latinas latinos latinx hispanic hispanics chicano chicana chicanos'),
    // Words before a person of a background ("the first Latina", "a Latino"), never before a town.
    before: words('a an the first only second third another every one each this that'),
  },
  reason:
    'Words for people of a background are capitalised like demonyms but are no names: "the first Latina to lead the city", "Hispanics make up a third of voters". The demonym list the tagger reads is a feature of the committed model, so these are a row of their own: a one-word name that is one of them is no name — unless it is read as a place the map knows and no article or ordinal stands before it: Latina is also a city in Italy ("Residents of Latina, a city south of Rome", "grew up in Latina, Italy").',
  examples: [
    {
      text: 'She became the first Latina to lead Reno, where Hispanics are a quarter of voters.',
      expect: 'place:Reno',
    },
    {
      text: 'She grew up in Latina, Italy, and moved to Milan in 1998.',
      expect: 'place:Latina | place:Italy | place:Milan',
    },
  ],
};

export const REPEAT_NAME_ROW: RuleRow<number> = {
  id: 'name.repeat-elsewhere',
  value: 0.9,
  reason:
    'The tagger reads each sentence with what the first pass found elsewhere, but one occurrence may still fall below the line ("A Hallasan Air passenger jet overran the runway", after "Hallasan Air chief executive …" further down). A name of two or more words that the model or a rule read with at least this confidence elsewhere in the article is the same name where exactly the same words stand alone again, unread (no capitalised word right before them, except a sentence\'s opening article, and none after). A one-word name counts only when it is read as the same type at least twice elsewhere, is no common word, is capitalised inside its word ("QatarEnergy") and does not open a sentence.',
  examples: [
    {
      text: 'A Hallasan Air passenger jet overran the runway on Sunday. The airline said in a statement that its jets were safe. Shares of Hallasan Air fell 4% in Seoul.',
      expect: 'organization:Hallasan Air | organization:Hallasan Air | place:Seoul',
    },
    {
      text: 'Ana Ruiz joined Hallasan Air as a pilot in 2019. The Hallasan Air Pilots Union said on Monday that she had done nothing wrong.',
      expect: 'person:Ana Ruiz | organization:Hallasan Air | organization:Hallasan Air Pilots Union',
    },
  ],
};

export const NEAR_PLACE_ROW: ListsRow<'prepositions' | 'km'> = {
  id: 'place.near-named-place',
  value: { prepositions: words('in at from to near outside'), km: ['80'] },
  reason:
    'Local news names the towns around its own: "conceded at a union hall in Sparks", "In Sparks, the mayor was re-elected" in a story from Reno. Many small towns are called by a common word (Sparks, Opportunity, Commerce, Mesa), which the model leaves unread mid-sentence. A capitalised word or two in no name, right after one of these prepositions, that the map knows as a city lying within this many kilometres of a place the article names, is that town. Not a month or a weekday ("died in March": March is also a Fenland town), not a word the article uses for a person, and not one the article writes in lowercase too, so "in Bath" near Bristol stays a place and "talks in Trust" stays as read.',
  examples: [
    {
      text: 'Voters in Reno re-elected the mayor on Tuesday. He conceded at a union hall in Sparks.',
      expect: 'place:Reno | place:Sparks',
    },
    {
      text: 'Voters in Reno re-elected the mayor on Tuesday. Ana Sparks, his rival, conceded in Sparks.',
      expect: 'place:Reno | person:Ana Sparks | person:Sparks',
    },
  ],
};

export const OWNED_MODIFIER_ROW: ListsRow<'tails' | 'forces' | 'placeNouns'> = {
  id: 'organisation.owned-modifier',
  value: {
    tails: words('owned run controlled'),
    // Who holds ground, not a firm (review, ents27b): "the rebel-controlled Ras al-Ain".
    forces: words(
      'rebel rebels opposition militia militias army military insurgent insurgents separatist separatists jihadist jihadists junta guerrilla guerrillas',
    ),
    // A place noun right after the name: "the army-controlled Khartoum North neighbourhood".
    placeNouns: words(
      'district districts province region town city village area areas neighbourhood neighborhood enclave territory suburb county governorate camp quarter',
    ),
  },
  reason:
    'Who owns or runs a body is written as a hyphenated adjective right before its name: "parts from the state-owned Bharat Electronics", "the state-run Xinhua news agency", "family-owned Velto Holdings". Only an organisation is owned, run or controlled so: capitalised words right after such an adjective ("state-owned", "government-run", "family-controlled"), not a demonym ("state-run Chinese media"), not a place the map knows, not a person the model is sure of, are an organisation — a name the model left unread or doubted. Ground is held too: after an armed or political force ("rebel-controlled", "opposition-run", "army-controlled"), or before a place noun ("the … Sheikh Maqsoud district"), the name is a place and the row says nothing.',
  examples: [
    {
      text: 'The radar used parts from the state-owned Bharat Electronics and a private firm.',
      expect: 'organization:Bharat Electronics',
    },
    {
      text: 'The state-run Chinese media said Beijing would respond, and the government-owned Kenya lost money.',
      expect: 'place:Beijing | place:Kenya',
    },
  ],
};

export const MAKER_AGENT_ROW: ListsRow<'participles'> = {
  id: 'organisation.maker-agent',
  value: {
    participles: words(
      'built developed designed made manufactured produced operated run managed funded financed commissioned organised organized published',
    ),
  },
  reason:
    'The agent of a passive verb of making or running is a maker, not a location: "the radar was built by the Space Applications Centre in Ahmedabad", "a museum run by the Velto Heritage Institute". Centres, institutes and laboratories are also buildings, and the model may read them as places; after "built by (the)", "operated by (the)" and the like, a name read as a place below 0.9 that the map does not know is an organisation. A place the map knows keeps its reading ("a fund financed by Norway"), and so does a people named by one plural word after "the" ("built by the Normans", "by the Romans").',
  examples: [
    {
      text: 'The radar was built by the Space Applications Centre in Ahmedabad with private firms.',
      expect: 'organization:Space Applications Centre | place:Ahmedabad',
    },
    {
      text: 'The fund is financed by Norway and the bridge was built by the river.',
      expect: 'place:Norway',
    },
  ],
};

export const BLIND_NEWS_ROWS_16: readonly RuleRow<unknown>[] = [
  DATE_TAIL_ROW,
  SIGNOFF_PLACE_REPORTER_ROW,
  CLUB_TAIL_ROW,
  COMMON_OPENING_ROLE_ROW,
  COMMODITY_ACRONYM_ROW,
  PLURAL_ACRONYM_ROW,
  GROUP_NOUN_ROW,
  REPEAT_NAME_ROW,
  NEAR_PLACE_ROW,
  OWNED_MODIFIER_ROW,
  MAKER_AGENT_ROW,
];
