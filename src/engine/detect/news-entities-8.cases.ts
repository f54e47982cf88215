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

The opposition [[O National Action Party]] ([[O PAN]]), the [[O Institutional Revolutionary Party]] ([[O PRI]]) and [[O Citizens' Movement]] ([[O MC]]) voted against. [[O PAN]] deputy [[P María José de la Cruz]] said the changes would "leave the electoral authority without teeth". The bill passed by 352 votes to 121 after a debate of eleven hours at the [[L Legislative Palace of San Lázaro]], said de la Cruz, who leads her party's bench.

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

Dutch Defence Minister [[P Joost van Hulsen]] said in [[L The Hague]] that the [[L Netherlands]] would send another [[X Patriot]] system to [[L Ukraine]] this spring. "They are firing at cities, so we will keep sending what protects cities," van Hulsen told reporters. [[O NATO]] Secretary General [[P Mark Rutte]] called the strike "a deliberate escalation".

[[L Ukraine]]'s [[O General Staff]] said its [[X Neptune]] missiles had hit an oil depot in [[L Russia]]'s [[L Bryansk]] region overnight.

(Reporting by [[P Olena Harmash]]; Additional reporting by [[P Bart Meijer]] in [[L Amsterdam]]; Editing by [[P Andrew Heavens]])`,
  },
];
