/**
 * Rows from the blind entity batches 28-30 (2 Dec 2026, helper ents18a; the batches are in
 * detect/news-entities-26.cases.ts and detect/news-entities-29.cases.ts). Batch 31 was written with
 * 29 and 30 and is never fixed against. Kept in their own file so they merge cleanly with rows
 * added in parallel; the rules that apply them are in detect/blind-rules-10.ts, called by
 * applyNameRules after the leftover rows and before the review rows.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const RESOURCE_FIELD_ROW: ListsRow<'fields' | 'resources' | 'compounds' | 'operatorVerbs'> = {
  id: 'place.resource-field',
  value: {
    fields: ['field', 'fields', 'oilfield', 'oilfields', 'gasfield'],
    resources: words(
      'oil gas crude barrel barrels wells drilling reserves condensate offshore exploration pipeline output licence license petroleum',
    ),
    compounds: words(
      'goal goals trip trips day days office offices hospital hospitals marshal marshals test tests work worker workers staff guide guides hockey agent agents study studies commander commanders officer officers notes research team teams reporter reporters director directors manager managers kitchen house',
    ),
    operatorVerbs: words(
      'said says told announced reported plans planned owns owned operates operated runs bought sold agreed expects expected',
    ),
  },
  reason:
    'Oil and gas reports name a field by its name and the lowercase word "field" ("the giant Rumaila field", "the Johan Castberg field", "the Johan Castberg and Johan Sverdrup fields"); fields are often named after people (a politician, an explorer) or are unfamiliar words, so the model reads a person or an organisation. In a document about oil or gas (two of the resource words or more), one to four capitalised words (or numbers) right before "field"/"fields" after a lowercase word or a possessive, none a name that runs on past them, are a place, with the name before "and" for the plural, and every mention with the same words. Not when "field" begins a compound ("a Tucker field goal", "the FBI field office", "a Smithsonian field trip"), and not in a text with no oil or gas in it. Not the operator written before the word ("the Exxon field in Texas" after "Exxon Mobil said"): the words begin a longer organisation named in the same text, or elsewhere in it they are followed right away by a verb a company does (said, owns, operates, bought, sold). Known miss: an operator named only before the word, never as a company, is still made a place.',
  examples: [
    {
      text: 'Oil began to flow from the Johan Castberg field on Monday. Output will reach 220,000 barrels per day. Partners may tie nearby finds to Johan Castberg.',
      expect: 'place:Johan Castberg | place:Johan Castberg',
    },
    {
      text: 'Harrison Butker kicked a Butker field goal in the third quarter. The FBI field office in Denver opened an inquiry into the oil deal.',
      expect: 'person:Harrison Butker | organization:FBI | place:Denver',
    },
    {
      text: 'The oil company Exxon Mobil said on Tuesday it would sell its stake in the Exxon field in Texas, where gas output fell.',
      expect: 'organization:Exxon Mobil | organization:Exxon | place:Texas',
    },
    {
      text: 'Chevron and Exxon said they would pump more oil. Gas output at the Exxon field in Texas fell.',
      expect: 'organization:Chevron | organization:Exxon | organization:Exxon | place:Texas',
    },
  ],
};

export const PARTICLE_SURNAME_ROW: ListsRow<'hyphened' | 'particles'> = {
  id: 'person.particle-surname',
  value: {
    hyphened: ['al', 'el', 'Al', 'El'],
    particles: words('van von de da du der den ter ten la le di dos das del della'),
  },
  reason:
    'Wire copy names a person in full once and by the surname after, dropping an Arabic "al-" ("Bassem Abdul-Karim al-Tamimi ... Tamimi said") or writing a Dutch or Romance particle with a capital at the start of a sentence ("Pieter van Dijk ... Van Dijk said"). The model, meeting the bare word, reads nothing or an organisation. A capitalised word standing alone, not in a longer name, whose "al-"/"el-" form ends a person\'s name of two words or more in the same text, is that person; so is a name beginning with a capitalised particle whose lowercase form, with the same words after it, ends such a person\'s name.',
  examples: [
    {
      text: 'Director Bassem Abdul-Karim al-Tamimi spoke first. Tamimi said the water would be reinjected. The suit was brought by Pieter van Dijk. Van Dijk said the board had sold the company.',
      expect: 'person:Bassem Abdul-Karim al-Tamimi | person:Tamimi | person:Pieter van Dijk | person:Van Dijk',
    },
    {
      text: 'Tamimi tribes met in Basra. Van Dijk Holdings said profits rose.',
      expect: 'place:Basra | organization:Van Dijk Holdings',
    },
  ],
};

export const LANDFORM_NOUN_ROW: ListsRow<'kinds' | 'faiths'> = {
  id: 'place.landform-noun-after',
  value: {
    kinds: words(
      'volcano volcanoes temple temples ravine ravines dam reservoir glacier canyon gorge crater lagoon strait archipelago oasis wetlands',
    ),
    faiths: words(
      'Buddhist Hindu Shinto Jain Sikh Taoist Christian Catholic Orthodox Mormon Jewish Muslim Protestant Greek Roman Mayan Inca Aztec Hittite Khmer',
    ),
  },
  reason:
    'Disaster and border reports name a volcano, a temple, a dam or a ravine by its name and a lowercase kind word ("the Fuego volcano", "near the Ta Muen Thom temple", "the Mosul dam"), kinds place.kind-noun-after does not hold. One to three capitalised words right before one of these words, after a lowercase word, a possessive or the start of a line, none a name that runs on past them, are a place, and so is every mention with the same words ("Fuego has taught us to leave early"). Not a faith or a people ("the Buddhist temple", "the Hindu temple"), not a person of two words or more whose first word is a given name, not a known organisation, a name read as an organisation ("the Google dam data") or an acronym in capitals, and not one word that ends the name of a person of two words or more in the same text ("Narendra Modi ... the Modi temple visit").',
  examples: [
    {
      text: 'Villages below the Fuego volcano were evacuated. Troops clashed near the Ta Muen Thom temple. "Fuego has taught us to leave early," she said.',
      expect: 'place:Fuego | place:Ta Muen Thom | place:Fuego',
    },
    {
      text: 'Monks prayed at the Buddhist temple. Pilgrims visited the Hindu temple. Engineers from the EU dam project met in Lima.',
      expect: 'organization:EU | place:Lima',
    },
    {
      text: 'Prime Minister Narendra Modi opened the site. Crowds gathered for the Modi temple visit in Ayodhya.',
      expect: 'person:Narendra Modi | person:Modi | place:Ayodhya',
    },
  ],
};

export const FEATURE_WORD_FIRST_ROW: ListsRow<'alone' | 'withParticle' | 'particles' | 'bodies'> = {
  id: 'place.feature-word-first',
  value: {
    alone: words('Volcán Volcan Lago Laguna Nevado Passo Pizzo Bahía Golfo Cañón Colle'),
    withParticle: words('Cerro Río Rio Sierra Monte Isla Islas Punta Valle Pico Cabo Playa Lac Col Piz'),
    particles: words('de del di della delle dei degli des du la las los el al'),
    bodies: ['Monte dei Paschi', 'Monte di Pietà', 'Monte di Credito'],
  },
  reason:
    'Spanish and Italian names of volcanoes, mountains, passes, lakes and capes begin with their kind ("the Volcán de Fuego", "the Passo delle Capannelle", "Cerro de Pasco", "Lago Agrio"); the model, reading an unfamiliar capitalised word and a particle, makes a person of it ("Volcán de Fuego") or takes the article before it ("del Volcán de Fuego"). A name of two words or more beginning with such a kind word is a place (a lowercase particle taken before it is cut); a name the model missed is found the same way. Words that are also firms, clubs and people ("Rio Tinto", "Sierra Club", "Monte Hellman", "Cerro Verde" the copper miner) count only with a particle after them ("Río de la Plata", "Sierra de Gredos"); the banks named "Monte" with a particle ("Monte dei Paschi", "Monte di Pietà", a pawnbroker) are listed and left alone, and so is a kind word after a capitalised word that is not a sentence\'s first ("Banca Monte dei Paschi": the kind word is inside another name).',
  examples: [
    {
      text: 'Ash fell from the Volcán de Fuego on Sunday. The rider crashed on the descent from the Passo delle Capannelle.',
      expect: 'place:Volcán de Fuego | place:Passo delle Capannelle',
    },
    {
      text: 'Rio Tinto said output rose. The Sierra Club sued. Monte Hellman directed the film.',
      expect: 'organization:Rio Tinto | organization:Sierra Club | person:Monte Hellman',
    },
  ],
};

export const PARTICLE_TOWN_ROW: ListsRow<'particles' | 'locatives' | 'heads'> = {
  id: 'place.particle-town',
  value: {
    particles: words('di al del della delle dei degli sul sulla sopra'),
    locatives: words('at in near outside around towards toward into past beyond through'),
    heads: words(
      'Banco Banca Banque Bank Universidad Università Universidade Instituto Istituto Museo Museu Teatro Grupo Gruppo Ministerio Ministero Partido Partito Club Real Atlético Corte Tribunal Tribunale Consejo Consiglio Camera Cámara Ospedale Colegio Escuela Fondazione Fundación Sporting Deportivo Independiente Racing Cassa Società Compagnia Juventus Inter Scuola Liceo Accademia Conservatorio Politecnico Centro Galleria Pinacoteca Festival Premio Giro Coppa Trofeo Procura Questura Prefettura Comune Provincia Regione Associazione Federazione Unione Movimento Lega Agenzia Autorità Ente Azienda Ordine Policlinico Clinica Casa',
    ),
  },
  reason:
    'Italian towns and sites are named with a lowercase particle between two capitalised words ("Prati di Tivo", "Montorio al Vomano", "Castel del Monte"): the model reads them as a person like "Fabio di Marco" or splits them at the particle. After a preposition of where (not "to" or "from", which take people too), a capitalised word, one of these particles and one or two capitalised words are a place, and so is every mention with the same words, unless the first word is a given name ("at Leonardo da Vinci airport" is left to other rows), a body\'s, a school\'s, an office\'s or an event\'s head word ("in Banca di Roma", "at Teatro alla Scala", "at Liceo di Roma", "in Procura di Milano", "at Festival di Sanremo", "at Casa di Cura") or a possessive follows.',
  examples: [
    {
      text: 'He won the stage, attacking four kilometres from the summit finish at Prati di Tivo in the Abruzzo mountains. A landslide closed a road near Montorio al Vomano, the race organiser said.',
      expect: 'place:Prati di Tivo | place:Abruzzo | place:Montorio al Vomano',
    },
    {
      text: "She worked in Banca di Roma for years. The talks were led by Fabio di Marco. In Marco di Stefano's view the plan failed.",
      expect: 'organization:Banca di Roma | person:Fabio di Marco | person:Marco di Stefano',
    },
    {
      text: 'The song won at Festival di Sanremo in February.',
      expect: '',
    },
  ],
};

export const TEAM_WORD_ROW: ListsRow<'locatives' | 'stateNouns' | 'bodies'> = {
  id: 'sport.team-word-short',
  value: {
    locatives: words('in at from near to into across outside around inside'),
    stateNouns: words(
      'government president king queen emir sultan ruler prime minister ministry ministers capital economy embassy people parliament army military police foreign royal crown state citizens',
    ),
    // "The Wisconsin Supreme Court ruled 4-3 … Wisconsin teachers" (review ents31e): a name that ends
    // in the noun of a court, an assembly or another public body is that body, no team, and its
    // first word stays the state or city.
    bodies: words(`court council assembly senate legislature parliament ministry department agency authority
      commission government police university college board`),
  },
  reason:
    'Cycling and basketball teams are named after sponsors that are states and cities ("Astana Qazaqstan", "Bahrain Victorious", "Real Madrid"), and a report calls them by that word alone ("as Astana take control", "Bahrain now lead the race", "a late run by Madrid"): the model reads the place. In a sports report naming no election, a single word read as a place that is the first or last word of an organisation of two or three capitalised words named in the same text is the team, when the text never writes that word after a preposition of where ("in Madrid", "from Astana" keep every mention a place) nor as the owner of a state\'s thing ("Bahrain\'s government funds the team", "Madrid\'s mayor"). A name that ends in the noun of a court, an assembly or another public body ("The Wisconsin Supreme Court ruled 4-3") is that body and gives no team word.',
  examples: [
    {
      text: 'Matteo Zanardi of Astana Qazaqstan won the stage after a 2-1 sprint on Wednesday. He beat the Spaniard by 18 seconds in the final climb. The team won the 3-2 points duel in the semi-final sprint. The Italians now sit second in the team classification behind Astana.',
      expect: 'person:Matteo Zanardi | organization:Astana Qazaqstan | organization:Astana',
    },
    {
      text: 'Real Madrid won the final 2-1. The team flew home to Madrid on Sunday. Fans in Madrid celebrated the 2-1 win. The coach praised the 3-0 first-leg result. Madrid greeted the players at the airport.',
      expect: 'organization:Real Madrid | place:Madrid | place:Madrid | place:Madrid',
    },
    {
      text: "Matteo Zanardi of Bahrain Victorious won the stage after a 2-1 sprint on Wednesday. He beat the Spaniard by 18 seconds in the final climb. The team won the 3-2 points duel in the semi-final sprint. Bahrain's government funds the team.",
      expect: 'person:Matteo Zanardi | organization:Bahrain Victorious | place:Bahrain',
    },
  ],
};

export const SIDE_STATUS_ROW: ListsRow<'status' | 'locatives' | 'auxiliaries' | 'after'> = {
  id: 'sport.side-status',
  value: {
    status: words(
      'relegated promoted banned eliminated knocked qualified suspended disqualified replaced readmitted excluded withdrawn',
    ),
    locatives: words('in at from near to into across outside around inside'),
    auxiliaries: words('be is are was were been being remain remains remained stay stays stayed get gets got'),
    after: words('for to from out of on after at by in until'),
  },
  reason:
    'A tournament report says which national sides go down, come up or are kept out ("Russia and Belarus remain banned", "Kazakhstan and Hungary were relegated and will be replaced next year by Slovenia and Italy"): no score or "beat" is near, so the rows reading a match leave the countries places. In a sports report naming no election in which a country already plays as a side (a country the map knows read as an organisation), every country read as a place in a sentence holding one of these status words is a side, unless a preposition of where comes before it, or before the list it closes ("relegated at the tournament in Italy", "players from Germany and France were banned"), or a possessive after it. The status word must be said of the side: after a form of "be", "remain" or "get" (an adverb between allowed), or followed by a preposition or the end of the clause ("qualified for the final", "were relegated."); an active verb with an object ("Spain suspended its ambassador", "Italy replaced its coach") is the state acting.',
  examples: [
    {
      text: 'Finland beat Sweden 3-2 in the semi-final on Saturday. Kazakhstan and Hungary were relegated and will be replaced next year by Slovenia and Italy. The final is in Zurich.',
      expect:
        'organization:Finland | organization:Sweden | organization:Kazakhstan | organization:Hungary | organization:Slovenia | organization:Italy | place:Zurich',
    },
    {
      text: "Finland beat Sweden 3-2 in the semi-final. Two players were banned in Italy after the 2-1 loss, and the coach was suspended by a court in Russia. Russia's sports minister objected.",
      expect: 'organization:Finland | organization:Sweden | place:Italy | place:Russia | place:Russia',
    },
    {
      text: 'Finland beat Sweden 3-2 in the semi-final. Players from Germany and France were banned after the 2-1 loss. Spain suspended its ambassador.',
      expect: 'organization:Finland | organization:Sweden | place:Germany | place:France | place:Spain',
    },
  ],
};

export const PARISH_ROW: ListsRow<'tails' | 'evidence' | 'saints'> = {
  id: 'place.parish',
  value: {
    tails: ['Parish'],
    evidence: ['parish', 'parishes', 'Louisiana'],
    saints: ['St.', 'St', 'Saint', 'Ste.'],
  },
  reason:
    'Louisiana\'s counties are parishes ("Jefferson Parish", "Orleans Parish", "St. Tammany Parish"): a name of one to three capitalised words and "Parish" is the parish, a place, where the model, reading "Jefferson" as a person or "Parish" as a surname, reads nothing or a person. Only in a text that says "parish"/"parishes" in lowercase or names Louisiana (elsewhere "Parish" is also a surname: "Helen Parish"), and not a given name or a title before "Parish" ("Helen Parish", "Rev. Matthew Parish"; a given name after "St." is the saint: "St. John Parish", "St. James Parish"), and not when a capitalised word goes on after it ("Jefferson Parish Council", "St. Mary\'s Parish Church" are a body and a building).',
  examples: [
    {
      text: 'The race for sheriff of Jefferson Parish goes to a runoff, and voters across Louisiana rejected two amendments. In St. Tammany Parish voters approved a tax.',
      expect: 'place:Jefferson Parish | place:Louisiana | place:St. Tammany Parish',
    },
    {
      text: 'The historian Helen Parish said the records were lost. The Jefferson Parish Council met on Monday in Louisiana.',
      expect: 'person:Helen Parish | organization:Jefferson Parish Council | place:Louisiana',
    },
    {
      text: 'Rev. Matthew Parish led the service in Louisiana. Flooding closed roads in St. James Parish.',
      expect: 'person:Matthew Parish | place:Louisiana | place:St. James Parish',
    },
  ],
};

export const ACRONYM_BODY_ROW: ListsRow<'heads' | 'determiners'> = {
  id: 'organisation.acronym-body',
  value: {
    heads: words(
      'institute agency company authority commission party broadcaster ministry service office council union bank regulator federation association operator marketer firm group insurer airline utility directorate watchdog body organisation organization',
    ),
    determiners: ['the', 'its', 'a', 'an'],
  },
  reason:
    'Reports abroad give a body\'s acronym in its own language: in brackets after the translated name ("the National Institute of Public Health (INSP)"), or opening a sentence with an apposition that says what it is ("INSIVUMEH, the country\'s volcano and weather institute, said"). The model, meeting capitals it does not know, reads nothing. An acronym of three capitals or more in brackets right after an organisation whose words\' initials give at least half its letters, or at the start of a sentence followed by a comma, a determiner or a possessive noun ("the country\'s") and, before the next comma, a body\'s head word, is an organisation. Not a place the map knows, and not a ticker ("Apple (AAPL)": the initials give one of its three letters), and not a thing whose apposition names no body ("HIMARS, the rocket system,").',
  examples: [
    {
      text: "The National Institute of Public Health (INSP) said only 62% were vaccinated. INSIVUMEH, the country's volcano and weather institute, said the column reached 7,000 metres.",
      expect: 'organization:National Institute of Public Health | organization:INSP | organization:INSIVUMEH',
    },
    {
      text: 'HIMARS, the rocket system, arrived in May. LIMA, the capital, was calm.',
      expect: '',
    },
  ],
};

/** Every row of this file, for the tests that run their examples. */
export const BLIND_NEWS_ROWS_10: readonly RuleRow<unknown>[] = [
  RESOURCE_FIELD_ROW,
  PARTICLE_SURNAME_ROW,
  LANDFORM_NOUN_ROW,
  FEATURE_WORD_FIRST_ROW,
  PARTICLE_TOWN_ROW,
  TEAM_WORD_ROW,
  SIDE_STATUS_ROW,
  PARISH_ROW,
  ACRONYM_BODY_ROW,
];
