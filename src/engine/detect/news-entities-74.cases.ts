/**
 * Blind entity batches 74-76 (helper ents36a, 5 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 76 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_25 are made from batches 74 and 75 only, and batch 76's errors are never printed
 * or read (only its totals, `npx tsx scripts/eval/news-entities.ts --quiet "batch 76"`). They lean
 * on the two kinds of news the reader is judged on: Wikinews-style short world reports (courts,
 * agencies, NGOs, disasters and weather, an obituary, sports briefs over several sports) and
 * Reuters wire copy on US state politics, markets and companies (state supreme courts, state
 * parties, PACs, pollsters, counties, legislatures, tickers, executives, central banks, a
 * sign-off). Settings new to the batches: West Africa (Guinea, Senegal, Côte d'Ivoire), the Horn of
 * Africa (Somalia), the Pacific islands (Vanuatu, Samoa, Papua New Guinea), the Andes (Peru,
 * Ecuador), the Balkans (Albania, Serbia, Montenegro), Canada's provinces (New Brunswick, Alberta,
 * British Columbia, Saskatchewan) and US states outside the usual ones (Montana, Nebraska,
 * Alaska). The hard cases: particles ('Vander', 'de la', 'de', 'N''), initials, hyphenated and
 * double Spanish surnames, Somali and Ethiopian names without a family name, Acadian names,
 * companies named after places or people, agencies by acronym (expanded once or not), national
 * sides named by the country, clubs named after cities, ships, aircraft, storms, works, prizes,
 * tickers, indexes and events as none.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_74: EntityCase[] = [
  {
    name: 'wikinews-style west african regional court orders guinea to free journalists ecowas expanded once and by acronym a junta by name and french acronym a union with a french acronym an ngo a radio station and a news site peul and malinke names with an initial and a hyphen',
    text: `[[O ECOWAS]] court orders [[L Guinea]] to free three journalists

The court of the [[O Economic Community of West African States]] ([[O ECOWAS]]) on Tuesday ordered [[L Guinea]] to free three journalists held since March and to pay each of them 25 million CFA francs in damages.

Judges sitting in [[L Abuja]] said the arrest of [[P Mamadou Aliou Bah]], [[P Fatoumata Binta Sow-Camara]] and [[P Ibrahima K. Touré]] had broken their right to free expression. The three worked for the private broadcaster [[O Espace FM]] and the news site [[O Guinée360]] in [[L Conakry]].

The ruling junta, which calls itself the [[O National Committee of Reconciliation and Development]] ([[O CNRD]]), did not comment. Justice Minister [[P Sékou Oumar Kaba]] said in [[L Kankan]] on Wednesday that the government "takes note" of the ruling but that a court in [[L Nigeria]] could not run [[L Guinea]]'s prisons.

The journalists' union, the [[O SPPG]], called a one-day strike of private radio stations. Its secretary general, [[P Aïssatou N'Diaye-Fofana]], said two more reporters had been questioned by police in [[L Labé]] last week.

[[O Reporters Without Borders]], which is based in [[L Paris]], said 14 journalists were in prison across the [[L Sahel]]. The court has ordered [[L Mali]], [[L Burkina Faso]] and [[L Niger]] to free prisoners before; all three military governments have since left [[O ECOWAS]] to form the [[O Alliance of Sahel States]].`,
  },
  {
    name: 'reuters helena montana supreme court ballot measure a secretary of state with vander a justice with an initial a ballot committee a washington-based group a state party and a new pac a senate race a poll by a college and a newspaper named the hill counties a utility with a ticker and a commission a coal town and a sign-off',
    text: `[[L HELENA]], [[L Mont.]], Aug 6 ([[O Reuters]]) - The [[O Montana Supreme Court]] on Tuesday allowed a measure that would write abortion rights into the state constitution to go before voters in November, rejecting a challenge by Republican Secretary of State [[P Corinne Vander Ploeg]].

In a 6-1 ruling, Justice [[P Laurel McKinnon-Grey]] wrote that the petition's 117,000 signatures had been gathered lawfully. Justice [[P Beth A. Sandvik]] dissented, saying the ballot wording was "written to persuade, not to inform".

The measure's backers, [[O Montanans Securing Reproductive Rights]], said they had spent $4.2 million, most of it from the [[O Fairness Project]], a [[L Washington]]-based group. The [[O Montana Republican Party]] said it would fund a campaign against the measure through a new PAC, [[O Big Sky Families First]].

The ruling lifts turnout hopes for Democrats in a year when Senator [[P Walt Kessler]] faces a close race against Republican [[P Sam T. Hollister]], a former [[O U.S. Navy]] officer. A poll by [[O Emerson College]] and [[O The Hill]] last week put [[P Hollister]] ahead by six points. Turnout is usually highest in [[L Missoula County]] and [[L Gallatin County]], home to the state's two largest universities, while [[L Yellowstone County]], which includes [[L Billings]], leans Republican.

Separately, [[O NorthWestern Energy]] ([[X NWE.O]]) said the [[O Montana Public Service Commission]] had approved a 14% rise in its power rates. Chief executive [[P Curtis DeLaney-Moore]] said part of the money would keep the [[L Colstrip]] coal plant running until 2035.

(Reporting by [[P Dana Whitcomb-Ayala]] in [[L Helena]]; Editing by [[P Gerald O'Halloran]])`,
  },
  {
    name: 'wikinews-style sports briefs pacific rugby league national sides named by country balkan basketball clubs in serbian with an arena named after the city ivorian football clubs with a stadium named after a president papua new guinea cricket and canadian basketball clubs named after a province and a city',
    text: `Sport in brief: rugby league, basketball, football and cricket

[[O Samoa]] beat [[O Tonga]] 24–18 at [[L Apia Park]] on Saturday to reach the final of the [[X Pacific Championships]]. Stand-off [[P Tuimavave Afoa-Leota]] kicked six goals, and [[O Tonga]] coach [[P Sione Kata Vaipulu]] said his side "left the game in the first twenty minutes". The [[O International Rugby League]] said the final would be played in [[L Auckland]].

In the [[O ABA League]], [[O Crvena zvezda]] beat [[O Partizan]] 88–81 at the [[L Belgrade Arena]] in front of 20,000 people. Guard [[P Nikola Topić-Marković]] scored 22 points for [[O Crvena zvezda]], and [[O Partizan]] coach [[P Milutin Radosavljević]] was sent off in the third quarter.

[[O ASEC Mimosas]] won the Ivorian league title with a 2–0 win over [[O Africa Sports]] at the [[L Stade Félix Houphouët-Boigny]] in [[L Abidjan]]. Forward [[P Serge-Aurélien N'Guessan]] scored both goals.

[[O Papua New Guinea]] beat [[O Vanuatu]] by 42 runs at [[L Amini Park]] in [[L Port Moresby]] in a regional qualifier for the [[X T20 World Cup]]. Captain [[P Sese Bau-Kila]] made 71 not out, and [[O Cricket PNG]] said the team would tour [[L Fiji]] in April.

In [[L Saskatoon]], the [[O Saskatchewan Rattlers]] beat the [[O Edmonton Stingers]] 97–90 in the [[O Canadian Elite Basketball League]]. [[P Jean-Victor Mukama]] scored 31 for the [[O Rattlers]].`,
  },
  {
    name: 'reuters lima copper mine blockade a community a mine owner by name and hong kong ticker double spanish surnames with de la a ministry a deputy minister a region a road named as a corridor a port a rival by name and ticker mines named after places the central bank expanded an exchange an analyst at a firm and a sign-off',
    text: `[[L LIMA]], May 20 ([[O Reuters]]) - Protesters from the [[L Fuerabamba]] community blocked the road to the [[L Las Bambas]] copper mine in [[L Peru]] for a fifth day on Monday, halting shipments from one of the world's largest copper mines, its owner [[O MMG]] ([[X 1208.HK]]) said.

Community leader [[P Edison Vargas Huamaní]] said the company had not paid for land it took in 2019 and that the blockade on the [[L Southern Mining Corridor]], the dirt road that carries ore 480 km to the port of [[L Matarani]], would stay "until someone from [[L Lima]] comes".

The [[O Ministry of Energy and Mines]] sent Deputy Minister [[P Rosa María de la Cruz Quispe]] to the [[L Apurímac]] region on Monday. [[O MMG]]'s head of operations in [[L Peru]], [[P Troy Hennessey-Wall]], said the mine had enough concentrate stored for ten days.

Copper rose 1.1% on the [[O London Metal Exchange]]. [[O Southern Copper]] ([[X SCCO.N]]), which runs the [[L Cuajone]] and [[L Toquepala]] mines further south, said its output was not affected.

The [[O Central Reserve Bank of Peru]] said on Friday that mining made up 60% of exports and that blockades had cut growth by half a point last year. "Every road that closes in [[L Apurímac]] shows up in the national accounts," said [[P Carla Ochoa Bendezú]], an analyst at [[O Credicorp Capital]] in [[L Lima]].

(Reporting by [[P Valeria Cuba-Ñahui]] in [[L Lima]]; Editing by [[P Marguerite Fennell]])`,
  },
  {
    name: 'canadian provincial election in new brunswick parties with the province in their names a legislative assembly an elections agency by name acadian hyphenated and mac names ridings as places a refiner and a utility two health networks named in english and french a university in french and a federal capital',
    text: `Liberals win [[L New Brunswick]] election, ending six years of Conservative rule

[[L FREDERICTON]] — The [[O New Brunswick Liberal Association]] won 31 of the 49 seats in the [[O Legislative Assembly of New Brunswick]] on Monday, ending six years of government by the [[O Progressive Conservative Party of New Brunswick]], according to results from [[O Elections New Brunswick]].

Liberal leader [[P Marie-Claude Arseneault-Robichaud]], a former teacher from [[L Dieppe]], will be the province's first woman premier. She won her own riding of [[L Moncton Centre]] by more than 3,000 votes and promised to restore French immersion in schools from the autumn.

Outgoing premier [[P Blaine T. MacEachern]] held his seat in [[L Quispamsis]] and said he would stay on as party leader. The [[O Green Party of New Brunswick]] kept three seats, including [[L Fredericton South]], where its leader, [[P Megan Dionne-Bourque]], won by 41 votes.

Health care dominated the campaign after emergency rooms in [[L Sackville]] and [[L Sussex]] closed for weeks last summer. Both the [[O Horizon Health Network]] and the French-language [[O Vitalité Health Network]] said they would work with the new government. In [[L Saint John]], the refiner [[O Irving Oil]] and the utility [[O NB Power]] said they hoped for a quick budget.

[[P Gilles LeBouthillier]], a political scientist at the [[O Université de Moncton]], said the Acadian vote in the north and along the [[L Miramichi River]] had "moved as one block". Prime Minister [[P Daniel Okafor-Brant]] congratulated [[P Arseneault-Robichaud]] from [[L Ottawa]].`,
  },
  {
    name: 'wikinews-style cyclone in vanuatu the storm as none a met and geo-hazards department a disaster office by name and acronym islands a capital an airport named after a person a utility named in french an air force and an aircraft type as none a red cross society unicef a hospital bislama names',
    text: `Cyclone cuts power to [[L Port Vila]] as 12,000 shelter in [[L Vanuatu]]

[[X Cyclone Iolana]] struck [[L Efate]], the main island of [[L Vanuatu]], on Sunday night with winds of up to 210 km/h, tearing roofs from homes in [[L Port Vila]] and cutting power across the capital, the [[O Vanuatu Meteorology and Geo-Hazards Department]] said.

The [[O National Disaster Management Office]] ([[O NDMO]]) said 12,000 people were in evacuation centres on [[L Efate]], [[L Tanna]] and [[L Erromango]]. Its director, [[P Samson Tarimanu]], said no deaths had been reported but that contact with the southern islands had been lost for a day.

The power company [[O Unelco]] said it would take two weeks to restore supply. Patients at [[L Vila Central Hospital]] were moved to the ground floor after part of its roof collapsed.

[[L Australia]] and [[L New Zealand]] sent supplies; a [[O Royal Australian Air Force]] [[X C-17]] landed at [[L Bauerfield International Airport]] on Tuesday with tarpaulins and water tanks. [[O Air Vanuatu]] said domestic flights to [[L Tanna]] would resume on Thursday.

[[P Lily-Rose Kalpokas]], who leads the [[O Vanuatu Red Cross Society]], said clean water was the greatest need. [[O UNICEF]]'s Pacific office in [[L Suva]] said it was sending hygiene kits for 5,000 families, and climate scientist [[P Mele Tavoa Nalau]] of the [[O University of the South Pacific]] said storms of this strength were "arriving earlier in the season than they used to".`,
  },
];

export const BATCH_75: EntityCase[] = [
  {
    name: 'wikinews-style somalia drought regions and towns two rivers a disaster agency by name and acronym a un water information unit by acronym an igad climate centre by acronym wfp an armed group with al- somali names with three parts and a minister',
    text: `Drought leaves 1.4 million displaced in southern [[L Somalia]]

About 1.4 million people have left their homes in southern [[L Somalia]] since January as the third failed rainy season in a row dried up wells in [[L Bay]] and [[L Gedo]] regions, the [[O Somali Disaster Management Agency]] ([[O SoDMA]]) said on Thursday.

[[P Mohamed Abdi Warsame]], the agency's commissioner, said camps around [[L Baidoa]] now held more than 600,000 people. "The families who walked here last year are walking again," he said in [[L Mogadishu]].

Water levels on the [[L Shabelle River]] and the [[L Juba River]] were the lowest on record for March, according to [[O SWALIM]], a water monitoring unit run by the [[O Food and Agriculture Organization]]. The [[O IGAD Climate Prediction and Applications Centre]] ([[O ICPAC]]) in [[L Nairobi]] said the April rains were also likely to be poor.

The [[O World Food Programme]] said it had money to feed only half of those in need. Its country director, [[P Hodan Yusuf Elmi]], said the armed group [[O al-Shabaab]] was blocking convoys on the road from [[L Kismayo]] to [[L Dolow]].

Humanitarian Affairs Minister [[P Abdirahman Farah Guled]] asked donors meeting in [[L Geneva]] for $1.6 billion. In neighbouring [[L Ethiopia]], officials in [[L Somali Region]] said herders had lost a third of their goats and camels since the autumn.`,
  },
  {
    name: 'reuters lincoln nebraska winner-take-all bill fails a one-house legislature state senators a governor a state party chair a national figure counties and a city a supreme court case brought by an aclu affiliate a pollster a pac named after the state and a sign-off',
    text: `[[L LINCOLN]], [[L Neb.]], April 3 ([[O Reuters]]) - A bid to return [[L Nebraska]] to winner-take-all presidential voting failed in the state's one-house [[O Nebraska Legislature]] on Wednesday, falling two votes short of the 33 needed to end a filibuster.

The bill would have ended the state's practice of awarding one electoral vote to the winner of the district around [[L Omaha]], which Democrats won in 2008, 2020 and 2024. Governor [[P Dale Pillen-Hoch]] had asked lawmakers to pass it before the session ends this month.

State Senator [[P Megan McGuire-Hunt]], a Democrat from [[L Omaha]], led the filibuster. "[[L Nebraska]] has two ways of counting because it has two kinds of places," she said. The [[O Nebraska Republican Party]] chairman, [[P Eric Underwood-Gast]], said former President [[P Donald Trump]] would ask his supporters to call lawmakers who voted no.

The district covers [[L Douglas County]] and part of [[L Sarpy County]]. A poll by [[O Change Research]] last month found 58% of voters there wanted to keep the split system. A PAC called [[O Nebraska Forward Together]] spent $400,000 on ads against the bill.

Separately, the [[O Nebraska Supreme Court]] heard arguments in a suit brought by the [[O ACLU of Nebraska]] over whether people who finished prison sentences may vote. Judge [[P Lindsey K. Schroeder]] of the [[O Lancaster County District Court]] had ruled for the plaintiffs in January.

(Reporting by [[P Tomás Brennan-Ruiz]] in [[L Lincoln]]; Editing by [[P Alistair Bell-Harding]])`,
  },
  {
    name: 'reuters toronto markets and earnings the bank of canada a governor with a hyphen the tsx index as none a railway an oil company named after a place-like word a miner a pension manager by name and acronym a provincial finance minister analysts at banks tickers and a sign-off',
    text: `[[L TORONTO]], Jan 29 ([[O Reuters]]) - The [[O Bank of Canada]] cut its key interest rate by a quarter point to 3.0% on Wednesday and said it would stop shrinking its balance sheet, as the threat of tariffs from the [[L United States]] clouded the outlook for exports.

Governor [[P Hélène Bouchard-Lapointe]] said the bank was "ready to do more" if tariffs came. [[L Toronto]]'s [[X S&P/TSX]] composite index rose 0.6%, led by rail and energy shares.

[[O Canadian National Railway]] ([[X CNR.TO]]) gained 3% after quarterly profit beat forecasts. Its chief executive, [[P Tracy Robinson-Leduc]], said grain shipments from [[L Saskatchewan]] and [[L Alberta]] had set a record. [[O Cenovus Energy]] ([[X CVE.TO]]), based in [[L Calgary]], rose 2%, while [[O Teck Resources]] ([[X TECK-B.TO]]) fell 1.8% on weaker zinc prices.

The [[O Alberta Investment Management Corporation]] ([[O AIMCo]]), which manages C$160 billion for the province's pension plans, said it had named [[P Rajiv Sandhu-Kerr]] as chief investment officer. [[L Alberta]]'s finance minister, [[P Nathan Holtby]], said the province would still balance its budget if oil stayed above $70.

"The bank has moved from cutting because inflation is low to cutting because trade is scary," said [[P Josée Tremblay-Nakamura]], an economist at [[O CIBC Capital Markets]]. [[P Derek Van Vliet]] of [[O National Bank Financial]] in [[L Montreal]] said he expected two more cuts this year.

(Reporting by [[P Promit Mukherjee-Shaw]] in [[L Ottawa]] and [[P Nivedita Balu-Pereira]] in [[L Toronto]]; Editing by [[P Caroline Stauffer-Lynch]])`,
  },
  {
    name: 'wikinews-style new airport in albania a city with an albanian letter a lagoon a river an anti-corruption prosecutor by name and acronym two parties one with its country a turkish builder a national airline and a budget airline a european commission an ngo named in german and albanian names with ç and a hyphen',
    text: `[[L Albania]] opens airport at [[L Vlorë]] as prosecutors look into its contracts

[[L Albania]] opened its second international airport on Saturday, near the southern port of [[L Vlorë]], a day after anti-corruption prosecutors said they were examining how its building contracts were awarded.

The airport sits beside the [[L Narta Lagoon]], a wetland where flamingos winter, and close to the mouth of the [[L Vjosa]], which the government made a national park two years ago. The German conservation group [[O EuroNatur]] said the runway would "put jets where birds nest". Its [[L Tirana]] partner, [[P Arta Çela-Bushati]], said the group would complain to the [[O European Commission]].

Prime Minister [[P Blendi Gjoka]] said the airport would bring a million tourists a year to the coast. [[O Air Albania]] and [[O Wizz Air]] will fly from [[L Vlorë]] to [[L Milan]], [[L Vienna]] and [[L London]] from June.

On Friday the [[O Special Anti-Corruption Structure]] ([[O SPAK]]) said it had questioned two officials of the transport ministry about the contract won by the Turkish builder [[O Ege Yapı]]. The opposition [[O Democratic Party of Albania]] said the deal should be cancelled; the ruling [[O Socialist Party]] said the inquiry was routine.

[[P Ilirjan Kola]], the builder's manager in [[L Albania]], said the company had "nothing to hide". [[P Dritan Hoxha-Meçe]], a professor at the [[O University of Tirana]], said the new airport would take traffic from [[L Tirana International Airport]], which handled 10 million passengers last year.`,
  },
  {
    name: 'wikinews-style obituary of an ecuadorian painter a double surname with de la a kichwa town a university works and a prize named after a person as none a house of culture a museum a volcano a son and a president named once and a new york museum',
    text: `Ecuadorian painter [[P Rosa Elvira Cevallos de la Torre]] dies at 88

[[P Rosa Elvira Cevallos de la Torre]], whose paintings of Andean market women hang in museums from [[L Quito]] to [[L New York]], died on Saturday at her home in [[L Quito]]. She was 88.

Born in [[L Otavalo]] in 1937, [[P Cevallos]] studied at the [[O Central University of Ecuador]] and later in [[L Madrid]]. Her best-known work, [[X Madre de Maíz]], was bought by the [[O/L Museum of Modern Art]] in 1974, the first painting by an Ecuadorian woman in its collection.

She won the [[X Eugenio Espejo Prize]], the country's highest cultural award, in 1998. The [[O Casa de la Cultura Ecuatoriana]] said her body would lie in state at its headquarters on Monday. President [[P Andrés Navarrete Loor]] called her "the painter who taught us to look at our mothers".

In her last series, [[X Cotopaxi en Llamas]], she painted the [[L Cotopaxi]] volcano, which she could see from her studio in [[L Tumbaco]]. Her son, the architect [[P Esteban Mideros Cevallos]], said she had worked until October.

[[P María José Guerrero-Ponce]], curator at the [[O/L Museo Nacional del Ecuador]], said a retrospective planned for 2026 would go ahead. The [[O Pontifical Catholic University of Ecuador]], where she taught for two decades, lowered its flag.`,
  },
  {
    name: 'wikinews-style sports briefs african football qualifier with national sides named by country and a stadium named after a president canadian football clubs named after a province and a city water polo balkan national sides ethiopian marathon names without a family name and rugby sevens',
    text: `Sport in brief: football, Canadian football, water polo, athletics and rugby sevens

[[O Senegal]] beat [[O Gambia]] 2–0 at the [[L Stade Abdoulaye Wade]] in [[L Diamniadio]] on Tuesday in a qualifier for the [[X Africa Cup of Nations]]. Midfielder [[P Cheikh Tidiane Ndour-Faye]] scored both goals. The [[O Confederation of African Football]] ([[O CAF]]) fined [[O Gambia]] for a late kick-off.

The [[O Saskatchewan Roughriders]] beat the [[O Winnipeg Blue Bombers]] 31–24 at [[L Mosaic Stadium]] in [[L Regina]]. Quarterback [[P Jake Dolan-Pryce]] threw three touchdown passes, and the [[O Roughriders]] stay second in the western standings of the [[O Canadian Football League]].

[[O Serbia]] beat [[O Croatia]] 12–11 in a penalty shootout to win the European water polo title in [[L Podgorica]]. Goalkeeper [[P Dragan Vujačić-Mitrović]] made two saves in the shootout, and [[O Montenegro]] took bronze by beating [[O Spain]]. [[O European Aquatics]] said 5,000 fans attended the final.

[[P Almaz Gebremedhin Tesfaye]] of [[L Ethiopia]] won the women's race at the [[X Tokyo Marathon]] in 2:16:40, and her compatriot [[P Haile Berhanu Alemu]] won the men's race. [[O Athletics Kenya]] said [[P Brigid Chepkoech Kiprop]], who finished second, would run in [[L Boston]] in April.

[[O Fiji]] beat [[O New Zealand]] 19–12 in the final of the [[X Hong Kong Sevens]] at [[L Kai Tak Stadium]]. Wing [[P Josaia Raisuqe-Naivalu]] scored twice, and [[O Fiji Rugby Union]] chief executive [[P Koli Sewabu-Tora]] said the team would play in [[L Singapore]] next.`,
  },
];

export const BATCH_76: EntityCase[] = [
  {
    name: 'wikinews-style landslide in papua new guinea a province a village a provincial capital a mountain an un migration agency by acronym a defence force a highway a gold mine named after a place a company that runs it church groups and highland names',
    text: `Landslide buries village in [[L Papua New Guinea]]'s [[L Enga Province]]

A landslide buried most of the village of [[L Yambali]] in [[L Enga Province]] early on Friday, and as many as 300 people may be under the earth, officials in [[L Papua New Guinea]] said.

Part of [[L Mount Mungalo]] collapsed after weeks of heavy rain, covering about 60 houses and a stretch of the [[L Highlands Highway]] that links the provincial capital, [[L Wabag]], with the mines further west. Provincial administrator [[P Sandis Tsaka-Yombo]] said only five bodies had been recovered.

The [[O International Organization for Migration]] ([[O IOM]]) said about 4,000 people lived in the area. Its mission chief in [[L Port Moresby]], [[P Serhan Aktoprak-Lind]], said the ground was still moving and diggers could not yet reach the site.

The [[O Papua New Guinea Defence Force]] sent soldiers from [[L Lae]]. [[O Barrick Gold]], which runs the [[L Porgera]] gold mine with a state company, said it was lending two excavators, and the [[O Catholic Diocese of Wabag]] opened its schools to the homeless.

Prime Minister [[P James Marape-Kundu]] said the government would pay for a new road. [[P Evangeline Yakam]], a nurse at the [[L Wabag General Hospital]], said the wounded who had arrived were mostly children. [[L Australia]] said it would send a disaster team from [[L Brisbane]].`,
  },
  {
    name: 'reuters anchorage alaska ranked choice repeal vote a division of elections the state supreme court candidates with alaska native names and an initial a ballot group and a pac boroughs an oil company with a ticker and a project as none the permanent fund corporation a pollster and a sign-off',
    text: `[[L ANCHORAGE]], [[L Alaska]], Nov 12 ([[O Reuters]]) - Alaskans narrowly voted to keep the state's ranked-choice voting system, according to results released on Tuesday by the [[O Alaska Division of Elections]], a week after the count began.

The repeal measure failed by 743 votes out of about 320,000 cast. Its main backer, [[P Phillip Izon-Harris]], said he would ask for a recount and might go to the [[O Alaska Supreme Court]].

The system helped [[P Mary Sattler Peltola]], a Yup'ik Democrat, win the state's only seat in the [[O U.S. House of Representatives]] in 2022. This year Republican [[P Nicholas J. Begich]] led after the first round, and the count in the [[L Matanuska-Susitna Borough]] and the [[L Kenai Peninsula Borough]] will decide the race.

[[O Alaskans for Better Elections]], which campaigned to keep the system, spent $14 million, much of it from donors outside the state. The [[O Alaska Republican Party]] backed repeal. A survey by [[O Alaska Survey Research]] in October had shown the measure passing.

Separately, [[O ConocoPhillips]] ([[X COP.N]]) said work on its [[X Willow]] oil project on the [[L North Slope]] was on schedule. The [[O Alaska Permanent Fund Corporation]] said its fund had returned 8.7% in the year to June; its chief executive, [[P Deven Mitchell-Oyagak]], said in [[L Juneau]] that the fund would invest more in private credit.

(Reporting by [[P Yereth Rosen-Walsh]] in [[L Anchorage]]; Editing by [[P Donna Bryson-Keyes]])`,
  },
  {
    name: 'reuters dakar offshore gas first cargo a national oil company by name an australian operator with ticker a us partner named after a greek god bp by acronym a floating vessel as none a neighbouring country and its capital a regional central bank by acronym an energy ministry wolof names and a sign-off',
    text: `[[L DAKAR]], Feb 17 ([[O Reuters]]) - [[L Senegal]] shipped its first cargo of liquefied natural gas on Monday from a field it shares with [[L Mauritania]], making the West African country a gas exporter for the first time, the state oil company [[O Petrosen]] said.

The gas was loaded onto a tanker from the floating plant [[X Gimi]], moored 10 km off the coast near [[L Saint-Louis]]. The project is run by [[O BP]] with [[O Kosmos Energy]] ([[X KOS.N]]) and the national oil companies of both countries.

Oil and Energy Minister [[P Birame Souleye Diop-Ndiaye]] said the money would go first to reducing the country's debt, which the [[O International Monetary Fund]] said last month was higher than the previous government had reported. [[O Woodside Energy]] ([[X WDS.AX]]), which runs the separate [[L Sangomar]] oil field further south, said its output had passed 100,000 barrels a day.

In [[L Nouakchott]], the Mauritanian oil ministry said its share of the cargo would be sold to a European buyer. [[P Mariem Mint Ahmed Salem]], an official at the ministry, said a second cargo would leave in March.

The regional central bank, the [[O BCEAO]], has said gas revenues could lift [[L Senegal]]'s growth above 9% this year. [[P Aliou Badara Sy]], an economist at [[O Ecobank]] in [[L Abidjan]], said the government's first test would be "whether it tells the truth about the numbers this time".

(Reporting by [[P Ngouda Dione-Sarr]] in [[L Dakar]]; Editing by [[P Aaron Ross-Whitfield]])`,
  },
  {
    name: 'wikinews-style serbia lithium mine protest a river valley a town a capital square a miner by name and ticker a serbian academy a ruling party by acronym an environmental group a german chancellor and an eu commissioner named once and -ic names with a hyphen',
    text: `Tens of thousands protest in [[L Belgrade]] against lithium mine

Tens of thousands of people marched through [[L Belgrade]] on Saturday against a plan by [[O Rio Tinto]] ([[X RIO.L]]) to mine lithium in the [[L Jadar]] valley in western [[L Serbia]], the largest protest in the capital in a decade.

The crowd filled [[L Republic Square]] and blocked the main railway station for two hours. Many had travelled from [[L Loznica]], the town nearest the deposit, where farmers say the mine would poison the [[L Drina]] and the wells around it.

President [[P Aleksandar Vučić]] said the mine would be built only with "the highest environmental standards" and accused the organisers of being paid from abroad. His [[O Serbian Progressive Party]] ([[O SNS]]) holds a majority in the [[O National Assembly]].

The [[O Serbian Academy of Sciences and Arts]] said in a statement that the risks had not been studied. [[P Jelena Stanković-Rakić]], a spokeswoman for the group [[O Ne Damo Jadar]], said the government had signed the deal "behind closed doors" with the [[O European Union]], which wants lithium for car batteries.

[[O Rio Tinto]]'s head of the project, [[P Marko Tripković]], said in [[L Loznica]] that the mine would create 1,300 jobs. The [[O European Commission]] said the deal would keep processing of the lithium in [[L Serbia]].`,
  },
  {
    name: 'canadian wildfire in british columbia a wildfire service a lake and a city a first nation by name a federal weather agency named with and a military an airport a highway a utility a park a provincial minister with a hyphen and a mc name',
    text: `Wildfire forces 30,000 from homes near [[L Kelowna]]

[[L KELOWNA]], [[L British Columbia]] — A wildfire that crossed [[L Okanagan Lake]] overnight forced about 30,000 people from their homes in [[L West Kelowna]] and [[L Kelowna]] on Friday, and burned dozens of houses, the [[O BC Wildfire Service]] said.

Fire information officer [[P Aydan Coulson-McRae]] said winds of 70 km/h had carried embers more than a kilometre across the water. The [[O Westbank First Nation]] said six of its homes had burned, and its chief, [[P Robert Louie-Derrickson]], asked for boats to move elders from the lakeshore.

[[O Environment and Climate Change Canada]] said no rain was expected before Tuesday. The province asked [[L Ottawa]] for help, and the [[O Canadian Armed Forces]] sent aircraft to [[L Kelowna International Airport]], which closed to passenger flights so that firefighting planes could use it.

The [[L Okanagan Connector]] was closed between [[L Peachland]] and [[L Merritt]]. [[O FortisBC]] cut power to 12,000 customers as a precaution. [[L Knox Mountain Park]] and the beaches of [[L Kalamalka Lake]] were shut.

Emergency Management Minister [[P Bowinn Ma-Sandhu]] said the fire was the worst in the region since 2003. "We have been here before," she said in [[L Victoria]], "and we rebuilt."`,
  },
  {
    name: 'wikinews-style sports briefs copa libertadores ecuadorian and brazilian clubs a stadium named after a person a continental body by acronym pacific rugby national sides a kosovo judoka a canadian ice hockey club named after a city and a major league an andean cycling race as none',
    text: `Sport in brief: football, rugby, judo, ice hockey and cycling

[[O LDU Quito]] beat [[O Palmeiras]] 2–1 at the [[L Estadio Rodrigo Paz Delgado]] in [[L Quito]] in the first leg of their [[X Copa Libertadores]] quarter-final. Striker [[P Alexander Alvarado Quiñónez]] scored the winner ten minutes from time. [[O CONMEBOL]] said the second leg in [[L São Paulo]] would be played behind closed doors after crowd trouble.

[[O Tonga]] beat [[O Fiji]] 27–25 at [[L Teufaiva Sport Stadium]] in [[L Nukuʻalofa]] in the [[X Pacific Nations Cup]]. Fly-half [[P Taniela Fusitu'a-Kioa]] kicked a penalty after the siren. [[O World Rugby]] said the result would lift [[O Tonga]] to 15th in its rankings.

[[P Laura Fazliu-Krasniqi]] of [[L Kosovo]] won gold in the 63 kg class at the judo grand slam in [[L Abu Dhabi]]. The [[O International Judo Federation]] said she was the first woman from [[L Kosovo]] to win two grand slams in a year.

The [[O Edmonton Oilers]] beat the [[O Vancouver Canucks]] 5–2 at [[L Rogers Place]]. Captain [[P Connor McDavid]] had a goal and two assists, and the [[O National Hockey League]] said he would miss the next game with a knee injury.

Colombian rider [[P Santiago Buitrago Sánchez]] won the [[X Vuelta al Ecuador]], finishing 42 seconds ahead of [[P Jhonatan Narváez]]. His team, [[O Movistar]], said he would ride the [[X Tour de France]].`,
  },
];
