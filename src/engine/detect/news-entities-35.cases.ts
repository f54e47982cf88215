/**
 * Blind entity batches 35-37 (helper ents21a, 3 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 37 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_12 are made from batches 35 and 36 only and never against it. They go where
 * batches 1-34 had not been: Ecuador, Finland's Pirkanmaa, Gaelic football, Puerto Rico, the
 * Basque Country, English county cricket, Kyrgyzstan, Oklahoma and Belgian football; counties and
 * provinces that are teams (Kerry, Donegal, Surrey, Somerset) beside the same counties as places,
 * firms named after their towns (Nokia, Mondragon, Cotacachi Copper) and after founders (Robert
 * Bosch, Williams Companies), places named after people (García Moreno, a jail, a street), a
 * news agency named after a mountain range, clubs named after a town's district (Union
 * Saint-Gilloise), Kyrgyz patronymics (uulu, kyzy), Spanish compound surnames and de, capitalised
 * Belgian Van, caps datelines with a region or a state abbreviation, and trophies named after a
 * person, a hurricane, chips, a drone, a standard, a law, a ballot question and a derby as none.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_35: EntityCase[] = [
  {
    name: 'wikinews ecuador court halts copper mine with a firm named after its town',
    text: `[[L Ecuador]]'s top court halts copper mine in [[L Intag]] cloud forest

Wednesday, February 11, 2026

[[L Ecuador]]'s [[O Constitutional Court]] on Tuesday suspended the licence of a copper mine in the [[L Intag]] valley of [[L Imbabura]] province, ruling that the government had not consulted the communities that live there.

In a 7–2 decision, the judges said the [[O Ministry of Energy and Mines]] had granted the licence to [[O Cotacachi Copper]], a joint venture between the state miner [[O ENAMI EP]] and the Chilean firm [[O Codelco]], without the prior consultation that the constitution requires.

Judge [[P Alejandra Cárdenas de la Vega]] wrote for the majority that the rights of nature, written into the constitution in 2008, "are not a decoration". The ruling cited an earlier case over the [[L Los Cedros]] forest reserve, where the court stopped mining in 2021.

[[P Rosa Elvira Quilumbango]], a leader of the [[O Confederation of Indigenous Nationalities of Ecuador]] ([[O CONAIE]]), said outside the court in [[L Quito]] that the decision "belongs to the people of [[L Intag]]". Farmers from [[L García Moreno]], a parish named after the 19th-century president [[P Gabriel García Moreno]], had travelled through the night by bus to hear it.

Energy Minister [[P Tomás Villacrés Ortiz]] said the government respected the ruling but would ask the court how a consultation should be held. President [[P Daniel Noboa]] has said mining could bring [[L Ecuador]] $5 billion a year. [[P Villacrés]] said [[O Codelco]] had not asked to leave the project.

[[O Cotacachi Copper]] said in a statement that it had spent $90 million on exploration and would "study all legal options". The town of [[L Cotacachi]], 30 kilometres from the mine site, is known for its leather market, and its mayor, [[P Segundo Cuascota]], said tourists had stayed away since the drilling began.

Sources

"[[O Corte Constitucional]] suspende licencia minera en [[L Intag]]" — [[O El Comercio]], February 10, 2026
"[[L Ecuador]] court blocks copper project" — [[O Associated Press]], February 10, 2026`,
  },
  {
    name: 'reuters finnish telecoms maker named after its town caps dateline',
    text: `[[O Nokia]] to cut 1,400 jobs in [[L Finland]], shift research to [[L Oulu]]

[[L HELSINKI]], March 18 ([[O Reuters]]) - Telecom equipment maker [[O Nokia]] ([[X NOKIA.HE]]) said on Wednesday it would cut up to 1,400 jobs in [[L Finland]] and move most of its mobile network research from [[L Espoo]] to [[L Oulu]], as operators in [[L Europe]] hold back spending on 5G.

The company, which takes its name from the town of [[L Nokia]] near [[L Tampere]], where a paper mill was founded in 1865, said the cuts would save 400 million euros a year by 2028. [[O Nokia]] has not made phones since it sold that business to [[O Microsoft]] in 2014; phones under the brand are made by [[O HMD Global]].

Chief Executive [[P Justin Hotard]] said the company would put more money into its [[X ReefShark]] chips and into optical networks bought with [[O Infinera]] last year. "We are building for the data centre, not only for the mast," he told analysts.

The union [[O Trade Union Pro]] said it would meet management on Friday. [[P Katja Väisänen-Lind]], the union's representative at the [[L Espoo]] campus, said many of the engineers affected had worked on every generation of the network since [[X GSM]].

Rival [[O Ericsson]] ([[X ERICb.ST]]) cut 1,200 jobs in [[L Sweden]] in January. Shares of [[O Nokia]] rose 2.1% in [[L Helsinki]], the biggest gain on the [[X OMX Helsinki 25]] index.

In [[L Nokia]] itself, the town's mayor, [[P Jari Heikkilä]], said the firm had not employed anyone there for decades, "but people still answer the phone with its name". [[O Nokian Tyres]], which was split from the group in 1988 and still makes tyres in the town, said it was not affected.

(Reporting by [[P Anne Kauranen]] and [[P Essi Lehto]]; Editing by [[P Kim Coghill]])`,
  },
  {
    name: 'sport gaelic football counties as teams and a cup named after a person',
    text: `[[O Kerry]] beat [[O Donegal]] to win [[X All-Ireland]] football title

Sunday, July 26, 2026

[[O Kerry]] won the [[X All-Ireland Senior Football Championship]] for the 40th time on Sunday, beating [[O Donegal]] 1-20 to 0-17 in front of 82,300 fans at [[L Croke Park]] in [[L Dublin]].

[[P Seán O'Shea]] scored 0-9, including five frees, and [[P Paudie Clifford]] set up the only goal, finished by [[P Dara Moynihan]] in the 48th minute. [[O Donegal]], managed by [[P Jim McGuinness]], had led by two points at half-time through [[P Oisín Gallen]] and [[P Ciarán Thompson]].

"When [[O Kerry]] get a goal at [[L Croke Park]], the noise tells you the rest," said [[O Kerry]] manager [[P Jack O'Connor]], whose side lost a semi-final to [[O Armagh]] two years ago. Captain [[P Gavin White]] lifted the [[X Sam Maguire Cup]], named after a [[L Cork]] man who played for [[O London]] in the 1900s.

Thousands of supporters are expected in [[L Killarney]] and [[L Tralee]] on Monday night, when the team brings the cup home to [[L County Kerry]]. In [[L Letterkenny]], [[O Donegal County Council]] had put up big screens in the town square, and schools in [[L Donegal]] will open an hour late on Monday.

The [[O Gaelic Athletic Association]] ([[O GAA]]) said the crowd was the largest at a football final since 2019. [[O Dublin]], champions six years in a row until 2020, were knocked out by [[O Kerry]] in the semi-final, and [[O Mayo]] have not reached a final since 2021.

[[P O'Shea]], a teacher in [[L Kenmare]], said he would be back at work in September. "The cup goes to every parish in the county, and it will take all winter," he said.

Sources

"[[O Kerry]] see off [[O Donegal]] in the heat of [[L Croke Park]]" — [[O The Irish Times]], July 26, 2026
"[[P O'Shea]] the hero for [[O Kerry]]" — [[O RTÉ]], July 26, 2026`,
  },
];

export const BATCH_36: EntityCase[] = [
  {
    name: 'nyt style puerto rico power grid with spanish compound surnames',
    text: `In [[L Puerto Rico]], a Grid That Fails Every Summer Meets a Deadline

[[L SAN JUAN]], [[L P.R.]] — When the lights went out again in [[L Bayamón]] last week, [[P Luz Milagros de Jesús]] did what she has done a dozen times since [[X Hurricane Maria]]: she carried her mother's insulin to a neighbor with a generator.

"We are not asking for a miracle," Ms. [[P de Jesús]] said. "We are asking for a light switch that works."

The island's power company, the [[O Puerto Rico Electric Power Authority]], handed the grid to a private operator, [[O LUMA Energy]], in 2021. A second firm, [[O Genera PR]], took over the old oil-fired plants in 2023. Both contracts are now under review by the [[O Puerto Rico Energy Bureau]], which must decide by Aug. 31 whether to renew them.

Gov. [[P Jenniffer González-Colón]] has said she wants [[O LUMA]] gone. "The people of [[L Puerto Rico]] have paid for a service they have not received," she said at [[L La Fortaleza]], the governor's mansion in [[L Old San Juan]], on Tuesday.

[[O LUMA]], owned by [[O Quanta Services]] of [[L Houston]] and the Canadian firm [[O ATCO]], says it has replaced 12,000 poles and that outages are shorter than when it took over. "Nobody inherits a grid like this and fixes it in four years," said [[P Marcos Irizarry del Valle]], a spokesman for the company. Mr. [[P Irizarry del Valle]] blamed the old plants for most of the blackouts.

The federal government has set aside $9.4 billion through the [[O Federal Emergency Management Agency]] to rebuild the grid, but less than a fifth has been spent, according to a report by the [[O Government Accountability Office]].

In [[L Cataño]], across the bay, the mayor, [[P Julio Alicea Vasallo]], has bought solar panels for the town's fire station out of the municipal budget. "We stopped waiting for [[O/L San Juan]]," he said.

Dr. [[P Efraín Soto-Quiñones]], an engineer at the [[O University of Puerto Rico]] campus in [[L Mayagüez]], said rooftop solar now supplied more power at midday than the old oil plant at [[L Aguirre]].`,
  },
  {
    name: 'reuters basque cooperative named after its town caps dateline with a region',
    text: `Basque cooperative group [[O Mondragon]] to close appliance maker, move 900 workers

[[L BILBAO]], [[L Spain]], Oct 7 ([[O Reuters]]) - [[O Mondragon Corporation]], the federation of worker-owned cooperatives in [[L Spain]]'s [[L Basque Country]], said on Tuesday it would wind down its home appliance maker [[O Etxegai]] and offer its 900 members jobs at other cooperatives in the group.

The group, which employs about 70,000 people, takes its name from [[L Mondragón]], a town in the province of [[L Gipuzkoa]] that is called [[L Arrasate]] in Basque, where the priest [[P José María Arizmendiarrieta]] founded its first cooperative in 1956.

Members of [[O Etxegai]], which makes ovens and dishwashers at a plant in [[L Bergara]], voted 71% in favour of the plan at an assembly on Monday, the group said. Under its rules, members who lose their jobs are moved to other cooperatives, such as the lift maker [[O Orona]] in [[L Hernani]] or the [[O Eroski]] supermarket chain.

"No one will be left on the street, but not everyone will stay in [[L Bergara]]," said [[P Iñigo Ugarte Larrañaga]], the president of the group's general council. [[P Ugarte]] said demand for appliances in [[L Europe]] had fallen for three years.

The [[O Basque Government]] said it would help pay for retraining, and regional industry minister [[P Mikel Jauregi]] said the [[L Bergara]] plant could be used to make parts for batteries. The group's savings bank, [[O Laboral Kutxa]], has lent [[O Etxegai]] 60 million euros since 2022.

Larger rivals have also cut back. [[O BSH]], the appliance maker owned by [[O Robert Bosch]], said in June it would close a line at its plant in [[L Esquíroz]], near [[L Pamplona]], in [[L Navarre]]. Shares of the Swedish maker [[O Electrolux]] ([[X ELUXb.ST]]) have fallen 30% this year.

(Reporting by [[P Jesús Aguado]]; Editing by [[P Inti Landauro]] and [[P Mark Potter]])`,
  },
  {
    name: 'sport county cricket counties as teams and grounds named after firms',
    text: `[[O Surrey]] beat [[O Somerset]] to close in on fourth straight [[X County Championship]]

Thursday, September 17, 2026

[[O Surrey]] moved to the brink of a fourth [[X County Championship]] title in a row on Thursday, beating [[O Somerset]] by an innings and 42 runs with a day to spare at the [[L Kia Oval]] in [[L London]].

The off-spinner [[P Dom Bess-Hartley]] took six for 51 as [[O Somerset]], who had followed on 230 behind, were bowled out for 188 after lunch. [[P Ollie Pope]] made 167 in [[O Surrey]]'s first innings, his third hundred of the season.

[[O Somerset]], who have finished second five times without winning the title, now need [[O Surrey]] to lose both of their last two matches, at [[O Hampshire]] and at home to [[O Essex]]. "We keep running into the same wall in [[L Kennington]]," [[O Somerset]] director of cricket [[P Andy Hurry]] said. About 2,000 supporters had travelled from [[L Somerset]] for the first day.

[[O Yorkshire]], promoted last season, are third after a draw with [[O Nottinghamshire]] at [[L Headingley]] in [[L Leeds]], where rain washed out the final two days. [[O Lancashire]] were relegated on Wednesday after losing to [[O Warwickshire]] at [[L Edgbaston]].

The [[O England and Wales Cricket Board]] ([[O ECB]]) named [[P Pope]] in its squad for the winter tour of [[L Sri Lanka]] on Wednesday. [[O Surrey]] play [[O Hampshire]] at the [[L Utilita Bowl]] in [[L Southampton]] from Tuesday.

"Four in a row would put this side with the [[O Surrey]] of the 1950s," said [[P Alec Stewart]], the club's former director of cricket.

Sources

"[[P Bess-Hartley]] spins [[O Surrey]] to the brink" — [[O ESPNcricinfo]], September 17, 2026
"[[O Somerset]] left hoping again" — [[O BBC Sport]], September 17, 2026`,
  },
];

export const BATCH_37: EntityCase[] = [
  {
    name: 'wikinews kyrgyzstan court shuts news agency with patronymics',
    text: `[[L Kyrgyzstan]] court shuts news agency under false information law

Thursday, May 14, 2026

A court in [[L Bishkek]], the capital of [[L Kyrgyzstan]], on Wednesday ordered the closure of the news agency [[O Ala-Too Press]], ruling that it had broken a law on false information passed last year by the [[O Jogorku Kenesh]], the country's parliament.

Judge [[P Nurlan Asanbekov]] said the agency, named after the [[L Ala-Too]] range that overlooks the capital, had published "unverified reports" about [[X Bayraktar TB2]] drones on the border with [[L Tajikistan]], and must pay a fine of 500,000 som. [[P Adilet Bakyt uulu]], the agency's editor, said it would appeal to the [[O Supreme Court]].

The [[O State Committee for National Security]] ([[O GKNB]]) detained four of the agency's journalists in January. Two remain in custody in [[L Osh]], the country's second city, where the agency had its main office on [[L Kurmanjan Datka Street]].

[[P Aijan Toktogul kyzy]], a lawyer for the journalists, said the case was "a message to every newsroom from [[L Talas]] to [[L Batken]]". The [[O Committee to Protect Journalists]], based in [[L New York]], called on President [[P Sadyr Japarov]] to veto further media bills.

The [[O OSCE]] office in [[L Bishkek]] said it was "deeply concerned". The [[O European Union]] gives [[L Kyrgyzstan]] trade preferences under its [[X GSP+]] scheme, which require respect for press freedom. It was the third media outlet closed in [[L Kyrgyzstan]] since 2024. [[P Japarov]]'s spokesman, [[P Askat Alagozov]], said the court was independent and that "no one is punished for criticism, only for lies".

Sources

"Суд ликвидировал [[O Ala-Too Press]]" — [[O 24.kg]], May 13, 2026
"[[L Kyrgyzstan]] court shuts news agency" — [[O Eurasianet]], May 13, 2026`,
  },
  {
    name: 'us local oklahoma county jail tax with a jail named after a person',
    text: `[[L Tulsa County]] commissioners send jail tax to November ballot

[[L TULSA]], [[L Okla.]] — The [[O Tulsa County Board of Commissioners]] voted 2-1 on Monday to ask voters in November to approve a half-cent sales tax for a new jail, a year after a federal judge found conditions at the [[L David L. Moss Criminal Justice Center]] unconstitutional.

Commissioner [[P Lonnie Sims-Hartwell]], who voted yes, said the jail, named after a former county sheriff, "was built for 1,700 people and has held 2,000". Commissioner [[P Karen Keith-Moreno]] voted no, saying the tax would fall hardest on the poor.

The ruling, by a judge of the [[O U.S. District Court]] in [[L Tulsa]], came in a suit brought by the [[O American Civil Liberties Union of Oklahoma]] after 14 people died at the jail in two years. The county has until March to show the judge a plan.

The city of [[L Tulsa]] pays the county about $7 million a year to hold people arrested by its police. Mayor [[P Monroe Nichols]] said he supported the tax "if the county can show it will also pay for mental health beds".

[[O Williams Companies]], the pipeline operator based in [[L Tulsa]], and the [[O Tulsa Regional Chamber]] have backed the plan. Sheriff [[P Vic Regalado]] said deputies now spend a third of their time moving prisoners to hospitals.

In [[L Broken Arrow]], the county's largest suburb, the city council has said it will build its own holding cells if the tax fails. [[L Osage County]], to the north, sends its prisoners to a smaller jail in [[L Pawhuska]].

The tax will be on the same ballot as [[X State Question 836]], which would open the state's primaries to independent voters.`,
  },
  {
    name: 'sport belgian football clubs named after towns and a district with van particles',
    text: `[[O Genk]] beat [[O Club Brugge]] to go top in [[L Belgium]]

Sunday, March 8, 2026

[[O Genk]] went top of the [[O Jupiler Pro League]] on Sunday with a 3–1 win over the champions [[O Club Brugge]] at the [[L Cegeka Arena]] in [[L Genk]].

The Nigerian striker [[P Tolu Arokodare-Bello]] scored twice before half-time, and [[P Bryan Heynen]] added a third after [[O Brugge]] had pulled one back through [[P Hans Vanaken]]. Goalkeeper [[P Hendrik Van Crombrugge]] saved a penalty from [[P Christos Tzolis]] in the 80th minute. About 22,000 fans watched, the largest crowd in [[L Genk]] this season.

"We showed that [[O Genk]] is not only a club for selling players," coach [[P Thorsten Fink]] said. [[O Club Brugge]] coach [[P Nicky Hayen]] said his side had "given [[O Genk]] the first goal and the second".

[[O Union Saint-Gilloise]], named after the [[L Brussels]] district of [[L Saint-Gilles]], are second after a 0–0 draw at [[O Mechelen]], and [[O Anderlecht]] beat [[O Standard Liège]] 2–0 in the [[X Clasico]] at the [[L Lotto Park]].

[[P Jan Van der Bruggen]], a former [[O Genk]] captain who now runs the club's academy, said the win was "for the miners' town", recalling the coal pits of [[L Waterschei]] and [[L Winterslag]], whose two clubs merged to form [[O KRC Genk]] in 1988. The last mine in [[L Limburg]] closed in 1992.

[[O Genk]] visit [[O Antwerp]] on Saturday, while [[O Club Brugge]] play [[O Aston Villa]] in the [[X Europa League]] on Thursday. The [[O Royal Belgian Football Association]] said on Friday that the play-offs for the title would start on March 29.

Sources

"[[O Genk]] nieuwe leider na zege tegen [[O Club]]" — [[O Het Belang van Limburg]], March 8, 2026
"[[O Genk]] top after beating champions" — [[O Sporza]], March 8, 2026`,
  },
];
