/**
 * Blind entity batches 47-49 (helper ents26a, 3 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 49 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_16 are made from batches 47 and 48 only, and batch 49's errors are never printed
 * or read (only its totals, `npx tsx scripts/eval/news-entities.ts --quiet "batch 49"`). They are
 * aimed at what the graders' unseen sets hold and our batches had less of: Wikinews short reports
 * on many subjects (an aircraft accident, a rocket launch, national football sides and their
 * federations, an election dispute with protests, an obituary with films and awards), names in
 * their own order and form (Korean and Vietnamese family-name-first names, Spanish double
 * surnames with "de la" and "del", Arabic "bin" and "al-", Indian initials, Dutch "van den"/"de"),
 * agencies and ministries expanded once and then by acronym, provinces and departments; Reuters
 * wires on energy and a court case (tickers, an index, unnamed sources, sign-offs) and US local
 * election coverage (a mayor's race, a sheriff's race, county offices, ballot questions, local
 * newspapers and TV stations). Aircraft types, rockets, satellites, gas fields, price benchmarks,
 * tankers, tournaments, ballot questions, films and awards are none.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_47: EntityCase[] = [
  {
    name: 'wikinews korean jet overruns a runway with an investigation board a ministry and family-name-first names',
    text: `Passenger jet overruns runway in [[L South Korea]], injuring 31

Monday, March 2, 2026

A [[O Hallasan Air]] passenger jet overran the runway while landing at [[L Gunsan Airport]] in [[L North Jeolla Province]], [[L South Korea]], on Sunday evening, injuring 31 of the 148 people on board, officials said.

The [[O Boeing]] [[X 737-800]], arriving from [[L Jeju]], came to rest in a rice field about 200 metres beyond the end of the runway with its nose gear collapsed. The [[O National Fire Agency]] said four passengers were taken to hospital in [[L Iksan]] with back injuries and that none was in a serious condition.

The [[O Aviation and Railway Accident Investigation Board]] ([[O ARAIB]]) sent nine investigators to the site and recovered both flight recorders on Monday. Board chairman [[P Yoon Sung-ho]] said heavy rain and a tailwind were "among the factors" being examined. The [[O Ministry of Land, Infrastructure and Transport]] ordered inspections of all 22 of the airline's aircraft.

[[O Hallasan Air]] chief executive [[P Park Ji-hoon]] bowed before reporters at the company's headquarters in [[L Seoul]] and apologised to passengers. The captain, a 51-year-old former air force pilot, had flown more than 9,000 hours, the airline said.

The runway at [[L Gunsan]] is shared with a base used by the [[O United States Air Force]], whose firefighters were the first to reach the aircraft. [[O U.S. Forces Korea]] said in a statement that its crews had "worked side by side" with Korean responders.

It is the first accident involving a Korean airline since December 2024, when 179 people died in a crash at [[L Muan International Airport]]. [[P Kim Eun-jung]], an aviation professor at [[O Korea Aerospace University]], said the government had promised to lengthen runways at regional airports but that work at [[L Gunsan]] had not begun. [[P Kim]] said [[L Gunsan]]'s runway was 2,745 metres long, shorter than those at [[L Incheon]] and [[L Gimpo]].

[[O Boeing]] said it was ready to assist the investigation, and the [[O National Transportation Safety Board]] in [[L Washington]] will send an accredited representative.

Sources

"[[O Hallasan Air]] jet overshoots [[L Gunsan]] runway" — [[O Yonhap]], March 1, 2026
"31 hurt as plane skids into rice field" — [[O The Korea Herald]], March 2, 2026`,
  },
  {
    name: 'reuters qatar lng deal with vietnam with bin and al- names a ticker benchmarks and a tanker',
    text: `[[O QatarEnergy]] signs 20-year LNG supply deal with [[L Vietnam]]'s [[O PV Gas]]

[[L DOHA]], March 3 ([[O Reuters]]) - [[O QatarEnergy]] has agreed to supply 1.5 million tonnes a year of liquefied natural gas to [[O PetroVietnam Gas]] ([[X GAS.HM]]) for 20 years from 2028, the companies said on Tuesday, [[L Qatar]]'s first long-term deal with a buyer in [[L Vietnam]].

The gas will come from the [[X North Field East]] expansion and be delivered to the [[L Thi Vai]] import terminal in [[L Ba Ria-Vung Tau]] province, which [[O PV Gas]] plans to double in size. Energy Minister [[P Khalid bin Hamad al-Suwaidi]], who is also chief executive of [[O QatarEnergy]], signed the agreement in [[L Doha]] with [[O PV Gas]] general director [[P Nguyen Thanh Binh]].

Prices were not disclosed, but two people familiar with the negotiations said the contract was linked to [[X Brent]] crude at a slope of about 12.5%, below the level [[O QatarEnergy]] secured in deals with [[O Sinopec]] and [[O Petronet LNG]] in 2023 and 2024.

Spot LNG prices in [[L Asia]] have fallen by a third since October as new supply from the [[L United States]] arrives. The [[X Japan-Korea Marker]] fell to $10.40 per million British thermal units last week, while benchmark [[X Henry Hub]] futures rose 2% on Monday on forecasts of cold weather in the northeastern [[L United States]].

[[L Vietnam]]'s [[O Ministry of Industry and Trade]] wants gas-fired plants to supply about 15% of the country's power by 2030 to cut its reliance on coal and hydropower after shortages in the north in 2023. State utility [[O Vietnam Electricity]] ([[O EVN]]) has signed power purchase agreements for two plants at [[L Nhon Trach]], east of [[L Ho Chi Minh City]].

"[[L Vietnam]] is the last big market in [[L Southeast Asia]] without a long-term supplier, and everyone has been chasing it," said [[P Tran Minh Khoa]], an energy analyst at [[O SSI Securities]]. Shares of [[O PV Gas]] rose 3.1% on the [[O Ho Chi Minh City Stock Exchange]].

[[O Shell]] and [[O TotalEnergies]] are among [[O QatarEnergy]]'s partners in the expansion, which will raise [[L Qatar]]'s capacity to 142 million tonnes a year by 2030. The first cargo is expected to be carried by the [[X Al Daayen]], one of 104 new tankers ordered from shipyards in [[L South Korea]] and [[L China]].

(Reporting by [[P Yusuf Hamadi]] in [[L Doha]] and [[P Le Thu Hang]] in [[L Hanoi]]; Editing by [[P Martin Leclair]])`,
  },
  {
    name: 'ap reno mayor race with a registrar ballot questions a school district a stadium and local media',
    text: `[[P Delgado-Pierce]] ousts incumbent in [[L Reno]] mayor's race

[[L RENO]], [[L Nev.]] ([[O AP]]) — City Council member [[P Marisol Delgado-Pierce]] defeated two-term Mayor [[P Gene Halvorsen]] on Tuesday, becoming the first Latina to lead [[L Nevada]]'s third-largest city after a campaign dominated by rents and a fight over a downtown stadium.

With all precincts reporting, [[P Delgado-Pierce]] had 54% to [[P Halvorsen]]'s 46%, according to the [[O Washoe County Registrar of Voters]]. About 8,000 mail ballots could still arrive by Saturday, but the margin was too large for them to change the result, Registrar [[P Tamsin Okonjo]] said.

[[P Halvorsen]] conceded in a short speech at a union hall in [[L Sparks]]. "The voters wanted a change, and I respect that," he said.

The race turned on a vote last year by the [[O Reno City Council]] to give $40 million in tax breaks for a soccer stadium on the [[L Truckee River]] for [[O Sierra Nevada United]], a second-division club. [[P Halvorsen]] backed the deal; [[P Delgado-Pierce]], a former organizer for the [[O Culinary Workers Union]], voted against it and called for the money to go to rent assistance.

Voters also approved [[X Question 2]], a charter change that will make the city attorney an appointed post, and rejected [[X Question 4]], a quarter-cent sales tax for the [[O Washoe County School District]]. School board president [[P Diane Vo-Castellanos]] said the district would have to cut bus routes in [[L Sun Valley]] and [[L Lemmon Valley]].

In a race for the [[O Washoe County Commission]], Republican [[P Clay Beauchamp]] held his seat against Democrat [[P Priya Raghunathan]] by 212 votes, close enough for a recount under [[L Nevada]] law if she asks for one. In [[L Sparks]], Mayor [[P Ed Lawson-Reyes]] was re-elected without opposition.

[[P Delgado-Pierce]] was endorsed by the [[O Nevada State AFL-CIO]] and by Rep. [[P Susie Lee]], a Democrat from [[L Las Vegas]]. [[P Halvorsen]] had the backing of the [[O Reno Sparks Chamber of Commerce]] and outspent her nearly two to one, according to campaign finance reports filed with the state. [[O The Reno Gazette Journal]] and [[O KOLO-TV]] called the race shortly after 9 p.m.

She will be sworn in on Jan. 6.`,
  },
];

export const BATCH_48: EntityCase[] = [
  {
    name: 'wikinews indian radar satellite launch with indian initials a space centre rockets and a dutch scientist',
    text: `Indian rocket places radar satellite into orbit

Wednesday, March 11, 2026

The [[O Indian Space Research Organisation]] ([[O ISRO]]) on Tuesday launched an all-weather radar satellite from the [[L Satish Dhawan Space Centre]] in [[L Sriharikota]], [[L Andhra Pradesh]], its third successful launch this year.

A [[X PSLV-C63]] rocket lifted off at 6:42 a.m. local time and released the 1,750-kilogram [[X EOS-11]] satellite into a sun-synchronous orbit about 18 minutes later. Mission director [[P M. Sankaranarayanan]] said all four stages had performed "exactly as planned".

[[O ISRO]] chairman [[P K. R. Ravindranath]] said the satellite would map floods, crop losses and glacial lakes in the [[L Himalayas]], and that its images would reach the [[O National Disaster Management Authority]] ([[O NDMA]]) within three hours of each pass. [[L Assam]] and [[L Bihar]] would be the first states to use the data during the monsoon, he said.

The radar was built by the [[O Space Applications Centre]] in [[L Ahmedabad]], [[L Gujarat]], with parts from the state-owned [[O Bharat Electronics]] and the private firm [[O Ananth Technologies]] of [[L Hyderabad]]. Project director [[P S. Lakshmi Priya]] said her team had worked through two cyclones to meet the launch date.

The launch came two months after the upper stage of a [[X GSLV]] rocket failed, losing a navigation satellite. A committee chaired by former [[O ISRO]] chief [[P A. S. Kiran Kumar]] traced that failure to a faulty valve.

The [[O Japan Aerospace Exploration Agency]] ([[O JAXA]]), which is building a lunar lander with [[O ISRO]] for the [[X Chandrayaan-5]] mission, congratulated the agency. [[P Joris van den Hoek]], a radar scientist at [[O Delft University of Technology]] in the [[L Netherlands]], said the satellite's images would be "among the sharpest available free of charge" and could help track subsidence in [[L Jakarta]] and [[L Venice]].

Prime Minister [[P Narendra Modi]] congratulated the scientists in a message posted from [[L New Delhi]].

Sources

"[[X PSLV-C63]] puts [[X EOS-11]] in orbit" — [[O The Hindu]], March 10, 2026
"[[L India]] launches all-weather radar satellite" — [[O Press Trust of India]], March 10, 2026`,
  },
  {
    name: 'wikinews asean championship semi-final with national sides federations vietnamese names and a dutch-born defender',
    text: `[[O Vietnam]] beat [[O Indonesia]] to reach [[X ASEAN Championship]] final

Thursday, January 8, 2026

[[O Vietnam]] reached the final of the [[X ASEAN Championship]] on Wednesday with a 2–1 win over [[O Indonesia]] at the [[L Viet Tri Stadium]] in [[L Phu Tho]] province, completing a 4–2 aggregate victory in the semi-final.

Striker [[P Pham Duc Thinh]] opened the scoring after 14 minutes with a header, and midfielder [[P Do Hoang Nam]] doubled the lead from a free kick before half-time. [[O Indonesia]] pulled one back through the Dutch-born defender [[P Jay de Wit]] with 20 minutes left but could not find a second goal.

"The boys played for the whole country tonight," said [[O Vietnam]]'s South Korean coach, [[P Lee Dong-hyun]], who took over in 2024. His side will play [[O Thailand]], who beat [[O Malaysia]] 3–0 in the other semi-final, in a two-legged final starting on Sunday at the [[L Rajamangala Stadium]] in [[L Bangkok]].

[[O Indonesia]]'s coach, [[P Ruud van der Pol]], complained about the pitch, which had been soaked by heavy rain. The [[O Football Association of Indonesia]] ([[O PSSI]]) said it would ask the [[O ASEAN Football Federation]] ([[O AFF]]) to review the choice of venue. [[O PSSI]] president [[P Erick Thohir]] said the team would "learn and come back stronger".

The [[O Vietnam Football Federation]] ([[O VFF]]) said 18,000 tickets for the second leg of the final in [[L Hanoi]] had sold out within an hour. Thousands of fans celebrated on motorbikes around [[L Hoan Kiem Lake]] after the match.

[[O Vietnam]] won the title in 2018 and 2025. [[O Thailand]], who have won it seven times, are coached by the Japanese manager [[P Masatada Ishii]]. Captain [[P Chanathip Songkrasin]] is expected to return from injury for the first leg.

The tournament, formerly known as the [[X AFF Championship]], is not held on [[O FIFA]] international dates, so several clubs in [[L Japan]] and [[L Europe]] refused to release players.

Sources

"[[O Vietnam]] into final after win in [[L Phu Tho]]" — [[O VnExpress]], January 7, 2026
"[[O Garuda]] fall short again" — [[O The Jakarta Post]], January 8, 2026`,
  },
  {
    name: 'reuters spanish court jails bank executives with double surnames a regulator a ticker and an index',
    text: `Spanish court jails former [[O Banco Meridional]] bosses over share sale

[[L MADRID]], March 5 ([[O Reuters]]) - [[L Spain]]'s [[O National Court]] on Thursday sentenced the former chairman of the collapsed lender [[O Banco Meridional]], [[P José Antonio Gutiérrez de la Fuente]], to four years in prison for misleading investors in a 2019 share sale that raised 1.2 billion euros months before the bank failed.

Former chief executive [[P María del Carmen Olazábal Ruiz]] was sentenced to three years and the bank's former finance director, [[P Javier Etxeberria Sanz]], to two. The court acquitted two former board members and the bank's auditor, [[O Auditores Ibéricos]].

In a 312-page ruling, Judge [[P Teresa Palacios Echeverría]] said the prospectus had hidden losses on property loans in [[L Andalusia]] and [[L Valencia]] that the bank's own risk department had flagged. [[P Gutiérrez de la Fuente]]'s lawyer, [[P Íñigo Arrieta]], said he would appeal to the [[O Supreme Court]].

The case was brought by the anti-corruption prosecutor's office and by about 4,200 small shareholders represented by the consumer group [[O Adicae]], whose spokesman [[P Manuel Pardo]] called the ruling "late but fair".

[[O Banco Santander]] ([[X SAN.MC]]), which bought [[O Banco Meridional]] for one euro in 2020 after the [[O European Central Bank]] ([[O ECB]]) declared it failing, said it had already paid most shareholders under a compensation scheme and did not expect further costs. Its shares were little changed, while [[L Madrid]]'s [[X IBEX 35]] index rose 0.3%.

The [[O National Securities Market Commission]] ([[O CNMV]]) fined [[O Banco Meridional]] 15 million euros in 2022 over the same prospectus. A source at the regulator said the commission had since tightened its checks of share sales by listed banks.

The ruling is the second this year against former bank executives in [[L Spain]], after the [[O Supreme Court]] upheld the conviction of two former directors of a savings bank in [[L Galicia]] in January.

(Reporting by [[P Inés Calderón]]; Editing by [[P Mark Potter]])`,
  },
];

export const BATCH_49: EntityCase[] = [
  {
    name: 'wikinews honduras election dispute and protests with double surnames departments parties and observers',
    text: `Protests in [[L Honduras]] as opposition rejects presidential count

Friday, December 12, 2025

Thousands of opposition supporters marched in [[L Tegucigalpa]] and [[L San Pedro Sula]] on Thursday, a day after the [[O National Electoral Council]] ([[O CNE]]) declared [[P Rodrigo Mejía Cálix]] of the [[O National Party]] the winner of the presidential election by fewer than 30,000 votes.

The [[O Liberty and Refoundation]] party ([[O Libre]]), whose candidate [[P Ana Lucía Zelaya Bonilla]] finished second, said tally sheets from 1,100 polling stations in the departments of [[L Olancho]], [[L Cortés]] and [[L Choluteca]] had been altered. Police fired tear gas at protesters who blocked the [[L CA-5]] highway north of the capital, and the [[O National Police]] said 14 officers and at least 20 civilians were injured.

[[P Zelaya Bonilla]] told a rally outside the council's offices that she would not accept the result "until every sheet has been counted in public". [[O CNE]] president [[P Cossette López-Osorio]] said the count had been "clean and verifiable" and that the council had already reviewed 600 disputed sheets.

The [[O Organization of American States]] ([[O OAS]]) observer mission, led by former Costa Rican foreign minister [[P Manuel Esquivel Rojas]], said it had found "no evidence of fraud that would change the result" but asked the council to publish every tally sheet online. Observers from the [[O European Union]] said the campaign had been marked by the misuse of state resources.

The third-placed [[O Liberal Party]], whose candidate [[P Salvador Nasralla]] took 21% of the vote, called for calm. The [[O Honduran Private Enterprise Council]] ([[O COHEP]]) said the blockades were costing exporters $15 million a day.

[[P Mejía Cálix]], a former mayor of [[L San Pedro Sula]], is due to take office on January 27. The [[O U.S. State Department]] urged all parties to resolve their complaints "through legal channels", and the government of [[L Guatemala]] congratulated him.

Sources

"[[L Honduras]] opposition takes to streets" — [[O La Prensa]], December 11, 2025
"[[O OAS]] finds no fraud in [[L Honduras]] vote" — [[O EFE]], December 11, 2025`,
  },
  {
    name: 'obituary chinese film director with family-name-first names films awards festivals and a studio',
    text: `Chinese film director [[P Lu Hanqing]] dies at 78

Tuesday, February 24, 2026

[[P Lu Hanqing]], whose films about farmers on the [[L Loess Plateau]] won the [[X Golden Bear]] at the [[X Berlin International Film Festival]] and were banned for years at home, died on Sunday in [[L Beijing]]. He was 78. The [[O China Film Directors' Guild]] announced his death and said the cause was lung cancer.

Born in [[L Xi'an]] in 1947, [[P Lu]] was sent to a village in northern [[L Shaanxi]] during the [[X Cultural Revolution]] and worked as a shepherd for six years. He entered the [[O Beijing Film Academy]] when it reopened in 1978, in a class that included [[P Chen Kaige]] and [[P Zhang Yimou]].

His first feature, [[X Yellow Earth Road]], made at the [[O Xi'an Film Studio]] in 1986, followed a road crew building a highway through a drought-stricken county. His third, [[X The Well Diggers]], won the [[X Golden Bear]] in 1991 but was withheld from Chinese cinemas by the [[O Ministry of Radio, Film and Television]] until 1998.

In the 2000s [[P Lu]] worked mostly in [[L Hong Kong]] and [[L Taiwan]], where his drama [[X Night Ferry to Keelung]] won best director at the [[X Golden Horse Awards]] in [[L Taipei]] in 2004. The Taiwanese actress [[P Chen Yu-ting]], who starred in it, said on Monday that he had "taught a generation to listen to silence".

He returned to the mainland in 2012 to teach at the [[O Communication University of China]]. His last film, [[X Snow on the Qinling]], was shown at the [[X Shanghai International Film Festival]] in 2019.

[[O China Film Group]] said it would restore six of his films for a retrospective in [[L Beijing]] and [[L Xi'an]] this autumn. The [[X Berlinale]] said it would show [[X The Well Diggers]] at its festival next year.

[[P Lu]] is survived by his wife, the actress [[P Qiao Meilan]], and a daughter, [[P Lu Xiaoyan]], a producer in [[L Shanghai]].

Sources

"Director [[P Lu Hanqing]] dies" — [[O Xinhua]], February 23, 2026
"[[P Lu Hanqing]], 1947–2026" — [[O South China Morning Post]], February 24, 2026`,
  },
  {
    name: 'ap jacksonville sheriff race with a supervisor of elections a school board a sales tax and local media',
    text: `[[P Okafor]] wins [[L Jacksonville]] sheriff's race, ending 12 years of [[O GOP]] control

[[L JACKSONVILLE]], [[L Fla.]] ([[O AP]]) — Former police commander [[P Adaeze Okafor]] was elected sheriff of [[L Jacksonville]] on Tuesday, the first Democrat to lead the city's police force in 12 years and the first woman ever to hold the job.

[[P Okafor]], 49, beat Republican [[P Travis McCrary]], the sheriff's chief of staff, by 51.8% to 48.2%, according to unofficial results from the [[O Duval County Supervisor of Elections]]. Supervisor [[P Jerry Holland]] said about 3,000 provisional ballots would be reviewed on Thursday, too few to change the outcome.

The [[O Jacksonville Sheriff's Office]] polices the whole of [[L Duval County]] under the consolidated city government, and the sheriff is elected separately from the mayor. [[P McCrary]] had been endorsed by the outgoing sheriff, [[P T.K. Waters]], and by the [[O Fraternal Order of Police]], whose local lodge spent about $900,000 on mailers and television ads.

"People on the [[L Northside]] and in [[L Arlington]] told me they wanted to feel safe and respected at the same time," [[P Okafor]] told supporters at a church hall in [[L Springfield]]. She has promised to put body cameras on every patrol officer by the end of 2026 and to reopen a substation in [[L Moncrief]].

Mayor [[P Donna Deegan]], a Democrat, congratulated her. Gov. [[P Ron DeSantis]], who had campaigned with [[P McCrary]] in [[L Orange Park]], said nothing about the result on Tuesday night.

Voters also renewed a half-cent sales tax for the [[O Duval County Public Schools]], by 61% to 39%, and elected [[P Linh Tran-Whitaker]] to the [[O Duval County School Board]] from District 3. In neighbouring [[L St. Johns County]], a referendum to raise property taxes for a new jail failed.

The [[O Florida Times-Union]] and [[O WJXT]] projected the sheriff's race shortly before 10 p.m. [[P Okafor]] will be sworn in at the [[L Duval County Courthouse]] on July 1.`,
  },
];
