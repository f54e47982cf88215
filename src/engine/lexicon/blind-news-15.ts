/**
 * Rows from the blind entity batches 44 and 45 (3 Dec 2026, helper ents24a; the batches are in
 * detect/news-entities-44.cases.ts). Batch 46 was written with them and is never fixed against (its
 * errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-15.ts, called by applyNameRules
 * right after the blind-14 rows. Example texts are written for the rows, not taken from a batch.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const CLUB_CITY_ALONE_ROW: ListsRow<'travel'> = {
  id: 'sport.club-city-alone',
  value: { travel: words('travel travels travelled traveled travelling traveling trip trips') },
  reason:
    'A club named by its city and a suffix ("Hull City", "Derby County") makes coreference read every bare mention of the city as the club, also where the sentence puts the city itself: a match report says where a game was played ("In Hull, the visitors led") and where a side goes next ("before travelling to Norwich"). A bare city the rules left as a place, after a sentence-opening "In" with a comma after it, or after "to" following a word of travel, keeps its own reading in coreference. Not before a possessive ("in Hull\'s win" is the club\'s).',
  examples: [
    {
      text: 'Hull City beat Norwich City 3-1 on Saturday. Norwich have won one of their last six games. The winger scored twice before the break. Hull host Leeds on Wednesday before travelling to Norwich next weekend.',
      expect:
        'organization:Hull City | organization:Norwich City | organization:Norwich | organization:Hull | organization:Leeds | place:Norwich',
    },
    {
      text: 'Hull City beat Norwich City 3-1 on Saturday. Norwich have won one of their last six games.',
      expect: 'organization:Hull City | organization:Norwich City | organization:Norwich',
    },
  ],
};

export const COUNTY_NOT_PERSON_ROW: ListsRow<'divisions' | 'neverSurnames'> = {
  id: 'place.county-not-person',
  value: {
    divisions: words('County Parish Borough Township'),
    // Lead (stop 54): "Jerome Township trustee Barbara Jacob" gave the person "Jerome Township" at
    // 0.91. No surname is Township, so the model's certainty about a person there is a misreading.
    neverSurnames: words('Township'),
  },
  reason:
    'American counties, Louisiana parishes and townships are named by a surname or a given name and the kind of division ("Dougherty County", "Terrebonne Parish", "Cherry Hill Township"); beside a title ("former Dougherty County commissioner Ana Ruiz", "Sheriff Ana Ruiz of Tillman County") the model reads the name as a person or as a body. No person\'s name ends in these words, and the county\'s own body has a head word after it ("Cook County Board", "Fairfax County Public Schools"): outside a sports report ("Derby County", "Notts County" are clubs), a name the model reads as a person below 0.9 or as an organisation below 0.6, with no rule, whose last word is one of these with nothing capitalised after it, is a place. Not a person whose first word is a given name: Parish and Borough are surnames too ("Nurse Kelly Parish, 41"; review ents26b). A name ending in Township is a place whatever the model\'s certainty about a person ("Jerome Township trustee Ana Ruiz"): no surname is Township.',
  examples: [
    {
      text: 'Sheriff Ana Ruiz of Tillman County said the road was closed.',
      expect: 'person:Ana Ruiz | place:Tillman County',
    },
    {
      text: 'The Cook County Board of Commissioners met on Monday, and Ana Ruiz, the county clerk, said turnout was low.',
      expect: 'organization:Cook County Board of Commissioners | person:Ana Ruiz',
    },
    {
      text: 'Jerome Township trustee Ana Ruiz said the road was closed.',
      expect: 'place:Jerome Township | person:Ana Ruiz',
    },
  ],
};

export const COUNTY_CLUB_ROW: RuleRow<string> = {
  id: 'sport.county-club',
  value: 'place.kind-tail',
  reason:
    'English clubs are named by a town and "County" ("Derby County", "Stockport County", "Notts County"); place.kind-tail reads a known town and "County" as the county, also where sport.place-team had already read the name as the side in a match ("beat Derby County 2-1"). A name that sport.place-team made a team and place.kind-tail then made a county is the club.',
  examples: [
    {
      text: 'Coventry beat Derby County 2-1 at home on Saturday. The striker scored twice in the second half.',
      expect: 'organization:Coventry | organization:Derby County',
    },
    {
      text: 'Floods closed roads across Derby County on Saturday.',
      expect: 'place:Derby County',
    },
  ],
};

export const ACRONYM_ALIAS_PAIR_ROW: RuleRow<string> = {
  id: 'organisation.acronym-alias-pair',
  value: 'acronym-definition',
  reason:
    'An agency expanded once is often shortened to its first word and an acronym of the rest ("Africa Centres for Disease Control and Prevention (Africa CDC)", "Europe Direct Contact Centre (Europe DCC)"); the model splits the pair into the place and a bare acronym. In brackets right after an organisation, a capitalised word that is the organisation\'s first word and a word in capitals made of the initials of the words after it are one organisation, there and wherever the same two words stand again in the article.',
  examples: [
    {
      text: 'The Africa Centres for Disease Control and Prevention (Africa CDC) sent a team. Africa CDC said the outbreak was slowing.',
      expect:
        'organization:Africa Centres for Disease Control and Prevention | organization:Africa CDC | organization:Africa CDC',
    },
    {
      text: 'The World Health Organization (WHO) said cases in Africa rose, and the CDC agreed.',
      expect: 'organization:World Health Organization | organization:WHO | place:Africa | organization:CDC',
    },
  ],
};

export const HEAD_ON_TOPIC_ROW: ListsRow<'heads'> = {
  id: 'organisation.head-on-topic',
  value: {
    heads: words(
      'Group Committee Council Commission Panel Conference Forum Board Centre Center Institute Network Alliance Coalition Office Secretariat Taskforce Force Working',
    ),
  },
  reason:
    'Bodies named by what they deal with carry "on" and the topic in their name ("International Coordinating Group on Vaccine Provision", "Intergovernmental Panel on Climate Change", "Council on Foreign Relations", "Committee on Publication Ethics"); the model ends the organisation at its head word. An organisation ending in one of these head words, followed by "on" and one to three capitalised words that no name covers and that are no weekday, month or place the map knows, runs on over them ("the council on Monday", "the Security Council on Syria" stay as they are); one such word before a lowercase word other than a function word modifies a noun ("the Commission on Covid rules"). A topic goes on over "and" and one or two more such words with nothing capitalised after them ("United Nations Office on Drugs and Crime"; not "… on Trade and Paris", not over a name read already).',
  examples: [
    {
      text: 'The Intergovernmental Panel on Climate Change published its report, and the Council on Foreign Relations held a debate.',
      expect: 'organization:Intergovernmental Panel on Climate Change | organization:Council on Foreign Relations',
    },
    {
      text: 'The Security Council on Monday discussed Syria, and the Vaccine Alliance on Tuesday met in Geneva.',
      expect: 'organization:Security Council | place:Syria | organization:Vaccine Alliance | place:Geneva',
    },
  ],
};

export const AGENCY_TAIL_ROW: RuleRow = {
  id: 'organisation.agency-tail',
  value: words('Ratings Polling'),
  reason:
    'Credit-rating agencies and polling outfits are named by a founder, a college or a word and "Ratings" or "Polling" ("Fitch Ratings", "Scope Ratings", "Emerson College Polling", "Public Policy Polling"); the model, meeting a surname or a college first, reads a person or nothing. One to three capitalised words on the line ending in one of these words, with nothing capitalised after it, the first no function word, are one organisation; "S&P" counts as one word ("S&P Global Ratings"). Not a common word opening the sentence alone before the tail ("Early Polling suggests", "Exit Polling showed": how polling went; review ents26b).',
  examples: [
    {
      text: 'Fitch Ratings cut its outlook, and a poll by Emerson College Polling showed a tie.',
      expect: 'organization:Fitch Ratings | organization:Emerson College Polling',
    },
    {
      text: 'TV ratings fell, and polling stations in Ohio opened late.',
      expect: 'place:Ohio',
    },
    {
      text: 'Early Polling suggests a close race, and S&P Global Ratings kept its outlook.',
      expect: 'organization:S&P Global Ratings',
    },
  ],
};

export const CALL_SIGN_ROW: RuleRow = {
  id: 'organisation.call-sign',
  value: words('TV FM AM DT'),
  reason:
    'American and Canadian broadcasters are named by their call sign, three or four capitals starting with K, W or C, and the band ("WSB-TV", "KQED-FM", "CFRB-AM"); the model leaves the hyphenated capitals unread. A word of that shape is a station, an organisation.',
  examples: [
    {
      text: 'The debate was shown on WSB-TV and broadcast on KQED-FM.',
      expect: 'organization:WSB-TV | organization:KQED-FM',
    },
    {
      text: 'The COVID-TV campaign and a Wi-Fi upgrade were announced.',
      expect: '',
    },
  ],
};

export const RACE_RATER_ROW: ListsRow<'verbs' | 'objects' | 'times'> = {
  id: 'organisation.race-rater',
  value: {
    verbs: words('rates rated shifted moved changed'),
    objects: words('race seat contest election district it'),
    // Heads of times ("Election Day", "Super Tuesday Night") that change a race too.
    times: words('Day Night Eve Week Weekend'),
  },
  reason:
    'Election forecasters are publications named like works ("The Cook Political Report", "Inside Elections", "Sabato\'s Crystal Ball"), so the model leaves them unread; what they do gives them away: they rate a race. One to four capitalised words the model left unread (a leading "The" kept outside) right before "rates", "rated", "shifted", "moved" or "changed" and "the race", "the seat", "the contest", "the election", "the district" (one word may come between: "the general election", "the Senate race") or "it" are an organisation. Not one word opening its sentence with no capital inside it: "Voters", "Analysts", "Pollsters", "Redistricting" and "Officials" move races and things too (review ents26b; "FiveThirtyEight" keeps its inner capital), and not a time ("Election Day changed the race").',
  examples: [
    {
      text: 'The Cook Political Report rates the race a toss-up, and Inside Elections moved the seat on Friday.',
      expect: 'organization:Cook Political Report | organization:Inside Elections',
    },
    {
      text: 'The Central Bank rates the risk as low, and The Final Report rated highly with critics.',
      expect: 'organization:Central Bank',
    },
    {
      text: 'Voters shifted the race after the debate. Pollsters rated the district safe on Friday.',
      expect: '',
    },
  ],
};

export const HOLIDAY_NONE_ROW: ListsRow<'holidays' | 'agentVerbs'> = {
  id: 'none.holiday-alone',
  value: {
    holidays: words(
      'Christmas Easter Thanksgiving Halloween Ramadan Diwali Hanukkah Passover Eid Lent Advent Pentecost',
    ),
    // Verbs whose subject right before them acts or speaks: a time does neither.
    agentVerbs: words('said says told agreed announced added declined denied wrote'),
  },
  reason:
    'Holidays are times, none of the three kinds; none.holiday drops one before a lowercase word ("the Christmas party"), but a holiday ending a phrase ("in the relegation places at Christmas", "by Easter") is read by the model as a person or a place as well. A name that is exactly one of these words is dropped, wherever it stands; a longer name keeps it ("Christmas Island", "Easter Island"), and so does a person of the article whose name ends in it ("Mike Easter", then "Easter said"). Also kept (review ents26b): a name after a title ("Mr. Easter", "Dr. Passover"), and every mention of a word that the article has right before "said", "agreed" or another verb of someone acting ("private equity firm Advent … Advent said the deal would close").',
  examples: [
    {
      text: 'The team were bottom at Christmas and top by Easter.',
      expect: '',
    },
    {
      text: 'Flights to Christmas Island and Easter Island were cancelled.',
      expect: 'place:Christmas Island | place:Easter Island',
    },
    {
      text: 'Mr. Easter said the plan was sound.',
      expect: 'person:Easter',
    },
  ],
};

export const SEAT_APPOSITION_ROW: ListsRow<'heads' | 'literal'> = {
  id: 'place.seat-apposition',
  value: {
    heads: words('seat residence'),
    // Lowercase words after "the seat of" that still name who sits there ("the seat of government").
    literal: words('government parliament'),
  },
  reason:
    'Governments sit in buildings named like bodies ("the Straka Academy, the seat of the government", "Kantei, the official residence of"); the model reads a head word such as "Academy" or "House" as an organisation. A name right before a comma and "the seat of", "the official residence of" or "the residence of" is a place. Only where who sits there is named ("the seat of the government", "of Elko County", "of government"): "the seat of German democracy", "of EU power", "of justice" say what a body stands for, and "the seat of which" is a firm\'s head office (review ents26b).',
  examples: [
    {
      text: 'He spoke at the Straka Academy, the seat of the government, on Monday.',
      expect: 'place:Straka Academy',
    },
    {
      text: 'The Straka Academy, a school for girls, opened in 1896.',
      expect: 'organization:Straka Academy',
    },
    {
      text: 'The Bundestag, the seat of German democracy, was evacuated after a bomb threat.',
      expect: 'organization:Bundestag',
    },
  ],
};

export const VENUE_AFTER_SCORE_ROW: RuleRow<string> = {
  id: 'sport.venue-after-score',
  value: 'at',
  reason:
    'A match report says where a game was played after its score ("drew 1-1 with Bristol City at Hillsborough", "won 2-0 at Anfield"); grounds have names of their own that the model leaves unread. In a sports report, one or two capitalised words no name covers after "at", in a sentence with a score before them, ending the clause (a comma, a full stop, "on", "in", "to", "and", "after"), are a place. Not a weekday, month or holiday ("at Christmas"), and a name read as a club stays one ("lost 4-0 at Stoke").',
  examples: [
    {
      text: 'Wrexham drew 1-1 with Bristol City at Hillsborough on Saturday. The striker scored twice in the second half.',
      expect: 'organization:Wrexham | organization:Bristol City | place:Hillsborough',
    },
    {
      text: 'The fund rose 2.1% at Christmas, analysts at Barclays said.',
      expect: 'organization:Barclays',
    },
  ],
};

export const SCORE_NOT_NAME_ROW: RuleRow<string> = {
  id: 'sport.score-not-name',
  value: '-',
  reason:
    'A name may end in a number ("BBC Radio 4", "Apollo 11"), so a club right before its score ("beat Norwich City 3-1") is read with the score\'s first number in it. A number closing a name, with a dash and a number right after it and no space between, is a score, not part of the name.',
  examples: [
    {
      text: 'Hull City beat Norwich City 3-1 on Saturday.',
      expect: 'organization:Hull City | organization:Norwich City',
    },
    {
      text: 'She presents a show on BBC Radio 4 on Sundays.',
      expect: 'organization:BBC Radio 4',
    },
  ],
};

export const SRI_GIVEN_NAME_ROW: ListsRow<'given' | 'countries'> = {
  id: 'person.sri-given-name',
  value: {
    given: words('Sri'),
    countries: words('Indonesia Indonesian Indonesians Malaysia Malaysian Malaysians Brunei Jakarta Kuala'),
  },
  reason:
    'title.south-asian-african strips "Sri" as an Indian honorific, but in Indonesia, Malaysia and Brunei "Sri" is a common given name ("Finance Minister Sri Mulyani Indrawati", "Deputy Governor Sri Rahayu Lestari"), and an honorific does not follow a job title. A person whose "Sri" the title row took off gets it back as the first word of the name where a capitalised word stands right before it on the line (a job title) or the article names one of these countries or cities. Not when the word before is an honorific itself ("Spiritual leader Sri Sri Ravi Shankar": the honorific doubled; review ents26b).',
  examples: [
    {
      text: 'Deputy Governor Sri Rahayu Lestari said the swap line was worth 400 trillion rupiah.',
      expect: 'person:Sri Rahayu Lestari',
    },
    {
      text: 'Sri Ravi Menon addressed devotees in Chennai on Sunday.',
      expect: 'person:Ravi Menon | place:Chennai',
    },
  ],
};

export const LONE_NICKNAME_ROW: ListsRow<'verbs' | 'auxiliaries' | 'games' | 'events'> = {
  id: 'sport.lone-nickname',
  value: {
    verbs: words(
      'have has had are were won win lost lose beat drew draw face faces host hosts play plays remain stay need travel visit will would could',
    ),
    // After one of these a side's verb of a game must follow ("have won", "were held", "have been relegated").
    auxiliaries: words('have has had are were will would could'),
    games: words(
      'won win lost lose beaten beat drawn drew draw held face faced host hosted play played visit visited travel travelled traveled scored conceded signed relegated promoted trailed led finished climbed',
    ),
    // Events and prizes called by a plural alone, beside those of sport.nickname-team.
    events: words('Ashes Worlds Oscars Grammys Emmys Baftas Tonys'),
  },
  reason:
    'English clubs are also called by a plural nickname that never comes with the club\'s full name ("The Canaries have won one of their last six", "the Owls were held"); sport.nickname-team only carries a nickname over from a full name ("the Blue Bombers"), so the lone one is left unread. In a sports report, "the" and one capitalised plural word the model left unread, right before a verb a side does ("have", "were", "beat", "host", …), are the club, an organisation. Not a people ("The Americans have won"), not a word of sport.nickname-team\'s events, lands and ranges ("the Olympics", "the Alps") or an event of this row ("The Ashes", "The Worlds"), not a place the map knows. After "have", "were" or another auxiliary a verb of a game must follow ("have won", "were held", "have been relegated"): "The Hamptons were crowded", "The Cotswolds have seen record tourists" name lands (review ents26b).',
  examples: [
    {
      text: 'Hull City beat Norwich City 3-1 on Saturday. The winger scored twice before the break. The Canaries have won one of their last six games.',
      expect: 'organization:Hull City | organization:Norwich City | organization:Canaries',
    },
    {
      text: 'The striker scored twice in the 2-1 win on Sunday. The Americans have won the relay, and the Olympics were a success.',
      expect: '',
    },
  ],
};

export const WEEKDAY_CLUB_ROW: ListsRow<'before' | 'after'> = {
  id: 'sport.weekday-club',
  value: {
    // Words a side stands right after ("beat X", "drew with X") and right before ("X drew").
    before: words('beat beats against with host hosts hosted face faces faced visit visits play plays played'),
    after: words(
      'beat beats drew draw won win lost lose host hosts face faces play plays remain remained stay have has had are were will',
    ),
  },
  reason:
    'A club may be named by its town and a weekday ("Sheffield Wednesday", after the day its founders played); the model ends the name at the weekday, which it reads as a date, and types the town alone. A date follows "on" ("Leeds host Sunderland on Wednesday") and does not stand between a side and its verb, so in a sports report a town the map knows and a capitalised weekday, right before a side\'s verb ("drew", "beat", "are") or right after a word a side follows ("beat", "against", "with"), are one club, an organisation. Leftover of batch 45 (review ents26b).',
  examples: [
    {
      text: 'Sheffield Wednesday drew 1-1 with Bristol City at Hillsborough. The striker scored twice in the second half.',
      expect: 'organization:Sheffield Wednesday | organization:Bristol City | place:Hillsborough',
    },
    {
      text: 'Leeds United host Sheffield United on Wednesday. The striker scored twice in the 2-1 win.',
      expect: 'organization:Leeds United | organization:Sheffield United',
    },
  ],
};

export const BLIND_NEWS_ROWS_15: readonly RuleRow<unknown>[] = [
  CLUB_CITY_ALONE_ROW,
  COUNTY_NOT_PERSON_ROW,
  COUNTY_CLUB_ROW,
  ACRONYM_ALIAS_PAIR_ROW,
  HEAD_ON_TOPIC_ROW,
  AGENCY_TAIL_ROW,
  CALL_SIGN_ROW,
  RACE_RATER_ROW,
  HOLIDAY_NONE_ROW,
  SEAT_APPOSITION_ROW,
  VENUE_AFTER_SCORE_ROW,
  SCORE_NOT_NAME_ROW,
  SRI_GIVEN_NAME_ROW,
  LONE_NICKNAME_ROW,
  WEEKDAY_CLUB_ROW,
];
