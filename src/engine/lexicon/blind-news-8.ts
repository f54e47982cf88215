/**
 * Rows from the blind entity batches 22-24 (2 Dec 2026, helper ents16a; the batches are in
 * detect/news-entities-20.cases.ts and detect/news-entities-23.cases.ts). Batch 25 was written with
 * 23 and 24 and is never fixed against. Kept in their own file so they merge cleanly with rows
 * added in parallel; the rules that apply them are in detect/blind-rules-8.ts, called by
 * applyNameRules after every other rule but the review rows.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

export const TICKER_FIRM_THROUGHOUT_ROW: ListsRow<'listedBy' | 'founderBefore'> = {
  id: 'organisation.ticker-firm-throughout',
  value: {
    listedBy: ['organisation.ticker', 'organisation.ticker-name-repeat', 'business.stock-move'],
    founderBefore: [
      'after',
      'by',
      'founder',
      'designer',
      'late',
      'grandson',
      'granddaughter',
      'son',
      'daughter',
      'widow',
      'heir',
    ],
  },
  reason:
    'A firm of two words or more that the article shows to be listed (its ticker in brackets, its shares moving: the rows named here) is the same firm in its other mentions, where the model reads the words as a person ("Jeronimo Martins", named after its founder) or a place ("Hanwha Ocean"): the headline and later mentions carry no ticker. Every mention of exactly those words is the organisation, except where the words name the founder: after "named after", "founded by" or "by", or before ", a"/", an" and a lowercase word ("Jeronimo Martins, a Galician who opened a grocery"), or before ", who" ("Louis Vuitton, who made trunks": a firm is "which"), or after a lowercase word naming a person ("the designer Louis Vuitton", "founder", "late").',
  examples: [
    {
      text: 'Hanwha Ocean wins order\n\nSEOUL, Oct 14 (Reuters) - Hanwha Ocean (042660.KS) said on Tuesday it had won an order. The ships will be delivered from 2028, Hanwha Ocean said.',
      expect:
        'organization:Hanwha Ocean | place:SEOUL | organization:Reuters | organization:Hanwha Ocean | organization:Hanwha Ocean',
    },
  ],
};

export const TRADE_TAIL_ROW: ListsRow<'trades' | 'countries'> = {
  id: 'organisation.trade-tail',
  value: {
    trades: ['Maritime', 'Shipping', 'Shipyard', 'Shipbuilding', 'Tankers', 'Shipmanagement'],
    countries: ['Polska', 'Deutschland', 'España', 'Italia', 'Nederland', 'Österreich', 'Schweiz', 'Suisse', 'Sverige'],
  },
  reason:
    'Shipping firms end in a word of their trade ("Marangopoulos Maritime", "Aegean Crest Shipping", "Philly Shipyard"), and a group\'s national arm ends in the country\'s own name for itself ("Carrefour Polska", "Telekom Deutschland", "Vodafone España"); no person\'s or place\'s name ends in these. The model reads the unfamiliar first word as a person or a place. A name of two or three capitalised words ending in one of these words, read as a person or a place, is an organisation, unless the map knows the whole name as a place ("Rzeczpospolita Polska" is the state).',
  examples: [
    {
      text: 'The order came from Marangopoulos Maritime, a Greek shipowner. Retailers such as Carrefour Polska appealed.',
      expect: 'organization:Marangopoulos Maritime | organization:Carrefour Polska',
    },
  ],
};

export const GAELIC_PARTICLE_ROW: ListsRow<'always' | 'afterGivenName'> = {
  id: 'person.gaelic-particle',
  value: { always: ['Ó', 'Ní', 'Nic', 'Uí', 'Mhic'], afterGivenName: ['Mac'] },
  reason:
    'Irish surnames written in Irish keep their particle apart ("Niamh Ó Briain", "Dermot Mac Cárthaigh", "Áine Ní Bhriain"), and the model, not having seen a capitalised one-letter or short word inside a name, reads the name as a place or an organisation. A name whose particle stands between a capitalised word and another is a person, and so is the surname alone later ("Mac Cárthaigh said"). "Ó", "Ní", "Nic", "Uí" and "Mhic" are nothing else; "Mac" is also the computer ("Apple Mac Pro", "Mac Studio"), so it counts only between a given name and a word that is no common English word, where the given name is a first name the list knows or one of the two names has an Irish accented vowel ("Dermot Mac Cárthaigh"; not "Apple Mac Studio"), and alone only once the full name was read.',
  examples: [
    {
      text: 'It was taken from the home of the collector Dermot Mac Cárthaigh near Enniskerry. Mac Cárthaigh, who is 88, said he cried.',
      expect: 'person:Dermot Mac Cárthaigh | place:Enniskerry | person:Mac Cárthaigh',
    },
  ],
};

export const PORTFOLIO_OFF_ROW: RuleRow = {
  id: 'person.portfolio-off',
  value:
    'agriculture arts children communications culture defence defense education energy enterprise environment finance foreign affairs health heritage housing justice media rural social sport tourism trade transport employment equality infrastructure interior labour labor business industry mines mining climate innovation science water irrigation sanitation development planning mineral minerals resources natural petroleum fisheries forestry livestock food lands local government public works urban regional economic investment digital technology youth women family welfare veterans'.split(
      ' ',
    ),
  reason:
    'Irish, British and Commonwealth ministers are styled "Minister for Culture Seán Ó Laoire", "Minister of Health Ana Ruiz": the portfolio sits between the title and the name, capitalised, and the model runs the name over it ("Culture Seán Ó Laoire"). A person\'s name right after "Minister for/of" (or "Secretary for/of") that opens with portfolio words is the person from the first word that is not one ("and" joins two portfolios). Portfolios listed before the name the model read ("Minister for Energy, Business and [Industry Ebba Lind]", commas and "and" between them) count as the title\'s too (ents34a, blind batch 72). The portfolios are the fields ministries are named for, a closed set widened with water, irrigation, development, planning, mineral resources, petroleum, fisheries, local government, public works and the like ("Minister of Water and Irrigation Raed Haddadin" was a body; ents59b); a body the model alone read over the portfolio and the name is cut the same way when the rest is two words or more, none a common word.',
  examples: [
    {
      text: 'Minister for Culture Seán Ó Laoire thanked the police.',
      expect: 'person:Seán Ó Laoire',
    },
    {
      text: 'Minister of Water and Irrigation Raed Haddadin said the dams were a third full.',
      expect: 'person:Raed Haddadin',
    },
  ],
};

export const PEOPLE_ADJECTIVE_ROW: ListsRow<'endings' | 'staffAfter'> = {
  id: 'none.people-adjective',
  value: {
    endings: ['aean', 'ean', 'ian', 'ese'],
    staffAfter: [
      'journalist',
      'journalists',
      'reporter',
      'reporters',
      'staff',
      'editor',
      'editors',
      'employees',
      'workers',
      'shareholders',
      'investors',
      'executives',
      'readers',
      'subscribers',
      'customers',
    ],
  },
  reason:
    'An adjective for a people, an ancient kingdom or a faith ("a Nabataean tomb", "the Nabataean king", "Sumerian tablets", "Byzantine" aside) is no name, but one the demonym list does not hold looks to the model like a one-word organisation or place. A word ending like a demonym (-aean, -ean, -ian, -ese), read as an organisation or a place at least twice, that the map does not know, with a lowercase word after every one of its mentions that is no function word or verb of speech (a noun, as an adjective takes) and no locative preposition before it ("at Tabennese for years" is a place), and at least one mention not after "the", is no name: names of bodies ending so take a verb or a capital after them ("the Guardian reported", "the Caspian Sea"), or the words for their staff, owners or readers ("Guardian journalists", "Meridian shareholders"), which a people\'s adjective does not take.',
  examples: [
    {
      text: 'Archaeologists found an intact Nabataean tomb near Petra. It holds coins of a Nabataean king.',
      expect: 'place:Petra',
    },
  ],
};

export const SPORT_DESTINATION_ROW: ListsRow<'travel' | 'clubWords'> = {
  id: 'sport.destination-place',
  value: {
    travel: [
      'travel',
      'travels',
      'travelled',
      'traveled',
      'travelling',
      'traveling',
      'fly',
      'flies',
      'flew',
      'head',
      'heads',
    ],
    clubWords: ['club', 'side', 'team', 'franchise', 'outfit'],
  },
  reason:
    'A club travels to a country or city to play someone there ("Braga travel to Turkey to play Fenerbahçe"): the place it travels to, with the opponent named after "to play"/"to face", is the place, not a side, though sport.place-team reads "travel to X" as a fixture. And "the Lisbon club", "the Melbourne side" name a club by its town: the town is a place. Both keep their type whatever the town\'s other mentions say.',
  examples: [
    {
      text: 'Benfica won 3–0 on Saturday. The striker scored twice for the Lisbon club. Braga travel to Turkey to play Fenerbahçe in the Europa League.',
      expect:
        'organization:Benfica | place:Lisbon | organization:Braga | place:Turkey | organization:Fenerbahçe | organization:Europa League',
    },
  ],
};

export const TOWN_ROLE_CLUB_ROW: ListsRow<'roles' | 'civicAfter' | 'rolePrefixes'> = {
  id: 'sport.town-role-club',
  value: {
    roles:
      'coach manager goalkeeper keeper striker defender midfielder forward winger captain halfback hooker fullback centre closer starter reliever pitcher shortstop quarterback guard boss skipper'.split(
        ' ',
      ),
    // "Sunderland head coach Régis Le Bris": a word that qualifies the role before it.
    rolePrefixes: ['head', 'assistant', 'interim', 'caretaker'],
    civicAfter:
      'mayor police council councillors lawmakers legislators residents officials authorities airport hospital schools voters prosecutors prosecutor court firefighters city'.split(
        ' ',
      ),
  },
  reason:
    'Sports reports write a player or coach after his club\'s town ("Porto coach Rui Castanheira", "Braga goalkeeper Tiago Meireles", "Melbourne hooker Brandon Smith"); a town has a mayor, not a goalkeeper. In a sports report that names no election, a city the map knows (not a country or region: "England captain" is a national side, left to sport.place-team) read as a place right before one of these words and a capitalised name is the club, an organisation, and so are its other mentions the model alone read as the place, except after a locative preposition ("celebrated in Porto", "travelled from Braga") or "of" ("the mayor of Paris"), before a possessive and a capitalised word ("Porto\'s Avenida dos Aliados"), or before a word of the town\'s own people and offices ("the Porto mayor", "Washington lawmakers", "Boston police"), which are the town\'s, not the club\'s.',
  examples: [
    {
      text: 'Porto beat Braga 2–0 on Saturday. Porto coach Rui Castanheira said his side had played well. Fans celebrated in Porto after the match. Porto host Benfica in two weeks.',
      expect:
        'organization:Porto | organization:Braga | organization:Porto | person:Rui Castanheira | place:Porto | organization:Porto | organization:Benfica',
    },
    // Widened at stop 62 (the lead's reading): a qualified role ("head coach") and "boss".
    {
      text: 'Tottenham Hotspur were knocked out of the cup by Sunderland on Wednesday. Sunderland head coach Régis Le Bris praised his players.',
      expect:
        'organization:Tottenham Hotspur | organization:Sunderland | organization:Sunderland | person:Régis Le Bris',
    },
    {
      text: 'Sunderland beat Leeds 1-0 on Wednesday. Sunderland boss Régis Le Bris praised his players.',
      expect: 'organization:Sunderland | organization:Leeds | organization:Sunderland | person:Régis Le Bris',
    },
  ],
};

export const RESULT_OVER_ROW: RuleRow = {
  id: 'sport.result-over',
  value: ['win', 'wins', 'victory', 'victories', 'defeat', 'defeats', 'loss', 'losses', 'draw'],
  reason:
    'A result is won over or lost against a side ("Chennai had needed a win over Rajasthan", "a 2–0 defeat against Porto"): sport.place-team reads the verbs (beat, drew), not these nouns. In a sports report that names no election, or anywhere with a score right before the noun ("made 31 saves in a 3-1 win over Boston", a one-sentence brief; widened by ents58b), a place the map knows right after one of these nouns and "over" or "against" is the side, an organisation; outside sport "a diplomatic win over China" keeps the country.',
  examples: [
    {
      text: 'Chennai beat Mumbai by six wickets on Sunday. Chennai had needed a win over Rajasthan in Jaipur on the last day of the league. The bowler took three wickets in the match.',
      expect:
        'organization:Chennai | organization:Mumbai | organization:Chennai | organization:Rajasthan | place:Jaipur',
    },
  ],
};

/** Every row of this file, for the tests that run their examples. */
export const BLIND_NEWS_ROWS_8: readonly RuleRow<unknown>[] = [
  TICKER_FIRM_THROUGHOUT_ROW,
  TRADE_TAIL_ROW,
  GAELIC_PARTICLE_ROW,
  PORTFOLIO_OFF_ROW,
  PEOPLE_ADJECTIVE_ROW,
  RESULT_OVER_ROW,
  SPORT_DESTINATION_ROW,
  TOWN_ROLE_CLUB_ROW,
];
