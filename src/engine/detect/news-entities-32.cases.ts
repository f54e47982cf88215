/**
 * Blind entity batches 32-34 (helper ents19a, 2 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 34 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_11 are made from batches 31-33 only and never against it. They aim at what
 * batches 1-31 covered least: Bangladesh, Switzerland's Valais, Iowa, Major League Soccer, Friesland,
 * Zambia, Egypt's canal, Maine, club handball, Formula One, Armenia, India, Utah, athletics and an
 * Egyptian film star; firms named after a river, a town, a founder and a family (Lonza, Bar Harbor
 * Bank & Trust, Sauber, Tata), clubs named after their cities and towns (Columbus, Charlotte,
 * Heerenveen, Magdeburg, Aalborg, Veszprém), venues named after firms and people (Lower.com Field,
 * Lanxess Arena, Hayward Field), caps datelines with and without a country, NYT-style honorifics,
 * van der, van den, de and el- particles, and drugs, cars, ships, spikes, races, awards, laws,
 * holidays and films as none.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_32: EntityCase[] = [
  {
    name: 'wikinews bangladesh garment factory fire',
    text: `Fire at [[L Bangladesh]] garment factory kills 23 near [[L Dhaka]]

Monday, April 13, 2026

At least 23 workers were killed and more than 60 injured when a fire swept through a seven-storey garment factory in [[L Ashulia]], an industrial suburb north of [[L Dhaka]], on Sunday night, the [[O Fire Service and Civil Defence]] said.

The factory, run by [[O Meghna Knit Composite]], made sweaters for European and American brands. Firefighters said the fire began in a storeroom on the ground floor, where yarn and chemicals were kept, and that two of the four stairways were locked. Workers on the upper floors jumped onto the roof of a neighbouring building.

Labour Adviser [[P Sakhawat Hossain Bhuiyan]] said the owner, [[P Rafiqul Islam Chowdhury]], had been arrested in [[L Gazipur]]. The [[O Bangladesh Garment Manufacturers and Exporters Association]] ([[O BGMEA]]) said the factory had passed a safety inspection in January.

[[P Nazma Akter Shilpi]], who leads the [[O Sammilito Garments Sramik Federation]], a union, said the country had learned "nothing from [[L Rana Plaza]]", the building that collapsed in [[L Savar]] in 2013 and killed 1,134 people. The [[O International Labour Organization]] called for an independent inquiry.

The Swedish retailer [[O H&M]] said it had not placed orders with the factory since last year. The bodies were taken to [[L Dhaka Medical College Hospital]], where relatives waited through the night.

Sources

"[[L Ashulia]] fire: death toll rises to 23" — [[O The Daily Star]], April 13, 2026
"Factory owner held after deadly blaze" — [[O bdnews24.com]], April 13, 2026`,
  },
  {
    name: 'reuters swiss drugmaker named after a river caps dateline',
    text: `[[O Lonza]] to build $1.2 billion plant in [[L Visp]] as weight-loss drug demand soars

[[L ZURICH]], Feb 24 ([[O Reuters]]) - Swiss contract drugmaker [[O Lonza]] ([[X LONN.S]]) said on Tuesday it would spend 1.1 billion Swiss francs ($1.2 billion) on a new plant at its main site in [[L Visp]] to make ingredients for obesity drugs, as rivals race to add capacity.

The company, which takes its name from a river in the canton of [[L Valais]], did not name the customer, but analysts at [[O Vontobel]] said it was likely to be [[O Novo Nordisk]] ([[X NOVOb.CO]]) or [[O Eli Lilly]] ([[X LLY.N]]), whose drugs [[X Wegovy]] and [[X Zepbound]] have been in short supply.

Chief Executive [[P Wolfgang Wienand]] said the plant would employ 600 people from 2029. "[[L Visp]] has been our home for 125 years, and it will stay the heart of the company," he told reporters in [[L Basel]].

The canton of [[L Valais]] will pay part of the cost of a new rail link to the site. [[O Lonza]] bought the [[L Vacaville]] plant in [[L California]] from [[O Roche]] ([[X ROG.S]]) in 2024 for $1.2 billion.

Shares of [[O Lonza]] rose 3.4% by 1000 GMT, the biggest gain on the [[X SMI]] index. [[O Siegfried]], a smaller rival based in [[L Zofingen]], rose 1.9%.

(Reporting by [[P John Revill]]; Editing by [[P Miranda Murray]])`,
  },
  {
    name: 'us election iowa house primary with counties',
    text: `Former state senator wins crowded [[O GOP]] primary in [[L Iowa]]'s 3rd District

[[L DES MOINES]], [[L Iowa]] — Former state Sen. [[P Dana Kettering-Lowe]] won the Republican primary for [[L Iowa]]'s 3rd Congressional District on Tuesday, beating four rivals in a race to replace a congressman who is running for governor.

[[P Kettering-Lowe]] took 38% of the vote, above the 35% that [[L Iowa]] law requires to avoid a party convention, according to results from the office of the [[O Iowa Secretary of State]]. She ran strongest in [[L Dallas County]] and in the suburbs of [[L Des Moines]], including [[L Ankeny]] and [[L West Des Moines]].

Her closest rival, the farmer and former [[O Iowa State University]] football player [[P Garrett Voss]], won most of the rural counties in the south of the district, among them [[L Adair County]] and [[L Union County]]. He was backed by [[O Club for Growth]], which spent $2.1 million on television ads.

In the Democratic primary, [[P Priya Raman-Holt]], a nurse from [[L Urbandale]], beat [[P Tom Ackerley]] with 61%. The [[O Iowa Democratic Party]] said she would campaign on hospital closures in small towns.

The [[O Democratic Congressional Campaign Committee]] has named the seat one of its targets. [[O The Des Moines Register]] said turnout was the lowest in a midterm primary since 2014.

Polls in [[L Polk County]] closed at 8 p.m., and results were delayed by a problem with the county's counting machines, the county auditor, [[P Jamie Fitzgerald]], said.`,
  },
  {
    name: 'sport mls clubs named after cities',
    text: `[[O Columbus]] beat [[O Charlotte]] to reach [[O MLS]] conference final

Sunday, November 29, 2026

[[O Columbus Crew]] reached the [[X Eastern Conference]] final of [[O Major League Soccer]] on Saturday with a 2–1 win over [[O Charlotte FC]] at [[L Lower.com Field]] in [[L Columbus]], [[L Ohio]].

[[P Diego Rossi]] put [[O Columbus]] ahead after 20 minutes, and the Canadian [[P Jacen Russell-Rowe]] scored the winner with a header in the 71st minute after [[O Charlotte]] had levelled through [[P Liel Abada]].

"This city deserves another final," [[O Columbus]] coach [[P Wilfried Nancy]] said. [[O Charlotte]], who finished second in the regular season, had not lost away from [[L Bank of America Stadium]] since August.

[[O Columbus]] will play [[O Inter Miami]] or [[O Orlando City]] for a place in the [[X MLS Cup]]. In the West, [[O Vancouver Whitecaps]] beat [[O Minnesota United]] 3–0 and will meet [[O LAFC]] in [[L Los Angeles]] next weekend.

The league said on Friday that [[L San Diego]]'s new club, [[O San Diego FC]], would host the [[X MLS All-Star Game]] in 2027 at [[L Snapdragon Stadium]].

Sources

"[[O Crew]] edge past [[O Charlotte]]" — [[O The Columbus Dispatch]], November 28, 2026
"[[O Columbus]] into East final" — [[O MLSsoccer.com]], November 28, 2026`,
  },
  {
    name: 'obituary dutch speed skater with van der and a club named after its town',
    text: `[[P Anneke van der Meulen]], Olympic speed skating champion, dies at 79

Friday, January 16, 2026

[[P Anneke van der Meulen]], who won the 3,000 metres at the 1972 [[X Winter Olympics]] in [[L Sapporo]] and later coached two generations of Dutch skaters, died on Wednesday in [[L Heerenveen]], the [[O Royal Dutch Skating Federation]] ([[O KNSB]]) said. She was 79.

Born on a farm near [[L Joure]] in [[L Friesland]], she learned to skate on frozen ditches and finished the [[X Elfstedentocht]], the 200-kilometre race between eleven Frisian towns, at 16. [[P Van der Meulen]] won four national titles and a world allround title in [[L Oslo]] in 1973.

After retiring she coached at [[L Thialf]], the ice stadium in [[L Heerenveen]], for 30 years, and she led the skating team of the football club [[O SC Heerenveen]] in the 1980s, when [[O Heerenveen]] paid skaters to wear its colours. Among her pupils was the double Olympic champion [[P Gerard de Boer]]. "She could see a bad push from the far side of the rink," [[P De Boer]] said.

She was made a knight of the [[X Order of Orange-Nassau]] in 1998. [[O Jumbo-Visma]], the professional team that many of her pupils later skated for, said she had "taught [[L Friesland]] to skate fast".

The mayor of [[L Heerenveen]], [[P Tjeerd van der Zwan]], said the flag at the town hall would fly at half-mast until her funeral.

Sources

"Schaatslegende [[P Van der Meulen]] overleden" — [[O NOS]], January 15, 2026
"Dutch Olympic champion dies" — [[O Associated Press]], January 15, 2026`,
  },
];

export const BATCH_33: EntityCase[] = [
  {
    name: 'wikinews zambia acid spill from a copper mine',
    text: `[[L Zambia]] orders Chinese-owned copper firm to pay for acid spill in [[L Kafue River]]

Thursday, March 12, 2026

The government of [[L Zambia]] on Wednesday ordered [[O Sino-Metals Leach Zambia]], a Chinese-owned copper processor, to pay for the clean-up of an acid spill that killed fish along more than 100 kilometres of the [[L Kafue River]] and cut off water to the city of [[L Kitwe]] for a week.

A dam holding acid waste at the company's plant near [[L Chambishi]] burst on February 18. The [[O Zambia Environmental Management Agency]] ([[O ZEMA]]) said the spill held about 50 million litres of waste, much of it sulphuric acid, and that it had reached the [[L Mwambashi River]] before flowing into the [[L Kafue]].

Green Economy Minister [[P Mike Mposha]] said the firm must also compensate farmers who had lost crops. [[P Chanda Mwale-Banda]], who farms maize on the river near [[L Chingola]], said her harvest was "burnt from the roots".

The [[O Nkana Water Supply and Sanitation Company]] said it had shut its intake at [[L Kitwe]] and was bringing water in by truck. The [[O Zambian Air Force]] dropped lime into the river from helicopters to reduce the acid.

The company said it regretted the spill and was working with the government. The embassy of [[L China]] in [[L Lusaka]] told Chinese firms to "strictly observe" [[L Zambia]]'s laws. [[O Konkola Copper Mines]], which runs the country's largest underground mine at [[L Chililabombwe]], said its plants had not been affected.

Sources

"Acid spill: govt orders [[O Sino-Metals]] to pay" — [[O Zambia Daily Mail]], March 11, 2026
"[[L Kafue]] spill fouls water for [[L Kitwe]]" — [[O Lusaka Times]], March 11, 2026`,
  },
  {
    name: 'reuters egypt suez canal revenue caps dateline with ships',
    text: `[[L Suez Canal]] revenue recovers as shipping lines return to [[L Red Sea]]

[[L CAIRO]], June 3 ([[O Reuters]]) - Revenue from [[L Egypt]]'s [[L Suez Canal]] rose 41% in May from a year earlier as container lines began sending ships back through the [[L Red Sea]], the head of the [[O Suez Canal Authority]] said on Wednesday.

Admiral [[P Osama Rabie]] said 1,130 ships crossed the canal in May, including the first container ship of [[O A.P. Moller-Maersk]] ([[X MAERSKb.CO]]) to make the crossing since early 2024, the [[X Maersk Seletar]]. [[O Hapag-Lloyd]] ([[X HLAG.DE]]) said it would return two of its services next month.

Shipping lines began sailing around the [[L Cape of Good Hope]] after [[L Yemen]]'s [[O Houthis]] attacked ships they said were linked to [[L Israel]]. The group sank the bulk carrier [[X Eternity C]] in July last year.

[[L Egypt]] earned $4 billion from the canal last year, less than half of its record in 2023. Finance Minister [[P Ahmed Kouchouk]] said the recovery would help the country meet the terms of its loan from the [[O International Monetary Fund]].

"The lines will come back slowly, one service at a time," said [[P Jan Hoffmann-Richter]], a shipping analyst at [[O Drewry]] in [[L London]]. War-risk insurance for the route still costs ten times what it did before the attacks, brokers said.

The canal authority has cut fees by 15% for container ships of more than 130,000 tonnes until the end of the year. Ports at [[L Ain Sokhna]] and [[L Port Said]] also reported more calls.

(Reporting by [[P Ahmed Tolba]] and [[P Nadeen Ebrahim]]; Editing by [[P Aidan Lewis]])`,
  },
  {
    name: 'nyt style maine lobster rule with a bank named after its town',
    text: `In [[L Maine]], Lobstermen Fight a Rule Meant to Save the Whales

[[L STONINGTON]], [[L Maine]] — For three generations, her family has set its traps in the cold water off [[L Deer Isle]]. Now, said [[P Marcy Hallowell]], a federal rule on rope could end that.

The rule, written by the [[O National Marine Fisheries Service]] to protect the [[X North Atlantic right whale]], would close a wide stretch of the [[L Gulf of Maine]] to lobster traps on vertical lines for four months a year. Fewer than 370 of the whales are left.

"They are asking us to fish with gear that doesn't exist yet," Ms. [[P Hallowell]] said on the dock, where her son, [[P Caleb Hallowell]], was stacking traps.

The [[O Maine Lobstermen's Association]] has sued, and the state's congressional delegation, led by Senator [[P Susan Collins]], has asked the agency to delay the rule until 2028. Mr. [[P Devon Letourneau-Pike]], a lawyer for the association, said the rule relied on "a model, not on whales seen in [[L Maine]] waters."

Environmental groups, including the [[O Conservation Law Foundation]], say the rule is overdue. Dr. [[P Helen Ashby-Quint]], a scientist at the [[O New England Aquarium]] in [[L Boston]], said entanglement was killing the whales faster than they could breed.

Lobster is worth about $460 million a year to [[L Maine]]. [[O Bar Harbor Bank & Trust]], a lender named after the town where it was founded in 1887, said about a fifth of its business loans went to fishing families, and that it would defer payments for those hit by the rule. In [[L Bar Harbor]] itself, restaurants have begun to put prices from [[L Canada]] on their menus.

Gov. [[P Janet Mills]] said [[O/L Washington]] "has not met the people it is regulating."`,
  },
  {
    name: 'sport handball final four clubs named after towns and an arena named after a firm',
    text: `[[O Magdeburg]] beat [[O Aalborg]] to win handball [[X Champions League]] in [[L Cologne]]

Sunday, June 14, 2026

[[O SC Magdeburg]] won the [[X EHF Champions League]] for the third time in four years on Sunday, beating [[O Aalborg Håndbold]] 29–27 in the final at the [[L Lanxess Arena]] in [[L Cologne]].

The Swede [[P Felix Claar]] scored eight goals for [[O Magdeburg]], and goalkeeper [[P Sergey Hernández]] made 15 saves. [[O Aalborg]], who have now lost three finals, led 15–13 at half-time through six goals from the Dane [[P Mikkel Hansen-Vestergaard]].

"We came to [[L Cologne]] to finish what we started in [[L Magdeburg]] in September," coach [[P Bennet Wiegert]] said. [[O Aalborg]] coach [[P Stefan Madsen]] said his side had "run out of legs".

In the match for third place, [[O Barça]] beat the Hungarian champions [[O Veszprém]] 34–31. [[O Veszprém]], who are owned by the bank [[O OTP]], had beaten [[O Barça]] in the group stage.

About 19,750 fans watched the final, many of them from [[L Denmark]]. The [[O European Handball Federation]] said the final four would stay in [[L Cologne]] until 2030. [[O THW Kiel]], the most successful club in [[L Germany]], did not qualify for the first time in five years.

Sources

"[[O SCM]] ist wieder Europas Nummer eins" — [[O Volksstimme]], June 14, 2026
"[[O Aalborg]] fall short again" — [[O TV 2]], June 14, 2026`,
  },
  {
    name: 'reuters audi formula one team named after its founder in a swiss town',
    text: `[[O Audi]] completes [[O Sauber]] takeover, names new boss for [[X Formula One]] team

[[L INGOLSTADT]], [[L Germany]], Jan 9 ([[O Reuters]]) - [[O Volkswagen]]'s ([[X VOWG_p.DE]]) premium brand [[O Audi]] has completed its takeover of the Swiss [[X Formula One]] team [[O Sauber]] and named former [[O Ferrari]] team principal [[P Mattia Binotto]] to run it, the carmaker said on Friday.

The team, founded by [[P Peter Sauber]] in 1970 and based in [[L Hinwil]] near [[L Zurich]], will race as [[O Audi]] from the [[X Australian Grand Prix]] in March. Its new car, the [[X R26]], will use an engine built at the company's motorsport factory in [[L Neuburg an der Donau]].

[[O Audi]] Chief Executive [[P Gernot Döllner]] said the brand had "not come to [[X Formula One]] to make up the numbers". The team finished last in the constructors' championship in 2024.

[[O Qatar Investment Authority]], the [[L Gulf]] state's wealth fund, bought a minority stake in the team last year. The drivers are the German [[P Nico Hülkenberg]] and the Brazilian [[P Gabriel Bortoleto]], who won the [[X Formula 2]] title in 2024.

[[P Sauber]], 82, said he was glad the team would stay in [[L Hinwil]], where it employs about 650 people. The municipality of [[L Hinwil]] has approved a new wind tunnel for the site.

Shares of [[O Volkswagen]] fell 0.8% in [[L Frankfurt]].

(Reporting by [[P Christoph Steitz]]; Editing by [[P Alan Baldwin]])`,
  },
];

export const BATCH_34: EntityCase[] = [
  {
    name: 'wikinews armenia parliament ratifies border deal',
    text: `[[L Armenia]]'s parliament ratifies border deal with [[L Azerbaijan]]

Wednesday, September 23, 2026

The [[O National Assembly]] of [[L Armenia]] on Tuesday ratified an agreement with [[L Azerbaijan]] on marking part of their border, the first treaty between the two countries since the war over [[L Nagorno-Karabakh]].

The deal, passed by 69 votes to 3 with the opposition staying away, settles 12 kilometres of the border between the Armenian province of [[L Tavush]] and [[L Azerbaijan]]'s [[L Gazakh]] district. Four villages that [[L Armenia]] held since the 1990s will return to [[L Azerbaijan]].

Prime Minister [[P Nikol Pashinyan]] told deputies that the treaty was "a border on a map instead of a front line". His [[O Civil Contract]] party holds a majority of the seats. The opposition [[O Armenia Alliance]] said the government had given land away without a referendum, and the archbishop [[P Bagrat Galstanyan]], who led protests in [[L Yerevan]] last year, called for a rally on Saturday.

[[P Ani Sargsyan-Melik]], a researcher at the [[O Caucasus Institute]], said the vote "moves the argument from [[L Tavush]] to the constitution", which [[O/L Baku]] wants changed before a full peace treaty is signed.

In [[L Kirants]], one of the villages near the new line, residents said the road to [[L Ijevan]] would now pass through [[L Azerbaijan]]. The [[O European Union Mission in Armenia]] said it would keep monitors in the area.

Sources

"[[O National Assembly]] ratifies [[L Tavush]] border protocol" — [[O Armenpress]], September 22, 2026
"[[L Armenia]], [[L Azerbaijan]] take step on border" — [[O RFE/RL]], September 22, 2026`,
  },
  {
    name: 'reuters india carmaker named after its founding family caps dateline',
    text: `[[O Tata Motors]] profit falls as [[O Jaguar Land Rover]] sales slump in [[L China]]

[[L MUMBAI]], Nov 10 ([[O Reuters]]) - [[L India]]'s [[O Tata Motors]] ([[X TAMO.NS]]) reported a 38% drop in quarterly profit on Monday as sales at its British luxury unit [[O Jaguar Land Rover]] fell in [[L China]] and a cyber attack shut its plants in [[L Britain]] for five weeks.

[[O JLR]], which makes the [[X Range Rover]] and [[X Defender]] models at plants in [[L Solihull]] and [[L Nitra]] in [[L Slovakia]], sold 21% fewer cars in [[L China]] than a year earlier. The attack in September halted output at its factory in [[L Halewood]], near [[L Liverpool]].

At home, sales of the [[X Nexon]] and [[X Punch]] rose 12% ahead of the [[X Diwali]] festival after the government cut taxes on small cars. [[O Tata Motors]] makes the cars at [[L Pune]] and [[L Sanand]] in the state of [[L Gujarat]].

Chief Financial Officer [[P P.B. Balaji]] said the company expected [[O JLR]] to return to "normal production" by December. [[O Tata Sons]], the group's holding company, named after its founder [[P Jamsetji Tata]], has lent the unit £1.5 billion.

Rival [[O Mahindra & Mahindra]] ([[X MAHM.NS]]) reported a 20% rise in profit last week. Shares of [[O Tata Motors]] fell 2.7%, while the [[X Nifty 50]] index rose 0.3%.

(Reporting by [[P Aditi Shah]] in [[L New Delhi]] and [[P Nandan Mandayam]] in [[L Bengaluru]]; Editing by [[P Sonia Cheema]])`,
  },
  {
    name: 'us local utah county convention and a university named after a person',
    text: `[[L Utah]] Republicans pick hardliner at convention; former mayor forces primary

[[L SALT LAKE CITY]] — Delegates to the [[O Utah Republican Party]]'s state convention on Saturday chose state Rep. [[P Kyle Brimhall]] as their candidate for an open seat in the [[O Utah State Senate]], but the former mayor of [[L Provo]], [[P Jolene Tanner-Sorensen]], gathered enough signatures to force a primary in June.

[[P Brimhall]] won 71% of the delegates at the [[L Mountain America Expo Center]] in [[L Sandy]]. [[P Tanner-Sorensen]], who taught political science at [[O Brigham Young University]] before she became mayor, said the convention "speaks for 4,000 delegates, not for 400,000 voters".

Under a 2014 law known as [[X SB54]], candidates in [[L Utah]] can reach the ballot by convention, by signatures, or both. The [[O Utah Supreme Court]] upheld the law in 2024.

The seat covers much of [[L Utah County]], including [[L Orem]] and [[L Lehi]], where the tech companies of [[L Silicon Slopes]] have hired thousands of workers in a decade. [[O Qualtrics]] and [[O Adobe]] both have large offices in [[L Lehi]].

The [[O Utah Democratic Party]] has not named a candidate. Its chair, [[P Diane Lund-Escobar]], said the party would back an independent if one ran. Gov. [[P Spencer Cox]] did not take sides.

In [[L Salt Lake County]], the county council voted to put a $500 million bond for a new jail on the November ballot.`,
  },
  {
    name: 'sport athletics diamond league at a stadium named after a person with van particles',
    text: `[[P Lieke van den Broek]] breaks 400m hurdles record at [[X Prefontaine Classic]]

Saturday, July 4, 2026

The Dutch hurdler [[P Lieke van den Broek]] broke the world record in the 400 metres hurdles on Saturday, winning the [[X Prefontaine Classic]] at [[L Hayward Field]] in [[L Eugene]], [[L Oregon]], in 50.61 seconds.

[[P Van den Broek]], 24, took 0.07 seconds off the record set in [[L Paris]] two years ago by the American [[P Sydney McLaughlin-Levrone]], who did not run. [[P Shamier Little]] of the [[L United States]] was second and the Jamaican [[P Rushell Clayton]] third.

"I have been dreaming of this track since I was a girl in [[L Zwolle]]," [[P Van den Broek]] said. Her coach, [[P Jos de Wit]], said they had changed her stride pattern after the world championships in [[L Tokyo]].

The meeting, part of the [[X Diamond League]], is named after the runner [[P Steve Prefontaine]], who died in a car crash in [[L Eugene]] in 1975. [[L Hayward Field]] was rebuilt in 2020 with money from [[O Nike]] co-founder [[P Phil Knight]]. [[P Van den Broek]] wore a prototype of the company's [[X Zoom Victory]] spike.

In the men's mile, the Norwegian [[P Jakob Ingebrigtsen]] won in 3:45.20. [[O World Athletics]] said the record would be ratified once a drug test had been checked.

Sources

"[[P Van den Broek]] verbetert wereldrecord" — [[O NOS]], July 5, 2026
"Dutch hurdler stuns [[L Eugene]]" — [[O Associated Press]], July 4, 2026`,
  },
  {
    name: 'obituary egyptian actor with el- names, films and a club',
    text: `[[P Mahmoud el-Sherbiny]], star of [[L Egypt]]'s comedy films, dies at 84

Monday, October 19, 2026

[[P Mahmoud el-Sherbiny]], an actor whose comedies about clerks and landlords in [[L Cairo]] filled cinemas across the [[L Middle East]] for four decades, died on Sunday at a hospital in [[L Giza]], his family said. He was 84.

Born in [[L Tanta]] in the [[L Nile Delta]], [[P Sherbiny]] studied law at [[O Cairo University]] before joining a theatre troupe in [[L Alexandria]]. His breakthrough came in 1974 with [[X The Clerk of the Fourth Floor]], directed by [[P Hassan el-Imam]].

His best-known film, [[X A Flat in Zamalek]], in which he played a tenant who refuses to leave, was shown on state television every [[X Eid al-Fitr]] for twenty years. He made more than 120 films and a long-running radio show for the [[O Egyptian Radio and Television Union]].

A lifelong supporter of [[O Al Ahly]], he appeared in the club's centenary film in 2007, and its chairman, [[P Mahmoud el-Khatib]], called him "the most loved fan in [[L Egypt]]". [[P El-Sherbiny]] was also a fierce critic of censorship, and in 2011 he joined the protesters in [[L Tahrir Square]].

The [[O Egyptian Actors Syndicate]] said his funeral prayers would be held at the [[L Al-Azhar Mosque]]. He is survived by his wife, the actress [[P Nadia el-Masry]], and two daughters.

Sources

"Rahil [[P Mahmoud el-Sherbiny]]" — [[O Al-Ahram]], October 18, 2026
"Egyptian comedy star dies" — [[O Agence France-Presse]], October 18, 2026`,
  },
];
