/**
 * Blind entity batches 83-85 (helper ents39a, 5 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 85 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_28 are made from batches 83 and 84 only, and batch 85's errors are never printed
 * or read (only its totals). They lean on the two kinds of news the reader is judged on:
 * Wikinews-style short world reports (a snap election, a cyclone, a volcano, an earthquake, a
 * court ruling on reindeer land, an oil spill, an obituary, sports briefs over several sports) and
 * Reuters wire copy on US elections, markets and deals (primaries, a court race, super PACs, state
 * parties, pollsters, counties, central banks, earnings, M&A with banks and law firms as advisers).
 * Settings new to the batches or little used: Central Asia (Uzbekistan), the Gulf (Kuwait, Saudi
 * Arabia), Scandinavia and the Baltics (Sweden, Denmark, Finnish Lapland, Svalbard), Southern
 * Africa (Mozambique, Malawi, Namibia), the Pacific islands (Vanuatu, Fiji, Samoa, Tonga), Mexico
 * and Central America (a rate decision, a Honduran election), the US Midwest and Mountain West
 * (Iowa, Colorado, Wisconsin), Quebec, Korea and Taiwan. The hard cases: particles ('Van', 'de la',
 * 'dos', 'van der'), patronymics, initials, hyphenated and double surnames, 'al-' and 'bin', titles
 * before names, companies named after places or people, firms named alone as subjects, agencies by
 * acronym, ships, aircraft, works and events as none, national sides named by the country, clubs
 * named after cities, islands in lists.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_83: EntityCase[] = [
  {
    name: 'reuters des moines iowa governor primary a state auditor with the particle van a lt. gov. with an initial a super pac named after the state nickname the state party chair a pollster named after two people a newspaper of two cities counties a county auditor companies named after a founder and a store with tickers and a sign-off',
    text: `[[L DES MOINES]], [[L Iowa]], June 2 ([[O Reuters]]) - State Auditor [[P Karina Van Oort]] won the Democratic nomination for governor of [[L Iowa]] on Tuesday, setting up a November race against Republican Lt. Gov. [[P Dale A. Brinkerhoff]] in a state Republicans have carried in every statewide race since 2016.

[[P Van Oort]] took 61% of the vote against former state Sen. [[P Luis Ochoa-Reyes]] of [[L Sioux City]], according to results from the secretary of state's office. [[P Brinkerhoff]], who was unopposed, has the backing of outgoing Gov. [[P Teresa McNally]].

A super PAC, [[O Hawkeye Prosperity Fund]], has reserved $4 million in television ads for [[P Brinkerhoff]] in the [[L Des Moines]] and [[L Cedar Rapids]] markets. [[P Rosa Hartigan-Nielsen]], chair of the [[O Iowa Democratic Party]], said farm incomes and the state's abortion law, upheld by the [[O Iowa Supreme Court]] last year, would decide the race.

A [[O Carver-Lindquist Research]] poll for the [[O Quad-City Times]] last week put [[P Brinkerhoff]] ahead by six points. [[P Van Oort]] won [[L Polk County]], [[L Johnson County]] and [[L Linn County]], while [[P Ochoa-Reyes]] carried [[L Woodbury County]]. [[L Story County]] Auditor [[P Lucy Martens]] said a printer fault in [[L Ames]] had delayed the count by an hour.

Farm equipment maker [[O Deere & Co]] ([[X DE.N]]), based across the river in [[L Moline]], [[L Illinois]], has not given to either campaign. Convenience store chain [[O Casey's General Stores]] ([[X CASY.O]]) of [[L Ankeny]] gave $250,000 to a group backing [[P Brinkerhoff]], a filing showed.

(Reporting by [[P Nathan Layne-Ostrowski]] in [[L Des Moines]]; Editing by [[P Leslie Adler-Kim]])`,
  },
  {
    name: 'wikinews-style kuwait snap election after the emir dissolves the assembly a crown prince with sheikh as a title al- and bin names a woman candidate with dr. a movement by english name and arabic name the gulf cooperation council by name and acronym governorates a ministry and kuwait university',
    text: `[[L Kuwait]] holds snap election, fourth in five years

Friday, April 10, 2026

Kuwaitis voted on Thursday for a new 50-seat [[O National Assembly]], two months after the emir dissolved the last one in a dispute with the cabinet over a public debt law.

Crown Prince Sheikh [[P Fahad Salem al-Sabah]] cast his ballot in [[L Kuwait City]]. The [[O Ministry of Interior]] said turnout was 51 percent, down from 62 percent in 2024, with the lowest figures in [[L Hawalli]] and the highest in the tribal districts of [[L Jahra]] and [[L Ahmadi]].

Opposition candidates won 29 seats, according to results read out on state television. The [[O Islamic Constitutional Movement]], known by its Arabic acronym [[O Hadas]], won five. Former speaker [[P Hamad bin Nasser al-Mutairi]] topped the poll in the fifth district with 14,200 votes.

Dr. [[P Nour Abdulaziz al-Enezi]], a professor of chemistry at [[O Kuwait University]], was the only woman elected. She said she would push for "a budget the public can read".

[[P Abdullah Faisal al-Rashidi]], an analyst at the [[O Gulf Centre for Development Policies]], said the result left the government facing "the same wall as before". The [[O Gulf Cooperation Council]] ([[O GCC]]) secretary-general, speaking in [[L Riyadh]], called the vote "a credit to the Kuwaiti people". [[L Saudi Arabia]], [[L Qatar]] and [[L Bahrain]] sent congratulations.

[[O Kuwait Petroleum Corporation]] said oil output had not been affected by the campaign.`,
  },
  {
    name: 'reuters stockholm bank buys a danish insurer a lender named after a region full and short an insurer named after an island chief executive with a double surname without hyphen banks alone as advisers law firms named after founders the swedish and danish regulators by their own names nasdaq stockholm tickers an analyst and a sign-off with two reporters',
    text: `[[L STOCKHOLM]], Feb 10 ([[O Reuters]]) - Swedish lender [[O Norrland Finans]] agreed on Tuesday to buy Danish insurer [[O Fyns Forsikring]] for 21 billion Swedish crowns ($2 billion), its first deal outside [[L Sweden]] and the largest Nordic financial takeover this year.

[[O Norrland]] will pay 148 crowns a share in cash, a 31% premium to Monday's close in [[L Copenhagen]]. Chief executive [[P Anna-Karin Lindqvist Berg]] said the deal would give the bank, based in [[L Umeå]], 900,000 insurance customers in [[L Denmark]] and southern [[L Sweden]].

[[O Carnegie]] and [[O Goldman Sachs]] advised [[O Norrland Finans]], with [[O Mannheimer Swartling]] as legal counsel. [[O ABG Sundal Collier]] advised [[O Fyns Forsikring]], and [[O Kromann Reumert]] acted as its lawyers.

The deal needs approval from [[O Finansinspektionen]] in [[L Stockholm]] and [[O Finanstilsynet]] in [[L Copenhagen]]. [[O Fyns Forsikring]], founded in [[L Odense]] in 1898, will keep its name and its 1,400 staff.

Shares in [[O Norrland]] ([[X NORR.ST]]) fell 3.2% on [[O Nasdaq Stockholm]]. "They are paying up for growth they cannot find at home," said [[P Jonas Ek-Mattsson]], an analyst at [[O SEB]]. [[O Handelsbanken]] and [[O Swedbank]] were also said to have looked at the insurer last year.

(Reporting by [[P Anna Ringstrom-Lind]] in [[L Stockholm]] and [[P Jakob Vestergaard-Lund]] in [[L Copenhagen]]; Editing by [[P Tomas Janik-Wolff]])`,
  },
  {
    name: 'wikinews-style cyclone in mozambique and malawi the storm as none a disaster institute by long name and portuguese acronym provinces and a district by one word a river a malawian department by name and mixed-case acronym a name with dos médecins sans frontières by name and acronym a red cross society named after the country and a weather centre on réunion',
    text: `Cyclone kills at least 48 in [[L Mozambique]] and [[L Malawi]]

Wednesday, January 21, 2026

Cyclone [[X Dumako]] has killed at least 48 people in central [[L Mozambique]] and southern [[L Malawi]] since it made landfall near [[L Quelimane]] on Sunday, officials said on Tuesday.

[[L Mozambique]]'s [[O National Institute for Disaster Risk Management]] ([[O INGD]]) said 31 people had died in [[L Zambezia]] and [[L Sofala]] provinces and more than 60,000 homes were damaged. Its president, [[P Celmira dos Santos Macuácua]], said the port city of [[L Beira]] had been without power for two days.

In [[L Malawi]], the [[O Department of Disaster Management Affairs]] ([[O DoDMA]]) reported 17 deaths, most in the [[L Chikwawa]] and [[L Nsanje]] districts, where the [[L Shire River]] burst its banks. Commissioner [[P Chimwemwe Banda-Phiri]] told reporters in [[L Blantyre]] that 23 camps had been opened.

[[O Médecins Sans Frontières]] ([[O MSF]]) said it feared cholera would spread in the camps. The [[O Mozambique Red Cross]] and [[O UNICEF]] were sending water tablets from [[L Maputo]] and [[L Nampula]].

The storm formed east of [[L Madagascar]] last week. The regional cyclone centre run by [[O Météo-France]] on [[L Réunion]] said it had weakened to a tropical depression over [[L Zimbabwe]] on Tuesday.`,
  },
  {
    name: 'wikinews-style sports briefs pacific nations cup rugby fiji tonga samoa and japan named by country a stadium named after a bank korean baseball clubs named after companies with a ballpark danish handball clubs named after cities full and short sweden and finland in ice hockey and a cup and a league as none',
    text: `Sports roundup: [[O Fiji]] top [[X Pacific Nations Cup]] pool; [[O Doosan Bears]] level series

Sunday, September 6, 2026

Rugby union: [[O Fiji]] beat [[O Tonga]] 34–17 at [[L HFC Bank Stadium]] in [[L Suva]] on Saturday to top their pool of the [[X Pacific Nations Cup]]. Wing [[P Waisea Nayacalevu-Tuimaba]] scored two tries. [[O Samoa]] lost 20–41 to [[O Japan]] in [[L Apia]], and coach [[P Tusi Fa'asavalu-Leota]] said his side "ran out of legs".

Baseball: The [[O Doosan Bears]] beat the [[O LG Twins]] 6–3 at [[L Jamsil Baseball Stadium]] in [[L Seoul]] to level their [[O KBO League]] series at a game each. [[P Kang Min-seok]] hit a three-run homer. The [[O Kia Tigers]] of [[L Gwangju]] clinched top place with a 5–2 win over the [[O Lotte Giants]].

Handball: [[O Aalborg Håndbold]] beat [[O GOG]] 33–29 in the Danish league. [[O Aalborg]] goalkeeper [[P Emil Nørgaard-Holm]] made 17 saves.

Ice hockey: [[O Sweden]] beat [[O Finland]] 3–2 after a shoot-out at the [[X Karjala Cup]] in [[L Helsinki]]. Forward [[P Linus Ek-Carlsson]] scored the winner.`,
  },
  {
    name: 'wikinews-style obituary of a quebec chansonnier a hyphenated name rimouski and the gaspé an island with an apostrophe a montreal hall and a paris hall as places a label a broadcaster by french name albums and a festival as none a university a party the premier and a singer',
    text: `[[L Quebec]] singer [[P Gilles Bélanger-Roy]] dies at 84

Monday, August 17, 2026

[[P Gilles Bélanger-Roy]], the [[L Quebec]] singer-songwriter whose songs about the fishing villages of the [[L Gaspé]] were sung at rallies for independence, died on Sunday in [[L Montreal]], his family said. He was 84.

Born in [[L Rimouski]] in 1942, he began singing in the boîtes à chanson of [[L Quebec City]] and recorded his first album, [[X Le Fleuve en hiver]], in 1966. He played [[L Place des Arts]] in [[L Montreal]] more than forty times and the [[L Olympia]] in [[L Paris]] in 1974.

In the 1970s he campaigned for the [[O Parti Québécois]], and he sang at the [[X Fête nationale]] concert on the [[L Plains of Abraham]] in 1976. His later albums were released by the [[L Montreal]] label [[O Audiogram]].

He lived for forty years on the [[L Île d'Orléans]], where he ran a summer school for young singers with the [[O Université Laval]]. [[O Radio-Canada]] said it would broadcast a tribute concert on Friday.

Premier [[P Mathieu Côté-Gagnon]] called him "one of the voices that taught [[L Quebec]] to sing about itself". The singer [[P Isabelle Thériault]] said he had "opened every door" for her.`,
  },
];

export const BATCH_84: EntityCase[] = [
  {
    name: 'reuters denver colorado senate primary a rep. with a hyphen a secretary of state a super pac named after the state nickname a pollster the state supreme court the state party and its chair counties and cities in the mountain west a miner and a brewer named after founders with tickers and a sign-off',
    text: `[[L DENVER]], June 30 ([[O Reuters]]) - Rep. [[P Gabriel Ortega-Lund]] won [[L Colorado]]'s Democratic primary for the [[O U.S. Senate]] on Tuesday, beating former [[L Boulder]] Mayor [[P Sarah Whitcomb]] after a race that split the party's progressive and moderate wings.

[[P Ortega-Lund]] led 54% to 46% with most ballots counted, Secretary of State [[P Elena Marquez-Haugen]] said. He will face Republican [[P Curtis Vandermeer]], a rancher from [[L Weld County]], in November.

A super PAC, [[O Centennial Values Fund]], spent $7 million on ads for [[P Ortega-Lund]]. A [[O Magellan Strategies]] poll last week had shown him ahead by nine points. [[P Whitcomb]] won [[L Boulder County]] and [[L Larimer County]], while [[P Ortega-Lund]] carried [[L Denver]], [[L Adams County]] and [[L Pueblo]].

The [[O Colorado Supreme Court]] last month rejected a challenge by the [[O Colorado Republican Party]] to the state's all-mail voting. Party chair [[P Brita Horn-Jensen]] said it would appeal to the [[O U.S. Supreme Court]].

In neighbouring [[L Utah]], Sen. [[P Owen Strickland]] won his primary unopposed. [[L Salt Lake City]] and [[L Cheyenne]], [[L Wyoming]], vote on ballot measures in August.

Miner [[O Newmont]] ([[X NEM.N]]), based in the [[L Denver]] suburb of [[L Greenwood Village]], and brewer [[O Molson Coors]] ([[X TAP.N]]) of [[L Golden]] gave to both campaigns, filings showed.

(Reporting by [[P Andrew Hay-Whitley]] in [[L Taos]], [[L New Mexico]]; Editing by [[P Daniel Wallace-Berg]])`,
  },
  {
    name: 'wikinews-style earthquake off taiwan the weather administration a county and a national park a railway company and a chipmaker by name and acronym the executive yuan a premier taiwanese names with hyphens the japan meteorological agency islands okinawa and yonaguni a university and a seismologist',
    text: `Magnitude 6.9 earthquake strikes off eastern [[L Taiwan]]

Thursday, October 22, 2026

A magnitude 6.9 earthquake struck off [[L Hualien]] on [[L Taiwan]]'s east coast early on Thursday, killing four people and cutting roads into [[L Taroko National Park]], officials said.

The [[O Central Weather Administration]] said the quake hit at 5:12 a.m. at a depth of 18 kilometres. Rockfalls blocked the [[L Suhua Highway]] between [[L Hualien]] and [[L Yilan]], and the [[O Taiwan Railway Corporation]] halted trains on the eastern line.

Premier [[P Hsu Chih-hao]] told the [[O Executive Yuan]] that 1,100 people had been moved from damaged buildings. The [[O National Fire Agency]] said 60 hikers were stranded in the park.

[[O Taiwan Semiconductor Manufacturing Co.]] ([[O TSMC]]) said it had briefly evacuated some staff at its plants in [[L Hsinchu]] and [[L Tainan]] but expected no lasting damage.

The [[O Japan Meteorological Agency]] issued a tsunami advisory for [[L Okinawa]], [[L Miyako]] and [[L Yonaguni]], lifted two hours later. [[P Wu Chien-fu]], a seismologist at [[O National Taiwan University]] in [[L Taipei]], said aftershocks above magnitude 6 were likely for a week.`,
  },
  {
    name: 'reuters mexico city rate decision the central bank by english and spanish name a governor with de la a statistics institute by acronym an analyst at a bank alone and with a long name a state oil company full and by short name the finance ministry states a stock index as none central american central banks and a rating agency and a sign-off',
    text: `[[L MEXICO CITY]], Nov 12 ([[O Reuters]]) - The [[O Bank of Mexico]] cut its benchmark interest rate by a quarter point to 7.00% on Thursday, its tenth straight cut, and said inflation was close enough to its target for more easing next year.

The vote was 4-1, with deputy governor [[P Omar Heredia Castelán]] dissenting. Governor [[P Teresa Villaseñor de la Garza]] said [[O Banxico]] would "move with care" while the [[L U.S.]] [[O Federal Reserve]] held rates steady.

Data from the statistics agency [[O INEGI]] showed annual inflation at 3.6% in October. "They have room, but they are spending it fast," said [[P Rodrigo Armenta Solís]], chief economist at [[O Grupo Financiero Banorte]]. [[O Banorte]] expects two more cuts by March.

The peso weakened 0.4% and the [[X S&P/BMV IPC]] index on the [[O Mexican Stock Exchange]] rose 0.7%. State oil company [[O Petróleos Mexicanos]] ([[O Pemex]]) was the biggest drag on public finances, the [[O Finance Ministry]] said in a report, and [[O Moody's]] kept its negative outlook on the company.

Factory output rose in [[L Nuevo León]] and [[L Coahuila]] on demand from carmakers in [[L Monterrey]] and [[L Saltillo]]. In [[L Guatemala City]], the [[O Bank of Guatemala]] held its rate at 4.25%, while the [[O Central Bank of Costa Rica]] cut by half a point.

(Reporting by [[P Ana Isabel Martínez-Vega]] and [[P Noemí Torrijos]]; Editing by [[P Chieko Nomura-Ellis]])`,
  },
  {
    name: 'wikinews-style finnish court halts a wind farm on reindeer land the supreme administrative court a sámi parliament and a reindeer herders body municipalities in lapland a state forest company by finnish name a developer named after a fell sámi and finnish names with a patronymic-like middle name the council of europe and a university',
    text: `Finnish court halts wind farm on Sámi reindeer land

Tuesday, March 17, 2026

[[L Finland]]'s [[O Supreme Administrative Court]] on Monday overturned the permit for a 60-turbine wind farm in northern [[L Lapland]], ruling that its effect on Sámi reindeer herding had not been studied.

The [[O Sámi Parliament]], based in [[L Inari]], had appealed against the permit granted by the municipality of [[L Enontekiö]]. Its president, [[P Anne-Risten Valle-Aikio]], said the ruling "recognises that our land is not empty".

The developer, [[O Ounasselkä Wind]], said it would study the ruling. The land is owned by [[O Metsähallitus]], the state forest company, which leases it to herders of the [[O Näkkälä Reindeer Herding Cooperative]]. Herder [[P Nils-Heikki Magga]] said calving grounds lay under two of the planned turbine rows.

Environment Minister [[P Aino Keränen-Salo]] said the government would set out rules for wind power in the north by the end of the year. Projects near [[L Utsjoki]] and [[L Sodankylä]] are also under review.

The [[O Council of Europe]] had criticised [[L Finland]] in 2024 over Sámi land rights. [[P Inker-Anni Valkeapää]], a researcher at the [[O University of Lapland]] in [[L Rovaniemi]], said the ruling could slow wind projects across northern [[L Norway]] and [[L Sweden]] as well.`,
  },
  {
    name: 'wikinews-style volcano on a vanuatu island islands in a list a geohazards department by long name and acronym a disaster office by acronym port vila and luganville a new zealand ship and an australian aircraft as none a prime minister with a hyphen the pacific islands forum and the new zealand defence force',
    text: `[[L Vanuatu]] evacuates island as volcano erupts

Saturday, July 11, 2026

[[L Vanuatu]] began moving the 11,000 people of [[L Ambae]] to neighbouring islands on Friday after the [[L Manaro Voui]] volcano sent ash as high as eight kilometres into the air.

The [[O Vanuatu Meteorology and Geo-Hazards Department]] ([[O VMGD]]) raised the alert to level 4, its second-highest. Families were being taken by boat to [[L Espiritu Santo]], [[L Maewo]] and [[L Pentecost]], the [[O National Disaster Management Office]] ([[O NDMO]]) said.

Prime Minister [[P Kalmet Tari-Bule]] declared a state of emergency and flew over the island from [[L Port Vila]]. Ash fell as far as [[L Luganville]], where flights were suspended.

[[L New Zealand]] sent the ship [[X HMNZS Canterbury]] with tents and water, and the [[O New Zealand Defence Force]] said a [[X C-130J Hercules]] would fly supplies from [[L Auckland]]. [[L Australia]] pledged A$2 million. The [[O Pacific Islands Forum]] secretary-general said [[L Fiji]] and [[L Solomon Islands]] had offered police to help.

"People have done this before, in 2018, and they know it takes months," said [[P Mildred Lolo-Tabi]], a [[O Red Cross]] worker in [[L Saratamata]].`,
  },
  {
    name: 'reuters seoul chipmaker earnings and a shipbuilding deal a chipmaker by name with a numeric ticker a shipbuilder buying a us shipyard a law firm of two surnames with an ampersand banks alone as advisers the korea exchange and the kospi as none the bank of korea korean names with hyphens analysts at securities firms cities and a sign-off',
    text: `[[L SEOUL]], Jan 28 ([[O Reuters]]) - [[O SK Hynix]] ([[X 000660.KS]]) reported a record quarterly operating profit on Wednesday as demand for memory chips used in artificial intelligence servers kept growing, and said it would raise spending at its new plant in [[L Yongin]].

Operating profit rose to 16.4 trillion won ($11.3 billion) in the October-December quarter. Chief financial officer [[P Park Ji-hoon]] said sales to [[O Nvidia]] had doubled from a year earlier. "The fight now is for supply, not for customers," said [[P Lee Seung-woo]], an analyst at [[O Mirae Asset Securities]].

Separately, shipbuilder [[O Hanwha Ocean]] agreed to buy [[O Gulf Coast Marine]], a shipyard in [[L Pascagoula]], [[L Mississippi]], for $900 million. [[O Morgan Stanley]] and [[O Samsung Securities]] advised [[O Hanwha Ocean]], with [[O Kim & Chang]] and [[O Sullivan & Cromwell]] as legal counsel. [[O Jefferies]] advised the seller.

The benchmark [[X KOSPI]] rose 1.8% on the [[O Korea Exchange]], led by chipmakers. [[O Samsung Electronics]] ([[X 005930.KS]]), which reports on Thursday, gained 2.6%. The [[O Bank of Korea]] is expected to hold its rate in February, economists at [[O Kiwoom Securities]] said.

(Reporting by [[P Heekyong Yang-Choi]] in [[L Seoul]] and [[P Jina Seo]] in [[L Busan]]; Editing by [[P Kate Coughlan-Ross]])`,
  },
];

export const BATCH_85: EntityCase[] = [
  {
    name: 'reuters madison wisconsin supreme court race a circuit judge with a hyphen a former attorney general a court by county name the elections commission a law school poll a super pac named after the state animal a business lobby with an ampersand counties and cities a donor from minnesota and a sign-off',
    text: `[[L MADISON]], [[L Wis.]], March 30 ([[O Reuters]]) - Spending on [[L Wisconsin]]'s [[O Supreme Court]] race passed $70 million on Monday, making it the most expensive judicial election in [[L U.S.]] history a day before voters choose who will control the court's majority.

[[O Dane County Circuit Court]] Judge [[P Ellen Brandt-Sorensen]], backed by Democrats, faces former state Attorney General [[P Kurt R. Vandehey]], a conservative. A [[O Marquette Law School]] poll last week showed the race tied at 47% each.

A super PAC, [[O Badger Justice Project]], has spent $14 million for [[P Vandehey]], much of it from [[L Minnesota]] businessman [[P Gary Lindahl]]. The business lobby [[O Wisconsin Manufacturers & Commerce]] spent another $6 million.

[[P Brandt-Sorensen]] is expected to win [[L Milwaukee County]] and [[L Dane County]] by large margins, while [[P Vandehey]] will need a big turnout in [[L Waukesha County]] and around [[L Green Bay]]. The [[O Wisconsin Elections Commission]] said 610,000 absentee ballots had been returned.

The [[O Democratic Party of Wisconsin]] said it had sent 4,000 volunteers to [[L Eau Claire]] and [[L La Crosse]]. Its chairman, [[P Tom Kessler-Haas]], said the court would rule on congressional maps next year.

(Reporting by [[P Jason Lange-Moritz]] in [[L Milwaukee]]; Editing by [[P Cynthia Osterman-Reed]])`,
  },
  {
    name: 'wikinews-style uzbekistan cotton harvest declared free of forced labour the ilo by name and acronym uzbek names with -ovich and -ovna patronymics a ministry with and in its name karakalpakstan and the fergana valley a rights forum and a campaign coalition a river and cities',
    text: `UN labour body says [[L Uzbekistan]] cotton harvest free of forced labour

Wednesday, February 4, 2026

The [[O International Labour Organization]] ([[O ILO]]) said on Tuesday that [[L Uzbekistan]]'s 2025 cotton harvest had been carried out without systemic forced labour for the fourth year running.

The report, presented in [[L Tashkent]], was based on 11,000 interviews with pickers in all regions, including [[L Karakalpakstan]] and the [[L Fergana Valley]]. [[P Dilnoza Rustamovna Yusupova]], who led the monitoring, said local officials in two districts of [[L Kashkadarya]] had still pressed teachers to pick.

Minister of Employment and Poverty Reduction [[P Bakhtiyor Karimovich Tursunov]] said the government would fine the officials. The ministry, the [[O Ministry of Employment and Poverty Reduction]], set up a hotline in 2023.

The [[O Uzbek Forum for Human Rights]], based in [[L Berlin]], welcomed the report but said pickers in [[L Nukus]] were still paid late. The [[O Cotton Campaign]], a coalition of unions and brands, lifted its call for a boycott in 2022.

Water from the [[L Amu Darya]] fell to a record low last summer, cutting yields in [[L Bukhara]] and [[L Khorezm]], according to the [[O Asian Development Bank]].`,
  },
  {
    name: 'reuters windhoek green hydrogen deal a developer named after a coast a state-owned port company by short name banks alone as advisers law firms with one word and with two surnames the central bank and the exchange of namibia an executive with van der a town with an umlaut a bay sadc by name and acronym a german utility and a sign-off',
    text: `[[L WINDHOEK]], May 14 ([[O Reuters]]) - [[O Namib Coast Hydrogen]] signed a $10 billion deal with [[L Namibia]]'s government on Thursday to build a green hydrogen plant near [[L Lüderitz]], the biggest investment in the country since independence.

The company, owned by [[O Enertrag]] of [[L Germany]] and South African fund [[O Nkululeko Capital]], will build 5 gigawatts of wind and solar power and export ammonia through a new terminal at [[L Walvis Bay]] run by [[O Namport]]. Chief executive [[P Marius van der Westhuizen]] said construction would start in 2027.

[[O Standard Bank]] and [[O Rand Merchant Bank]] arranged the debt, with [[O ENSafrica]] and [[O Webber Wentzel]] as legal advisers. [[O Uniper]] agreed to buy a third of the output for plants in [[L Germany]].

The [[O Bank of Namibia]] said the deal could add 3% to growth in 2028. Shares of lenders rose on the [[O Namibian Stock Exchange]]. "It is a huge bet on a fuel nobody buys at scale yet," said [[P Ndapewa Shikongo-Amutenya]], an economist at [[O Simonis Storm Securities]] in [[L Windhoek]].

The [[O Southern African Development Community]] ([[O SADC]]) has said [[L Botswana]] and [[L South Africa]] could join a regional hydrogen grid.

(Reporting by [[P Nyasha Nyaungwa-Gumbo]]; Editing by [[P Alexandra Wynne-Parker]])`,
  },
  {
    name: 'wikinews-style honduran general election a national electoral council by name and acronym three parties one by short name double spanish surnames cities and a department the oas by name and acronym the eu observers neighbouring countries a university by long name and a court',
    text: `[[L Honduras]] election count stalls as both sides claim victory

Tuesday, December 1, 2026

The count in [[L Honduras]]'s general election stalled on Monday with 72 percent of the vote tallied, as the two leading candidates each said they had won the presidency.

The [[O National Electoral Council]] ([[O CNE]]) showed [[P Ernesto Nasser Ordóñez]] of the [[O Liberal Party]] with 40.1 percent and [[P María José Andonie Fúnez]] of the ruling [[O Libre]] party with 39.4 percent. The [[O National Party]] candidate, [[P Tito Zelaya-Paz]], was third.

Council president [[P Lourdes Bográn Osorio]] said the transmission of results from [[L San Pedro Sula]] and the department of [[L Cortés]] had been slowed by a fault. Supporters of both sides gathered outside the council in [[L Tegucigalpa]].

The [[O Organization of American States]] ([[O OAS]]) mission, led by a former Paraguayan foreign minister, urged calm. [[O European Union]] observers said voting in [[L Choluteca]] and [[L La Ceiba]] had been orderly.

[[L Guatemala]], [[L El Salvador]] and [[L Nicaragua]] did not comment. [[P Ramón Elvir Zepeda]], a law professor at the [[O National Autonomous University of Honduras]], said any challenge would go to the [[O Supreme Court of Justice]].`,
  },
  {
    name: 'wikinews-style oil spill off svalbard a coastal administration a cargo ship as none longyearbyen and a fjord a coal company norwegian names with a double surname a polar institute an environmental group by one word a university in tromsø and greenland',
    text: `Fuel spill off [[L Svalbard]] reaches shore near [[L Longyearbyen]]

Friday, September 18, 2026

Fuel oil from a grounded cargo ship has reached the shore of [[L Isfjorden]] in [[L Svalbard]], the [[O Norwegian Coastal Administration]] said on Thursday.

The ship, the [[X Polar Venture]], ran aground on Tuesday while carrying supplies to [[L Longyearbyen]]. About 60 tonnes of diesel leaked before divers sealed the tanks, the agency said. Its director of emergency response, [[P Ingrid Sæther Bakken]], said cleanup crews were working from [[L Barentsburg]] to [[L Adventdalen]].

The [[O Norwegian Polar Institute]] said seabirds were at risk. [[O Bellona]], the environmental group, called for a ban on heavy fuel in Arctic waters. [[O Store Norske]], the state coal company, lent boats to the effort.

[[P Jon Kåre Lunde-Hovland]], a marine biologist at [[O UiT The Arctic University of Norway]] in [[L Tromsø]], said the cold would slow the oil's breakdown. [[L Denmark]] offered help from its navy base in [[L Greenland]].`,
  },
  {
    name: 'wikinews-style sports briefs nhl clubs named after cities full and short a montreal arena quebec junior hockey k league clubs named after companies and cities saudi clubs with al- a riyadh arena a botswana sprinter samoa and fiji in sevens and a grand prix and a tournament as none',
    text: `Sports roundup: [[O Canadiens]] win in overtime; [[O Al-Hilal]] stay top

Sunday, March 22, 2026

Ice hockey: The [[O Montreal Canadiens]] beat the [[O Winnipeg Jets]] 4–3 in overtime at the [[L Bell Centre]] on Saturday. Defenceman [[P Mathis Lavoie-Brière]] scored the winner. In junior hockey, the [[O Rimouski Océanic]] clinched first place in the [[O QMJHL]] with a 5–1 win over the [[O Chicoutimi Saguenéens]].

Football: [[O Ulsan HD]] drew 1–1 with [[O Jeonbuk Hyundai Motors]] in the [[O K League 1]], and [[O FC Seoul]] lost 0–2 at [[O Pohang Steelers]]. In [[L Saudi Arabia]], [[O Al-Hilal]] beat [[O Al-Nassr]] 2–1 at the [[L Kingdom Arena]] in [[L Riyadh]] to stay five points clear.

Athletics: [[L Botswana]]'s [[P Kagiso Tebogo-Mmolai]] won the 200 metres at the [[X World Indoor Tour]] meeting in [[L Toruń]] in 20.31 seconds.

Rugby sevens: [[O Fiji]] beat [[O Samoa]] 26–12 in the final of the [[X Oceania Sevens]] in [[L Nuku'alofa]].`,
  },
];
