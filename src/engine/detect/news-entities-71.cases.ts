/**
 * Blind entity batches 71-73 (helper ents34a, 5 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 73 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_24 are made from batches 71 and 72 only, and batch 73's errors are never printed
 * or read (only its totals, `npx tsx scripts/eval/news-entities.ts --quiet "batch 73"`). They lean
 * on the two kinds of news the reader is judged on: Wikinews-style short world reports without a
 * dateline (many countries, agencies, ministries, universities, and sports briefs over several
 * sports in one report) and Reuters wire copy on US elections and markets (campaigns, super PACs,
 * state parties, county boards, state courts, polling firms, companies with tickers, executives,
 * central banks, a sign-off). Settings new to the batches: Central Asia (Kyrgyzstan, Tajikistan,
 * Uzbekistan), the Caucasus (Armenia and Azerbaijan), South-East Asia (Singapore's strait),
 * Southern Africa (Botswana, Zimbabwe, Namibia), the Nordic countries (Iceland, Sweden) and the
 * Caribbean (Jamaica, Guyana, the Dominican Republic). The hard cases: patronymics (Kyrgyz
 * -ovich/-ovna and uulu, Azerbaijani oglu, Icelandic -dóttir/-son), initials, 'St.', 'De los',
 * 'von' and 'van der' names, hyphenated and double surnames, ministries with commas and 'and' in
 * their names, law firms of two surnames with an ampersand, parties by hyphenated acronym
 * ('ZANU-PF'), agencies by acronym, rivers, valleys, lakes, mountains, ships, aircraft, products,
 * tickers, indexes and events as none.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_71: EntityCase[] = [
  {
    name: 'wikinews-style central asian water deal kyrgyzstan and tajikistan with patronymics a ministry with a comma and and in its name a valley a river an exclave the osce expanded once and by acronym a development bank',
    text: `[[L Kyrgyzstan]] and [[L Tajikistan]] agree to share water of border river

The foreign ministers of [[L Kyrgyzstan]] and [[L Tajikistan]] signed an agreement on Wednesday to share the water of the [[L Isfara River]], whose canals were at the heart of border clashes that killed more than 100 people in 2022.

Kyrgyz Foreign Minister [[P Azamat Toktogulovich Bekmuratov]] and his Tajik counterpart, [[P Sirojiddin Nurullozoda]], signed the deal in [[L Batken]], a town in the [[L Fergana Valley]] about 20 kilometres from the frontier. Under the deal a joint commission will set the flow through the [[L Golovnoy]] water intake each spring.

The [[O Ministry of Water Resources, Agriculture and Processing Industry]] in [[L Bishkek]] said farmers in [[L Ak-Sai]] and [[L Kok-Tash]] would get water for rice and apricots from May. In [[L Dushanbe]], the [[O Ministry of Energy and Water Resources]] said the [[L Vorukh]] exclave would keep its own spring.

The [[O Organization for Security and Co-operation in Europe]] ([[O OSCE]]) and the [[O Asian Development Bank]] will pay for meters on the canals. [[P Gulnara Abdyldaevna Asanova]], who heads the bank's office in [[L Kyrgyzstan]], said the meters would be "cheaper than one more border post".

In [[L Tashkent]], the Uzbek water official [[P Bekzod Tursunov]] said [[L Uzbekistan]] would ask to join the commission, since the [[L Syr Darya]] carries the same water on to the [[L Aral Sea]]. Professor [[P Malika Rahimova-Saidova]] of the [[O Tajik National University]] said the deal was "the first that counts cubic metres, not soldiers".`,
  },
  {
    name: 'reuters atlanta senate race a super pac polls by a university and a firm a candidate with a hyphenated surname and an initial a company with a ticker the fec state parties counties a superior court judge a state supreme court and a sign-off',
    text: `[[L ATLANTA]], Oct 14 ([[O Reuters]]) - A super PAC allied with Republican leaders in the [[O U.S. Senate]] said on Tuesday it would spend $38 million on television ads in [[L Georgia]] before the Nov. 3 election, as polls show Democratic Senator [[P Marcus T. Holloway]] narrowly ahead of his Republican challenger, [[P Caroline Whitfield-Osei]].

The [[O Senate Leadership Fund]] said its ads would run in [[L Atlanta]], [[L Savannah]] and [[L Macon]]. A [[O Quinnipiac University]] poll released on Monday put [[P Holloway]] at 48% and [[P Whitfield-Osei]] at 45%, within its margin of error, while a survey by [[O InsiderAdvantage]] had the race tied.

[[P Whitfield-Osei]], a former executive at [[O Delta Air Lines]] ([[X DAL.N]]), has raised $21 million since winning the primary in June, according to filings with the [[O Federal Election Commission]]. Her campaign manager, [[P Drew McAllister]], said the [[O Georgia Republican Party]] had opened 40 field offices.

[[P Holloway]]'s campaign, which has outspent hers two to one, is backed by [[O Majority Forward]], a group tied to the Democratic leadership. His spokeswoman, [[P Keisha Brantley-Moss]], said the ads were "a last roll of the dice".

Separately, a judge in [[L Fulton County]] on Monday refused a request by the [[O Democratic Party of Georgia]] to extend early voting hours in [[L Cobb County]] and [[L Gwinnett County]]. Superior Court Judge [[P Renée DuBose-Lang]] said the county election boards had followed state law. The party said it would appeal to the [[O Georgia Supreme Court]].

(Reporting by [[P Nathan Ebersole]] in [[L Atlanta]]; additional reporting by [[P Priya Raghunathan]] in [[L Washington]]; Editing by [[P Colleen Fairweather]])`,
  },
  {
    name: 'wikinews-style sports briefs danish handball norwegian biathlon west indies cricket a jamaican athletics meet finnish football clubs by full and short names arenas ovals and stadiums governing bodies by acronym st and hyphenated names',
    text: `Sport in brief: handball, biathlon, cricket, athletics and football

[[O Aalborg Håndbold]] stayed top of the Danish handball league on Sunday with a 31–27 win over [[O GOG]] at the [[L Gigantium]]. Left back [[P Mikkel Sønderskov-Hansen]] scored nine goals for [[O Aalborg]], who are three points clear of [[O Skjern]].

In [[L Oslo]], [[P Eirik Haugli Strand]] won the men's sprint at [[L Holmenkollen]] by 11 seconds from the Frenchman [[P Quentin Fillon-Marchal]]. The [[O International Biathlon Union]] ([[O IBU]]) said 42,000 people watched the race, a record for the venue.

[[O West Indies]] beat [[O Sri Lanka]] by five wickets at [[L Kensington Oval]] in [[L Bridgetown]] to level the one-day series. Opener [[P Kavem St. Hill]] made 104 and fast bowler [[P Jediah Blades-Harper]] took four for 38. [[O Cricket West Indies]] named the same squad for the third match in [[L Antigua]].

At the [[L National Stadium]] in [[L Kingston]], [[P Shanique McKenzie-Brown]] won the women's 100 metres in 10.91 seconds at the [[X Jamaica Athletics Invitational]]. Her coach, [[P Glen Mills-Ebanks]] of the [[O MVP Track Club]], said she would race next in [[L Doha]].

In the [[O Veikkausliiga]], [[O HJK Helsinki]] drew 1–1 with [[O KuPS]] in [[L Kuopio]]. [[O HJK]] captain [[P Joonas Väänänen]] was sent off in the second half.`,
  },
  {
    name: 'reuters gaborone central bank rate cut and diamond sales a joint venture a parent by name and ticker mines named after towns a diamond trader named after a delta a ministry with and initials an analyst at a bank and a sign-off',
    text: `[[L GABORONE]], March 3 ([[O Reuters]]) - The [[O Bank of Botswana]] cut its main policy rate by 50 basis points to 1.90% on Thursday, its second cut this year, as diamond sales by [[O Debswana]] fell for a third straight quarter and the economy shrank.

Governor [[P Lesego T. Moatlhodi]] said inflation of 2.8% gave the bank room to act. "Diamonds are not coming back this year," he told reporters.

[[O Debswana]], a joint venture between the government and [[O De Beers]], produced 3.9 million carats in the quarter, down 31%, as it cut output at its [[L Jwaneng]] and [[L Orapa]] mines. [[O Anglo American]] ([[X AAL.L]]), which owns 85% of [[O De Beers]], is selling the diamond business. Its chief executive, [[P Ruairi Cavanagh]], said in [[L London]] that talks with buyers were "well advanced".

The state-owned trader [[O Okavango Diamond Company]] said prices at its February sale fell 12%. The [[O Ministry of Minerals and Energy]] said it would not sell its stake in [[O Debswana]].

[[O Lucara Diamond]] ([[X LUC.TO]]), which mines at [[L Karowe]], said it had found a 1,094-carat stone, one of the largest this decade. Shares rose 6% in [[L Toronto]].

"The cut helps, but the country needs something other than diamonds," said [[P Thabo Mokoena-Rantao]], an economist at [[O Rand Merchant Bank]] in [[L Johannesburg]]. The [[O Botswana Stock Exchange]] index fell 0.4%.

(Reporting by [[P Brian Benza-Ntshole]] in [[L Gaborone]]; Editing by [[P Marguerite Ossei]])`,
  },
  {
    name: 'jamaican court of appeal on a port dispute law firms of two and three surnames with an ampersand and a comma a ship as none a port authority a ministry with and parties by acronym a mountain range a river and hyphenated and de names',
    text: `[[O Court of Appeal]] backs port operator in ship damage case

[[L KINGSTON]] — [[L Jamaica]]'s [[O Court of Appeal]] on Friday upheld an award of $1.2 billion against a tug company whose boat struck the container ship [[X MSC Aurelia]] in [[L Kingston Harbour]] in 2023.

Justice [[P Paulette Hylton-Clarke]] said [[O Caribbean Towage Services]] had failed to train its crews. The award goes to [[O Kingston Freeport Terminal]], which runs the port under a concession from the [[O Port Authority of Jamaica]], and to the ship's owner, [[O Mediterranean Shipping Company]].

[[O Myers, Fletcher & Gordon]] acted for the terminal and [[O Chen-Gordon & Wray]] for the tug company, whose lawyer, [[P Andre de Souza]], said it would take the case to the [[O Privy Council]] in [[L London]].

The [[O Ministry of Transport and Mining]] said it would review the rules for tugs. Minister [[P Dwayne McFarlane]] of the [[O JLP]] said the case showed that "the harbour is only as safe as its smallest boat"; the opposition [[O PNP]] called for a port safety board.

Separately, the cement maker [[O Portmore Cement]] said it would build a plant near the [[L Rio Minho]] with stone from the [[L Blue Mountains]], and ship cement from [[L Port Esquivel]]. Its chairman, [[P Errol D. Chin-See]], said 300 jobs would go to people from [[L Clarendon]].`,
  },
  {
    name: 'icelandic eruption page icelandic patronymics a met office and a civil protection department with and a geothermal firm a power plant a mountain a coast guard ship as none an airline an aircraft maker before a type a university and a town with a harbour',
    text: `Eruption near [[L Grindavík]] forces evacuation of spa and power plant

[[L REYKJAVÍK]] — A fissure opened north of [[L Grindavík]] on Monday night, the seventh eruption on the [[L Reykjanes Peninsula]] in two years, and lava flowed towards the [[L Svartsengi]] power plant, the [[O Icelandic Meteorological Office]] said.

[[P Halldóra Björnsdóttir]], who leads its volcano team, said magma had risen under [[L Sundhnúkur]] for three weeks. The [[O Department of Civil Protection and Emergency Management]] ordered 3,600 people out of the town and the spa nearby. Its head, [[P Gunnar Þór Magnússon]], said the barriers built around [[L Svartsengi]] held.

[[O HS Orka]], which runs the plant, said it had cut power to [[L Keflavík]] for two hours. Its chief executive, [[P Kristín Eyjólfsdóttir Hansen]], said hot water to 30,000 homes was safe.

The [[O Icelandic Coast Guard]] sent the patrol ship [[X Þór]] to [[L Grindavík]] harbour in case the road to [[L Reykjavík]] was cut. [[O Icelandair]] said flights from [[L Keflavík Airport]] ran normally, though one [[O Boeing]] [[X 737 MAX]] from [[L Copenhagen]] was held for an hour.

Volcanologist [[P Ármann Pétursson]] of the [[O University of Iceland]] said the gas was blowing west over [[L Þorbjörn]], a mountain beside the town, and away from the capital.`,
  },
];

export const BATCH_72: EntityCase[] = [
  {
    name: 'wikinews-style caucasus border deal armenia and azerbaijan with -yan and -zade names an oglu patronymic provinces and districts a river a mountain an eu mission by name and acronym a border service a church a party and a georgian mediator',
    text: `[[L Armenia]] and [[L Azerbaijan]] mark first stretch of shared border

[[L Armenia]] and [[L Azerbaijan]] said on Thursday that surveyors had fixed 12.7 kilometres of their border between [[L Tavush Province]] and [[L Gazakh District]], the first stretch marked since the two countries became independent in 1991.

Armenian Deputy Prime Minister [[P Mher Grigoryan]] and his Azerbaijani counterpart, [[P Shahin Mustafayev]], met at a checkpoint near [[L Kirants]]. Villagers there had protested for weeks, led by the archbishop of the [[O Armenian Apostolic Church]] in [[L Tavush]], [[P Bagrat Galstanyan]], who said the line cut them off from their fields.

In [[L Baku]], foreign ministry spokesman [[P Farid Vugar oglu Jafarov]] said the next stretch would run along the [[L Aras River]] towards [[L Nakhchivan]]. The [[O State Border Service]] would take over posts on the Azerbaijani side.

The [[O European Union Mission in Armenia]] ([[O EUMA]]) said its monitors had seen no shooting for six months. [[P Narine Hovhannisyan-Petrosyan]], an MP from the ruling [[O Civil Contract]] party, said the survey teams had worked in sight of [[L Mount Aragats]] "in snow to the knees".

The Georgian prime minister, [[P Irakli Kobakhidze]], offered [[L Tbilisi]] for the next round. [[P Aysel Huseynzade]], a researcher at the [[O Baku Research Institute]], said the deal "moves the war from maps to lawyers".`,
  },
  {
    name: 'reuters harrisburg mail ballot lawsuit the commonwealth court and state supreme court a state party and the national committee a county board counties a super pac law firms of two surnames pollsters by college and a sign-off with an initial',
    text: `[[L HARRISBURG]], [[L Pa.]], Sept 22 ([[O Reuters]]) - A court in [[L Pennsylvania]] on Monday ordered election officials in [[L Lehigh County]] to count about 2,400 mail ballots that arrived without a handwritten date, a win for Democrats six weeks before the presidential election.

Judge [[P R. Kevin Dunleavy]] of the [[O Commonwealth Court]] said rejecting the ballots over a missing date would "disenfranchise voters for a clerical slip". The [[O Republican National Committee]] and the [[O Republican Party of Pennsylvania]] said they would appeal to the [[O Pennsylvania Supreme Court]].

The suit was brought by the [[O Pennsylvania Democratic Party]] against the [[O Lehigh County Board of Elections]], represented by [[O Halloran & Sykes]], a [[L Philadelphia]] firm. [[O Dilworth Paxson]] acted for the Republicans. Similar cases are pending in [[L Bucks County]] and [[L Erie County]].

Secretary of the Commonwealth [[P Dana Kowalczyk]] said counties should keep undated ballots apart until the courts rule. A [[O Franklin & Marshall College]] poll last week showed the presidential race tied in the state, and a [[O Marist Poll]] survey put the Republican nominee ahead by one point.

[[O Keystone Values PAC]], a super PAC funded by the [[L Pittsburgh]] steel executive [[P Gregory J. Mastrangelo]], said it would spend $12 million on mail-ballot drives. [[P Mastrangelo]], chairman of [[O Allegheny Forge]], gave $5 million in August, according to filings.

(Reporting by [[P Jonathan Alvarez-Reyes]] in [[L Harrisburg]]; Editing by [[P Leslie Adlington]] and [[P Cynthia Osterman-Reid]])`,
  },
  {
    name: 'zimbabwe central bank and new currency reuters style the reserve bank a currency as none zanu-pf and mdc-t by hyphenated acronym a tax authority by acronym a stock exchange companies named after founders a lake and dam a river sadc by acronym',
    text: `[[L HARARE]], June 18 ([[O Reuters]]) - The [[O Reserve Bank of Zimbabwe]] raised its policy rate to 35% on Wednesday and said it would sell more gold coins to defend the [[X ZiG]], which has lost a third of its value against the dollar since April.

Governor [[P Tinashe Mutasa-Chikore]] said the bank would also let exporters keep 40% of their earnings in dollars. "The currency is backed by gold and we will prove it," he said.

The ruling [[O ZANU-PF]] said the move would protect wages. [[P Nqobile Sibanda]], a spokesman for the opposition [[O MDC-T]], said the government "has changed the currency four times and the price of bread every week".

Shares on the [[O Zimbabwe Stock Exchange]] fell 3.2%. [[O Delta Corporation]], the brewer, and [[O Econet Wireless]], the telecoms group founded by [[P Strive Masiyiwa]], led the fall. The [[O Zimbabwe Revenue Authority]] ([[O ZIMRA]]) said it would take taxes in [[X ZiG]] and dollars.

Power cuts have worsened as water in [[L Lake Kariba]] fell to 12% of capacity, leaving the [[L Kariba Dam]] on the [[L Zambezi River]] short of flow. The [[O Zambezi River Authority]], owned by [[L Zambia]] and [[L Zimbabwe]], said rains had been "the poorest in forty years".

The [[O Southern African Development Community]] ([[O SADC]]) will discuss the drought at a summit in [[L Victoria Falls]] in August, said [[P Blessing Ncube]], an official in [[L Gaborone]].

(Reporting by [[P Farai Mutsaka-Dube]] in [[L Harare]]; Editing by [[P Gareth Pryce]])`,
  },
  {
    name: 'singapore strait ship collision ships as none the maritime and port authority with and expanded once and by acronym a port operator a terminal a shipping line law firms of two surnames with an ampersand malay bin and binti names chinese names an indonesian agency islands and a park',
    text: `Two ships collide in [[L Singapore Strait]], spilling fuel near [[L Sentosa]]

[[L SINGAPORE]] — A container ship and an oil tanker collided in the [[L Singapore Strait]] early on Saturday, spilling about 300 tonnes of fuel oil that washed up on [[L Sentosa]] and along [[L East Coast Park]], the [[O Maritime and Port Authority of Singapore]] ([[O MPA]]) said.

The Liberian-flagged tanker [[X Nordic Hawk]] was hit by the container ship [[X Dali Star]], operated by [[O Ocean Network Express]], while it waited to berth at [[L Pasir Panjang Terminal]]. No one was hurt. The terminal is run by [[O PSA International]], which said four berths had closed.

[[P Tan Wei Ling]], the authority's chief executive, said 1,200 workers were cleaning beaches. The [[O National Environment Agency]] warned people not to swim off [[L Changi]].

The [[O Marine Department Malaysia]] said oil had reached [[L Pengerang]] in [[L Johor]], and its director, [[P Muhammad Hafiz bin Rosli]], asked [[L Singapore]] for help. In [[L Indonesia]], the maritime security agency [[O Bakamla]] sent two boats to [[L Batam]].

The tanker's owner, the [[L Oslo]]-based [[O Hafnia]], hired [[O Rajah & Tann]] to handle claims, and the ship's insurer, [[O Gard]], instructed [[O Drew & Napier]]. [[P Nurul Aina binti Kamarudin]], a marine biologist at the [[O National University of Singapore]], said the coral off [[L Pulau Semakau]] was at risk.`,
  },
  {
    name: 'swedish battery maker collapse a company named after its town beside its town and a power company named after it a ministry with and a car maker and a product as none a union a law firm of two surnames a bank a river and counties a von name and a hyphenated minister',
    text: `Swedish battery maker files for bankruptcy, 3,000 jobs at risk

[[L STOCKHOLM]] — [[O Skellefteå Batteri]] filed for bankruptcy on Wednesday after failing to raise new money, putting 3,000 jobs at risk in northern [[L Sweden]] and dealing a blow to [[L Europe]]'s hopes of making its own electric car batteries.

The company, founded in 2019 by former [[O Tesla]] executive [[P Karl-Johan von Platen]], had counted [[O Volvo Cars]] and [[O Scania]] as customers. [[O Volvo Cars]] said batteries for its [[X EX30]] would still come from [[L China]].

Minister for Energy, Business and Industry [[P Ebba Lindqvist-Åberg]] said the [[O Ministry of Climate and Enterprise]] would not put state money into the company. "This was a private bet," she said.

The court in [[L Skellefteå]] named [[P Henrik Fahlgren]] of the law firm [[O Mannheimer Swartling]] as administrator. The largest creditors include [[O Danske Bank]], the [[O European Investment Bank]] and the power company [[O Skellefteå Kraft]], which supplies the plant with electricity from dams on the [[L Skellefte River]].

[[P Sanna Ek]], who chairs the local branch of the union [[O IF Metall]], said workers had been told to stay home. Governors of [[L Västerbotten]] and [[L Norrbotten]] asked [[L Stockholm]] for a plan for the north.

Analyst [[P Pekka Järvinen]] at [[O Nordea]] in [[L Helsinki]] said the Finnish rival [[O Valmet Automotive]] could buy the plant "for the price of its roof".`,
  },
  {
    name: 'wikinews-style sports briefs caribbean series baseball with dominican clubs in spanish a stadium named after a player de los names cross-country skiing with fis expanded once rugby africa cup with a stadium named after a president van der names and european wrestling',
    text: `Sport in brief: baseball, skiing, rugby and wrestling

[[O Tigres del Licey]] of the [[L Dominican Republic]] won the [[X Caribbean Series]] on Friday, beating [[O Cangrejeros de Santurce]] of [[L Puerto Rico]] 5–3 at the [[L Estadio Quisqueya Juan Marichal]] in [[L Santo Domingo]]. Shortstop [[P Yairo De los Santos]] hit a two-run home run in the eighth inning. The [[O Caribbean Professional Baseball Confederation]] said next year's series would be played in [[L Mexicali]].

In [[L Val di Fiemme]], [[P Ingvild Haugen Skaar]] of [[L Norway]] won the final climb of the [[X Tour de Ski]] on [[L Alpe Cermis]], 14 seconds ahead of the Swede [[P Linn Svahn-Ekström]]. The [[O International Ski and Snowboard Federation]] ([[O FIS]]) said the race would stay on the calendar.

[[O Namibia]] beat [[O Zimbabwe]] 34–20 at the [[L Hage Geingob Rugby Stadium]] in [[L Windhoek]] to reach the final of the [[X Rugby Africa Cup]]. Flanker [[P Le Roux van der Westhuizen]] scored two tries. The [[O Namibia Rugby Union]] said [[O Kenya]] or [[O Algeria]] would be their opponent in [[L Kampala]].

At the [[X European Wrestling Championships]] in [[L Bratislava]], [[P Giorgi Kapanadze-Beridze]] of [[L Georgia]] won the 97 kg freestyle title, beating [[P Abdulrashid Magomedov]] of [[L Azerbaijan]]. [[O United World Wrestling]] said a record 42 nations took part.`,
  },
];

export const BATCH_73: EntityCase[] = [
  {
    name: 'kyrgyz gold mine deal a state gold company a canadian miner by name and ticker a mine a lake a mountain range towns a state committee with a comma and and uulu and -ovna names a development bank by name and acronym a chinese buyer',
    text: `[[L Kyrgyzstan]] signs deal for second gold mine near [[L Issyk-Kul]]

The state gold company [[O Kyrgyzaltyn]] signed an agreement on Tuesday with the [[L Beijing]]-based [[O Zijin Mining]] to develop the [[L Jerooy]] gold deposit, the largest in [[L Kyrgyzstan]] after [[L Kumtor]].

[[P Nurlan Almazbek uulu]], who chairs [[O Kyrgyzaltyn]], said the deal would bring $700 million of investment to the [[L Talas Region]] and 1,500 jobs. The [[O State Committee for Industry, Energy and Subsoil Use]] said it had approved the plan after three years of talks.

[[O Centerra Gold]] ([[X CG.TO]]), which ran [[L Kumtor]] until the government seized the mine in 2021, said in [[L Toronto]] that it had no claim on the new deposit. Its chief executive, [[P Paul Tomory-Lindqvist]], said the company was "looking at [[L Kazakhstan]] and [[L Mongolia]] instead".

Environmental groups in [[L Karakol]] and [[L Barskoon]] warned that waste from the mines could reach [[L Lake Issyk-Kul]] through rivers coming down from the [[L Tian Shan]]. [[P Aizada Bakytbekovna Sultanova]], of the group [[O Green Alliance]], said the water "is the only thing here that outlives every company".

The [[O Eurasian Development Bank]] ([[O EDB]]) said it would lend $150 million for a road to the mine. Its economist in [[L Bishkek]], [[P Timur Sadykov]], said gold was now 40% of the country's exports.`,
  },
  {
    name: 'reuters phoenix county certification fight a county board of supervisors counties a superior court an appeals circuit state parties a super pac a pollster law firms of two surnames a secretary of state candidates with initials and a sign-off',
    text: `[[L PHOENIX]], Nov 18 ([[O Reuters]]) - A judge in [[L Arizona]] on Monday ordered the [[O Cochise County Board of Supervisors]] to certify the county's election results by Thursday, rejecting a bid by two Republican supervisors to delay the count over claims about voting machines.

[[O Pima County Superior Court]] Judge [[P Teresa L. Abernathy]] said the board had "no discretion" to refuse. Secretary of State [[P Luisa Ortega-Whitman]] had sued the board, represented by the law firm [[O Coppersmith Brockelman]]. The supervisors were represented by [[O Snell & Wilmer]].

The [[O Arizona Republican Party]] said it would appeal to the [[O Ninth U.S. Circuit Court of Appeals]] in [[L San Francisco]]. Its chairman, [[P Dale R. Hutchins]], said voters in [[L Cochise County]] "deserve a hand count".

The results in [[L Cochise County]], [[L Pima County]] and [[L Maricopa County]] decide a close race for a seat in the [[O U.S. House of Representatives]], where Democrat [[P Ana Lucía Ferreira]] leads Republican [[P Cody Van Buskirk]] by 1,140 votes. A poll by [[O Noble Predictive Insights]] before the election had shown [[P Van Buskirk]] ahead.

[[O Sun Valley Forward]], a super PAC that spent $9 million for [[P Van Buskirk]], said it would pay for legal challenges. The [[O Arizona Democratic Party]] called that "an attack on the voters of [[L Tucson]] and [[L Sierra Vista]]".

(Reporting by [[P Tamsin Ortiz-Hale]] in [[L Phoenix]]; Editing by [[P Rosalind Kemp]])`,
  },
  {
    name: 'guyana oil page an oil major by name and ticker partners an oil platform as none rivers a capital the energy agency a ministry a central bank parties by acronym including one with a slash indo-guyanese hyphenated names and the world court',
    text: `[[L GEORGETOWN]] — Oil output in [[L Guyana]] passed 900,000 barrels a day in May after a fourth production ship started work, [[O ExxonMobil]] ([[X XOM.N]]) said on Monday, as the country's border dispute with [[L Venezuela]] went back to the [[O International Court of Justice]].

The ship, [[X One Guyana]], is moored 190 kilometres off the coast. [[O ExxonMobil]] runs the offshore area with [[O Hess]] and the Chinese state firm [[O CNOOC]]. [[P Alistair Routledge-Barnes]], head of the company's Guyanese arm, said a fifth ship would come in 2026.

The [[O Guyana Energy Agency]] said fuel imports had fallen by half. The [[O Ministry of Natural Resources]] said the state's oil fund held $3.8 billion, and the [[O Bank of Guyana]] said growth would be 25% this year.

Opposition leader [[P Aubrey Norton]] of [[O APNU]] said the deal with the oil companies gave [[L Guyana]] "too small a share". The ruling [[O PPP/C]] said the money was building roads along the [[L Demerara River]] and a bridge over the [[L Essequibo River]].

In [[L The Hague]], [[P Devindra Ramcharran-Persaud]], the lawyer leading [[L Guyana]]'s case, said [[L Venezuela]] had no claim to the [[L Essequibo]] region, which makes up two-thirds of the country. Venezuelan Foreign Minister [[P Yván Gil]] said [[L Caracas]] would not accept the court's ruling.`,
  },
  {
    name: 'namibian green hydrogen page a project company a port town a national park with a click letter a desert and a river a ports authority by name and short name a ministry with and parties by acronym and name a german development bank a von name and a hyphenated president',
    text: `[[L Namibia]] approves $10 billion hydrogen plant near [[L Lüderitz]]

[[L WINDHOEK]] — [[L Namibia]]'s cabinet on Thursday approved a $10 billion plan by [[O Hyphen Hydrogen Energy]] to build wind and solar farms and a hydrogen plant in the [[L Tsau ǁKhaeb National Park]] near the port of [[L Lüderitz]].

President [[P Ndapewa Shikongo-Haufiku]] said the plant would make [[L Namibia]] "a fuel exporter, not a fuel importer". The [[O Ministry of Mines and Energy]] said the first ammonia would ship in 2030.

[[O Hyphen Hydrogen Energy]], owned by the German developer [[O Enertrag]] and [[O Nicholas Holdings]], will build a new quay with the [[O Namibia Ports Authority]]. [[O Namport]] said dredging at [[L Lüderitz]] would start next year and [[L Walvis Bay]] would handle the cargo until then.

The German development bank [[O KfW]] will lend €500 million. Its [[L Windhoek]] director, [[P Hans-Dieter von Wietersheim]], said the water for the plant would come from the sea, not from the [[L Orange River]].

The opposition [[O Affirmative Repositioning]] party said the park in the [[L Namib Desert]] should not be given to foreign firms. [[O SWAPO]] lawmaker [[P Tangeni Amupolo]] said 3,000 people from the [[L ǁKharas Region]] would be trained for the jobs.`,
  },
  {
    name: 'wikinews-style sports briefs swedish ice hockey clubs by full and short names curling teams named after skips south-east asian football clubs a stadium named after a person weightlifting in the caucasus and a caribbean athletics meet governing bodies by acronym',
    text: `Sport in brief: ice hockey, curling, football, weightlifting and athletics

[[O Färjestad BK]] beat [[O Frölunda HC]] 4–2 in [[L Karlstad]] to go top of the [[O Swedish Hockey League]] on Saturday. Winger [[P Oskar Lindholm-Nyström]] scored twice for [[O Färjestad]], and goalkeeper [[P Linus Öberg]] made 38 saves.

At the curling world championship in [[L Ottawa]], [[L Scotland]]'s team skipped by [[P Bruce Mouat-Fraser]] beat [[O Switzerland]] 7–5. [[O World Curling]] said the final would be shown in 40 countries.

[[O Buriram United]] won the [[X ASEAN Club Championship]] with a 2–0 win over [[O Johor Darul Ta'zim]] at the [[L Chang Arena]] in [[L Buriram]]. Forward [[P Supachok Sarachat-Wongsa]] scored both goals. The [[O ASEAN Football Federation]] ([[O AFF]]) fined [[O Johor Darul Ta'zim]] for crowd trouble.

In [[L Yerevan]], [[P Davit Hovsepyan]] of [[L Armenia]] lifted 228 kg in the clean and jerk to win the 102 kg class at the [[X European Weightlifting Championships]]. The [[O International Weightlifting Federation]] said two lifters had failed doping tests.

In [[L Port of Spain]], [[P Kelsey-Ann Charles]] of [[L Trinidad and Tobago]] won the 400 metres at the [[L Hasely Crawford Stadium]]. The [[O National Association of Athletics Administrations]] said she would run at the world championships in [[L Tokyo]].`,
  },
  {
    name: 'reuters new york markets wire the fed and three other central banks indexes and tickers as none companies and their executives a chip maker an airline a bank analysts at firms treasury yields and a sign-off with two reporters',
    text: `[[L NEW YORK]], Dec 11 ([[O Reuters]]) - U.S. stocks rose on Wednesday after the [[O Federal Reserve]] cut interest rates by a quarter point and Chair [[P Jerome Powell]] said the central bank would move "carefully" next year.

The [[X S&P 500]] gained 0.8% and the [[X Nasdaq]] added 1.2%, led by chip maker [[O Micron Technology]] ([[X MU.O]]), which jumped 7% after forecasting higher sales. Its chief executive, [[P Sanjay Mehrotra]], said demand from data centres was "far ahead of supply".

[[O United Airlines]] ([[X UAL.O]]) rose 4% after raising its profit forecast, while [[O Goldman Sachs]] ([[X GS.N]]) fell 1.5%. "The market got the cut it wanted," said [[P Lindsey Ohanian-Clarke]], chief strategist at [[O Harbor Point Advisors]] in [[L Boston]].

Elsewhere, the [[O Bank of Thailand]] held its rate at 2.25%, [[O Norges Bank]] kept its rate at 4.5% in [[L Oslo]], and the [[O Central Bank of Brazil]] raised its rate by a full point. The [[O European Central Bank]] meets on Thursday in [[L Frankfurt]].

Yields on 10-year government bonds fell to 4.18%. [[P Marcus Oyelaran]], an economist at [[O Wells Fargo]] in [[L Charlotte]], said the [[O Fed]] had "one or two more cuts in it".

(Reporting by [[P Evan Kowalski-Trent]] and [[P Farzana Iqbal Siddiqui]] in [[L New York]]; Editing by [[P Sonali Mathur]])`,
  },
];
