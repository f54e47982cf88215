/**
 * Blind entity batches 23-25 (helper ents16a, 2 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 25 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_8 are made from batches 22-24 only and never against it. They aim at what batches
 * 1-22 covered least: Slovakia, Poland, Portugal, Ghana, Jordan, South Korea, Ireland, Vietnam,
 * Canada's west, Alaska and South Africa; a train derailment, a retail tax ruling against a grocer
 * named after its founder, Nebraska's one-house legislature with counties and PACs, Portuguese clubs
 * named after their cities, a novelist's obituary with a publisher named after a person, a tomb with
 * al- and bint names, a shipbuilder's order from a Greek owner named after its founder, a New
 * Hampshire special election, a stolen painting with Irish particles, rugby league clubs (the Storm)
 * and, in batch 25, an electric carmaker, a wildfire, an Alaska ballot measure, a South African
 * court with Afrikaans particles and baseball clubs named by their city.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_23: EntityCase[] = [
  {
    name: 'wikinews slovakia train derailment',
    text: `Four dead as express train derails in central [[L Slovakia]]

Monday, March 16, 2026

Four people were killed and 27 injured when an express train derailed near [[L Zvolen]] in central [[L Slovakia]] on Sunday evening, police said.

The train, the [[X Tatran]], was travelling from [[L Bratislava]] to [[L Košice]] with about 310 passengers when its locomotive and three carriages left the track on a bend outside the village of [[L Budča]], the national passenger operator [[O Železničná spoločnosť Slovensko]] ([[O ZSSK]]) said. Among the dead were the driver, 58, and a woman from [[L Lučenec]].

Rescue workers from [[L Banská Bystrica]] and [[L Zvolen]] worked through the night to free passengers trapped in the second carriage, and a helicopter from the [[O Air Transport Europe]] rescue service flew the most badly hurt to the hospital in [[L Banská Bystrica]]. The [[O Slovak Red Cross]] set up a shelter at the station in [[L Zvolen]].

Transport Minister [[P Marek Vlčko]] said the line had been rebuilt in 2023 by the state infrastructure manager, [[O Železnice Slovenskej republiky]] ([[O ŽSR]]), and that speed on the bend was limited to 80 kilometres per hour. "We will know within days whether the train was going too fast," [[P Vlčko]] told reporters at the scene. The [[O Railway Accident Investigation Office]] took the locomotive's data recorder to [[L Bratislava]].

The locomotive was built by [[O Škoda]] in [[L Plzeň]] in the [[L Czech Republic]] in 2012. [[O Škoda Group]] said it would send engineers to help investigators.

Passenger [[P Zuzana Kováčová]], a student from [[L Žilina]], told the news site [[O Aktuality.sk]] that the carriage "jumped, then turned over slowly". She and about forty others were taken by bus to a sports hall in [[L Zvolen]].

Prime Minister [[P Ivan Lacko]] declared Tuesday a day of national mourning. President [[P Helena Dubovská]] visited the injured in hospital on Monday morning. The [[O European Commission]] said it was in contact with the [[O Ministry of Transport]] in [[L Bratislava]].

Trains between [[L Zvolen]] and [[L Banská Bystrica]] are running on one track, and [[O ZSSK]] said delays of up to an hour were expected until Friday.

Sources

"Vykoľajený [[X Tatran]]: štyria mŕtvi" — [[O SME]], March 16, 2026
"[[L Slovakia]] mourns train crash victims" — [[O The Slovak Spectator]], March 16, 2026`,
  },
  {
    name: 'reuters poland retail tax grocer named after its founder',
    text: `Polish court upholds retail tax, [[O Jeronimo Martins]] shares slide

[[L WARSAW]], April 8 ([[O Reuters]]) - [[L Poland]]'s top administrative court on Wednesday upheld a tax on the revenue of large retailers, a blow to [[O Jeronimo Martins]] ([[X JMT.LS]]), the Portuguese owner of the [[O Biedronka]] discount chain, and other foreign grocers.

The [[O Supreme Administrative Court]] rejected appeals by eleven retailers, including [[O Lidl]] and [[O Carrefour Polska]], which argued that the tax, whose rate rises with turnover, fell mostly on foreign-owned chains. The judges said the rates had been approved by the [[O European Commission]] and that the [[O Court of Justice of the European Union]] had ruled on the question in 2021.

Shares in [[O Jeronimo Martins]], which makes about two thirds of its sales in [[L Poland]], fell 3.8% in [[L Lisbon]]. The group is named after [[P Jeronimo Martins]], a Galician who opened a grocery in [[L Lisbon]]'s [[L Chiado]] district in 1792. Its chief executive, [[P Pedro Soares dos Reis]], said the tax would cost the company about 900 million zlotys ($230 million) this year. "We will keep prices low. We will not pass this on to customers," he told analysts.

Shares in [[O Dino Polska]] ([[X DNP.WA]]), a Polish chain with stores mostly in small towns, rose 1.2% in [[L Warsaw]].

Deputy Finance Minister [[P Tomasz Wierzbicki]] said the state would collect about 2.5 billion zlotys a year from the levy. "This is a fair share from companies that earn billions here," he said on [[O TVN24]].

[[P Pieter van den Broek]], an analyst at [[O ING]] in [[L Amsterdam]], said the ruling removed uncertainty for investors. "Everyone had already put the tax in the price," he said.

The [[O Polish Chamber of Commerce]] said smaller shops would be hurt too. Its president, [[P Katarzyna Zielińska-Ruiz]], said the government should raise the threshold. The brewer [[O Żywiec]], named after the town in southern [[L Poland]] where it was founded, sells most of its beer through the chains and said it feared a price war.

Retailers can still take the case to the [[O Constitutional Tribunal]], whose rulings the government of Prime Minister [[P Donald Tusk]] does not recognise.

(Reporting by [[P Karol Badziak-Nowak]] in [[L Warsaw]]; Additional reporting by [[P Sergio Gonçalves-Reis]] in [[L Lisbon]]; Editing by [[P Jan Harvey-Lowe]])`,
  },
  {
    name: 'us state nebraska legislature and ballot measure',
    text: `[[L Nebraska]] lawmakers clash over sick-leave measure as PAC money pours in

[[L LINCOLN]], [[L Neb.]] — A campaign to put paid sick leave for every worker in [[L Nebraska]] into law has raised $3.1 million, more than any ballot measure in the state's history, as state senators in [[L Lincoln]] try to narrow it before it takes effect.

Voters approved [[X Initiative 436]] by 74% in November. It requires employers to give one hour of sick leave for every 30 hours worked. A bill by State Sen. [[P Dana Kurtzhals]] of [[L Bellevue]] would exempt businesses with fewer than 11 employees and teenage workers. The bill advanced from the [[O Business and Labor Committee]] on a 5-2 vote on Tuesday.

[[P Kurtzhals]] said small firms in towns such as [[L Kearney]] and [[L North Platte]] could not afford the rule. "A diner in [[L Ogallala]] is not [[O Union Pacific]]," she said.

[[O Nebraskans for Paid Sick Leave]], the committee behind the measure, has spent most of its money on mailers and television in [[L Omaha]] and [[L Lincoln]]. Its largest donors are the [[O Sixteen Thirty Fund]] and the [[O Service Employees International Union]]. Its director, [[P Marcus Lindgren]], said senators were "trying to undo the vote of 700,000 Nebraskans".

The [[O Nebraska Chamber of Commerce and Industry]] and the [[O Nebraska Farm Bureau]] back the bill. So does [[O Americans for Prosperity]], which has paid for digital ads in districts of senators who have not said how they will vote.

[[L Nebraska]]'s [[O Legislature]] has one chamber and 49 members, who are officially nonpartisan. The bill needs 33 votes to end a filibuster. Sen. [[P Jerome Whitaker]] of [[L Omaha]], a Democrat, said he had at least 17 senators ready to block it.

Support for the measure was strongest in [[L Douglas County]] and [[L Lancaster County]], but it also passed in 88 of the state's 93 counties, including [[L Washington County]] north of [[L Omaha]] and rural [[L Custer County]], according to results certified by Secretary of State [[P Gale Hoffmeier]].

Gov. [[P Russell Brandt]] has said he would sign the bill. A vote by the full [[O Legislature]] is expected next week. The [[O Nebraska Supreme Court]] ruled in 2022 that lawmakers may amend a law passed by initiative with a simple majority.`,
  },
  {
    name: 'wikinews portugal clubs named after cities',
    text: `[[O Porto]] go top of [[O Primeira Liga]] after beating [[O Braga]]

Sunday, February 22, 2026

[[O Porto]] moved to the top of [[L Portugal]]'s [[O Primeira Liga]] on Saturday with a 2–0 win over [[O Braga]] at the [[L Estádio do Dragão]], after leaders [[O Sporting]] were held 1–1 at [[O Famalicão]] on Friday.

Striker [[P Gonçalo dos Santos]] headed in a corner from [[P Ricardo da Mota]] after 23 minutes. [[O Braga]] goalkeeper [[P Tiago Meireles]] saved a penalty from [[P Yusuf Kamara]] before half-time, but [[P Kamara]] scored from close range on 71 minutes. [[O Braga]] finished with ten men after defender [[P Bruno Vale]] was sent off for a second booking.

[[O Porto]] coach [[P Rui Castanheira]] said his side had "played like a team that wants the title". [[O Braga]], who had not lost in eleven league games, stay fourth, two points behind [[O Benfica]].

The win was [[O Porto]]'s ninth in a row at home. Their president, [[P André Teixeira Lopes]], told the club's television channel, [[O Porto Canal]], that the board would not sell [[P Gonçalo dos Santos]] in the summer despite offers from [[L England]]. [[O Braga]] president [[P António Salvador-Costa]] complained about the referee, [[P Luís Godinho Pires]], saying the second yellow card for [[P Vale]] had "decided the match".

Thousands of fans celebrated in [[L Porto]]'s [[L Avenida dos Aliados]] after the match. About 3,000 supporters had travelled the 55 kilometres from [[L Braga]] for the game.

[[O Benfica]] won 3–0 at [[O Vitória de Guimarães]] on Saturday evening. [[P Orkun Demir]] scored twice for the [[L Lisbon]] club. In the relegation fight, [[O Estoril]] lost 2–1 at home to [[O Arouca]] and are now bottom, a point behind [[O Casa Pia]].

[[O Porto]] host [[O Benfica]] in two weeks. Before that they play [[O Vitória de Guimarães]] in the semi-finals of the [[X Taça de Portugal]] on Wednesday, while [[O Braga]] travel to [[L Turkey]] to play [[O Fenerbahçe]] in the [[X Europa League]].

Sources

"[[O Porto]] vence [[O Braga]] e assume a liderança" — [[O Record]], February 21, 2026
"[[O Sporting]] slip as [[O Porto]] take top spot" — [[O ESPN]], February 22, 2026`,
  },
  {
    name: 'obituary ghanaian novelist',
    text: `Ghanaian novelist [[P Akosua Bediako-Mensah]] dies at 81

Thursday, May 21, 2026

[[P Akosua Bediako-Mensah]], whose novels about life in [[L Kumasi]] after independence were read in schools across [[L West Africa]], died on Tuesday at her home in [[L Accra]]. She was 81.

Her family said in a statement that she had been ill for several months. President [[P Kojo Asante-Boateng]] called her "a voice that taught us to listen to ourselves", and ordered flags to fly at half-mast on the day of her funeral.

[[P Bediako-Mensah]] was born in 1945 in [[L Obuasi]], a gold mining town in the [[L Ashanti Region]], where her father worked for the [[O Ashanti Goldfields Corporation]]. She studied English at the [[O University of Ghana]] at [[L Legon]] and later at [[O Makerere University]] in [[L Kampala]], where she met writers from across [[L East Africa]].

Her first novel, [[X The Cocoa Road]], was published in [[L London]] in 1971 by [[O Heinemann]] in its [[X African Writers Series]]. It follows a lorry driver carrying cocoa from [[L Kumasi]] to the port of [[L Takoradi]]. She wrote seven more novels and two collections of stories, and won the [[X Commonwealth Writers' Prize]] in 1994 for [[X A House in Adum]].

From 1976 to 1990 she presented a weekly books programme for the [[O Ghana Broadcasting Corporation]] ([[O GBC]]). She was a founder of the [[O Ghana Association of Writers]] and taught at the [[O University of Cape Coast]] until 2008.

Her novels were often critical of military rule, and in 1982 she spent four months in [[L Nigeria]] after the government of [[P Jerry Rawlings]] closed the magazine she edited, [[X Okyeame Review]].

The writer [[P Kwesi Appiah-Danquah]], who was her student at [[L Cape Coast]], said she "never wrote a lazy sentence". The [[O Ghana Library Authority]] said it would name its new reading room in [[L Kumasi]] after her.

She married the historian [[P Emmanuel Owusu-Darko]] in 1968; he died in 2015. She is survived by two daughters and five grandchildren. Her funeral will be held in [[L Kumasi]] on June 13.

Sources

"[[P Akosua Bediako-Mensah]] (1945–2026)" — [[O Graphic Online]], May 20, 2026
"Ghana mourns its storyteller" — [[O BBC News]], May 20, 2026`,
  },
];

export const BATCH_24: EntityCase[] = [
  {
    name: 'wikinews jordan tomb find',
    text: `Archaeologists find intact Nabataean tomb near [[L Petra]]

Wednesday, October 21, 2026

Archaeologists working near [[L Petra]] in southern [[L Jordan]] have found an intact Nabataean tomb holding the remains of at least twelve people and more than 200 objects, the [[O Department of Antiquities]] said on Tuesday.

The tomb was found under a collapsed rock face about two kilometres north of the [[L Treasury]], the best known monument in [[L Petra]], by a team from the [[O University of Jordan]] and the [[O American Center of Research]] in [[L Amman]]. It was cut into the rock in the first century AD, when [[L Petra]] was the capital of the Nabataean kingdom.

The dig's director, [[P Fawzi al-Khasawneh]], said the tomb had never been opened by robbers. "Almost every tomb in [[L Petra]] was emptied in antiquity. This one was sealed by a rockfall," he said. Among the finds are bronze coins of the Nabataean king [[P Aretas IV]], gold earrings and a pottery jar with writing that has not yet been read.

[[P Rania bint Saleh al-Hamoud]], a specialist in ancient scripts at [[O Yarmouk University]] in [[L Irbid]], said the jar's text appeared to name a family. "If we can read it we will know who these people were," she said.

Bones from the tomb will be dated at the [[O University of Groningen]] in the [[L Netherlands]], where the physicist [[P Joost van der Heijden]] runs the radiocarbon laboratory. Early results will be published next year in the journal [[X Antiquity]].

The [[O Petra Development and Tourism Region Authority]] ([[O PDTRA]]) said the site would stay closed to visitors for at least two years. Tourism Minister [[P Lina Haddadin]] visited the dig on Monday with officials from [[O UNESCO]], which has listed [[L Petra]] as a [[X World Heritage Site]] since 1985.

Residents of [[L Wadi Musa]], the town at the entrance to [[L Petra]], hope the find will bring back visitors. The number of tourists fell by almost half after the war in [[L Gaza]] began in 2023, according to the [[O Jordan Tourism Board]].

Sources

"Intact tomb found at [[L Petra]]" — [[O The Jordan Times]], October 20, 2026
"Rockfall kept Nabataean tomb safe for 2,000 years" — [[O Petra News Agency]], October 20, 2026`,
  },
  {
    name: 'reuters korea shipbuilder greek owner named after its founder',
    text: `[[O Hanwha Ocean]] wins $2.1 billion LNG carrier order from Greek owner

[[L SEOUL]], Oct 14 ([[O Reuters]]) - [[L South Korea]]'s [[O Hanwha Ocean]] ([[X 042660.KS]]) said on Tuesday it had won a 2.9 trillion won ($2.1 billion) order for eight liquefied natural gas carriers from [[O Marangopoulos Maritime]], a Greek shipowner, its largest order this year. Its chief executive, [[P Kim Dong-soo]], said the yard had "more work than at any time in its history".

The ships will be built at the company's yard on [[L Geoje]] island and delivered from 2028, [[O Hanwha Ocean]] said in a regulatory filing. The first, the [[X Aegean Pioneer]], will carry gas from the [[L United States]] to [[L Europe]] under a charter with [[O TotalEnergies]].

[[O Marangopoulos Maritime]] was founded in [[L Piraeus]] in 1958 by [[P Yannis Marangopoulos]], whose grandson [[P Nikos Marangopoulos]] now runs it. "We chose [[L Korea]] because they can deliver on time," [[P Marangopoulos]] said in a statement. The family also owns tankers through [[O Aegean Crest Shipping]].

Shares in [[O Hanwha Ocean]] rose 5.6%, beating a 0.4% rise in the benchmark [[X KOSPI]]. Rivals [[O Samsung Heavy Industries]] ([[X 010140.KS]]) and [[O HD Hyundai Heavy Industries]] gained 2% and 1.7%.

[[O Hanwha]] bought [[O Philly Shipyard]] in [[L Philadelphia]] last year for $100 million and has said it wants to build ships for the [[O U.S. Navy]] there. [[L U.S.]] law, including the [[X Jones Act]], bars foreign yards from building warships for the [[O Navy]], but [[O Congress]] is weighing a bill that would let allies' yards do repair work.

"Korean yards are full until 2029, so owners who want ships sooner are paying more," said [[P Lee Jae-won]], an analyst at [[O Mirae Asset Securities]] in [[L Seoul]]. A new LNG carrier costs about $255 million, up from $185 million five years ago, according to [[O Clarksons Research]].

[[O Hanwha Ocean]], formerly [[O Daewoo Shipbuilding & Marine Engineering]], was bought by the [[O Hanwha Group]] in 2023 after years of losses under the state-run [[O Korea Development Bank]].

[[L South Korea]]'s [[O Ministry of Trade, Industry and Energy]] said Korean yards won 41% of global orders in the first nine months of the year, behind [[L China]] with 52%.

(Reporting by [[P Heekyong Yang-Cho]] in [[L Seoul]]; Additional reporting by [[P Renee Maltezou-Kalli]] in [[L Athens]]; Editing by [[P Ed Davies-Moore]])`,
  },
  {
    name: 'us state new hampshire special election',
    text: `Democrat flips [[L Manchester]] seat in [[L New Hampshire]] special election

[[L MANCHESTER]], [[L N.H.]] — Democrat [[P Colleen Marchetti]] won a special election for a seat in the [[O New Hampshire House of Representatives]] on Tuesday, flipping a district in [[L Manchester]] that [[P Donald Trump]] carried by 6 points last year.

[[P Marchetti]], a nurse at [[L Elliot Hospital]], beat Republican [[P Derek Pelletier]] by 1,412 votes to 1,138, according to unofficial results from the city clerk. Turnout in the two wards was 19%. [[P Pelletier]], a former officer in the [[O Manchester Police Department]], conceded on Tuesday night and said he would run again in November. The district covers two wards on the city's west side along the [[L Merrimack River]].

The seat opened when Republican [[P Roland Giguere]] resigned in June to take a job with the [[O Department of Health and Human Services]] in [[L Concord]]. Republicans now hold 220 of the 400 seats in the [[O House]], down from 222 after the 2024 election.

Outside groups spent more than $180,000 on the race, a record for a single [[O House]] seat in [[L New Hampshire]], according to filings with the secretary of state. [[O Americans for Prosperity]] paid for canvassers and mailers for [[P Pelletier]]. The [[O Democratic Legislative Campaign Committee]] and a local group, [[O Granite State Forward PAC]], spent about $90,000 on [[P Marchetti]]'s side.

"People in [[L Manchester]] are tired of fights over books and bathrooms and want someone to fix the roads," [[P Marchetti]] told supporters at a bar on [[L Elm Street]].

Republican state chairman [[P Jim Lavoie]] said the result "tells you nothing about November". [[O New Hampshire Democratic Party]] chair [[P Raymond Buckner]] said it showed the party could win in [[L Hillsborough County]], which includes [[L Manchester]] and [[L Nashua]].

Voters in [[L Bedford]] and [[L Merrimack]] also decided local questions on Tuesday. [[L Merrimack]] approved a $12 million bond for a new fire station; [[L Bedford]] rejected a plan to let the [[O Bedford School District]] borrow for a new middle school.

Gov. [[P Karen Thibodeau]], a Republican, is expected to call another special election for a seat in [[L Rockingham County]] vacated by a lawmaker who moved to [[L Maine]]. The [[O Executive Council]] must approve the date.`,
  },
  {
    name: 'wikinews ireland stolen painting recovered',
    text: `Stolen painting recovered in [[L Cork]] eleven years after theft

Friday, January 9, 2026

Police in [[L Ireland]] have recovered a painting by [[P Jack B. Yeats]] that was stolen from a house in [[L County Wicklow]] in 2015, the [[O Garda Síochána]] said on Thursday.

The painting, [[X The Ferryman's Daughter]], was found wrapped in a blanket in a garage in [[L Ballincollig]], near [[L Cork]], during a search on Wednesday by officers from the [[O Criminal Assets Bureau]]. A man in his fifties was arrested and later released without charge.

Detective Superintendent [[P Niamh Ó Briain]] said the painting was in "remarkably good condition". It was one of four works taken from the home of the collector [[P Dermot Mac Cárthaigh]] near [[L Enniskerry]]. The other three have not been found. "We have not given up on them," [[P Ó Briain]] said.

The theft in 2015 was one of a series of break-ins at country houses in [[L Wicklow]] and [[L Kildare]] that police linked to a gang from [[L Limerick]]. Two men were jailed in 2017 for handling stolen goods, but the paintings were never traced. The [[O Art Loss Register]], a database in [[L London]], had listed all four works.

The [[O National Gallery of Ireland]] in [[L Dublin]], which has the largest collection of [[P Yeats]]'s work, examined the painting on Thursday and said it was genuine. Its conservator, [[P Síle de Búrca]], said the canvas had small tears that could be repaired.

[[P Yeats]], the brother of the poet [[P W. B. Yeats]], painted it in 1924, a year after the end of the [[X Irish Civil War]]. It was last valued at about €1.5 million by the auction house [[O Adam's]] in [[L Dublin]], which sold it to [[P Mac Cárthaigh]] in 2006.

The insurer [[O Aviva]], which paid [[P Mac Cárthaigh]] after the theft, now owns the painting. A spokeswoman said the company would talk to the family about returning it.

Minister for Culture [[P Seán Ó Laoire]] thanked the gardaí and said the recovery "belongs to the whole country". [[P Mac Cárthaigh]], who is 88, told [[O RTÉ]] he had "cried like a child" when he heard the news.

Sources

"Stolen [[P Yeats]] painting found in [[L Cork]] garage" — [[O The Irish Times]], January 8, 2026
"Gardaí recover €1.5m painting" — [[O Irish Examiner]], January 8, 2026`,
  },
  {
    name: 'sport nrl grand final storm',
    text: `[[O Penrith]] beat [[O Melbourne]] to win fifth straight NRL title

[[L SYDNEY]] ([[O AP]]) — The [[O Penrith Panthers]] beat the [[O Melbourne Storm]] 18-12 in the [[O National Rugby League]] grand final on Sunday night to win their fifth title in a row.

Halfback [[P Liam Tuivasa]] kicked three goals and set up the winning try for centre [[P Kotoni Fifita]] with eight minutes left in front of 80,156 fans at [[L Accor Stadium]]. [[P Tuivasa]] won the [[X Clive Churchill Medal]] as player of the match.

The [[O Storm]], who finished first in the regular season, led 12-6 at half-time after tries by [[P Harry Leota]] and winger [[P Xavier Coates-Miller]]. But [[O Penrith]]'s defence held them scoreless after the break.

"We're a team from [[L Western Sydney]] and we play for our people," [[P Tuivasa]] said. "Nobody thought we'd do five."

[[O Penrith]] coach [[P Gary Wallace]] said his side had "found something" at half-time. [[O Melbourne]] coach [[P Craig Dunleavy]], who has led the [[O Storm]] since 2003, said his players had "nothing to be ashamed of".

About 20,000 fans watched the match on big screens at [[L Panthers Stadium]] in [[L Penrith]]. The team will parade through the city on Tuesday.

[[P Tuivasa]], who was born in [[L Auckland]] and moved to [[L Mount Druitt]] as a child, signed a new four-year contract with the club in August, turning down an offer from the [[O Dolphins]] in [[L Redcliffe]]. "I was never leaving," he said.

It was the first grand final played under new rules on kick-offs agreed by the [[O Australian Rugby League Commission]] in February. Its chairman, [[P Peter Kallis]], presented the trophy.

[[O Melbourne]] hooker [[P Brandon Smith-Waqa]] left the field in the 30th minute with a knee injury and is expected to miss [[L New Zealand]]'s tour of [[L England]] with the [[O Kiwis]].

The [[O Brisbane Broncos]] won the women's grand final 24-10 over the [[O Sydney Roosters]] earlier in the day.

[[O Penrith]]'s run is the longest since the [[O St. George Dragons]] won 11 straight titles from 1956 to 1966. The [[O NRL]] said the season had drawn record crowds, helped by the first games played in [[L Las Vegas]] in March.`,
  },
];

export const BATCH_25: EntityCase[] = [
  {
    name: 'reuters vietnam electric carmaker',
    text: `[[O VinFast]] delays [[L North Carolina]] plant again as losses widen

[[L HANOI]], Aug 5 ([[O Reuters]]) - Vietnamese electric carmaker [[O VinFast]] ([[X VFS.O]]) said on Tuesday it would delay the opening of its plant in [[L North Carolina]] until 2028, its second delay, after its quarterly loss widened to $1.1 billion.

The company, controlled by [[L Vietnam]]'s richest man, [[P Pham Nhat Vuong]], had planned to start building cars at the $4 billion factory in [[L Chatham County]] in 2026. Chief executive [[P Nguyen Thi Lan Anh]] said [[O VinFast]] would first raise output at its plant in [[L Haiphong]] and finish a new one in [[L Tamil Nadu]] in [[L India]].

"We have to put our money where the demand is," she told analysts on a call. The company delivered 32,000 cars in the quarter, most of them in [[L Vietnam]], where taxi firm [[O Xanh SM]], also founded by [[P Vuong]], is its largest customer.

Shares in [[O VinFast]] fell 9% on the [[O Nasdaq]] in early trading. Its parent, [[O Vingroup]] ([[X VIC.HM]]), dropped 2.3% in [[L Ho Chi Minh City]].

The company has said it will sell its [[X VF 3]] small SUV in the [[L Philippines]] and [[L Indonesia]] from next month. It sold about 2,000 cars in the [[L United States]] last year, mostly the larger [[X VF 8]].

Officials in [[L North Carolina]] said the state's incentives of up to $1.2 billion were tied to jobs and would not be paid until the plant opened. "We are disappointed but not surprised," said [[P Christopher Chung-Hale]], chief executive of the [[O Economic Development Partnership of North Carolina]].

[[P Vuong]] has lent the company more than $2 billion of his own money. [[O Vingroup]] said in July it would sell part of its stake in [[O Vinhomes]], its property unit, to fund the carmaker.

"The market has lost patience," said [[P Tran Duc Minh]], head of research at [[O Saigon Securities]]. "They keep promising growth in places where they have no dealers."

[[O VinFast]] listed in [[L New York]] in 2023 through a merger with [[O Black Spade Acquisition]], a blank-cheque company, and its shares briefly made it worth more than [[O Ford]] and [[O General Motors]]. They have since lost more than 90% of their value.

(Reporting by [[P Phuong Nguyen-Tran]] in [[L Hanoi]] and [[P Abhirup Roy-Sen]] in [[L San Francisco]]; Editing by [[P Louise Heavens-Clark]])`,
  },
  {
    name: 'wikinews british columbia wildfire',
    text: `Thousands ordered to leave homes as wildfire nears [[L Kamloops]]

Saturday, August 15, 2026

About 9,000 people were ordered to leave their homes near [[L Kamloops]] in [[L British Columbia]], [[L Canada]], on Friday as a wildfire driven by strong winds crossed the [[L Thompson River]], officials said.

The [[L Ross Moore Lake]] fire, first seen on Tuesday, grew to about 14,000 hectares overnight, the [[O BC Wildfire Service]] said. Crews were trying to keep it from reaching the suburbs of [[L Barnhartvale]] and [[L Juniper Ridge]], where about 40 houses were destroyed in a fire in 2021.

The [[O Thompson-Nicola Regional District]] issued the orders, and [[O Tk'emlúps te Secwépemc]], a First Nation whose reserve lies north of the river, told residents of its lands near [[L Paul Lake]] to leave. Evacuees were told to register at the [[L Sandman Centre]] in downtown [[L Kamloops]].

Fire information officer [[P Karley Desrosiers-Hunt]] said the fire had "jumped the river in two places" and that 160 firefighters and 11 helicopters were working on it. Firefighters from [[L Australia]] and [[L Mexico]] arrived on Thursday.

[[O Canadian National Railway]] stopped trains on its line along the river, and the [[L Trans-Canada Highway]] was closed east of [[L Kamloops]]. [[O BC Hydro]] said about 6,000 homes had no power.

Premier [[P Rachel Ostrowski]] said the province had asked [[O/L Ottawa]] for help from the [[O Canadian Armed Forces]]. Prime Minister [[P Mark Carney]] said soldiers from [[L CFB Edmonton]] would be sent on Saturday.

Smoke from the fire reached [[L Calgary]] and [[L Edmonton]] in neighbouring [[L Alberta]], where [[O Environment Canada]] issued air quality warnings.

[[P Amrit Sandhu]], who runs a fruit farm near [[L Monte Creek]], said he had left with his family and two dogs. "We could see the flames from the orchard. You don't argue with that," he told [[O CBC News]].

More than 1,200 wildfires have burned in [[L British Columbia]] this year, the most since 2023.

The fire is burning in grassland and pine forest in the hills east of the city, an area in drought since the spring. Forecasters expect the wind to ease on Sunday. The [[O City of Kamloops]] said drinking water was safe but asked residents to use less so that firefighters had enough.

Sources

"[[L Ross Moore Lake]] wildfire forces 9,000 from homes" — [[O CBC News]], August 14, 2026
"[[L Kamloops]] fire jumps river" — [[O Kamloops This Week]], August 15, 2026`,
  },
  {
    name: 'us state alaska ballot measure',
    text: `[[L Alaska]] voters keep ranked-choice voting by a few hundred votes

[[L ANCHORAGE]], [[L Alaska]] — Alaskans narrowly rejected a measure to repeal ranked-choice voting and open primaries, the [[O Alaska Division of Elections]] said on Wednesday, after counting the last absentee ballots from rural villages.

[[X Ballot Measure 2]] failed by 743 votes out of about 321,000 cast, a margin of 0.23 percentage points. The repeal would have brought back party primaries and ended the system that voters adopted in 2020.

The campaign against repeal, [[O Alaskans for Better Elections]], raised $14 million, most of it from outside the state, according to the [[O Alaska Public Offices Commission]]. Its largest donor was [[O Unite America]], a group based in [[L Denver]]. The repeal campaign, [[O No on Ranked Choice]], raised about $2.5 million and was backed by former Gov. [[P Sean Garrity]] and by [[O Alaska Republican Party]] leaders.

The measure passed in the [[L Matanuska-Susitna Borough]] and in [[L Fairbanks]], but lost in [[L Anchorage]], [[L Juneau]] and in most villages in the [[L Yukon-Kuskokwim Delta]], where turnout was higher than in 2020.

[[P Kay Nanuq-Ellis]], who led the campaign against repeal in [[L Bethel]], said rural voters wanted to keep choosing candidates from any party. "Out here people vote for the person, not the party," she said.

State Sen. [[P Mike Tolliver]], a Republican from [[L Wasilla]], said he would ask for a recount. Under state law, the state pays for a recount if the margin is less than 0.5 percentage points. The [[O Division of Elections]] director, [[P Carol Bexley]], said a recount would take about two weeks.

The system elected Democrat [[P Mary Peltola]] to the [[O U.S. House]] in 2022 after the death of Rep. [[P Don Young]], and helped Republican Sen. [[P Lisa Murkowski]] keep her seat the same year.

Outside groups also spent heavily on races for the [[O Alaska Legislature]] on the same ballot. The bipartisan coalition that controls the [[O Alaska Senate]] kept its majority, and a question on calling a constitutional convention, [[X Ballot Measure 1]], failed by a wide margin.

Lawyers for both campaigns have already filed papers with the [[O Alaska Superior Court]] in [[L Anchorage]] over 212 ballots from [[L Nome]] that arrived after the deadline.`,
  },
  {
    name: 'wikinews south africa court afrikaans particles',
    text: `South African court orders [[O Eskom]] to stop power cuts at hospitals

Tuesday, June 2, 2026

The [[O Constitutional Court of South Africa]] ruled on Monday that state power utility [[O Eskom]] must keep electricity flowing to public hospitals, schools and police stations during power cuts, upholding an order of the [[O High Court]] in [[L Pretoria]].

The case was brought by the [[O United Democratic Movement]] and a group of civil society organisations after several hospitals in the [[L Eastern Cape]] lost power during operations in 2023. The court ruled 8–1 that the government had a duty to protect the right to health care.

Justice [[P Mbuyiseli Khumalo]] wrote for the majority that the state "cannot switch off the constitution when it switches off the lights". Justice [[P Johan van der Merwe]] dissented, writing that the order was too broad to be carried out.

[[O Eskom]] said it would comply but warned that separating the supply of thousands of buildings from their neighbourhoods would cost about 24 billion rand ($1.3 billion). Its chief executive, [[P Dan Mothibe]], said most of the work would be done by 2028.

Electricity Minister [[P Kgosientsho Mabuza]] welcomed the ruling. "Our hospitals should never have been in the dark," he said in [[L Cape Town]].

Lawyer [[P Annelie du Plessis]] of the [[O Legal Resources Centre]] said the judgement would help families who lost relatives in hospitals during power cuts to sue for damages. One of them, [[P Thandi Mokoena-de Klerk]] from [[L Gqeberha]], said her father had died when a ventilator stopped at [[L Dora Nginza Hospital]] in 2023. "Today the court said his life mattered," she said.

Power cuts, known locally as load shedding, were at their worst in 2023, when homes went without power for up to twelve hours a day. They have been rare since [[O Eskom]] repaired units at the [[L Kusile]] and [[L Medupi]] power stations.

The [[O Democratic Alliance]], the second-largest party in the government of national unity, said it wanted a law to make the order permanent.

Sources

"[[O ConCourt]] rules [[O Eskom]] must keep hospitals powered" — [[O News24]], June 1, 2026
"[[O Eskom]] says hospital ruling will cost R24bn" — [[O Business Day]], June 1, 2026`,
  },
  {
    name: 'sport mlb city clubs',
    text: `[[O Toronto]] beat [[O Seattle]] in Game 7 to reach [[X World Series]]

[[L TORONTO]] ([[O AP]]) — [[P Marcus Ellery]] hit a three-run homer in the seventh inning and the [[O Toronto Blue Jays]] beat the [[O Seattle Mariners]] 4-3 in Game 7 of the [[X American League Championship Series]] on Monday night, sending [[O Toronto]] to the [[X World Series]] for the first time since 1993.

[[O Toronto]] will open the series against the [[O Los Angeles Dodgers]] at [[L Rogers Centre]] on Friday.

[[O Seattle]] led 3-1 after [[P Trey Hollins]] hit his fourth homer of the series in the sixth. But reliever [[P Eduardo Baptista]] walked two batters in the seventh, and [[P Ellery]] sent a 2-2 pitch into the left-field seats.

"I've waited my whole career for a night like this," said [[P Ellery]], who won the [[X World Series]] with [[O Houston]] in 2017. [[O Blue Jays]] closer [[P Jeff Kowalczyk]] struck out the side in the ninth.

The [[O Mariners]] have never played in the [[X World Series]]. Manager [[P Dan Whitlock]] said his team had "given [[L Seattle]] a month it will remember". They had won Games 3, 4 and 5 at [[L T-Mobile Park]] before losing twice in [[L Toronto]].

[[O Toronto]] manager [[P John Sorensen]] started [[P Kevin Marchand]] on three days' rest. He allowed two runs in five innings. [[O Seattle]] starter [[P Bryce Kirby-Nolan]] lasted only four innings after giving up a run in the first.

Tickets for Game 1 sold out within 20 minutes on [[O Ticketmaster]], the club said. [[O Rogers Communications]], which owns the [[O Blue Jays]] and the ballpark, said it would show the games free on its [[O Sportsnet]] channels.

More than 44,000 fans were at [[L Rogers Centre]], and thousands more watched on screens outside at [[L Maple Leaf Square]]. Prime Minister [[P Mark Carney]] wrote on [[X X]] that the team had "made a whole country proud".

The [[O Dodgers]] beat the [[O Milwaukee Brewers]] in four games in the [[X National League Championship Series]]. Game 2 is Saturday in [[L Toronto]] before the series moves to [[L Los Angeles]] for three games.`,
  },
];
