/**
 * Rows from the blind entity batches 59 and 60 (4 Dec 2026, helper ents30a; the batches are in
 * detect/news-entities-59.cases.ts). Batch 61 was written with them and is never fixed against (its
 * errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-20.ts, called by applyNameRules
 * after the last rows. Example texts are written for the rows, not taken from a batch: each row has
 * sentences it must decide and sentences it must leave alone.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const CLUB_PREFIX_ROW: ListsRow<'prefixes' | 'travels' | 'civic'> = {
  id: 'sport.nordic-club-prefix',
  value: {
    // Nordic and central European sports clubs put the short form of "sports club" first:
    // Idrottsföreningen Kamraterna, Allmänna Idrottsklubben, Helsingin Jalkapalloklubi, Bollklubb …
    prefixes: words('IFK AIK HJK IF BK IK KR HK'),
    // "flew back to Göteborg": the town a team travels to is the town (review ents31b). "moved
    // to", "lost to" are left out: a transfer and a result name the club.
    travels: words(`flew fly flies flying travelled traveled travelling traveling travel travels returned
      return returns returning headed heading heads drove sailed`),
    // "Göteborg's city council": a town's own people and bodies after its possessive.
    civic: words(`city town council mayor residents streets port harbour harbor airport police hospital
      municipality suburbs population inhabitants`),
  },
  reason:
    'Scandinavian and central European clubs put the short form of "sports club" before their town or name ("IFK Norrköping", "IF Elfsborg", "BK Häcken", "FK Bodø/Glimt", "HJK Helsinki"), and a report then calls them by the town alone ("Norrköping finished with ten men"). The model, which knows neither, reads the pair as a person. In a sports report naming no election, one of these capitals right before one or two capitalised words on the line (and after no capitalised word) is one organisation with them; a mention of the words alone that the model read as a person or a place is the club too, unless a preposition of where comes before it ("in Norrköping"), "to" after a verb of travel ("the squad flew back to Göteborg"), or it is the owner of a word of the town\'s own ("Göteborg\'s city council").',
  examples: [
    {
      text: 'IFK Norrköping lost 2-0 at home on Sunday. Norrköping finished with ten men after a red card, and the coach said the league was still open.',
      expect: 'organization:IFK Norrköping | organization:Norrköping',
    },
    {
      text: 'The IF Metall union said members in Norrköping would strike.',
      expect: 'organization:IF Metall | place:Norrköping',
    },
  ],
};

export const RESULT_SIDES_ROW: ListsRow<'wins' | 'results' | 'standings' | 'teamWords' | 'playerWords'> = {
  id: 'sport.result-sides',
  value: {
    wins: words('beat beats defeated edged thrashed overcame'),
    results: words('lost drew'),
    standings: words('top bottom foot'),
    // Words of team sports: a tennis or golf report also has scores, but names players, not sides.
    teamWords: words(`goal goals striker midfielder defender goalkeeper keeper winger forward league
      half-time penalty relegation promoted tries try innings`),
    // A roundup has football and tennis in one report (review ents31b): a sentence that names a
    // sport of players, or counts sets or frames, names players ("In tennis, Ostapenko beat Kvitova
    // in three sets").
    playerWords: words(`tennis snooker darts chess boxing golf badminton squash set sets tie-break tiebreak
      tiebreaker frame frames`),
  },
  reason:
    'A football report from a league the model has not read names most sides by one unfamiliar word ("Djurgården beat Mjällby 1-0", "title rivals Hammarby lost 3-1", "went top of Allsvenskan"), and the model leaves them out or half-reads them as people. In a sports report naming no election and using words of team sports (goals, striker, league …), one capitalised word on the line right before "beat", "defeated", "edged", "lost" or "drew" or right after "beat", "defeated" or "edged", in a sentence with a score, that the model left unread or read alone as a person or a place below 0.5, is a side, an organisation; so is such a word right after "top of", "bottom of" or "foot of" (the league). Not in a sentence that names a sport of players, sets or frames, or has two set scores in a row ("6-3 4-6 7-5"); not a given name, a word of the language, a place the map knows (the town rows decide those: sport.place-team), or a word the document names as a person with a given name (a tennis report has no team words).',
  examples: [
    {
      text: 'Djurgården beat Mjällby 1-0 on Sunday to move third. Their striker scored the only goal after the break, and the league is open. The coach was pleased.',
      expect: 'organization:Djurgården | organization:Mjällby',
    },
    {
      text: 'Djurgården beat expectations this season. The striker scored two goals in the second half. The league table tightened. It ended 2-2.',
      expect: '',
    },
  ],
};

export const STATE_OUTSIDE_SPORT_ROW: RuleRow<number> = {
  id: 'place.state-outside-sport',
  value: 0.8,
  reason:
    'place.subnational-state leaves a state read as an organisation alone in any sports report naming no election, since there "Arizona beat Utah" names a college side. The sports reading counts sentences with a sport word or a score, and a court story can reach it ("ruled 2-1", the power "grid", the "Sierra Club"). A state of that row read by the model alone as an organisation below 0.8 is a place in such a report when no sentence that names it has a score or a sport word.',
  examples: [
    {
      text: 'Appeals court upholds West Virginia law\n\nA panel upheld a new West Virginia law on Thursday. The vote was 2-1, and the Sierra Club said it would appeal. The power grid operator said nothing. West Virginia gets most of its power from coal.',
      expect: 'place:West Virginia | place:West Virginia | organization:Sierra Club | place:West Virginia',
    },
  ],
};

export const PAIR_BEFORE_KINDS_ROW: ListsRow<'kinds'> = {
  id: 'place.pair-before-plural-kind',
  value: {
    kinds: words(`districts provinces regions counties states islands municipalities prefectures
      departments governorates parishes valleys rivers markets areas suburbs`),
  },
  reason:
    'Two places of a kind are named before the plural noun for it ("in the Hoima and Kikuube districts", "the Kandal and Takeo provinces"); the model reads one of them and half-reads the other as a person, and document consistency then spreads the person to every mention. Two one-word names joined by "and" right before one of these plural nouns (after "the" or a preposition), each unread or read by the model alone below 0.8, and neither a given name of a person named in full, a known firm nor the adjective of a people or a faith ("the Nordic and Baltic states", "the Catholic and Protestant parishes"), are both places. Election and business wires name cities by their media markets and metro areas the same way ("ads in the Atlanta and Savannah markets", "the Dallas and Houston areas"; the lead\'s reading at stop 51).',
  examples: [
    {
      text: 'Storms hit the Hoima and Kikuube counties overnight.',
      expect: 'place:Hoima | place:Kikuube',
    },
    {
      text: 'Ana and Luis Ortega counties apart said nothing.',
      // Two given names sharing a surname are both people (person.given-names-shared-surname, ents39b).
      expect: 'person:Ana | person:Luis Ortega',
    },
  ],
};

export const CONSTITUENCY_ROW: ListsRow<'members'> = {
  id: 'place.constituency-after-member',
  value: {
    members: words('mp mps mla mlas mpp td msp ms'),
  },
  reason:
    'A member of a parliament is named with the seat he holds: "Its MP for Buhaguzi, Ibrahim Kasozi, said", "the MLA for Kilifi North". The seat is a place the map rarely knows, and the model leaves it unread. One or two capitalised words right after "MP for", "MLA for", "MSP for" and the like, up to a comma or the end of the sentence, unread, or read by the model alone below 0.8 as a person, are a place — not a word of the language or a given name ("the MP for Health" is no seat).',
  examples: [
    {
      text: 'Its MP for Buhaguzi, Ibrahim Kasozi, said families were owed money.',
      expect: 'place:Buhaguzi | person:Ibrahim Kasozi',
    },
    {
      text: 'The MP for Health questions said nothing.',
      expect: '',
    },
  ],
};

export const KIND_OF_MODIFIED_ROW: ListsRow<'modifiers' | 'peopleKinds'> = {
  id: 'place.kind-of-modified',
  value: {
    modifiers: words(`fishing mining farming market mountain coastal border river port university
      industrial northern southern eastern western central remote small tiny historic`),
    // Kinds of place that open a name only after a people's word ("the Indian state of Kerala"):
    // alone, "the state of emergency", "the territory of the band" are no places (ents38a).
    peopleKinds: words('state territory prefecture governorate emirate canton oblast'),
  },
  reason:
    'apposition.place-of takes "the town of Valdoria"; a report often puts a word between the article and the kind of place ("the fishing town of Grindavík", "the mining village of Kiruna", "the border city of Tanga"), and the name is then left to the model, which may leave an unfamiliar word unread. One capitalised word (with its accents) after "the", one of these modifiers, a kind of place of apposition.place-of and "of", unread, or read by the model alone below 0.8 as a person or an organisation, is that place. A people\'s word after "the" may stand before the modifier ("the Chinese border town of Ruili"), and a state, territory, prefecture, governorate, emirate, canton or oblast right after a people\'s word is a kind of place too ("the Indian state of Kerala", "the Mexican state of Oaxaca"; alone, "the state of emergency" is none). A people\'s word and a kind of this row with no modifier ("the Danish island of Funen") is left: the training set marks the whole phrase there.',
  examples: [
    {
      text: 'Storms shut schools in the Indian state of Kerala and the Burmese border town of Myawaddy.',
      expect: 'place:Kerala | place:Myawaddy',
    },
    {
      text: 'Lava reached the walls of the fishing town of Grindavík early on Saturday.',
      expect: 'place:Grindavík',
    },
    {
      text: 'The fishing town of the year award went to a village.',
      expect: '',
    },
  ],
};

export const TRADE_LAST_ROW: ListsRow<'tails'> = {
  id: 'organisation.romance-trade-last',
  value: {
    tails: words(`Consultores Consultoria Asociados Associados Abogados Advogados Ingenieros Engenharia
      Inversiones Investimentos Construcciones Construções Seguros Hermanos Irmãos Binacional`),
  },
  reason:
    'Spanish and Portuguese firms put their trade or their partners after the name ("Mentu Consultores", "Garrigues Abogados", "Itaipu Binacional", "Hermanos Soto" the other way round), and the model reads the pair as a person with a surname it does not know. A name the model alone read as a person or a place below 0.8 whose last word is one of these is an organisation (fold rows 17 took the trade first: "Auditores Ibéricos"). "Limitada" is no trade but a legal form, which the batches keep outside the name ("Construcciones Ortega Limitada": review ents31b).',
  examples: [
    {
      text: 'The consultancy Mentu Consultores said prices would rise.',
      expect: 'organization:Mentu Consultores',
    },
    {
      text: 'Ana Seguro, a lawyer, said the ruling was fair.',
      expect: 'person:Ana Seguro',
    },
  ],
};

export const AIRLINE_TAIL_ROW: ListsRow<'tails' | 'airWords'> = {
  id: 'organisation.airline-tail',
  value: {
    tails: words('Air Airways Airlines Aviation'),
    // Words that go with the common noun "air" (review ents31b): "Fresh Air" is a radio show,
    // "Roskilde Open Air" a festival, no airline.
    airWords: words('fresh open clean hot thin cold dry clear'),
  },
  reason:
    'An airline is named by its country or town and "Air", "Airways" or "Airlines" ("A Cambodia Angkor Air flight from Siem Reap", "Tanzania Air", "Fiji Airways"); the model, seeing a country first, leaves the run unread or cuts it at the country. Two to four capitalised words on a line ending in one of these, before a lowercase word or a punctuation mark, that no rule decided and that the model left unread or read as a place or a person, are one organisation — not "Air" right after a word that goes with the common noun ("NPR\'s Fresh Air", "the Roskilde Open Air") or after a product\'s camel-case name ("the MacBook Air"), not "Air" alone after a country the map knows followed by "Force" ("the Israeli Air Force" has its own reading), and not inside a longer run of capitals.',
  examples: [
    {
      text: 'A Cambodia Angkor Air flight from Siem Reap was the first to land.',
      expect: 'organization:Cambodia Angkor Air | place:Siem Reap',
    },
    {
      text: 'The Israeli Air Force said it struck a depot.',
      expect: 'organization:Israeli Air Force',
    },
  ],
};

export const KNOWN_IN_LANGUAGE_ROW: ListsRow<'bodies' | 'inside'> = {
  id: 'organisation.known-in-language-as',
  value: {
    bodies: words(`office agency institute ministry board council authority service company firm
      party union court parliament assembly broadcaster university bank group`),
    // Lowercase words inside a name of the language (review ents31b): "Tribunal Supremo de
    // Justicia", "Caixa Geral de Depósitos", "Comhairle nan Eilean Siar".
    inside: words('de do da dos das del di du des la le y e i nan na an och og und der den van von'),
  },
  reason:
    'A report gives a body its own-language name: "The office, known in Icelandic as Veðurstofa Íslands, said". The model, which cannot read the name, makes it a person, and the language after "in" a place. After a subject that is "the", at most one lowercase word ("the met office", "the state broadcaster") and a noun for a body, ", known in <Language> as" followed by capitalised words, with the lowercase particles of the language between them ("Tribunal Supremo de Justicia", "Comhairle nan Eilean Siar"): those words are the body, an organisation (unless a rule decided them), and the language word is no name.',
  examples: [
    {
      text: 'The broadcaster, known in Welsh as Sianel Pedwar Cymru, said it would expand.',
      expect: 'organization:Sianel Pedwar Cymru',
    },
    {
      text: 'The singer, known in Welsh as Sianel Pedwar, said she would tour.',
      expect: 'person:Sianel Pedwar',
    },
  ],
};

export const HERITAGE_DESIGNATION_ROW: ListsRow<'tails'> = {
  id: 'organisation.heritage-designation',
  value: {
    tails: ['World Heritage Site', 'World Heritage site', 'World Heritage List', 'World Heritage list'],
  },
  reason:
    'A place is "a UNESCO World Heritage Site": the designation is no name, but the body that gives it is. The model reads the whole run as a place. A name ending in "World Heritage Site" (or List) with one word before the designation that is an acronym is that acronym alone, an organisation; the designation alone is no name.',
  examples: [
    {
      text: 'The forest is a UNESCO World Heritage Site and home to bison.',
      expect: 'organization:UNESCO',
    },
  ],
};

export const PARTY_AFTER_STANCE_ROW: ListsRow<'stances' | 'inside'> = {
  id: 'organisation.party-after-stance',
  value: {
    stances: words('opposition ruling governing'),
    inside: words('of for and'),
  },
  reason:
    'A party is named after its place in parliament: "The opposition National Unity Platform (NUP) walked out", "the ruling Civic Alliance". A name the model does not know there (no word of it a party or body head) is left unread, and its acronym in brackets with it. Two to five capitalised words (with "of", "for" or "and" inside) right after "the opposition", "the ruling" or "the governing", that nothing read, are one organisation, and so is an acronym of their initials in brackets right after them; not before a title or a lowercase noun that makes them a modifier ("the opposition Labour leader" is left to the model), nor a people word alone.',
  examples: [
    {
      text: 'The opposition National Unity Platform (NUP) walked out before the vote.',
      expect: 'organization:National Unity Platform | organization:NUP',
    },
    {
      text: 'The ruling party met on Monday, and the opposition Labour leader Ana Ruiz spoke.',
      expect: 'person:Ana Ruiz',
    },
  ],
};

export const KNOWN_PARTICLE_PLACE_ROW: ListsRow<'particles'> = {
  id: 'place.known-with-particle',
  value: {
    // "los"/"las" after "de" (ents38a): "San Juan de los Morros".
    particles: words('do da dos das de del di du des la los las'),
  },
  reason:
    'A town named with a particle ("Foz do Iguaçu", "Santa Cruz de la Sierra", "San Cristóbal de las Casas", "Castel di Sangro") is often cut at the particle by the model, which reads the last word alone as a body or a person and leaves the rest. Three to five words on a line, a lowercase particle between capitalised words, that the map knows whole as a place, are that place when every name inside them was read by the model alone below 0.8 or not at all (and no name runs outside them).',
  examples: [
    {
      text: 'The deal was signed in Foz do Iguaçu on Thursday by both ministers.',
      expect: 'place:Foz do Iguaçu',
    },
    {
      text: 'Shares of Banco do Brasil rose 2% on Thursday.',
      expect: 'organization:Banco do Brasil',
    },
  ],
};

export const LATE_ACRONYM_ROW: RuleRow<number> = {
  id: 'organisation.bracket-acronym-late',
  value: 6,
  reason:
    'An acronym in brackets right after a body\'s full name ("the Museo de Arte Contemporáneo de Oaxaca (MACO)") is taken by acronym.parenthesised when the model read the name; when a late row made the name (a body in its own language, a party after "the opposition"), the acronym is left unread. An acronym of two to six capitals, in brackets right after an organisation, that nothing read and that is written with the name\'s initials in order from its first, is that organisation too.',
  examples: [
    {
      text: 'A retrospective opened at the Museo de Arte Moderno de Bogotá (MAMB) in May.',
      expect: 'organization:Museo de Arte Moderno de Bogotá | organization:MAMB',
    },
  ],
};

export const ROLE_OF_PLACE_ROW: RuleRow<number> = {
  id: 'person.role-of-place-apposition',
  value: 0.5,
  reason:
    'A person is named after the office he holds somewhere: "The mayor of Hajnówka, Jarosław Dziedzic, said". When neither word is known, the model half-reads the pair as a body or a place. Two or three capitalised words between commas right after "<person noun> of <name>," (a noun such as mayor, governor, head, director), that the model alone read as an organisation or a place below 0.5, and that the map does not know as a place, are a person ("the capital of Kenya, Nairobi," is a place the map knows).',
  examples: [
    {
      text: 'The mayor of Hajnówka, Jarosław Dziedzic, said 300 jobs depended on the timber.',
      expect: 'place:Hajnówka | person:Jarosław Dziedzic',
    },
    {
      text: 'Aid reached the capital of Kenya, Nairobi, on Monday.',
      expect: 'place:Kenya | place:Nairobi',
    },
  ],
};

export const BLIND_NEWS_ROWS_20: readonly RuleRow<unknown>[] = [
  CLUB_PREFIX_ROW,
  RESULT_SIDES_ROW,
  STATE_OUTSIDE_SPORT_ROW,
  PAIR_BEFORE_KINDS_ROW,
  CONSTITUENCY_ROW,
  KIND_OF_MODIFIED_ROW,
  TRADE_LAST_ROW,
  AIRLINE_TAIL_ROW,
  KNOWN_IN_LANGUAGE_ROW,
  HERITAGE_DESIGNATION_ROW,
  PARTY_AFTER_STANCE_ROW,
  KNOWN_PARTICLE_PLACE_ROW,
  LATE_ACRONYM_ROW,
  ROLE_OF_PLACE_ROW,
];
