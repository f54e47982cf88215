/**
 * Blind entity batches 119-121 (helper ents61a, 7 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 121 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_40 are made from batches 119 and 120 only, and batch 121's errors are never
 * printed or read (only its totals). 119 and 120 lean on kinds of news earlier batches used little:
 * transport (a rail operator, a port company, a transport agency, ferries as none); agriculture
 * (sugar co-operatives and mills, a co-operative bank, a growers' federation); education (an academy
 * trust, an exam regulator and exam boards, schools as places, teachers' unions); sport
 * administration (a league and a federation, clubs named after towns, grounds as places, a cup as
 * none, a supporters' trust); religion and charities (a diocese, a cathedral and churches as places,
 * charities named as phrases); media (a broadcaster, a post office body and a police force named in
 * Irish, a regulator, programmes as none); Latin America and Africa at the local level (a state water
 * firm by its Portuguese name, municipalities, a ministry in Portuguese, a state waste authority, a
 * state assembly); defence and security (a naval base, a commando unit, a defence police force, a
 * coastguard agency, a submarine as none); science (laboratories known by acronym alone). 119 and
 * 120 also hold, in ordinary sentences, forms batches 116-117 left wrong: lists of towns, a common
 * word opening a sentence before a title and a name, "The Maharashtra government", firms joined by
 * "and" with different heads, "X Electric Power Co.", acronym-only bodies, Irish bodies with "An".
 * Batch 121 is an ordinary day's mixed wire. People are invented; countries, agencies and companies
 * appear as they would in any report.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_119: EntityCase[] = [
  {
    name: 'reuters wellington rail operator freight cut a tunnel towns in a list a port company a dairy co-operative a transport agency a ferry as none and a sign-off',
    text: `[[L WELLINGTON]], March 11 ([[O Reuters]]) - [[L New Zealand]]'s state-owned rail operator [[O KiwiRail]] will suspend freight trains north of [[L Auckland]] for six months from April while it relines a tunnel, forcing shippers of logs and milk onto roads through [[L Dargaville]], [[L Kaikohe]] and [[L Kawakawa]].

The line carries about 400,000 tonnes a year to [[O Northport]], the deep-water port at [[L Marsden Point]] owned by [[O Marsden Maritime Holdings]] and [[O Port of Tauranga]]. [[O Northport]] chief executive [[P Callum Theaker-Reid]] said the closure would put up to 90 extra trucks a day on [[L State Highway 1]].

[[O KiwiRail]] said the tunnel near [[L Wellsford]], built in 1909, had moved by 40 millimetres since floods in 2023. "We cannot run heavy trains through it safely until it is relined," said [[P Hinemoa Taurua-Black]], the company's chief operating officer.

Dairy co-operative [[O Fonterra]], which trucks milk from [[L Northland]] farms to its factory at [[L Kauri]], said it would bear the extra cost. Forestry exporters [[O Summit Forests]] and [[O Pan Pac Forest Products]] said they would send more logs through [[O Ports of Auckland]] instead.

Transport Minister [[P Aroha Whitcombe]] said the [[O New Zealand Transport Agency]], known by its Maori name [[O Waka Kotahi]], would spend 12 million dollars strengthening bridges on the route. The opposition [[O Labour Party]] said the government had cut rail funding in its first budget.

[[O KiwiRail]] is also waiting for two new ferries for its [[O Interislander]] service across [[L Cook Strait]] after the government cancelled an order with [[O Hyundai Mipo Dockyard]] in [[L South Korea]]. Its oldest ferry, the [[X Aratere]], is due to be retired in August.

The rail union, the [[O Rail and Maritime Transport Union]], said 30 train drivers based in [[L Whangarei]] would be moved to other lines.

(Reporting by [[P Lucy Craymer-Owens]]; Editing by [[P Kim Coghill-Ruiz]])`,
  },
  {
    name: 'pti pune sugar co-operatives cane payments a state government mills by name a cooperative bank a federation towns in a list and a sugar commissioner',
    text: `[[L PUNE]], Nov 4 ([[O PTI]]) - Sugar mills in western [[L Maharashtra]] will start crushing cane next week after the state set a minimum payment to farmers, ending a month-long standoff that had left cane standing in fields across [[L Kolhapur]], [[L Sangli]], [[L Satara]] and [[L Solapur]].

Sugar commissioner [[P Deepak Tawde-Jagtap]] said 104 co-operative mills and 96 private mills had applied for crushing licences. Mills that fail to pay farmers within 14 days of delivery will lose them, he said.

The [[L Maharashtra]] government has agreed to guarantee loans of 18 billion rupees to 21 co-operative mills through the [[O Maharashtra State Co-operative Bank]]. Farmers' leader [[P Raju Khot-Shetti]] of the [[O Swabhimani Shetkari Sanghatana]] called off a road blockade near [[L Ichalkaranji]] after the decision.

"The mills have been paid for their sugar and their ethanol. Now the farmers must be paid," [[P Khot-Shetti]] told reporters in [[L Kolhapur]].

The [[O National Federation of Cooperative Sugar Factories]] says the state's output may fall 8 percent this season because of poor rains in [[L Marathwada]]. The [[O Indian Sugar and Bio-Energy Manufacturers Association]] ([[O ISMA]]) has asked the [[O Food Ministry]] in [[L New Delhi]] to allow exports of two million tonnes.

Among the largest co-operatives, [[O Shree Chhatrapati Shahu Sahakari Sakhar Karkhana]] in [[L Kagal]] said it would begin on Monday. District collector [[P Amol Yedge-Patil]] said police would be posted at weighbridges in [[L Shirol]], [[L Hatkanangale]] and [[L Karvir]].

Private millers [[O Renuka Sugars]] and [[O Dalmia Bharat Sugar]] said they expected the recovery rate, the share of sugar taken from cane, to be about 11.2 percent.

Shares of [[O Balrampur Chini Mills]] and [[O Triveni Engineering]] rose about 2 percent in [[L Mumbai]] on the news.`,
  },
  {
    name: 'bbc-style academy trust exam board results appeal a regulator a trade union a department schools as places and a trust chief executive',
    text: `An academy trust that runs 14 schools in [[L Kent]] and [[L East Sussex]] has been told to repay 2.3 million pounds after an investigation found it paid for consultancy from a firm owned by its former chief executive.

The [[O Education and Skills Funding Agency]] said [[O Weald Coast Academies Trust]] had broken rules on related-party transactions for four years. Its findings were published on Thursday by the [[O Department for Education]].

Trust chief executive [[P Margaret Ellory-Shaw]], appointed in January, said the board accepted the findings in full. "Every pound taken from our pupils will be paid back," she said.

The former chief executive, [[P Graham Pendry]], said his company, [[O Pendry Learning Partnerships]], had given the trust "good value for public money".

Parents at [[L Marshlands Academy]] in [[L Dymchurch]] said class sizes had risen while the money was spent. The [[O National Education Union]] and the [[O NASUWT]] have called for the trust's schools to be moved to another sponsor.

The findings come as the exam regulator, [[O Ofqual]], looks into the trust's handling of coursework at [[L Romney Marsh Academy]], where 40 [[X GCSE]] entries were withdrawn last summer. Exam boards [[O AQA]] and [[O Pearson Edexcel]] said they had helped the school to re-enter pupils in the autumn.

Regional director [[P Nadia Farrant-Okoro]] said the department would appoint two new trustees. The local MP, [[P Helen Godsall]], said families in [[L Lydd]], [[L New Romney]] and [[L Hythe]] deserved better.

The trust will keep running its schools while the department decides. Two of them, in [[L Folkestone]], were rated inadequate by [[O Ofsted]] last year.

The [[O Confederation of School Trusts]], which represents academy trusts in [[L England]], said the case was "rare and serious" and that most trusts bought services through open tenders.`,
  },
  {
    name: 'scotsman-style football league board vote clubs named after towns a stadium as a place a cup as none a federation and a supporters trust',
    text: `The [[O Scottish Professional Football League]] will ask its 42 clubs to vote next month on letting teams in the top division play on artificial pitches again, after three clubs threatened legal action over the ban.

[[O Kilmarnock]], [[O Livingston]] and [[O Airdrieonians]] have written to the league board saying the rule, due to take effect next season, would cost each of them about 1.2 million pounds to replace their pitches. [[O Kilmarnock]] play at [[L Rugby Park]], which has had a plastic surface since 2014.

League chief executive [[P Neil Doncaster-Reay]] said the vote would need the backing of 11 of the 12 top-flight clubs. "The board has heard the clubs and it will let the clubs decide," he said.

The [[O Scottish Football Association]], which runs the national team and the [[X Scottish Cup]], has said it will not allow plastic pitches in cup ties from the quarter-finals on. Its president, [[P Mike Mulraney-Bell]], said players in [[L Scotland]] had raised concerns about injuries.

[[O Celtic]] and [[O Rangers]] both back the ban. [[O Ross County]], whose ground in [[L Dingwall]] is the most northerly in the top flight, said it was undecided.

Players' union [[O PFA Scotland]] said a survey of 400 members found 71 percent preferred grass. Its chief executive, [[P Fraser Wishart-Lowe]], said the union would give evidence to the board.

[[O Livingston]] fans' group the [[O Livi Supporters Trust]] said the club's ground at [[L Almondvale]] was used by community teams six days a week. "Grass would be under water by November," said its chair, [[P Karen Dalgleish]].

Clubs in [[L Falkirk]], [[L Cumbernauld]] and [[L Stenhousemuir]] also use artificial pitches but play in lower divisions.`,
  },
  {
    name: 'kyodo-style tokyo offshore wind auction utilities by long name with co. firms joined by and towns in a list a ministry with commas and a trading house',
    text: `[[L TOKYO]] ([[O Kyodo]]) - A group led by [[O Chubu Electric Power Co.]] and [[O Mitsui & Co.]] won the right on Friday to build an offshore wind farm off [[L Akita Prefecture]], the [[O Ministry of Economy, Trade and Industry]] said, the first award in the country's third auction round.

The 615-megawatt project off the towns of [[L Oga]], [[L Katagami]] and [[L Akita]] city is due to start in 2030. A rival bid by [[O Tohoku Electric Power Co.]] and [[O Marubeni Corp.]] came second.

[[O Mitsubishi Corp.]], which won three sites in the first round in 2021, withdrew from all of them in February, citing higher costs for turbines and steel. Its partner, [[O Chubu Electric Power]], took a write-down of 52 billion yen.

"We learned from the first round. The price we offered can carry higher costs," said [[P Hiroshi Nakagawa-Sato]], a managing director at [[O Chubu Electric]]. [[O Kansai Electric Power Co.]] and [[O JERA]] did not bid.

The mayor of [[L Oga]], [[P Kenji Watanuki]], said fishermen's co-operatives in the town had agreed to the project after the developers promised a fund of 4.5 billion yen over 30 years. The [[O Akita Prefectural Fisheries Cooperative Association]] will take part in surveys of the sea bed.

Industry minister [[P Yoji Mutoh-Kawai]] said [[L Japan]] aimed to approve 10 gigawatts of offshore wind by 2030. The [[O Japan Wind Power Association]] said the target could slip by five years without faster approvals from the [[O Ministry of Land, Infrastructure, Transport and Tourism]], which manages ports.

[[O Vestas]] of [[L Denmark]] will supply the turbines. [[O Kajima Corp.]] and [[O Penta-Ocean Construction]] will build foundations at [[L Akita Port]].`,
  },
  {
    name: 'reuters vienna particle physics a collider budget acronym-only laboratories a european organisation a funding agency universities and a sign-off',
    text: `[[L VIENNA]], Oct 2 ([[O Reuters]]) - Member states of [[O CERN]] on Thursday put off a decision on funding the [[X Future Circular Collider]], a 91-kilometre ring under the border between [[L France]] and [[L Switzerland]], after [[L Germany]] said it could not commit money before 2028.

The collider would cost about 15 billion Swiss francs. [[O CERN]] director-general [[P Mark Oleander-Thompson]] said the council would take up the plan again in June. "The physics case is as strong as it was," he told reporters in [[L Geneva]].

[[L Germany]]'s research ministry, which also funds the [[O DESY]] laboratory in [[L Hamburg]], said its budget was under strain. The [[O Science and Technology Facilities Council]] in [[L Britain]] backed the project, as did [[O INFN]], [[L Italy]]'s nuclear physics institute.

Scientists at [[O SLAC]] and [[O Fermilab]] in the [[L United States]], which is not a member, have taken part in design studies. The [[O U.S. Department of Energy]] said it would decide on its share after the council votes.

[[O TRIUMF]], [[L Canada]]'s particle accelerator centre in [[L Vancouver]], and [[O KEK]] in [[L Japan]] have signed letters of support. [[P Sofia Lindqvist-Ahn]], a physicist at [[O Uppsala University]], said the delay "sends the wrong signal to young researchers choosing where to spend a career".

Critics including [[P Rainer Vossberg]] of the [[O Max Planck Institute for Physics]] in [[L Munich]] say the money would be better spent on smaller experiments. Environmental groups in the [[L Pays de Gex]] have objected to the amount of rock to be dug out.

A decision in June would let tunnelling start in the mid-2030s, after the [[X Large Hadron Collider]] ends its last run.

(Reporting by [[P Francois Murphy-Lenz]]; Editing by [[P Alison Williams-Cole]])`,
  },
];

export const BATCH_120: EntityCase[] = [
  {
    name: 'church times-style diocese closing parish churches a cathedral as a place a church commissioners body a heritage body charities named as phrases towns in a list and a bishop',
    text: `The [[O Diocese of Lincoln]] has proposed closing 36 of its parish churches over five years, saying it can no longer pay for buildings used by fewer than ten worshippers a week.

The plan, put to the diocesan synod at [[L Lincoln Cathedral]] on Saturday, would hand most of the buildings to the [[O Church Commissioners]] for sale or for care by charities. Churches in [[L Louth]], [[L Horncastle]] and [[L Spilsby]] are among those named.

The Bishop of [[L Lincoln]], [[P Stephen Corran-Hale]], said the diocese had a deficit of 1.8 million pounds last year. "These are hard choices, but mission is about people, not stone," he said.

[[O Historic England]] said 11 of the churches were listed at grade I, including [[L St Botolph's Church]] at [[L Skidbrooke]], and that it wanted a say in their future. The [[O Churches Conservation Trust]], which looks after 350 redundant churches, said it could take on only two.

Charities [[O Friends of Friendless Churches]] and the [[O National Churches Trust]] said they would ask the [[O Church of England]] to set up a fund to keep rural churches open as community spaces. Trustee [[P Alison Threlkeld]] said villages in the [[L Lincolnshire Wolds]] had lost their pubs, shops and schools. "The church is the last building with a door open," she said.

Parishioners at [[L All Saints' Church]] in [[L Saltfleetby]] have collected 4,000 signatures against its closure. Their vicar, the Rev. [[P Daniel Okafor-Wright]], said the congregation had grown to 15 since a food bank run with the [[O Trussell Trust]] opened in the church hall.

Archdeacon [[P Ruth Pellow]] said no decision would be made before a consultation ends in March. The synod will vote in June.`,
  },
  {
    name: 'irish times-style broadcaster licence fee a post office body a media regulator programmes as none an irish-language channel a minister and a police force named in irish',
    text: `[[O RTÉ]] has asked the Government to end the television licence fee and pay for public broadcasting directly from the exchequer, after collections fell for a third year and one in five homes paid nothing.

In a submission published on Wednesday, the broadcaster said [[O An Post]], which collects the fee, had recovered only 185 million euro last year. [[O An Post]] said it had sent 410,000 reminders and that court prosecutions had fallen since 2022.

Media minister [[P Orla Canavan-Kiely]] said the Cabinet would decide on a new funding model before the summer. "Nobody defends the system we have," she said.

The media regulator, [[O Coimisiún na Meán]], said the licence fee should be replaced by a charge collected with household bills. Its chairman, [[P Ciarán Ó Dálaigh]], said broadcasters in [[L Finland]] and [[L Denmark]] had made the change without losing independence.

The Irish-language channel [[O TG4]], based in [[L Baile na hAbhann]] in [[L Connemara]], receives about 60 million euro a year. Its director general, [[P Áine Ní Bhriain]], said any new model must protect programmes in Irish.

[[O RTÉ]] has cut 400 jobs since a payments scandal in 2023. It has sold part of its campus in [[L Donnybrook]] and ended [[X The Podcast Show]] and a late-night chat show. Current affairs programme [[X Prime Time]] and the soap [[X Fair City]] will be kept, it said.

[[O An Garda Síochána]] told the [[O Oireachtas]] media committee in a separate hearing that it no longer had officers to spare for licence inspections. The [[O National Union of Journalists]] said staff at [[O RTÉ]] and at the [[O Irish Examiner]] and the [[O Irish Independent]] faced further cuts.

[[O Fianna Fáil]] senator [[P Malcolm Byrne-Tully]] said the decision was "ten years late".`,
  },
  {
    name: 'reuters sao paulo water utility a state firm by portuguese name and acronym a state government municipalities a regulator a ministry in portuguese and a sign-off',
    text: `[[L SAO PAULO]], Aug 19 ([[O Reuters]]) - [[O Sabesp]], [[L Brazil]]'s largest water company, will invest 8 billion reais in sewage works in 12 municipalities around [[L Sao Paulo]] this year, as it races to meet targets set when the state sold control of the firm.

The [[O Companhia de Saneamento Básico do Estado de São Paulo]], as [[O Sabesp]] is formally known, said 3.4 million people in the metropolitan area still lived in homes not connected to sewers. Most of them are in [[L Guarulhos]], [[L Itaquaquecetuba]] and [[L Francisco Morato]].

State governor [[P Tarcísio Monteiro]] said the sale to [[O Equatorial Energia]] last year had brought forward universal sewage coverage to 2029. The [[O Agência Nacional de Águas e Saneamento Básico]] ([[O ANA]]), the federal regulator, sets the rules.

Municipal water departments in smaller towns have resisted. The mayor of [[L Mauá]], [[P Marcelo Oliveira]], said his town's utility, [[O Sama]], would not be merged into [[O Sabesp]]. "The water belongs to the people of [[L Mauá]]," he said.

[[O Sabesp]] chief executive [[P Carlos Piani-Vaz]] said tariffs would rise by no more than inflation. Shares of the company, which trade on the [[O B3]] exchange and in [[L New York]], fell 1.2 percent.

The [[O Ministério das Cidades]] in [[L Brasilia]] said it would lend 2 billion reais through state bank [[O Caixa Econômica Federal]]. The federal prosecutors' office, the [[O Ministério Público Federal]], is investigating raw sewage in the [[L Tietê]] river.

Environmental group [[O SOS Mata Atlântica]] said the river's dead stretch had shrunk to 122 km.

The utility's privatisation was the largest in [[L Latin America]] in a decade.

(Reporting by [[P Luciana Magalhães-Frey]]; Editing by [[P Daniel Flynn-Osório]])`,
  },
  {
    name: 'bbc-style scotland naval base security a police force a coastguard a navy a commando unit a ministry a submarine as none towns in a list and a lifeboat charity',
    text: `Armed police at [[L HMNB Clyde]] are to be backed by extra patrol boats after two activists reached a submarine berth in a kayak last month, the [[O Ministry of Defence]] has said.

The base at [[L Faslane]], on the [[L Gare Loch]], is home to the country's nuclear-armed submarines. The [[O Ministry of Defence Police]] said it would add four boats and 30 officers, and that the [[O Royal Marines]] of [[O 43 Commando Fleet Protection Group]] would patrol the loch at night.

Defence minister [[P Luke Pollard-Keane]] said the breach had been "unacceptable". Two women, aged 61 and 34, were arrested near the berth of [[X HMS Anson]] and have been charged by [[O Police Scotland]].

Residents of [[L Helensburgh]], [[L Rhu]] and [[L Garelochhead]] have complained about helicopter flights since the incident. [[O Argyll and Bute Council]] said it had not been told about the new patrols.

The [[O Maritime and Coastguard Agency]] said it would set up a restricted zone on the loch for pleasure craft, marked by buoys. The lifeboat charity [[O RNLI]], which has a station at [[L Helensburgh]], asked for its crews to be exempt.

The [[O Scottish National Party]] renewed its call for the weapons to be removed from [[L Scotland]]. Campaign group [[O Scottish CND]] said the kayakers had shown that "no amount of security makes these weapons safe".

The [[O Royal Navy]] said submarines were never at risk. A report by the [[O Defence Nuclear Safety Regulator]] is due in the autumn.

Chief superintendent [[P Gillian Arbuckle]] said the force would review how officers at the base are trained. The [[O Scottish Police Federation]] said many had worked 14-hour shifts through the summer.`,
  },
  {
    name: 'punch-style lagos waste authority a state government a state assembly local councils a commissioner a contractor a court and a party',
    text: `[[L LAGOS]] - The [[O Lagos State Waste Management Authority]] ([[O LAWMA]]) has taken back refuse collection in six local government areas from private operators, after residents in [[L Ikeja]], [[L Surulere]] and [[L Oshodi]] complained of rubbish left on streets for weeks.

Environment commissioner [[P Tokunbo Wahab-Adeyemi]] said 120 operators had failed to meet targets under contracts signed in 2021. "The state will not pay for trucks that do not move," he told journalists at [[L Alausa]], the seat of government.

The [[O Lagos State House of Assembly]] voted on Tuesday to summon the authority's managing director, [[P Muyiwa Gbadegesin-Ola]], over what members called a "collapse" in service. Speaker [[P Mudashiru Obasa-Kareem]] said the house would review the contracts.

The [[O Association of Waste Managers of Nigeria]] said operators had not been paid for eight months and that the price of diesel had tripled since 2023. Its chairman, [[P David Oriyomi]], said members would challenge the decision at the [[O Federal High Court]] in [[L Lagos]].

Flooding in [[L Lekki]] and [[L Ajah]] in July was blamed on refuse blocking canals. The [[O Nigerian Meteorological Agency]] has warned of heavy rain in September.

The opposition [[O Labour Party]] said the [[O All Progressives Congress]] government had used the contracts to reward supporters. The governor's spokesman, [[P Gboyega Akosile-Bello]], said all contracts had been awarded by tender.

The authority said it had bought 102 compactor trucks from [[O Sinotruk]] of [[L China]] and that collections would be back to normal within a month. [[O LAWMA]] also runs landfills at [[L Olusosun]] and [[L Epe]].

The [[O Lagos Chamber of Commerce and Industry]] said traders in [[L Balogun Market]] had lost sales because customers avoided streets piled with waste.`,
  },
  {
    name: 'ap washington science laboratories funding cuts acronym-only labs an observatory lab a federal agency a university and a congressman',
    text: `[[L WASHINGTON]] ([[O AP]]) - Two of the country's leading physics laboratories will cut hundreds of jobs after the [[O Department of Energy]] and the [[O National Science Foundation]] reduced their budgets for next year.

[[O SLAC]], the accelerator laboratory in [[L Menlo Park]], [[L California]], run by [[O Stanford University]], will lay off 180 of its 1,700 staff. The [[O National Science Foundation]]'s [[O NOIRLab]] in [[L Tucson]], [[L Arizona]], which operates telescopes in [[L Chile]] and [[L Hawaii]], will cut 95 jobs and close a visitor centre at [[L Kitt Peak]].

[[O NOIRLab]] director [[P Patricia Reyes-Amundsen]] said the [[X Gemini North]] telescope on [[L Maunakea]] would run two fewer nights a week. "We are keeping the science going, but at a real cost," she said.

The cuts also hit [[O Fermilab]] outside [[L Chicago]] and [[O Brookhaven National Laboratory]] on [[L Long Island]], where construction of the [[X Electron-Ion Collider]] has been slowed.

The [[O American Physical Society]] said the budget would cost the [[L United States]] its lead in fields it had built over decades. Its chief executive, [[P Jonathan Bagger-Wren]], said young scientists were already taking posts in [[L Europe]] and [[L China]].

Representative [[P Zoe Lofgren-Price]] of [[L California]] said she would try to restore the money when the [[O House Science Committee]] meets this month. A spokesman for the [[O Office of Management and Budget]] said the cuts reflected "a focus on results".

[[O SLAC]] said its X-ray laser, the [[X LCLS-II]], would keep running for outside users. [[O Stanford]] said it would help laid-off staff find other work on the campus.

The [[O Union of Concerned Scientists]] said the cuts would fall hardest on technicians, who rarely find similar work.`,
  },
];

export const BATCH_121: EntityCase[] = [
  {
    name: 'reuters sydney airline engineers strike an airline and its budget arm a union a tribunal airports as places a minister and a sign-off',
    text: `[[L SYDNEY]], June 3 ([[O Reuters]]) - [[O Qantas Airways]] cancelled 140 domestic flights on Tuesday as aircraft engineers walked off the job for 24 hours in a dispute over pay, the first strike at the airline in more than a decade.

Flights from [[L Sydney Airport]], [[L Melbourne Airport]] and [[L Brisbane Airport]] were hit hardest. Budget arm [[O Jetstar]] was not affected, the company said.

The [[O Australian Licensed Aircraft Engineers Association]] ([[O ALAEA]]) wants a 6 percent pay rise in each of the next three years. Its federal secretary, [[P Steve Purvinas-Hart]], said engineers had not had a real rise since 2019. "[[O Qantas]] made record profits on the backs of these workers," he said.

[[O Qantas]] said it had offered 4 percent a year and would ask the [[O Fair Work Commission]] to end the action if it went on. Chief executive [[P Vanessa Hudson-Greer]] apologised to passengers.

Rival [[O Virgin Australia]], part-owned by [[O Qatar Airways]], added larger jets on routes between [[L Sydney]] and [[L Melbourne]]. Analysts at [[O Morgan Stanley]] said the strike would cost [[O Qantas]] about 25 million Australian dollars a day.

Transport Minister [[P Catherine King-Mayer]] urged both sides to settle. The [[O Australian Council of Trade Unions]] said it backed the engineers.

The engineers maintain the airline's [[X Boeing 737]] and [[X Airbus A330]] fleets at bases in [[L Sydney]], [[L Melbourne]] and [[L Brisbane]]. Some work on long-haul jets is done by [[O Singapore Technologies Engineering]], which the union says is cheaper because pay is lower. [[O Qantas]] said safety had never been affected and that every aircraft had been checked before it flew.

Travellers at [[L Sydney Airport]] said they had been given little notice. [[P Mei Ling Carrow]], who was flying to [[L Perth]] for a funeral, said she had been rebooked for Thursday.

Shares of [[O Qantas]] fell 2.1 percent on the [[O Australian Securities Exchange]].

(Reporting by [[P Byron Kaye-Lindsay]]; Editing by [[P Jamie Freed-Ortiz]])`,
  },
  {
    name: 'bbc-style food standards agency recall supermarkets a brand as none a dairy a council trading standards and a farmers union',
    text: `The [[O Food Standards Agency]] has told shoppers not to eat a range of soft cheeses sold by four supermarkets after listeria was found at a dairy in [[L Somerset]].

Cheeses made by [[O Wyndham Vale Creamery]] near [[L Shepton Mallet]] and sold by [[O Tesco]], [[O Sainsbury's]], [[O Waitrose]] and [[O Aldi]] have been withdrawn. The dairy's own brand, [[X Mendip Blue]], is also being recalled.

[[O UK Health Security Agency]] said three people, in [[L Bristol]], [[L Bath]] and [[L Exeter]], had been treated in hospital with listeriosis since August. Tests linked the cases to the same strain.

Managing director [[P Tom Heathcote-Vale]] said the company had stopped production and was "working closely" with inspectors from [[O Mendip District Council]]'s environmental health team. "We are devastated that our cheese may have made people ill," he said.

[[O Somerset Council]], which took over from the district council in 2023, said its officers had visited the site twice.

The [[O National Farmers' Union]] said the recall would hit dairy farmers who sell milk to the creamery. [[P Rachel Coombes]], who milks 180 cows near [[L Wells]], said she had been told her milk would not be collected this week.

[[O Which?]], the consumer group, said supermarkets should contact customers who had bought the cheese using their loyalty card data. [[O Tesco]] said it had already done so.

The agency advised pregnant women and people over 65 to check their fridges.

The creamery, which employs 42 people, won a gold award at the [[X British Cheese Awards]] last year. It sells to restaurants in [[L London]] and exports to [[L France]] and [[L Germany]], where the [[O Federal Office of Consumer Protection and Food Safety]] said it had been informed.

The last large listeria recall in [[L Britain]], in 2023, involved sandwiches sold in hospitals.`,
  },
  {
    name: 'gulf news-style muscat municipality waterfront plan a governorate a state investment fund a developer a ministry and a port',
    text: `[[L MUSCAT]] - [[O Muscat Municipality]] has approved plans for a 2-kilometre waterfront in [[L Mutrah]], with a fish market, hotels and a cruise terminal, as [[L Oman]] seeks more tourists from ships calling at [[L Sultan Qaboos Port]].

The project will be built by [[O Omran Group]], the tourism developer owned by the [[O Oman Investment Authority]], at a cost of 120 million rials. Work will start in January and end in 2028.

Municipality chairman [[P Issa bin Hamad al-Hashmi]] said the old souq and forts would be kept. "[[L Mutrah]] is the heart of the capital. We are opening it to the sea," he said.

The [[O Ministry of Heritage and Tourism]] expects cruise passengers to reach 400,000 a year by 2030. The [[O Asyad Group]], which runs the country's ports, said it would move cargo handling from the port to [[L Sohar]] and [[L Duqm]].

Residents of [[L Mutrah]] and [[L Ruwi]] have raised concerns about traffic. Member of the [[O Majlis al-Shura]] [[P Khalid al-Saadi]] said the municipality should build car parks before hotels.

The [[O Muscat Governorate]]'s office said roads between [[L Qurum]] and [[L Mutrah]] would be widened. [[O Oman Air]] said it would offer packages with cruise lines from the winter.

[[L Oman]] received 3.9 million visitors last year, most of them from [[L India]], [[L Germany]] and neighbouring [[L United Arab Emirates]]. The government wants tourism to make up 5 percent of the economy by 2040 under its [[X Oman Vision 2040]] plan.

Fishermen who land their catch in [[L Mutrah]] will be given stalls in the new market at the same rents, the municipality said. The [[O Oman Fisheries Association]] welcomed the promise but said the old market should stay open until the new one is ready.

The project is the largest in the capital since the [[L Royal Opera House Muscat]] opened in 2011.`,
  },
  {
    name: 'cbc-style winnipeg university faculty strike a faculty association a university a students union a provincial ministry and a college',
    text: `The faculty association at the [[O University of Manitoba]] says its 1,200 members will walk off the job on Monday if no deal is reached over the weekend, cancelling classes for about 30,000 students in [[L Winnipeg]].

The [[O University of Manitoba Faculty Association]] wants limits on class sizes and a rise of 14 percent over four years. The university has offered 9 percent.

Association president [[P Orvie Dingwall-Price]] said talks on Friday made "no real progress". The university's provost, [[P Diane Hiebert-Kwan]], said it had made "a fair offer in a hard year".

The [[O University of Manitoba Students' Union]] said students should not lose credits. Its president, [[P Jaspreet Sandhu]], said many international students feared for their study permits.

[[L Manitoba]]'s advanced education minister, [[P Renée Cable-Morin]], said the province had raised university funding by 3.5 percent this year. The [[O Manitoba Organization of Faculty Associations]] said funding per student was still below what it was in 2016.

Faculty at [[O Brandon University]] and [[O Red River College Polytechnic]] are not affected. The [[O University of Winnipeg]] settled with its faculty in March.

The last strike at the [[O University of Manitoba]], in 2021, lasted five weeks.

That strike ended when the province's labour board ruled that the government had interfered in bargaining, and the university later paid 19 million dollars to settle the union's claims. The [[O Canadian Association of University Teachers]], based in [[L Ottawa]], has promised to pay strike wages to members if they walk out.

The university said exams set for December would go ahead whatever happens. Parents of students living in residence at the [[L Fort Garry]] campus were told meals would still be served. A spokesman for the [[O Manitoba Government and General Employees' Union]], which represents support staff, said its members would not cross picket lines.`,
  },
  {
    name: 'afp johannesburg cricket board franchise league a federation franchises named after cities a stadium a players association and a minister',
    text: `[[L JOHANNESBURG]] ([[O AFP]]) - [[O Cricket South Africa]] on Thursday announced a two-year deal with a streaming platform for its franchise league, [[X SA20]], after the national broadcaster [[O SABC]] dropped out of talks.

The board's chief executive, [[P Pholetsi Moseki-Dlamini]], said the deal with [[O SuperSport]] was worth about 1.1 billion rand. [[O SABC]] said it could not afford the rights.

The six franchises, all owned by [[O Indian Premier League]] teams, include [[O Joburg Super Kings]], [[O Durban's Super Giants]] and [[O Paarl Royals]]. The final will be played at the [[L Wanderers]] in February.

The [[O South African Cricketers' Association]] said players' share of the revenue must rise. Its chief, [[P Andrew Breetzke-Nel]], said the league had drawn crowds to [[L Newlands]] and [[L Kingsmead]] that Test matches no longer did.

Sport minister [[P Gayton McKenzie-Mabaso]] said the loss of free-to-air coverage would shut out poorer fans. The [[O Independent Communications Authority of South Africa]] lists cricket among events that must be shown free.

The [[O Proteas]] begin a Test series against [[L Pakistan]] in [[L Centurion]] later this month.

The streaming deal is the latest blow for the [[O SABC]], which has cut jobs and sold studios in [[L Auckland Park]] to pay debts. Its board chair, [[P Khathutshelo Ramukumba-Sithole]], said the broadcaster would still show radio commentary of the league.

[[O Cricket South Africa]] will use part of the money to pay for women's cricket and for grounds in the [[L Eastern Cape]], where [[L St George's Park]] in [[L Gqeberha]] needs new floodlights. The board said it had also been approached by a group of investors from [[L Saudi Arabia]] about a new tournament.`,
  },
  {
    name: 'reuters santiago copper miner water deal a state miner a municipality a water company an environmental regulator and a sign-off',
    text: `[[L SANTIAGO]], May 14 ([[O Reuters]]) - [[L Chile]]'s state copper miner [[O Codelco]] will build a 1.3 billion dollar desalination plant to supply its mines around [[L Calama]], freeing river water for farmers and the town, the company said on Wednesday.

The plant, near [[L Tocopilla]] on the coast, will pump water 160 km into the [[L Atacama Desert]] to the [[L Chuquicamata]] and [[L Radomiro Tomic]] mines. A group led by [[O Acciona]] of [[L Spain]] will build it.

[[L Calama]]'s mayor, [[P Eliecer Chamorro-Tapia]], said the town had waited 20 years for the miner to stop taking water from the [[L Loa]] river. The municipality will receive 30 million dollars for a water treatment works.

The [[O Servicio de Evaluación Ambiental]], the environmental regulator, approved the project in March. [[O Codelco]] chairman [[P Máximo Pacheco-Ruiz]] said output at [[L Chuquicamata]] would rise to 380,000 tonnes a year by 2028.

[[O Aguas Antofagasta]], the regional water company, will run the pipeline. The [[O Sociedad Nacional de Minería]] said other miners, including [[O BHP]] and [[O Antofagasta Minerals]], were building their own plants. [[O Acciona]] also built a desalination plant for [[O BHP]] in [[L Antofagasta]] in 2018.

Water is the biggest constraint on copper output in northern [[L Chile]], which produces about a quarter of the world's supply. Farmers in the [[L Loa]] valley and the indigenous community of [[L Chiu Chiu]] sued [[O Codelco]] in 2019 over falling river levels; the case was settled last year.

The [[O Chilean Copper Commission]] ([[O Cochilco]]) expects national output to rise 4 percent this year. [[O Codelco]]'s production fell to a 25-year low in 2023 after delays at new projects.

(Reporting by [[P Fabian Cambero-Lagos]]; Editing by [[P Sandra Maler-Ruiz]])`,
  },
];
