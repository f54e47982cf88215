/**
 * Blind entity batches 110-112 (helper ents58a, 7 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 112 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_37 are made from batches 110 and 111 only, and batch 112's errors are never
 * printed or read (only its totals). 110 and 111 lean on kinds of news earlier batches used little:
 * public health in South Asia and Latin America (health directorates, research centres, vaccines as
 * none); a named storm and floods (the storm as none, counties, rivers, a utility, emergency bodies);
 * a local criminal court (a crown court, a police force, a prison, streets and neighbourhoods);
 * elections outside the US and UK (parties with long names and acronyms, an election commission,
 * provinces); music and film prizes (albums, films, festivals and prizes as none; labels, studios,
 * a film council); obituaries with a family named many times; shipping and energy (vessels and
 * pipelines as none, ports, fields as places); the Pacific islands, Central Asia and the Middle East.
 * Batch 112 is an ordinary day's mixed wire. People are invented; countries, agencies and companies
 * appear as they would in any report.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_110: EntityCase[] = [
  {
    name: 'reuters dhaka cholera vaccine campaign a health directorate by long name and acronym a research centre with a comma acronym a vaccine as none gavi a medical college hospital districts a journal as none and a sign-off',
    text: `[[L DHAKA]], Aug 14 ([[O Reuters]]) - [[L Bangladesh]] will vaccinate 2.4 million people against cholera in the coming weeks after an outbreak in the capital's crowded eastern districts killed at least 31 people, health officials said on Thursday.

The [[O Directorate General of Health Services]] ([[O DGHS]]) said the campaign would begin on Sunday in [[L Jatrabari]] and [[L Demra]], where most of the 4,800 cases since July have been recorded, and would then move to [[L Narayanganj]] and [[L Gazipur]].

The oral vaccine, [[X Euvichol-S]], is made by the South Korean company [[O EuBiologics]] and is being supplied through a global stockpile paid for by the vaccine alliance [[O Gavi]]. Each person will receive a single dose.

"Floodwater mixed with sewage has reached many tube wells," said [[P Farhana Rahman Chowdhury]], the directorate's director of disease control. She said water samples from 40 percent of the wells tested in [[L Jatrabari]] contained the bacterium.

The [[O International Centre for Diarrhoeal Disease Research, Bangladesh]] ([[O icddr,b]]), whose hospital in [[L Mohakhali]] has treated more than 1,900 patients since July, said its wards were running at twice their capacity and that tents had been set up in the car park.

Doctors at [[O/L Dhaka Medical College Hospital]] said many of those who died were children under five and elderly people who reached hospital too late.

[[P Mizanur Haque]], a researcher at the centre, said a study his team published last year in [[X The Lancet Global Health]] showed that one dose protected about two-thirds of adults for at least two years. "It buys time, but the city needs clean water," he said.

The [[O Dhaka Water Supply and Sewerage Authority]] ([[O WASA]]) said it was sending water tankers to the worst-hit areas. The [[O World Health Organization]] said it had sent 30 tonnes of oral rehydration salts from its warehouse in [[L Dubai]].

(Reporting by [[P Ruma Paul-Ahsan]]; Editing by [[P Martin Petty-Rowe]])`,
  },
  {
    name: 'wikinews-style storm in ireland the storm as none a met service irish counties rivers a power network a public works office the defence forces irish names with o and mac a red cross society and a sources list',
    text: `Storm leaves 180,000 homes without power in [[L Ireland]]

Saturday, January 23, 2027

Storm [[X Fionnuala]] swept across [[L Ireland]] on Friday with gusts of up to 155 kilometres per hour, leaving about 180,000 homes and businesses without electricity and flooding towns along the [[L River Shannon]].

[[O Met Éireann]], the national weather service, issued a red warning for counties [[L Galway]], [[L Mayo]] and [[L Clare]] on Thursday night, the highest level on its scale. Schools in those counties stayed closed on Friday.

[[O ESB Networks]], which runs the electricity grid, said fallen trees had brought down lines in [[L County Kerry]] and [[L County Cork]], and that some customers in rural areas might not be reconnected until Tuesday. Its head of operations, [[P Siobhán Ní Bhriain]], said 2,000 workers were in the field.

In [[L Athlone]] the [[L Shannon]] rose more than a metre overnight. The [[O Office of Public Works]] said temporary barriers were holding. In [[L Ballinasloe]], on the [[L River Suck]], about 40 people were moved from their homes by members of the [[O Defence Forces]].

The [[O Irish Red Cross]] opened rest centres in [[L Ballinasloe]] and [[L Ennis]]. [[O Irish Rail]] cancelled all trains west of [[L Athlone]], and [[O Aer Lingus]] and [[O Ryanair]] cancelled about 60 flights at [[L Shannon Airport]] and [[L Dublin Airport]].

A man in his 60s died when his car was struck by a tree near [[L Clifden]], the [[O Gardaí]] said. Local councillor [[P Pádraig Mac Giolla Rua]] said the road had been closed an hour too late. "People were told to stay at home, and most did," he said.

Taoiseach [[P Eoghan O'Flaherty]] said the government would fund repairs. [[P O'Flaherty]] visited [[L Galway]] on Friday afternoon, where seawater covered the [[L Spanish Arch]].

Sources

"Storm [[X Fionnuala]]: red warning for three counties" — [[O RTÉ]], January 22, 2027
"Power cuts as storm hits west coast" — [[O The Irish Times]], January 23, 2027`,
  },
  {
    name: 'ap manchester crown court drug gang sentencing a crown court named after its street a police force a prison streets and neighbourhoods the cps a judge named alone a gang as an organisation and a charity',
    text: `[[L MANCHESTER]], [[L England]] ([[O AP]]) — Nine members of a gang that sold crack cocaine and heroin from flats in south [[L Manchester]] were jailed Friday for a total of 87 years.

Judge [[P Alison Kettleborough]] told the defendants at [[L Minshull Street Crown Court]] that they had "brought fear to streets where families were trying to raise children." She jailed the gang's leader, [[P Dwayne Okafor-Reid]], 31, for 16 years.

[[O Greater Manchester Police]] said the gang, which called itself the [[O Rusholme Boys]], ran phone lines that took up to 300 orders a day from buyers in [[L Moss Side]], [[L Hulme]] and [[L Longsight]]. Officers raided 14 addresses in March last year, including a flat above a takeaway on [[L Wilmslow Road]] and a house on [[L Claremont Road]].

Detective Inspector [[P Gareth Blundell]] said the force had recovered £240,000 in cash and two handguns hidden in a garage in [[L Gorton]]. "This was a business, and it was run like one," [[P Blundell]] said.

Prosecutor [[P Naomi Sturridge]], for the [[O Crown Prosecution Service]], told the court that [[P Okafor-Reid]] had given orders from [[L HMP Forest Bank]], where he was held for an unrelated offence, using a phone smuggled into the prison.

[[P Kettleborough]] said two of the youngest members, aged 17 and 18 when they were recruited, had been "used and discarded". They were given four years each.

The [[O Manchester City Council]] said it would close the alley off [[L Great Western Street]] where most deals took place. [[P Bernadette Afolayan]], who runs the youth charity [[O Hideaway Youth Project]] in [[L Moss Side]], said the sentences would not end the trade. "Another group will take over the lines by next month unless boys here have somewhere else to go," she said.`,
  },
  {
    name: 'reuters colombo provincial council elections parties with long sinhala names and acronyms an alliance the election commission by long name provinces a tamil party a monitors group and a sign-off',
    text: `[[L COLOMBO]], Oct 5 ([[O Reuters]]) - [[L Sri Lanka]]'s ruling [[O National People's Power]] ([[O NPP]]) won control of seven of the island's nine provincial councils in elections held on Saturday, the first provincial polls in more than a decade.

The [[O Election Commission of Sri Lanka]] said on Sunday that the [[O NPP]] took 52 percent of the vote nationwide. The [[O Samagi Jana Balawegaya]] ([[O SJB]]), the main opposition party, came second with 24 percent and won the [[L Central Province]].

The [[O Sri Lanka Podujana Peramuna]] ([[O SLPP]]), which governed until 2022, won 6 percent, its worst result since it was founded.

In the [[L Northern Province]], the [[O Ilankai Tamil Arasu Kachchi]] ([[O ITAK]]) won 21 of 38 seats and will form the council's administration in [[L Jaffna]]. Its leader, [[P Sivagnanam Thurairajah]], said he would press the government to hand more powers over land and police to the provinces.

Election commission chairman [[P R.M.A.L. Ratnayake-Perera]] said turnout was 68 percent, and that no serious violence had been reported. The monitoring group [[O People's Action for Free and Fair Elections]] ([[O PAFFREL]]) said it had received 410 complaints, mostly about posters put up after the campaign ended.

President [[P Anura Wickramasinghe-Bandara]] thanked voters in a post on [[X X]] and said the councils would be given budgets "worthy of their name".

[[P Harini Dissanayake]], a political scientist at the [[O University of Colombo]], said the opposition's win in [[L Kandy]] and [[L Nuwara Eliya]] showed that tea estate workers had turned against the government over wages. The [[O Ceylon Workers' Congress]], which represents many of them, had backed the [[O SJB]].

The [[O Central Bank of Sri Lanka]] is due to set interest rates on Thursday.

(Reporting by [[P Uditha Jayasinghe-Mohan]]; Writing by [[P Shilpa Jamkhandikar-Roy]]; Editing by [[P Raju Gopalakrishnan]])`,
  },
  {
    name: 'afp london music prize shortlist albums and the prize as none record labels a band a venue named after its district an industry body by name and acronym artists with stage names and a broadcaster',
    text: `[[L London]] ([[O AFP]]) - A debut album recorded in a church hall in [[L Leeds]] was named on Thursday among 12 records shortlisted for the [[X Mercury Prize]], the award for the best British or Irish album of the year.

Singer [[P Imogen Thackeray]]'s [[X Salt Between Us]], released by the independent label [[O Warp Records]], is the bookmakers' favourite. She is joined on the list by the [[L Glasgow]] band [[O The Lowland Weavers]], whose third album [[X Harbour Lights]] came out on [[O Rough Trade Records]], and by the [[L London]] rapper [[P Kwesi Adjei-Marsh]], who records as [[P Little Ashanti]].

[[O XL Recordings]] and [[O Domino]] have two albums each on the list. Only one album from a major label, [[X Nine Rooms]] by [[P Ruaridh McPhail]] on [[O Polydor]], was chosen.

The chair of the judges, the broadcaster [[P Lorraine Achebe-Wood]], said the panel had listened to 220 albums over four months. "This year the list sounds like [[L Britain]] at night: restless, funny, a bit tired," she said.

The winner, who receives £25,000, will be announced at the [[L Eventim Apollo]] in [[L Hammersmith]] on September 10. The ceremony will be broadcast by the [[O BBC]].

The prize is run by the [[O British Phonographic Industry]] ([[O BPI]]), which said sales of vinyl records rose 11 percent last year. Independent labels released 9 of the 12 shortlisted albums, the highest number since 2011.

[[P Thackeray]], 24, told [[O AFP]] she had recorded the album with a borrowed microphone at [[L St Aidan's Church]] in [[L Harehills]]. "The caretaker let us in after choir practice," she said. Her album has been streamed 40 million times on [[O Spotify]].`,
  },
  {
    name: 'wikinews-style obituary of a lebanese architect a family named many times with full names and surname alone a university a firm named after its founders a building and a prize as none a ministry and a sources list',
    text: `Lebanese architect [[P Nadim Khoury-Sabbagh]] dies aged 88

Tuesday, April 6, 2027

[[P Nadim Khoury-Sabbagh]], the Lebanese architect whose concrete towers and rebuilt souks shaped post-war [[L Beirut]], died on Sunday at his home in [[L Broummana]], his family said. He was 88.

Born in [[L Tripoli]] in 1938, [[P Khoury-Sabbagh]] studied at the [[O American University of Beirut]] and later at the [[O Architectural Association]] in [[L London]]. In 1966 he founded the firm [[O Khoury-Sabbagh & Haddad]] with his classmate [[P Raymond Haddad]], who died in 2009.

His best-known building, the [[L Sabbagh Tower]] on [[L Hamra Street]], survived shelling during the civil war and was restored in 1995. He also designed the main campus of the [[O Lebanese University]] in [[L Hadath]] and a library in [[L Sidon]].

After the war, [[P Khoury-Sabbagh]] led the team that rebuilt the old souks of [[L Tripoli]] for the [[O Council for Development and Reconstruction]]. In 2004 he received the [[X Aga Khan Award for Architecture]] for that work.

He is survived by his wife, the painter [[P Mona Khoury-Sabbagh]], whose work hangs in the [[L Sursock Museum]], and by their children [[P Karim]] and [[P Lina]]. [[P Karim Khoury-Sabbagh]] now runs the firm; [[P Lina Khoury-Sabbagh]] teaches at [[O Columbia University]] in [[L New York]].

"My father believed a city was a promise between neighbours," [[P Karim Khoury-Sabbagh]] said. "He never stopped drawing, even last week."

[[L Lebanon]]'s [[O Ministry of Culture]] said a funeral would be held on Wednesday at [[L St George's Cathedral]] in downtown [[L Beirut]]. The [[O Order of Engineers and Architects]] called him "the conscience of our profession".

Sources

"[[L Beirut]] mourns architect of the souks" — [[O L'Orient-Le Jour]], April 5, 2027
"[[P Nadim Khoury-Sabbagh]], 1938–2027" — [[O The Architects' Journal]], April 5, 2027`,
  },
];

export const BATCH_111: EntityCase[] = [
  {
    name: 'reuters singapore tanker collision vessels as none a port authority by long name and acronym shipping firms with flags a strait an anchorage a navy a coast guard an oil major and a sign-off',
    text: `[[L SINGAPORE]], March 3 ([[O Reuters]]) - Two tankers collided in the [[L Singapore Strait]] early on Tuesday, spilling an estimated 400 tonnes of fuel oil near the [[L Eastern Anchorage]] and closing part of one of the world's busiest shipping lanes for six hours.

The [[O Maritime and Port Authority of Singapore]] ([[O MPA]]) said the Liberian-flagged [[X Pacific Amethyst]], which was carrying crude from [[L Ras Tanura]] in [[L Saudi Arabia]], struck the side of the [[L Panama]]-flagged [[X Ocean Vigour]] at about 3:40 a.m. as the second ship was leaving the anchorage.

No one was hurt, the authority said. The [[X Ocean Vigour]], which is managed by the [[L Hong Kong]]-based [[O Valiant Ship Management]], had one of its fuel tanks breached.

The [[O Republic of Singapore Navy]] and the [[O Police Coast Guard]] sent 14 vessels to contain the slick, and booms were laid off [[L Sentosa]] and [[L East Coast Park]], where beaches were closed. The [[O National Environment Agency]] said it was testing the water every two hours.

[[O Shell]], which owns a refinery on [[L Pulau Bukom]], said its operations were not affected. The owner of the [[X Pacific Amethyst]], the Greek company [[O Thenamaris]], said it was cooperating with investigators.

[[P Teo Wei Ling]], an analyst at the shipbroker [[O Braemar]] in [[L Singapore]], said about 200 ships had been held at anchor during the closure. "Six hours is a long time in this strait," she said.

[[L Malaysia]]'s [[O Marine Department]] said oil had not reached [[L Johor]]. The [[O Malaysian Maritime Enforcement Agency]] sent two boats to patrol the border waters.

[[L Singapore]] is the world's largest bunkering port, selling about 50 million tonnes of marine fuel a year.

(Reporting by [[P Jeslyn Lerh-Tan]] and [[P Chen Lin-Hui]]; Editing by [[P Kanupriya Kapoor-Shaw]])`,
  },
  {
    name: 'wikinews-style tonga election a legislative assembly a party with a long name and acronym nobles with lord before a name tongan names with the okina island groups an electoral commission and a sources list',
    text: `[[L Tonga]] elects new parliament as democrats gain seats

Friday, November 19, 2027

Voters in [[L Tonga]] elected 17 people's representatives to the [[O Legislative Assembly]] on Thursday, with candidates of the [[O Democratic Party of the Friendly Islands]] ([[O DPFI]]) winning eight seats, two more than in 2023, according to provisional results.

The [[O Tonga Electoral Commission]] said 61 percent of the 62,000 registered voters took part. Nine further seats in the 26-member house are held by nobles, who are chosen by the country's 33 noble title holders.

In [[L Tongatapu]], the main island, the party's leader [[P ʻAkosita Fifita-Lavulo]] won her seat with the largest majority in the country. She said the new house should "finish the work of 2010", when most seats were first chosen by the people.

On [[L Vavaʻu]], former minister [[P Semisi Tāufa]] lost his seat to [[P Viliami Hufanga]], a teacher, by 42 votes. [[P Tāufa]] said he would ask for a recount. On [[L ʻEua]] and in the [[L Haʻapai]] group, sitting members were returned.

Among the nobles, Lord [[P Vaea]] and Lord [[P Tuʻilakepa]] kept their seats. Lord [[P Tuʻilakepa]] was Speaker in the last parliament.

The new house will choose a prime minister within 14 days. King [[P Tupou VI]] will open parliament in [[L Nukuʻalofa]] in December.

Observers from the [[O Pacific Islands Forum]] said the vote was peaceful and well run, though bad weather had delayed ballot boxes from [[L Niuafoʻou]], which is reached by boat. The [[O Commonwealth]] did not send a team.

Sources

"Democrats gain in [[L Tonga]] vote" — [[O Radio New Zealand]], November 18, 2027
"Results from the islands" — [[O Matangi Tonga]], November 19, 2027`,
  },
  {
    name: 'reuters almaty gas field and pipeline a state energy company by name and acronym fields as places a pipeline consortium by name and acronym a pipeline as none a ministry kazakh names with patronymics western partners and a sign-off',
    text: `[[L ALMATY]], June 11 ([[O Reuters]]) - [[L Kazakhstan]] will spend $4.8 billion with foreign partners to raise gas output at the [[L Karachaganak]] field and build a new pipeline to feed a processing plant near [[L Aksai]], the energy ministry said on Wednesday.

Under the plan, the consortium that runs [[L Karachaganak]], led by [[O Eni]] and [[O Shell]], will drill 12 new wells and send more gas to the plant instead of pumping it back underground. The state company [[O QazaqGaz]] will build a 140-kilometre pipeline, to be called [[X Karachaganak–Aksai 2]], by 2029.

Energy Minister [[P Almasadam Satkaliyev-Nurlan]] told reporters in [[L Astana]] that the country needed the gas for homes in the north and for a power station in [[L Oral]]. "Every cubic metre we burn at home is one we do not have to buy from [[L Russia]]," he said.

[[O KazMunayGas]] ([[O KMG]]), the state oil company, holds 10 percent of the project. Its chief executive, [[P Askhat Khasenuly]], said the company was also in talks with [[O TotalEnergies]] about the [[L Kalamkas]] offshore field in the [[L Caspian Sea]].

Most of [[L Kazakhstan]]'s crude is sent through the [[O Caspian Pipeline Consortium]] ([[O CPC]]) to the Russian port of [[L Novorossiysk]]. Drone attacks on the port last year halted loadings twice.

[[P Dinara Bekmukhambetovna]], an energy analyst at [[O Halyk Finance]] in [[L Almaty]], said the deal was "a sign that the western partners are staying, after years of arguing about costs." The partners and the government settled a dispute over the field's revenues in 2024.

[[O Eni]] said in [[L Milan]] that the first new wells would be drilled next spring.

(Reporting by [[P Olzhas Auyezov-Kim]]; Editing by [[P Susan Fenton-Brook]])`,
  },
  {
    name: 'ap amman water swap a water authority and a ministry with and a valley a sea a gulf port a desalination project as none an emirati firm an israeli water company a jordanian parliament committee and arabic names with al',
    text: `[[L AMMAN]], [[L Jordan]] ([[O AP]]) — [[L Jordan]] signed a deal Monday to build a desalination plant on the [[L Red Sea]] that officials say will supply a third of the country's drinking water by 2031.

The plant, known as the [[X Aqaba-Amman Water Desalination and Conveyance Project]], will take seawater near the port of [[L Aqaba]] and pump 300 million cubic meters of fresh water a year through a 450-kilometer pipe to [[L Amman]] and other cities.

Minister of Water and Irrigation [[P Raed Abu al-Saud Haddadin]] said at the signing that the country, one of the driest in the world, could no longer rely on wells that were "falling by a meter every year." He said the [[O Ministry of Water and Irrigation]] would buy the water from the builders for 26 years.

The plant will be built by a group led by the French company [[O Meridiam]] and the Belgian dredger [[O DEME]]. The Emirati company [[O Masdar]] will build a solar farm in the [[L Wadi Araba]] desert to power it.

The [[O Jordan Valley Authority]], which manages farms along the [[L Jordan River]], said farmers in the valley would receive treated water freed up by the project. The [[L Dead Sea]], fed by the river, has dropped about 30 meters since the 1970s.

[[O Mekorot]], the Israeli national water company, already sells [[L Jordan]] 100 million cubic meters a year under a 1994 treaty. A wider plan to swap Jordanian solar power for Israeli water was frozen after the [[L Gaza]] war began.

[[P Hala Zawati-Khalaf]], who heads the energy committee of the [[O House of Representatives]], said the price of the water was too high. "Families in [[L Zarqa]] already get water once a week," she said.

The [[O World Bank]] and the [[O European Investment Bank]] will lend about $1.5 billion.`,
  },
  {
    name: 'reuters brasilia dengue vaccine approval a health regulator and a research foundation by short names a public institute in portuguese and english a vaccine as none a japanese drugmaker states a health ministry and a sign-off',
    text: `[[L BRASILIA]], Feb 9 ([[O Reuters]]) - [[L Brazil]]'s health regulator [[O Anvisa]] on Monday approved a single-dose dengue vaccine developed by the [[O Butantan Institute]], the first made in the country, as cases rose in [[L São Paulo]] and [[L Minas Gerais]].

The vaccine, called [[X Butantan-DV]], will be given free through the public health system to people aged 12 to 59 from March, the [[O Health Ministry]] said. About 1 million doses are ready and [[O Instituto Butantan]] expects to make 60 million a year by 2028.

In a trial of 16,000 volunteers published in [[X The New England Journal of Medicine]], the vaccine prevented about 80 percent of cases over five years. [[P Esper Kallás-Monteiro]], the institute's director, said it worked against all four types of the virus.

Health Minister [[P Alexandre Padilha-Souto]] said the government would give priority to cities with the most cases, including [[L Belo Horizonte]], [[L Campinas]] and [[L Goiânia]]. [[L Brazil]] recorded 6.5 million dengue cases and more than 6,000 deaths in 2024, its worst year.

Until now the country has relied on [[X Qdenga]], a two-dose vaccine made by the Japanese company [[O Takeda Pharmaceutical]], which can make only a few million doses a year for [[L Brazil]].

The [[O Oswaldo Cruz Foundation]] ([[O Fiocruz]]), a public research body in [[L Rio de Janeiro]], said it was testing a new way of releasing mosquitoes carrying a bacterium that stops them spreading the virus. The project has been run in [[L Niterói]] since 2017.

[[P Mariana Tavares-Lobo]], an epidemiologist at the [[O University of São Paulo]], said the approval came "late for this summer, but early for the next."

The [[O Pan American Health Organization]] said cases were also rising in [[L Argentina]] and [[L Paraguay]].

(Reporting by [[P Lisandra Paraguassu-Reis]]; Editing by [[P Brad Haynes-Ortiz]])`,
  },
  {
    name: 'wikinews-style busan film festival films and the festival and its awards as none a korean film council by name and acronym a studio and a distributor a cinema centre named after the city directors with family name first and a sources list',
    text: `Nepalese drama wins top prize at [[X Busan International Film Festival]]

Saturday, October 9, 2027

[[X The River Knows]], a drama about a family of boatmen on the [[L Karnali River]] in western [[L Nepal]], won the [[X New Currents Award]] on Friday at the close of the [[X Busan International Film Festival]] in [[L South Korea]].

Director [[P Sushma Gurung-Thapa]], 34, made the film with a crew of eleven and a budget of about $300,000 from the [[O Nepal Film Development Board]] and a French fund. She said on stage at the [[L Busan Cinema Center]] that her actors were boatmen from [[L Chisapani]] who had "never seen a camera before this."

The festival, [[L Asia]]'s largest, showed 224 films from 63 countries over ten days. The [[X Kim Jiseok Award]] went to the Kazakh film [[X Steppe Wind]] by [[P Adilkhan Yerzhanov-Bek]].

South Korean studio [[O CJ ENM]] bought the rights to remake [[X The River Knows]] in Korean, the company said. The distributor [[O Mubi]] will release the film in [[L Britain]] and [[L North America]].

Among Korean films, [[P Park Seo-yeon]]'s thriller [[X Night Ferry]], which opened the festival, was the most watched. [[P Park]] previously directed [[X Harbour of Lies]], which won a prize at the [[X Berlin International Film Festival]] in 2023.

The [[O Korean Film Council]] ([[O KOFIC]]) said on Friday that cinema audiences in [[L South Korea]] had fallen 8 percent this year. The festival's director, [[P Jung Han-seok]], said [[L Busan]] would "keep the big screen alive" and that the festival's budget from the [[O Busan Metropolitan City]] government had been secured until 2030.

Sources

"[[L Nepal]] film takes [[L Busan]] prize" — [[O The Korea Herald]], October 9, 2027
"[[L Busan]] wraps with Himalayan win" — [[O Variety]], October 8, 2027`,
  },
];

export const BATCH_112: EntityCase[] = [
  {
    name: 'reuters jakarta rate decision the central bank and its governor the rupiah as none the finance ministry a statistics agency a state bank a ratings agency economists with single names and a sign-off',
    text: `[[L JAKARTA]], July 17 ([[O Reuters]]) - [[O Bank Indonesia]] held its benchmark rate at 5.25% on Wednesday, as expected, saying it wanted to steady the rupiah after the currency fell to its weakest level in a year against the dollar.

Governor [[P Perry Wijaya-Sutanto]] told a news conference that the bank would keep selling dollars and buying government bonds to calm markets. "Our priority now is stability," he said. All 28 economists polled by [[O Reuters]] last week expected no change.

The rupiah has lost 4% since May, when [[O Fitch Ratings]] warned that President [[P Bambang Prasetyo]]'s plans for free school meals and a new sovereign wealth fund, [[O Danantara]], could strain the budget.

Finance Minister [[P Sri Wahyuningsih]] said in a statement that the deficit would stay below the legal limit of 3% of gross domestic product. The [[O Finance Ministry]] sold 12 trillion rupiah of bonds on Tuesday, less than it had planned.

[[O Statistics Indonesia]] said inflation was 2.4% in June. Growth slowed to 4.9% in the first quarter, the weakest since 2021, as households in [[L Java]] cut spending.

[[P Enrico Tanuwidjaja-Lim]], an economist at [[O Bank UOB Indonesia]], said the central bank could cut rates in the fourth quarter if the [[O Federal Reserve]] did so first. [[P Faisal]], an economist at [[O Bank Mandiri]], said the bank was "buying time".

Shares in [[L Jakarta]] rose 0.6% after the decision. Bond yields fell slightly, and traders at [[O Bank Central Asia]] said foreign funds had bought government debt for a second day, the first such run since April. The bank's next meeting is on August 20.

(Reporting by [[P Stefanno Sulaiman-Ho]] and [[P Gayatri Suroyo]]; Editing by [[P Kim Coghill-Ross]])`,
  },
  {
    name: 'ap phoenix heat deaths a county medical examiner a county public health department a city and its mayor a utility shelters a weather service office a university and a charity',
    text: `[[L PHOENIX]] ([[O AP]]) — At least 41 people died from heat in the [[L Phoenix]] area in July, the deadliest month on record, as temperatures topped 110 degrees Fahrenheit on 23 days, officials said Thursday.

The [[O Maricopa County Medical Examiner's Office]] said another 180 deaths were being investigated, and the final number would not be known until autumn. More than half of those who died were homeless, the office said.

[[O Maricopa County Department of Public Health]] director [[P Marcy Delgado-Hirsch]] said many people died outdoors in [[L Phoenix]], [[L Mesa]] and [[L Tempe]], but that about one in five died inside homes where air conditioning had failed or been switched off to save money.

Mayor [[P Katrina Oyelaran]] said the city would keep its cooling centers open until 10 p.m. through September. The [[O Phoenix City Council]] voted in June to spend $4 million on a shelter on [[L Washington Street]].

The [[O National Weather Service]] office in [[L Phoenix]] said the average temperature for July was 99.1 degrees, beating the record set in 2023. It issued an extreme heat warning for [[L Maricopa County]] and [[L Pinal County]] through the weekend.

[[O Salt River Project]], one of the two utilities that serve the area, said it had halted disconnections for unpaid bills until October. [[O Arizona Public Service]] made the same pledge last year after a woman died in her home in [[L Sun City West]].

[[P David Hondula-Marks]], who studies heat at [[O Arizona State University]], said the deaths were "not a natural disaster, they are a housing disaster."

The charity [[O Keys to Change]], which runs a campus for homeless people near downtown, said it had given out 90,000 bottles of water in July.`,
  },
  {
    name: 'wikinews-style test cricket pakistan and new zealand named by country a stadium a cricket board by name and acronym players with single and double names the icc a series as none and a sources list',
    text: `[[O Pakistan]] beat [[O New Zealand]] by seven wickets in [[L Rawalpindi]]

Monday, December 13, 2027

[[O Pakistan]] beat [[O New Zealand]] by seven wickets on the fifth day of the first Test at [[L Rawalpindi Cricket Stadium]] on Monday, chasing 241 with more than a session to spare.

Opener [[P Saim Ayub-Rana]] made 96 before he was caught at slip, and captain [[P Shan Masood]] finished unbeaten on 58. Spinner [[P Noman Ali]] took nine wickets in the match.

[[O New Zealand]] had led by 31 runs after the first innings, thanks to 142 by [[P Devon Conway-Hart]]. But they collapsed from 160 for two to 209 all out on Sunday, losing eight wickets for 49 runs. [[P Conway-Hart]] said the pitch had "turned a lot more than we thought it would."

[[O New Zealand]] captain [[P Tom Latham-Reeve]] said his side would bring in a second spinner for the second Test, which starts in [[L Karachi]] on Saturday at the [[L National Bank Stadium]].

The [[O Pakistan Cricket Board]] ([[O PCB]]) said 18,000 people watched the final day, the largest crowd for a Test in [[L Rawalpindi]] since 2004. Its chairman, [[P Mohsin Naqvi-Khan]], said the board would spend 2 billion rupees on new stands in [[L Multan]] and [[L Lahore]]. [[P Ayub-Rana]], 25, was named player of the match in only his sixth Test, and said he had learned to play spin on the streets of [[L Karachi]].

The win lifts [[O Pakistan]] to fourth in the [[X World Test Championship]] table. The [[O International Cricket Council]] ([[O ICC]]) fined both sides 10 percent of their match fees for a slow over rate.

Sources

"[[O Pakistan]] spin [[O New Zealand]] out" — [[O Dawn]], December 13, 2027
"[[O Black Caps]] collapse in [[L Pindi]]" — [[O Stuff]], December 13, 2027`,
  },
  {
    name: 'reuters paris airline results an airline group with a hyphen and its brands a dutch government stake a budget airline a union an aircraft maker with aircraft as none an engine maker and a sign-off',
    text: `[[L PARIS]], Oct 30 ([[O Reuters]]) - [[O Air France-KLM]] posted a 12% rise in third-quarter operating profit on Thursday, helped by strong demand for flights across the [[L Atlantic]] and lower fuel costs, and said it would buy a stake in a Scandinavian rival.

The group, which owns [[O Air France]], [[O KLM]] and the low-cost carrier [[O Transavia]], said it would raise its holding in [[O SAS]] to 60% from 19.9%, subject to approval by the [[O European Commission]].

Chief executive [[P Benjamin Smith-Laval]] said the deal would give the group a third hub in [[L Copenhagen]] alongside [[L Paris Charles de Gaulle]] and [[L Amsterdam Schiphol]]. The [[L Netherlands]] and [[L France]] each own about 9% of [[O Air France-KLM]].

[[O KLM]] has been in a dispute with the Dutch government over plans to cap flights at [[L Schiphol]]. The airline's pilots' union, [[O VNV]], said on Wednesday it would hold a ballot on strikes over pay.

Unions at [[O Air France]] said they would ask for guarantees that no jobs would move to [[L Copenhagen]] or [[L Stockholm]].

[[O Air France-KLM]] said delays to new [[X A350]] jets from [[O Airbus]] and engine problems on its [[X A220]] fleet, whose engines are made by [[O Pratt & Whitney]], would cost it about 150 million euros this year.

Finance chief [[P Steven Zaat-Mulder]] said bookings for the winter were 3% higher than a year ago. [[O Ryanair]] and [[O easyJet]] have warned of weaker fares in [[L Europe]] this winter.

Shares of [[O Air France-KLM]] rose 6.1% in [[L Paris]]. [[O Lufthansa]], which owns a stake in [[O ITA Airways]], will report results next week. [[O IAG]], the owner of [[O British Airways]], reports on November 7.

(Reporting by [[P Tim Hepher-Grant]] and [[P Mathieu Rosemain-Dubois]]; Editing by [[P Sudip Kar-Gupta]])`,
  },
  {
    name: 'afp nairobi high court ruling on protest ban a high court a judge the interior ministry a police service a rights commission by name and acronym a lawyers society streets a park and kenyan names',
    text: `[[L Nairobi]] ([[O AFP]]) - [[L Kenya]]'s [[O High Court]] on Tuesday struck down a ban on protests in central [[L Nairobi]], saying the government had no power to close the city centre to demonstrators.

Justice [[P Chacha Mwita-Ouko]] said the order issued by the [[O Ministry of Interior and National Administration]] in July breached the constitution, which protects the right to "assemble, demonstrate, picket and present petitions". The case was brought by the [[O Law Society of Kenya]] and the rights group [[O Katiba Institute]].

The [[O National Police Service]] had enforced the ban by blocking roads into the business district, including [[L Kenyatta Avenue]] and [[L Moi Avenue]], and firing tear gas at crowds gathering near [[L Uhuru Park]].

Interior Minister [[P Kipchumba Murkomen-Ruto]] said the government would appeal. "We respect the courts, but we also have a duty to protect property," he told reporters in [[L Eldoret]].

The [[O Kenya National Commission on Human Rights]] ([[O KNCHR]]) said 61 people had been killed during protests against tax rises and police abuses since June last year. Its chairwoman, [[P Roseline Odede-Achieng]], welcomed the ruling.

[[P Faith Odhiambo]], president of the [[O Law Society of Kenya]], said outside the court on [[L City Hall Way]] that the ruling was "a victory for every Kenyan who wants to be heard."

Young protesters, many of whom organise on [[X TikTok]] and [[X X]], have called for new marches on Thursday. The [[O United Nations]] human rights office in [[L Geneva]] urged police to show restraint. Business owners on [[L Tom Mboya Street]] said they had lost weeks of trade to the closures, and the [[O Kenya Private Sector Alliance]] said it would ask the government for help.`,
  },
  {
    name: 'reuters calgary pipeline dispute a province and its premier a federal minister a pipeline as none a crown corporation a regulator by name and acronym first nations an oil company with a ticker a port a bank economist and a sign-off',
    text: `[[L CALGARY]], [[L Alberta]], May 21 ([[O Reuters]]) - [[L Alberta]] Premier [[P Danielle Smith-Olsen]] on Wednesday asked [[L Ottawa]] to back a new oil pipeline to the northern coast of [[L British Columbia]], setting up a clash with the province's government and several First Nations.

[[P Smith-Olsen]] said the line, which she called the [[X Northern Corridor Pipeline]], could carry 1 million barrels a day from [[L Edmonton]] to a port near [[L Prince Rupert]]. She wants the federal government to lift a ban on tankers along that coast.

Federal Energy Minister [[P Tim Hodgson-Beaulieu]] said in [[L Ottawa]] that any project would need the support of [[L British Columbia]] and of the First Nations whose land it would cross. [[L British Columbia]] Premier [[P David Eby-Lund]] said his government would "not accept tankers in the [[L Hecate Strait]]."

The [[O Coastal First Nations]], an alliance of nine nations, said in a statement that the ban was "not for sale." The [[O Haisla Nation]], which is a partner in a gas export plant at [[L Kitimat]], said it was open to talks.

The federal [[O Canada Energy Regulator]] ([[O CER]]) would review any application. The [[X Trans Mountain]] pipeline, owned by the federal government through the [[O Trans Mountain Corporation]], began shipping oil to [[L Burnaby]] in 2024 after years of delays.

[[O Cenovus Energy]], whose shares rose 1.2% in [[L Toronto]], said it would consider committing oil to the line. [[O Suncor]] declined to comment.

[[P Rory Johnston-Hale]], an analyst at [[O Commodity Context]], said no company would build the pipeline without a federal guarantee. The [[O Canadian Association of Petroleum Producers]] said output in [[L Alberta]] would reach 5 million barrels a day by 2028, more than the existing lines can carry.

(Reporting by [[P Amanda Stephenson-Ray]] in [[L Calgary]]; Editing by [[P Marguerita Choy-Lane]])`,
  },
];
