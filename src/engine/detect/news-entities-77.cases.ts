/**
 * Blind entity batches 77-79 (helper ents37a, 5 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 79 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_26 are made from batches 77 and 78 only, and batch 79's errors are never printed
 * or read (only its totals, `npx tsx scripts/eval/news-entities.ts --quiet "batch 79"`). They lean
 * on the two kinds of news the reader is judged on: Wikinews-style short world reports (space,
 * elections abroad, an obituary, a ferry disaster, a hurricane, a suspended parliament, sports
 * briefs over several sports) and Reuters wire copy on US elections, markets and deals (state
 * supreme courts, state parties, super PACs, pollsters, counties, central banks, M&A with banks and
 * law firms as advisers, executives, tickers, a sign-off). Settings new to the batches: Central
 * Asia (Kazakhstan, Turkmenistan), the Caucasus (Georgia), the Gulf (Kuwait, the UAE),
 * Scandinavia and the Baltics (Norway, Latvia, Lithuania, Denmark), Indonesia and the Philippines
 * (the Bali Strait, Bangsamoro, Cebu), Mexico and Central America (Monterrey, Honduras,
 * Guatemala) and the US Midwest and Mountain West (Wisconsin, Michigan, Nevada, Utah, Idaho,
 * Colorado). The hard cases: titles before names ('Gov.', 'Sen.', 'Rep.', 'Lt. Gov.', 'Brig. Gen.',
 * 'PM', 'Datu', 'Hadji', 'Sheikh'), patronymics, hyphenated and double surnames, 'de la', 'dela',
 * 'Vander', 'bin', 'Al-', Indonesian single names, companies named after places or families,
 * firms named alone as subjects ('X advised'), agencies by acronym, a club with a slash, national
 * sides named by the country, clubs named after cities, universities as teams, islands in lists,
 * a town named after a person, ships, rockets, satellites, storms, tickers, indexes and events as
 * none.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_77: EntityCase[] = [
  {
    name: 'wikinews-style kazakh earth-observation satellite launched from baikonur a rocket and a satellite as none a space committee inside a ministry with commas and and a joint venture a french group regions a sea and a lake universities -uly and -ovna patronymics an initial esa by name and acronym',
    text: `[[L Kazakhstan]] launches first Earth-observation satellite built at home

Thursday, April 10, 2025

A satellite designed and assembled in [[L Kazakhstan]] was launched from the [[L Baikonur Cosmodrome]] on Wednesday aboard a [[X Soyuz-2.1b]] rocket, the country's space agency said.

The satellite, [[X KazEye-1]], separated from the rocket's upper stage nine minutes after lift-off and sent its first signal to a ground station near [[L Astana]] an hour later, said [[P Yerlan Sagyndykuly Bekmukhambetov]], chairman of the [[O Aerospace Committee]] of the [[O Ministry of Digital Development, Innovation and Aerospace Industry]].

The 180-kilogram satellite was built by [[O Ghalam]], a joint venture of the state company [[O Kazakhstan Gharysh Sapary]] and the French group [[O Airbus Defence and Space]], at a plant outside the capital. Its camera will map wheat fields in the [[L Kostanay]] and [[L Akmola]] regions and watch the [[L North Aral Sea]] and [[L Lake Balkhash]], project manager [[P Aigerim Tolegenovna Zhaksylykova]] told reporters.

Students from [[O Al-Farabi Kazakh National University]] in [[L Almaty]] and from [[O Nazarbayev University]] wrote part of its software. [[P Dmitry A. Ovcharenko]], a spokesman for [[O Roscosmos]], said [[L Russia]] would keep leasing the cosmodrome until 2050 under an agreement signed in 2004.

The [[O European Space Agency]] ([[O ESA]]) and the [[O Japan Aerospace Exploration Agency]] sent their congratulations. President [[P Kassym-Jomart Tokayev]] said in a statement that the launch showed [[L Kazakhstan]] was "no longer only a launch pad for others".`,
  },
  {
    name: 'reuters madison wisconsin supreme court race the brennan center a circuit judge in a county with a hyphenated surname a former attorney general with an initial a super pac and its donor the state democratic party gov. and sen. before names a university poll and its director the elections commission a vander name in the state assembly a company with a ticker named after a family and a sign-off',
    text: `[[L MADISON]], [[L Wis.]], March 25 ([[O Reuters]]) - Spending in the race for a seat on the [[O Wisconsin Supreme Court]] passed $60 million on Tuesday, a week before the April 1 election, making it the most expensive judicial contest in [[L U.S.]] history, according to the [[O Brennan Center for Justice]].

[[P Rebecca Lindqvist-Ortiz]], a circuit judge in [[L Dane County]] backed by Democrats, faces former state Attorney General [[P Brad T. Schimmelpfennig]], a Republican favourite. The winner will decide whether the court's 4-3 liberal majority holds.

A super PAC funded by the shipping billionaire [[P Richard Uhlmann]], [[O Fair Courts America]], has spent $14 million for [[P Schimmelpfennig]], while the [[O Democratic Party of Wisconsin]] has given [[P Lindqvist-Ortiz]]'s campaign $9.5 million. Gov. [[P Dale Hoium]] and Sen. [[P Margaret Ostrowski]] campaigned with her in [[L Milwaukee]] on Saturday; Sen. [[P Roy Kettleson]] appeared with [[P Schimmelpfennig]] in [[L Waukesha]].

A [[O Marquette Law School]] poll released on Wednesday showed the race tied at 46% each. Turnout in [[L Dane County]] and [[L Milwaukee County]] will decide it, said [[P Charles Franklin-Moe]], who directs the poll. The [[O Wisconsin Elections Commission]] said 412,000 absentee ballots had already been returned.

Rep. [[P Gretchen Vander Zee]], a Republican who represents [[L Sheboygan]] in the [[O Wisconsin State Assembly]], said a liberal court would redraw the state's congressional map before 2026.

Business groups have also weighed in. [[O Kohler Co.]], the family-owned maker of bathroom fittings, gave $250,000 to a group backing [[P Schimmelpfennig]], and [[O Harley-Davidson]] ([[X HOG.N]]) chief executive [[P Jochen Zeitz-Bauer]] said on a call with analysts that "stable rules" mattered more to the [[L Milwaukee]] company than who won.

(Reporting by [[P Jorge Paz-Lindgren]] in [[L Madison]]; Additional reporting by [[P Nate Oyelaran]] in [[L Washington]]; Editing by [[P Leslie Adler-Brandt]])`,
  },
  {
    name: 'wikinews-style sports briefs norwegian football with a slash in a club name a stadium named after a bank ski jumping at a named hill latvian ice hockey badminton national sides named by country in the thomas cup a hall named after a person and baltic basketball clubs named after cities',
    text: `Sport in brief: football, ski jumping, ice hockey, badminton and basketball

[[O Bodø/Glimt]] won the [[O Eliteserien]] for the fourth time in five years with a 3–1 win over [[O Molde]] at the [[L Aspmyra Stadion]] on Sunday. Winger [[P Ola Brynhildsen-Moe]] scored twice, and [[O Molde]] coach [[P Erling Fjørtoft]] said the title was "deserved over thirty games". [[O Rosenborg]] finished third after losing 2–0 at [[O Brann]] in [[L Bergen]].

At [[L Holmenkollen]] in [[L Oslo]], Slovenian [[P Anže Lanišek-Prevc]] won the large-hill event of the [[X FIS Ski Jumping World Cup]] ahead of [[P Halvor Egner Granerud]] of [[L Norway]]. High winds halted the second round twice.

[[O Dinamo Riga]] beat [[O HK Kurbads]] 4–2 in front of 7,000 people at [[L Arena Rīga]] to take the Latvian ice hockey championship. Goalkeeper [[P Kristers Gudļevskis-Ozols]] made 38 saves.

[[O Indonesia]] beat [[O Denmark]] 3–2 in the final of the [[X Thomas Cup]] at the [[L Istora Gelora Bung Karno]] in [[L Jakarta]], ending a 22-year wait for the trophy. [[P Jonatan Christie]] won the deciding singles, and the [[O Badminton World Federation]] said 9,000 tickets had been sold. [[O China]], the holders, lost to [[O Denmark]] in the semi-final.

In the [[O Latvian-Estonian Basketball League]], [[O VEF Rīga]] beat [[O BC Kalev]] 91–84 in [[L Tallinn]]. [[P Rihards Zariņš]] scored 24 points for the visitors.`,
  },
  {
    name: 'reuters mexico city cement merger a company named after a place buying one named after a family double spanish surnames with de la law firms with commas and y banks as advisers alone as subjects the competition regulator by acronym the central bank by short name an exchange tickers a state and an analyst with a sign-off',
    text: `[[L MEXICO CITY]], Feb 12 ([[O Reuters]]) - [[O Cementos del Bajío]] ([[X CBAJIO.MX]]) agreed on Wednesday to buy family-controlled rival [[O Grupo Garza Lozano]] for 41 billion pesos ($2.2 billion), creating [[L Mexico]]'s second-largest cement maker behind [[O Cemex]] ([[X CEMEXCPO.MX]]).

The deal values [[O Garza Lozano]], which runs four plants in [[L Nuevo León]] and [[L Coahuila]], at about nine times its core earnings. [[O Cementos del Bajío]] chief executive [[P Ana Sofía de la Garza Treviño]] said the combined group would save 1.8 billion pesos a year by 2027 and that [[O Garza Lozano]]'s head office would stay in [[L Monterrey]].

[[O Morgan Stanley]] and [[O BBVA]] advised [[O Cementos del Bajío]], with [[O Creel, García-Cuéllar, Aiza y Enríquez]] as legal counsel. [[O Rothschild & Co]] advised the sellers, and [[O Galicia Abogados]] acted as its lawyers. [[O Goldman Sachs]] is providing a bridge loan.

The purchase needs approval from [[L Mexico]]'s competition regulator, [[O CNA]], which blocked a smaller cement deal in [[L Jalisco]] in 2022. Shares of [[O Cementos del Bajío]] rose 6.4% on the [[O Mexican Stock Exchange]].

Construction demand has held up despite high borrowing costs, as [[O Banxico]] kept its key rate at 10%. "Nearshoring plants in [[L Monterrey]] and [[L Saltillo]] are pouring more concrete than anyone expected," said [[P Marco Antonio Olvera Ruiz]], an analyst at [[O Grupo Financiero Banorte]] in [[L Monterrey]].

(Reporting by [[P Ximena Bautista-Lugo]]; Editing by [[P Anthony Esposito-Reyes]])`,
  },
  {
    name: 'wikinews-style bangsamoro parliament election in the philippines an election commission by acronym a front and a party by name and acronym provinces with del a city datu and hadji as titles a chief minister a military command by name a human rights commission a university and a brigadier general',
    text: `[[L Bangsamoro]] votes in first regional parliament election

Monday, October 13, 2025

Voters in the [[L Bangsamoro Autonomous Region in Muslim Mindanao]] ([[L BARMM]]) in the southern [[L Philippines]] elected a regional parliament on Monday for the first time, six years after the region was created under a peace deal with the [[O Moro Islamic Liberation Front]] ([[O MILF]]).

The [[O Commission on Elections]] ([[O COMELEC]]) said turnout was about 78% across the provinces of [[L Maguindanao del Norte]], [[L Maguindanao del Sur]], [[L Lanao del Sur]], [[L Basilan]] and [[L Tawi-Tawi]]. [[O COMELEC]] chairman [[P George Erwin Garcia]] said voting was halted in six villages in [[L Lanao del Sur]] after armed men seized ballot boxes.

The [[O United Bangsamoro Justice Party]] ([[O UBJP]]), the political arm of the front, was leading in early counts. Interim Chief Minister Datu [[P Abdulraof Macacua]] cast his ballot in [[L Cotabato City]] and said the party would "govern for all, not only for the front".

Hadji [[P Norhaida Sinsuat-Ampatuan]], who led a rival slate, said her supporters had been kept from polling stations in [[L Datu Odin Sinsuat]] town. The [[O Commission on Human Rights]] said it was looking into the claims.

The [[O Armed Forces of the Philippines]] deployed 14,000 soldiers and police for the vote. Brig. Gen. [[P Rommel Santiago dela Peña]], who commands the [[O 6th Infantry Division]], said the day had been "largely peaceful". [[P Jamila Usman Alonto]], a political scientist at [[O Mindanao State University]] in [[L Marawi]], said the result would test whether former rebels "can win at the ballot box what they won at the table".`,
  },
  {
    name: 'wikinews-style obituary of a georgian chess grandmaster -ia -shvili and -dze names a chess federation by name and acronym fide a chess olympiad and a championship as none a palace named after a person a city a university a club and a president with a prime minister named by pm',
    text: `Georgian chess grandmaster [[P Tamar Gurgenidze-Chikovani]] dies at 81

Saturday, November 22, 2025

[[P Tamar Gurgenidze-Chikovani]], who won four [[X Chess Olympiads]] as a member of the Soviet women's team and later trained three world champions, died in [[L Tbilisi]] on Friday at the age of 81, the [[O Georgian Chess Federation]] said.

Born in [[L Kutaisi]] in 1944, she learned the game at a club in the [[L Kutaisi Pioneers' Palace]] and was ten times women's champion of [[L Georgia]]. She reached the final of the [[X Women's World Chess Championship]] match in 1975, losing to her compatriot [[P Nino Kachiashvili]] in [[L Pitsunda]].

After retiring she coached at the [[L Nona Gaprindashvili Chess Palace]] in [[L Tbilisi]], where her pupils included [[P Lela Javakhishvili-Beridze]] and [[P Salome Melia]]. The federation's president, [[P Akaki Iashvili]], called her "the mother of a generation".

The [[O International Chess Federation]] ([[O FIDE]]), whose president [[P Arkady Dvorkovich]] played her in a simultaneous exhibition in 2018, said flags at its office in [[L Lausanne]] would fly at half-mast. PM [[P Irakli Kobakhidze]] said she would be buried at the [[L Didube Pantheon]].

She studied mathematics at [[O Tbilisi State University]] and taught there until 1992. She is survived by a son, [[P Giorgi Chikovani]], and two grandchildren.`,
  },
];

export const BATCH_78: EntityCase[] = [
  {
    name: 'reuters detroit michigan senate primary rep. and lt. gov. and sen. before names a super pac named after the state a union by acronym a pollster named after two people the board of state canvassers the court of claims counties a city with grand a company named after a founder with a ticker and a sign-off',
    text: `[[L DETROIT]], July 30 ([[O Reuters]]) - Rep. [[P Haley Stevens-Kowalski]] pulled ahead of Lt. Gov. [[P Marcus Whitfield]] in the Democratic primary for [[L Michigan]]'s open [[O U.S. Senate]] seat on Tuesday, a week before the vote, as the [[O United Auto Workers]] ([[O UAW]]) union endorsed her.

An [[O EPIC-MRA]] poll of likely Democratic voters put [[P Stevens-Kowalski]] at 38%, [[P Whitfield]] at 31% and state Sen. [[P Jeremy Moss-Okafor]] at 14%. Pollster [[P Bernie Porn-Heikkila]] said the union's backing was worth "several points in [[L Macomb County]] alone".

The winner is likely to face former Rep. [[P Mike Rogers-Vance]], who is unopposed for the Republican nomination. A super PAC, [[O Great Lakes Forward]], has spent $11 million on television ads attacking [[P Whitfield]], most of it in the [[L Detroit]] and [[L Grand Rapids]] markets.

[[P Whitfield]]'s campaign asked the [[O Michigan Court of Claims]] on Monday to order the [[O Board of State Canvassers]] to review 3,000 signatures that it said were wrongly struck from the ballot petitions of a third candidate. The [[O Michigan Democratic Party]] called the suit "a distraction".

Turnout in [[L Wayne County]], [[L Oakland County]] and [[L Washtenaw County]] will decide the race, said [[P Dennis Lennox-Baird]], a Republican strategist in [[L Lansing]].

Carmakers are watching. [[O Ford Motor Co.]] ([[X F.N]]) chairman [[P Bill Ford]] has stayed neutral, while [[O Stellantis]] ([[X STLAM.MI]]) said in a statement it would work with "whoever [[L Michigan]] sends to [[L Washington]]".

(Reporting by [[P David Shepardson-Ruiz]] in [[L Detroit]]; Editing by [[P Colleen Jenkins-Tate]])`,
  },
  {
    name: 'wikinews-style kuwait emir suspends parliament a national assembly a sheikh before a name al- names a crown prince a constitutional court an oil company by name and acronym a stock exchange named in arabic the gcc by name and acronym a university and a think tank',
    text: `[[L Kuwait]]'s emir suspends parliament for up to four years

Saturday, May 11, 2024

The emir of [[L Kuwait]], Sheikh [[P Mishal Al-Ahmad Al-Jaber Al-Sabah]], dissolved the [[O National Assembly]] on Friday and suspended several articles of the constitution for up to four years, saying that political deadlock had "reached a point that cannot be tolerated".

In a televised speech from [[L Bayan Palace]], the emir said the government would take over the assembly's powers while the constitution was reviewed. Crown Prince Sheikh [[P Sabah Khaled Al-Hamad Al-Sabah]] was named to lead a committee on the changes.

The assembly, elected only in April, had not yet met. Opposition member [[P Marzouq Al-Ghanim-Mutairi]] said on [[X X]] that the decision was "a sad day for the only elected parliament in the [[L Gulf]]". [[O Kuwait University]] political scientist [[P Ghanim Al-Najjar]] said previous suspensions, in 1976 and 1986, had each lasted several years.

Shares on [[O Boursa Kuwait]] rose 2.1% on Sunday. The state-owned [[O Kuwait Petroleum Corporation]] ([[O KPC]]) said oil output of 2.4 million barrels a day was not affected. Analysts at the [[O Gulf Research Center]] in [[L Jeddah]] said the move could unblock a public debt law that the assembly had stalled since 2017.

The [[O Gulf Cooperation Council]] ([[O GCC]]), which has its headquarters in [[L Riyadh]], said it respected [[L Kuwait]]'s sovereignty. [[L Saudi Arabia]], [[L Qatar]] and [[L Bahrain]] expressed support for the emir.`,
  },
  {
    name: 'wikinews-style hurricane in honduras and guatemala the storm as none a disaster agency by spanish acronym a met institute by acronym rivers a valley a lake cities a banana company named after a person an airport named after a person the red cross and a central american bank by acronym',
    text: `Hurricane floods northern [[L Honduras]] and [[L Guatemala]], killing at least 28

Wednesday, October 29, 2025

[[X Hurricane Sara]] made landfall near [[L Puerto Cortés]] on Tuesday, flooding the [[L Sula Valley]] in northern [[L Honduras]] and killing at least 28 people there and in [[L Guatemala]], officials said.

The [[L Ulúa River]] and the [[L Chamelecón River]] burst their banks, cutting the main road between [[L San Pedro Sula]] and [[L Tegucigalpa]]. The Honduran disaster agency, [[O COPECO]], said 64,000 people were in shelters. Its commissioner, [[P Lizzy Flores Bonilla]], said rescue boats had reached [[L La Lima]] only on Wednesday morning.

The [[L Ramón Villeda Morales International Airport]] was closed after water covered the runway. In [[L Guatemala]], the weather institute [[O INSIVUMEH]] said the [[L Motagua River]] had risen four metres and that [[L Lake Izabal]] was at its highest level since [[X Hurricane Mitch]] in 1998. President [[P Bernardo Arévalo]] declared a state of calamity in [[L Izabal]] department.

[[O Chiquita]], whose plantations cover much of the valley, said its packing plants near [[L El Progreso]] were under water. The [[O Honduran Red Cross]] appealed for drinking water, and the [[O Central American Bank for Economic Integration]] ([[O CABEI]]) approved $50 million in emergency loans.

[[P Omar Ixcot Tzul]], a forecaster at [[O INSIVUMEH]], said the storm would weaken over [[L Chiapas]] in [[L Mexico]] on Thursday but bring more heavy rain to the [[L Petén]].`,
  },
  {
    name: 'reuters oslo norges bank rate decision the governor with a double surname the krone and an index as none an exchange named after the city companies named after places with tickers a state fund the riksbank and danmarks nationalbank analysts at banks alone as subjects a statistics office and a sign-off with two reporters',
    text: `[[L OSLO]], Dec 18 ([[O Reuters]]) - [[O Norges Bank]] kept its policy rate at 4.5% on Thursday but said it expected to cut it twice next year, sending the crown to a two-week low against the euro.

Governor [[P Ida Wolden Bache-Strand]] said inflation was "coming down, but not fast enough to declare victory", after [[O Statistics Norway]] reported core prices up 3.1% in November. The benchmark [[X OSEBX]] index on the [[O Oslo Stock Exchange]] rose 0.8%.

[[O DNB Markets]] had expected a hold. "The bank is telling us March is live," said [[P Kjersti Haugland-Nyborg]], chief economist at [[O DNB]]. [[O Nordea]] said it now expected cuts in March and September.

Shares in [[O Equinor]] ([[X EQNR.OL]]) fell 1.2% as oil prices slid, while aluminium maker [[O Norsk Hydro]] ([[X NHY.OL]]) rose 2.5%. Fish farmer [[O Mowi]] ([[X MOWI.OL]]), based in [[L Bergen]], said the weaker crown would lift its fourth-quarter earnings.

The country's $1.8 trillion sovereign wealth fund, run by [[O Norges Bank Investment Management]], has no say in rate decisions. In [[L Stockholm]], the [[O Riksbank]] cut its rate to 1.75% on Wednesday, and [[O Danmarks Nationalbank]] in [[L Copenhagen]] followed the [[O European Central Bank]] with a cut last week.

(Reporting by [[P Terje Solsvik-Aas]] in [[L Oslo]] and [[P Louise Rasmussen-Breum]] in [[L Copenhagen]]; Editing by [[P Toby Chopra-Haines]])`,
  },
  {
    name: 'wikinews-style ferry sinks in the bali strait the ship as none a search and rescue agency by acronym a transport ministry two ports named after villages islands in a list a regency a ferry operator by acronym indonesian single names a police chief with a rank and a hospital',
    text: `Ferry sinks in [[L Bali Strait]]; four dead, 30 missing

Friday, July 4, 2025

A passenger ferry sank in the [[L Bali Strait]] late on Wednesday about half an hour after leaving [[L Ketapang]] port in [[L East Java]] for [[L Gilimanuk]] on [[L Bali]], [[L Indonesia]]'s search and rescue agency said.

The ferry, [[X KMP Tunu Pratama Jaya]], was carrying 65 people and 22 vehicles. Four bodies had been recovered and 31 people rescued by Friday morning, said [[P Nanang Sigit]], who heads the [[O Basarnas]] office in [[L Surabaya]]. Fishermen from [[L Banyuwangi]] pulled some of the survivors from the water.

The [[O Ministry of Transportation]] said the ship had passed an inspection in May. The state ferry operator [[O ASDP]], which runs the crossing, said it was reviewing the ferry's cargo list. Provincial police chief Inspector General [[P Made Suwarta]] said the ship's captain, [[P Bambang]], was among the missing.

Survivors were taken to [[L Blambangan Hospital]]. Ferry services to [[L Lombok]], [[L Sumbawa]] and [[L Flores]] from [[L Bali]] ran normally.

The [[O National Transportation Safety Committee]] ([[O KNKT]]) said it would send investigators from [[L Jakarta]]. [[P Dewi Larasati Wibisono]], a maritime safety researcher at [[O Gadjah Mada University]] in [[L Yogyakarta]], said overloading was "the cause of most ferry disasters in this country".`,
  },
  {
    name: 'wikinews-style sports briefs mountain west and mexico liga mx clubs by nickname and full name a stadium named after a bank mls clubs named after cities and states a stadium named after a company college football named by university a stadium named after a grocer the nhl club of a state rodeo with an arena and a concacaf match named by country',
    text: `Sport in brief: football, college football, ice hockey and rodeo

[[O Monterrey]] beat [[O Tigres UANL]] 2–1 in the [[O Liga MX]] derby at the [[L Estadio BBVA]] on Saturday. Striker [[P Germán Berterame-Ríos]] scored in the 88th minute, and [[O Tigres]] coach [[P Guido Pizarro]] said his side had "given the game away".

In [[O Major League Soccer]], [[O Real Salt Lake]] beat the [[O Colorado Rapids]] 3–0 at [[L America First Field]] in [[L Sandy]], [[L Utah]]. [[P Diego Luna-Ocampo]] scored twice. [[O Sporting Kansas City]] lost 1–0 to [[O Minnesota United]].

[[O Boise State]] beat [[O Wyoming]] 38–14 at [[L Albertsons Stadium]] to stay unbeaten in the [[O Mountain West Conference]]. Running back [[P Ashton Jeanty-Hale]] ran for 212 yards.

The [[O Utah Hockey Club]] beat the [[O Winnipeg Jets]] 4–3 in overtime at the [[L Delta Center]] in [[L Salt Lake City]]. Captain [[P Clayton Keller]] scored the winner.

At the [[L National Western Complex]] in [[L Denver]], bull rider [[P Jess Lockwood-Tibbs]] of [[L Volborg]], [[L Montana]], won the opening round, and the [[O Professional Rodeo Cowboys Association]] said attendance was a record.

[[O Mexico]] beat [[O Panama]] 2–1 in a friendly at [[L Empower Field at Mile High]] in [[L Denver]], with [[P Santiago Giménez]] scoring both goals. [[O CONCACAF]] said the [[X Gold Cup]] draw would take place in [[L Miami]].`,
  },
];

export const BATCH_79: EntityCase[] = [
  {
    name: 'reuters las vegas nevada senate race a union named after its trade a county commission and a registrar counties a pollster a nevada news site named the nevada independent the state supreme court a casino company with a ticker a sen. and a gov. a super pac and a sign-off',
    text: `[[L LAS VEGAS]], Oct 8 ([[O Reuters]]) - The [[O Culinary Workers Union]] began knocking on 200,000 doors in [[L Las Vegas]] on Tuesday for Democratic Sen. [[P Jacky Rosen-Alcala]], whose race against Republican [[P Sam Brown-Dalton]] is among the closest in the country.

A [[O Noble Predictive Insights]] poll for [[O The Nevada Independent]] showed [[P Rosen-Alcala]] ahead by two points, within the margin of error. "[[L Clark County]] turnout is the whole ballgame," said [[P Ted Pappageorge]], the union's secretary-treasurer.

Republican Gov. [[P Joe Lombardo]] has campaigned in [[L Washoe County]], which includes [[L Reno]], and in rural [[L Elko County]]. A super PAC, [[O Silver State Strong]], said it had booked $9 million in ads for the final month.

The [[O Nevada Supreme Court]] on Monday turned down a request by the [[O Nevada Republican Party]] to stop [[L Clark County]] from counting mail ballots that arrive up to four days after election day. [[P Lorena Portillo-Vega]], the registrar in [[L Clark County]], said her office had sent 1.3 million ballots.

Casino operators are watching a ballot question on tips. [[O MGM Resorts International]] ([[X MGM.N]]) chief executive [[P Bill Hornbuckle]] said the company was "neutral" on the race, while [[O Wynn Resorts]] ([[X WYNN.O]]) gave $500,000 to a group backing [[P Brown-Dalton]].

(Reporting by [[P Tim Reid-Okafor]] in [[L Las Vegas]]; Editing by [[P Ross Colvin-Hart]])`,
  },
  {
    name: 'wikinews-style turkmenistan gas pipeline to afghanistan a state gas company a gas field with a name a pipeline by acronym as none -ow and -owa turkmen names a city named after a mountain afghan provinces an asian development bank and a taliban ministry with a hyphen',
    text: `[[L Turkmenistan]] starts work on Afghan stretch of gas pipeline

Thursday, September 12, 2024

[[L Turkmenistan]] and [[L Afghanistan]]'s [[O Taliban]] government on Wednesday began building the Afghan section of the [[X TAPI]] gas pipeline, a project that has been planned for three decades, at a ceremony in [[L Herat]].

The 1,800-kilometre line is to carry gas from the [[L Galkynysh]] field, one of the world's largest, through [[L Afghanistan]] and [[L Pakistan]] to [[L India]]. The state company [[O Turkmengaz]], which is leading the project, has already laid the pipe as far as the border town of [[L Serhetabat]], said its chairman, [[P Maksat Babayewiç Orazow]].

President [[P Serdar Berdimuhamedow]] attended the ceremony with the [[O Taliban]]'s acting prime minister, [[P Mohammad Hassan Akhund]]. A spokesman for the [[O Taliban]]'s [[O Ministry of Mines and Petroleum]], [[P Homayoun Afghan]], said the pipeline would create 12,000 jobs in the provinces of [[L Herat]], [[L Helmand]] and [[L Kandahar]].

The [[O Asian Development Bank]], which acted as the project's secretariat until 2021, has not said whether it will lend to it. [[P Jennet Annagulyýewa]], an energy analyst at the [[O Central Asia Institute]] in [[L Bishkek]], said security in [[L Helmand]] and the lack of a buyer contract with [[L Pakistan]] "remain the two big unknowns".

Gas from [[L Galkynysh]] already flows to [[L China]] through the [[X Central Asia–China gas pipeline]], which crosses [[L Uzbekistan]] and [[L Kazakhstan]].`,
  },
  {
    name: 'reuters manila takeover of a power company a conglomerate named after a family with its chairman a listed utility named after a region the central bank by its filipino name a securities regulator by acronym law firms of four surnames with an ampersand banks as advisers named alone tickers cities and a sign-off',
    text: `[[L MANILA]], June 3 ([[O Reuters]]) - [[O Aboitiz Equity Ventures]] ([[X AEV.PS]]) said on Monday it would buy a 60% stake in [[O Visayan Electric Power Corp]] for 38 billion pesos ($650 million), expanding its grip on power distribution in [[L Cebu]] and the central [[L Philippines]].

The seller, [[O Dumaguete Holdings]], is owned by a [[L Cebu]] family. [[O Aboitiz]] chairman [[P Sabin M. Aboitiz]] said the deal would bring the group's customers to 3.2 million and that it would spend 12 billion pesos upgrading the grid in [[L Mandaue]] and [[L Lapu-Lapu City]].

[[O BPI Capital]] and [[O UBS]] advised [[O Aboitiz]], with [[O SyCip Salazar Hernandez & Gatmaitan]] as legal counsel. [[O Citigroup]] advised the seller, and [[O Romulo Mabanta Buenaventura Sayoc & de los Angeles]] acted as its lawyers. The deal needs the approval of the [[O Energy Regulatory Commission]] and the [[O Philippine Competition Commission]] ([[O PCC]]).

[[O Aboitiz]] shares rose 3.4% on the [[O Philippine Stock Exchange]], while the main index was flat. The [[O Bangko Sentral ng Pilipinas]] left its rate at 6.5% last week, and Governor [[P Eli M. Remolona Jr.]] said a cut in August was possible.

"Distribution is the steady end of the power business," said [[P Juan Paolo Colet-Dizon]], an analyst at [[O China Bank Capital]] in [[L Makati]].

(Reporting by [[P Karen Lema-Villanueva]]; Editing by [[P Martin Petty-Rowe]])`,
  },
  {
    name: 'wikinews-style lithuanian parliamentary election the seimas parties by name and acronym including a hyphen -iene -aite and -as names a central electoral commission a city on the coast nato a president and a university in the capital',
    text: `Social Democrats win [[L Lithuania]]'s parliamentary election

Monday, October 28, 2024

The [[O Social Democratic Party of Lithuania]] ([[O LSDP]]) won 52 of the 141 seats in the [[O Seimas]] in Sunday's run-off round, the [[O Central Electoral Commission]] said on Monday, and will form a government with two smaller parties.

Party leader [[P Vilija Blinkevičiūtė]], a member of the [[O European Parliament]] since 2009, said she would not become prime minister and proposed [[P Gintautas Paluckas-Žemaitis]], a former mayor of [[L Vilnius]], for the post.

The governing [[O Homeland Union – Lithuanian Christian Democrats]] ([[O TS-LKD]]) of outgoing Prime Minister [[P Ingrida Šimonytė]] fell to 28 seats. The new populist party [[O Dawn of Nemunas]], led by [[P Remigijus Žemaitaitis]], took 20 seats, and its leader's earlier remarks about Jews drew criticism from the [[O Lithuanian Jewish Community]].

President [[P Gitanas Nausėda]] said he would not appoint ministers from [[O Dawn of Nemunas]] and that [[L Lithuania]] would keep spending at least 3% of its economic output on defence as a member of [[O NATO]]. Turnout was highest in [[L Kaunas]] and lowest in the port city of [[L Klaipėda]].

[[P Rūta Kazlauskaitė]], a political scientist at [[O Vilnius University]], said voters had punished the government over prices rather than foreign policy.`,
  },
  {
    name: 'wikinews-style emirati astronaut returns from the international space station a space centre named after a ruler by name and acronym nasa a spacex capsule as none a station as none a space center in florida as a place a bin name a sheikh and a university in abu dhabi',
    text: `Emirati astronaut returns after six months on the space station

Tuesday, September 5, 2023

[[P Sultan Al Neyadi]], the first Arab astronaut to spend six months in orbit, came home on Monday when a [[O SpaceX]] [[X Dragon]] capsule splashed down off [[L Jacksonville]], [[L Florida]].

[[P Al Neyadi]] flew to the [[X International Space Station]] in March from the [[L Kennedy Space Center]] with two [[O NASA]] astronauts and a Russian cosmonaut. During the mission he became the first Arab to walk in space and carried out some 200 experiments, many of them designed at [[O Khalifa University]] in [[L Abu Dhabi]].

The [[O Mohammed bin Rashid Space Centre]] ([[O MBRSC]]) in [[L Dubai]], which runs the country's astronaut programme, said he would spend two weeks in [[L Houston]] before flying home. Its director general, [[P Salem Humaid Al Marri]], said a second long mission was planned for 2026.

Sheikh [[P Mohammed bin Rashid Al Maktoum]], the ruler of [[L Dubai]], wrote that [[P Al Neyadi]] had "carried the dreams of a nation". The [[O UAE Space Agency]] said it was also preparing a probe to the asteroid belt, due to launch in 2028.

[[O Roscosmos]] cosmonaut [[P Andrey Fedyaev]] and [[O NASA]]'s [[P Stephen Bowen]] and [[P Warren Hoburg]] returned with him.`,
  },
  {
    name: 'wikinews-style sports briefs philippine basketball clubs named after sponsors full and short danish handball a kazakh cycling team named after the capital wrestling with georgia and azerbaijan named by country a mexican boxer and a guatemalan racewalker',
    text: `Sport in brief: basketball, handball, cycling, wrestling and athletics

The [[O San Miguel Beermen]] beat [[O Barangay Ginebra San Miguel]] 102–96 in game seven of the [[O Philippine Basketball Association]] finals at the [[L Smart Araneta Coliseum]] in [[L Quezon City]]. [[P June Mar Fajardo]] had 28 points and 19 rebounds for the [[O Beermen]].

[[O Aalborg Håndbold]] beat [[O GOG]] 34–29 in the Danish handball final in front of 5,000 people at [[L Gigantium]]. [[P Mikkel Hansen-Lund]] scored nine goals.

Kazakh team [[O Astana Qazaqstan]] said its rider [[P Alexey Lutsenko]] would lead the team at the [[X Tour de France]]. Team manager [[P Alexandre Vinokourov]] said in [[L Almaty]] that the team had signed two Colombian climbers.

At the European wrestling championships in [[L Bucharest]], [[O Georgia]] won the team title ahead of [[O Azerbaijan]] and [[O Türkiye]]. [[P Giorgi Meshvildishvili]] took gold at 97 kg.

In [[L Guatemala City]], racewalker [[P Érick Barrondo-Ixtabalán]] won the 20 km race of the [[X Central American Championships]] in a championship record. The [[O Guatemalan Athletics Federation]] said he would compete in [[L Tokyo]] in September.`,
  },
];
