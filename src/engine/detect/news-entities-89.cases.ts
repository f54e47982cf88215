/**
 * Blind entity batches 89-91 (helper ents41a, 5 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 91 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_30 are made from batches 89 and 90 only, and batch 91's errors are never printed
 * or read (only its totals). They lean on kinds of news earlier batches used little: Wikinews-style
 * briefs from Africa, South Asia and the Pacific (a weekday dateline, a Sources list); energy,
 * shipping and commodities wires (tankers, ports, OPEC+, refiners, traders, crushers); US state
 * legislatures and governors' races (committees, caucuses, ballot measures, PACs); European
 * football and cycling results (clubs named after towns, teams named after sponsors); health
 * agencies and drug approvals (drugs and trials are none); tech and space (products and launchers
 * are none; companies, agencies and launch sites are names).
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_89: EntityCase[] = [
  {
    name: 'wikinews-style ghana and togo sign a dam pact on a border river a dam named after its village a region named after the river two state power firms by name and acronym one in french a ministry with and the afdb and ecowas by name and acronym powerchina a farmers union a radio station and a sources list',
    text: `[[L Ghana]] and [[L Togo]] agree to share power from new dam on the [[L Oti]]

Thursday, April 9, 2026

[[L Ghana]] and [[L Togo]] on Wednesday signed an agreement in [[L Lomé]] to share electricity from a hydroelectric dam to be built on the [[L Oti]] river, which forms part of the border between the two countries.

The dam, at [[L Juale]] in [[L Ghana]]'s [[L Oti Region]], is to produce 120 megawatts. The [[O Volta River Authority]] ([[O VRA]]), [[L Ghana]]'s state power producer, and [[L Togo]]'s [[O Compagnie Énergie Électrique du Togo]] ([[O CEET]]) will each take half of the output, according to a statement from the [[O Ministry of Energy and Green Transition]] in [[L Accra]].

Ghanaian Energy Minister [[P Kwabena Asante-Boadu]] said the project "ends a decade of talking". His Togolese counterpart, [[P Essossimna Lawson-Body]], said the dam would end the power cuts that businesses in [[L Kara]] and [[L Dapaong]] suffer every dry season.

The [[O African Development Bank]] ([[O AfDB]]) is to lend $310 million. The [[O West African Power Pool]], an agency of the [[O Economic Community of West African States]] ([[O ECOWAS]]) based in [[L Cotonou]], will pay for a line north to [[L Burkina Faso]]. The Chinese state builder [[O PowerChina]] is expected to win the main contract.

Farmers near [[L Nkwanta]] have objected to the reservoir, which would flood about 9,000 hectares of yam and maize fields. [[P Abena Dufie Mensah]], who speaks for the [[O Oti Valley Growers Union]], told the radio station [[O Joy FM]] that fourteen villages had not been consulted. "They drew the lake on a map in [[L Accra]] and forgot that we live under it," she said.

Officials said resettlement would be paid for out of the loan. Construction is to start next year and last five years.

Sources

"[[L Ghana]], [[L Togo]] sign [[L Juale]] dam deal" — [[O GhanaWeb]], April 8, 2026
"Barrage de [[L Juale]] : l'accord signé à [[L Lomé]]" — [[O Togo First]], April 8, 2026`,
  },
  {
    name: 'reuters singapore supertanker aground freight rates a tanker and a crude grade as none an athens-based owner a chinese refiner on an island the port authority of singapore a shipbroker the baltic exchange traders vitol trafigura unipec and sinopec kpler data a p and i club in norway and a sign-off with two reporters',
    text: `[[L SINGAPORE]], June 3 ([[O Reuters]]) - Rates for supertankers carrying crude from the [[L Middle East]] to [[L China]] jumped 18% on Tuesday after a loaded tanker ran aground off [[L Indonesia]]'s [[L Riau Islands]], shipbrokers said.

The [[X Sea Meridian]], a very large crude carrier owned by [[L Athens]]-based [[O Kallisti Tankers]], was carrying 2 million barrels of [[X Basrah Medium]] crude to a refinery run by [[O Zhejiang Petrochemical]] on [[L Zhoushan]] island when it struck a reef early on Monday.

The [[O Maritime and Port Authority of Singapore]] said no oil had leaked. [[L Indonesia]]'s transport ministry said tugs from [[L Batam]] were trying to refloat the ship at high tide.

"Charterers are paying for the uncertainty, not for the ship," said [[P Ravi Nair-Tan]], head of tanker research at shipbroker [[O Braemar]] in [[L Singapore]]. Rates on the benchmark route from [[L Ras Tanura]] in [[L Saudi Arabia]] to [[L Ningbo]] rose to about $52,000 a day, according to the [[O Baltic Exchange]].

Traders at [[O Vitol]] and [[O Trafigura]] said they were looking for ships in the [[L Atlantic]] instead. [[O Unipec]], the trading arm of [[O Sinopec]], had already booked two tankers loading at [[L Fujairah]] this week, data from [[O Kpler]] showed.

The ship is insured by [[O Gard]], a protection and indemnity club based in [[L Arendal]], [[L Norway]]. [[P Constantinos Vardakis]], chief executive of [[O Kallisti]], said the 24 crew were safe and that divers had found "scraping but no breach" along the hull.

Shares in tanker owners rose in [[L Oslo]] and [[L New York]]. [[O Frontline]] gained 4% and [[O DHT Holdings]] 3%. Benchmark [[X Brent]] crude was little changed at $71 a barrel.

(Reporting by [[P Jeslyn Lerh-Ong]] in [[L Singapore]] and [[P Renee Maltezou-Papas]] in [[L Athens]]; Editing by [[P Jan Harvey-Stone]])`,
  },
  {
    name: 'reuters phoenix state senate committee groundwater bill a governor a state senator with r-town the freedom caucus and the democratic caucus a ballot measure as none a pac named after water the central arizona project and the salt river project counties a saudi-owned farm and a sign-off',
    text: `[[L PHOENIX]], Feb 17 ([[O Reuters]]) - The [[O Arizona Senate Appropriations Committee]] voted 6-4 on Tuesday to send a $1.2 billion groundwater bill to the full chamber, setting up a clash with Governor [[P Elena Marquez-Hobbs]], a Democrat who has threatened a veto.

The bill, sponsored by state Sen. [[P Wade Pruett]], [[X R-Queen Creek]], would let farms in [[L La Paz County]] and [[L Mohave County]] keep pumping from aquifers that have fallen by more than 100 feet since 2000. It would also create a board to approve new wells, with two of its five seats filled by the [[O Arizona Farm Bureau]].

Members of the [[O Arizona Freedom Caucus]] said the bill protected private property. The [[O Senate Democratic Caucus]], led by Sen. [[P Priya Natarajan-Cole]], called it "a straw in every aquifer" and said all nine Democrats in the chamber would vote no.

[[P Marquez-Hobbs]] told reporters at the [[L Arizona State Capitol]] that she would not sign any bill that "lets a few farms drain towns dry." Her office pointed to a Saudi-owned alfalfa grower, [[O Fondomonte]], whose leases near [[L Vicksburg]] the state cancelled in 2023.

The [[O Central Arizona Project]], which carries [[L Colorado River]] water to [[L Phoenix]] and [[L Tucson]], took no position. The [[O Salt River Project]] utility said it was studying the bill.

A group of mayors has said it will take the question to voters as a ballot measure, [[X Proposition 140]], if the bill becomes law. A political action committee backing the measure, [[O Water for Arizona PAC]], reported raising $2.3 million by January, much of it from home builders in [[L Maricopa County]].

The full [[O Senate]] could vote as early as next week. The [[O House]], where Republicans hold 33 of 60 seats, has not scheduled a hearing.

(Reporting by [[P Tim Reid-Alvarez]] in [[L Phoenix]]; Editing by [[P Colleen Jenkins-Ward]])`,
  },
  {
    name: 'wikinews-style football results belgian german french and italian clubs named after towns with numbers and racing club brugge at its stadium the bundesliga and ligue 1 as leagues a stadium named after a company cups as none and section labels',
    text: `Football roundup: [[O Genk]] go top in [[L Belgium]]; [[O Heidenheim]] stun [[O Leverkusen]]

Sunday, February 22, 2026

In [[L Belgium]], [[O Racing Genk]] went top of the [[O Pro League]] with a 3–1 win over [[O Club Brugge]] at the [[L Cegeka Arena]]. Winger [[P Tolu Adebayo-Wouters]] scored twice before half-time. [[O Brugge]] coach [[P Niels Vermeiren]] said his side "gave away two goals we would not give away in training". [[O Union Saint-Gilloise]] drew 1–1 with [[O Standard Liège]] at [[L Sclessin]], and [[O Westerlo]] beat [[O Mechelen]] 2–0.

In [[L Germany]], [[O Heidenheim]] beat [[O Bayer Leverkusen]] 2–1 at the [[L Voith-Arena]] in the [[O Bundesliga]]. Striker [[P Jonas Kleinschmidt]] headed the winner in the 89th minute. [[O Mainz 05]] drew 0–0 with [[O Augsburg]], and [[O Holstein Kiel]] lost 0–4 at home to [[O Borussia Dortmund]], who stay fourth. [[O Dortmund]] goalkeeper [[P Lukas Brenner-Hoff]] kept his fifth clean sheet in six games.

In [[L France]], [[O Lens]] beat [[O Stade Brestois]] 1–0 at the [[L Stade Bollaert-Delelis]] to stay second in [[O Ligue 1]], behind [[O Paris Saint-Germain]]. [[O Brest]] had [[P Mathis Le Goff]] sent off after an hour. [[O Auxerre]] and [[O Angers]] drew 2–2.

In [[L Italy]], [[O Sassuolo]] won 2–0 against [[O Empoli]] at the [[L Mapei Stadium]] in [[L Reggio Emilia]], and [[O Udinese]] drew 1–1 with [[O Torino]]. [[O Como]], coached by [[P Andrés Fábregas Ruiz]], lost 1–3 to [[O Atalanta]] at the [[L Stadio Sinigaglia]].

Cups: [[O Genk]] and [[O Anderlecht]] meet in the semi-finals of the [[X Belgian Cup]] on Wednesday, and [[O Heidenheim]] travel to [[O VfB Stuttgart]] in the quarter-finals of the [[X DFB-Pokal]].`,
  },
  {
    name: 'reuters fda approval of a rare-disease drug a drug and its generic name and a trial as none a cambridge massachusetts biotech with a ticker the fda by name and acronym an advisory committee the icer cost watchdog a patient foundation analysts at banks a rival and a sign-off',
    text: `May 28 ([[O Reuters]]) - The [[O Food and Drug Administration]] on Thursday approved [[O Halcyon Therapeutics]]' drug for a rare inherited form of kidney disease, the first treatment for patients whose kidneys fail before they turn 40.

The drug, to be sold as [[X Nephrava]], was approved for adults with autosomal dominant polycystic kidney disease who carry a mutation in the PKD2 gene. [[O Halcyon]], based in [[L Cambridge]], [[L Massachusetts]], said it would cost $395,000 a year.

Shares of [[O Halcyon]] ([[X HLCY.O]]) rose 22% in after-hours trading.

The [[O FDA]] approved the drug on the strength of a trial called [[X ORCHID-2]], in which it slowed the loss of kidney function by 41% over two years compared with a placebo. An advisory committee of outside experts voted 9-3 in March that the benefits outweighed the risk of liver injury, which the label will carry as a boxed warning.

"This is a disease where we have been able to offer dialysis, transplants and sympathy," said Dr. [[P Miriam Oyelaran-Fisk]], a nephrologist at [[L/O Massachusetts General Hospital]] who led the trial. Her patient [[P Dana Whitcombe]], 34, said she had been told at 19 that she would need a transplant by 30.

The [[O Institute for Clinical and Economic Review]], a drug pricing watchdog in [[L Boston]], said in April that a fair price would be under $150,000. The [[O PKD Foundation]] urged insurers to cover the drug without delay.

Analyst [[P Yaron Weiss-Carrington]] of [[O Leerink Partners]] expects sales of $1.1 billion by 2030. [[O Otsuka]], whose older drug [[X Jynarque]] treats a broader group of patients, is testing a rival in [[L Japan]] and [[L Europe]].

[[O Halcyon]] said the drug would be in pharmacies within two weeks. The [[O European Medicines Agency]] is reviewing it, with a decision expected next year.

(Reporting by [[P Bhanvi Satija-Rao]] in [[L Bengaluru]]; Editing by [[P Shinjini Ganguli-Roy]])`,
  },
  {
    name: 'wikinews-style rocket launch from new zealand a launcher and satellites as none rocket lab and its launch complex on the mahia peninsula jaxa by name and acronym the new zealand space agency a university a minister a maori iwi and a hawkes bay town and a sources list',
    text: `[[O Rocket Lab]] launches Japanese weather satellites from [[L New Zealand]]

Saturday, October 17, 2026

[[O Rocket Lab]] on Friday launched two small weather satellites for the [[O Japan Aerospace Exploration Agency]] ([[O JAXA]]) from its site on the [[L Mahia Peninsula]] in [[L New Zealand]].

An [[X Electron]] rocket lifted off from [[L Launch Complex 1]] at 3:12 p.m. local time and placed the satellites, named [[X Kumo-3]] and [[X Kumo-4]], into orbit about an hour later. It was the company's 14th launch of the year and its fourth for [[O JAXA]].

The satellites carry instruments built at [[O Tohoku University]] in [[L Sendai]] that measure water vapour over the [[L Pacific]]. [[O JAXA]] project manager [[P Haruka Ishizaki]] said the data would help forecasters in [[L Japan]], [[L Fiji]] and [[L Tonga]] track tropical cyclones earlier.

[[O Rocket Lab]], which is based in [[L Long Beach]], [[L California]], and builds its rockets in [[L Auckland]], is preparing the first flight of a larger rocket, [[X Neutron]], from [[L Wallops Island]] in [[L Virginia]]. Chief executive [[P Martin Kerr-Avery]] said after the launch that it would fly "when it is ready and not a day before".

[[L New Zealand]]'s space minister, [[P Judith Marsden-Tane]], said the launches brought about NZ$200 million a year to the country. The [[O New Zealand Space Agency]], part of the [[O Ministry of Business, Innovation and Employment]], licenses each flight.

The local iwi, [[O Rongomaiwahine]], has an agreement with the company that includes jobs and scholarships. [[P Tania Kahurangi-Smith]], who chairs its trust, said residents of [[L Māhia]] had "learned to set their clocks by the countdown".

Sources

"[[O Rocket Lab]] flies weather pair for [[O JAXA]]" — [[O Radio New Zealand]], October 16, 2026
"Two more satellites leave [[L Māhia]]" — [[O Gisborne Herald]], October 16, 2026`,
  },
];

export const BATCH_90: EntityCase[] = [
  {
    name: 'wikinews-style bangladesh teesta river project a river and districts a water board by name and acronym a chinese state builder by long name a west bengal chief minister two parties by name and acronym the parliament by its bengali name a university and a sources list',
    text: `[[L Bangladesh]] approves [[L Teesta]] river plan despite objections from [[L India]]

Tuesday, September 15, 2026

The cabinet of [[L Bangladesh]] on Monday approved a $1 billion plan to dredge and embank the [[L Teesta]] river in the north of the country, a project [[L India]] has asked it to delay.

The plan covers 115 kilometres of the river in the districts of [[L Rangpur]], [[L Lalmonirhat]], [[L Kurigram]], [[L Nilphamari]] and [[L Gaibandha]], where floods and erosion destroy thousands of homes every monsoon. The [[O Bangladesh Water Development Board]] ([[O BWDB]]) will run it, and the [[O Power Construction Corporation of China]] has offered to build the embankments.

Planning Minister [[P Abdul Karim Chowdhury]] told reporters in [[L Dhaka]] that the river "belongs first to the people who lose their land to it." He said the government would keep talking to [[O/L New Delhi]] about sharing the water in the dry season.

[[L India]], which has dams upstream in [[L Sikkim]] and [[L West Bengal]], is wary of Chinese engineers working near the narrow [[L Siliguri Corridor]]. The chief minister of [[L West Bengal]], [[P Mamata Sengupta-Roy]], has said her state cannot spare more water from the river.

The opposition [[O Bangladesh Nationalist Party]] ([[O BNP]]) backed the plan but demanded that contracts be put before the [[O Jatiya Sangsad]]. A spokesman for the [[O Jamaat-e-Islami]] party, [[P Mizanur Rahman Talukder]], said farmers in [[L Rangpur]] "have waited through three governments".

[[P Farhana Yasmin Akhter]], a hydrologist at [[O Begum Rokeya University]] in [[L Rangpur]], warned that embankments alone would push floods downstream into the [[L Brahmaputra]]. "You cannot wall in a river that moves two kilometres in a bad year," she said.

Work is expected to start after the monsoon ends in October.

Sources

"Cabinet clears [[L Teesta]] master plan" — [[O The Daily Star]], September 14, 2026
"[[L Teesta]] project: [[O/L Delhi]] watches closely" — [[O Prothom Alo]], September 14, 2026`,
  },
  {
    name: 'reuters london opec plus output decision opec plus and opec saudi arabia russia kazakhstan a field and its operator brent and wti as none the iea by name and acronym analysts at goldman sachs and energy aspects an indian refiner at jamnagar a minister and a sign-off with two reporters',
    text: `[[L LONDON]], Dec 3 ([[O Reuters]]) - [[O OPEC+]] agreed on Sunday to keep its oil output cuts in place until the end of March, delaying a planned increase for the third time as prices slid toward their lowest in four years.

The group, which pumps about 40% of the world's oil, met online after [[L Saudi Arabia]] and [[L Russia]] failed to agree on a date to return 1.2 million barrels per day to the market. Ministers also gave [[L Kazakhstan]] until June to make up for producing above its quota.

[[L Kazakhstan]] has blamed the overshoot on the [[L Tengiz]] field, where output rose after an expansion by [[O Tengizchevroil]], a venture led by [[O Chevron]]. Its energy minister, [[P Almas Zhaksybekov]], said the country would cut exports through the [[O Caspian Pipeline Consortium]] in January.

[[X Brent]] crude futures rose 1.4% to $64.20 a barrel in early trading on Monday, and [[L U.S.]] [[X West Texas Intermediate]] gained 1.2%.

"They have kicked the can again, but it is a heavier can each time," said [[P Anjali Mehra-Kent]], founder of consultancy [[O Energy Aspects]] in [[L London]]. Analysts at [[O Goldman Sachs]] said they still expected [[X Brent]] to average $60 next year as supply from the [[L United States]], [[L Brazil]] and [[L Guyana]] grows.

The [[O International Energy Agency]] ([[O IEA]]) said last month that the world would have a surplus of almost 3 million barrels a day in 2027. [[O OPEC]] has disputed its figures.

Refiners in [[L Asia]] welcomed the decision. [[O Reliance Industries]], which runs the world's largest refining complex at [[L Jamnagar]] in [[L India]], has been buying more Russian crude at a discount. Traders said [[O Saudi Aramco]] was likely to raise its official selling prices for [[L Asia]] in January.

The group's next full meeting is on June 1 in [[L Vienna]].

(Reporting by [[P Alex Lawler-Moss]] in [[L London]] and [[P Maha El Dahan-Farouk]] in [[L Dubai]]; Editing by [[P Barbara Lewis-Trent]])`,
  },
  {
    name: 'reuters las vegas governor primary candidates with hyphens and a particle a super pac and a pac named after the state the state democratic party the culinary union local with a number clark and washoe counties a ballot question as none a newspaper and a casino company and a sign-off',
    text: `[[L LAS VEGAS]], June 10 ([[O Reuters]]) - [[L Nevada]] Attorney General [[P Rosa Delgado-Finch]] won the Democratic primary for governor on Tuesday, setting up a November race against Republican Governor [[P Dale Whitmore]], who is seeking a second term.

[[P Delgado-Finch]] beat [[P Marcus Van Horne]], a former [[L Reno]] city councilman, by 58% to 35%, according to results from the [[O Nevada Secretary of State]]. She won [[L Clark County]], home to [[L Las Vegas]], by more than 30 points, while [[P Van Horne]] carried [[L Washoe County]].

The race drew $14 million in outside spending. A super PAC backing [[P Delgado-Finch]], [[O Battle Born Families]], spent $6 million on television ads, much of it from the [[O Democratic Governors Association]]. [[O Silver State Forward PAC]], funded by mining and casino interests, spent against her.

The [[O Culinary Workers Union Local 226]], which represents 60,000 hotel and casino workers, endorsed her in April and knocked on 200,000 doors. Its secretary-treasurer, [[P Ted Kostakis-Ruiz]], said the union would "take every doorstep to November."

[[P Whitmore]], who won in 2022 by fewer than 16,000 votes, has campaigned on his veto of 75 bills passed by the [[O Nevada Legislature]], where Democrats hold majorities in both the [[O Assembly]] and the [[O Senate]]. His campaign manager, [[P Kyle Brandt-Osei]], called [[P Delgado-Finch]] "the candidate of [[L Carson City]] insiders."

Voters in November will also decide [[X Question 4]], a ballot measure that would raise the state minimum wage to $17 an hour. [[O MGM Resorts International]] and [[O Caesars Entertainment]] have not taken a position.

The [[O Nevada State Democratic Party]] chair, [[P Daniele Monroe-Nakamura]], said turnout was the highest for a midterm primary since 2006. The [[O Las Vegas Review-Journal]] projected the winner about two hours after polls closed.

(Reporting by [[P Tim Reid-Alvarez]] in [[L Las Vegas]]; Editing by [[P Howard Goller-Smith]])`,
  },
  {
    name: 'wikinews-style cycling and football results a stage race and a classic as none teams named after sponsors with hyphens and dashes riders with van and de stage towns portuguese clubs named after towns at a stadium a league and section labels',
    text: `Sports roundup: [[P Van den Berghe]] wins stage in [[L Colfiorito]]; [[O Famalicão]] beat [[O Braga]]

Sunday, March 8, 2026

Cycling: [[P Wout van den Berghe]] of [[O Visma–Lease a Bike]] won the fifth stage of [[X Tirreno–Adriatico]] in [[L Colfiorito]], outsprinting [[P Matteo Ricciardi-Lenzi]] of [[O Lidl-Trek]] and [[P Arnaud de Vos]] of [[O Soudal Quick-Step]]. [[P Tadej Kovačič]] of [[O UAE Team Emirates XRG]] kept the leader's blue jersey with two stages left.

At [[X Paris–Nice]], [[P Lenny Martinet]] of [[O Decathlon AG2R La Mondiale]] won alone in [[L Mende]] after a climb of three kilometres, and [[P Joe Hartigan-Price]] of [[O Ineos Grenadiers]] took the lead. [[O Groupama-FDJ]] lost two riders to a crash near [[L Saint-Étienne]]. In the women's [[X Strade Bianche]] on Saturday, [[P Elisa Longhini]] of [[O SD Worx-Protime]] won in [[L Siena]] for the second year running.

Football: [[O Famalicão]] beat [[O Braga]] 2–1 at the [[L Estádio Municipal 22 de Junho]] in the [[O Primeira Liga]]. Forward [[P Rúben Sousa Tavares]] scored the winner from a free kick. [[O Vitória de Guimarães]] drew 1–1 with [[O Gil Vicente]] in [[L Barcelos]], and [[O Porto]] won 3–0 at [[O Estoril]].

In the [[L Netherlands]], [[O Go Ahead Eagles]] beat [[O Heerenveen]] 2–0 at [[L De Adelaarshorst]] in [[L Deventer]], and [[O NEC Nijmegen]] lost 1–2 to [[O AZ Alkmaar]]. [[O AZ]] coach [[P Maarten de Wit-Hendriks]] said his side were "lucky and tired, in that order".

Handball: [[O THW Kiel]] beat [[O SC Magdeburg]] 31–29 in the [[O Handball-Bundesliga]] at the [[L Wunderino Arena]].`,
  },
  {
    name: 'reuters amsterdam ema recommends an alzheimers drug the ema by name and acronym and its chmp by name and acronym a danish drugmaker with a ticker the european commission a drug and a trial as none a patient group britain s nice by acronym and a sign-off',
    text: `[[L AMSTERDAM]], July 24 ([[O Reuters]]) - The [[O European Medicines Agency]] ([[O EMA]]) on Friday recommended approval of an [[O Lundbeck]] drug for early Alzheimer's disease, reversing a negative opinion it gave last year after the company narrowed the group of patients who could receive it.

The agency's [[O Committee for Medicinal Products for Human Use]] ([[O CHMP]]) backed the drug, [[X Venemab]], for adults with mild memory problems who carry no copy or one copy of the APOE4 gene, the group least likely to suffer brain swelling. The [[O European Commission]] usually follows the committee's advice within two months.

[[O Lundbeck]] ([[X HLUNb.CO]]) shares rose 6% in [[L Copenhagen]]. Chief executive [[P Henrik Dalsgaard-Møller]] said the company would launch first in [[L Germany]] and [[L Austria]].

In the [[X CLARITY-AD3]] trial, the drug slowed decline on a scale of memory and daily tasks by 29% over 18 months. Some 12% of patients had brain swelling or bleeding on scans, most without symptoms.

"This is a modest effect, but it is the first one our members can ask for," said [[P Jean-Marc Delcourt]], director of [[O Alzheimer Europe]] in [[L Luxembourg]].

Doctors in [[L Britain]] may wait longer. The [[O National Institute for Health and Care Excellence]] ([[O NICE]]) said in March that similar drugs from [[O Eisai]] and [[O Eli Lilly]] were not good value for the [[O National Health Service]], and that it would review [[X Venemab]] on the same terms.

[[P Karin Vos-Lindqvist]], a neurologist at [[O Karolinska Institutet]] in [[L Stockholm]] who was not involved in the trial, said hospitals would need more MRI scanners to use the drug safely. "The drug is the easy part. The scans are the bottleneck," she said.

(Reporting by [[P Bart Meijer-Claes]] in [[L Amsterdam]] and [[P Maggie Fick-Lowe]] in [[L London]]; Editing by [[P Mark Potter-Hill]])`,
  },
  {
    name: 'reuters seoul chipmaker results phones and chips as none samsung electronics and sk hynix nvidia and a taiwanese foundry plants named after towns the fair trade commission analysts at brokers an index as none and a sign-off',
    text: `[[L SEOUL]], Oct 8 ([[O Reuters]]) - [[O Samsung Electronics]] forecast a 31% jump in quarterly operating profit on Thursday, beating expectations, as demand for memory chips used in artificial intelligence servers lifted prices.

The world's largest memory maker said operating profit for July to September was likely about 14.2 trillion won ($10.5 billion). Analysts polled by [[O LSEG]] had expected 12.8 trillion won.

Much of the gain came from high-bandwidth memory chips sold to [[O Nvidia]], analysts said. [[O Samsung]] had trailed its smaller rival [[O SK Hynix]] in such chips for two years before passing [[O Nvidia]]'s tests in June.

"The memory cycle has turned, and [[O Samsung]] is finally on the right side of it," said [[P Cho Min-seok]], an analyst at [[O KB Securities]] in [[L Seoul]]. [[P Han Eun-ji]] of [[O Daishin Securities]] said sales of the new [[X Galaxy Z Fold8]] phone had been weaker than expected.

[[O Samsung]] will give full results on Oct. 29. It is building a new chip line at [[L Pyeongtaek]], south of [[L Seoul]], and a $17 billion plant in [[L Taylor]], [[L Texas]], which it said would start production next year. Its foundry business still loses money and trails [[O Taiwan Semiconductor Manufacturing Co]] ([[O TSMC]]).

Separately, the [[O Korea Fair Trade Commission]] said it was looking into whether [[O Samsung]] and [[O LG Electronics]] had agreed on prices of television panels sold to retailers in [[L Busan]] and [[L Incheon]]. Neither company commented.

Shares in [[O Samsung]] ([[X 005930.KS]]) rose 3.2%, outpacing a 1.1% gain in the benchmark [[X KOSPI]]. The [[O National Pension Service]], its largest shareholder after the founding [[P Lee]] family, did not comment.

(Reporting by [[P Heekyong Yang-Choi]] and [[P Joyce Lee-Park]] in [[L Seoul]]; Editing by [[P Christopher Cushing-Bell]])`,
  },
];

export const BATCH_91: EntityCase[] = [
  {
    name: 'wikinews-style vanuatu no-confidence vote port vila and islands parties by bislama and english names one with an apostrophe the speaker the supreme court the pacific islands forum australia and new zealand by capital and a newspaper and a sources list',
    text: `[[L Vanuatu]] prime minister ousted in no-confidence vote

Friday, August 21, 2026

The [[O Parliament of Vanuatu]] on Thursday voted 29 to 21 to remove Prime Minister [[P Joel Naupa]], the fourth change of government in [[L Port Vila]] in three years.

Members elected [[P Marie-Louise Tarimas]], the leader of the [[O Vanua'aku Pati]], in his place. She is the first woman to lead the [[L Pacific]] nation of about 330,000 people, spread over more than 80 islands.

The motion was brought by six members of the [[O Union of Moderate Parties]] who left the governing coalition last month over a deal to lease land on [[L Espiritu Santo]] to a foreign fishing company. Speaker [[P Lonsdale Toka-Tari]] had rejected an earlier motion, but the [[O Supreme Court]] ruled on Monday that he had no power to do so.

[[P Naupa]], who had governed since February 2025, said he accepted the result and would sit in opposition with his [[O Graon mo Jastis Pati]]. "[[O Parliament]] has spoken, even if it speaks often," he told reporters outside the parliament building in [[L Port Vila]].

Constitutional changes approved in a referendum in 2024 were meant to end frequent no-confidence votes by stopping members from crossing the floor. Lawyers for the six members argued that the rules did not apply because their party had left the coalition as a whole.

The [[O Pacific Islands Forum]] secretary general, [[P Josaia Naulu-Tuilagi]], congratulated the new prime minister. [[O/L Canberra]] and [[O/L Wellington]], the country's largest aid donors, said they looked forward to working with her. [[L China]], which built the main government offices on [[L Efate]], also sent a message.

[[P Tarimas]] said her first trip abroad would be to [[L Nouméa]] in [[L New Caledonia]] for a meeting of the [[O Melanesian Spearhead Group]].

Sources

"New PM for [[L Vanuatu]] after motion succeeds" — [[O Vanuatu Daily Post]], August 20, 2026
"[[L Vanuatu]] changes leaders again" — [[O ABC News]], August 20, 2026`,
  },
  {
    name: 'reuters rosario soybean crushers strike the paraná river ports an oilseed workers union by spanish name and acronym exporters and crushers cargill bunge louis dreyfus company and a local one the rosario grains exchange by spanish name a chamber by acronym a ministry and a sign-off',
    text: `[[L ROSARIO]], [[L Argentina]], April 14 ([[O Reuters]]) - A strike by oilseed workers halted most soybean crushing plants around [[L Rosario]] on Tuesday, leaving at least 40 cargo ships waiting to load on the [[L Paraná]] river, the main export route for [[L Argentina]]'s grains.

The [[O Federación de Trabajadores del Complejo Industrial Oleaginoso]] ([[O FTCIODyARA]]) called the 48-hour strike after talks over wages broke down on Monday. Union leader [[P Daniel Ferreyra-Ibáñez]] said workers would not accept a raise below inflation, which is running at about 30% a year.

The plants, run by [[O Cargill]], [[O Bunge]], [[O Louis Dreyfus Company]], [[O Viterra]] and the local firm [[O Aceitera General Deheza]], process about 80% of the country's soybeans into meal and oil. [[L Argentina]] is the world's largest exporter of soymeal, much of it sold to feed mills in [[L Vietnam]], [[L Indonesia]] and [[L Spain]].

The [[O Rosario Board of Trade]] said the ports of [[L San Lorenzo]] and [[L Puerto General San Martín]] loaded no grain on Tuesday. [[P Gustavo López Arce]], a market analyst at the exchange, said each day of stoppage cost about $120 million in lost exports.

The crushers' chamber, [[O CIARA-CEC]], said it had offered a 25% increase and called the strike "disproportionate". The [[O Ministry of Human Capital]] called both sides to talks in [[L Buenos Aires]] on Wednesday.

Soybean futures on the [[O Chicago Board of Trade]] rose 1.8% on the news. Traders in [[L Geneva]] said buyers in [[L Asia]] were turning to cargoes from [[L Brazil]]'s ports of [[L Santos]] and [[L Paranaguá]].

Farmers, who sold their harvest slowly this year hoping for a weaker peso, said the strike added to their losses. "We have the beans, the trucks and the roads, and nowhere to unload," said [[P Marta Giordano]], who farms near [[L Casilda]].

(Reporting by [[P Maximilian Heath-Ortiz]] in [[L Buenos Aires]]; Editing by [[P Rod Nickel-Lowe]])`,
  },
  {
    name: 'reuters salem oregon legislature refers a ballot measure a house committee and a senate leader with d-town a ballot measure and a bill as none a teachers association a business council a pac with yes on a shoe company in beaverton counties and a sign-off',
    text: `[[L SALEM]], [[L Ore.]], March 5 ([[O Reuters]]) - [[L Oregon]] lawmakers on Thursday voted to ask voters in November to change the state's unusual tax rebate, known as the kicker, and put the money into schools instead.

The [[O Oregon House of Representatives]] passed the referral 34-25, a week after the [[O Senate]] approved it. Because it changes the constitution, the measure goes to the ballot without needing the signature of Governor [[P Tina Morrow-Lane]], who backed it. It will appear as [[X Measure 118]].

The [[O House Committee on Revenue]] had added a cap that returns any surplus above $2 billion to taxpayers. Its chair, Rep. [[P Nancy Hartwell]], [[X D-Corvallis]], said the cap "lets people keep a kicker they can see."

[[O Senate]] Majority Leader [[P Kate Lindgren-Sands]], [[X D-Beaverton]], said schools in [[L Multnomah County]] and [[L Lane County]] had cut days from the school year while the state sent $1.4 billion back to taxpayers. Republicans said the rebate kept the state honest.

The [[O Oregon Education Association]], the largest teachers' union, plans to spend $10 million on the campaign through a committee called [[O Yes on 118 for Oregon Kids]]. The [[O Oregon Business & Industry]] group said it would oppose the measure.

[[O Nike]], based in [[L Beaverton]], and [[O Intel]], the state's largest private employer with plants in [[L Hillsboro]], received some of the largest corporate rebates last year. Neither company commented.

The state's economists at the [[O Oregon Office of Economic Analysis]] forecast last month that the kicker would return about $1.9 billion in 2027. [[P Rebecca Ostrander]], a retired teacher in [[L Eugene]], said she had given her kicker back to her old school every year. "Now I would like the state to do it for me," she said.

(Reporting by [[P Deborah Bloom-Harris]] in [[L Portland]]; Editing by [[P Aurora Ellis-Grant]])`,
  },
  {
    name: 'wikinews-style football and cycling results italian serie a clubs named after towns at stadiums norwegian clubs a spanish club with real cycling teams named after sponsors a classic as none and section labels',
    text: `Sports roundup: [[O Udinese]] end [[O Napoli]] run; [[P De Lange]] wins in [[L Flanders]]

Sunday, April 5, 2026

Football: [[O Udinese]] beat [[O Napoli]] 1–0 at the [[L Bluenergy Stadium]] in [[L Udine]], ending the leaders' run of eleven games without a defeat in [[O Serie A]]. Defender [[P Nicolò Bertazzi]] scored from a corner. [[O Napoli]] coach [[P Sandro Ferrante-Lodi]] said his players "looked like they had already read the table".

[[O Empoli]] drew 2–2 with [[O Cagliari]], and [[O Lecce]] lost 0–1 at home to [[O Parma]] at the [[L Stadio Via del Mare]]. [[O Hellas Verona]] beat [[O Genoa]] 3–1 at the [[L Stadio Bentegodi]], where [[P Kwame Osei-Rinaldi]] scored twice.

In [[L Spain]], [[O Real Betis]] drew 1–1 with [[O Osasuna]] at [[L El Sadar]] in [[L Pamplona]]. In [[L Norway]], [[O Rosenborg]] opened the [[O Eliteserien]] season with a 2–0 win over [[O Molde]] at [[L Lerkendal]], and [[O Bodø/Glimt]] won 3–2 at [[O Viking]].

Cycling: [[P Jasper de Lange]] of [[O Alpecin-Deceuninck]] won the [[X Tour of Flanders]] alone in [[L Oudenaarde]], 40 seconds ahead of [[P Tadej Kovačič]] of [[O UAE Team Emirates XRG]] and [[P Mads Kjærgaard-Holm]] of [[O Lidl-Trek]]. [[P De Lange]] attacked on the [[L Oude Kwaremont]] with 55 kilometres left. The women's race was won by [[P Lotte Vermandel-Maes]] of [[O SD Worx-Protime]], who beat [[P Demi Verhoeven-Smit]] of [[O FDJ-Suez]] in a sprint.

Tennis: [[P Carlos Almagro Peña]] of [[L Spain]] beat [[P Holger Lindahl-Berg]] in the final of the [[X Monte-Carlo Masters]] at the [[L Monte-Carlo Country Club]] in [[L Roquebrune-Cap-Martin]].`,
  },
  {
    name: 'reuters ottawa health canada approves an obesity pill drugs and a trial as none health canada the public health agency the cadth drug reviewer by new name a danish and a u.s. drugmaker with tickers a provincial health minister a doctors association and a sign-off',
    text: `[[L OTTAWA]], Jan 22 ([[O Reuters]]) - [[O Health Canada]] on Thursday approved [[O Eli Lilly]]'s weight-loss pill [[X orforglipron]], to be sold as [[X Ozvara]], making [[L Canada]] one of the first countries to allow the once-daily tablet.

The regulator approved it for adults with obesity or who are overweight with at least one related illness, such as high blood pressure. [[O Lilly]] ([[X LLY.N]]) said it would be available in pharmacies from March at a list price of about C$450 a month.

The decision was based on the [[X ATTAIN-1]] trial, in which patients lost an average of 12% of their weight over 72 weeks. [[O Novo Nordisk]] ([[X NOVOb.CO]]), whose injection [[X Wegovy]] dominates the market, expects a decision on its own pill later this year.

[[O Canada's Drug Agency]], which advises public drug plans on what to pay for, said it would start its review next month. Until then the pill will be paid for only by private insurers.

[[L Ontario]]'s health minister, [[P Sylvia Brandt-Ferreira]], said the province would not cover weight-loss drugs "until we know who they help most and for how long." [[L Quebec]] has said the same.

The [[O Canadian Medical Association]] welcomed the decision but warned of shortages. Dr. [[P Arun Mehta-Kohli]], an obesity specialist at the [[O University of Alberta]] in [[L Edmonton]], said a pill could reach patients in rural areas who cannot keep injections cold. "For a lot of people in the far north, a fridge is not a given," he said.

The [[O Public Health Agency of Canada]] estimates that one in three adults in the country lives with obesity. [[O Obesity Canada]], a charity, said it would press provinces to cover the pill.

[[O Lilly]] is building a factory in [[L Concord]], [[L North Carolina]], to make the tablet and said supply for [[L Canada]] would come from [[L Indianapolis]] and [[L Kinsale]], [[L Ireland]].

(Reporting by [[P Ismail Shakil-Noor]] in [[L Ottawa]]; Editing by [[P Caroline Stauffer-Kim]])`,
  },
  {
    name: 'wikinews-style ariane 6 launch from kourou a launcher and satellites as none arianespace and arianegroup esa by name and acronym cnes eumetsat by name the guiana space centre french guiana towns in france a minister and a sources list',
    text: `[[X Ariane 6]] launches European weather satellite from [[L French Guiana]]

Wednesday, November 11, 2026

A European [[X Ariane 6]] rocket on Tuesday launched a weather satellite for [[O Eumetsat]] from the [[L Guiana Space Centre]] near [[L Kourou]], [[L French Guiana]], after two delays caused by high winds.

The satellite, [[X Metop-SG B2]], separated from the rocket's upper stage about 70 minutes after lift-off, [[O Arianespace]] said. It will measure temperature, wind and ice over the oceans for forecasters across [[L Europe]].

It was the sixth flight of the [[X Ariane 6]], which replaced [[X Ariane 5]] in 2024, and the third this year. [[O Arianespace]] chief executive [[P Delphine Marchand-Roux]] said the company hoped to launch ten times in 2027, including missions for [[O Amazon]]'s satellite internet network.

The rocket is built by [[O ArianeGroup]], a joint venture of [[O Airbus]] and [[O Safran]], with engines assembled in [[L Vernon]] and the main stage in [[L Les Mureaux]], near [[L Paris]]. The [[O European Space Agency]] ([[O ESA]]) pays part of the cost of each flight under an agreement reached in 2023 with [[L Germany]], [[L France]] and [[L Italy]].

[[O ESA]] director general [[P Johann Weidenfeld]] called the launch "routine, which is the best word we have". The French space agency, [[O CNES]], runs the launch site. Its president, [[P Lionel Baptiste-Mercier]], said a new pad for smaller rockets, including the one for [[O MaiaSpace]], an [[O ArianeGroup]] subsidiary, would open at the site in 2028.

[[L Germany]]'s [[O Isar Aerospace]] plans to fly its [[X Spectrum]] rocket from [[L Andøya]] in [[L Norway]], and [[O Rocket Factory Augsburg]] from [[L SaxaVord]] in [[L Scotland]], giving [[L Europe]] more launchers.

French research minister [[P Claire Vasseur-Blanc]] watched the launch from [[L Jupiter]], the control centre at [[L Kourou]].

Sources

"[[X Ariane 6]] lofts [[X Metop-SG B2]]" — [[O SpaceNews]], November 10, 2026
"Succès pour [[X Ariane 6]] à [[L Kourou]]" — [[O Le Monde]], November 10, 2026`,
  },
];
