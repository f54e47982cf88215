/**
 * Blind entity batches 125-127 (helper ents63a, 7 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 127 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_42 are made from batches 125 and 126 only, and batch 127's errors are never
 * printed or read (only its totals). 125 and 126 lean on kinds of news earlier batches used little:
 * aviation (airlines, airports named after people and places, air-accident investigators, the
 * aviation regulator, aircraft as none); agriculture and food (a bird-flu outbreak, the animal
 * health agency, farm unions, dairy co-operatives, supermarkets, a food board); energy and mining
 * (aluminium smelters, a state power producer, miners named after rivers and continents, a copper
 * commission); rail (stations named after districts, operators, the infrastructure body, unions);
 * culture (galleries, museums, orchestras, concert halls, arts councils, prizes and festivals as
 * none); religion (a synod, dioceses, a church council); the Gulf and South-East Asia (ministries,
 * sovereign funds, state oil and power firms). Batch 127 is an ordinary day's mixed wire. People
 * are invented; countries, agencies and companies appear as they would in any report.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_125: EntityCase[] = [
  {
    name: 'pa shetland runway excursion an air accidents branch a regional airline an airport named after its place aircraft as none and the aviation regulator',
    text: `Investigators say crew of plane that ran off [[L Shetland]] runway had wrong wind reading

The crew of a passenger plane that ran off the end of the runway at [[L Sumburgh Airport]] in [[L Shetland]] last February were given a wind reading that was 20 minutes old, air accident investigators said on Thursday.

The [[O Air Accidents Investigation Branch]] ([[O AAIB]]) said the [[O Loganair]] flight from [[L Aberdeen]], an [[X ATR 72]] carrying 41 passengers and four crew, stopped 30 metres beyond the runway in a strong crosswind. Nobody was hurt.

In its interim report, the [[O AAIB]] said a sensor near the southern end of the runway had failed two days earlier and that the tower had passed on a reading from a weather station at [[L Lerwick]]. Its chief inspector, [[P Crispin Yardley]], said: "The crew did what they were trained to do with the information they had."

[[O Highlands and Islands Airports Limited]], which runs [[L Sumburgh Airport]] and 10 other airports in the north of [[L Scotland]], said the sensor had been replaced and a second one fitted. Its managing director, [[P Fiona MacAskill-Reid]], said the company would review how faults were reported to controllers.

[[O Loganair]] said it had changed its procedures for landings in strong winds at [[L Sumburgh]], [[L Kirkwall]] and [[L Stornoway]]. Its chief operating officer, [[P Duncan Threlfall]], said the aircraft had returned to service in April after repairs at [[L Glasgow Airport]].

The [[O Civil Aviation Authority]] said it would consider whether to make the change a rule at all small airports. The [[O British Airline Pilots' Association]] ([[O BALPA]]) said it had raised concerns about old weather equipment at island airports in 2021.

[[O Shetland Islands Council]] leader [[P Morag Isbister]] said the airport was "a lifeline" for oil workers travelling to the [[L Sullom Voe]] terminal and for patients flown to hospital in [[L Aberdeen]].`,
  },
  {
    name: 'eastern daily press norfolk bird flu turkey farm the animal health agency a ministry the farmers union supermarkets and a poultry council',
    text: `Bird flu confirmed at [[L Norfolk]] turkey farm weeks before Christmas

About 27,000 turkeys will be culled after bird flu was confirmed at a farm near [[L Attleborough]], the [[O Department for Environment, Food and Rural Affairs]] said on Sunday.

A three-kilometre protection zone and a 10-kilometre surveillance zone have been put in place around the farm, which is run by [[O Breckland Poultry]] and supplies birds to butchers across [[L East Anglia]].

The [[O Animal and Plant Health Agency]] ([[O APHA]]) said the strain was H5N1, the same one found at two farms in [[L Suffolk]] in November. The [[L UK]]'s chief veterinary officer, [[P Helena Oduya]], said the risk to people was very low and that properly cooked poultry was safe to eat.

The farm's owner, [[P Graham Wissett]], said his family had bred turkeys at [[L Great Ellingham]] for 40 years. "We have lost our whole Christmas in a morning," he said.

The [[O National Farmers' Union]] said farmers in [[L Norfolk]] were already keeping birds indoors under a housing order that began in October. Its poultry board chairman, [[P Duncan Merriweather]], said the industry needed faster compensation.

The [[O British Poultry Council]] said the outbreak would not cause a shortage of turkeys in shops. [[O Tesco]] and [[O Sainsbury's]] said their Christmas orders were unaffected, while [[O Waitrose]] said two of its free-range suppliers were inside the surveillance zone.

[[O Norfolk County Council]]'s trading standards officers will check farms in the zone. [[P Priya Anand-Lowe]], a vet at the [[O University of East Anglia]], said wild birds on the [[L Norfolk Broads]] had carried the virus inland each winter since 2021.

Bird flu has been found at more than 30 farms in [[L England]] this season, including in [[L Lincolnshire]] and [[L Yorkshire]], according to [[O Defra]].`,
  },
  {
    name: 'reuters oslo norsk hydro aluminium smelter cuts a state power producer an energy regulator a union and a rival smelter named after a century',
    text: `[[L OSLO]], March 4 ([[O Reuters]]) - [[O Norsk Hydro]] will cut output at its [[L Husnes]] aluminium smelter in western [[L Norway]] by a third from April because of high power prices, the company said on Tuesday, putting about 120 jobs at risk.

The smelter, on the [[L Hardanger]] fjord, buys most of its power from state-owned [[O Statkraft]] under a contract that ends next year. [[O Hydro]] said talks on a new contract had failed.

"We cannot run a smelter on spot prices," [[O Hydro]]'s head of aluminium metal, [[P Eivind Skjervheim]], told reporters. He said the company's plants at [[L Sunndalsøra]] and [[L Karmøy]] had long-term contracts and would not be affected.

[[O Statkraft]] said it had offered [[O Hydro]] a 10-year contract at market terms. The [[O Norwegian Water Resources and Energy Directorate]] ([[O NVE]]) said power prices in the south-west had risen because of low rainfall and exports to [[L Germany]] and [[L Britain]].

The union [[O Fellesforbundet]], which represents most of the smelter's workers, said it would ask the government to step in. Its local leader, [[P Ingrid Tveitnes]], said: "[[L Husnes]] has made aluminium since 1965. Nobody here believes the pots will be restarted once they are cold."

Industry minister [[P Magnus Aaberg-Lie]] said the government was working on a scheme to help energy-intensive industry but would not subsidise one company.

Rival producers have also closed smelting lines in [[L Europe]]. [[O Century Aluminum]] shut its [[L Hawesville]] plant in [[L Kentucky]] in 2022 and runs its [[L Grundartangi]] smelter in [[L Iceland]] on geothermal power. [[O Alcoa]] said last month it would restart part of its [[L San Ciprián]] plant in [[L Spain]].

Shares in [[O Hydro]] fell 1.8 percent in [[L Oslo]], where the benchmark index was flat. Analysts at [[O DNB Markets]] said the cut would lower the group's output by less than 2 percent.

(Reporting by [[P Terje Solbakken]]; Editing by [[P Alison Whitlow]])`,
  },
  {
    name: 'manchester evening news piccadilly station works stations named after districts train operators the infrastructure body rail unions and a city region',
    text: `Rail passengers face eight weeks of disruption at [[L Manchester Piccadilly]]

Passengers using [[L Manchester Piccadilly]] face eight weeks of cancelled and diverted trains from next month while two platforms are rebuilt, [[O Network Rail]] said on Wednesday.

Platforms 13 and 14, which carry trains through [[L Manchester Oxford Road]] and [[L Deansgate]] to [[L Liverpool]] and the airport, will close from 9 June. [[O Network Rail]]'s route director for the north-west, [[P Catriona Heald]], said the platforms had not been renewed since 1988. "There is never a good time to close the busiest two platforms in the north," she said.

[[O TransPennine Express]] said some of its trains from [[L Leeds]] and [[L Newcastle]] would end at [[L Manchester Victoria]] instead. [[O Northern]] said trains from [[L Blackpool North]] and [[L Preston]] would run to [[L Salford Central]] and [[L Manchester Victoria]].

Services to [[L Manchester Airport]] will run every 20 minutes instead of every 10, [[O Avanti West Coast]] said.

The [[O Rail, Maritime and Transport Workers' union]] ([[O RMT]]) said staff at [[L Piccadilly]] had not been consulted about the longer shifts the closure would need. Its regional organiser, [[P Darren Ollerenshaw]], said: "Our members will not be asked to work 12 hours on a concourse full of angry people." The train drivers' union [[O Aslef]] said it was in talks with the operators about overtime.

The [[O Greater Manchester Combined Authority]] said buses would run between [[L Piccadilly]] and [[L Oxford Road]] every five minutes. The region's transport commissioner, [[P Vernon Achebe-Hollis]], said [[O Transport for Greater Manchester]] would add trams on the line to [[L Altrincham]].

[[O Transport Focus]], the passengers' watchdog, said travellers should check before leaving home. [[P Lesley Ravensworth]], who commutes from [[L Stockport]] to [[L Warrington]] each day, said: "They closed it for three weeks last summer as well."

The [[O Department for Transport]] said the work would cost £94 million.`,
  },
  {
    name: 'the scotsman national galleries of scotland loan an exhibition a gallery named after a family an art fund a prize as none and painters named once',
    text: `Edinburgh gallery wins loan of rarely seen Dutch landscapes

The [[O National Galleries of Scotland]] will show 14 Dutch landscapes that have not left a private collection in [[L The Hague]] for more than a century, the gallery said on Monday.

The paintings, including two by [[P Jacob van Ruisdael]] and one by [[P Meindert Hobbema]], belong to the [[O Van Heemskerck Foundation]], which lends them only to one museum at a time. They will hang at the [[O/L Scottish National Gallery]] on the [[L Mound]] from March to July.

The gallery's director-general, [[P Ailsa Dunbar-Keith]], said the loan had taken four years to arrange. "These pictures were painted by people who knew the sea and the weather the way people in [[L Fife]] and [[L Leith]] know them," she said.

The [[O Art Fund]] gave £120,000 towards the exhibition and the [[O Mauritshuis]] in [[L The Hague]] lent two further works. Its chief curator, [[P Pieter Lindeboom]], said the [[L Netherlands]] and [[L Scotland]] had traded with each other since the 15th century.

The show follows a year in which the [[O/L Scottish National Gallery]] drew 1.6 million visitors, many of them during the [[X Edinburgh Festival Fringe]]. The gallery reopened its lower floors in September after building work that cost £38 million, paid for partly by the [[O National Lottery Heritage Fund]] and the [[O Scottish Government]].

[[O Museums Galleries Scotland]] said the loan would help smaller galleries too: six of the paintings will travel to the [[O/L Pier Arts Centre]] in [[L Stromness]] and the [[O/L McManus]] in [[L Dundee]] next year.

[[P Calum Strachan]], an artist who was shortlisted for the [[X Turner Prize]] in 2019, said the show was "a chance to see how painters looked at grey skies before anybody else did".

Tickets cost £15. Entry is free for under-18s and students at the [[O University of Edinburgh]].`,
  },
  {
    name: 'arab news riyadh saudi aluminium venture a sovereign fund a state miner an energy ministry an abu dhabi smelter and a port city',
    text: `[[L RIYADH]]: [[L Saudi Arabia]]'s [[O Public Investment Fund]] and state miner [[O Ma'aden]] will build a $4.5 billion aluminium rolling mill at [[L Ras Al-Khair]] on the [[L Gulf]] coast, the two said on Wednesday.

The mill, which will make sheet for cans and cars, will use metal from [[O Ma'aden]]'s smelter next door. [[O Ma'aden]] chief executive [[P Khalid Al-Mutairi]] said the project would create 1,800 jobs.

The [[O Ministry of Industry and Mineral Resources]] said it would give the venture land and cheap power for 20 years. Deputy minister for mining affairs [[P Faisal Al-Otaibi]] said the kingdom wanted mining to become "the third pillar" of its industry, after oil and petrochemicals.

The [[O Public Investment Fund]], which holds two-thirds of [[O Ma'aden]], said the mill would cut imports of aluminium sheet from [[L China]] and [[L India]]. The fund's head of metals, [[P Nouf Al-Rasheed]], said talks with a foreign partner were at an early stage.

[[L Gulf]] aluminium makers have expanded fast. [[O Emirates Global Aluminium]] ([[O EGA]]), owned by [[O Mubadala]] and the [[O Investment Corporation of Dubai]], is building a recycling plant at [[L Al Taweelah]] in [[L Abu Dhabi]]. [[O Aluminium Bahrain]], known as [[O Alba]], runs one of the world's largest single-site smelters in [[L Askar]].

[[O Saudi Aramco]] will supply gas to the site, and [[O Saudi Electricity Company]] said a new line to [[L Jubail]] would be built by 2027.

Analyst [[P Omar Haddad-Sayegh]] of [[O Al Rajhi Capital]] said the price would depend on how much of the metal could be sold in the kingdom. Shares in [[O Ma'aden]] rose 2.3 percent on the [[O Saudi Exchange]], also known as [[O Tadawul]].

(Reporting by [[P Hadeel Al-Sayegh]]; Editing by [[P Mark Heathcote]])`,
  },
];

export const BATCH_126: EntityCase[] = [
  {
    name: 'ap new york jfk airport terminal a port authority airports named after people and places airlines the faa and a plane as none',
    text: `[[L NEW YORK]] ([[O AP]]) - A new $9.5 billion terminal at [[L John F. Kennedy International Airport]] will open its first gates in June, the [[O Port Authority of New York and New Jersey]] said Tuesday.

[[L Terminal 6]], built by a group of investors led by [[O JFK Millennium Partners]], will have 10 gates and will be used first by [[O JetBlue]], [[O Lufthansa]] and [[O Air France]]. The [[O Port Authority]]'s executive director, [[P Reginald Osei-Bonsu]], said the terminal was "the biggest change at [[L Kennedy]] since the jet age."

The agency also runs [[L LaGuardia Airport]] in [[L Queens]] and [[L Newark Liberty International Airport]] in [[L New Jersey]], where a new terminal opened in 2022. [[L LaGuardia]]'s rebuilt terminals cost about $8 billion.

Delays at [[L Kennedy]] have grown as the work went on. The [[O Federal Aviation Administration]] said it would limit the number of flights each hour at the airport this summer, as it did last year at [[L Newark]]. [[O FAA]] spokeswoman [[P Carla Mendelsohn]] said the limits would be lifted once two taxiways were finished.

[[O JetBlue]] chief executive [[P Dana Whitcombe]] said the airline would move all its flights from [[L Terminal 5]] by 2027. [[O American Airlines]] and [[O British Airways]] will stay at [[L Terminal 8]].

[[O Airlines for America]], a trade group, said airlines paid for much of the work through fees on tickets. The [[O Transport Workers Union]] said it had agreed wages for 3,000 workers at the new terminal.

The terminal's first arrival will be a [[X Boeing 787]] from [[L Frankfurt]], [[O Lufthansa]] said.

The [[O National Transportation Safety Board]] is still investigating a collision between two planes on a taxiway at [[L Kennedy]] in January. Nobody was hurt. [[L New York]] Gov. [[P Kathleen Ruiz-Maddox]] said the state had given $600 million to build a road link from the [[L Van Wyck Expressway]].

[[L Queens]] Borough President [[P Eduardo Santangelo]] said residents of [[L Jamaica]] and [[L Howard Beach]] had waited years for quieter planes.`,
  },
  {
    name: 'church times general synod votes dioceses by name bishops named by see a council of the church and a cathedral as a place',
    text: `Synod backs plan to merge three rural dioceses

The [[O General Synod]] of the [[O Church of England]] voted on Tuesday to begin merging the dioceses of [[O Hereford]], [[O Worcester]] and [[O Gloucester]] into one diocese from 2028.

The motion, brought by the [[O Archbishops' Council]], was carried in all three houses. In the [[O House of Laity]], 121 voted for and 58 against.

The [[O Diocese of Hereford]] has 340 churches and 41 stipendiary clergy. Its bishop, the Rt Revd [[P Jonathan Pennefather]], told the [[O Synod]]: "We are not closing churches. We are closing offices." He said the merged diocese would keep all three cathedrals.

The plan was opposed by [[P Margaret Ellery-Holt]], a lay member from the [[O Diocese of Worcester]], who said parishes in the [[L Malvern Hills]] had not been asked. "People in [[L Tenbury]] will now be governed from [[L Gloucester]]," she said.

The [[O Church Commissioners]] said the merger would save about £4 million a year, which would be spent on clergy in poorer parishes. The First Church Estates Commissioner, [[P Alan Sutherland-Price]], said the money could not be used to repair buildings.

[[O Save the Parish]], a campaign group, said it would ask the [[O Ecclesiastical Committee]] of [[O Parliament]] to block the scheme. Its founder, [[P Rosalind Capstick]], said the [[O Church of England]] was "managing decline instead of fighting it".

The [[O Synod]], meeting at [[L Church House]] in [[L Westminster]], also heard a report from the [[O Methodist Church]] on sharing ministers in villages, and agreed that a service of thanksgiving would be held in [[L Worcester Cathedral]] next year.

The [[O Diocese of Gloucester]] said it would consult parishes over the summer. A final vote is expected in February.`,
  },
  {
    name: 'irish independent dairy co-operatives milk price a farmers association supermarkets a food board and a processor named after a river valley',
    text: `Co-ops hold milk price as farmers warn of cash squeeze

Three of the country's largest dairy co-operatives held their milk prices for October, disappointing farmers who had hoped for an increase after a rise in butter prices.

[[O Tirlán]], [[O Dairygold]] and [[O Lakeland Dairies]] will pay 45 cents a litre for milk supplied last month. [[O Kerry Dairy Ireland]] raised its price by half a cent.

The [[O Irish Farmers' Association]] ([[O IFA]]) said the decision was "unjustified". Its dairy chairman, [[P Donal Fitzmaurice]], said farmers in [[L Cork]], [[L Limerick]] and [[L Tipperary]] faced higher feed bills after a wet summer. "The co-ops are sitting on the butter price rise and hoping nobody notices," he said.

[[O Tirlán]], based in [[L Kilkenny]], said markets were uncertain because of new tariffs in the [[L United States]]. Its chairman, [[P Seamus Tobin]], said the board would review the price again in November.

The [[O Irish Creamery Milk Suppliers Association]] ([[O ICMSA]]) said supermarkets were making more from milk than farmers. Its president, [[P Brigid Costelloe]], said a litre of milk sold for €1.19 in [[O Tesco]], [[O Dunnes Stores]] and [[O SuperValu]].

[[O Aldi]] and [[O Lidl]] said they paid their processors a fixed premium for milk from farms in the [[O Sustainable Dairy Assurance Scheme]].

[[O Bord Bia]], the state food board, said dairy exports from [[L Ireland]] rose 8 percent in the first half of the year, led by cheese sold to [[L Germany]] and the [[L Netherlands]].

Agriculture Minister [[P Conor Mulcahy-Byrne]] said on [[O RTÉ]] that he would raise the price with the co-ops. [[P Niamh Cregan]], who milks 90 cows near [[L Mitchelstown]], said: "I will make less this year than the year my father retired."

[[O Ornua]], which sells [[X Kerrygold]] butter abroad, said its price index had risen for a third month.`,
  },
  {
    name: 'reuters santiago anglo american and rio tinto copper in chile the state copper firm a copper commission a regional government and a mine as a place',
    text: `[[L SANTIAGO]], May 12 ([[O Reuters]]) - [[O Anglo American]] and [[O Codelco]] will share equipment and ore at their neighbouring [[L Los Bronces]] and [[L Andina]] copper mines in central [[L Chile]], adding about 120,000 tonnes of copper a year, the companies said on Monday.

The deal, first discussed in 2019, allows [[O Codelco]]'s [[L Andina]] mine to send ore to [[O Anglo American]]'s processing plant across the valley. The two mines sit about 60 km north-east of [[L Santiago]] in the [[L Andes]].

[[O Codelco]] chief executive [[P Rubén Alvarado-Fuentes]] said the venture would be run by a new company owned equally by both.

[[O Anglo American]], which agreed last year to sell its platinum and diamond businesses, has said copper is the centre of its future. Its chief executive, [[P Graham Oosthuizen]], said the [[L Los Bronces]] deal was worth more than any mine it could build in the next decade.

The [[O Chilean Copper Commission]] ([[O Cochilco]]) said the country produced 5.3 million tonnes of copper last year. Mining Minister [[P Valentina Riquelme]] said the deal showed state and private miners could work together.

[[O Rio Tinto]], which runs the [[L Escondida]] mine with [[O BHP]], said separately it would spend $395 million on a desalination plant at the coast near [[L Antofagasta]]. [[O Rio Tinto]]'s copper chief, [[P Katie Jørgensen-Blake]], said the mine would stop drawing fresh water from the [[L Atacama]] salt flats by 2030.

The [[L Valparaíso]] regional government said it would monitor dust from trucks passing through [[L Los Andes]]. Environmental group [[O Chile Sustentable]] said the deal would deepen a tailings dam.

Shares in [[O Anglo American]] rose 1.4 percent in [[L London]].

(Reporting by [[P Fabián Cambero-Ortiz]]; Editing by [[P Jan Ormsby]])`,
  },
  {
    name: 'vnexpress hanoi power shortage a ministry of industry and trade the state utility a state oil group a singapore and a malaysian fund and a coal plant as a place',
    text: `[[L HANOI]] - [[L Vietnam]] will ask state utility [[O Vietnam Electricity]] ([[O EVN]]) to buy more power from solar farms in the south this summer to avoid the blackouts that hit northern factories last year, the [[O Ministry of Industry and Trade]] said.

Deputy Minister [[P Nguyen Hoang Long]] told a meeting in [[L Hanoi]] on Friday that demand in the north could rise 12 percent. Factories in [[L Bac Ninh]] and [[L Hai Phong]], where [[O Samsung]] and [[O LG]] make phones and screens, lost power for up to 10 hours a day in June.

[[O EVN]] said it would finish a new 500-kilovolt line from [[L Quang Trach]] to [[L Pho Noi]] before the hot season. Its deputy general director, [[P Tran Thi Thu Hang]], said water levels at the [[L Hoa Binh]] and [[L Son La]] dams were higher than a year ago.

The state oil and gas group [[O PetroVietnam]] said its gas-fired plant at [[L Nhon Trach]] would run at full power from May. [[O PetroVietnam]] is building a liquefied gas terminal at [[L Thi Vai]] with [[L Japan]]'s [[O Tokyo Gas]].

Foreign investors have been slow to build power plants because [[O EVN]] is the only buyer. [[O Temasek]], [[L Singapore]]'s state investor, said in March it had bought a stake in a wind farm in [[L Ninh Thuan]] province. [[O Khazanah Nasional]], [[L Malaysia]]'s sovereign fund, is studying a similar move, its head of investments, [[P Azlan Mohd Yusof]], said.

The [[O Vietnam Chamber of Commerce and Industry]] said companies had lost $1.4 billion in the blackouts. Its vice-president, [[P Hoang Quang Phong]], said the government should allow factories to buy power directly from solar farms.

The [[O Asian Development Bank]] said [[L Vietnam]] would need $135 billion to meet its power plan by 2030. The [[O World Bank]] put the cost of last year's shortages at 0.3 percent of GDP.`,
  },
  {
    name: 'guardian music the halle orchestra funding cut an arts council a concert hall named after a water company site a festival as none and a conductor',
    text: `Hallé to cut concerts after arts council grant frozen

The [[O Hallé]], [[L Manchester]]'s oldest orchestra, will give 12 fewer concerts next season after its grant from [[O Arts Council England]] was frozen for a third year.

The orchestra said its costs had risen by 30 percent since 2022. Its chief executive, [[P Rosalind Agyeman-Price]], said the cuts would fall on tours to towns in [[L Lancashire]] and [[L Cumbria]] rather than on concerts at the [[L Bridgewater Hall]], its home. "The hall is where we sell tickets. The towns are where we lose money," she said.

[[O Arts Council England]] said its budget from the [[O Department for Culture, Media and Sport]] had not grown. A spokeswoman said orchestras in [[L Birmingham]], [[L Liverpool]] and [[L Bournemouth]] had also had their grants frozen.

The [[O Royal Liverpool Philharmonic]] said in March that it would end its summer series at [[L Sefton Park]]. The [[O City of Birmingham Symphony Orchestra]] ([[O CBSO]]) has cut six players.

The [[O Hallé]]'s music director, [[P Tomas Lindqvist-Hale]], will still conduct the orchestra at the [[X BBC Proms]] in August and at the [[X Manchester International Festival]] in July. He said the orchestra's youth choir and its work in schools in [[L Oldham]] and [[L Wigan]] would be kept.

The [[O Musicians' Union]] said players had not had a pay rise in two years. Its regional officer, [[P Declan Rooksby]], said several had left for orchestras in [[L Germany]].

[[O Manchester City Council]], which owns the [[L Bridgewater Hall]], said it would not raise the orchestra's rent. The council's culture lead, [[P Shireen Dawood]], said the [[O Hallé]] was "part of what makes this city".

The orchestra's season opens on 2 October with [[P Gustav Mahler]]'s fifth symphony.`,
  },
];

export const BATCH_127: EntityCase[] = [
  {
    name: 'reuters singapore airline profit an airport group a civil aviation authority a budget arm aircraft as none and an engine maker',
    text: `[[L SINGAPORE]], Nov 13 ([[O Reuters]]) - [[O Singapore Airlines]] said on Thursday its first-half profit fell 18 percent as fares dropped on routes to [[L China]] and [[L Australia]], and warned that engine problems would keep some of its aircraft on the ground until next year.

The airline, whose budget arm [[O Scoot]] flies to 70 cities, said net profit for the six months to September was S$742 million. Chief executive [[P Goh Wei Ming]] said more seats from Chinese carriers had pushed fares down.

Six of [[O Scoot]]'s [[X Airbus A321neo]] jets are parked while their [[O Pratt & Whitney]] engines are inspected, the airline said. [[O Pratt & Whitney]], owned by [[O RTX]], has said inspections of the engines will continue into 2026.

[[O Changi Airport Group]] said passenger numbers at [[L Changi Airport]] had returned to their 2019 level in October. The [[O Civil Aviation Authority of Singapore]] said construction of [[L Terminal 5]] would begin next year.

Analysts at [[O Maybank Securities]] said [[O Singapore Airlines]] had lost market share to [[O Cathay Pacific]] in [[L Hong Kong]] and to [[O Qantas]] on flights to [[L Sydney]]. Analyst [[P Rachel Tan-Oliveira]] said the results were "weaker than expected".

[[O Singapore Airlines]] owns a quarter of [[O Air India]], which lost a [[X Boeing 787]] in a crash at [[L Ahmedabad]] in June. It said it was giving [[O Air India]] help with safety training.

Shares in the airline fell 3.1 percent in [[L Singapore]]. The airline said it would take delivery of its first [[X Boeing 777-9]] in 2026 and would add flights to [[L Brussels]] and [[L Seattle]] from March, after [[O Lufthansa]] cut its own service to [[L Singapore]].

(Reporting by [[P Jamie Freed-Lim]]; Editing by [[P Sonali Mehra]])`,
  },
  {
    name: 'nation nairobi coffee co-operatives an auction a coffee board a farmers union counties and a buyer',
    text: `[[L NAIROBI]] - Coffee farmers in [[L Nyeri]] and [[L Kirinyaga]] will be paid within 14 days of each sale under new rules that take effect next month, the [[O Agriculture and Food Authority]] said on Monday.

The rules end a system in which farmers' co-operatives waited up to six months for money from the [[O Nairobi Coffee Exchange]], where most of the country's crop is sold at weekly auctions.

The authority's director-general, [[P Bruno Linyiru-Kamau]], said buyers would pay into a single account run by the [[O Central Bank of Kenya]]. "A farmer should not wait for half a year to be paid for a bag of cherry," he said.

The [[O Kenya Coffee Producers Association]] said the change was overdue. Its chairman, [[P Githinji Wamae]], said many farmers in [[L Murang'a]] had stopped picking coffee and planted avocados instead.

The [[O Othaya Farmers Co-operative Society]], one of the largest in [[L Nyeri County]], said it would pay its 14,000 members a bonus in December. Its manager, [[P Esther Muthoni-Ngugi]], said prices for the top grade had reached $8 a kilogramme at the last auction.

[[O Kenya Planters Co-operative Union]], which mills coffee for co-operatives, said it had cleared its debts after the government wrote off 6.8 billion shillings in 2023. Buyers including [[O Dormans]] and [[O Louis Dreyfus Company]] said the new payment system would make trading easier.

Agriculture Cabinet Secretary [[P Joseph Kiprono-Were]] said output could rise to 60,000 tonnes by 2027. [[L Kenya]] produced about 50,000 tonnes last season, far below the 130,000 tonnes of the 1980s, the [[O Coffee Research Institute]] at [[L Ruiru]] said.

The [[O Kenya Union of Small Scale Farmers]] said the rules should also cover tea. Its secretary, [[P Daniel Otieno-Kariuki]], said growers in [[L Kericho]] waited three months for payment from factories run by the [[O Kenya Tea Development Agency]].`,
  },
  {
    name: 'bbc ofgem fines an energy supplier a regulator an ombudsman a consumer group and a charity',
    text: `[[O Ofgem]] fines energy supplier £9m over smart meter installs

Energy supplier [[O E.ON Next]] has been fined £9 million by the regulator [[O Ofgem]] after it forced prepayment meters on hundreds of customers who were behind on their bills.

[[O Ofgem]] said the company had installed prepayment meters remotely in about 1,100 homes in [[L England]], [[L Scotland]] and [[L Wales]] without checking whether the customers were vulnerable. The money will go to the [[O Energy Redress Scheme]] and to customers directly.

[[O Ofgem]]'s director of enforcement, [[P Cathryn Scott-Mallory]], said: "Forcing a meter on someone who cannot top it up is not debt collection."

[[O E.ON Next]]'s chief executive, [[P Jack Fairweather]], apologised and said the company had stopped remote switching in 2023. The firm is owned by [[O E.ON]] of [[L Germany]].

[[O Citizens Advice]] said it had seen a rise in people cut off from their energy supply in the past year. [[O Energy Ombudsman]] figures show complaints about prepayment meters doubled in 2024.

The charity [[O National Energy Action]] said the fine was small compared with the harm done. Its chief executive, [[P Martin Ashdown]], said older people in [[L Birmingham]] and [[L Stoke-on-Trent]] had gone without heating.

[[O Octopus Energy]] and [[O British Gas]] were investigated over similar practices last year. [[O British Gas]], owned by [[O Centrica]], paid £5 million in 2024.

Energy minister [[P Priya Kaur-Hendry]] said the government would make the rules on prepayment meters law. [[O Labour]] MP [[P Gareth Towns]], who chairs the [[O Energy Security and Net Zero Committee]], said he would call [[O Ofgem]] to give evidence.

[[P Maureen Collyhurst]], 71, of [[L Bilston]], said a prepayment meter was fitted in her flat while she was in hospital. "Nobody knocked on the door. The heating just stopped," she said. [[O Age UK]] said it would help customers claim refunds.`,
  },
  {
    name: 'the herald edinburgh international festival programme a festival as none a concert hall a theatre an orchestra and a foundation',
    text: `Festival to open with opera set in [[L Glasgow]] tenements

The [[X Edinburgh International Festival]] will open in August with a new opera set in the tenements of [[L Govan]], its director said on Wednesday.

The opera, [[X The Close]], was written by composer [[P Euan Mackintosh]] with words by poet [[P Leila Khoury-Baird]]. It will be performed at the [[L Festival Theatre]] by [[O Scottish Opera]] and the [[O Royal Scottish National Orchestra]].

Festival director [[P Morven Lindsay]] said the festival had raised £2 million from the [[O Scottish Government]]'s [[O Expo Fund]] and the [[O Binks Trust]]. The programme includes 160 events at 20 venues, among them the [[L Usher Hall]], [[L The Hub]] and the [[L Royal Lyceum Theatre]].

The [[O Berlin Philharmonic]] will give two concerts at the [[L Usher Hall]], its first in [[L Edinburgh]] since 2019. The [[O Leipzig Gewandhaus Orchestra]] and the [[O Chamber Orchestra of Europe]] will also perform.

[[O Creative Scotland]] said the festival would get the same grant as last year. Its chief executive, [[P Ruaridh Patterson]], said arts bodies across [[L Scotland]] faced hard choices.

The [[O City of Edinburgh Council]] said it would close the [[L Royal Mile]] to traffic on the festival's opening weekend. Councillor [[P Val Dunsmore-Hay]] said the [[X Edinburgh Festival Fringe]], which runs alongside, expected three million tickets to be sold.

Tickets go on sale on 21 March. Those aged under 26 can buy some seats for £12, the festival said.

Hotels in [[L Edinburgh]] have raised prices for August by a fifth, [[O VisitScotland]] said. The city's visitor levy, the first in [[L Scotland]], will start in July and add 5 percent to the cost of a room.`,
  },
  {
    name: 'gulf news doha qatar investment authority stake the state energy firm a london exchange a japanese trading house and a ministry',
    text: `[[L DOHA]] - The [[O Qatar Investment Authority]] ([[O QIA]]) has bought a 4.9 percent stake in [[O London Stock Exchange Group]] for about $2.7 billion, the fund said on Sunday.

The [[O QIA]], which manages more than $500 billion, already owns stakes in [[O Barclays]], [[O Sainsbury's]] and [[L Heathrow]] airport. Its chief executive, [[P Mansoor bin Ebrahim Al-Mahmoud]], said the fund wanted to own more of the companies that run financial markets.

[[O London Stock Exchange Group]] said the shares were bought from [[O Blackstone]] and [[O Thomson Reuters]]. Its chief executive, [[P Daniel Ashcombe]], welcomed the fund as "a long-term shareholder".

The deal comes a week after state energy company [[O QatarEnergy]] signed a 27-year gas supply deal with [[O Mitsui]] of [[L Japan]]. [[O QatarEnergy]] is expanding its [[L North Field]], the world's largest gas field, which it shares with [[L Iran]].

[[L Qatar]]'s [[O Ministry of Finance]] said the stake was part of a plan to spread the country's wealth beyond gas. Analyst [[P Yousef Al-Kuwari-Stone]] of [[O QNB Financial Services]] said the fund had been selling shares in European banks.

The [[O Financial Conduct Authority]] in [[L London]] said it had been told of the purchase. [[O QIA]] will not take a seat on the board.

Shares in [[O London Stock Exchange Group]] rose 1.2 percent. The [[O Qatar Stock Exchange]] index was little changed.

The fund has also invested in [[O Rosneft]], [[O Volkswagen]] and the [[L Shard]] in [[L London]]. Last year it opened an office in [[L New York]] and said it would put $1 billion into funds that back start-ups in the [[L Gulf]].`,
  },
  {
    name: 'cbcp news manila bishops conference a diocese a typhoon as none a relief agency a province and a government department',
    text: `[[L MANILA]] - The [[O Catholic Bishops' Conference of the Philippines]] ([[O CBCP]]) asked parishes on Sunday to take up a second collection for families left homeless by [[X Typhoon Kristine]] in the [[L Bicol]] region.

More than 40,000 people are still in evacuation centres in [[L Camarines Sur]] and [[L Albay]], the [[O Department of Social Welfare and Development]] said.

The bishops' relief agency, [[O Caritas Philippines]], said it had sent rice and water to the [[O Archdiocese of Caceres]], whose cathedral in [[L Naga City]] was used as a shelter. Its national director, Fr. [[P Ramon Esguerra]], said the agency needed 50 million pesos.

Archbishop [[P Emmanuel Dela Paz-Ocampo]] of [[L Caceres]] said 22 parish churches in the province were damaged. "The churches will wait. The people cannot," he said.

The [[O National Disaster Risk Reduction and Management Council]] ([[O NDRRMC]]) said the typhoon killed 146 people. Floodwater from [[L Mount Isarog]] covered large parts of [[L Naga City]] for four days.

The [[O Philippine Red Cross]] said it had set up field hospitals in [[L Libmanan]] and [[L Pili]]. Its chairman, [[P Antonio Villanueva]], said clean water was the greatest need.

The [[O Diocese of Legazpi]] said it would use the collection to rebuild schools. Its bishop, [[P Ernesto Magbanua]], said two church schools in [[L Daraga]] had lost their roofs.

Social Welfare Secretary [[P Teodoro Malapitan]] visited [[L Naga City]] on Saturday and promised houses for families living near rivers.

The [[O Philippine Atmospheric, Geophysical and Astronomical Services Administration]] ([[O PAGASA]]) said another storm could reach [[L Luzon]] by Friday. Schools in [[L Camarines Sur]] will stay closed for a week, the [[O Department of Education]] said.`,
  },
];
