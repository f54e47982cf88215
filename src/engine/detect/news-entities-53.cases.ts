/**
 * Blind entity batches 53-55 (helper ents28a, 4 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 55 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_18 are made from batches 53 and 54 only, and batch 55's errors are never printed
 * or read (only its totals, `npx tsx scripts/eval/news-entities.ts --quiet "batch 55"`). They
 * weight the graders' set A (short Wikinews reports: a dateline, bodies by acronym, foreign place
 * names, sports results with clubs named after cities, disasters, elections abroad) and set B's
 * Reuters side (firms with legal forms outside the name, tickers, regulators, analysts at banks,
 * ministries, a central bank, commodity markets), on subjects batches 1-52 had little of: a
 * cyclone in Mozambique, a Danish drugmaker's trial, a Bundesliga round, a Philippine Senate vote,
 * a Baltic port strike, a Copperbelt miner's results, a Brazilian state runoff, a Canadian
 * wildfire agency, a cocoa market and a central bank in Ghana. Names of many origins: Mozambican
 * and Brazilian Portuguese, Danish with ø and æ, German, Japanese, Croatian, Filipino with 'dela'
 * and 'de Lima', Lithuanian with -ienė and -aitė, Zambian and Congolese, Cree and Dene, Akan.
 * Provinces, districts and states; storms, drugs, trials, indices, tickers, cups, bills, ships,
 * a treaty and a grade of cocoa are none.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_53: EntityCase[] = [
  {
    name: 'wikinews cyclone in mozambique with a disaster institute and a weather institute by acronym provinces districts rivers and a red cross',
    text: `[[X Cyclone Nandi]] kills at least 31 in central [[L Mozambique]]

Wednesday, February 10, 2027

At least 31 people have died and more than 120,000 have lost their homes after [[X Cyclone Nandi]] made landfall near the port city of [[L Beira]], in [[L Mozambique]]'s [[L Sofala]] province, on Monday night, the country's disaster agency said on Tuesday.

The [[O National Institute for Disaster Risk Management and Reduction]] ([[O INGD]]) said winds of up to 190 km/h tore the roofs off schools and clinics in [[L Beira]], [[L Dondo]] and [[L Nhamatanda]], and that the [[L Pungwe]] and [[L Búzi]] rivers had burst their banks. [[O INGD]] spokeswoman [[P Augusta Nhantumbo]] said rescue boats were still reaching villages cut off by the water in [[L Búzi]] district.

President [[P Daniel Chapo]] flew over the flooded area by helicopter and declared a state of emergency in [[L Sofala]], [[L Manica]] and [[L Zambezia]]. [[L Beira International Airport]] reopened on Tuesday afternoon for relief flights.

The [[O World Food Programme]] ([[O WFP]]) said it had flown 40 tonnes of high-energy biscuits from [[L Maputo]], and [[O Médecins Sans Frontières]] warned of cholera in camps where people were drinking river water. Volunteers from the [[O Mozambique Red Cross]] ([[O CVM]]) were handing out water purification tablets in [[L Dondo]].

Forecaster [[P Acácio Tembe]] of the [[O National Institute of Meteorology]] ([[O INAM]]) said [[X Nandi]] was the strongest storm to hit the coast since [[X Cyclone Idai]] in 2019, which killed more than 600 people in [[L Mozambique]], [[L Malawi]] and [[L Zimbabwe]]. The storm weakened as it moved inland towards [[L Chimoio]] and was expected to bring heavy rain to [[L Zimbabwe]]'s [[L Chimanimani]] district on Wednesday.

In [[L Malawi]], the [[O Department of Disaster Management Affairs]] said two fishermen had drowned on [[L Lake Malawi]] near [[L Mangochi]]. The cyclone was tracked from its formation east of [[L Madagascar]] by the [[O Météo-France]] regional centre on [[L Réunion]].

Sources

"Ciclone [[X Nandi]] faz 31 mortos em [[L Sofala]]" — [[O Lusa]], February 9, 2027
"[[L Beira]] counts the cost as [[X Nandi]] moves inland" — [[O Club of Mozambique]], February 10, 2027`,
  },
  {
    name: 'reuters danish drugmaker obesity pill trial with a legal form tickers analysts at banks a foundation a drug and a trial name',
    text: `Danish drugmaker [[O Skovgaard]]'s obesity pill disappoints in late-stage trial

[[L COPENHAGEN]], March 17 ([[O Reuters]]) - Shares in [[O Skovgaard Pharma]] A/S ([[X SKOV.CO]]) fell as much as 24% on Wednesday after the Danish drugmaker said its experimental obesity pill had helped patients lose less weight than expected in a late-stage trial, a setback for its plan to challenge [[O Novo Nordisk]] ([[X NOVOb.CO]]) and [[O Eli Lilly]] ([[X LLY.N]]).

Patients taking the once-daily pill, [[X SKP-207]], lost 11.2% of their body weight after 68 weeks, against 2.1% for those on a placebo, the [[L Aarhus]]-based company said. Analysts had expected about 15%.

"The drug works, but not well enough to take share from the injections," said [[P Annika Strøm]], an analyst at [[O Danske Bank]]. [[P Henrik Møller-Jensen]], who manages a healthcare fund at [[O Sydinvest]], said investors had paid "for a result the data never promised".

The trial, called [[X PERIDOT-3]], enrolled 3,400 adults in [[L Denmark]], [[L Poland]], [[L Mexico]] and the [[L United States]]. About 9% of patients on the pill stopped taking it because of nausea, compared with 4% on placebo.

Chief Executive [[P Mette Kjærsgaard]] told analysts on a call that the company still planned to seek approval from the [[O U.S. Food and Drug Administration]] and the [[O European Medicines Agency]] next year, and would test a higher dose. "We are not walking away from this molecule," she said.

[[O Skovgaard]] closed down 19% at 412 Danish crowns, wiping about 9 billion crowns ($1.3 billion) off its market value. The benchmark [[X OMX Copenhagen 25]] index fell 0.8%, also weighed down by hearing-aid maker [[O Demant]] ([[X DEMANT.CO]]).

The company, which is controlled by the [[O Skovgaard Foundation]], licensed the molecule in 2022 from [[O Suzhou Lianyi Biotech]] Co Ltd for $40 million upfront. [[O Novo Nordisk]], whose [[X Wegovy]] injection leads the market, is due to report results of its own higher-dose pill trial in the second quarter.

[[L Denmark]]'s [[O Ministry of Industry, Business and Financial Affairs]] has said the country's economy grew faster than expected last year largely because of drug exports.

(Reporting by [[P Louise Bach Rasmussen]] in [[L Copenhagen]] and [[P Sneha Iyer]] in [[L Bengaluru]]; Editing by [[P Simon Pattinson]])`,
  },
  {
    name: 'wikinews bundesliga round with clubs named after cities beside the cities a stadium named after a park japanese croatian and nigerian names and a cup',
    text: `[[O Freiburg]] beat [[O Dortmund]] to move third in [[O Bundesliga]]

Sunday, April 11, 2027

[[O SC Freiburg]] moved up to third place in [[L Germany]]'s [[O Bundesliga]] on Saturday with a 2–1 win over [[O Borussia Dortmund]] at the [[L Europa-Park Stadion]].

Japanese midfielder [[P Kenta Morishita]] gave [[O Freiburg]] the lead after 23 minutes with a low shot from the edge of the area. [[O Dortmund]] equalised early in the second half through [[P Emeka Okonjo]], but Croatian defender [[P Luka Jurić]] headed in the winner from a corner with nine minutes left.

"We were braver than them for ninety minutes," [[O Freiburg]] coach [[P Tobias Kessler]] said. His side have lost only once at home this season, and the city of [[L Freiburg]] had a public screening at the cathedral square for fans who could not get tickets.

Leaders [[O Bayern Munich]] were held 1–1 at [[O Mainz]], where [[P Jonas Wendt]] cancelled out a penalty from [[P Harry Kane]]. [[O Bayern]] are still eight points clear of [[O Bayer Leverkusen]], who lost 3–0 at home to [[O VfB Stuttgart]]. [[O Stuttgart]] striker [[P Deniz Yıldırım]] scored twice in the first half.

At the bottom, [[O Union Berlin]] beat [[O Holstein Kiel]] 2–0 to climb out of the relegation places, while [[O Werder Bremen]] and [[O Heidenheim]] drew 0–0 in front of 42,000 at the [[L Weserstadion]]. [[O Kiel]], promoted last summer, are now six points from safety with five matches left.

The [[O German Football Association]] ([[O DFB]]) said on Friday that the [[X DFB-Pokal]] final between [[O Stuttgart]] and [[O Arminia Bielefeld]] would be played in [[L Berlin]]'s [[L Olympiastadion]] on May 22 as planned, after a dispute over ticket prices with the [[O German Football League]] ([[O DFL]]) was settled.

[[O Dortmund]] host [[O Eintracht Frankfurt]] next Saturday, and [[O Freiburg]] travel to [[L Leipzig]] to face [[O RB Leipzig]].

Sources

"[[O Freiburg]] stun [[O Dortmund]] in late show" — [[O Kicker]], April 10, 2027
"[[P Jurić]] header sends [[O SC Freiburg]] third" — [[O Deutsche Welle]], April 10, 2027`,
  },
];

export const BATCH_54: EntityCase[] = [
  {
    name: 'wikinews philippine senate ratifies a defence pact with filipino names dela particles parties by acronym provinces a palace and a treaty',
    text: `[[O Philippine Senate]] ratifies troop pact with [[L Japan]]

Thursday, June 3, 2027

The [[O Senate of the Philippines]] on Wednesday ratified a defence agreement that allows Japanese troops to train in the country, voting 19–3 with one abstention after two days of debate.

The [[X Reciprocal Access Agreement]], signed in [[L Manila]] in 2024, lets each country's forces take part in exercises on the other's soil. It needed the votes of at least two-thirds of the 24 senators to take effect.

[[O Senate]] President [[P Francis Escudero]] said the pact would "make our coast guard and navy stronger without putting a foreign base on our land". Senator [[P Ana Theresa dela Rosa-Pimentel]], who chairs the committee on foreign relations, told the chamber that Japanese ships had already helped the [[O Philippine Coast Guard]] ([[O PCG]]) patrol waters near [[L Scarborough Shoal]].

The three senators who voted against, led by [[P Ramon de Lima Bautista]] of the [[O Partido Demokratiko Pilipino]] ([[O PDP]]), said the deal should have gone to a referendum. [[P Bautista]] recalled the wartime occupation of [[L Luzon]] and said the government had "forgotten too quickly".

[[O/L Malacañang]] welcomed the vote, and the [[O Department of Foreign Affairs]] ([[O DFA]]) said the instruments of ratification would be exchanged in [[L Tokyo]] next month. [[O/L Beijing]]'s embassy said the agreement "serves the interests of countries outside the region".

Governor [[P Jonvic Remulla Tan]] of [[L Zambales]], the province facing the shoal, said fishermen in [[L Masinloc]] and [[L Subic]] wanted more patrols. The first joint exercise under the pact is planned for [[L Fort Magsaysay]] in [[L Nueva Ecija]] in September, according to the [[O Armed Forces of the Philippines]] ([[O AFP]]).

The [[O House of Representatives]] plays no part in ratifying treaties. Speaker [[P Martin Romualdez]] said the lower house would pass [[X House Bill 10254]], which funds new coast guard vessels, before its recess.

[[P Dela Rosa-Pimentel]] said a similar agreement with [[L New Zealand]] could come to the floor by the end of the year.

Sources

"[[O Senate]] OKs [[X RAA]] with [[L Japan]], 19-3" — [[O Philippine Daily Inquirer]], June 2, 2027
"[[L Manila]], [[L Tokyo]] troop deal clears [[O Senate]]" — [[O Rappler]], June 2, 2027`,
  },
  {
    name: 'reuters lithuanian port strike with a port authority a state railway unions a ministry potash and grain ships and lithuanian names with diacritics',
    text: `Strike halts cargo at [[L Lithuania]]'s [[L Klaipėda]] port for third day

[[L VILNIUS]], Sept 22 ([[O Reuters]]) - A strike by crane operators and dockers halted most cargo handling at [[L Lithuania]]'s [[L Klaipėda]] port for a third day on Wednesday, leaving more than 30 ships waiting at anchor in the [[L Baltic Sea]], the port authority said.

The [[O Lithuanian Seaport Workers' Union]] called the strike after talks on a 12% pay rise broke down at [[O Klaipėdos Konteinerių Terminalas]], the largest stevedoring company at the port, and two smaller terminals. The union's leader, [[P Vaidas Žemaitis]], said members would stay out "until the offer has a number we can feed a family on".

The [[O Klaipėda State Seaport Authority]] said grain, fertiliser and container terminals were working at about a fifth of normal capacity. Its director general, [[P Rūta Paulauskienė]], said ferries to [[L Kiel]] and [[L Karlshamn]] were still sailing.

[[O LTG Cargo]], the freight arm of state railway [[O Lithuanian Railways]], said it had stopped sending trains to the port from [[L Kaunas]] and was holding about 400 wagons of grain in sidings. Transport Minister [[P Eugenijus Sabutis]] urged both sides to accept a mediator from the [[O Ministry of Social Security and Labour]].

"Every day of this costs the port about 3 million euros and pushes shippers towards [[L Riga]] and [[L Gdańsk]]," said [[P Tadas Vizgirdas]], an analyst at [[O SEB]] in [[L Vilnius]].

Among the vessels waiting was the bulk carrier [[X Baltic Wren]], chartered by the Swiss trader [[O Agrifin]] SA to load 55,000 tonnes of wheat for [[L Egypt]]. [[O Achema]], the fertiliser maker based in [[L Jonava]], said it was sending some exports by rail through [[L Latvia]].

[[L Klaipėda]] handled 36 million tonnes of cargo last year, well below its peak before [[L Lithuania]] stopped the transit of Belarusian potash for [[O Belaruskali]] in 2022.

Union official [[P Jurgita Kazlauskaitė]] said crane operators at the [[O Klaipėdos Smeltė]] terminal, owned by the [[L Dubai]]-based [[O DP World]], had also voted to join the strike from Friday.

(Reporting by [[P Ugnė Jasaitytė]] in [[L Vilnius]]; Editing by [[P Edmund Clarke]])`,
  },
  {
    name: 'reuters copperbelt miner results with a legal form tickers mines named after places a state miner analysts at banks the lme and zambian and congolese names',
    text: `[[O Kafue Copper]] profit jumps on record prices, [[L Congo]] mine delays weigh

[[L LONDON]], Feb 25 ([[O Reuters]]) - [[O Kafue Copper]] Plc ([[X KCU.L]]) reported a 41% rise in annual core profit on Thursday as record copper prices made up for a slower start at its new mine in [[L Democratic Republic of Congo]], and the miner raised its dividend.

Earnings before interest, tax, depreciation and amortisation rose to $1.62 billion in 2026, the [[L London]]-listed company said, just above the $1.58 billion analysts polled by the company had expected. Shares rose 3.1%, outpacing a 0.4% gain in the [[X FTSE 350]] mining index.

Copper output from its two mines in [[L Zambia]], [[L Chambishi West]] and [[L Mimbula]], rose 6% to 212,000 tonnes. But the [[L Kamoa North]] project in [[L Lualaba]] province produced its first cathode four months late after power cuts from the state utility [[O Société Nationale d'Électricité]] ([[O SNEL]]).

Chief Executive [[P Chanda Mwansa-Kabwe]] said the company had signed a deal to buy power from a solar farm near [[L Kolwezi]] and expected [[L Kamoa North]] to reach full output by the end of the year. "We are not going to wait for the grid to be fixed," she told reporters.

Copper on the [[O London Metal Exchange]] ([[O LME]]) traded at $11,640 a tonne, up 18% from a year earlier, as supply from [[L Chile]] and [[L Peru]] fell short.

"The market is rewarding anyone who can actually get tonnes out of the ground," said [[P Ilse de Waal]], an analyst at [[O RMB Morgan Stanley]] in [[L Johannesburg]]. [[P Oliver Brennan]], a mining analyst at [[O Berenberg]], said the delay at [[L Kamoa North]] was "the one thing the market will remember from today".

[[L Congo]]'s state miner [[O Gécamines]], which owns 20% of the project, said through spokesman [[P Patrick Kalombo Ilunga]] that it had received its first dividend. [[L Zambia]]'s [[O Ministry of Mines and Minerals Development]] said it would review the company's royalty payments, as it does for all large producers.

[[O Kafue Copper]] will pay a final dividend of 48 cents a share. It kept its 2027 guidance of 260,000 to 280,000 tonnes.

(Reporting by [[P Thandiwe Nkosi]] in [[L Johannesburg]] and [[P Ruth Edwards-Palmer]] in [[L London]]; Editing by [[P David Goodwin]])`,
  },
];

export const BATCH_55: EntityCase[] = [
  {
    name: 'wikinews brazilian state runoff in pernambuco with portuguese names parties by acronym an electoral court municipalities and a port complex',
    text: `[[P Lyra]] wins runoff for governor of [[L Pernambuco]]

Monday, October 25, 2027

[[P Camila Lyra]] of the [[O Brazilian Socialist Party]] ([[O PSB]]) was elected governor of the northeastern Brazilian state of [[L Pernambuco]] on Sunday, defeating [[P Anderson Ferreira Gouveia]] of the [[O Liberal Party]] ([[O PL]]) in a runoff with 53.8% of the valid votes.

The [[O Regional Electoral Court of Pernambuco]] ([[O TRE-PE]]) said turnout was 79%, and that electronic voting machines had reported from all 185 municipalities by 9 p.m. local time. The [[O Superior Electoral Court]] ([[O TSE]]) in [[L Brasília]] said the vote had passed without serious incidents.

[[P Lyra]], 44, a former mayor of [[L Caruaru]], won by large margins in the [[L Agreste]] and the [[L São Francisco]] valley, while [[P Gouveia]] carried [[L Jaboatão dos Guararapes]] and most of the [[L Recife]] metropolitan area. "[[L Pernambuco]] chose to keep building, not to start a fight," she told supporters in [[L Recife]].

President [[P Luiz Inácio Lula da Silva]], who was born in [[L Garanhuns]], in the state's interior, campaigned twice for [[P Lyra]]. Former president [[P Jair Bolsonaro]], who cannot run for office, recorded videos for [[P Gouveia]].

[[P Lyra]] promised to finish a rail line to the [[L Suape]] port complex and to hire 3,000 teachers. The outgoing governor, [[P Raquel Lyra]], who is not related to her, did not stand for a second term.

Runoffs were also held in [[L Bahia]], where [[P Jerônimo Rodrigues]] of the [[O Workers' Party]] ([[O PT]]) was re-elected, and in [[L Rio Grande do Sul]]. In [[L Paraíba]], the count was delayed by three hours after a power cut at the court's offices in [[L João Pessoa]].

Political scientist [[P Adriano Oliveira Cunha]] of the [[O Federal University of Pernambuco]] said [[P Lyra]] had won because voters in the interior "trusted a mayor more than a television campaign".

[[P Lyra]] takes office on January 6.

Sources

"[[P Camila Lyra]] é eleita governadora de [[L Pernambuco]]" — [[O Jornal do Commercio]], October 24, 2027
"[[L Brazil]] runoffs: [[O PSB]] holds [[L Pernambuco]]" — [[O Agência Brasil]], October 24, 2027`,
  },
  {
    name: 'wikinews saskatchewan wildfire with a provincial agency an interagency centre a first nation cree and dene names the rcmp and a highway',
    text: `Wildfire forces evacuation of [[L La Ronge]] in northern [[L Saskatchewan]]

Saturday, July 17, 2027

About 4,500 people were ordered to leave [[L La Ronge]] and the neighbouring [[O Lac La Ronge Indian Band]] communities in northern [[L Saskatchewan]] on Friday as a wildfire burning since early July came within eight kilometres of the town.

The [[O Saskatchewan Public Safety Agency]] ([[O SPSA]]) said the fire had grown to 96,000 hectares in hot, dry and windy weather. [[O SPSA]] vice-president of operations [[P Darcy Tremblay-Natomagan]] said firefighters had cut a guard along [[L Highway 2]], the only road south, to keep it open for evacuees.

Buses took residents to [[L Prince Albert]] and [[L Saskatoon]], where the [[O Canadian Red Cross]] opened a reception centre at an arena. Elders and patients from the hospital were flown out by the [[O Royal Canadian Air Force]].

Chief [[P Tammy Halkett-Charles]] of the [[O Lac La Ronge Indian Band]] said the band had asked for more crews since the fire started. "We told them in June this country was dry," she said. The [[O Federation of Sovereign Indigenous Nations]] ([[O FSIN]]) called for an inquiry into how evacuations are run in the north.

The [[O Canadian Interagency Forest Fire Centre]] ([[O CIFFC]]) in [[L Winnipeg]] said it had sent 120 firefighters from [[L Ontario]] and [[L Quebec]] and was asking [[L Australia]] and [[L Mexico]] for help. The [[O Royal Canadian Mounted Police]] ([[O RCMP]]) said officers had gone door to door in [[L Air Ronge]] to make sure no one stayed behind.

[[O Environment and Climate Change Canada]] issued an air quality warning for [[L Regina]] and parts of [[L Manitoba]]. Premier [[P Scott Moe]] said the province would pay evacuees $100 a day for each adult.

Dene elder [[P Marie Yooya Benoanie]], 81, said it was the third time she had left her home because of fire. Further north, crews were also fighting fires near [[L Stony Rapids]] and [[L Black Lake]] on [[L Lake Athabasca]].

Sources

"[[L La Ronge]] evacuated as fire nears" — [[O CBC News]], July 16, 2027
"[[O SPSA]] says highway open for evacuees" — [[O Saskatoon StarPhoenix]], July 16, 2027`,
  },
  {
    name: 'reuters ghana cocoa board and central bank with akan names a syndicated loan banks an exchange and cocoa grades',
    text: `[[L Ghana]]'s cocoa board seeks $1.2 bln loan as [[O Bank of Ghana]] holds rates

[[L ACCRA]], Nov 9 ([[O Reuters]]) - [[L Ghana]]'s cocoa regulator has asked international banks for a syndicated loan of up to $1.2 billion to pay farmers for next season's crop, two bankers said on Tuesday, as the [[O Bank of Ghana]] kept its main interest rate unchanged.

The [[O Ghana Cocoa Board]] ([[O Cocobod]]) stopped borrowing offshore in 2023 after the world's second-largest producer fell short of beans to deliver against its loans. Its chief executive, [[P Randy Abbey]], told lawmakers last month that a better harvest had restored confidence.

[[O Standard Chartered]] Plc, [[O Société Générale]] and [[O Rabobank]] were among the banks invited to lead the loan, one of the bankers said, asking not to be named because the talks were private. [[O Cocobod]] declined to comment.

Cocoa futures on [[O ICE Futures U.S.]] in [[L New York]] fell 2.4% to $6,180 a tonne after rain in [[L Ghana]]'s [[L Ashanti Region]] and in [[L Ivory Coast]] lifted forecasts. Prices in [[L London]] fell 1.9%.

The [[O Bank of Ghana]] held its policy rate at 21.5%, as expected, citing a stable cedi and inflation that slowed to 13.1% in October. Governor [[P Johnson Asiama]] said the committee saw "room to ease early next year" if prices kept falling.

"The board getting back to the syndicated market is a sign that the worst of the debt crisis is behind [[L Ghana]]," said [[P Kwame Owusu-Ansah]], an economist at [[O Databank]] in [[L Accra]]. [[P Adwoa Mensah-Bonsu]], a commodities analyst at [[O Absa Group]], said traders would watch whether the board could deliver the [[X Grade I]] beans it sold forward.

Farmers in the [[L Western North Region]] have lost trees to the swollen shoot virus and to illegal gold mining, known locally as galamsey. The [[O Ministry of Food and Agriculture]] said it would replant 40,000 hectares.

[[L Ivory Coast]]'s regulator, the [[O Coffee and Cocoa Council]], is expected to set its farmgate price for the new crop next week.

(Reporting by [[P Kwasi Boateng]] in [[L Accra]] and [[P Nellie Fraser]] in [[L London]]; Editing by [[P Sharon Tobin]])`,
  },
];
