/**
 * Rows from the blind entity batches 8 and 9 (1 Dec 2026, helper ents10a; the batches are in
 * detect/news-entities-8.cases.ts). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are the last block of detect/rules.ts.
 */
import type { RuleRow } from './rule-row';

export const BLIND_NEWS_ROWS_3: readonly RuleRow[] = [
  {
    id: 'none.hyphen-compound',
    value:
      `based listed born led backed owned run funded made bound registered headquartered focused centred centered linked allied aligned controlled style era`.split(
        ' ',
      ),
    reason:
      'A name joined by a hyphen to a participle or a noun of manner ("Zurich-based", "London-listed", "Iran-backed", "Soviet-era") makes one adjective word: the word as a whole is no person, place or organisation, and the engine marks whole words only, so such a word the model or a rule took for a name is dropped (the name inside it is marked on its own, smaller than the word, by name.compound-modifier in fold-patterns-16.ts). A hyphenated name whose second part is capitalised ("Winston-Salem", "Rolls-Royce") is not touched.',
    examples: [
      {
        // The place inside the compound is a mention of its own: name.compound-modifier (fold-patterns-16.ts).
        text: 'The flaw was found by a researcher at the Zurich-based security firm Kestrel Labs.',
        expect: 'place:Zurich | organization:Kestrel Labs',
      },
      { text: 'The London-listed miner said output fell.', expect: 'place:London' },
      { text: 'She moved to Winston-Salem in 2019.', expect: 'place:Winston-Salem' },
    ],
  },
  {
    id: 'sport.club-prefix',
    value: `FC SC AC AS SV VfB VfL TSG RB SSC CF CD UD RCD SD FK NK SK AFC KV KRC OGC BSC TSV SpVgg`.split(' '),
    reason:
      'Clubs in continental Europe are named with a short form of "football club" or "sport club" before their town ("SC Freiburg", "VfB Stuttgart", "AC Milan", "FK Partizan"): written exactly so, in capitals or in its mixed case, the short form and the town after it are one organisation, which the model reads as a person or cuts to the town. In a sports report a town followed by a club\'s two-digit founding year ("Mainz 05", "Hannover 96") is the club as well. A short form before a person\'s name is a player\'s position in US sports copy ("RB Saquon Barkley", "CF Mike Trout"): a known given name after it, or a person the model reads after it, or two capitalised words after "RB" or "CF" (whose clubs are one word: "RB Leipzig", "CF Montréal"), and the rule leaves it.',
    examples: [
      {
        text: 'SC Freiburg beat VfB Stuttgart 2-0 on Tuesday.',
        expect: 'organization:SC Freiburg | organization:VfB Stuttgart',
      },
      {
        text: 'The striker scored twice in a 2-0 win over Mainz 05 on Tuesday.',
        expect: 'organization:Mainz 05',
      },
      { text: 'The AC unit in the hotel in Freiburg broke down.', expect: 'place:Freiburg' },
      // A player's position before his name is no club.
      {
        text: 'Barkley ran for 120 yards as the Giants beat the Eagles 24-17. RB Saquon Barkley scored twice.',
        // The clubs are sport.team-nickname-shared's (a sports report); the opening "Barkley" is
        // person.surname-unread's (BLIND_NEWS_ROWS_17), which the engine had missed before.
        expect: 'person:Barkley | organization:Giants | organization:Eagles | person:Saquon Barkley',
      },
    ],
  },
  {
    id: 'acronym.party-bracket',
    value: `party movement alliance front union league congress coalition bloc`.split(' '),
    reason:
      'Parties are defined with the short form of their own language, which an English name does not spell ("the Labor Party (PT)", "the Ecologist Green Party of Mexico (PVEM)"). Capitals in brackets right after an organisation whose name ends in one of these words are its short form all the same, an organisation at every bare use in the article; a place in brackets ("the Farmers Union (UK)") says where and is left alone. A place right before the bracket that follows "for" and a capitalised word is the end of the party\'s name ("Alternative for Germany (AfD)"), not the country.',
    examples: [
      {
        text: 'The bill won votes from the Labor Party (PT). PT deputies cheered.',
        expect: 'organization:Labor Party | organization:PT | organization:PT',
      },
      {
        text: 'The Alternative for Germany (AfD) came second.',
        expect: 'organization:Alternative for Germany | organization:AfD',
      },
      { text: 'Exports to Germany (DE) rose.', expect: 'place:Germany' },
      {
        text: 'The Farmers Union (UK) met on Monday. Prices in the UK rose.',
        expect: 'organization:Farmers Union | place:UK | place:UK',
      },
    ],
  },
  {
    id: 'organisation.legislature-word',
    value:
      `Landtag Bundestag Bundesrat Knesset Duma Sejm Riksdag Storting Stortinget Folketing Eduskunta Oireachtas Dáil Seanad Cortes Majlis Majles Saeima Seimas Riigikogu Althing Sabor Skupština Sobranie Nationalrat Ständerat Jatiya Khural Mazhilis Verkhovna Rada Generales`.split(
        ' ',
      ),
    reason:
      'Many national and state legislatures are named in English copy by their own word ("the Landtag of Saxony", "the Knesset", "the Sejm"): a capitalised one of these words is an organisation (with "Rada", "Verkhovna Rada"; "Jatiya Sangsad" by its first word), whatever the model reads, which often leaves the foreign word out or takes it for a place. "Cortes Generales" is one name like "Verkhovna Rada". A person the model reads running on from the word ("Rada Mitrovic") or ending in it ("Jorge Cortes") is left alone.',
    examples: [
      {
        text: 'The new Landtag meets on October 1, and the Knesset votes on Monday.',
        expect: 'organization:Landtag | organization:Knesset',
      },
      { text: 'The duma of the village met once a year.', expect: '' },
      { text: 'Rada Mitrovic, a Serbian tennis player, won on Sunday.', expect: 'person:Rada Mitrovic' },
      { text: 'The Cortes Generales approved the budget.', expect: 'organization:Cortes Generales' },
    ],
  },
  {
    id: 'particle.capitalised-opening',
    value: [],
    reason:
      'A sentence that opens with a surname\'s capitalised particles ("De la Fuente dedicated the prize", "Van der Berg said") is often left out by the model, which then finds only the last word again ("Fuente"). When the article has named a person whose name ends in the same particles and word ("Lucía de la Fuente"), the capitalised opening is that surname, a person.',
    examples: [
      {
        text: 'The film was directed by Lucía de la Fuente. De la Fuente dedicated the prize to her father.',
        expect: 'person:Lucía de la Fuente | person:De la Fuente',
      },
    ],
  },
  {
    id: 'place.street-lead',
    value: `paseo avenida calle carrera rua rue via viale corso piazza plaza praça largo place boulevard avenue`.split(
      ' ',
    ),
    reason:
      'Streets and squares in the Romance languages open with their street word and a particle ("Paseo de la Reforma", "Rue de Rivoli", "Piazza del Popolo", "Praça dos Três Poderes"): a name that opens with one of these words followed by a lowercase particle is a place, which the model often reads as a person because of the particle. An article before the street word may open the sentence ("The Place de la Bastille was crowded"); any other capitalised word before it makes it part of a longer name.',
    examples: [
      {
        text: 'Protesters marched along Paseo de la Reforma on Wednesday.',
        expect: 'place:Paseo de la Reforma',
      },
      { text: 'Avenue Capital said it sold the stake.', expect: 'organization:Avenue Capital' },
      { text: 'The Place de la Bastille was crowded.', expect: 'place:Place de la Bastille' },
    ],
  },
  {
    id: 'organisation.campaign-group',
    value: [
      'political action committee',
      'super pac',
      'pac',
      'campaign committee',
      'campaign group',
      'advocacy group',
      'lobby group',
      'ballot committee',
    ],
    reason:
      'US election copy names campaign money by its group, and the group\'s name is often made of ordinary words the model does not take for a name ("Count Every Vote NC", "Keep Denver Affordable") or takes as a person ("Hope for Guilford"). Capitalised words (with "for", "of", "and", "the" between them) right before ", a political action committee" or the like, or right after "the super PAC" or "campaign committee," are that organisation; a leading "PAC" the model joined to the name is left out. The phrase must end its noun phrase ("Jane Smith, a lobby group spokeswoman" is a person; a function word, a "-ed" or "-ing" word or "that", "which" may follow), a capitalised preposition opening the sentence is dropped ("In Texas, a super PAC …"), and "PAC" alone after "a" (and at most one lowercase word: "a new PAC", "a super PAC") is a common noun, not the organisation the model reads (the blind gold leaves it unmarked; "the PAC" may be a party\'s short name and is left; ents36a, blind batch 74). A name after "a PAC called" or "named" is the group, and so is an apposition after "PAC," closed by the sentence\'s full stop, a name cut by a possessive ("Emily\'s List") is left to the model, and after "the PAC" a weekday, a person the model read, or words followed by a participle with no object ("the PAC Trump founded") are no group.',
    examples: [
      {
        text: 'The party will fund ads through a new PAC, Keep Ohio Red. A PAC called Prairie Families Forward spent $400,000.',
        expect: 'organization:Keep Ohio Red | organization:Prairie Families Forward',
      },
      {
        text: 'The count was sought by Count Every Vote NC, a political action committee, in October.',
        expect: 'organization:Count Every Vote NC',
      },
      {
        text: 'He was helped by ads from the super PAC Colorado Forward Fund.',
        expect: 'organization:Colorado Forward Fund',
      },
      {
        text: 'Her campaign committee, Hope for Guilford, raised $410,000.',
        expect: 'organization:Hope for Guilford',
      },
      {
        text: 'After a meeting with the campaign committee, Ana Ruiz said she would run.',
        expect: 'person:Ana Ruiz',
      },
      { text: 'Senator John Smith, a PAC donor, said he was pleased.', expect: 'person:John Smith' },
      {
        text: 'In Texas, a super PAC backed by Elon Musk spent $20 million.',
        expect: 'place:Texas | person:Elon Musk',
      },
      { text: "Emily's List, a political action committee, endorsed her.", expect: 'person:Emily' },
      { text: 'He gave $5,000 to the PAC Trump founded.', expect: '' },
      { text: 'The super PAC Tuesday said it would spend more.', expect: 'organization:PAC' },
    ],
  },
  {
    id: 'sport.town-nickname',
    value: [],
    reason:
      'North American teams are named by their town and a plural nickname ("Buffalo Bills", "Kansas City Chiefs", "Philadelphia Eagles"), and reports then use the nickname alone ("the Chiefs will face …"). In a sports report a town the map knows followed by a capitalised plural word the article never writes as a name elsewhere is the team, an organisation, and so is each bare use of that nickname.',
    examples: [
      {
        text: 'The Kansas City Chiefs beat the Buffalo Bills 27-24 on Sunday. The Chiefs will face Philadelphia in the final, and the Bills go home.',
        expect:
          'organization:Kansas City Chiefs | organization:Buffalo Bills | organization:Chiefs | organization:Philadelphia | organization:Bills',
      },
    ],
  },
  {
    id: 'place.its-facility',
    value: `mine mines smelter refinery oilfield field terminal port plant factory works depot`.split(' '),
    reason:
      'A company names its sites after where they are ("its Los Pelambres mine", "their Grangemouth refinery"): after "its" or "their", a name followed by one of these facility nouns is the site, a place, whatever the model read (often a person for a Spanish name with an article). An organisation the model reads at 0.5 or more ("its Samsung plant orders"), a company the engine knows by name ("its Tesla factory deal") and a person with a known given name ("its John Deere works council") stay what they are.',
    examples: [
      {
        text: 'The company said output fell at its Los Pelambres mine in central Chile.',
        expect: 'place:Los Pelambres | place:Chile',
      },
      {
        text: 'The firm said its Tesla factory deal and their Samsung plant orders were strong.',
        expect: 'organization:Tesla | organization:Samsung',
      },
      { text: 'The union said its John Deere works council would meet.', expect: 'person:John Deere' },
    ],
  },
  {
    id: 'sport.national-side',
    value:
      `friendly friendlies qualifier qualifiers match matches game games fixture final semi-final quarter-final`.split(
        ' ',
      ),
    reason:
      'A country that plays is its national team, an organisation in GUM and in our gold: in a sports report, a country right after "called up by", "capped by", "debut for" or after "against" that follows one of these fixture nouns ("friendlies against France and Netherlands") is the side, and so is a country joined to it by "and".',
    examples: [
      {
        text: 'The midfielder scored twice in a 3-0 cup win on Saturday and was called up by Germany for friendlies against France and Netherlands.',
        expect: 'organization:Germany | organization:France | organization:Netherlands',
      },
      {
        text: 'Germany imposed sanctions against France after the match-fixing scandal.',
        expect: 'place:Germany | place:France',
      },
    ],
  },
  {
    id: 'place.the-name',
    value: ['Hague', 'Gambia'],
    reason:
      'A few places have a capitalised "The" in their own name ("The Hague", "The Gambia"), which news keeps mid-sentence ("a court in The Hague"): the model takes the capital "The" for an article and leaves it out. Before one of these names a capitalised "The" is part of the place; a lowercase "the" is an article and stays out.',
    examples: [
      {
        text: 'The minister said in The Hague that the Netherlands would send another system.',
        expect: 'place:The Hague | place:Netherlands',
      },
      { text: 'Judges in the Hague court ruled on Friday.', expect: 'place:Hague' },
    ],
  },
];
