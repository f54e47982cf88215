/**
 * Rows from the blind entity batches 95 and 96 (6 Dec 2026, helper ents43a; the batches are in
 * detect/news-entities-95.cases.ts). Batch 97 was written with them and is never fixed against (its
 * errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-32.ts, called by applyNameRules
 * after the rows of batches 92 and 93. Example texts are written for the rows, not taken from a
 * batch: each row has sentences it must decide and sentences it must leave alone.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const CLUB_TAIL_ROW: RuleRow<{
  tails: readonly string[];
  surerTails: readonly string[];
  locatives: readonly string[];
}> = {
  id: 'sport.club-tail-unread',
  value: {
    // Last words of clubs named after their town that no person or place ends in.
    tails: words('rovers wanderers athletic albion rangers argyle thistle academical hearts hotspur'),
    // Tails of clubs abroad that no person's or place's name ends in, read over the model's person or
    // place of any confidence ("Boca Juniors", "River Plate", "Young Boys"; ents62b).
    surerTails: words('juniors plate boys'),
    // Prepositions that make a bare town the town, not its club ("fans in Raith").
    locatives: words('in at from near into across outside around inside through'),
  },
  reason:
    'Clubs below the top flight are named after their town with a word of their own: "Raith Rovers", "Kelty Hearts", "Partick Thistle", "Hamilton Academical". sport.club-suffix reads such a pair only when the model took it for a place; an unfamiliar town makes the model read a person ("Raith Rovers" person 0.79) or nothing. In a sports report that names no election, one or two capitalised words and one of these words after them on the line, that nothing or only the model read (a person or a place below 0.9), are the club (an article before them never is: "The Rangers manager" gives "Rangers"); three tails of clubs abroad that no person or place ends in ("Juniors", "Plate", "Boys": "Boca Juniors", "River Plate", "Young Boys") take the name over a person or a place the model is sure of ("River Plate" a person of 0.95 in a football report) and over a town another sport row read alone ("River"); a one-word town so named is the club again where it stands alone and the model alone read it (below 0.9), unless a preposition of place comes before it ("fans in Raith").',
  examples: [
    {
      text: 'Forfar Athletic drew 2-2 with Ayr United on Tuesday. The striker scored twice in the first half, and the keeper saved a penalty.',
      expect: 'organization:Forfar Athletic | organization:Ayr United',
    },
    {
      text: 'Rangers beat Hibernian 2-0. The Rangers manager praised his side. The striker scored twice in the second half.',
      expect: 'organization:Rangers | organization:Hibernian | organization:Rangers',
    },
  ],
};

export const LEAGUE_NUMBER_ROW: RuleRow<{ numbers: readonly string[] }> = {
  id: 'organisation.league-number',
  // The words after "League" that number a division ("League One", "League 2").
  value: { numbers: words('One Two Three 1 2 3') },
  reason:
    'Divisions below the top one are named "League One", "League Two" (England, Scotland) or "League 2": the model reads the pair as a place or leaves it unread. In a sports report that names no election, a capitalised "League" followed by one of these numbers and no further capitalised word, that nothing or only the model read, is an organisation. A capitalised word before "League" on the line (other than a word of the language opening the sentence, "In League One") names another league, and a dash touching the number makes it a score: "their Champions League 3-0 win" holds no division.',
  examples: [
    {
      text: 'In League Two, Walsall beat Crewe 2-1 at Bescot Stadium. Morecambe drew 0-0 with Grimsby Town.',
      expect:
        'organization:League Two | organization:Walsall | organization:Crewe | place:Bescot Stadium | organization:Morecambe | organization:Grimsby Town',
    },
  ],
};

export const BODY_FIELDS_LIST_ROW: RuleRow<{
  heads: readonly string[];
  preps: readonly string[];
  bodies: readonly string[];
  people: readonly string[];
  fields: readonly string[];
}> = {
  id: 'organisation.body-fields-list',
  value: {
    // "society", "institute", "federation", "association" and "council" (ents64a): "the National
    // Society of Mining, Petroleum and Energy".
    heads: words(
      'committee subcommittee commission department ministry society institute federation association council',
    ),
    // Words that join the head to its fields ("Committee on …", "Department of …").
    preps: words('on of for'),
    // Bodies of their own that no field after "and" is (with organisation.acronym-body's heads).
    bodies: words('senate house congress parliament assembly court amnesty cabinet'),
    // Plurals of people after the last field that make it another body's ("Senate leaders").
    people: words('leaders members officials delegates lawmakers senators ministers staff'),
    // Fields of government and trade that the common words lack: "Mining, Petroleum and Energy",
    // "Food and Rural Affairs" (ents64a), "Advisory, Conciliation and Arbitration", "Health, Safety
    // and Environment" (lead, stop 65; organisation.field-list-body reads them too). A field's first
    // word may also be an adjective in -al.
    fields: words(`affairs petroleum fisheries forestry tourism heritage sport media mines commerce fuels
      health advisory environment employment veterinary agriculture culture welfare science innovation
      technology pensions`),
  },
  reason:
    'Committees and departments are named for several fields: "the Senate Committee on Energy and Environment", "the Michigan Department of Environment, Great Lakes, and Energy". The model reads the name up to the first field and leaves the rest to a name of its own or to nothing, so one body becomes two. An organisation holding a committee, commission, department or ministry head followed by "on", "of" or "for" and capitalised words, right before "and" and one to three capitalised words, or before a comma, capitalised words, an optional comma and "and" and capitalised words, all words of the language or field nouns, with no capital running on and nothing but the model reading the added words, is one organisation (organisation.ministry-fields-and reads "Ministry of X and Y" when the head opens the name). A firm in the list is its own name ("the Department of Energy, Exxon and Chevron"); so is a body after "and" (a head of organisation.acronym-body or one of these bodies: "the Commission on Human Rights and Amnesty") or a field followed by people ("the Committee on Finance and Senate leaders"). A second "and" and a capital after the last field open a body of its own ("the Department of Homeland Security and Immigration and Customs Enforcement": two bodies). Widened by ents64a (batches 128–129): societies, institutes, federations, associations and councils are named for fields the same way ("[National Society of Mining], [Petroleum and Energy]" was two bodies), and a field another rule read as a body is no body of its own once the list joins it ("The UK\'s [Department for Environment], Food and [Rural Affairs]", where a plural-head row had read "Rural Affairs").',
  examples: [
    {
      text: 'The plan was sent back by the House Committee on Transport and Housing on Monday.',
      expect: 'organization:House Committee on Transport and Housing',
    },
    {
      text: 'The National Society of Mining, Petroleum and Energy said exports had fallen.',
      expect: 'organization:National Society of Mining, Petroleum and Energy',
    },
    {
      text: 'The Institute of Physics, Shell and BP signed the letter.',
      expect: 'organization:Institute of Physics | organization:Shell | organization:BP',
    },
    {
      text: 'The Department of Energy, Exxon and Chevron met on Monday.',
      expect: 'organization:Department of Energy | organization:Exxon | organization:Chevron',
    },
  ],
};

export const PARTY_AND_NAME_ROW: RuleRow<{ nouns: readonly string[] }> = {
  id: 'organisation.party-and-name',
  // Abstract nouns of party names that the common words lack; any common word counts too.
  value: {
    nouns: words(`law justice freedom solidarity peace development progress unity democracy liberty renewal
      hope dignity prosperity order reform sovereignty independence equality harmony`),
  },
  reason:
    'Parties are often named by two abstract nouns: "Law and Justice", "Freedom and Solidarity", "Peace and Development". The model reads the first noun as a name and stops at "and", or reads nothing. One or two capitalised words of the language (common words, or these nouns), "and", one or two more, right after a lowercase "party" ("opposition party Law and Justice") or right before it ("the Law and Justice party", where every word must be one of these nouns: "a Wine and Cheese party", "the Labour and Green party branches" are no name), with no capital running on, that nothing or only the model read, are one organisation; a short name in brackets right after it ("(PiS)"), one word opening with a capital and holding another, is the organisation too. People, places and other parties are no words of the language ("party Smith and Jones", "the party Vox and Junts"); an article opening the sentence is left out ("The Peace and Development party").',
  examples: [
    {
      text: 'Opposition party Freedom and Renewal (FaR) said the budget had failed the towns.',
      expect: 'organization:Freedom and Renewal | organization:FaR',
    },
  ],
};

export const DEMONYM_PAIR_ROW: RuleRow = {
  id: 'none.two-word-demonym',
  value: [],
  reason:
    'A people of a country named by two words is written with two capitals: "Costa Rican", "Sierra Leonean", "Puerto Rican", "El Salvadoran". The model reads the pair as a person ("former Costa Rican foreign minister" person 0.70). A name of exactly two capitalised words that the model alone read, whose second word ends in "an", and which with that ending taken off (or "-an" turned to "-o") is a place the map knows ("Costa Rica", "Puerto Rico", "Sierra Leone"), is no name.',
  examples: [
    {
      text: 'The visit was planned by the Puerto Rican singer Ana Velez.',
      expect: 'person:Ana Velez',
    },
  ],
};

export const UNION_LOCAL_ROW: RuleRow<{ words: readonly string[]; heads: readonly string[] }> = {
  id: 'organisation.union-local',
  value: {
    // "Lodge": ents44a, blind batch 99 ("Fraternal Order of Police Lodge 5").
    words: ['Local', 'Lodge'],
    // Last words of a union that nothing read before its "Local" (ents44a, batch 99).
    heads: words('union workers employees teamsters brotherhood federation'),
  },
  reason:
    'American unions are organised in numbered locals named after the union: "the International Brotherhood of Electrical Workers Local 58", "Amalgamated Transit Union Local 1181". The model reads the union and leaves "Local 58" out of it. An organisation followed right away by a capitalised "Local" and a number is one organisation with them. Widened from batch 99 (ents44a): police unions are organised in numbered lodges the same way ("Fraternal Order of Police Lodge 5"), and a sentence that opens with the union leaves its first word unread ("Fraternal") or the whole union unread ("Transport Workers Union Local 234, which …"): one unread capitalised word right before the organisation joins it, and where nothing is read (or only the model, as a person or place below 0.9: "Teamsters Local" a person 0.49), one to five capitalised words on the line ending in a union\'s head word (Union, Workers, Employees, Teamsters, Brotherhood, Federation; an article before them left out) before "Local" or "Lodge" and a number are the organisation. So is a union\'s short form of two to six capitals alone before them ("ATU Local 113" was a person of 0.88, "UAW Local 600" unread; lead, stop 60).',
  examples: [
    {
      text: 'The United Steelworkers Union Local 402 said the workers would vote.',
      expect: 'organization:United Steelworkers Union Local 402',
    },
    {
      text: 'Hotel Workers Union Local 11, which represents 30,000 cooks, said it would strike.',
      expect: 'organization:Hotel Workers Union Local 11',
    },
    {
      text: 'Marvin Alfred, president of ATU Local 113, said members would vote on the deal.',
      expect: 'person:Marvin Alfred | organization:ATU Local 113',
    },
  ],
};

export const PLACE_GOES_TOP_ROW: RuleRow<{ verbs: readonly string[]; places: readonly string[] }> = {
  id: 'sport.place-goes-top',
  value: {
    // Verbs of moving in a table, and the words of a position right after them.
    verbs: words('go goes went stay stays stayed climb climbs climbed move moves moved drop drops dropped'),
    places: words('top bottom clear'),
  },
  reason:
    'A results round-up says which club "went top" or "stay bottom": "Falkirk went top of the Scottish Championship", "Football: Falkirk go top". A town that does so is its club, but the model, which knows the town, reads a place or, in a headline, nothing. In a sports report that names no election, one or two capitalised words right before one of these verbs followed by "top", "bottom" or "clear", that the model read as a place below 0.9, or that nothing read but the map knows as a place or the text reads as an organisation elsewhere ("Verstappen went top" is left), the first no given name, are an organisation. A person the model read is left alone: golfers and riders go top of a leaderboard too.',
  examples: [
    {
      text: 'Montrose went top of the table on Tuesday with a 3-1 win over Ayr United. Striker Owen Carr scored twice in the first half.',
      expect: 'organization:Montrose | organization:Ayr United | person:Owen Carr',
    },
  ],
};

export const BLIND_NEWS_ROWS_32: readonly RuleRow<unknown>[] = [
  CLUB_TAIL_ROW,
  LEAGUE_NUMBER_ROW,
  BODY_FIELDS_LIST_ROW,
  PARTY_AND_NAME_ROW,
  DEMONYM_PAIR_ROW,
  UNION_LOCAL_ROW,
  PLACE_GOES_TOP_ROW,
];
