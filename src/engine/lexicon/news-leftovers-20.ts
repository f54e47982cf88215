/**
 * Rows for the weak patterns issue #9 names, thirteenth round (helper ents44b, 6 Dec 2026), each
 * found failing on probe texts of our own (detect/lexicon-gaps-44b.cases.ts, gold committed before
 * the first run). The rules that apply them are in detect/leftover-rules-20.ts, called by
 * applyNameRules after the leftover-19 rows.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const INDEFINITE_BEFORE_NOUN_ROW: RuleRow<{ nouns: readonly string[] }> = {
  id: 'article.indefinite-before-noun',
  value: {
    // What a paper, a channel or a pollster makes or sends, after its name: "A Times survey", "A BBC reporter".
    nouns: words(`survey surveys poll polls study review investigation analysis report probe audit tally
      count estimate documentary spokesman spokeswoman spokesperson reporter correspondent journalist
      editorial interview source sources official aide insider`),
  },
  reason:
    'A sentence opening "A Times survey found …", "A Fox News poll showed …" or "A BBC spokesman said …" starts with the indefinite article of the noun after the name; the model may take the capitalised "A" into the name ("A Times", "A Fox News"), most often when the sentence follows another in the text. article.indefinite-opening drops it only when the rest is a place the map knows. A name read by the model that opens its sentence with "A" or "An" and at least one more word, right before one of these nouns written in lowercase, is the words after the article; a place reading the map does not back there ("A Pew Research Center study") is the organisation that made the survey or study.',
  examples: [
    {
      text: 'The council raised rents again. A Fox News poll showed most voters opposed it.',
      expect: 'organization:Fox News',
    },
  ],
};

export const PORT_BODY_ROW: RuleRow<{ verbs: readonly string[] }> = {
  id: 'organisation.port-body',
  value: {
    // Verbs a port's authority is the subject of: "The Port of Los Angeles said …".
    verbs: words(`said says told reported expects expected blamed warned announced handled plans planned
      agreed signed posted`),
  },
  reason:
    'A port is run by a body named after it: "the Port of Rotterdam Authority", "The Port of Los Angeles said cargo was moving slowly". apposition.place-of reads the town after "the port of" as a place, and with a capital "Port" and "Authority" after the town it keeps only the town and the tail ("Rotterdam Authority"). "Port", written with its capital, "of" and one to three capitalised words on the line (hyphened ones too: "Antwerp-Bruges"), after "the" or opening its sentence, whole no place the map knows ("Port of Spain" is a town), is an organisation when "Authority" follows (taken into the name) or one of these verbs does; "the port of Rotterdam" in lowercase stays the place.',
  examples: [
    {
      text: 'The Port of Rotterdam Authority blamed weaker trade.',
      expect: 'organization:Port of Rotterdam Authority',
    },
  ],
};

export const BORROWED_FIELD_WORD_ROW: RuleRow<{ roles: readonly string[] }> = {
  id: 'none.borrowed-field-word',
  value: {
    // Roles named after a field: "Security researcher", "Health economist", "Energy analyst".
    roles: words(`researcher researchers analyst analysts economist economists expert experts specialist
      consultant correspondent editor adviser advisor scientist scientists engineer lawyer officer`),
  },
  reason:
    'A sentence may open with a field before a person\'s role: "Security researcher Ann Cole said …", "Health economist Mark Reyes said …". When the text named a body holding that word earlier ("the National Cyber Security Centre", "the World Health Organization"), the model borrows the body\'s reading and reads the field word alone as an organisation. A one-word organisation the model read (written with a capital only, not in capitals, and no given name), right before one of these role nouns written in lowercase and a person read right after it, whose word an organisation of two or more words earlier in the text holds after its first word, while no such organisation opens with it ("Apple engineer Ann Cole" after "Apple Inc" stays: the firm opens its name), is the field, no name.',
  examples: [
    {
      text: 'The National Cyber Security Centre warned of the flaw. Security researcher Ann Cole said firms were exposed.',
      expect: 'organization:National Cyber Security Centre | person:Ann Cole',
    },
  ],
};

export const REGNAL_NAME_ROW: RuleRow<{ titles: readonly string[] }> = {
  id: 'person.regnal-name',
  value: {
    // Rulers' titles before a name and its numeral: "Shah Abbas I", "Tsar Nicholas II".
    titles: words(`King Queen Pope Shah Tsar Czar Emperor Empress Sultan Pharaoh Kaiser Emir Prince Princess
      Duke Saint St`),
  },
  reason:
    'Rulers are named with a numeral: "Shah Abbas I", "Tsar Nicholas II", "Pope Leo XIV". The model reads the given name alone and leaves the numeral out. A one-word person right after one of these titles with a Roman numeral (I to XXX) after it is the person with the numeral. An epithet is no part of the name: the training documents mark "Peter" in "Peter the Great" (person.sovereign-title, fold-rules-8), so the epithet half of this row was taken out after the merge (lead, stop 54).',
  examples: [
    {
      text: 'The mosque was built under Shah Abbas I in Isfahan.',
      expect: 'person:Abbas I | place:Isfahan',
    },
  ],
};

export const ARTICLE_GANG_ROW: RuleRow<{ articles: readonly string[]; nouns: readonly string[] }> = {
  id: 'organisation.article-gang',
  value: {
    // Spanish and Portuguese articles that open a gang's or a cartel's name.
    articles: words('Los Las El La Os'),
    // Nouns for an armed or criminal group after its name.
    nouns: words('gang gangs cartel cartels clan clans militia militias'),
  },
  reason:
    'Latin American gangs and cartels are named with a Spanish article: "the Los Choneros and Los Lobos gangs", "the Los Zetas cartel". The model reads the article and a capital as nothing or as a person. One of these articles with its capital and one or two capitalised words after it on the line, right before one of these nouns (or before "and" or a comma and another such name before it), whole no place the map knows ("the Los Angeles gangs", "El Salvador\'s gangs" stay places), is an organisation.',
  examples: [
    {
      text: 'Violence between the Los Choneros and Los Lobos gangs has spread.',
      expect: 'organization:Los Choneros | organization:Los Lobos',
    },
  ],
};

export const AGENCY_WITH_AND_ROW: RuleRow<{ names: readonly string[] }> = {
  id: 'organisation.agency-with-and',
  value: {
    // US federal agencies named by two fields joined with "and" and a head that is no body word.
    names: [
      'Immigration and Customs Enforcement',
      'Customs and Border Protection',
      'Citizenship and Immigration Services',
      'Alcohol and Tobacco Tax and Trade Bureau',
    ],
  },
  reason:
    'Some US agencies are named by two fields joined with "and" and a head the model does not take for a body\'s: "Immigration and Customs Enforcement detained 40 people", "Customs and Border Protection said crossings fell". The model cuts the name at "and" and reads each half as a place, a person or nothing ("Immigration", "Customs Enforcement"). These names, written with their capitals and not inside a longer name ("Agents of U.S. Immigration and Customs Enforcement" is left to the model), are organisations (the reading of organisation.police-force-name); a country the map knows opening the sentence right before one is the name\'s own ("U.S. Immigration and Customs Enforcement said" is one organisation).',
  examples: [
    {
      text: 'Immigration and Customs Enforcement detained 40 people in Chicago.',
      expect: 'organization:Immigration and Customs Enforcement | place:Chicago',
    },
    {
      text: 'U.S. Immigration and Customs Enforcement said it detained 40 people.',
      expect: 'organization:U.S. Immigration and Customs Enforcement',
    },
  ],
};

export const OBSERVATION_MISSION_ROW: RuleRow<{ heads: readonly string[] }> = {
  id: 'organisation.observation-mission',
  value: {
    // The words before "Mission" that name an election observers' mission.
    heads: words('Observation Observer Observers Monitoring Assistance'),
  },
  reason:
    'Observers of an election or a ceasefire are sent as a mission named after the body that sends it: "the EU Election Observation Mission", "the OSCE Special Monitoring Mission", "the UN Assistance Mission". After another body in a list ("Observers from the African Union and the EU Election Observation Mission") the model may read nothing. "Mission" written with its capital right after one of these words written with theirs, with the capitalised words before them on the line (up to four more, no function word, opening article left out), is an organisation.',
  examples: [
    {
      text: 'Observers from the African Union and the EU Election Observation Mission met in Lusaka.',
      expect: 'organization:African Union | organization:EU Election Observation Mission | place:Lusaka',
    },
  ],
};

export const NEWS_LEFTOVER_ROWS_20: readonly RuleRow<unknown>[] = [
  INDEFINITE_BEFORE_NOUN_ROW,
  PORT_BODY_ROW,
  BORROWED_FIELD_WORD_ROW,
  REGNAL_NAME_ROW,
  ARTICLE_GANG_ROW,
  AGENCY_WITH_AND_ROW,
  OBSERVATION_MISSION_ROW,
];
