/**
 * Blind entity batches 14-16 (helper ents12a, 1 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, each
 * committed before its first score. Batch 16 was written after the rows for batches 14-15 and is
 * not fixed against. They aim at what the two unseen sets have and earlier batches covered least:
 * Wikinews past-tense reports (space, courts, disasters, results) with foreign agencies and
 * "According to", wire copy with caps datelines, tickers, central banks and ministries, and US
 * election coverage with counties, House districts, PACs and campaign staff; names with particles
 * from many countries; products, vehicles, weapons and events as none; metonyms.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_14: EntityCase[] = [
  {
    name: 'wikinews lunar lander',
    text: `[[L India]]'s lunar lander touches down near the [[X Moon]]'s south pole

Thursday, October 22, 2026

The [[O Indian Space Research Organisation]] ([[O ISRO]]) landed its [[X Chandrayaan-4]] probe near the south pole of the [[X Moon]] on Wednesday, becoming the first agency to bring a sample-return lander down in the region, according to officials at the [[L Satish Dhawan Space Centre]] in [[L Sriharikota]].

The lander, carried by an [[X LVM3]] rocket that launched on October 3, came down at 6:04 p.m. local time. [[O ISRO]] chairman [[P V. Narayanan]] told reporters in [[L Bengaluru]] that the craft would drill for about two weeks and return roughly three kilograms of soil to [[X Earth]] in January. Project director [[P Kalpana Subramaniam]] said the team had "rehearsed every minute of the descent" at a test range in [[L Challakere]].

The mission carried instruments from the [[O European Space Agency]] and from [[O JAXA]], [[L Japan]]'s space agency, which is also planning a joint rover with [[L India]]. [[P Nobuhiro Tanaka]], a [[O JAXA]] scientist who worked on a radar for the probe, said the data would help find ice for future crews.

Prime Minister [[P Narendra Modi]] watched the landing from [[L New Delhi]] and congratulated the scientists on social media. [[L China]]'s [[X Chang'e 6]] mission brought back samples from the far side of the [[X Moon]] in 2024, and [[O NASA]] plans to land astronauts near the south pole under its [[X Artemis]] programme.

Sources

"[[X Chandrayaan-4]] lands safely, [[O ISRO]] confirms" — [[O The Hindu]], October 21, 2026
"[[L India]] reaches lunar south pole again" — [[O Space.com]], October 21, 2026`,
  },
  {
    name: 'reuters brazil central bank',
    text: `[[L Brazil]] central bank holds rate at 15%, signals no cuts before March

[[L BRASILIA]], Dec 1 ([[O Reuters]]) - [[L Brazil]]'s central bank kept its benchmark [[X Selic]] rate at 15% on Wednesday for a fourth straight meeting and said it was too early to discuss cuts, disappointing investors who had bet on easing in January.

The bank's monetary policy committee, known as [[O Copom]], voted unanimously, in line with all 38 economists polled by [[O Reuters]]. Governor [[P Gabriel Galípolo]] has said inflation, at 4.7% in the 12 months to October, remains above the 3% target.

Finance Minister [[P Fernando Haddad]] told reporters in [[L Brasilia]] that the government would meet its fiscal target next year. A source at the [[O Finance Ministry]], who asked not to be named because the talks are private, said the ministry would propose spending cuts of 30 billion reais before Christmas. "The numbers are tight, but they close," the source said.

State-controlled oil company [[O Petrobras]] ([[X PETR4.SA]]) rose 2.1% in [[L Sao Paulo]], while miner [[O Vale]] ([[X VALE3.SA]]) fell 0.8%. The real weakened 0.4% against the dollar. [[P Silvia Matos]], an economist at the [[O Getulio Vargas Foundation]] in [[L Rio de Janeiro]], said the bank would wait for clear signs that services inflation was slowing.

Analysts at [[O Itaú Unibanco]] expect the first cut in March. The [[O Federal Reserve]] in [[L Washington]] and [[O Banco de Mexico]] have both cut rates this year.

(Reporting by [[P Marcela Ayres]] and [[P Bernardo Caram]] in [[L Brasilia]]; Editing by [[P Andrea Ricci]])`,
  },
  {
    name: 'us election pennsylvania house race',
    text: `[[P Mackenzie]] edges [[P Wild]] in [[L Pennsylvania]]'s 7th District as recount looms

[[L ALLENTOWN]], [[L Pa.]] — Republican [[P Ryan Mackenzie]] led Democrat [[P Susan Wild]] by fewer than 1,800 votes on Thursday in the race for [[L Pennsylvania]]'s 7th Congressional District, close enough that a recount remained possible under state law.

[[L Lehigh County]], the largest county in the district, finished counting mail ballots late Wednesday. Its elections chief, [[P Tim Benyo]], said about 2,400 provisional ballots still had to be checked. In neighbouring [[L Northampton County]], officials said a scanner fault in [[L Bethlehem]] had slowed the count but that no ballots were lost.

[[P Wild]]'s campaign manager, [[P Dana Kowalczyk]], said in a statement that "every eligible vote must be counted" and that the campaign had sent lawyers to [[L Easton]]. The [[O Pennsylvania Republican Party]] said the result was "clear and final".

Outside spending in the race passed $30 million. [[O Congressional Leadership Fund]], a super PAC aligned with House Republicans, spent $9 million on ads attacking [[P Wild]] over energy prices, while [[O House Majority PAC]] spent $7 million for her. A [[O Muhlenberg College]] poll in October had shown the two candidates tied at 47%.

[[P Mackenzie]], a former state representative from [[L Lower Macungie Township]], thanked volunteers at a fire hall in [[L Macungie]]. "The voters of the [[L Lehigh Valley]] want lower prices and safer streets," he said.

The [[O Associated Press]] had not called the race by Thursday evening. Under [[L Pennsylvania]] law, an automatic recount is held when the margin is half a percentage point or less.`,
  },
  {
    name: 'wikinews court ruling on a river dam',
    text: `International court orders halt to dam on the [[L Silala]] border river

Friday, June 5, 2026

The [[O International Court of Justice]] ([[O ICJ]]) in [[L The Hague]] on Thursday ordered [[L Bolivia]] to stop work on a dam on the [[L Silala]] river until it rules on a complaint brought by [[L Chile]], which said the project would cut the flow of water to farms and a copper mine in the [[L Atacama Desert]].

The court's president, [[P Iwasawa Yuji]], read the order, which was adopted by 12 votes to three. Judges [[P Hilary Charlesworth]] and [[P Juan Manuel Gómez Robledo]] were among those in the majority. [[L Chile]]'s foreign minister, [[P Alberto van Klaveren]], welcomed the decision and said his government was ready to talk.

[[L Bolivia]]'s agent before the court, [[P María de la Luz Quispe]], argued in May that the dam in the [[L Potosí Department]] would store rainwater only and take nothing that belonged to [[L Chile]]. President [[P Rodrigo Paz]] said in [[L La Paz]] that [[L Bolivia]] would respect the order but "defend every drop of its water".

The state mining company [[O Codelco]], which draws water from the river for its [[L Chuquicamata]] operation, did not comment. Environmental group [[O Fundación Terram]] said the case showed the need for a treaty on shared rivers in the [[L Andes]].

The two countries last met at the court in 2022, when it found that the river was an international watercourse.

Sources

"[[O CIJ]] ordena a [[L Bolivia]] suspender obras en el [[L Silala]]" — [[O La Tercera]], June 4, 2026
"World court halts Bolivian dam" — [[O BBC News]], June 4, 2026`,
  },
  {
    name: 'reuters saudi defence deal',
    text: `[[L Saudi Arabia]] signs $6 billion air defence deal with [[O Lockheed Martin]]

[[L RIYADH]], May 12 ([[O Reuters]]) - [[L Saudi Arabia]] agreed to buy additional [[X THAAD]] missile defence batteries from [[O Lockheed Martin]] ([[X LMT.N]]) in a deal worth about $6 billion, the kingdom's defence ministry said on Tuesday, as it seeks to protect oil sites from drone and missile attacks.

Defence Minister Prince [[P Khalid bin Salman]] signed the agreement in [[L Riyadh]] with [[P Frank St. John]], [[O Lockheed]]'s chief operating officer. Part of the work will be done by [[O Saudi Arabian Military Industries]] ([[O SAMI]]) at a plant in [[L Al Kharj]], the ministry said.

The [[O/L White House]] said the sale had been approved by the [[O State Department]] and would be reviewed by [[O Congress]]. A senior Saudi official, speaking on condition of anonymity, said the kingdom also wanted [[X F-35]] fighter jets, a request that [[L Washington]] has weighed for years against its pledge to keep [[L Israel]]'s military edge.

Houthi forces in [[L Yemen]] fired drones at an [[O Aramco]] facility in [[L Abqaiq]] in 2019, briefly halving the kingdom's oil output. [[P Mohammed al-Sabban]], a former adviser to the oil ministry, said the new batteries would cover sites on the [[L Red Sea]] coast, including [[L Yanbu]].

Shares of [[O Lockheed]] rose 1.3% in early trading in [[L New York]]. The [[O/L Kremlin]] and [[L Beijing]] have also courted Gulf buyers; [[L Riyadh]] was reported last year to be in talks on Chinese drones.

(Reporting by [[P Aziz El Yaakoubi]] in [[L Riyadh]] and [[P Mike Stone]] in [[L Washington]]; Editing by [[P Mark Potter]])`,
  },
];

export const BATCH_15: EntityCase[] = [
  {
    name: 'wikinews champions league night',
    text: `[[O Benfica]] beat [[O Bayern Munich]] as [[O Porto]] crash out of [[X Champions League]]

Thursday, December 10, 2026

[[O Benfica]] beat [[O Bayern Munich]] 2–1 at the [[L Estádio da Luz]] in [[L Lisbon]] on Wednesday to reach the knockout round of the [[X UEFA Champions League]], while their [[L Portugal]] rivals [[O Porto]] were knocked out after a 3–0 defeat away to [[O Galatasaray]].

Striker [[P Vangelis Pavlidis]] put [[O Benfica]] ahead in the 23rd minute, and after [[P Harry Kane]] equalised from the penalty spot, substitute [[P Samuel Dahl]] scored the winner with four minutes left. [[O Benfica]] coach [[P José Mourinho]] said his players had "suffered like a family".

In [[L Istanbul]], [[P Victor Osimhen]] scored twice for [[O Galatasaray]] against his former club's rivals, and [[P Yunus Akgün]] added a third. [[O Porto]] finished the match with ten men after defender [[P Jan Bednarek]] was sent off. Coach [[P Francesco Farioli]] apologised to supporters who had travelled from [[L Portugal]].

Elsewhere, [[O Arsenal]] won 4–0 at [[O Slavia Prague]] and [[O Real Madrid]] drew 1–1 with [[O Manchester City]] at the [[L Santiago Bernabéu]]. [[P Kylian Mbappé]] scored for [[O Real Madrid]] before [[P Erling Haaland]] headed in a late equaliser. The draw for the round of 16 will be held in [[L Nyon]], [[L Switzerland]], on December 14, according to [[O UEFA]].

Sources

"[[O Benfica]] stun [[O Bayern]] in [[L Lisbon]]" — [[O A Bola]], December 9, 2026
"[[P Osimhen]] double sends [[O Porto]] out" — [[O ESPN]], December 9, 2026`,
  },
  {
    name: 'wikinews floods in nigeria',
    text: `Floods kill dozens in northeastern [[L Nigeria]] after dam fails

Monday, September 14, 2026

At least 37 people died and more than 100,000 were displaced after the [[L Alau Dam]] near [[L Maiduguri]], the capital of [[L Borno State]], collapsed following days of heavy rain, according to the [[O National Emergency Management Agency]] ([[O NEMA]]).

The agency's director general, [[P Zubaida Umar]], said rescue teams had reached neighbourhoods along the [[L Ngadda River]] by boat. [[L Borno]]'s governor, [[P Babagana Umara Zulum]], visited a camp at [[L Bakassi]] and said the state would rebuild the dam "with the strength it should have had".

The [[O International Committee of the Red Cross]] and [[O Médecins Sans Frontières]] set up clinics to treat cholera. [[P Aisha Bello Mohammed]], who runs a shelter for the [[O Nigerian Red Cross Society]], said families had lost "everything, even the grain they stored for the dry season". The [[O World Food Programme]] said it had flown food in from [[L Abuja]].

The [[O Nigerian Meteorological Agency]] had warned in August of flooding in 31 of the country's 36 states. Floods in 2022 killed more than 600 people across [[L Nigeria]], [[L Niger]] and [[L Chad]]. The [[O Lake Chad Basin Commission]] said water levels in the [[L Lake Chad]] basin were the highest in ten years.

President [[P Bola Tinubu]], who was on a visit to [[L Beijing]], ordered the army to help. Vice President [[P Kashim Shettima]], a former governor of [[L Borno]], flew to [[L Maiduguri]] on Sunday.

Sources

"[[L Maiduguri]] flood: death toll rises" — [[O Premium Times]], September 13, 2026
"Dam collapse floods Nigerian city" — [[O Al Jazeera]], September 13, 2026`,
  },
  {
    name: 'reuters chinese carmaker in hungary',
    text: `[[O BYD]] opens [[L Hungary]] plant as [[O EU]] tariffs bite

[[L SZEGED]], [[L Hungary]], Oct 8 ([[O Reuters]]) - Chinese electric carmaker [[O BYD]] ([[X 002594.SZ]]) started production at its first European car plant in [[L Szeged]] on Thursday, building its [[X Dolphin Surf]] and [[X Atto 2]] models inside the [[O European Union]] to avoid tariffs on cars imported from [[L China]].

Executive Vice President [[P Stella Li]] said the plant would make 150,000 cars a year at first. Prime Minister [[P Viktor Orbán]] and Foreign Minister [[P Péter Szijjártó]] attended the opening, which [[L Budapest]] has promoted as proof that its ties with [[L Beijing]] bring jobs.

Two people familiar with the matter said [[O BYD]] was also in talks to build a second plant in [[L Turkey]]. "They want to be inside the customs union whatever happens in [[L Brussels]]," one of the people said.

The [[O European Commission]] imposed duties of up to 35.3% on Chinese-built electric cars last year. [[O Volkswagen]], [[O Stellantis]] and [[O Mercedes-Benz]] have lost market share in [[L China]], and [[O Tesla]] sales of the [[X Model Y]] fell in [[L Europe]] for a tenth month. [[O Mercedes-Benz]] builds cars in [[L Kecskemét]], 90 km north of [[L Szeged]], and [[O BMW]] opened a plant in [[L Debrecen]] this year.

The [[O Hungarian Investment Promotion Agency]] said the state had given [[O BYD]] a grant it did not disclose. [[P Wang Chuanfu]], the company's founder and chairman, did not attend.

(Reporting by [[P Krisztina Than]] in [[L Budapest]] and [[P Zhang Yan]] in [[L Shenzhen]]; Editing by [[P Alexander Smith]])`,
  },
  {
    name: 'us election arizona house primary',
    text: `Crowded field, big money in race for [[L Arizona]]'s 6th District

[[L TUCSON]], [[L Ariz.]] — Six Democrats are competing in Tuesday's primary for [[L Arizona]]'s 6th Congressional District, a [[L Tucson]]-area seat Republicans have held since 2023, and outside groups have already spent more than $5 million on the race.

A poll by [[O Noble Predictive Insights]] last week put former state senator [[P Kirsten Engel]] at 31%, ahead of [[P Luis Alberto Villanueva]], a [[L Pima County]] supervisor, at 22%. [[P Engel]] lost the seat in 2024 by about 5,000 votes to Republican Representative [[P Juan Ciscomani]].

[[O Protect Progress]], a super PAC that backs Democrats on crypto policy, has spent $1.8 million on television ads for [[P Engel]]. [[P Villanueva]]'s campaign manager, [[P Teresa Okonkwo]], called the spending "an attempt to buy a seat" and said the campaign had knocked on 90,000 doors in [[L Pima County]] and [[L Cochise County]].

The [[O Arizona Democratic Party]] has stayed neutral. Its chair, [[P Robert Branscomb]], said the party would back the winner. [[O Emily's List]] endorsed [[P Engel]] in May, and the [[O Congressional Hispanic Caucus]]'s campaign arm, [[O BOLD PAC]], endorsed [[P Villanueva]].

[[P Ciscomani]], who sits on the [[O House Appropriations Committee]], has $3.2 million in the bank, according to filings with the [[O Federal Election Commission]]. The [[O National Republican Congressional Committee]] has reserved ads in the [[L Tucson]] market for the autumn.

Early ballots make up most of the vote in [[L Arizona]]. [[L Pima County]] Recorder [[P Gabriella Cázares-Kelly]] said her office had received 140,000 by Friday, and results from [[L Sierra Vista]] and [[L Marana]] would come late on Tuesday night.`,
  },
  {
    name: 'reuters ukraine long-range missiles',
    text: `[[L Ukraine]] says it hit Russian air base with new long-range missile

[[L KYIV]], Feb 17 ([[O Reuters]]) - [[L Ukraine]] struck a Russian air base in the [[L Kursk]] region overnight with its [[X Flamingo]] cruise missile, the general staff said on Tuesday, damaging two [[X Su-34]] bombers in one of the deepest strikes of the war.

Commander-in-chief [[P Oleksandr Syrskyi]] said on [[O Telegram]] that the missile, made by the Ukrainian firm [[O Fire Point]], had flown more than 500 km. The [[O Russian Defence Ministry]] said its air defences had shot down 41 Ukrainian drones over the [[L Kursk]], [[L Belgorod]] and [[L Bryansk]] regions and did not mention the base.

[[O/L Kremlin]] spokesman [[P Dmitry Peskov]] said the strike showed that [[L Kyiv]] was not interested in peace. The [[O/L White House]] said President [[P Donald Trump]] still hoped to meet [[P Vladimir Putin]] before the summer, while the [[O Pentagon]] declined to say whether [[L Washington]] would supply [[X Tomahawk]] missiles.

Ukrainian President [[P Volodymyr Zelenskiy]] thanked the engineers in his nightly address and said production would reach seven missiles a day by the autumn. [[P Ihor Fedirko]], an adviser to the [[O Ukrainian Council of Armament]], said the missile cost about a third as much as a [[X Tomahawk]].

Regional governor [[P Alexander Khinshtein]] said a woman was wounded in the town of [[L Rylsk]]. In [[L Kharkiv]], mayor [[P Ihor Terekhov]] said Russian glide bombs hit a printing house and a depot of the [[O Nova Poshta]] delivery company.

(Reporting by [[P Olena Harmash]] and [[P Max Hunder]] in [[L Kyiv]]; Additional reporting by [[P Lidia Kelly]] in [[L Melbourne]]; Editing by [[P Gareth Jones]])`,
  },
];

export const BATCH_16: EntityCase[] = [
  {
    name: 'wikinews telescope finds water on exoplanet',
    text: `Astronomers detect water vapour on rocky planet 40 light years away

Wednesday, November 4, 2026

An international team of astronomers reported on Tuesday that they had detected water vapour in the atmosphere of a rocky planet orbiting the star [[X LHS 1140]], according to a paper published in the journal [[X Nature Astronomy]].

The observations were made with the [[X James Webb Space Telescope]], which is operated by [[O NASA]] with the [[O European Space Agency]] and the [[O Canadian Space Agency]]. Lead author [[P Charlotte Dufresne-Mbeki]] of the [[O University of Montreal]] said the planet, [[X LHS 1140 b]], was "the best place we know to look for a habitable world".

Co-author [[P Rajesh Venkataraman]], of the [[O Max Planck Institute for Astronomy]] in [[L Heidelberg]], said the team had watched the planet pass in front of its star eleven times. Measurements from the [[O European Southern Observatory]]'s [[L Paranal Observatory]] in the [[L Atacama Desert]] of [[L Chile]] confirmed its mass.

Not everyone was convinced. [[P Zhou Lingyun]], an astrophysicist at [[O Tsinghua University]] in [[L Beijing]], said the signal might come from spots on the star itself. The [[O Space Telescope Science Institute]] in [[L Baltimore]] said more time on the telescope had been given to the team next year.

The star lies in the constellation [[X Cetus]]. The [[X PLATO]] mission, which the [[O European Space Agency]] plans to launch from [[L Kourou]] in [[L French Guiana]] in December, is designed to find more such planets.

Sources

"Water found on nearby rocky world" — [[O Scientific American]], November 3, 2026
"Vapeur d'eau sur une exoplanète rocheuse" — [[O Le Monde]], November 3, 2026`,
  },
  {
    name: 'reuters turkey central bank',
    text: `[[L Turkey]]'s central bank cuts rates by 150 basis points, lira steady

[[L ANKARA]], Dec 11 ([[O Reuters]]) - [[L Turkey]]'s central bank cut its main interest rate by 150 basis points to 38.5% on Thursday, a bigger cut than most economists expected, saying inflation was slowing faster than it had forecast.

The bank's monetary policy committee, chaired by Governor [[P Fatih Karahan]], said it would keep policy tight until prices were stable. Annual inflation fell to 31% in November, the [[O Turkish Statistical Institute]] said last week.

Treasury and Finance Minister [[P Mehmet Şimşek]] told a conference in [[L Istanbul]] that the government would not allow the lira to lose value quickly. A banker familiar with the matter said state lenders had sold about $2 billion in the market on Thursday to support the currency. "They were there from the first minute," the banker said.

Shares of [[O Akbank]] ([[X AKBNK.IS]]) and [[O Garanti BBVA]] ([[X GARAN.IS]]) rose more than 3%. The [[X BIST 100]] index closed up 1.8%. [[P Haluk Bürümcekçi]], an economist at [[O Bürümcekçi Research]], said the bank could cut by another 150 points in January.

In a poll by [[O Reuters]] last week, 11 of 17 economists had expected a cut of 100 points. President [[P Tayyip Erdogan]], who has long called high rates the cause of inflation, has not commented on the decision. The [[O International Monetary Fund]] has urged [[L Ankara]] to keep policy tight.

(Reporting by [[P Ezgi Erkoyun]] and [[P Jonathan Spicer]] in [[L Istanbul]]; Editing by [[P Daren Butler]])`,
  },
  {
    name: 'us election michigan senate primary',
    text: `[[P McMorrow]], [[P El-Sayed]] locked in tight [[L Michigan]] [[O Senate]] primary

[[L LANSING]], [[L Mich.]] — State Senator [[P Mallory McMorrow]] and former health official [[P Abdul El-Sayed]] are virtually tied ahead of [[L Michigan]]'s Democratic primary for the [[O U.S. Senate]], a poll by [[O EPIC-MRA]] showed on Monday, with Representative [[P Haley Stevens]] close behind.

The poll of 600 likely primary voters put [[P McMorrow]] at 29%, [[P El-Sayed]] at 28% and [[P Stevens]] at 25%. The winner will face former Representative [[P Mike Rogers]], who is unopposed for the Republican nomination, in November.

[[P El-Sayed]], who ran the health department in [[L Wayne County]], has been endorsed by Senator [[P Bernie Sanders]] and is counting on a large turnout in [[L Dearborn]] and [[L Hamtramck]]. His campaign manager, [[P Yasmin Haddad-Reyes]], said volunteers had knocked on 300,000 doors.

[[O AIPAC]]'s super PAC, [[O United Democracy Project]], has spent $3 million on ads for [[P Stevens]] in the [[L Detroit]] media market. [[P McMorrow]], who represents a district in [[L Oakland County]], has raised the most money of the three, according to filings with the [[O Federal Election Commission]].

The [[O Michigan Democratic Party]] will hold a debate at [[O Wayne State University]] on Thursday. [[L Kent County]] Clerk [[P Lisa Posthumus Lyons]] said her office had mailed 90,000 absentee ballots. The seat is open because Senator [[P Gary Peters]] is retiring after two terms.`,
  },
  {
    name: 'wikinews sports court doping ruling',
    text: `Sports court bans Kenyan marathon champion for four years

Friday, July 17, 2026

The [[O Court of Arbitration for Sport]] ([[O CAS]]) in [[L Lausanne]] on Thursday banned Kenyan runner [[P Brimin Kiprotich Chebet]] for four years after finding that he had used the blood booster [[X EPO]], upholding an appeal by the [[O Athletics Integrity Unit]] ([[O AIU]]).

[[P Chebet]], 27, won the [[X Berlin Marathon]] in 2024 and finished second at the [[X Boston Marathon]] last year. His results since March 2024 have been annulled, and he must return prize money. His lawyer, [[P Giorgio van der Meulen]], said the athlete would appeal to the [[O Swiss Federal Supreme Court]].

The [[O Anti-Doping Agency of Kenya]] ([[O ADAK]]) had cleared him last year, ruling that a sample taken in [[L Iten]] had been stored incorrectly. The three judges of the panel, chaired by [[P Efraim Barak]] of [[L Israel]], rejected that finding.

[[O World Athletics]] president [[P Sebastian Coe]] said the ruling showed "no one is beyond the reach of the rules". [[L Kenya]] has more than 100 athletes serving bans, and [[O World Athletics]] placed [[O Athletics Kenya]] on its highest watch list in 2023. Sports minister [[P Salim Mvurya]] said the government would double its anti-doping budget.

Former world champion [[P Tegla Loroupe]] said young runners in the [[L Rift Valley]] were being pushed by agents to cheat. "They see a car and a house, and they do not see the risk," she said.

Sources

"[[O CAS]] hands [[P Chebet]] four-year ban" — [[O Daily Nation]], July 16, 2026
"Marathon winner banned for [[X EPO]]" — [[O The Guardian]], July 16, 2026`,
  },
  {
    name: 'reuters morocco earthquake relief',
    text: `[[L Morocco]] to rebuild 50,000 homes after [[L Atlas]] quake, king says

[[L RABAT]], Feb 3 ([[O Reuters]]) - [[L Morocco]] will spend 120 billion dirhams ($12 billion) over five years to rebuild homes and roads destroyed by an earthquake in the [[L High Atlas]] mountains, the royal palace said on Tuesday.

King [[P Mohammed VI]] chaired a meeting on the plan in [[L Rabat]] with Prime Minister [[P Aziz Akhannouch]] and Interior Minister [[P Abdelouafi Laftit]], the state news agency [[O MAP]] reported. The magnitude 6.6 quake on January 21 killed 412 people, most of them in villages in [[L Al Haouz]] province south of [[L Marrakech]].

Aid group [[O Islamic Relief]] said thousands of families were still living in tents in temperatures below freezing. [[P Fatima Zahra Ait Benhaddou]], who runs a women's cooperative in the village of [[L Talat N'Yaaqoub]], said the road to [[L Taroudant]] had only reopened on Sunday.

The [[O World Bank]] has offered a loan of $500 million, two sources familiar with the talks said. The [[L United Arab Emirates]] and [[L Qatar]] have pledged support, and [[L Spain]]'s [[O Military Emergencies Unit]] sent search teams.

Shares in cement maker [[O LafargeHolcim Maroc]] ([[X LHM.CS]]) rose 4% in [[L Casablanca]]. [[P Youssef El Amrani]], an analyst at [[O CDG Capital]], said the rebuilding would lift demand for cement and steel for at least three years.

(Reporting by [[P Ahmed Eljechtimi]] in [[L Rabat]]; Editing by [[P Aidan Lewis]])`,
  },
];
