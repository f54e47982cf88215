/**
 * Blind entity batches 86-88 (helper ents40a, 5 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 88 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_29 are made from batches 86 and 87 only, and batch 88's errors are never printed
 * or read (only its totals). They lean on kinds of news earlier batches used little: court and
 * crime reports with many lawyers and firms, obituaries, science and health news (universities,
 * journals, hospitals, trials), sports results with clubs named after cities and stadiums, business
 * wires with tickers, '& Co', Dutch and Scandinavian names ('van', 'de', 'ter') and Spanish double
 * surnames, and US local politics (counties, school boards, 'Lima, Ohio'-type places), in Wikinews
 * style (a weekday dateline, a Sources list) and wire copy (an all-caps dateline).
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_86: EntityCase[] = [
  {
    name: 'reuters new york fraud verdict a hedge fund portfolio manager a u.s. district judge with a double surname an assistant u.s. attorney defence lawyers and their firms with an ampersand and llp a cooperating witness the sec and the fbi a stamford fund and a sign-off',
    text: `[[L NEW YORK]], March 12 ([[O Reuters]]) - A former portfolio manager at hedge fund [[O Greyhaven Capital]] was convicted on Thursday of securities fraud for inflating the value of private loans, after a three-week trial in [[L Manhattan]] federal court.

A jury found [[P Dmitri Halvorsen-Pike]], 47, guilty on four of five counts. [[L U.S.]] District Judge [[P Margaret O'Donnell-Reyes]] set sentencing for July 9 and allowed him to remain free on a $5 million bond.

Prosecutors in the office of [[L U.S.]] Attorney [[P Jay Whitfield]] said [[P Halvorsen-Pike]] marked up loans to shipping companies in [[L Greece]] and [[L Cyprus]] to earn $11 million in bonuses. Assistant [[L U.S.]] Attorney [[P Kavita Raman]] told jurors he had "invented prices whenever the real ones were bad news."

Defence lawyer [[P Thomas Brannigan]] of [[O Kessler Ward & Loomis]] said his client would appeal. "The jury was asked to judge a market it was never shown," [[P Brannigan]] said outside the courthouse. His partner [[P Alice Fenwick-Obi]] had argued that the fund's valuation committee signed off on every price.

A former analyst, [[P Lucia Marchetti]], who pleaded guilty last year, testified for the government under a cooperation agreement. Her lawyer, [[P Ben Adeyemi]] of [[O Morvay Stein]] LLP, declined to comment.

[[O Greyhaven]], which is based in [[L Stamford]], [[L Connecticut]], was not charged. It agreed in January to pay $40 million to settle a civil case brought by the [[O Securities and Exchange Commission]]. The fund was represented by [[O Sullivan & Cromwell]]. An [[O SEC]] spokesperson said the agency's case against [[P Halvorsen-Pike]] himself would resume after sentencing.

The [[O FBI]] arrested [[P Halvorsen-Pike]] at his home in [[L Greenwich]] in 2024. Investors in the fund include the [[O New Jersey State Investment Council]] and a pension plan for teachers in [[L Ontario]].

(Reporting by [[P Luc Cohen-Aldana]] in [[L New York]]; Editing by [[P Noeleen Walder-Fitch]])`,
  },
  {
    name: 'wikinews-style obituary of a dutch physicist ter as a particle lowercase with the given name and capitalised alone tu delft by name and acronym leiden university philips in eindhoven a journal and a prize as none the royal academy by name and acronym a student with van and a double surname a church and a sources list',
    text: `Dutch physicist [[P Pieter ter Horst]] dies aged 91

Wednesday, February 11, 2026

[[P Pieter ter Horst]], the Dutch physicist whose work on thin magnetic films helped make computer hard disks smaller, died on Monday in [[L Delft]], the [[O Delft University of Technology]] ([[O TU Delft]]) announced. He was 91.

Born in [[L Enschede]] in 1934, [[P Ter Horst]] studied at [[O Leiden University]] and joined the research laboratory of [[O Philips]] in [[L Eindhoven]] in 1961. A paper he published in the journal [[X Physical Review Letters]] in 1968 described how layers of iron a few atoms thick could store data, work that engineers at [[O IBM]] in [[L San Jose]] later built on.

He moved to [[L Delft]] as a professor in 1975 and led its applied physics faculty for twelve years. He was elected to the [[O Royal Netherlands Academy of Arts and Sciences]] ([[O KNAW]]) in 1981 and won the [[X Spinoza Prize]] in 1996.

His former student [[P Anneke van Dijk-Bosman]], now rector of the [[O University of Twente]], said [[P Ter Horst]] "treated every first-year student as a future colleague". The physicist [[P Ruud de Jongh]], who shared an office with him at [[O Philips]], recalled that he cycled to the laboratory from [[L Waalre]] in every weather.

In retirement he campaigned against the closure of a small observatory at [[L Dwingeloo]] and wrote two books on the history of science in the [[L Netherlands]]. The [[O Netherlands Physical Society]] said it would name its annual lecture after him.

He is survived by his wife, [[P Margriet ter Horst-Bakker]], three children and seven grandchildren. A funeral will be held on Saturday at the [[L Oude Kerk]] in [[L Delft]].

Sources

"Natuurkundige [[P Pieter ter Horst]] overleden" — [[O NOS]], February 10, 2026
"Hard disk pioneer [[P Ter Horst]] dies" — [[O Delta]], February 10, 2026`,
  },
  {
    name: 'wikinews-style malaria vaccine trial the lancet as none a vaccine and a trial as none oxford and its jenner institute the serum institute of india a kenyan research programme and a county hospital a burkina faso institute by french name and acronym dr. and professor before names the who and its advisory group gavi and funders',
    text: `Trial finds new malaria vaccine cuts severe cases in children by 70 percent

Thursday, May 14, 2026

A vaccine given in two doses cut severe malaria among young children by 70 percent in a trial in [[L Kenya]], [[L Burkina Faso]] and [[L Mali]], researchers reported on Wednesday in [[X The Lancet]].

The vaccine, called [[X RH5-Nova]], was developed at the [[O University of Oxford]]'s [[O Jenner Institute]] with the [[O Serum Institute of India]], which would make it in [[L Pune]]. The phase 3 trial, known as [[X KINGA-3]], enrolled 4,800 children aged five months to three years.

Dr. [[P Wanjiru Kamau-Odhiambo]] of the [[O KEMRI-Wellcome Trust Research Programme]] in [[L Kilifi]], who led the Kenyan arm, said children who fell ill were treated at [[L Kilifi County Hospital]] and at two health centres near [[L Malindi]]. "We saw fewer children in the wards in the second rainy season, and the nurses noticed before we did," she said.

In [[L Burkina Faso]], the trial was run by the [[O Institut de Recherche en Sciences de la Santé]] ([[O IRSS]]) at its site in [[L Nanoro]]. Professor [[P Issa Ouédraogo-Sawadogo]] said protection fell to about half after 18 months, and a booster was being tested.

The [[O World Health Organization]] said its vaccine advisory group, [[O SAGE]], would review the data in October. [[O Gavi]], the vaccine alliance based in [[L Geneva]], said it could buy doses for up to 30 million children a year from 2028 if the vaccine is approved.

[[P Hannah Lindqvist]], an epidemiologist at the [[O London School of Hygiene & Tropical Medicine]] who was not involved in the study, called the results "the best we have seen", but warned that parasites in [[L Uganda]] and [[L Tanzania]] might respond differently.

The trial was paid for by the [[O European and Developing Countries Clinical Trials Partnership]] and the [[O Wellcome Trust]].

Sources

"Malaria jab cuts severe illness by 70%" — [[O BBC News]], May 13, 2026
"New vaccine shows promise in [[L Kenya]] trial" — [[O Daily Nation]], May 13, 2026`,
  },
  {
    name: 'wikinews-style sports results english clubs named after cities at stadiums named after grounds and sponsors the championship as a league spanish clubs named after cities with real and a basque stadium euroleague basketball in vitoria-gasteiz and a cyclo-cross race as none with section labels',
    text: `Sports roundup: [[O Stoke City]] win at [[L Carrow Road]]; [[O Real Sociedad]] held

Sunday, November 29, 2026

Football: [[O Stoke City]] beat [[O Norwich City]] 2–1 at [[L Carrow Road]] on Saturday to move into the [[O Championship]] play-off places. Striker [[P Callum Ashworth]] scored both goals, the second a header from a corner in the 88th minute. [[O Norwich]] manager [[P Henrik Aalders]] said his side "defended like strangers".

[[O Hull City]] drew 0–0 with [[O Sheffield Wednesday]] at the [[L MKM Stadium]], and [[O Plymouth Argyle]] lost 1–3 at [[L Home Park]] to [[O Bristol City]], whose goalkeeper [[P Owen Tremlett]] saved a penalty. [[O Leeds United]] stay top after a 2–0 win at [[O Preston North End]]. The result leaves the visitors four points clear with a game in hand, and their manager said the squad would rest three players before the midweek fixture.

In [[L Spain]], [[O Real Sociedad]] were held 1–1 by [[O Celta Vigo]] at the [[L Reale Arena]] in [[L San Sebastián]]. [[O Celta]] midfielder [[P Iago Fernández Castro]] equalised with ten minutes left. [[O Real Valladolid]] beat [[O Sevilla]] 2–0 at the [[L Estadio José Zorrilla]], where [[P Álvaro Ruiz Montes]] scored on his debut.

Basketball: [[O Baskonia]] beat [[O Olympiacos]] 88–80 in the [[O EuroLeague]] at the [[L Buesa Arena]] in [[L Vitoria-Gasteiz]]. Guard [[P Markus Vandenbroucke]] scored 24 points.

Rugby union: [[O Leinster]] beat [[O Bath]] 31–14 at the [[L Aviva Stadium]] in [[L Dublin]] in the [[X Champions Cup]]. Fly-half [[P Ciarán Doyle-Keane]] kicked 16 points, and [[O Bath]] captain [[P Ollie Pritchard]] was sent to the sin bin twice. [[O Toulouse]] won 27–20 at [[O Sale Sharks]], and [[O Munster]] lost at home to [[O La Rochelle]] at [[L Thomond Park]] in [[L Limerick]].

Cyclo-cross: [[P Mathilde Brouwer]] of the [[L Netherlands]] won the [[X Superprestige]] race in [[L Gavere]], [[L Belgium]], ahead of [[P Lotte de Clercq]] and [[P Fem van Empel-Rijs]].`,
  },
  {
    name: 'reuters amsterdam dutch coatings maker buys a norwegian rival chief executives with van den and a double norwegian surname tickers the oslo exchange banks and law firms as advisers one with & co a family holding with ter a state pension fund the european commission and the competition authority an analyst with de alone and a sign-off with two reporters',
    text: `[[L AMSTERDAM]], Oct 6 ([[O Reuters]]) - Dutch coatings maker [[O Veldhoven Coatings]] agreed on Monday to buy Norwegian rival [[O Fjordmaling]] for 3.4 billion euros ($3.7 billion) in cash, creating [[L Europe]]'s third-largest supplier of paint for ships and offshore platforms.

[[O Veldhoven]] will pay 212 Norwegian crowns a share, a 28% premium to Friday's close on the [[O Oslo Stock Exchange]]. Chief executive [[P Sanne van den Berg]] said the deal would give the company, based in [[L Arnhem]], shipyard customers in [[L South Korea]] and [[L China]] it had failed to win on its own.

[[O Fjordmaling]]'s chief executive, [[P Eirik Haugland Solberg]], will join the combined group's board. The [[L Bergen]] company's largest shareholder, the state pension fund [[O Folketrygdfondet]], which owns 9%, has agreed to sell.

Shares in [[O Veldhoven]] ([[X VELD.AS]]) rose 2.1% in [[L Amsterdam]], while [[O Fjordmaling]] ([[X FJORD.OL]]) jumped 24%.

[[O Rabobank]] and [[O Moelis & Co]] advised [[O Veldhoven]], with [[O De Brauw Blackstone Westbroek]] as legal counsel. [[O Fjordmaling]] was advised by [[O Arctic Securities]] and [[O Pareto Securities]], and by the law firm [[O Wikborg Rein]].

[[O Ter Haar Holding]], the family investment company of [[P Joost ter Haar]], which owns 11% of [[O Veldhoven]], said it would back the deal. The takeover needs approval from the [[O European Commission]] and the [[O Norwegian Competition Authority]].

"The price is full, but the fit is good," said [[P Maarten de Wit]], an analyst at [[O ING]]. [[P De Wit]] said the combined group would still be smaller than [[O AkzoNobel]] and [[O Jotun]] in marine coatings.

The two companies together employ 7,800 people. [[P Van den Berg]] said the research centres in [[L Arnhem]] and [[L Sandefjord]] would both stay open, and the Norwegian brand would be kept for yachts.

(Reporting by [[P Bart Meijer-Kuipers]] in [[L Amsterdam]] and [[P Gwladys Fouche-Nilsen]] in [[L Oslo]]; Editing by [[P Jan Harvey-Moss]])`,
  },
  {
    name: 'reuters lima ohio school levy and local races an all-caps city with its state counties a city school district and a county board of elections a school board president with a hyphen a superintendent a township a mayor in wapakoneta a state rep. a newspaper with the an oil company with a ticker a county commissioner and the state party',
    text: `[[L LIMA]], [[L Ohio]], Nov 4 ([[O Reuters]]) - Voters in [[L Allen County]], [[L Ohio]], rejected a school tax levy for the third time in two years on Tuesday, forcing the [[O Lima City School District]] to cut bus routes and close an elementary school in the spring.

The levy failed 53% to 47%, according to unofficial results from the [[O Allen County Board of Elections]]. School board president [[P Tamara Oyelaran-Stiles]] said the board would meet on Thursday to decide which school to close. Superintendent [[P Greg Wendling]] said 40 teaching jobs were at risk.

The result was watched closely in [[L Columbus]], where Republican lawmakers have pushed to cap local property taxes. State Rep. [[P Dana Yoder-Pence]], whose district includes [[L Lima]], said voters were "telling us the bills are too high for everybody, not just the schools."

In neighbouring [[L Auglaize County]], voters in [[L Wapakoneta]] elected [[P Kurt Heitkamp]], a retired firefighter, as mayor, and in [[L Shawnee Township]] two trustees backed by the [[O Ohio Republican Party]] lost their seats to independents.

County Commissioner [[P Beth Seibert-Haas]] blamed the levy's defeat on a rise in property valuations this year. A poll by [[O The Lima News]] last month had shown the levy passing narrowly.

[[O Cenovus Energy]] ([[X CVE.TO]]), which runs the city's oil refinery and is its largest taxpayer, had not taken a position on the levy. The [[O Ohio Education Association]], the state's largest teachers' union, spent $180,000 campaigning for it.

[[L Lima]], a city of about 35,000 people halfway between [[L Toledo]] and [[L Dayton]], has lost a fifth of its population since 1980.

(Reporting by [[P Julia Harte-Moreno]] in [[L Lima]]; Editing by [[P Scott Malone-Dietz]])`,
  },
];

export const BATCH_87: EntityCase[] = [
  {
    name: 'reuters chicago alderman indicted for bribery the u.s. attorney and an fbi special agent in charge a towing company and its owner defence lawyers at firms named after two surnames with & the city council and its ethics board cook county the inspector general and a sign-off',
    text: `[[L CHICAGO]], Aug 20 ([[O Reuters]]) - A [[L Chicago]] alderman was charged on Wednesday with taking $380,000 in bribes from a towing company in return for steering city contracts its way, federal prosecutors said.

Alderman [[P Raymond Okafor-Kowalski]], 58, who has represented a ward on the city's [[L Southwest Side]] since 2011, was indicted on eight counts of bribery and wire fraud. He pleaded not guilty before [[L U.S.]] Magistrate Judge [[P Helen Straub]] and was released on bond.

[[L U.S.]] Attorney [[P Morris Delacroix]] told a news conference that the owner of [[O Midway Recovery Towing]], [[P Victor Szymanski]], had paid the alderman in cash and in renovations to a lake house in [[L Michigan]]. [[P Szymanski]] was charged in the same indictment.

"Public office is not a private business," said [[P Dana Whitcombe]], special agent in charge of the [[O FBI]]'s [[L Chicago]] field office.

[[P Okafor-Kowalski]]'s lawyer, [[P Gregory Lanza]] of [[O Jenner & Block]], said his client had "served his ward honestly for fourteen years" and would be cleared. [[P Szymanski]] is represented by [[P Maria Castellanos-Webb]] and [[P Daniel Roth]] of [[O Haldane & Pryor]], who did not respond to requests for comment.

The [[O Chicago City Council]] voted last year to move towing contracts out of the aldermen's hands after a report by the city's inspector general, [[P Deborah Nwosu]]. The [[O Chicago Board of Ethics]] said it had opened its own inquiry.

[[P Okafor-Kowalski]] chairs the council's transportation committee. Mayor [[P Andre Whitlock]] called on him to step down from it. The [[O Cook County Democratic Party]] said it would not endorse him in next year's election.

The case is [[X United States v. Okafor-Kowalski]], [[O U.S. District Court for the Northern District of Illinois]].

(Reporting by [[P Karen Pierog-Sandoval]] in [[L Chicago]]; Editing by [[P Aurora Ellis-Brandt]])`,
  },
  {
    name: 'wikinews-style obituary of a spanish novelist two surnames and her first surname alone born in a village in extremadura the royal spanish academy a madrid university a barcelona publisher novels and a prize as none a culture minister with two surnames a newspaper and a literary foundation and a sources list',
    text: `Spanish novelist [[P María Teresa Solís Arrieta]] dies at 88

Saturday, October 17, 2026

[[P María Teresa Solís Arrieta]], the Spanish novelist whose books about women in the villages of [[L Extremadura]] sold millions of copies in twenty languages, died on Friday in [[L Madrid]], her publisher said. She was 88.

[[P Solís]] was born in 1938 in [[L Jerez de los Caballeros]], near the border with [[L Portugal]], and studied philology at the [[O Complutense University of Madrid]]. She worked as a teacher in [[L Badajoz]] and [[L Cáceres]] before her first novel, [[X La casa de las higueras]], was published in 1971 by [[O Editorial Anagrama]] in [[L Barcelona]].

Her best-known book, [[X Las hijas del agua]], followed three generations of a family through the civil war and the dictatorship. It was made into a television series by [[O RTVE]] in 1994.

In 2003 she became the fifth woman to take a seat in the [[O Royal Spanish Academy]] ([[O RAE]]). She won the [[X Cervantes Prize]] in 2011, and gave the prize money to a reading programme for rural libraries.

Culture Minister [[P Jorge Álvarez de Castro]] said [[L Spain]] had lost "the writer who gave a voice to those who were never asked." The novelist [[P Lucía Benavides Ortega]], who edited her last book, said [[P Solís]] wrote every morning by hand at a kitchen table in [[L Chamberí]].

Her books were translated into English by the [[L London]] house [[O Harvill Press]]. A foundation in her name, the [[O Fundación Solís Arrieta]], runs a writers' residence in [[L Mérida]].

She is survived by a son, [[P Pablo Marín Solís]], and a granddaughter.

Sources

"Muere [[P María Teresa Solís Arrieta]]" — [[O El País]], October 16, 2026
"The voice of [[L Extremadura]] falls silent" — [[O The Guardian]], October 16, 2026`,
  },
  {
    name: 'reuters boston heart drug trial a company and its ticker the new england journal of medicine and a trial as none a hospital as a place harvard medical school a cleveland clinic doctor the american heart association meeting the fda a european rival with a ticker an analyst at a bank with & co and a sign-off',
    text: `[[L BOSTON]], Nov 9 ([[O Reuters]]) - An experimental drug from [[O Corvexa Therapeutics]] cut heart attacks and strokes by 24% in patients with a common inherited cholesterol disorder, a large trial showed on Sunday, sending the biotech's shares up 31% in after-hours trading.

The trial, called [[X LIPA-OUT]], followed 14,200 patients in 29 countries for three years. Results were presented at the [[O American Heart Association]]'s annual meeting in [[L New Orleans]] and published in the [[X New England Journal of Medicine]].

"This is the first time we have shown that lowering this particle saves lives, not just numbers on a lab report," said Dr. [[P Anjali Raman-Whitford]], a cardiologist at [[L/O Brigham and Women's Hospital]] and a professor at [[O Harvard Medical School]], who led the study.

[[O Corvexa]] ([[X CRVX.O]]), based in [[L Cambridge]], [[L Massachusetts]], said it would ask the [[O Food and Drug Administration]] to approve the drug, a twice-yearly injection, early next year. Chief executive [[P Tomas Lindgren]] said the company had enough cash to launch it without a partner.

Dr. [[P Steven Okonkwo]] of the [[O Cleveland Clinic]], who was not involved in the trial, said the benefit was "real but smaller than the hype". About one in five people carry high levels of the particle, known as lipoprotein(a).

Rival [[O Novartis]] ([[X NOVN.S]]) expects results from its own trial next year, and [[O Amgen]] ([[X AMGN.O]]) is testing a pill.

"The data clear the bar," said [[P Rachel Feldstein]], an analyst at [[O Leerink Partners]]. [[P Martin Ostrowski]] of [[O Piper Sandler & Co]] raised his price target to $140.

Patients in the trial were enrolled at hospitals including [[L Karolinska University Hospital]] in [[L Stockholm]] and [[L Hospital Clínic]] in [[L Barcelona]].

(Reporting by [[P Bhanvi Satija-Rao]] in [[L Bengaluru]] and [[P Deena Beasley-Grant]] in [[L Los Angeles]]; Editing by [[P Bill Berkrot-Hayes]])`,
  },
  {
    name: 'wikinews-style sports results eredivisie clubs named after cities with fc and a sponsor name stadiums named after a company and a place allsvenskan clubs with ff and ifk a norwegian club with a slash nfl clubs named after a city and a state at a field and section labels',
    text: `Sports roundup: [[O PSV]] go top; [[O Malmö FF]] crowned champions

Monday, November 2, 2026

Football: [[O PSV Eindhoven]] moved top of the [[O Eredivisie]] with a 3–0 win over [[O FC Utrecht]] at the [[L Philips Stadion]] on Sunday. Winger [[P Noah van Beek]] scored twice. [[O Ajax]] lost 1–2 at [[O AZ Alkmaar]], whose coach [[P Maarten ter Steeg]] said his side had "finally been brave". [[O Feyenoord]] were held 2–2 by [[O Go Ahead Eagles]] in [[L Deventer]].

In [[L Sweden]], [[O Malmö FF]] won the [[O Allsvenskan]] title with a round to spare after beating [[O IFK Göteborg]] 2–0 at the [[L Eleda Stadion]]. Captain [[P Anders Christiansen-Lund]] lifted the trophy in front of 22,000 fans. [[O Hammarby]] finished second. It is the club's third title in four years, and the first under a coach who joined from the second division in the summer. Their supporters marched from the old ground to the city centre after the final whistle.

In [[L Norway]], [[O Bodø/Glimt]] beat [[O Rosenborg]] 4–1 at the [[L Aspmyra Stadion]] to stay three points clear of [[O Brann]].

American football: The [[O Green Bay Packers]] beat the [[O Minnesota Vikings]] 27–20 at [[L Lambeau Field]]. Quarterback [[P Tyler Van Dusen]] threw for 312 yards. The [[O Tennessee Titans]] lost 10–17 to the [[O Houston Texans]] at [[L Nissan Stadium]] in [[L Nashville]].

Ice hockey: The [[O Toronto Maple Leafs]] beat the [[O Ottawa Senators]] 5–2 at [[L Scotiabank Arena]]. Swedish defenceman [[P Erik Brännström-Lund]] scored twice, and [[O Ottawa]] coach [[P Dave Cameron-Pryce]] said his side "stopped skating after the second goal". In [[L Finland]], [[O Tappara]] beat [[O HIFK]] 3–1 in [[L Tampere]].

Speed skating: [[P Jutta Leerdam-Visser]] won the 1,000 metres at the [[X World Cup]] meeting in [[L Heerenveen]], with [[P Femke Kok-ter Laak]] second.`,
  },
  {
    name: 'reuters madrid spanish utility buys a danish wind developer spanish chief executives with two surnames tickers the madrid exchange the cnmv a danish pension fund banks with & co and a santander unit law firms named alone as advisers a danish minister and a sign-off with two reporters',
    text: `[[L MADRID]], June 16 ([[O Reuters]]) - Spanish utility [[O Energías del Duero]] agreed on Tuesday to buy Danish wind developer [[O Vestkyst Vind]] for 5.2 billion euros ($5.6 billion) including debt, doubling its offshore projects in the [[L North Sea]].

[[O Energías del Duero]], based in [[L Valladolid]], will pay 41 Danish crowns a share. Chairman and chief executive [[P José Luis Herrero Saldaña]] said the company would fund the deal with a rights issue of 2 billion euros and the sale of its hydro plants in [[L Portugal]].

[[O Vestkyst Vind]]'s largest shareholder, the pension fund [[O PensionDanmark]], which owns 34%, has agreed to sell. The developer's chief executive, [[P Mette Kjærgaard Holm]], will run the combined offshore business from [[L Esbjerg]].

Shares in [[O Energías del Duero]] ([[X EDU.MC]]) fell 6.4% in [[L Madrid]], where the [[O CNMV]] market regulator briefly suspended trading before the announcement. [[O Vestkyst Vind]] ([[X VVIND.CO]]) rose 19% in [[L Copenhagen]].

[[O Santander Corporate & Investment Banking]] and [[O Morgan Stanley & Co]] advised the Spanish company, with [[O Uría Menéndez]] as legal counsel. [[O Danske Bank]] and [[O Lazard]] advised [[O Vestkyst Vind]], and [[O Kromann Reumert]] acted as its lawyers.

[[L Denmark]]'s energy minister, [[P Lars Aagaard-Nielsen]], said the government would review the deal under its investment screening law, but that he saw "no reason for concern about a European buyer". [[L Spain]]'s [[O Ministry for the Ecological Transition]] welcomed it.

"They are buying a pipeline, not a portfolio," said [[P Ana Belén Ruiz de la Torre]], an analyst at [[O Bankinter]] in [[L Madrid]]. [[P Ruiz de la Torre]] said [[O Iberdrola]] and [[O Ørsted]] had looked at the developer last year.

(Reporting by [[P Belén Carreño López]] in [[L Madrid]] and [[P Jacob Gronholt-Pedersen]] in [[L Copenhagen]]; Editing by [[P Jan Harvey-Moss]])`,
  },
  {
    name: 'wikinews-style kentucky local elections paris kentucky and bourbon county a county judge-executive a sheriff and a school board a county clerk with a hyphen the state board of elections lexington and frankfort a distillery company and a newspaper and a sources list',
    text: `Voters in [[L Bourbon County]], [[L Kentucky]] elect first woman judge-executive

Wednesday, November 4, 2026

Voters in [[L Bourbon County]], [[L Kentucky]], elected [[P Carla Mayhew-Rankin]] as county judge-executive on Tuesday, the first woman to hold the office in the county's 240-year history.

[[P Mayhew-Rankin]], a Republican and former member of the [[O Bourbon County Board of Education]], beat Democrat [[P Wendell Tuttle]] by 412 votes, according to results posted by county clerk [[P Jo Ellen Ritchie-Burns]] in [[L Paris]], the county seat. Turnout was 58 percent.

In the race for sheriff, incumbent [[P Dale Whitaker]] was re-elected unopposed. Two seats on the [[O Paris Independent Schools]] board went to candidates who had campaigned to keep a four-day school week, which the board adopted last year to save on bus costs.

[[P Mayhew-Rankin]] said her first task would be to fix county roads damaged by spring floods along the [[L Stoner Creek]]. She also promised to bring a second warehouse for [[O Heaven Hill]], the whiskey maker, to an industrial park outside [[L Millersburg]].

The [[O Kentucky State Board of Elections]] in [[L Frankfort]] said it had received no complaints from the county. In nearby [[L Lexington]], voters chose [[P Nadia Farouk-Tillman]] for the urban county council's fourth district.

[[P Tuttle]] said he would not ask for a recount. "The people of this county made a choice, and I will help her any way I can," he told supporters at the [[L Bourbon County Courthouse]] on Tuesday night.

The [[O Bourbon County Citizen]], the county's weekly newspaper, had endorsed [[P Tuttle]], a former high school basketball coach.

Sources

"[[P Mayhew-Rankin]] wins [[L Bourbon County]] race" — [[O Lexington Herald-Leader]], November 4, 2026
"Election results for central [[L Kentucky]]" — [[O WKYT]], November 4, 2026`,
  },
];

export const BATCH_88: EntityCase[] = [
  {
    name: 'reuters london high court ruling for a bank against a shipping tycoon mr justice before a name barristers kc solicitors firms named after founders and places the commercial court a cypriot company a dubai free zone company a greek port the fca and a sign-off',
    text: `[[L LONDON]], Jan 27 ([[O Reuters]]) - A Greek shipping tycoon must repay $310 million in loans to [[O Standard Chartered]] after [[L London]]'s [[O High Court]] rejected his claim on Tuesday that the bank had tricked him into guaranteeing them.

Judge [[P Nicholas Pemberton-Hale]] of the [[O Commercial Court]] ruled that [[P Stavros Kalogeropoulos]], 71, had understood the guarantees he signed in 2019 for loans to his company [[O Aegean Meridian Shipping]], which is registered in [[L Limassol]], [[L Cyprus]].

"He is an experienced businessman who read what he signed," the judge wrote in a 94-page ruling.

[[P Kalogeropoulos]]'s barrister, [[P Helena Ashcombe]] KC, had argued that bankers in [[L Dubai]] told him the guarantees would never be called. His solicitors, [[O Stephenson Harwood]], said he was considering an appeal.

The bank was represented by [[P Jonathan Reddaway]] KC and [[P Priya Natarajan]], instructed by [[O Clifford Chance]]. A spokesperson for the bank in [[L London]] said it was "pleased the court has upheld the plain meaning of the documents".

[[O Aegean Meridian]] went into administration in 2023 after the collapse of a trading company, [[O Halcyon Freight]], based in the [[L Jebel Ali Free Zone]]. Its ships were sold at auction in [[L Piraeus]] and [[L Rotterdam]].

A second case, brought by the shipping company's liquidators, [[O Kroll]], against [[P Kalogeropoulos]]'s son [[P Andreas Kalogeropoulos]], is due to be heard in March. His lawyer, [[P Simon Carraway]] of [[O Mishcon de Reya]], said that claim was "without merit".

The ruling is the latest in a run of cases in which lenders have enforced personal guarantees against shipowners after the downturn in dry bulk rates. In December, a [[O Court of Appeal]] panel ruled for [[O HSBC]] against a Norwegian owner, [[P Terje Bakkevold]], in a similar dispute.

The [[O Financial Conduct Authority]] has not commented on the case.

(Reporting by [[P Sam Tobin-Marsh]]; Editing by [[P Kirsten Donovan-Hale]])`,
  },
  {
    name: 'wikinews-style obituary of a danish architect a hyphenated danish name buildings as places a school of architecture by danish name an aarhus concert hall a library in malmö a firm named after her a prize as none a critic in a newspaper a former partner with van and a sources list',
    text: `Danish architect [[P Karen Møller-Thygesen]] dies at 86

Tuesday, March 17, 2026

[[P Karen Møller-Thygesen]], the Danish architect known for brick libraries and concert halls built around daylight, died on Sunday at her home in [[L Aarhus]], her firm said. She was 86.

Born in [[L Ribe]] in 1939, [[P Møller-Thygesen]] studied at the [[O Royal Danish Academy of Fine Arts]] in [[L Copenhagen]] and worked for four years in [[L Helsinki]] before founding her own practice, [[O Møller-Thygesen Arkitekter]], in 1970.

Her first large building, the [[L Aarhus Concert Hall]] extension of 1982, was followed by the [[L Malmö City Library]] in [[L Sweden]] and a university library in [[L Tromsø]], [[L Norway]]. The [[L Ribe Cathedral]] visitor centre, finished when she was 79, was her last work.

She taught for thirty years at the [[O Aarhus School of Architecture]], where students called her "the lady with the torch" for the flashlight she used to show how light fell on a model. She won the [[X Alvar Aalto Medal]] in 1998.

Her buildings were known for their plain walls of yellow brick from the kilns of [[L Jutland]] and for skylights cut at odd angles. The critic [[P Henrik Sten Møller]] wrote in [[O Politiken]] in 1985 that she "builds with light the way others build with concrete."

The [[O Danish Architecture Centre]] said it would open an exhibition of her drawings in May. Her former partner, the Dutch architect [[P Willem van Oosterhout]], said she "could tell a wall was wrong before it was built."

The mayor of [[L Aarhus]], [[P Anders Winther-Kjeldsen]], said the city's flags would fly at half-mast on the day of her funeral, which will be held at [[L Aarhus Cathedral]] on Saturday.

Sources

"Arkitekt [[P Karen Møller-Thygesen]] er død" — [[O DR]], March 16, 2026
"[[P Karen Møller-Thygesen]], architect of light, 1939–2026" — [[O Dezeen]], March 16, 2026`,
  },
  {
    name: 'wikinews-style dengue vaccine rollout in brazil fiocruz and the butantan institute a vaccine and a journal as none the ministry of health a recife hospital as a place a state health secretary with two surnames paho by name and acronym a university in são paulo and a sources list',
    text: `[[L Brazil]] begins mass dengue vaccination as cases reach record

Friday, February 20, 2026

[[L Brazil]] began vaccinating children against dengue in 1,800 municipalities on Thursday, after the [[O Ministry of Health]] reported 1.2 million suspected cases in the first seven weeks of the year, a record.

The single-dose vaccine, [[X Butantan-DV]], was developed by the [[O Butantan Institute]] in [[L São Paulo]], which said it could produce 60 million doses this year. A trial of 16,000 people published last year in the journal [[X Nature Medicine]] found it prevented about 80 percent of cases over five years.

Health Minister [[P Ricardo Pimentel Araújo]] launched the campaign at a school in [[L Recife]], where the [[L Hospital da Restauração]] has opened an extra ward for dengue patients. "Every child we vaccinate is one less bed we need," he said.

[[L Pernambuco]]'s state health secretary, [[P Luciana Freitas Cavalcanti]], said the state had recorded 41 deaths. The cities of [[L Belo Horizonte]] and [[L Goiânia]] have declared emergencies.

The [[O Oswaldo Cruz Foundation]] ([[O Fiocruz]]) in [[L Rio de Janeiro]] is testing mosquitoes carrying the [[X Wolbachia]] bacterium, which stops them passing on the virus, in [[L Niterói]] and [[L Campo Grande]].

[[P Mauro Teixeira Lins]], an infectious disease specialist at the [[O University of São Paulo]], said the vaccine would not slow this season's outbreak. "The children we vaccinate today will be protected next summer, not this one," he said.

The [[O Pan American Health Organization]] ([[O PAHO]]) said [[L Argentina]], [[L Paraguay]] and [[L Peru]] were also reporting more cases than usual.

Sources

"Vacinação contra dengue começa em todo o país" — [[O Agência Brasil]], February 19, 2026
"[[L Brazil]] dengue cases hit record" — [[O Reuters]], February 19, 2026`,
  },
  {
    name: 'wikinews-style sports results scottish clubs named after cities united and thistle stadiums named after parks mls clubs named after a city and a state at a field named after a website nwsl an nba club and arena golf with a tour as none and section labels',
    text: `Sports roundup: [[O Dundee United]] beat [[O Aberdeen]]; [[O Columbus Crew]] reach final

Sunday, November 22, 2026

Football: [[O Dundee United]] beat [[O Aberdeen]] 2–1 at [[L Tannadice Park]] on Saturday to go third in the [[O Scottish Premiership]]. Forward [[P Lewis McAllister-Reid]] scored the winner in stoppage time. [[O Inverness Caledonian Thistle]] drew 1–1 with [[O Partick Thistle]] at the [[L Caledonian Stadium]] in the [[O Scottish Championship]], and [[O Hearts]] lost 0–1 to [[O St Mirren]] at [[L Tynecastle Park]] in [[L Edinburgh]].

[[O Aberdeen]] manager [[P Stefan Lindholm]] said his side "gave away two goals we would not concede in training". The defeat was their third in a row, and the club said before the match that the manager's position was not under review.

In [[L Ohio]], the [[O Columbus Crew]] reached the [[X MLS Cup]] final with a 3–1 win over [[O Minnesota United]] at [[L Lower.com Field]]. Midfielder [[P Diego Rossi Acevedo]] scored twice. They will host [[O LAFC]], who beat the [[O Seattle Sounders]] on penalties.

In the [[O NWSL]], the [[O Portland Thorns]] beat the [[O North Carolina Courage]] 2–0 at [[L Providence Park]].

Basketball: The [[O Milwaukee Bucks]] beat the [[O Indiana Pacers]] 118–109 at [[L Fiserv Forum]]. Centre [[P Marcus Oyelowo-Grant]] had 31 points and 14 rebounds.

Rugby league: [[O Wigan Warriors]] beat [[O St Helens]] 20–12 at the [[L DW Stadium]] in a friendly for the injured prop [[P Liam Farrell-Shaw]]. [[O Warrington Wolves]] coach [[P Sam Burgess-Tate]] named his squad for the new season.

Tennis: [[P Alejandro Núñez Vidal]] of [[L Spain]] beat [[P Tomás Etcheverry-Sosa]] 6–4, 7–5 to win the title in [[L Bratislava]].

Golf: [[P Ingrid Halvorsen]] of [[L Norway]] won the [[X Andalucía Costa del Sol Open]] in [[L Marbella]] by two strokes, her first win on the [[X Ladies European Tour]].`,
  },
  {
    name: 'reuters copenhagen shipping group buys a spanish port operator a danish company with a hyphen and a ticker a spanish family company with de and two-surname executives the copenhagen and madrid exchanges banks with & co and alone as advisers law firms a port authority a danish analyst and a sign-off',
    text: `[[L COPENHAGEN]], Sept 8 ([[O Reuters]]) - Danish shipping group [[O Nordhavn-Lindberg]] agreed on Tuesday to buy [[O Terminales Marítimos del Sur]], the family-owned operator of container terminals in [[L Algeciras]] and [[L Valencia]], for 2.1 billion euros ($2.3 billion).

The deal gives [[O Nordhavn-Lindberg]] ([[X NLIND.CO]]) control of berths at the entrance to the [[L Mediterranean]], where rival [[O A.P. Moller-Maersk]] and [[O MSC]] already run large terminals.

[[O Terminales Marítimos del Sur]] is owned by the family of its chairman, [[P Fernando Gómez de Aranda]], whose father founded it in [[L Cádiz]] in 1968. His sister, chief executive [[P Isabel Gómez de Aranda Ruiz]], will stay on to run the terminals for at least three years.

Chief executive [[P Mikkel Friis Andersen]] said [[O Nordhavn-Lindberg]] would invest 400 million euros in cranes and electric trucks at [[L Algeciras]]. The [[O Port Authority of the Bay of Algeciras]] must approve the change of ownership.

[[O Goldman Sachs & Co]] and [[O Nordea]] advised the Danish group, with [[O Gorrissen Federspiel]] and [[O Garrigues]] as lawyers. [[O BBVA]] and [[O Rothschild & Co]] advised the family, with [[O Cuatrecasas]] as legal counsel.

Shares in [[O Nordhavn-Lindberg]] rose 4% in [[L Copenhagen]]. "This is a port deal dressed up as a shipping deal, and that is a good thing," said [[P Søren Kjeldgaard-Berg]], an analyst at [[O Jyske Bank]] in [[L Silkeborg]].

[[L Spain]]'s [[O National Markets and Competition Commission]] ([[O CNMC]]) is expected to take about four months to review the deal.

The family had held talks last year with a fund run by [[O Macquarie]], but walked away over price, people familiar with the matter said. [[P Gómez de Aranda]] said on Tuesday that the family had chosen "a buyer that runs ships, not spreadsheets."

(Reporting by [[P Louise Rasmussen-Breidahl]] in [[L Copenhagen]] and [[P Jesús Aguado Fernández]] in [[L Madrid]]; Editing by [[P Mark Potter-Hill]])`,
  },
  {
    name: 'reuters rome georgia school board recall and county commission race an all-caps city with ga. floyd county and its board of education a city school system the county commission a state senator a georgia secretary of state without a name a carpet maker with a ticker and dalton and a sign-off',
    text: `[[L ROME]], [[L Ga.]], May 19 ([[O Reuters]]) - Voters in [[L Floyd County]], [[L Georgia]], recalled two members of the county's school board on Tuesday after a year-long fight over a plan to merge high schools, the first successful recall of school officials in the state in a decade.

[[P Terrell Haskins]] and [[P Amber Lowry-Pate]] of the [[O Floyd County Board of Education]] lost their seats by margins of more than 20 points, according to results from the county elections office. The board voted 3-2 last year to close [[L Armuchee High School]] and move its students to [[L Model High School]] to save $4 million a year.

"People here want a say in what happens to the school their grandparents went to," said [[P Janice Culpepper]], who led the recall petition. The state's secretary of state certified the petition in March.

Separately, the [[O Rome City Schools]] system, which is run apart from the county's, passed a bond for a new middle school.

In the race for the [[O Floyd County Commission]], [[P Wright Bagby-Stone]] beat the incumbent chairman in the Republican primary. State Sen. [[P Chuck Hufstetler-Moore]], whose district includes [[L Rome]], said the recall showed "what happens when a board stops listening."

The county's largest employer, carpet maker [[O Mohawk Industries]] ([[X MHK.N]]), based in nearby [[L Calhoun]], had urged the board to keep both schools open. Flooring makers in [[L Dalton]] have struggled to hire since the pandemic.

[[L Rome]], a city of 38,000 people about 65 miles (105 km) northwest of [[L Atlanta]], sits where the [[L Etowah]] and [[L Oostanaula]] rivers meet.

(Reporting by [[P Rich McKay-Dunn]] in [[L Atlanta]]; Editing by [[P Donna Bryson-Lee]])`,
  },
];
