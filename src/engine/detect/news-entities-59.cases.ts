/**
 * Blind entity batches 59-61 (helper ents30a, 4 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 61 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_20 are made from batches 59 and 60 only, and batch 61's errors are never printed
 * or read (only its totals, `npx tsx scripts/eval/news-entities.ts --quiet "batch 61"`). They take
 * the kinds of report issue #9 names (Wikinews with weekday and all-caps datelines, Reuters
 * business and markets, US court and local coverage, sport, obituaries, science, regional news from
 * Africa, South and Southeast Asia, Latin America and the Nordics) on subjects batches 1-58 had
 * little of: logging in a Polish forest, a South African gold miner, a West Virginia coal law, a
 * Swedish football round, a Mexican muralist, a Danish antibiotic, a Ugandan pipeline law, a
 * Bhutanese dam, a new Cambodian airport, the Itaipu tariff, an Icelandic eruption, a Lowell mill,
 * an Estonian coalition, Thai interest rates, a Spokane recount, a marathon, a fado singer and
 * Rwandan coffee. The hard cases: firms named after towns ("Klerksdorp Gold", "Hillerød
 * Bioscience", "Lampang Ceramics"), people with place-like names ("Raleigh Whitcombe", "Sydney
 * Wallin", "Olympia Reyes"), clubs named after cities, particles ("van", "du", "de la", "dos",
 * "al-"), acronyms after an expansion, legal forms outside the name ("Ltd", "PCL"), possessives,
 * hyphenated modifiers ("Mumbai-based"), Polish, Afrikaans, Swedish, Spanish, Danish, Luganda,
 * Dzongkha, Khmer, Guaraní, Icelandic, Estonian, Thai, Portuguese and Kinyarwanda names with their
 * diacritics. Laws, bills, directives, projects, pipelines, indices, tickers, cups, prizes, works,
 * drugs, journals, races and vessels are none.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_59: EntityCase[] = [
  {
    name: 'wikinews polish court halts logging in an old forest with a caps dateline under the weekday one a state agency in polish a directive as none and an inflected place in a polish source headline',
    text: `Polish court halts logging in [[L Białowieża Forest]]

Wednesday, April 21, 2027

[[L WARSAW]] — A regional administrative court in [[L Białystok]] on Tuesday suspended a logging plan for the [[L Białowieża Forest]], the last large stretch of lowland old-growth forest in [[L Europe]], after a complaint by two environmental groups.

The plan, drawn up by the state forestry agency [[O Lasy Państwowe]], would have allowed the felling of about 40,000 cubic metres of timber in the [[L Hajnówka]] forest district over three years. The agency said the cuts were needed to stop the spread of the spruce bark beetle.

[[O ClientEarth]] and the [[O Wild Poland Foundation]] argued that the plan broke the [[X Habitats Directive]], citing a 2018 judgment of the [[O Court of Justice of the European Union]] ([[O CJEU]]). Judge [[P Bożena Wróblewska-Kuś]] said the agency had not assessed what the felling would do to the forest's protected birds, including the three-toed woodpecker.

Climate Minister [[P Tadeusz Sobieraj]] said the ministry would not appeal. The mayor of [[L Hajnówka]], [[P Jarosław Dziedzic]], said 300 jobs at local sawmills depended on the timber. "We live from the forest, not next to it," he told [[O Polsat News]].

The forest, which straddles the border with [[L Belarus]], is a [[O UNESCO]] World Heritage Site and home to about 800 European bison.

Sources

"Sąd wstrzymał wycinkę w [[L Puszczy Białowieskiej]]" — [[O Gazeta Wyborcza]], April 20, 2027`,
  },
  {
    name: 'reuters south african gold miner named after its town with ltd tickers an index as none a shaft named after a farm afrikaans van and du names a union by acronym and analysts at two firms',
    text: `[[O Klerksdorp Gold]] cuts output forecast after shaft floods, shares tumble

[[L JOHANNESBURG]], March 9 ([[O Reuters]]) - Shares in [[O Klerksdorp Gold]] Ltd ([[X KGDJ.J]]) fell 11% on Tuesday after the South African miner cut its full-year output forecast by a fifth, saying underground flooding at its [[L Buffelsfontein]] shaft would keep it closed until at least June.

The company, named after the [[L North West]] province town where it sank its first shaft in 1938, now expects to produce 410,000 ounces in the year to June, down from 520,000. The stock was the worst performer on the [[X JSE All Share Index]], which rose 0.4%.

Chief Executive [[P Hendrik van Rensburg]] said pumps had removed about half of the water, but that the [[O Department of Mineral Resources and Energy]] would have to inspect the shaft before work could restart. The [[O National Union of Mineworkers]] ([[O NUM]]) said 1,800 workers had been sent home on full pay.

"The balance sheet can take a quarter like this, but not two," said [[P Thandeka Mokoena]], an analyst at [[O Investec]] in [[L Johannesburg]]. [[P Riaan du Toit]] of [[O Anchor Capital]] cut his rating to "sell".

Rival [[O Sibanye-Stillwater]] ([[X SSWJ.J]]) rose 1.2% as the gold price hit a two-week high.

(Reporting by [[P Zodwa Ntuli]]; Editing by [[P Helen Marsh]])`,
  },
  {
    name: 'ap west virginia appeals court upholds a coal plant law with judges named like cities a bill as none r-mingo a cooperative a power station a county and a state commission',
    text: `Appeals court upholds [[L West Virginia]] law that keeps coal plants open

[[L RICHMOND]], [[L Va.]] ([[O AP]]) — A federal appeals court on Thursday upheld a [[L West Virginia]] law that bars utilities from closing coal-fired power plants without the approval of state regulators, rejecting a challenge by an electric cooperative and a national environmental group.

A three-judge panel of the [[O 4th U.S. Circuit Court of Appeals]] ruled 2-1 that the law, known as [[X House Bill 4482]], did not intrude on the federal government's control of the power grid. Judge [[P Raleigh Whitcombe]] wrote for the majority; Judge [[P Camden Ayodele]] dissented, saying the law "turns a state commission into a grid operator."

The challenge was brought by [[O Appalachian Electric Cooperative]] and the [[O Sierra Club]]. Their lawyer, [[P Marisol Ketchum]], said they were weighing whether to ask the full court to rehear the case.

State Sen. [[P Logan Pritt]], [[X R-Mingo]], who wrote the bill, said the ruling protected jobs at the [[L Fort Martin Power Station]] and at mines in [[L Logan County]]. [[L West Virginia]] gets about 85% of its electricity from coal, according to the [[O U.S. Energy Information Administration]].

Gov. [[P Dwight Haskins]] said the [[O Public Service Commission of West Virginia]] would hear the first request to close a plant under the law in September. [[P Whitcombe]]'s opinion noted that no utility had yet asked.`,
  },
  {
    name: 'reuters swedish football round with clubs named after cities short and full a league a cup as none grounds named after sponsors and players named like cities',
    text: `[[O Malmö]] go top as [[O Hammarby]] slip at [[O Häcken]]

[[L STOCKHOLM]], Sept 14 ([[O Reuters]]) - [[O Malmö FF]] went top of [[O Allsvenskan]] on Sunday with a 2-0 win over [[O IFK Norrköping]], while title rivals [[O Hammarby]] lost 3-1 at [[O Häcken]] in [[L Gothenburg]].

Striker [[P Sydney Wallin]] scored twice for [[O Malmö]] at the [[L Eleda Stadion]], taking his tally to 17 for the season. [[O Norrköping]] finished with ten men after defender [[P Orlando Kamara]] was sent off for a second yellow card.

"[[P Sydney]] smells goals, and you cannot teach that," [[O Malmö]] coach [[P Anders Björkqvist]] told broadcaster [[O TV4]].

[[O Häcken]] came from behind at the [[L Bravida Arena]] with goals from [[P Jesper Lindqvist]], [[P Kwame Asante]] and [[P Elias Nordin]]. [[O Hammarby]] are two points behind [[O Malmö]] with five games left. [[O Djurgården]] beat [[O Mjällby]] 1-0 to move third.

[[O Malmö]] play [[O Kalmar]] in the quarter-finals of the [[X Svenska Cupen]] on Wednesday.`,
  },
  {
    name: 'wikinews obituary of a mexican muralist with de la names a work as none a prize as none an academy a palace a museum by acronym and a son named like a city',
    text: `[[P Rosaura de la Barrera]], muralist of [[L Oaxaca]]'s markets, dies at 91

Saturday, February 6, 2027

[[P Rosaura de la Barrera]], a Mexican painter whose murals of market women cover the walls of public buildings across [[L Oaxaca]], died on Thursday in [[L Oaxaca City]], the state's culture department said. She was 91.

Born in [[L Juchitán de Zaragoza]] in 1935, [[P de la Barrera]] studied at the [[O Academy of San Carlos]] in [[L Mexico City]] and worked as an assistant to [[P Rufino Tamayo]] before returning to the south in 1962. Her best-known mural, [[X The Tehuana Market]], covers three walls of the [[L Palacio de Gobierno]] in [[L Oaxaca City]].

She won the [[X National Prize for Arts and Literature]] in 1998. The [[O National Autonomous University of Mexico]] ([[O UNAM]]) holds the largest collection of her drawings.

"She painted the women who feed the city as if they ran it, because they do," said the historian [[P Itzel Guzmán Ruiz]], who curated a retrospective at the [[O/L Museo de Arte Contemporáneo de Oaxaca]] ([[O/L MACO]]) in 2019.

[[P de la Barrera]] is survived by a son, the photographer [[P Emiliano Toledo de la Barrera]].

Sources

"Muere la muralista [[P Rosaura de la Barrera]]" — [[O La Jornada]], February 5, 2027`,
  },
  {
    name: 'wikinews science a danish antibiotic from soil with a drug and a journal as none a cliff an island a state institute by acronym a firm named after its town an al- name and a copenhagen-based modifier',
    text: `Danish team finds new antibiotic in forest soil

Thursday, June 17, 2027

Researchers in [[L Denmark]] said on Wednesday they had found a new antibiotic in a bacterium living in soil from a beech forest on the island of [[L Møn]], and that it killed several drug-resistant bacteria in mice without harming their kidneys.

The compound, which the team has named [[X klintamycin]] after the chalk cliffs of [[L Møns Klint]], was described in a paper in the journal [[X Nature Microbiology]]. It was found by a group at the [[O University of Copenhagen]] led by microbiologist [[P Mette Kjærgaard Holm]], working with the [[O Statens Serum Institut]] ([[O SSI]]).

"Nine out of ten compounds like this turn out to be toxic. This one so far is not," [[P Holm]] said. Co-author [[P Yousef al-Harbi]] said the bacterium makes the compound only when it is short of iron.

A start-up, [[O Hillerød Bioscience]], has licensed the compound and hopes to begin trials in people in 2029. The [[L Copenhagen]]-based [[O Novo Nordisk Foundation]] paid for the work. The [[O World Health Organization]] lists drug-resistant infections among the ten greatest threats to global health.

Sources

"Ny antibiotika fundet i skovjord på [[L Møn]]" — [[O DR]], June 16, 2027`,
  },
];

export const BATCH_60: EntityCase[] = [
  {
    name: 'wikinews ugandan parliament passes a pipeline land law with a pipeline as none by name and acronym districts a lake a port a state oil firm by acronym luganda names a party by acronym and a court',
    text: `Ugandan parliament passes law to speed up oil pipeline land purchases

Friday, July 9, 2027

The [[O Parliament of Uganda]] on Thursday passed a bill that lets the government take land for the [[X East African Crude Oil Pipeline]] ([[X EACOP]]) before disputes over compensation are settled, despite protests from farmers in the [[L Hoima]] and [[L Kikuube]] districts.

Energy Minister [[P Harriet Namubiru]] said the 1,443-kilometre pipeline, which will carry crude from the oil fields near [[L Lake Albert]] to the Tanzanian port of [[L Tanga]], was 70% complete. The [[O Uganda National Oil Company]] ([[O UNOC]]) holds a 15% stake in the project, alongside [[O TotalEnergies]] and the [[O China National Offshore Oil Corporation]] ([[O CNOOC]]).

The opposition [[O National Unity Platform]] ([[O NUP]]) walked out before the vote. Its MP for [[L Buhaguzi]], [[P Ibrahim Kasozi Mutebi]], said families in [[L Kikuube]] had waited four years to be paid. "They took the land with a pen and they are paying with promises," he said.

The [[O Africa Institute for Energy Governance]] ([[O AFIEGO]]) said it would challenge the law at the [[O Constitutional Court]] in [[L Kampala]]. [[O TotalEnergies]] did not comment.

Sources

"MPs pass [[X EACOP]] land bill" — [[O Daily Monitor]], July 8, 2027`,
  },
  {
    name: 'reuters bhutan switches on a dam named after its river with a state power firm by acronym a central bank an indian buyer a mumbai-based builder with an ampersand dzongkha names and a sign-off',
    text: `[[L Bhutan]] switches on [[L Sunkosh]] dam, lifting power sales to [[L India]]

[[L THIMPHU]], Oct 2 ([[O Reuters]]) - [[L Bhutan]] switched on the first two turbines of the [[L Sunkosh]] hydropower plant on Saturday, a project that will raise the Himalayan kingdom's electricity exports to [[L India]] by about a third, the state power company said.

[[O Druk Green Power Corporation]] ([[O DGPC]]) said the 1,200-megawatt plant on the [[L Sunkosh]] river in [[L Tsirang]] district would earn about 9 billion ngultrum ($108 million) a year once all six turbines are running in 2028. [[L India]]'s [[O PTC India]] buys the power under a 35-year deal.

"Every unit we sell pays for a teacher or a nurse," Prime Minister [[P Karma Dorji Wangdi]] said at the plant. The dam was built by the [[L Mumbai]]-based [[O Larsen & Toubro]], which said the tunnels had taken three years longer than planned because of weak rock.

Hydropower makes up about a fifth of [[L Bhutan]]'s economy, and [[P Sonam Choden Lhendup]], an economist at the [[O Royal Monetary Authority of Bhutan]], said the plant's sales would help rebuild foreign reserves that fell below $500 million last year.

(Reporting by [[P Tshering Lhamo]] in [[L Thimphu]] and [[P Rohan Mehrotra]] in [[L New Delhi]]; Editing by [[P Martin Pettigrew]])`,
  },
  {
    name: 'wikinews cambodia opens an airport named after a title with a caps dateline khmer names a joint venture by acronym an airline named after the country and a temple town',
    text: `New airport opens outside [[L Phnom Penh]] as first flights land

Monday, September 13, 2027

[[L PHNOM PENH]] — [[L Cambodia]]'s new [[L Techo International Airport]], built on former rice fields about 30 kilometres south of the capital, received its first commercial flights on Sunday, replacing the old airport in the city.

A [[O Cambodia Angkor Air]] flight from [[L Siem Reap]] was the first to land, followed by services from [[L Singapore]] and [[L Bangkok]]. The airport, which straddles [[L Kandal]] and [[L Takeo]] provinces, was built by [[O Cambodia Airport Investment Company]] ([[O CAIC]]), a joint venture of the government and a local conglomerate.

Tourism Minister [[P Hang Sophal]] said the airport could handle 13 million passengers a year, three times as many as the old [[L Phnom Penh International Airport]]. "Tourists have to reach [[L Angkor]] before they can fall in love with it," she said.

Taxi drivers protested at the terminal over a new fixed fare, and a spokesman for the [[O State Secretariat of Civil Aviation]] ([[O SSCA]]), [[P Chhim Sovannarith]], said the fare would be reviewed within a month.

Sources

"[[L Techo]] airport welcomes first flights" — [[O Khmer Times]], September 12, 2027`,
  },
  {
    name: 'reuters paraguay and brazil agree an itaipu tariff with a binational firm named after the dam a state utility in spanish by acronym guarani and portuguese names a ticker and a river',
    text: `[[L Paraguay]], [[L Brazil]] agree lower [[O/L Itaipu]] tariff after two-year standoff

[[L ASUNCION]], May 27 ([[O Reuters]]) - [[L Paraguay]] and [[L Brazil]] agreed on Thursday to cut the tariff charged by [[O Itaipu Binacional]], which runs the giant hydroelectric dam on their border, by 12% from next year, ending a two-year dispute over how the plant's income is shared.

The deal, signed in [[L Foz do Iguaçu]] by Paraguayan Foreign Minister [[P Gustavo Benítez Cáceres]] and Brazilian Mines and Energy Minister [[P Otávio Brandão]], also lets [[L Paraguay]] sell its unused share of the dam's power on the Brazilian market for the first time.

[[L Paraguay]]'s state utility, the [[O Administración Nacional de Electricidad]] ([[O ANDE]]), uses less than a fifth of the power it is entitled to. "For fifty years we have sold our river to [[L Brazil]] at cost," said [[P Arami Villalba]], an energy analyst at the consultancy [[O Mentu Consultores]] in [[L Asunción]].

Shares in [[O Eletrobras]] ([[X ELET3.SA]]), which holds [[L Brazil]]'s half of the dam, rose 1.4% in [[L São Paulo]]. The dam on the [[L Paraná]] river produced about 10% of [[L Brazil]]'s electricity last year.

(Reporting by [[P Daniela Desantis Ortiz]]; Editing by [[P Laura Kessing]])`,
  },
  {
    name: 'wikinews icelandic eruption near a fishing town with an agency named in english and icelandic a spa a geothermal plant and its operator a coast guard ship as none and icelandic names',
    text: `Lava reaches walls around [[L Grindavík]] as new fissure opens

Sunday, January 16, 2028

A new fissure opened north of the fishing town of [[L Grindavík]] on [[L Iceland]]'s [[L Reykjanes]] peninsula early on Saturday, sending lava towards the earth walls built around the town, the [[O Icelandic Meteorological Office]] said.

The office, known in Icelandic as [[O Veðurstofa Íslands]], said the fissure was about 1.5 kilometres long. The town's 3,700 residents had already been moved out, and the [[L Blue Lagoon]] spa closed for the day. The geothermal power plant at [[L Svartsengi]], run by [[O HS Orka]], kept working behind its own barrier.

Geophysicist [[P Þorvaldur Sigurðsson]] of the [[O University of Iceland]] said the eruption was the ninth on the peninsula since 2021. "The magma is coming up the same road each time, and each time a little faster," he told the broadcaster [[O RÚV]].

The [[O Icelandic Coast Guard]] sent the patrol ship [[X Þór]] to [[L Grindavík]] harbour in case the town's last roads were cut. [[O Icelandair]] said flights at [[L Keflavík Airport]] were running normally. The town's mayor, [[P Ásdís Hrafnsdóttir]], said residents would not be allowed back before March.`,
  },
  {
    name: 'us local a massachusetts city buys a mill named after its founder with a newspaper a university named after the city a river a cambodian-american councillor and a builder named after a town',
    text: `[[L Lowell]] council votes to buy empty [[L Boott Mills]] building for housing

[[L LOWELL]], [[L Mass.]] — The [[O Lowell City Council]] voted 8-3 on Tuesday to buy a vacant five-storey mill building on the [[L Merrimack River]] for $6.4 million and turn it into about 120 apartments for families on low incomes.

The building is the last empty part of the [[L Boott Mills]] complex, named after the industrialist [[P Kirk Boott]], where cotton was woven from 1836 until 1956. The city will sell it on to [[O Tewksbury Construction]], which has agreed to keep the brick front and the clock tower.

Councillor [[P Sopheak Tan]], whose district includes the [[L Acre]] neighbourhood, said Cambodian-American families there were paying half their income in rent. Councillor [[P Dakota Morin]], who voted against, said the city should not "buy a building it cannot afford to heat."

The [[O University of Massachusetts Lowell]] has agreed to rent 20 of the apartments to graduate students. City Manager [[P Eileen Cashman]] said work could start in the spring. The purchase was first reported by [[O The Lowell Sun]].`,
  },
];

export const BATCH_61: EntityCase[] = [
  {
    name: 'wikinews estonian coalition collapses with a caps dateline under the weekday one the parliament by its estonian name parties by name and acronym estonian names and a president',
    text: `Estonian coalition collapses over car tax

Tuesday, November 23, 2027

[[L TALLINN]] — [[L Estonia]]'s governing coalition collapsed on Monday after the [[O Social Democratic Party]] left the government in a dispute over a tax on cars, leaving Prime Minister [[P Kadri Pärnpuu]] without a majority in the [[O Riigikogu]].

[[P Pärnpuu]], whose [[O Reform Party]] is the largest in the 101-seat parliament, said she would try to form a new government with [[O Isamaa]] rather than call an early election. The right-wing [[O Conservative People's Party of Estonia]] ([[O EKRE]]) said it would table a motion of no confidence.

[[O Social Democratic Party]] leader [[P Margus Kõiv]] said the tax fell hardest on families in [[L Ida-Viru County]] and on the islands of [[L Saaremaa]] and [[L Hiiumaa]], where there are few buses. President [[P Toomas Rebane]] will meet party leaders at [[L Kadriorg]] on Wednesday.

The tax was meant to raise 230 million euros a year for defence, which the government raised to 3.4% of gross domestic product after [[L Russia]]'s full-scale invasion of [[L Ukraine]]. The [[O Bank of Estonia]] said last week that the economy had shrunk for a third year running.

Sources

"Valitsus lagunes automaksu pärast" — [[O ERR]], November 22, 2027`,
  },
  {
    name: 'reuters thai central bank holds rates with thai names a ceramics maker named after its province with pcl tickers an index as none a bank analyst and a finance ministry',
    text: `[[O Bank of Thailand]] holds rates as baht firms; [[O Lampang Ceramics]] warns on exports

[[L BANGKOK]], Aug 20 ([[O Reuters]]) - The [[O Bank of Thailand]] kept its key interest rate at 2.00% on Wednesday, as expected, saying the economy was recovering slowly and that a stronger baht was holding inflation down.

The monetary policy committee voted 5-2 to hold the one-day repurchase rate, with two members voting for a cut of a quarter point. Assistant Governor [[P Siriporn Wattanakul]] said exports were growing but that tourist arrivals from [[L China]] were still below their level before the pandemic.

The baht rose 0.3% to 32.85 per dollar and the [[X SET index]] gained 0.6%. [[O Lampang Ceramics]] PCL ([[X LCP.BK]]) fell 3.1% after the tableware maker, named after the northern province where it fires its clay, said the strong currency would cut export earnings by a tenth.

"The baht is doing the central bank's work for it," said [[P Tanawat Chaiyaporn]], an economist at [[O Kasikorn Research Center]]. The [[O Ministry of Finance]] had asked for a cut to help farmers and small firms in the [[L Isan]] region.

(Reporting by [[P Orathai Srisuk]] and [[P Nattapong Srisawat]]; Editing by [[P Robert Ashdown]])`,
  },
  {
    name: 'ap washington state county recount with a person named like the capital a county auditor r-spokane valley a canvassing board a city council seat and local media',
    text: `Recount confirms 41-vote win in [[L Spokane]] council race

[[L SPOKANE]], [[L Wash.]] ([[O AP]]) — A hand recount on Friday confirmed that [[P Olympia Reyes]] won a seat on the [[O Spokane City Council]] by 41 votes, ending a three-week count in the closest city race in [[L Washington]] this year.

[[L Spokane County]] Auditor [[P Dean Whitacre]] said the recount of 18,240 ballots changed the result by only three votes. [[P Reyes]], a nurse who has never held office, beat [[P Curtis Vandermolen]], a former firefighter backed by the city's police union.

"Every one of those 41 people can tell their friends their vote decided it," [[P Reyes]] said outside the county courthouse. [[P Vandermolen]] said he would not challenge the result in court.

The [[O Spokane County Canvassing Board]] will certify the result on Tuesday. State Rep. [[P Leonard Huss]], [[X R-Spokane Valley]], who had called for the recount, said it showed "the system works when people can watch it." The race was first reported by [[O The Spokesman-Review]].

[[P Reyes]] will take office in January in the seat for [[L Northeast Spokane]], which includes the [[L Hillyard]] neighbourhood.`,
  },
  {
    name: 'sport a city marathon with the race as none kenyan and ethiopian runners a federation a club a brand as none and a runner named like a city',
    text: `[[P Kiprono]] breaks course record to win [[X Frankfurt Marathon]]

[[L FRANKFURT]], [[L Germany]], Oct 31 ([[O Reuters]]) - [[L Kenya]]'s [[P Geoffrey Kiprono]] broke the course record at the [[X Frankfurt Marathon]] on Sunday, winning in 2 hours 3 minutes 51 seconds in cool, still weather along the [[L Main]] river.

[[L Ethiopia]]'s [[P Tadesse Worku Alemu]] was second, 14 seconds behind, and [[P Victoria Cheruto]] of [[L Uganda]] won the women's race in 2:18:40. [[P Kiprono]], 24, trains in [[L Iten]] with a group coached by [[P Julius Kirwa Ngeno]].

"I came here for the record, not only the win," [[P Kiprono]] said at the finish in the [[L Festhalle]].

[[O Athletics Kenya]] said it would name its team for the world championships next month. German runner [[P Lukas Brenner]], who races for [[O TV Wattenscheid 01]], finished eighth in a national record.

The race's title sponsor, [[O Mainova]], said 14,000 runners had finished.`,
  },
  {
    name: 'obituary of a portuguese fado singer with dos names albums and an award as none a venue a university town and a record label',
    text: `Fado singer [[P Maria Leonor dos Anjos]] dies at 84

Thursday, March 2, 2028

[[P Maria Leonor dos Anjos]], a fado singer whose low, dark voice filled the small houses of [[L Lisbon]]'s [[L Alfama]] district for six decades, died on Tuesday at a hospital in [[L Lisbon]], her family said. She was 84.

Born in [[L Coimbra]] in 1943, [[P dos Anjos]] first sang in public at 15 at the [[L Adega Machado]], where she was heard by the guitarist [[P Armando Quintela]]. Her 1971 album, [[X Saudade da Madrugada]], was banned on radio by the dictatorship's censors for a song about emigrant workers in [[L France]].

She won the [[X Amália Rodrigues Award]] in 2005. Her label, [[O Valentim de Carvalho]], said it would reissue her first three albums next year.

"She sang as if she were telling you a secret," said the singer [[P Beatriz Felício]]. Prime Minister [[P Rui Tavares Pimentel]] called her "a voice of the people of [[L Portugal]]."

Sources

"Morreu a fadista [[P Maria Leonor dos Anjos]]" — [[O Público]], March 1, 2028`,
  },
  {
    name: 'reuters rwandan coffee exports with a board expanded once and by acronym a cooperative named after its town kinyarwanda names a buyer in a swiss city and a lake',
    text: `[[L Rwanda]] coffee earnings hit record as prices soar

[[L KIGALI]], Feb 3 ([[O Reuters]]) - [[L Rwanda]] earned a record $142 million from coffee exports in 2027, up 38% on the year before, as high world prices made up for a smaller harvest, the state export board said on Thursday.

The [[O National Agricultural Export Development Board]] ([[O NAEB]]) said volumes fell 6% after heavy rain in the western districts around [[L Lake Kivu]] during flowering. [[O NAEB]] chief executive [[P Claudine Uwamahoro]] said the board wanted to double the share of coffee washed at local stations.

"Farmers are finally seeing the price in their hands," said [[P Jean-Baptiste Habimana]], who chairs the [[O Maraba]] cooperative, named after the hill town in [[L Huye]] district where it was set up in 1999. Most of its beans are bought by [[O Sucafina]], a trader based in [[L Geneva]].

[[L Rwanda]] exports about 20,000 tonnes of coffee a year, mostly arabica, to buyers in [[L Europe]] and the [[L United States]].

(Reporting by [[P Eric Niyonzima]]; Editing by [[P Joanna Pike]])`,
  },
];
