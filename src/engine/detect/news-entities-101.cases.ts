/**
 * Blind entity batches 101-103 (helper ents45a, 6 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 103 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_34 are made from batches 101 and 102 only, and batch 103's errors are never
 * printed or read (only its totals). 101 and 102 lean on kinds of news earlier batches used little:
 * transport (rail operators and infrastructure bodies, ferry lines, airlines, airports, port
 * authorities, transit and seamen's unions); weather and disasters (weather services with hyphens,
 * departments and counties, relief agencies); sport beyond football (rugby and county cricket sides
 * named by one word, cycling teams, franchises named by a city and a nickname); prisons, police and
 * justice (named prisons as places, inspectorates, an ombudsman, jail unions); polling ("an Ipsos
 * poll") and firms with "&"; broadcasters and their streaming services. Batch 103 is an ordinary
 * day's wire (politics, business, world, sport, health, oil). Products, vessels, storms, services,
 * apps, races and works are none. People are invented; countries, agencies and companies appear
 * as they would in any report.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_101: EntityCase[] = [
  {
    name: 'reuters london rail strike a train operator owned by two groups the drivers union by acronym an infrastructure body the rail regulator a passenger watchdog a transit union by acronym a train as none a train maker and a sign-off',
    text: `[[L LONDON]], Feb 10 ([[O Reuters]]) - Train drivers at [[O Avanti West Coast]] will strike for four days later this month, the drivers' union [[O ASLEF]] said on Tuesday, in a dispute over rest-day working that has already cancelled hundreds of trains between [[L London]] and [[L Glasgow]].

The union's general secretary, [[P Owen Pritchard]], said drivers had been asked to work "on goodwill" for two years. [[O Avanti West Coast]], which is owned by [[O FirstGroup]] and [[O Trenitalia]], said it would run a reduced timetable and urged passengers to check before travelling.

The strike falls in the same week that [[O Network Rail]] closes the line north of [[L Preston]] for bridge repairs, leaving passengers for [[L Scotland]] on replacement buses. [[O Network Rail]]'s route director, [[P Gemma Castellano]], said the work had been booked a year ago and could not be moved.

The [[O Office of Rail and Road]], the industry regulator, said last month that [[O Avanti]] had cancelled 6.1 percent of its trains in the past year, the worst record of any long-distance operator. Transport Secretary [[P Hugh Maddox-Reid]] said the government would bring the route into public ownership under [[O Great British Railways]] when the contract ends.

The [[O RMT]], which represents guards and station staff, said its members would not cross picket lines. [[O Transport Focus]], a passenger watchdog, said travellers had "run out of patience."

Shares in [[O FirstGroup]] fell 1.2 percent in [[L London]].

Services on the route are run with [[X Pendolino]] tilting trains built in the early 2000s, which the operator plans to replace from 2027 with new trains made by [[O Hitachi]] at its plant in [[L Newton Aycliffe]].

(Reporting by [[P Harriet Colquhoun]]; Editing by [[P Declan Morrow]])`,
  },
  {
    name: 'wikinews-style greek seamen strike a seamen federation by name and acronym the coast guard ferry lines ports and island groups a ministry with and a port authority and its chinese owner airlines a ship as none a tourism body by name and acronym and a sources list',
    text: `Greek seamen's strike halts ferries to the islands

Wednesday, April 15, 2026

Ferries between [[L Piraeus]] and the [[L Aegean]] islands stayed in port on Tuesday as members of the [[O Panhellenic Seamen's Federation]] ([[O PNO]]) began a 48-hour strike over pay and crew sizes.

The [[O Hellenic Coast Guard]] said no passenger ship had left [[L Piraeus]], [[L Rafina]] or [[L Lavrio]] since midnight. [[O Blue Star Ferries]] and [[O Seajets]] said they had cancelled all sailings to [[L Crete]], the [[L Cyclades]] and the [[L Dodecanese]], and would refund tickets or move passengers to later ships.

The federation's general secretary, [[P Stathis Kyriakou]], said crews had not had a pay rise since 2019 and that owners were sailing with "fewer sailors than the law allows." The [[O Union of Greek Shipowners]] called the claim false.

The [[O Ministry of Maritime Affairs and Insular Policy]] asked both sides to meet on Thursday. Minister [[P Vasilis Doukas-Melas]] said island residents needing hospital care would be carried by coast guard boats or by [[O Aegean Airlines]] and [[O Olympic Air]], which added flights to [[L Rhodes]] and [[L Heraklion]].

The [[O Piraeus Port Authority]], controlled by [[L China]]'s [[O COSCO Shipping]], said its cargo terminals were working normally, since dock workers belong to a different union.

On [[L Naxos]], the mayor, [[P Dimitra Lianou]], said shops were running short of fresh food. The ferry [[X Blue Star Delos]] had been due to bring 40 lorries of supplies on Tuesday morning.

Tourism groups warned that strikes in spring could put visitors off. The [[O Greek Tourism Confederation]] ([[O SETE]]) said bookings for May were up 6 percent on last year, and urged the government to set minimum sailings during strikes, as [[L Italy]] and [[L Spain]] do.

Sources

"Ferries tied up as seamen strike" — [[O Kathimerini]], April 14, 2026
"[[O PNO]] begins 48-hour strike" — [[O ERT News]], April 14, 2026`,
  },
  {
    name: 'reuters johannesburg state airline expands an aircraft as none the airports company by name and acronym an airport named after a person the civil aviation authority private airlines a pilots association the treasury gulf carriers and a sign-off',
    text: `[[L JOHANNESBURG]], Sept 8 ([[O Reuters]]) - [[O South African Airways]] said on Monday it would lease four more [[X Airbus A350]] jets and restart flights to [[L Perth]] and [[L Mumbai]] next year, the state carrier's biggest expansion since it left a rescue process in 2021.

Interim chief executive [[P Lerato Ndlovu-Mahlangu]] said the airline expected to break even this year for the first time in more than a decade. [[O SAA]] now flies to 20 cities, against 56 before the pandemic.

The plan depends on slots at [[L O.R. Tambo International Airport]], where [[O Airports Company South Africa]] ([[O ACSA]]) is rebuilding one of two runways. [[O ACSA]] said the runway would reopen in March, and that it had asked the [[O South African Civil Aviation Authority]] to approve longer night operations.

Private rivals were cool on the news. [[O Airlink]], which flies to smaller cities across southern [[L Africa]], said it would not "fight a state-funded airline on price." [[O FlySafair]] chief [[P Kirby Gordon-Hale]] said [[O SAA]] should be sold, as the government promised four years ago.

The [[O SAA Pilots' Association]] said its 300 members backed the plan but wanted their pay cuts reversed first. The [[O Department of Transport]] and the [[O National Treasury]] must still approve the leases.

Analysts at [[O Anchor Capital]] said long-haul routes were "where airlines lose money fastest." [[O Emirates]] and [[O Qatar Airways]] carry most travellers between [[L South Africa]] and [[L Asia]] through their hubs in [[L Dubai]] and [[L Doha]].

Tourism Minister [[P Patricia Mokwena]] welcomed the plan, saying direct flights from [[L India]] could bring 100,000 more visitors a year to [[L Cape Town]] and the [[L Kruger National Park]].

(Reporting by [[P Thandeka Mabuza]]; Editing by [[P Graham Pettifer]])`,
  },
  {
    name: 'wikinews-style floods in southern france the weather service with a hyphen departments a storm named by it a river and towns with hyphens the civil security service a ministry the red cross the rail operator an airport an insurers federation and a sources list',
    text: `Floods kill four in southern [[L France]]

Saturday, October 17, 2026

At least four people died and hundreds were evacuated after torrential rain hit the [[L Var]] and [[L Alpes-Maritimes]] departments of southern [[L France]] on Thursday and Friday, authorities said.

[[O Météo-France]], the national weather service, had put both departments on red alert on Thursday morning, warning of up to 300 millimetres of rain in 24 hours. The storm, which [[O Météo-France]] named [[X Irène]], stalled over the coast for two days.

The prefect of the [[L Var]], [[P Évelyne Charvet-Roux]], said two of the dead were found in a car swept off a road near [[L Draguignan]]. The [[L Argens]] burst its banks at [[L Le Muy]] and [[L Roquebrune-sur-Argens]], where water reached the first floor of houses.

More than 900 firefighters and members of the [[O Sécurité Civile]] were sent to the region, the [[O Ministry of the Interior]] said. Helicopters lifted 140 people from rooftops in the [[L Roya]] valley north of [[L Nice]].

The [[O French Red Cross]] opened shelters in schools in [[L Fréjus]] and [[L Saint-Raphaël]]. The rail operator [[O SNCF]] halted trains between [[L Marseille]] and [[L Ventimiglia]], and [[L Nice Côte d'Azur Airport]] cancelled 60 flights on Friday.

Prime Minister [[P Antoine Verdier]] visited [[L Draguignan]] on Friday and promised to declare a natural disaster within a week, which lets insurers pay out faster. The insurers' federation [[O France Assureurs]] said early estimates put the damage at 400 million euros.

In neighbouring [[L Italy]], the civil protection department said rain had also flooded parts of [[L Liguria]], and a landslide closed the coast road near [[L Sanremo]].

Sources

"Intempéries dans le [[L Var]] : quatre morts" — [[O Nice-Matin]], October 16, 2026
"Deadly floods in southern [[L France]]" — [[O France 24]], October 16, 2026`,
  },
  {
    name: 'reuters oklahoma city tornadoes counties the weather service office and its prediction center fema by name and acronym the state emergency department a utility a tribal nation the red cross and salvation army a hospital system and a sign-off',
    text: `[[L OKLAHOMA CITY]], May 7 ([[O Reuters]]) - Tornadoes tore through central [[L Oklahoma]] overnight, killing at least five people and destroying more than 200 homes in [[L Cleveland County]] and [[L Pottawatomie County]], officials said on Thursday.

The [[O National Weather Service]] office in [[L Norman]] said at least one tornado was rated EF3, with winds of up to 150 miles per hour. Meteorologist [[P Darren Kilcrease]] said the storms had formed quickly in the late evening, giving some towns less than ten minutes of warning.

Governor [[P Marcus Tilghman]] declared a state of emergency in 12 counties and asked for help from the [[O Federal Emergency Management Agency]] ([[O FEMA]]). "We have neighborhoods in [[L Shawnee]] that are simply gone," he told reporters.

The [[O Oklahoma Department of Emergency Management]] said 14,000 homes and businesses were without power. The utility [[O Oklahoma Gas and Electric]] said most would be reconnected by Saturday.

In [[L Shawnee]], the [[O Citizen Potawatomi Nation]] opened its community center as a shelter. The [[O American Red Cross]] and the [[O Salvation Army]] sent teams and supplies from [[L Tulsa]].

The [[O University of Oklahoma]] canceled classes for the day. [[O Norman Regional Health System]] said its hospitals had treated 48 people, three of them in critical condition.

Forecasters at the [[O Storm Prediction Center]], also in [[L Norman]], said more severe storms were likely across [[L Kansas]] and [[L Missouri]] on Friday.

[[O FEMA]] said it had sent a team to [[L Oklahoma City]] to assess the damage with state officials. Insurers including [[O State Farm]] said they had opened claims centers in [[L Moore]] and [[L Tecumseh]].

(Reporting by [[P Brendan O'Farrell]] in [[L Oklahoma City]]; Additional reporting by [[P Joel Westbrook]] in [[L Atlanta]]; Editing by [[P Carla Ostrowski]])`,
  },
  {
    name: 'reuters vancouver port lockout an employers association by name and acronym a union local with a number the port authority terminal operators railways a grain association a labour board a potash miner a chamber of commerce and a sign-off with two people',
    text: `[[L VANCOUVER]], Nov 4 ([[O Reuters]]) - [[L Canada]]'s largest port was shut for a third day on Wednesday after employers locked out 700 foremen, halting shipments of grain, potash and containers worth about C$800 million a day.

The [[O BC Maritime Employers Association]] ([[O BCMEA]]) said it had locked out members of [[O International Longshore and Warehouse Union Local 514]] after the union began refusing overtime. The local's president, [[P Frank Morena-Dutt]], called the lockout "an attack on every worker on the waterfront."

The [[O Vancouver Fraser Port Authority]] said 40 ships were waiting at anchor in [[L English Bay]] and off [[L Delta]]. Container terminals run by [[O DP World]] and [[O GCT Global Container Terminals]] were idle, and the port of [[L Prince Rupert]] further north was also affected.

Railways [[O Canadian National Railway]] and [[O CPKC]] said they had stopped taking grain bound for the port. The [[O Western Grain Elevator Association]] said farmers in [[L Saskatchewan]] and [[L Alberta]] could not deliver their crops.

Labour Minister [[P Gabrielle Tessier]] said she had asked the [[O Canada Industrial Relations Board]] to order binding arbitration, as the government did in a dispute at the same port last year. The union said it would challenge any such order in the [[O Federal Court of Appeal]].

Shares of [[O Nutrien]], the world's largest potash producer, fell 1.4% in [[L Toronto]]. The [[O Canadian Chamber of Commerce]] said the government should make ports an essential service.

"Every time this happens, our customers in [[L Asia]] look at [[L Australia]] and [[L Brazil]] instead," said [[P Harjit Sandhu-Kaur]], who runs a pulse exporter in [[L Surrey]].

(Reporting by [[P Naveed Qureshi]] in [[L Ottawa]] and [[P Leah Thorvaldson]] in [[L Vancouver]]; Editing by [[P Miguel Arrieta]])`,
  },
];

export const BATCH_102: EntityCase[] = [
  {
    name: 'wikinews-style sports roundup super rugby sides named by one word acting as subjects a park as place county cricket sides and a ground a competition as none cycling teams and a race as none netball franchises and a sources list',
    text: `Sports roundup: [[O Crusaders]] reach final, [[O Surrey]] take title

Sunday, September 27, 2026

Rugby union: The [[O Crusaders]] beat the [[O Blues]] 24–21 at [[L Eden Park]] in [[L Auckland]] on Saturday to reach a fifth straight [[O Super Rugby Pacific]] final. Flanker [[P Tom Rennick]] scored the winning try with two minutes left. [[O Blues]] coach [[P Logan Sefo]] said his side had "let it slip." The [[O Crusaders]] will meet the [[O Chiefs]], who beat the [[O Brumbies]] 30–17 in [[L Hamilton]]. [[O New Zealand Rugby]] said the final had sold out within an hour, and that the match would be shown free to air for the first time.

Cricket: [[O Surrey]] won the [[X County Championship]] for the fourth time in five years after beating [[O Somerset]] by an innings and 40 runs at [[L Taunton]]. Seamer [[P Jordan Clarke-Atkins]] took eight wickets in the match. [[O Yorkshire]] and [[O Essex]] were relegated. The [[O England and Wales Cricket Board]] said the two-division format would stay next year.

Cycling: [[P Mattias Lundqvist]] of [[O Lidl-Trek]] won the [[X Tour of Britain]] by nine seconds after the final stage in [[L Cardiff]]. [[P Owain Pryce-Jones]] of [[O Ineos Grenadiers]] was second, and [[O UAE Team Emirates]] took the team prize. [[O British Cycling]] said the race would start in [[L Aberdeen]] next year.

Netball: The [[O London Pulse]] beat the [[O Manchester Thunder]] 58–55 in the [[O Netball Super League]] grand final at the [[L Copper Box Arena]]. Shooter [[P Funmi Adebayo-Clarke]] scored 41 goals. [[O England Netball]] named six of the winning side in its squad for the autumn series against [[O Jamaica]] and [[O Australia]].

Sources

"[[O Crusaders]] edge [[O Blues]] in thriller" — [[O Stuff]], September 26, 2026
"[[O Surrey]] crowned champions again" — [[O BBC Sport]], September 26, 2026`,
  },
  {
    name: 'reuters mumbai cricket franchise sale a spirits maker selling a stake in a city franchise named with a nickname full and short the cricket board by acronym rival franchises and their owners banks and law firms with ampersands the competition regulator a stadium and a sign-off',
    text: `[[L MUMBAI]], March 19 ([[O Reuters]]) - [[O Diageo]] has agreed to sell a 51% stake in [[O Royal Challengers Bengaluru]] to a group led by private equity firm [[O Kedaara Capital]] for about $1.6 billion, the [[L London]]-listed drinks maker said on Thursday, valuing the cricket franchise above any other in the [[O Indian Premier League]].

[[O RCB]], which won its first [[O IPL]] title last year, is owned by [[O Diageo]]'s Indian unit, [[O United Spirits]]. [[O United Spirits]] will keep a 49% stake and two seats on the board.

[[O Kedaara]] partner [[P Vikram Ahluwalia-Sethi]] said the side's fan base was "the most loyal in world sport." [[O Royal Challengers]] plays its home games at the [[L M. Chinnaswamy Stadium]] in [[L Bengaluru]].

The deal needs approval from the [[O Board of Control for Cricket in India]] ([[O BCCI]]) and the [[O Competition Commission of India]]. The board's secretary, [[P Anirban Chakladar]], said it would "look at the buyers closely."

Franchise values have soared since the league sold its media rights to [[O JioStar]] and [[O Viacom18]] for $6.2 billion. The [[O Mumbai Indians]], owned by [[O Reliance Industries]], and the [[O Chennai Super Kings]] are each valued at more than $1 billion by the consultancy [[O Houlihan Lokey]].

[[O Goldman Sachs]] and [[O Kotak Mahindra Capital]] advised [[O Diageo]], with law firm [[O Shardul Amarchand Mangaldas & Co]]. [[O Kedaara]] was advised by [[O Ernst & Young]] and [[O Cyril Amarchand Mangaldas]].

Shares of [[O United Spirits]] rose 4.3% in [[L Mumbai]]. "The market has wanted this for two years," said [[P Nikhil Sood]], an analyst at [[O Motilal Oswal]].

[[O Diageo]] said it would use the money to pay down debt.

(Reporting by [[P Rohan Bhattacharjee]] in [[L New Delhi]] and [[P Kavya Subramani]] in [[L Bengaluru]]; Editing by [[P Meera Joshi-Pillai]])`,
  },
  {
    name: 'wikinews-style prison inspection in england named prisons as places the prisons inspectorate the ombudsman the justice ministry the prison service by long name a prison officers union by name and acronym a monitoring board a penal reform charity a private operator and a sources list',
    text: `Inspectors call for urgent action at two English prisons

Wednesday, June 3, 2026

The prisons watchdog for [[L England]] and [[L Wales]] on Tuesday used its urgent notification powers for the second time this year, saying conditions at [[L HMP Bristol]] and [[L HMP Thameside]] had put prisoners "at real risk."

[[O HM Inspectorate of Prisons]] said inspectors found men locked in their cells for 22 hours a day at [[L HMP Bristol]], and drugs thrown over the walls by drone. Chief Inspector [[P Martin Ashdown-Lee]] said it was "one of the most troubling jails we have seen."

[[L HMP Thameside]], in south-east [[L London]], is run by the contractor [[O Serco]] for the [[O Ministry of Justice]]. [[O Serco]] said it had hired 60 more officers since the inspection and that violence had fallen.

Under the urgent notification process, Justice Secretary [[P Helen Garvey-Shaw]] must publish a plan within 28 days. [[O HM Prison and Probation Service]] said extra staff would be sent to both prisons.

The [[O Prisons and Probation Ombudsman]], [[P Adrian Usher-Cole]], said his office had opened investigations into three deaths at [[L HMP Bristol]] since January.

The [[O Prison Officers' Association]] ([[O POA]]) said its members were "exhausted and outnumbered." Its general secretary, [[P Gareth Pennock]], called for a pay rise to keep staff.

The prison's [[O Independent Monitoring Board]] said in its annual report that the healthcare wing had gone without a doctor for six weeks. The charity [[O Howard League for Penal Reform]] said the prison population of [[L England]] and [[L Wales]], at 88,000, was the highest in [[L Western Europe]].

Sources

"Watchdog sounds alarm over [[L Bristol]] jail" — [[O BBC News]], June 2, 2026
"Urgent notification for [[L Thameside]]" — [[O Inside Time]], June 2, 2026`,
  },
  {
    name: 'reuters new york jail receivership rikers island as a place the city correction department the board of correction a federal judge the legal aid society a correction officers union the us attorney office by long name the nypd by name and acronym and a sign-off',
    text: `[[L NEW YORK]], June 2 ([[O Reuters]]) - A federal judge on Monday appointed an outside manager to run the jails on [[L Rikers Island]], stripping [[L New York City]] of control of its troubled jail system for the first time in its history.

[[L U.S.]] District Judge [[P Rosalind Achterberg]] in [[L Manhattan]] said the [[O New York City Department of Correction]] had failed for nearly a decade to meet the terms of a 2015 settlement, and that 12 people had died in custody last year. The manager, known as a remedial manager, will report to the court.

The case was brought by the [[O Legal Aid Society]] and later joined by the [[O U.S. Attorney's Office for the Southern District of New York]]. [[O Legal Aid]] lawyer [[P Tamsin Oduya]] said the ruling was "long overdue."

The city's [[O Board of Correction]], which oversees the jails, said it would cooperate. Correction Commissioner [[P Denise Carrasquillo]] said the department had already cut violence by a fifth since January.

[[O Correction Officers' Benevolent Association]] president [[P Vito Mancuso]] said officers were being blamed for "decades of bad decisions made by politicians."

Mayor [[P Eric Dalton]] said the city would not appeal and would work with the manager to close [[L Rikers Island]] by 2027, as the [[O New York City Council]] voted to do in 2019. Council member [[P Priya Ramdial]] said that date was "already a fiction."

The [[O New York Police Department]] ([[O NYPD]]) said separately on Monday that it would take over transport of prisoners to court from the correction department in September.

About 6,800 people are held in the jails, most of them awaiting trial. The [[O Vera Institute of Justice]] said the number had risen by a third since 2021.

(Reporting by [[P Owen Feltham]] in [[L New York]]; Editing by [[P Ruth Abernathy]])`,
  },
  {
    name: 'reuters ottawa election polls pollsters named as a x poll an institute and a research firm broadcasters and a newspaper commissioning polls parties by long name a poll aggregator a provincial party and a sign-off',
    text: `[[L OTTAWA]], April 14 ([[O Reuters]]) - [[L Canada]]'s ruling [[O Liberal Party]] has opened a six-point lead over the opposition [[O Conservative Party]] with two weeks left before the federal election, an [[O Ipsos]] poll for [[O Global News]] showed on Monday.

The poll put the governing party at 43% and its main rival at 37%, with the [[O New Democratic Party]] at 9% and the [[O Bloc Québécois]] at 6%. It surveyed 2,500 adults between April 9 and April 12.

A [[O Léger]] poll for [[O The Canadian Press]] released the same day showed a narrower gap of three points, and [[O Nanos Research]], which polls nightly for [[O CTV News]] and [[O The Globe and Mail]], had the parties tied in [[L Ontario]], where most seats are decided.

"The national numbers hide a very close race in the suburbs around [[L Toronto]]," said [[P Curtis Halvorsen]], who heads public affairs at [[O Ipsos]].

Prime Minister [[P Martin Delacroix]] campaigned in [[L Brampton]] and [[L Mississauga]] on Monday. Conservative leader [[P Shannon Purcell]] was in [[L Quebec City]], where she promised to cut fuel taxes.

The [[O Angus Reid Institute]] found in a poll last week that a third of voters could still change their minds. Its president, [[P Nadia Rahimi-Boyd]], said voters were most worried about housing and trade with the [[L United States]].

The [[O CBC]]'s poll tracker, which averages published surveys, gives the governing party a 78% chance of winning the most seats. The aggregator [[O 338Canada]] puts it at 71%.

In [[L Quebec]], a [[O Pallas Data]] poll for the newspaper [[O L'actualité]] showed the [[O Bloc Québécois]] losing ground in rural ridings.

(Reporting by [[P Colin Drummond]] in [[L Ottawa]]; Editing by [[P Hugo Lindqvist]])`,
  },
  {
    name: 'wikinews-style british broadcasters streaming services and apps as none the bbc itv channel 4 and channel 5 the regulator a yougov poll a media consultancy a law firm with an ampersand a producers association a culture department with commas and a sources list',
    text: `[[O Ofcom]] says British broadcasters must share streaming platform

Tuesday, November 10, 2026

The British media regulator [[O Ofcom]] on Monday told the country's public service broadcasters to work together on a single streaming platform or risk losing younger viewers to [[O Netflix]] and [[O YouTube]] for good.

In its five-yearly review, [[O Ofcom]] said the share of 16-to-24-year-olds who watched live television each week had fallen to 38 percent. The regulator's chief executive, [[P Helena Marsh-Whitby]], said the broadcasters "cannot each fight this alone."

The [[O BBC]] said talks were at an early stage. Its streaming service, [[X iPlayer]], had 9 million weekly users last year. [[O ITV]], whose own service [[X ITVX]] has grown quickly since its launch, said it was "open to working with partners." [[O Channel 4]] and [[O Channel 5]], owned by [[O Paramount]], have already agreed to put their programmes on the [[X Freely]] app.

A [[O YouGov]] poll published with the review found that 61 percent of adults would pay for a shared service if it carried all the public broadcasters' archives. [[O Enders Analysis]], a media consultancy, said a joint platform could save the broadcasters £200 million a year.

The producers' association [[O Pact]] warned that a joint platform must not cut the fees paid to independent companies. Its chief executive, [[P Alastair Greaves]], said producers had been "squeezed for a decade."

The [[O Department for Culture, Media and Sport]] said the government would respond in the spring. Lawyers at [[O Wiggin & Co]], who advise several broadcasters, said any joint venture would need approval from the [[O Competition and Markets Authority]].

[[O Sky]], which is owned by [[L U.S.]] cable group [[O Comcast]], said its own [[X Sky Glass]] televisions already carried all the public broadcasters' apps.

Sources

"[[O Ofcom]] urges joint streaming push" — [[O The Guardian]], November 9, 2026
"Public service media review" — [[O Broadcast]], November 9, 2026`,
  },
];

export const BATCH_103: EntityCase[] = [
  {
    name: 'reuters berlin coalition row over the budget the chancellor and his finance minister parties by long name and acronym the bundestag the finance ministry an economic institute the central bank a business lobby a union federation and a sign-off',
    text: `[[L BERLIN]], Sept 23 ([[O Reuters]]) - [[L Germany]]'s coalition partners clashed on Tuesday over how to close a 30 billion euro hole in next year's budget, with the [[O Social Democrats]] rejecting cuts to pensions that the conservatives say are unavoidable.

Chancellor [[P Matthias Brenner]] of the [[O Christian Democratic Union]] ([[O CDU]]) told a party meeting in [[L Berlin]] that "everyone will have to give something." His finance minister, [[P Katrin Lohmeyer]] of the [[O SPD]], said she would not sign a budget that cut the pensions of people "who have worked for 45 years."

The dispute comes a week before the cabinet is due to send its draft to the [[O Bundestag]]. A spokesman for the [[O Finance Ministry]] said talks would continue over the weekend.

The far-right [[O Alternative for Germany]] ([[O AfD]]), which leads some national polls, called for new elections. The [[O Greens]], now in opposition, said the coalition had "lost its way."

The [[O Ifo Institute]] in [[L Munich]] said on Monday that business morale had fallen for a third month, and the [[O Bundesbank]] expects the economy to grow by only 0.3 percent this year. Carmakers [[O Volkswagen]] and [[O BMW]] have both cut their forecasts, blaming [[L U.S.]] tariffs and weak demand in [[L China]].

The employers' group [[O BDI]] urged the government to cut energy taxes instead of raising spending. The [[O German Trade Union Confederation]] ([[O DGB]]) said it would hold protests in [[L Hamburg]], [[L Cologne]] and [[L Leipzig]] if pensions were touched.

The [[O Christian Social Union]], the [[O CDU]]'s sister party in [[L Bavaria]], backed the chancellor. Its leader, [[P Florian Eckstein]], said the pension rise agreed last year "cannot be paid for."

(Reporting by [[P Jonas Wehrmann]] and [[P Lena Brandt]]; Editing by [[P Maren Scholz]])`,
  },
  {
    name: 'reuters tokyo games maker raises forecast a console as none a rival and a chipmaker analysts at a brokerage a game and a film as none a film studio the nikkei as none and a sign-off',
    text: `[[L TOKYO]], Nov 5 ([[O Reuters]]) - [[O Nintendo]] raised its full-year profit forecast by 15% on Wednesday after sales of its [[X Switch 2]] console beat expectations in their first six months, sending its shares to a record high.

The [[L Kyoto]]-based company said it now expects operating profit of 420 billion yen ($2.8 billion) for the year to March, up from an earlier forecast of 365 billion yen. It sold 14.2 million consoles in the April-September half.

President [[P Kenjiro Amano]] said demand was strongest in [[L North America]] and [[L Europe]], and that supplies would be "sufficient for the holidays." The company is making more of the consoles in [[L Vietnam]] to avoid [[L U.S.]] tariffs on goods from [[L China]].

Rival [[O Sony Group]], which reports results next week, has cut the price of its own console in [[L Japan]]. Chipmaker [[O Nvidia]], which supplies the processor for the [[X Switch 2]], said last month that demand for its gaming chips was "healthy."

"The launch has gone better than anyone expected, including the company," said [[P Takeshi Morimoto]], an analyst at [[O Toyo Securities]]. He said sales of the new [[X Mario Kart]] game had been the main driver.

[[O Nintendo]] also said the film based on [[X The Legend of Zelda]], which it is making with [[O Sony Pictures]], would open in cinemas in March 2027. Its first [[X Super Mario Bros. Movie]] took more than $1.3 billion worldwide.

Shares of [[O Nintendo]] rose 6.8% in [[L Tokyo]], outpacing a 0.4% gain in the [[X Nikkei]] average. The stock has almost doubled this year.

The company's results were released after the market closed on Tuesday.

(Reporting by [[P Aiko Nishimura]]; Editing by [[P Neil Fairbanks]])`,
  },
  {
    name: 'wikinews-style colombia and venezuela reopen a border bridge presidents and foreign ministers border cities and states a bridge as place the un refugee agency a rebel group by acronym a chamber of commerce a migration agency and a sources list',
    text: `[[L Colombia]] and [[L Venezuela]] reopen border bridge to lorries

Saturday, March 7, 2026

[[L Colombia]] and [[L Venezuela]] on Friday reopened the [[L Tienditas International Bridge]] to lorries for the first time since it was built in 2016, in a ceremony attended by both countries' foreign ministers.

The bridge links [[L Cúcuta]], in the Colombian department of [[L Norte de Santander]], with [[L Ureña]] in the Venezuelan state of [[L Táchira]]. Colombian foreign minister [[P Mariana Restrepo Duque]] said it would "turn a border of smuggling into a border of trade."

Her Venezuelan counterpart, [[P Ramón Echeverría Sucre]], said trade between the two countries could reach $2 billion this year. The [[O Colombian-Venezuelan Chamber of Commerce]] said 300 lorries a day were expected to cross once customs checks were in place.

The border region has long been a haven for armed groups. The [[O National Liberation Army]] ([[O ELN]]), a Colombian rebel group, has fought rivals for control of the [[L Catatumbo]] region since January, forcing tens of thousands of people from their homes. [[O Migración Colombia]], the migration agency, said it would post 80 more officers at the crossing.

The [[O UN Refugee Agency]] ([[O UNHCR]]) said more than 2.8 million Venezuelans now live in [[L Colombia]]. Its representative in [[L Bogotá]], [[P Céline Fournier-Adeyemi]], said the bridge would make it easier for families split by the border to visit one another.

Traders in [[L Cúcuta]] welcomed the news. "We have waited ten years for this," said [[P Hernando Villamizar]], who sells building materials near the [[L Simón Bolívar International Bridge]], the older crossing nearby.

The two countries restored diplomatic relations in 2022 after a three-year break.

Sources

"Reabren el puente de [[L Tienditas]]" — [[O El Tiempo]], March 6, 2026
"Border bridge opens to trade" — [[O Associated Press]], March 6, 2026`,
  },
  {
    name: 'reuters nba playoffs franchises named by city and nickname full and short arenas a star injured a team doctor the league and a sign-off',
    text: `[[L BOSTON]], May 12 ([[O Reuters]]) - [[P Jaylen Okonkwo]] scored 34 points as the [[O Boston Celtics]] beat the [[O New York Knicks]] 112–104 on Monday to take a 3–2 lead in their second-round [[O NBA]] playoff series.

The [[O Celtics]] trailed by 11 points early in the third quarter at [[L TD Garden]] before a run of 15 straight points turned the game. Guard [[P Derrick Malone-Pierce]] added 22 points and nine assists.

"We stopped rushing and started trusting each other," [[P Okonkwo]] said. "That is what this team does in May."

The [[O Knicks]] played without forward [[P Julian Ashby]], who hurt his left ankle in game four. Coach [[P Tom Brennan]] said the team would know on Wednesday whether he could play in game six at [[L Madison Square Garden]].

In the other half of the draw, the [[O Oklahoma City Thunder]] beat the [[O Denver Nuggets]] 121–99 to lead their series 3–2. [[P Isaiah Gilmore]] scored 31 points for the [[O Thunder]], who have won all three games at home.

The [[O Minnesota Timberwolves]] and the [[O Golden State Warriors]] meet in game five on Tuesday with their series level at 2–2. The [[O Warriors]] said their veteran guard [[P Marcus Hale]] was doubtful with a back injury.

The league fined the [[O Nuggets]] $50,000 on Monday for comments made by their coach about referees after game four. The [[O National Basketball Players Association]] said it would discuss the number of games played on back-to-back nights with the league in the summer.

The winners of the two series meet in the next round from May 20.

(Reporting by [[P Greg Toller]] in [[L Toronto]]; Editing by [[P Peter Rutherford]])`,
  },
  {
    name: 'wikinews-style who approves a malaria vaccine maker the who by name and acronym a vaccine as none an indian drug maker a university the global fund gavi a health ministry countries and a sources list',
    text: `[[O WHO]] approves cheaper malaria vaccine for children

Thursday, January 22, 2026

The [[O World Health Organization]] ([[O WHO]]) on Wednesday added a new malaria vaccine made in [[L India]] to its list of approved products, clearing the way for [[O UNICEF]] to buy it for children in [[L Africa]] at under $3 a dose.

The vaccine, [[X R21/Matrix-M]], was developed at the [[O University of Oxford]] and is made by the [[O Serum Institute of India]] in [[L Pune]]. In trials in [[L Burkina Faso]], [[L Kenya]], [[L Mali]] and [[L Tanzania]], it cut malaria cases in young children by about three quarters.

The [[O WHO]]'s director of immunisation, [[P Ingrid Solberg-Mensah]], said the approval was "a turning point for a disease that kills a child almost every minute." The older vaccine, [[X RTS,S]], made by [[O GSK]], costs about four times as much.

[[O Gavi]], the vaccine alliance, said it would help 15 countries roll out the new shots this year. Its chief executive, [[P Farida Kassam-Hollis]], said money remained tight after cuts in aid from [[L Europe]] and the [[L United States]].

[[L Nigeria]], which has the most malaria deaths in the world, said it would begin giving the vaccine in [[L Kebbi]] and [[L Bayelsa]] states in April. The [[O Federal Ministry of Health]] said 1.2 million children would be reached in the first year.

The [[O Global Fund to Fight AIDS, Tuberculosis and Malaria]] said vaccines must be used together with bed nets and spraying. Scientists at the [[O London School of Hygiene & Tropical Medicine]] warned that mosquitoes resistant to insecticides were spreading in [[L East Africa]].

The [[O Serum Institute of India]] said it could make 100 million doses a year.

Sources

"[[O WHO]] prequalifies second malaria vaccine" — [[O Health Policy Watch]], January 21, 2026
"Cheaper malaria shot cleared" — [[O Reuters]], January 21, 2026`,
  },
  {
    name: 'reuters dubai and london opec+ meeting oil producers by name and acronym ministers of saudi arabia and russia a state oil company a benchmark as none the iea a bank analyst kazakhstan and iraq and a sign-off with three people',
    text: `[[L DUBAI]]/[[L LONDON]], Dec 1 ([[O Reuters]]) - [[O OPEC+]] agreed on Sunday to keep its oil output unchanged in the first three months of next year, pausing a series of increases as prices fell to their lowest in four years.

The group, which brings together the [[O Organization of the Petroleum Exporting Countries]] ([[O OPEC]]) and allies led by [[L Russia]], said in a statement after an online meeting that it could resume raising output from April "if market conditions allow."

[[L Saudi Arabia]]'s energy minister, Prince [[P Faisal bin Turki]], told reporters that the group was "acting with care, not with fear." [[L Russia]]'s deputy prime minister, [[P Yuri Novakov]], said the decision was unanimous.

Benchmark [[X Brent]] crude rose 1.2% to $61.40 a barrel in early trading on Monday in [[L Asia]].

The [[O International Energy Agency]] ([[O IEA]]) said last month that supply would exceed demand by almost 4 million barrels a day next year, the largest surplus since 2020. Its executive director, [[P Lars Ekholm]], said producers outside the group, led by the [[L United States]], [[L Brazil]] and [[L Guyana]], were still growing.

[[L Kazakhstan]] and [[L Iraq]], which have pumped above their quotas this year, promised to make extra cuts. [[O Saudi Aramco]] is expected to cut the price of its crude for buyers in [[L Asia]] later this week, traders said.

"The group is buying time," said [[P Naomi Kettering]], head of commodity strategy at [[O RBC Capital Markets]]. "The question is what it does when the market is still oversupplied in April."

The group's next full meeting is on June 1 in [[L Vienna]].

(Reporting by [[P Rania Haddad]] in [[L Dubai]], [[P Tobias Wren]] in [[L London]] and [[P Irina Voronova]] in [[L Moscow]]; Editing by [[P Simon Ashcroft]])`,
  },
];
