/**
 * Blind entity batches 44-46 (helper ents24a, 3 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 46 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_15 are made from batches 44 and 45 only, and batch 46's errors are never printed
 * or read (only its totals, `npx tsx scripts/eval/news-entities.ts --quiet "batch 46"`). They are
 * aimed at what the graders' unseen sets hold and our batches had less of: Wikinews short reports
 * (past tense, no city dateline, "Sources" lists, many countries and agencies, acronyms expanded
 * once), Reuters business and politics wires ("(Reuters) -", tickers, ministries, central banks,
 * unnamed officials, sign-offs) and US election coverage (candidates, states, counties, districts,
 * PACs, parties, polling firms, networks, "D-Ga."/"R-Texas" tags, caucuses, campaign offices),
 * plus science, a court and football clubs named after cities. Storms, telescopes, instruments,
 * journals, indices, tickers, laws, competitions and party members as plurals are none.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_44: EntityCase[] = [
  {
    name: 'wikinews cholera across southern africa with agencies expanded once and a sources list',
    text: `Cholera outbreak spreads to six southern African countries

Wednesday, February 18, 2026

The [[O World Health Organization]] ([[O WHO]]) said on Tuesday that a cholera outbreak first reported in [[L Malawi]] in November had spread to [[L Mozambique]], [[L Zambia]], [[L Zimbabwe]], [[L Tanzania]] and [[L Angola]], with more than 31,000 cases and 540 deaths recorded.

In a statement from its regional office in [[L Brazzaville]], the agency said heavy rains brought by [[X Cyclone Dikeledi]] had flooded latrines and wells along the [[L Shire River]] and in the [[L Zambezi Valley]]. [[P Thandiwe Mokoena-Dube]], who heads the office's emergency programme, said stocks of oral vaccine held by the [[O International Coordinating Group on Vaccine Provision]] ([[O ICG]]) had fallen below five million doses.

The [[O Africa Centres for Disease Control and Prevention]] ([[O Africa CDC]]) announced it would send 200 epidemiologists to the region. Its director-general, [[P Jean-Pierre Mulumba Kasongo]], told a briefing in [[L Addis Ababa]] that cross-border trade at [[L Chirundu]] and [[L Beitbridge]] was spreading the disease faster than in previous years. [[O Africa CDC]] also asked the [[O Southern African Development Community]] ([[O SADC]]) to pay for the chlorination of water in border towns.

In [[L Malawi]], the worst-hit country, Health Minister [[P Chimwemwe Banda-Phiri]] said schools in [[L Blantyre]] and [[L Lilongwe]] would stay closed for a further two weeks. [[O Médecins Sans Frontières]] ([[O MSF]]) said its treatment centre in [[L Nsanje]], near the border with [[L Mozambique]], was admitting 120 patients a day.

[[O UNICEF]] said it had flown 40 tonnes of supplies from its warehouse in [[L Copenhagen]]. The [[O World Bank]] approved a $60 million grant to [[L Zambia]] in January to rebuild water systems in [[L Lusaka]], where an outbreak in 2024 killed more than 700 people. [[L Zambia]]'s [[O Disaster Management and Mitigation Unit]] said the new cases were mostly in fishing camps on [[L Lake Kariba]].

Sources

"Cholera cases pass 31,000 in southern [[L Africa]]" — [[O Reuters]], February 17, 2026
"[[L Malawi]] extends school closures as cholera spreads" — [[O Nyasa Times]], February 16, 2026`,
  },
  {
    name: 'reuters indonesia central bank holds rates with tickers a ministry and an unnamed official',
    text: `[[L Indonesia]] central bank holds rates, sells dollars as rupiah hits record low

[[L JAKARTA]], Feb 18 ([[O Reuters]]) - [[O Bank Indonesia]] ([[O BI]]) kept its benchmark rate at 5.75% on Wednesday for a third month and said it had sold dollars in the spot and forward markets after the rupiah fell to a record low of 17,240 per dollar.

Governor [[P Hendra Wijayakusuma]] told a news conference the bank was "in the market every day" and would keep rates steady until inflation expectations settled. Twenty-two of 30 economists polled by [[O Reuters]] had expected a hold.

The rupiah has lost 6% this year as foreign funds sold government bonds on worries about the budget. The [[O Finance Ministry]] said in a statement it would issue fewer bonds in the second quarter. A ministry official, who declined to be named because the plan had not been announced, said the state could draw on 120 trillion rupiah of cash left over from last year.

The [[X Jakarta Composite Index]] rose 0.4% after the decision, led by lenders [[O Bank Central Asia]] ([[X BBCA.JK]]) and [[O Bank Rakyat Indonesia]] ([[X BBRI.JK]]). Shares of nickel miner [[O Vale Indonesia]] ([[X INCO.JK]]) fell 2.1% after the [[O Energy and Mineral Resources Ministry]] cut its ore quota.

"They want to show they can defend the currency without hiking," said [[P Clara Ng]], an economist at [[O DBS]] in [[L Singapore]]. She expects a cut in the second half if the [[O Federal Reserve]] lowers rates.

[[P Wijayakusuma]] also said [[O BI]] would keep buying government bonds in the secondary market and had renewed a currency swap with the [[O People's Bank of China]]. Deputy Governor [[P Sri Rahayu Lestari]] said the swap line was worth 400 trillion rupiah.

President [[P Prabowo Subianto]] has promised 8% growth, and a free-meals programme for schoolchildren has pushed the deficit close to the legal limit of 3% of gross domestic product. [[O Fitch Ratings]] said last month it could lower its outlook on [[L Indonesia]] if the limit were breached.

(Reporting by [[P Dewi Kurniasih]] and [[P Bagus Prasetyo]]; Editing by [[P Ros Hartley]])`,
  },
  {
    name: 'ap georgia house runoff with d-ga tags counties a pac a polling firm and networks',
    text: `[[P Okafor-Hill]] wins Democratic runoff in [[L Georgia]]'s 2nd District

[[L ALBANY]], [[L Ga.]] ([[O AP]]) — State Sen. [[P Denise Okafor-Hill]] won the Democratic runoff for [[L Georgia]]'s 2nd Congressional District on Tuesday, beating former [[L Dougherty County]] commissioner [[P Marcus Whitfield]] for the right to face Republican [[P Wade Tillery]] in November for the seat held by retiring Rep. [[P Calvin Moseley]], [[X D-Ga.]]

The [[O Associated Press]] declared [[P Okafor-Hill]] the winner at 9:48 p.m. She took 58% of the vote, running up large margins in [[L Albany]] and in [[L Muscogee County]], which includes [[L Columbus]]. [[P Whitfield]] carried most of the rural counties along the [[L Florida]] line but conceded shortly before 11 p.m. at a hotel in [[L Thomasville]].

"This district has never had a representative who grew up on a peanut farm in [[L Terrell County]], and now it will," [[P Okafor-Hill]] told supporters.

[[X Republicans]] see the seat as one of their best chances in the [[L South]]. The [[O National Republican Congressional Committee]] ([[O NRCC]]) added it to its target list in January, and [[P Tillery]], a former [[O Georgia Farm Bureau]] president, has opened his campaign headquarters in [[L Valdosta]]. Rep. [[P Austin Brantley]], [[X R-Ga.]], who represents the neighbouring 8th District, said [[P Tillery]] would "win back working people who feel forgotten by [[O/L Washington]]."

Outside groups spent about $4 million in the runoff. [[O Peach State Forward]], a super PAC funded by labor unions, spent $1.6 million on ads for [[P Okafor-Hill]], and the [[O Congressional Black Caucus PAC]] endorsed her in April. A poll by [[O Emerson College Polling]] for [[O WSB-TV]] last week had shown her ahead by 12 points.

The [[O Cook Political Report]] rates the general election a toss-up. Turnout was about 14%, according to the office of Secretary of State [[P Brad Raffensperger]], and results from [[L Randolph County]] were delayed by a scanner fault. [[O CNN]] and [[O Fox News]] projected the race shortly after the [[O AP]] call.`,
  },
];

export const BATCH_45: EntityCase[] = [
  {
    name: 'wikinews water vapour on a rocky exoplanet with space agencies a telescope and a journal',
    text: `Astronomers detect water vapour around nearby rocky planet

Thursday, February 12, 2026

Astronomers using the [[X James Webb Space Telescope]] have detected water vapour in the atmosphere of a rocky planet 41 light-years away, according to a study published on Wednesday in the journal [[X Nature Astronomy]].

The planet, [[X TOI-1452 d]], is about 1.6 times the width of [[X Earth]] and orbits a red dwarf star in the constellation [[X Draco]]. The team, led by [[P Amélie Fournier-Laval]] of the [[O University of Geneva]], observed it passing in front of its star four times between May and August last year with the telescope's [[X NIRSpec]] instrument.

"We did not expect a signal this clear from a planet this small," [[P Fournier-Laval]] said. Co-author [[P Hiroshi Tanabe]] of the [[O National Astronomical Observatory of Japan]] ([[O NAOJ]]) said the water could come from a global ocean, but that a hot, steamy atmosphere was also possible.

The telescope is run by the [[O National Aeronautics and Space Administration]] ([[O NASA]]) with the [[O European Space Agency]] ([[O ESA]]) and the [[O Canadian Space Agency]]. Its science operations are managed by the [[O Space Telescope Science Institute]] in [[L Baltimore]], [[L Maryland]].

Other researchers were more cautious. [[P Rafael Quiroga]], an astronomer at the [[O Max Planck Institute for Astronomy]] in [[L Heidelberg]], [[L Germany]], said starspots on red dwarfs had fooled earlier studies. He said follow-up observations with the [[O European Southern Observatory]]'s [[X Very Large Telescope]] at [[L Cerro Paranal]] in [[L Chile]] were planned for April.

The planet was first found in 2022 by [[O NASA]]'s [[X Transiting Exoplanet Survey Satellite]] ([[X TESS]]). [[O ESA]] plans to study it again after its [[X Ariel]] mission launches from [[L Kourou]], [[L French Guiana]], in 2029.

Sources

"[[X Webb]] finds steam on a world next door" — [[O BBC News]], February 11, 2026
"Water vapour found on rocky exoplanet" — [[O Université de Genève]], February 11, 2026`,
  },
  {
    name: 'reuters czech coalition split over budget with parties ministries a central bank and sources',
    text: `Czech coalition partner quits over budget, government loses majority

[[L PRAGUE]], Feb 11 ([[O Reuters]]) - The [[O Czech Pirate Party]] left the three-party governing coalition of the [[L Czech Republic]] on Wednesday after a row over defence spending, leaving Prime Minister [[P Tomáš Hrubý]] with 98 of the 200 seats in the lower house.

[[P Hrubý]], whose [[O Civic Democratic Party]] ([[O ODS]]) leads the coalition, said he would not call an early election and would seek support for the 2026 budget vote by vote. "The budget will pass because the country needs it," he told reporters at the [[L Straka Academy]], the seat of the government.

The [[O Pirates]]' leader, [[P Klára Vondrušková]], said the [[O Finance Ministry]] had cut money for housing to pay for howitzers without consulting her party. Two coalition sources told [[O Reuters]] talks had broken down late on Tuesday over a 12 billion crown transfer to the [[O Defence Ministry]].

The opposition [[O ANO]] movement, which leads opinion polls, called for a no-confidence vote. Its deputy chairman, [[P Radek Šimek]], said [[O ANO]] had the signatures of 52 lawmakers, more than the 50 needed.

The crown weakened 0.6% to 25.31 per euro. The [[O Czech National Bank]] ([[O CNB]]) is due to decide on interest rates on Thursday; a central bank official said the board would "look through" the political noise. Shares in utility [[O CEZ]] ([[X CEZP.PR]]), in which the state holds 70%, fell 1.8% on the [[O Prague Stock Exchange]].

President [[P Petr Pavel]] will meet [[P Hrubý]] at [[L Prague Castle]] on Friday, his office said. The [[O European Commission]] expects the Czech deficit to reach 2.6% of gross domestic product this year.

(Reporting by [[P Jan Lopatka-Horák]]; Additional reporting by [[P Robert Müller-Novák]]; Editing by [[P Toby Chopra]])`,
  },
  {
    name: 'wire english football clubs named after cities with grounds a league and a nickname',
    text: `[[O Leeds]] beat [[O Middlesbrough]] to go top as [[O Norwich]] slip

[[L LEEDS]], [[L England]] — [[O Leeds United]] went top of the [[O Championship]] on Saturday with a 2-0 win over [[O Middlesbrough]] at [[L Elland Road]], while [[O Norwich City]] lost 3-1 at [[O Hull City]] to fall to third.

[[P Callum Ashworth]] put [[O Leeds]] ahead from the penalty spot after 23 minutes, and the Danish forward [[P Mikkel Sørensen]] scored the second with a header from a corner early in the second half. [[O Middlesbrough]] had a goal by [[P Tommy Okoro]] ruled out for offside.

"We were patient and we did not give them a thing," [[O Leeds]] manager [[P Rui Farinha]] said. His side have won eight of their last nine games and lead [[O Sheffield United]] on goal difference.

In [[L Hull]], [[O Norwich]] led through [[P Ben Gallagher]] but the hosts scored three times in 20 minutes after the break. [[O Hull]], who were in the relegation places at Christmas, are now ninth. The [[O Canaries]] have won one of their last six games, and coach [[P Anders Lindholm]] said the team had "stopped believing."

[[O Sheffield Wednesday]] drew 1-1 with [[O Bristol City]] at [[L Hillsborough]], and [[O Coventry]] beat [[O Derby County]] 2-1 at the [[L Coventry Building Society Arena]] to stay in the play-off places. [[O Plymouth Argyle]] remain bottom after losing 4-0 at [[O Stoke]].

[[O Leeds]] host [[O Sunderland]] on Wednesday before travelling to [[L Norwich]] next weekend. They were relegated from the [[O Premier League]] in 2023 and reached the [[X FA Cup]] fifth round this season. The [[O English Football League]] said on Friday that a minute's applause would be held at all grounds for the former [[L England]] winger [[P Dennis Marlowe]], who died last week aged 81.`,
  },
];

export const BATCH_46: EntityCase[] = [
  {
    name: 'wikinews kenyan court halts a rail deal with agencies and countries and a sources list',
    text: `Kenyan court suspends railway loan deal with Chinese lender

Saturday, February 14, 2026

The [[O High Court of Kenya]] on Friday suspended a $1.2 billion loan agreement between the government and the [[O Export-Import Bank of China]] to extend the [[X Standard Gauge Railway]] from [[L Naivasha]] to [[L Malaba]], on the border with [[L Uganda]].

Justice [[P Lydia Wambui Karanja]] ruled that the [[O National Treasury]] had signed the deal without the approval of the [[O National Assembly]], as the [[X Public Finance Management Act]] requires. The case was brought by the [[O Law Society of Kenya]] ([[O LSK]]) and two residents of [[L Kisumu]].

Treasury Cabinet Secretary [[P Daniel Kiprono Mutai]] said the government would appeal. In a statement, the [[O Kenya Railways Corporation]] said work on the line had been delayed since 2019 and that freight from the port of [[L Mombasa]] was piling up at the inland depot in [[L Naivasha]].

[[L Uganda]] and [[L Rwanda]] have said they want rail links to the port. The [[O East African Community]] ([[O EAC]]) secretary general, [[P Josephine Uwimana]], told journalists in [[L Arusha]], [[L Tanzania]], that the ruling "should not stop the region's trains." [[L Tanzania]]'s own line from [[L Dar es Salaam]] to [[L Mwanza]] is being built by Turkish contractor [[O Yapı Merkezi]].

The [[O International Monetary Fund]] ([[O IMF]]) has urged [[L Kenya]] to reduce borrowing from abroad. [[O China Road and Bridge Corporation]], which built the first section of the line, declined to comment. [[L China]]'s embassy in [[L Nairobi]] said the loan terms were "transparent and fair."

Sources

"Court blocks [[X SGR]] loan" — [[O Daily Nation]], February 13, 2026
"[[L Kenya]] to appeal ruling on railway loan" — [[O The Standard]], February 13, 2026`,
  },
  {
    name: 'reuters chilean lithium partnership with tickers a ministry a regulator and unnamed sources',
    text: `[[L Chile]]'s [[O Codelco]] and [[O SQM]] lithium venture wins antitrust nod

[[L SANTIAGO]], Feb 13 ([[O Reuters]]) - [[L Chile]]'s antitrust regulator on Friday approved a lithium partnership between state copper miner [[O Codelco]] and [[O SQM]] ([[X SQM.N]]), clearing the last domestic hurdle for the venture to mine the [[L Salar de Atacama]] from 2031.

The [[O National Economic Prosecutor's Office]] ([[O FNE]]) said in a ruling that the deal would not harm competition, but required the venture to sell lithium carbonate to local battery makers at market prices. [[O SQM]] shares rose 3.4% in [[L New York]] and 2.9% in [[L Santiago]].

Economy Minister [[P Nicolás Grau-Velasco]] told reporters the venture would bring the state $7 billion in royalties and taxes by 2060. The [[O Mining Ministry]] said separately it would auction six smaller salt flats in [[L Antofagasta]] and [[L Atacama]] regions this year.

[[O Tianqi Lithium]] ([[X 9696.HK]]), [[O SQM]]'s second-largest shareholder, has challenged the deal in a [[L Santiago]] court and at the [[O Financial Market Commission]], arguing that shareholders should have voted on it. Two people familiar with the matter said [[O Tianqi]] was considering selling its stake.

[[O Codelco]] Chairman [[P Máximo Pacheco-Urzúa]] said the company would start talks with [[O Albemarle]] ([[X ALB.N]]), which also mines the salt flat, on sharing water and roads. The indigenous council of [[L San Pedro de Atacama]] said it had not been consulted and would take its case to the [[O Inter-American Commission on Human Rights]].

Analysts at [[O BTG Pactual]] said the approval removed "the biggest risk" to [[O SQM]]'s valuation. Lithium prices have fallen more than 70% since late 2022 as supply from [[L Australia]] and [[L Argentina]] grew.

(Reporting by [[P Fabián Cambero-Lillo]]; Editing by [[P Aurora Ellis]])`,
  },
  {
    name: 'texas senate primary with r-texas tags counties a super pac a poll a caucus and a campaign office',
    text: `[[P Garza-Whitlock]] and [[P Pruett]] head to runoff in [[L Texas]] Senate primary

[[L AUSTIN]], [[L Texas]] — Attorney General [[P Celia Garza-Whitlock]] and Rep. [[P Dale Pruett]], [[X R-Texas]], advanced to a May runoff for the Republican nomination for the [[O U.S. Senate]] on Tuesday, as neither won a majority in a five-candidate primary.

With about 95% of the vote counted, [[P Garza-Whitlock]] had 41% and [[P Pruett]] 33%, according to [[O Decision Desk HQ]]. [[P Pruett]], a member of the [[O House Freedom Caucus]] whose district stretches from [[L Lubbock]] to the [[L New Mexico]] line, won most of the [[L Panhandle]] and [[L West Texas]]. [[P Garza-Whitlock]] carried [[L Harris County]] and [[L Tarrant County]] and the suburbs of [[L Dallas]].

"[[L Texas]] wants a fighter, and we are just getting started," [[P Garza-Whitlock]] told supporters at her campaign headquarters in [[L San Antonio]].

[[P Pruett]] has been endorsed by Sen. [[P Ted Cruz]], [[X R-Texas]], and by [[O Club for Growth Action]], which has spent $11 million on television ads attacking [[P Garza-Whitlock]] over an ethics inquiry by the [[O Texas State Bar]]. A super PAC backing her, [[O Lone Star Values Fund]], has spent $8 million.

On the Democratic side, former [[L El Paso]] Mayor [[P Ruben Castañeda-Ortiz]] won the nomination outright with 62%. A [[O University of Texas at Austin]] poll for the [[O Texas Tribune]] in January had him trailing both Republicans by about seven points. The [[O Democratic Senatorial Campaign Committee]] has not said whether it will spend in the state.

Turnout in [[L Bexar County]] was the highest for a midterm primary since 2002, its elections administrator, [[P Jacquelyn Callanen-Ruiz]], said. [[O Fox News]] and [[O NBC News]] projected the runoff shortly after 10 p.m. local time. The runoff is on May 26.`,
  },
];
