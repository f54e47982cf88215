/**
 * Blind entity batches 92-94 (helper ents42a, 6 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 94 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_31 are made from batches 92 and 93 only, and batch 94's errors are never printed
 * or read (only its totals). They lean on kinds of news earlier batches used little: Wikinews-style
 * briefs on science, disasters and accidents (an eruption, a derailment, a plane crash: rescue
 * services, airlines, investigators, hospitals); central-bank, bond and currency wires (banks,
 * funds, rating agencies, ministries, exchanges); US county and city politics (county councils,
 * school boards, sheriffs, district attorneys, ballot measures, courts); Asian politics and business
 * (South Korea, India, Japan: parties, conglomerates, ministries with long names); cricket, rugby
 * and tennis results (tournaments as none, franchise teams, venues); obituaries and arts news
 * (orchestras, museums, festivals, prizes, record labels; works and titles are none). People are
 * invented; countries, agencies and companies appear as they would in any report.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_92: EntityCase[] = [
  {
    name: 'wikinews-style eruption on flores a volcano and an island the volcanology centre by long name and acronym the disaster agency by name and acronym the rescue agency a regional hospital airlines and the civil aviation directorate airnav a governor a university and a sources list',
    text: `Volcano on [[L Flores]] erupts, forcing thousands from their homes

Monday, August 17, 2026

[[L Mount Lewotobi]], a twin-peaked volcano on the island of [[L Flores]] in eastern [[L Indonesia]], erupted late on Saturday, sending a column of ash eight kilometres into the sky and forcing about 6,000 people to leave villages on its slopes.

The [[O Centre for Volcanology and Geological Hazard Mitigation]] ([[O PVMBG]]) raised the alert to its highest level and widened the exclusion zone to seven kilometres from the crater. The centre's head, [[P Agus Setiadi Nugroho]], said seismographs at the observation post in [[L Boru]] had recorded more than 300 tremors in the six hours before the blast.

The [[O National Disaster Management Agency]] ([[O BNPB]]) said two people were killed when hot rocks struck a house in [[L Hokeng]], and eleven were treated for burns at [[O/L Larantuka Regional Hospital]]. Rescue workers from [[O Basarnas]], the national search and rescue agency, reached the village on Sunday morning with trucks lent by the army.

[[O Wings Air]] and [[O TransNusa]] cancelled flights to [[L Maumere]] and [[L Labuan Bajo]] after the [[O Directorate General of Civil Aviation]] closed the airspace over eastern [[L Flores]]. [[O AirNav Indonesia]], which runs air traffic control, said ash had reached [[L Kupang]] on [[L Timor]] by Sunday afternoon. Airlines in [[L Australia]] said flights to [[L Bali]] were not affected.

Governor [[P Yosef Bria Tukan]] of [[L East Nusa Tenggara]] province declared a 14-day emergency and asked [[L Jakarta]] for tents and clean water. "The mountain has given us three warnings in two years. This time everyone listened," he said at a shelter in [[L Konga]].

Geologists at the [[O Bandung Institute of Technology]] said radar images from the [[O European Space Agency]]'s satellites showed that the volcano's northern flank had been swelling since March. [[P Ratna Sihombing]], who studies the volcano there, said a further eruption in the coming weeks "cannot be ruled out".

Sources

"[[L Lewotobi]] erupts again, thousands evacuated" — [[O Antara]], August 16, 2026
"Erupsi [[L Lewotobi]], status Awas" — [[O Kompas]], August 16, 2026`,
  },
  {
    name: 'reuters tokyo bank of japan raises rates the yen and government bonds board members rengo by name and long name an index as none a strategist at a securities house banks the ministry of finance life insurers a rating agency the pension fund and a sign-off with two reporters',
    text: `[[L TOKYO]], Oct 30 ([[O Reuters]]) - The [[O Bank of Japan]] raised its short-term policy rate to 1.0% on Thursday, its highest in three decades, and signalled more increases if wages keep rising, sending the yen to a two-month high against the dollar.

The decision, made by a 7-2 vote, had been expected by 31 of 45 economists polled by [[O Reuters]]. Board members [[P Kenji Oshiro]] and [[P Mariko Tanabe-Ueda]] voted against, saying the economy could not yet bear higher borrowing costs.

Governor [[P Hiroshi Kamimura]] told a news conference that spring wage talks led by the [[O Japanese Trade Union Confederation]], known as [[O Rengo]], were likely to produce raises above 5% again. "We are no longer behind the curve, but we are not ahead of it either," he said.

The dollar fell 0.8% to 148.20 yen. The yield on the benchmark 10-year Japanese government bond rose 4 basis points to 1.72%, its highest since 2008, while the [[X Nikkei]] share average slipped 0.6%.

"The message is that the bank is comfortable with a stronger yen," said [[P Akira Fujisawa]], chief rates strategist at [[O Mizuho Securities]]. Analysts at [[O Nomura]] and [[O Goldman Sachs]] moved their forecasts for the next increase to April.

The [[O Ministry of Finance]] said it would cut issuance of super-long bonds by 300 billion yen in the next quarter after weak demand at an auction of 30-year debt this month. Life insurers such as [[O Nippon Life Insurance]] and [[O Dai-ichi Life]] have cut their purchases of long bonds as yields climb.

Rating agency [[O S&P Global Ratings]] affirmed [[L Japan]]'s A+ rating last week but warned that higher interest costs could strain the budget. The [[O Government Pension Investment Fund]], the world's largest pension fund, is due to report its quarterly returns on Friday.

(Reporting by [[P Naoki Terada]] and [[P Emi Sakurai-Holt]]; Editing by [[P Clara Beckett]])`,
  },
  {
    name: 'reuters akron ohio county council puts a jail levy on the ballot the county council and executive the sheriff and his office the prosecutor a ballot issue as none the court of common pleas a city school board a township a union lodge a newspaper and a sign-off',
    text: `[[L AKRON]], [[L Ohio]], July 14 ([[O Reuters]]) - The [[O Summit County Council]] voted 8-3 on Monday to ask voters in November for a 30-year property tax levy to build a new county jail, after the sheriff warned that the old one in downtown [[L Akron]] could fail a state inspection.

Sheriff [[P Curtis Bramwell]] told council members that the jail, which opened in 1989, held 640 inmates on most nights in a building meant for 450. The [[O Summit County Sheriff's Office]] has closed two housing units since March because of broken locks and leaking roofs.

The levy, which will appear on the ballot as [[X Issue 7]], would raise about $28 million a year. County Executive [[P Nadia Oyelowo-Kline]], a Democrat, backed it, as did Prosecutor [[P Dominic Ferrante]], who said crowding had forced judges of the [[O Summit County Court of Common Pleas]] to release people awaiting trial.

Council member [[P Greg Whitlatch]], one of the three who voted no, said the county should spend more on treatment before it pours concrete. "We are building for the problem we had in 2010," he said. The [[O Fraternal Order of Police]] lodge that represents deputies supports the plan.

The vote came a week after the [[O Akron Public Schools]] board put its own operating levy on the same ballot. Board president [[P Tamika Reeves-Gold]] said the district did not want to compete with the county for votes but had no choice. Trustees in [[L Copley Township]] and the city of [[L Cuyahoga Falls]] have also said they may ask for money in November.

A poll for the [[O Akron Beacon Journal]] in June found 46% of likely voters in [[L Summit County]] would support a jail levy and 41% would oppose it.

(Reporting by [[P Kristin Maddox-Vail]] in [[L Akron]]; Editing by [[P Lena Hargreave]])`,
  },
  {
    name: 'reuters seoul national assembly passes a commercial act change the assembly the ruling and opposition parties by name a ministry with commas the fair trade commission chaebol by group and by listed unit a lobby group an exchange and an index as none the pension service and a sign-off',
    text: `[[L SEOUL]], March 12 ([[O Reuters]]) - [[L South Korea]]'s [[O National Assembly]] on Thursday passed a change to the commercial law that requires directors of listed companies to act in the interest of all shareholders, a measure aimed at the family-run conglomerates that dominate the economy.

The bill passed by 178 votes to 92, with the ruling [[O Democratic Party of Korea]] and two smaller parties in favour and most members of the conservative [[O People Power Party]] against. The president has said he will sign it.

Lawmaker [[P Park Seo-yeon]], who drafted the bill, said it would end the "[[L Korea]] discount" that keeps share prices low. "Minority shareholders have been paying for decisions made in family dining rooms," she said.

The [[O Federation of Korean Industries]], a lobby group for big business, said the law would invite lawsuits from foreign hedge funds. Groups such as [[O Hanwha]], [[O Lotte]] and [[O Hyundai Motor Group]] have restructured units in ways that critics say favoured the founding families over other investors.

The [[O Ministry of Trade, Industry and Energy]] said it would issue guidelines within three months, and the [[O Fair Trade Commission]] said it would watch for deals between affiliates. [[O Hanwha Aerospace]] shares rose 3.1% on the [[O Korea Exchange]], and the [[X KOSPI]] index gained 1.4%.

The [[O National Pension Service]], which holds stakes in most large listed companies, said it would use its votes more actively at annual meetings this month. [[P Choi Min-jun]], a fund manager at [[O Mirae Asset Global Investments]], said foreign investors had "waited a decade for this sentence".

(Reporting by [[P Kang Hyun-woo]] and [[P Joanne Seo-Mercer]]; Editing by [[P Martin Pettigrew]])`,
  },
  {
    name: 'wikinews-style cricket results ipl franchise teams named after cities with nicknames stadiums named after people and places the bcci by name and acronym a series and a trophy as none counties in england and section labels',
    text: `Cricket roundup: [[O Mumbai Indians]] beat [[O Chennai Super Kings]]; [[O Surrey]] stay top

Sunday, April 19, 2026

In the [[O Indian Premier League]], [[O Mumbai Indians]] beat [[O Chennai Super Kings]] by six wickets at the [[L Wankhede Stadium]] on Saturday. Opener [[P Arjun Deshpande]] made 78 from 49 balls, and fast bowler [[P Kavin Raghavan]] took three wickets for 22. [[O Chennai]] captain [[P Rohan Iyer-Nair]] said his side had been "twenty runs short on a good pitch".

[[O Royal Challengers Bengaluru]] lost to [[O Kolkata Knight Riders]] by 12 runs at [[L Eden Gardens]], and [[O Rajasthan Royals]] beat [[O Punjab Kings]] in a super over in [[L Jaipur]] at the [[L Sawai Mansingh Stadium]]. [[O Gujarat Titans]] top the table on net run rate.

The [[O Board of Control for Cricket in India]] ([[O BCCI]]) said the final would be played at the [[L Narendra Modi Stadium]] in [[L Ahmedabad]] on May 31.

In [[L England]], [[O Surrey]] beat [[O Somerset]] by an innings and 40 runs at [[L The Oval]] to stay top of the first division of the [[X County Championship]]. Off-spinner [[P Tom Ashworth-Blake]] took nine wickets in the match. [[O Lancashire]] drew with [[O Essex]] at [[L Old Trafford]], where rain washed out the last day.

In [[L New Zealand]], the [[O Wellington Firebirds]] won the [[X Plunket Shield]] for the first time in seven years after beating [[O Canterbury]] at the [[L Basin Reserve]].

Women: [[O Australia]] beat [[O South Africa]] by 41 runs in the second one-day international in [[L Durban]] to take an unbeatable 2–0 lead in the three-match series. [[P Ellie Vanstone]] made 104.

In [[L Pakistan]], the [[O Lahore Qalandars]] beat the [[O Karachi Kings]] by 22 runs at the [[L Gaddafi Stadium]] in the [[O Pakistan Super League]]. Leg-spinner [[P Usman Rafiq Baig]] took four wickets, and the [[O Pakistan Cricket Board]] said the final would be moved to [[L Rawalpindi]] because of work on the floodlights in [[L Lahore]].`,
  },
  {
    name: 'wikinews-style obituary of a finnish conductor orchestras by city and by radio a record label a festival and a prize as none works as none an opera house an academy named after a composer a daughter and a sources list',
    text: `Finnish conductor [[P Aino Rautavaara-Lind]] dies aged 81

Wednesday, January 14, 2026

[[P Aino Rautavaara-Lind]], the Finnish conductor who led the [[O Lahti Symphony Orchestra]] for 19 years and recorded more than 70 albums, died on Monday in [[L Helsinki]]. She was 81.

Her family said she died in her sleep after a short illness. She had conducted her last concert, a performance of [[X Sibelius's Fifth Symphony]] with the [[O Finnish Radio Symphony Orchestra]], in October.

Born in [[L Kuopio]] in 1944, [[P Rautavaara-Lind]] studied at the [[O Sibelius Academy]] under [[P Jorma Heikkilä]] and was one of the first women in [[L Europe]] to lead a full-time symphony orchestra. She took over in [[L Lahti]] in 1985, when the orchestra played in a school hall, and campaigned for more than a decade for the [[L Sibelius Hall]], the wooden concert hall on the shore of [[L Lake Vesijärvi]] that opened in 2000.

Her recordings for the Swedish label [[O BIS Records]], including a cycle of the symphonies of [[P Uuno Kaarlela]], won the [[X Gramophone Award]] in 1997. She also conducted at the [[O/L Finnish National Opera]] and founded the [[X Lahti Sibelius Festival]], held each September.

"She made an orchestra in a small town sound like it belonged in [[L Vienna]]," said [[P Markus Halonen]], the orchestra's chief conductor. The [[O Berlin Philharmonic]], which she conducted twice, said on its website that it mourned "a musician of rare seriousness and warmth".

She is survived by her daughter, the cellist [[P Sanni Lind]], and two grandsons. A memorial concert will be held in [[L Lahti]] in February.

Sources

"Kapellimestari [[P Aino Rautavaara-Lind]] on kuollut" — [[O Yle]], January 13, 2026
"Conductor who built a hall for her orchestra dies" — [[O Helsingin Sanomat]], January 13, 2026`,
  },
];

export const BATCH_93: EntityCase[] = [
  {
    name: 'wikinews-style derailment in spain a train operator and the rail infrastructure body by name and acronym an investigation commission by acronym emergency services of a region a hospital as place or employer a union a minister a river and a sources list',
    text: `Seven killed as high-speed train derails in southern [[L Spain]]

Friday, November 6, 2026

Seven people were killed and 41 injured on Thursday evening when a high-speed train travelling from [[L Madrid]] to [[L Málaga]] derailed near [[L Antequera]] in the province of [[L Málaga]], [[L Spain]]'s emergency services said.

The train, operated by the state railway company [[O Renfe]], was carrying 212 passengers. Its last three carriages left the track at about 160 kilometres per hour on a bridge over the [[L Guadalhorce]] river, and one of them fell onto the embankment below.

Firefighters and paramedics from the [[O Andalusian Emergency Service]] worked through the night to free passengers trapped in the wreckage. Eighteen of the injured were taken to the [[O/L Regional University Hospital of Málaga]] and six to a hospital in [[L Antequera]]. The [[O Guardia Civil]] sealed off the line.

Transport Minister [[P Alejandro Ruiz Carvajal]] travelled to the site overnight. He said the [[O Railway Accident Investigation Commission]] ([[O CIAF]]) would examine the track, the signals and the train's data recorder. [[O Adif]], the public company that manages the rail network, said the section had been inspected in September.

The train drivers' union [[O SEMAF]] said it had warned [[O Adif]] in the spring about subsidence near the bridge after heavy rain. Its spokesman, [[P Jorge Bermúdez Olmo]], called for the line to stay closed until the investigation was finished.

The president of the regional government of [[L Andalusia]], [[P Inmaculada Serrano Vidal]], declared three days of mourning. [[O Iryo]] and [[O Ouigo]], which run competing services on the route, cancelled their trains on Friday.

It is the deadliest rail accident in [[L Spain]] since 2013, when 80 people died near [[L Santiago de Compostela]].

Sources

"Descarrila un tren de alta velocidad cerca de [[L Antequera]]" — [[O El País]], November 5, 2026
"Seven dead in [[L Spain]] train derailment" — [[O BBC News]], November 6, 2026`,
  },
  {
    name: 'reuters jakarta bank indonesia defends the rupiah the central bank a deputy governor the finance ministry bond auctions foreign funds a rating agency the stock exchange and an index as none an economist at a bank and a sign-off',
    text: `[[L JAKARTA]], Sept 22 ([[O Reuters]]) - [[O Bank Indonesia]] sold dollars in the spot and forward markets on Tuesday to slow a fall in the rupiah, which hit its weakest level against the dollar since 1998 as foreign investors pulled money out of government bonds.

The rupiah fell as far as 17,350 per dollar before recovering to 17,180 by late afternoon. Deputy Governor [[P Dewi Anggraeni Lubis]] said the central bank was "in the market with all the instruments we have" and would also buy government bonds on the secondary market.

Foreign funds have sold a net $3.4 billion of rupiah bonds this month, according to data from the [[O Finance Ministry]], after the government said it would raise its budget deficit target to 2.9% of gross domestic product to pay for free school meals and a new sovereign wealth fund, [[O Danantara]].

The yield on the benchmark 10-year government bond rose 18 basis points to 7.62%. An auction of seven government bonds on Tuesday drew bids of 41 trillion rupiah, the lowest this year, and the ministry sold less than it had targeted.

"Investors want to see that someone in [[L Jakarta]] is still counting," said [[P Reza Hutapea]], an economist at [[O Bank Central Asia]]. Analysts at [[O HSBC]] and [[O Standard Chartered]] said the central bank may have to raise its policy rate at its meeting next month.

[[O Moody's]] said last week that it had no plans to change [[L Indonesia]]'s Baa2 rating but was watching the deficit closely. The [[X Jakarta Composite Index]] fell 1.8%, and the [[O Indonesia Stock Exchange]] said it would review the rules that let it halt trading after sharp falls.

Finance Minister [[P Adrian Wibisono Simatupang]] told parliament that the deficit would stay below the legal ceiling of 3%. "There is no crisis here. There is a currency that moves," he said.

(Reporting by [[P Bernadette Sitompul]] and [[P Andi Kurniawan Lee]]; Editing by [[P Neil Fullerton]])`,
  },
  {
    name: 'reuters durham north carolina county commissioners and the city council the district attorney and the sheriff a school board a bond referendum as none a superior court a university and a hospital system a newspaper and a sign-off',
    text: `[[L DURHAM]], [[L N.C.]], June 3 ([[O Reuters]]) - The [[O Durham County Board of Commissioners]] voted 4-1 on Monday to put a $550 million school construction bond on the November ballot, the largest in the county's history, after a year of fights with the school board over which buildings to replace first.

The bond, listed as [[X School Bond Referendum]] on sample ballots, would pay for three new schools and repairs to 14 others. Commission chair [[P Renata Oduya-Grant]] said the county could pay for it without raising property taxes until 2029.

The [[O Durham Public Schools]] board had asked for $700 million. Board member [[P Emily Zhao-Whitfield]] said the smaller bond left out [[L Hillside High School]], whose heating failed twice last winter. Commissioner [[P Brent Coltrane]], who cast the only vote against, said the county was "borrowing for buildings while teachers leave for [[L Wake County]]".

In a separate vote, the [[O Durham City Council]] approved $4.1 million for a violence-prevention program run with the office of District Attorney [[P Monique Harlan-Lowe]]. Sheriff [[P Calvin Prewitt-Moss]] said his deputies would also take part.

The money follows a ruling in April by Judge [[P Warren Ashby-Hale]] of the [[O Durham County Superior Court]] that the city had not followed its own rules when it cut a similar program in 2023. The [[O Durham County Sheriff's Office]] had asked for 20 more deputies in the same budget and received eight.

[[O Duke University]] and [[O Duke Health]], the county's largest employers, said they supported the school bond. A poll by [[O The News & Observer]] in May found 58% of likely voters in [[L Durham]] in favour.

(Reporting by [[P Hannah Ostrander]] in [[L Durham]]; Editing by [[P Paul Simao-Rendell]])`,
  },
  {
    name: 'reuters new delhi a semiconductor subsidy the cabinet a ministry with a long name the ruling party and the opposition by name and acronym conglomerates and their units the market regulator by name and acronym a state and its chief minister exchanges and an index as none and a sign-off',
    text: `[[L NEW DELHI]], Feb 9 ([[O Reuters]]) - [[L India]]'s cabinet on Monday approved 760 billion rupees ($8.7 billion) of new subsidies for chip plants, doubling a scheme that has drawn [[O Tata Electronics]] and [[O Micron Technology]] to build factories in the western state of [[L Gujarat]].

The [[O Ministry of Electronics and Information Technology]] said the money would cover up to half the cost of plants that make or package chips, and that applications would open in April. Minister [[P Rajiv Menon-Kulkarni]] told reporters that [[L India]] wanted "ten fabs, not two" by 2032.

The [[O Bharatiya Janata Party]] ([[O BJP]]) government has made electronics a centre of its push to draw factories away from [[L China]]. The opposition [[O Indian National Congress]] said the subsidies favoured a few large groups. [[O Congress]] spokesman [[P Pawan Sethi]] said [[O Tata Group]], [[O Adani Group]] and [[O Vedanta]] had received most of the money so far.

Shares of [[O Tata Elxsi]] rose 4% and those of [[O CG Power and Industrial Solutions]], which is building a packaging plant with [[O Renesas Electronics]] of [[L Japan]], gained 6% on the [[O National Stock Exchange of India]]. The broader [[X Nifty 50]] index closed up 0.7%.

[[L Assam]] Chief Minister [[P Anupam Bora Kalita]] said the state would offer land at no cost near [[L Guwahati]] to any company that applied. [[L Uttar Pradesh]], [[L Tamil Nadu]] and [[L Karnataka]] have made similar offers.

The [[O Securities and Exchange Board of India]] ([[O SEBI]]) is separately reviewing how listed companies disclose state subsidies, people familiar with the matter said. [[P Nandini Raghavachari]], an analyst at [[O Kotak Institutional Equities]] in [[L Mumbai]], said the scheme's success would depend on "water, power and engineers more than rupees".

(Reporting by [[P Ritika Chandrasekar]] and [[P Dev Malhotra-Joshi]]; Editing by [[P Alison Tremaine]])`,
  },
  {
    name: 'wikinews-style rugby results super rugby franchises named after places and birds stadiums named after parks and sponsors the six nations as none national unions top 14 clubs named after towns a player of the match and section labels',
    text: `Rugby roundup: [[O Crusaders]] beat [[O Blues]]; [[O Ireland]] name squad

Sunday, March 1, 2026

In [[X Super Rugby Pacific]], the [[O Crusaders]] beat the [[O Blues]] 31–24 at [[L Apollo Projects Stadium]] in [[L Christchurch]] on Saturday. Fly-half [[P Riley Tamatea-Burns]] kicked 16 points, and flanker [[P Sione Havili-Grant]] was named player of the match. [[O Blues]] coach [[P Vern Cotterell]] said his side "gave them too many easy exits".

The [[O Chiefs]] beat the [[O ACT Brumbies]] 40–12 at [[L FMG Stadium Waikato]] in [[L Hamilton]], and the [[O Fijian Drua]] stunned the [[O Queensland Reds]] 22–20 at [[L Churchill Park]] in [[L Lautoka]]. The [[O Hurricanes]] and the [[O Western Force]] drew 19–19 in [[L Wellington]].

In [[L France]], [[O Toulouse]] beat [[O La Rochelle]] 28–15 at [[L Stade Ernest-Wallon]] to go four points clear at the top of the [[O Top 14]]. [[O Bordeaux Bègles]] lost 17–23 away to [[O Clermont]], whose lock [[P Baptiste Ravel-Aubry]] was shown a red card after an hour. [[O Racing 92]] beat [[O Stade Français]] 30–27 in the [[L Paris]] derby.

Squads: [[O Ireland]] coach [[P Declan Moynihan]] named three uncapped players in a 33-man squad for the [[X Six Nations]] game against [[O Scotland]] at the [[L Aviva Stadium]] on Saturday. The [[O Irish Rugby Football Union]] said captain [[P Conor Fitzhenry]] would miss the game with a knee injury.

[[O World Rugby]] said on Friday it would trial a 20-minute red card in the [[X Pacific Nations Cup]] this summer.

In [[L England]], [[O Bath]] beat [[O Leicester Tigers]] 35–21 at the [[L Recreation Ground]] to stay top of the [[O Premiership]], and [[O Northampton Saints]] lost at home to [[O Sale Sharks]] for the first time since 2019. [[O Sale]] scrum-half [[P Gus Wetherall-Pemberton]] scored two tries, and [[O Saints]] director of rugby [[P Phil Dawlish-Reid]] said the defeat was "a long time coming".`,
  },
  {
    name: 'wikinews-style arts news a museum buys a painting a museum as place or body a foundation a painter and her work as none an auction house a festival and a prize as none a record label an orchestra a culture ministry and a sources list',
    text: `[[O/L Rijksmuseum]] buys lost painting by 17th-century woman artist

Tuesday, May 19, 2026

The [[O/L Rijksmuseum]] in [[L Amsterdam]] said on Monday that it had bought a still life by the Dutch painter [[P Clara van Wessel]], whose work was thought to have been lost in a fire in 1822, for 3.4 million euros.

The painting, [[X Flowers in a Glass Vase with a Snail]], was found last year in a private collection in [[L Normandy]] and sold at auction by [[O Christie's]] in [[L Paris]]. The museum paid for it with help from the [[O Rembrandt Association]] and the [[O Mondriaan Fund]].

Curator [[P Eline Bosch-Hartman]] said the work would hang beside paintings by [[P Anna Roosendaal]] from June. "For two hundred years she was a name in an inventory. Now she is a painter again," she said. Culture Minister [[P Jeroen Verhoef]] said the purchase was "a correction of the record".

In other arts news, the [[X Holland Festival]] announced its programme for June, which opens with a new opera, [[X The Salt Marsh]], by the composer [[P Maarten de Groot-Lindqvist]], performed by the [[O Netherlands Philharmonic Orchestra]] at the [[L Muziekgebouw aan 't IJ]].

The [[X Edison Award]] for classical music went to violinist [[P Noor El Amrani]] for her recording of the violin concertos of [[P Henriëtte Vermeulen]], released by the label [[O Channel Classics]]. The jury called it "a recording that makes you wonder why these pieces were ever forgotten".

In [[L Rotterdam]], the [[O/L Kunsthal]] said it would close for eight months from September for renovation, and that its exhibition of photographs by [[P Ed van der Heijden]] would move to the [[O/L Fotomuseum Den Haag]] in [[L The Hague]].

Sources

"[[O/L Rijksmuseum]] koopt verloren stilleven van [[P Clara van Wessel]]" — [[O NRC]], May 18, 2026
"Dutch museum buys rediscovered still life" — [[O The Art Newspaper]], May 18, 2026`,
  },
];

export const BATCH_94: EntityCase[] = [
  {
    name: 'wikinews-style plane crash in nepal an airline and its plane type a mountain airport the civil aviation authority by name and acronym the army and the armed police force a hospital a teaching hospital investigators from canada a district and a sources list',
    text: `Eighteen killed as passenger plane crashes in western [[L Nepal]]

Thursday, April 2, 2026

A passenger plane carrying 21 people crashed on Wednesday morning shortly after taking off from [[L Jumla Airport]] in western [[L Nepal]], killing 18 of them, officials said. Three passengers were pulled alive from the wreckage.

The [[X DHC-6 Twin Otter]], operated by the private carrier [[O Tara Air]], was flying to [[L Nepalgunj]] near the border with [[L India]]. It lost contact with the control tower four minutes after take-off and came down on a forested ridge above the [[L Tila]] river.

Soldiers of the [[O Nepal Army]] and officers of the [[O Armed Police Force]] reached the site on foot after about two hours, as cloud kept helicopters on the ground. The three survivors, a local teacher and two children, were flown to [[L Kathmandu]] and are being treated at the [[O/L Tribhuvan University Teaching Hospital]]. District police chief [[P Krishna Bahadur Rokaya]] said the bodies had been taken to the [[O/L Karnali Academy of Health Sciences]] in [[L Jumla]].

The [[O Civil Aviation Authority of Nepal]] ([[O CAAN]]) grounded the airline's two other [[X Twin Otters]] and formed a five-member commission headed by former pilot [[P Rameshwor Thapa Magar]] to investigate. Because the aircraft was built in [[L Canada]], the [[O Transportation Safety Board of Canada]] will send investigators, as will the engine maker [[O Pratt & Whitney Canada]].

Tourism Minister [[P Sunita Gurung Bhandari]] said the government would give each family 1 million rupees. She told parliament that the airstrip in [[L Jumla]] would get a new weather station "within months, not years".

[[L Nepal]]'s airlines have been on the [[O European Union]]'s air safety list since 2013, which bars them from flying in its airspace. The [[O International Civil Aviation Organization]] said in 2024 that the country had made progress but still needed to separate the roles of regulator and airport operator.

Sources

"[[O Tara Air]] plane crashes in [[L Jumla]], 18 dead" — [[O The Kathmandu Post]], April 1, 2026
"जुम्ला विमान दुर्घटनामा १८ जनाको मृत्यु" — [[O Kantipur]], April 1, 2026`,
  },
  {
    name: 'reuters istanbul turkish central bank cuts rates the lira the central bank by long name and as the bank a governor the treasury and finance ministry bond yields a rating agency banks by name borsa istanbul an index as none an economist at a research house and a sign-off with two reporters',
    text: `[[L ISTANBUL]], Jan 22 ([[O Reuters]]) - The [[O Central Bank of the Republic of Turkey]] cut its main interest rate by 250 basis points to 36% on Thursday, more than most economists had expected, and the lira weakened to a record low of 44.6 per dollar.

The bank's monetary policy committee said inflation, which fell to 31% in December, was "on the path set out in our forecasts" and that it would keep policy tight until price rises slow further. Twelve of 15 economists in a [[O Reuters]] poll had expected a cut of 150 basis points.

Governor [[P Levent Aksoylu]] told bankers in [[L Ankara]] last week that the bank would not let the lira fall faster than inflation. Traders said state lenders, including [[O Ziraat Bank]] and [[O Halkbank]], sold dollars after the decision to steady the currency, as they have done in past sell-offs.

The yield on two-year lira government bonds fell 90 basis points to 33.4%. The [[O Treasury and Finance Ministry]] said it would borrow 180 billion lira in the domestic market in February, most of it through bonds linked to inflation.

"The bank is betting that the tourists arrive before the inflation does," said [[P Elif Yazıcıoğlu]], chief economist at the [[O Turkish Industry and Business Association]] in [[L Istanbul]]. [[P Marcus Hendry-Coe]], an emerging markets strategist at [[O JPMorgan]] in [[L London]], said foreign investors who had bought lira bonds last year were "taking some chips off the table".

Rating agency [[O Fitch]] raised [[L Turkey]]'s credit rating to BB- in July and is due to review it again in March. Shares of banks led gains on [[O Borsa Istanbul]], where the [[X BIST 100]] index rose 2.3%. [[O Akbank]] gained 4.1% and [[O Garanti BBVA]] 3.8%.

Finance Minister [[P Mehmet Oğuzhan Kaya]] said on social media that the decision showed "the programme is working".

(Reporting by [[P Ayşe Demirtaş-Hart]] in [[L Istanbul]] and [[P Burak Tekin]] in [[L Ankara]]; Editing by [[P Gareth Jones-Reese]])`,
  },
  {
    name: 'reuters riverside california the board of supervisors the district attorney and the sheriff a ballot measure as none a superior court a water district a city council a union of deputies a tribe and a sign-off',
    text: `[[L RIVERSIDE]], [[L Calif.]], Aug 5 ([[O Reuters]]) - The [[O Riverside County Board of Supervisors]] voted 3-2 on Tuesday to put a half-cent sales tax for wildfire prevention on the November ballot, after a summer in which fires burned more than 90,000 acres in the county's mountains and foothills.

The tax, to appear as [[X Measure F]], would raise about $160 million a year for fuel breaks, fire engines and home inspections. Supervisor [[P Kevin Larrabee-Ortiz]], whose district includes [[L Idyllwild]] and the [[L San Jacinto Mountains]], said it would "pay for the fire before the fire, not after".

Supervisor [[P Ysabel Gutierrez-Hale]] voted against, saying the tax would fall hardest on families in [[L Moreno Valley]] and [[L Perris]] who live far from the forests. The [[O Riverside County Fire Department]], which contracts with [[O Cal Fire]] for most of its staff, would receive two-thirds of the money.

The vote came as District Attorney [[P Marisol Oyenuga]] said her office would charge a utility contractor over a fire in July that destroyed 42 homes near [[L Aguanga]]. She said the case would be filed in [[O Riverside County Superior Court]] this month. Sheriff [[P Dale Armitage-Reyes]] said deputies had evacuated 11,000 people during that fire.

The [[O Riverside Sheriffs' Association]], which represents deputies, said it would stay neutral on the tax. The [[O Eastern Municipal Water District]] and the city council of [[L Hemet]] have endorsed it, as has the [[O Soboba Band of Luiseño Indians]], whose reservation lost two houses in the July fire.

A two-thirds majority is needed for the tax to pass. A similar measure failed in neighbouring [[L San Bernardino County]] in 2022 with 61% of the vote.

(Reporting by [[P Dana Feldstein-Cruz]] in [[L Riverside]]; Editing by [[P Howard Pruitt]])`,
  },
  {
    name: 'reuters tokyo ldp leadership race the liberal democratic party and its coalition partner opposition parties by long name a ministry with commas keidanren by name and long name toyota and a trading house a prefecture an index as none and a sign-off',
    text: `[[L TOKYO]], Sept 14 ([[O Reuters]]) - [[L Japan]]'s ruling [[O Liberal Democratic Party]] will choose a new leader on Oct. 3 after Prime Minister [[P Takeshi Morinaga]] said on Monday he would step down, ending a 14-month tenure marked by a defeat in the upper house election and a row with [[L Washington]] over tariffs on cars.

Four lawmakers have said they will run. Former economy minister [[P Yuko Ishigami]], who led the [[O Ministry of Economy, Trade and Industry]] during talks with the [[L United States]], is seen as the front runner. She would be [[L Japan]]'s second woman prime minister.

The party's coalition partner, [[O Komeito]], said it would wait for the result before deciding whether to stay in government. The largest opposition party, the [[O Constitutional Democratic Party of Japan]], called for a snap election, and the [[O Democratic Party for the People]] said it would back a budget only if the new leader cut the petrol tax.

The head of the [[O Japan Business Federation]], or [[O Keidanren]], [[P Masaaki Tokura-Hino]], urged the party to pick a leader quickly. "Companies cannot plan investment around a vacancy," he said. [[O Toyota Motor]] and [[O Mitsubishi Corp]] declined to comment on the race.

[[P Ishigami]], 58, represents a district in [[L Niigata Prefecture]] and once worked at the [[O Bank of Japan]]. Her main rival, agriculture minister [[P Ryota Kawabe]], is backed by the party's largest faction of former members and wants to raise defence spending faster.

The [[X Nikkei]] share average rose 1.2% on Monday as investors bet on more government spending. The yen weakened slightly against the dollar.

Party members in all 47 prefectures will vote alongside lawmakers in the first round. The winner is all but certain to be elected prime minister by the [[O Diet]] the following week.

(Reporting by [[P Satoshi Kurokawa]] and [[P Nanami Hoshino-Dale]]; Editing by [[P Simon Harper-Bligh]])`,
  },
  {
    name: 'wikinews-style tennis results a tournament as none a stadium named after a person courts named after people the atp and wta tours seeds players with two surnames a davis cup tie as none a federation and section labels',
    text: `Tennis roundup: [[P Lindqvist]] wins in [[L Madrid]]; [[P Okonkwo-Baptiste]] reaches first final

Sunday, May 3, 2026

Men: Third seed [[P Erik Lindqvist]] of [[L Sweden]] won the [[X Madrid Open]] on Sunday, beating [[P Tomás Aguirre Lasheras]] of [[L Argentina]] 6–4, 3–6, 7–5 at the [[L Caja Mágica]]. It was [[P Lindqvist]]'s third title on the [[O ATP Tour]] and his first at a [[X Masters 1000]] event. [[P Aguirre Lasheras]], who had saved two match points against the top seed in the semi-finals, said his legs were "made of cement" by the third set.

Women: [[P Adaeze Okonkwo-Baptiste]] of [[L Canada]] reached her first [[O WTA]] final at the same tournament by beating [[P Karolína Novotná-Hrubá]] 7–6, 6–2 on the [[L Manolo Santana Stadium]] court. She will play defending champion [[P Mei Tanaka-Ruiz]] of [[L Japan]] on Monday.

Elsewhere: In [[L Munich]], German qualifier [[P Felix Brandauer]] won the [[X BMW Open]] at the [[L MTTC Iphitos]] club, the first qualifier to win the event since 2009. In [[L Rome]], organisers of the [[X Italian Open]] said the [[L Foro Italico]] would have a roof over its main court by 2028.

Team events: The [[O Lawn Tennis Association]] named its team for the [[X Davis Cup]] tie against [[O Chile]] in [[L Manchester]], with [[P Jack Hollis-Dunmore]] returning after a back injury. The [[O International Tennis Federation]] fined the [[O Tennis Federation of Serbia]] $20,000 for the late payment of prize money at a junior event in [[L Belgrade]].

Wheelchair: [[P Yui Kamiyama-Oda]] won the women's title at the [[X Japan Open]] in [[L Iizuka]], her fifth there.

College: [[O Ohio State University]] beat [[O Stanford]] 4–2 to win the men's indoor title of the [[O National Collegiate Athletic Association]] at the [[L USTA Billie Jean King National Tennis Center]] in [[L New York]]. Coach [[P Ty Granger-Wells]] said six of his eight players had come from abroad.`,
  },
  {
    name: 'wikinews-style obituary of a malian singer a record label and a festival and prizes as none albums as none a band a national museum an institute in paris a radio station a ministry of culture a son and a sources list',
    text: `Malian singer [[P Fatoumata Diabaté-Keïta]] dies at 74

Saturday, March 7, 2026

[[P Fatoumata Diabaté-Keïta]], the Malian singer whose recordings of hunters' songs from the [[L Wassoulou]] region brought the music to audiences in [[L Europe]] and [[L Japan]], died on Thursday in [[L Bamako]]. She was 74.

Her son, [[P Seydou Keïta-Traoré]], said she had been treated for a heart condition since last year. The [[O Ministry of Culture]] said she would be given a state funeral on Monday at the [[O/L National Museum of Mali]].

Born near [[L Bougouni]] in 1951, she began singing at weddings as a teenager and joined the band [[O Super Biton de Ségou]] in 1972. Her first album, [[X Kononi]], was recorded in [[L Abidjan]] and sold on cassettes across [[L West Africa]].

Her international career began in 1991, when the British label [[O World Circuit]] released [[X Wassoulou Nights]], recorded in three days at a studio in [[L London]]. It won the [[X Grand Prix du Disque]] of the [[O Académie Charles Cros]] in [[L France]], and she toured with the [[O Orchestre National de Lyon]] in 1996.

She sang at the opening of the [[X Festival au Désert]] near [[L Timbuktu]] in 2001 and returned there every year until fighting closed the festival in 2012. In 2019 she received the [[X WOMEX Artist Award]] in [[L Tampere]], [[L Finland]].

"She sang as if the microphone were an insult to her voice," said the guitarist [[P Boubacar Sangaré]], who played with her for 30 years. [[O Radio France Internationale]] broadcast a two-hour tribute on Friday, and the [[O/L Institut du Monde Arabe]] in [[L Paris]], which held an exhibition of her stage costumes in 2015, opened a book of condolences.

Sources

"Décès de la diva du [[L Wassoulou]]" — [[O L'Essor]], March 6, 2026
"Malian singer who took hunters' songs to the world dies" — [[O The Guardian]], March 6, 2026`,
  },
];
