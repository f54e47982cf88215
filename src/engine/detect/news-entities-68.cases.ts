/**
 * Blind entity batches 68-70 (helper ents33a, 4 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 70 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_23 are made from batches 68 and 69 only, and batch 70's errors are never printed
 * or read (only its totals, `npx tsx scripts/eval/news-entities.ts --quiet "batch 70"`). They vary
 * what batches 1-67 had by page rather than by country: a health page, an aviation page, a local
 * council report, a courts page with many parties and law firms, horse racing, a diocese, an
 * education page with exam boards, mining in the Andes, a tech page, motor racing with teams named
 * by sponsors, an obituary, a letters page with signatures, netball, a church page and island
 * ferries; from Sierra Leone, Fiji, North Macedonia, Scotland, Ireland, Quebec, Latvia, Bolivia,
 * the Gulf, Brazil, England, Australia and Nigeria. The hard cases: signatures of letters ("Name,
 * Town"), firms named after two or three surnames, horses, drugs, apps, platforms, ferries and cars
 * as none (while the companies behind them are organisations), trainers named like places, racecourses
 * and circuits named after people, hyphenated and double surnames, patronymic and particle names
 * (Mac, O', de, bin, al-), bodies by acronym, rivers and mountain ranges, parties by acronym.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_68: EntityCase[] = [
  {
    name: 'sierra leone health page cholera at a referral hospital with a ministry a public health agency by acronym a pharmacy board drugs as none a drug maker krio names a hyphenated surname districts and a river',
    text: `Cholera cases double in [[L Kenema]] as hospital runs short of fluids

[[L FREETOWN]] — Cholera cases in [[L Kenema District]] doubled in a week to 412, the [[O National Public Health Agency]] ([[O NPHA]]) said on Tuesday, as the main referral hospital in the east ran short of rehydration fluids.

Dr [[P Fatmata Kamara-Taylor]], who heads the isolation ward at [[L Kenema Government Hospital]], said nurses were mixing fluids by hand. "We are giving [[X ORS]] from buckets," she said. "Send us drips, not visitors."

The [[O Ministry of Health and Sanitation]] said it had flown 20,000 doses of the oral vaccine [[X Euvichol-S]] from [[L Lungi]] and would start vaccinating in [[L Kailahun]] and along the [[L Moa River]] on Friday. Most of the sick had drunk water from wells near the river after the rains.

The [[O Pharmacy Board of Sierra Leone]] warned traders in [[L Bo]] against selling fake [[X doxycycline]] tablets. Its registrar, [[P Abubakarr Sesay-Conteh]], said a consignment seized at [[L Queen Elizabeth II Quay]] had been made to look like the work of the Nigerian drug maker [[O Emzor Pharmaceuticals]].

[[O Médecins Sans Frontières]] opened a 60-bed treatment centre at [[L Hangha]]. Its coordinator, [[P Ibrahim Jalloh]], said the [[O World Health Organization]] had sent two epidemiologists from [[L Monrovia]].

At [[L Connaught Hospital]] in the capital, where three cases were confirmed on Monday, matron [[P Christiana Koroma]] said the wards were calm.`,
  },
  {
    name: 'fiji aviation page an airline named after the country an airport named after a town a civil aviation authority by acronym a pilots union a plane maker before a type aircraft as none fijian names with ratu outside the span',
    text: `[[O Fiji Airways]] pilots vote to strike over rosters

[[L NADI]] — Pilots at [[O Fiji Airways]] voted on Sunday to strike for 48 hours from next Friday, the [[O Fiji Airline Pilots Association]] said, in a dispute over rosters on long flights to [[L Los Angeles]] and [[L Vancouver]].

The association's president, Captain [[P Semi Naivalu]], said crews flying the [[O Airbus]] A350 had been rostered for 16-hour duties without rest at [[L Nadi International Airport]]. "Tired pilots are a safety matter, not a pay matter," he said.

The airline's chief executive, [[P Andre Viljoen-Whitfield]], said the strike would ground 31 flights and strand about 9,000 passengers. He asked the [[O Employment Relations Tribunal]] to order the pilots back to work.

The [[O Civil Aviation Authority of Fiji]] ([[O CAAF]]) said its inspectors had found "no breach" of duty limits. Its chairman, Ratu [[P Isoa Tikoitoga]], said the authority would meet both sides in [[L Suva]].

The regional carrier [[O Fiji Link]], which flies to [[L Labasa]], [[L Savusavu]] and [[L Taveuni]], said its flights would run as usual. Tourism Minister [[P Viliame Gavoka]] said hotels on [[L Denarau Island]] had already had cancellations.

The airline's newest plane, the A350 [[X Island of Kadavu]], was on its delivery flight from [[L Toulouse]] when the vote was announced.`,
  },
  {
    name: 'north macedonian local council report skopje city council with parties by acronym a mayor a river and a mountain a public utility named after the river -ski and -ska names a hyphenated surname and a municipality',
    text: `[[L Skopje]] council blocks sale of riverside land

[[L SKOPJE]] — The [[O Skopje City Council]] voted 24 to 19 on Thursday against selling 4 hectares of land on the [[L Vardar]] to a hotel builder, after councillors from [[O VMRO-DPMNE]] split with the mayor.

Mayor [[P Orce Gjorgjievski]] had said the sale would pay for a new bridge to [[L Karpoš]]. Councillor [[P Elena Stojanovska-Ristova]] of the [[O Social Democratic Union of Macedonia]] ([[O SDSM]]) said the land was "the last green bank of the river" and should become a park.

The buyer, [[O Vardar Hills Development]], is owned by the Turkish builder [[O Kalyon]]. Its local manager, [[P Burak Öztürk]], said the company would appeal to the [[O Administrative Court]].

The public water company [[O Vodovod i Kanalizacija Skopje]] warned that building on the bank would raise the risk of floods in [[L Gazi Baba]] and [[L Aerodrom]]. Its director, [[P Zoran Petkovski]], said the river rose 3 metres in 2016.

Councillors from [[O Levica]] and from the Albanian party [[O DUI]] voted with the opposition. [[P Arben Xhaferi-Bexheti]], who chairs the council's planning committee, said a cable car to [[L Vodno]] was "a better use of the money".`,
  },
  {
    name: 'scottish courts page court of session with many parties a liquidator law firms named after two surnames a council a ferry company a ship as none mac and o names and a sheriff court',
    text: `Ferry yard creditors win [[O Court of Session]] ruling

[[L EDINBURGH]] — Creditors of the collapsed [[O Ardmaleish Boatbuilding Company]] won the right on Wednesday to sue its former directors, after the [[O Court of Session]] ruled that the yard kept trading while insolvent.

The judge, [[P Morag Haldane]], found that directors [[P Alasdair MacInnes]] and [[P Niall O'Rourke-Bain]] "closed their eyes" to debts of £11 million owed to suppliers from [[L Greenock]] to [[L Stornoway]]. Both men deny wrongdoing.

The action was brought by the liquidator, [[P Fiona Drummond]] of [[O Interpath Advisory]], with the backing of [[O Argyll and Bute Council]] and the ferry operator [[O Western Isles Sea Services]], which paid £2.3 million for a ferry, the [[X Lochboisdale]], that was never finished.

Counsel for the directors, instructed by [[O Burness Paull]], said they would appeal. [[O Shepherd and Wedderburn]] acted for the liquidator, and [[O Harper Macleod]] for the council.

A separate case against the yard's main lender, [[O Clydesdale Bank]], was sent to [[O Oban Sheriff Court]]. [[P Catriona Mackay-Lewis]], a partner at [[O Thorntons]], said small suppliers on [[L Bute]] "may see a few pence in the pound at best".`,
  },
  {
    name: 'irish racing page at a racecourse named after its town horses as none trainers and jockeys with o and hyphenated names a stud named after a place a bookmaker and the racing regulator',
    text: `[[X Galway Lass]] lands the Plate for [[P Mullins-Doyle]]

[[L GALWAY]] — [[X Galway Lass]], ridden by [[P Cian O'Sullivan]], won the [[X Galway Plate]] at [[L Ballybrit Racecourse]] on Wednesday, giving trainer [[P Siobhán Mullins-Doyle]] her first big win in the west.

The mare beat the favourite [[X Kilcoole Star]] by two lengths, with [[X Bold Baron]] third for [[P Henry de Bromhead]]. "She jumps like a cat and stays like a donkey," said [[P Mullins-Doyle]], who trains 40 horses at [[L Bennettsbridge]] in [[L County Kilkenny]].

The mare was bred at [[O Ballylinch Stud]] and is owned by [[P Declan Fitzgerald]], a builder from [[L Tuam]]. He said he had bought her for €14,000 at the [[O Tattersalls Ireland]] sale in [[L Fairyhouse]].

[[O Paddy Power]] paid out at 9-1. The [[O Irish Horseracing Regulatory Board]] stood down a steward's inquiry into the last fence after looking at the film.

Jockey [[P Rachael Blackmore-Ryan]] was taken to [[L University Hospital Galway]] after a fall in the second race but was later said to be "sore and cross". The [[O Irish Injured Jockeys Fund]] said it would pay for her care.`,
  },
  {
    name: 'quebec regional paper a diocese closing churches with a bishop french-canadian names with particles a church as a building and as a body a conference of bishops a heritage council a river and a fjord',
    text: `[[O Diocese of Chicoutimi]] to close 14 churches

[[L SAGUENAY]], [[L Que.]] — The [[O Diocese of Chicoutimi]] will close 14 of its 62 churches by 2028 and sell most of the buildings, Bishop [[P René Guay]] said on Sunday, blaming falling attendance and heating bills.

The churches include [[L Église Saint-Dominique]] in [[L Jonquière]], built in 1912, and the wooden church at [[L L'Anse-Saint-Jean]] on the [[L Saguenay Fjord]]. The cathedral, [[L Cathédrale Saint-François-Xavier]], will stay open.

"A church is not the walls," [[P Guay]] said. "But the walls were built by our grandparents, and I understand the grief."

[[P Marie-Ève Tremblay-Gagnon]], who chairs the parish council in [[L Laterrière]], said parishioners had raised $180,000 for a new roof. The [[O Conseil du patrimoine religieux du Québec]] said it would help pay to turn some buildings into libraries.

[[P Jean-François de Champlain]], a historian at the [[O Université du Québec à Chicoutimi]], said the diocese owned land along the [[L Saguenay River]] that could be sold first. The [[O Assembly of Quebec Catholic Bishops]] said other dioceses, including [[O/L Rimouski]], were studying similar plans.

The [[O Catholic Church]] in [[L Quebec]] has closed more than 500 churches since 2000, according to the heritage council.`,
  },
];

export const BATCH_69: EntityCase[] = [
  {
    name: 'latvian education page school exams with an exam centre by acronym universities a gymnasium with a number latvian names with -s and -a endings a ministry a union and a town',
    text: `[[L Latvia]] to drop paper exams after marking errors

[[L RIGA]] — [[L Latvia]] will move all final school exams to computers from 2027, the [[O Ministry of Education and Science]] said on Monday, after 3,100 mathematics papers were marked wrongly this summer.

The [[O National Centre for Education]] ([[O VISC]]), which sets the exams, said a scanning firm in [[L Jelgava]] had mixed up two answer keys. Its director, [[P Liene Voronenko]], apologised to pupils. "A child's future should not depend on a scanner," she said.

The error was found by a teacher at [[L Riga State Gymnasium No. 1]], [[P Gints Bērziņš]], who noticed that his best pupils had failed. Education Minister [[P Anda Čakša-Ozola]] said the firm, [[O Baltic Scan Solutions]], would not be paid.

The [[O Latvian Trade Union of Education and Science Employees]] ([[O LIZDA]]) said computer exams would hurt rural schools in [[L Latgale]], where many buildings lack fast internet.

[[O Riga Technical University]] and the [[O University of Latvia]] said they would accept corrected results for admissions until August 20. [[P Kārlis Šadurskis]], a former minister, said the centre "should have checked the keys twice".`,
  },
  {
    name: 'bolivian andean mining page a lithium plant at a salt flat a state mining firm by acronym a miner named after a saint aymara double surnames a mountain range a lake a party by acronym and a cooperative federation',
    text: `[[L Bolivia]] miners block road to [[L Oruro]] over water

[[L LA PAZ]] — Members of mining cooperatives blocked the highway between [[L La Paz]] and [[L Oruro]] for a third day on Wednesday, demanding that the state mining company [[O COMIBOL]] stop drawing water from rivers that run off the [[L Cordillera Real]].

The [[O National Federation of Mining Cooperatives of Bolivia]] ([[O FENCOMIN]]) said the water was being piped to a new zinc plant near [[L Huanuni]]. Its leader, [[P Marcelino Quispe Mamani]], said 200 families in the valley had no water for their llamas.

The plant is run by [[O Minera San Cristóbal]], named after the village in [[L Potosí]] where it mines silver, in a joint venture with [[O COMIBOL]]. A spokeswoman, [[P Ximena Aguilar de la Fuente]], said the company took "less water than a small town".

Mining Minister [[P Alejandro Santos Condori]] flew to [[L Caracollo]] to meet the protesters. The governing [[O MAS]] party, split between supporters of the president and of [[P Evo Morales]], said the dispute was being used against the government.

Glaciologist [[P Edson Ramírez]] of the [[O Higher University of San Andrés]] said the glaciers on [[L Illimani]] and [[L Huayna Potosí]] had lost a third of their ice since 1990, and that [[L Lake Titicaca]] was at its lowest level in 25 years.`,
  },
  {
    name: 'gulf tech page a ride-hailing firm buying a delivery start-up apps and platforms as none founders with bin and al- names a regulator a free zone by acronym a sovereign fund and a bank',
    text: `[[O Careem]] buys [[O Tawseel]] to take on delivery rivals

[[L DUBAI]] — [[O Careem]], the ride-hailing company, agreed on Tuesday to buy the Saudi delivery start-up [[O Tawseel]] for about $280 million, bringing its grocery app [[X Tawseel Now]] into the [[X Careem Everything]] app.

[[O Tawseel]] was founded in [[L Riyadh]] in 2019 by [[P Faisal bin Khalid Al-Otaibi]] and [[P Noura al-Harthy]], and has 1.2 million users in [[L Saudi Arabia]] and [[L Bahrain]]. It runs on [[X Amazon Web Services]] and takes payments through [[X Apple Pay]].

The deal needs approval from the [[O General Authority for Competition]] in [[L Riyadh]]. [[O Careem]] chief executive [[P Mudassir Sheikha]] said the company would keep its offices in the [[O/L Dubai Multi Commodities Centre]] ([[O/L DMCC]]) free zone.

The sovereign fund [[O Public Investment Fund]] ([[O PIF]]), an early backer of [[O Tawseel]], will sell its stake. [[O e&]], the [[L Abu Dhabi]] telecoms group that owns half of [[O Careem]], said it backed the deal.

Analyst [[P Rania Haddad]] at [[O Al Rajhi Capital]] said the price was "steep but not silly" given that rivals [[O Talabat]] and [[O HungerStation]] were growing fast in [[L Jeddah]].`,
  },
  {
    name: 'brazilian grand prix motor racing teams named by sponsors a circuit named after a driver a governing body by acronym drivers with de and hyphenated surnames cars as none and a tyre maker',
    text: `[[P Bortoleto]] wins home race in the rain at [[L Interlagos]]

[[L SÃO PAULO]] — [[P Gabriel Bortoleto]] won the [[X São Paulo Grand Prix]] for [[O Audi]] on Sunday, the first Brazilian to win at home since [[P Felipe Massa]] in 2008, after rain turned the race into a lottery.

[[P Bortoleto]], 21, started 11th at the [[L Autódromo José Carlos Pace]] and passed [[P Lando Norris]] of [[O McLaren]] with six laps left. "I dreamt of this as a boy in the stands at [[L Interlagos]]," he said.

[[O Oracle Red Bull Racing]] driver [[P Max Verstappen]] finished second, and [[P Charles Leclerc]] was third for [[O Scuderia Ferrari]]. [[O Mercedes]] had a bad day: [[P George Russell]] spun into the wall at the first corner and [[P Kimi Antonelli]] was given a 10-second penalty by the stewards of the [[O Fédération Internationale de l'Automobile]] ([[O FIA]]).

[[O Pirelli]] said its intermediate tyres had lasted "longer than any of us thought". [[P Mario Isola]], its head of motorsport, said the track dried too slowly for slicks.

[[O MoneyGram Haas F1 Team]] scored its first points of the season through [[P Esteban Ocon]], while [[O Aston Martin Aramco]] retired both cars, the [[X AMR25]] suffering a gearbox failure on lap 3 for [[P Fernando Alonso]].`,
  },
  {
    name: 'scottish obituary of a shipyard union leader with mac and mc names a work-in a river a company named after the river a union by acronym a party a university a church and family members named once',
    text: `[[P Jimmy McAllister]], shop steward who led the [[L Clyde]] work-in, dies at 91

[[P James McAllister]], known in the yards as [[P Jimmy]], who helped lead the 1971 work-in at [[O Upper Clyde Shipbuilders]], has died at his home in [[L Clydebank]]. He was 91.

Born in [[L Govan]] in 1934, the son of a riveter at [[O Fairfield Shipbuilding]], he left [[L St Gerard's Secondary School]] at 14 to serve his time as a plater. He joined the [[O Amalgamated Engineering Union]] ([[O AEU]]) at 18 and the [[O Communist Party of Great Britain]] a year later.

When the government of [[P Edward Heath]] let the yards fail, [[P McAllister]] stood with [[P Jimmy Reid]] and [[P Jimmy Airlie]] at the gates in [[L Scotstoun]] and told the press that "there will be no hooliganism, no vandalism and no bevvying". The work-in lasted 16 months and saved the yard at [[L Govan]].

He later served on [[O Strathclyde Regional Council]] for the [[O Labour Party]] and, in 1998, received an honorary degree from [[O Glasgow Caledonian University]].

His wife, [[P Agnes MacPhail]], died in 2015. He is survived by his daughters [[P Morag]] and [[P Eilidh]], his son [[P Duncan McAllister-Reid]] and seven grandchildren. The funeral will be held at [[L Govan Old Parish Church]] on Friday.`,
  },
  {
    name: 'scottish letters page with signatures of name and town a council a health board an nhs trust a party by acronym a bridge a ferry company and a canal',
    text: `Letters to the Editor

Bridge tolls by the back door

SIR — [[O Fife Council]]'s plan to charge drivers for parking at [[L Queensferry Crossing]] viewpoints is a toll in all but name (your report, March 3). The [[O SNP]] promised us in 2008 that bridge tolls were gone for good.

[[P Heather Cowie]], [[L Dunfermline]]

Wards without nurses

SIR — My mother waited 14 hours on a trolley at [[L Victoria Hospital]] in [[L Kirkcaldy]] last week. [[O NHS Fife]] says it has "no beds". Perhaps the board should ask the [[O Scottish Government]]'s ministers to sit on a trolley for a night.

Dr [[P Iain MacLeod-Barr]], [[L St Andrews]]

Keep the canal open

SIR — [[O Scottish Canals]] wants to close the [[L Union Canal]] at [[L Linlithgow]] for a year of repairs. Boats, walkers and the café owners of the town will all lose out. Could the work not be done in two winters?

[[P Angus Ó Dochartaigh]], [[L Linlithgow]]

Ferries, again

SIR — Your correspondent [[P Kenneth Moir]] (Letters, March 4) blames [[O CalMac]] for the cancelled sailings to [[L Mull]]. The fault lies with [[O Transport Scotland]] and the [[O Scottish Conservatives]] who sat on their hands for a decade.

[[P Ruaridh McIntyre]], [[L Oban]]`,
  },
];

export const BATCH_70: EntityCase[] = [
  {
    name: 'uk tech page a chip designer bought by a japanese group a competition regulator by acronym apps and products as none founders a university spin-out and a town',
    text: `[[O Graphcore]] rival [[O Lumora]] sold to [[O SoftBank]] for £1.1bn

[[L LONDON]] — [[O Lumora Semiconductor]], a [[L Cambridge]] designer of low-power chips for hearing aids, agreed on Thursday to be bought by the Japanese group [[O SoftBank]] for £1.1 billion.

The company was spun out of the [[O University of Cambridge]] in 2016 by [[P Priya Raghunathan]] and [[P Tomás Ó Briain]]. Its [[X Lumora L3]] chip is used in earbuds sold by [[O Sonova]] and [[O GN Store Nord]].

The deal will be reviewed by the [[O Competition and Markets Authority]] ([[O CMA]]). [[O Arm Holdings]], which is controlled by [[O SoftBank]], already licenses designs to [[O Lumora]].

[[P Raghunathan]] said the company would keep its 340 staff in [[L Cambridge]] and [[L Bristol]]. "We are staying on [[L Hills Road]]," she said. Its app, [[X Lumora Fit]], which tunes earbuds to a user's hearing, will stay free.

Investors [[O Amadeus Capital Partners]] and [[O Cambridge Innovation Capital]] will make about 12 times their money. [[P Hermann Hauser-Kiley]], a partner at [[O Amadeus]], called it "a very Cambridge story".`,
  },
  {
    name: 'english local council report a housing plan with wards a developer named after two founders a parish council a campaign group a river and a road and councillors by party',
    text: `[[L Harrogate]] councillors back 1,200 homes on [[L Nidd]] meadows

[[L NORTHALLERTON]] — [[O North Yorkshire Council]]'s planning committee on Tuesday approved 1,200 homes on farmland beside the [[L River Nidd]] at [[L Killinghall]], despite 2,800 objections.

The developer, [[O Hollins & Pryce Homes]], named after its two founders from [[L Knaresborough]], will pay £9 million towards a new school and widen the [[L A61]]. Its planning director, [[P Rebecca Hollins-Ward]], said a third of the homes would be affordable.

Councillor [[P Pat Marsh]] of the [[O Liberal Democrats]] said the meadows flooded "every February without fail". Conservative councillor [[P Michael Harrison]], who chairs the committee, said the [[O Environment Agency]] had raised no objection.

The campaign group [[O Save Nidd Gorge]] said it would ask [[P Steve Reed]], the housing secretary, to call the plan in. [[O Killinghall Parish Council]] said the village school was already full.

[[P Andrew Jenkins-Wray]], who farms the land with his brother, said the family had sold because of the cost of feed. "We will farm 200 acres at [[L Ripley]] instead," he said.`,
  },
  {
    name: 'australian netball super netball match clubs named after cities and birds full and short a venue named after a bank jamaican and fijian names a hyphenated surname and the league',
    text: `[[O Vixens]] beat [[O Swifts]] to reach grand final

[[L MELBOURNE]] — [[O Melbourne Vixens]] beat [[O NSW Swifts]] 62-58 at [[L John Cain Arena]] on Sunday to reach the [[X Super Netball]] grand final for the third time in five years.

Jamaican shooter [[P Shimona Jok-Brown]] scored 44 goals from 47 attempts, and captain [[P Kate Moloney]] won the player of the match award. "We were down four at half-time and nobody panicked," said [[P Moloney]].

The [[O Swifts]], coached by [[P Briony Akle]], had led by six early in the third quarter through goals from [[P Sophie Fawns]] and Fijian [[P Matisa Kuruleca]].

The [[O Vixens]] will meet the [[O Adelaide Thunderbirds]] or [[O West Coast Fever]] at [[L RAC Arena]] in [[L Perth]] or at the [[L Adelaide Entertainment Centre]] next Saturday.

[[O Netball Australia]] said 9,800 people watched the game, a record for a preliminary final in [[L Victoria]]. The match was shown on [[O Fox Sports]].`,
  },
  {
    name: 'english education page exam boards by acronym a regulator a school named after a saint an academy trust named after a river a union a headteacher and a council',
    text: `Exam board apologises after [[X GCSE]] chemistry paper leaks

[[L LONDON]] — The exam board [[O AQA]] apologised on Friday after a [[X GCSE]] chemistry paper was shared on social media the night before it was sat by 140,000 pupils.

The regulator [[O Ofqual]] said it was investigating and that pupils would not be made to sit the paper again. [[O AQA]] chief executive [[P Colin Hughes]] said the paper appeared to have been photographed at a school in the [[L West Midlands]].

Rival boards [[O OCR]] and [[O Pearson Edexcel]] said their papers had not been affected. [[O Pearson]] said it had moved its own papers to locked digital delivery in 2024.

[[P Daniel Oyelaran-Smith]], head of [[L St Aidan's Catholic Academy]] in [[L Sunderland]], said his pupils were "furious and frightened". The school is run by the [[O Wear Valley Learning Trust]].

The [[O National Education Union]] said teachers should not be blamed. Its general secretary, [[P Daniel Kebede]], said boards had "cut corners on security to cut costs". [[O Birmingham City Council]] said none of its schools had been named.`,
  },
  {
    name: 'nigerian church page an anglican diocese consecrating a bishop a cathedral a pentecostal church as a body a christian association by acronym yoruba and igbo names with titles outside the span and a state',
    text: `New bishop for [[O Diocese of Ibadan North]] as churches call for calm

[[L IBADAN]] — The [[O Church of Nigeria]] consecrated the Rev [[P Oluwaseun Adeyemi-Ogunleye]] as bishop of the [[O Diocese of Ibadan North]] on Sunday at [[L St James Cathedral]], before a congregation of 4,000.

The Primate, the Most Rev [[P Henry Ndukuba]], told the new bishop to "preach peace in a year of anger". [[L Oyo State]] has seen clashes between farmers and herders in [[L Oke-Ogun]] since March.

The [[O Christian Association of Nigeria]] ([[O CAN]]) said it would hold prayer meetings in [[L Saki]] and [[L Iseyin]]. Its state chairman, Archbishop [[P Ayo Ladigbolu]], said churches had sheltered 600 families.

The [[O Redeemed Christian Church of God]], whose camp lies on the [[L Lagos-Ibadan Expressway]], sent food and doctors. Its pastor in [[L Ibadan]], [[P Chinedu Okonkwo]], said the church was "not a party in this quarrel".

The governor, [[P Seyi Makinde]], attended with his deputy, [[P Bayo Lawal]].`,
  },
  {
    name: 'scottish island ferries a state ferry operator by name and acronym ferries as none islands and ports a transport agency a union by acronym gaelic names and a shipyard named after its town',
    text: `[[O CalMac]] cancels [[L Uig]] sailings for a month as ferry fails

[[L GLASGOW]] — [[O Caledonian MacBrayne]] ([[O CalMac]]) cancelled all sailings from [[L Uig]] on [[L Skye]] to [[L Lochmaddy]] and [[L Tarbert]] for four weeks on Monday after the ferry [[X MV Hebrides]] failed an engine inspection.

Managing director [[P Duncan Mackison]] said the ship would be repaired at [[O Ferguson Marine]] in [[L Port Glasgow]]. "We have no spare ship. That is the plain truth," he said.

The [[O RMT]] union said its members on the ferries were "tired of apologising". Its Scottish organiser, [[P Gordon Martin]], blamed [[O Transport Scotland]] for buying too few ships.

[[P Ealasaid Nic a' Phearsain]], who runs a bakery in [[L Lochmaddy]], said she had lost half her summer trade. The [[O Outer Hebrides Community Planning Partnership]] asked for the ferry from [[L Oban]] to [[L Castlebay]] to call at [[L Lochboisdale]] instead.

Islands Minister [[P Jim Fairlie]] said the new ferry [[X MV Glen Rosa]], built in [[L Port Glasgow]], would enter service "within months".`,
  },
];
