/**
 * Blind entity batches 26-28 (helper ents17a, 2 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 28 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_9 are made from batches 25-27 only and never against it. They aim at what batches
 * 1-25 covered least: Kazakhstan, Colombia, Uruguay, Finland, Minnesota, Sri Lanka, Taiwan, Montana,
 * Fiji, Bosnia, Ethiopia, Romania, Louisiana, Uzbekistan and ice hockey's world championship; a
 * rocket launch with satellites as none, an oil auction under a caps dateline with a sign-off, a
 * school board levy with PACs, a continental club final with clubs named after cities, a
 * conductor's obituary with von and works, a court ruling abroad, a chipmaker with AI models and
 * apps, a legislature with counties, a cyclone, a film prize, an airline's jet order, a measles
 * outbreak with Romanian diacritics, parishes and a sheriff race, national ice hockey teams, and a
 * miner named after its town.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_26: EntityCase[] = [
  {
    name: 'wikinews kazakhstan weather satellite launch',
    text: `[[L Kazakhstan]] launches its first weather satellite from [[L Baikonur]]

Thursday, April 9, 2026

[[L Kazakhstan]] launched its first weather satellite on Wednesday from the [[L Baikonur Cosmodrome]], the country's space agency said, ending a decade in which it bought its forecasts' satellite images from abroad.

The satellite, [[X KazMeteoSat-1]], lifted off at 09:14 local time on a [[X Soyuz-2.1b]] rocket and separated from the upper stage about an hour later, [[O Kazakhstan Gharyshy Sapary]], the national satellite operator, said. Its solar panels opened and it sent its first signals to a ground station near [[L Astana]] that evening.

The satellite was built by [[O Airbus Defence and Space]] in [[L Toulouse]] with parts made at an assembly centre in [[L Astana]]. It carries a camera that sees in twelve wavelengths and an instrument that measures the temperature of the air at different heights. The [[O Aerospace Committee]] of the [[O Ministry of Digital Development]] paid about $190 million for the satellite and its launch.

Minister [[P Zhaslan Madiyev]] said forecasts for farmers in the north and for airports would improve from the summer. "Our steppe is large and our weather stations are few," he said. "From space we see all of it."

[[P Äigerim Nurbekqyzy]], a meteorologist at [[O Kazhydromet]], the state weather service, said the satellite would help warn of dust storms around the [[L Aral Sea]] and of floods like those of 2024, when rivers in the [[L Kostanay Region]] and the [[L Akmola Region]] forced about 100,000 people from their homes.

[[O Roscosmos]], which runs the launch site under a lease that [[L Kazakhstan]] signed with [[L Russia]] in 1994, said the launch went "without remarks". Its chief, [[P Dmitry Bakanov]], attended with President [[P Kassym-Jomart Tokayev]].

A second satellite, [[X KazMeteoSat-2]], is planned for 2028 and may be launched by [[O SpaceX]] from [[L Vandenberg Space Force Base]] in [[L California]], the ministry said.

Sources

"[[L Казахстан]] запустил первый метеоспутник" — [[O Kazinform]], April 8, 2026
"[[L Kazakhstan]] puts weather satellite in orbit" — [[O The Astana Times]], April 8, 2026`,
  },
  {
    name: 'reuters colombia oil auction caps dateline',
    text: `[[L Colombia]]'s first oil auction in four years draws few bidders, [[O Ecopetrol]] takes most blocks

[[L BOGOTA]], March 3 ([[O Reuters]]) - [[L Colombia]]'s first oil and gas auction since 2021 drew bids for only seven of 32 blocks on Tuesday, with state-run [[O Ecopetrol]] ([[X ECO.N]]) taking five of them, the [[O National Hydrocarbons Agency]] ([[O ANH]]) said.

The government of President [[P Gustavo Petro]] had promised not to sign new exploration contracts, but allowed the auction after natural gas reserves fell to about six years of output and [[L Colombia]] began importing liquefied gas through a terminal in [[L Cartagena]].

[[O Ecopetrol]] bid alone for four blocks in the [[L Llanos]] basin and with [[O Parex Resources]] ([[X PXT.TO]]) for one offshore block near [[L La Guajira]]. [[O Canacol Energy]], a [[L Calgary]]-based gas producer, won two blocks in the [[L Lower Magdalena Valley]], where it already pumps most of its gas.

No bids came for the deep-water blocks in the [[L Caribbean]], which [[O Shell]] and [[O Petrobras]] had studied. "The rules changed too often for a ten-year bet," said [[P Camilo Sánchez de la Vega]], who heads the oil producers' association [[O ACP]] in [[L Bogota]].

[[O ANH]] president [[P Orlando Velandia]] said the result was "a start" and that the agency would offer the remaining blocks again in September. Mines and Energy Minister [[P Edwin Palma]] told [[O Blu Radio]] that gas, not oil, was the priority and that the country would not allow fracking.

Shares of [[O Ecopetrol]] rose 1.9% in [[L Bogota]], where the company is listed alongside [[L New York]]. Its chief executive, [[P Ricardo Roa]], said the blocks would add gas for homes in [[L Barranquilla]] and [[L Medellín]] from 2030.

Environmental group [[O Ambiente y Sociedad]] said one block near [[L Santa Marta]] overlapped with land claimed by the [[O Wiwa]] and [[O Arhuaco]] peoples, and that it would ask the [[O Constitutional Court]] to suspend it.

(Reporting by [[P Luis Jaime Acosta]] and [[P Nelson Bocanegra]] in [[L Bogota]]; Additional reporting by [[P Marianna Parraga]] in [[L Houston]]; Editing by [[P Sandra Maler]])`,
  },
  {
    name: 'us local minnesota school board levy',
    text: `[[O Minneapolis Public Schools]] levy passes as board races draw PAC money

[[L MINNEAPOLIS]] — Voters in [[L Minneapolis]] approved a property tax increase for the city's schools on Tuesday and elected two newcomers to the school board, in races that drew more outside money than ever, according to the [[O Hennepin County]] elections office.

The operating levy, listed as [[X School District Question 1]] on the ballot, passed with 63% of the vote. It will raise about $42 million a year for eight years, which the district says it needs to keep class sizes from growing after the end of federal pandemic aid.

Superintendent [[P Lisa Sayles-Adams]] said the vote "tells our kids this city has their backs". The district faces a $75 million shortfall next year and has already agreed to close two schools in [[L North Minneapolis]].

In the at-large board race, [[P Abdirahman Warsame]], a former teacher at [[L Roosevelt High School]], and [[P Kerry Jo Felder-Lind]] defeated incumbents backed by the [[O Minnesota DFL]]. A political committee called [[O Kids First Minneapolis]] spent about $390,000 on mailers and online ads, most of it given by [[O Education Minnesota]] and by a foundation set up by the family that founded [[O Target]].

[[O Minnesota Families for Equity]], a PAC funded by [[O Stand for Children]], spent $210,000 on the other side. Its director, [[P Josh Crosson]], said the result showed that parents were "tired of the same board".

In neighbouring [[L St. Paul]], voters re-elected all three board members on the ballot. In [[L Anoka County]], a bond for a new school in [[L Ramsey]] failed by 212 votes, and the district said it would ask again in 2027.

The [[O Minnesota Legislature]] passed a law in 2023 that lets school boards raise levies without a vote up to a set amount. State Rep. [[P Peggy Bennett]], a Republican from [[L Albert Lea]], said she would file a bill to repeal it when lawmakers return to [[L St. Paul]] in February.

Results are unofficial until the [[O Hennepin County Canvassing Board]] certifies them next week.`,
  },
  {
    name: 'sport copa libertadores clubs named after cities',
    text: `[[O Independiente del Valle]] beat [[O Nacional]] to reach [[X Copa Libertadores]] final

Thursday, October 29, 2026

[[O Independiente del Valle]] of [[L Ecuador]] reached the final of the [[X Copa Libertadores]] for the first time on Wednesday, beating [[O Nacional]] of [[L Uruguay]] 2–1 at the [[L Estadio Centenario]] in [[L Montevideo]] and 4–2 on aggregate.

Forward [[P Kendry Páez-Quiñónez]] scored twice in the first half. [[O Nacional]] pulled one back through [[P Gonzalo Carneiro]] after the break, but could not find the two goals they needed in front of 55,000 fans.

The club from [[L Sangolquí]], near [[L Quito]], was founded in 1958 and reached the top flight only in 2010. It won the [[X Copa Sudamericana]] in 2019 and 2022. Coach [[P Javier Rabanal]] said his players "deserve to be remembered in this country like the great teams of [[O Liga de Quito]]".

In the final on November 28 at the [[L Estadio Monumental]] in [[L Lima]], they will face [[O Palmeiras]] of [[L São Paulo]] or [[O Racing]] of [[L Avellaneda]], who play the second leg of their semi-final in [[L Argentina]] on Thursday after a goalless first match.

[[O Nacional]] coach [[P Pablo Peirano]] said the first leg in [[L Quito]], at 2,800 metres above sea level, had decided the tie. "You cannot give three goals at altitude and hope," he said. [[O Nacional]], three times champions, last won the cup in 1988.

[[O CONMEBOL]], the South American football confederation, fined [[O Nacional]] $40,000 after fans threw flares onto the pitch in the second half. The match was stopped for seven minutes by the referee, [[P Wilmar Roldán]] of [[L Colombia]].

[[O Peñarol]], [[O Nacional]]'s city rivals, were knocked out in the quarter-finals by [[O Palmeiras]].

Sources

"[[O Independiente del Valle]], finalista" — [[O El Comercio]], October 28, 2026
"[[O Nacional]] se despide en el [[L Centenario]]" — [[O El País]], October 29, 2026`,
  },
  {
    name: 'obituary finnish conductor with von and works',
    text: `Finnish conductor [[P Aino von Hertzen]] dies at 81

Monday, January 12, 2026

[[P Aino von Hertzen]], a Finnish conductor who led orchestras in [[L Helsinki]], [[L Gothenburg]] and [[L Leipzig]] and was among the first women to conduct at the [[O Vienna State Opera]], died on Saturday in [[L Turku]], her family said. She was 81.

Born in [[L Vyborg]] in 1944, months before her family fled to [[L Finland]], she studied piano and conducting at the [[O Sibelius Academy]] under [[P Jorma Panula]], who also taught [[P Esa-Pekka Salonen]] and [[P Susanna Mälkki]].

She became chief conductor of the [[O Turku Philharmonic Orchestra]] in 1979 and of the [[O Gothenburg Symphony Orchestra]] in 1991. With the [[O Gewandhaus Orchestra]] she recorded the complete symphonies of [[P Jean Sibelius]] for the label [[O Ondine]], a set that won a [[X Gramophone Award]] in 1998.

Her own opera, [[X The Lighthouse Keeper's Daughter]], was first performed at the [[O Finnish National Opera]] in 2004. Critics in [[O Helsingin Sanomat]] called it "cold as the [[L Gulf of Bothnia]] and just as beautiful".

She was known for championing living composers, among them [[P Kaija Saariaho]] and the Estonian [[P Arvo Pärt]], whose [[X Cantus in Memory of Benjamin Britten]] she conducted more than a hundred times.

In 2012 she received the [[X Pro Finlandia Medal]]. [[O Yle]], the national broadcaster, said it would show her last concert, a performance of [[X Kullervo]] with the [[O Finnish Radio Symphony Orchestra]] at [[L Helsinki Music Centre]] in 2019, on Sunday evening.

Culture Minister [[P Mari-Leena Talvitie]] called her "a pioneer who opened doors for a generation". The conductor [[P Dalia Stasevska]] wrote on [[X Instagram]] that she had learned "everything about silence" from her.

She is survived by her husband, the cellist [[P Erik Lindqvist]], and two sons.

Sources

"Kapellimestari [[P Aino von Hertzen]] on kuollut" — [[O Yle]], January 11, 2026
"Finnish conductor dies" — [[O Helsinki Times]], January 11, 2026`,
  },
];

export const BATCH_27: EntityCase[] = [
  {
    name: 'wikinews sri lanka supreme court ruling',
    text: `[[O Supreme Court of Sri Lanka]] strikes down parts of online safety law

Friday, February 20, 2026

The [[O Supreme Court of Sri Lanka]] ruled on Thursday that eleven sections of the country's [[X Online Safety Act]] were inconsistent with the constitution, and that [[O Parliament]] must pass them by a two-thirds majority and at a referendum if it wants to keep them.

The law, passed in January 2024, set up an [[O Online Safety Commission]] with the power to order social media companies to remove posts it considered false. Twenty-two petitions against it were filed by journalists, lawyers and the [[O Centre for Policy Alternatives]], a research group in [[L Colombo]].

A bench of five judges led by Chief Justice [[P Murdu Fernando-Wickramasinghe]] said the commission's members could not be appointed by the president alone and that a person accused under the law must be allowed to answer before a post is removed.

[[P Ambika Satkunanathan]], a former member of the [[O Human Rights Commission of Sri Lanka]], said the ruling was "a good day for speech in this country". The [[O Asia Internet Coalition]], whose members include [[O Google]], [[O Meta]] and [[O Apple]], said it hoped the government would now consult the companies.

Public Security Minister [[P Ananda Wijepala]] told [[O Parliament]] that the government, led by President [[P Anura Kumara Dissanayake]] and his [[O National People's Power]] coalition, would respect the ruling and bring amendments within three months.

[[P Selvaraj Thanabalasingham]], a Tamil journalist from [[L Jaffna]] who was questioned by police in 2024 over a [[X Facebook]] post about a memorial for the war dead in [[L Mullivaikkal]], was among the petitioners. "I was told I had spread false statements. The statement was a list of names," he said outside the court in [[L Hulftsdorp]].

The opposition [[O Samagi Jana Balawegaya]] called for the commission to be closed. Its leader, [[P Sajith Premadasa]], said the law had been "written to protect politicians, not children".

Sources

"[[O SC]] determines [[X Online Safety Act]] sections unconstitutional" — [[O Daily Mirror]], February 19, 2026
"Court blow to online law" — [[O The Sunday Times]], February 20, 2026`,
  },
  {
    name: 'reuters taiwan chipmaker ai models and apps',
    text: `[[L Taiwan]]'s [[O MediaTek]] to put [[O Meta]]'s [[X Llama]] models on budget phones

[[L TAIPEI]], June 4 ([[O Reuters]]) - [[L Taiwan]]'s [[O MediaTek]] ([[X 2454.TW]]) said on Thursday it would run [[O Meta Platforms]]' [[X Llama]] artificial intelligence models directly on its cheapest phone chips from next year, as chip designers race to bring AI assistants to phones that cost less than $200.

The [[X Dimensity 7400]] chip will be able to run a small version of [[X Llama 4]] without sending data to the cloud, [[O MediaTek]] said at the [[X Computex]] trade show in [[L Taipei]]. Phone makers [[O Xiaomi]], [[O Oppo]] and [[O Transsion]], which sells [[X Tecno]] and [[X Infinix]] phones in [[L Africa]] and [[L South Asia]], have signed up.

"Most people in the world will never buy a flagship. They deserve the same assistant," [[O MediaTek]] chief executive [[P Rick Tsai]] told reporters.

[[O Qualcomm]] ([[X QCOM.O]]), its main rival, has a similar deal with [[O Google]] for [[X Gemini Nano]] on its [[X Snapdragon]] chips. [[O Apple]] uses its own models in [[X Apple Intelligence]].

Analyst [[P Brady Wang]] of [[O Counterpoint Research]] in [[L Hsinchu]] said running models on the phone would save app makers money on servers. A maker of translation apps, [[O Lingvo Labs]], said its [[X PocketTranslate]] app would work offline on the new chips.

The chips will be made by [[O Taiwan Semiconductor Manufacturing Co]] ([[O TSMC]]) at its plant in [[L Tainan]] on its three-nanometre process. [[O TSMC]] is also building plants in [[L Arizona]], [[L Kumamoto]] in [[L Japan]] and [[L Dresden]] in [[L Germany]].

Shares of [[O MediaTek]] rose 2.4% in [[L Taipei]], outperforming the benchmark [[X TAIEX]] index. The company is named after neither a founder nor a place: its name comes from "multimedia technology", said [[P Joe Chen]], its vice chairman.

[[O Foxconn]], formally [[O Hon Hai Precision Industry]], also showed AI servers at the fair, built with [[O Nvidia]]'s [[X Blackwell]] chips for [[O Microsoft]] and [[O Amazon Web Services]].

(Reporting by [[P Wen-Yee Lee]] and [[P Ben Blanchard]]; Editing by [[P Kim Coghill]])`,
  },
  {
    name: 'us state montana legislature and counties',
    text: `[[O Montana Legislature]] overrides veto on property tax relief for homeowners

[[L HELENA]], [[L Mont.]] — The [[O Montana Legislature]] voted on Friday to override Gov. [[P Greg Gianforte]]'s veto of a bill that shifts property taxes from homeowners to owners of second homes and short-term rentals, the first successful override in the state in more than 20 years.

The [[O Montana House]] voted 72-28 and the [[O Montana Senate]] 35-15, just over the two-thirds needed. Nine Republicans joined all Democrats in both chambers.

The bill, [[X House Bill 231]], lowers the tax rate on a primary home worth up to $400,000 and raises it on homes that are not lived in most of the year, many of them in [[L Gallatin County]], around [[L Bozeman]] and [[L Big Sky]], and in [[L Flathead County]], near [[L Whitefish]] and [[L Glacier National Park]].

Its sponsor, Rep. [[P Llew Jones]], a Republican from [[L Conrad]], said homeowners in [[L Missoula]] had seen their taxes rise by 30% in two years. "People who live here should not pay for the prices that out-of-state buyers set," he said.

[[P Gianforte]] said the bill would hurt farmers and ranchers and that "the way to cut taxes is to cut spending". His spokesman, [[P Kaitlin Price]], said the governor was weighing a legal challenge.

The [[O Montana Association of Realtors]] and a PAC funded by owners of short-term rentals, [[O Montanans for Fair Taxes]], spent about $800,000 on ads against the bill. The [[O Montana Budget and Policy Center]], a research group in [[L Helena]], said most homeowners would save about $300 a year.

In [[L Yellowstone County]], the county treasurer, [[P Jennifer Jones-Halvorsen]], said new tax bills would be sent in October. The [[O Montana Department of Revenue]] will set the rates.

The override also had the support of the [[O Montana Freedom Caucus]], which usually opposes its party's leaders, after the bill was changed to cut spending on state buildings.

The [[O Montana Supreme Court]] struck down a similar law in 1998.`,
  },
  {
    name: 'wikinews fiji cyclone',
    text: `[[X Cyclone Tino]] leaves thousands homeless in [[L Fiji]]

Sunday, January 18, 2026

Severe Tropical [[X Cyclone Tino]] killed at least six people and left about 12,000 homeless in [[L Fiji]] on Saturday, the [[O National Disaster Management Office]] said, as it crossed the northern island of [[L Vanua Levu]] with winds of up to 215 kilometres per hour.

Most of the deaths were in [[L Labasa]] and [[L Savusavu]], where rivers broke their banks and houses were torn from their foundations. The [[O Fiji Meteorological Service]] in [[L Nadi]] said the storm was the strongest to hit the island since [[X Cyclone Winston]] in 2016.

Prime Minister [[P Sitiveni Rabuka]] declared a state of natural disaster for the [[L Northern Division]] and the [[L Lau Islands]] and asked [[L Australia]] and [[L New Zealand]] for help. The [[O Royal New Zealand Air Force]] flew a [[X C-130J Hercules]] with water tanks and tents to [[L Labasa Airport]] on Sunday, and the Australian navy ship [[X HMAS Canberra]] left [[L Sydney]] with helicopters and doctors.

[[P Mereani Tuilevuka-Naidu]], a nurse at [[L Labasa Hospital]], said the building had run on a generator for two days. "We moved the babies to the corridor because the windows were breaking," she told [[O Fiji Broadcasting Corporation]].

[[O Fiji Airways]] cancelled all domestic flights until Tuesday. [[O Energy Fiji Limited]] said power had been cut to most of [[L Vanua Levu]], and the [[O Water Authority of Fiji]] asked people to boil their water.

The [[O Red Cross]] and [[O UNICEF]] said they were sending supplies from a warehouse in [[L Suva]]. The [[O World Bank]] said it could release $10 million from a disaster fund.

The cyclone weakened as it moved towards [[L Tonga]], where the [[O Tonga Meteorological Service]] issued warnings for the [[L Vavaʻu]] islands.

Sources

"TC [[X Tino]]: six confirmed dead" — [[O Fiji Times]], January 17, 2026
"[[L Vanua Levu]] counts the cost" — [[O RNZ]], January 18, 2026`,
  },
  {
    name: 'wikinews sarajevo film festival award',
    text: `Bosnian drama wins [[X Heart of Sarajevo]] at 32nd [[X Sarajevo Film Festival]]

Sunday, August 23, 2026

[[X The Bridge Keeper]], a drama by Bosnian director [[P Amra Hadžiomerović]] about a man who guards a bridge over the [[L Drina]] during the war of the 1990s, won the [[X Heart of Sarajevo]] for best film at the [[X Sarajevo Film Festival]] on Saturday.

The jury, led by the Romanian director [[P Cristian Mungiu]], praised its "patience and its refusal to explain". The film was shot in [[L Višegrad]] and [[L Foča]] and produced by [[O Deblokada]], the company founded by [[P Jasmila Žbanić]].

The award for best actor went to [[P Goran Bogdan]] for his role in the Croatian film [[X Salt]], set on the island of [[L Pag]]. The best actress award was shared by [[P Mia Petričević]] and [[P Jelena Đokić]], who play sisters in the Serbian film [[X Summer in Novi Sad]], produced with [[O Arte]] and the [[O Serbian Film Centre]].

[[P Hadžiomerović]], who was born in [[L Sarajevo]] in 1983 and left the city as a child during the siege, thanked her mother, who she said had "taught me that bridges are people". She also thanked [[O Eurimages]], the [[O Council of Europe]] fund that paid for part of the film.

The festival, founded in 1995 while the city was still under siege, showed 240 films over nine days at the [[L National Theatre]] and at an open-air cinema at [[L Metalac]]. Its director, [[P Jovan Marjanović]], said it had sold 110,000 tickets.

An honorary [[X Heart of Sarajevo]] was given to the Turkish director [[P Nuri Bilge Ceylan]], whose film [[X Winter Sleep]] won the [[X Palme d'Or]] at [[X Cannes]] in 2014.

[[X The Bridge Keeper]] will be shown at the [[X Toronto International Film Festival]] next month and is [[L Bosnia and Herzegovina]]'s entry for the [[X Academy Awards]].

Sources

"[[X The Bridge Keeper]] osvojio [[X Srce Sarajeva]]" — [[O Klix.ba]], August 22, 2026
"[[L Sarajevo]] festival names winners" — [[O Balkan Insight]], August 22, 2026`,
  },
];

export const BATCH_28: EntityCase[] = [
  {
    name: 'reuters ethiopian airlines jet order caps dateline',
    text: `[[O Ethiopian Airlines]] orders 20 [[O Boeing]] jets as new [[L Addis Ababa]] airport rises

[[L ADDIS ABABA]], May 19 ([[O Reuters]]) - [[O Ethiopian Airlines]] has ordered 20 [[O Boeing]] [[X 787 Dreamliner]] jets and taken options on 10 more, the airline said on Tuesday, as [[L Africa]]'s largest carrier prepares to move to a new hub south of the capital.

The order, worth about $7.6 billion at list prices, was signed at the [[X Africa Aviation Summit]] in [[L Addis Ababa]] by group chief executive [[P Mesfin Tasew]] and [[O Boeing Commercial Airplanes]] president [[P Stephanie Pope]]. Deliveries are due from 2029.

"These aircraft will connect [[L Lagos]] to [[L Los Angeles]] and [[L Lusaka]] to [[L Lyon]] through one hub," [[P Mesfin]] said.

The state-owned carrier flies to about 140 destinations and also operates [[O ASKY Airlines]], based in [[L Lomé]], and a stake in [[O Zambia Airways]]. It has [[O Airbus]] [[X A350-1000]] jets on order and has said it will decide later this year on a larger order of narrow-body planes.

[[L Ethiopia]] is building a $10 billion airport at [[L Bishoftu]], about 45 km from [[L Addis Ababa]], designed by the Danish firm [[O Zeuner]] and the [[O Ethiopian Construction Design and Supervision Works Corporation]]. The [[O African Development Bank]] has pledged $500 million. The current airport, [[L Bole International Airport]], is expected to reach its capacity of 25 million passengers in 2027.

Transport Minister [[P Alemu Sime]] said the first runway at [[L Bishoftu]] would open in 2029. [[P Tewodros Abebe-Haile]], an aviation consultant in [[L Nairobi]], said rival [[O Kenya Airways]] could not match the expansion. "[[O Ethiopian]] has become to [[L Africa]] what [[O Emirates]] is to the [[L Gulf]]," he said.

The airline's last [[O Boeing]] crash, of a [[X 737 MAX]] near [[L Bishoftu]] in 2019, killed 157 people. [[O Boeing]] agreed in 2024 to pay compensation to families in a settlement with the [[O U.S. Department of Justice]].

Shares of [[O Boeing]] ([[X BA.N]]) rose 0.8% in early trading in [[L New York]].

(Reporting by [[P Dawit Endeshaw]] in [[L Addis Ababa]]; Additional reporting by [[P Allison Lampert]] in [[L Montreal]]; Editing by [[P Aaron Ross]] and [[P Mark Potter]])`,
  },
  {
    name: 'wikinews romania measles outbreak diacritics',
    text: `[[L Romania]] declares national measles emergency as cases pass 9,000

Wednesday, March 25, 2026

[[L Romania]]'s health ministry declared a national measles epidemic on Tuesday after 9,140 cases and 31 deaths were recorded since October, most of them among unvaccinated children in the counties of [[L Iași]], [[L Suceava]] and [[L Timiș]].

Health Minister [[P Alexandru Rogobete]] said vaccination teams would visit schools and kindergartens in the worst-hit areas and that parents who refused the vaccine would have to meet a family doctor. "No child in [[L Romania]] should die of measles in 2026," he told reporters in [[L Bucharest]].

The [[O National Institute of Public Health]] ([[O INSP]]) said only 62% of two-year-olds had received the first dose of the vaccine last year, against the 95% recommended by the [[O World Health Organization]]. Its director, [[P Cătălina Pițigoi-Drăgulescu]], said the outbreak had spread fastest in [[L Pașcani]] and in villages along the [[L Siret]] river.

The children's hospital [[L Sfânta Maria]] in [[L Iași]] opened a third isolation ward. Doctor [[P Ionuț Ștefănescu]], who works there, said most of the children who died had been under one year old. "They were too young for the vaccine. They needed the others to be vaccinated," he said.

The [[O European Centre for Disease Prevention and Control]] in [[L Stockholm]] said [[L Romania]] accounted for more than half of all measles cases in the [[O European Union]] this year.

The [[O Romanian Orthodox Church]] asked priests to encourage parents to vaccinate their children. A petition against compulsory vaccination, started by the [[O AUR]] party of [[P George Simion]], has gathered 60,000 signatures, and its deputies in the [[O Chamber of Deputies]] have blocked a bill that would make the vaccine a condition for starting school.

[[O Pfizer]] and [[O Merck]] have been asked to supply extra doses; the first 200,000 arrived at [[L Henri Coandă International Airport]] on Monday, the ministry said.

Sources

"Epidemie de rujeolă în toată țara" — [[O Digi24]], March 24, 2026
"[[L Romania]] measles outbreak declared national epidemic" — [[O Romania Insider]], March 24, 2026`,
  },
  {
    name: 'us local louisiana parishes sheriff race and amendments',
    text: `[[L Jefferson Parish]] sheriff race heads to runoff; [[L Louisiana]] voters reject two amendments

[[L NEW ORLEANS]] — The race for sheriff of [[L Jefferson Parish]] will go to a runoff next month after no candidate won a majority on Saturday, and voters across [[L Louisiana]] rejected two of four proposed changes to the state constitution, according to unofficial results from the [[O Louisiana Secretary of State]].

Chief Deputy [[P Raymond LeBlanc-Thibodeaux]], backed by retiring Sheriff [[P Joseph Lopinto]], led with 44% of the vote. Former [[O Kenner Police Department]] chief [[P Michael Guidry]] was second with 31%. Both are Republicans; the runoff is on December 6.

A political action committee called [[O Safe Streets Jefferson]], funded largely by a [[L Metairie]] car dealer and by the [[O Louisiana Sheriffs' Association]], spent about $600,000 on ads for [[P LeBlanc-Thibodeaux]]. [[P Guidry]] said the PAC was "buying a badge".

Statewide, voters rejected [[X Amendment 2]], which would have let the [[O Louisiana Legislature]] move money from the state's rainy-day fund to pay for teacher raises, by 58% to 42%. [[X Amendment 4]], which would have let judges deny bail for more crimes, also failed. The other two, on property tax exemptions for veterans and on the terms of the [[O Louisiana Supreme Court]]'s justices, passed.

Gov. [[P Jeff Landry]], who campaigned for all four, said the results showed "voters in [[L Baton Rouge]] and [[L Shreveport]] don't want to raid their savings".

In [[L Orleans Parish]], turnout was 14%. In [[L St. Tammany Parish]] across [[L Lake Pontchartrain]], voters approved a sales tax for drainage after floods in [[L Slidell]] last year. A school board seat in [[L Lafayette Parish]] was won by [[P Danielle Broussard-Fontenot]], a nurse from [[L Scott]].

The [[O League of Women Voters of Louisiana]] said low turnout in an autumn with no federal races had let well-funded groups decide local contests.

Early voting for the runoff begins on November 22 at the [[L Joseph S. Yenni Building]] in [[L Elmwood]] and at parish libraries.`,
  },
  {
    name: 'sport ice hockey world championship national teams',
    text: `[[O Finland]] beat [[O Sweden]] to reach world championship final

Saturday, May 23, 2026

[[O Finland]] will play [[O Switzerland]] in the final of the [[X IIHF World Championship]] after beating [[O Sweden]] 3–2 in a shoot-out in the semi-final in [[L Zurich]] on Saturday.

[[P Aleksander Barkov]] scored the winning shot after the teams were level 2–2 through regulation and overtime. Goalkeeper [[P Juuse Saros]] stopped 38 shots, including all four in the shoot-out.

[[O Sweden]] led twice, through [[P William Nylander]] and [[P Elias Pettersson]], but [[P Mikael Granlund]] equalised with four minutes left in the third period. "Playing [[O Sweden]] is never just a game for us," said [[O Finland]] coach [[P Antti Pennanen]].

Hosts [[O Switzerland]] beat [[O Canada]] 4–1 in the other semi-final in front of 11,200 fans at the [[L Swiss Life Arena]]. [[P Nico Hischier]] of the [[O New Jersey Devils]] scored twice. [[O Switzerland]], who lost the last two finals, have never won the title.

[[O Canada]] and [[O Sweden]] play for the bronze medal on Sunday afternoon before the final in the evening.

The [[O International Ice Hockey Federation]] ([[O IIHF]]) said 465,000 tickets had been sold for the tournament in [[L Zurich]] and [[L Fribourg]], a record for a championship in [[L Europe]]. [[O Russia]] and [[O Belarus]] remain banned.

Earlier, [[O Germany]] beat [[O Latvia]] 5–3 to finish fifth after [[P Leon Draisaitl]] of the [[O Edmonton Oilers]] scored a hat-trick. [[O Kazakhstan]] and [[O Hungary]] were relegated and will be replaced next year by [[O Slovenia]] and [[O Italy]].

The 2027 championship will be held in [[L Düsseldorf]] and [[L Mannheim]].

Sources

"[[O Leijonat]] finaaliin" — [[O Ilta-Sanomat]], May 23, 2026
"[[O Finland]] edge [[O Sweden]] in shoot-out" — [[O IIHF]], May 23, 2026`,
  },
  {
    name: 'reuters uzbek miner named after its town',
    text: `[[L Uzbekistan]]'s [[O Navoiyuran]] plans [[L London]] listing, miner named after its town

[[L TASHKENT]], Sept 8 ([[O Reuters]]) - [[L Uzbekistan]]'s state uranium miner [[O Navoiyuran]] plans to list about 10% of its shares in [[L London]] and [[L Tashkent]] next year, its chairman said on Monday, in what would be the country's largest share sale since independence.

The company, named after the city of [[L Navoiy]] where it has its headquarters, mines about 5,000 tonnes of uranium a year in the [[L Kyzylkum]] desert and sells most of it to utilities in [[L China]], [[L France]] and [[L Japan]].

Chairman [[P Ulugbek Rakhimov]] said the listing could raise up to $1.5 billion. [[O JPMorgan]] and [[O Citigroup]] are advising on the sale, two sources familiar with the matter said.

The government of President [[P Shavkat Mirziyoyev]] has sold stakes in banks and in the [[O Almalyk Mining and Metallurgical Combine]], named after the town of [[L Almalyk]] south of the capital, to raise money and attract foreign investors. The gold miner [[O Navoi Mining and Metallurgical Company]], split from the uranium business in 2022, sold bonds in [[L London]] last year.

[[P Rakhimov]] said [[O Navoiyuran]] would use the money to build a plant to turn uranium ore into fuel for reactors, with help from [[O Orano]] of [[L France]], which already mines at [[L Nurlikum]]. "We want to sell fuel, not only rock," he said.

[[O Kazatomprom]] ([[X KAP.L]]), the miner of neighbouring [[L Kazakhstan]] and the world's largest, listed in [[L London]] and [[L Astana]] in 2018. Its shares have doubled since.

[[P Dilnoza Yusupova-Karimova]], an economist at the [[O Tashkent Institute of Finance]], said investors would want to see audited accounts for several years. "Buying into a state miner is buying into the state," she said.

The listing would be governed by a law passed last year, the [[X Law on the Capital Market]], which allows foreign investors to hold up to 49% of strategic companies. The [[O Uzbek Capital Markets Agency]] would have to approve it.

(Reporting by [[P Mukhammadsharif Mamatkulov]] in [[L Tashkent]]; Additional reporting by [[P Clara Denina]] in [[L London]]; Editing by [[P Jason Neely]])`,
  },
];
