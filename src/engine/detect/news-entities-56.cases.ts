/**
 * Blind entity batches 56-58 (helper ents29a, 4 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 58 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_19 are made from batches 56 and 57 only, and batch 58's errors are never printed
 * or read (only its totals, `npx tsx scripts/eval/news-entities.ts --quiet "batch 58"`). They take
 * the kinds of report issue #9 names (Wikinews with weekday and all-caps datelines, Reuters
 * business and markets, US court and election coverage, sport, obituaries, science, local news) on
 * subjects batches 1-55 had little of: a Slovenian nuclear referendum, a Norwegian salmon farmer, a
 * Kentucky campus-protest law, a Spanish basketball cup, a Czech glass artist, a new frog in
 * Madagascar, Malaysian palm oil, a Maine ranked-choice count, a Rhode Island water utility,
 * English rugby league, floods in southern Laos, Vietnamese coffee, a US Supreme Court argument, a
 * Korean poet and a Highland storm. The hard cases: firms named after towns and islands ("Frøya
 * Havbruk", "Harrachov" the glassworks, "Kluang Oil Palms", "Providence Water"), people with
 * place-like names ("Savannah Whitlock", "Dallas Brooks", "Lincoln Tuilagi"), clubs named after
 * towns ("St Helens", "Valencia"), particles and patronymic words ("van der", "bin", "binti"),
 * acronyms after an expansion, legal forms outside the name ("ASA", "Bhd"), possessives,
 * hyphenated modifiers ("Trondheim-based"), Slovenian, Czech, Norwegian, Malagasy, Malay, Lao,
 * Vietnamese, Korean and Gaelic names with their diacritics. Laws, bills, amendments, ballot
 * questions, cups, awards, works, telescopes, species, storms, tickers, indices, projects and
 * vessels are none.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_56: EntityCase[] = [
  {
    name: 'wikinews slovenian court halts a nuclear referendum with a caps dateline a plant named after its town firms named after a region and a town and slovenian names',
    text: `Slovenian court halts vote on second reactor at [[L Krško]]

Thursday, May 13, 2027

[[L LJUBLJANA]] — [[L Slovenia]]'s [[O Constitutional Court]] on Wednesday suspended a referendum on building a second reactor at the [[L Krško Nuclear Power Plant]], two weeks before the vote was due to be held.

The court said the question approved by the [[O National Assembly]] in March did not tell voters that the project, known as [[X JEK2]], would be paid for partly by [[O Energetika Posavje]], a regional utility owned by the towns of the [[L Posavje]] area. It gave lawmakers 30 days to reword the question.

The plant is run by [[O Nuklearna Elektrarna Krško]] ([[O NEK]]), which [[L Slovenia]] owns jointly with [[L Croatia]]'s state power company [[O Hrvatska Elektroprivreda]] ([[O HEP]]). Its single reactor has supplied about a third of [[L Slovenia]]'s electricity since 1983.

The [[O Slovenian Democratic Party]] ([[O SDS]]), which had backed the vote, called the ruling "a gift to a government afraid of its own question". Its deputy leader, [[P Alenka Žnidaršič]], said the party would collect signatures again if the wording was changed.

Mayor [[P Janko Pirc]] of [[L Krško]] said the town of 7,000 people had waited 15 years for a decision. In [[L Brežice]], across the [[L Sava]] river, a group of farmers opposed to the project welcomed the delay.

The government of [[L Austria]]'s [[L Carinthia]] state has asked to take part in the environmental review, and the [[O International Atomic Energy Agency]] ([[O IAEA]]) is due to send a safety mission in the autumn. Prime Minister [[P Matej Kovačič]] said the delay would not change the timetable for choosing a reactor supplier in 2028.

Sources

"Ustavno sodišče zadržalo referendum o [[X JEK2]]" — [[O RTV Slovenija]], May 12, 2027
"Court halts [[L Slovenia]] nuclear vote" — [[O Euronews]], May 12, 2027`,
  },
  {
    name: 'reuters norwegian salmon farmer named after its island with asa tickers an index a trondheim-based modifier analysts at banks a council and a ministry',
    text: `Salmon farmer [[O Frøya Havbruk]] cuts outlook as lice costs bite, shares slide

[[L OSLO]], Aug 19 ([[O Reuters]]) - Shares in [[O Frøya Havbruk]] ASA ([[X FROYA.OL]]) fell 9% on Thursday after the Norwegian salmon farmer cut its harvest forecast for the year, blaming sea lice and a jellyfish bloom off the island of [[L Frøya]] that killed fish in four of its pens.

The [[L Trondheim]]-based company now expects to harvest 61,000 tonnes of salmon in 2027, down from 68,000 tonnes, and said the cost of treating fish for lice had risen by a third. Second-quarter operating earnings were 412 million Norwegian crowns ($39 million), below the 530 million crowns forecast by analysts in an [[O LSEG]] poll.

"They have lost a year of growth in a single quarter," said [[P Sigrid Aasheim]], an analyst at [[O Arctic Securities]]. [[P Kristoffer Lund-Hagen]] at [[O DNB Carnegie]] cut his price target to 118 crowns.

Chief Executive [[P Eirik Tvedt]] said the company would still move two sites to offshore pens near [[L Hitra]] next year. The pens, built by [[O Aker Solutions]] ([[X AKSO.OL]]), can hold 1.5 million fish each.

Rivals also fell: [[O Mowi]] ([[X MOWI.OL]]) lost 2.3% and [[O SalMar]] ([[X SALM.OL]]) 1.8%, dragging the [[X Oslo Seafood Index]] down 3.1%. Export prices fell to 71 crowns a kilogram, the lowest since May, according to the [[O Norwegian Seafood Council]].

[[L Norway]]'s [[O Ministry of Trade, Industry and Fisheries]] is due to say in September how much fish each farmer may stock next year in each of the coast's 13 production zones.

(Reporting by [[P Nora Bøe Haugland]] in [[L Oslo]]; Editing by [[P Anthony Barrington]])`,
  },
  {
    name: 'ap kentucky federal judge blocks a campus protest law with people named like places a bill and an amendment an appeals court and an acronym after its expansion',
    text: `Federal judge blocks [[L Kentucky]] law that punishes campus protest camps

[[L LOUISVILLE]], [[L Ky.]] ([[O AP]]) — A federal judge on Tuesday blocked a new [[L Kentucky]] law that would let public universities expel students who camp on campus during protests, saying it was likely to violate the [[X First Amendment]].

[[L U.S.]] District Judge [[P Savannah Whitlock]] granted a preliminary injunction sought by the [[O American Civil Liberties Union of Kentucky]] and four students at the [[O University of Louisville]] and [[O Western Kentucky University]]. Her 38-page order said the law, known as [[X House Bill 305]], punished "the act of staying, not any harm that staying causes."

Attorney General [[P Dalton Reece]], a Republican, said he would appeal to the [[O 6th U.S. Circuit Court of Appeals]] in [[L Cincinnati]]. "The people of [[L Kentucky]] decided through their legislature that a lawn is not a campground," he said in a statement.

The bill's sponsor, state Sen. [[P Austin Ferrell]], [[X R-Bowling Green]], said a camp at [[O Western Kentucky]] last spring had cost the university $400,000 in police overtime.

One of the students, [[P Chelsea Marlow]], a nursing student from [[L Paducah]], said she had slept in a tent on the lawn for 11 nights. "Nobody got hurt, nobody was stopped from going to class," she said outside the courthouse.

The [[O Foundation for Individual Rights and Expression]] ([[O FIRE]]) filed a brief supporting the students, while the [[O Kentucky Council on Postsecondary Education]] said it had not taken a position. Gov. [[P Warren Bascom]], a Democrat who vetoed the bill before lawmakers overrode him in April, said he welcomed the ruling.`,
  },
  {
    name: 'reuters spanish basketball cup semi-final with clubs named after cities short and full a cup as none an arena named after a person and players named like places',
    text: `[[O Valencia]] edge [[O Unicaja]] to reach [[X Copa del Rey]] final

[[L MALAGA]], [[L Spain]], Feb 20 ([[O Reuters]]) - [[O Valencia Basket]] beat hosts [[O Unicaja]] 84-79 on Saturday to reach the final of the [[X Copa del Rey]], ending [[O Unicaja]]'s hopes of a third straight title in front of 11,000 fans at the [[L Martín Carpena]] arena.

American guard [[P Dallas Brooks]] scored 24 points for [[O Valencia]], including two free throws with nine seconds left, and Lithuanian centre [[P Mantas Jankūnas]] added 14 rebounds. [[O Unicaja]]'s [[P Tyson Pérez]] led all scorers with 27.

"[[P Dallas]] wanted the ball and he took it," [[O Valencia]] coach [[P Iñaki Larrañaga]] said. "In this tournament you do not get a second chance."

In Sunday's final [[O Valencia]] will face [[O Real Madrid]], who beat [[O Barcelona]] 91-80 in the other semi-final. [[O Madrid]] forward [[P Denver Okoro]] had 19 points and 11 rebounds, and [[O Barcelona]] lost their captain [[P Pol Riera]] to a sprained ankle in the first quarter.

The [[O ACB]], which runs the league and the cup, said all 11,000 tickets for the final had been sold. Fans in [[L Valencia]] will watch on a screen at the [[L Roig Arena]].`,
  },
  {
    name: 'wikinews obituary of a czech glass artist with a glassworks named after its town works and an award as none a museum an academy by acronym and a dutch collector with van der',
    text: `Czech glass artist [[P Vlasta Horáčková]] dies at 88

Monday, November 15, 2027

[[P Vlasta Horáčková]], whose cast-glass sculptures stand in museums from [[L Tokyo]] to [[L Toledo]], died on Saturday at her home in [[L Nový Bor]], in the north of the [[L Czech Republic]], her family said. She was 88.

Born in [[L Kamenický Šenov]] in 1939, [[P Horáčková]] studied at the [[O Academy of Arts, Architecture and Design]] in [[L Prague]] ([[O UMPRUM]]) and then worked for two decades as a designer at [[O Harrachov]], the glassworks in the mountain town of the same name. She left the firm in 1980 and set up a studio in [[L Nový Bor]] with her husband, the engraver [[P Karel Horáček]].

Her best-known piece, [[X Blue Silence]], a two-metre block of cast glass, was bought by the [[O/L Corning Museum of Glass]] in [[L New York]] in 1984. She won the [[X Rakow Commission]] in 1992 and was the first woman to chair the jury of the [[X International Glass Symposium]].

"She taught a whole generation that glass could be heavy and quiet," said [[P Henk van der Meulen]], a Dutch collector who lent twelve of her works to a retrospective at the [[O/L Museum of Decorative Arts in Prague]] last year.

[[P Horáčková]] is survived by her son, the architect [[P Ondřej Horáček]], and two granddaughters. A funeral will be held in [[L Nový Bor]] on Friday.

Sources

"Zemřela sklářka [[P Vlasta Horáčková]]" — [[O ČTK]], November 14, 2027
"[[P Vlasta Horáčková]], glass artist, 1939–2027" — [[O Radio Prague International]], November 14, 2027`,
  },
];

export const BATCH_57: EntityCase[] = [
  {
    name: 'wikinews science a new frog in madagascar with malagasy names a park a body named after the country a university a journal and a genus as none',
    text: `New frog species found in [[L Madagascar]] rainforest

Wednesday, March 3, 2027

Scientists have described a new species of tree frog from the rainforest of south-eastern [[L Madagascar]], smaller than a thumbnail and with a call that sounds like a dripping tap, in a paper published on Tuesday in the journal [[X Zoosystematics and Evolution]].

The frog, a member of the genus [[X Boophis]], was found along streams in [[L Ranomafana National Park]] by a team from the [[O University of Antananarivo]] and the [[O Zoological Society of London]] ([[O ZSL]]). Only 14 adults have been seen, all within three kilometres of the village of [[L Ambatolahy]].

"We heard it for two seasons before we ever saw one," said lead author [[P Andrianina Rakotomalala]], a herpetologist at the university. She said the frog lays its eggs on leaves above the water, so the tadpoles drop into the stream when they hatch.

The team has asked the [[O International Union for Conservation of Nature]] ([[O IUCN]]) to list the species as critically endangered. [[O Madagascar National Parks]], the agency that manages the park, said logging for rosewood had stopped inside it, but that fires set to clear land for rice were still reaching its edges.

Co-author [[P Tiana Razafindrabe]] said samples had been sent to the [[O/L Natural History Museum of Denmark]] in [[L Copenhagen]] to compare the frog's DNA with that of its relatives. [[L Madagascar]] has more than 370 known frog species, almost all found nowhere else.

Sources

"Une nouvelle grenouille découverte à [[L Ranomafana]]" — [[O L'Express de Madagascar]], March 2, 2027`,
  },
  {
    name: 'reuters malaysian palm oil with a firm named after its town bhd tickers a futures exchange a board by acronym bin and binti names and an weather pattern as none',
    text: `Palm oil falls as [[L Malaysia]] stocks rise; [[O Kluang Oil Palms]] warns on costs

[[L KUALA LUMPUR]], June 8 ([[O Reuters]]) - Malaysian palm oil futures fell for a third session on Tuesday after industry data showed stocks rising more than expected in May, while planter [[O Kluang Oil Palms]] Bhd ([[X KLOP.KL]]) warned that a shortage of workers would cut its profit.

The benchmark palm oil contract for August delivery on [[O Bursa Malaysia Derivatives]] fell 1.2% to 3,912 ringgit ($836) a tonne, its lowest close in six weeks.

The [[O Malaysian Palm Oil Board]] ([[O MPOB]]) said end-May stocks rose 9% from April to 1.86 million tonnes, above the 1.79 million tonnes forecast in a [[O Reuters]] survey, as exports to [[L India]] slowed.

"Buyers in [[L India]] are waiting for a better price and they can afford to wait," said [[P Tan Wei Ming]], a trader at a [[L Kuala Lumpur]]-based brokerage.

[[O Kluang Oil Palms]], which has estates in [[L Johor]] and [[L Sabah]], said it was short of about 2,000 harvesters and that fruit was being left to rot on the trees. Its managing director, [[P Ahmad Faizal bin Hamzah]], said the company had asked the [[O Ministry of Plantation and Commodities]] to speed up permits for workers from [[L Indonesia]] and [[L Bangladesh]]. Shares in the firm, named after the town in [[L Johor]] where it planted its first trees in 1921, fell 4.4%.

[[P Nurul Aisyah binti Rahman]], a plantations analyst at [[O Maybank Investment Bank]], said output could also suffer later in the year if [[X El Niño]] brought a dry spell. Soyoil on the [[O Dalian Commodity Exchange]] fell 0.7%.

(Reporting by [[P Ashley Tan]] in [[L Kuala Lumpur]]; Editing by [[P Janet Lawrie]])`,
  },
  {
    name: 'ap maine ranked-choice count for a house seat with d-maine tags counties a newspaper named after its city a ballot question and people named like places',
    text: `Ranked-choice count decides [[L Maine]] House race for [[P Pelletier]]

[[L AUGUSTA]], [[L Maine]] ([[O AP]]) — Democrat [[P Houston Pelletier]] won [[L Maine]]'s 2nd Congressional District on Friday after a ranked-choice tabulation moved the votes of an independent candidate, the secretary of state's office said.

[[P Pelletier]], a former state senator from [[L Lewiston]], had 48.6% of first-choice votes on election night, ahead of Republican [[P Kendall Grant]] with 46.1% and independent [[P Marian Oakes]] with 5.3%. After [[P Oakes]] was eliminated and her voters' second choices were counted, [[P Pelletier]] finished with 51.2%.

Secretary of State [[P Ruth Caron]] said the ballots, collected from 410 towns, were counted by machine in [[L Augusta]] in front of observers from both campaigns. [[P Grant]] conceded in a call to [[P Pelletier]] on Friday evening.

The seat had been held by Rep. [[P Jared Golding]], [[X D-Maine]], who did not seek re-election. [[P Grant]] had carried most of [[L Aroostook County]] and [[L Piscataquis County]], while [[P Pelletier]] won [[L Androscoggin County]] by 14 points.

The [[O Maine Republican Party]] said it would not ask for a recount. Voters statewide also approved [[X Question 3]], which borrows $75 million for rural broadband, by 61% to 39%, according to results compiled by the [[O Bangor Daily News]].`,
  },
  {
    name: 'us local rhode island water utility named after its city a public utilities commission a rival board named after a town a reservoir a newspaper with the and cape verdean names',
    text: `[[O Providence Water]] asks regulators for 19% rate rise to replace lead pipes

[[L PROVIDENCE]], [[L R.I.]] — [[O Providence Water]], which supplies about 600,000 people in [[L Providence]] and the towns around it, asked the [[O Rhode Island Public Utilities Commission]] on Monday to approve a 19% increase in its rates over two years.

The utility said most of the money would pay to replace 24,000 lead service lines by 2032, a deadline set by the [[O Environmental Protection Agency]] under the [[X Safe Drinking Water Act]]. Its general manager, [[P Rui Fontes Barbosa]], said the average family would pay about $9 more a month.

City Council President [[P Maria dos Santos Andrade]] said the council would hold a hearing in [[L Fox Point]] and another in [[L Olneyville]] before the commission votes. "People in this city have paid for those pipes once already," she said.

Neighbouring [[O Pawtucket Water Supply Board]] raised its own rates by 11% last year. Its spokesman, [[P Devin Almeida]], said the two utilities were talking about sharing crews.

[[O Providence Water]] draws its water from the [[L Scituate Reservoir]], 15 miles west of the city, and treats it at a plant in [[L Cranston]]. The rate request was first reported by [[O The Providence Journal]].

The commission is expected to rule in December. Mayor [[P Brett Alvarado]] has said [[O Providence Water]]'s board should cut its own costs before asking customers for more.`,
  },
  {
    name: 'sport super league rugby league with clubs named after towns a challenge cup as none grounds named after sponsors and players named like places',
    text: `[[O St Helens]] beat [[O Warrington]] to go top of [[O Super League]]

[[L ST HELENS]], [[L England]], July 10 ([[O Reuters]]) - [[O St Helens]] moved to the top of [[O Super League]] on Friday with a 24-10 win over [[O Warrington Wolves]], with winger [[P Lincoln Tuilagi]] scoring two tries in front of a sell-out crowd at the [[L Totally Wicked Stadium]].

[[O Warrington]] led 10-6 at half-time after a try from centre [[P Kent Halliwell]], but [[O Saints]] scored 18 unanswered points after the break. Scrum-half [[P Owen Fairclough]] kicked four goals.

"[[P Lincoln]] is the quickest man in the league and tonight he showed it," [[O St Helens]] coach [[P Mark Dunford]] said.

[[O Wigan Warriors]] dropped to second after losing 20-18 to [[O Catalans Dragons]] in [[L Perpignan]], while [[O Leeds Rhinos]] beat [[O Hull FC]] 32-12 at [[L Headingley]].

[[O Warrington]], who won the [[X Challenge Cup]] at [[L Wembley]] in June, host [[O Castleford Tigers]] at the [[L Halliwell Jones Stadium]] next Thursday. The [[O Rugby Football League]] ([[O RFL]]) said [[O Warrington]] forward [[P Jordan Lees]] would face a disciplinary panel for a high tackle.`,
  },
];

export const BATCH_58: EntityCase[] = [
  {
    name: 'wikinews floods in southern laos with lao names a dam firm named after its river a thai power firm named after its province a ministry by acronym and provinces',
    text: `Floods kill 14 in southern [[L Laos]] after dam releases water

Tuesday, September 14, 2027

At least 14 people have died and about 9,000 have left their homes in [[L Attapeu]] and [[L Sekong]] provinces in southern [[L Laos]] after days of heavy rain and a release of water from a hydropower dam, state media reported on Monday.

The [[O Lao National Disaster Management Committee]] said the [[L Xe Kong]] river had risen more than four metres in two days at [[L Samakkhixay]], the capital of [[L Attapeu]]. Rescuers in boats were reaching villages where families had climbed onto their roofs.

[[O Xe Kong Power]], the company that runs the dam 60 kilometres upstream, said it had opened its spillway on Saturday because the reservoir was full, and that it had warned district officials the day before. The company is owned by [[L Thailand]]'s [[O Ratchaburi Electricity Generating Holding]] and the state-owned [[O Électricité du Laos]] ([[O EDL]]).

Deputy Prime Minister [[P Souphanh Keomixay]] visited [[L Sanamxay]] district on Sunday and said the government would investigate whether villagers had been warned in time. [[P Bounmy Phommachanh]], 52, a rice farmer in [[L Sanamxay]], said he had heard no warning before water filled his house at night.

The [[O Ministry of Natural Resources and Environment]] ([[O MONRE]]) said the [[L Mekong]] was also expected to rise at [[L Pakse]] this week. The [[O World Health Organization]] and [[O UNICEF]] have sent water purification tablets from [[L Vientiane]].

Sources

"Floods hit [[L Attapeu]], [[L Sekong]]" — [[O Vientiane Times]], September 13, 2027
"[[L Laos]] dam operator defends spillway release" — [[O Radio Free Asia]], September 13, 2027`,
  },
  {
    name: 'reuters vietnamese coffee exports with vietnamese names an association by acronym a firm named after its province a hcmc-based trader ice london and a port',
    text: `[[L Vietnam]] coffee exports slump as drought hits [[L Central Highlands]] crop

[[L HANOI]], Jan 12 ([[O Reuters]]) - [[L Vietnam]]'s coffee exports fell 21% in December from a year earlier, government data showed on Wednesday, as drought in the [[L Central Highlands]] cut the robusta harvest and farmers held back beans hoping for higher prices.

Shipments from the world's largest robusta producer totalled 142,000 tonnes, according to the [[O General Statistics Office]]. The [[O Vietnam Coffee and Cocoa Association]] ([[O VICOFA]]) cut its forecast for the 2026/27 crop by 8% to 1.62 million tonnes.

"Farmers in [[L Dak Lak]] remember last year's prices and they are not selling," said [[P Nguyen Thi Thu Trang]], a trader at a [[L Ho Chi Minh City]]-based exporter. Robusta futures on [[O ICE Futures Europe]] in [[L London]] rose 2.6% to $4,870 a tonne on the data.

[[O Simexco Daklak]], one of the largest exporters, said it had shipped 30% less than planned from its warehouses in [[L Buon Ma Thuot]]. Its deputy director, [[P Le Van Hung]], said rain in February would decide whether the next crop recovers.

[[P Tran Quang Minh]], an agricultural economist at the [[O Institute of Policy and Strategy for Agriculture and Rural Development]], said farmers in [[L Lam Dong]] were replacing coffee with durian, which sells to [[L China]] at higher prices. Exporters in [[L Brazil]] and [[L Uganda]] have gained market share in [[L Europe]].

Container shipments from [[L Cat Lai]] port were also slowed by a shortage of boxes, shippers said.

(Reporting by [[P Phuong Nguyen]] in [[L Hanoi]]; Editing by [[P Susan Fenton]])`,
  },
  {
    name: 'ap minnesota supreme court hears a mine challenge with justices by surname a band a state agency by acronym an act as none and a firm named after a lake',
    text: `[[O Minnesota Supreme Court]] weighs permits for copper mine near [[L Ely]]

[[L ST. PAUL]], [[L Minn.]] ([[O AP]]) — Justices of the [[O Minnesota Supreme Court]] on Wednesday questioned whether state regulators looked hard enough at the risk of acid runoff before approving permits for a copper and nickel mine near [[L Ely]], at the edge of the [[L Boundary Waters Canoe Area Wilderness]].

The [[O Bois Forte Band of Chippewa]] and two environmental groups say the [[O Minnesota Department of Natural Resources]] ([[O DNR]]) broke the [[X Minnesota Environmental Rights Act]] when it approved the mine's plan for storing waste rock without a full hearing.

"If the liner fails in year forty, who is still here to fix it?" Justice [[P Lorna Whitebird]] asked the state's lawyer. Chief Justice [[P Carl Engstrom]] said the court had to decide "what the statute requires, not which side has the better scientists."

The mine is being developed by [[O Birch Lake Minerals]], a [[L Duluth]]-based company named after the lake whose shore it would sit on. Its lawyer, [[P Trevor Madison]], told the court the project had been studied for twelve years and would bring 700 jobs to [[L St. Louis County]].

[[P Cathy Chavers Lind]], chair of the band's tribal council, said outside the courthouse that wild rice beds on [[L Birch Lake]] fed families who had lived there "since before there was a [[L Minnesota]]." The [[O Friends of the Boundary Waters Wilderness]] said it would keep fighting the mine in federal court.

The court is expected to rule by spring.`,
  },
  {
    name: 'obituary of a korean poet with family-name-first names works and prizes as none a university a publisher and a possessive before a work',
    text: `[[P Yoon Seo-hee]], poet of [[L Jeju]]'s fishing villages, dies at 79

Friday, October 8, 2027

[[P Yoon Seo-hee]], a South Korean poet whose spare verses about the women divers of [[L Jeju]] island were read in schools across the country, died on Wednesday in [[L Seogwipo]], her publisher said. She was 79.

Born in 1948 in the village of [[L Hado]], [[P Yoon]] was the daughter of a haenyeo diver and went into the sea herself as a girl before winning a place at [[O Ewha Womans University]] in [[L Seoul]]. Her first collection, [[X Salt Water Breathing]], appeared in 1976 and was banned for two years under the military government of [[P Park Chung-hee]].

She won the [[X Manhae Prize]] in 1999 and was twice on the shortlist for the [[X Griffin Poetry Prize]] in translation. [[O Changbi Publishers]], which printed all eleven of her books, said a last collection would appear next year.

"She wrote the sea as a workplace, not a view," said the translator [[P Daniel Ashworth]], whose English version of [[P Yoon]]'s [[X Forty Breaths]] won praise in [[L Britain]] in 2015.

The [[O Jeju Haenyeo Museum]] in [[L Gujwa]] will hold a reading of her poems on Sunday. [[P Yoon]] is survived by her daughter, [[P Kim Mi-ran]], a professor at [[O Jeju National University]].

Sources

"Poet [[P Yoon Seo-hee]] dies at 79" — [[O Yonhap]], October 6, 2027`,
  },
  {
    name: 'local scotland storm with a caps dateline a storm as none a road and railway line a council an agency by acronym gaelic and mac names and a distillery named after its glen',
    text: `[[X Storm Fionnuala]] cuts off [[L Highland]] villages as rivers burst banks

[[L INVERNESS]], [[L Scotland]] — Villages in [[L Strathspey]] and [[L Badenoch]] were cut off on Sunday after [[X Storm Fionnuala]] brought 130 millimetres of rain in 36 hours and the [[L River Spey]] burst its banks at [[L Kingussie]] and [[L Newtonmore]].

The [[O Scottish Environment Protection Agency]] ([[O SEPA]]) issued 22 flood warnings across the north, and [[O Police Scotland]] closed the [[L A9]] between [[L Dalwhinnie]] and [[L Aviemore]] after a landslip near the [[L Slochd]] summit. [[O Network Rail]] said the [[L Highland Main Line]] would stay shut until at least Tuesday.

[[O Highland Council]] opened rest centres in [[L Kingussie]] and [[L Grantown-on-Spey]]. Its leader, [[P Ruaraidh MacLeòid]], said about 300 homes had lost power. "Some of these glens have had two floods in a year, and people are tired," he said.

At [[O Glenmorie]], the whisky distillery named after the glen it stands in, manager [[P Kirsty McAlpine]] said water had reached the warehouses but the casks were safe. The [[O Met Office]] said the ground was so wet that even light rain on Monday could cause more flooding.

[[O Scottish Water]] told households in [[L Laggan]] to boil their water. The [[O Royal National Lifeboat Institution]] ([[O RNLI]]) rescued a couple from a car near [[L Carrbridge]], where the [[L Dulnain]] had flooded the road.`,
  },
];
