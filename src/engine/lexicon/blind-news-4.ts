/**
 * Rows from the blind entity batches 10-12 (1 Dec 2026, helper ents11a; the batches are in
 * detect/news-entities-8.cases.ts and detect/news-entities-11.cases.ts). Kept in their own file so
 * they merge cleanly with rows added in parallel; the rules that apply them are the last block of
 * detect/rules.ts.
 */
import type { RuleRow } from './rule-row';

export const BLIND_NEWS_ROWS_4: readonly RuleRow[] = [
  {
    id: 'credit.wire-signoff',
    value: ['reporting by', 'additional reporting by', 'editing by', 'writing by', 'compiled by', 'edited by'],
    reason:
      'Wire copy ends with a sign-off in brackets, "(Reporting by Brad Brooks in Milwaukee; Editing by Daniel Wallis)": the capitalised names right after "Reporting by", "Editing by" and the like, up to "in", "and", a comma, a semicolon or the closing bracket, are the reporters and editors, people, whatever the model reads (a surname that is also a firm\'s word, "Brooks", makes it an organisation). Only inside a bracket that opens a line; a name of one word ("Reporting by Reuters staff"), one ending in "Newsroom", "Bureau", "Desk", "Staff", "Team", "TV", "Television" or "Breakingviews", and one opening with a known organisation ("Reuters TV") are left alone.',
    examples: [
      {
        text: 'The judge ruled on Tuesday.\n\n(Reporting by Brad Brooks in Milwaukee; Editing by Daniel Wallis)',
        expect: 'person:Brad Brooks | place:Milwaukee | person:Daniel Wallis',
      },
      {
        text: 'The minister resigned on Tuesday.\n\n(Reporting by Reuters staff; Editing by Jan Harvey)',
        expect: 'organization:Reuters | person:Jan Harvey',
      },
    ],
  },
  {
    id: 'organisation.foreign-head',
    value:
      `Stiftung Stichting Fundación Fundação Fondation Fondazione Fundacja Verein Verband Gesellschaft Genossenschaft Sparkasse Landesbank`.split(
        ' ',
      ),
    reason:
      'Foundations, associations and banks in German, Dutch and the Romance languages are named with their own head word, first or last ("Robert Bosch Stiftung", "Fundación Carlos Slim", "Stichting Pensioenfonds"), which the model, seeing a founder\'s name, reads as a person. A name of two words or more that opens or ends with one of these words, written with a capital, is an organisation.',
    examples: [
      {
        text: 'The firm is controlled by the Robert Bosch Stiftung, a charity.',
        expect: 'organization:Robert Bosch Stiftung',
      },
      { text: 'Robert Bosch founded the company in 1886.', expect: 'person:Robert Bosch' },
    ],
  },
  {
    id: 'organisation.eponymous-firm',
    value: [
      'Bosch',
      'Deere',
      'Hershey',
      'De Beers',
      'Nokia',
      'Ericsson',
      'Philips',
      'Heineken',
      'Carlsberg',
      'Ferrero',
      'Barilla',
      'Michelin',
      'Peugeot',
      'Renault',
      'Citroën',
      'Porsche',
      'Ferrari',
      'Lamborghini',
      'Maserati',
      'Benetton',
      'Prada',
      'Gucci',
      'Armani',
      'Versace',
      'Hermès',
      'Cartier',
      'Heinz',
      'Kellogg',
      'Kellanova',
      'Mondelez',
      'Cadbury',
      'Colgate',
      'Pfizer',
      'Merck',
      'Bayer',
      'Roche',
      'Marriott',
      'Hilton',
      'Hyatt',
      'Walmart',
      'Hewlett-Packard',
      'Northrop Grumman',
      'Raytheon',
      'Siemens',
      'Thyssenkrupp',
      'Daimler',
      'Bertelsmann',
      'Charles Schwab',
      'Edward Jones',
      'Raymond James',
      'Jefferies',
      'Berenberg',
      'Lazard',
      'Rothschild',
      'Maersk',
      'Suzuki',
      'Yamaha',
      'Kawasaki',
      'Mitsubishi',
      'Toyota',
      'Hyundai',
      'Tata',
      'Adani',
      'Mahindra',
      'Anglo American',
      'Antofagasta',
      'Codelco',
      'Glencore',
      'Husqvarna',
      'Electrolux',
      'Dassault',
      'Embraer',
      'Halliburton',
      'Schlumberger',
      'Bechtel',
      'Cargill',
      'Mattel',
      'Hasbro',
      'Nestlé',
    ],
    reason:
      'Many large firms carry the name of their founder, family or home town ("Bosch", "Deere", "Hershey", "De Beers", "Nokia", "Antofagasta"), and the model, seeing a surname or a town, reads the bare name as a person or a place even in business copy about the firm. These are widely known firms (general knowledge, not names from one article). Written exactly so, with nothing capitalised around it, the name is the firm, unless a person\'s words stand beside it (a title or honorific before it, an age, "who" or "a 27-year-old" after a comma, "he" or "she" right after it, or any of these beside another mention of it in the article), or it is the town ("based in Hershey, Pennsylvania": a locative preposition before it, or a comma and a known place after it). When the article names a person with the word ("Milton Hershey", "Robert Bosch"), only the mentions with a firm\'s words beside them change ("Hershey shares", "Hershey said it", "Schwab rose 2%", "rival Bosch", "Deere, which is based"); so too for a firm named with a given name and a surname ("Charles Schwab", "Edward Jones"), which is also a person\'s full name.',
    examples: [
      {
        text: 'A court ordered Bosch to pay 94 million euros on Thursday. Bosch said it would appeal.',
        expect: 'organization:Bosch | organization:Bosch',
      },
      {
        text: 'The company is based in Hershey, Pennsylvania, the town its founder Milton Hershey built.',
        expect: 'place:Hershey | place:Pennsylvania | person:Milton Hershey',
      },
      { text: 'Mr. Bosch said he would retire in May.', expect: 'person:Bosch' },
      {
        text: 'Senator Ferrari voted no. Ferrari said the bill was flawed.',
        expect: 'person:Ferrari | person:Ferrari',
      },
    ],
  },
  {
    id: 'place.feature-lead',
    value: ['Mount', 'Mt', 'Lake', 'River', 'Loch', 'Lough', 'Cape', 'Volcano'],
    reason:
      'Mountains, volcanoes, lakes and (in British copy) rivers are named with their feature word first ("Mount Lewotobi Laki-laki", "Lake Toba", "the River Avon"): the feature word and the capitalised words after it are one place, which the model often misses or reads as an organisation. A name going on into an organisation\'s or a venue\'s head ("Mount Sinai Hospital", "Lake Forest College", "River Plate Stadium"), or a role ("Lake County Sheriff"), a person the model reads (≥ 0.5), a name that speaks ("Mount Sinai said"; or, for one word after the feature word, that word alone elsewhere: "Lake Bell … Bell said"), "River" without "the" before it ("River Phoenix") and a name that starts before the feature word are left alone. A bare later use of the first word after the feature word ("Lewotobi erupted again"), unknown to the map and unnamed, is the same place.',
    examples: [
      {
        text: 'Mount Lewotobi Laki-laki erupted on Friday. Lewotobi last erupted in 2024.',
        expect: 'place:Mount Lewotobi Laki-laki | place:Lewotobi',
      },
      {
        text: 'The parade ran beside the River Avon in Bath.',
        expect: 'place:River Avon | place:Bath',
      },
      {
        text: 'She studied at Lake Forest College in Illinois.',
        expect: 'organization:Lake Forest College | place:Illinois',
      },
      { text: 'River Phoenix starred in the film.', expect: 'person:River Phoenix' },
      { text: 'Lake Bell directed the film. Bell said she was thrilled.', expect: 'person:Lake Bell' },
    ],
  },
  {
    id: 'place.kind-tail',
    value: `Province Prefecture Oblast Governorate Regency Voivodeship County Parish Region Canton Krai Okrug`.split(
      ' ',
    ),
    reason:
      'A known place followed by the word for its kind of division ("Buenos Aires Province", "East Flores Regency", "Kherson Oblast") is one place, which the model, seeing a capitalised head word, reads as an organisation. A name that ends in one of these words and opens with a place the map knows is a place; a name going on past it ("Cook County Board") is not touched.',
    examples: [
      {
        text: 'The coalition won in the Buenos Aires Province but lost in Mendoza.',
        expect: 'place:Buenos Aires Province | place:Mendoza',
      },
      {
        text: 'The Cook County Board of Commissioners met on Monday.',
        expect: 'organization:Cook County Board of Commissioners',
      },
    ],
  },
  {
    id: 'organisation.group-tail',
    value: ['PAC', 'HQ'],
    reason:
      'US campaign groups and news outlets end their names in a capitalised short form ("America PAC", "Fair Fight PAC", "Decision Desk HQ"): capitalised words ending in one of these are one organisation, whatever the model read for the words before it (often a place or a person). Not after "a", "an", "one" or "another" ("a Texas PAC" is a PAC in Texas), and "HQ" only after two words or more that are not, whole, a place or a known organisation ("Google HQ", "the New York HQ" are headquarters).',
    examples: [
      {
        text: 'Much of it came from America PAC, according to projections by Decision Desk HQ.',
        expect: 'organization:America PAC | organization:Decision Desk HQ',
      },
      { text: 'A Texas PAC gave $5,000 to the campaign.', expect: 'place:Texas' },
    ],
  },
  {
    id: 'name.letters-ampersand',
    value: ['&'],
    reason:
      'Firms written as letters joined by an unspaced "&" ("AT&T", "S&P", "P&G") are one word to a reader but three tokens here, so a name that follows them ("AT&T Stadium", "S&P Global") is found without its first letters. A name that starts right after such letters, with no space between, runs back to take them in.',
    examples: [
      { text: 'The game was played at AT&T Stadium in Arlington.', expect: 'place:AT&T Stadium | place:Arlington' },
    ],
  },
  {
    id: 'sport.team-article',
    value: ['The'],
    reason:
      'A sentence about a team opens "The Dallas Cowboys came back …", and the model takes the capitalised article into the team\'s name. In a sports report, a name that opens with a capitalised "The" followed by a town the map knows and a capitalised plural nickname is the team without the article, and so is any such "<town> <Plural>" name; the nickname alone then names the team too, also when it is no common word ("the Lions", "rally past Giants"), which sport.town-nickname requires.',
    examples: [
      {
        text: 'The Detroit Lions routed the Chicago Bears 38-10 on Sunday. Quarterback Jared Goff threw three touchdown passes, and the Lions clinched a playoff place.',
        expect: 'organization:Detroit Lions | organization:Chicago Bears | person:Jared Goff | organization:Lions',
      },
    ],
  },
  {
    id: 'organisation.chamber-of',
    value: ['Deputies', 'Representatives', 'Senators', 'Councillors'],
    reason:
      'Lower houses in Latin America and Europe are called "the Chamber of Deputies" (Brazil, Mexico, Argentina, Italy, the Czech Republic), which the model reads as a person "Chamber" or cuts. "Chamber of" and one of these words, capitalised, is one organisation.',
    examples: [
      {
        text: "Brazil's Chamber of Deputies on Thursday approved the bill.",
        expect: 'place:Brazil | organization:Chamber of Deputies',
      },
    ],
  },
  {
    id: 'place.capital-apposition',
    value: ['capital', 'capital city'],
    reason:
      'After "the state capital", "the capital" or "its capital", or set off by commas after them ("the state capital, Madison,"), a capitalised name is that capital, a place, which the model misses when the word is also a given name ("home to the state capital Madison"). Not after "venture", "private" or "working" capital ("venture capital firm Madison Dearborn"), nor when the name goes on into an organisation\'s head.',
    examples: [
      {
        text: 'She won Dane County, home to the state capital Madison, by 40 points.',
        expect: 'place:Dane County | place:Madison',
      },
    ],
  },
  {
    id: 'article.indefinite-opening',
    value: ['A', 'An'],
    reason:
      'A sentence opening "A Stuttgart court ruled …" or "An Ohio judge said …" starts with a capitalised article the model may take into the name, which then becomes an organisation "A Stuttgart". When the words after the article are, whole, a place the map knows, they are that place and the article stays out; a group named with its article ("A Better Wisconsin Together") is left alone, and "A" before one word that is also an ordinary or a title\'s word ("A Federal judge", "A Police spokesman") is no name at all.',
    examples: [
      {
        text: 'A Munich court ruled on Friday that the contract was void.',
        expect: 'place:Munich',
      },
    ],
  },
  {
    id: 'apposition.plural-noun-opening',
    value:
      `Airlines Carriers Rivals Carmakers Automakers Banks Lenders Insurers Miners Retailers Brewers Broadcasters Newspapers Unions`.split(
        ' ',
      ),
    reason:
      'A sentence may open with a plural noun that says what the names after it are ("Airlines Garuda Indonesia and Batik Air cancelled flights", "Rivals Rio Tinto and Glencore"): the noun is no part of the first name, which the model joins to it. When a name opens the sentence with one of these words and a list goes on after it ("and", a comma), the name starts after the noun, unless the noun opens a longer name: one head word after it ("Banks Peninsula and Christchurch") or a common "-ing" word ("Airlines Reporting Corporation, a clearing house").',
    examples: [
      {
        text: 'Rivals Rio Tinto and Glencore report output next month.',
        expect: 'organization:Rio Tinto | organization:Glencore',
      },
    ],
  },
];
