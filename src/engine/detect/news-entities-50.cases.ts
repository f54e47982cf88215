/**
 * Blind entity batches 50-52 (helper ents27a, 3 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 52 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_17 are made from batches 50 and 51 only, and batch 52's errors are never printed
 * or read (only its totals, `npx tsx scripts/eval/news-entities.ts --quiet "batch 52"`). They are
 * aimed at subjects batches 1-49 had little of: a state visit, sanctions on a tanker fleet, a
 * county clerk's race with an open-primary measure, an epidemic and its vaccine, a mining
 * regulator's fine, an ocean sailing race with its federations and boats, archaeology and a
 * museum, a competition watchdog against e-commerce platforms, a state legislature's school
 * funding fight with school boards. Names of many origins: Polish (with diacritics), Indonesian
 * single names, Irish "O'" and Scottish "Mac", Nigerian (Yoruba and Igbo, hyphenated), Portuguese
 * with "de"/"das", Turkish with diacritics, Ukrainian, Filipino. Agencies expanded once and then
 * by acronym; provinces and states; ships, boats, vaccines, races, ballot measures, bills,
 * tickers, an index and platforms' products are none.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_50: EntityCase[] = [
  {
    name: 'wikinews polish state visit to indonesia with single names a palace a ministry acronym and a training ship',
    text: `Polish president signs shipbuilding and energy deals in [[L Jakarta]]

Tuesday, May 12, 2026

President [[P Karol Nawrocki]] of [[L Poland]] began a three-day state visit to [[L Indonesia]] on Monday, the first by a Polish head of state since 1999. President [[P Prabowo Subianto]] welcomed him with a 21-gun salute at the [[L Merdeka Palace]] in [[L Jakarta]].

The two leaders watched their ministers sign seven agreements. Under the largest, the Polish shipyard [[O Remontowa]] will help the state-owned [[O PT PAL]] build two offshore patrol vessels at its yard in [[L Surabaya]], [[L East Java]]. Foreign Minister [[P Sugiono]] and his Polish counterpart, [[P Radosław Sikorski]], signed a plan for direct flights between [[L Warsaw]] and [[L Denpasar]], which [[O LOT Polish Airlines]] said could begin next year.

[[L Indonesia]]'s [[O Ministry of Energy and Mineral Resources]] ([[O ESDM]]) also signed a memorandum with the Polish refiner [[O Orlen]] on gas exploration off [[L East Kalimantan]]. [[O ESDM]] deputy minister [[P Yuliot Tanjung]] said the first seismic surveys would start before the end of the year.

The Polish navy's sail training ship [[X ORP Iskra]], which left [[L Gdynia]] in February, docked at [[L Tanjung Priok]] on Sunday to mark the visit, and its cadets marched at the welcoming ceremony.

On Tuesday [[P Nawrocki]] laid a wreath at the [[L Kalibata Heroes Cemetery]] and spoke to students at the [[O University of Indonesia]] in [[L Depok]], where a chair of Polish studies was opened with money from the [[O Polish National Agency for Academic Exchange]] ([[O NAWA]]). [[P Prabowo]] awarded him the [[X Star of the Republic of Indonesia]], the country's highest honour for foreign leaders.

Trade between the two countries reached $2.1 billion last year, mostly Indonesian palm oil, coal and footwear. [[P Dewi Anggraini]], a researcher at the [[O Centre for Strategic and International Studies]] in [[L Jakarta]], said [[L Poland]] was "looking far beyond [[L Europe]] for partners" since the war in [[L Ukraine]], while [[L Indonesia]] wanted European technology without depending on a single supplier. Polish business leaders met members of the [[O Indonesian Chamber of Commerce and Industry]] ([[O Kadin]]) on Monday evening.

[[P Nawrocki]] is due to visit the [[L Borobudur]] temple in [[L Central Java]] on Wednesday before flying on to [[L Singapore]].

Sources

"[[P Prabowo]] hosts Polish president as seven deals signed" — [[O Antara]], May 11, 2026
"[[P Nawrocki]] w [[L Dżakarcie]]: statki, gaz i loty" — [[O Rzeczpospolita]], May 11, 2026`,
  },
  {
    name: 'reuters eu sanctions on shadow fleet tankers with flags a treasury office ukrainian and greek names and a benchmark',
    text: `[[O EU]] agrees to blacklist 40 more tankers in [[L Russia]]'s shadow fleet

[[L BRUSSELS]], June 3 ([[O Reuters]]) - [[O European Union]] governments agreed on Wednesday to add 40 tankers and two shipping companies registered in the [[L United Arab Emirates]] to a list of vessels barred from [[O EU]] ports and services, tightening pressure on [[L Russia]]'s oil exports, three diplomats said.

The package, the 21st since [[L Russia]] invaded [[L Ukraine]] in 2022, still needs formal approval by foreign ministers meeting in [[L Luxembourg]] on June 15. [[L Slovakia]] lifted its objection after the [[O European Commission]] promised help for its refineries, one of the diplomats said.

Among the ships listed is the [[X Volna Star]], a 2004-built tanker flying the flag of [[L Gabon]] that [[L Finland]]'s coast guard boarded in the [[L Gulf of Finland]] in January after it dragged its anchor across an undersea power cable. The vessel is managed by [[O Sea Meridian Shipmanagement]], a company based in [[L Dubai]] that was set up in 2023.

The [[O U.S. Treasury Department]]'s [[O Office of Foreign Assets Control]] ([[O OFAC]]) has sanctioned 183 of the roughly 600 tankers that [[L Ukraine]] says carry Russian crude, and [[L Britain]] more than 200. Most of the ships were bought from Greek owners after 2022, according to [[O Lloyd's List Intelligence]].

"Every tanker we take out of the fleet costs [[L Moscow]] money, but the list has to grow faster than they can buy old ships," said [[P Oleksandra Hnatyuk]], an economist at the [[O Kyiv School of Economics]], which tracks the fleet.

[[O/L Kremlin]] spokesman [[P Dmitry Peskov]] said the sanctions were illegal and would not change [[L Russia]]'s course. Russian seaborne crude exports averaged 3.3 million barrels a day in May, data from the analytics firm [[O Kpler]] showed, and [[X Urals]] crude traded at about $58 a barrel at the port of [[L Primorsk]] on the [[L Baltic]], above the [[O G7]] price cap of $47.60.

[[P Yannis Papadimitriou]], who heads the [[O Union of Greek Shipowners]], said Greek companies had stopped selling tankers to buyers who could not show where they would trade. "Our members have no interest in that business," he told [[O Reuters]] in [[L Piraeus]].

(Reporting by [[P Marta Nowicka]] in [[L Brussels]]; additional reporting by [[P Eleni Kouris]] in [[L Athens]] and [[P Pavel Hrytsenko]] in [[L Kyiv]]; Editing by [[P Alison McAllister]])`,
  },
  {
    name: 'ap idaho county clerk race and open-primary measure with o and mac names a secretary of state and local media',
    text: `[[P O'Rourke]] wins [[L Ada County]] clerk race as open-primary measure trails

[[L BOISE]], [[L Idaho]] ([[O AP]]) — Former chief deputy clerk [[P Siobhan O'Rourke]] won the race for [[L Ada County]] clerk on Tuesday, defeating a challenger who had questioned the county's vote-counting machines, while a ballot measure to open [[L Idaho]]'s party primaries to all voters was trailing.

[[P O'Rourke]], a Republican, had 61% of the vote to 39% for [[P Hamish MacKinnon]], a [[L Meridian]] businessman who ran as an independent and promised to count every ballot by hand. The clerk runs elections for about 330,000 voters in [[L Idaho]]'s most populous county, which includes [[L Boise]], [[L Meridian]] and [[L Eagle]].

"People can trust the count because they can watch it," [[P O'Rourke]] told supporters at a brewery in [[L Garden City]]. [[P MacKinnon]] did not concede and said he would ask for a recount.

[[X Proposition 3]], which would replace closed party primaries with a single primary in which the top four candidates advance, had 46% support with about 80% of the expected vote counted. Secretary of State [[P Phil McGrane]] said counties had reported no problems with the count.

The measure was put on the ballot by [[O Idahoans for Open Primaries]], which gathered more than 75,000 signatures. The [[O Idaho Republican Party]] opposed it, and party chairwoman [[P Dorothy Moon]] called it "a scheme to dilute the votes of Republicans." Attorney General [[P Raúl Labrador]] had asked the [[O Idaho Supreme Court]] to keep it off the ballot, but the court ruled against him in August.

In neighbouring [[L Canyon County]], Clerk [[P Declan McGeough]] was re-elected without opposition. The county's elections office moved to a former grocery store in [[L Nampa]] this year after the [[O Idaho Legislature]] passed [[X House Bill 178]], which requires clerks to keep every ballot for 22 months.

In the race for two seats on the [[O Boise School District]] board, [[P Adaeze Okafor]], a nurse at [[O/L St. Luke's Boise Medical Center]], and incumbent [[P Marisa Delacroix-Tanaka]] were leading. Voters in [[L Kuna]] approved a $48 million bond for a new high school.

The [[O Idaho Statesman]] and [[O KTVB]] reported that turnout in [[L Ada County]] was about 71%, a record for a year without a presidential race.`,
  },
];

export const BATCH_51: EntityCase[] = [
  {
    name: 'wikinews mpox in nigeria with yoruba and igbo names a disease centre expanded once states a vaccine and an airport named after a person',
    text: `[[L Nigeria]] confirms mpox outbreak in [[L Ondo State]] as vaccines arrive

Thursday, August 20, 2026

The [[O Nigeria Centre for Disease Control and Prevention]] ([[O NCDC]]) said on Wednesday it had confirmed 84 cases of mpox and two deaths in [[L Ondo State]] since late July, the largest cluster in the country this year.

Most of the cases were in [[L Akure]], the state capital, and in the riverside town of [[L Igbokoda]]. [[O NCDC]] director general [[P Olubunmi Adeyemi-Okoro]] said tests at the agency's laboratory in [[L Abuja]] had found the clade Ib strain, which spreads more easily between household members, in 19 of the samples.

The [[O World Health Organization]] ([[O WHO]]) sent eight epidemiologists from its regional office in [[L Brazzaville]]. [[O Africa CDC]] said 60,000 doses of the [[X MVA-BN]] vaccine, made by the Danish company [[O Bavarian Nordic]], would arrive at [[L Nnamdi Azikiwe International Airport]] on Friday from a stockpile managed by [[O UNICEF]] in [[L Copenhagen]]. Health workers and close contacts of patients in [[L Ondo]] and neighbouring [[L Ekiti]] will be vaccinated first.

[[L Ondo]]'s commissioner for health, [[P Chukwuemeka Nwachukwu]], said schools would stay open but that two markets in [[L Igbokoda]] had been closed for disinfection. Federal health minister [[P Muhammad Ali Pate]] visited an isolation centre in [[L Akure]] on Tuesday and praised nurses who had worked "without rest for three weeks".

The [[O Nigerian Medical Association]] ([[O NMA]]) said doctors in the state had not been paid a hazard allowance promised in 2024 and threatened a strike. [[P Ngozi Okonkwo-Bassey]], a virologist at the [[O University of Ibadan]], said fishing communities on the coast moved often between [[L Nigeria]] and [[L Benin]], which made contacts hard to trace.

Screening was stepped up at [[L Murtala Muhammed International Airport]] in [[L Lagos]]. The [[O Economic Community of West African States]] ([[O ECOWAS]]) health agency, the [[O West African Health Organisation]], based in [[L Bobo-Dioulasso]], said [[L Ghana]] and [[L Togo]] had reported no cases.

[[L Nigeria]] recorded about 1,100 suspected mpox cases in 2025, mostly in [[L Lagos]], [[L Bayelsa]] and [[L Cross River]].

Sources

"Mpox: [[O NCDC]] confirms 84 cases in [[L Ondo]]" — [[O Premium Times]], August 19, 2026
"Vaccines on the way as [[L Ondo]] battles mpox" — [[O The Punch]], August 20, 2026`,
  },
  {
    name: 'reuters brazil mining regulator fines iron ore miner with portuguese names a ticker an index a dam and ore carriers',
    text: `[[L Brazil]] regulator fines [[O Vale]] over tailings dam in [[L Minas Gerais]]

[[L SAO PAULO]], Sept 8 ([[O Reuters]]) - [[L Brazil]]'s [[O National Mining Agency]] ([[O ANM]]) has fined iron ore producer [[O Vale]] ([[X VALE3.SA]]) 210 million reais ($38 million) for delays in closing a tailings dam near [[L Ouro Preto]], the regulator said on Tuesday.

Inspectors found in June that drains at the [[L Forquilha Sul]] dam were blocked, and that work to remove the waste, ordered after the 2019 collapse of a dam at [[L Brumadinho]] that killed 270 people, was two years behind schedule. [[O ANM]] director [[P Tasso Mendonça de Albuquerque]] said the company had 90 days to present a new plan.

[[O Vale]] said in a securities filing that it would appeal and that the dam was "stable and continuously monitored". Its shares fell 1.4% in [[L Sao Paulo]], where the benchmark [[X Ibovespa]] index was flat.

The fine is the largest the agency has imposed since it was created in 2017 to replace the [[O National Department of Mineral Production]]. [[O ANM]] has about 700 inspectors for more than 35,000 mines, according to its own figures, and its budget was cut by a fifth last year.

"The agency finally has teeth, but it still has very few inspectors," said [[P Maria das Graças Silveira]], a mining engineer at the [[O Federal University of Ouro Preto]]. State prosecutors in [[L Belo Horizonte]] opened a separate inquiry in July.

Output from [[O Vale]]'s [[L Itabira]] complex fell 6% in the second quarter. Rival [[O CSN Mineração]] ([[X CMIN3.SA]]) and [[O Usiminas]] said their own dams had passed inspections. [[O China Baowu Steel Group]], the biggest buyer of Brazilian ore, did not respond to a request for comment.

[[O Vale]] shipped 78 million tonnes in the quarter, much of it through the port of [[L Tubarão]] in [[L Espírito Santo]] on [[X Valemax]] carriers. Mines and Energy Minister [[P Alexandre Silveira]] told reporters in [[L Brasilia]] that the government would not let "any company treat a dam as a detail".

(Reporting by [[P Gabriel Araújo]] in [[L Sao Paulo]] and [[P João Pedro Carvalho]] in [[L Rio de Janeiro]]; Editing by [[P Siobhan Keane]])`,
  },
  {
    name: 'wikinews solo transatlantic sailing race with irish and scottish skippers boats federations clubs and ports',
    text: `Irish sailor [[P Conall O'Driscoll]] wins solo transatlantic race

Monday, November 23, 2026

[[P Conall O'Driscoll]] of [[L Ireland]] won the [[X Route du Rhum]] on Sunday, crossing the finish line off [[L Pointe-à-Pitre]], [[L Guadeloupe]], after seven days, 14 hours and 22 minutes alone at sea aboard his trimaran [[X Selkie]].

[[P O'Driscoll]], 38, from [[L Kinsale]] in [[L County Cork]], is the first Irish winner of the race, which has started from [[L Saint-Malo]] in [[L Brittany]] every four years since 1978. He took the lead off [[L Cape Finisterre]] on the second night and held it through a storm north of the [[L Azores]] that forced four boats to retire.

[[P Ewan MacAulay]] of [[L Scotland]] finished second on [[X Blue Heron]], 41 minutes behind, and the French sailor [[P Margaux Le Bihan]] was third on [[X Kerlann]]. [[P Tiago Mendes Ferreira]] of [[L Portugal]] led the smaller monohull class until his mast broke 300 miles from [[L Guadeloupe]]; a cargo ship, the [[X Atlantic Grace]], stood by until he had rigged a spare.

"I kept telling myself the boat was stronger than I was," [[P O'Driscoll]] said on the dock, where he was met by his parents and members of the [[O Royal Cork Yacht Club]], the club he joined at the age of nine.

[[O Irish Sailing]], the national federation, said the result would help it win funding for an offshore team for the [[X 2028 Summer Olympics]] in [[L Los Angeles]]. Its chief executive, [[P Fionnuala MacNamara]], said young sailors in [[L Dún Laoghaire]] and [[L Howth]] "now have someone to copy".

The boat was built in [[L Lorient]] by [[O Multiplast]] and paid for by the dairy company [[O Kerry Group]] and a group of private backers. [[O World Sailing]], the sport's governing body, and the [[O Fédération Française de Voile]] ratified the times on Monday.

Taoiseach [[P Micheál Martin]], who is from [[L Cork]], congratulated [[P O'Driscoll]] in a post on social media. Race director [[P Yann Kervella]] said 31 of the 48 starters were still at sea.

Sources

"[[P O'Driscoll]] makes history in [[L Guadeloupe]]" — [[O RTÉ]], November 22, 2026
"[[X Route du Rhum]] : l'Irlandais [[P O'Driscoll]] s'impose" — [[O Ouest-France]], November 22, 2026`,
  },
];

export const BATCH_52: EntityCase[] = [
  {
    name: 'wikinews turkish archaeologists find a mosaic with turkish names a ministry a museum a dam and a foreign institute',
    text: `Archaeologists in [[L Turkey]] uncover Roman mosaic beside the [[L Euphrates]]

Friday, April 17, 2026

Archaeologists in southeastern [[L Turkey]] have uncovered a mosaic floor about 1,800 years old in a villa at the ancient city of [[L Zeugma]], near [[L Gaziantep]], the [[O Ministry of Culture and Tourism]] said on Thursday.

The floor, roughly 40 square metres, shows a banquet with musicians and a Greek inscription wishing guests "good fortune". Excavation head [[P Ayşe Nur Karakaya]] of [[O Gaziantep University]] said it had survived because the villa was buried by a landslide in the third century and never rebuilt.

Much of [[L Zeugma]] was flooded in 2000 by the reservoir of the [[L Birecik Dam]]. The new find lies on higher ground that the team began digging in 2024 with the [[O German Archaeological Institute]] ([[O DAI]]) and money from the [[O Gaziantep Metropolitan Municipality]].

Culture and Tourism Minister [[P Mehmet Nuri Ersoy]] said the mosaic would be lifted in sections this summer and shown at the [[O/L Zeugma Mosaic Museum]], which already holds the famous [[X Gypsy Girl]] mosaic from the site. Museum director [[P Hüseyin Çağlar Öztürk]] said a new hall would be built for it.

[[P Karakaya]]'s deputy, [[P Mehmet Emin Doğan]], said the team had also found coins of the emperor [[P Septimius Severus]] and a lead seal bearing the name of a legion based at the city. "It tells us who lived here and who paid for this floor," he said.

[[L Turkey]] has recovered more than 12,000 smuggled artefacts in the past two decades. Last year the [[O Metropolitan Museum of Art]] in [[L New York]] returned a bronze head taken from [[L Bubon]], in [[L Burdur]] province. Police in [[L Şanlıurfa]] said in March they had arrested four men trying to sell mosaic fragments from a site near [[L Harran]].

Work at [[L Göbekli Tepe]], the prehistoric site about 150 kilometres to the east that [[O UNESCO]] added to its list in 2018, was suspended in February after the earthquake anniversary ceremonies and resumed this month.

Sources

"[[L Zeugma]]'da yeni mozaik bulundu" — [[O Anadolu Agency]], April 16, 2026
"Banquet mosaic found at [[L Zeugma]]" — [[O Hürriyet Daily News]], April 16, 2026`,
  },
  {
    name: 'reuters indonesia competition watchdog fines an e-commerce platform with indonesian names a commission expanded once tickers and products',
    text: `[[L Indonesia]] watchdog fines [[O Tokopedia]], [[O TikTok]] over seller rules

[[L JAKARTA]], Oct 14 ([[O Reuters]]) - [[L Indonesia]]'s competition watchdog on Tuesday fined e-commerce platform [[O Tokopedia]] and its majority owner [[O TikTok]] 180 billion rupiah ($11.5 million) for forcing sellers to use the group's own delivery service, the commission said.

The [[O Business Competition Supervisory Commission]] ([[O KPPU]]) found that since 2024 sellers on [[O Tokopedia]] and on [[X TikTok Shop]] who chose other couriers had been pushed down in search results. [[O KPPU]] commissioner [[P Hendra Kusumawardhana]], who led the hearing, said the practice had cost rival couriers such as [[O J&T Express]] and [[O JNE]] a large share of their parcels.

[[O TikTok]], which is owned by [[O ByteDance]] of [[L China]], bought 75% of [[O Tokopedia]] from [[O GoTo]] ([[X GOTO.JK]]) in 2024 after the government banned shopping on social media apps. [[O Tokopedia]] said it respected the ruling but would appeal to the [[O Central Jakarta Commercial Court]] within 14 days.

Shares of [[O GoTo]], which still holds about 25% of the platform, fell 2.3%, while the main [[X Jakarta Composite Index]] rose 0.4%.

The ruling is the commission's second against a big technology company in a year, after it fined [[O Google]] over its payment rules for apps sold through [[X Google Play]]. Trade Minister [[P Budi Santoso]] said the government wanted "platforms that are open to every small seller, not only to their own partners".

"This tells foreign platforms that owning the market and the trucks at the same time will be looked at closely," said [[P Siti Rahmawati]], a technology analyst at [[O Mandiri Sekuritas]] in [[L Jakarta]].

[[O Shopee]], the market leader owned by [[L Singapore]]'s [[O Sea]] Ltd ([[X SE.N]]), is the subject of a separate inquiry into its ties with the courier [[O SPX Express]], people familiar with the matter said. [[O Shopee]] declined to comment.

The [[O Indonesian E-Commerce Association]] said its members in [[L Surabaya]] and [[L Medan]] had complained for two years. Its chairman, [[P Bima Laga]], said the fine was "small compared with what sellers lost".

(Reporting by [[P Bayu Hartanto]] and [[P Rina Widjaja]]; Editing by [[P Tom Hogue-Kearney]])`,
  },
  {
    name: 'ap kansas legislature overrides school funding veto with tags school boards a state board ukrainian and filipino names and local media',
    text: `[[L Kansas]] lawmakers override veto of school funding bill

[[L TOPEKA]], [[L Kan.]] ([[O AP]]) — The Republican-led [[O Kansas Legislature]] on Thursday overrode Gov. [[P Laura Kelly]]'s veto of a bill that changes how the state pays for special education, ending a fight that had left school districts unsure of their budgets for months.

The [[O Kansas House]] voted 84-40 to override, exactly the two-thirds needed, after Rep. [[P Olena Kovalenko-Burke]], [[X R-Olathe]], switched her vote. The [[O Kansas Senate]] had voted 28-12 on Wednesday.

"I was elected to fix this, not to wait for a perfect bill," [[P Kovalenko-Burke]] said during the debate. Her district in [[L Johnson County]] includes parts of [[L Olathe]] and [[L Lenexa]].

The bill, [[X Senate Bill 83]], moves about $75 million a year into special education and ties part of it to test scores. [[P Kelly]], a Democrat, said in her veto message that it would take money from rural districts in western [[L Kansas]] to pay for suburban ones.

[[P Ty Masterson]], the president of the [[O Kansas Senate]], called the override "a win for parents." The [[O Kansas National Education Association]], the largest teachers union, said it would consider a lawsuit. The [[O Kansas Supreme Court]] ruled in 2019 that school funding was finally adequate after a decade of cases.

The [[O Kansas State Board of Education]], which is elected, had asked lawmakers to wait for a study due in January. Board member [[P Ramon Dizon Macaraeg]], who represents [[L Wichita]], said the board would "make the best of it."

School boards reacted within hours. The [[O Olathe Public Schools]] board delayed a vote on teacher raises, and [[O Shawnee Mission School District]] superintendent [[P Michelle Hubbard]] said the district would have to revise its budget a third time.

In [[L Dodge City]], board president [[P Stanisław Nowicki]] said the district might lose $1.2 million. "We have 40 languages in our schools and the bill doesn't see any of them," he told the [[O Dodge City Daily Globe]].

The vote was watched closely by [[O Americans for Prosperity]], which spent more than $400,000 on mailers in legislative districts. The [[O Kansas Reflector]] and [[O KCUR]] reported that two Republicans who voted against the override face primary challengers in August.`,
  },
];
