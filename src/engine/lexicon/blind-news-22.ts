/**
 * Rows from the blind entity batches 65 and 66 (4 Dec 2026, helper ents32a; the batches are in
 * detect/news-entities-65.cases.ts). Batch 67 was written with them and is never fixed against (its
 * errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-22.ts, called by applyNameRules
 * after the last rows. Example texts are written for the rows, not taken from a batch: each row has
 * sentences it must decide and sentences it must leave alone.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const PLURAL_POSSESSIVE_BODY_ROW: ListsRow<'heads' | 'venueAfter'> = {
  id: 'organisation.plural-possessive-body',
  value: {
    heads: words(
      'association union federation council league alliance guild congress front party fund society confederation syndicate movement network forum chamber committee coalition cooperative co-operative plan system court',
    ),
    // A court is also a venue: after these words it is the place someone appears at (ents61b).
    venueAfter: words('at outside into'),
  },
  reason:
    'Bodies of a trade or a class of people are named with a plural possessive: "the NHL Players\' Association", "the Farmers\' Union", "the Workers\' Party". The apostrophe stands alone after the plural; when the name opens with an acronym ("NHL", "WNBA") the model ends it there ("NHL Players") and no earlier row joins the rest. A capitalised plural word ending in -s, then the apostrophe, then a capitalised body word (association, union, federation, council, party …) on the same line that no capitalised word follows ("James\' Union Street"), the plural no given name, is one organisation from the start of the name the plural is in (or of the capitalised words before it) to the body word. Words before the plural (a name the model ended there, or capitalised words it left) are joined only when they open with an acronym, a place the map knows or a demonym ("NHL Players", "Kenya Nurses", "Georgian Young Lawyers"), not a band\'s name before a venue ("the Rolling Stones\' Forum show"; review ents33c). The body word may come after one or two more capitalised words ("the Ontario Teachers\' Pension Plan", "Teachers\' Retirement System"; plan and system are body words here), and "of" with a place the map knows ends the name ("the Writers\' Guild of America"; lead, stop 49, on an invented wire). A court is named the same way ("Telford Magistrates\' Court", split at the apostrophe into a body "Telford Magistrates" and a body "Court"; ents61b): with "Court" as the body word the name is one, a place when "at", "outside" or "into" comes right before it (where someone appears), an organisation otherwise.',
  examples: [
    {
      text: "The NHL Players' Association declined to comment on the hit.",
      expect: "organization:NHL Players' Association",
    },
    {
      text: "The players' union declined to comment, and the Farmers' market opened on Sunday.",
      expect: '',
    },
    {
      text: "The stake was sold to the Ontario Teachers' Pension Plan and the Painters' Guild of Canada.",
      expect: "organization:Ontario Teachers' Pension Plan | organization:Painters' Guild of Canada",
    },
    {
      text: "Liam Corder, 24, appeared at Telford Magistrates' Court on Monday.",
      expect: "person:Liam Corder | place:Telford Magistrates' Court",
    },
  ],
};

export const ROUTE_BETWEEN_ROW: ListsRow<'routes' | 'contests' | 'peoples'> = {
  id: 'place.route-between',
  value: {
    // "link" is left out: "a link between Okonjo and Adeleke" is a connection ("a rail link" keeps "rail"). Review ents33c.
    routes: words(
      'train trains line lines road roads route routes flight flights ferry ferries service services highway railway railways motorway bus buses rail track tracks crossing crossings journey trips',
    ),
    // A contest or a relation between the route word and "between" owns it: "the road race became a duel between Pogačar and Vingegaard", "rail talks between Aslef and Unite". Review ents33c.
    contests: words(
      'talks duel rivalry row dispute battle fight contest clash relations gap difference tension tensions',
    ),
    // Faiths and communities, written in the singular: a side that is one of them in the plural is people ("a service between Hindus and Muslims", "the peace line between Catholics and Protestants"). Review ents33c.
    peoples: words(
      'hindu muslim christian catholic protestant jew sikh buddhist sunni shia shiite alawite jain mormon anglican methodist baptist unionist nationalist loyalist republican',
    ),
  },
  reason:
    'A route runs between two places: "stopped all trains on the line between Dombås and Åndalsnes", "flights between Uyo and Calabar". Small towns the map lacks are left out by the model, or read as people. After a word for a route (train, line, road, flight, ferry, service …) up to six words before "between" in the same sentence, one to three capitalised words, "and", and one to three capitalised words ending there are two places, when no word of them is a weekday, a month, a holiday or a word the language also writes in lowercase, and neither side is read as an organisation. Not when a contest or relation word (talks, duel, dispute …) stands between the route word and "between", nor when a side is the plural of a faith, a community or a people ("Hindus", "Catholics", "Kurds").',
  examples: [
    {
      text: 'The operator has stopped all trains between Dombås and Åndalsnes until Monday.',
      expect: 'place:Dombås | place:Åndalsnes',
    },
    {
      text: 'The ferry runs between Monday and Friday, and talks between Ana Ruiz and the union went on.',
      expect: 'person:Ana Ruiz',
    },
    {
      text: 'An interfaith service between Hindus and Muslims was held, and the rail talks between the unions failed.',
      expect: '',
    },
  ],
};

export const FIELD_LIST_BODY_ROW: ListsRow<'heads' | 'parties'> = {
  id: 'organisation.field-list-body',
  value: {
    heads: words(
      'commission council authority board ministry department agency committee institute association union federation bureau directorate office service trust society',
    ),
    // Parties are listed before a body the same way and are no fields (lead, stop 65): "Labour,
    // Reform and Conservative Council leaders".
    parties: words(`labour labor conservative conservatives tory tories liberal liberals democrat democrats
      democratic republican republicans socialist socialists communist green greens reform unionist nationalist`),
  },
  reason:
    'A body named by a list of its fields writes the list with commas: "the Betting, Gaming and Lotteries Commission", "the Sport, Arts and Culture Department". The model starts the name after the last comma ("Gaming and Lotteries Commission") or after the "and" ("Lotteries Commission"). An organisation ending in a body word (commission, council, authority, board, ministry …) with "and" inside it (or right after "<capitalised word> and"), right after "<capitalised word>," (once or more) that follows a lowercase "the", starts at the first word of the list; not when a word of the list is written in capitals ("the CEO, CFO and Audit Committee chair": officers, not fields; review ents33c). Widened by the lead (stop 65): the list may open a sentence or follow any word ("The Food, Agriculture and Veterinary Standards Board", "In Health, Safety and Environment Committee hearings"), and the model or organisation.list-beside-body may have read its fields ("the [Advisory], [Conciliation] and [Arbitration Service]" was three bodies), when every field is a word of the language or a field of government (the fields of organisation.body-fields-list), no weekday, month or party, and read at most unsurely or as a body; an Oxford comma may come before "and"; services, trusts and societies are heads too.',
  examples: [
    {
      text: 'The licence was suspended by the Betting, Gaming and Lotteries Commission last month.',
      expect: 'organization:Betting, Gaming and Lotteries Commission',
    },
    {
      text: 'Talks resumed at the Advisory, Conciliation and Arbitration Service on Monday.',
      expect: 'organization:Advisory, Conciliation and Arbitration Service',
    },
    {
      text: 'In Kingston, Gaming and Lotteries Commission staff met on Monday.',
      expect: 'place:Kingston | organization:Lotteries Commission',
    },
  ],
};

export const BODY_OF_PLACE_ROW: ListsRow<'heads'> = {
  id: 'organisation.body-of-place',
  value: {
    heads: words('parliament assembly senate government council congress legislature cabinet'),
  },
  reason:
    'A chamber or a government named after the land it governs: "the Parliament of Andalusia", "the Government of Aragon", "the Assembly of Madrid". The model reads only the land ("Andalusia", a place) and leaves the chamber out. A capitalised chamber word (parliament, assembly, senate, government, council …) that no name covers, right before "of" and a place read right after it, is one organisation to the place\'s end.',
  examples: [
    {
      text: 'The party kept its majority in the Parliament of Andalusia on Sunday.',
      expect: 'organization:Parliament of Andalusia',
    },
    {
      text: 'The parliament of Andalusia met, and he spoke of Andalusia.',
      expect: 'place:Andalusia | place:Andalusia',
    },
  ],
};

export const OF_STATE_TITLE_ROW: ListsRow<'offices' | 'fieldEndings'> = {
  id: 'person.of-state-title',
  value: {
    offices: words('minister ministers secretary secretaries'),
    // Endings of the abstract nouns that name an office's field: "Minister of State Security", "Minister of State Administration", "Minister of State Enterprises", "Secretary of State Affairs". Review ents33c.
    fieldEndings: words(
      'ity ities tion tions sion sions ment ments ness ship ships ics ure ures ance ences ence ism ices ises rces airs',
    ),
  },
  reason:
    'A junior minister is "Minister of State", a foreign minister "Secretary of State", and the name follows the title: "Minister of State Jitendra Prasad Singh said". The model, which takes the capitalised "State" for the start of a place or a body, leaves the whole name out. Two to four capitalised words that no name covers, right after a capitalised "Minister/Secretary of State" and followed by a lowercase word or punctuation, none of them a word the language also writes in lowercase, and together no place the map knows, are a person; not when the first of them ends like the noun of a field (-ity, -tion, -ment, -ics …, "Minister of State Security Chen Yixin": the office goes on) and is no given name ("Prudence").',
  examples: [
    {
      text: 'Minister of State Jitendra Prasad Singh said the launch would go ahead.',
      expect: 'person:Jitendra Prasad Singh',
    },
    {
      text: 'The Minister of State for Health said the plan would wait until May.',
      expect: '',
    },
  ],
};

export const BLIND_NEWS_ROWS_22: readonly RuleRow<unknown>[] = [
  PLURAL_POSSESSIVE_BODY_ROW,
  ROUTE_BETWEEN_ROW,
  FIELD_LIST_BODY_ROW,
  BODY_OF_PLACE_ROW,
  OF_STATE_TITLE_ROW,
];
