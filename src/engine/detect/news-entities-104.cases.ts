/**
 * Blind entity batches 104-106 (helper ents46a, 6 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 106 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_35 are made from batches 104 and 105 only, and batch 106's errors are never
 * printed or read (only its totals). 104 and 105 lean on kinds of news earlier batches used little:
 * health and science (hospitals and NHS trusts, research institutes, regulators by acronym, journals
 * and medicines as none); education (universities with "of", school districts, teachers' unions,
 * exam boards); local government in several countries (prefectures, cantons, municipalities,
 * boroughs, regional councils, mayors' offices); courts and tribunals beyond the US (supreme and
 * constitutional courts, tribunals and their chambers); energy and mining (state firms, fields and
 * mines named after places, pipelines as none); culture (museums, a festival as none beside the
 * foundation that runs it, orchestras, publishers). Batch 106 is an ordinary day's wire. Products,
 * vessels, storms, laws, events and works are none. People are invented; countries, agencies and
 * companies appear as they would in any report.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_104: EntityCase[] = [
  {
    name: 'reuters london drug regulator approves a dementia medicine an nhs trust and its hospital the regulator by long name and acronym the nice appraisal body a research institute a journal and a medicine as none a charity and a sign-off',
    text: `[[L LONDON]], March 12 ([[O Reuters]]) - [[L Britain]]'s medicines regulator on Thursday approved an Alzheimer's drug made by [[O Eli Lilly]] for use in adults in the early stages of the disease, but the body that decides what the state health service pays for said it was not yet convinced the drug was worth its price.

The [[O Medicines and Healthcare products Regulatory Agency]] ([[O MHRA]]) said [[X Kisunla]], whose chemical name is donanemab, slowed memory decline by about a third over 18 months in a trial of 1,700 patients. It also warned of swelling and bleeding in the brain, seen in about one in four patients.

The [[O National Institute for Health and Care Excellence]] ([[O NICE]]) said in draft guidance that the benefits were "too small to justify the cost" to the [[O National Health Service]]. A final decision is due in June.

[[P Rowena Achebe-Clarke]], a neurologist at [[L Addenbrooke's Hospital]] in [[L Cambridge]], which is run by [[O Cambridge University Hospitals NHS Foundation Trust]], said the trust would need more scanners before it could give the drug to many patients. "Every patient needs an MRI before each of the first few infusions," she said.

Researchers at the [[O UK Dementia Research Institute]] published data in [[X The Lancet Neurology]] last month suggesting that the drug worked best in patients under 75.

The charity [[O Alzheimer's Research UK]] said the decision was "a step forward but not yet a breakthrough." Its chief executive, [[P Hilary Onwuachi]], urged [[O NICE]] and the company to agree a lower price.

[[O Eli Lilly]] said it was "disappointed" by the draft guidance and would submit more data. Shares in the [[L Indianapolis]]-based company were little changed in [[L New York]].

(Reporting by [[P Callum Strachan]]; Editing by [[P Josephine Vale]])`,
  },
  {
    name: 'wikinews-style measles outbreak in a japanese prefecture the prefectural government a city office the health ministry with commas an infectious diseases institute by acronym a university hospital a vaccine as none and a sources list',
    text: `Measles cases rise in [[L Japan]]'s [[L Osaka Prefecture]]

Friday, February 20, 2026

Health officials in [[L Osaka Prefecture]] said on Thursday that 43 people had caught measles since the start of January, the largest outbreak in the prefecture for a decade.

The [[O Osaka Prefectural Government]] said most cases were among adults in their twenties and thirties who had received only one dose of the vaccine as children. Governor [[P Hiroshi Nakabayashi]] asked people with a fever and rash to telephone a clinic before visiting.

The first case was a man who had returned from [[L Vietnam]] in late December and later travelled on the [[X Shinkansen]] to [[L Kyoto]], according to the [[O Ministry of Health, Labour and Welfare]]. The ministry asked local governments in the [[L Kansai]] region to trace passengers who sat near him.

The [[O Japan Institute for Health Security]] ([[O JIHS]]) said 71 cases had been reported across [[L Japan]] this year, more than in the whole of 2025. An official of the institute, [[P Megumi Ishiwata]], said the virus was "spreading quietly in workplaces."

In [[L Sakai]], the city office opened an evening vaccination clinic at its health centre. The [[O/L Sakai City]] government said 600 people had booked in the first two days.

Doctors at [[L Osaka University Hospital]] said they had treated two patients for pneumonia caused by the virus. Professor [[P Takeshi Moriyama]] said both had recovered.

The [[O World Health Organization]] ([[O WHO]]) declared [[L Japan]] free of endemic measles in 2015. It says cases brought from abroad can still start outbreaks where fewer than 95 percent of people have had two doses.

Sources

"Measles outbreak in [[L Osaka]] grows to 43" — [[O NHK]], February 19, 2026
"大阪府で麻疹の集団感染" — [[O Asahi Shimbun]], February 19, 2026`,
  },
  {
    name: 'ap us local school district budget cuts a county school district a teachers union and its state federation the state board of education a state university with of a superintendent a school named after a person and a local paper',
    text: `[[L BOISE]], [[L Idaho]] ([[O AP]]) — The [[O West Ada School District]], [[L Idaho]]'s largest, will close two elementary schools and cut 140 jobs next year to fill a $19 million gap in its budget, its board voted on Tuesday night.

Superintendent [[P Dana Whitcombe-Ruiz]] said enrollment had fallen by 1,900 students in three years as families moved to cheaper towns such as [[L Kuna]] and [[L Caldwell]] and as more parents chose charter schools. "We built for growth that did not come," she told the board.

The schools to close are [[L Chaparral Elementary]] in [[L Meridian]] and [[L Eliza Hart Elementary]] in [[L Star]]. Their pupils will move to nearby schools in August.

The [[O West Ada Education Association]], which represents about 2,400 teachers, said the cuts would raise class sizes to 32 in some grades. Its president, [[P Corey Blanchett]], said the union would ask the district to use its reserves first.

The [[O Idaho Education Association]], the statewide teachers' union, blamed a law passed last year that lets families spend public money on private school fees. The [[O Idaho State Board of Education]] said it had no power over district budgets.

[[P Laurel Fenwick]], an economist at [[O Boise State University]], said districts across the [[L Treasure Valley]] faced the same problem. A study she wrote with colleagues at the [[O University of Idaho]] found that enrollment in the state's public schools had peaked in 2022.

Parents who spoke at the meeting, held at [[L Centennial High School]], asked the board to delay the closures by a year. Board chair [[P Amos Lindqvist]] said that would cost $4 million the district did not have.

The [[O Idaho Statesman]] reported that two other districts, [[O Nampa School District]] and the [[O Boise School District]], were also considering closures.`,
  },
  {
    name: 'wikinews-style kenya exam leak the national examinations council by name and acronym the education ministry a teachers union by name and acronym a second union the police directorate by acronym a university with of counties a school and a sources list',
    text: `Kenyan exam body cancels chemistry paper after leak

Saturday, November 7, 2026

The [[O Kenya National Examinations Council]] ([[O KNEC]]) on Friday cancelled one of the chemistry papers of the national secondary school exam after questions were shared on messaging groups the night before.

About 960,000 candidates sat the [[X Kenya Certificate of Secondary Education]] this year. The council's chief executive, [[P Wilfred Kiprono Chebet]], said the paper would be set again on November 18 and that the leak had been traced to a storage container in [[L Kisii County]].

Education Cabinet Secretary [[P Mercy Wanjiru Nduati]] said four teachers and two police officers had been arrested. The [[O Directorate of Criminal Investigations]] ([[O DCI]]) said one of the teachers worked at a private school in [[L Nyamira]].

The [[O Kenya Union of Post Primary Education Teachers]] ([[O KUPPET]]) said honest teachers were being "painted with the same brush." Its secretary general, [[P Akelo Misori Ouma]], asked the council to pay teachers who supervise exams on time. The [[O Kenya National Union of Teachers]], which mainly represents primary school teachers, said its members were not involved.

[[P Grace Atieno Odhiambo]], a lecturer in education at the [[O University of Nairobi]], said leaks would continue "as long as a single exam decides a child's future."

At [[L Kisii School]], the principal, [[P Josephat Nyakundi]], said students were upset. "They studied for this, and now they must do it twice," he said.

The [[O Ministry of Education]] said results would still be released in January.

Sources

"[[O KNEC]] cancels chemistry paper" — [[O Daily Nation]], November 6, 2026
"Exam leak: six arrested in [[L Kisii]]" — [[O The Standard]], November 6, 2026`,
  },
  {
    name: 'reuters geneva canton votes on a hospital merger the cantonal government and parliament a university hospital the federal health office a federal court a medical association a health insurer a neighbouring canton and a sign-off',
    text: `[[L GENEVA]], Sept 27 ([[O Reuters]]) - Voters in the Swiss canton of [[L Vaud]] on Sunday approved the merger of two regional hospitals with the university hospital in [[L Lausanne]], a plan the cantonal government says will save 40 million Swiss francs a year.

The proposal passed with 58.3 percent of the vote, the [[O/L Canton of Vaud]] said. Turnout was 44 percent.

Under the plan, hospitals in [[L Yverdon-les-Bains]] and [[L Morges]] will be run by [[O Lausanne University Hospital]], known by its French initials [[O CHUV]]. Health director [[P Nathalie Cuendet]], a member of the cantonal government, said no emergency department would close.

Opponents, led by the [[O Vaud Medical Society]], said the merger would take decisions away from the towns. Its president, [[P Olivier Schaerer-Blanc]], said the society would "watch closely" how many beds were cut.

The vote ends two years of dispute. The cantonal parliament, the [[O Grand Council]], passed the law in 2025, but opponents collected enough signatures to force a referendum. A challenge to the wording of the ballot was rejected by the [[O Federal Supreme Court]] in [[L Lausanne]] in June.

The [[O Federal Office of Public Health]] said in [[L Bern]] that health costs in [[L Switzerland]] rose 4.1 percent last year. Health insurer [[O Helsana]] said premiums in [[L Vaud]] would rise again next year.

In neighbouring [[L Geneva]], the [[O Geneva University Hospitals]] are discussing a similar plan with the [[L Nyon]] region.

The [[O Swiss Medical Association]] ([[O FMH]]) said the vote should not be read as a model for the rest of the country. Cantons, not the federal government, run most hospitals in [[L Switzerland]], and the [[O Swiss Conference of Cantonal Health Directors]] has long asked for more cooperation between them.

(Reporting by [[P Silvia Castellaz]]; Editing by [[P Mark Harrowby]])`,
  },
  {
    name: 'reuters sydney cancer vaccine trial a medical research institute the national science agency by acronym the drug regulator by name and acronym a journal and a vaccine as none a state health department a biotech firm with a ticker and a sign-off',
    text: `[[L SYDNEY]], Aug 4 ([[O Reuters]]) - Australian researchers said on Tuesday that a personalised vaccine had cut the risk of melanoma returning by 44 percent in a trial of 180 patients, and that they would seek approval to use it in hospitals from next year.

The trial was run by the [[O Melanoma Institute Australia]] with the [[O Walter and Eliza Hall Institute of Medical Research]] in [[L Melbourne]], and the results were published in [[X Nature Medicine]]. The vaccine, called [[X MVX-7]], is made for each patient from the genes of their own tumour.

"This is the first time we have seen an effect this large in patients at high risk," said [[P Georgina Loukas-Barry]], the institute's medical director. Patients were treated at [[L Royal Prince Alfred Hospital]] and [[L Westmead Hospital]] in [[L Sydney]] and at the [[L Peter MacCallum Cancer Centre]] in [[L Melbourne]].

The vaccine is made by [[O Vaxigen Bio]], a company spun out of the [[O University of Sydney]]. Its shares jumped 38 percent to A$2.14 in [[L Sydney]] trading.

The [[O Therapeutic Goods Administration]] ([[O TGA]]) said it would consider the application under its priority pathway. The [[O Commonwealth Scientific and Industrial Research Organisation]] ([[O CSIRO]]), the national science agency, built the computer model that chooses each vaccine's targets.

[[L Australia]] and [[L New Zealand]] have the highest rates of melanoma in the world. [[O NSW Health]] said about 5,000 people in the state were diagnosed each year.

[[P Anand Ramaswamy]], an oncologist at the [[O University of Queensland]] who was not involved in the trial, said the result was "very encouraging" but that a larger trial was needed.

(Reporting by [[P Lachlan Tierney]]; Editing by [[P Kim Coghlan]])`,
  },
];

export const BATCH_105: EntityCase[] = [
  {
    name: 'reuters johannesburg constitutional court mining ruling the court by full name the mineral resources department with and a mining charter as none a platinum miner and its mine named after a place a mineworkers union by acronym a chamber by name and a sign-off',
    text: `[[L JOHANNESBURG]], May 4 ([[O Reuters]]) - [[L South Africa]]'s [[O Constitutional Court]] on Monday struck down rules that required mining companies to keep 30 percent black ownership even after black shareholders had sold out, a win for miners who said the rule scared off investors.

The court ruled 7-2 that the [[O Department of Mineral Resources and Energy]] had gone beyond its powers when it wrote the rule into the [[X Mining Charter]]. Justice [[P Nomvula Mthethwa-Radebe]], writing for the majority, said only [[O Parliament]] could impose such a duty.

The case was brought by the [[O Minerals Council South Africa]], which represents most of the country's miners. Its chief executive, [[P Pieter Vermaak]], said the ruling "gives investors the certainty they have asked for."

Mineral Resources Minister [[P Sifiso Khumalo]] said the government respected the ruling and would ask [[O Parliament]] to change the law.

[[O Sibanye-Stillwater]], which mines platinum near [[L Rustenburg]], said the ruling would let it go ahead with a 9 billion rand expansion at its [[L Marikana]] mine. Its shares rose 3.2 percent in [[L Johannesburg]].

The [[O National Union of Mineworkers]] ([[O NUM]]) said the ruling was "a step back for transformation." The [[O Association of Mineworkers and Construction Union]] ([[O AMCU]]), the largest union in the platinum belt, said it would march to the [[L Union Buildings]] in [[L Pretoria]] next week.

The [[O Economic Freedom Fighters]] ([[O EFF]]), an opposition party, called for mines to be nationalised.

Shares in [[O Anglo American Platinum]] and [[O Impala Platinum]] also rose. Analysts at [[O Investec]] said the ruling removed "a cloud that has hung over the sector for a decade", but warned that power cuts by the state utility [[O Eskom]] remained a bigger problem for the industry.

(Reporting by [[P Thandeka Zulu]]; Editing by [[P Nicholas Ardern]])`,
  },
  {
    name: 'wikinews-style chilean copper mine strike the state copper firm by name and a division named after its mine town a regional government a labour court a workers federation a pipeline and a port as none or place a mining ministry and a sources list',
    text: `Strike halts Chilean copper mine

Tuesday, July 14, 2026

Workers at the [[L Quebrada Verde]] copper mine in northern [[L Chile]] walked out on Monday after talks over a new pay deal broke down, halting output at a mine that produces about 3 percent of the world's copper.

The mine, in the [[L Antofagasta Region]], is owned by the state copper company [[O Codelco]]. It said the strike by two unions of its [[O Quebrada Verde Division]] had stopped work at the pit and the concentrator, but that the port of [[L Mejillones]] was still shipping copper from stock.

The [[O Federation of Copper Workers]] said the company had offered a bonus of 18 million pesos per worker, less than half what the unions asked. Union leader [[P Rodrigo Alarcón Fuentes]] said workers would not return "until [[O Codelco]] treats us as partners."

[[O Codelco]]'s chairman, [[P Ignacio Valdebenito Lira]], said the company could not afford more after two years of falling output. The company is spending billions of dollars on a desalination plant and on the [[X Agua del Norte]] pipeline, which will carry sea water 160 kilometres to the mine.

The regional governor, [[P Ricardo Díaz Olivares]], said the [[O Regional Government of Antofagasta]] would offer to mediate. Mining Minister [[P Carolina Espinoza Baeza]] asked both sides to accept the help of the [[O Labour Directorate]].

In [[L Calama]], the nearest city, shopkeepers said they feared a long strike. The [[O Calama Chamber of Commerce]] said a strike in 2021 had cost the town's businesses 30 percent of their sales.

Copper prices rose 1.4 percent on the [[O London Metal Exchange]].

Sources

"Paro en [[L Quebrada Verde]]" — [[O El Mercurio]], July 13, 2026
"[[L Chile]] copper mine strike lifts prices" — [[O Mining Weekly]], July 13, 2026`,
  },
  {
    name: 'reuters strasbourg european rights court grand chamber ruling against a state the court and its chamber a national constitutional court a tribunal an ngo a ministry and a sign-off',
    text: `[[L STRASBOURG]], Oct 8 ([[O Reuters]]) - The [[O European Court of Human Rights]] ruled on Thursday that [[L Poland]] had violated the right to a fair trial of four judges who were moved to other courts against their will, in a case seen as a test of the country's judicial reforms.

The court's [[O Grand Chamber]], its highest formation, ruled 15-2 that the transfers, ordered by a council whose members were chosen by politicians, had no basis in law. It ordered [[O/L Warsaw]] to pay each judge 20,000 euros.

The judges, who had served on the [[O Regional Court in Kraków]], brought the case after appeals at home failed. [[L Poland]]'s [[O Constitutional Tribunal]] had ruled in 2023 that such transfers were lawful, but the [[O European Court of Human Rights]] said the tribunal itself was not "a court established by law" because of how three of its judges were appointed.

One of the judges, [[P Agnieszka Wróblewska-Pietras]], said the ruling showed that "no politician can move a judge like a pawn."

The [[O Ministry of Justice]] in [[L Warsaw]] welcomed the ruling and said a bill to restore the independence of the [[O National Council of the Judiciary]] was before the [[O Sejm]].

The [[O Helsinki Foundation for Human Rights]], a [[L Warsaw]]-based group that supported the judges, said more than 200 similar cases were waiting in [[L Strasbourg]].

The [[O Court of Justice of the European Union]] in [[L Luxembourg]] has issued several rulings on the same reforms. [[L Poland]]'s [[O Supreme Court]] is still divided over how to apply them.

(Reporting by [[P Marta Zielonka]] in [[L Warsaw]] and [[P Julien Ferrand]] in [[L Strasbourg]]; Editing by [[P Alison Tennant]])`,
  },
  {
    name: 'wikinews-style museum reopens in rotterdam a museum by name a foundation that organises a festival named as none an orchestra a publisher a city municipality a ministry with and a painting as none and a sources list',
    text: `[[L Rotterdam]] museum reopens after eight-year rebuild

Sunday, May 10, 2026

The [[O/L Museum Boijmans Van Beuningen]] in [[L Rotterdam]] reopened on Saturday after an eight-year renovation that cost 320 million euros, more than twice the first estimate.

Prime Minister [[P Maarten Hoogervorst]] opened the building, where 3,000 works are now on show, among them [[X The Tower of Babel]] by [[P Pieter Bruegel]]. The museum's director, [[P Femke Oosterhuis]], said the collection had "come home."

The [[O/L Municipality of Rotterdam]], which owns the building, paid most of the cost. Alderman [[P Yusuf Karakaya]] said the city had "made mistakes with the budget" but that the museum would draw a million visitors a year.

The opening was the start of the [[X Rotterdam Summer of Art]], a festival of exhibitions and concerts run by the [[O Erasmus Culture Foundation]]. The foundation's chair, [[P Jorien van Dam]], said 40 events were planned in the city's parks until September.

The [[O Rotterdam Philharmonic Orchestra]] played at the opening under its chief conductor, [[P Ilan Vermeulen]]. A book about the rebuild, published by [[O Uitgeverij Wereldbibliotheek]], went on sale the same day.

The [[O Ministry of Education, Culture and Science]] gave 25 million euros. Minister [[P Anouk de Wit-Verbeek]] said the [[L Netherlands]] should "invest in its museums as it invests in its dikes."

The museum's storage depot, opened in 2021 in the [[L Museumpark]], stays open.

Critics noted that the rebuild was finished four years late. The [[O Court of Audit]] of the municipality said in a report last year that the city had not checked the builder's estimates, and the council's opposition parties asked for an inquiry.

Sources

"[[O/L Boijmans]] weer open" — [[O NRC]], May 9, 2026
"[[L Rotterdam]]'s great museum returns" — [[O The Art Newspaper]], May 9, 2026`,
  },
  {
    name: 'reuters wellington regional councils and a city council a mayor a state-owned power company a gas field named after a place a pipeline as none a regulator by acronym a ministry and a sign-off',
    text: `[[L WELLINGTON]], Jan 21 ([[O Reuters]]) - [[L New Zealand]]'s largest gas field will stop producing two years earlier than expected, its operator said on Wednesday, raising fears of winter power shortages and higher prices for households.

[[O OMV New Zealand]] said the [[L Pohokura]] field off the [[L Taranaki]] coast would be shut in 2028 after output fell by a fifth last year. The gas is carried to the [[L New Plymouth]] area by the [[X Maui]] pipeline, which also serves the fertiliser plant at [[L Kapuni]].

State-owned power company [[O Genesis Energy]] said it would burn more coal at its [[L Huntly]] power station to cover the shortfall. Its chief executive, [[P Malcolm Ropata-Hughes]], said the country "simply does not have enough gas."

Energy Minister [[P Shane Tuhoe]] said the government would speed up permits for new drilling. The [[O Electricity Authority]] said wholesale prices had doubled since August.

The [[O Taranaki Regional Council]], which regulates land and water in the region, said it would review the field's plan for removing its wells. Council chair [[P Ngaire Whitmore]] said 1,200 jobs in the region depended on gas.

In [[L New Plymouth]], Mayor [[P Rachael Lindqvist-Tane]] said the [[O New Plymouth District Council]] would ask the government for money to retrain workers. The mayor's office said it had written to the [[O Ministry of Business, Innovation and Employment]].

The [[O Greater Wellington Regional Council]] said separately that it would switch its buses to electric power by 2030.

The [[O Green Party]] said the early closure was a reason to build more wind and solar farms rather than drill. Its energy spokesperson, [[P Aroha Kingi-Marsden]], said the government was "chasing a fuel that is running out."

(Reporting by [[P Lucy Craig]]; Editing by [[P Bernard Ashe]])`,
  },
  {
    name: 'afp tokyo supreme court ruling on a nuclear plant restart a utility with a plant named after its town a prefecture and its governor a nuclear regulator by acronym a district court a high court branch residents group and a tokyo ward',
    text: `[[L TOKYO]] ([[O AFP]]) - [[L Japan]]'s [[O Supreme Court]] on Friday cleared the way for a nuclear plant on the [[L Sea of Japan]] coast to restart, overturning a lower court order that had kept it shut for three years over earthquake risks.

The court's [[O First Petty Bench]] ruled unanimously that the [[O Kanazawa Branch of the Nagoya High Court]] had been wrong to halt the [[L Shika]] nuclear power station, run by [[O Hokuriku Electric Power]], in [[L Ishikawa Prefecture]].

The plant was damaged in the New Year's Day earthquake of 2024 that killed more than 500 people on the [[L Noto]] peninsula. Residents argued that the quake showed that faults near the plant were longer than the company had said.

"The court has ignored what happened to us," said [[P Keiko Matsubara]], 71, who leads a group of residents from [[L Shika]] and [[L Wajima]].

Restart still needs the approval of the [[O Nuclear Regulation Authority]] ([[O NRA]]), which is reviewing the company's safety plan, and of [[L Ishikawa]] Governor [[P Takumi Okada]]. The governor said he would "listen carefully to residents" before deciding.

[[O Hokuriku Electric]] said it would not rush. Its shares rose 6 percent in [[L Tokyo]].

The [[O Kanazawa District Court]] is hearing a separate case brought by residents of [[L Toyama Prefecture]].

[[L Japan]] shut all its reactors after the [[L Fukushima]] disaster in 2011. Twelve have restarted since, most of them in western [[L Japan]], and the government wants nuclear power to supply a fifth of the country's electricity by 2040. [[O Kansai Electric Power]], the largest nuclear operator, restarted a seventh reactor last year.

In [[L Tokyo]], the [[O Chiyoda Ward]] office said about 300 people had joined a protest outside the court.`,
  },
];

export const BATCH_106: EntityCase[] = [
  {
    name: 'reuters paris budget vote a prime minister and parties by long name and acronym the national assembly the finance ministry a rating agency the central bank a union and a sign-off with two people',
    text: `[[L PARIS]], Nov 19 ([[O Reuters]]) - [[L France]]'s government survived a no-confidence vote on Wednesday after forcing its 2027 budget through the lower house without a vote, but the [[O Socialist Party]] warned it would not save the prime minister a second time.

The motion, brought by the hard-left [[O France Unbowed]] ([[O LFI]]), won 271 votes, 18 short of the 289 needed to topple the government. The far-right [[O National Rally]] ([[O RN]]) voted for it, while most members of the [[O Socialist Party]] abstained.

Prime Minister [[P Étienne Marchand-Leroy]] told the [[O National Assembly]] that the budget would cut the deficit to 4.7 percent of output next year. "We have no right to leave our children this debt," he said.

[[O Socialist Party]] leader [[P Claire Boissonnat]] said her party had abstained only because the government agreed to freeze a rise in the pension age. "This is not a blank cheque," she said.

Finance Minister [[P Hugo Bertrand-Lacaze]] said the [[O Ministry of Economy and Finance]] expected growth of 0.9 percent. The [[O Bank of France]] forecasts 0.7 percent.

The ratings agency [[O Moody's]] is due to review [[L France]]'s rating on Friday. [[O S&P Global]] cut it in October.

The [[O CGT]] union called a day of strikes for December 2 against cuts to public services.

The gap between French and German 10-year borrowing costs narrowed to 0.78 percentage point after the vote.

Business groups welcomed the outcome. The employers' federation [[O Medef]] said a fall of the government "would have cost the country dearly." Its president, [[P Patrick Martinon]], urged lawmakers to pass the social security budget before Christmas.

(Reporting by [[P Elodie Vasseur]] and [[P Marc Dufresne-Aubry]]; Editing by [[P Giles Penrose]])`,
  },
  {
    name: 'reuters frankfurt bank takeover two banks one with an ampersand a regulator by acronym the finance agency the government stake a union by name advisers and a stock index as none',
    text: `[[L FRANKFURT]], Nov 19 ([[O Reuters]]) - [[O Commerzbank]] agreed on Wednesday to buy the private bank [[O Hauck Aufhäuser Lampe]] for 1.1 billion euros, its largest deal in fifteen years, as it seeks to grow its wealth management business and fend off [[O UniCredit]].

Chief executive [[P Bettina Orlowski]] said the deal would add 30 billion euros of client assets and save 150 million euros a year in costs by 2029. The seller is [[O Fosun International]], the [[L Shanghai]]-based conglomerate.

[[O UniCredit]], which owns nearly 30 percent of [[O Commerzbank]], declined to comment. Its chief executive, [[P Stefano Garbarino]], has said he wants to buy the [[L Frankfurt]] lender outright, a plan [[O/L Berlin]] opposes.

The German government, which holds 12 percent of [[O Commerzbank]] through its [[O Finance Agency]], said the deal was "a matter for the bank's board."

The deal needs approval from the [[O European Central Bank]] ([[O ECB]]) and from [[L Germany]]'s financial watchdog [[O BaFin]].

The [[O Verdi]] union, which represents bank staff, said it feared "hundreds of jobs" would go at [[O Hauck Aufhäuser Lampe]]'s offices in [[L Munich]] and [[L Cologne]].

[[O Goldman Sachs]] advised [[O Commerzbank]], while [[O Morgan Stanley]] and the law firm [[O Freshfields]] advised [[O Fosun]].

[[O Commerzbank]] shares rose 2.3 percent, outpacing a 0.4 percent gain in the [[X DAX]].

[[O Hauck Aufhäuser Lampe]], formed in 2021 from the merger of [[O Hauck & Aufhäuser]] and [[O Bankhaus Lampe]], manages money for wealthy families and foundations and runs a fund administration business in [[L Luxembourg]]. Its chief executive, [[P Michael Bentlage-Roth]], will join [[O Commerzbank]]'s management board.

Analysts at [[O Jefferies]] said the price, about 1.3 times book value, was "full but fair."

(Reporting by [[P Tobias Sommer-Becker]]; Editing by [[P Ingrid Wolter]])`,
  },
  {
    name: 'afp dakar election result an electoral commission by acronym parties and a coalition a constitutional council the african union and ecowas observers a town and a sources-free wire',
    text: `[[L DAKAR]] ([[O AFP]]) - Opposition candidate [[P Aminata Ndour-Sarr]] has won [[L Senegal]]'s presidential run-off with 53.8 percent of the vote, provisional results showed on Tuesday, and the outgoing president has conceded.

The [[O National Autonomous Electoral Commission]] ([[O CENA]]) said turnout was 61 percent. The results must be confirmed by the [[O Constitutional Council]] within five days.

[[P Ndour-Sarr]], 49, a former mayor of [[L Ziguinchor]], led a coalition of parties called [[O Taxawu Senegal]]. She beat [[P Mamadou Lamine Diouf]], the candidate of the ruling [[O Alliance for the Republic]].

"The people have spoken, and I congratulate her," [[P Diouf]] said in a statement read on national television.

Thousands of her supporters gathered in the centre of [[L Dakar]] and in [[L Thiès]] to celebrate.

Observers from the [[O African Union]] and the [[O Economic Community of West African States]] ([[O ECOWAS]]) said the vote had been calm and credible. The head of the [[O AU]] mission, [[P Joseph Mwamba-Tshibangu]], praised the "maturity" of Senegalese voters.

[[L Senegal]] began pumping oil from its first offshore field in 2024, and the new president has promised to review contracts with foreign companies.

She is due to be sworn in on April 2.

[[P Ndour-Sarr]] has promised to cut the cost of rice and fuel and to create jobs for young people, many of whom try to reach [[L Spain]]'s [[L Canary Islands]] by boat. More than 300 people from [[L Senegal]] died at sea last year, according to the [[O International Organization for Migration]] ([[O IOM]]).

The [[O International Monetary Fund]] ([[O IMF]]), which suspended a loan programme last year after finding that debt had been under-reported, said it would "work closely with the new authorities." The [[L Paris]]-based group [[O Reporters Without Borders]] said it hoped the new government would free two journalists held since January.`,
  },
  {
    name: 'ap tennis final a player wins an open title a venue a governing body by acronym a sponsor a rival and a national federation',
    text: `[[L MELBOURNE]], [[L Australia]] ([[O AP]]) — [[P Lena Hartigan]] won her first Grand Slam title on Saturday, beating defending champion [[P Sofia Carranza]] 6-4, 3-6, 7-5 in the [[X Australian Open]] final at [[L Rod Laver Arena]].

The 22-year-old from [[L Brisbane]] became the first Australian woman to win the tournament since 1978. She served out the match at the second attempt and fell flat on her back on the court.

"I have dreamed of this since I was five," [[P Hartigan]] said, holding the [[X Daphne Akhurst Memorial Cup]]. "I saw all those people in the stands and just tried not to cry."

[[P Carranza]], of [[L Spain]], had won 14 straight matches in [[L Melbourne]]. She broke serve twice in the second set and led 4-2 in the third before [[P Hartigan]] won five of the last six games.

[[P Hartigan]] will rise to No. 3 in the [[O WTA]] rankings on Monday. Her coach, [[P Danny Whitlock]], a former doubles player, said she had been "unbelievably calm."

[[O Tennis Australia]] president [[P Jayne Hrdlicka-Moss]] presented the trophy. Prime Minister [[P Graham Talbot]] was in the crowd.

[[P Hartigan]] had never gone past the fourth round of a major before this year. She beat three seeded players on the way to the final, including world No. 1 [[P Katarina Vesely]] of the [[L Czech Republic]] in the semi-finals.

The crowd of 15,000 sang along as she climbed into the stands to hug her parents and her sister, who plays college tennis at the [[O University of Texas]].

She won 3.5 million Australian dollars in prize money.

The men's final, between [[P Matteo Cividale]] and [[P Arthur Lindqvist]], is on Sunday.`,
  },
  {
    name: 'ap us local a police shooting inquiry a city police department a county prosecutor a state bureau of investigation a city council a civil rights group and a hospital',
    text: `[[L AKRON]], [[L Ohio]] ([[O AP]]) — A man shot by police during a traffic stop in [[L Akron]] on Sunday night has died, and the state's criminal investigators have taken over the case, officials said on Monday.

The [[O Akron Police Department]] said officers stopped a car for a broken tail light on [[L Copley Road]] shortly after 10 p.m. The driver, [[P Darnell Whitfield]], 27, ran from the car and was shot by one officer after a struggle, police said. He died early Monday at [[L Akron General Medical Center]].

Police Chief [[P Brian Harnett]] said the officer, who has served for six years, had been placed on leave. The officer's body camera was switched on, he said.

The [[O Ohio Bureau of Criminal Investigation]] will investigate, and [[O/L Summit County]] Prosecutor [[P Elena Kovacevic]] will decide whether to bring charges.

[[P Whitfield]]'s mother, [[P Loretta Whitfield]], said her son was "scared, not dangerous." The family's lawyer, [[P Bobby DiCello-Marsh]], asked the city to release the video within a week.

The [[O Akron NAACP]] called for calm and for the video to be released. Members of the [[O Akron City Council]] said they would hold a special meeting on Thursday.

Mayor [[P Ray Okonkwo-Bell]] said the city "will be open about what happened."

It is the second fatal police shooting in [[L Akron]] in three years. In 2022, the city was shaken by weeks of protests after officers killed a man who ran from a traffic stop, and the [[O U.S. Department of Justice]] later reviewed the department's use of force.

A vigil was held on Monday evening outside the [[L Mount Calvary Baptist Church]], where [[P Whitfield]] sang in the choir. His pastor, the Rev. [[P Clarence Oduya]], told the crowd that the city "cannot keep having these nights." The [[O Fraternal Order of Police]] lodge that represents [[L Akron]] officers said the officer had followed his training.`,
  },
  {
    name: 'wikinews-style football clubs named after cities a league and a cup as none a stadium two coaches a federation and a sources list',
    text: `[[O Sporting CP]] go five points clear in [[L Portugal]]

Monday, March 2, 2026

[[O Sporting CP]] moved five points clear at the top of [[L Portugal]]'s [[O Primeira Liga]] on Sunday with a 2–0 win over [[O Braga]] at the [[L Estádio José Alvalade]] in [[L Lisbon]].

Striker [[P Henrik Dalsgaard-Lund]] scored with a header in the 23rd minute, and midfielder [[P Tiago Mendes Ramalho]] added a second after the break.

[[O Benfica]], in second place, drew 1–1 away at [[O Vitória de Guimarães]] on Saturday, while [[O Porto]] lost 2–1 at home to [[O Famalicão]].

[[O Sporting]] coach [[P Nuno Figueiredo]] said the title race was "far from over" with eleven games left. [[O Braga]] coach [[P Xavier Pujol Arnau]] complained about the referee, who sent off defender [[P Moussa Arrey-Tambe]] before half-time.

Goalkeeper [[P Franco Israel-Duarte]] made three fine saves in the first half to keep [[O Braga]] out. [[O Sporting]] have now won nine league games in a row and have conceded only four goals since December.

[[O Braga]], fourth, are level on points with [[O Porto]] in the race for the last place in next season's [[X Champions League]].

At the bottom, [[O Boavista]] lost 3–0 at [[O Gil Vicente]] and are now seven points from safety. Their president, [[P Fernando Queirós]], said after the match that the club would appeal against a points deduction imposed by the league in January over unpaid wages.

The [[O Portuguese Football Federation]] said the two clubs would meet again in the semi-finals of the [[X Taça de Portugal]] in April.

Sources

"[[O Sporting]] vence [[O Braga]] e foge na liderança" — [[O Record]], March 1, 2026
"[[O Sporting]] beat [[O Braga]] to open gap" — [[O ESPN]], March 1, 2026`,
  },
];
