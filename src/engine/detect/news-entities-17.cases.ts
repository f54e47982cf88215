/**
 * Blind entity batches 17-19 (helper ents13a, 1 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 19 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_6 are made from batches 16-18 only and never against it. They aim at what earlier
 * batches covered least: Africa, Asia and Latin America politics with unfamiliar names, firms named
 * after their towns (in the same report as the town), clubs and franchises named after cities,
 * courts and appeals circuits, health and science agencies, obituaries, and wire copy with caps
 * datelines and sign-offs.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_17: EntityCase[] = [
  {
    name: 'wikinews malawi runoff',
    text: `[[L Malawi]]'s electoral commission declares [[P Mwale-Banda]] winner of presidential runoff

Monday, October 12, 2026

The [[O Malawi Electoral Commission]] ([[O MEC]]) on Sunday declared [[P Chisomo Mwale-Banda]] of the [[O Malawi Congress Party]] the winner of the presidential runoff, with 51.4 percent of the vote against 48.6 percent for [[P Yamikani Chirwa]] of the [[O Democratic Progressive Party]] ([[O DPP]]).

Commission chairperson [[P Annabel Mtalimanja]] announced the result at the [[L Bingu International Convention Centre]] in [[L Lilongwe]], two days later than planned. She said turnout had been 68 percent and that results from 41 polling centres in [[L Mangochi]] and [[L Machinga]] districts had been checked again after complaints from both parties.

[[P Chirwa]] did not concede. His spokesman, [[P Shadric Namalomba]], told reporters in [[L Blantyre]] that the party would ask the [[O Constitutional Court]] to annul the result, as the court did in 2020. "We have the tally sheets, and they do not agree with what the commission read out," he said.

Observers from the [[O Southern African Development Community]] ([[O SADC]]) and the [[O European Union]] said voting had been peaceful but that the count had been slow and, in places, opaque. The head of the [[O African Union]] mission, former [[L Botswana]] president [[P Mokgweetsi Masisi]], urged both candidates to settle disputes in court.

[[P Mwale-Banda]], a former finance minister and pastor, campaigned on ending fuel queues and on a new road from [[L Mzuzu]] to the [[L Tanzania]] border. He is due to be sworn in at [[L Kamuzu Stadium]] on Thursday. The [[O Reserve Bank of Malawi]] said it would hold its policy rate until the new cabinet had presented a budget.

Supporters celebrated in [[L Area 25]], a township of the capital, while police fired tear gas at a crowd of [[O DPP]] supporters outside the commission's tally centre in [[L Blantyre]], according to the [[O Malawi Police Service]].

Sources

"[[P Mwale-Banda]] wins runoff, [[O DPP]] heads to court" — [[O Nyasa Times]], October 11, 2026
"[[L Malawi]] runoff result delayed" — [[O BBC News]], October 10, 2026`,
  },
  {
    name: 'reuters kongsberg missile order',
    text: `[[O Kongsberg]] wins $2.1 billion missile order from [[L Poland]], shares hit record

[[L OSLO]], March 9 ([[O Reuters]]) - Norwegian defence group [[O Kongsberg]] ([[X KOG.OL]]) has won a $2.1 billion order for coastal missile batteries from [[L Poland]], its largest export contract, the company said on Monday, sending its shares to a record high.

The order covers six batteries of the [[X Naval Strike Missile]], to be built at the group's main plant in the town of [[L Kongsberg]], 80 km west of [[L Oslo]], and delivered from 2028. [[L Poland]]'s [[O Armament Agency]] signed the contract in [[L Warsaw]] on Friday, its spokesman [[P Lukasz Bednarczyk]] said.

Chief executive [[P Geir Haoy]] told [[O Reuters]] the group would hire about 600 people in [[L Kongsberg]] and at its missile works near [[L Raufoss]]. "We are running the factories seven days a week and we still have a queue," he said.

Shares in [[O Kongsberg]] rose 6.3% in [[L Oslo]], taking the gain this year to 71%. Rival [[O Saab]] ([[X SAABb.ST]]) fell 1.2% in [[L Stockholm]] after it lost the Polish tender. [[P Ingrid Solvang]], an analyst at [[O Pareto Securities]], said the order book now covered more than three years of sales.

The Norwegian state, which owns 50% of the company through the [[O Ministry of Trade, Industry and Fisheries]], welcomed the deal. [[L Poland]] spends more on defence as a share of output than any other [[O NATO]] member, and has bought tanks from [[L South Korea]] and rocket launchers from [[O Lockheed Martin]].

(Reporting by [[P Terje Solsvik]] in [[L Oslo]] and [[P Anna Wlodarczak-Semczuk]] in [[L Warsaw]]; Editing by [[P Jan Harvey]])`,
  },
  {
    name: 'us state missouri abortion ballot ruling',
    text: `[[O Missouri Supreme Court]] keeps abortion repeal on November ballot

[[L JEFFERSON CITY]], [[L Mo.]] — The [[O Missouri Supreme Court]] on Tuesday ruled that a measure to repeal the state's abortion-rights amendment can stay on the November ballot, rejecting a challenge that said its summary misled voters.

In a 5-2 decision written by Judge [[P Kelly Broniec]], the court held that the ballot language written by Secretary of State [[P Denny Hoskins]] was "fair and sufficient" though it did not mention every change the measure would make. Judges [[P Robin Ransom]] and [[P Ginger Gooch]] dissented.

The measure, [[X Amendment 3]], was put on the ballot by the Republican-led [[O General Assembly]] in May. It would undo the amendment voters approved in 2024 and ban most abortions after 12 weeks. [[O Missourians for Constitutional Freedom]], the group that led the 2024 campaign, had sued in [[L Cole County]], where Circuit Judge [[P Cotton Walker]] sided with it in August before the state appealed.

"Voters were told the truth in 2024 and deserve the truth again," the group's campaign manager, [[P Rachel Sweet]], said outside the courthouse. Attorney General [[P Catherine Hanaway]] called the ruling "a win for the people of [[L Missouri]]".

[[O Planned Parenthood Great Rivers]] said it would keep offering abortions at its clinic in [[L Kansas City]] while the vote was pending. Clinics in [[L St. Louis]] stopped in June after a separate ruling by the [[O Missouri Court of Appeals]].

Spending on the campaign has passed $25 million. [[O Missouri Stands With Women]], a coalition backed by the [[O Catholic Church]]'s dioceses, has bought television time in [[L Springfield]] and [[L Joplin]]. A [[O Saint Louis University]] poll last month found 49% of likely voters would back the repeal.`,
  },
  {
    name: 'sport second tier town clubs',
    text: `[[O Coventry]] go top as [[O Norwich]] slip at [[L Carrow Road]]

[[O Coventry City]] went top of the second tier on Saturday after a 2-0 win at [[O Preston]], while [[O Norwich]] lost 3-1 at home to [[O Sheffield United]] and dropped to fourth.

[[P Ellis Simms]] scored twice in the first half at [[L Deepdale]], the second a header from a corner by [[P Jack Rudoni]]. [[O Coventry]] manager [[P Frank Lampard]] said his side had "earned the right to enjoy tonight" but warned that [[O Middlesbrough]], a point behind, still had a game in hand.

At [[L Carrow Road]], [[O Sheffield United]] led through [[P Gustavo Hamer]] after 20 minutes. [[O Norwich]] equalised through [[P Borja Sainz]] before the break, but two goals in four minutes from substitute [[P Tyrese Campbell]] settled it. [[O Norwich]] head coach [[P Liam Manning]] said the defending for the second goal was "not good enough for a team that wants to go up".

[[O Middlesbrough]] drew 1-1 with [[O Stoke]] at the [[L Riverside Stadium]], and [[O Leicester]] won 2-1 at [[O Derby]] with a late goal from [[P Jordan Ayew]]. [[O Portsmouth]] climbed out of the bottom three by beating [[O Oxford United]] 1-0 at [[L Fratton Park]].

In [[L Wales]], [[O Swansea]] and [[O Cardiff]] shared a goalless derby in front of 20,000 at the [[L Swansea.com Stadium]]. [[O Swansea]] defender [[P Ben Cabango]] was sent off in stoppage time and will miss next week's trip to [[O Bristol City]].

[[O Sunderland]], promoted last season, host [[O Leeds]] in the [[O Premier League]] on Sunday. [[O Leeds]] manager [[P Daniel Farke]] said he expected "a loud afternoon on [[L Wearside]]".`,
  },
  {
    name: 'obituary chilean seismologist',
    text: `[[P Rosa Inés Valdivia]], seismologist who mapped [[L Chile]]'s great quakes, dies at 88

[[P Rosa Inés Valdivia]], a Chilean seismologist whose maps of the 1960 [[L Valdivia]] earthquake helped shape building codes around the [[L Pacific]], died on Saturday at her home in [[L Concepción]]. She was 88.

Her death was announced by the [[O University of Concepción]], where she taught for four decades. Her son, [[P Tomás Aravena Valdivia]], said the cause was heart failure.

Born in [[L Puerto Montt]] in 1938, she was a student when the strongest earthquake ever recorded struck southern [[L Chile]] in May 1960. She spent the next two years walking the coast from [[L Lebu]] to [[L Chiloé]] with a surveyor's level, measuring how far the land had risen or sunk. The work, published with the American geologist [[P George Plafker]], showed that the ground had moved along a single fault more than 900 kilometres long.

After a doctorate at the [[O California Institute of Technology]] in [[L Pasadena]], she returned to [[L Chile]] and in 1975 helped found the national seismological service, now part of the [[O University of Chile]]. Under the military government of [[P Augusto Pinochet]] she was briefly barred from teaching after signing a letter in support of dismissed colleagues.

She advised the [[O Ministry of Housing and Urbanism]] on the building standard adopted after the 1985 quake in [[L Valparaíso]], and in 2010, when a magnitude 8.8 earthquake struck near her home, she went into the field at 71. "The mountains keep their accounts," she told the newspaper [[O El Mercurio]] that year. "We only read them late."

She received the [[X National Prize for Exact Sciences]] in 1997. Her husband, the engineer [[P Julio Aravena]], died in 2015. She is survived by two sons and five grandchildren.`,
  },
];

export const BATCH_18: EntityCase[] = [
  {
    name: 'wikinews congo cholera outbreak',
    text: `[[O WHO]] warns of fast-spreading cholera outbreak in eastern [[L Congo]]

Thursday, August 20, 2026

The [[O World Health Organization]] ([[O WHO]]) warned on Wednesday that a cholera outbreak in the east of the [[L Democratic Republic of the Congo]] was spreading faster than at any time since 2017, with more than 14,000 cases and 310 deaths recorded since June.

Most of the cases are in [[L North Kivu]] and [[L South Kivu]] provinces, where fighting between the army and the [[O M23]] rebel group has driven hundreds of thousands of people into crowded camps around [[L Goma]]. [[P Boureima Hama Sambo]], the [[O WHO]] representative in [[L Kinshasa]], said clean water had run out in several camps near [[L Sake]].

The [[O Africa Centres for Disease Control and Prevention]] ([[O Africa CDC]]) said it would send 1.2 million doses of oral vaccine from a stockpile managed by [[O Gavi]] and [[O UNICEF]]. Its director-general, [[P Jean Kaseya]], told a briefing in [[L Addis Ababa]] that the vaccine alone could not stop the outbreak without latrines and chlorine.

The Congolese health minister, [[P Roger Kamba]], said the government had opened 40 treatment centres. [[O Médecins Sans Frontières]] ([[O MSF]]) said its centre in [[L Minova]] was treating 200 patients a day, twice its capacity. "People arrive walking and an hour later they cannot stand," said [[P Aline Mukamana]], a nurse with the group.

Cases have also been reported across the border in [[L Rwanda]]'s [[L Rubavu]] district and in [[L Burundi]]. The [[O East African Community]] said health ministers would meet in [[L Arusha]] next week.

Sources

"Cholera cases surge in [[L Goma]] camps" — [[O Actualite.cd]], August 19, 2026
"[[O WHO]] sounds alarm over [[L Congo]] cholera" — [[O Al Jazeera]], August 19, 2026`,
  },
  {
    name: 'reuters first circuit tariff appeal',
    text: `[[L U.S.]] appeals court hears challenge to lobster export rules

[[L BOSTON]], May 14 ([[O Reuters]]) - A [[L U.S.]] appeals court on Wednesday appeared doubtful of a bid by [[L Maine]] lobstermen to overturn federal rules meant to protect the endangered right whale, as a three-judge panel of the [[O 1st U.S. Circuit Court of Appeals]] heard arguments in [[L Boston]].

The [[O Maine Lobstermen's Association]] says the rules, issued by the [[O National Marine Fisheries Service]] in 2021, would close large areas of the [[L Gulf of Maine]] to fishing for four months a year and cost the industry $90 million. A federal judge in [[L Washington]] upheld the rules last year.

Circuit Judge [[P Gustavo Gelpí]] asked the association's lawyer, [[P Mary Anne Mason]], why the court should second-guess the agency's reading of the science. "You are asking us to weigh the whale against the lobster," he said. Judge [[P Seth Aframe]] said the [[O First Circuit]] had upheld similar closures before.

A lawyer for the government, [[P Frederick Turner]] of the [[O Justice Department]], said the agency had followed the [[X Endangered Species Act]]. The [[O Conservation Law Foundation]], which joined the case on the government's side, said fewer than 380 [[L North Atlantic]] right whales are left.

Governor [[P Janet Mills]] said in a statement from [[L Augusta]] that the state would keep "standing with the men and women who fish". Lobster landings in [[L Maine]] were worth $464 million last year, according to the [[O Maine Department of Marine Resources]]. Dealers in [[L Portland]] and [[L Stonington]] have already cut prices, said [[P Kristan Porter]], the association's president.

A ruling is expected in the autumn.

(Reporting by [[P Nate Raymond]] in [[L Boston]]; Editing by [[P Leslie Adler]])`,
  },
  {
    name: 'wikinews nepal parliament elects prime minister',
    text: `[[L Nepal]]'s parliament elects [[P Bhattarai]] prime minister after youth protests

Saturday, January 9, 2027

[[L Nepal]]'s [[O House of Representatives]] on Friday elected [[P Sushila Bhattarai]] of the [[O Rastriya Swatantra Party]] ([[O RSP]]) as prime minister, ending three months of caretaker rule that followed deadly protests led by young people last autumn.

[[P Bhattarai]], 46, a former television presenter, won 149 votes in the 275-seat house with the support of the [[O Nepali Congress]] and several parties from the southern [[L Madhesh Province]]. The [[O Communist Party of Nepal (Unified Marxist–Leninist)]] voted against her. President [[P Ram Chandra Poudel]] swore her in at [[L Sheetal Niwas]], the presidential residence in [[L Kathmandu]], on Friday evening.

In her first speech she promised to lift a ban on social media platforms, to prosecute officials over the killing of protesters in [[L Baneshwor]], and to hold local elections by June. "The young people who died did not die for a change of faces," she said.

[[P Gagan Thapa]], general secretary of the [[O Nepali Congress]], said his party would join the cabinet but would "watch every promise". Former prime minister [[P Khadga Prasad Oli]] said the vote had been bought with "the promises of a television studio".

[[L India]] and [[L China]] both congratulated [[P Bhattarai]]. The [[O Nepal Rastra Bank]] said the rupee was steady. Tourism officials in [[L Pokhara]] said hotel bookings, which fell by half during the protests, were recovering ahead of the spring climbing season on [[L Mount Everest]].

Sources

"[[P Bhattarai]] becomes PM with 149 votes" — [[O The Kathmandu Post]], January 8, 2027
"[[L Nepal]] gets new prime minister" — [[O Kantipur]], January 8, 2027`,
  },
  {
    name: 'sport nhl city teams',
    text: `[[O Edmonton]] beat [[O Florida]] in overtime to level [[X Stanley Cup Final]]

[[L EDMONTON]], [[L Alberta]] ([[O AP]]) — [[P Leon Draisaitl]] scored 4:19 into overtime and the [[O Edmonton Oilers]] beat the [[O Florida Panthers]] 4-3 on Saturday night to even the [[X Stanley Cup Final]] at two games each.

[[P Connor McDavid]] had two assists, and [[P Evan Bouchard]] scored on a power play as [[O Edmonton]] came back from 3-1 down in the third period at [[L Rogers Place]]. Goaltender [[P Stuart Skinner]] made 31 saves.

[[P Sam Reinhart]] and [[P Matthew Tkachuk]] scored for [[O Florida]], which had won the first two games at home in [[L Sunrise]]. [[P Sergei Bobrovsky]] stopped 28 shots. "We gave them life and they took it," [[O Panthers]] coach [[P Paul Maurice]] said.

Game 5 is Tuesday in [[L Florida]]. The [[O Oilers]] are trying to become the first Canadian team to win the [[X Cup]] since [[O Montreal]] in 1993. Fans packed the plaza outside the arena, and the city said about 25,000 watched on screens along [[L Jasper Avenue]].

In the other news from the league, [[O Utah]] hired [[P Jay Woodcroft]] as an assistant coach, and [[O Vegas]] said forward [[P Jack Eichel]] would have minor surgery on his wrist. [[O Seattle]] traded defenceman [[P Vince Dunn]] to [[O Columbus]] for a second-round pick.

The [[O NHL]] said commissioner [[P Gary Bettman]] would attend Game 5. Last season [[O Florida]] beat [[O Edmonton]] in seven games for the franchise's first title.`,
  },
  {
    name: 'reuters antofagasta copper',
    text: `[[O Antofagasta]] cuts copper output forecast on water shortage at [[L Los Pelambres]]

[[L SANTIAGO]], July 23 ([[O Reuters]]) - Chilean miner [[O Antofagasta]] ([[X ANTO.L]]) cut its copper production forecast for the year on Thursday, blaming a drought that has left its [[L Los Pelambres]] mine short of water, and said a desalination plant would not reach full capacity until 2027.

The company, which is controlled by [[L Chile]]'s [[P Luksic]] family and listed in [[L London]], now expects to produce 620,000 to 650,000 tonnes, down from 660,000 to 690,000. Its shares fell 3.8%.

Chief executive [[P Iván Arriagada]] said rainfall in the [[L Choapa]] valley, where [[L Los Pelambres]] sits, was 70% below normal. The mine's desalination plant near [[L Los Vilos]] was running at about half its capacity, he said.

Output at its [[L Centinela]] mine in the [[L Antofagasta]] region, which takes its name from the port city, rose 4%. The firm's railway, [[O Ferrocarril de Antofagasta a Bolivia]], carried record volumes, it said.

State miner [[O Codelco]], the world's largest copper producer, also faces water curbs. [[L Chile]]'s mining minister, [[P Aurora Williams]], said in [[L Santiago]] that the government would speed up permits for desalination. [[P Marcela Contreras]], an analyst at [[O BTG Pactual]], said the cut removed about 1% of the world's expected new supply.

Copper on the [[O London Metal Exchange]] rose 0.6% to $9,840 a tonne. [[O Glencore]] and [[O Anglo American]] report second-quarter output next week.

(Reporting by [[P Fabian Cambero]] in [[L Santiago]]; Additional reporting by [[P Clara Denina]] in [[L London]]; Editing by [[P Alexander Smith]])`,
  },
];

export const BATCH_19: EntityCase[] = [
  {
    name: 'wikinews bolivia runoff',
    text: `[[L Bolivia]] holds first presidential runoff as fuel shortages bite

Sunday, October 19, 2025

Voters in [[L Bolivia]] went to the polls on Sunday for the country's first presidential runoff, choosing between Senator [[P Rodrigo Paz Pereira]] of the [[O Christian Democratic Party]] and former president [[P Jorge Quiroga]] of the [[O Libre]] alliance.

The [[O Supreme Electoral Tribunal]] ([[O TSE]]) said polls opened on time in most of the country's nine departments, though voting in parts of [[L Cochabamba]] was delayed by road blockades. Its president, [[P Óscar Hassenteufel]], said preliminary results would be published from 9 p.m. in [[L La Paz]].

The [[O Movement for Socialism]] ([[O MAS]]), which governed for most of the past two decades, failed to reach the runoff after a split between President [[P Luis Arce]] and former leader [[P Evo Morales]]. [[P Morales]], who faces an arrest warrant, urged his supporters in the [[L Chapare]] region to spoil their ballots.

Both candidates promised to end queues for diesel and petrol, which have stretched for kilometres in [[L Santa Cruz de la Sierra]] and [[L El Alto]]. [[P Quiroga]] has said he would seek a loan from the [[O International Monetary Fund]]; [[P Paz]] has said he would cut fuel subsidies gradually. [[P Mariela Choque]], a trucker waiting outside a station on the road to [[L Oruro]], said she had waited two days for diesel.

Observers from the [[O Organization of American States]] ([[O OAS]]) and the [[O European Union]] were deployed across the country. The new president will take office on November 8.

Sources

"[[L Bolivia]] votes in historic runoff" — [[O El Deber]], October 19, 2025
"[[P Paz]] and [[P Quiroga]] face off" — [[O Página Siete]], October 18, 2025`,
  },
  {
    name: 'reuters eu general court fine',
    text: `[[O EU]] court cuts [[O Illumina]] fine, backs [[O Commission]] on most counts in [[O Grail]] case

[[L LUXEMBOURG]], Sept 10 ([[O Reuters]]) - [[L Europe]]'s [[O General Court]] on Wednesday upheld most of a 2023 decision by the [[O European Commission]] against [[O Illumina]] ([[X ILMN.O]]) over its purchase of cancer-test maker [[O Grail]], but cut the fine imposed on the [[L U.S.]] firm by a third.

The [[L Luxembourg]]-based court said the [[O Commission]] had been right to find that [[O Illumina]] closed the deal before it was approved, but that a fine of 432 million euros was "disproportionate" given the legal doubts at the time. It set the fine at 288 million euros.

A spokesperson for the [[O Commission]] in [[L Brussels]] said it would study the ruling. [[O Illumina]], based in [[L San Diego]], sold [[O Grail]] in 2024 after the [[O Commission]] blocked the deal. Its general counsel, [[P Charles Dadswell]], said the company was "pleased that the court recognised the novelty of the case".

The ruling is the latest in a series of setbacks for the [[O Commission]]'s use of a merger rule, known as [[X Article 22]], to review small deals. In 2024 the [[O Court of Justice]], the [[O EU]]'s highest court, ruled that it could not review deals below national thresholds. Competition lawyer [[P Ewa Kowalczyk-Brandt]] of [[O Linklaters]] said the decision would make the [[O Commission]] "more careful but not less ambitious".

In a separate case, the court rejected an appeal by chipmaker [[O Intel]] ([[X INTC.O]]) against a 376 million euro fine for blocking rivals, confirming a decision the [[O Commission]] took in 2023. [[O Intel]] can appeal to the [[O Court of Justice]] within two months.

(Reporting by [[P Foo Yun Chee]] in [[L Brussels]]; Editing by [[P Louise Heavens]])`,
  },
  {
    name: 'us state texas special session',
    text: `[[O Texas House]] returns to [[L Austin]] after Democrats end walkout

[[L AUSTIN]], [[L Texas]] — The [[O Texas House of Representatives]] reached a quorum on Monday for the first time in two weeks after most of its Democratic members returned from [[L Illinois]], clearing the way for a vote on a new congressional map.

Speaker [[P Dustin Burrows]] gaveled the chamber into session at 2:14 p.m. with 124 members present. About 50 Democrats had left the state on August 3 to block the map, which would give Republicans up to five more seats in the [[O U.S. House]]. Governor [[P Greg Abbott]] had asked the [[O Texas Supreme Court]] to remove the leader of the walkout, Representative [[P Gene Wu]] of [[L Houston]], from office.

[[P Wu]] said the walkout had "done its job" by drawing attention to the map. Democrats in [[L California]] have since moved to redraw their own state's districts in response. "We bought the country time," he told reporters at the [[L Texas Capitol]].

The map would redraw seats around [[L Dallas]], [[L San Antonio]] and the [[L Rio Grande Valley]]. Civil rights groups including the [[O League of United Latin American Citizens]] ([[O LULAC]]) said they would sue in federal court in [[L El Paso]] as soon as it was signed. [[P Domingo García]], a lawyer for the group, said the map "cuts Hispanic neighborhoods in half".

The [[O Texas Senate]], led by Lieutenant Governor [[P Dan Patrick]], passed the map last week. Representative [[P Ana-Maria Rodríguez Ramos]] of [[L Richardson]] was one of five Democrats who stayed in [[L Chicago]] on Monday.

A [[O University of Texas]] poll found 44% of voters supported the walkout and 46% opposed it.`,
  },
  {
    name: 'sport scottish premiership',
    text: `[[O Hearts]] stay top after [[O Aberdeen]] fightback at [[L Pittodrie]]

[[O Heart of Midlothian]] stayed top of the [[O Scottish Premiership]] on Sunday after a 2-2 draw at [[O Aberdeen]], who came from two goals down, while [[O Celtic]] closed the gap with a 3-0 win over [[O Dundee]].

[[P Lawrence Shankland]] put [[O Hearts]] ahead from the penalty spot after 12 minutes at [[L Pittodrie]], and [[P Kenneth Vargas]] doubled the lead before half-time. [[O Aberdeen]] replied through [[P Ante Palaversa]] and then [[P Kevin Nisbet]] with a header in the 88th minute.

"[[L Aberdeen]] is never an easy place to come and we switched off," [[O Hearts]] head coach [[P Derek McInnes]], a former manager of the home side, said. [[O Hearts]] lead [[O Celtic]] by four points.

At [[L Celtic Park]], [[P Daizen Maeda]] scored twice and [[P Callum McGregor]] added a third. [[O Dundee]] had a player sent off in the first half. [[O Rangers]] won 1-0 at [[O Motherwell]] through a late goal from [[P Cyriel Dessers]], and [[O Hibernian]] beat [[O St Mirren]] 2-1 at [[L Easter Road]].

At the bottom, [[O Livingston]] drew 0-0 with [[O Kilmarnock]], and [[O Dundee United]] lost 1-0 at home to [[O St Johnstone]] at [[L Tannadice]]. [[O Livingston]] manager [[P David Martindale]] said the point "could be a big one in May".

[[O Scotland]] play [[O Greece]] in a [[X World Cup]] qualifier at [[L Hampden Park]] on Thursday. Coach [[P Steve Clarke]] named [[O Hearts]] midfielder [[P Cammy Devlin]] in his squad for the first time.`,
  },
  {
    name: 'obituary japanese typhoon forecaster',
    text: `[[P Haruko Sakamoto]], forecaster who changed how [[L Japan]] warns of typhoons, dies at 79

[[L TOKYO]] — [[P Haruko Sakamoto]], a meteorologist who led the [[O Japan Meteorological Agency]]'s typhoon forecasts for two decades and pushed for the "special warnings" now issued before the worst storms, died on Tuesday in [[L Yokohama]]. She was 79.

Her family said in a statement that she had been ill with pancreatic cancer. The agency's director-general, [[P Kenji Nonaka]], said she had "saved more lives than any of us will ever know".

Born in [[L Kagoshima]] in 1947, she studied physics at [[O Kyushu University]] and joined the agency in 1971, one of three women in her year. She worked at the weather station on [[L Minamidaito]] island, where she launched balloons into typhoons, before moving to the forecast centre in [[L Tokyo]].

After [[X Typhoon Vera]]'s storm surge killed more than 5,000 people in 1959, forecasts had improved, but warnings remained technical. [[P Sakamoto]] argued that people did not act on wind speeds. After [[X Typhoon Haiyan]] struck the [[L Philippines]] in 2013, she helped write the rules for emergency warnings, first issued in 2013 and used when [[X Typhoon Hagibis]] flooded [[L Nagano]] in 2019.

She also trained forecasters from [[L Vietnam]], the [[L Philippines]] and [[L Guam]] through the [[O World Meteorological Organization]]'s centre in [[L Tokyo]]. [[P Esperanza Cayanan]], a former deputy head of [[O PAGASA]], the Philippine weather agency, said [[P Sakamoto]] "taught us that a forecast is a letter to a frightened person".

She is survived by her husband, [[P Takeshi Sakamoto]], a retired teacher, and a daughter, [[P Mai Sakamoto-Ross]], who lives in [[L Vancouver]].`,
  },
];
