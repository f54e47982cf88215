/**
 * Blind entity batches 98-100 (helper ents44a, 6 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 100 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_33 are made from batches 98 and 99 only, and batch 100's errors are never printed
 * or read (only its totals). They lean on kinds of news earlier batches used little: courts and law
 * (supreme and district courts, prosecutors' offices, law firms, tribunals, bar associations);
 * technology and telecoms (start-ups with odd capitals, chip makers, regulators, app stores);
 * environment and climate (NGOs, research institutes, UN bodies, national parks, summits); culture
 * (museums, festivals, orchestras, publishers, broadcasters); armed conflict and defence (armed
 * groups, ministries, bases, peacekeeping missions); education (universities, school districts,
 * teachers' unions, exam boards); city government (mayors, councils, transit authorities, police).
 * Products, apps, vessels, storms, bills, exercises, summits, festivals and works are none.
 * People are invented; countries, agencies and companies appear as they would in any report.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_98: EntityCase[] = [
  {
    name: 'wikinews-style south african constitutional court strikes down a mining charter clause a legal aid centre a mining lobby a department with and a bar council law firms by surnames with ampersands a union and a sources list',
    text: `South African court strikes down mining ownership rule

Thursday, February 12, 2026

The [[O Constitutional Court of South Africa]] on Wednesday struck down a rule requiring mining companies to keep a 30 percent black ownership stake even after earlier owners had sold out, saying the minister had no power to impose it by notice.

Writing for a unanimous bench, Justice [[P Nomvula Dlamini-Mthembu]] said the [[O Department of Mineral Resources and Energy]] must ask [[O Parliament]] to change the law if it wanted the rule. The court gave the department 24 months to do so.

The case was brought by the [[O Minerals Council South Africa]], which represents the largest producers, and opposed by the [[O Legal Resources Centre]] on behalf of three communities near [[L Rustenburg]] in the [[L North West]] province. The centre's director, [[P Thabo Mokoena]], said the ruling was "a setback, but not the last word."

Counsel for the council, [[P Adriaan van der Merwe]] SC, had argued that the rule would scare away investors. The council was advised by the law firm [[O Webber Wentzel]], and the communities by [[O Bowman Gilfillan & Partners]].

The [[O General Council of the Bar of South Africa]] said in a statement that the judgment showed the courts "guard the line between law-making and administration." The [[O National Union of Mineworkers]] ([[O NUM]]) called for marches in [[L Johannesburg]] and [[L Pretoria]] next week.

Shares in [[O Sibanye-Stillwater]] and [[O Impala Platinum]] rose more than 3 percent on the [[O Johannesburg Stock Exchange]] after the ruling.

Analysts at [[O Standard Bank]] said the ruling removed a risk that had hung over new investment for a decade.

Sources

"[[O ConCourt]] sets aside ownership clause" — [[O Business Day]], February 11, 2026
"Mining rule falls" — [[O SABC News]], February 11, 2026`,
  },
  {
    name: 'reuters san francisco a district court ruling against an app store a start-up with a lowercase first letter an all-caps chip start-up apple and google the app store and google play as none a federal judge the justice department a law firm a trade group and a sign-off',
    text: `[[L SAN FRANCISCO]], March 3 ([[O Reuters]]) - A [[L U.S.]] judge ruled on Tuesday that [[O Apple]] broke antitrust law by blocking a start-up's payment tool from the [[X App Store]], in a case brought by [[L Oakland]]-based [[O tapRight]].

[[L U.S.]] District Judge [[P Marisol Whitfield]] of the [[O U.S. District Court for the Northern District of California]] said [[O Apple]] had "no business reason" to reject the app, which let users pay small merchants by tapping their phones together. She ordered a trial on damages in June.

[[O tapRight]], founded in 2021 by two former [[O PayPal]] engineers, [[P Devin Okoro]] and [[P Lena Marchetti]], said its app had been turned away nine times. Its rival app on [[X Google Play]] has 4 million users.

"This is what happens when one company owns the only door," [[P Okoro]] said outside the courthouse.

[[O Apple]] said it would appeal to the [[O 9th U.S. Circuit Court of Appeals]]. Its lawyers at [[O Gibson, Dunn & Crutcher]] had argued that the app could be used to steal card numbers.

The ruling comes as the [[O Justice Department]] pursues its own case against [[O Apple]] in [[L New Jersey]]. The [[O Coalition for App Fairness]], a trade group whose members include [[O Spotify]] and [[O Epic Games]], welcomed the decision.

Separately, chip start-up [[O NEXAQ]], which designs payment chips for phones, said it had raised $40 million from investors led by [[O Sequoia Capital]]. Chief executive [[P Ravi Subramanyam]] said the ruling would "open the market for hardware too."

[[O Apple]] shares fell 0.8% to $231.40 in afternoon trading on the [[O Nasdaq]].

Legal experts said the case could shape a separate suit brought by developers in [[L Texas]], which is due for trial next year.

(Reporting by [[P Jonah Castellanos]] in [[L San Francisco]]; Editing by [[P Lisa Shumaker-Ford]])`,
  },
  {
    name: 'wikinews-style bonn climate talks the unfccc by name and acronym a summit as none the ipcc a research institute by long name a wwf office a small island group a ministry a national park in peru and a sources list',
    text: `[[L Bonn]] climate talks end without deal on adaptation goal

Friday, June 19, 2026

Two weeks of [[O United Nations]] climate talks in [[L Bonn]], [[L Germany]], ended on Thursday without agreement on how to measure progress towards a global goal on adaptation, leaving the question for the [[X COP31]] summit in [[L Antalya]] in November.

The [[O United Nations Framework Convention on Climate Change]] ([[O UNFCCC]]) said negotiators had cut a list of 9,000 possible indicators to about 100. Its executive secretary, [[P Amadou Sow-Diallo]], told reporters that "the hard choices are still ahead."

The [[O Alliance of Small Island States]] said the draft did not count the cost of moving villages away from the sea. Its lead negotiator, [[P Teuila Faleolo]] of [[L Samoa]], said her delegation would "not accept a goal without money behind it."

Scientists from the [[O Potsdam Institute for Climate Impact Research]] presented a study showing that heat waves in [[L South Asia]] had become 30 times more likely since 1950. Its co-author, [[P Henrike Vogelsang]], said the figures were "the floor, not the ceiling." The [[O Intergovernmental Panel on Climate Change]] will publish a special report on cities in 2027.

[[O WWF]]'s office in [[L Lima]] used the talks to warn about fires in [[L Manu National Park]], where dry-season burning has spread into forest. [[L Peru]]'s [[O Ministry of Environment]] said rangers had put out 40 fires since May.

[[L Brazil]], which hosted the last summit in [[L Belém]], said it would publish its own plan for a fund for tropical forests in September.

Campaigners from [[O Climate Action Network]] staged a protest outside the [[L World Conference Center Bonn]] on the last day, holding banners that read "no goal without finance."

Sources

"[[L Bonn]] session closes" — [[O UN News]], June 18, 2026
"Adaptation goal slips to [[L Antalya]]" — [[O Carbon Brief]], June 18, 2026`,
  },
  {
    name: 'wikinews-style krakow museum reopens the national museum as place or body a festival as none an orchestra a publisher and a broadcaster a painting and an album as none a ministry a foundation and a city mayor',
    text: `[[L Kraków]] museum reopens after four-year rebuild

Sunday, May 10, 2026

The main building of the [[O/L National Museum in Kraków]] reopened to visitors on Saturday after a four-year rebuilding that cost 310 million złoty, with the painting [[X Lady with an Ermine]] back on show in a new room of its own.

Director [[P Agnieszka Wróblewska]] said the museum expected a million visitors in its first year. The [[O Ministry of Culture and National Heritage]] paid for most of the work, and the [[O Czartoryski Foundation]] lent 60 works from its collection.

The opening night was part of the [[X Cracovia Sacra Festival]], and the [[O Kraków Philharmonic]] played in the courtyard under its conductor [[P Tomasz Lis-Pawlak]]. The concert was broadcast live by [[O Polish Radio]] and streamed by [[O TVP Kultura]].

The publisher [[O Wydawnictwo Znak]] released a 600-page guide to the collection, written by the curator [[P Marta Kijowska]]. Her earlier book on the museum's wartime losses was translated by [[O Penguin Random House]] last year.

Mayor [[P Aleksander Miszalski-Nowak]] said the reopening "gives the city its living room back." The city council voted in April to run free shuttle buses from [[L Wawel]] and the [[L Main Market Square]] during the summer.

Polish jazz pianist [[P Leszek Możdżer-Kaliński]], whose album [[X Piano Under Vaults]] was recorded in the museum's empty halls during the rebuild, played a short set at the end of the night.

Tickets for the first month sold out within two days, the museum said, and it would open until 10 p.m. on Fridays through the summer. The [[O Polish Tourist Organisation]] expects the reopening to draw visitors from [[L Germany]] and [[L Ukraine]].

Sources

"[[O/L Muzeum Narodowe]] znów otwarte" — [[O Gazeta Krakowska]], May 9, 2026`,
  },
  {
    name: 'reuters bamako mali army and a russian force an islamist group by long name and acronym a separatist front a base as place the un mission by acronym a defence ministry a refugee agency and a sign-off',
    text: `[[L BAMAKO]], April 21 ([[O Reuters]]) - Militants killed at least 23 soldiers in an attack on an army base in central [[L Mali]], the army said on Tuesday, in the deadliest raid on the military this year.

Fighters of [[O Jama'at Nusrat al-Islam wal-Muslimin]] ([[O JNIM]]), [[O al Qaeda]]'s affiliate in the [[L Sahel]], stormed the camp at [[L Boulkessi]] near the border with [[L Burkina Faso]] before dawn on Monday, the [[O Malian Armed Forces]] said in a statement. It said 41 attackers were killed.

The [[O Ministry of Defence and Veterans Affairs]] said reinforcements had been flown in from [[L Sévaré]]. Its spokesman, Colonel [[P Souleymane Dembélé]], said the base was "fully under control."

[[L Russia]]'s [[O Africa Corps]], which replaced the [[O Wagner Group]] in [[L Mali]] last year, did not comment. A separatist alliance in the north, the [[O Strategic Framework for the Defence of the People of Azawad]], said its own fighters had clashed with the army near [[L Kidal]] on Sunday.

The [[O United Nations]] peacekeeping mission [[O MINUSMA]] left [[L Mali]] at the end of 2023 at the junta's request. The [[O UN Refugee Agency]] said on Tuesday that more than 12,000 people had crossed into [[L Mauritania]] since March.

"The army is stretched across a country twice the size of [[L France]]," said [[P Ibrahima Touré-Kane]], a researcher at the [[L Dakar]]-based [[O Timbuktu Institute]].

[[L Mali]]'s ruling junta, led by General [[P Assimi Goïta]], has pulled out of the [[O Economic Community of West African States]] together with [[L Niger]] and [[L Burkina Faso]], and the three formed the [[O Alliance of Sahel States]] last year. The alliance's joint force has yet to deploy, diplomats in [[L Niamey]] said.

(Reporting by [[P Fatoumata Keïta]] in [[L Bamako]]; Writing by [[P Edward McAllister-Reid]]; Editing by [[P Sandra Maler-Quinn]])`,
  },
  {
    name: 'reuters chicago teachers strike vote the teachers union by name and acronym chicago public schools the board of education a mayor the city council the transit authority by acronym a university and a police department and a sign-off',
    text: `[[L CHICAGO]], Oct 6 ([[O Reuters]]) - The [[O Chicago Teachers Union]] ([[O CTU]]) said on Monday its members had voted to authorize a strike, the first in the nation's third-largest school district since 2019, after talks on class sizes broke down.

Union president [[P Darnell Whitaker]] said 91% of the 25,000 teachers and staff who voted had backed a walkout. The union must give 10 days' notice before striking.

[[O Chicago Public Schools]] ([[O CPS]]) chief executive [[P Maribel Ocampo]] said the district could not afford the union's demands without cuts elsewhere. The [[O Chicago Board of Education]], which became partly elected this year, will meet on Thursday.

Mayor [[P Brandon Lowery-Hughes]], a former union organizer, urged both sides to "stay at the table." Several members of the [[O Chicago City Council]] have asked him to say how the city would cover a $734 million gap in the district's budget.

The [[O Chicago Transit Authority]] ([[O CTA]]) said it would keep free student rides running during any strike. The [[O Chicago Police Department]] said it would post extra officers near schools on the [[L South Side]] and [[L West Side]].

A study by the [[O University of Illinois Chicago]] found last year that class sizes in the district's high schools were above the state average. Its author, [[P Joanne Feeley]], said the figures had changed little since.

The [[O Illinois State Board of Education]] said it was watching the talks.

Parents' group [[O Raise Your Hand Illinois]] said families needed a week's warning to arrange care. Governor [[P Miriam Talbot]] said the state had no plan to step in.

(Reporting by [[P Karen Pierog-Lund]] in [[L Chicago]]; Editing by [[P Jonathan Oatis-Kerr]])`,
  },
];

export const BATCH_99: EntityCase[] = [
  {
    name: 'reuters new delhi supreme court of india bail ruling the enforcement directorate a high court a law firm with three surnames the bar council of india an opposition party a start-up founder and a sign-off',
    text: `[[L NEW DELHI]], Jan 28 ([[O Reuters]]) - The [[O Supreme Court of India]] on Wednesday granted bail to the founder of a collapsed fintech start-up held for 14 months on money-laundering charges, saying the investigators had failed to file a charge sheet in time.

A two-judge bench led by Justice [[P Vikram Nath Ahluwalia]] said the [[O Enforcement Directorate]] ([[O ED]]) could not keep [[P Arjun Malhotra]], founder of lending app firm [[O ZipKredit]], in custody "on the strength of an investigation that never ends."

The [[O Delhi High Court]] had refused bail twice. The agency said it would ask the court to review the order.

[[P Malhotra]]'s lawyers, from the firm [[O Cyril Amarchand Mangaldas]], argued that the start-up's failure was a business loss, not a crime. His senior counsel, [[P Meenakshi Iyer]], told reporters outside the court that "a failed company is not a fraud."

The [[O Reserve Bank of India]] cancelled [[O ZipKredit]]'s licence in 2024 after customers complained of harassment by recovery agents. The [[O Bar Council of India]] said last month it would discipline lawyers who worked as recovery agents for such apps.

The opposition [[O Indian National Congress]] said the case showed the agency was being used "as a weapon." The ruling [[O Bharatiya Janata Party]] said the courts were independent.

Shares in rival lender [[O Paytm]] rose 1.2% on the [[O National Stock Exchange]].

Legal experts said the ruling could help dozens of other people held under the money-laundering law. [[P Malhotra]] is expected to be released from [[L Tihar Jail]] on Thursday, his family said.

(Reporting by [[P Shivam Patel-Rao]] and [[P Arpan Chaturvedi]] in [[L New Delhi]]; Editing by [[P Kim Coghill-Ward]])`,
  },
  {
    name: 'wikinews-style uk telecoms regulator fines a broadband firm ofcom bt openreach and vodafone a start-up with an odd capital a chip designer a phone as none the competition authority by name and acronym a consumer group and a sources list',
    text: `[[L UK]] regulator fines broadband firm over outages

Tuesday, September 15, 2026

[[O Ofcom]], the [[L United Kingdom]]'s communications regulator, on Monday fined the broadband provider [[O eeroNet]] £4.2 million for failing to tell customers about repeated outages in [[L Yorkshire]] and [[L Lincolnshire]] last winter.

The regulator said the [[L Leeds]]-based company had left 38,000 homes without service for more than a day on 11 occasions and had not paid the automatic compensation required since 2019. Its director of enforcement, [[P Harriet Osei-Bonsu]], said "customers were left in the dark twice over."

[[O eeroNet]], which rents lines from [[O Openreach]], the network arm of [[O BT Group]], blamed storm damage to overhead cables. Chief executive [[P Callum Ridley]] said the firm would refund every affected customer.

The consumer group [[O Which?]] called the fine "small change" for a company that raised £90 million last year. [[O Vodafone]] and [[O VMO2]], the venture behind [[O Virgin Media]] and [[O O2]], both paid similar penalties in 2024.

Separately, the [[O Competition and Markets Authority]] ([[O CMA]]) cleared the purchase of [[L Cambridge]] chip designer [[O iQubit]] by [[O Arm Holdings]]. [[O iQubit]], a spin-out of the [[O University of Cambridge]], makes low-power chips used in the [[X Pixel 10]] phone.

The [[O Department for Science, Innovation and Technology]] said it would consult on raising the maximum fine for outages in the new year.

[[O Citizens Advice]] said it had taken more than 2,000 complaints about the firm in a year, most from older customers in rural areas.

Shares in [[O BT Group]] closed 0.4 percent lower in [[L London]].

Sources

"[[O Ofcom]] fines [[O eeroNet]]" — [[O BBC News]], September 14, 2026
"[[O Arm]] deal cleared" — [[O Financial Times]], September 14, 2026`,
  },
  {
    name: 'reuters nairobi drought and wildlife the kenya wildlife service national parks as places unep by name a livestock research institute an ngo by acronym a conservancy a ministry and a sign-off',
    text: `[[L NAIROBI]], Aug 11 ([[O Reuters]]) - At least 140 elephants have died of thirst in [[L Kenya]]'s [[L Tsavo East National Park]] since May, the [[O Kenya Wildlife Service]] ([[O KWS]]) said on Tuesday, as the worst drought in four decades spreads across [[L East Africa]].

The service's director general, [[P Erastus Kanga-Mwangi]], said rangers were trucking water to 30 pans in the park and in neighbouring [[L Tsavo West]]. He said 12 rhinos had been moved to [[L Lake Nakuru National Park]].

The [[O United Nations Environment Programme]], which has its headquarters in [[L Nairobi]], said the drought had been made more likely by warming seas in the [[L Indian Ocean]]. Its chief scientist, [[P Ingrid Solheim]], said "this is what 1.5 degrees looks like on the ground."

Herders have driven cattle into the parks in search of grass. The [[O International Livestock Research Institute]] said four in ten cattle in [[L Marsabit]] and [[L Isiolo]] counties had died.

The conservation group [[O WildlifeDirect]] and the [[O Northern Rangelands Trust]], which runs community conservancies in the north, asked the government to pay herders to keep their animals out of the parks. The [[O Ministry of Tourism and Wildlife]] said it was studying the plan.

"We are choosing between cows and elephants, and nobody wins," said [[P Naserian Lemayian]], a ranger at the [[L Il Ngwesi]] conservancy.

Tour operators in [[L Mombasa]] said bookings from [[L Europe]] had fallen by a fifth. The [[O Kenya Tourism Board]] said it would run a campaign in [[L Germany]] and [[L Italy]] this autumn to win them back.

The [[O Kenya Meteorological Department]] said rains were not expected before late October.

(Reporting by [[P Duncan Miriri-Otieno]] in [[L Nairobi]]; Editing by [[P Alison Williams-Pratt]])`,
  },
  {
    name: 'wikinews-style edinburgh festival opening an orchestra by name a festival and its fringe as none a publisher with an ampersand a broadcaster a theatre as place a film and a novel as none a council and a sources list',
    text: `[[L Edinburgh]] festival opens with record ticket sales

Saturday, August 8, 2026

The [[X Edinburgh International Festival]] opened on Friday night with a concert by the [[O Royal Scottish National Orchestra]] at the [[L Usher Hall]], after the festival said it had sold a record 180,000 tickets before the first night.

Festival director [[P Niamh Callaghan]] said demand had been "extraordinary" for the opera programme at the [[L Festival Theatre]]. The [[X Edinburgh Festival Fringe]], which runs alongside it, has 3,600 shows this year.

The orchestra played under the Finnish conductor [[P Eero Laaksonen]], with the Scottish soprano [[P Kirsty MacAulay]]. The concert was broadcast by [[O BBC Radio 3]] and filmed by [[O Sky Arts]].

On the book side, the publisher [[O Canongate]] launched [[X The Salt Road]], the first novel by the [[L Glasgow]] poet [[P Iain Mac an t-Saoir]], at the book festival in [[L Charlotte Square]]. [[O Faber & Faber]] said it had bought the rights to her next two books.

[[O City of Edinburgh Council]] leader [[P Cammy Day-Ferguson]] said a visitor levy of 5 percent on hotel rooms, which starts next year, would raise £45 million a year. Hotels on [[L Princes Street]] said the levy would drive visitors to [[L Glasgow]].

The film [[X Northern Lights Over Leith]], made by [[O Screen Scotland]] and [[O Channel 4]], opens the film festival on Sunday.

The festival's main sponsor, [[O Baillie Gifford]], ended its support last year after protests, and the festival has since found backing from the [[O Scottish Government]] and [[O Creative Scotland]].

Sources

"Record start for festival" — [[O The Scotsman]], August 8, 2026
"Levy row overshadows opening" — [[O The Herald]], August 7, 2026`,
  },
  {
    name: 'wikinews-style eastern congo fighting the un peacekeeping mission by french acronym the m23 and its alliance congolese army by french acronym rwanda defence force a militia with a swahili name an airport as place and a sources list',
    text: `Fighting near [[L Goma]] forces thousands to flee

Wednesday, November 4, 2026

Heavy fighting between the [[O M23]] rebels and [[L Congo]]'s army broke out on Tuesday north of [[L Goma]], the capital of [[L North Kivu]] province, sending thousands of people towards the city.

The [[O United Nations Organization Stabilization Mission in the Democratic Republic of the Congo]] ([[O MONUSCO]]) said its peacekeepers had fired on rebel positions near [[L Sake]] to protect a camp for displaced people. Mission spokeswoman [[P Chantal Mbuyi-Ngoy]] said two peacekeepers from [[L South Africa]] were wounded.

The [[O Armed Forces of the Democratic Republic of the Congo]] ([[O FARDC]]) said it had retaken two villages. It accused the [[O Rwanda Defence Force]] of sending troops across the border, a charge [[O/L Kigali]] denies.

The rebels belong to the [[O Congo River Alliance]], a political and military coalition led by [[P Corneille Nangaa-Mbala]]. A local militia allied with the army, [[O Wazalendo]], said its fighters had blocked the road to [[L Rutshuru]].

Flights at [[L Goma International Airport]] were suspended. The [[O World Food Programme]] said it had moved food stocks to [[L Bukavu]].

[[L Angola]]'s president, [[P João Lourenço]], who has mediated between [[O/L Kinshasa]] and [[O/L Kigali]], called for an immediate ceasefire. The [[O Southern African Development Community]] said its own troops would leave by the end of the year.

Aid groups including [[O Médecins Sans Frontières]] said hospitals in [[L Goma]] were full. The [[O International Committee of the Red Cross]] said it had treated 230 wounded people since Tuesday.

Sources

"Combats au nord de [[L Goma]]" — [[O Radio Okapi]], November 3, 2026
"[[O UN]] peacekeepers fire on rebels" — [[O Al Jazeera]], November 3, 2026`,
  },
  {
    name: 'reuters philadelphia transit fare rise septa by acronym and long name the mayor the city council the police department and a lodge the school district a state senate committee a union local and a sign-off',
    text: `[[L PHILADELPHIA]], Dec 1 ([[O Reuters]]) - [[L Philadelphia]]'s transit agency [[O SEPTA]] said on Monday it would raise fares by 21.5% and cut 20% of bus routes from January unless [[L Pennsylvania]] lawmakers close a $213 million budget gap.

The [[O Southeastern Pennsylvania Transportation Authority]] board voted 12-2 for the plan. General manager [[P Scott Sauer-Bennett]] said "we have run out of ways to delay this."

Mayor [[P Cherelle Parkinson]] said the cuts would hurt workers who rely on buses to reach hospitals and warehouses. The [[O Philadelphia City Council]] passed a resolution urging the state to act, and council president [[P Kenyatta Dorsey]] said he would travel to [[L Harrisburg]] this week.

The [[O Philadelphia Police Department]] said it would add patrols on the [[X Market-Frankford Line]] as more riders were expected on fewer trains. [[O Fraternal Order of Police Lodge 5]] president [[P Roosevelt Poplar-Grant]] said officers were already stretched.

The [[O School District of Philadelphia]] said 60,000 students who ride [[O SEPTA]] to school would be affected. [[O Transport Workers Union Local 234]], which represents 5,000 drivers and mechanics, said it would protest at [[L City Hall]] on Wednesday.

State Senator [[P Joe Picozzi-Lang]], a Republican on the [[O Senate Transportation Committee]], said [[O SEPTA]] should "fix its own house first."

Governor [[P Josh Shaffer-Lyons]] has proposed sending more sales tax money to transit, but the Republican-led [[O Pennsylvania Senate]] has so far refused. Riders' group [[O Transit Forward Philadelphia]] said it would hold a rally at [[L Suburban Station]] on Friday.

The authority last raised fares in 2019. Its board chair, [[P Kenneth Lawrence-Boyd]], said the agency had already cut 300 office jobs.

(Reporting by [[P Hannah Lang-Moore]] in [[L Philadelphia]]; Editing by [[P Leslie Adler-Hart]])`,
  },
];

export const BATCH_100: EntityCase[] = [
  {
    name: 'wikinews-style court of arbitration for sport rules on a doping case the tribunal by name and acronym wada a national anti-doping agency an athletics body a law firm in lausanne a games as none and a sources list',
    text: `Sports court bans sprinter for four years

Monday, July 13, 2026

The [[O Court of Arbitration for Sport]] ([[O CAS]]) on Friday banned the Jamaican sprinter [[P Shericka Dawkins-Lyle]] for four years after upholding an appeal by the [[O World Anti-Doping Agency]] ([[O WADA]]), ruling her out of the [[X Commonwealth Games]] in [[L Glasgow]].

A three-member panel sitting in [[L Lausanne]] found that the [[O Jamaica Anti-Doping Commission]] had been wrong to clear her after a positive test in March 2025. The panel said her account of a contaminated supplement "was not supported by the evidence."

Her lawyer, [[P Paul Greene-Mackie]] of the [[L Lausanne]] firm [[O Kellerhals Carrard]], said she would appeal to the [[O Swiss Federal Supreme Court]], which can overturn arbitration awards only on narrow grounds.

[[O World Athletics]] said the result would be struck from the record, moving [[P Adaeze Nwankwo]] of [[L Nigeria]] up to the bronze medal at the 2025 world championships in [[L Tokyo]]. The [[O Athletics Integrity Unit]] said it had no further cases pending against the athlete.

[[O Jamaica Athletics Administrative Association]] president [[P Garth Gayle-Robinson]] called the ruling "a sad day," and said the association would pay for better testing of supplements.

The ruling is the third this year in which the court has sided with the agency against a national body. [[O Athletics Canada]] and [[O USA Track & Field]] have both called for a review of how national bodies hear cases.

The athlete, who trains in [[L Kingston]] with the [[O MVP Track Club]], did not comment.

Sources

"[[O CAS]] upholds [[O WADA]] appeal" — [[O Jamaica Gleaner]], July 10, 2026
"[[P Dawkins-Lyle]] banned" — [[O BBC Sport]], July 10, 2026`,
  },
  {
    name: 'reuters seoul chip export rules sk hynix with its lowercase samsung electronics the fair trade commission by long name a ministry with commas tsmc nvidia a start-up with an odd capital a memory chip as none the kospi as none and a sign-off',
    text: `[[L SEOUL]], May 19 ([[O Reuters]]) - [[O SK hynix]] said on Tuesday it would build a $6 billion packaging plant in [[L Yongin]], south of [[L Seoul]], to meet demand for memory chips used in artificial intelligence, as [[L South Korea]] races [[L Taiwan]] for the business of [[O Nvidia]].

The plant will make [[X HBM4]] chips from 2028. Chief executive [[P Kwak Min-jae]] said the firm had "sold out" its output for next year.

Rival [[O Samsung Electronics]] said last week it had passed [[O Nvidia]]'s tests for its own chips, after months of delays. [[O TSMC]], which packages the chips in [[L Taiwan]], is building a plant in [[L Arizona]].

The [[O Ministry of Trade, Industry and Energy]] said it would pay for power lines and water pipes to the site. The [[O Korea Fair Trade Commission]] said separately it was looking into whether the two chipmakers had pressed suppliers to cut prices.

A start-up backed by both firms, [[O DeepX]], said it had won an order from carmaker [[O Hyundai Motor]] for its vision chips. [[O DeepX]] founder [[P Kim Lok-won]] said it would list on the [[O Korea Exchange]] next year.

Shares of [[O SK hynix]] rose 3.1%, outpacing a 0.9% gain in the benchmark [[X KOSPI]].

[[O Micron Technology]], the only large [[L US]] maker of memory chips, said last month it would spend $200 billion on plants in [[L Idaho]] and [[L New York]]. Analysts at [[O Mirae Asset Securities]] said the Korean firms were still ahead on the newest chips.

The [[O Bank of Korea]] said chip exports rose 38% in April from a year earlier.

(Reporting by [[P Heekyong Yang-Cho]] and [[P Joyce Lee-Park]] in [[L Seoul]]; Editing by [[P Jamie Freed-Hall]])`,
  },
  {
    name: 'wikinews-style great barrier reef bleaching the marine park authority by long name a marine science institute by name and acronym a university a conservation society a un heritage body and a sources list',
    text: `[[L Great Barrier Reef]] suffers sixth mass bleaching

Thursday, April 2, 2026

Australian scientists said on Wednesday that the [[L Great Barrier Reef]] had suffered its sixth mass bleaching in ten years, with aerial surveys finding bleached coral along two-thirds of its length.

The [[O Great Barrier Reef Marine Park Authority]] said sea temperatures off [[L Queensland]] had been up to two degrees above average since January. Its chief scientist, [[P Roger Beeden-Walsh]], said the southern reefs near [[L Gladstone]] were the worst hit.

The [[O Australian Institute of Marine Science]] ([[O AIMS]]) said coral cover in the northern reef had fallen by a quarter since last year's survey. Researchers at [[O James Cook University]] in [[L Townsville]] said some reefs had "no time left to recover between events."

The [[O Australian Marine Conservation Society]] called on the government to stop approving new coal and gas projects. Its campaigner, [[P Lissa Schindler-Moore]], said "the reef cannot be saved by tourism brochures."

Environment Minister [[P Tanya Pilbrow]] said [[L Australia]] had spent A$5 billion on the reef and would report to [[O UNESCO]]'s [[O World Heritage Committee]] in July. The committee has twice considered listing the reef as "in danger."

Tour operators in [[L Cairns]] and the [[L Whitsunday Islands]] said bookings were steady.

The [[O Queensland Tourism Industry Council]] said the state's reef tourism employed 64,000 people. Its chief executive, [[P Brett Fraser-Kent]], said visitors could still see "healthy coral every day."

The [[O Bureau of Meteorology]] said a weak [[X La Niña]] was likely to bring cooler water by winter.

Sources

"Sixth mass bleaching confirmed" — [[O ABC News]], April 1, 2026
"Reef survey results" — [[O The Guardian]], April 1, 2026`,
  },
  {
    name: 'reuters paris museum strike the louvre and the musee d orsay as place or body a culture ministry a union by acronym a festival as none a broadcaster a publisher a painting as none and a sign-off',
    text: `[[L PARIS]], Jan 14 ([[O Reuters]]) - The [[O/L Louvre]] stayed shut for a second day on Wednesday as staff struck over crowding and pay, leaving thousands of tourists queuing outside the glass pyramid in the cold.

Guards and ticket staff walked out after the museum said it would let in 35,000 visitors a day, up from 30,000, before the [[X Mona Lisa]] moves to a new room in 2027. The [[O CGT]] union said staff were "worn out."

Museum president [[P Laurence des Cars-Millet]] said in a letter to staff that she understood their anger. The [[O Ministry of Culture]] said talks would resume on Thursday.

Staff at the [[O/L Musée d'Orsay]] voted to join the strike from Friday. The [[O/L Centre Pompidou]] is already closed for a five-year rebuilding.

The strike comes as [[L Paris]] prepares for the [[X Festival d'Automne]] and as public broadcaster [[O Radio France]] cuts its own arts budget by a tenth. The publisher [[O Gallimard]] said it had postponed the launch of a new catalogue of the museum's drawings.

"People fly from [[L Tokyo]] to see one painting, and we tell them to come back tomorrow," said [[P Yuki Tanabe]], a tour guide from [[L Osaka]].

Culture Minister [[P Rachida Dati-Laurent]] said the government would spend 700 million euros on the [[O/L Louvre]] over ten years, including a new entrance on the east side. The [[O Cour des Comptes]], the public audit office, said last year that the museum had put off repairs for too long.

The museum drew 8.7 million visitors last year.

(Reporting by [[P Elizabeth Pineau-Roux]] and [[P Michel Rose-Dubois]] in [[L Paris]]; Editing by [[P Gareth Jones-Ellis]])`,
  },
  {
    name: 'reuters manila joint drills the armed forces of the philippines a base named after a person an exercise as none the us indo-pacific command japanese self-defense forces the defence department china coast guard and a sign-off',
    text: `[[L MANILA]], April 22 ([[O Reuters]]) - Philippine and [[L U.S.]] troops began their largest joint drills on Monday, with [[L Japan]] taking part in live-fire exercises for the first time, as tensions rise with [[L China]] in the [[L South China Sea]].

The [[X Balikatan]] exercises will involve 17,000 troops and run for three weeks, the [[O Armed Forces of the Philippines]] said. Live-fire drills will take place off [[L Zambales]] province and at [[L Camp Aguinaldo]] in [[L Quezon City]].

Lieutenant General [[P Marvin Licudine-Cruz]], who leads the Philippine side, said the drills were "not aimed at any country." Troops from [[O U.S. Indo-Pacific Command]] and the [[O Japan Ground Self-Defense Force]] landed at [[L Subic Bay]] on Sunday.

The [[O Department of National Defense]] said a [[L U.S.]] missile system deployed last year would be used in the drills. Its spokesman, [[P Arsenio Andolong-Reyes]], said the system "stays as long as we need it."

The [[O China Coast Guard]] said on Monday its ships had driven off a Philippine vessel near [[L Scarborough Shoal]]. [[O/L Beijing]]'s foreign ministry said the drills "harm regional peace."

Australian and French troops will join part of the exercises, the [[O Australian Defence Force]] said.

[[L Manila]] and [[L Tokyo]] signed a pact last year allowing their forces to train on each other's soil. [[L Japan]]'s parliament, the [[O National Diet]], ratified it in December. The [[O Philippine Navy]] said two Japanese destroyers would join a sail past off [[L Batanes]] next week.

Some 400 protesters marched outside the [[O U.S. Embassy]] in [[L Manila]] on Monday to oppose the drills. Police said the march was peaceful and that no one was held.

(Reporting by [[P Karen Lema-Santos]] in [[L Manila]]; Editing by [[P Martin Petty-Lowe]])`,
  },
  {
    name: 'wikinews-style english exam results the exam regulator an exam board by acronym a teachers union by name and acronym a university a county council a school trust and a sources list',
    text: `A-level top grades rise in [[L England]]

Thursday, August 13, 2026

The share of A-level entries in [[L England]] given an A or A* rose to 28.4 percent this year, figures published on Thursday by the [[O Joint Council for Qualifications]] showed, the highest since exams returned after the pandemic.

The exams regulator [[O Ofqual]] said grading had been "in line with previous years." Its chief regulator, [[P Imogen Sandhu-Blake]], said the rise reflected stronger results in maths and the sciences.

The largest exam board, [[O AQA]], said 11,000 of its papers had been marked on screen for the first time. Rival board [[O Pearson Edexcel]] said a printing error on one physics paper had been put right without harm to students.

The [[O National Education Union]] ([[O NEU]]) said the gap between private and state schools had widened. Its general secretary, [[P Daniel Kebede-Hart]], said "a child's postcode still decides too much."

At [[O Harris Federation]], which runs 54 academies in [[L London]], a third of students got an A or better. [[O Kent County Council]] said grammar schools in the county had again topped the tables.

The [[O University of Leeds]] and [[O University of Bristol]] said they still had places in clearing for courses in engineering and languages. [[O UCAS]], the admissions service, said a record 82 percent of applicants had got their first choice.

The [[O Department for Education]] said it would publish the results for vocational courses next week.

Results for the [[X GCSE]] exams, taken at 16, follow next Thursday.

Sources

"A-level results 2026" — [[O BBC News]], August 13, 2026
"Top grades up again" — [[O Schools Week]], August 13, 2026`,
  },
];
