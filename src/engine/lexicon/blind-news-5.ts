/**
 * Rows from the blind entity batches 14 and 15 and the leftovers of batch 13 (1 Dec 2026, helper
 * ents12a; the batches are in detect/news-entities-14.cases.ts). Kept in their own file so they
 * merge cleanly with rows added in parallel; the rules that apply them are in
 * detect/blind-rules-5.ts, called last by applyNameRules.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

export const BLIND_NEWS_ROWS_5: readonly RuleRow[] = [
  {
    id: 'place.subnational-state',
    value: [
      ...`Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Wisconsin Wyoming`.split(
        ' ',
      ),
      ...[
        'New Hampshire',
        'New Jersey',
        'New Mexico',
        'North Carolina',
        'South Carolina',
        'North Dakota',
        'South Dakota',
        'Rhode Island',
        'West Virginia',
      ],
      ...'Quebec Ontario Alberta Manitoba Saskatchewan Queensland Tasmania'.split(' '),
      ...['British Columbia', 'Nova Scotia', 'New Brunswick', 'New South Wales', 'Western Australia'],
    ],
    reason:
      'US states, Canadian provinces and Australian states are places, also as actors and before a noun ("Under Pennsylvania law", "Arizona\'s 6th District", "the Quebec government said"), as the training data writes them (Texas 22 times, Virginia 12, all places). Election copy names them again and again as a seat\'s owner or a law\'s maker, and the model, reading that actor context, makes them organisations; document consistency then spreads the error to every mention. A name that is exactly one of these, read as an organisation by the model (no other row decided it), is a place, except in a sports report, where "Arizona beat Utah" names a college side. Washington (a person\'s name and the capital acting as the government), Georgia (a country too) and Virginia (a first name) are left out: the model reads them by context.',
    examples: [
      {
        text: "Ryan Mackenzie led in the race for Pennsylvania's 7th Congressional District. Under Pennsylvania law, a recount is automatic.",
        expect: 'person:Ryan Mackenzie | place:Pennsylvania | place:Pennsylvania',
      },
      {
        text: 'Quebec said the order would keep 700 jobs in the Bas-Saint-Laurent region.',
        expect: 'place:Quebec | place:Bas-Saint-Laurent',
      },
    ],
  },
  {
    id: 'politics.election-words',
    value:
      'election elections ballot ballots voters vote votes polls poll primary runoff recount campaign candidate candidates precinct precincts turnout caucus'.split(
        ' ',
      ),
    reason:
      'Election copy reads like a sports report to a count of sport words: a race is won, a rival beaten, a candidate leads. Rows that hold back in a sports report ("Arizona beat Utah" names a college side) must not hold back in election news, where a state beaten is still a state. An article with one of these words is election news for place.subnational-state, whatever its count of sport words.',
    examples: [
      {
        text: "Ryan Mackenzie beat Susan Wild in the race for Pennsylvania's 7th District, winning the recount by 1,800 votes. Pennsylvania law then required a second count. Wild won in Easton.",
        expect:
          'person:Ryan Mackenzie | person:Susan Wild | place:Pennsylvania | place:Pennsylvania | person:Wild | place:Easton',
      },
    ],
  },
  {
    id: 'none.ordinal-district',
    value: ['congressional', 'legislative', 'assembly', 'senate', 'house', 'district', 'ward', 'precinct'],
    reason:
      'A House or legislative district is numbered, not named: "Pennsylvania\'s 7th Congressional District", "the 12th District", "the 3rd Ward". The words after the ordinal are capitalised by custom, and the model reads "Congressional District" as a place or an organisation, which neither the training data nor the blind gold writes (the state before it is the place). A name made only of these words, right after an ordinal number ("7th", "21st"), is no name. A district with a name of its own ("the Financial District", "Fulton County School District") keeps it.',
    examples: [
      {
        text: "Susan Wild ran in Pennsylvania's 7th Congressional District and in the 3rd Ward of Allentown.",
        expect: 'person:Susan Wild | place:Pennsylvania | place:Allentown',
      },
    ],
  },
  {
    id: 'none.chamber-party-members',
    value: ['House', 'Senate', 'Assembly'].flatMap((c) =>
      ['Republicans', 'Democrats', 'Conservatives', 'Liberals', 'Tories'].map((m) => `${c} ${m}`),
    ),
    reason:
      'The members of one party in one chamber ("House Republicans", "Senate Democrats") are people, a group described, not a named organisation: the training data leaves "Senate Democrats" and "Senate Republicans" unmarked, and so does the blind gold. The model reads the capitalised pair as an organisation with high confidence. A name that is exactly a chamber word (House, Senate, Assembly) and a party members\' plural is no name; the party itself ("the Republican Party") and the chamber ("the House") stay.',
    examples: [
      {
        text: 'A group aligned with House Republicans spent $9 million, the Senate said.',
        expect: 'organization:Senate',
      },
    ],
  },
  {
    id: 'organisation.ticker',
    value: ['^[A-Z0-9]{1,7}\\.[A-Z]{1,3}$'],
    reason:
      'Wire copy follows a listed company\'s first mention with its ticker in brackets, an exchange code after a dot: "Petrobras (PETR4.SA)", "Lockheed Martin (LMT.N)", "BYD (002594.SZ)". Whatever the name looks like (a common word such as "Vale", a founder\'s name), the capitalised words right before such a bracket name a company, an organisation. The ticker itself is a code, not a name. Only a bracket that holds the code alone; "(Reuters)" and "(PCB)" have no dot. A sentence\'s first word is the firm\'s when the model read it into one name with the rest ("Southern Copper (SCCO.N)") or it is a nationality ("Canadian National Railway (CNR.TO)"), and a common word the model did not read into the name is left out (ents36a, blind batches 74 and 75). An ampersand between capitalised words joins them into the firm\'s name ("Harlan & Co (HRL.N)", "Rowan Hale & Co"; ents39a): the run read back from the bracket goes on over it.',
    examples: [
      {
        text: 'Southern Copper (SCCO.N) said output rose. Canadian National Railway (CNR.TO) gained 3%.',
        expect: 'organization:Southern Copper | organization:Canadian National Railway',
      },
      {
        text: 'Shares of miner Vale (VALE3.SA) fell 0.8% while Petrobras (PETR4.SA) rose.',
        expect: 'organization:Vale | organization:Petrobras',
      },
      {
        text: 'Seed maker Harlan & Co (HRL.N) said on Monday that sales fell.',
        expect: 'organization:Harlan & Co',
      },
    ],
  },
  {
    id: 'organisation.platform-on',
    value: [
      'Telegram',
      'Facebook',
      'Instagram',
      'TikTok',
      'YouTube',
      'WhatsApp',
      'LinkedIn',
      'Weibo',
      'WeChat',
      'Twitter',
      'VKontakte',
      'Bluesky',
      'Reddit',
      'Snapchat',
    ],
    reason:
      'Officials speak "on Telegram", "on Facebook", "on Instagram": the platform is run by a company and the training data writes YouTube, Twitter and Instagram as organisations. After "on" or "via", where the model sees a preposition\'s object and no name it knows, it leaves them out. Capitalised right after "on" or "via" and not followed by another capitalised word ("on Facebook Live" is a product), the name is an organisation.',
    examples: [
      {
        text: 'Commander Oleksandr Syrskyi said on Telegram that the missile had flown 500 km.',
        expect: 'person:Oleksandr Syrskyi | organization:Telegram',
      },
    ],
  },
  {
    id: 'place.works-tail',
    value: ['Dam', 'Reservoir', 'Barrage', 'Township', 'Aqueduct', 'Weir', 'Levee'],
    reason:
      'Dams, reservoirs and townships are places named with a head word after them ("the Alau Dam", "Three Gorges Dam", "Lower Macungie Township"), like the river or lake tails the engine already knows, but these head words are missing from its place tails, so the model leaves the name out or cuts it. One to three capitalised words and then one of these words, capitalised and not followed by another capitalised word, are a place; a run after a particle ("van Dam") or holding a person the article names is left alone.',
    examples: [
      {
        text: 'The Alau Dam near Maiduguri collapsed after days of rain.',
        expect: 'place:Alau Dam | place:Maiduguri',
      },
    ],
  },
  {
    id: 'organisation.group-apposition',
    value: [
      'political action committee',
      'super PAC',
      'PAC',
      'think tank',
      'lobby group',
      'advocacy group',
      'pressure group',
      'campaign group',
      'trade group',
      'trade association',
      'nonprofit group',
      'charity',
    ],
    reason:
      'Election and policy copy introduces a group by its kind right after its name: "Virginia Forward, a political action committee funded by labor unions", "Protect Progress, a super PAC", "Priorities USA, a Democratic super PAC" (one modifier may stand before the kind; the kind\'s own "PAC" names no group, and capitalised words the model left out just before the name are part of it). The name is usually made of ordinary words, a state\'s name among them, and the model reads it as a place or a person. A name followed by a comma, "a" or "an" and one of these kinds (then no other noun: "a charity worker" is a person) is an organisation. A name right after a preposition ("In Texas, a super PAC backed by …" opens a sentence with a place) or that is a known place as written is left alone.',
    examples: [
      {
        text: 'Virginia Forward, a political action committee funded by labor unions, ran ads.',
        expect: 'organization:Virginia Forward',
      },
      // The lead (stop 48): one modifier before the kind, a word the model left out before the
      // name, and the kind's own "PAC" named no group.
      {
        text: 'Priorities USA, a Democratic super PAC, said it would spend $9 million.',
        expect: 'organization:Priorities USA',
      },
      { text: 'In Ohio, a conservative think tank said the plan would fail.', expect: 'place:Ohio' },
    ],
  },
  {
    id: 'place.titled-county',
    value: ['Prince', 'Princess', 'King', 'Queen', 'Duke', 'Lord', 'Lady'],
    reason:
      'Counties and islands named after royals keep the title in the name: "Prince William County", "King County", "Queen Anne\'s County", "Prince Edward Island". The title rows take "Prince" off as a person\'s title, and what is left ("William County") becomes a person. A name ending in County, Parish, Borough or Island right after one of these words, capitalised, is a place that starts with the title.',
    examples: [
      {
        text: 'Long lines were reported in Prince William County and in King County.',
        expect: 'place:Prince William County | place:King County',
      },
    ],
  },
  {
    id: 'none.demonym-before-noun',
    value: ['in', 'to', 'from', 'at', 'into', 'across', 'near', 'for', 'of', 'with', 'by', 'throughout', 'inside'],
    reason:
      'A demonym that is also a short form of a country ("Saudi") describes the noun after it ("a senior Saudi official", "two Saudi firms"), a nationality, which is not a place. One word that the gazetteer knows as a demonym, right after a lowercase word that is not one of these prepositions and right before a lowercase word, is no name; after a preposition ("in Saudi") it may name the country and is left to the model.',
    examples: [
      {
        text: 'A senior Saudi official said the kingdom wanted jets.',
        expect: '',
      },
    ],
  },
];

export const SEAT_ROLE_ROW: ListsRow<'seats' | 'roles'> = {
  id: 'organisation.seat-role',
  value: {
    seats: ['Kremlin', 'White House', 'Pentagon', 'Élysée', 'Elysee', 'Downing Street', 'Zhongnanhai'],
    roles: [
      ...'spokesman spokeswoman spokesperson aide aides adviser advisers official officials source sources'.split(' '),
      ...'press chief lawyer lawyers economist economists counsel staff insiders'.split(' '),
    ],
  },
  reason:
    'A seat of power standing for its government ("Kremlin spokesman Dmitry Peskov", "a White House official", "Pentagon spokesman") is the government, an organisation (the gold accepts a place too). Before a lowercase role noun (spokesman, spokeswoman, spokesperson, aide, official, officials, adviser, press secretary, chief of staff, sources) the model, reading the word as part of a title, leaves it out. Written capitalised, right before one of those nouns, it is an organisation.',
  examples: [
    {
      text: 'Kremlin spokesman Dmitry Peskov said the strike showed Kyiv did not want peace.',
      expect: 'organization:Kremlin | person:Dmitry Peskov | place:Kyiv',
    },
  ],
};

export const COMPANY_ROLE_ROW: ListsRow<'owners' | 'roles'> = {
  id: 'person.company-role-apposition',
  value: {
    owners: 'company firm group bank club party carmaker chain airline team network agency business'.split(' '),
    roles:
      'founder co-founder chairman chairwoman chief president owner director spokesman spokeswoman heir boss'.split(
        ' ',
      ),
  },
  reason:
    'A name followed by ", the company\'s founder", ", the group\'s chairman" or ", its founder and chairman" is the person who holds that role: an organisation is never its own founder or chairman. The model reads a Chinese or other unfamiliar name next to a company\'s as an organisation ("Wang Chuanfu, the company\'s founder"). A name right before a comma and "the company\'s", "the firm\'s", "the group\'s", "the bank\'s", "the club\'s", "the party\'s", "its" and one of these role nouns is a person; not an opening time or place ("On Sunday, the agency\'s director resigned", "In Paris, the group\'s chief": a day, a month or a function word in the words, or a function word opening the sentence before them; ents43b).',
  examples: [
    {
      text: "Wang Chuanfu, the company's founder and chairman, did not attend.",
      expect: 'person:Wang Chuanfu',
    },
  ],
};

/** Every row of this file, for the tests that run their examples. */
export const BLIND_NEWS_ROWS_5_ALL: readonly RuleRow<unknown>[] = [
  ...BLIND_NEWS_ROWS_5,
  SEAT_ROLE_ROW,
  COMPANY_ROLE_ROW,
];
