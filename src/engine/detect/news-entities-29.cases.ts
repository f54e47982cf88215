/**
 * Blind entity batches 29-31 (helper ents18a, 2 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 31 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_10 are made from batches 28-30 only and never against it. They aim at what
 * batches 1-28 covered least: Thailand, Norway's Arctic oil, Tennessee, a Grand Tour, Senegal,
 * Guatemala, Iraq, New Mexico, European basketball, Delaware's courts, Albania, northern Mexico,
 * Connecticut, the Davis Cup and Iceland; oil fields and an airport named after people, cycling
 * and basketball teams named after sponsors, states and cities, a stadium named after a firm, firms
 * named after rivers and towns (and an insurer whose name is "The" and its city), al- and de
 * particles, NYT-style honorifics and datelines, works, races, laws, indexes and vehicles as none.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_29: EntityCase[] = [
  {
    name: 'wikinews thailand court removes prime minister',
    text: `[[L Thailand]]'s [[O Constitutional Court]] removes prime minister over leaked phone call

Friday, June 12, 2026

The [[O Constitutional Court of Thailand]] on Thursday removed Prime Minister [[P Sirinya Wongsakul]] from office, ruling by six votes to three that a recorded telephone call with [[L Cambodia]]'s former leader [[P Hun Sen]] had broken the ethical standards the constitution sets for ministers.

In the call, made during a border dispute near the [[L Ta Muen Thom]] temple, [[P Sirinya]] called a Thai army commander "the other side" and asked [[P Hun Sen]] not to listen to him. [[P Hun Sen]] later posted the recording on [[X Facebook]].

The governing [[O Pheu Thai Party]] said it respected the ruling but called it "a verdict written in the barracks". Its secretary-general, [[P Anusorn Kaewpradit]], said the party would name a new candidate when the [[O House of Representatives]] meets next week.

The opposition [[O People's Party]], the largest in the house, said it would not join any coalition and called for an early election. Its leader, [[P Natthaphong Ruengpanyawut]], said the court had "removed four prime ministers in two years, and the voters none".

Deputy Prime Minister [[P Phumtham Wechayachai]] will serve as acting prime minister. The [[O Bhumjaithai Party]], which left the coalition over the call, said it was ready to talk to any party that would amend the [[X Computer Crime Act]].

Several hundred people gathered outside [[L Government House]] in [[L Bangkok]] on Thursday evening. The baht fell 0.4% against the dollar and the [[O Stock Exchange of Thailand]]'s main index lost 1.1%.

Sources

"Court ousts PM over [[P Hun Sen]] call" — [[O Bangkok Post]], June 11, 2026
"[[O Pheu Thai]] vows to fight on" — [[O Thai PBS]], June 11, 2026`,
  },
  {
    name: 'reuters norway arctic oil field named after a politician',
    text: `[[O Equinor]] starts output at [[L Johan Castberg]], [[L Norway]]'s northernmost oil field

[[L OSLO]], March 31 ([[O Reuters]]) - [[L Norway]]'s [[O Equinor]] ([[X EQNR.OL]]) began pumping oil from the [[L Johan Castberg]] field in the [[L Barents Sea]] on Monday, three years later than planned, the company said.

The field, named after a 19th-century Norwegian politician, is produced through a floating production ship built in [[L Singapore]] and towed to its site about 100 km north of [[L Hammerfest]] last year. Output will reach 220,000 barrels per day within three months.

[[O Equinor]] holds 46.3% of the licence, [[O Vår Energi]] ([[X VAR.OL]]) 30% and the state's holding company [[O Petoro]] the rest. [[P Kjetil Hove]], who heads [[O Equinor]]'s production off [[L Norway]], said the field would "keep the lights on in the north for thirty years".

Energy Minister [[P Terje Aasland]] called the start "a good day for [[L Finnmark]]". The field holds about 450 million to 650 million barrels, less than a tenth of the giant [[L Johan Sverdrup]] field in the [[L North Sea]], which [[O Equinor]] also runs.

Environmental groups [[O Greenpeace Nordic]] and [[O Natur og Ungdom]] have asked the [[O Oslo District Court]] to halt three other fields, arguing that their approval ignored emissions from burning the oil. The court ruled in their favour in January; the government has appealed to the [[O Borgarting Court of Appeal]].

[[O Aker BP]] ([[X AKRBP.OL]]) and [[O ConocoPhillips]] said last month they would decide this year whether to tie nearby finds to the [[L Johan Castberg]] ship. Shares of [[O Equinor]] rose 1.2% in [[L Oslo]], where the benchmark [[X OSEBX]] index gained 0.5%.

(Reporting by [[P Nerijus Adomaitis]] in [[L Oslo]]; Additional reporting by [[P Gwladys Fouche]]; Editing by [[P Susan Fenton]])`,
  },
  {
    name: 'us local tennessee transit tax and school bond',
    text: `[[L Nashville]] transit tax passes; [[L Williamson County]] rejects school bond

[[L NASHVILLE]], [[L Tenn.]] — Voters in [[L Nashville]] approved a half-cent sales tax for buses, sidewalks and traffic signals on Tuesday, while voters in neighbouring [[L Williamson County]] rejected a $140 million bond for two new schools, according to unofficial results.

The transit measure, proposed by Mayor [[P Freddie O'Connell]] and listed on the ballot as the [[X Choose How You Move]] plan, passed with 64% of the vote, the [[O Davidson County Election Commission]] said. It will raise about $3.1 billion over 15 years for [[O WeGo Public Transit]], the city's bus agency.

A political action committee called [[O Better Transit Nashville]] spent $1.4 million on the campaign, much of it from the [[O Nashville Area Chamber of Commerce]]. [[O Americans for Prosperity]] spent about $300,000 against it. Its state director, [[P Tori Venable-Hollis]], said the tax would "fall hardest on people who will never ride the bus".

State Sen. [[P Jack Johnson]], a Republican from [[L Franklin]], said the [[O Tennessee General Assembly]] would look again at the 2017 law, the [[X IMPROVE Act]], that let cities hold such votes.

In [[L Williamson County]], the bond for schools in [[L Spring Hill]] and [[L Thompson's Station]] failed by 1,812 votes. School board chair [[P Eliot Mitchell-Pruitt]] said the district would "have to put trailers behind [[L Summit High School]] again".

Voters in [[L Rutherford County]] re-elected the county mayor, [[P Joe Carr]], and in [[L Murfreesboro]] a new city council member, [[P Shawn Wright]], won by 46 votes. In [[L Memphis]], a referendum to raise the pay of the [[O Memphis City Council]] failed.

The new [[L Nissan Stadium]], home of the [[O Tennessee Titans]], is due to open on the east bank of the [[L Cumberland River]] in 2027; buses to it were among the transit plan's first projects.`,
  },
  {
    name: 'sport giro stage with teams named after sponsors and states',
    text: `[[P Matteo Zanardi]] wins [[X Giro d'Italia]] mountain stage as [[O Astana]] take control

Wednesday, May 20, 2026

Italian rider [[P Matteo Zanardi]] of [[O Astana Qazaqstan]] won the eleventh stage of the [[X Giro d'Italia]] on Wednesday, attacking four kilometres from the summit finish at [[L Prati di Tivo]] in the [[L Abruzzo]] mountains.

[[P Zanardi]], 24, crossed the line 18 seconds ahead of the Spaniard [[P Pello Iturriaga]] of [[O Movistar]] and 31 seconds ahead of [[P Antonio Tiberi]] of [[O Bahrain Victorious]]. "I was dreaming of this climb since I was a boy in [[L Teramo]]," he said.

[[P Tiberi]] took the leader's pink jersey from the Dane [[P Mikkel Fogh]] of [[O Visma–Lease a Bike]], who lost more than a minute on the final climb. [[O Bahrain]] now lead the race with one rider and sit second in the team classification behind [[O Astana]].

[[O UAE Team Emirates]] lost their leader, the Portuguese [[P Rui Costa-Almeida]], who crashed on the descent from the [[L Passo delle Capannelle]] and was taken to hospital in [[L L'Aquila]] with a broken collarbone. The team said he would not start on Thursday.

The stage was shortened by 20 kilometres after a landslide closed a road near [[L Montorio al Vomano]], the race organiser [[O RCS Sport]] said. Riders of [[O Israel–Premier Tech]] were booed at the start in [[L Pescara]] by a small group of protesters, and police kept them away from the team bus.

Thursday's stage, 195 kilometres from [[L Chieti]] to [[L Foligno]], is expected to end in a sprint. The race finishes in [[L Rome]] on May 31.

Sources

"[[P Zanardi]] vola a [[L Prati di Tivo]]" — [[O La Gazzetta dello Sport]], May 20, 2026
"[[P Tiberi]] takes pink as [[P Fogh]] cracks" — [[O Cyclingnews]], May 20, 2026`,
  },
  {
    name: 'obituary senegalese singer with albums and an airport named after a person',
    text: `Senegalese singer [[P Ndèye Coumba Mbaye]] dies at 74

Tuesday, November 3, 2026

[[P Ndèye Coumba Mbaye]], a Senegalese singer whose voice carried the mbalax music of [[L Dakar]] to stages in [[L Paris]], [[L New York]] and [[L Tokyo]], died on Monday in [[L Rufisque]], where she was born, her family said. She was 74.

She began singing at weddings and baptisms as a girl and joined the [[O Orchestre Baobab]] in 1973, one of the first women to sing with a dance band in [[L Senegal]]. Her first album, [[X Xalis]], was recorded in two days at the [[L Studio 2000]] in [[L Dakar]] and sold on cassettes across [[L West Africa]].

With her producer and husband, [[P Ibrahima de Souza]], she founded the label [[O Jololi Sound]] in 1985. Her album [[X Sama Réew]] won a [[X Kora Award]] in 1999, and she sang with [[P Youssou N'Dour]] at the opening of the 2002 football [[X World Cup]] concert in [[L Seoul]].

President [[P Bassirou Diomaye Faye]] called her "a mother of our music" and said she would be honoured at a ceremony at the [[L Grand Théâtre National]]. Culture Minister [[P Khady Diène Gaye]] said the state broadcaster [[O RTS]] would show her concerts all week.

Her coffin will be flown on Thursday from [[L Blaise Diagne International Airport]] to [[L Ziguinchor]], in the [[L Casamance]] region, where her mother's family is buried. [[P De Souza]] died in 2019. She is survived by four children, among them the rapper [[P Awa Mbaye]].

Sources

"Décès de [[P Ndèye Coumba Mbaye]]" — [[O Le Soleil]], November 2, 2026
"Senegal mourns mbalax singer" — [[O BBC News]], November 2, 2026`,
  },
];

export const BATCH_30: EntityCase[] = [
  {
    name: 'wikinews guatemala volcano eruption',
    text: `[[L Guatemala]] evacuates 4,000 as [[L Fuego]] volcano erupts

Monday, July 6, 2026

Authorities in [[L Guatemala]] evacuated about 4,000 people from villages on the slopes of the [[L Volcán de Fuego]] on Sunday after the volcano began throwing ash and hot rock up to a kilometre above its crater, the national disaster agency [[O CONRED]] said.

The eruption sent rivers of hot gas and rock down the [[L Las Lajas]] and [[L Ceniza]] ravines towards the towns of [[L Alotenango]] and [[L San Miguel Los Lotes]], which was buried by a similar flow in 2018 that killed more than 200 people.

[[O INSIVUMEH]], the country's volcano and weather institute, said the eruption was the strongest since 2018. Its director, [[P Edwin Rojas Solórzano]], said the ash column reached 7,000 metres and was drifting west towards [[L Escuintla]] and the [[L Pacific]] coast.

President [[P Bernardo Arévalo]] declared a state of calamity for the departments of [[L Sacatepéquez]], [[L Escuintla]] and [[L Chimaltenango]]. The [[O Civil Aeronautics Directorate]] closed [[L La Aurora International Airport]] in [[L Guatemala City]], and [[O Avianca]] and [[O Copa Airlines]] cancelled flights.

[[P María José de León]], a spokesperson for [[O CONRED]], said 1,200 people were in shelters in [[L Antigua Guatemala]] and that there were no reports of deaths. "[[L Fuego]] has taught us to leave early," she said. The highway between [[L Antigua]] and [[L Escuintla]], known as the [[L RN-14]], was closed.

The [[O Guatemalan Red Cross]] and the [[O World Food Programme]] sent water and food to the shelters. [[L Mexico]] and [[L El Salvador]] offered help.

Sources

"Erupción del [[L Volcán de Fuego]]" — [[O Prensa Libre]], July 5, 2026
"[[L Guatemala]] volcano forces thousands from homes" — [[O Associated Press]], July 5, 2026`,
  },
  {
    name: 'reuters iraq state oil firm named after its city with al- names',
    text: `[[L Iraq]]'s [[O Basra Oil Company]] signs $4 billion deal to raise [[L Rumaila]] output

[[L BAGHDAD]], Jan 14 ([[O Reuters]]) - [[L Iraq]]'s state-run [[O Basra Oil Company]] signed a $4 billion deal with [[O BP]] on Tuesday to raise output at the giant [[L Rumaila]] field to 1.8 million barrels per day by 2030, the oil ministry said.

The deal was signed in [[L Baghdad]] in the presence of Prime Minister [[P Mohammed Shia al-Sudani]], who has promised to raise the country's production capacity to 6 million barrels a day. "[[L Basra]] gives [[L Iraq]] its bread," he said at the ceremony.

[[O Basra Oil Company]] director [[P Bassem Abdul-Karim al-Tamimi]] said [[O BP]] and its partner [[O PetroChina]] would drill 120 new wells and build a plant to treat the salty water that comes up with the oil. [[P Tamimi]] said the water would be reinjected to keep pressure in the field.

Oil Minister [[P Hayan Abdul-Ghani]] said [[O TotalEnergies]] ([[X TTEF.PA]]) was on schedule to finish a gas plant at [[L Ratawi]] next year under its $27 billion [[X Gas Growth Integrated Project]]. [[O Lukoil]] runs the nearby [[L West Qurna 2]] field.

Exports through the pipeline from the [[L Kurdistan]] region to [[L Ceyhan]] in [[L Turkey]] have been halted since 2023. [[P Ahmed al-Mufti]], an adviser to the [[O Kurdistan Regional Government]], said talks with [[O SOMO]], the state oil marketer, had made progress. [[P Mufti]] said he expected the pipeline to reopen "within weeks".

[[X Brent]] crude rose 0.6% to $78.20 a barrel on the news.

(Reporting by [[P Aref Mohammed]] in [[L Basra]] and [[P Ahmed Rasheed]] in [[L Baghdad]]; Writing by [[P Maha El Dahan]]; Editing by [[P Jan Harvey]])`,
  },
  {
    name: 'nyt style new mexico water fight',
    text: `In [[L New Mexico]], a Fight Over Water Pits Farmers Against a Weapons Lab

[[L SANTA FE]], [[L N.M.]] — For three centuries, the farmers of [[L Chimayó]] have shared the water of the [[L Santa Cruz River]] through ditches they call acequias, opening and closing wooden gates by hand. Now they are fighting a neighbour with far more lawyers: [[O Los Alamos National Laboratory]], which makes the plutonium cores of nuclear weapons.

The laboratory, run for the [[O Department of Energy]] by a group led by [[O Battelle]] and the [[O University of California]], wants to buy water rights from a former ranch near [[L Española]] to cool new buildings in [[L Los Alamos]]. The farmers say the purchase would drain the aquifer under their fields.

"They build bombs on the hill and we grow chile down here," said [[P Ernestina Cabeza de Baca]], 71, whose family has farmed in the valley since the 1700s. Ms. [[P Cabeza de Baca]] is president of the [[O New Mexico Acequia Association]], which has asked the [[O Office of the State Engineer]] to reject the sale.

Gov. [[P Michelle Lujan Grisham]], a Democrat, has praised the laboratory's new jobs but said on Tuesday that "water in [[L New Mexico]] belongs to the people first." A spokesman for Ms. [[P Lujan Grisham]] said she would not take sides while the case was pending.

The laboratory's director, [[P Thom Mason]], said in an interview that it used less water each year than a golf course in [[L Albuquerque]]. Mr. [[P Mason]] said the lab would pay for new wells for any farm that lost water.

The dispute will go before a hearing officer in [[L Santa Fe]] in the spring. Whatever is decided, both sides expect an appeal to the [[O New Mexico Supreme Court]].`,
  },
  {
    name: 'sport euroleague final four clubs named after cities',
    text: `[[O Olympiacos]] beat [[O Real Madrid]] to reach [[X EuroLeague]] final

Friday, May 22, 2026

[[O Olympiacos]] reached the final of the [[X EuroLeague]] on Friday, beating [[O Real Madrid]] 84–78 in the second semi-final of the [[X Final Four]] at the [[L Etihad Arena]] in [[L Abu Dhabi]].

Forward [[P Sasha Vezenkov]] scored 24 points and took nine rebounds for the club from [[L Piraeus]], who led by 15 at half-time and held off a late run by [[O Madrid]]. Guard [[P Facundo Campazzo]] scored 19 for the Spanish side.

In Sunday's final they will face [[O Fenerbahçe]] of [[L Istanbul]], who beat [[O Bologna]] 90–81 in the first semi-final. [[O Fenerbahçe]] coach [[P Šarūnas Jasikevičius]] said his players were "tired, but in a good way".

[[O Virtus Bologna]], the first Italian team to reach the [[X Final Four]] since 2001, trailed for most of the game. Their centre, [[P Tornike Shengelia]], scored 22 before fouling out in the fourth quarter.

"[[O Madrid]] made us suffer for forty minutes," said [[O Olympiacos]] coach [[P Georgios Bartzokas]]. The Greek club last won the title in 2013, at the [[L O2 Arena]] in [[L London]], beating [[O Real Madrid]] in the final.

[[O Panathinaikos]], [[O Olympiacos]]'s rivals from [[L Athens]] and last year's champions, were knocked out in the play-offs by [[O Bologna]]. The [[O EuroLeague]] said 17,000 tickets had been sold for the final.

Sources

"Στον τελικό ο [[O Ολυμπιακός]]" — [[O Kathimerini]], May 22, 2026
"[[O Olympiacos]] edge [[O Real Madrid]]" — [[O EuroLeague Basketball]], May 22, 2026`,
  },
  {
    name: 'ap delaware chancery court blocks food takeover',
    text: `[[L Delaware]] judge blocks $9 billion takeover of snack maker [[O Brandywine Foods]]

[[L WILMINGTON]], [[L Del.]] ([[O AP]]) — A [[L Delaware]] judge on Wednesday blocked the $9 billion sale of snack maker [[O Brandywine Foods]] to the private equity firm [[O Blackstone]], ruling that the company's board had favoured a buyer that promised to keep its chief executive.

Vice Chancellor [[P Nathan Cook-Reyes]] of the [[O Delaware Court of Chancery]] said the board "ran a process with a thumb on the scale" and ordered it to consider a rival offer from [[O Mondelez International]], the maker of [[X Oreo]] cookies and [[X Ritz]] crackers.

[[O Brandywine Foods]], named after the river that runs through its home town of [[L Wilmington]], makes [[X Crunch Rounds]] pretzels and [[X Barley Bay]] crackers and employs 6,500 people in [[L Delaware]], [[L Pennsylvania]] and [[L Ohio]]. Its shares ([[X BRWN.N]]) rose 7% after the ruling.

The suit was brought by a pension fund for [[L Philadelphia]] teachers and by the investor [[P Pieter van Dijk]], who owns 4% of the company. [[P Van Dijk]] said the board had "sold the company to its friends".

A lawyer for the board, [[P Rachel Okafor-Lindqvist]] of the firm [[O Skadden]], said it would appeal to the [[O Delaware Supreme Court]]. [[O Blackstone]] declined to comment.

The ruling comes as several large companies, among them [[O Tesla]] and [[O Meta]], have moved their legal home from [[L Delaware]] to [[L Texas]] or [[L Nevada]] after rulings by the court. Gov. [[P Matt Meyer]] signed a law last year, [[X Senate Bill 21]], that limits such suits.`,
  },
];

export const BATCH_31: EntityCase[] = [
  {
    name: 'wikinews albania election',
    text: `[[P Edi Rama]]'s Socialists win fifth term in [[L Albania]]

Tuesday, May 12, 2026

The [[O Socialist Party]] of Prime Minister [[P Edi Rama]] won a fifth term in [[L Albania]]'s parliamentary election on Sunday, taking 82 of the 140 seats in the [[O Assembly of Albania]], according to preliminary results from the [[O Central Election Commission]].

The opposition [[O Democratic Party]], led by former president [[P Sali Berisha]], won 50 seats and said the vote had been "bought with public money". [[P Berisha]] has been barred from entering the [[L United States]] and the [[L United Kingdom]] over corruption claims, which he denies.

Turnout was 41%. For the first time, Albanians living abroad could vote by post, and about 190,000 ballots were sent from [[L Italy]], [[L Greece]] and [[L Germany]]. Ballots from the diaspora were counted in [[L Tirana]] at the [[L Palace of Congresses]].

[[P Rama]] told supporters in [[L Skanderbeg Square]] that [[L Albania]] would join the [[O European Union]] by 2030. [[O/L Brussels]] opened the last chapters of membership talks in December. [[P Erion Veliaj-Dervishi]], a political scientist at the [[O University of Tirana]], said the result was "a vote for the road to [[L Brussels]] more than for [[P Rama]]".

Observers from the [[O OSCE]] said the election was competitive but that the governing party had used state resources in its campaign. The new party [[O Albania Becomes]], led by the businessman [[P Adriatik Lapaj]], won one seat in [[L Durrës]]. In [[L Vlorë]], where a new airport opened in March, the Socialists won all the seats.

Sources

"[[O PS]] fiton zgjedhjet" — [[O Top Channel]], May 11, 2026
"[[L Albania]]'s [[P Rama]] claims victory" — [[O Balkan Insight]], May 11, 2026`,
  },
  {
    name: 'reuters mexico monterrey nearshoring caps dateline',
    text: `[[L Mexico]]'s [[L Nuevo León]] lures carmakers as [[O Tesla]] plant sits idle

[[L MONTERREY]], [[L Mexico]], Oct 7 ([[O Reuters]]) - Carmakers and parts suppliers announced $3.2 billion of new factories in [[L Mexico]]'s northern state of [[L Nuevo León]] in the third quarter, the state government said on Tuesday, even as [[O Tesla]]'s planned plant near [[L Monterrey]] remains on hold.

[[O Kia]], which builds its [[X K3]] sedan at a plant in [[L Pesquería]], said it would spend $1 billion to build electric vehicles there from 2028. Brake maker [[O Brembo]] ([[X BRE.MI]]) and seat maker [[O Lear]] ([[X LEA.N]]) will open plants in [[L Apodaca]] and [[L Santa Catarina]].

Governor [[P Samuel García]] said the state had become "the factory of [[L North America]]". Economy Secretary [[P Marcelo Ebrard]] said the investments showed confidence in the [[X USMCA]] trade pact, which is due for review next year.

[[O Tesla]] said in 2023 it would build its largest factory on land in [[L Santa Catarina]] but paused the plan after [[P Donald Trump]] threatened tariffs on cars made in [[L Mexico]]. The land has since been fenced and is empty, said [[P Luis Ángel de la Garza]], a spokesman for the municipality.

[[O Banorte]] ([[X GFNORTEO.MX]]), the [[L Monterrey]]-based bank, said loans to industrial parks in the state rose 18% in a year. Cement maker [[O Cemex]] ([[X CX.N]]), also based in the city, said demand for warehouses had slowed.

[[P Gabriela Siller]], an economist at [[O Banco Base]], said water shortages remained the biggest risk. [[L Monterrey]] ran short of water in 2022, and the [[L El Cuchillo]] dam was at 38% of capacity last month.

(Reporting by [[P Daina Beth Solomon]] in [[L Monterrey]]; Editing by [[P Rod Nickel]])`,
  },
  {
    name: 'us local connecticut insurer named the hartford',
    text: `[[O The Hartford]] to bring 1,500 jobs back downtown as [[L Hartford]] offers tax break

[[L HARTFORD]], [[L Conn.]] — Insurer [[O The Hartford]] will move about 1,500 workers from its offices in [[L Simsbury]] and [[L Windsor]] back to its downtown headquarters by 2028, the company and city officials said on Monday, after the [[O Hartford City Council]] approved a ten-year tax break.

The council voted 7–2 for the deal, which cuts the company's property taxes by about $40 million. Mayor [[P Arunan Arulampalam]] said the jobs would bring "thousands of lunches and bus rides a day" to a downtown where many offices have stood empty since the pandemic.

[[O The Hartford]], founded in 1810 and named after the city, is one of several insurers that gave [[L Hartford]] its nickname as the insurance capital of the world. [[O Travelers]] and [[O Aetna]], now part of [[O CVS Health]], also have large offices in the city.

Council member [[P Nick Lebron]], who voted against, said the break should have required the company to hire people from the city's [[L North End]]. [[P Tanya Whitfield-Osei]], who runs the neighbourhood group [[O Blue Hills Civic Association]], said residents had "heard promises like this before".

Gov. [[P Ned Lamont]] said the state would pay for a new parking garage near [[L Bushnell Park]]. The [[O Connecticut General Assembly]] approved money for the garage in June.

Also on Monday, the soccer club [[O Hartford Athletic]] said it would stay at [[L Trinity Health Stadium]] until 2035, and [[O Hartford HealthCare]] opened a clinic on [[L Main Street]].`,
  },
  {
    name: 'sport davis cup final national teams and de particle',
    text: `[[O Italy]] beat [[O Australia]] to win third straight [[X Davis Cup]]

Sunday, November 22, 2026

[[O Italy]] won the [[X Davis Cup]] for the third year in a row on Sunday, beating [[O Australia]] 2–0 in the final at the [[L Unipol Arena]] in [[L Bologna]].

[[P Jannik Sinner]] beat [[P Alex de Minaur]] 6–3, 6–4 in the second singles after [[P Flavio Cobolli]] had won the opening match against [[P Alexei Popyrin]] in three sets. The doubles was not played.

"Playing at home with the whole country watching is different," [[P Sinner]] said. [[P De Minaur]], who has now lost all his matches against [[P Sinner]], said [[O Australia]] had "nothing to be ashamed of". Captain [[P Lleyton Hewitt]] said he would stay on for next year.

[[O Italy]] beat [[O Spain]] in the semi-finals, and [[O Australia]] beat the [[O United States]] after [[P Taylor Fritz]] withdrew with a wrist injury. [[O Spain]] played without [[P Carlos Alcaraz]], who was resting.

The final was the last in [[L Bologna]] before the event moves to [[L Riyadh]] under a deal between the [[O International Tennis Federation]] ([[O ITF]]) and [[L Saudi Arabia]]'s sports ministry. Italian team captain [[P Filippo Volandri]] said the move was "a pity for the fans of [[L Europe]]".

[[O Italy]]'s women lost the final of the [[X Billie Jean King Cup]] to [[O Japan]] in [[L Shenzhen]] in September.

Sources

"[[O Italia]], tris di [[X Coppa Davis]]" — [[O Corriere della Sera]], November 22, 2026
"[[O Italy]] win [[X Davis Cup]] again" — [[O ATP Tour]], November 22, 2026`,
  },
  {
    name: 'obituary icelandic novelist with patronymics and works',
    text: `Icelandic novelist [[P Ragnheiður Ólafsdóttir]] dies at 88

Thursday, February 5, 2026

[[P Ragnheiður Ólafsdóttir]], an Icelandic novelist whose books about fishing villages in the [[L Westfjords]] were translated into 30 languages, died on Tuesday in [[L Reykjavík]], her publisher said. She was 88.

She was born in [[L Ísafjörður]] in 1937, the daughter of a trawler captain, and worked in a fish factory before studying literature at the [[O University of Iceland]]. Her first novel, [[X The Salt Year]], was published by [[O Mál og menning]] in 1968 and was banned for a time from school libraries for its account of a strike.

Her best-known book, [[X Women at the Harbour]], won the [[X Nordic Council Literature Prize]] in 1989 and was made into a film by the director [[P Baltasar Kormákur]]. She was often compared to [[P Halldór Laxness]], a comparison she said she "liked less every year".

From 1983 to 1991 she sat in the [[O Althing]] for the [[O Women's List]], a party that ran only women, and she helped pass a law that let fishing crews' widows keep their pensions.

President [[P Halla Tómasdóttir]] said [[L Iceland]] had lost "the voice of its coast". The national broadcaster [[O RÚV]] changed its evening schedule to show the film. Her translator into English, [[P Vicki Magnusson-Hart]], said her sentences were "as cold and clear as the water at [[L Bolungarvík]]".

She is survived by her son, [[P Ólafur Gunnarsson]], and three grandchildren.

Sources

"[[P Ragnheiður Ólafsdóttir]] látin" — [[O Morgunblaðið]], February 4, 2026
"Icelandic author dies" — [[O Iceland Review]], February 4, 2026`,
  },
];
