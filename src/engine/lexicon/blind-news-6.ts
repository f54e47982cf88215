/**
 * Rows from the blind entity batches 16-18 (1 Dec 2026, helper ents13a; the batches are in
 * detect/news-entities-14.cases.ts and detect/news-entities-17.cases.ts). Batch 19 was written with
 * 17 and 18 and is never fixed against. Kept in their own file so they merge cleanly with rows
 * added in parallel; the rules that apply them are in detect/blind-rules-6.ts, called by
 * applyNameRules after every other rule but the review rows.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

export const SURNAME_REPEAT_ROW: RuleRow = {
  id: 'person.surname-repeat',
  value: ['the', 'a', 'an', 'its', 'their', 'at', 'in', 'of', 'from', 'to'],
  reason:
    'Reports name a person in full once and by the surname after ("Sushila Bhattarai … Bhattarai, 46, won"; "Yamikani Chirwa … Chirwa did not concede"). An unfamiliar surname alone, with no given name to anchor it, is read by the model as an organisation or a place from the verbs around it (won, conceded, was elected). A one-word name the model alone typed as an organisation or a place, written exactly as the last word of a name of two or more words the article reads as a person, is that person, unless one of these words comes right before it ("the Ford plant", "at Chirwa"), a capitalised word follows it (a longer name), the model is sure (0.7 or more) of its reading, a rule typed the same word an organisation elsewhere or a firm\'s mark follows it there (an ampersand, a legal form, a ticker: a firm named after its founder, "John Deere … Deere & Co", "Deere (DE.N)"), or a map knows it as a place ("Jordan" after "Michael Jordan" in a report that also names the country is left as read); nor a firm the known-organisation lists hold or one a firm\'s noun follows (guard.firm-noun-after: "Henry Ford … Ford shares fell").',
  examples: [
    {
      text: 'Parliament elected Sushila Bhattarai as prime minister. Bhattarai, 46, won 149 votes.',
      expect: 'person:Sushila Bhattarai | person:Bhattarai',
    },
  ],
};

export const ACRONYM_DEFINITION_ROW: RuleRow = {
  id: 'organisation.acronym-definition',
  value:
    `court tribunal community union agency unit authority commission committee council movement party front alliance association federation confederation organisation organization institute service bank fund board office ministry department bureau centre center foundation network coalition trust society league forum watch collective observatory consortium force forces`.split(
      ' ',
    ),
  reason:
    'Reports define an acronym right after the name it stands for: "the Court of Arbitration for Sport (CAS)", "the Southern African Development Community (SADC)". The brackets tell how far the name runs: the model cuts a long name at a lowercase "for" or misses it, and then reads the acronym alone as nothing. When the initials of the capitalised words before the bracket (from the first one that starts the acronym, through lowercase "of", "for", "and", "the") spell the acronym, those words are one name: the type the model gave a part of them, or an organisation when its last word is one of these heads or it opens with one before "of" or "for" ("the Confederation of African Football (CAF)", which the model missed whole; ents36a, blind batch 75); every mention of the acronym in the article is then that name\'s type. Brackets with a ticker or a word ("(Reuters)"), initials that do not match, a name whose words a person holds, and a name another row shaped (a legal form left out of "Taiwan Semiconductor Manufacturing Co (TSMC)") are left as read. A name read as a place that ends in a region or town the map knows but is no place itself, with no word for a kind of land in it (ACRONYM_PLACE_KINDS), is a body named after the place ("Gerakan Rakyat Johor (GRJ)"; ents30b: the map learnt the Malaysian states), while "the Northern Territory of Australia (NTA)" and "the Democratic Republic of the Congo (DRC)" stay places. Heads of bodies that are no office (lead, stop 52): "Human Rights Watch (HRW)", "Financial Action Task Force (FATF)", "Rapid Support Forces (RSF)", "the Media Network (AMN)"; not "Project" or "Initiative", which name undertakings as often as bodies ("the Human Genome Project (HGP)", "the Belt and Road Initiative (BRI)").',
  examples: [
    {
      text: 'The Confederation of African Football (CAF) fined the club. CAF said the fine was final.',
      expect: 'organization:Confederation of African Football | organization:CAF | organization:CAF',
    },
    {
      text: 'The Court of Arbitration for Sport (CAS) in Lausanne banned the runner. CAS said the ruling was final.',
      expect: 'organization:Court of Arbitration for Sport | organization:CAS | place:Lausanne | organization:CAS',
    },
    {
      text: 'The opposition Gerakan Rakyat Johor (GRJ) won six seats in Johor. GRJ said it would sit in opposition.',
      expect: 'organization:Gerakan Rakyat Johor | organization:GRJ | place:Johor | organization:GRJ',
    },
    {
      text: 'Flights to the Northern Territory of Australia (NTA) resumed, and the Democratic Republic of the Congo (DRC) closed its border.',
      expect: 'place:Northern Territory of Australia | place:NTA | place:Democratic Republic of the Congo | place:DRC',
    },
  ],
};

/**
 * Words for a kind of land or division: a name defined with an acronym that holds one of them is
 * a place even when it ends in a place's name ("the Northern Territory of Australia (NTA)");
 * without one, such a name is a body named after the place (organisation.acronym-definition).
 */
export const ACRONYM_PLACE_KINDS: readonly string[] =
  `region regions territory territories area republic state states province provinces district county city islands island emirates kingdom federation commonwealth capital valley`.split(
    ' ',
  );

export const KIND_NOUN_ROW: ListsRow<'kinds' | 'plural'> = {
  id: 'place.kind-noun-after',
  value: {
    kinds:
      `region valley mountains range district province desert plateau basin delta highlands peninsula lowlands coast`.split(
        ' ',
      ),
    plural: ['districts', 'provinces', 'regions'],
  },
  reason:
    'A proper name followed by a lowercase word for a kind of land or division ("the High Atlas mountains", "the Choapa valley", "the Antofagasta region", "Mangochi and Machinga districts") names that land, a place: the kind word says so, where the model, seeing an unfamiliar word, reads an organisation or nothing. One to three capitalised words right before one of these words, on the same line, are a place (for a plural, also the name before "and"), unless the words are a demonym ("the Kurdish region"), an acronym in capitals ("the EU region"), or a person of two words or more the model reads; "district of" is left to place.district-of ("the Carlsberg district of Copenhagen"); a firm named after the town ("Antofagasta" the miner) keeps its name elsewhere; a single word the known-organisation lists hold and a kind word followed by an office\'s noun are left as read (guard.kind-noun-compound: "the Apple region", "the Google district office").',
  examples: [
    {
      text: 'Rainfall in the Choapa valley was 70% below normal, and villages in the High Atlas mountains were cut off.',
      expect: 'place:Choapa | place:High Atlas',
    },
  ],
};

export const SPORT_BODY_ROW: RuleRow = {
  id: 'organisation.sport-body',
  value:
    `Athletics Aquatics Archery Rowing Sailing Cycling Boxing Rugby Triathlon Curling Taekwondo Netball Swimming Tennis Hockey Cricket Golf Gymnastics Badminton Basketball Volleyball Football Skate`.split(
      ' ',
    ),
  reason:
    'Sport\'s governing bodies are named "World" and the sport ("World Athletics", "World Rugby", "World Aquatics") or the sport and the country ("Athletics Kenya", "Swimming Australia", "Hockey Canada"). The model reads "World" as an adjective and the sport as a common noun, or the country as the place. "World" or a country the map knows, joined to one of these sport words, is an organisation, unless a capitalised word goes on after it ("World Athletics Championships", "Tennis Australia Open" are events) or a name crosses its edge. The country may be two or three words ("Netball New Zealand"), and the body goes over the model\'s reading of exactly the pair as one person ("Cricket Scotland said …" opening a sentence: no one is named so; ents37b\'s probes).',
  examples: [
    {
      text: 'World Athletics president Sebastian Coe said the ruling was fair. World Athletics placed Athletics Kenya on its watch list.',
      expect:
        'organization:World Athletics | person:Sebastian Coe | organization:World Athletics | organization:Athletics Kenya',
    },
    {
      text: 'Cricket Scotland said its board had resigned. Netball New Zealand confirmed the coach would go.',
      expect: 'organization:Cricket Scotland | organization:Netball New Zealand',
    },
  ],
};

export const TITLE_HEAD_ROW: ListsRow<'titles' | 'heads'> = {
  id: 'organisation.title-word-head',
  value: {
    titles: ['General'],
    heads: `Court Assembly Council Synod Conference Staff Secretariat Chapter Directorate`.split(' '),
  },
  reason:
    'Some bodies are named with a word that is also a rank: "the General Court" (the EU\'s lower court), "the General Assembly" (a US state legislature or the UN\'s), "the General Synod". The model takes "General" for a military title and the head for a surname ("General Court" read as a person called Court), or misses the pair. "General" followed by one of these institutional heads, capitalised, is an organisation (with any capitalised words a name of the model already joins to it), unless a name runs past the pair ("General Assembly Hall" stays as read).',
  examples: [
    {
      text: 'The Republican-led General Assembly put the measure on the ballot.',
      expect: 'organization:General Assembly',
    },
  ],
};

export const CAMPAIGN_GROUP_ROW: ListsRow<'links' | 'groups'> = {
  id: 'organisation.people-for-aim',
  value: {
    links: ['for', 'against', 'not'],
    groups:
      `Citizens Voters Parents Mothers Fathers Families Veterans Doctors Nurses Teachers Patients Students Workers Neighbors Neighbours Friends`.split(
        ' ',
      ),
  },
  reason:
    'US ballot campaigns and advocacy groups are named by who they are and what they want: "Missourians for Constitutional Freedom", "Americans for Prosperity", "Citizens Not Politicians", "Mothers Against Drunk Driving". The model reads the people word as a demonym or a common noun and keeps only the end ("Constitutional Freedom") or nothing. A capitalised plural of people (one of these words, or a word ending in -ans or -ites such as "Missourians", "Texans"), then "for", "against" or "not", then capitalised words, is one organisation; a lowercase word after the link ("Americans for years have …") is no name.',
  examples: [
    {
      text: 'Missourians for Constitutional Freedom, the group that led the campaign, sued the state.',
      expect: 'organization:Missourians for Constitutional Freedom',
    },
  ],
};

export const CLUB_SUFFIX_ROW: RuleRow = {
  id: 'sport.club-suffix-name',
  value: `City United Town Rovers Wanderers Athletic Albion Hotspur Rangers Argyle Villa`.split(' '),
  reason:
    'In a sports report, a town followed by a club suffix ("Coventry City", "Oxford United", "Plymouth Argyle") is the club, an organisation, while the model, which knows the town, reads the pair as the place. A name the model read as a place that ends in one of these words, in an article that is a sports report and names no election (vote counts read like scores; "County" is left out for the same reason: "Clark County" in election copy), is the club, unless the map knows the whole name as a place ("Mexico City", "Kansas City", "Vatican City") or a locative preposition comes before it ("in Salt Lake City"). A short text is no report, so the name\'s own sentence holding a score or a sport word counts as well ("Huddersfield Town lost 3-0 at home to Bolton Wanderers", both places), and a person the model read below 0.9 with no given name first counts as its place reading does ("Stoke City drew 1-1", "Ex-Manchester United striker Wayne Rooney was sacked by Plymouth Argyle", persons; ents61b).',
  examples: [
    {
      text: 'Coventry City went top on Saturday after a 2-0 win, while Norwich lost 3-1. Ellis Simms scored twice in the first half. Coventry manager Frank Lampard praised the defence after the match.',
      expect:
        'organization:Coventry City | organization:Norwich | person:Ellis Simms | organization:Coventry | person:Frank Lampard',
    },
    {
      text: 'Stoke City drew 1-1 with Grimsby Town in the cup.',
      expect: 'organization:Stoke City | organization:Grimsby Town',
    },
  ],
};

export const COURT_LEVEL_ROW: RuleRow = {
  id: 'none.court-level-title',
  value: ['Circuit', 'District', 'Magistrate', 'Appeals', 'Chancery', 'Superior', 'Bankruptcy'],
  reason:
    'US copy gives a judge the level of the court as part of the title: "Circuit Judge Gustavo Gelpí", "District Judge Amy Berman Jackson", "Magistrate Judge Zia Faruqui". The model sometimes reads the level word alone as an organisation. One of these words alone as a name, right before a capitalised "Judge", is part of the title, no name; "the First Circuit" or "the District Court" stay.',
  examples: [
    {
      text: 'Circuit Judge Gustavo Gelpí asked the lawyer why the court should second-guess the agency.',
      expect: 'person:Gustavo Gelpí',
    },
  ],
};

export const AGENCY_SPEAKER_ROW: ListsRow<'agencies' | 'products' | 'verbs'> = {
  id: 'organisation.agency-before-speaker',
  value: {
    agencies: 'Reuters Bloomberg Interfax Xinhua Yonhap Kyodo Anadolu Bernama Antara Tass Efe'.split(' '),
    products:
      'News Law Television TV Radio Breakingviews Intelligence Economics Opinion Businessweek Terminal Philanthropies Government Tax Green Media'.split(
        ' ',
      ),
    verbs: 'said says told tells added adds'.split(' '),
  },
  reason:
    'Wire copy writes a news agency and then a speaker with no comma between them ("In an interview with Reuters Smith said", "told Bloomberg Patel said"), and the tagger joins the two capitalised runs into one organisation ("Reuters Smith"). review-rows-1 splits a known short form in capitals ("with the BBC Ortiz said"); an agency named by one ordinary word is left to this row. A name that opens with one of these agencies, mid-sentence after a lowercase word, goes on with one or two capitalised words that are no common word and none of the agency\'s own products ("Reuters Breakingviews", "Bloomberg News", "Bloomberg Law"), and is followed by a reporting verb, is the agency, an organisation, and then the person who speaks.',
  examples: [
    {
      text: 'In an interview with Reuters Smith said the deal was done.',
      expect: 'organization:Reuters | person:Smith',
    },
  ],
};

export const OCEAN_CROSSING_ROW: ListsRow<'oceans' | 'crossing'> = {
  id: 'place.ocean-crossed',
  value: {
    oceans: 'Atlantic Pacific Arctic Mediterranean Baltic Caribbean Adriatic Aegean'.split(' '),
    crossing: 'crossed cross crosses crossing across sailed rowed swam flew over'.split(' '),
  },
  reason:
    'A sea is crossed, sailed or flown over; a magazine is not. "He crossed The Atlantic" writes the sea with a capital "The", which the model takes for the magazine\'s name ("The Atlantic", a publication) or leaves out. After one of these crossing words, "The" and one of these seas is the sea, a place, without the article (the training data writes "the Atlantic" as a place). "Wrote in The Atlantic" and "told The Atlantic" stay the magazine.',
  examples: [
    {
      text: 'He crossed The Atlantic in a small boat in 1998.',
      expect: 'place:Atlantic',
    },
  ],
};

export const RACING_CIRCUIT_ROW: RuleRow = {
  id: 'none.racing-circuit',
  value: ['race', 'races', 'lap', 'laps', 'track', 'layout', 'podium'],
  reason:
    'A circuit followed by "race", "lap" or "track" is a racing circuit, not one of the US appeals circuits organisation.appeals-circuit names ("the First Circuit race", "a Circuit lap"). A name ending in "Circuit", right before one of these lowercase words, is no organisation; the appeals court ("the First Circuit ruled", "the Ninth Circuit record on appeals") stays.',
  examples: [
    {
      text: 'She won the First Circuit race at Monza on Sunday.',
      expect: 'place:Monza',
    },
  ],
};

export const CLUB_ACTION_ROW: RuleRow = {
  id: 'sport.town-club-action',
  value:
    `climbed climbs slipped slips shared shares hired hires traded trades signed signs sacked sacks appointed appoints`.split(
      ' ',
    ),
  reason:
    'A club, not a town, climbs the table, shares the points, hires a coach, trades or signs a player ("Portsmouth climbed out of the bottom three", "Swansea and Cardiff shared a goalless derby", "Seattle traded defenceman Vince Dunn"). sport.place-team reads the verbs of a result (beat, drew, host); these are the verbs of a club\'s season. In a sports report that names no election, a town the map knows (not a country: "Qatar signed a deal" is the state) right before one of these verbs, or before "and" another such town and the verb, read by the model as the place or left out, and not after a locative preposition ("fans in Leeds shared"), is the club, an organisation; a move (signed, hired, shared …) only with a club\'s object after it (guard.club-deal-object: "Munich appointed a new mayor" is the city). A move whose object is "its" or "their" own (new, head, interim) coach, manager or boss makes the subject a club in any text, sports report or not, and then so does one unread capitalised word opening the sentence that is no word of the language (unless the map knows it as a town: "Reading sacked their manager", ents46b), no given name and no country ("Kilmarnock sacked its manager", "Feyenoord sacked its coach"; ents45b). A manager or boss does so in any text only when sacked, fired, dismissed or axed: a town hires or appoints a manager too ("Springfield appointed its new manager", a sports report only; mendN55).',
  examples: [
    {
      text: 'The striker scored twice in the first half on Saturday. Portsmouth climbed out of the bottom three with a 1-0 win. The goalkeeper saved a penalty late in the match.',
      expect: 'organization:Portsmouth',
    },
  ],
};

/** Every row of this file, for the tests that run their examples. */
export const BLIND_NEWS_ROWS_6: readonly RuleRow<unknown>[] = [
  SURNAME_REPEAT_ROW,
  ACRONYM_DEFINITION_ROW,
  KIND_NOUN_ROW,
  SPORT_BODY_ROW,
  TITLE_HEAD_ROW,
  CAMPAIGN_GROUP_ROW,
  CLUB_SUFFIX_ROW,
  COURT_LEVEL_ROW,
  AGENCY_SPEAKER_ROW,
  OCEAN_CROSSING_ROW,
  RACING_CIRCUIT_ROW,
  CLUB_ACTION_ROW,
];
