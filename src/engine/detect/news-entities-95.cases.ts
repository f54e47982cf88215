/**
 * Blind entity batches 95-97 (helper ents43a, 6 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 97 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_32 are made from batches 95 and 96 only, and batch 97's errors are never printed
 * or read (only its totals). They lean on kinds of news earlier batches used little: Wikinews-style
 * briefs on elections abroad (Latin America, Africa, Eastern Europe: parties and coalitions with
 * long or foreign names, electoral bodies, observer missions); energy and commodities wires (oil
 * majors, OPEC, mines, shipping lines, ports, pipelines); US state legislatures and governors
 * (bills, committees, state agencies, unions, lobby groups); health and medicine (hospitals, drug
 * makers, regulators, trials, charities); football and basketball outside the big leagues (clubs
 * named after towns, leagues, arenas, coaches); transport and infrastructure (airports, rail
 * operators, road agencies, contractors). Products, vessels, storms, bills and works are none.
 * People are invented; countries, agencies and companies appear as they would in any report.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_95: EntityCase[] = [
  {
    name: 'wikinews-style peruvian election heads to a runoff parties with spanish names the electoral bodies by spanish name and acronym an oas observer mission the eu a civic group congress the central bank and a sources list in spanish',
    text: `[[L Peru]]'s presidential race heads to a runoff

Monday, April 13, 2026

No candidate won a majority in [[L Peru]]'s presidential election on Sunday, and the two leaders will meet in a runoff on June 7, according to partial results from the [[O Oficina Nacional de Procesos Electorales]] ([[O ONPE]]).

With 91 percent of ballots counted, [[P Mariela Quispe Huamán]] of [[O Renovación Popular]] had 19.4 percent of the valid vote, ahead of [[P Hernán Castañeda Rojas]] of [[O Juntos por el Perú]] with 16.8 percent. [[P Óscar Villanueva Paredes]], the candidate of [[O Fuerza Popular]], conceded late on Sunday night in [[L Lima]] after finishing fourth.

Thirty-five parties ran, the largest field in the country's history. Voting is compulsory, and turnout was 78 percent. Voters also chose 60 senators and 130 deputies for a [[O Congress]] that will have two chambers again for the first time since 1992.

The [[O Jurado Nacional de Elecciones]] ([[O JNE]]), which settles disputes, said it had received 214 requests to annul tally sheets, most from the southern regions of [[L Puno]] and [[L Cusco]]. Its president, [[P Rolando Ticona Flores]], said every request would be decided before the results were proclaimed.

An observer mission of the [[O Organization of American States]] led by former Costa Rican foreign minister [[P Elena Brenes Solís]] said voting had been orderly, but that long queues in [[L Callao]] and [[L Arequipa]] had kept some polling stations open two hours late. The [[O European Union]]'s election observation mission, which deployed 120 observers, will publish its preliminary statement on Tuesday.

The civic group [[O Transparencia]], which ran its own quick count, said its figures matched the official ones to within half a percentage point. Its director, [[P Gabriela Núñez Castillo]], urged both finalists to "accept the result in June, whatever it is."

Markets took the result calmly. The sol was little changed against the dollar on Monday, and the [[O Central Reserve Bank of Peru]] said it saw no need to intervene.

Sources

"[[O ONPE]]: resultados al 91% de actas contabilizadas" — [[O El Comercio]], April 13, 2026
"[[L Peru]] heads for a second round" — [[O Andina]], April 12, 2026`,
  },
  {
    name: 'reuters lagos a pipeline fire and force majeure shell and its nigerian unit a crude grade as none the state oil company the upstream regulator opec an export terminal a pipeline as none a militant group traders a shipping data firm and a sign-off',
    text: `[[L LAGOS]], Sept 8 ([[O Reuters]]) - [[O Shell]]'s Nigerian venture declared force majeure on exports of [[X Bonny Light]] crude on Monday after a fire shut the [[X Trans Niger Pipeline]], cutting about 180,000 barrels per day from [[L Africa]]'s largest oil producer.

The [[O Shell Petroleum Development Company of Nigeria]] said the fire broke out on Saturday near [[L Bodo]] in [[L Rivers State]], where thieves had drilled into the line to steal crude. It gave no date for repairs. The pipeline carries oil from fields in the [[L Niger Delta]] to the [[L Bonny]] export terminal.

The [[O Nigerian National Petroleum Company]], which owns 55% of the venture, said it had sent engineers to the site. Its spokesman, [[P Femi Adebayo-Cole]], said output would "recover within weeks, not months."

The outage comes as [[L Nigeria]] struggles to meet its quota under the [[O Organization of the Petroleum Exporting Countries]] ([[O OPEC]]) and its allies, a group known as [[O OPEC+]]. The country pumped 1.48 million bpd in August, below its target of 1.5 million, according to the [[O Nigerian Upstream Petroleum Regulatory Commission]].

"Every time the line comes back, it is hit again within a month," said [[P Ifeoma Okafor]], an analyst at [[L Lagos]]-based consultancy [[O SBM Intelligence]]. A group calling itself the [[O Niger Delta Avengers]] said on social media that it was not behind the fire.

Traders said at least four cargoes due to load in October would be delayed. Data from [[O Vortexa]] showed two tankers, the [[X Maran Castor]] and the [[X Nordic Aurora]], waiting off the terminal on Monday.

Benchmark [[X Brent]] crude rose 40 cents to $74.10 a barrel. Nigerian grades such as [[X Qua Iboe]], exported by [[O ExxonMobil]]'s former partner [[O Seplat Energy]] from a terminal in [[L Akwa Ibom]], were also bid higher.

(Reporting by [[P Chijioke Nwosu-Bello]] in [[L Lagos]]; Additional reporting by [[P Alex Lawler-Grant]] in [[L London]]; Editing by [[P Mark Potter-Hale]])`,
  },
  {
    name: 'reuters lansing michigan senate passes a data centre bill a bill as none a senate committee by long name the house a state agency with commas a utility a union local a chamber of commerce an environmental group the governor and a district tag as none and a sign-off',
    text: `[[L LANSING]], [[L Mich.]], May 21 ([[O Reuters]]) - The [[O Michigan Senate]] on Wednesday passed a bill that would exempt data centers from the state's sales tax for 20 years if they pay union wages and buy clean power, sending the measure to a closely divided [[O House]].

[[X Senate Bill 237]] passed 22-15, with two Republicans joining the Democratic majority. Its sponsor, Sen. [[P Darnell Whitcomb]], [[X D-Ypsilanti]], said the state had lost three projects to [[L Ohio]] and [[L Indiana]] last year. "We can be the place that builds the cloud, or the place it flies over," he said.

The bill was rewritten last week by the [[O Senate Committee on Energy and Environment]] to require that companies pay for any new transmission lines they need. The [[O Michigan Department of Environment, Great Lakes, and Energy]] would have to approve each site's water use.

[[O DTE Energy]] and [[O Consumers Energy]], the state's two largest utilities, backed the changes. The [[O International Brotherhood of Electrical Workers Local 58]], based in [[L Detroit]], said the wage rules would keep construction jobs in [[L Michigan]].

The [[O Michigan Chamber of Commerce]] opposed the bill in its current form, saying the clean power requirement would scare away investors. Its vice president, [[P Kelsey Amundsen]], said the group would ask House members to strip it out.

Environmental group [[O For Love of Water]], based in [[L Traverse City]], said the bill did too little to protect the [[L Great Lakes]]. "A single campus can use as much water as a town of 50,000," said its director, [[P Rhea Santangelo]].

House Speaker [[P Matt Crowley-Haines]], a Republican from [[L Grand Rapids]], said he would not bring the bill to a vote before the summer break. Governor [[P Laura Kettering]] has said she would sign it.

(Reporting by [[P Dan Whitaker-Lowe]] in [[L Lansing]]; Editing by [[P Aurora Ellis]])`,
  },
  {
    name: 'wikinews-style hospital outbreak in england an nhs trust and its hospitals the health security agency by name and acronym a drug maker a royal college a union a charity a trial as none a university and a sources list',
    text: `Measles outbreak closes children's ward at [[L Leicester]] hospital

Thursday, February 19, 2026

A children's ward at the [[O/L Leicester Royal Infirmary]] in central [[L England]] was closed to new admissions on Wednesday after nine children and two nurses caught measles, the [[O University Hospitals of Leicester NHS Trust]] said.

The trust said the first case was a baby admitted with a fever on February 6. None of the children were vaccinated, four of them because they were too young. Patients who needed a bed were being sent to [[O/L Glenfield Hospital]] and to hospitals in [[L Nottingham]] and [[L Northampton]].

The [[O UK Health Security Agency]] ([[O UKHSA]]) said there had been 412 confirmed cases of measles in the [[L East Midlands]] since October, more than in the previous five years together. Its regional director, [[P Sunita Barot-Hale]], asked parents to check their children's records: "Two doses of the vaccine give about 97 percent protection, and it is never too late."

The [[O Royal College of Paediatrics and Child Health]] said staff shortages made outbreaks on wards harder to contain. The [[O Royal College of Nursing]], which represents the two nurses, said both had been vaccinated as children and were recovering at home.

Uptake of the second dose of the vaccine, which is made by [[O Merck]] and [[O GSK]], fell to 84 percent in [[L Leicester]] last year. The charity [[O Sense]], which supports deafblind people, said it feared "a generation of children exposed to a disease we had almost forgotten."

Researchers at the [[O University of Leicester]] are running a trial, called [[X MMR-Reach]], in which nurses visit families at home to offer the vaccine. Its lead, Dr. [[P Kwame Asante-Doyle]], said early results would be published in the summer.

Sources

"Measles ward closed at [[O/L LRI]]" — [[O Leicester Mercury]], February 18, 2026
"Measles cases rise across the [[L East Midlands]]" — [[O BBC News]], February 17, 2026`,
  },
  {
    name: 'wikinews-style scottish football below the top flight clubs named after towns with united rovers and thistle grounds named after streets and parks the spfl a cup as none managers and a referee and section labels',
    text: `Football: [[O Falkirk]] go top of the [[O Scottish Championship]]

Sunday, November 22, 2026

[[O Falkirk]] went top of the [[O Scottish Championship]] on Saturday with a 2–0 win over [[O Ayr United]] at the [[L Falkirk Stadium]]. Midfielder [[P Callum Strachan]] scored twice in the second half, and goalkeeper [[P Ross McInally]] saved a penalty from [[O Ayr]] striker [[P Dylan Kerr-Bowie]].

[[O Partick Thistle]] dropped to second after a 1–1 draw with [[O Raith Rovers]] at [[L Stark's Park]] in [[L Kirkcaldy]]. [[O Thistle]] manager [[P Gordon Laidlaw]] said the pitch was "closer to a beach than a football field." [[O Raith]] had defender [[P Euan Baxter]] sent off in stoppage time.

[[O Greenock Morton]] beat [[O Queen's Park]] 3–1 at [[L Cappielow]], and [[O Airdrieonians]] won 2–1 at [[O Hamilton Academical]]. [[O Dunfermline Athletic]], bottom of the table, lost 0–2 at home to [[O Livingston]] at [[L East End Park]]. [[O Dunfermline]] sacked their manager, [[P Neil Rennie]], on Saturday evening.

In [[O League One]], [[O Arbroath]] beat [[O Montrose]] 4–0 in the [[L Angus]] derby at [[L Gayfield Park]], and [[O Cove Rangers]] lost 1–2 to [[O Alloa Athletic]]. [[O Kelty Hearts]] stay top on goal difference.

In the [[O Highland League]], [[O Brora Rangers]] beat [[O Buckie Thistle]] 3–1 at [[L Dudgeon Park]], and [[O Fraserburgh]] drew 2–2 with [[O Formartine United]]. [[O Brora]] winger [[P Jamie Sutherland]] scored his 15th goal of the season.

The [[O Scottish Professional Football League]] ([[O SPFL]]) said the match between [[O Stenhousemuir]] and [[O Peterhead]] in [[O League Two]] had been called off because of a frozen pitch at [[L Ochilview Park]] and would be played on December 9.

Cup: [[O Falkirk]] will play [[O Celtic]] at home in the fourth round of the [[X Scottish Cup]], the draw made at [[L Hampden Park]] on Sunday showed. Referee [[P Kevin Marr]] will take charge of the tie.`,
  },
  {
    name: 'reuters warsaw a new airport and rail plan the state company by polish name and acronym the rail network operator an intercity operator road directorate by long name and acronym contractors with a consortium a development bank the infrastructure ministry an airport named after a composer and a sign-off',
    text: `[[L WARSAW]], March 3 ([[O Reuters]]) - [[L Poland]] signed a 9.8 billion zloty ($2.5 billion) contract on Tuesday to build the terminal of a new airport west of [[L Warsaw]], moving ahead with a project the government had put under review a year ago.

The contract went to a consortium led by [[O Budimex]], the Polish arm of [[L Spain]]'s [[O Ferrovial]], with [[O Mostostal Warszawa]], said [[O Centralny Port Komunikacyjny]] ([[O CPK]]), the state company building the hub near [[L Baranów]]. Its chief executive, [[P Tomasz Wierzbicki]], said the airport should open in 2032 with room for 34 million passengers a year.

The airport will replace [[L Warsaw Chopin Airport]], which is hemmed in by the city and handled a record 21 million passengers last year. National carrier [[O LOT Polish Airlines]] will move its hub there.

[[O PKP Polskie Linie Kolejowe]], which manages the rail network, said it would put out tenders this year for a high-speed line linking the airport with [[L Łódź]] and [[L Poznań]]. Trains would be run by [[O PKP Intercity]], which has ordered 42 double-deck trains from [[O Alstom]].

The [[O General Directorate for National Roads and Motorways]] ([[O GDDKiA]]) will build a new stretch of motorway to serve the site. The [[O European Investment Bank]] said it was ready to lend up to 2 billion euros for the rail links.

"This is the largest investment in the history of [[L Poland]], and it can no longer wait," Infrastructure Minister [[P Piotr Malinowski]] told reporters at the ministry.

Opposition party [[O Law and Justice]] ([[O PiS]]), which launched the project in 2017, said the government had lost two years. Shares in [[O Budimex]] rose 3.1% on the [[O Warsaw Stock Exchange]].

(Reporting by [[P Anna Włodarczyk-Ruiz]] and [[P Marek Strzelecki-Brown]]; Editing by [[P Jan Harvey-Stone]])`,
  },
];

export const BATCH_96: EntityCase[] = [
  {
    name: 'wikinews-style malawi election results the electoral commission by name and acronym parties by long name and acronym a coalition the constitutional court observer missions of sadc the commonwealth and the eu a church council a civil society network and a sources list',
    text: `[[L Malawi]] opposition leader wins presidency, electoral commission says

Thursday, September 24, 2026

[[P Chimwemwe Banda-Phiri]] of the opposition [[O United Transformation Movement]] ([[O UTM]]) has won [[L Malawi]]'s presidential election with 51.2 percent of the vote, the [[O Malawi Electoral Commission]] ([[O MEC]]) announced on Wednesday night in [[L Blantyre]].

President [[P Samuel Kaunda Mwale]] of the [[O Malawi Congress Party]] ([[O MCP]]) took 33.8 percent. [[P Grace Nyirenda]] of the [[O Democratic Progressive Party]] finished third. Turnout was 69 percent of 7.2 million registered voters.

[[P Chimwemwe Banda-Phiri]] ran at the head of the [[O Tonse Tsogolo Alliance]], a coalition of six parties that includes the [[O United Democratic Front]] and the [[O Alliance for Democracy]]. He is the first candidate to win outright since the [[O Constitutional Court]] annulled the 2019 election and the rule of "fifty percent plus one" was introduced.

The [[O MCP]] said it would challenge the results in the [[O High Court]] in [[L Lilongwe]], citing tally sheets altered with correction fluid in four districts of the [[L Central Region]]. The commission's chair, Justice [[P Anne-Marie Chirwa]], said the complaints had been examined and "do not change the outcome."

The [[O SADC Electoral Observation Mission]], led by former Zambian vice-president [[P Joseph Mulenga]], said the vote was "peaceful and well-administered." The [[O Commonwealth Observer Group]] and the [[O EU Election Observation Mission]] both noted delays in the delivery of ballots to [[L Likoma]] island on [[L Lake Malawi]].

The [[O Episcopal Conference of Malawi]], which represents the country's Catholic bishops, urged supporters of both sides to stay calm. The [[O Malawi Electoral Support Network]], which deployed 4,000 monitors, said its own count gave the winner 50.9 percent.

Sources

"[[O MEC]] declares winner" — [[O The Nation]], September 23, 2026
"[[L Malawi]] votes for change" — [[O Nyasa Times]], September 23, 2026`,
  },
  {
    name: 'reuters santiago copper strike at a chilean mine bhp and escondida a union by number codelco the copper commission by name and acronym the lme a port and a shipping line chinese smelters a mining ministry an index as none and a sign-off',
    text: `[[L SANTIAGO]], Jan 14 ([[O Reuters]]) - Workers at [[L Escondida]], the world's largest copper mine, went on strike on Wednesday after talks on a new contract with [[O BHP]] broke down, sending copper prices to a four-month high.

The [[O Sindicato N°1 de Trabajadores de Minera Escondida]], which represents about 2,400 of the mine's workers, said its members had rejected a final offer that included a bonus of 28 million pesos each. Union spokesman [[P Rodrigo Valenzuela Soto]] said pickets had been set up at the entrance to the mine in the [[L Atacama Desert]].

[[O Minera Escondida]], which is 57.5% owned by [[O BHP]] with [[O Rio Tinto]] and a Japanese group led by [[O Mitsubishi Corp]] holding the rest, said contractors would keep the concentrator running at reduced rates. [[L Escondida]] produced 1.28 million tonnes of copper last year.

Benchmark copper on the [[O London Metal Exchange]] rose 2.3% to $10,420 a tonne. "A long strike at [[L Escondida]] takes out about 3% of global supply," said [[P Helen Ashworth-Ng]], an analyst at [[O Macquarie]] in [[L London]].

State miner [[O Codelco]] said its own output in [[L Chile]] was not affected. The [[O Chilean Copper Commission]] ([[O Cochilco]]) cut its forecast for national production this year to 5.4 million tonnes.

Shipments of concentrate from the port of [[L Coloso]] in [[L Antofagasta]] were halted. Container line [[O Hapag-Lloyd]] said it had diverted two ships to [[L Mejillones]]. Smelters in [[L China]], which buy most of the mine's concentrate, have already cut treatment charges to record lows.

Mining Minister [[P Aurora Fuentes]] called on both sides to return to talks under the mediation of the [[O Dirección del Trabajo]], the labour directorate. A strike at the mine in 2017 lasted 44 days.

(Reporting by [[P Fabián Cambero-Ruiz]]; Additional reporting by [[P Pratima Desai-Lowe]] in [[L London]]; Editing by [[P Sonali Paul-Hart]])`,
  },
  {
    name: 'reuters austin texas legislature passes a grid bill the texas senate and house a bill as none ercot by name and long name the public utility commission the railroad commission an oil and gas association with an ampersand a union federation a consumer group the governor and a district tag as none and a sign-off',
    text: `[[L AUSTIN]], [[L Texas]], May 29 ([[O Reuters]]) - The [[O Texas Legislature]] on Thursday sent Governor [[P Wade Harrelson]] a bill that would require new gas-fired power plants to be built before any more wind and solar farms connect to the state's main grid, a win for oil and gas producers.

The [[O Texas House of Representatives]] passed [[X Senate Bill 1844]] by 88 votes to 57, a week after the [[O Texas Senate]] approved it 20-11. The bill's author, Sen. [[P Brent Olander]], [[X R-Midland]], said the state could not "run the grid on weather reports."

The bill orders the [[O Public Utility Commission of Texas]] to set a minimum share of power that can be switched on at will. The [[O Electric Reliability Council of Texas]] ([[O ERCOT]]), which runs the grid for 90% of the state, would have to buy reserve power from new plants under 15-year contracts.

The [[O Texas Oil & Gas Association]] praised the vote, saying it would give producers in the [[L Permian Basin]] new buyers for their gas. The [[O Railroad Commission of Texas]], which regulates oil and gas despite its name, said it would make sure pipelines to the new plants were winterized.

The [[O Texas AFL-CIO]] said the bill would protect jobs at plants in [[L Corpus Christi]] and [[L Port Arthur]]. But the consumer group [[O Texas Coalition for Affordable Power]] said it would cost households about $120 a year. "Lawmakers are asking families to pay for plants that may sit idle most of the year," said its director, [[P Alicia Moreno-Platt]].

Wind developers such as [[O NextEra Energy]] and [[O Invenergy]] had lobbied against the bill. The governor asked for the law after [[X Winter Storm Mara]] left millions without power in 2025, and is expected to sign it next week.

(Reporting by [[P Brad Olson-Tate]] in [[L Austin]]; Editing by [[P Leslie Adler-Cho]])`,
  },
  {
    name: 'reuters copenhagen a drug maker wins backing in europe a drug by brand and generic name as none a trial as none the ema and its committee by long name and acronym a swedish hospital a charity and a patient group analysts at a bank a rival and a sign-off',
    text: `[[L COPENHAGEN]], Oct 16 ([[O Reuters]]) - [[O Novo Nordisk]] won the backing of the [[O European Medicines Agency]]'s drug committee on Friday for a weekly pill to treat type 2 diabetes, paving the way for approval across the [[O European Union]] early next year.

The [[O Committee for Medicinal Products for Human Use]] ([[O CHMP]]) recommended approval of [[X Orvexa]], known by its generic name [[X oraglutide]], for adults whose blood sugar is not controlled by metformin. The [[O European Commission]] usually follows the committee's advice within two months.

The recommendation was based on the [[X PIONEER-W]] trial of 3,100 patients, in which the pill lowered blood sugar more than [[O Eli Lilly]]'s daily tablet. Patients also lost on average 6% of their weight.

"This is the first oral drug of its kind that patients need to take only once a week," said Dr. [[P Ingrid Halvorsen-Berg]], who led the European part of the trial at the [[O/L Karolinska University Hospital]] in [[L Stockholm]].

Shares in [[O Novo]] rose 2.4% in [[L Copenhagen]]. Analysts at [[O Jefferies]] said the pill could bring in $3 billion in annual sales by 2030 but warned that [[O Lilly]] was close behind with its own weekly pill.

The company said it would apply for approval in the [[L United States]] with the [[O Food and Drug Administration]] by December. The [[O Novo Nordisk Foundation]], which controls the company through its holding, [[O Novo Holdings]], is [[L Europe]]'s largest charitable foundation.

Patient group [[O Diabetes UK]] welcomed the decision but said it feared the pill would not be offered widely by the [[O National Health Service]] because of its price. [[O Novo]] said it would not comment on prices before the drug was approved.

(Reporting by [[P Maggie Fick-Jensen]] in [[L Copenhagen]] and [[P Bhanvi Satija-Rao]] in [[L Bengaluru]]; Editing by [[P Sherry Jacob-Phillips]])`,
  },
  {
    name: 'wikinews-style lithuanian and baltic basketball clubs named after towns and sponsors arenas named after towns and companies the lkl by name a european cup as none the fiba coaches and section labels',
    text: `Basketball: [[O Žalgiris]] beat [[O Rytas]] in [[L Kaunas]]; [[O Neptūnas]] win in [[L Riga]]

Sunday, January 25, 2026

[[O Žalgiris Kaunas]] beat [[O Rytas Vilnius]] 88–79 before 15,000 fans at the [[L Žalgirio Arena]] on Saturday to go two games clear at the top of the [[O Lithuanian Basketball League]] ([[O LKL]]). Guard [[P Mantas Jankauskas]] scored 24 points, and [[O Žalgiris]] coach [[P Darius Vaitkevičius]] said his team had "won it with defence in the last five minutes."

[[O Rytas]] were without centre [[P Tomas Grigonis-Lee]], who hurt his ankle in a [[X Basketball Champions League]] game in [[L Tenerife]] on Wednesday.

[[O Neptūnas Klaipėda]] won 91–85 away at [[O VEF Rīga]] in the [[X Baltic Cup]] at the [[L Arēna Rīga]]. [[O Neptūnas]] forward [[P Lukas Butkus]] made six three-pointers.

In [[L Latvia]], [[O Ventspils]] beat [[O Valmiera Glass]] 79–74 in the [[O Latvian-Estonian Basketball League]]. Centre [[P Artūrs Ozoliņš]] had 18 points and 11 rebounds, and [[O Ventspils]] coach [[P Kārlis Bērziņš]] said his players were "tired but happy" after a bus trip of 600 kilometres from a cup game in [[L Tartu]] two days earlier.

In the [[O LKL]], [[O Šiauliai]] lost 70–82 at home to [[O Juventus Utena]], and [[O Cbet Jonava]] beat [[O Pieno Žvaigždės]] 95–90 after overtime in [[L Pasvalys]]. [[O Wolves Twinsbet]] beat [[O Nevėžis]] 77–68 in [[L Vilnius]] at the [[L Jeep Arena]].

In [[L Estonia]], [[O Kalev/Cramo]] beat [[O Tartu Ülikool]] 83–71 at the [[L Saku Suurhall]] in [[L Tallinn]]. [[O Tartu]] coach [[P Priit Saar]] was sent to the stands for arguing with a referee in the third quarter.

[[O FIBA]] said the qualifiers for the 2027 [[X World Cup]] between [[O Lithuania]] and [[O Hungary]] would be played in [[L Klaipėda]] on February 26. [[O Lithuania]] coach [[P Rimas Kazlauskas]] named five [[O Žalgiris]] players in his squad.`,
  },
  {
    name: 'wikinews-style kenyan railway and airport works kenya railways and the sgr as none the airports authority and the highways authority by name and acronym a chinese contractor a chinese bank the national treasury kenya airways an airport named after a president a court and a sources list',
    text: `[[L Kenya]] resumes work on railway to [[L Uganda]] border

Tuesday, June 9, 2026

[[L Kenya]] on Monday resumed work on extending its railway from [[L Naivasha]] to the border with [[L Uganda]] at [[L Malaba]], five years after the project stalled for lack of money.

The line will extend the [[X Standard Gauge Railway]] from the port of [[L Mombasa]], built by [[O China Road and Bridge Corporation]] ([[O CRBC]]) and opened in 2017. [[O Kenya Railways]], the state company that owns it, said the new section of 475 kilometres would cost about 4.2 billion dollars and take four years.

Transport Cabinet Secretary [[P Joyce Wambui Kariuki]] said at a ceremony in [[L Kisumu]] that the [[O National Treasury]] had reached an agreement with the [[O Export-Import Bank of China]] to reschedule the loans for the first section. The [[O Uganda Railways Corporation]] said work on its side would start next year.

The [[O Kenya National Highways Authority]] ([[O KeNHA]]) said it would widen the road from [[L Nakuru]] to [[L Eldoret]] at the same time, using a contract with a consortium led by [[O China Wu Yi]] and local firm [[O H Young]].

Separately, the [[O Kenya Airports Authority]] ([[O KAA]]) said a new terminal at [[L Jomo Kenyatta International Airport]] in [[L Nairobi]] would be built by the state and not by a private investor. The [[O High Court]] last year blocked a plan that would have leased the airport to [[L India]]'s [[O Adani Group]] for 30 years. [[O Kenya Airways]] said it welcomed the decision.

The [[O Law Society of Kenya]] said it would study the railway loan agreement, which has not been made public. Its president, [[P Otieno Achieng-Mbugua]], said "the public paid for the first section and has a right to read the contract."

Sources

"[[O Kenya Railways]] restarts [[X SGR]] extension" — [[O Daily Nation]], June 8, 2026
"New [[L JKIA]] terminal to be state-funded" — [[O The Standard]], June 8, 2026`,
  },
];

export const BATCH_97: EntityCase[] = [
  {
    name: 'wikinews-style moldovan parliamentary election the central electoral commission parties and blocs with long names an osce observer mission a breakaway region the parliament a president and a sources list in romanian',
    text: `Pro-European party keeps majority in [[L Moldova]]'s parliament

Monday, September 28, 2026

The governing [[O Party of Action and Solidarity]] ([[O PAS]]) won 52 of the 101 seats in [[L Moldova]]'s parliament in Sunday's election, keeping a narrow majority, according to preliminary results published by the [[O Central Electoral Commission]] on Monday.

The [[O Patriotic Electoral Bloc of Socialists, Communists, Heart and Future of Moldova]], which favours closer ties with [[L Russia]], won 27 seats. The [[O Alternative Bloc]], led by the former mayor of [[L Chișinău]], [[P Vasile Ceban-Rusu]], won nine, and the populist [[O Our Party]] eight. Five other parties fell below the threshold of five percent.

Turnout was 52 percent. Nearly 300,000 votes were cast at polling stations abroad, most of them in [[L Italy]], [[L Germany]] and [[L Romania]]. Voters from the breakaway region of [[L Transnistria]] had to cross to polling stations on the right bank of the [[L Dniester]].

The commission's chair, [[P Angelica Gheorghiță]], said 14 polling stations had been closed for several hours after bomb threats sent by email. The [[O Security and Intelligence Service]] said the threats were part of a campaign of interference organised from abroad.

The observer mission of the [[O OSCE Office for Democratic Institutions and Human Rights]] said voters had "a genuine choice," but that the campaign had been marred by vote buying and by false videos shared on [[X Telegram]]. The [[O Council of Europe]]'s parliamentary assembly sent 32 observers.

President [[P Lilia Munteanu]] thanked voters and said [[L Moldova]] would "stay on the road to [[L Europe]]." The [[O European Commission]] said it would open the first chapters of accession talks this autumn. [[P Igor Rotaru]], who led the socialist list, said his bloc would not recognise the result.

Sources

"Rezultate preliminare: [[O PAS]] obține majoritatea" — [[O Ziarul de Gardă]], September 28, 2026
"[[L Moldova]] votes amid fears of interference" — [[O Radio Free Europe/Radio Liberty]], September 27, 2026`,
  },
  {
    name: 'reuters rotterdam lng terminal expansion the port authority gasunie and vopak the gate terminal qatarenergy and a us exporter tankers as none a shipping line an exchange benchmark as none a dutch ministry and a sign-off',
    text: `[[L ROTTERDAM]], Feb 11 ([[O Reuters]]) - The operators of the [[L/O Gate]] liquefied natural gas terminal in [[L Rotterdam]] will spend 1.1 billion euros adding a fourth storage tank, they said on Wednesday, as [[L Europe]] buys more gas by sea to replace Russian pipeline supplies.

[[O Gasunie]] and [[O Vopak]], which each own half of the terminal, said the expansion would raise its capacity to 20 billion cubic metres a year from 2029. Terminal director [[P Marieke van den Bosch]] said the new tank had already been booked for 15 years by [[O QatarEnergy]] and by [[L Houston]]-based exporter [[O Cheniere Energy]].

The [[O Port of Rotterdam Authority]] said LNG deliveries rose 22% last year. Its chief executive, [[P Jeroen Hoekstra]], said the port was also building pipelines to carry hydrogen to [[L Germany]] through [[L Venlo]].

Two tankers, the [[X Al Dafna]] and the [[X Sabine Pass Spirit]], were unloading at the terminal on Wednesday, according to ship tracking data from [[O LSEG]]. Shipping group [[O Maersk]] said separately it would move part of its container traffic from [[L Antwerp]] to the [[L Maasvlakte]] terminals in [[L Rotterdam]].

Dutch gas prices at the [[X TTF]] hub fell 1.5% to 31.80 euros per megawatt hour. "Every tank on the coast makes [[L Europe]] less dependent on a single supplier," said [[P Sanne Vermeulen]], an analyst at [[O ING]] in [[L Amsterdam]].

The [[O Ministry of Climate and Green Growth]] said it would give the project a permit within six months. Environmental group [[O Greenpeace Netherlands]] said the government was locking in fossil fuels for decades.

[[L Europe]]'s imports of LNG from the [[L United States]] reached a record 64 million tonnes last year, data from the [[O International Energy Agency]] showed.

(Reporting by [[P Bart Meijer-Smit]] in [[L Amsterdam]] and [[P Marwa Rashad-Nour]] in [[L London]]; Editing by [[P Barbara Lewis-Kay]])`,
  },
  {
    name: 'reuters albany new york budget deal the governor the state senate and assembly leaders the mta by name and acronym a public employees union by long name a business council a teachers union a state agency a bill as none a district tag as none and a sign-off',
    text: `[[L ALBANY]], [[L N.Y.]], April 9 ([[O Reuters]]) - [[L New York]] Governor [[P Katherine Orlando]] and leaders of the state legislature agreed on Thursday on a $241 billion budget that raises taxes on the largest companies to pay for subway repairs and free school meals, a week after the deadline.

The deal gives the [[O Metropolitan Transportation Authority]] ([[O MTA]]) $4 billion over five years to replace signals on the subway and buy new buses for [[L Staten Island]] and [[L Queens]]. [[O MTA]] chairman [[P Luis Ortega-Baird]] said the money would "keep the trains running on time for the first time in a generation."

Senate Majority Leader [[P Andrea Stewart-Cole]] said the [[O New York State Senate]] would vote on the budget bills on Friday, and Assembly Speaker [[P Carl Heastie-Moore]] said the [[O Assembly]] would follow on Saturday.

The [[O Business Council of New York State]] said the rise in the corporate tax rate to 8.25% would push employers to [[L New Jersey]] and [[L Connecticut]]. "[[O/L Albany]] has found one more way to tell companies to leave," said its president, [[P Heather Briccetti-Lowe]].

The [[O Civil Service Employees Association]], the largest union of state workers, and [[O New York State United Teachers]] welcomed the deal. A separate bill, the [[X Fair Pay for Home Care Act]], which would raise the wages of home health aides, was left out.

Assemblyman [[P Ron Kim-Park]], [[X D-Flushing]], said he would keep pushing it. The [[O New York State Department of Health]] estimates that the state is short of 80,000 home care workers.

The [[O Citizens Budget Commission]], a watchdog funded by businesses, said the budget left a gap of $6 billion for next year.

(Reporting by [[P Joseph Ax-Benson]] in [[L Albany]]; Editing by [[P Rosalba O'Brien-Lee]])`,
  },
  {
    name: 'wikinews-style lassa fever in sierra leone a government hospital msf by name and french name the ministry of health and sanitation by long name the who its africa office a vaccine alliance a university a vaccine trial as none a charity and a sources list',
    text: `Lassa fever cases rise in eastern [[L Sierra Leone]]

Wednesday, March 18, 2026

Health officials in [[L Sierra Leone]] said on Tuesday that 46 people had been admitted with Lassa fever since January, most of them to the isolation ward of [[L Kenema Government Hospital]], and that 11 had died.

The [[O Ministry of Health and Sanitation]] said cases had been confirmed in [[L Kenema]], [[L Kailahun]] and [[L Tonkolili]] districts. Chief Medical Officer Dr. [[P Fatmata Sesay-Kamara]] said most patients had caught the virus from rats that got into stores of rice during the dry season.

[[O Médecins Sans Frontières]] ([[O Doctors Without Borders]]) said it had sent a team of 20 to [[L Kenema]] and opened a second isolation unit at its hospital in [[L Hangha]]. Its head of mission, [[P Julien Morel-Diallo]], said the supply of ribavirin, the only antiviral used against the disease, would last three more weeks.

The [[O World Health Organization]]'s [[O Regional Office for Africa]], based in [[L Brazzaville]], said the outbreak was "of concern but not unexpected." The [[O Nigeria Centre for Disease Control]] reported 160 cases across the border in [[L Nigeria]] over the same period.

A vaccine developed with money from the [[O Coalition for Epidemic Preparedness Innovations]] ([[O CEPI]]) is being tested on 600 volunteers in [[L Nigeria]], [[L Liberia]] and [[L Sierra Leone]] in a trial called [[X LASSA-V2]]. [[O Tulane University]], which has worked at the hospital in [[L Kenema]] since 2004, runs the laboratory that tests blood samples.

The charity [[O Partners In Health]], which supports the hospital in [[L Koidu]], said it had trained 80 community health workers to trace contacts of patients.

Sources

"Lassa fever: 11 dead in [[L Kenema]]" — [[O Awoko]], March 17, 2026
"[[L Sierra Leone]] fights Lassa outbreak" — [[O Africanews]], March 17, 2026`,
  },
  {
    name: 'wikinews-style brazilian second division clubs named after towns and states with esporte clube and futebol clube stadiums named after people and arenas the cbf serie b by name a cup as none coaches and section labels',
    text: `Football: [[O Chapecoense]] and [[O Avaí]] win as [[O Série B]] promotion race tightens

Sunday, October 18, 2026

[[O Chapecoense]] beat [[O Goiás]] 2–0 at the [[L Arena Condá]] in [[L Chapecó]] on Saturday to climb to third in [[L Brazil]]'s [[O Série B]], a point behind the promotion places. Striker [[P Wellington Sousa]] scored both goals before half-time. [[O Goiás]] have not won away from home since June.

[[O Avaí]] won the [[L Florianópolis]] derby, beating [[O Figueirense]] 1–0 at the [[L Estádio da Ressacada]]. Defender [[P Matheus Prates]] headed the winner from a corner in the 88th minute. [[O Avaí]] coach [[P Ricardo Antunes Pinto]] said the result was "for the whole island."

Leaders [[O Criciúma Esporte Clube]] drew 1–1 with [[O Coritiba]] at the [[L Estádio Heriberto Hülse]]. [[O Criciúma]] missed a penalty through [[P Jean Carlos Moura]]. [[O Vila Nova]] beat [[O Operário Ferroviário]] 3–2 in [[L Goiânia]], and [[O Novorizontino]] lost 0–1 to [[O Paysandu]] in [[L Belém]] at the [[L Estádio da Curuzu]].

[[O América Mineiro]] sacked coach [[P Paulo Roberto Lemos]] after a fourth straight defeat, 1–3 at home to [[O Ceará]] at the [[L Estádio Independência]] in [[L Belo Horizonte]].

In [[O Série C]], [[O Ypiranga]] of [[L Erechim]] beat [[O Botafogo-SP]] 2–1 at the [[L Estádio Colosso da Lagoa]], and [[O Londrina]] drew 0–0 with [[O Náutico]] in [[L Recife]]. [[O Náutico]] goalkeeper [[P Rafael Bastos Lima]] saved a penalty in stoppage time. The four group winners of the third division are promoted, and the final round is on November 1.

The [[O Brazilian Football Confederation]] ([[O CBF]]) said the match between [[O Amazonas]] and [[O Ferroviária]] in [[L Manaus]] had been moved to Tuesday because of smoke from forest fires.

Cup: [[O Chapecoense]] meet [[O Flamengo]] in the quarter-finals of the [[X Copa do Brasil]] at the [[L Maracanã]] on Wednesday.`,
  },
  {
    name: 'reuters toronto a light rail line opens late metrolinx the ttc by name and acronym a contractor consortium infrastructure ontario a line as none the airport authority by long name the airport named after a person the province and city a union a lawsuit and a sign-off',
    text: `[[L TORONTO]], Nov 4 ([[O Reuters]]) - A light rail line across midtown [[L Toronto]] opened to passengers on Wednesday, nine years late and about $4 billion over its original budget, after a dispute between the province and the builders that ended up in court.

The line has 25 stations, ten of them underground. [[O Metrolinx]] said it expected 110,000 riders a day within three years, with trains every five minutes at rush hour.

The 19-kilometre [[X Eglinton Crosstown]] line was built for provincial transit agency [[O Metrolinx]] by [[O Crosslinx Transit Solutions]], a consortium that includes [[O SNC-Lavalin]], now called [[O AtkinsRéalis]], and [[O Aecon Group]]. It will be run by the [[O Toronto Transit Commission]] ([[O TTC]]), which runs the city's subway and buses.

[[L Ontario]] Transportation Minister [[P Prabmeet Grewal-Singh]] rode the first train from [[L Kennedy]] station with Mayor [[P Olivia Tran-Miller]]. "It took too long, and nobody here is proud of that," the mayor said.

[[O Infrastructure Ontario]], the province's agency for large projects, said the final cost would be about $12.8 billion. [[O Crosslinx]] sued [[O Metrolinx]] in 2020 over delays it blamed on the agency, and the two sides settled in 2022.

The [[O Amalgamated Transit Union Local 113]], which represents [[O TTC]] workers, said the line had opened with too few staff on platforms. Its president, [[P Marvin Alfred-Ross]], said the union would raise the matter at talks next month.

Separately, the [[O Greater Toronto Airports Authority]] said a planned rail link to [[L Toronto Pearson International Airport]] would not be built before 2035. [[O Air Canada]] and [[O WestJet]] have asked for faster connections to the city.

(Reporting by [[P Ismail Shakil-Ray]] in [[L Toronto]]; Editing by [[P Deepa Babington-Cox]])`,
  },
];
