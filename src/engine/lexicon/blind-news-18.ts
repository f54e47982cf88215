/**
 * Rows from the blind entity batches 53 and 54 (4 Dec 2026, helper ents28a; the batches are in
 * detect/news-entities-53.cases.ts). Batch 55 was written with them and is never fixed against (its
 * errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-18.ts, called by applyNameRules
 * right after the blind-17 rows. Example texts are written for the rows, not taken from a batch.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const LEGAL_FORM_LATE_ROW: ListsRow<'forms' | 'slashForms'> = {
  id: 'organisation.legal-form-late',
  value: {
    // Malaysian, Indonesian, Australian, Dutch and German forms added by ents29a ("Kluang Oil Palms Bhd").
    forms: words(
      'plc ltd ltd. inc inc. corp corp. sa s.a. ag asa nv n.v. oyj ab spa s.p.a. se gmbh llc bhd berhad tbk pty bv b.v. kgaa',
    ),
    // Danish and Norwegian forms written with a slash: the tokenizer splits them in three.
    slashForms: words('a/s i/s k/s p/s'),
  },
  reason:
    'legal-form.outside keeps the legal form out of a company the model read, but rules that run after it take the capitalised words before a ticker or after a kind noun whole ("Kafue Copper Plc (KCU.L)", "the Swiss trader Agrifin SA"), and a form written with a slash ("Skovgaard Pharma A/S") is three tokens that no list word matches, so "S" alone was read as a firm. Whatever rule decided an organisation, a legal form ending it is left out (the name keeps two words or more only when it had three), a slash form with it, and a lone letter that is the end of a slash form is no name.',
  examples: [
    {
      text: 'Shares in Kafue Copper Plc (KCU.L) rose 3%.',
      expect: 'organization:Kafue Copper',
    },
    {
      text: 'Shares in Skovgaard Pharma A/S fell 24% in Copenhagen.',
      expect: 'organization:Skovgaard Pharma | place:Copenhagen',
    },
    {
      text: 'The vote at Plc Holdings was close.',
      expect: 'organization:Plc Holdings',
    },
  ],
};

export const WITHOUT_BORDERS_ROW: ListsRow<'links' | 'borders'> = {
  id: 'organisation.without-borders',
  value: {
    links: words('sans sin sem senza ohne without'),
    // The word after the link: a side "without Mbappé" or "a Europe without Russian gas" is no charity.
    borders: words('frontières frontieres fronteras fronteiras frontiere borders grenzen'),
  },
  reason:
    'Charities of professions "without borders" are named in many languages ("Médecins Sans Frontières", "Reporters Without Borders", "Médicos Sin Fronteras", "Ingenieure ohne Grenzen"); the model reads a French or Spanish one as a person, three capitalised words with no body word. A run of capitalised words with "sans", "sin", "sem", "senza", "ohne" or "without" between a word and a word for borders (written with or without a capital) is one organisation: no person\'s or place\'s name holds these words. The word for borders is needed: in match reports "Real Madrid without Mbappé" and "Chelsea without Palmer" (and "a Europe without Russian gas") were made one body (ents29b\'s review).',
  examples: [
    {
      text: 'Médecins Sans Frontières warned of cholera in the camps.',
      expect: 'organization:Médecins Sans Frontières',
    },
    {
      text: 'He left without Maria and arrived in Paris.',
      expect: 'person:Maria | place:Paris',
    },
    {
      text: 'Arsenal beat Chelsea without Cole Palmer.',
      expect: 'organization:Arsenal | organization:Chelsea | person:Cole Palmer',
    },
  ],
};

export const SPORT_CLUB_CITY_ROW: ListsRow<'results'> = {
  id: 'sport.club-city-anywhere',
  value: {
    // Verbs that make a one-word side after "and" one of the two sides of a result.
    results: words('drew draw beat lost won tied shared'),
  },
  reason:
    'German, Austrian and Scandinavian clubs are named by a word of their own and the city ("Werder Bremen", "Eintracht Frankfurt", "Arminia Bielefeld", "Bayer Leverkusen"); sport.club-town-pair reads them only where a side stands in a match sentence ("beat", "at", a score), and elsewhere ("eight points clear of Bayer Leverkusen, who lost", "host Eintracht Frankfurt next Saturday") the model reads a person, as it would "Jack London". In a sports report that names no election and already names a club of a word and a city as an organisation ("VfB Stuttgart", "Union Berlin"; without this a race report\'s "champion Lewis Hamilton" and a baseball list\'s "Stolmy Pimentel" became clubs in the folds), a name of two words read as a person below 0.95, with no player\'s role before it ("substitute Tyrese Campbell"), not in a list of people and and no surname the article uses alone, whose last word is a city the map knows and whose first is no given name, no word of the language and no word of a person the article names, is the club (a sentence-opening descriptor is cut first: sport.side-descriptor-opening runs before). Then the city alone, read as a person, where the article names such a club ("Kiel, promoted last summer, are …" after "Holstein Kiel"), is that club; one word read as a person, no word of the language, joined by "and" to a club before a result verb and its score ("Werder Bremen and Heidenheim drew 0–0"; not "drew praise") is the other side; and the first word of such a club named in full, alone and unread ("Bayern are still eight points clear" after "Bayern Munich"), is the club, unless the language writes it ("Union officials"), it is a given name or a place. The first word of the club may be a town of its own ("Werder", "Holstein"); the whole may not be a place.',
  examples: [
    {
      text: 'The leaders are eight points clear of Bayer Leverkusen, who lost 3–0 at home. Holstein Kiel beat Mainz 2–1. Kiel are six points from safety after the match.',
      expect: 'organization:Bayer Leverkusen | organization:Holstein Kiel | organization:Mainz | organization:Kiel',
    },
    {
      text: 'Jack London wrote about the sea, and the match was shown in Leverkusen.',
      expect: 'person:Jack London | place:Leverkusen',
    },
  ],
};

export const SIDE_DESCRIPTOR_ROW: ListsRow<'descriptors' | 'competitionTails'> = {
  id: 'sport.side-descriptor-opening',
  value: {
    descriptors: words(
      'leaders champions holders hosts visitors hosts promoted relegated rivals neighbours neighbors favourites favorites',
    ),
    competitionTails: words('league cup trophy series championship championships games tour'),
  },
  reason:
    'A match report opens sentences with what a side is in the table or the tie: "Leaders Bayern Munich were held", "Champions Leverkusen lost", "Hosts Brazil beat". The capital the sentence gives the descriptor lets the model run it into the club\'s name. A descriptor opening its sentence and a name of one to three more words is left out, unless the name is a competition ("Champions League", "Champions Trophy") or the descriptor is the only word. A name read as a person keeps its descriptor ("Rivals Smith"), except in a sports report naming no election where the rest is a place the map knows: "Promoted Wrexham drew", "Champions Liverpool were held" are the side, an organisation (ents29b\'s review).',
  examples: [
    {
      text: 'Leaders Bayern Munich were held 1–1 at Mainz on Saturday.',
      expect: 'organization:Bayern Munich | organization:Mainz',
    },
  ],
};

export const STADIUM_COMPOUND_ROW: ListsRow<'tails'> = {
  id: 'place.stadium-compound',
  value: {
    tails: words('stadion stadium stadio stadiums'),
  },
  reason:
    'German, Dutch and Scandinavian grounds are one compound word ending in "-stadion" ("Weserstadion", "Olympiastadion", "Volksparkstadion"), which the model leaves unread: no capital inside, no venue head after. One capitalised word ending in a word for a stadium, longer than it by three letters or more, that no name covers or that is read as a person or organisation below 0.9, is a place.',
  examples: [
    {
      text: 'They drew 0–0 in front of 42,000 at the Weserstadion on Sunday.',
      expect: 'place:Weserstadion',
    },
  ],
};

export const BODY_OF_COUNTRY_ROW: ListsRow<'heads' | 'tails'> = {
  id: 'organisation.body-of-country',
  value: {
    heads: words('senate parliament congress assembly legislature senado congreso'),
    // Last words of a longer body whose country after "of" is part of its name (ents44a, batch 99:
    // "the Armed Forces of the Democratic Republic of the Congo"); read in detect/blind-rules-33.ts.
    tails: words('forces army navy court tribunal commission mission police guard'),
  },
  reason:
    'A legislature is named by its head and its country ("the Senate of the Philippines", "the Parliament of Georgia", "the Congress of Peru"); the model reads the head and the country as two names. An organisation that is one such head word, followed by "of" (and "the") and a place of one to three words read as a place, is one organisation; the head must be the whole organisation and capitalised, and the place no organisation of its own. Widened from batch 99 (ents44a): armed forces, courts and missions are named with their country too ("the Armed Forces of the Democratic Republic of the Congo", "the Constitutional Court of Thailand", "the Mission of Ukraine to NATO"), and the model reads them apart, most of all when the country holds an "of" of its own. An organisation the model read that ends in one of the tails, right before "of" and, after an optional "the", a place the model read that the map knows as a country, is one organisation; a country after "in" is left, as GUM splits it ("the United Nations Interim Administration Mission" in "Kosovo"), and so is a city ("the High Court in Pretoria"), and so are a firm and its country (place.firm-of-country) and names a rule decided.',
  examples: [
    {
      text: 'The Senate of the Philippines voted 19–3 on Wednesday.',
      expect: 'organization:Senate of the Philippines',
    },
    {
      text: 'The Senate voted on Wednesday in the Philippines.',
      expect: 'organization:Senate | place:Philippines',
    },
    {
      text: 'The Armed Forces of the Democratic Republic of the Congo said they had retaken the town.',
      expect: 'organization:Armed Forces of the Democratic Republic of the Congo',
    },
    {
      text: 'The case went to the High Court in Nairobi and then to Kenya.',
      expect: 'organization:High Court | place:Nairobi | place:Kenya',
    },
  ],
};

export const KIND_APPOSITION_AFTER_ROW: ListsRow<'kinds' | 'determiners'> = {
  id: 'place.kind-apposition-after',
  value: {
    kinds: words('province state region district county island city town village municipality prefecture'),
    determiners: words('the'),
  },
  reason:
    'A place the model leaves unread is often described right after it: "Governor Ana Tan of Zambales, the province facing the shoal", "Búzi, a district south of the city". One or two capitalised words that no name covers, after "of", "in", "from" or "near", right before a comma, "the" and a word for a kind of place, are that place, unless a word is a given name or a word of the language. Not after "a": "the village of Mazirat, a town of 30 houses" is left unmarked in GUM\'s gold, and the row lowered the folds with it.',
  examples: [
    {
      text: 'Governor Ana Tan of Zambales, the province facing the shoal, wants patrols.',
      expect: 'person:Ana Tan | place:Zambales',
    },
  ],
};

export const HEAD_AFTER_ROW: ListsRow<'heads'> = {
  id: 'organisation.head-after',
  value: {
    heads: words(
      'authority agency commission council board corporation company administration directorate inspectorate service programme',
    ),
  },
  reason:
    'The model can end a long body one word early, before its head: "the Klaipėda State Seaport" for "the Klaipėda State Seaport Authority", "the Lagos State Waste" for "… Waste Management Authority". United Nations bodies end in "Programme" ("the World Food" for "the World Food Programme"; ents36a, blind batch 75). An organisation of two words or more right before a capitalised head word for a body on the same line, where that word opens no name of its own and is not followed by another capitalised word, takes it.',
  examples: [
    {
      text: 'The Klaipėda State Seaport Authority said terminals worked at a fifth of capacity.',
      expect: 'organization:Klaipėda State Seaport Authority',
    },
  ],
};

export const BASED_FIRM_ROW: ListsRow<'seats' | 'modifierEndings' | 'continuations'> = {
  id: 'organisation.based-firm',
  value: {
    seats: words('based headquartered'),
    // Endings of words for a people, a party or a creed ("Ukrainian", "Republican", "Democratic",
    // "Kurdish", "Islamist", "Congolese"): one such word before a lowercase noun modifies it.
    modifierEndings: words('an ic ish ist ese'),
    // Lowercase words through which a body's name goes on ("Syrian Observatory for Human Rights").
    continuations: words('for of and de'),
  },
  reason:
    'Wire copy places a firm by its seat in a compound before its name: "owned by the Dubai-based DP World", "the Almaty-based holding Kazakhmys". One to three capitalised words right after "the X-based" (or "X-headquartered"), X a capitalised name ("design-based F" is a method), that the model left unread or read as a person or place below 0.8 (or that organisation.hyphen-compound-lead only cut out of the compound, keeping the model\'s unsure place: "the Dubai-based DP World" read whole as a place at 0.38) are an organisation; a kind noun between ("the Almaty-based holding X") is left to the kind rows. One word before a lowercase word is no firm when it is shaped like a word for a people, party or creed ("the London-based Ukrainian journalist", "the Texas-based Republican donor") or when that lowercase word is a noun before a name ("the Tehran-based Shia cleric Ahmad Khatami"); a run that goes on through "for", "of", "and" or "de" into more capitalised words ("the London-based Syrian Observatory for Human Rights") is left to the model, not cut (ents29b\'s review).',
  examples: [
    {
      text: 'The terminal is owned by the Dubai-based DP World.',
      expect: 'place:Dubai | organization:DP World',
    },
    {
      text: 'The London-based Ukrainian journalist Olga Tokariuk spoke first.',
      expect: 'place:London | person:Olga Tokariuk',
    },
  ],
};

export const UNIT_APPOSITION_ROW: ListsRow<'units'> = {
  id: 'organisation.unit-apposition',
  value: {
    units: words('arm unit subsidiary division affiliate branch'),
  },
  reason:
    'A firm\'s unit is named and then described as one: "LTG Cargo, the freight arm of state railway …", "Velto Energy, a subsidiary of …". One to three capitalised words opening a sentence or clause, left unread by the model or read as a person or place below 0.8, right before a comma, "the" or "a", at most two lowercase words and "arm", "unit", "subsidiary", "division", "affiliate" or "branch" and "of", are an organisation.',
  examples: [
    {
      text: 'LTG Cargo, the freight arm of the state railway, stopped its trains.',
      expect: 'organization:LTG Cargo',
    },
  ],
};

export const STATE_KIND_FIRM_ROW: ListsRow<'owners' | 'kinds'> = {
  id: 'organisation.state-kind-firm',
  value: {
    owners: words('state state-owned state-run national'),
    kinds: words('railway railways miner utility carrier airline broadcaster lender oil gas company firm'),
  },
  reason:
    'Wire copy names a state firm after what it is: "Congo\'s state miner Gécamines", "state railway Lithuanian Railways", "state-owned utility Eskom". The model leaves a firm it does not know unread there. One to three capitalised words that no name covers (or read as a person or place below 0.8), right after "state", "state-owned", "state-run" or "national" and a kind noun for a firm, are an organisation; not a day or a month, which US wire copy puts after the subject ("the state-owned company Tuesday said", ents29b\'s review).',
  examples: [
    {
      text: 'The state miner Gécamines owns 20% of the project.',
      expect: 'organization:Gécamines',
    },
  ],
};

export const ELIDED_TAIL_ROW: ListsRow<'particles'> = {
  id: 'organisation.elided-tail',
  value: {
    particles: words('de du des'),
  },
  reason:
    'French and Italian bodies end in a field written with an elided article or preposition: "Société Nationale d\'Électricité", "Office National de l\'Eau Potable", "Agence Nationale d\'Aviation Civile". The tokenizer keeps "d\'Électricité" as one word with a lowercase first letter, so every name rule stops before it. An organisation of two words or more followed on its line by a word written d\' or l\' and a capital (or "de", "du" or "des" and such a word) takes it.',
  examples: [
    {
      text: "Power cuts by the Société Nationale d'Électricité delayed the mine.",
      expect: "organization:Société Nationale d'Électricité",
    },
  ],
};

export const OCCUPATION_OPENING_ROW: ListsRow<'occupations' | 'after'> = {
  id: 'person.occupation-opening',
  value: {
    // Besides the person descriptors and role nouns of lexicon/words.ts, and any word in -ologist.
    occupations: words(
      'forecaster meteorologist astronomer physicist chemist biologist geologist strategist analyst economist researcher engineer',
    ),
    after: words('of from at said says told warned added , ('),
  },
  reason:
    'Wire and Wikinews copy opens a sentence with a person\'s occupation, capitalised by its place, before the name: "Forecaster Acácio Tembe of the National Institute of Meteorology said", "Volcanologist Kenji Sato of Kyoto University said". The model then reads nothing (the capital joins the occupation to the name) or takes the occupation into the name. An occupation word (a person descriptor, a role noun, one of these words or a word in -ologist) opening its sentence, then two or three capitalised words on the line that no name covers or that one person reading covers with the occupation, before "of", "from", "at", a comma, a bracket or a verb of saying, are a person; the occupation is left out. Not a word of the language, a place the map knows or a known organisation as the first name word.',
  examples: [
    {
      text: 'Volcanologist Kenji Sato of Kyoto University said the eruption was over.',
      expect: 'person:Kenji Sato | organization:Kyoto University',
    },
  ],
};

export const BLIND_NEWS_ROWS_18: readonly RuleRow<unknown>[] = [
  LEGAL_FORM_LATE_ROW,
  WITHOUT_BORDERS_ROW,
  SPORT_CLUB_CITY_ROW,
  SIDE_DESCRIPTOR_ROW,
  STADIUM_COMPOUND_ROW,
  BODY_OF_COUNTRY_ROW,
  KIND_APPOSITION_AFTER_ROW,
  HEAD_AFTER_ROW,
  BASED_FIRM_ROW,
  UNIT_APPOSITION_ROW,
  STATE_KIND_FIRM_ROW,
  ELIDED_TAIL_ROW,
  OCCUPATION_OPENING_ROW,
];
