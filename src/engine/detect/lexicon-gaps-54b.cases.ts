/**
 * Known weak patterns of issue #9, twenty-third round (helper ents64b, 7 Dec 2026): short news
 * texts of our own on the names of sports and local news, written and annotated like the entity
 * batches (news-entities.cases.ts markup: P person, L place, O organisation, X none) BEFORE the
 * engine was run on them, and committed before their first score. Each group leans on one family:
 * clubs that open a sentence ("Hearts won 2-0"); short briefs naming only clubs ("Rovers beat
 * United 2-1"); Gaelic football and hurling counties ("Kerry were beaten by Dublin"); grounds and
 * stadiums as places ("at Tynecastle", "the Stadium of Light"); governing bodies ("UK Sport", "the
 * FA", "World Athletics", "the ECB"); national teams named by their country; racecourses; cycling
 * teams named after sponsors; athletes known by one name; and town councils and local papers.
 * Each family comes in several forms: opening a sentence, after a preposition, in a list, in a
 * headline, after a dateline, in a quotation. The groups named "keep" are sentences where a fix
 * must not fire: a county that is a place outside sport, a saint that is a person, a stadium's
 * name used for a firm, a country that acts outside sport, a town that is a place.
 * The gold follows the training documents' conventions (scripts/train/data/news/README.md):
 * clubs, national teams and county sides are organisations, as are governing bodies, cycling
 * teams, councils and newspapers; grounds, stadiums and racecourses are places; a country or
 * county outside sport is a place; a competition is X; a demonym is no name; a newspaper whose
 * title opens with a capitalised "The" keeps it ("[[O The Yorkshire Post]]": the README's "The
 * Guardian" rule), and a saint's title stays out of the person ("St [[P Columba]]", the README's
 * titles rule and person.saint-named-alone's); both mended in the gold after first sight (see the
 * test's header).
 * Not a training input: the tagger never trains on it (scripts/train/corpus.ts reads fixtures/ and
 * scripts/train/data only).
 */
import type { EntityCase } from './news-entities.cases';

export const WEAK_PATTERN_CASES_54B: EntityCase[] = [
  // Clubs that open a sentence.
  {
    name: 'club opening with a score',
    text: `[[O Hearts]] won 2-0 in the rain, with both goals coming in the second half.`,
  },
  {
    name: 'club opening a report',
    text: `[[O Wolves]] sacked their manager on Sunday after a sixth straight defeat.`,
  },
  {
    name: 'club opening after a sentence',
    text: `The visitors led at the break. [[O Spurs]] levelled through a penalty and won it late on.`,
  },
  {
    name: 'club opening with a plural verb',
    text: `[[O Hibs]] have signed the striker on a three-year deal, the club said.`,
  },
  {
    name: 'club opening in a quote',
    text: `"[[O Saints]] deserved the point," the manager said after the 1-1 draw.`,
  },
  {
    name: 'club nickname opening a headline',
    text: `[[O Gunners]] cruise into last eight\n\nTwo goals in five minutes settled the tie.`,
  },
  // Short briefs naming only clubs.
  {
    name: 'brief of two short clubs',
    text: `[[O Rovers]] beat [[O United]] 2-1 on Tuesday night.`,
  },
  {
    name: 'brief of a town club and a short club',
    text: `[[O Stockport]] drew 0-0 with [[O Rovers]] to stay top of the table.`,
  },
  {
    name: 'brief of three clubs',
    text: `[[O Argyle]], [[O Albion]] and [[O Athletic]] all won, and [[O Town]] lost at home.`,
  },
  {
    name: 'brief with a loss to',
    text: `[[O Morecambe]] lost 3-1 to [[O Accrington Stanley]] and remain bottom.`,
  },
  {
    name: 'brief with a club after a dateline',
    text: `[[L DUNDEE]], Jan 4 - [[O Dundee United]] came from behind to beat [[O Ross County]] 2-1.`,
  },
  // Gaelic football and hurling counties.
  {
    name: 'county beaten by county',
    text: `[[O Kerry]] were beaten 1-15 to 0-12 by [[O Dublin]] in the league on Sunday.`,
  },
  {
    name: 'hurling counties',
    text: `[[O Kilkenny]] beat [[O Tipperary]] by four points to reach the hurling final.`,
  },
  {
    name: 'county with a manager',
    text: `[[O Mayo]] manager [[P Kevin McStay]] said his side had been unlucky against [[O Galway]].`,
  },
  {
    name: 'counties in a list',
    text: `[[O Cork]], [[O Clare]] and [[O Limerick]] are through to the semi-finals.`,
  },
  {
    name: 'county after a preposition',
    text: `The [[O Armagh]] captain scored the winning point against [[O Tyrone]] at [[L Croke Park]].`,
  },
  {
    name: 'keep a county as a place',
    text: `Tourism in [[L Kerry]] grew by 9% last year, and hotels in [[L Killarney]] were full all summer.`,
  },
  // Grounds and stadiums as places.
  {
    name: 'ground after at',
    text: `[[O Hearts]] drew 1-1 with [[O Motherwell]] at [[L Tynecastle]] on Saturday.`,
  },
  {
    name: 'stadium of light after at',
    text: `[[O Sunderland]] have won five in a row at the [[L Stadium of Light]].`,
  },
  {
    name: 'ground opening a sentence',
    text: `[[L Anfield]] will be full for the derby, the club said.`,
  },
  {
    name: 'ground in a list',
    text: `Matches at [[L Ibrox]], [[L Pittodrie]] and [[L Easter Road]] were called off because of snow.`,
  },
  {
    name: 'cricket ground',
    text: `[[O England]] were bowled out for 210 on the first day at [[L Edgbaston]].`,
  },
  {
    name: 'keep a stadium name used for a firm',
    text: `[[O Emirates]] said it would add six flights a week to [[L Manchester]].`,
  },
  // Governing bodies.
  {
    name: 'sport body opening',
    text: `[[O UK Sport]] will cut funding for five Olympic sports, it said on Tuesday.`,
  },
  {
    name: 'football association short',
    text: `The [[O FA]] has charged the club with failing to control its players.`,
  },
  {
    name: 'world athletics',
    text: `[[O World Athletics]] banned the sprinter for four years after a failed test.`,
  },
  {
    name: 'cricket board short',
    text: `The [[O ECB]] said the Test would go ahead despite the weather.`,
  },
  {
    name: 'bodies in a list',
    text: `Officials from [[O World Rugby]], the [[O RFU]] and [[O FIFA]] met in [[L London]] on Monday.`,
  },
  {
    name: 'body in a quote',
    text: `"[[O World Aquatics]] has let swimmers down," the coach said.`,
  },
  // National teams named by their country.
  {
    name: 'national team beat',
    text: `[[O Wales]] beat [[O Italy]] 24-20 in [[L Cardiff]] on Saturday.`,
  },
  {
    name: 'national team lost to',
    text: `[[O Scotland]] lost 2-0 to [[O Norway]] in the qualifier, leaving their hopes in doubt.`,
  },
  {
    name: 'national team with a coach',
    text: `[[O Argentina]] coach [[P Lionel Scaloni]] named three new caps for the friendly.`,
  },
  {
    name: 'national teams in a cricket brief',
    text: `[[O India]] beat [[O Pakistan]] by six wickets in [[L Colombo]].`,
  },
  {
    name: 'keep a country acting outside sport',
    text: `[[L Norway]] said it would raise its defence budget next year.`,
  },
  // Racecourses.
  {
    name: 'racecourse after at',
    text: `The favourite fell at the last at [[L Aintree]] on Saturday.`,
  },
  {
    name: 'racecourse in a list',
    text: `Racing at [[L Kempton]], [[L Lingfield]] and [[L Wolverhampton]] was called off because of frost.`,
  },
  {
    name: 'racecourse opening',
    text: `[[L Cheltenham]] will hold an extra race on the Friday of the festival.`,
  },
  // Cycling teams named after sponsors.
  {
    name: 'cycling team opening',
    text: `[[O Ineos Grenadiers]] won the team time trial by 11 seconds.`,
  },
  {
    name: 'cycling team after a preposition',
    text: `The Dane rode for [[O Visma-Lease a Bike]] for six seasons.`,
  },
  {
    name: 'cycling team with a rider',
    text: `[[P Tadej Pogacar]] of [[O UAE Team Emirates]] took the yellow jersey.`,
  },
  // Athletes known by one name.
  {
    name: 'one-name athlete scored',
    text: `[[P Neymar]] scored twice as [[O Santos]] won 3-1.`,
  },
  {
    name: 'one-name athlete signed',
    text: `[[O Chelsea]] have signed [[P Joelinton]] on a loan deal.`,
  },
  {
    name: 'one-name athlete opening',
    text: `[[P Rodri]] will miss the rest of the season with a knee injury, [[O Manchester City]] said.`,
  },
  {
    name: 'keep a saint as a person',
    text: `Pilgrims walked to the shrine of St [[P Columba]] on the island.`,
  },
  // Town councils and local papers.
  {
    name: 'town council opening',
    text: `[[O Barnsley Council]] will close two libraries to save money.`,
  },
  {
    name: 'borough council after a preposition',
    text: `Residents wrote to [[O Wigan Council]] about the potholes on their street.`,
  },
  {
    name: 'local paper',
    text: `[[O The Northern Echo]] reported that the bridge would stay shut until March.`,
  },
  {
    name: 'local paper with a town',
    text: `[[O The Yorkshire Post]] said the club had been sold for 40 million pounds.`,
  },
  {
    name: 'council and paper together',
    text: `A spokesman for [[O Carlisle City Council]] told the [[O News and Star]] that the market would reopen.`,
  },
  {
    name: 'keep a town as a place',
    text: `Flooding closed roads around [[L Wigan]] and [[L Barnsley]] on Sunday.`,
  },
];
