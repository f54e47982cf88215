/**
 * Blind entity batches (issue #9): short invented news reports — Wikinews style (a weekday dateline,
 * many countries, agencies and officials, a sources list) and wire copy — written and annotated
 * BEFORE the engine was run on them, and committed that way, so each batch's first score is an
 * honest figure for unseen news. Nothing here is copied from a publication; people are invented
 * (real countries, agencies and companies appear as they would in any report).
 *
 * Gold is inline, GUM conventions as in scripts/train/data/news/README.md: "[[P …]]" person,
 * "[[L …]]" place, "[[O …]]" organisation, "[[X …]]" a name that is none of them (products,
 * weapons, ships, storms, journals, competitions: neither right nor wrong); "[[O/L …]]" accepts the
 * second type too (a capital or seat of power acting as its government). No titles in a person's
 * span, no lowercase "the", venues and bases are places, clubs and leagues organisations.
 * Scored strictly by news-entities-score.ts.
 *
 * Batches 1–16 may train the tagger (scripts/train/corpus.ts TRAINING_BATCHES; the shipped model
 * does so only when BATCHES_TRAIN_SHIPPED_MODEL is on, off since train16 measured it on 2 Dec
 * 2026). Batches 17–22 must never become training data: 17–19 chose train16's recipe, 20–22 only
 * measured it. New batches are held out too unless a later stop moves them, in writing, into
 * TRAINING_BATCHES.
 */
import { BATCH_8, BATCH_9, BATCH_10 } from './news-entities-8.cases';
import { BATCH_11, BATCH_12, BATCH_13 } from './news-entities-11.cases';
import { BATCH_14, BATCH_15, BATCH_16 } from './news-entities-14.cases';
import { BATCH_17, BATCH_18, BATCH_19 } from './news-entities-17.cases';
import { BATCH_20, BATCH_21, BATCH_22 } from './news-entities-20.cases';
import { BATCH_23, BATCH_24, BATCH_25 } from './news-entities-23.cases';
import { BATCH_26, BATCH_27, BATCH_28 } from './news-entities-26.cases';
import { BATCH_29, BATCH_30, BATCH_31 } from './news-entities-29.cases';
import { BATCH_32, BATCH_33, BATCH_34 } from './news-entities-32.cases';
import { BATCH_35, BATCH_36, BATCH_37 } from './news-entities-35.cases';
import { BATCH_38, BATCH_39, BATCH_40 } from './news-entities-38.cases';
import { BATCH_41, BATCH_42, BATCH_43 } from './news-entities-41.cases';
import { BATCH_44, BATCH_45, BATCH_46 } from './news-entities-44.cases';
import { BATCH_47, BATCH_48, BATCH_49 } from './news-entities-47.cases';
import { BATCH_50, BATCH_51, BATCH_52 } from './news-entities-50.cases';
import { BATCH_53, BATCH_54, BATCH_55 } from './news-entities-53.cases';
import { BATCH_56, BATCH_57, BATCH_58 } from './news-entities-56.cases';
import { BATCH_59, BATCH_60, BATCH_61 } from './news-entities-59.cases';
import { BATCH_62, BATCH_63, BATCH_64 } from './news-entities-62.cases';
import { BATCH_65, BATCH_66, BATCH_67 } from './news-entities-65.cases';
import { BATCH_68, BATCH_69, BATCH_70 } from './news-entities-68.cases';
import { BATCH_71, BATCH_72, BATCH_73 } from './news-entities-71.cases';
import { BATCH_74, BATCH_75, BATCH_76 } from './news-entities-74.cases';
import { BATCH_77, BATCH_78, BATCH_79 } from './news-entities-77.cases';
import { BATCH_80, BATCH_81, BATCH_82 } from './news-entities-80.cases';
import { BATCH_83, BATCH_84, BATCH_85 } from './news-entities-83.cases';
import { BATCH_86, BATCH_87, BATCH_88 } from './news-entities-86.cases';
import { BATCH_89, BATCH_90, BATCH_91 } from './news-entities-89.cases';
import { BATCH_92, BATCH_93, BATCH_94 } from './news-entities-92.cases';
import { BATCH_95, BATCH_96, BATCH_97 } from './news-entities-95.cases';
import { BATCH_98, BATCH_99, BATCH_100 } from './news-entities-98.cases';
import { BATCH_101, BATCH_102, BATCH_103 } from './news-entities-101.cases';
import { BATCH_104, BATCH_105, BATCH_106 } from './news-entities-104.cases';
import { BATCH_107, BATCH_108, BATCH_109 } from './news-entities-107.cases';
import { BATCH_110, BATCH_111, BATCH_112 } from './news-entities-110.cases';
import { BATCH_113, BATCH_114, BATCH_115 } from './news-entities-113.cases';
import { BATCH_116, BATCH_117, BATCH_118 } from './news-entities-116.cases';
import { BATCH_119, BATCH_120, BATCH_121 } from './news-entities-119.cases';
import { BATCH_122, BATCH_123, BATCH_124 } from './news-entities-122.cases';
import { BATCH_125, BATCH_126, BATCH_127 } from './news-entities-125.cases';
import { BATCH_128, BATCH_129, BATCH_130 } from './news-entities-128.cases';

export interface EntityCase {
  name: string;
  text: string;
}
export interface EntityBatch {
  /** What the batch was written to exercise, and its first-sight score. */
  about: string;
  /** The strict F1 the batch must keep (a little under its score after the fixes). */
  floor: number;
  /**
   * The honest check of its group: no row may be made from its errors, so the scorers print its
   * totals only and never its misses (discipline alone let a run without --quiet show them).
   */
  keptBlind?: true;
  cases: EntityCase[];
}

const BATCH_1: EntityCase[] = [
  {
    name: 'wikinews latvia defence budget',
    text: `Latvian parliament approves record defence budget

Tuesday, March 4, 2025

The [[O Saeima]], the parliament of [[L Latvia]], on Monday approved a defence budget of 3.1 percent of gross domestic product, the largest since the country regained independence in 1991. The bill passed by 61 votes to 29.

Defence Minister [[P Andris Kalnins]] told reporters in [[L Riga]] that the money would pay for air defence systems and a new brigade based near [[L Daugavpils]]. The opposition party [[O Latvia First]] said the budget left too little for hospitals and schools.

[[O NATO]] welcomed the vote in a statement issued from its headquarters in [[L Brussels]]. Neighbouring [[L Estonia]] and [[L Lithuania]] passed similar budgets last year, citing the war in [[L Ukraine]].

The budget also pays for six [[X HIMARS]] launchers bought from the [[L United States]], which [[O Lockheed Martin]] is to deliver from 2027. The [[O Ministry of Defence]] said the first launchers would be kept at the [[L Adazi]] military base.

Sources

"[[O Saeima]] passes record defence budget" — [[O LSM]], March 3, 2025
"[[L Latvia]] raises military spending to 3.1%" — [[O Baltic News Service]], March 3, 2025`,
  },
  {
    name: 'wikinews ligue 1 match',
    text: `[[O Lille]] climb to third in [[O Ligue 1]] with win over [[O Nantes]]

Sunday, November 9, 2025

[[O Lille]] moved up to third place in [[L France]]'s [[O Ligue 1]] on Saturday with a 3–1 home win over [[O Nantes]] at the [[L Stade Pierre-Mauroy]].

Forward [[P Jonas Weller]] opened the scoring after eleven minutes and added a second before half-time. [[O Nantes]] pulled one back through [[P Moussa Diallo]], but substitute [[P Tiago Ferreira]] sealed the result in stoppage time.

[[O Lille]] coach [[P Paolo Marchetti]] said his side had "answered the questions" after two straight defeats. [[O Nantes]] stay 16th, a point above the relegation places.

Leaders [[O Monaco]] visit [[O Marseille]] on Sunday, while [[O Paris Saint-Germain]] were held 1–1 at [[O Lens]] on Friday.

Sources

"[[O Lille]] see off [[O Nantes]]" — [[O L'Équipe]], November 8, 2025`,
  },
  {
    name: 'wikinews company named after a town',
    text: `Italian chemicals maker [[O Ravenna]] to cut 800 jobs

Thursday, June 12, 2025

[[O Ravenna]], an Italian maker of plastics and fertilisers, said on Wednesday it would cut 800 jobs and close two plants in northern [[L Italy]] as demand from carmakers weakens.

The company, which is based in [[L Milan]] despite its name, will shut its works at [[L Ferrara]] and [[L Mantua]] by the end of 2026. [[O Ravenna]] employs about 9,000 people in [[L Europe]] and [[L Brazil]].

Chief executive [[P Giulia Santoro]] said energy prices in [[L Europe]] were "twice what our competitors in [[L Texas]] pay". [[O Ravenna]] shares fell 4.2 percent in [[L Milan]] trading.

The metalworkers' union [[O FIOM-CGIL]] called a four-hour strike for Friday. Industry Minister [[P Marco Bellandi]] said the government would summon [[O Ravenna]] managers to [[L Rome]] next week.

Sources

"[[O Ravenna]] annuncia 800 esuberi" — [[O Il Sole 24 Ore]], June 11, 2025
"[[L Italy]]'s [[O Ravenna]] to shed jobs as car demand slumps" — [[O Reuters]], June 11, 2025`,
  },
  {
    name: 'wikinews dutch court particles',
    text: `Dutch court orders government to cut nitrogen emissions

Friday, January 24, 2025

A court in [[L Utrecht]] on Thursday ordered the government of the [[L Netherlands]] to halve nitrogen emissions near protected nature areas by 2030, in a case brought by the environmental group [[O Greenpeace Netherlands]].

Judge [[P Marieke van der Linden]] said the state had "failed for years" to meet its own targets. Agriculture Minister [[P Anouk Hoekstra]] said the cabinet would study the ruling before deciding whether to appeal.

The farmers' party [[O BoerBurgerBeweging]] ([[O BBB]]) called the ruling "a disaster for the countryside". Party leader [[P Hendrika van der Meer]] said farmers in [[L Gelderland]] and [[L Overijssel]] could not cut emissions without buying out herds.

[[P Van der Linden]] gave the state until September to present a plan. Lawyer [[P Jan-Willem de Groot]], who represented [[O Greenpeace]], said the group would "go back to court" if the plan fell short. [[P De Groot]] said similar cases were pending in [[L Belgium]] and [[L Germany]].

Sources

"Rechter: staat moet stikstof halveren" — [[O NOS]], January 23, 2025`,
  },
  {
    name: 'wikinews typhoon philippines',
    text: `Typhoon kills at least 14 in northern [[L Philippines]]

Wednesday, September 17, 2025

At least 14 people were killed when [[X Typhoon Marisol]] crossed northern [[L Luzon]] on Tuesday, the [[O National Disaster Risk Reduction and Management Council]] ([[O NDRRMC]]) said.

The storm made landfall near [[L Aparri]] in [[L Cagayan]] province with winds of 185 kilometres per hour, according to the weather agency [[O PAGASA]]. More than 60,000 people were moved to evacuation centres in [[L Isabela]] and [[L Ilocos Norte]].

President [[P Ramon Villareal]] ordered the [[O Department of Social Welfare and Development]] to send food packs to the worst-hit towns. The [[O Philippine Coast Guard]] suspended ferry trips across the [[L Luzon Strait]], and the [[O Philippine Red Cross]] said it had sent rescue teams to [[L Tuguegarao]].

The [[O Japan Meteorological Agency]] said the storm would weaken as it moved towards [[L Taiwan]] on Thursday.

Sources

"[[X Marisol]] death toll rises to 14" — [[O Philippine Daily Inquirer]], September 16, 2025
"[[X Typhoon Marisol]] batters [[L Cagayan]]" — [[O GMA News]], September 16, 2025`,
  },
  {
    name: 'wikinews antarctic science',
    text: `Researchers find microplastics in Antarctic krill

Monday, April 7, 2025

Scientists from the [[O University of Tasmania]] and the [[O British Antarctic Survey]] say they have found microplastic fibres in krill caught in the [[L Weddell Sea]], one of the most remote waters in the world.

The study, published on Thursday in the journal [[X Environmental Science & Technology]], examined 420 krill collected during a 2023 voyage of the research ship [[X RSV Nuyina]]. Lead author [[P Hannah Okafor]] said the fibres probably came from clothing washed in cities thousands of kilometres away. "Krill are the base of the food web here," she said.

Co-author [[P Sebastián Ortiz-Lara]] of the [[O Spanish National Research Council]] ([[O CSIC]]) said the team would return next summer to sample the [[L Ross Sea]]. The research was funded by the [[O Australian Antarctic Division]] and the [[O European Research Council]].

Sources

"Plastic reaches the bottom of the world" — [[O ABC News]], April 4, 2025`,
  },
  {
    name: 'wikinews moldova runoff',
    text: `[[L Moldova]] holds presidential runoff amid claims of vote buying

Sunday, November 2, 2025

Voters in [[L Moldova]] went to the polls on Sunday in a presidential runoff between incumbent [[P Elena Rusu]] and former prime minister [[P Victor Ciobanu]], with officials warning of vote buying on a large scale.

The [[O Central Electoral Commission]] said turnout had passed 40 percent by mid-afternoon. Police said they had detained 23 people in [[L Chisinau]] and [[L Balti]] suspected of paying voters.

Observers from the [[O Organization for Security and Co-operation in Europe]] ([[O OSCE]]) watched polling stations at home and abroad, including some set up for the diaspora in [[L Italy]], [[L Germany]] and [[L Romania]]. The [[O European Commission]] said it was following the vote closely.

[[P Ciobanu]], whose [[O Party of Socialists]] favours closer ties with [[L/O Moscow]], said he would not accept "a result bought in [[L/O Brussels]]". [[P Rusu]] said the police operation showed "the state is working". No polling stations opened in the breakaway region of [[L Transnistria]].

Sources

"Moldovans choose between [[X East]] and [[X West]]" — [[O Deutsche Welle]], November 1, 2025
"[[L Moldova]] runoff marred by vote-buying claims" — [[O Al Jazeera]], November 2, 2025`,
  },
];

const BATCH_2: EntityCase[] = [
  {
    name: 'reuters central bank',
    text: `[[L Poland]]'s central bank holds rates, signals cuts later in year

[[L WARSAW]], March 5 ([[O Reuters]]) - [[L Poland]]'s central bank kept its main interest rate at 5.75% on Wednesday, as expected by all 19 economists polled by [[O Reuters]], and its governor said cuts could follow in the second half of the year.

Governor [[P Tomasz Wrona]] told a news conference that inflation, at 4.9% in February, was still too high, but that wage growth had slowed more than the [[O National Bank of Poland]] ([[O NBP]]) had forecast.

"Rate cuts are possible after the summer if energy prices behave," said [[P Marta Zielinska]], an economist at [[O Bank Pekao]]. Analysts at [[O ING]] said they expected a first cut of 50 basis points in September.

The zloty firmed 0.3% against the euro after the decision. Data from [[O Eurostat]] showed on Tuesday that inflation in the euro zone had eased to 2.2%, and the [[O European Central Bank]] is widely expected to cut rates again in April.

Finance Minister [[P Adam Rostek]] said the government would stick to its plan to bring the budget deficit below 6% of GDP next year.

(Reporting by [[P Jakub Nowicki]]; Editing by [[P Susan Fenton]])`,
  },
  {
    name: 'reuters bank named after its town',
    text: `[[O Sabadell]] shareholders back sale of British unit

[[L MADRID]], June 3 ([[O Reuters]]) - Shareholders of [[O Sabadell]] on Tuesday approved the sale of its British unit [[O TSB]] to [[O Santander]], clearing the way for a 2.9 billion euro special dividend, the Spanish lender said.

The vote came as [[O BBVA]], [[L Spain]]'s second-biggest bank, pressed ahead with its hostile offer for [[O Sabadell]], which the [[O Bank of Spain]] and the competition regulator [[O CNMC]] have cleared with conditions.

[[O Sabadell]], founded in 1881 in the Catalan town that gives it its name, moved its legal seat to [[L Alicante]] in 2017. Chairman [[P Jordi Puigvert]] told the meeting that the bank was worth more on its own. "Our plan pays shareholders more than [[O BBVA]] is offering," he said.

[[O Sabadell]] shares rose 1.2% in [[L Madrid]], while [[O BBVA]] slipped 0.4%. The government in [[L Madrid]] has said it opposes the merger, and Economy Minister [[P Luis Marquina]] said on Monday a final decision would be taken by the cabinet.

(Reporting by [[P Elena Vidal]]; Editing by [[P Mark Potter]])`,
  },
  {
    name: 'reuters soccer coach sacked',
    text: `Soccer-[[O Bologna]] sack coach after heavy defeat at [[O Genoa]]

[[L MILAN]], Feb 12 ([[O Reuters]]) - [[O Bologna]] sacked coach [[P Davide Ferrante]] on Wednesday, a day after a 3-0 defeat at [[O Genoa]] left them 14th in [[O Serie A]], the club said.

[[O Bologna]] have won only two of their last 10 league games and were knocked out of the [[X Coppa Italia]] by second-tier [[O Palermo]] in January.

"It was a difficult decision, but we felt a new voice was needed," sporting director [[P Marco Rinaldi]] said in a statement. Assistant [[P Paolo Greco]] will take charge of Sunday's home game against [[O Fiorentina]].

Italian media reported that former [[O Torino]] coach [[P Luca Benedetti]] was the favourite to replace [[P Ferrante]], who joined from [[O Sassuolo]] in 2023.

[[O Genoa]], who moved up to 11th, travel to [[O Lecce]] next weekend, while leaders [[O Inter Milan]] host [[O Atalanta]].

(Reporting by [[P Giulio Romano]]; Editing by [[P Ken Ferris]])`,
  },
  {
    name: 'reuters ohio senate primary',
    text: `Republican [[P Hale]] wins [[L Ohio]] [[X Senate]] primary

[[L COLUMBUS]], [[L Ohio]], May 6 ([[O Reuters]]) - State Senator [[P Derek Hale]] won the Republican primary for a [[O U.S. Senate]] seat in [[L Ohio]] on Tuesday, [[O Edison Research]] projected, setting up a November contest with Democratic [[L U.S.]] Representative [[P Maria Castellanos]].

[[P Hale]], who was endorsed by President [[P Donald Trump]], beat businessman [[P Tom Kessler]] by about 20 percentage points, with strong support in rural counties and in the suburbs of [[L Cincinnati]].

[[P Castellanos]], who represents a district in [[L Cuyahoga County]], ran unopposed. She has raised more than $14 million, according to filings with the [[O Federal Election Commission]].

The [[O Cook Political Report]] rates the race as leaning Republican. The [[O National Republican Senatorial Committee]] said in a statement that [[P Hale]] would "keep [[L Ohio]] red," while the [[O Democratic Senatorial Campaign Committee]] called him "too extreme for [[L Ohio]]."

Turnout in [[L Franklin County]], which includes [[L Columbus]], was about 24%, county officials said.

(Reporting by [[P Nathan Brooks]] in [[L Columbus]]; Editing by [[P Colleen Jenkins]])`,
  },
  {
    name: 'reuters oil prices',
    text: `Oil rises as [[O OPEC]] supply talk offsets [[L China]] demand worries

[[L LONDON]]/[[L SINGAPORE]], Oct 14 ([[O Reuters]]) - Oil prices rose on Tuesday after sources said [[O OPEC]] and its allies were considering a pause in output increases, outweighing concerns about weak demand in [[L China]].

[[X Brent]] crude futures rose 68 cents, or 1%, to $66.10 a barrel by 1030 GMT, while [[X West Texas Intermediate]] crude gained 61 cents to $62.35.

"The market is caught between a supply glut next year and a group that clearly does not want prices lower," said [[P Priya Raman]], an analyst at [[O Phillip Nova]] in [[L Singapore]].

[[L Saudi Arabia]]'s state oil company [[O Saudi Aramco]] cut its official selling prices for Asian buyers for November, a sign that demand in the region remains soft. Customs data from [[L Beijing]] showed crude imports fell 4% in September.

Analysts at [[O Goldman Sachs]] kept their forecast for Brent at $60 for next year. The [[O U.S. Energy Information Administration]] is due to publish weekly stock data on Wednesday, a day later than usual because of the [[X Columbus Day]] holiday.

(Reporting by [[P Ahmad Ghaddar]] in [[L London]] and [[P Siyi Liu]] in [[L Singapore]]; Editing by [[P Jason Neely]])`,
  },
  {
    name: 'reuters eu probe of apps',
    text: `[[O EU]] opens probe into [[O Meta]]'s [[X WhatsApp]] over rival access

[[L BRUSSELS]], Sept 9 ([[O Reuters]]) - The [[O European Commission]] opened an investigation on Tuesday into whether [[O Meta Platforms]] is blocking rival messaging services from working with [[X WhatsApp]], in breach of the [[X Digital Markets Act]].

Competition commissioner [[P Ingrid Salo]] said the [[O Commission]] had received complaints from smaller app makers in [[L Germany]] and [[L Sweden]]. "Gatekeepers must open their doors, not just their windows," she told reporters.

[[O Meta]] said in a statement that it had "engaged constructively" with the [[O Commission]] and that [[X WhatsApp]] already worked with two rival services.

The [[O Commission]] fined [[O Apple]] 500 million euros in April over rules that stopped app developers from steering users to cheaper offers, and is examining whether [[O Google]] favours its own [[X Chrome]] browser on [[X Android]] phones. [[O Apple]] has appealed to the [[O General Court]] in [[L Luxembourg]].

(Reporting by [[P Foo Yun Chee]]; Editing by [[P Alexander Smith]])`,
  },
  {
    name: 'reuters missile test',
    text: `[[L India]] test-fires [[X Agni-V]] missile with multiple warheads

[[L NEW DELHI]], April 2 ([[O Reuters]]) - [[L India]] successfully tested a nuclear-capable [[X Agni-V]] ballistic missile carrying several warheads from [[L Abdul Kalam Island]] off the coast of [[L Odisha]] on Wednesday, the [[O Defence Ministry]] said.

Defence Minister [[P Rajesh Mehra]] congratulated scientists at the [[O Defence Research and Development Organisation]] ([[O DRDO]]), which developed the missile. The [[X Agni-V]] has a range of more than 5,000 km, enough to reach most of [[L China]].

Asked about the test, [[L China]]'s foreign ministry spokesperson [[P Lin Wei]] said [[L Beijing]] hoped "all sides will work for peace and stability in [[L South Asia]]." [[L Pakistan]]'s military, which tested its own [[X Ababeel]] missile in 2023, did not comment.

The [[O Stockholm International Peace Research Institute]] estimates that [[L India]] has about 170 nuclear warheads, slightly fewer than [[L Pakistan]].

(Reporting by [[P Shivam Patel]]; Editing by [[P Raju Gopalakrishnan]])`,
  },
];

const BATCH_3: EntityCase[] = [
  {
    name: 'reuters election night house seat',
    text: `Democrat [[P Ortiz]] flips [[L Arizona]] [[X House]] seat as suburbs swing

[[L PHOENIX]], Nov 5 ([[O Reuters]]) - Democrat [[P Elena Ortiz]] unseated Republican Representative [[P Glenn Whitaker]] in [[L Arizona]]'s 6th congressional district on Tuesday, [[O Edison Research]] projected, one of several suburban seats to change hands.

[[P Ortiz]], a former [[L Tucson]] city council member, led by about 7,000 votes with most ballots counted. In [[L Maricopa County]], the state's most populous, officials said counting would take several more days.

[[L Arizona]] Secretary of State [[P Ruben Aguilar]] said there had been "no significant problems" at polling places. The [[O Republican National Committee]] said it had sent lawyers to observe the count in [[L Pima County]].

[[X Republicans]] kept control of the [[O U.S. Senate]], winning seats in [[L Montana]] and [[L Ohio]]. "Voters want the border closed and prices down," Sen. [[P Mark Halvorsen]], [[X R-Mont.]], told supporters in [[L Billings]].

[[P Whitaker]] conceded in a post on [[X X]] late on Tuesday night and thanked his volunteers.

(Reporting by [[P Tim Reid]] in [[L Phoenix]]; Editing by [[P Daniel Wallis]])`,
  },
  {
    name: 'wikinews ebola outbreak',
    text: `[[L Uganda]] confirms Ebola outbreak in [[L Kampala]]

Thursday, February 6, 2025

The [[O Ministry of Health]] of [[L Uganda]] on Wednesday confirmed an outbreak of Ebola in the capital, [[L Kampala]], after a nurse who worked at [[L/O Mulago National Referral Hospital]] died of the disease.

Health Minister [[P Grace Nakato]] said 44 people who had been in contact with the nurse had been traced and isolated. The [[O World Health Organization]] ([[O WHO]]) said it had released $1 million from its emergency fund, and [[O WHO]] regional director [[P Amina Diallo]] arrived in [[L Entebbe]] on Wednesday.

Neighbouring [[L Kenya]], [[L Rwanda]] and [[L South Sudan]] stepped up screening at border crossings, including [[L Malaba]] and [[L Busia]]. [[O Médecins Sans Frontières]] ([[O MSF]]) said it was setting up an isolation unit with the [[O Uganda Red Cross Society]].

The last outbreak in [[L Uganda]], in 2022, killed 55 people in [[L Mubende]] and surrounding districts.

Sources

"[[L Uganda]] confirms Ebola case in [[L Kampala]]" — [[O Daily Monitor]], February 5, 2025
"[[O WHO]] releases emergency funds for [[L Uganda]]" — [[O UN News]], February 5, 2025`,
  },
  {
    name: 'reuters premier league owner',
    text: `Soccer-[[O Leicester]] owner says club will not sell players in January

[[L LONDON]], Dec 30 ([[O Reuters]]) - [[O Leicester City]] owner [[P Somchai Rattana]] said on Monday the club would not sell any of its leading players in the January transfer window, despite a run of six defeats in seven games.

[[O Leicester]], 17th in the [[O Premier League]], have been linked with bids for midfielder [[P Harry Doyle]] from [[O Aston Villa]] and [[O Brentford]]. "Nobody is leaving. This group will keep us up," [[P Rattana]] said in a statement.

Manager [[P Ruud Verhoeven]], appointed in November, told reporters at the club's training ground in [[L Seagrave]] that he wanted two new defenders.

[[O Leicester]] were promoted last season with [[O Ipswich]] and [[O Southampton]], and all three are now in or near the bottom three. [[O Leicester]] travel to [[O Nottingham Forest]] on Saturday, before facing [[O Wolverhampton Wanderers]] at home.

(Reporting by [[P Rohith Nair]] in [[L Bengaluru]]; Editing by [[P Toby Davis]])`,
  },
  {
    name: 'wikinews dutch obituary',
    text: `Dutch dairy businessman [[P Pieter van den Broek]] dies aged 81

Saturday, August 16, 2025

[[P Pieter van den Broek]], who turned the cheese maker [[O Bolsward]] from a village cooperative into one of [[L Europe]]'s largest dairy companies, died on Friday in [[L Amsterdam]], his family said. He was 81.

[[P Van den Broek]] joined [[O Bolsward]] in 1968 as a salesman and was its chief executive from 1985 to 2009. Under him, [[O Bolsward]] bought rivals in [[L Germany]] and [[L Denmark]] and began exporting to [[L China]].

Prime Minister [[P Hendrik Bos]] said [[P Van den Broek]] had been "a builder of the Dutch countryside". [[O Bolsward]] chief executive [[P Sanne de Wit]] said staff would hold a minute's silence at every plant on Monday. [[P De Wit]] called him "a man who knew every farmer by name".

[[P Van den Broek]] studied at [[O Wageningen University]] and was a member of the [[O Senate]] for the [[O Christian Democratic Appeal]] from 1991 to 1995. He is survived by his wife, [[P Johanna]], and three children.

Sources

"Zuivelpionier [[P Van den Broek]] overleden" — [[O De Telegraaf]], August 15, 2025`,
  },
  {
    name: 'reuters phone launch',
    text: `[[O Samsung]] unveils thinner foldable phone with more AI features

[[L SEOUL]], July 9 ([[O Reuters]]) - [[O Samsung Electronics]] on Wednesday unveiled a thinner version of its [[X Galaxy Z Fold]] phone, betting that artificial intelligence features built with [[O Google]] will help it win back buyers from [[O Apple]] and [[L China]]'s [[O Huawei]].

The phone, launched at an event in [[L New York]], runs [[O Google]]'s [[X Gemini]] assistant and can translate calls in 20 languages. It goes on sale in [[L South Korea]] and the [[L United States]] on July 25.

"Foldables are still a niche, but the gap with ordinary phones is closing," said [[P Park Min-ji]], an analyst at [[O Counterpoint Research]]. Shipments of foldable phones fell 3% last year, the research firm said.

[[O Samsung]] shares were little changed in [[L Seoul]]. The company's chips come partly from [[O TSMC]], and it has said [[X Chrome]] and [[X TikTok]] will come pre-installed on phones sold outside [[L China]].

(Reporting by [[P Heekyong Yang]]; Editing by [[P Kim Coghill]])`,
  },
  {
    name: 'wikinews fighter jet deal',
    text: `[[L Romania]] signs deal for 32 [[X F-35]] fighter jets

Monday, November 18, 2024

[[L Romania]]'s [[O Ministry of National Defence]] on Thursday signed a $7.2 billion agreement with the [[L United States]] to buy 32 [[X F-35]] fighter jets made by [[O Lockheed Martin]], the largest arms purchase in the country's history.

Defence Minister [[P Andrei Popescu]] signed the deal in [[L Bucharest]] with [[L United States]] Ambassador [[P Karen Whitfield]]. The first jets are due in 2032 and will be based at the [[L Câmpia Turzii]] air base in [[L Cluj County]].

[[L Romania]], which borders [[L Ukraine]] and [[L Moldova]], currently flies [[X F-16]] jets bought second-hand from [[L Portugal]] and [[L Norway]]. Its pilots train at a centre in [[L Fetești]] run with [[O Lockheed Martin]] and the [[O Royal Netherlands Air Force]].

[[O NATO]] has asked members to spend more on air defence. Opposition leader [[P Mihai Ionescu]], of the [[O Alliance for the Union of Romanians]], said the money should have gone to a domestic arms industry.

Sources

"[[L Romania]] buys [[X F-35s]] in record deal" — [[O Digi24]], November 14, 2024
"[[L Romania]] signs letter of acceptance for [[X F-35]]" — [[O Agerpres]], November 14, 2024`,
  },
  {
    name: 'reuters opioid settlement',
    text: `Drug distributor [[O Fairview Health]] to pay $410 million in opioid settlement

[[L NEW YORK]], April 22 ([[O Reuters]]) - Drug distributor [[O Fairview Health]] has agreed to pay $410 million to resolve claims by 38 states that it failed to flag suspicious orders of painkillers, [[L New York]] Attorney General [[P Laura Brennan]] said on Tuesday.

The settlement must still be approved by [[L U.S.]] District Judge [[P Ellen Ryan]] in [[L Cleveland]], who oversees thousands of opioid lawsuits brought by cities and counties.

[[O Fairview]], based in [[L Columbus]], [[L Ohio]], did not admit wrongdoing. "We are glad to put this behind us," spokeswoman [[P Megan Ross]] said.

The [[O Drug Enforcement Administration]] had accused [[O Fairview]] in 2019 of shipping millions of [[X OxyContin]] pills to pharmacies in [[L West Virginia]] and [[L Kentucky]]. [[X OxyContin]] maker [[O Purdue Pharma]] agreed to a separate $7.4 billion deal last year.

(Reporting by [[P Brendan Pierson]] in [[L New York]]; Editing by [[P Alexia Garamfalvi]])`,
  },
];

const BATCH_4: EntityCase[] = [
  {
    name: 'wikinews chile wildfires',
    text: `Wildfires kill nine in central [[L Chile]]

Wednesday, February 11, 2026

At least nine people have died in wildfires burning across the [[L Valparaíso Region]] of [[L Chile]], the [[O National Disaster Prevention and Response Service]] ([[O Senapred]]) said on Tuesday.

The forestry agency [[O CONAF]] said 31 fires were active, the largest near [[L Quilpué]] and [[L Villa Alemana]]. Interior Minister [[P Carolina Fuentes]] declared a state of catastrophe and said the army would help evacuate residents.

Firefighters from [[L Argentina]] and [[L Brazil]] arrived on Tuesday, and the [[O European Union]] activated its [[X Copernicus]] satellite service to map the burnt area. The mayor of [[L Viña del Mar]], [[P Tomás Lagos]], said 400 homes had been destroyed in the city's hills.

In 2024 fires in the same region killed more than 130 people.

Sources

"Incendios en [[L Valparaíso]] dejan nueve muertos" — [[O La Tercera]], February 10, 2026
"[[L Chile]] declares catastrophe as fires spread" — [[O France 24]], February 10, 2026`,
  },
  {
    name: 'reuters georgia governor race',
    text: `[[L Georgia]] governor's race heads to runoff

[[L ATLANTA]], Nov 4 ([[O Reuters]]) - [[L Georgia]]'s race for governor will go to a runoff next month after neither Republican [[P Brad Cole]] nor Democrat [[P Tanya Hughes]] won a majority, [[O Edison Research]] projected on Wednesday.

[[P Cole]], the state's lieutenant governor, had 49.2% of the vote and [[P Hughes]], a former state senator from [[L DeKalb County]], 48.7%, with a Libertarian taking the rest. Turnout in [[L Fulton County]], which includes most of [[L Atlanta]], was a record for a midterm.

The [[O Georgia Supreme Court]] on Monday rejected a lawsuit by the [[O Georgia Republican Party]] seeking to stop counties from counting ballots that arrived late. [[L U.S.]] Sen. [[P Jon Ossoff]], a Democrat, said the ruling showed "the system works."

[[P Hughes]] told supporters in [[L Savannah]] that she would campaign in every county. The [[O Republican Governors Association]] said it would spend $20 million on the runoff.

(Reporting by [[P Joseph Ax]] in [[L Atlanta]]; Editing by [[P Scott Malone]])`,
  },
  {
    name: 'reuters insurer named after its city',
    text: `[[O Zurich]] profit beats forecasts on strong pricing

[[L ZURICH]], Aug 7 ([[O Reuters]]) - [[O Zurich Insurance Group]] reported a 9% rise in first-half operating profit on Thursday, beating analysts' forecasts as price increases in commercial insurance offset higher claims from storms in the [[L United States]].

[[O Zurich]], [[L Europe]]'s third-largest insurer by market value, said business operating profit rose to $4.3 billion, above the $4.1 billion expected in a poll compiled by the company. Chief executive [[P Mario Greco]] said the group was "well on track" for its targets.

[[O Zurich]] shares rose 2.1%, outperforming [[L Europe]]'s insurance index. Analysts at [[O Jefferies]] said the results were "clean", while [[O Vontobel]] flagged weaker growth in the life business in [[L Spain]].

Rival [[O Swiss Re]] reports results next week. [[O Zurich]], which employs about 60,000 people, has its headquarters on the shore of the lake in [[L Zurich]].

(Reporting by [[P John Revill]]; Editing by [[P Rachna Uppal]])`,
  },
  {
    name: 'wikinews rugby final',
    text: `[[O Toulouse]] win [[O Top 14]] final against [[O Bordeaux-Bègles]]

Sunday, June 28, 2026

[[O Toulouse]] beat [[O Bordeaux-Bègles]] 31–19 in the final of [[L France]]'s [[O Top 14]] rugby championship at the [[L Stade de France]] in [[L Saint-Denis]] on Saturday, their third title in four years.

Scrum-half [[P Hugo Marchand]] scored two tries, and fly-half [[P Théo Ramos]] kicked eleven points. [[O Bordeaux-Bègles]] led 13–10 at half-time after a try by winger [[P Louis Bielle]], but conceded three tries in the second half.

"We knew [[O Bordeaux]] would start fast," [[O Toulouse]] coach [[P Ugo Mola]] told broadcaster [[O Canal+]]. [[O Toulouse]] president [[P Didier Lacroix]] said the club would parade through the city on Monday.

The [[O Ligue Nationale de Rugby]] said 78,000 people attended the match.

Sources

"[[O Toulouse]] sacré champion de [[L France]]" — [[O L'Équipe]], June 27, 2026`,
  },
  {
    name: 'reuters japan ruling party',
    text: `[[L Japan]]'s ruling party picks new leader, likely next prime minister

[[L TOKYO]], Oct 4 ([[O Reuters]]) - [[L Japan]]'s [[O Liberal Democratic Party]] ([[O LDP]]) on Saturday elected former economic security minister [[P Kenji Morimoto]] as its leader, putting him on course to become prime minister later this month.

[[P Morimoto]] beat agriculture minister [[P Aiko Tanabe]] 185-156 in a runoff among lawmakers and party members. He will replace Prime Minister [[P Hiroshi Sato]], who said in September he would step down after the party lost its majority in the upper house.

The [[O LDP]] needs the support of its coalition partner [[O Komeito]] and at least one opposition party to pass budgets. [[P Morimoto]] has called for the [[O Bank of Japan]] to keep interest rates low.

The [[X Nikkei]] share average rose 1.8% in early trade on Monday, and the yen fell against the dollar. [[L China]]'s foreign ministry said it hoped [[L Tokyo]] would "keep relations stable."

(Reporting by [[P Tim Kelly]] and [[P Kantaro Komiya]]; Editing by [[P William Mallard]])`,
  },
];

const BATCH_5: EntityCase[] = [
  {
    name: 'reuters pennsylvania senate debate',
    text: `[[P Whitfield]], [[P Carver]] clash over tariffs in [[L Pennsylvania]] [[X Senate]] debate

[[L PITTSBURGH]], Oct 16 ([[O Reuters]]) - Democrat [[P Georgia Whitfield]] and Republican [[P Austin Carver]] clashed over tariffs and energy prices on Thursday in their only debate before the Nov. 4 election for a [[O U.S. Senate]] seat from [[L Pennsylvania]].

[[P Carver]], a former steel executive from [[L Erie]], said tariffs on imported steel had brought jobs back to the [[L Monongahela Valley]]. [[P Whitfield]], who has represented a district near [[L Allentown]] in the [[O U.S. House of Representatives]] since 2019, said they had raised prices for families "from [[L Scranton]] to [[L Lancaster]]."

The debate, held at [[O Duquesne University]] and broadcast by [[O KDKA-TV]], came as polls showed a tight race. A [[O Franklin & Marshall College]] poll released on Wednesday put [[P Whitfield]] ahead by 2 percentage points, within the margin of error.

Former President [[P Barack Obama]] is due to campaign with [[P Whitfield]] in [[L Philadelphia]] on Saturday, her campaign said. [[P Carver]] has been endorsed by President [[P Donald Trump]] and by the [[O Pennsylvania Chamber of Business and Industry]].

Outside groups have spent more than $90 million on the race, according to [[O AdImpact]], which tracks political advertising. The [[O Senate Leadership Fund]], a super PAC aligned with Republican leaders, said it would add $12 million in ads in the [[L Philadelphia]] suburbs.

[[P Whitfield]]'s campaign manager, [[P Dallas Ogunleye]], said the Democrat had raised $21 million in the third quarter.

(Reporting by [[P Caleb Morrow]] in [[L Pittsburgh]]; Editing by [[P Howard Lindqvist]])`,
  },
  {
    name: 'reuters defence earnings',
    text: `[[O Lockheed Martin]] lifts forecast as missile demand surges

[[L BETHESDA]], [[L Maryland]], Oct 21 ([[O Reuters]]) - [[O Lockheed Martin]] raised its full-year profit forecast on Tuesday as governments in [[L Europe]] and [[L Asia]] ordered more missiles and air defence systems, sending its shares up 4% in early trading.

The maker of the [[X F-35]] fighter jet said sales at its missiles and fire control unit rose 14% to $3.6 billion in the third quarter, helped by orders for [[X PAC-3]] interceptors used in [[X Patriot]] batteries. Chief executive [[P James Taiclet]] said the company would double its interceptor output by 2027.

Rivals also gained. [[O Northrop Grumman]] rose 2.5% after it won a $1.2 billion contract from the [[O U.S. Air Force]], and [[O General Dynamics]], which builds [[X Abrams]] tanks and [[X Virginia-class]] submarines, added 1.8%. [[O RTX]] reports results on Thursday.

"Every ministry of defence from [[L Warsaw]] to [[L Tokyo]] is trying to buy the same thing at the same time," said [[P Marcus Bell]], an analyst at [[O Jefferies]]. [[P Elaine Porter]], a senior adviser at the [[O Center for Strategic and International Studies]], said stockpiles would take years to rebuild.

[[O Lockheed]] said its backlog stood at a record $179 billion. The [[O Pentagon]] has asked [[O Congress]] for $25 billion more for munitions next year.

(Reporting by [[P Tom Harlan]] in [[L Washington]]; Editing by [[P Nick Abernathy]])`,
  },
  {
    name: 'reuters stocks apple chipmakers',
    text: `Stocks end higher as [[O Apple]], chipmakers rally; [[O Fed]] minutes eyed

[[L NEW YORK]], Jan 7 ([[O Reuters]]) - [[L U.S.]] stocks closed higher on Wednesday, led by [[O Apple]] and chipmakers, as investors bet the [[O Federal Reserve]] would cut interest rates twice this year.

The [[X S&P 500]] rose 0.9% and the [[X Nasdaq Composite]] gained 1.4%, while the [[X Dow Jones Industrial Average]] added 0.5%.

[[O Apple]] jumped 3.2% after [[O Morgan Stanley]] raised its price target, saying demand for the [[X iPhone 17]] in [[L China]] was stronger than feared. [[O Nvidia]] rose 2.8% and [[O Broadcom]] 2.1%. [[O Micron Technology]] climbed 6% after it forecast quarterly revenue above estimates.

Among decliners, [[O Walgreens]] fell 5% after it cut its annual forecast, and [[O Tesla]] slipped 1.1% after the company said deliveries of its [[X Cybertruck]] fell in the fourth quarter. Data from the [[O Institute for Supply Management]] showed services activity grew at its fastest pace in a year.

Minutes of the [[O Federal Open Market Committee]]'s December meeting, released in the afternoon, showed most policymakers saw room for further cuts. "The [[O Fed]] is telling you the path is lower, just slower," said [[P Paul Dwyer]], chief investment officer at [[O Harbor Point Advisors]] in [[L Atlanta]].

[[O Charles Schwab]] rose 2% after the broker reported record client assets, and [[O Bank of New York Mellon]] gained 1.5%.

(Reporting by [[P Dana Whitlock]]; Additional reporting by [[P Purvi Shah]] in [[L Bengaluru]]; Editing by [[P Richard Kwan]])`,
  },
  {
    name: 'reuters championship town clubs',
    text: `Soccer-[[O Sunderland]] go top after late winner at [[O Middlesbrough]]

[[L LONDON]], Dec 14 ([[O Reuters]]) - [[O Sunderland]] moved to the top of the [[O Championship]] with a 2-1 win at [[O Middlesbrough]] on Saturday, substitute [[P Tomás Aguirre]] scoring in the 89th minute.

[[O Middlesbrough]] had led through a [[P Callum Reid]] header before half-time, but [[P Ryan Foley]] equalised for the visitors from a corner soon after the break.

[[O Leeds United]], who had led the table for a month, were held 0-0 at home by [[O Preston]] and drop to second, a point behind. [[O Burnley]] beat [[O Norwich City]] 3-1 to stay third, while [[O Plymouth]] lost 2-0 at [[O Derby]].

"We showed character today," [[O Sunderland]] head coach [[P Arnaud Le Goff]] told [[O BBC Radio Newcastle]]. "[[O Boro]] are a very good side and this is not an easy place to come."

Promoted [[O Wrexham]] climbed to seventh after beating [[O Blackburn Rovers]] 1-0 at the [[L Racecourse Ground]], where the club's celebrity owners watched from the stands.

[[O Middlesbrough]] visit [[O Hull]] on Tuesday, and [[O Sunderland]] host [[O Sheffield Wednesday]].

(Reporting by [[P Rory Fallon]]; Editing by [[P Ed Marsh]])`,
  },
  {
    name: 'wikinews sabah state election',
    text: `Ruling coalition wins [[L Sabah]] state election in [[L Malaysia]]

Sunday, November 30, 2025

The governing coalition in the Malaysian state of [[L Sabah]] won a narrow majority in Saturday's state election, the [[O Election Commission]] ([[O SPR]]) said early on Sunday.

[[O Gabungan Rakyat Sabah]] ([[O GRS]]) and its partner [[O Pakatan Harapan]] won 38 of the 73 seats in the state assembly. Chief Minister [[P Rosli bin Hamzah]] was sworn in for a second term at the [[L Istana Seri Kinabalu]] in [[L Kota Kinabalu]] on Sunday afternoon. [[P Rosli]] said his government would press [[L Kuala Lumpur]] to return 40 percent of the federal revenue collected in [[L Sabah]], a promise made when the state joined the federation in 1963.

The opposition [[O Sabah Heritage Party]] ([[O Warisan]]), led by [[P Aminah binti Yusof]], won 21 seats. She accused [[O Barisan Nasional]] of buying votes in [[L Sandakan]] and [[L Tawau]] and said her party would file petitions at the [[O High Court]].

Prime Minister [[P Anwar Ibrahim]] congratulated [[P Rosli]] and said the result showed "stability matters to voters". Turnout was 64 percent, lower than in 2020, which the [[O Election Commission]] blamed on heavy rain in the interior.

Sources

"[[O GRS]] retains [[L Sabah]]" — [[O The Star]], November 30, 2025
"[[L Sabah]] polls: coalition scrapes majority" — [[O Free Malaysia Today]], November 30, 2025`,
  },
  {
    name: 'reuters browser ai sidebar',
    text: `[[O Mozilla]] adds AI sidebar to [[X Firefox]] as browser rivals race

[[L SAN FRANCISCO]], March 3 ([[O Reuters]]) - [[O Mozilla]] on Monday added an artificial intelligence sidebar to its [[X Firefox]] browser that lets users choose between chatbots from [[O OpenAI]], [[O Anthropic]] and [[O Mistral]], as rivals race to build AI into the way people browse the web.

The feature, first shown at the [[X Mobile World Congress]] in [[L Barcelona]], arrives weeks after [[O Google]] built its [[X Gemini]] assistant into [[X Chrome]] and [[O Microsoft]] put [[X Copilot]] into [[X Edge]]. Newer browsers such as [[X Arc]] and [[X Opera One]] already offer similar tools.

[[X Firefox]] has about 3% of the browser market, according to web analytics firm [[O StatCounter]], against more than 60% for [[X Chrome]]. [[O Mozilla]] gets most of its revenue from a search deal with [[O Google]], which a [[L U.S.]] judge is weighing as part of the [[O Justice Department]]'s antitrust case against the search giant.

"People want help with the web without handing their history to an ad company," said [[P Helena Strand]], [[O Mozilla]]'s chief executive. The sidebar works on [[X Windows]], [[X macOS]] and [[X Linux]], and an [[X Android]] version is due in the summer, she said.

[[O Apple]] is expected to show AI features for [[X Safari]] at its [[X Worldwide Developers Conference]] in June.

(Reporting by [[P Kenji Ellison]]; Editing by [[P Jamie Forde]])`,
  },
  {
    name: 'wikinews belgium government sworn in',
    text: `[[L Belgium]] swears in new government after seven months of talks

Tuesday, February 4, 2025

King [[P Philippe]] on Monday swore in a coalition government led by [[P Joris Van Hecke]] of the Flemish nationalist [[O New Flemish Alliance]] ([[O N-VA]]), ending seven months of negotiations after the June elections.

The coalition, known as "[[X Arizona]]" after the colours of the state's flag, also includes the French-speaking liberals of the [[O Reformist Movement]] ([[O MR]]), the centrist [[O Les Engagés]], the Flemish Christian democrats of [[O CD&V]] and the Flemish socialists of [[O Vooruit]].

[[P Van Hecke]], 54, who was mayor of [[L Antwerp]] for eleven years, said the government would cut the budget deficit to 3 percent by 2029 and tighten rules on migration. [[O MR]] leader [[P Florence de Ligne]] becomes foreign minister, and [[P Pieter van Damme]] of [[O CD&V]] takes finance.

The socialist union [[O FGTB]] called a national strike for February 13 against planned pension changes, saying workers in [[L Wallonia]] and [[L Brussels]] would pay for cuts demanded by [[L Flanders]]. [[P De Ligne]] said the government would "talk to everyone".

The [[O European Commission]] had warned [[L Belgium]] last year that its deficit, at 4.4 percent of gross domestic product, broke [[O EU]] rules.

Sources

"[[P Van Hecke]] sworn in as prime minister" — [[O The Brussels Times]], February 3, 2025
"Nieuwe regering legt eed af bij de koning" — [[O VRT NWS]], February 3, 2025`,
  },
];

const BATCH_6: EntityCase[] = [
  {
    name: 'reuters nevada senate count',
    text: `[[L Nevada]] [[X Senate]] race too close to call as [[L Clark County]] counts mail ballots

[[L LAS VEGAS]] ([[O Reuters]]) - The race for [[L Nevada]]'s [[O U.S. Senate]] seat remained too close to call on Wednesday, with Republican [[P Lincoln Shaw]] leading Democratic Senator [[P Rosa Delgado]] by fewer than 4,000 votes and tens of thousands of mail ballots still to be counted.

Most of the uncounted ballots are from [[L Clark County]], which includes [[L Las Vegas]] and leans Democratic, and from [[L Washoe County]], home to [[L Reno]]. Neither [[O Edison Research]] nor [[O Decision Desk HQ]] has called the race.

"Every legal vote will be counted, and that takes time," Secretary of State [[P Marisol Vega]] told reporters in [[L Carson City]].

[[P Shaw]], a former [[O Nevada Highway Patrol]] trooper from [[L Elko]], has campaigned on the cost of living and on the border. [[P Delgado]], seeking a second term, has said the [[O Bureau of Land Management]] should release more federal land around [[L Henderson]] for housing.

The result could decide control of the [[O Senate]]. Vice President [[P JD Vance]] campaigned with [[P Shaw]] in [[L Pahrump]] on Monday, while [[P Delgado]] held her final rally with members of the [[O Culinary Workers Union]] on the [[L Las Vegas Strip]].

(Reporting by [[P Gabriel Huerta]] in [[L Las Vegas]]; Editing by [[P Ross Hammond]])`,
  },
  {
    name: 'wikinews afl grand final',
    text: `[[O Geelong]] beat [[O Brisbane]] to win [[O AFL]] premiership

Saturday, September 27, 2025

[[O Geelong]] won the [[O Australian Football League]] premiership on Saturday, beating the [[O Brisbane Lions]] by 22 points in the grand final at the [[L Melbourne Cricket Ground]] in front of 100,022 people.

[[O Geelong]], who finished second on the ladder, led by 15 points at half-time and kicked four of the last five goals. Midfielder [[P Sydney Marsh]] won the [[X Norm Smith Medal]] as best on ground after collecting 34 disposals, and forward [[P Oliver Kerrigan]] kicked four goals.

[[O Brisbane]] coach [[P Damien Kerr]] said his side had "run out of legs" after a hard preliminary final against [[O Hawthorn]] at the [[L Gabba]] a week earlier. [[O Geelong]] had beaten [[O Collingwood]] to reach the decider. It is the club's fifth premiership since 2007.

Prime Minister [[P Anthony Albanese]] attended the match. Thousands of fans are expected at [[L Kardinia Park]] in [[L Geelong]] on Sunday to welcome the team home.

Sources

"[[O Cats]] claim the flag" — [[O The Age]], September 27, 2025
"[[O Geelong]] too strong for [[O Lions]]" — [[O ABC News]], September 27, 2025`,
  },
  {
    name: 'reuters brewer named after a district',
    text: `[[O Carlsberg]] cuts outlook as wet summer hits beer sales

[[L COPENHAGEN]] ([[O Reuters]]) - Danish brewer [[O Carlsberg]] cut its full-year profit forecast on Wednesday, blaming a cold and wet summer in western [[L Europe]] and weaker demand in [[L China]], and its shares fell 6%.

[[O Carlsberg]], which bought British soft drinks maker [[O Britvic]] last year, now expects operating profit to grow 1% to 3% in local currencies, down from 4% to 6%. Chief executive [[P Anders Holm-Nielsen]] said sales of its [[X Tuborg]] lager had held up in [[L Asia]] but not in [[L Europe]].

Rival [[O Heineken]] cut its forecast in July, and [[O Anheuser-Busch InBev]] reports on Thursday. "This is the worst summer for European beer volumes in a decade," said [[P Harriet Oduya]], an analyst at [[O Bernstein]].

Volumes fell in [[L Denmark]], [[L Poland]] and [[L France]], while [[L Vietnam]] and [[L India]] grew. The company has written off [[O Baltika]], its former Russian unit, which was seized by [[L Moscow]] in 2023.

[[O Carlsberg]] shares were the worst performer on [[L Copenhagen]]'s benchmark index. The brewer's original site, in the [[L Carlsberg]] district of [[L Copenhagen]], is now a housing estate.

(Reporting by [[P Maja Lund]]; Editing by [[P Tom Hagen]])`,
  },
  {
    name: 'wikinews sudan talks in doha',
    text: `[[L Qatar]] hosts talks between [[L Sudan]]'s warring sides

Thursday, May 14, 2026

Delegations from [[L Sudan]]'s army and the paramilitary [[O Rapid Support Forces]] ([[O RSF]]) met in [[L Doha]] on Wednesday for their first direct talks in more than a year, [[L Qatar]]'s foreign ministry said.

The talks are mediated by [[L Qatar]], [[L Egypt]] and the [[L United States]]. Qatari Minister of State [[P Khalid bin Saad Al-Muraikhi]] said both sides had agreed to discuss a ceasefire in [[L El Fasher]] and aid deliveries through the [[L Adre]] border crossing with [[L Chad]]. The army delegation was led by General [[P Yasir al-Tahir]], and the [[O RSF]] delegation by [[P Osman Abdel Bagi]].

The [[O United Nations]] says the war, which began in April 2023, has killed tens of thousands of people and forced more than 12 million from their homes. The [[O World Food Programme]] ([[O WFP]]) said famine had spread to 14 areas in [[L Darfur]] and [[L Kordofan]].

[[O African Union Commission]] chairman [[P Omar Farah Jama]] welcomed the talks, as did the [[O Arab League]] and the [[O Intergovernmental Authority on Development]] ([[O IGAD]]).

Sources

"[[O RSF]] and army meet in [[L Doha]]" — [[O Sudan Tribune]], May 13, 2026
"[[L Sudan]] talks resume in [[L Qatar]]" — [[O Al Jazeera]], May 13, 2026`,
  },
  {
    name: 'reuters carmaker recall',
    text: `[[O Ford]] recalls 240,000 [[X Explorer]] SUVs over seat belt fault

[[L DETROIT]] ([[O Reuters]]) - [[O Ford Motor]] is recalling about 240,000 [[X Explorer]] and [[O Lincoln]] [[X Aviator]] SUVs in the [[L United States]] because a seat belt anchor may break in a crash, the [[O National Highway Traffic Safety Administration]] ([[O NHTSA]]) said on Friday.

Dealers will replace the anchor free of charge. [[O Ford]] said it knew of two injuries linked to the fault and no deaths. The recall covers vehicles built from 2020 to 2023 at its [[L Chicago Assembly Plant]].

It is [[O Ford]]'s 90th recall in the [[L U.S.]] this year, more than any other carmaker. Chief executive [[P Jim Farley]] has said quality is his top priority, and the company has hired 1,000 more engineers in [[L Dearborn]] to check designs.

Separately, [[O Tesla]] said it would update software in 1.2 million vehicles after [[O NHTSA]] questioned how its [[X Full Self-Driving]] system handles low sun glare, and [[O Toyota]] recalled 55,000 [[X Tundra]] pickups over a transmission fault.

[[O Ford]] shares were little changed. The company will show a new electric pickup at the [[X Detroit Auto Show]] in January.

(Reporting by [[P Aaron Whitlock]] in [[L Washington]]; Editing by [[P Chizu Okada]])`,
  },
  {
    name: 'wikinews mississippi floods',
    text: `Flash floods kill four in [[L Mississippi]]

Tuesday, April 21, 2026

Flash flooding after more than 20 centimetres of rain killed four people in [[L Mississippi]] on Monday, the [[O Mississippi Emergency Management Agency]] ([[O MEMA]]) said.

The worst flooding was in [[L Jackson]], the state capital, where the [[L Pearl River]] rose above flood stage, and in [[L Brandon]], [[L Florence]] and [[L Laurel]]. Governor [[P Tate Reeves]] declared a state of emergency in 12 counties and asked the [[O Federal Emergency Management Agency]] for help.

[[L Jackson]] mayor [[P Dorothy Whitaker]] said 300 homes had been flooded and the city's water plant had lost power. The [[O National Weather Service]] office in [[L Jackson]] said another 5 to 8 centimetres could fall on Wednesday. Classes were cancelled at [[O Jackson State University]] and at schools in [[L Rankin County]].

[[P Madison Pruitt]], 67, drowned when his car was swept off a road near [[L Brandon]], the [[O Rankin County Sheriff's Office]] said.

Sources

"Four dead as floods swamp [[L Jackson]]" — [[O Clarion Ledger]], April 20, 2026
"[[L Mississippi]] governor declares emergency" — [[O WLBT]], April 20, 2026`,
  },
  {
    name: 'reuters dutch central bank nominee',
    text: `[[L Netherlands]] picks [[P Van Rijn]] to head central bank

[[L THE HAGUE]] ([[O Reuters]]) - The Dutch government on Friday nominated [[P Marleen van Rijn]], a former finance ministry official, to succeed [[P Klaas Knot]] as president of [[O De Nederlandsche Bank]] ([[O DNB]]), making her the first woman to hold the post.

[[P Van Rijn]], 52, was treasurer-general at the finance ministry in [[L The Hague]] and before that worked at the [[O International Monetary Fund]] in [[L Washington]]. As president of [[O DNB]] she will also sit on the governing council of the [[O European Central Bank]] in [[L Frankfurt]].

"She knows the markets and she knows [[L Brussels]]," Finance Minister [[P Ruben de Bruijn]] told reporters. The appointment must be signed by King [[P Willem-Alexander]].

Economists at [[O ABN Amro]] and [[O ING]] said the choice signalled continuity. [[P De Bruijn]] said [[P Van Rijn]] would take office on July 1.

(Reporting by [[P Bart Meijer]]; Editing by [[P Sonia Cheung]])`,
  },
];

const BATCH_7: EntityCase[] = [
  {
    name: 'reuters serie a relegation fight',
    text: `Soccer-[[O Verona]] beat [[O Cagliari]] to climb out of relegation zone

[[L ROME]] ([[O Reuters]]) - [[O Verona]] climbed out of the relegation zone with a 2-0 home win over [[O Cagliari]] on Sunday, while [[O Empoli]] slipped into the bottom three after a 1-1 draw at [[O Lecce]].

Striker [[P Casper Tengstedt]] headed [[O Verona]] in front after 20 minutes and [[P Daniel Mosquera]] added a second from the penalty spot. [[O Cagliari]], who had won their previous two games, finished with 10 men after [[P Yerry Mina]] was sent off.

"We needed this," [[O Verona]] coach [[P Paolo Zanetti]] told [[O DAZN]]. [[O Verona]] are 17th, a point above [[O Empoli]], who host [[O Monza]] next Saturday.

At the top, [[O Napoli]] stayed three points clear of [[O Inter]] after a 3-1 win at [[O Como]].

(Reporting by [[P Alvise Armellini]]; Editing by [[P Clare Fallon]])`,
  },
  {
    name: 'reuters chemicals merger',
    text: `[[O Dow]] in talks to sell stake in [[L Texas]] pipelines to [[O Macquarie]]

[[L HOUSTON]] ([[O Reuters]]) - [[O Dow]] is in talks to sell a minority stake in its [[L Gulf Coast]] pipeline network to [[O Macquarie Asset Management]] for about $3 billion, three people familiar with the matter said on Monday.

The deal would help [[O Dow]], which has cut its dividend forecast twice this year, pay for a new cracker plant in [[L Fort Saskatchewan]], [[L Alberta]]. [[O Dow]] declined to comment. [[O Macquarie]] did not respond to a request for comment.

Chemical makers have struggled with weak demand in [[L Europe]] and a glut of plastics from [[L China]]. Rival [[O LyondellBasell]] said last month it would close a plant in [[L Wesseling]], [[L Germany]], and [[O BASF]] is selling its coatings business to [[O Carlyle Group]].

[[O Dow]] shares have fallen 38% this year. Analysts at [[O Piper Sandler]] said a sale would be "a sensible way to raise cash without selling the crown jewels."

(Reporting by [[P Arathy Somasekhar]] in [[L Houston]]; Editing by [[P Veronica Brown]])`,
  },
  {
    name: 'wikinews luxembourg election',
    text: `[[O Christian Social People's Party]] wins most seats in [[L Luxembourg]] election

Monday, October 12, 2026

The [[O Christian Social People's Party]] ([[O CSV]]) won 22 of the 60 seats in [[L Luxembourg]]'s [[O Chamber of Deputies]] on Sunday, and its leader [[P Luc Frieden]] is expected to stay on as prime minister.

The [[O Democratic Party]] ([[O DP]]) of deputy prime minister [[P Xavier Bettel]] won 13 seats, and the two parties together keep their majority. The [[O Luxembourg Socialist Workers' Party]] won 10 seats, and the [[O Greens]] four.

[[P Bettel]] said the result showed voters "wanted stability". Turnout was 86 percent; voting is compulsory in [[L Luxembourg]] for citizens under 75. Grand Duke [[P Guillaume]] is to meet party leaders at the [[L Grand Ducal Palace]] on Tuesday.

The count was slowed in [[L Esch-sur-Alzette]], the country's second city, by a computer fault, the [[O Ministry of State]] said.

Sources

"[[O CSV]] bleibt stärkste Kraft" — [[O Luxemburger Wort]], October 11, 2026
"[[P Frieden]] set for second term" — [[O RTL Today]], October 11, 2026`,
  },
  {
    name: 'reuters arizona recount',
    text: `[[L Arizona]] orders recount in tight [[L Maricopa County]] supervisor race

[[L PHOENIX]] ([[O Reuters]]) - [[L Arizona]] will recount ballots in a [[L Maricopa County]] board of supervisors race decided by 212 votes, Secretary of State [[P Adrian Fontes]] said on Thursday, the state's first automatic recount since a 2022 law raised the threshold.

Republican [[P Shelby Dawes]] led Democrat [[P Carmen Ruiz-Tapia]] in the district, which covers parts of [[L Mesa]] and [[L Chandler]]. The recount must be finished by Dec. 20, and the [[O Maricopa County Superior Court]] will certify the result.

[[P Dawes]], a former [[O Mesa Police Department]] officer, said she was "confident the numbers will hold". [[P Ruiz-Tapia]]'s campaign said it would send observers, and the [[O Arizona Democratic Party]] asked for donations to pay for them.

Election officials in [[L Pinal County]] and [[L Yuma]] also reported close results in two school board races, but neither falls within the recount margin.

(Reporting by [[P Sarah N. Lynch]]; Editing by [[P Leslie Adler]])`,
  },
];

export const ENTITY_BATCHES: Record<string, EntityBatch> = {
  'batch 1': {
    about:
      'Wikinews short reports: weekday datelines, sources lists, a club and a company named after towns, name particles, a storm and a ship. First sight 0.819 (104 right of 120 predicted, 134 gold); 0.911 after source.publisher, particle.capitalised and apposition.firm-after-place.',
    floor: 0.88,
    cases: BATCH_1,
  },
  'batch 2': {
    about:
      'Reuters wire copy: caps datelines and sign-offs, a central bank, a bank named after its town, city-named clubs, a US primary, oil, apps and a missile test. First sight 0.875 (129 right of 144 predicted, 151 gold); 0.932 after business.firm-roles, organisation.country-body, article.the-body and organisation.head-first.',
    floor: 0.9,
    cases: BATCH_2,
  },
  'batch 3': {
    about:
      'Wikinews and Reuters mixed, written after the fixes for batches 1 and 2: election night, an outbreak, a football owner, an obituary with particles and a firm named after its town, a phone launch, a jet deal, an opioid settlement. First sight 0.865 (138 right of 155 predicted, 164 gold); 0.897 after sport.club-short-form and place.country-actor.',
    floor: 0.87,
    cases: BATCH_3,
  },
  'batch 4': {
    about:
      'Written after every fix for batches 1-3 as a last check: Wikinews wildfires and a rugby final, Reuters on a governor runoff, an insurer named after its city and a Japanese party vote. First sight 0.831 (81 right of 95 predicted, 100 gold); 0.872 once apposition.firm-after-place also read a place possessive ("Zurich, Europe\u2019s third-largest insurer,"), the one fix made against it.',
    floor: 0.85,
    cases: BATCH_4,
  },
  'batch 5': {
    about:
      'Written blind on 1 Dec 2026 (helper ents9n) after batches 1-4 and their fixes: a Senate debate with people named after places, defence earnings, a market report with bare firms and names through "for"/"of", town-named English clubs, a Malaysian state election with bin/binti names, browsers and AI products as none, a Belgian government with Van/de particles. First sight 0.814 (151 right of 179 predicted, 192 gold); 0.903 after the rows of BLIND_NEWS_ROWS_2 (sport.away-result, sport.team-repeat, organisation.legislature-name, organisation.firm-tail, business.its-subject, organisation.and-join after a place, and others).',
    floor: 0.88,
    cases: BATCH_5,
  },
  'batch 6': {
    about:
      'Written blind with batch 5: a Senate count under a caps dateline without a date, an AFL final with town clubs and a player named after a city, a brewer named after a district, Sudan talks with bin names, a car recall (models as none), floods in towns named like people, a Dutch central bank nominee with van/de particles. First sight 0.895 (162 right of 176 predicted, 186 gold); 0.951 after the same rows (sport.team-repeat, place.venue-head, organisation.and-the-split, organisation.head-complement, place.district-of, and others).',
    floor: 0.93,
    cases: BATCH_6,
  },
  'batch 7': {
    about:
      "Written blind after every fix for batches 5 and 6 (helper ents9n) as the round's last check: a Serie A relegation fight, a chemicals firm selling a pipeline stake, a Luxembourg election with party acronyms, an Arizona recount. First sight 0.912 (78 right of 80 predicted, 91 gold); no fix was made against it.",
    floor: 0.89,
    cases: BATCH_7,
  },
  'batch 8': {
    about:
      'Written blind by helper ents10a (news-entities-8.cases.ts): browsers and spyware as none, a county canvass with precincts, a PAC, a campaign committee and a ballot amendment, a firm named after its founder and town, town-named German clubs and national sides, a legislature with foreign party acronyms and a lowercase particle, a missile strike with a caps dateline. First sight 0.850 (139 right of 160 predicted, 167 gold), 0.857 once two lowercase particle surnames left unmarked were marked; 0.933 (154 right of 161 predicted, 169 gold) after the rows of BLIND_NEWS_ROWS_3 (lexicon/blind-news-3.ts).',
    floor: 0.91,
    cases: BATCH_8,
  },
  'batch 9': {
    about:
      'Written blind by helper ents10a with batch 8, before any fix: Colorado ballot measures with campaign groups, a super PAC and a person named Denver, a film festival with films and prizes as none and a Spanish particle, a miner named after its city, a Saxony vote with German party acronyms and the Landtag, an NFL playoff with teams named by their city, car models named after places. First sight 0.844 (133 right of 151 predicted, 164 gold); 0.890 (142 right of 155 predicted, 164 gold) after the rows of BLIND_NEWS_ROWS_3.',
    floor: 0.87,
    cases: BATCH_9,
  },
  'batch 10': {
    about:
      "Written blind by helper ents10a after the BLIND_NEWS_ROWS_3 fixes, as the last unfixed check: Brazil's Chamber of Deputies with party acronyms and da Silva, a rugby final with town clubs, a nickname and national sides, a Georgia runoff with precincts, a super PAC and a ballot question, a maker named after its founder, a literary prize with works and particles, Argentina's midterms with a province named Santa Fe. First sight 0.826 (135 right of 161 predicted, 166 gold); no fix was made against it. 0.850 (139 right of 161 predicted, 166 gold) after the rows of BLIND_NEWS_ROWS_4 (helper ents11a, who pooled the errors of batches 10-12).",
    floor: 0.83,
    cases: BATCH_10,
  },
  'batch 11': {
    about:
      'Written blind by helper ents11a, committed before the engine ran on it: a volcano on Flores with Indonesian agencies, a diamond miner named after its founders (De Beers) and Botswana, a Wisconsin Supreme Court race with PACs and counties, US Open tennis finals with the event as none, a Stuttgart court and a parts maker and law firm named after people. First sight 0.873 (124 right of 138 predicted, 146 gold). 0.951 (137 right of 142 predicted, 146 gold) after the rows of BLIND_NEWS_ROWS_4.',
    floor: 0.93,
    cases: BATCH_11,
  },
  'batch 12': {
    about:
      'Written blind by helper ents11a with batch 11, committed before the engine ran on it: an NFL comeback with team nicknames and a town-named team opening a sentence, a typhoon in the Philippines with long agency names and an airline named after an island, a telecoms maker named after its town, Ohio ballot issues, a mayor named Franklin and county names, Kenya finance bill protests. First sight 0.937 (134 right of 140 predicted, 146 gold). 0.955 (137 right of 141 predicted, 146 gold) after the rows of BLIND_NEWS_ROWS_4.',
    floor: 0.93,
    cases: BATCH_12,
  },
  'batch 13': {
    about:
      "Written blind by helper ents11a after the BLIND_NEWS_ROWS_4 fixes, as the round's last check, committed before the engine ran on it: Moscow and Baku as sentence subjects under a caps dateline, a Test match with national sides and a nickname, a train maker and a jet maker named after its founder, Virginia's governor race with counties and a PAC, a Peru earthquake with Spanish names. First sight 0.919 (131 right of 140 predicted, 145 gold); not fixed against. 0.954 (136 right of 140 predicted, 145 gold) after the rows of BLIND_NEWS_ROWS_5 (helper ents12a: Quebec as a place, Prince William County, Virginia Forward, a PAC).",
    floor: 0.93,
    cases: BATCH_13,
  },
  'batch 14': {
    about:
      "Written blind by helper ents12a (news-entities-14.cases.ts), committed before the engine ran on it: a lunar lander with Indian agencies and probes as none, Brazil's central bank under a caps dateline with tickers and a ministry source, a Pennsylvania House race with counties, a super PAC and campaign staff, a world court order with particles (van, de la), a Saudi air defence deal with bin names, weapons as none and the White House and Kremlin as metonyms. First sight 0.916 (125 right of 136 predicted, 137 gold); 0.956 (130 right of 135 predicted, 137 gold) after the rows of BLIND_NEWS_ROWS_5 (lexicon/blind-news-5.ts: place.subnational-state, none.ordinal-district, none.chamber-party-members, organisation.ticker, none.demonym-before-noun and others).",
    floor: 0.93,
    cases: BATCH_14,
  },
  'batch 15': {
    about:
      "Written blind by helper ents12a with batch 14, committed before the engine ran on it: Champions League results with clubs named after cities, a dam failure in Nigeria with agencies and Hausa names, a Chinese carmaker opening a Hungarian plant with car models as none, an Arizona House primary with a super PAC, a caucus and a county recorder, Ukraine's missile strike with weapons, Telegram and metonyms. First sight 0.917 (161 right of 172 predicted, 179 gold) with the EU written as a place; the training data writes the EU and the European Union as organisations (7 of 8), so the gold was corrected to that after the first score (0.929 as corrected: the same output, 163 right of 172 predicted). 0.963 (170 right of 174 predicted, 179 gold) after the rows of BLIND_NEWS_ROWS_5 (place.subnational-state, none.ordinal-district, organisation.seat-role, organisation.platform-on, person.company-role-apposition, place.works-tail and others).",
    floor: 0.94,
    cases: BATCH_15,
  },
  'batch 16': {
    about:
      "Written blind by helper ents12a after the rows of BLIND_NEWS_ROWS_5, as the last unfixed check, committed before the engine ran on it: an exoplanet found with a telescope (telescopes, stars and journals as none), Turkey's central bank with tickers and an index, a Michigan Senate primary with a pollster, a super PAC and a county clerk, a sports court ban with van der and Kenyan names and races as none, Morocco's earthquake rebuilding with Arabic names, a palace and a cement maker's ticker. First sight 0.876 (110 right of 120 predicted, 131 gold); 0.856 (107 right of 119 predicted) with the rows of BLIND_NEWS_ROWS_5 switched off. Not fixed against by ents12a; its leftovers (the sports court, World Athletics, the High Atlas, a surname alone) were then studied by helper ents13a: 0.934 (120 right of 126 predicted, 131 gold) after the rows of BLIND_NEWS_ROWS_6.",
    floor: 0.91,
    cases: BATCH_16,
  },
  'batch 17': {
    about:
      "Written blind by helper ents13a (news-entities-17.cases.ts), committed before the engine ran on it: Malawi's presidential runoff with Chichewa names and its electoral commission, a defence group named after its town (Kongsberg, the firm and the town in one report) with tickers, Missouri's supreme court on a ballot measure with judges and campaign groups, second-tier English football with clubs named after their towns and grounds, the obituary of a Chilean seismologist named like a city. First sight 0.884 (137 right of 151 predicted, 159 gold); 0.943 (148 right of 155 predicted, 159 gold) after the rows of BLIND_NEWS_ROWS_6 (lexicon/blind-news-6.ts: person.surname-repeat, organisation.title-word-head, organisation.people-for-aim, sport.club-suffix-name, sport.town-club-action, organisation.acronym-definition, place.kind-noun-after).",
    floor: 0.92,
    cases: BATCH_17,
  },
  'batch 18': {
    about:
      "Written blind by helper ents13a with batch 17, committed before the engine ran on it: a cholera outbreak in eastern Congo with WHO, Africa CDC and rebel groups, the 1st U.S. Circuit Court of Appeals (the First Circuit) on Maine's lobster rules, Nepal's parliament electing a prime minister with Nepali parties, an NHL final with teams named by their city, a Chilean miner named after its port city (Antofagasta, also a region). First sight 0.813 (124 right of 151 predicted, 154 gold) with the adjective 'U.S.' in the First Circuit report's first lines left unmarked; earlier batches (and batch 19's 'the U.S. firm') write it as a place, so the gold was corrected to that after the first score (0.821 as corrected: the same output, 126 right of 151 predicted, 156 gold). 0.873 (134 right of 151 predicted, 156 gold) after the rows of BLIND_NEWS_ROWS_6 (person.surname-repeat, place.kind-noun-after, sport.town-club-action, none.court-level-title); the NHL city teams, a mine's name the model is sure is a firm (Los Pelambres) and a Nepali party with brackets in its name are left.",
    floor: 0.85,
    cases: BATCH_18,
  },
  'batch 19': {
    about:
      "Written blind by helper ents13a with batches 17 and 18, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_6 are made from batches 16-18 and never against it. Bolivia's presidential runoff with Spanish names and parties, the EU General Court on a merger fine with tickers, the Texas House quorum fight, the Scottish Premiership with town clubs and grounds, the obituary of a Japanese typhoon forecaster with storms as none. First sight 0.900 (144 right of 157 predicted, 163 gold); 0.906 (145 right of 157 predicted, 163 gold) with the rows of BLIND_NEWS_ROWS_6, made from batches 16-18 only (organisation.title-word-head, from batch 17's 'General Assembly', also reads its 'General Court'). Not fixed against.",
    floor: 0.88,
    keptBlind: true,
    cases: BATCH_19,
  },
  'batch 20': {
    about:
      "Written blind by helper ents14a (news-entities-20.cases.ts), committed before the engine ran on it: Mongolia's parliamentary election with Mongolian names, mines and a state miner, a shipping group named after its founder (Maersk, the Moller family) with ships and tickers, Portland's police levy with PACs, a county court and a firm named after a river, NBA teams named by their city beside the same cities as places, the obituary of a Lebanese architect with al- and bin names. First sight 0.850 (161 right of 183 predicted, 196 gold); 0.868 (165 right of 184 predicted, 196 gold) after the rows of BLIND_NEWS_ROWS_7 (lexicon/blind-news-7.ts: organisation.ticker-name-repeat, person.family-name, place.possessive-body-split).",
    floor: 0.85,
    cases: BATCH_20,
  },
  'batch 21': {
    about:
      "Written blind by helper ents14a with batch 20, committed before the engine ran on it: Georgia's (the country's) media law with its parties and courts, a French AI start-up with models, assistants, phones and browsers as none (and 'Hi Alexa', The Atlantic as a magazine), Australia's competition regulator against supermarkets named after their founders in the Federal Court, NHL teams named by their city (Vegas, Colorado, Carolina) beside the same names as places, a dinosaur found in Patagonia with de la and van particles. First sight 0.820 (150 right of 181 predicted, 185 gold) with 'France's digital minister' left unmarked; earlier batches write such a possessive country as a place, so the gold was corrected after the first score (0.823 as corrected: the same output, 151 right of 181 predicted, 186 gold); 0.886 (163 right of 182 predicted, 186 gold) after the rows of BLIND_NEWS_ROWS_7 (organisation.ticker-name-repeat, organisation.ai-firm-tail, sport.club-statement, place.particle-place, place.ocean-over).",
    floor: 0.87,
    cases: BATCH_21,
  },
  'batch 22': {
    about:
      "Written blind by helper ents14a with batches 20 and 21, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_7 are made from batches 19-21 and never against it. Nigeria's central bank under a caps dateline with Yoruba and Igbo names, a ferry sinking off Bali with ships and Indonesian names and agencies, Seattle's mayor race with King County, PACs and a levy, IPL cricket with teams named by their city, Ferrero buying WK Kellogg (firms named after families, with the families). First sight 0.809 (161 right of 197 predicted, 201 gold); 0.809 with the rows of BLIND_NEWS_ROWS_7 too (the same output). Not fixed against by ents14a; studied by ents16a: 0.814 (162 right of 197 predicted, 201 gold) after the rows of BLIND_NEWS_ROWS_8 (sport.result-over, 'a win over Rajasthan').",
    floor: 0.79,
    keptBlind: true,
    cases: BATCH_22,
  },
  'batch 23': {
    about:
      "Written blind by helper ents16a (news-entities-23.cases.ts), committed before the engine ran on it: a train derailment in Slovakia with Slovak agencies and a train as none, Poland's retail tax upheld against Jeronimo Martins (a grocer named after its founder, the founder and the firm in one report) under a caps dateline with tickers, Nebraska's one-house Legislature on a sick-leave initiative with PACs and counties (Washington County), Portuguese clubs named after their cities (Porto, Braga) beside the same cities as places and particles (dos, da, de), the obituary of a Ghanaian novelist with a publisher named after a person and works as none. First sight 0.839 (164 right of 193 predicted, 198 gold); 0.905 (177 right of 193 predicted, 198 gold) after the rows of BLIND_NEWS_ROWS_8 (lexicon/blind-news-8.ts: organisation.ticker-firm-throughout, organisation.trade-tail, sport.town-role-club, sport.destination-place); the Slovak names with lowercase words, the Court of Justice of the European Union, and clubs the model reads as people (Arouca, Casa Pia) are left.",
    floor: 0.88,
    cases: BATCH_23,
  },
  'batch 24': {
    about:
      "Written blind by helper ents16a with batch 23, committed before the engine ran on it: a Nabataean tomb near Petra with al- and bint names and a monument (the Treasury) as a place, a Korean shipbuilder's order from a Greek owner named after its founder with ships, laws and indexes as none, a New Hampshire House special election with PACs, wards, towns named after a river and county, a stolen painting in Ireland with Irish particles (Ó, Mac, de), rugby league clubs named by their city and nickname (the Storm, the Kiwis) with a medal as none. First sight 0.858 (169 right of 198 predicted, 196 gold); 0.931 (181 right of 193 predicted, 196 gold) after the rows of BLIND_NEWS_ROWS_8 (organisation.ticker-firm-throughout, organisation.trade-tail, person.gaelic-particle, person.portfolio-off, none.people-adjective, sport.town-role-club); the Storm as a club, LNG, Garda Síochána and a town acting (Merrimack approved a bond) are left.",
    floor: 0.91,
    cases: BATCH_24,
  },
  'batch 25': {
    about:
      "Written blind by helper ents16a with batches 23 and 24, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_8 are made from batches 22-24 and never against it. Vietnam's electric carmaker under a caps dateline with car models and tickers as none, a wildfire near Kamloops named after a lake with a First Nation and Ottawa as the government, Alaska's ranked-choice repeal measure with PACs and boroughs, South Africa's Constitutional Court on Eskom with Afrikaans particles (van der, du, de), baseball clubs named by their city (Toronto, Seattle) beside the same cities as places, with venues named after firms. First sight 0.879 (156 right of 176 predicted, 179 gold); 0.890 (158 right of 176 predicted, 179 gold) with the rows of BLIND_NEWS_ROWS_8, made from batches 22-24 only. Not fixed against by ents16a; no longer blind: its misreads were studied by ents17a with batches 26 and 27, 0.924 (164 right of 176 predicted, 179 gold) after the rows of BLIND_NEWS_ROWS_9 (place.feature-tail, place.member-from, organisation.state-chamber).",
    floor: 0.9,
    keptBlind: true,
    cases: BATCH_25,
  },
  'batch 26': {
    about:
      "Written blind by helper ents17a (news-entities-26.cases.ts), committed before the engine ran on it: a Kazakh weather satellite launched from Baikonur with rockets and satellites as none, Colombia's oil auction under a caps dateline with tickers and a sign-off, the Minneapolis schools levy with PACs and counties, Copa Libertadores clubs named after cities beside the same cities as places, the obituary of a Finnish conductor with von and works as none. First sight 0.820 (134 right of 159 predicted, 168 gold); 0.887 (145 right of 159 predicted, 168 gold) after the rows of BLIND_NEWS_ROWS_9 (lexicon/blind-news-9.ts: organisation.state-chamber, place.feature-tail, place.member-from, sport.club-of-place); clubs the model misses (Racing, Peñarol, Liga de Quito), firms named like words (Target, Stand for Children) and Kazakh agencies are left.",
    floor: 0.86,
    cases: BATCH_26,
  },
  'batch 27': {
    about:
      "Written blind by helper ents17a with batch 26, committed before the engine ran on it: Sri Lanka's Supreme Court on the Online Safety Act with Sinhala and Tamil names, MediaTek putting Llama models on phone chips under a caps dateline with chips, apps and AI models as none, Montana's Legislature overriding a veto with counties and PACs, a cyclone in Fiji with ships and aircraft as none, the Sarajevo Film Festival's prize with Bosnian diacritics and films as none. First sight 0.879 (131 right of 143 predicted, 155 gold); 0.899 (134 right of 143 predicted, 155 gold) after the rows of BLIND_NEWS_ROWS_9 (organisation.state-chamber, organisation.peoples-party); Bosnia and Herzegovina is left read as two places, as GUM's own gold writes it (a row joining such names lost four names on the folds), with Sinhala party names and Vanua Levu.",
    floor: 0.87,
    cases: BATCH_27,
  },
  'batch 28': {
    about:
      "Written blind by helper ents17a with batches 26 and 27, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_9 are made from batches 25-27 and never against it. Ethiopian Airlines ordering Boeing jets under a caps dateline with a sign-off, Romania's measles epidemic with Romanian diacritics, Louisiana parishes with a sheriff runoff, PACs and amendments, the ice hockey world championship with national teams named by their country, an Uzbek uranium miner named after its town with a law as none. First sight 0.856 (161 right of 182 predicted, 194 gold); 0.856 with the rows of BLIND_NEWS_ROWS_9 too (the same output), made from batches 25-27 only. Not fixed against.",
    floor: 0.83,
    keptBlind: true,
    cases: BATCH_28,
  },
  'batch 29': {
    about:
      "Written blind by helper ents18a (news-entities-29.cases.ts), committed before the engine ran on it: Thailand's Constitutional Court removing a prime minister with Thai parties, Equinor's Arctic oil field named after a politician (Johan Castberg, Johan Sverdrup) under a caps dateline with tickers and courts named after cities, Nashville's transit tax with a PAC, counties, a law and a stadium named after a firm, a Giro d'Italia stage with teams named after sponsors and states (Astana, Bahrain) and the race as none, the obituary of a Senegalese singer with albums and an airport named after a person. First sight 0.811 (120 right of 144 predicted, 152 gold) with the Constitutional Court of Thailand written as the court and the country; batch 27 writes the Supreme Court of Sri Lanka as one name, so the gold was corrected to that after the first score (0.820 as corrected: the same output, 121 right of 144 predicted, 151 gold); 0.899 (133 right of 145 predicted, 151 gold) after the rows of BLIND_NEWS_ROWS_10 (lexicon/blind-news-10.ts).",
    floor: 0.79,
    cases: BATCH_29,
  },
  'batch 30': {
    about:
      "Written blind by helper ents18a with batch 29, committed before the engine ran on it: Guatemala's Fuego volcano with its agencies and de León, Iraq's state oil firm named after its city (Basra Oil Company) under a caps dateline with al- names cut to the surname, an NYT-style report on New Mexico water with honorifics, compound surnames (Lujan Grisham, Cabeza de Baca), a lab named after its town and a state dateline, the EuroLeague Final Four with clubs named by their city (Madrid, Bologna), a Delaware chancery ruling with a snack maker named after a river, products, a law and van. First sight 0.875 (133 right of 147 predicted, 157 gold) with the headline's 'Delaware judge' left unmarked; earlier batches write a place before a noun as a place ('a Metairie car dealer'), so the gold was corrected to that after the first score (0.879 as corrected: the same output, 134 right of 147 predicted, 158 gold); 0.945 (146 right of 151 predicted, 158 gold) after the rows of BLIND_NEWS_ROWS_10.",
    floor: 0.85,
    cases: BATCH_30,
  },
  'batch 31': {
    about:
      "Written blind by helper ents18a with batches 29 and 30, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_10 are made from batches 28-30 and never against it. Albania's election with its parties and Brussels as the EU, Nuevo León's car plants under a caps dateline with tickers, car models and de la, Hartford's insurer The Hartford beside the city with clubs and firms named after it, the Davis Cup final with national teams named by their country and de Minaur, the obituary of an Icelandic novelist with patronymics, works and a prize as none. First sight 0.907 (132 right of 140 predicted, 151 gold); 0.907 with the rows of BLIND_NEWS_ROWS_10 too (made from batches 28-30 only). Not fixed against by ents18a; no longer blind: its misreads were studied by ents19a with batches 32 and 33, 0.911 (133 right of 141 predicted, 151 gold) after the rows of BLIND_NEWS_ROWS_11 (organisation.firm-apposition: Banorte).",
    floor: 0.88,
    keptBlind: true,
    cases: BATCH_31,
  },
  'batch 32': {
    about:
      "Written blind by helper ents19a (news-entities-32.cases.ts), committed before the engine ran on it: a Bangladesh garment factory fire with unions and an exporters' body and its acronym, the Swiss drugmaker Lonza (named after a river) building in Visp under a caps dateline with tickers and drugs as none, an Iowa House primary with counties, PACs and a university named after the state, Major League Soccer clubs named by their city (Columbus, Charlotte) beside the same cities as places with venues named after firms, the obituary of a Dutch speed skater with van der and de, a club named after its town (Heerenveen) and a race, the Olympics and an order as none. First sight 0.792 (95 right of 115 predicted, 125 gold) with 'GOP' before 'primary' unmarked and 'The' left out of 'The Des Moines Register'; earlier batches write a name before a noun as that name and newspapers with their The, so the gold was corrected to that after the first score (0.805 as corrected: the same output, 97 right of 115 predicted, 126 gold); 0.848 (103 right of 117 predicted, 126 gold) after the rows of BLIND_NEWS_ROWS_11 (lexicon/blind-news-11.ts). Left: Visp, Savar and Friesland unread, Columbus Crew and Inter Miami, H&M, a Bengali three-part name, Club for Growth.",
    floor: 0.82,
    cases: BATCH_32,
  },
  'batch 33': {
    about:
      "Written blind by helper ents19a with batch 32, committed before the engine ran on it: Zambia's acid spill from a Chinese-owned copper processor with rivers, towns and ZEMA, the Suez Canal's revenue under a caps dateline with ships as none and Maersk, an NYT-style report on Maine's lobstermen with honorifics and a bank named after its town (Bar Harbor Bank & Trust), the handball Champions League final four with clubs named after their towns (Magdeburg, Aalborg, Veszprém) and an arena named after a firm, Audi's takeover of the Sauber Formula One team (named after its founder) in Hinwil with cars and races as none. First sight 0.918 (123 right of 133 predicted, 135 gold); 0.933 (125 right of 133 predicted, 135 gold) after the rows of BLIND_NEWS_ROWS_11. Left: Barça and THW Kiel read as people, Aalborg Håndbold cut, Sauber (the team) read as its founder, Konkola Copper Mines, Deer Isle.",
    floor: 0.9,
    cases: BATCH_33,
  },
  'batch 34': {
    about:
      "Written blind by helper ents19a with batches 32 and 33, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_11 are made from batches 31-33 and never against it. Armenia's parliament ratifying a border deal with Azerbaijan with Armenian names and Baku as the government, Tata Motors and Jaguar Land Rover under a caps dateline with car models, a festival and an index as none, Utah's Republican convention with counties and a university named after a person, a Diamond League record at Hayward Field with van den and de particles and a spike as none, the obituary of an Egyptian comedy actor with el- names, films, a holiday and a club (Al Ahly). First sight 0.881 (115 right of 123 predicted, 138 gold); 0.881 with the rows of BLIND_NEWS_ROWS_11 too (the same figures; made from batches 31-33 only). Not fixed against.",
    floor: 0.85,
    keptBlind: true,
    cases: BATCH_34,
  },
  'batch 35': {
    about:
      "Written blind by helper ents21a (news-entities-35.cases.ts), committed before the engine ran on it: Ecuador's Constitutional Court halting a copper mine run by a firm named after its town (Cotacachi Copper) beside the town, a parish named after a president and de la, Nokia (named after its town) cutting jobs under a caps dateline with the town, tickers, chips, a standard and an index as none, the All-Ireland football final with counties as teams (Kerry, Donegal, Dublin, London) beside the same counties as places and a cup named after a person as none. First sight 0.844 (84 right of 96 predicted, 103 gold); 0.946 (96 right of 100 predicted, 103 gold) after the rows of BLIND_NEWS_ROWS_12 (lexicon/blind-news-12.ts). Left: Dublin as the side in an apposition, Killarney read as a person and 'a Cork man', HMD Global, Nokian Tyres, the Los Cedros reserve, a Spanish body in a source line.",
    floor: 0.92,
    cases: BATCH_35,
  },
  'batch 36': {
    about:
      "Written blind by helper ents21a with batch 35, committed before the engine ran on it: an NYT-style report on Puerto Rico's grid with a state abbreviation in the dateline, honorifics before de and compound Spanish surnames, San Juan as the government and a hurricane as none, the Basque cooperative group Mondragon (named after its town, Mondragón or Arrasate) under a caps dateline with a region, with Robert Bosch the firm, English county cricket with counties as teams (Surrey, Somerset, Hampshire) beside the same county as a place and grounds named after firms (Kia Oval, Utilita Bowl). First sight 0.701 (69 right of 92 predicted, 105 gold); 0.919 (96 right of 104 predicted, 105 gold) after the rows of BLIND_NEWS_ROWS_12. Left: Old San Juan cut, Bergara's other mentions outvoted into a firm, Robert Bosch (the firm) read as its founder, BSH, Arrasate, Yorkshire in an apposition, Edgbaston and Kennington.",
    floor: 0.89,
    cases: BATCH_36,
  },
  'batch 37': {
    about:
      "Written blind by helper ents21a with batches 35 and 36, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_12 are made from batches 35 and 36 and never against it. A Kyrgyz court shutting a news agency named after a mountain range with uulu and kyzy patronymics, a street named after a person and a drone as none, Tulsa County's jail tax with a jail named after a sheriff, a firm named after its founders (Williams Companies) and a ballot question as none, Belgian football with clubs named after towns and a district (Genk, Mechelen, Union Saint-Gilloise), a league named after a beer, capitalised Van and a derby as none. First sight 0.906 (82 right of 88 predicted, 93 gold); 0.906 with the rows of BLIND_NEWS_ROWS_12 too (the same figures; made from batches 35 and 36 only). Not fixed against.",
    floor: 0.88,
    keptBlind: true,
    cases: BATCH_37,
  },
  'batch 38': {
    about:
      "Written blind by helper ents22a (news-entities-38.cases.ts), committed before the engine ran on it: Tanzania's electric railway reaching Lake Victoria with trains and a ferry as none, a market quarter, Old Moshi and Mwanza North, Bang & Olufsen (named after its founders) cutting jobs in Struer under a caps dateline with televisions, speakers and tickers as none, the Grey Cup with Canadian football teams named after provinces and cities (Saskatchewan, Winnipeg, Calgary) beside the same names as places, under a caps dateline that is also a team's city, a venue named after a firm and a trophy named after a person as none. First sight 0.853 (96 right of 109 predicted, 116 gold); 0.965 (111 right of 114 predicted, 116 gold) after the rows of BLIND_NEWS_ROWS_13 (lexicon/blind-news-13.ts: sport.nickname-team, organisation.dateline-agency, place.before-civic-title, place.in-opening-and-streets, none.conference-round, organisation.ampersand-initials, place.fjord-word) with 'es' in place.particle-place and 'contractor' in organisation.kind-before-firm. Left: Malaba after 'the border town of' (unread names there are left to the model: GUM leaves such towns unnamed), the Controller and Auditor General, Bjerringbro, TSN, 'a Calgary defensive end', 'beaten in the East'.",
    floor: 0.94,
    cases: BATCH_38,
  },
  'batch 39': {
    about:
      "Written blind by helper ents22a with batch 38, committed before the engine ran on it: an NYT-style report on Vermont's flood buyouts with a woman named like the neighbouring town (Berlin), a granite firm named after a hymn (Rock of Ages), a utility named after a range, Ben & Jerry's, the Upper Valley, New England and South Barre, New Zealand's High Court quashing a seabed mine's approval with Māori names and Te, van der, a group named with a demonym (Kiwis Against Seabed Mining), Upper Hutt and New Plymouth, a dredger and a law as none, and the Japan Series with teams named after the firms that own them (Yakult, SoftBank, Orix) beside those firms, a drink as none and a dome named after two firms. First sight 0.843 (91 right of 104 predicted, 112 gold); 0.955 (106 right of 110 predicted, 112 gold) after the rows of BLIND_NEWS_ROWS_13 (place.kind-of-town, person.age-apposition, organisation.trade-apposition, place.venue-tail, place.off-coast, organisation.maori-o-name, organisation.hyphen-compound-lead, organisation.possessive-firm, sport.nickname-team). Left: Gunners Brook, Taranaki in the headline, the South Taranaki Bight cut, Sydney inside 'Sydney-listed' (a part of a word, which the engine never marks), Perth after 'leave for', Hāwera read as a person, the Court of Appeal cut.",
    floor: 0.93,
    cases: BATCH_39,
  },
  'batch 40': {
    about:
      "Written blind by helper ents22a with batches 38 and 39, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_13 are made from batches 38 and 39 only, and batch 40's errors are never printed (only its totals). Gamma-ray telescopes in Namibia's Khomas Highland with van and du particles, telescopes, a star cluster and a constellation as none, Škoda Auto dropping a shift in Mladá Boleslav under a caps dateline with its founders' firm (Laurin & Klement), the founder Emil Škoda and car models as none, Croatian football with clubs named after cities (Hajduk Split, Dinamo Zagreb, Rijeka, Osijek) and a club named after its sponsor (Slaven Belupo), a league named after a sponsor and a derby as none. First sight 0.791 (85 right of 104 predicted, 111 gold); 0.809 (87 right of 104 predicted, 111 gold) with the rows of BLIND_NEWS_ROWS_13, made from batches 38 and 39 only. Its errors were never printed; not fixed against.",
    floor: 0.79,
    keptBlind: true,
    cases: BATCH_40,
  },
  'batch 41': {
    about:
      "Written blind by helper ents23a (news-entities-41.cases.ts), committed before the engine ran on it: a Kazakh copper miner named after its lake town (Balkhash Copper, Balkhash alone as the firm) beside the town and the lake under a caps dateline, 'owned by the Almaty-based holding X', a Chinese firm named after its province, Russian patronymics (-ovich, -ovna) and a Kyrgyz uulu, a truck maker and model and a ticker as none; Polish football with clubs named after towns and a district (Górnik Zabrze, Raków Częstochowa, Legia Warsaw) beside the same towns, national sides, a ground named after a player and a cup as none; an NYT-style Philippine blackout with a utility named after its island, a conglomerate and a person sharing a family name (Aboitiz), dela/delos/de la particles, districts and a market, a power barge as none. First sight 0.676 (73 right of 108 predicted, 108 gold); 0.944 (101 right of 106 predicted, 108 gold) after the rows of BLIND_NEWS_ROWS_14 (lexicon/blind-news-14.ts).",
    floor: 0.92,
    cases: BATCH_41,
  },
  'batch 42': {
    about:
      "Written blind by helper ents23a with batch 41, committed before the engine ran on it: Oman Air's order under a caps dateline with aircraft models as none, bin/al- names and Al- alone, a smelter named after its port town and 'owned by' three firms, governorates and mountains; a Zimbabwe High Court stopping lithium evictions with a mine named after a farm and a firm named after its town (Bikita Minerals, Bikita alone), a road and an avenue, a law and a truck model as none; a Swedish mining municipality moving its hospital with a miner named after two mountains (LKAB), a district being emptied, a Sami village, a region as the hospital's body, a local party named after its town, a railway line and a van der name. First sight 0.772 (78 right of 96 predicted, 106 gold); 0.924 (97 right of 104 predicted, 106 gold) after the rows of BLIND_NEWS_ROWS_14.",
    floor: 0.9,
    cases: BATCH_42,
  },
  'batch 43': {
    about:
      "Written blind by helper ents23a with batches 41 and 42, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_14 are made from batches 41 and 42 only, and batch 43's errors are never printed (only its totals). Peru's Huascarán glaciers with Spanish double surnames and de la, a park named after its peak, a valley and a river, a journal, a satellite and an irrigation project as none; Bulgarian football with clubs named after people (Levski, Botev) and cities, stadiums named after the same people, a league named after its sponsor, national sides and Cyrillic club names; a Kyrgyz film on the Manas epic under a caps dateline with uulu, kyzy and -ovna names, a festival, a film, an epic and a camera as none. First sight 0.714 (71 right of 91 predicted, 108 gold); 0.786 (79 right of 93 predicted, 108 gold) with the rows of BLIND_NEWS_ROWS_14 (made from batches 41 and 42 only); its errors were never printed.",
    floor: 0.76,
    keptBlind: true,
    cases: BATCH_43,
  },
  'batch 44': {
    about:
      "Written blind by helper ents24a (news-entities-44.cases.ts), committed before the engine ran on it: a Wikinews cholera report across six southern African countries with no city dateline, agencies expanded once and then by acronym (Africa CDC, ICG, SADC, MSF), a cyclone as none, a river, a valley and a lake, and a sources list; a Reuters central-bank wire from Jakarta with a ministry, an unnamed official, lenders with tickers, an index as none, a ratings agency and a sign-off; an AP Georgia House runoff with 'D-Ga.'/'R-Ga.' tags, counties, a campaign office town, the NRCC, a super PAC, a caucus PAC, a polling firm, a TV station and networks. First sight 0.922 (101 right of 109 predicted, 110 gold); 1.000 (110/110/110) after BLIND_NEWS_ROWS_15.",
    floor: 0.97,
    cases: BATCH_44,
  },
  'batch 45': {
    about:
      "Written blind by helper ents24a with batch 44, committed before the engine ran on it: a Wikinews science report on water vapour around an exoplanet with space agencies expanded once, a university, observatories and institutes, telescopes, an instrument, a satellite, a mission, a constellation, Earth and a journal as none; a Reuters Prague politics wire with parties by full name, acronym and short plural name (the Pirates), ministries, a central bank, coalition sources, a utility's ticker, a stock exchange, the castle and the government's seat; English football with clubs named after cities (Leeds, Hull, Norwich, Coventry, Stoke) beside the same cities, grounds, a nickname (the Canaries), leagues and a cup as none. First sight 0.926 (87 right of 93 predicted, 95 gold); 0.984 (93/94/95) after BLIND_NEWS_ROWS_15.",
    floor: 0.96,
    cases: BATCH_45,
  },
  'batch 46': {
    about:
      "Written blind by helper ents24a with batches 44 and 45, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_15 are made from batches 44 and 45 only, and batch 46's errors are never printed (only its totals). A Wikinews Kenyan court report on a railway loan with a Chinese lender, agencies expanded once, a law and a railway as none and a sources list; a Reuters Santiago lithium wire with a state miner, tickers, a regulator expanded once, ministries, unnamed people familiar with the matter, salt flats and a sign-off; a Texas Senate primary with 'R-Texas' tags, counties and regions, a caucus, a super PAC, a club's action arm, a poll for a newspaper, networks and a campaign headquarters city. First sight 0.886 (97 right of 111 predicted, 108 gold; totals only); unchanged after BLIND_NEWS_ROWS_15, which is made from 44 and 45 only.",
    floor: 0.86,
    keptBlind: true,
    cases: BATCH_46,
  },
  'batch 47': {
    about:
      "Written blind by helper ents26a (news-entities-47.cases.ts), committed before the engine ran on it: a Wikinews report of a Korean jet overrunning a runway (family-name-first Korean names, an accident investigation board and a ministry expanded once, a province, airports, a US air force base's firefighters, an aircraft type as none, a sources list); a Reuters Doha LNG wire (a Qatari minister with 'bin' and 'al-', a Vietnamese buyer by full name and short name, a ticker, gas fields, price benchmarks and a tanker as none, a stock exchange, a sign-off); an AP Reno mayor's race (a registrar of voters, a city council, a county commission, a school district, ballot questions as none, a union, a chamber of commerce, a second-division club named after a range, a newspaper and a TV station). First sight 0.908 (108 right of 120 predicted, 118 gold); 0.979 (116/119/118) after BLIND_NEWS_ROWS_16. Gold corrected after (ents27b): 'The Reno Gazette Journal' takes its The, as every other newspaper of the batches does ('The Des Moines Register', 'The Seattle Times', 'The Columbus Dispatch'; batch 32's note) — the news agency alone is written without it ('The [[O Associated Press]]').",
    floor: 0.96,
    cases: BATCH_47,
  },
  'batch 48': {
    about:
      "Written blind by helper ents26a with batch 47, committed before the engine ran on it: a Wikinews Indian satellite launch (Indian initials, a space agency and a disaster authority expanded once, a space centre, states, rockets, satellites and a mission as none, a Japanese agency, a Dutch scientist with 'van den'); a Wikinews ASEAN Championship semi-final (national sides named like their countries beside the countries, Vietnamese names, a Dutch-born defender with 'de', federations expanded once, stadiums, a lake, a nickname, the tournament as none); a Reuters Madrid court wire (Spanish double surnames with 'de la' and 'del', a court, a regulator expanded once, a ticker and an index as none, a consumer group, a sign-off). First sight 0.952 (100 right of 104 predicted, 106 gold); 0.976 (103/105/106) after BLIND_NEWS_ROWS_16.",
    floor: 0.96,
    cases: BATCH_48,
  },
  'batch 49': {
    about:
      "Written blind by helper ents26a with batches 47 and 48, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_16 are made from batches 47 and 48 only, and batch 49's errors are never printed (only its totals). A Wikinews Honduras election dispute with protests (Spanish double surnames, an electoral council, parties by full name and acronym, departments, a highway, observers); a Wikinews obituary of a Chinese film director (family-name-first names, films, festivals and awards as none, a film academy and studios, a plateau, a sources list); an AP Jacksonville sheriff's race (a supervisor of elections, a sheriff's office, a school board, neighbourhoods, a union of police, a newspaper and a TV station). First sight 0.863 (85 right of 98 predicted, 99 gold; totals only); unchanged (85/98/99) with the rows of BLIND_NEWS_ROWS_16, made from batches 47 and 48 only; its errors were never printed.",
    floor: 0.84,
    keptBlind: true,
    cases: BATCH_49,
  },
  'batch 50': {
    about:
      "Written blind by helper ents27a (news-entities-50.cases.ts), committed before the engine ran on it: a Wikinews Polish state visit to Indonesia (Polish names with diacritics, Indonesian single names, a palace, a ministry expanded once and by acronym, a state shipyard 'PT …', a navy training ship and an honour as none, a Polish-language source headline); a Reuters Brussels wire on sanctions against a tanker fleet (tankers and a crude benchmark as none, flags of convenience, a US Treasury office expanded once, Ukrainian and Greek names, a shipping data firm, the Kremlin, a sign-off with three reporters); an AP Boise county clerk's race (Irish 'O'' and Scottish 'Mac' names, an open-primary ballot measure and a bill as none, a secretary of state, a state party, a school district, a hospital, local media). First sight 0.922 (118 right of 125 predicted, 131 gold); after BLIND_NEWS_ROWS_17 (made from 50 and 51) 0.985 (128/129/131).",
    floor: 0.97,
    cases: BATCH_50,
  },
  'batch 51': {
    about:
      "Written blind by helper ents27a with batch 50, committed before the engine ran on it: a Wikinews mpox outbreak in Nigeria (Yoruba and Igbo names, hyphenated surnames, a disease centre expanded once, WHO, Africa CDC, a regional health body, states, a vaccine as none, airports named after people); a Reuters Sao Paulo wire on a mining regulator fining an iron ore miner (Portuguese names with 'de' and 'das', an agency expanded once, tickers and an index as none, a dam, a port, ore carriers as none, a university, a sign-off); a Wikinews solo transatlantic sailing race (Irish 'O'' and Scottish 'Mac' skippers, boats and a cargo ship as none, the race and the Olympics as none, a yacht club, national and world federations, a French federation, a boatbuilder, ports and capes, a French source headline). First sight 0.934 (114/121/123); after BLIND_NEWS_ROWS_17 0.976 (120/123/123).",
    floor: 0.95,
    cases: BATCH_51,
  },
  'batch 52': {
    about:
      "Written blind by helper ents27a with batches 50 and 51, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_17 are made from batches 50 and 51 only, and batch 52's errors are never printed (only its totals). A Wikinews archaeology report from Turkey (Turkish names with diacritics, a ministry, a university, a foreign institute by acronym, a municipality, a museum, a dam, a mosaic as none, a Roman emperor, a Turkish source headline); a Reuters Jakarta wire on a competition watchdog fining e-commerce platforms (a commission expanded once, Indonesian names, couriers, tickers, an index and platforms' products as none, a commercial court, an association); an AP Topeka story on a legislature overriding a school funding veto ('R-Olathe', a bill as none, both chambers, a state board of education, school districts, a union, an advocacy group, Ukrainian, Filipino and Polish names, local media). First sight 0.903 (88/92/103; totals only, its errors never printed); unchanged after BLIND_NEWS_ROWS_17 (never fixed against).",
    floor: 0.88,
    keptBlind: true,
    cases: BATCH_52,
  },
  'batch 53': {
    about:
      "Written blind by helper ents28a (news-entities-53.cases.ts), committed before the engine ran on it: a Wikinews cyclone in Mozambique (a disaster institute and a weather institute expanded once and by acronym, provinces, districts and rivers, a Red Cross by acronym, the storm and an older one as none, a Portuguese source headline); a Reuters Copenhagen wire on a Danish drugmaker's obesity-pill trial (a legal form outside the name, tickers, a drug, a trial and an index as none, analysts at banks, a controlling foundation, a Chinese licensor with 'Co Ltd', US and EU regulators, a ministry, a sign-off); a Wikinews Bundesliga round (clubs named after cities beside the same cities, full and short club names, a stadium named after a park, Japanese, Croatian, Nigerian and Turkish names, two football bodies expanded once, a cup as none). First sight 0.899 (111 right of 121 predicted, 126 gold); after BLIND_NEWS_ROWS_18 (made from 53 and 54) 0.996 (125/125/126).",
    floor: 0.97,
    cases: BATCH_53,
  },
  'batch 54': {
    about:
      "Written blind by helper ents28a with batch 53, committed before the engine ran on it: a Wikinews Philippine Senate ratifying a troop pact with Japan (Filipino names with 'dela' and 'de Lima', the Senate by two names, a party, the coast guard and the armed forces by acronym, a palace for the presidency, provinces, a shoal and a base, a treaty and a bill as none); a Reuters Vilnius wire on a strike at Klaipėda port (Lithuanian names with diacritics, -ienė and -aitė, a union, a port authority, stevedores named in Lithuanian, a state railway and its freight arm, a ministry, an analyst at a bank, a bulk carrier as none, a trader with 'SA', a potash firm); a Reuters London wire on a Copperbelt miner's results (a legal form, tickers and an index as none, mines named after places, a Congolese utility expanded once, a state miner, the LME by acronym, Zambian and Congolese names, analysts at two banks, a ministry). First sight 0.880 (99 right of 110 predicted, 115 gold). Gold corrected after (ents28a): 'Senate President Francis Escudero' marks the Senate, as every body named before a role word is marked ('[[O ISRO]] chairman'); first sight with it 0.885 (100/110/116); after BLIND_NEWS_ROWS_18 0.957 (110/114/116).",
    floor: 0.93,
    cases: BATCH_54,
  },
  'batch 55': {
    about:
      "Written blind by helper ents28a with batches 53 and 54, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_18 are made from batches 53 and 54 only, and batch 55's errors are never printed (only its totals). A Wikinews governor's runoff in Pernambuco (Portuguese names, parties by name and acronym, an electoral court named with its state and by acronym, regions, a valley, a port complex, a university, a Portuguese source headline); a Wikinews wildfire at La Ronge in Saskatchewan (a provincial agency and an interagency centre by acronym, a First Nation band, a federation of nations, the RCMP, the air force, a federal department, a highway, Cree and Dene names, lakes); a Reuters Accra wire on Ghana's cocoa board seeking a loan as the central bank holds rates (Akan names, banks with a legal form, a futures exchange, regions, a ministry, the Ivorian council, a cocoa grade as none, a sign-off). First sight 0.873 (107 right of 120 predicted, 125 gold; totals only, its errors never printed); unchanged after BLIND_NEWS_ROWS_18, which is made from 53 and 54 only.",
    floor: 0.85,
    keptBlind: true,
    cases: BATCH_55,
  },
  'batch 56': {
    about:
      "Written blind by helper ents29a (news-entities-56.cases.ts), committed before the engine ran on it: a Wikinews Slovenian court halting a nuclear referendum (an all-caps dateline after the weekday one, a plant named after its town, the operator named in Slovenian with the town in it and by acronym, a utility named after its region, a Croatian utility, a party by acronym, a project as none, a Slovenian source headline); a Reuters Oslo wire on a salmon farmer named after its island ('ASA', tickers and an index as none, a 'Trondheim-based' modifier, analysts at banks, rivals, a seafood council, a ministry of three fields, a sign-off); an AP Louisville story on a federal judge blocking a campus-protest law (people named like places, an amendment and a bill as none, a state ACLU, universities, an appeals court with an ordinal, 'R-Bowling Green', an acronym that is a word after its expansion); a Reuters Malaga wire on a basketball cup semi-final (clubs named after cities, short and full, a cup as none, an arena named after a person, players named like places); a Wikinews obituary of a Czech glass artist (a glassworks named after its town beside the town, works, an award and a symposium as none, museums, an academy by acronym, 'van der', Czech -ová and -ek names, a Czech source headline). First sight 0.884 (110 right of 124 predicted, 125 gold). Gold corrected once after (ents29a): 'U.S. District Judge' marks U.S. a place, as batches 1-55 do ('[[L U.S.]] District Judge', '[[L U.S.]] Sen.'); first sight with it 0.888 (111/124/126); after BLIND_NEWS_ROWS_19 (made from 56 and 57) 0.984 (124/126/126).",
    floor: 0.96,
    cases: BATCH_56,
  },
  'batch 57': {
    about:
      "Written blind by helper ents29a with batch 56, committed before the engine ran on it: a Wikinews new frog in Madagascar (a journal and a genus as none, a national park, a body named after the country, a university, a London society and the IUCN by acronym, Malagasy names, a French source headline); a Reuters Kuala Lumpur palm oil wire (a planter named after its town with 'Bhd', a futures exchange, a board by acronym, 'bin' and 'binti' names, Chinese-Malaysian names, a 'Kuala Lumpur-based' modifier, a ministry, El Niño as none, a sign-off); an AP Maine ranked-choice count (people named like places, 'D-Maine', counties, a state party, a ballot question as none, a newspaper named after its city); a Rhode Island water utility named after its city asking for a rate rise (a commission, a rival board named after a town, neighbourhoods, a reservoir, an act as none, Portuguese and Cape Verdean names with 'dos', a possessive, 'The Providence Journal'); a Reuters rugby league report (clubs named after towns, 'St Helens' the club beside the caps dateline, a nickname, a cup as none, grounds named after sponsors, players named like places, the governing body by acronym). First sight 0.908 (108 right of 118 predicted, 120 gold). Gold corrected once after (ents29a): the Natural History Museum of Denmark accepts a place too ([[O/L …]]), like the batch's other two museums and the museums of earlier batches; first sight with it 0.916 (109/118/120); after BLIND_NEWS_ROWS_19 0.966 (115/118/120).",
    floor: 0.94,
    cases: BATCH_57,
  },
  'batch 58': {
    about:
      "Written blind by helper ents29a with batches 56 and 57, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_19 are made from batches 56 and 57 only, and batch 58's errors are never printed (only its totals). A Wikinews flood in southern Laos (Lao names, provinces and a provincial capital, a dam company named after its river, a Thai power firm named after its province, the Lao utility in French by acronym, a ministry by acronym, a disaster committee); a Reuters Hanoi wire on coffee exports (Vietnamese names, an association by acronym, an exporter named after its province, a 'Ho Chi Minh City-based' modifier, ICE Futures Europe, a long institute, a port); an AP St. Paul story on a state supreme court hearing a mine challenge (justices by name, a band, a state department by acronym, an act as none, a firm named after a lake beside the lake, a 'Duluth-based' modifier, a county named after a saint); a Wikinews obituary of a Korean poet (family-name-first names, works and prizes as none, a university, a publisher, a museum, a possessive before a work); a local report on a Highland storm (an all-caps dateline, a storm as none, a road, a railway line, rivers and glens, a council, SEPA by acronym, Gaelic and 'Mac'/'Mc' names, a distillery named after its glen). First sight 0.821 (101 right of 117 predicted, 129 gold; totals only, its errors never printed); 0.826 (102/118/129) after BLIND_NEWS_ROWS_19, which is made from 56 and 57 only.",
    floor: 0.8,
    keptBlind: true,
    cases: BATCH_58,
  },
  'batch 59': {
    about:
      "Written blind by helper ents30a (news-entities-59.cases.ts), committed before the engine ran on it: a Wikinews Polish court halting logging in the Białowieża Forest (an all-caps WARSAW dateline under the weekday one, the state forest agency in Polish, a directive as none, the EU court expanded and by acronym, a double-barrelled Polish surname, an inflected place in a Polish source headline); a Reuters Johannesburg wire on a gold miner named after its town ('Ltd', tickers and an index as none, a shaft named after a farm, 'van' and 'du' names, a union by acronym, analysts at two firms, a sign-off); an AP Richmond story on an appeals court upholding a West Virginia coal-plant law (judges and a senator named like cities beside a county of the same name, a bill as none, 'R-Mingo', a cooperative, a power station, a state commission); a Reuters Stockholm round of Swedish football (clubs named after cities, short and full, a league, a cup as none, grounds named after sponsors, players named like cities); a Wikinews obituary of a Mexican muralist ('de la' names, a work and a prize as none, an academy, a government palace, a museum by acronym, a son named like a city); a Wikinews Danish antibiotic found in soil (a drug and a journal as none, an island and a cliff, a state institute by acronym, a start-up named after its town, an 'al-' name, a 'Copenhagen-based' foundation). First sight 0.813 (98 right of 117 predicted, 124 gold); after BLIND_NEWS_ROWS_20 (made from 59 and 60) 0.938 (114/119/124).",
    floor: 0.92,
    cases: BATCH_59,
  },
  'batch 60': {
    about:
      "Written blind by helper ents30a with batch 59, committed before the engine ran on it: a Wikinews Ugandan pipeline land law (the pipeline by name and acronym as none, districts, a lake, a Tanzanian port, a state oil firm and a Chinese one by acronym, a party by acronym, Luganda names, an institute by acronym, a court); a Reuters Thimphu wire on a Bhutanese dam named after its river (a state power firm by acronym, an Indian buyer named after its country, a 'Mumbai-based' builder with an ampersand, the central bank, Dzongkha names, a sign-off); a Wikinews new airport outside Phnom Penh (an all-caps dateline, an airport named after a title, provinces, an airline named after the country, a joint venture and a civil aviation body by acronym, Khmer names); a Reuters Asunción wire on the Itaipu tariff (the dam's name for the binational firm, a state utility in Spanish by acronym, Guaraní and Portuguese names, a ticker, a river, a border city); a Wikinews eruption near Grindavík (an agency named in English and in Icelandic, a spa, a geothermal plant and its operator, a coast guard ship as none, Icelandic names with Þ and Á); a local Lowell story on the city buying an empty mill (a mill complex named after its founder, a builder named after a town, a university named after the city, a river, a neighbourhood named like a Brazilian state, 'The Lowell Sun'). First sight 0.863 (104 right of 116 predicted, 125 gold); after BLIND_NEWS_ROWS_20 0.959 (118/121/125).",
    floor: 0.94,
    cases: BATCH_60,
  },
  'batch 61': {
    about:
      "Written blind by helper ents30a with batches 59 and 60, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_20 are made from batches 59 and 60 only, and batch 61's errors are never printed (only its totals). A Wikinews Estonian coalition collapse (an all-caps TALLINN dateline under the weekday one, the parliament by its Estonian name, parties by name and acronym, a county, islands, the presidential palace, Estonian names with diacritics, an Estonian source headline); a Reuters Bangkok wire on the central bank holding rates (Thai names, a tableware maker named after its province with 'PCL', a ticker and an index as none, a research centre, a ministry, a region, a sign-off); an AP Spokane recount (a winner named like a state capital, a county auditor, a canvassing board, 'R-Spokane Valley', a district and a neighbourhood, local media); a Reuters Frankfurt marathon (the race as none, Kenyan, Ethiopian and Ugandan runners, a training town, a hall, a federation named after its country, a club, a sponsor); a Wikinews obituary of a fado singer ('dos' names, an album and an award as none, a district, a fado house, a record label named after its founder, a Portuguese source headline); a Reuters Kigali wire on coffee earnings (an export board expanded once and by acronym, a cooperative named after its hill town, a district, a lake, a Swiss trader, Kinyarwanda names, a sign-off). First sight 0.912 (98 right of 105 predicted, 110 gold; totals only, its errors never printed); unchanged after BLIND_NEWS_ROWS_20, which is made from 59 and 60 only.",
    floor: 0.89,
    keptBlind: true,
    cases: BATCH_61,
  },
  'batch 62': {
    about:
      "Written blind by helper ents31a (news-entities-62.cases.ts), committed before the engine ran on it: an AFP Nairobi appeals court upholding a county governor (initials inside names, a hyphenated surname, a party and the electoral commission expanded once and by acronym, constituencies, a court building, a broadcaster); a Reuters Jakarta wire on a nickel miner named after its island ('PT' inside, 'Tbk' and a ticker outside, a bay, a province, a Chinese and a Korean buyer, an advocacy group by acronym with its English name, a sign-off); an Australian regional paper's Sheffield Shield cricket (states as teams, a nickname, an oval, a ground named after a player, 'O'Connell-Hart', 'van der', a competition as none); a Q&A on dengue in Cali (a health institute and a weather agency by acronym, a university, a hospital, a vaccine and La Niña as none, two clubs named after the city, a stadium named after a person); a Romanian paper on a rebuilt rail line (a state train operator, a Polish maker named after its city, a rail authority by acronym, an EU fund as none, a station, a Black Sea port); an AFP Santiago telescope (an observatory named after a person with an initial, a mountain, a region, US agencies, a laboratory, ESO by acronym, a national agency by acronym, an asteroid code as none). First sight 0.855 (115 right of 130 predicted, 139 gold); after BLIND_NEWS_ROWS_21 (made from 62 and 63) 0.919 (124/131/139).",
    floor: 0.9,
    cases: BATCH_62,
  },
  'batch 63': {
    about:
      "Written blind by helper ents31a with batch 62, committed before the engine ran on it: a liveblog of Sri Lankan election results (time stamps as paragraph openers, parties and a monitor by name and acronym, the monitor expanded after its acronym, districts, a stock index as none, an exchange, 'de Silva', initials); an AP Nishinomiya baseball game (clubs named after their owners, full and short, nicknames alone, leagues, a stadium named after a place, a dome, NPB by acronym, a series as none, a Dominican pitcher with 'Pérez de León'); a Reuters Lagos airline grounding (an airline named after its state, airports named after people, two authorities by acronym, a plane maker before a type, a ministry, a 'Lagos-based' consultancy, a sign-off); an AFP Tbilisi film festival (a festival, films and a prize as none, -shvili, -dze and hyphenated names, a theatre named after a poet, an academy named after the city, a film centre, a ruling party, a cinema); a New Zealand paper on the Alpine Fault (a research institute, a university named after its region, a public insurer named in Māori, a tribal body, 'Te Whata', a journal as none, fiords and towns, a newspaper named after its region); an AFP Dhaka flood (a river, a warning centre and a water board by acronym, an NGO by acronym, UNICEF, Bangladeshi names, Indian states and a hill town, a university, a state authority). First sight 0.916 (125 right of 131 predicted, 142 gold); after BLIND_NEWS_ROWS_21 0.960 (132/133/142).",
    floor: 0.94,
    cases: BATCH_63,
  },
  'batch 64': {
    about:
      "Written blind by helper ents31a with batches 62 and 63, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_21 are made from batches 62 and 63 only, and batch 64's errors are never printed (only its totals). A Reuters Sofia snap election (parties by acronym, by an English name and by a Bulgarian one, an election commission, a president, -ov and -ova names, a square, towns, a think tank, a sign-off); a Currie Cup rugby union semi-final (provincial teams by full name, short name and nickname, a stadium named after a person, a ground named after a suburb, 'de Villiers', 'van Zyl', a hyphenated Afrikaans surname, the governing body); an AFP New Delhi Nipah outbreak in Kerala (Indian names with initials, a medical college hospital, a virology institute, a council by acronym, districts, a private academy, the WHO); a Reuters Santiago lithium deal (a miner by acronym, a state copper firm, a salt flat, a development agency by acronym, an indigenous council, an environmental court, 'de la Maza', a ticker, a Brazilian bank, a US rival, a sign-off); an AP Addis Ababa airport (a national airline, a town, an airport named after a district, a development bank, a holding fund, a construction firm, a Chinese builder by acronym, plane makers); a Fiji paper on returned artefacts (honorifics 'Ratu' and 'Adi' outside the span, two museums, a park, universities in two countries, a ministry, an artefact as none, iTaukei names, a newspaper). First sight 0.891 (118 right of 129 predicted, 136 gold; totals only, its errors never printed); unchanged after BLIND_NEWS_ROWS_21, which is made from 62 and 63 only.",
    floor: 0.87,
    keptBlind: true,
    cases: BATCH_64,
  },
  'batch 65': {
    about:
      "Written blind by helper ents32a (news-entities-65.cases.ts), committed before the engine ran on it: a Philippine regional paper on a typhoon in Cebu (the storm by its local and international names as none, a weather bureau by acronym, a disaster council expanded once and by acronym, a provincial capitol, towns and islands, a power utility, 'dela Cruz', a hyphenated governor); a Kazakh business page on a bank merger (a bank named after its region, a hyphenated lender, -uly and -kyzy patronymics, a regulator expanded once and by acronym, an exchange, a ticker as none, a sovereign fund, a financial centre by name and acronym, a law firm with its country); a Trinidad paper's Caribbean T20 cricket (franchises named after islands, full and short, an oval, an academy named after a player, a league as none, a governing body by acronym, a met service); a Finnish business page on a shipyard bankruptcy (a yard named after its town, a district court, a German cruise line, a ferry as none, 'af' and 'von' names, a state investor, a union, the central bank); an Indian regional paper's obituary of a Carnatic singer (many people named once with initials, an academy and a club, a record label by acronym, an album and two honours as none, a hospital, neighbourhoods); a Canadian paper's ice hockey (clubs named by their cities alone, full names and nicknames, arenas named after companies, the league and the players' association, hyphenated and French-Canadian names, a rivalry as none, a broadcaster). First sight 0.858 (109 right of 121 predicted, 133 gold); after BLIND_NEWS_ROWS_22 0.871 (111/122/133).",
    floor: 0.85,
    cases: BATCH_65,
  },
  'batch 66': {
    about:
      "Written blind by helper ents32a with batch 65, committed before the engine ran on it: a Spanish regional election in Andalusia (many parties by Spanish and English names and by acronym, Spanish double surnames and 'Ortiz de Zárate', a regional parliament and government, a former hospital as the seat, provinces); a grand-tour cycling stage (teams named after sponsors and states, a hyphenated team, a climb, a race and a jersey as none, Portuguese, Colombian and Spanish double names, an organiser, the UCI expanded once and by acronym); an Indian rocket launch (a space centre named after a person, the agency expanded once and by acronym, a rocket and satellites as none, two seas and a bay, a start-up, an institute, a met department, a US agency, initials); a Norwegian live page on a storm (time stamps as paragraph openers, the storm and a ship as none, a met institute, a grid operator, a ferry company, a water directorate by acronym, a rail operator and a line, a tunnel, fjords and towns, a broadcaster); a Jamaican court on a lottery operator (a commission expanded once and by acronym, a firm with 'Limited', a rival named after its founder, a law firm of three surnames, a ticker as none, a parish, a newspaper); an Australian paper's rugby league (clubs named after cities and animals, full and short, 'Storm' as a club, stadiums named after companies, a ground named after a suburb, Fijian and Tongan names, the NRL by acronym, State of Origin as none, a broadcaster). First sight 0.820 (114/132/146); after BLIND_NEWS_ROWS_22 0.847 (119/135/146).",
    floor: 0.83,
    cases: BATCH_66,
  },
  'batch 67': {
    about:
      "Written blind by helper ents32a with batches 65 and 66, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_22 are made from batches 65 and 66 only, and batch 67's errors are never printed (only its totals). EuroLeague basketball in Kaunas (a club named after its city, full and short, an arena named after the club, Spanish, Turkish and Greek clubs, Lithuanian names, a fan association, a federation, the league body, a broadcaster by acronym); a Canadian business page on a Quebec grocery takeover (a chain named after its founder, 'Inc.', a pension fund expanded once and by acronym, a 'Montreal-based' modifier, a ticker as none, the competition bureau, French-Canadian particles and hyphens, a union); an Indian regional paper on a high court ordering an inquiry into an exam leak (the court with its state, the CBI expanded once and by acronym, a selection board, a university in Hindi, names with initials, a party, a secretariat building); an Icelandic culture page on a Nordic literary prize (-dóttir and -son names, a prize and a novel as none, a glacier, a concert hall, the council, a publisher, a university, a literature centre, an academy); an Uzbek business page on a textile listing (a cluster firm named after its valley, a patronymic, a stock exchange, a reconstruction fund, a ministry, the EBRD by acronym, a labour coalition, towns); a Nepali provincial count (many parties by full name and acronym, names with parentheses, a province, districts, the election commission, a hyphenated voter, the prime minister's office). First sight 0.865 (115/133/133; kept blind, totals only); unchanged after BLIND_NEWS_ROWS_22.",
    floor: 0.84,
    keptBlind: true,
    cases: BATCH_67,
  },
  'batch 68': {
    about:
      "Written blind by helper ents33a (news-entities-68.cases.ts), committed before the engine ran on it: a Sierra Leone health page on cholera (a public health agency by acronym, a ministry, a pharmacy board, referral hospitals, drugs and a vaccine as none, a Nigerian drug maker, hyphenated Krio surnames, districts, a river, a quay); a Fiji aviation page on a pilots' strike (an airline named after the country and its regional arm, a pilots' association, a civil aviation authority expanded once and by acronym, a plane maker before a type, a plane as none, 'Ratu' and 'Captain' outside the span, a tribunal); a Skopje council vote (the city council, parties by acronym and by name, a river, a mountain, districts, a builder named after hills, a water utility in Macedonian, -ski/-ska and hyphenated names); a Scottish courts page (the Court of Session, a boatbuilder named after its place, a liquidator, four law firms named after surnames, a council, a ferry operator, a bank named after a valley, a sheriff court, a ferry as none, Mac and O' names); an Irish racing page (horses and a race as none, a racecourse, trainers and jockeys with hyphenated and 'de' names, a stud, a sales company, a bookmaker named after a person, the regulator, a hospital); a Quebec diocese closing churches (the diocese by name, churches and a cathedral as buildings, French-Canadian hyphenated names and 'de Champlain', a heritage council in French, a university, the bishops' assembly, a fjord and a river). First sight 0.754 (92 right of 117 predicted, 127 gold); with the gold corrected once after (a bishop's 'Guay said' left unmarked when writing) 0.759 (93/117/128). After BLIND_NEWS_ROWS_23 (made from 68 and 69) 0.802 (99/119/128).",
    floor: 0.78,
    cases: BATCH_68,
  },
  'batch 69': {
    about:
      "Written blind by helper ents33a with batch 68, committed before the engine ran on it: a Latvian education page on exam marking errors (an exam centre by English name and Latvian acronym, a ministry, a gymnasium with a number, a scanning firm named after the Baltic, a union by acronym, universities, Latvian names with diacritics and a hyphen, a region); a Bolivian mining page (a state miner and a cooperative federation by acronym, a miner named after a saint's village, Aymara and Spanish double surnames and 'de la Fuente', a mountain range, peaks, a lake, a party by acronym, a university); a Gulf tech page (a ride-hailing firm buying a start-up, apps, cloud and payment platforms as none, 'bin' and 'al-' names, a competition authority, a free zone by name and acronym, a sovereign fund by acronym, a telecoms group named 'e&', rivals, a broker); a São Paulo Grand Prix (teams named by sponsors and carmakers, a circuit named after a driver beside its district name, the FIA expanded once and by acronym, a tyre maker, a car and the race as none); a Scottish obituary of a shipyard shop steward (yards and a union by acronym, a party, a regional council, a university, a church, family members named once, Mc/Mac and hyphenated names, a prime minister); a letters page (signatures 'Name, Town', a council's possessive, a party by acronym, a health board, a hospital, a canal, a bridge, ferry bodies, 'Ó Dochartaigh'). First sight 0.815 (112 right of 130 predicted, 145 gold). After BLIND_NEWS_ROWS_23 0.865 (119/130/145).",
    floor: 0.84,
    cases: BATCH_69,
  },
  'batch 70': {
    about:
      "Written blind by helper ents33a with batches 68 and 69, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_23 are made from batches 68 and 69 only, and batch 70's errors are never printed (only its totals). A UK tech page on a chip designer's sale (a university spin-out, a Japanese buyer, chips and apps as none, the CMA expanded once and by acronym, investors, hearing-aid makers, a road); an English council approving homes (a unitary council's possessive, a developer named after two founders with an ampersand, a parish council, a campaign group, a river and a road, councillors by party, a hyphenated farmer); Super Netball (clubs named after cities and birds, full and short, arenas named after a person and a company, Jamaican and Fijian players, a hyphenated surname, the league as none, the national body, a broadcaster); an English exam leak (exam boards by acronym and by owner, the regulator, an academy named after a saint, a trust named after a river, a union, a city council); a Nigerian church page (an Anglican diocese, a cathedral, a church body, a Christian association by acronym, titles 'Rev', 'Most Rev' and 'Archbishop' outside the span, a Pentecostal church, an expressway, Yoruba and Igbo names, towns); Scottish island ferries (a state ferry operator by name and acronym, ferries as none, islands and ports, a shipyard, a transport agency, a union by acronym, a Gaelic name with 'Nic a''). First sight 0.836 (102 right of 119 predicted, 125 gold; totals only, its errors never printed). Unchanged after BLIND_NEWS_ROWS_23, which is made from 68 and 69 only.",
    floor: 0.81,
    keptBlind: true,
    cases: BATCH_70,
  },
  'batch 71': {
    about:
      "Written blind by helper ents34a (news-entities-71.cases.ts), committed before the engine ran on it: a Wikinews-style Central Asian water deal without a dateline (Kyrgyz -ovich/-ovna patronymics, a Tajik -zoda name, a ministry with a comma and 'and' in its name, a valley, a river, an exclave, the Syr Darya and the Aral Sea, the OSCE expanded once and by acronym, a development bank, a university); a Reuters Atlanta Senate race (a super PAC, polls by a university and a firm, a candidate with a hyphenated surname, a senator with an initial, a company with a ticker, the FEC, both state parties, three counties, a superior court judge, the state supreme court, a sign-off); Wikinews-style sports briefs (Danish handball clubs full and short, biathlon with the IBU by name and acronym, West Indies cricket with 'St. Hill', an oval, a Jamaican meet as none, Finnish football clubs by full name, short name and acronym); a Reuters Gaborone rate cut and diamond sales (a joint venture, a parent by name and ticker, mines named after towns, a trader named after a delta, a ministry with 'and', initials, an analyst at a bank); a Jamaican Court of Appeal port case (law firms of surnames with a comma and an ampersand, a ship as none, a port authority, a ministry with 'and', parties by acronym, 'de Souza', a river, a mountain range, a cement maker named after its town); an Icelandic eruption (-dóttir and -son names, a met office, a civil protection department with 'and', a geothermal firm, a power plant, a mountain, a coast guard ship and an aircraft type as none). First sight 0.830 (137 right of 163 predicted, 167 gold); with the gold corrected once after (the two country names of the headline left unmarked when writing) 0.837 (139/163/169). After BLIND_NEWS_ROWS_24 (made from 71 and 72) 0.846 (140/162/169).",
    floor: 0.82,
    cases: BATCH_71,
  },
  'batch 72': {
    about:
      "Written blind by helper ents34a with batch 71, committed before the engine ran on it: a Wikinews-style Armenia-Azerbaijan border deal (-yan, -ov and -zade names, an 'oglu' patronymic, a province and a district, a river, a mountain, an exclave, an EU mission by name and acronym, a border service, a church, a party, a research institute); a Reuters Harrisburg mail-ballot suit (the Commonwealth Court and the state supreme court, both state parties and the national committee, a county board, counties, a super PAC and its donor, law firms of two surnames with and without an ampersand, two pollsters, a judge with an initial, a sign-off); a Reuters Harare central bank page (the currency as none, 'ZANU-PF' and 'MDC-T', a tax authority and SADC by name and acronym, a stock exchange, companies, a lake, a dam and a river with an authority named after the river); a Singapore Strait ship collision (ships as none, the Maritime and Port Authority expanded once and by acronym, a terminal, a port operator, law firms of two surnames with an ampersand, 'bin' and 'binti' names, an Indonesian agency by acronym as a word, islands, a park, an 'Oslo-based' owner); a Swedish battery maker's bankruptcy (a company named after its town beside the town and a power company of the same town, a ministry and a minister's title with 'and', a car model as none, a union, a law firm of two surnames, a 'von' name, counties, a river); Wikinews-style sports briefs (Dominican and Puerto Rican baseball clubs in Spanish, a stadium named after a player, 'De los Santos', the Tour de Ski with FIS expanded once, national rugby teams, a stadium named after a president, 'van der Westhuizen', wrestling). First sight 0.842 (141/166/169); with the gold corrected once after (the two country names of the headline left unmarked when writing) 0.849 (143/166/171). After BLIND_NEWS_ROWS_24 0.881 (148/165/171).",
    floor: 0.85,
    cases: BATCH_72,
  },
  'batch 73': {
    about:
      "Written blind by helper ents34a with batches 71 and 72, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_24 are made from batches 71 and 72 only, and batch 73's errors are never printed (only its totals). A Wikinews-style Kyrgyz gold deal (a state gold company, a 'Beijing-based' buyer, a Canadian miner by name and ticker, mines, a lake, a mountain range, a state committee with a comma and 'and', 'uulu' and '-ovna' names, a development bank by name and acronym); a Reuters Phoenix certification fight (a county board of supervisors, a superior court, an appeals circuit, both state parties, a super PAC, a pollster, law firms of two surnames, candidates with 'Van' and an initial, a sign-off); a Guyana oil page (an oil major by name and ticker, partners, a production ship as none, rivers, a region, the energy agency, a ministry, the central bank, parties by acronym including 'PPP/C', the world court); a Namibian green hydrogen plant (a national park with a click letter, a desert, a river, a ports authority by name and short name, a ministry with 'and', parties by acronym and by name, a German development bank by acronym, a 'von' name, a hyphenated president); Wikinews-style sports briefs (Swedish ice hockey clubs full and short, curling, South-East Asian football clubs, an AFF by name and acronym, weightlifting in Yerevan, athletics at a stadium named after a person); a Reuters New York markets wire (the Fed by name and short name, three other central banks, indexes and tickers as none, companies and their executives, analysts, a sign-off with two reporters). First sight 0.880 (143/162/163; kept blind, totals only); with the gold corrected once after (the same slip, found by reading its own text, not its errors: the country in the first headline left unmarked) 0.883 (144/162/164). Unchanged after BLIND_NEWS_ROWS_24, which is made from 71 and 72 only.",
    floor: 0.85,
    keptBlind: true,
    cases: BATCH_73,
  },
  'batch 74': {
    about:
      "Written blind by helper ents36a (news-entities-74.cases.ts), committed before the engine ran on it: a Wikinews-style West African court ordering Guinea to free journalists (ECOWAS expanded once and by acronym, a junta by its English name and French acronym, a union by French acronym, a broadcaster and a news site with digits, Peul and Malinké names with an initial, a hyphen and N', the Sahel, a new alliance of states); a Reuters Helena ballot-measure ruling (the state supreme court, 'Vander Ploeg', justices with a hyphen and an initial, a ballot committee, a 'Washington-based' group, the state party and a new PAC, a Senate race, a poll by a college and 'The Hill', three counties, a utility with a ticker and a commission, a coal town, a sign-off with O'); Wikinews-style sports briefs (Samoa and Tonga in rugby league named by country, Serbian basketball clubs in Serbian, an arena named after the city, Ivorian football clubs and a stadium named after a president, Papua New Guinea cricket and 'Cricket PNG', Canadian basketball clubs named after a province and a city, full and short); a Reuters Lima copper blockade (a community, a mine, an owner with a Hong Kong ticker, a road named as a corridor, a port, 'de la Cruz Quispe' and other double surnames, a region, a rival by name and ticker, mines named after places, the central bank, an exchange, an analyst); a New Brunswick provincial election (parties with the province in their names, the legislative assembly, Elections New Brunswick, Acadian hyphenated names and 'MacEachern', ridings as places, a refiner named after a family, a utility by short name, health networks in English and French, a university in French); a Wikinews-style cyclone in Vanuatu (the storm and an aircraft type as none, a met and geo-hazards department, a disaster office by name and acronym, islands, an airport named after a person, a hospital, a utility, an air force, a Red Cross society, UNICEF, a regional university). First sight 0.855 (144 right of 164 predicted, 173 gold).",
    floor: 0.89,
    cases: BATCH_74,
  },
  'batch 75': {
    about:
      "Written blind by helper ents36a with batch 74, committed before the engine ran on it: a Wikinews-style Somali drought (regions named 'Bay' and 'Gedo' before a lowercase 'regions', two rivers, a disaster agency by name and acronym, a water unit by acronym only, an IGAD centre by name and acronym, the WFP, 'al-Shabaab', Somali names of three given names, an Ethiopian region); a Reuters Lincoln winner-take-all bill (a one-house legislature, hyphenated state senators and a governor, the state party chair, counties, a pollster, a PAC named after the state, the state supreme court, an ACLU affiliate, a county district court, a sign-off); a Reuters Toronto markets wire (the Bank of Canada, the TSX index and tickers as none, a railway, an oil company, a miner, a pension manager by name and acronym, a provincial minister, analysts with 'Van Vliet', a sign-off with two reporters); a Wikinews-style new airport in Albania (a city with ë, a lagoon, a river, an anti-corruption office by name and acronym, parties with and without the country, a Turkish builder, airlines, a German NGO, names with ç and a hyphen, the capital's airport); a Wikinews-style obituary of an Ecuadorian painter (a double surname with 'de la', works and a prize named after a person as none, a house of culture in Spanish, museums in English and Spanish, a volcano, a son and a president named once, universities); Wikinews-style sports briefs (Senegal and Gambia named by country, a stadium named after a president, CAF by name and acronym, Canadian football clubs named after a province and a city, full and short, Balkan water polo sides, Ethiopian names without a family name, a Kenyan federation, rugby sevens, a stadium). First sight 0.906 (139 right of 150 predicted, 157 gold).",
    floor: 0.93,
    cases: BATCH_75,
  },
  'batch 76': {
    about:
      "Written blind by helper ents36a with batches 74 and 75, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_25 are made from batches 74 and 75 only, and batch 76's errors are never printed (only its totals). A Wikinews-style landslide in Papua New Guinea (a province, a village, a mountain, a highway, the IOM by name and acronym, a defence force, a gold mine named after a place and its operator, a diocese, a hospital, Highland names); a Reuters Anchorage ranked-choice vote (the division of elections, the state supreme court, boroughs, candidates with a middle name and an initial, a ballot group, the state party, a pollster, an oil company with a ticker and a project as none, the permanent fund corporation, a sign-off); a Reuters Dakar gas wire (a state oil company, BP, a US partner with a ticker, an Australian operator with a ticker, a floating plant as none, an oil field, a Mauritanian 'Mint' name, the regional central bank by acronym only, the IMF, a Pan-African bank, a sign-off); a Wikinews-style lithium protest in Belgrade (a miner by name and ticker, a valley, a river, a square, the ruling party by name and acronym, the national assembly, the academy of sciences and arts, a protest group in Serbian, -ić names with a hyphen, the EU and the Commission); a British Columbia wildfire (the wildfire service, a lake and a city, a First Nation, the federal weather department with 'and', the armed forces, an airport, a highway named as a connector, a utility, a park, a hyphenated minister); Wikinews-style sports briefs (Ecuadorian and Brazilian football clubs, a stadium named after a person, CONMEBOL, Tonga and Fiji named by country, a Kosovo judoka, NHL clubs named after cities, an arena named after a company, cycling races as none, a team named after a sponsor). First sight 0.910 (122 right of 131 predicted, 137 gold; totals only, its errors never printed).",
    floor: 0.9,
    keptBlind: true,
    cases: BATCH_76,
  },
  'batch 77': {
    about:
      "Written blind by helper ents37a (news-entities-77.cases.ts), committed before the engine ran on it: a Wikinews-style Kazakh Earth-observation satellite launched from Baikonur (a rocket and the satellite as none, an aerospace committee inside a ministry whose name has commas and 'and', a joint venture of a state company and a French group, regions, a sea and a lake, universities, -uly and -ovna patronymics, an initial, ESA by name and acronym, the president); a Reuters Madison state supreme court race (the Brennan Center, a circuit judge in a county with a hyphenated surname, a former attorney general with an initial, a super PAC and its donor, the state Democratic party, 'Gov.', 'Sen.' and 'Rep.' before names, a law school poll and its director, the elections commission, 'Vander Zee' in the state assembly, a family company and a company with a ticker, a sign-off with three names); Wikinews-style sports briefs (a Norwegian club with a slash, the league by its Norwegian name, clubs named after cities, a stadium, ski jumping at Holmenkollen with a World Cup as none, Latvian ice hockey clubs and an arena with ī, Indonesia, Denmark and China named by country in the Thomas Cup, a hall named after a president, the BWF, Baltic basketball clubs and a league with a hyphen); a Reuters Mexico City cement merger (a company named after a region buying one named after a family, full and short, double Spanish surnames with 'de la', banks named alone as advisers, law firms with commas and 'y', 'Rothschild & Co', the competition regulator by acronym, the central bank by its short name, the exchange, tickers, states and cities, an analyst, a sign-off); a Wikinews-style Bangsamoro parliament election (the region by name and acronym, a front and a party by name and acronym, provinces with 'del', COMELEC by name and acronym, 'Datu' and 'Hadji' before names, a town named after a person with 'Datu', 'Brig. Gen.', 'dela Peña', an infantry division, a university); a Wikinews-style obituary of a Georgian chess grandmaster (-dze, -shvili and -ia names, a hyphenated double surname, the federation, FIDE by name and acronym, Olympiads and a championship as none, a palace named after a player, a pantheon, 'PM' before a name, a son named once). First sight 0.797 (143 right of 179 predicted, 180 gold). After BLIND_NEWS_ROWS_26 (made from 77 and 78) 0.844 (151/178/180).",
    floor: 0.83,
    cases: BATCH_77,
  },
  'batch 78': {
    about:
      "Written blind by helper ents37a with batch 77, committed before the engine ran on it: a Reuters Detroit Senate primary ('Rep.', 'Lt. Gov.', 'state Sen.' and 'former Rep.' before hyphenated names, the UAW by name and acronym, a pollster with a hyphen, a super PAC, the court of claims, the board of state canvassers, the state party, three counties, Grand Rapids and Lansing, a carmaker named after its founder and its chairman of the same name, tickers, a sign-off); a Wikinews-style suspension of Kuwait's parliament ('Sheikh' and 'Crown Prince Sheikh' before long 'Al-' names, the national assembly, a palace, a post on X as none, a university and a think tank, the exchange by its Arabic name, the state oil company by name and acronym, the GCC by name and acronym, Gulf states); a Wikinews-style hurricane in Honduras and Guatemala (the storm and an older one as none, a valley, rivers, a lake, a department, the disaster agency and the met institute by Spanish acronyms only, an airport named after a person, a banana company, the Red Cross, CABEI by name and acronym, a Maya double surname); a Reuters Oslo rate decision (Norges Bank and its fund manager, the governor with a double surname, Statistics Norway, the index and tickers as none, the exchange, banks named alone as subjects, companies named after a country and a place, a Bergen fish farmer, the Riksbank, Danmarks Nationalbank and the ECB, a sign-off with two reporters); a Wikinews-style ferry sinking in the Bali Strait (the ship as none, ports named after villages, a province, islands in a list, Basarnas, a state ferry operator by acronym, a ministry, a safety committee by English name and Indonesian acronym, Indonesian single names and a rank before a name, a hospital, a university); Wikinews-style sports briefs (Liga MX clubs named after a city and a university, full and short, a stadium named after a bank, MLS clubs named after cities and a state, a stadium named after a company, college football sides named by university and state, a conference, a stadium named after a grocer, the NHL club of a state, an arena, a rodeo association, Mexico and Panama named by country, CONCACAF, a cup as none). First sight 0.881 (152 right of 167 predicted, 178 gold). After BLIND_NEWS_ROWS_26 0.908 (157/168/178).",
    floor: 0.89,
    cases: BATCH_78,
  },
  'batch 79': {
    about:
      "Written blind by helper ents37a with batches 77 and 78, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_26 are made from batches 77 and 78 only, and batch 79's errors are never printed (only its totals). A Reuters Las Vegas Senate race (a union named after its trade, a pollster and a news site named 'The Nevada Independent', counties and cities, 'Sen.' and 'Gov.' before names, a super PAC, the state supreme court and the state party, a registrar, casino companies with tickers, a sign-off); a Wikinews-style Turkmen gas pipeline into Afghanistan (the pipeline by acronym as none, a gas field, a state gas company, -ow and -owa Turkmen names, the Taliban and a ministry, Afghan provinces, a border town, the ADB, an institute in Bishkek, a second pipeline as none); a Reuters Manila power takeover (a conglomerate named after a family, full and short, its chairman with an initial, a utility named after a region, a holding named after a city, banks named alone as advisers, law firms of four and five surnames with an ampersand and 'de los', two regulators, one by acronym, the exchange, the central bank by its Filipino name, 'Jr.', cities, a sign-off); a Wikinews-style Lithuanian election (the Seimas, parties by name and acronym with a dash and a hyphen, the electoral commission, -ė, -aitė and hyphenated names, a Jewish community body, NATO, cities with ė); a Wikinews-style return of an Emirati astronaut (a capsule and the station as none, SpaceX, NASA, Roscosmos, a space centre named after a ruler by name and acronym, the UAE Space Agency, 'Al' names, 'Sheikh' before a name with 'bin', the Kennedy Space Center, a university in Abu Dhabi); Wikinews-style sports briefs (Philippine basketball clubs named after sponsors, full and short, the league, a coliseum named after a company, Danish handball clubs, an arena, a Kazakh cycling team named after the capital, Georgia, Azerbaijan and Türkiye named by country, a Georgian wrestler, a Guatemalan racewalker with a double surname, championships and a tour as none). First sight 0.891 (139 right of 153 predicted, 159 gold; totals only, its errors never printed). 0.894 (139/152/159) after BLIND_NEWS_ROWS_26, which is made from 77 and 78 only (a general row, one false name fewer).",
    floor: 0.87,
    keptBlind: true,
    cases: BATCH_79,
  },
  'batch 80': {
    about:
      "Written blind by helper ents38a (news-entities-80.cases.ts), committed before the engine ran on it: a Wikinews-style Cameroon constitutional council confirming a presidential result (the council, a hyphenated double surname, a front by name and acronym, a post on Facebook as none, regions, the ruling party by long name and acronym, the electoral body by name and acronym, an archbishop, Human Rights Watch, the AU and ECCAS, a university in Buea); a Reuters Montgomery Senate runoff (a former state supreme court justice with an initial, a hyphenated treasurer, 'III', a super PAC, the state party and its chairman, a pollster, counties and a probate judge, a bank named after a region with a ticker, a shipbuilder in Mobile, a sign-off); a Wikinews-style drought in Somalia, Ethiopia and Djibouti (WFP by name and acronym, Somali names with 'Sheikh' inside, regions named by one word, a river, a disaster agency by name and mixed-case acronym, an Ethiopian patronymic, a ministry, IGAD, OCHA, Save the Children, camps in towns); a Reuters Lima copper takeover (a miner named after a region buying one named after a family, full and short, 'del Pilar' and double surnames, banks and law firms with commas and ampersands as advisers, the securities regulator and the competition agency by acronym, the central bank by acronym, the exchange, a ticker, regions and a deposit, Codelco, a sign-off); Wikinews-style sports briefs (Senegal, Gabon, Cameroon and Kenya named by country, a stadium named after a president, African basketball clubs named after cities and an army club by acronym, the league by name and acronym, an arena, Ethiopian and Kenyan runners, an Eritrean cyclist, a marathon and a tour as none); a Wikinews-style obituary of a Malian singer (a hyphenated double surname, a region, a band, a hotel bar and halls as places, a London label, an album and a festival as none, the ministry, a conservatory named after a griot, UNICEF). First sight 0.814 (142 right of 171 predicted, 178 gold). After BLIND_NEWS_ROWS_27 (made from 80 and 81) 0.822 (143/170/178).",
    floor: 0.81,
    cases: BATCH_80,
  },
  'batch 81': {
    about:
      "Written blind by helper ents38a with batch 80, committed before the engine ran on it: a Reuters Vancouver LNG terminal approval (a First Nation band with an apostrophe, a developer, hyphenated premier and minister, the provincial energy regulator, a basin, a pipeline company and a 'Calgary-based' one with tickers, Petronas, banks and law firms with commas and ampersands as advisers, the provincial Conservatives, an environmental group, the province's supreme court, the Bank of Canada, a sign-off); a Wikinews-style landslide disaster in Nepal (the disaster authority by long name and acronym, districts, a river, a highway, a Chinese border town, the Nepal Army, a Nepali double name and the prime minister's three-part name, a newspaper by one word, the Terai and the Himalayas, Bihar, 'Dr.' before a name, a university); a Reuters Manchester, N.H., governor primary (a college poll, a university survey center, an initial and hyphenated candidates, the secretary of state, a super PAC with a state nickname, the state committee and its chairman, a naval shipyard in Kittery, Maine, a Vermont company, a sign-off); a Wikinews-style Bosnian state court verdict against a Republika Srpska leader (-ić and -ović names, the OHR by name and acronym, EUFOR, the entity party by name and acronym, the Federation, the U.S. Embassy, the EU, Serbia's president, the Drina); a Wikinews-style Dominican Republic election (the ruling party by English name and Spanish acronym, 'de los Santos', the electoral board by Spanish name and acronym, a party by Spanish name, cities and a border province, a Haitian border town, the OAS and CARICOM by name, a former Costa Rican president, a Catholic university by long Spanish name); Wikinews-style sports briefs (Sri Lanka and Bangladesh named by country, a stadium named after a president with an initial, Caribbean Premier League franchises, an oval, Nepal beating Oman, Balkan basketball clubs and the ABA League, 'Jr.', NHL clubs named after cities, Dhaka football clubs, a cup as none). First sight 0.862 (141 right of 161 predicted, 166 gold). After BLIND_NEWS_ROWS_27 0.875 (144/163/166).",
    floor: 0.86,
    cases: BATCH_81,
  },
  'batch 82': {
    about:
      "Written blind by helper ents38a with batches 80 and 81, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_27 are made from batches 80 and 81 only, and batch 82's errors are never printed (only its totals). A Reuters New Orleans refinery merger (a refiner named after a region buying partners named after a parish, full and short, Cajun double surnames, banks and law firms named alone as advisers, a private equity owner, the Louisiana Public Service Commission and its chairman with an initial, parishes, a port, the NYSE, a ticker, a post on X as none, 'Gov.', a sign-off); a Wikinews-style Sri Lankan rate cut (the central bank by long name, 'Governor Dr.' before a name, the IMF by name and acronym, Sinhala names, tea and tourist towns, the chamber of commerce, an index as none, the exchange, Fitch, a university economist, a province); a Wikinews-style fossil find in Ethiopia's Afar region (a journal and a skeleton as none, field sites, Ethiopian patronymics, an initial and hyphens, universities in Addis Ababa, Arizona and Johannesburg, the national museum, a ministry, two foundations); a Reuters Dhaka election (parties by name and acronym, 'Jamaat-e-Islami', the election commission and its chief with initials, 'Sheikh Hasina' as a name, the interim chief adviser, cities, the garment exporters' association by long name and acronym, the exchange, a bank with a ticker, the U.S. State Department, the UN, a sign-off with two reporters); a Wikinews-style obituary of an Ecuadorian painter (a double surname, the Casa de la Cultura Ecuatoriana, a university, works and a biennial as none, museums, the president, a mayor with a double surname, an Ibero-American body); Wikinews-style sports briefs (Boston and Miami clubs, full and short, an arena and a park, Jamaica, Trinidad and Tobago, Haiti and Curaçao named by country, Croatian clubs named after cities and a stadium, Bolivian clubs with 'The', a stadium named after a person, a Boston athletics body, the West Indies and Ireland in cricket). First sight 0.914 (133 right of 146 predicted, 145 gold; kept blind, totals only).",
    floor: 0.9,
    keptBlind: true,
    cases: BATCH_82,
  },
  'batch 83': {
    about:
      "Written blind by helper ents39a (news-entities-83.cases.ts), committed before the engine ran on it: a Reuters Des Moines governor primary (a state auditor with the particle 'Van', 'Lt. Gov.' before a name with an initial, 'state Sen.', a super PAC with the state nickname, the state party chair, a pollster with a hyphen, a newspaper of two cities, counties and a county auditor, a firm with an ampersand and a store chain with an apostrophe with tickers, a sign-off); a Wikinews-style Kuwaiti snap election ('Crown Prince Sheikh' before a name, 'al-' and 'bin' names, 'Dr.' before a name, the National Assembly, a movement by English name and Arabic acronym, governorates, a Gulf think tank, the GCC by name and acronym, the state oil company); a Reuters Stockholm bank takeover of a Danish insurer (a lender named after a region, full and short, an insurer named after an island, a double surname without a hyphen, banks and law firms named alone as advisers, the Swedish and Danish regulators by their own names, Nasdaq Stockholm, a ticker, a sign-off with two reporters); a Wikinews-style cyclone in Mozambique and Malawi (the storm as none, a disaster institute by long name and acronym, provinces and districts before a lowercase kind, 'dos Santos', a department by name and mixed-case acronym, a river, MSF by name and acronym, a Red Cross named after the country, Météo-France on Réunion); Wikinews-style sports briefs (Fiji, Tonga, Samoa, Japan, Sweden and Finland named by country, a stadium named after a bank, KBO clubs named after companies with 'The', a ballpark, Danish handball clubs full and short, an apostrophe in a coach's name, two cups as none); a Wikinews-style obituary of a Quebec singer (a hyphenated name, the Gaspé, an island with an apostrophe, halls as places, the Plains of Abraham, a label, Radio-Canada, an album and a holiday concert as none, a university, the Parti Québécois, the premier). First sight 0.875 (151 right of 171 predicted, 174 gold). Gold mended once after (ents39a): 'Quebec' before a noun ('Quebec singer') marks a place, as the batches do ('the [[L London]] label'): 0.882 (153/171/176).",
    floor: 0.88,
    cases: BATCH_83,
  },
  'batch 84': {
    about:
      "Written blind by helper ents39a with batch 83, committed before the engine ran on it: a Reuters Denver Senate primary ('Rep.' and 'former Boulder Mayor' before names, a secretary of state, a rancher from a county, a super PAC with the state nickname, a pollster, the state and U.S. supreme courts, the state party chair, counties and cities of the Mountain West, 'the Denver suburb of', a miner and a brewer with tickers, a sign-off with a city and a state); a Wikinews-style earthquake off Taiwan (the weather administration, a national park, a highway, the railway company, the Executive Yuan, the fire agency, TSMC by name and acronym, Japanese islands in a list, the JMA, a university, Taiwanese names); a Reuters Mexico City rate decision (the central bank by English name and Spanish short name, 'de la Garza', a dissenting deputy governor, INEGI, a bank by long and short name, the state oil company by name and acronym, the finance ministry, an index as none, states and cities, the central banks of Guatemala and Costa Rica, Moody's, a sign-off with two reporters); a Wikinews-style Finnish court halting a wind farm on Sámi reindeer land (the supreme administrative court, the Sámi Parliament, a developer named after a fell, the state forest company by its Finnish name, a herding cooperative, hyphenated Sámi and Finnish names, municipalities, the Council of Europe, a university); a Wikinews-style volcano on a Vanuatu island (islands in a list, a volcano, a geohazards department and a disaster office by name and acronym, a ship and an aircraft as none, the NZDF, the Pacific Islands Forum, a hyphenated prime minister, a Red Cross worker in a small town); a Reuters Seoul chipmaker's earnings and a shipyard deal (numeric tickers, a CFO, Nvidia, a shipbuilder buying a Mississippi yard, banks and law firms of two surnames with ampersands as advisers, the Korea Exchange, the KOSPI as none, the Bank of Korea, securities firms, a sign-off with two reporters). First sight 0.929 (145 right of 152 predicted, 160 gold). Gold mended once after (ents39a): 'U.S.' before a name ('the U.S. Federal Reserve') marks a place, as batches 1-55 do: 0.927 (145/152/161).",
    floor: 0.92,
    cases: BATCH_84,
  },
  'batch 85': {
    about:
      "Written blind by helper ents39a with batches 83 and 84, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_28 are made from batches 83 and 84 only, and batch 85's errors are never printed (only its totals). A Reuters Madison state supreme court race (a county circuit court, a judge and a former attorney general with an initial, a law school poll, a super PAC named after the state animal, a business lobby with an ampersand, a Minnesota donor, counties and cities, the elections commission, the state party by long name and its chairman, a sign-off); a Wikinews-style report on Uzbekistan's cotton harvest (the ILO by name and acronym, -ovna and -ovich patronymics, a minister's title with 'and', a region, a valley, a river, a rights forum based in Berlin, a campaign coalition, the ADB); a Reuters Windhoek green hydrogen deal (a developer named after a coast, a German developer and a South African fund, 'van der', a port company by short name, banks and law firms as arrangers, a German utility, the central bank and the exchange, a securities firm, SADC by name and acronym, a town with an umlaut, a bay); a Wikinews-style Honduran election count (the electoral council by name and acronym, three parties one by a one-word name, Spanish double surnames, a department, cities, the OAS by name and acronym, EU observers, a university by long name, the supreme court of justice); a Wikinews-style fuel spill off Svalbard (the coastal administration, a ship as none, a fjord, settlements and a valley, the polar institute, an environmental group by one word, the state coal company, a double surname, a university named 'UiT The Arctic University of Norway', Greenland); Wikinews-style sports briefs (NHL clubs named after cities, full and short, an arena, Quebec junior clubs and league by acronym, K League clubs named after companies and cities, Saudi clubs with 'Al-', an arena in Riyadh, a Botswanan sprinter, Fiji and Samoa in sevens, a tour and a tournament as none, a Tongan capital with an apostrophe). First sight 0.872 (123 right of 140 predicted, 142 gold; kept blind, totals only). Gold mended once after (ents39a), found by re-reading the batch's own text against the conventions, never from its errors: 'U.S. history' marks 'U.S.' a place, as batches 1-55 do: 0.876 (124/140/143).",
    floor: 0.87,
    keptBlind: true,
    cases: BATCH_85,
  },
  'batch 86': {
    about:
      "Written blind by helper ents40a (news-entities-86.cases.ts), committed before the engine ran on it, kinds of news earlier batches used little: a Reuters New York fraud verdict (a hedge fund, a U.S. district judge and an assistant U.S. attorney, defence lawyers and their firms with an ampersand and LLP, a cooperating witness, the SEC by name and acronym, the FBI, Stamford and Greenwich, a state investment council, a sign-off); a Wikinews-style obituary of a Dutch physicist ('ter' lowercase with the given name and 'Ter' alone, TU Delft by name and acronym, Leiden University, Philips in Eindhoven, a journal and a prize as none, the academy by name and acronym, a student with 'van' and a double surname, a church, a Sources list); a Wikinews-style malaria vaccine trial (The Lancet, the vaccine and the trial as none, Oxford's Jenner Institute, the Serum Institute of India, a Kenyan research programme and a county hospital, a Burkinabè institute by French name and acronym, 'Dr.' and 'Professor' before names, the WHO and its advisory group, Gavi, a London school with '&', funders); Wikinews-style sports results (English clubs named after cities at grounds, the Championship as a league, Spanish clubs with 'Real' and a Basque stadium, the EuroLeague, Irish and English rugby clubs and grounds, a cup and a cyclo-cross series as none, section labels); a Reuters Amsterdam coatings takeover ('van den', 'ter', 'de' alone, a double Norwegian surname, tickers, the Oslo exchange, a state pension fund, banks and law firms as advisers one with '& Co', the competition authority, a sign-off with two reporters); a Reuters 'LIMA, Ohio' school levy (counties, a city school district, a county board of elections, a township, a mayor in Wapakoneta, 'State Rep.', a newspaper with 'The', an oil company with a ticker, a teachers' union, a sign-off). First sight 0.916 (201 right of 216 predicted, 223 gold). After BLIND_NEWS_ROWS_29 and the widened legal-form.before, head-complement and venue-head rows (made from 86 and 87) 0.934 (205/216/223); gold re-read, no mistake found.",
    floor: 0.92,
    cases: BATCH_86,
  },
  'batch 87': {
    about:
      "Written blind by helper ents40a with batch 86, committed before the engine ran on it: a Reuters Chicago alderman indicted for bribery (a magistrate judge and the U.S. attorney, an FBI special agent in charge, a towing company and its owner, defence lawyers at firms of two names with '&', the city council, the board of ethics, the county party, the case name as none, the district court by its long name, a sign-off); a Wikinews-style obituary of a Spanish novelist (two surnames and the first alone, a town 'de los Caballeros', Extremadura, the Complutense University, a Barcelona publisher, novels and a prize as none, RTVE, the Royal Spanish Academy by name and acronym, a minister 'Álvarez de Castro', a Madrid district, a London publisher, a foundation named after her, a Sources list); a Reuters Boston heart-drug trial (a biotech with a ticker, the trial and the NEJM as none, the American Heart Association, a Boston hospital as place or employer, Harvard Medical School, the FDA, the Cleveland Clinic, rivals with tickers, analysts at firms one with '& Co', hospitals in Stockholm and Barcelona, a sign-off); Wikinews-style sports results (Eredivisie clubs named after cities, stadiums named after a company, Allsvenskan clubs with FF and IFK, Bodø/Glimt, NFL clubs of a city and a state at a field, NHL clubs, Finnish clubs by acronym, 'Van', 'ter' and double names, a World Cup as none, section labels); a Reuters Madrid wind takeover (Spanish names of two and three parts with 'de la' and 'de' alone, a Danish double name, tickers, the CNMV, a Danish pension fund, banks with '&' and '& Co', law firms of two names, a Spanish ministry, a sign-off with two reporters); a Wikinews-style Kentucky county election (Bourbon County and Paris, the county judge-executive, a board of education and an independent school district, a creek, a distiller, the state board of elections in Frankfort, a courthouse, a weekly paper, a Sources list with a TV station). First sight 0.887 (181 right of 201 predicted, 207 gold). After BLIND_NEWS_ROWS_29 and the widened rows 0.922 (188/201/207); gold re-read, no mistake found.",
    floor: 0.91,
    cases: BATCH_87,
  },
  'batch 88': {
    about:
      "Written blind by helper ents40a with batches 86 and 87, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_29 are made from batches 86 and 87 only, and batch 88's errors are never printed (only its totals). A Reuters London High Court ruling for a bank against a shipping tycoon ('KC' after barristers' names, solicitors' firms, the Commercial Court and the Court of Appeal, a Cypriot company, a Dubai free zone, Piraeus and Rotterdam, liquidators, the FCA, a sign-off); a Wikinews-style obituary of a Danish architect (a hyphenated name, buildings as places, the royal academy, a firm named after her, a medal as none, a critic in Politiken, a Dutch partner with 'van', a mayor, a Sources list); a Wikinews-style dengue vaccination in Brazil (the vaccine, a journal and a bacterium as none, the Butantan Institute, Fiocruz by name and acronym, a Recife hospital, Portuguese two-surname names, PAHO by name and acronym, the University of São Paulo, a Sources list); Wikinews-style sports results (Scottish clubs named after cities with 'United' and 'Thistle', parks as stadiums, MLS clubs of a city and a state, a field named after a website, the NWSL, an NBA club and arena, rugby league clubs, a tennis player with two surnames, a golf open and a tour as none, section labels); a Reuters Copenhagen port takeover (a hyphenated Danish company, a Spanish family company and its owners 'Gómez de Aranda', a port authority, banks and law firms with '& Co', Spain's competition regulator by name and acronym, an analyst in Silkeborg, a sign-off with two reporters); a Reuters 'ROME, Ga.' school board recall (Floyd County, its board of education, a city school system, high schools, the county commission, 'State Sen.', a carpet maker with a ticker, Calhoun and Dalton, two rivers, a sign-off). First sight 0.872 (174 right of 197 predicted, 202 gold; kept blind, totals only). Unchanged after BLIND_NEWS_ROWS_29, which is made from 86 and 87 only: 0.872 (174/197/202).",
    floor: 0.86,
    keptBlind: true,
    cases: BATCH_88,
  },
  'batch 89': {
    about:
      "Written blind by helper ents41a (news-entities-89.cases.ts), committed before the engine ran on it, kinds of news earlier batches used little: a Wikinews-style Ghana-Togo dam pact on the Oti (a dam named after its village, a region named after the river, two state power firms by name and acronym one in French, a ministry with 'and', the AfDB and ECOWAS by name and acronym, PowerChina, a farmers' union, a radio station, a Sources list); a Reuters Singapore supertanker aground (a tanker and a crude grade as none, an 'Athens-based' owner, a Chinese refiner on Zhoushan, the port authority, a shipbroker, the Baltic Exchange, Vitol, Trafigura, Unipec and Sinopec, Kpler, a P&I club in Arendal, a sign-off with two reporters); a Reuters Phoenix state senate committee on a groundwater bill (a governor, 'R-Queen Creek', the Freedom Caucus and the Democratic caucus, a ballot measure as none, a PAC named after the state, the Central Arizona Project and the Salt River Project, counties, a Saudi-owned farm, the Senate and the House alone); Wikinews-style football results (Belgian, German, French and Italian clubs named after towns, 'Mainz 05', 'Racing Genk', stadiums named after companies, leagues as bodies, cups as none); a Reuters FDA approval of a kidney drug (the drug and the trial as none, a Cambridge, Massachusetts biotech with a ticker, a hospital as place or employer, ICER, a patient foundation, an analyst at a bank, a Japanese rival, the EMA); a Wikinews-style Rocket Lab launch for JAXA (a launcher and satellites as none, Launch Complex 1 on the Mahia Peninsula, Tohoku University, Wallops Island, the space agency and its ministry with commas, an iwi, a Sources list). First sight 0.851 (183 right of 206 predicted, 224 gold). After BLIND_NEWS_ROWS_30 (made from 89 and 90) 0.897 (195/211/224); gold re-read against its errors, no mistake found.",
    floor: 0.89,
    cases: BATCH_89,
  },
  'batch 90': {
    about:
      "Written blind by helper ents41a with batch 89, committed before the engine ran on it: a Wikinews-style Bangladesh Teesta river plan (districts, a water board by name and acronym, a Chinese state builder by long name, a capital acting for India, the West Bengal chief minister, parties by name and acronym, the Jatiya Sangsad, a university, a Sources list); a Reuters London OPEC+ decision (OPEC+ and OPEC, Kazakhstan's Tengiz field and its operator, the Caspian Pipeline Consortium, Brent and WTI as none, the IEA by name and acronym, a consultancy, Reliance at Jamnagar, Saudi Aramco, a sign-off with two reporters); a Reuters Las Vegas governor primary ('Nevada Attorney General', a candidate with 'Van', a super PAC with a state nickname, the Democratic Governors Association, a PAC, the culinary union local with a number, counties, the Legislature, the Assembly and the Senate alone, a ballot question as none, casino companies, the state party, a newspaper); Wikinews-style cycling and football results (teams named after sponsors with dashes and hyphens, races as none, stage towns, riders with 'van den' and 'de', Portuguese clubs named after towns, a stadium named after a date, Dutch clubs, handball); a Reuters Amsterdam EMA opinion (the EMA and the CHMP by name and acronym, a Danish drugmaker with a ticker, the drug and the trial as none, Alzheimer Europe, NICE by name and acronym, the NHS, Karolinska Institutet); a Reuters Seoul chipmaker forecast (Samsung Electronics and SK Hynix, Nvidia, LSEG, brokers, a phone and an index as none, plants at towns, TSMC by name and acronym, the Fair Trade Commission, the pension service, a family by surname). First sight 0.824 (173 right of 204 predicted, 216 gold). After BLIND_NEWS_ROWS_30 0.863 (182/206/216); gold re-read against its errors, no mistake found (the text's 'an Lundbeck drug' is a slip of the article, left as committed).",
    floor: 0.85,
    cases: BATCH_90,
  },
  'batch 91': {
    about:
      "Written blind by helper ents41a with batches 89 and 90, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_30 are made from batches 89 and 90 only, and batch 91's errors are never printed (only its totals). A Wikinews-style Vanuatu no-confidence vote (the parliament by long name and alone, parties in Bislama one with an apostrophe, the Supreme Court, islands, the Pacific Islands Forum, Canberra and Wellington acting for their governments, the Melanesian Spearhead Group, a Sources list); a Reuters Rosario oilseed strike (a union by long Spanish name and acronym, crushers and traders, the Rosario Board of Trade, ports on the Paraná, a chamber by acronym, a ministry, the Chicago Board of Trade, Brazilian ports, a sign-off); a Reuters Salem, Ore. ballot referral (the Oregon House, the Senate alone, a House committee, 'D-Corvallis', a ballot measure as none, the teachers' association, a campaign committee 'Yes on 118', a business group with '&', Nike and Intel, counties); Wikinews-style football and cycling results (Serie A clubs named after towns at stadiums named after a company and streets, Norwegian clubs with Bodø/Glimt, teams named after sponsors, a classic and a tennis tournament as none, a climb, a country club); a Reuters Ottawa Health Canada approval (a drug by generic and brand names as none, a trial as none, tickers, Canada's Drug Agency, provinces, a medical association, a university, the public health agency, a charity, plants in towns); a Wikinews-style Ariane 6 launch (launchers and satellites as none, Eumetsat, the Guiana Space Centre, Arianespace and ArianeGroup, ESA by name and acronym, CNES, MaiaSpace, Isar Aerospace and Rocket Factory Augsburg, launch sites in Norway and Scotland, a control centre, a Sources list). First sight 0.877 (181 right of 203 predicted, 210 gold; kept blind, totals only). Unchanged after BLIND_NEWS_ROWS_30, which is made from 89 and 90 only: 0.877 (181/203/210).",
    floor: 0.87,
    keptBlind: true,
    cases: BATCH_91,
  },
  'batch 92': {
    about:
      "Written blind by helper ents42a (news-entities-92.cases.ts), committed before the engine ran on it, kinds of news earlier batches used little: a Wikinews-style eruption on Flores (a volcano, the volcanology centre by long name and acronym, the disaster agency by name and acronym, Basarnas, a regional hospital, two airlines, the civil aviation directorate, AirNav Indonesia, a governor, a university, ESA's satellites with a possessive, a Sources list); a Reuters Tokyo Bank of Japan rate rise (board members, Rengo by long name and short, the Nikkei as none, a securities house, banks, the Ministry of Finance, life insurers, a rating agency with '&', the pension fund, a sign-off); a Reuters Akron, Ohio county council putting a jail levy on the ballot (the council, the sheriff's office, a ballot issue as none, the county court of common pleas, the city schools, a township, a police lodge, a newspaper); a Reuters Seoul commercial-law vote (the National Assembly, parties, a business lobby, conglomerates by group and unit, a ministry with commas, the Fair Trade Commission, the exchange and KOSPI as none, the pension service, an asset manager); Wikinews-style cricket results (IPL franchises by full and city names, stadiums named after people and places, the BCCI by name and acronym, English counties, a shield and a championship as none, national women's teams, PSL franchises); a Wikinews-style obituary of a Finnish conductor (orchestras by city and by radio, an academy and a hall named after a composer, a work, a prize and a festival as none, a record label, an opera house, a lake, a  First sight 0.930 (159 right of 170 predicted, 172 gold). After BLIND_NEWS_ROWS_31 (made from 92 and 93) 0.950 (163/171/172); gold re-read against its errors, no mistake found.Sources list in Finnish).",
    floor: 0.94,
    cases: BATCH_92,
  },
  'batch 93': {
    about:
      "Written blind by helper ents42a with batch 92, committed before the engine ran on it: a Wikinews-style high-speed derailment in Andalusia (Renfe and Adif, the investigation commission by name and acronym, a regional emergency service, a university hospital as place or body, the Guardia Civil, a drivers' union by acronym, Iryo and Ouigo, Spanish two-surname names, a river, a Sources list in Spanish); a Reuters Jakarta wire on Bank Indonesia defending the rupiah (the central bank, the finance ministry, a sovereign fund, a bank economist, foreign banks, Moody's, an index as none, the exchange, a sign-off); a Reuters Durham, N.C. school bond (the county board of commissioners, the city schools board, a high school, the city council, the district attorney and the sheriff's office, the county superior court, a bond referendum as none, a university and its health system, 'The News & Observer'); a Reuters New Delhi chip subsidy (a ministry with a long name, conglomerates and units, the BJP and Congress by name and acronym, SEBI by name and acronym, the NSE by long name, an index as none, states and a chief minister, a broker in Mumbai); Wikinews-style rugby results (Super Rugby franchises by nickname alone, stadiums named after sponsors and parks, Top 14 and Premiership clubs named after towns, a national team and its union, World Rugby, competitions as none); Wikinews-style arts news (the Rijksmuseum and other museums as place or body, a painting and an opera as none, an auction house, two funds, a festival and a prize as none, an orchestra, a concert hall with an apostrophe, a label, a  First sight 0.862 (153 right of 171 predicted, 184 gold). Gold corrected once after (ents42a): 'Congress spokesman' marks the party, as '[[O Congress]]' (the Indian National Congress named before it); first sight with it 0.865 (154/171/185). After BLIND_NEWS_ROWS_31 0.928 (167/175/185).Sources list in Dutch).",
    floor: 0.91,
    cases: BATCH_93,
  },
  'batch 94': {
    about:
      "Written blind by helper ents42a with batches 92 and 93, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_31 are made from batches 92 and 93 only, and batch 94's errors are never printed (only its totals). A Wikinews-style plane crash in western Nepal (an airport named after its town, a plane type as none, Tara Air, the army and the armed police, a teaching hospital and a health academy, CAAN by name and acronym, Canada's safety board and an engine maker with '&', the EU and ICAO, a Sources list in Nepali); a Reuters Istanbul rate cut (the central bank by long name, state lenders, the treasury ministry, a business association, a US bank, Fitch, Borsa Istanbul and BIST 100 as none, Turkish names with diacritics, a sign-off with two reporters); a Reuters Riverside, Calif. wildfire tax (the board of supervisors, a ballot measure as none, the county fire department and Cal Fire, the district attorney, the county superior court, the sheriffs' association, a water district, a band of Luiseño Indians); a Reuters Tokyo LDP leadership race (parties by long name, Komeito, a ministry with commas, Keidanren by long name and short, Toyota and a trading house, a prefecture, the Diet, the Nikkei as none); Wikinews-style tennis results (tournaments as none, venues and a court named after a player, the ATP Tour and the WTA, the LTA, ITF and a national federation, a Davis Cup tie, college tennis with the NCAA by long name); a Wikinews-style obituary of a Malian singer (a band, albums as none, a British label, a prize and an academy, an orchestra, a festival and an award as none, RFI, an institute in Paris, a national museum, a  First sight 0.878 (147 right of 164 predicted, 171 gold; kept blind, totals only). Unchanged after BLIND_NEWS_ROWS_31, which is made from 92 and 93 only: 0.878 (147/164/171).Sources list in French).",
    floor: 0.87,
    keptBlind: true,
    cases: BATCH_94,
  },
  'batch 95': {
    about:
      "Written blind by helper ents43a (news-entities-95.cases.ts), committed before the engine ran on it, kinds of news earlier batches used little: a Wikinews-style Peruvian election going to a runoff (parties by Spanish name, ONPE and the JNE by Spanish name and acronym, an OAS observer mission, a civic group, the central bank, a Sources list in Spanish); a Reuters Lagos pipeline fire (Shell's Nigerian venture by long name, a crude grade and a pipeline as none, the state oil company, OPEC by name and acronym and OPEC+, the upstream regulator, a militant group, tankers as none, a sign-off with three people); a Reuters Lansing, Mich. data-centre bill (the Michigan Senate and the House alone, a bill and a district tag as none, a Senate committee by long name, a state department with commas, utilities, a union local, the chamber of commerce, an environmental group named with 'of'); a Wikinews-style measles outbreak in Leicester (an infirmary and a hospital as place or body, an NHS trust by long name, UKHSA by name and acronym, two royal colleges, drug makers, a charity with a word of the language for a name, a trial as none); Wikinews-style Scottish football below the top flight (clubs named after towns with United, Rovers, Thistle, Academical, grounds, the SPFL by name and acronym, leagues with numbers, a cup as none); a Reuters Warsaw airport contract (CPK by Polish name and acronym, a contractor and its Spanish parent, PKP's rail companies, the road directorate by long name and acronym, an airport named after a composer, a party by name and acronym, the exchange). First sight 0.844 (159 right of 184 predicted, 193 gold). After BLIND_NEWS_ROWS_32 (made from 95 and 96) 0.919 (175/188/193); gold re-read against its errors, no mistake found (the Michigan department's comma list, 'Sense', Scottish clubs acting as sides and 'Scottish Championship' are left).",
    floor: 0.91,
    cases: BATCH_95,
  },
  'batch 96': {
    about:
      "Written blind by helper ents43a with batch 95, committed before the engine ran on it: a Wikinews-style Malawi presidential result (parties by long name and acronym, a coalition named in Chichewa, the electoral commission by name and acronym, the courts, observer missions of SADC, the Commonwealth and the EU, a bishops' conference, a monitors' network, a Sources list); a Reuters Santiago strike at Escondida (a mine as place, a union by long Spanish name, BHP, Rio Tinto and Mitsubishi, the LME, Codelco, the copper commission by name and acronym, a port and a container line, the labour directorate by Spanish name); a Reuters Austin grid bill (the Texas Legislature, House and Senate, a bill, a district tag and a storm as none, the utility commission, ERCOT by name and acronym, the railroad commission, an association with '&', the AFL-CIO, a consumer coalition, wind developers); a Reuters Copenhagen drug recommendation (Novo Nordisk and its foundation and holding, the EMA, the CHMP by name and acronym, a drug by brand and generic name and a trial as none, a university hospital as place or body, banks, a patient charity, the NHS); Wikinews-style Baltic basketball (clubs named after towns and sponsors with diacritics and a slash, arenas, the LKL by name and acronym, a Latvian-Estonian league, cups as none, FIBA, national teams); a Wikinews-style Kenyan railway and airport story (Kenya Railways and the SGR as none, a Chinese contractor by name and acronym, the Exim bank by long name, KeNHA and KAA by name and acronym, an airport named after a president, the Adani Group, the law society, a Sources list). First sight 0.888 (183 right of 204 predicted, 208 gold). After BLIND_NEWS_ROWS_32 0.893 (184/204/208); gold re-read against its errors, no mistake found (Escondida, the mine, stays a place in gold where the model reads the operating company).",
    floor: 0.88,
    cases: BATCH_96,
  },
  'batch 97': {
    about:
      "Written blind by helper ents43a with batches 95 and 96, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_32 are made from batches 95 and 96 only, and batch 97's errors are never printed (only its totals). A Wikinews-style Moldovan parliamentary election (PAS by name and acronym, a bloc with a long name with commas, smaller parties, the electoral commission, the security service, the OSCE's ODIHR by long name, the Council of Europe, a breakaway region and a river, a Sources list in Romanian); a Reuters Rotterdam LNG terminal expansion (a terminal as place or body, Gasunie and Vopak, QatarEnergy and Cheniere, the port authority, tankers and a hub as none, Maersk, a bank, a Dutch ministry by long name, Greenpeace, the IEA); a Reuters Albany budget deal (the MTA by name and acronym, the State Senate and the Assembly, the business council, public-employee and teachers' unions, a bill and a district tag as none, the state health department, a budget watchdog, Albany acting for the state); a Wikinews-style Lassa fever outbreak in Sierra Leone (a government hospital, the health ministry by long name, MSF by French and English name, the WHO's regional office, the Nigerian disease centre, CEPI by name and acronym, a trial as none, a university, a charity, a Sources list); Wikinews-style Brazilian second and third division football (clubs named after towns and states, Esporte Clube, stadiums named after people and places, the CBF by name and acronym, a cup as none); a Reuters Toronto light rail opening (a line as none, Metrolinx, a consortium and its members with a renamed firm, the TTC by name and acronym, Infrastructure Ontario, a union local, the airports authority and an airport named after a person, airlines). First sight 0.819 (165 right of 200 predicted, 203 gold; kept blind, totals only). Unchanged after BLIND_NEWS_ROWS_32, which is made from 95 and 96 only: 0.819 (165/200/203).",
    floor: 0.81,
    keptBlind: true,
    cases: BATCH_97,
  },
  'batch 98': {
    about:
      "Written blind by helper ents44a (news-entities-98.cases.ts), committed before the engine ran on it, kinds of news earlier batches used little: a Wikinews-style South African Constitutional Court ruling on a mining rule (a department with 'and', Parliament, a minerals council and a legal aid centre, 'SC' after counsel, law firms one with '&', the bar council by long name, the NUM by name and acronym, miners, the JSE, a Sources list with 'ConCourt'); a Reuters San Francisco app-store antitrust ruling (a start-up with a lowercase first letter, 'U.S. District Judge', the district court and the 9th Circuit by long name, the App Store and Google Play as none, a law firm with commas and '&', a trade group, an all-caps chip start-up, a venture firm, the Nasdaq, a sign-off); a Wikinews-style Bonn climate session (the UNFCCC by name and acronym, a summit as none, AOSIS by long name, a research institute by long name, the IPCC, WWF's Lima office, a national park, a ministry, a conference centre, a Sources list); a Wikinews-style Kraków museum reopening (the National Museum as place or body, a painting and an album as none, a ministry with 'and', a foundation, a festival as none, a philharmonic, Polish Radio and a TV channel, a Polish publisher, Penguin Random House, a mayor with a hyphen, the Wawel and the Main Market Square, a Sources list in Polish); a Reuters Bamako base attack (JNIM by Arabic name and acronym, al Qaeda, the armed forces, a ministry with 'and', 'Colonel', Russia's Africa Corps and the Wagner Group, a separatist front by long name, MINUSMA, the UN refugee agency, a Dakar-based institute, ECOWAS and the Alliance of Sahel States, a sign-off); a Reuters Chicago teachers' strike vote (the CTU and CPS by name and acronym, the board of education, the mayor and city council, the CTA, the police department, a university, a state board, a parents' group, a sign-off). First sight 0.880 (147 right of 164 predicted, 170 gold). Gold corrected once after (ents44a): 'The Constitutional Court of South Africa' is one organisation, as 'Supreme Court of Sri Lanka' and 'Constitutional Court of Thailand' in earlier batches (it was marked as a court and a place); first sight with it 0.889 (148/164/169). After BLIND_NEWS_ROWS_33 (made from 98 and 99) 0.904 (151/165/169).",
    floor: 0.89,
    cases: BATCH_98,
  },
  'batch 99': {
    about:
      "Written blind by helper ents44a with batch 98, committed before the engine ran on it: a Reuters New Delhi bail ruling (the Supreme Court of India, a 'Justice' before a three-part name, the ED by name and acronym, the Delhi High Court, a lending-app start-up with an inner capital, a law firm of three surnames, the RBI, the Bar Council of India, the Congress and the BJP by long name, Paytm and the NSE, Tihar Jail, a sign-off with two people); a Wikinews-style Ofcom fine (a broadband start-up with a lowercase first letter, a Leeds-based modifier, Openreach and BT Group, 'Which?' with its question mark, VMO2, Virgin Media and O2, the CMA by name and acronym, a Cambridge chip spin-out with an inner capital, Arm Holdings, a phone as none, a department with commas, Citizens Advice, a Sources list); a Reuters Nairobi drought (national parks as places, the KWS by name and acronym, UNEP by long name, ILRI by long name, counties, WildlifeDirect with an inner capital, a rangelands trust, a ministry with 'and', a conservancy, the tourism board, the meteorological department, a sign-off); a Wikinews-style Edinburgh festival opening (the festival and the Fringe as none, a national orchestra, a concert hall and a theatre as places, BBC Radio 3 and Sky Arts, publishers one with '&', a novel and a film as none, a Gaelic name with 'Mac an t-', the city council by long name, a sponsor, the Scottish Government, Creative Scotland and Screen Scotland, Channel 4, a Sources list); a Wikinews-style fighting near Goma (MONUSCO by long name and acronym, the M23, the FARDC by long name and acronym, the Rwanda Defence Force, Kigali and Kinshasa for their governments, a rebel alliance, a militia with a Swahili name, an airport, the WFP, SADC, MSF and the ICRC, a Sources list in French); a Reuters Philadelphia transit fare rise (SEPTA by acronym and long name, the mayor and city council, the police department, a police lodge with a number, a line as none, the school district by long name, a union local with a number, City Hall, a Senate committee, the Pennsylvania Senate, a riders' group, a station, a sign-off). First sight 0.873 (148 right of 163 predicted, 176 gold). After BLIND_NEWS_ROWS_33 (made from 98 and 99) 0.915 (157/167/176; 0.924 while body-of-country also joined a mission 'in' its country, dropped because GUM splits 'Mission' and 'in Kosovo'); gold re-read against its errors, no mistake found.",
    floor: 0.91,
    cases: BATCH_99,
  },
  'batch 100': {
    about:
      "Written blind by helper ents44a with batches 98 and 99, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_33 are made from batches 98 and 99 only, and batch 100's errors are never printed (only its totals). A Wikinews-style sports tribunal doping ban (CAS and WADA by name and acronym, a national anti-doping commission, a Lausanne law firm, the Swiss supreme court, World Athletics and its integrity unit, a national association with a long name, a games as none, clubs, a Sources list); a Reuters Seoul chip plant (SK hynix with its lowercase, a memory chip as none, Samsung Electronics, TSMC, Nvidia, a ministry with commas, the Korea Fair Trade Commission, a start-up with an inner capital, Hyundai Motor, the Korea Exchange and KOSPI as none, Micron, a securities house, the central bank, a sign-off with two people); a Wikinews-style Great Barrier Reef bleaching (the reef, the marine park authority, AIMS by name and acronym, a university, a conservation society, UNESCO's World Heritage Committee, a tourism council, the Bureau of Meteorology, islands, a Sources list); a Reuters Paris Louvre strike (the Louvre, the Musée d'Orsay and the Centre Pompidou as place or body, a painting and a festival as none, the CGT, the culture ministry, Radio France and Gallimard, the Cour des Comptes, a minister with a hyphen, a sign-off); a Reuters Manila joint drills story (the armed forces of the Philippines, an exercise as none, a camp and a bay as places, U.S. Indo-Pacific Command, the Japan Ground Self-Defense Force, the defence department, the China Coast Guard, Beijing for its government, a shoal, the Diet, the navy, the U.S. Embassy); a Wikinews-style A-level results story (the JCQ by long name, Ofqual, exam boards by acronym and by name, the NEU by name and acronym, an academy trust, a county council, universities, UCAS, the education department, a Sources list). First sight 0.895 (137 right of 151 predicted, 155 gold; kept blind, totals only). Unchanged after BLIND_NEWS_ROWS_33, which is made from 98 and 99 only: 0.895 (137/151/155).",
    floor: 0.88,
    keptBlind: true,
    cases: BATCH_100,
  },
  'batch 101': {
    about:
      "Written blind by helper ents45a (news-entities-101.cases.ts), committed before the engine ran on it, transport and weather: a Reuters London rail strike (a train operator named after its route and its two owners, ASLEF and the RMT by acronym, Network Rail, the Office of Rail and Road, Great British Railways, a passenger watchdog, a train as none, Hitachi's plant town, a sign-off); a Wikinews-style Greek seamen's strike (the seamen's federation by name and acronym, the Hellenic Coast Guard, two ferry lines, ports and island groups, a ministry with 'and', the Piraeus Port Authority and COSCO Shipping, two airlines, a ferry as none, the tourism confederation by name and acronym, a Sources list); a Reuters Johannesburg airline expansion (SAA by name and acronym, an aircraft as none, ACSA by name and acronym, an airport named after a person with initials, the civil aviation authority, two private airlines, a pilots' association, the Treasury, Gulf carriers, a national park); a Wikinews-style flood in the Var and Alpes-Maritimes (Météo-France with its hyphen, a storm it named as none, a river, towns with hyphens, the Sécurité Civile, the interior ministry, the French Red Cross, SNCF, an airport, an insurers' federation, a Sources list in French); a Reuters Oklahoma tornado (counties, the National Weather Service and the Storm Prediction Center, FEMA by name and acronym, the state emergency department, a utility with 'and', a tribal nation, the Red Cross and the Salvation Army, a hospital system, a sign-off with three people); a Reuters Vancouver port lockout (an employers' association by name and acronym, a union local with a number, the port authority, terminal operators, railways, a grain association, the industrial relations board, a potash miner, a chamber of commerce). First sight 0.883 (166 right of 181 predicted, 195 gold). After BLIND_NEWS_ROWS_34 (made from 101 and 102) 0.898 (171/186/195); gold re-read against its errors, no mistake found (Avanti West Coast read as a place, Météo-France, PNO and a list of islands unread are left).",
    floor: 0.88,
    cases: BATCH_101,
  },
  'batch 102': {
    about:
      "Written blind by helper ents45a with batch 101, committed before the engine ran on it, sport beyond football, prisons and justice, polling and broadcasters: a Wikinews-style sports roundup (Super Rugby sides named by one word acting as subjects, a park, county cricket sides and a competition as none, cycling teams and a race as none, netball franchises named by a city and a nickname, national bodies, a Sources list); a Reuters Mumbai cricket franchise sale (Diageo and its Indian unit, a franchise by long name, acronym and short name, the IPL by name and acronym, the BCCI by long name and acronym, the competition commission, rival franchises and their owners, banks and law firms, one with '& Co', a consultancy, a brokerage); a Wikinews-style prison inspection (named prisons as places, HM Inspectorate of Prisons, Serco, the Ministry of Justice, HM Prison and Probation Service, the ombudsman, the POA by name and acronym, an Independent Monitoring Board, the Howard League, a Sources list); a Reuters New York jail receivership (Rikers Island, the correction department, the Legal Aid Society full and short, the U.S. Attorney's office by long name, the Board of Correction, the officers' union, the city council, the NYPD by name and acronym, an institute); a Reuters Ottawa election poll ('an Ipsos poll for Global News', 'a Léger poll for The Canadian Press', pollsters and an institute, broadcasters and newspapers, parties by long name, a poll aggregator); a Wikinews-style Ofcom review (the BBC, ITV, Channel 4 and Channel 5, streaming services and an app as none, a YouGov poll, a media consultancy, a producers' association, a department with commas, a law firm with '&', the CMA, Sky and Comcast, a Sources list). First sight 0.858 (169 right of 193 predicted, 201 gold). After BLIND_NEWS_ROWS_34 0.891 (176/194/201); gold re-read against its errors, no mistake found (Ofcom read as a person, 'The Canadian Press' without 'The', and-names such as 'Prisons and Probation Ombudsman' are left).",
    floor: 0.88,
    cases: BATCH_102,
  },
  'batch 103': {
    about:
      "Written blind by helper ents45a with batches 101 and 102, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_34 are made from batches 101 and 102 only, and batch 103's errors are never printed (only its totals). An ordinary day's wire: a Reuters Berlin budget row (the chancellor's and finance minister's parties by long name and acronym, the SPD and the Social Democrats, the Bundestag, the finance ministry, the AfD and the Greens, the Ifo Institute, the Bundesbank, carmakers, the BDI and the DGB by name and acronym, the CSU, a sign-off with two people); a Reuters Tokyo games-maker forecast (a console, games and films as none, a Kyoto-based modifier, Sony Group and Sony Pictures, Nvidia, a brokerage, the Nikkei as none); a Wikinews-style Colombia-Venezuela border bridge (two bridges as places, a department and a state, double Spanish surnames, a chamber of commerce with a hyphen, the ELN by name and acronym, a region, the migration agency, UNHCR by name and acronym, a Sources list in Spanish); a Reuters NBA playoff report (franchises by city and nickname, full and short, arenas, the NBA and the players' association); a Wikinews-style WHO malaria vaccine approval (the WHO by name and acronym, vaccines as none, Oxford, the Serum Institute, UNICEF, GSK, Gavi, Nigerian states, the Global Fund by long name with commas, a school with '&', a Sources list); a Reuters Dubai and London OPEC+ decision (OPEC+ and OPEC by name and acronym, 'Prince' before a name with 'bin', Brent as none, the IEA by name and acronym, Saudi Aramco, a bank's research arm, a sign-off with three people). First sight 0.968 (167 right of 172 predicted, 173 gold; kept blind, totals only). Unchanged after BLIND_NEWS_ROWS_34, which is made from 101 and 102 only: 0.968 (167/172/173).",
    floor: 0.95,
    keptBlind: true,
    cases: BATCH_103,
  },
  'batch 104': {
    about:
      "Written blind by helper ents46a (news-entities-104.cases.ts), committed before the engine ran on it, health, science and education: a Reuters London dementia drug approval (the MHRA and NICE by long name and acronym, a drug as none, an NHS foundation trust and its hospital, the UK Dementia Research Institute, a journal as none, a charity, an Indianapolis-based modifier, a sign-off); a Wikinews-style measles outbreak in Osaka Prefecture (the prefectural government, a ministry with commas, an institute by name and acronym, a city government, a university hospital, a train as none, the WHO, a Sources list with a Japanese headline); an AP Boise school district cutting jobs (school districts, elementary schools as places, a local teachers' association and the state union, the state board of education, universities with 'of', a local paper); a Wikinews-style Kenyan exam leak (KNEC and KUPPET by name and acronym, an exam as none, the DCI, counties, three-part Kenyan names, a school, a university with 'of', a Sources list); a Reuters Geneva canton vote on a hospital merger (the Canton of Vaud, Lausanne University Hospital and its French initials, the Grand Council, the Federal Supreme Court, a medical society, the FMH, the cantonal health directors' conference, a health insurer, a sign-off); a Reuters Sydney melanoma vaccine trial (two research institutes, hospitals as places, a journal and a vaccine as none, a university spin-out, the TGA and CSIRO by long name and acronym, NSW Health, a sign-off). First sight 0.869 (126 right of 147 predicted, 143 gold); the headline's 'Japan' and 'Osaka Prefecture' had been left unmarked in the gold and were marked after the first score (0.877 as corrected: the same output, 128/147/145). 'the Canton of Vaud said' was then given 'O/L' like any seat of power acting as its government (the gold's convention; place.capitalised-kind-of reads 'the Province of Ontario said' a place). After BLIND_NEWS_ROWS_35 (made from 104 and 105) and the extended none.common-opening-role 0.887 (129/146/145). Left: the MHRA's long name with its lowercase 'products', 'Alzheimer's Research UK', Eli Lilly read as a person, 'Walter and Eliza Hall Institute' and 'Royal Prince Alfred Hospital' cut, 'Westmead Hospital' and a school named after a person read as people, 'Canton of Vaud' cut to 'Vaud', CHUV after 'initials', a teachers' union cut at 'Post'.",
    floor: 0.87,
    cases: BATCH_104,
  },
  'batch 105': {
    about:
      "Written blind by helper ents46a with batch 104, committed before the engine ran on it, courts, energy, mining and culture: a Reuters Johannesburg Constitutional Court mining ruling (a department with 'and', a charter as none, the Minerals Council, a platinum miner and its mine named after a place, the NUM, AMCU and EFF by name and acronym, the Union Buildings as a place, Parliament, Eskom); a Wikinews-style Chilean copper strike (a mine and a division named after a place, Codelco, a workers' federation, a pipeline as none, a regional government with 'of', the Labour Directorate, a chamber of commerce, the LME, a Sources list in Spanish); a Reuters Strasbourg Grand Chamber ruling against Poland (the ECHR and its chamber, a regional court 'in' a city, the Constitutional Tribunal, the National Council of the Judiciary, the Sejm, the Helsinki Foundation, the CJEU, Warsaw for its government); a Wikinews-style Rotterdam museum reopening (Museum Boijmans Van Beuningen full and short, a painting as none, the Municipality of Rotterdam, a festival as none and the foundation that runs it, an orchestra, a publisher, a ministry with commas, the Court of Audit, a Sources list in Dutch); a Reuters Wellington gas field closure (a field named after a place, a pipeline as none, OMV's local unit, a state-owned power company and its station, the Electricity Authority, regional and district councils, a ministry with commas, a party); an AFP Tokyo Supreme Court nuclear ruling (the First Petty Bench, a High Court branch with 'of the', a plant named after its town, a utility full and short, a prefecture, the NRA by name and acronym, a district court, a ward office). First sight 0.897 (135 right of 152 predicted, 149 gold); 'Rotterdam' in a headline and a source headline and 'Chile' in a source headline had been left unmarked in the gold and were marked after the first score (0.908 as corrected: the same output, 138/152/152). 'The Municipality of Rotterdam, which owns the building' was then given 'O/L' for the same reason. After BLIND_NEWS_ROWS_35 0.934 (142/152/152). Left: the Quebrada Verde mine read as the firm (its division bears the name, so place.facility-named-after-place leaves it), 'Regional Court in Kraków' cut, 'Poland's Constitutional Tribunal' unread, the Union Buildings a body, Impala Platinum a place, a Dutch museum and publisher read as people.",
    floor: 0.92,
    cases: BATCH_105,
  },
  'batch 106': {
    about:
      "Written blind by helper ents46a with batches 104 and 105, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_35 are made from batches 104 and 105 only, and batch 106's errors are never printed (only its totals). An ordinary day's wire: a Reuters Paris no-confidence vote (parties by long name and acronym, the National Assembly, the finance ministry, the Bank of France, rating agencies, the CGT and Medef, a sign-off with two people); a Reuters Frankfurt bank takeover (Commerzbank and a private bank with an umlaut, its two forerunners one with '&', UniCredit, Fosun, the Finance Agency, the ECB and BaFin, the Verdi union, advisers, the DAX as none); an AFP Dakar presidential run-off (the electoral commission by long name and acronym, the Constitutional Council, a coalition and a ruling party, the AU and ECOWAS, the IOM and IMF by name and acronym, a Paris-based group); an AP Melbourne tennis final (an arena, a tournament and a trophy as none, the WTA, Tennis Australia, a university); an AP Akron police shooting (the police department, a road, a hospital, the state bureau of criminal investigation, a county prosecutor, the NAACP branch, the city council, a church, the police union); a Wikinews-style Portuguese football report (clubs named after towns, the league, a stadium, a cup and the Champions League as none, the federation, a Sources list in Portuguese). First sight 0.916 (159 right of 171 predicted, 176 gold; kept blind, totals only); 'Portugal' in a headline, left unmarked in the gold, was marked on a re-reading of the text alone (no error printed): 0.920 as corrected (160/171/177). Unchanged after BLIND_NEWS_ROWS_35, which is made from 104 and 105 only: 0.920 (160/171/177).",
    floor: 0.9,
    keptBlind: true,
    cases: BATCH_106,
  },
  'batch 107': {
    about:
      "Written blind by helper ents57a (news-entities-107.cases.ts), committed before the engine ran on it, technology, defence, aviation and rail, Dutch and German names with particles: a Reuters Brussels browser choice order (the European Commission and its short form, firms beside their browsers, a browser's full name with its maker's as none, a law as none, StatCounter, Mozilla and Opera, the General Court, BEUC by name and acronym, a sign-off); an AP Taipei chipmaker's results (TSMC by long name and acronym, customers beside their chips and phones as none, a science park, the economics ministry, the state utility, ASML, The Hague and Washington for their governments, a broker); a Reuters Warsaw tank order (the defence ministry by long name, Korean makers beside tanks, howitzers and rocket launchers as none, a mechanised division, the state arms group by name and acronym and its works, the armed forces' general command, a drone maker, a party named Law and Justice, a sign-off with two people); a Wikinews-style Dutch frigate order (van der, de and von mid-sentence and opening a sentence, the navy, a shipyard group, a naval base, a ship and missiles as none, the lower house, Belgian partners, a Sources list in Dutch); a Reuters Tokyo console maker's forecast (a console and game series as none, a rival's console, a chip supplier, a games show as none, an industry association with a possessive, a French publisher and its Montreal studio); an AP Frankfurt airline and rail strike (Lufthansa and the pilots' union with a German name, aircraft types and a train as none, Eurowings and Swiss, the GDL, Fraport and the airport, a minister named von, a federal office, a station as a place). First sight 0.966 (182 right of 187 predicted, 190 gold). After BLIND_NEWS_ROWS_36 (made from 107 and 108) 0.974 (184/188/190): helicopters made by Leonardo and frigates built by Damen Naval are the makers. Left: 'Taiwan Semiconductor Manufacturing Co.' cut before 'Co.', Raytheon after 'batteries from' a place, 'General Command of the Armed Forces' cut to 'Armed Forces', the Bumar-Łabędy works unread, Berlin Hauptbahnhof a body (0.80, at the venue row's bar), Damen in a Dutch source line.",
    floor: 0.96,
    cases: BATCH_107,
  },
  'batch 108': {
    about:
      "Written blind by helper ents57a with batch 107, committed before the engine ran on it, clubs named after cities, firms named after people and towns, commodities and regional news: a Wikinews-style English football and rugby weekend (clubs named after cities beside the cities as places, the Championship and the Premiership as leagues, stadiums, rugby clubs with nicknames, the RFU, a cup as none, a Sources list); an AFP Stockholm ice hockey final and county cricket (Swedish and Finnish clubs named by their towns beside the towns, the SHL and Liiga, an arena, national federations, counties as cricket clubs, grounds, the ECB by long name); a Reuters London high street closures (Boots beside Nottingham, its US parent and owner, Usdaw, the CMA, Lloyds and its brands, Sainsbury's, Marks & Spencer, building societies named after towns, a broker); a Reuters Buenos Aires/Sao Paulo soybean harvest (grain exchanges by long name, Conab, provinces and states, the Chicago Board of Trade, grain traders, ports, the SMN, a ministry, a double dateline and a sign-off with places); an AFP Manila rice report (the agriculture department and the food authority, a typhoon as none, exporters' associations, Bulog, the rice institute at Los Baños, a farmers' group with a Tagalog name, the central bank by its Filipino name); a Reuters Nairobi airline and railway report (Kenya Airways, aircraft types and a railway as none, an airport, the aviation authority by name and acronym, a Chinese contractor, Kampala for its government, the AfDB, the China Exim bank, the bourse). First sight 0.899 (205 right of 220 predicted, 236 gold). After BLIND_NEWS_ROWS_36 and the widened dateline.caps and business.stock-move 0.925 (210/218/236): the double dateline, towns named as examples of their kind, the airport whose passenger numbers rose, the Chinese contractor of two trades. Left: 'The Philippines' opening a sentence unread (with the gazetteer only), 'the Championship' and 'the Premiership' as leagues, 'Bramall Lane', a fly-half's name, Saracens opening a sentence, York a body, Yorkshire (first of a drawn pair) and Surrey (before 'began their defence') the counties, Durham after 'win over', Tampere after 'Tappara of' a side (sport.county-side over sport.club-of-place), Skellefteå AIK cut, Liiga and Kärpät unread, Halifax and Bank of Scotland one body, Cargill unread and Bunge a person before 'and Louis Dreyfus Company', 'Bangko Sentral ng Pilipinas' unread.",
    floor: 0.91,
    cases: BATCH_108,
  },
  'batch 109': {
    about:
      "Written blind by helper ents57a with batches 107 and 108, committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_36 are made from batches 107 and 108 only, and batch 109's errors are never printed (only its totals). An ordinary day's wire: a Reuters Bangkok rate cut (the central bank and its committee, the finance ministry, the tourism authority, a holiday as none, a carmaker's local unit, an industry federation, a sign-off with two people); an AP Bogotá presidential first round (parties and a coalition, the civil registry, guerrilla groups by name and acronym, the EU and OAS, a plaza, departments, a university, Washington for its government); a Wikinews-style Victoria bushfire (a national park, the CFA by name and acronym, the weather bureau, a power firm, a rail operator with a slash, a defence force base, the Red Cross, a farmers' federation, a Sources list); an AP New York insulin ruling (a federal judge, a trade group, federal courts by long name, drugmakers, a university, Congress, a federal department); a Reuters Seoul games takeover (Kakao and its games unit, an app and games as none, the KFTC by name and acronym, rivals, a union, a bank, the KOSDAQ, a music company); a Wikinews-style Bundesliga round (clubs named after cities beside the cities, clubs with numbers, stadiums, the DFB by name and acronym, a cup as none, a Sources list in German). First sight 0.883 (178 right of 197 predicted, 206 gold; kept blind, totals only). Unchanged after BLIND_NEWS_ROWS_36, which is made from 107 and 108 only: 0.883 (178/197/206).",
    floor: 0.87,
    keptBlind: true,
    cases: BATCH_109,
  },
  'batch 110': {
    about:
      "Written blind by helper ents58a (news-entities-110.cases.ts, gold committed in acc8243b before the engine ran on it), health, a storm, a local court, an election outside the US and UK, music and an obituary: a Reuters Dhaka cholera campaign (the health directorate by long name and acronym, icddr,b with its comma, a vaccine and a journal as none, a Korean maker, Gavi, a medical college hospital, the water authority by acronym, Dhaka districts, the WHO, a sign-off); a Wikinews-style storm in Ireland (the storm as none, Met Éireann, counties in a bare list, 'County Kerry', rivers, ESB Networks, the Office of Public Works, the Defence Forces, the Irish Red Cross, two airports joined by 'and', the Gardaí, Irish names with Ní and Mac, a Sources list); an AP Manchester crown court sentencing (a crown court named after its street, Greater Manchester Police, a gang's name, neighbourhoods and roads, a prison, the CPS, a judge and a defendant named alone, the city council, a youth charity); a Reuters Colombo provincial vote (parties with Sinhala and Tamil names by name and acronym, the election commission 'of Sri Lanka', provinces, a monitors' group with a long name, a university, a union, the central bank, a sign-off with three people); an AFP London music prize shortlist (albums and the prize as none, record labels, a band with 'The', a rapper's stage name, a venue and its district, the BPI by name and acronym, a church in a suburb, Spotify); a Wikinews-style obituary of a Lebanese architect (a hyphenated family name in full and alone, a wife and children named by given name, a firm named after its founders, a tower and a street, universities, a reconstruction council, a prize as none, a museum and a cathedral, an order of engineers, a Sources list). First sight 0.884 (156 right of 172 predicted, 181 gold). After BLIND_NEWS_ROWS_37 (made from 110 and 111) and the widened place.kind-such-as 0.918 (162/172/181). Left: 'Shannon Airport and Dublin Airport' one place, Athlone and Ballinasloe unread, the Spanish Arch unread, 'Rusholme Boys' unread, the icddr,b's long name with a comma, Gavi after 'the vaccine alliance', 'People's Action for Free and Fair Elections (PAFFREL)', labels (XL Recordings, Domino, Polydor) unread, 'The Lowland Weavers' cut, a stage name after 'records as' a body, Eventim Apollo unread, St Aidan's Church a body, 'Order of Engineers and Architects' cut at 'and', 'The Architects' Journal' in a Sources line.",
    floor: 0.91,
    cases: BATCH_110,
  },
  'batch 111': {
    about:
      "Written blind by helper ents58a with batch 110 (gold committed in acc8243b before the engine ran on it), shipping and energy, the Pacific islands, Central Asia, the Middle East, health in Latin America and film: a Reuters Singapore tanker collision (vessels as none, the port authority by long name and acronym, flags of states, a 'Hong Kong-based' manager, the navy and the police coast guard, an anchorage, islands, Shell and a Greek owner, a shipbroker, Malaysia's marine department and enforcement agency, a sign-off); a Wikinews-style Tonga election (the Legislative Assembly, a party with a long name and acronym, the electoral commission, names and islands with the ʻokina, nobles after 'Lord', the King, the Pacific Islands Forum, a Sources list); a Reuters Almaty gas deal (fields as places, Eni and Shell, QazaqGaz and KazMunayGas by name and acronym, a pipeline as none, the CPC by name and acronym, a Russian port, Kazakh patronymics, a broker); an AP Amman desalination deal (a project as none, the Minister of Water and Irrigation before his name, the ministry, French, Belgian and Emirati firms, the Jordan Valley Authority, the Dead Sea, Mekorot, the House of Representatives, two development banks); a Reuters Brasília dengue vaccine (Anvisa, the Butantan Institute in English and Portuguese, vaccines and a journal as none, the health ministry, Takeda, Fiocruz by name and acronym, states and cities, PAHO, a sign-off); a Wikinews-style Busan film festival (films, the festival and its awards as none, a river, a film board, a cinema centre named after the city, CJ ENM, Mubi, a Korean family name repeated alone, KOFIC by name and acronym, the metropolitan city government, a Sources list). First sight 0.883 (139 right of 153 predicted, 162 gold); 'Panama' in 'the Panama-flagged' had been left unmarked in the gold while 'Hong Kong-based' was marked, and was marked after the first score (0.886 as corrected: the same output, 140/153/163). After BLIND_NEWS_ROWS_37 0.892 (141/153/163): the minister's name after 'Water and Irrigation'. Left: 'Hong Kong-based Valiant Ship Management' one body, 'Teo Wei Ling' cut, Sentosa and the Eastern Anchorage unread, 'Viliami Hufanga, a teacher' a place, Vavaʻu, ʻEua and Haʻapai unread or a body, the Commonwealth unread, 'the Kalamkas offshore field' unread, the Dead Sea a body, Nepal a body in a film report (place.country-actor leaves countries in a text it counts as sport: awards and prizes), Busan Cinema Center a body, CJ ENM a person after 'studio', Mubi after 'The distributor' unread, 'Park' alone unread.",
    floor: 0.88,
    cases: BATCH_111,
  },
  'batch 112': {
    about:
      "Written blind by helper ents58a with batches 110 and 111 (gold committed in acc8243b before the engine ran on it), the honest check: the rows of BLIND_NEWS_ROWS_37 are made from batches 110 and 111 only, and batch 112's errors are never printed (only its totals). An ordinary day's wire: a Reuters Jakarta rate hold (Bank Indonesia, the rupiah as none, Fitch, a sovereign fund, the finance ministry, Statistics Indonesia, Indonesian single names, banks, the Fed, a sign-off with two people); an AP Phoenix heat report (the county medical examiner's office, the county health department, a city council, a street, the weather service, two utilities, counties, a retirement town, a university, a charity); a Wikinews-style Test match (Pakistan and New Zealand named by country, stadiums, the PCB and the ICC by name and acronym, a championship as none, a nickname and a short town name in a Sources list); a Reuters Paris airline results (Air France-KLM and its airlines, SAS, airports, the Dutch pilots' union by acronym, aircraft types as none, Airbus and an engine maker with '&', budget rivals, a sign-off with two people); an AFP Nairobi High Court ruling (the ministry by long name, the Law Society and a rights institute, the police service, avenues, a park and a street, the KNCHR by name and acronym, apps as none, a business alliance); a Reuters Calgary pipeline dispute (provinces and their premiers, Ottawa for its government, a pipeline as none, an alliance of First Nations and a nation, the CER by name and acronym, a federally owned pipeline company, oil companies, a producers' association, a sign-off with a place). First sight 0.914 (154 right of 164 predicted, 173 gold; kept blind, totals only). Unchanged after BLIND_NEWS_ROWS_37, which is made from 110 and 111 only: 0.914 (154/164/173).",
    floor: 0.9,
    keptBlind: true,
    cases: BATCH_112,
  },
  'batch 113': {
    about:
      "Written blind by helper ents59a (news-entities-113.cases.ts, gold committed in 65af2ca9 before the engine ran on it), agriculture, local government in Latin America, education, religion, labour and defence: a Reuters Kampala coffee export report (the agriculture ministry by a long name of three fields, the coffee authority by name and acronym, cooperative unions named after regions, coffee varieties and clones and a brand as none, a research institute, districts, exporters joined by 'and', the EU, a federation, a sign-off); an AP Oaxaca state story (a governor, a municipal president, towns named after saints, the state congress, parties by name, the federal electricity company, the National Guard, an isthmus, the national water commission); a Nairobi exam results report (the examinations council by name and acronym, an exam as none, national schools named alone and joined by 'and', teachers' unions with long names and acronyms, the teachers' commission, counties, the criminal investigations directorate, a placement service); a Wikinews-style Irish diocese merging parishes (dioceses and an archdiocese by name, a bishop, cathedrals and churches named after saints as places, a double dedication, the bishops' conference, a religious order, the Vatican, a Sources list); a Reuters Johannesburg platinum strike (unions with long names and acronyms, a conciliation commission with commas in its name, the Minerals Council, a miner with a hyphen, towns, a bank's analyst, a sign-off); an AFP Tallinn NATO exercise (the exercise, jets, ships and launchers as none, brigades and a regiment, air bases, the defence forces and a volunteer league, the Royal Navy, Moscow and the Kremlin for the government). First sight 0.800 (128 right of 157 predicted, 163 gold). After BLIND_NEWS_ROWS_38 (made from 113 and 114) and the widened organisation.ministry-fields-and and organisation.and-split 0.858 (136/154/163): the ministry of three fields, two schools joined by 'and', the saints' towns, the church named after its saint. Left: 'Kyagalanyi Coffee and Olam Uganda' one body, 'Ankole Coffee Producers Cooperative Union' cut, Ugacof unread, Kituza, Bushenyi and Sheema a body or unread, 'Rigoberto Sánchez Olmedo' cut, Morena a place, the Isthmus of Tehuantepec unread, a name after 'the head of the …, ' a place, 'South C' cut, 'Wanjiru Muthoni Kariuki' cut, Moi Girls High School and Starehe Boys Centre places, 'Kenya Union of Post Primary Education Teachers' cut at 'Post', counties in a bare list after 'parts of counties', the bishops' conference and the Sisters of Mercy unread, Nedbank a place, Tapa a body, 'Estonian 1st Infantry Brigade' with its demonym, Šiauliai Air Base unread.",
    floor: 0.85,
    cases: BATCH_113,
  },
  'batch 114': {
    about:
      "Written blind by helper ents59a with batch 113 (gold committed in 65af2ca9 before the engine ran on it), transport, tech regulation, local government in Africa, a dairy cooperative and religion: a Reuters Lagos airline report (an airline and its rivals joined by 'and', aircraft types as none, the civil aviation authority by name and acronym, airports by long name, an Irish lessor, Boeing, British rivals, the airports authority, a travel firm's analyst, a sign-off); a Reuters Madrid high-speed rail report (Renfe and its rivals, the CNMC by name and acronym, SNCF and Trenitalia, Adif, stations, trains as none, Talgo and Siemens, a drivers' union, a minister, a bank's analyst, a sign-off); an AP Brasília data protection fine (the ANPD by name and acronym, an app maker named with a number, apps and platforms as none and Uber as a body when it speaks, a parent company, the Supreme Federal Court, a consumer institute by name and acronym, the federal prosecutors, an insurer, an avenue, a drivers' association); a Kano State water law (the state assembly, the water board, a governor and his spokesman, local government areas as places, parties by name and acronym, the emirate council, an emir, a commissioner, the World Bank, dams); a Reuters Ahmedabad dairy cooperative (brands as none, the marketing federation by name and acronym, district unions named after districts, the NDDB, Mother Dairy, a state federation, a private dairy, CRISIL, a sign-off); a Wikinews-style start of Ramadan in Indonesia (the religious affairs ministry, Nahdlatul Ulama and Muhammadiyah, the ulema council, mosques as places, the research agency by name and acronym, a Sources list in Indonesian and English). First sight 0.848 (148 right of 167 predicted, 182 gold). After BLIND_NEWS_ROWS_38 and the widened organisation.and-split 0.886 (155/168/182): Muhammadiyah and Nahdlatul Ulama before ', which' and after it, the airlines joined by 'and'. Left: Azorra and Zenith Travels unread, 'Madrid-Barcelona' unread, Ouigo and Iryo unread, Atocha unread, São Paulo a body after 'in', a name after 'Its director-president,' a body, Porto Seguro a place, '99 Tecnologia' and Didi Chuxing unread, local government areas after 'in', 'represents' and 'of' people, 'Gov. Abba Kabir Yusufari' cut, 'Sabar Dairy', 'Hatsun Agro Product' and 'Amul said' people, 'Ramesh Chandra Sodhi' cut.",
    floor: 0.88,
    cases: BATCH_114,
  },
  'batch 115': {
    about:
      "Written blind by helper ents59a with batches 113 and 114 (gold committed in 65af2ca9 before the engine ran on it), the honest check: the rows of BLIND_NEWS_ROWS_38 are made from batches 113 and 114 only, and batch 115's errors are never printed (only its totals). An ordinary day's wire: a Reuters Santiago copper strike (Codelco and a mine named after a place, copper workers' federations by name and acronym, the mining service by name and acronym, a minister, the LME, BHP's mine, a desert, the state copper commission, a sign-off); an AP Columbus school board vote (a city school district, a teachers' association and federation, neighbourhoods, a school, a street, a university, the state education department, a mayor, a county); a Reuters Warsaw airline order (LOT by long and short name, Airbus and Embraer beside their jets as none, the state assets ministry, the new airport and the Chopin airport, a consultancy, a pilots' union in Polish, rivals, the airports enterprise, a sign-off with two people); an AFP Abidjan cocoa price (the cocoa council in English and French, a minister, neighbouring countries, regions, grinders, ports, the ICCO, a research centre by name and acronym, Ghana's cocoa board); a Wikinews-style Philippine typhoon (the typhoon and a navy ship as none, islands and provinces, the civil defence office, the armed forces by name and acronym, Caritas and the bishops' conference, a diocese, the grid company, the weather agency by long name, an airport, airlines, a Sources list); a Reuters Seoul data breach fine (the PIPC by name and acronym, Coupang as a body and its app as none, the police agency, an airport, the NYSE, courts, rivals, a law firm, warehouse towns, a sign-off). First sight 0.927 (153 right of 163 predicted, 167 gold; kept blind, totals only). Unchanged after BLIND_NEWS_ROWS_38, which is made from 113 and 114 only: 0.927 (153/163/167).",
    floor: 0.92,
    keptBlind: true,
    cases: BATCH_115,
  },
  'batch 116': {
    about:
      "Written blind by helper ents60a (news-entities-116.cases.ts, gold committed in 9ce7b8af before the engine ran on it), courts and law, health, energy, local government in the UK, Australia and Canada, Asia at the local level and publishing: a PA Cardiff inquest (a coroner and his area, an ambulance trust and a health board by long name, hospitals as place or body, the nursing council, a law firm named after a person, the Welsh Government, Plaid Cymru); a Reuters Mumbai civic budget (the municipal corporation by name and acronym, the regional development authority by name and acronym, a party faction, a national park and suburbs, the state government's seat acting for it, the slum authority, rating agencies, an index as none, a sign-off); a Perth shire rates vote (shires by 'Shire of', towns and a ward, miners, the regional council, a ratepayers association, the Ombudsman alone, the chamber of minerals by long name); a Toronto law society tribunal (the tribunal and the society, a firm with '&', the Divisional Court and the Court of Appeal for Ontario, the bar association, legal aid, a law school at a university); a Reuters Oslo grid decision (Statnett, cables as none, fields as places, the energy directorate by long name and acronym, Vattenfall and Svenska kraftnät, an industry group, a sign-off); a London publishing report (a publisher and imprints as bodies, a novel, a prize and a festival as none, a literary agency, independent publishers with '&', the booksellers' and authors' bodies, the arts council). First sight 0.765 (117 right of 151 predicted, 155 gold). After BLIND_NEWS_ROWS_39 (made from 116 and 117) and the widened ampersand.firm 0.793 (121/150/155): the shires by 'Shire of', the law firm after the solicitor's name, 'Hodder & Stoughton'. Left: 'South Wales Central, Graeme Hollister,' read as a person and a place, 'Wales health secretary' a body, 'Municipal commissioner' and 'Industry group' opening a sentence read as bodies, Goregaon and Mulund bodies, CRISIL unread, 'The Maharashtra government' a body, Pilbara a body, Tom Price a person, Onslow and Brockman bodies, 'City of Karratha' a place, the Ombudsman alone unread, Legal Aid Ontario cut to Ontario, Osgoode Hall Law School a place, Troll a body and Johan Sverdrup a person (fields), Simadalen, Snøhvit and Equinor unread, 'Svenska kraftnät' cut, 'Knut Eirik Solheim' cut, Penguin Random House and Granta places, the imprints Hamish Hamilton and Viking people, Sceptre and 'Hachette UK' cut or unread, Libraries Connected unread.",
    floor: 0.78,
    cases: BATCH_116,
  },
  'batch 117': {
    about:
      "Written blind by helper ents60a with batch 116 (gold committed in 9ce7b8af before the engine ran on it), local government in Japan and Ireland, science, finance, health and employment law: a Kyodo Sapporo nuclear restart (the governor and the prefectural assembly, a plant named after its village as a place, four municipalities, the utility by long and short name, the regulator, a chipmaker, a peninsula, the high court, a ministry with commas, a party's group); a Reuters Santiago observatory first light (telescopes and a survey as none, the observatory as place or body, mountains, SLAC by long and short name, NOIRLab, universities, ESO and its telescopes, a ministry of four fields, a sign-off); a Reuters Johannesburg exchange reform (the JSE by name and acronym, delisted firms, the conduct authority, banks named after places, an index as none, the reserve bank, a rival exchange, the treasury, a sign-off); a Cork county council housing vote (an approved housing body, the housing finance agency, a department of three fields, a local electoral area, parties in Irish, a station, the planning body and the water utility in Irish); a Yonhap Seoul doctors' return (hospitals as place or body, the ministry, the medical association, a residents' association, the administrative court); a London equal pay appeal (the Employment Appeal Tribunal, retailers, law firms, unions by short name, the equality commission, an act as none). First sight 0.895 (132 right of 141 predicted, 154 gold). After BLIND_NEWS_ROWS_39 and the widened organisation.ministry-fields-and 0.912 (134/140/154): the department of three fields ('Local Government' a body at 0.84), the law firm 'the law firm that' names. Left: 'Hokkaido Electric Power Co.' without its 'Co.', Tomari unread, Kyowa a body in a list of towns, 'Tokyo Electric Power Company Holdings and Tohoku Electric Power' one body, 'Distell and Pioneer Foods' one body, SLAC by long and short name and NOIRLab unread, 'European Southern Observatory's' read as a person 'Observatory', Paranal alone unread, Nedbank unread, 'An Coimisiún Pleanála' a person, 'Ciarán McCarthy-Barry' unread, Water-rock unread, Next (the retailer) and Morrisons at a list's end unread.",
    floor: 0.9,
    cases: BATCH_117,
  },
  'batch 118': {
    about:
      "Written blind by helper ents60a with batches 116 and 117 (gold committed in 9ce7b8af before the engine ran on it), the honest check: the rows of BLIND_NEWS_ROWS_39 are made from batches 116 and 117 only, and batch 118's errors are never printed (only its totals). An ordinary day's wire: a Reuters Frankfurt Bundesbank stability review (banks and state banks, the savings banks' association, a ministry, the ECB, BaFin, an index as none, states, a sign-off); an AP Ontario township wind farm (a township by 'Township of', a county, a First Nation, the grid operator by long name, a ministry of two fields, carmakers, an opposition group, the farmers' federation); an AAP Brisbane maternity closure (a hospital and health service, hospitals as place or body, the nurses' and midwives' union, the ambulance service, the flying doctors, the department, the ruling party); a Yonhap Ulsan shipbuilding order (the shipbuilder and its parent with '&', a Greek owner, rivals, a broker, the metal workers' union, a ministry of three fields, a ship as none, a research firm); an AFP Paris drum restitution (the drum as none, the museum as place or body, the Assembly and the Senate, a capital acting for its government, a university named after a president, an aid agency, a foundation); a Reuters Johannesburg Eskom ruling (the high court, a ratepayers' forum, a local municipality, towns and townships, the energy regulator by name and acronym, parties, a bank, the Constitutional Court, a sign-off). First sight 0.932 (136 right of 144 predicted, 148 gold; kept blind, totals only). Unchanged after BLIND_NEWS_ROWS_39, which is made from 116 and 117 only: 0.932 (136/144/148).",
    floor: 0.92,
    keptBlind: true,
    cases: BATCH_118,
  },
  'batch 119': {
    about:
      "Written blind by helper ents61a (news-entities-119.cases.ts, gold committed in 248af951 before the engine ran on it), transport, agriculture, education, sport administration, Japan and science: a Reuters Wellington rail freight cut (the state rail operator, a port company and its owners, towns in a list, a dairy co-operative, forestry exporters, the transport agency by English and Maori name, a ferry service and a ferry as none, the rail union, a sign-off); a PTI Pune sugar season (co-operative and private mills, towns in lists, the sugar commissioner and a district collector opening sentences, 'The Maharashtra government', a co-operative bank, a farmers' group, the federation and the millers' association by name and acronym); a BBC-style academy trust repayment (the funding agency, the trust, schools as places, unions, the exam regulator and exam boards, 'Trust chief executive' and 'Regional director' opening sentences, towns in a list); a Scotsman-style league vote on plastic pitches (the league and the association, clubs named after towns, grounds as places, a cup as none, the players' union, a supporters' trust); a Kyodo Tokyo offshore wind award (utilities with 'Co.', firms joined by 'and' with different heads, a ministry with commas, towns in a list, a fishermen's association, 'Industry minister' opening a sentence); a Reuters Vienna collider delay (CERN, DESY, SLAC, Fermilab, TRIUMF, KEK and INFN by acronym alone, a collider as none, a Max Planck institute, a sign-off). First sight 0.780 (138 right of 175 predicted, 179 gold). After BLIND_NEWS_ROWS_40 and the widened organisation.trade-head-firm 0.795 (140/173/179): 'Trust chief executive' and 'League chief executive' no bodies, Penta-Ocean Construction and Renuka Sugars firms. Left: Dargaville, Kaikohe and Kawakawa bodies (organisation.list-beside-body), Northport and 'Port of Tauranga' places, 'Ports of Auckland' cut, 'State Highway 1' cut, Summit Forests and Waka Kotahi people, Maharashtra a body (also in 'The Maharashtra government'), the co-operative's Marathi name unread, schools read as bodies, Pearson Edexcel a person, clubs named after towns read as places (Kilmarnock, Livingston, Airdrieonians, Ross County) and Celtic unread, 'Co.' and 'Corp.' left out of Japanese firms' names (legal-form.outside says gold leaves a form out; the batches' gold has kept 'Co.', 'Corp.' and 'Inc.' with their point), 'Ministry of Economy, Trade and Industry' cut, 'Industry minister' a body (the text never writes 'industry' in lowercase), Vestas unread, Fermilab and TRIUMF places, INFN and KEK unread, Pays de Gex unread.",
    floor: 0.78,
    cases: BATCH_119,
  },
  'batch 120': {
    about:
      "Written blind by helper ents61a with batch 119 (gold committed in 248af951 before the engine ran on it), religion and charities, Irish media, Latin America and Africa at the local level, defence and science: a Church Times-style diocese closing churches (the diocese, the cathedral and churches as places, the Church Commissioners, a heritage body, charities named as phrases, towns in a list, the Bishop of Lincoln); an Irish Times-style licence fee report (RTE, An Post and An Garda Siochana, the regulator in Irish, TG4 and a Gaeltacht village, programmes as none, newspapers, 'Media minister' opening a sentence, a party in Irish); a Reuters Sao Paulo water utility (the state firm by its Portuguese name and short name, municipalities, a buyer, the federal regulator by name and acronym, a municipal utility, a ministry and the federal prosecutors in Portuguese, a state bank, a sign-off); a BBC-style Faslane security review (the naval base and the loch as places, the defence police, a commando unit, Police Scotland, the coastguard agency, a submarine as none, the lifeboat charity, towns in a list, 'Defence minister' and 'Chief superintendent' opening sentences); a Punch-style Lagos waste authority (the authority by name and acronym, areas in lists, 'Environment commissioner' opening a sentence, the state assembly, operators' association, parties, a federal court, a Chinese truck maker); an AP Washington laboratory cuts (SLAC and NOIRLab by acronym alone, Fermilab, Brookhaven, the science foundation, a telescope and a collider as none, the physical society, a House committee). First sight 0.885 (138 right of 151 predicted, 161 gold). After BLIND_NEWS_ROWS_40 0.895 (140/152/161): Rhu and Garelochhead after Helensburgh in a list of towns. Left: Skidbrooke a body, 'All Saints' Church' cut at its apostrophe, Church Commissioners and Friends of Friendless Churches unread, 'Coimisiun na Mean' read as a person 'Coimisiun', 'Irish-language' a body, 'Baile na hAbhann' cut, the Portuguese name of Sabesp cut before 'do Estado de Sao Paulo', Francisco Morato a person, Equatorial Energia and Sama places, ANA unread, 'Royal Marines of 43 Commando Fleet Protection Group' read as one body, Gare Loch unread, Defence Nuclear Safety Regulator unread, Sinotruk a person, NOIRLab (twice) and Maunakea unread, Fermilab unread.",
    floor: 0.88,
    cases: BATCH_120,
  },
  'batch 121': {
    about:
      "Written blind by helper ents61a with batches 119 and 120 (gold committed in 248af951 before the engine ran on it), the honest check: the rows of BLIND_NEWS_ROWS_40 are made from batches 119 and 120 only, and batch 121's errors are never printed (only its totals). An ordinary day's wire: a Reuters Sydney engineers' strike (the airline and its budget arm, the engineers' association by name and acronym, the workplace tribunal, airports as places, a rival and its part-owner, aircraft as none, a maintenance firm, a sign-off); a BBC-style listeria recall (the food agency, a creamery, four supermarkets, a brand as none, the health security agency, councils, the farmers' union, a consumer group, an award as none); a Gulf-style Muscat waterfront (the municipality, a state developer and its owner, the heritage ministry, the ports group, the consultative council, the governorate's office, the national airline, an opera house); a CBC-style Manitoba faculty strike (the university and its faculty association, the students' union, the provincial faculty federation, colleges, the national teachers' association, a campus, a government employees' union); an AFP Johannesburg cricket rights deal (the board, the public broadcaster, a pay-TV firm, franchises named after cities, grounds as places, the players' association, the communications authority, the national team); a Reuters Santiago desalination plant (the state miner, towns and mines as places, a Spanish builder, the environmental regulator and the mining society in Spanish, the regional water firm, rivals, the copper commission by name and acronym, a sign-off). First sight 0.867 (143 right of 162 predicted, 168 gold; kept blind, totals only). After BLIND_NEWS_ROWS_40, which is made from 119 and 120 only: unchanged 0.867 (143/162/168).",
    floor: 0.85,
    keptBlind: true,
    cases: BATCH_121,
  },
  'batch 122': {
    about:
      "Written blind by helper ents62a (news-entities-122.cases.ts, gold committed in d9634e60 before the engine ran on it), health services, courts and police, shipping, local government abroad, higher education and football in Latin America and Africa: a PA Bradford emergency department closure (hospital trusts, infirmaries named after towns as place or body, the ambulance service, a patients' watchdog, the drug regulator by long name and acronym, a drug as none, a town council); a Manchester Evening News murder charge (the police force, the prosecutors, a magistrates' and a crown court as places, 'In Salford, Hughes, Okafor and Lewis were charged', 'Relatives of the victim, Tom Price, said', a named inquiry, the complaints body, a club and its league); a Reuters Copenhagen methanol deal ('A.P. Moller-Maersk', 'Shell chief executive ... said' with 'a shell company' in lowercase, a ship as none, port operators, a port authority, shipyards named after two men in a list); a Kyodo Fukuoka chip plant (a prefecture, its assembly, a city council, 'Ministry of Economy, Trade and Industry', utilities with 'Co.', a district court, parties); a BBC Scotland university cuts report ('University of the Highlands and Islands' and UHI, colleges, the funding council, unions, a cathedral lent as a venue, a council in Gaelic); an AFP Buenos Aires derby fine ('Boca Juniors', 'River Plate', the football association, a stadium, a confederation, a Maputo club and 'Front for the Liberation of Mozambique' (Frelimo), Renamo). First sight 0.837 (164 right of 193 predicted, 199 gold). After BLIND_NEWS_ROWS_41 0.842 (165/193/199): 'Comhairle nan Eilean Siar'. Left: 'Two Yorkshire' a body, Bradford Royal Infirmary a person, Airedale General Hospital a body, 'Medicines and Healthcare products Regulatory Agency' cut, 'NHS England' split, Salford a body in the headline, Seedley unread, Manchester Arena Inquiry a place, 'Greater Manchester Paul Kershaw' one body, A.P. Moller-Maersk a person, 'Harland and Wolff' cut to Wolff, Cammell Laird a person and Damen a place, 'Co.' cut from Japanese firms, 'Wakamatsu Ward' and Hibikinada unread, 'University of the Highlands and Islands' cut at its 'and', 'Highlands and Islands Enterprise' and 'Western Isles' unread, River Plate a person (four times), Ferroviario de Maputo a person, 'Front for the Liberation' cut, Racing Club, Newell's Old Boys and Liga Profesional unread.",
    floor: 0.83,
    cases: BATCH_122,
  },
  'batch 123': {
    about:
      "Written blind by helper ents62a with batch 122 (gold committed in d9634e60 before the engine ran on it), Irish media regulation, Indian health regulation, a strike, science and space, tennis and local government in Mexico: an Irish Times regulator fine ('Coimisiún na Meán' three times, a platform, a quay, RTÉ and TG4, a party in Irish, the data commission); a PTI cough syrup ban ('Maharashtra said', Karnataka and Tamil Nadu acting as governments, the drug regulator by long name and acronym, a drugs laboratory, a drug as none, 'The Himachal Pradesh government'); a London refinery strike ('Tate and Lyle Sugars' in the headline and three times, 'Tate & Lyle', 'Marks and Spencer' in a list, a union, the port authority, a brand as none, 'All Saints' Church'); a Guardian lunar reactor ('Rolls-Royce' and Airbus in a headline, the space agency, the research council by name and acronym, a laboratory, a spaceport on an island, an observatory, a lander, a launcher and a telescope as none); a PA Wimbledon seeding ('At Wimbledon, Marchetti, Okonkwo and Lindqvist', 'In Eastbourne, Dubois, Sato and Reyes', a club as venue, the tennis bodies, a sponsor, bookmakers); a Reuters Monterrey drought ('Nuevo Leon said', Tamaulipas and Coahuila acting as governments, the water utility in Spanish, the water commission by name and acronym, dams as places, a municipality, firms). First sight 0.788 (156 right of 197 predicted, 199 gold). After BLIND_NEWS_ROWS_41 0.818 (162/197/199): 'Coimisiún na Meán' whole (three times), 'Dubois, Sato and Reyes' people. Left: Vidzo unread, 'Sir John Rogerson's Quay' a person, TG4 a place, Himachal Pradesh a body (twice), Central Drugs Laboratory a place, 'Opposition Congress' one body, 'Tate and Lyle Sugars' read as a person Tate and a person 'Lyle Sugars' (a pair of two surnames before a trade word cannot be told from two firms, 'Distell and Pioneer Foods', without knowing the firm), 'Marks and Spencer' cut to Spencer, Mars a place, 'All Saints' Church' cut, West Ham unread, Rolls-Royce a place (three times), Airbus unread, Rutherford Appleton Laboratory a place, Rocket Factory Augsburg a person, Jodrell Bank Observatory a place (the gold writes it a body; 117 accepted an observatory as either), Unst unread, Queen's Club a body, Nottingham a body, Rothesay and William Hill people, 'BBC Sport' and 'BBC iPlayer' cut, 'Nuevo Leon' a person, 'Agua y Drenaje de Monterrey' split, 'San Pedro Garza Garcia' a body, 'Brewer Heineken Mexico' one person.",
    floor: 0.8,
    cases: BATCH_123,
  },
  'batch 124': {
    about:
      "Written blind by helper ents62a with batches 122 and 123, gold committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_41 are made from batches 122 and 123 only, and batch 124's errors are never printed (only its totals). An ordinary day's wire: an ANSA Rome transport strike (the city transit firm, unions by name and acronym, the strike commission, a region, the rail operator, an airport, a consumer group, a traders' association, the prefect); a CBC Winnipeg antibiotic shortage (the provincial health body, hospitals as place or body, the federal department, drug makers, the regional health authority, towns, a party, the pharmacists' and paediatric bodies, an airline, a drug as none); an AAP Hobart election (parties, the assembly, the electoral commission, electorates, a stadium site, a football league and a new club, salmon farmers and an owner, a think tank, a cable as none, the state utility); a Reuters Nairobi tea auction (the trade association, the tea board, the development agency by name and acronym, counties, growers and a buyout firm, the revenue authority, a farmers' union, a street, a sign-off); a dpa Ludwigshafen plant closure (the chemical maker, a union, a state acting as government, the chemical association by name and acronym, rivals, a bank, a distributor, an environmental group); a PTI Ahmedabad Test match (national sides, a stadium named after a person, the cricket board by name and acronym, the state association, a franchise, a trophy and a championship as none). First sight 0.915 (166 right of 175 predicted, 188 gold; kept blind, totals only). After BLIND_NEWS_ROWS_41, which is made from 122 and 123 only: unchanged 0.915 (166/175/188).",
    floor: 0.9,
    keptBlind: true,
    cases: BATCH_124,
  },
  'batch 125': {
    about:
      "Written blind by helper ents63a (news-entities-125.cases.ts, gold committed before the engine ran on it), aviation, agriculture, energy and mining, rail, culture and the Gulf: a PA Shetland runway excursion (the air accidents branch by name and acronym, a regional airline, airports named after their places, the airports company, the aviation regulator, the pilots' association, an aircraft as none); an EDP Norfolk bird-flu outbreak (the environment ministry with commas and as Defra, the animal health agency, the farmers' union, the poultry council, supermarkets, a university); a Reuters Oslo smelter cut (Norsk Hydro and Hydro, the state power producer, the energy directorate by name and acronym, a union in Norwegian, smelters as places, Century Aluminum, Alcoa, a sign-off); an MEN Manchester Piccadilly closure (stations named after districts, the infrastructure body, operators, the rail unions, the combined authority, the passengers' watchdog); a Scotsman gallery loan (the national galleries, galleries as body or place, a foundation, the Art Fund, a museum in The Hague, painters named once, a festival and a prize as none); an Arab News Riyadh aluminium mill (the sovereign fund, a state miner with an apostrophe, a ministry, Emirates Global Aluminium and its owners, Alba, Aramco, the exchange by two names). Gold committed in 3e5bb1ed. First sight 0.861 (158/180/187); after BLIND_NEWS_ROWS_42 0.866 (159/180/187).",
    floor: 0.85,
    cases: BATCH_125,
  },
  'batch 126': {
    about:
      "Written blind by helper ents63a with batch 125 (gold committed before the engine ran on it), aviation, religion, dairy, copper, South-East Asian power and an orchestra: an AP New York airport terminal (John F. Kennedy International Airport, short 'Kennedy', LaGuardia and Newark, the port authority, airlines, the FAA and NTSB, terminals as places, a plane as none); a Church Times synod vote (the General Synod and its houses, dioceses by see and in full, the Archbishops' Council, the Church Commissioners, a campaign group, a parliamentary committee, a cathedral as a place); an Irish Independent milk price (co-operatives, the farmers' associations by name and acronym, supermarkets, the state food board, a butter brand as none); a Reuters Santiago copper deal (Anglo American, Codelco, Rio Tinto, BHP, mines as places, the copper commission by name and acronym, a region acting as government); a VnExpress Hanoi power shortage (the ministry, the state utility by name and acronym, PetroVietnam, Temasek, Khazanah Nasional, provinces, dams and plants as places); a Guardian orchestra funding cut (the Hallé, Arts Council England, the culture department with commas, orchestras named after cities, a hall, the Proms and a festival as none). Gold committed in 3e5bb1ed; three convention slips corrected after first sight in 3388404b (AP in a dateline unmarked, 'the' inside 'the Netherlands', Japan typed O). First sight 0.760 (147/190/197), 0.773 (150/190/198) with the corrected gold; after BLIND_NEWS_ROWS_42 0.820 (159/190/198).",
    floor: 0.8,
    cases: BATCH_126,
  },
  'batch 127': {
    about:
      "Written blind by helper ents63a with batches 125 and 126, gold committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_42 are made from batches 125 and 126 only, and batch 127's errors are never printed (only its totals). An ordinary day's wire: a Reuters Singapore airline result (the airline and its budget arm, an engine maker and its owner, the airport group, the aviation authority, a broker, aircraft as none); a Nation Nairobi coffee payment rule (the food authority, the coffee exchange, the central bank, co-operatives, planters' and farmers' bodies, buyers, counties); a BBC Ofgem fine (a supplier and its owner, the regulator, an ombudsman, charities, a committee, a party); a Herald festival programme (the festival as none, an opera as none, venues, orchestras, arts bodies, the council); a Gulf News Doha stake (the sovereign fund by name and acronym, an exchange group, the state energy firm, a Japanese trading house, a gas field as a place, a ministry); a CBCP Manila typhoon collection (the bishops' conference by name and acronym, an archdiocese and a diocese, Caritas, departments, a disaster council, a weather agency with commas, a typhoon as none). First sight 0.872 (156/176/182, totals only), unchanged by the rows.",
    floor: 0.86,
    keptBlind: true,
    cases: BATCH_127,
  },
  'batch 128': {
    about:
      "Written blind by helper ents64a (news-entities-128.cases.ts, gold committed before the engine ran on it), shipping, insurance, universities, water, a Canadian election and space: a Reuters Rotterdam dockers' strike (the port authority, a union in Dutch, container lines by name and acronym, a terminal operator and its terminals company by name and acronym, a port on the Maasvlakte, an analyst's firm, a ship as none, people with van der and de, a sign-off); a Guardian Court of Appeal ruling on pandemic cover (courts, insurers in a list, judges with titles and a particle, restaurant groups, a law firm, the insurers' association by name and acronym, the FCA, Lloyd's of London); a Times university league table (universities in full and by town, the LSE in full and short, university groups, the OfS and UCU after their names, Ucas, a guide as none); a Kent water outage (the water company, its works named after a village, a shopping centre, supermarkets, a fire service, the drinking water inspectorate by name and acronym, Ofwat, councils, a reservoir and a river); a Canadian Press British Columbia election (the NDP in full and short, the provincial Conservatives in full, the Greens, Elections BC, ridings with hyphens, a chiefs' union, a leader with a particle); an AFP Kourou launch (ESA by name and acronym, Eumetsat, Arianespace and its owners, satellite makers, weather services, rockets and a satellite as none). First sight 0.852 (150/172/180).",
    floor: 0.84,
    cases: BATCH_128,
  },
  'batch 129': {
    about:
      "Written blind by helper ents64a with batch 128 (gold committed before the engine ran on it), fishing, health, football, mining, wine and an Indian election: a BBC mackerel quota talk (coastal states, the fisheries commission and the sea council with 'of the' and their acronyms, the Commission, fishermen's associations and organisations, fishing ports, a certification council, supermarkets joined by 'and', the environment ministry with commas); an HSJ Shropshire hospital trust merger (two trusts with 'and' in their names, hospitals as places, NHS England, the CQC by name and acronym, nursing unions, a patients' watchdog, councils, the health department); a BBC Africa Cup of Nations final (national teams, a stadium, players with hyphens, clubs, the confederation by name and acronym, a football federation, the cup as none); a Reuters Lima mining strike (MMG and its Chinese owner, mines and villages as places, regions, the port, the ministry, the mining society by name and acronym, the ombudsman in Spanish, a minister with 'de la'); an AFP Épernay champagne harvest (the region as a place, the trade body, the growers' union in French by name and acronym, the houses' union, Moët Hennessy and LVMH, a weather service, departments, a wine as none); a Hindustan Times Maharashtra election (the BJP in full and short, alliances, the Shiv Sena, the NCP, Congress, the election commission, regions, a social network). First sight 0.822 (162/194/200).",
    floor: 0.81,
    cases: BATCH_129,
  },
  'batch 130': {
    about:
      "Written blind by helper ents64a with batches 128 and 129, gold committed before the engine ran on it, the honest check: the rows of BLIND_NEWS_ROWS_43 are made from batches 128 and 129 only, and batch 130's errors are never printed (only its totals). An ordinary day's wire: a Reuters Berlin train drivers' strike (the rail operator, unions by acronym, regional operators, an airline, an institute, a passengers' group); an AP Tokyo rate rise (the central bank by name and acronym, the finance ministry, carmakers, a union confederation and its short name, the business lobby, a broker, an index as none); a Yorkshire Post murder sentence (a crown court, a street, a police force, people by surname, a council for mosques, a charity); a Reuters Lusaka drought (the state utility, the dam and river as places, the river authority, a miner and its mines, the WFP, the IMF); a BBC Sport Australian Open semi-final (players, a venue and its court, the tournaments as none, governing bodies); an AFP Stockholm job cut at Spotify (a union, the exchange, rivals, the Commission, a bank); a Politico Brussels migration summit (the EU's council, commission and parliament, Frontex, the UN refugee agency by name and acronym, member states and North African countries); a Bristol Post airport expansion (the airport as a place, a council, the planning inspectorate, an airline, a campaign group, villages). First sight 0.949 (169/176/180), totals only.",
    floor: 0.94,
    keptBlind: true,
    cases: BATCH_130,
  },
};
