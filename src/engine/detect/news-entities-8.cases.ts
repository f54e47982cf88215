/**
 * Blind entity batches 8-10 (helper ents10a, 1 Dec 2026), written and annotated like the batches in
 * news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them. They aim
 * at what batches 1-7 left out: names that are none of the three types (browsers, software,
 * missiles, vehicles, works, events, ballot measures), national sides and town-named clubs, firms
 * named after people or towns, caps datelines with a state, lowercase particles, legislatures and
 * foreign party acronyms, first names that are common words, local venues and US election copy.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_8: EntityCase[] = [
  {
    name: 'wikinews browser flaw',
    text: `Browser makers rush out fixes for flaw used in spyware attacks

Thursday, March 12, 2026

[[O Google]] and [[O Mozilla]] released emergency updates for their [[X Chrome]] and [[X Firefox]] browsers on Wednesday after security researchers found that a flaw in a shared graphics library was being used to break into computers and phones in [[L Europe]] and [[L Asia]].

The flaw was reported by [[P Will Haldane]], a researcher at the [[L Zurich]]-based security firm [[O Kestrel Labs]], and by [[O Google]]'s [[O Threat Analysis Group]]. [[P Haldane]] said attackers had used booby-trapped web pages to install spyware on the phones of journalists in [[L Serbia]] and [[L Azerbaijan]].

[[O Microsoft]] said its [[X Edge]] browser, which is built on the same code as [[X Chrome]], would update itself automatically, and that [[X Windows]] users need do nothing. [[O Apple]]'s [[X Safari]] is not affected. Users of [[O Mozilla]] [[X Firefox]] on [[X Android]] should install version 148.0.2, said [[P Holly Brandt]], a spokeswoman for the [[O Mozilla Foundation]].

The [[O Cybersecurity and Infrastructure Security Agency]] ([[O CISA]]) ordered [[L U.S.]] federal agencies to patch their systems by March 25. [[O Amnesty International]], whose researchers in [[L Berlin]] examined two of the phones, linked the attacks to the [[X Predator]] spyware sold by [[O Intellexa]]. [[P Brandt]] said there was no sign that [[X Thunderbird]], [[O Mozilla]]'s email program, had been targeted.

Sources

"[[X Chrome]] and [[X Firefox]] patched after spyware attacks" — [[O The Register]], March 11, 2026
"[[O Google]] fixes zero-day used against reporters" — [[O BleepingComputer]], March 11, 2026`,
  },
  {
    name: 'reuters north carolina county canvass',
    text: `[[L North Carolina]] county certifies results after hand count of 11 precincts

[[L RALEIGH]], [[L N.C.]], Nov 18 ([[O Reuters]]) - Election officials in [[L Guilford County]], [[L North Carolina]], certified the results of the Nov. 3 election on Tuesday after a hand count of ballots from 11 precincts in [[L Greensboro]] and [[L High Point]] found no errors, the [[O Guilford County Board of Elections]] said.

The hand count had been sought by [[O Count Every Vote NC]], a political action committee, which said voting machines had misread ballots in precincts near [[L Jamestown]]. The board's chair, [[P Eve Danforth]], said the count "matched the machines ballot for ballot."

Democrat [[P Hope Castellano]] won the race for the county commission's District 3 seat by 312 votes over Republican [[P Wade Pritchard]]. [[P Castellano]]'s campaign committee, [[O Hope for Guilford]], had raised $410,000, a record for a county race, according to filings with the [[O North Carolina State Board of Elections]].

Voters across the state approved [[X Amendment 1]], which writes a photo identification requirement into the state constitution, while [[L Guilford County]] voters rejected a quarter-cent sales tax increase for schools. [[P Pritchard]] said he would not seek a recount. The [[O North Carolina Republican Party]] said it would study the results.

Early voting was heaviest at the [[L Greensboro Coliseum]] and at the [[L Deep River Recreation Center]] in [[L High Point]], where lines stretched for two hours on the final Saturday.

(Reporting by [[P Gary Robertson]] in [[L Raleigh]]; Editing by [[P Aurora Ellis]])`,
  },
  {
    name: 'reuters chocolate maker named after its founder',
    text: `[[O Hershey]] raises prices again as cocoa costs bite

[[L NEW YORK]], Feb 6 ([[O Reuters]]) - [[O Hershey]] said on Thursday it would raise prices on its chocolate bars for a third time in two years as cocoa costs stay near record highs, and its shares fell 3% in early trading.

The maker of [[X Reese's]] peanut butter cups and [[X Kit Kat]] bars in the [[L United States]] forecast annual profit below analysts' estimates. Chief executive [[P Dana Whitcomb]] said shoppers were "trading down but not walking away."

The company is based in [[L Hershey]], [[L Pennsylvania]], the town its founder [[P Milton Hershey]] built around his factory in 1903. Privately held rival [[O Mars]], which bought [[O Kellanova]] last year, raised prices in January, and [[O Mondelez]] said last week that it expected cocoa costs to stay high until 2027.

Cocoa futures on [[O ICE]] in [[L London]] have more than doubled since the start of 2024 after poor harvests in [[L Ivory Coast]] and [[L Ghana]]. "Nobody in this industry has seen anything like it," said [[P Gareth Lowe]], an analyst at [[O Edward Jones]].

Analysts at [[O Charles Schwab]] and [[O Wells Fargo]] cut their price targets. The [[X Dow]] fell 0.4% and the [[X S&P 500]] was little changed, with consumer stocks among the weakest after [[O Anheuser-Busch InBev]] also warned on costs.

(Reporting by [[P Sarah Kessler]] in [[L New York]]; Editing by [[P Shinjini Ganguli]])`,
  },
  {
    name: 'wikinews german cup quarter-final',
    text: `[[O Freiburg]] beat [[O Mainz]] to reach [[X DFB-Pokal]] semi-finals

Wednesday, February 4, 2026

[[O SC Freiburg]] reached the semi-finals of the [[X DFB-Pokal]] on Tuesday with a 2–0 win over [[O Mainz 05]] at the [[L Europa-Park Stadion]] in [[L Freiburg]].

Midfielder [[P Jonas Brenner]] scored after 34 minutes, and substitute [[P Hope Mensah]] added the second in stoppage time. [[O Mainz]] had a goal by [[P Lukas Amrein]] ruled out for offside after a review.

[[O Freiburg]] coach [[P Matthias Kraus]] told broadcaster [[O ARD]] that his side had "earned this with patience". [[P Brenner]], 22, was called up by [[O Germany]] last month for friendlies against [[O France]] and [[O Netherlands]] in March.

In Wednesday's other quarter-finals, [[O Bayer Leverkusen]] host [[O VfB Stuttgart]] at the [[L BayArena]], and [[O Arminia Bielefeld]], of the third tier, travel to [[O Bayern Munich]]. The draw for the semi-finals will be made on Sunday at the [[O German Football Association]]'s headquarters in [[L Frankfurt]]. The final is in [[L Berlin]] on May 23.

Sources

"[[O Freiburg]] steht im Halbfinale" — [[O Kicker]], February 3, 2026
"[[O SC Freiburg]] 2-0 [[O Mainz]]" — [[O ESPN]], February 3, 2026`,
  },
  {
    name: 'wikinews mexico chamber of deputies',
    text: `[[L Mexico]]'s [[O Chamber of Deputies]] approves changes to electoral law

Friday, September 5, 2025

The [[O Chamber of Deputies]] of [[L Mexico]] on Thursday approved changes to the electoral law that would cut public funding for political parties by half, with votes from the governing [[O Morena]] party and its allies, the [[O Labor Party]] ([[O PT]]) and the [[O Ecologist Green Party of Mexico]] ([[O PVEM]]).

The opposition [[O National Action Party]] ([[O PAN]]), the [[O Institutional Revolutionary Party]] ([[O PRI]]) and [[O Citizens' Movement]] ([[O MC]]) voted against. [[O PAN]] deputy [[P María José de la Cruz]] said the changes would "leave the electoral authority without teeth". The bill passed by 352 votes to 121 after a debate of eleven hours at the [[L Legislative Palace of San Lázaro]], said [[P de la Cruz]], who leads her party's bench.

The bill now goes to the [[O Senate]], where [[O Morena]] and its allies hold a two-thirds majority. President [[P Claudia Sheinbaum]] said at her morning news conference in the [[L National Palace]] that the cuts would save four billion pesos a year.

The [[O National Electoral Institute]] ([[O INE]]) said it would study the bill. Several hundred protesters marched along [[L Paseo de la Reforma]] on Wednesday evening, and the state congress of [[L Jalisco]], governed by [[O MC]], said it would challenge the law at the [[O Supreme Court]].

Sources

"Aprueban diputados reforma electoral" — [[O El Universal]], September 4, 2025
"[[L Mexico]] lawmakers vote to halve party funding" — [[O Associated Press]], September 4, 2025`,
  },
  {
    name: 'reuters missile strike lviv',
    text: `[[L Russia]] fires [[X Oreshnik]] missile at western [[L Ukraine]], air force says

[[L KYIV]], Jan 9 ([[O Reuters]]) - [[L Russia]] fired an [[X Oreshnik]] intermediate-range ballistic missile at the [[L Lviv]] region overnight, along with dozens of drones and [[X Kalibr]] cruise missiles, [[L Ukraine]]'s air force said on Friday.

The missile struck an industrial site near [[L Stryi]], regional governor [[P Maksym Kozytskyi]] said, and there were no immediate reports of casualties. Air force spokesman [[P Oleh Marchenko]] said air defences had shot down 61 of 78 [[X Shahed]] drones.

The [[O/L Kremlin]] did not comment. [[L Moscow]] first used the [[X Oreshnik]] against the city of [[L Dnipro]] in November 2024, and President [[P Vladimir Putin]] has said the weapon cannot be intercepted.

Dutch Defence Minister [[P Joost van Hulsen]] said in [[L The Hague]] that the [[L Netherlands]] would send another [[X Patriot]] system to [[L Ukraine]] this spring. "They are firing at cities, so we will keep sending what protects cities," [[P van Hulsen]] told reporters. [[O NATO]] Secretary General [[P Mark Rutte]] called the strike "a deliberate escalation".

[[L Ukraine]]'s [[O General Staff]] said its [[X Neptune]] missiles had hit an oil depot in [[L Russia]]'s [[L Bryansk]] region overnight.

(Reporting by [[P Olena Harmash]]; Additional reporting by [[P Bart Meijer]] in [[L Amsterdam]]; Editing by [[P Andrew Heavens]])`,
  },
];

export const BATCH_9: EntityCase[] = [
  {
    name: 'reuters colorado ballot measures',
    text: `[[L Colorado]] voters back abortion measure; [[L Denver]] rejects sales tax

[[L DENVER]], Nov 6 ([[O Reuters]]) - [[L Colorado]] voters approved a ballot measure on Tuesday that writes a right to abortion into the state constitution, while voters in [[L Denver]] rejected a sales tax increase to pay for a new convention centre, according to results from the [[L Colorado]] Secretary of State's office.

[[X Amendment 79]] passed with about 61% of the vote, above the 55% needed to change the constitution. The campaign for it, [[O Coloradans for Reproductive Freedom]], raised more than $11 million, much of it from the [[O American Civil Liberties Union]] and [[O Planned Parenthood]].

In [[L Denver]], [[X Measure 2Q]] failed by about 4,000 votes. Mayor [[P Holly Navarro]] said the city would "come back with a better plan". A group opposed to the measure, [[O Keep Denver Affordable]], was funded largely by hotel owners.

Turnout was highest in [[L Douglas County]] and [[L Boulder County]], and officials in [[L Arapahoe County]] said they had counted 96% of ballots by early Wednesday. In [[L El Paso County]], which includes [[L Colorado Springs]], a precinct in [[L Fountain]] reported late after a scanner broke at the [[L Fountain Municipal Building]].

Republican [[P Will Tanaka]] narrowly won the state [[X Senate]] seat for [[L Pueblo]], helped by $2 million in ads from the super PAC [[O Colorado Forward Fund]]. His Democratic opponent, [[P Denver Hollis]], conceded on Wednesday morning.

(Reporting by [[P Keith Coffman]] in [[L Denver]]; Editing by [[P Stephen Coates]])`,
  },
  {
    name: 'wikinews berlin film festival',
    text: `Spanish drama wins [[X Golden Bear]] at [[X Berlin International Film Festival]]

Sunday, February 22, 2026

The Spanish film "[[X Las manos de mi padre]]", directed by [[P Lucía de la Fuente]], won the [[X Golden Bear]] for best film at the [[X Berlin International Film Festival]] on Saturday.

The jury, chaired by American actress [[P Eve Harrington-Cole]], gave the [[X Silver Bear Grand Jury Prize]] to "[[X The Salt Road]]" by Iranian director [[P Reza Karimi]], who was unable to travel to [[L Germany]] because the authorities in [[L Tehran]] had taken his passport. [[P De la Fuente]] dedicated the prize to her father, a miner from [[L Asturias]].

The awards were handed out at the [[L Berlinale Palast]] on [[L Potsdamer Platz]]. Festival director [[P Tricia Tuttle]] said 330,000 tickets had been sold, a record. The German culture minister, [[P Wolfram Weimer]], said the festival would get more money from the federal government next year.

"[[X Las manos de mi padre]]" was produced with [[O RTVE]] and the French company [[O Pathé]], and [[O Netflix]] has bought the rights for [[L Latin America]]. It opens in Spanish cinemas in April.

Sources

"[[P Lucía de la Fuente]] gana el [[X Oso de Oro]]" — [[O El País]], February 21, 2026
"[[X Berlinale]] 2026: all the winners" — [[O Variety]], February 21, 2026`,
  },
  {
    name: 'reuters miner named after its city',
    text: `[[O Antofagasta]] output falls as water shortage hits [[L Chile]] mine

[[L LONDON]], Jan 21 ([[O Reuters]]) - [[O Antofagasta]] said on Wednesday its copper output fell 8% last year because of a water shortage at its [[L Los Pelambres]] mine in central [[L Chile]], and it kept its forecast for 2026 unchanged.

The [[L London]]-listed miner, controlled by [[L Chile]]'s [[X Luksic]] family, produced 612,000 tonnes of copper. Chief executive [[P Iván Arriagada]] said a desalination plant near the port of [[L Los Vilos]] would be running at full capacity by the middle of the year.

[[O Antofagasta]], named after the northern city where the company began as a railway in 1888, still runs the [[O Ferrocarril de Antofagasta a Bolivia]] freight line between the coast and [[L Bolivia]]. Its largest shareholder has rejected approaches from [[O BHP]] and [[O Anglo American]] in the past.

Rivals [[O Rio Tinto]] and [[O Glencore]], which ended merger talks last year, both report output next month. [[O Codelco]], the state miner, said its output rose for the first time in five years. Copper on the [[O London Metal Exchange]] rose 1.2% to $12,950 a tonne.

Shares in [[O Antofagasta]] rose 2.4% by 0900 GMT, the best performer on the [[X FTSE 100]].

(Reporting by [[P Clara Denina]]; Editing by [[P Louise Heavens]])`,
  },
  {
    name: 'wikinews saxony state election',
    text: `[[O CDU]] narrowly ahead of [[O AfD]] in [[L Saxony]] state election

Monday, September 7, 2026

The [[O Christian Democratic Union]] ([[O CDU]]) won 31.4 percent of the vote in Sunday's election to the [[O Landtag]] of [[L Saxony]], just ahead of the [[O Alternative for Germany]] ([[O AfD]]) on 30.6 percent, according to the state returning officer in [[L Dresden]].

The [[O Sahra Wagenknecht Alliance]] ([[O BSW]]) came third with 11.2 percent, and the [[O Social Democratic Party]] ([[O SPD]]) fourth. The [[O Greens]] and [[O The Left]] both fell below the five percent threshold but keep seats because they won constituencies in [[L Leipzig]].

Minister-President [[P Michael Kretschmer]] said he would again seek a coalition without the [[O AfD]], which the state's domestic intelligence service, the [[O State Office for the Protection of the Constitution]], classes as extremist. [[O AfD]] lead candidate [[P Jörg Urban]] said voters in [[L Bautzen]] and [[L Görlitz]] had "sent a message to [[L Berlin]]".

Chancellor [[P Friedrich Merz]] congratulated [[P Kretschmer]]. [[O BSW]] leader [[P Sabine Zimmermann]] said her party would talk to the [[O CDU]] but would not join a government that sent weapons to [[L Ukraine]].

Turnout was 74 percent. The new [[O Landtag]] meets for the first time on October 1.

Sources

"[[O CDU]] gewinnt knapp in [[L Sachsen]]" — [[O MDR]], September 6, 2026
"[[L Saxony]] vote: conservatives hold off far right" — [[O Deutsche Welle]], September 6, 2026`,
  },
  {
    name: 'reuters nfl playoff',
    text: `[[O Kansas City]] beat [[O Buffalo]] to reach [[X Super Bowl]] again

[[L KANSAS CITY]], [[L Missouri]], Jan 25 ([[O Reuters]]) - The [[O Kansas City Chiefs]] beat the [[O Buffalo Bills]] 27-24 on Sunday to reach their sixth [[X Super Bowl]] in seven seasons, kicker [[P Will Dorsey]] making a 41-yard field goal with 19 seconds left.

[[O Kansas City]] trailed by 10 points at half-time at [[L Arrowhead Stadium]] before quarterback [[P Patrick Mahomes]] threw two touchdown passes to [[P Travis Kelce]] in the third quarter. [[O Buffalo]] tied the game with four minutes left through a run by [[P James Cook]].

"We just keep finding a way," [[O Chiefs]] coach [[P Andy Reid]] told [[O CBS]]. [[O Buffalo]] have now lost four playoff games to [[O Kansas City]] in five years.

The [[O Chiefs]] will face the [[O Philadelphia Eagles]], who beat the [[O Washington Commanders]] 31-17 in the [[X NFC Championship]] game, at the [[L Caesars Superdome]] in [[L New Orleans]] on Feb. 8. [[O Philadelphia]] beat [[O Kansas City]] in the [[X Super Bowl]] two seasons ago.

(Reporting by [[P Rory Carroll]] in [[L Los Angeles]]; Editing by [[P Peter Rutherford]])`,
  },
  {
    name: 'reuters carmaker models named after places',
    text: `[[O Hyundai]] to build [[X Santa Fe]] hybrid in [[L Alabama]] to avoid tariffs

[[L SEOUL]], March 17 ([[O Reuters]]) - [[O Hyundai Motor]] will start building the hybrid version of its [[X Santa Fe]] SUV at its plant in [[L Montgomery]], [[L Alabama]], next year, moving production from [[L South Korea]] to avoid [[L U.S.]] tariffs, the company said on Tuesday.

The [[X Santa Fe]] and the smaller [[X Tucson]] are [[O Hyundai]]'s best-selling models in the [[L United States]]. The [[L Montgomery]] plant already builds the [[X Tucson]] and the [[X Santa Cruz]] pickup, and [[O Hyundai]]'s new [[L Georgia]] factory near [[L Savannah]] builds the electric [[X Ioniq 5]].

Chief operating officer [[P José Muñoz]] said the company would invest another $2 billion in the [[L United States]]. Sister company [[O Kia]] builds its [[X Telluride]] in [[L West Point]], [[L Georgia]].

[[O Hyundai]] shares rose 1.9% in [[L Seoul]], outperforming the benchmark [[X KOSPI]]. Rival [[O Toyota]] said last week it would build more [[X RAV4]] hybrids in [[L Kentucky]], and [[O Honda]] has moved production of its [[X Civic]] hybrid from [[L Japan]] to [[L Indiana]].

(Reporting by [[P Heekyong Yang]] and [[P Hyunjoo Jin]]; Editing by [[P Jamie Freed]])`,
  },
];

export const BATCH_10: EntityCase[] = [
  {
    name: 'reuters brazil lower house vote',
    text: `[[L Brazil]]'s lower house passes tax overhaul in win for [[P Lula]]

[[L BRASILIA]], July 10 ([[O Reuters]]) - [[L Brazil]]'s [[O Chamber of Deputies]] on Thursday approved a bill exempting people who earn up to 5,000 reais a month from income tax, a victory for President [[P Luiz Inacio Lula da Silva]] ahead of next year's election.

The bill passed by 412 votes to 38 after the centrist [[O Brazilian Democratic Movement]] ([[O MDB]]) and [[O Uniao Brasil]] backed it. Former President [[P Jair Bolsonaro]]'s [[O Liberal Party]] ([[O PL]]) was split, with party leader [[P Sostenes Cavalcante]] saying his deputies were free to vote as they wished.

Speaker [[P Hugo Motta]] said the [[O Senate]] would take up the bill in August. Finance Minister [[P Fernando Haddad]] told reporters at the [[O Finance Ministry]] that the lost revenue would be covered by a minimum tax on people earning more than 600,000 reais a year.

"This is the fairest tax reform in the history of the country," [[P Lula]] wrote on [[X X]]. [[O Workers' Party]] ([[O PT]]) deputy [[P Lindbergh Farias]] said the party would campaign on it in [[L Sao Paulo]] and [[L Minas Gerais]].

The real firmed 0.4% against the dollar. Economists at [[O Itau Unibanco]] said the measure would add little to inflation.

(Reporting by [[P Bernardo Caram]] and [[P Marcela Ayres]]; Editing by [[P Brad Haynes]])`,
  },
  {
    name: 'wikinews rugby premiership final',
    text: `[[O Bath]] beat [[O Leicester Tigers]] to win [[O Premiership Rugby]] title

Sunday, June 14, 2026

[[O Bath]] won the [[O Premiership Rugby]] final for the second year running on Saturday, beating the [[O Leicester Tigers]] 27–20 at [[L Twickenham Stadium]] in front of 81,000 people.

Fly-half [[P Finn Russell]] kicked 12 points, and wing [[P Will Muir]] scored the decisive try with six minutes left. [[O Leicester]] had led 17–13 at half-time through tries by [[P Hope Adeyemi]] and [[P Jamie Shillcock]].

"We have a group that refuses to lose," [[O Bath]] director of rugby [[P Johann van Graan]] said. [[P Van Graan]], a South African, joined the club in 2022 from [[O Munster]].

Several of the winning side will now join [[O England]] for the summer tour, which starts against [[O Argentina]] in [[L La Plata]] on July 4, before two Tests against [[O Uruguay]] and the [[O United States]]. [[O England]] head coach [[P Steve Borthwick]], a former [[O Bath]] player, named his squad on Sunday.

Thousands of fans are expected at the [[L Recreation Ground]], [[O Bath]]'s home ground beside the [[L River Avon]], for an open-top bus parade on Monday.

Sources

"[[O Bath]] retain title after thriller" — [[O BBC Sport]], June 13, 2026
"[[P Muir]] try sinks [[O Tigers]]" — [[O The Times]], June 13, 2026`,
  },
  {
    name: 'reuters georgia runoff precincts',
    text: `[[L Georgia]] county extends voting hours after precinct problems in runoff

[[L ATLANTA]], Dec 2 ([[O Reuters]]) - A judge in [[L Cobb County]], [[L Georgia]], ordered three precincts to stay open an extra hour on Tuesday after voting machines failed to start, in a runoff for a seat on the state's [[O Public Service Commission]].

Democrat [[P Eve Whitlow]] faced Republican [[P Tim Echols]] in the statewide runoff, which was forced when no candidate won a majority in November. Polls closed at 7 p.m. except at the [[L Smyrna Community Center]] and two church halls in [[L Marietta]].

The order came in a lawsuit filed by the [[O Democratic Party of Georgia]] and [[O Fair Fight Action]], a voting rights group founded by [[P Stacey Abrams]]. [[O Cobb County Elections]] director [[P Tate Fall]] said the machines had been fixed by 8:30 a.m.

Outside groups spent about $6 million on the race. [[O Georgians for Affordable Power]], a super PAC funded partly by solar companies, backed [[P Whitlow]], while [[O Georgia Power]]'s parent company, [[O Southern Co]], did not give to either campaign.

Voters in [[L DeKalb County]] also decided [[X Question 1]], which would raise the local sales tax by a penny to pay for road repairs. Turnout was about 12%, the [[L Georgia]] Secretary of State's office said.

(Reporting by [[P Rich McKay]] in [[L Atlanta]]; Editing by [[P Donna Bryson]])`,
  },
  {
    name: 'reuters farm equipment maker',
    text: `[[O Deere]] cuts 600 jobs as farm equipment demand slumps

[[L CHICAGO]], Aug 21 ([[O Reuters]]) - [[O Deere & Co]] said on Thursday it would lay off about 600 workers at plants in [[L Illinois]] and [[L Iowa]], as high interest rates and lower crop prices keep farmers from buying new tractors and combines.

The cuts will hit its combine works in [[L East Moline]], [[L Illinois]], and its tractor factory in [[L Waterloo]], [[L Iowa]], the company said. [[O Deere]], which is based in [[L Moline]], reported a 24% fall in quarterly profit last week and cut its annual forecast for a third time.

"Farmers are holding on to their machines for another season," said [[P Kristen Owen]], an analyst at [[O Oppenheimer]]. Sales of large tractors in the [[L United States]] and [[L Canada]] fell 18% in the first half, according to the [[O Association of Equipment Manufacturers]].

The [[O United Auto Workers]] union, which represents about 10,000 [[O Deere]] workers, said the company was moving work to [[L Mexico]] and [[L Brazil]]. Rivals [[O CNH Industrial]] and [[O AGCO]] have also cut jobs this year. [[O Caterpillar]], which makes construction machines, reports results next month.

[[O Deere]] shares fell 1.3% to $412.20. The [[X John Deere]] brand, named after the blacksmith who founded the company in [[L Grand Detour]], [[L Illinois]], in 1837, turns 190 next year.

(Reporting by [[P Timothy Aeppel]]; Editing by [[P Matthew Lewis]])`,
  },
  {
    name: 'wikinews literary prize',
    text: `Argentine novelist wins [[X International Booker Prize]]

Wednesday, May 20, 2026

Argentine writer [[P Ana María de la Vega]] on Tuesday won the [[X International Booker Prize]] for her novel "[[X The House on Calle Defensa]]", translated from Spanish by [[P Holly Kerr]].

The £50,000 prize is shared equally between author and translator. The judges, chaired by the British novelist [[P Max Porter]], praised the book's portrait of a family in [[L Buenos Aires]] during the 2001 economic crisis. [[P De la Vega]], 58, lives in [[L San Telmo]], the old neighbourhood where the novel is set.

The ceremony was held at the [[L/O Tate Modern]] in [[L London]]. The shortlist also included books translated from Korean, Polish and Dutch, among them [[P Jan van Dijk]]'s "[[X The Dikes]]", published in [[L Britain]] by [[O Fitzcarraldo Editions]].

[[P Kerr]] said she had "lived inside the book for three years". The novel's publisher in English, [[O Charco Press]], is based in [[L Edinburgh]]. [[O Netflix]] has bought the rights to a series, to be filmed at the [[L Mercado de San Telmo]] and in [[L Montevideo]].

Sources

"Argentine wins [[X Booker]]" — [[O The Guardian]], May 19, 2026
"[[P De la Vega]] gana el [[X Booker Internacional]]" — [[O Clarín]], May 19, 2026`,
  },
  {
    name: 'wikinews argentina midterms',
    text: `[[P Milei]]'s party wins [[L Argentina]] midterm elections

Monday, October 27, 2025

[[O La Libertad Avanza]] ([[O LLA]]), the party of President [[P Javier Milei]], won about 41 percent of the vote in Sunday's midterm elections for the [[O Chamber of Deputies]] and the [[O Senate]], the [[O National Electoral Chamber]] said.

The Peronist coalition [[O Fuerza Patria]] came second with 31 percent, winning in the [[L Buenos Aires Province]] but losing in [[L Córdoba]], [[L Mendoza]] and [[L Santa Fe]]. [[O PRO]], the party of former President [[P Mauricio Macri]], ran with [[O LLA]] in most provinces.

[[P Milei]] spoke to supporters at a hotel in the [[L Palermo]] district of [[L Buenos Aires]]. "The [[L Argentina]] of the future started tonight," he said. Peronist leader [[P Axel Kicillof]], governor of [[L Buenos Aires Province]], said the result showed voters were "giving the government one more chance".

[[L United States]] Treasury Secretary [[P Scott Bessent]], who arranged a $20 billion currency swap with the [[O Central Bank of the Argentine Republic]] before the vote, congratulated [[P Milei]]. The peso rose 9 percent on Monday and shares of [[O YPF]] jumped in [[L New York]].

Sources

"[[O La Libertad Avanza]] se impone en todo el país" — [[O La Nación]], October 27, 2025
"[[P Milei]] wins big in [[L Argentina]] midterms" — [[O Buenos Aires Times]], October 27, 2025`,
  },
];
