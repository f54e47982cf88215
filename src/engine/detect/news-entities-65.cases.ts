/**
 * Blind entity batches 65-67 (helper ents32a, 4 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 67 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_22 are made from batches 65 and 66 only, and batch 67's errors are never printed
 * or read (only its totals, `npx tsx scripts/eval/news-entities.ts --quiet "batch 67"`). They vary
 * what batches 1-64 had: regional papers from Southeast and Central Asia, the Caribbean, the Nordic
 * countries, Iberia, Canada and India; a long obituary with many people named once; business pages
 * (a merger, a bankruptcy, a listing); courts; an election with many parties; a storm and a
 * landslide; culture (a music season, a literary prize, a film); a rocket launch; sport in several
 * codes (Caribbean T20 cricket, ice hockey with clubs named by their cities alone, road cycling with
 * sponsor-named teams, rugby league, basketball); a live page with time stamps. The hard cases:
 * clubs named only by their city ("Winnipeg beat Calgary"), teams named after sponsors, firms named
 * after places or founders, places named after people (a space centre, a cricket academy),
 * patronymics (-uly, -kyzy, -dóttir), Spanish double surnames, Finnish and Swedish particles ("af",
 * "von"), initials, parties by acronym. Storms, rockets, satellites, prizes, festivals, albums,
 * films, ships, tickers, indices, laws and competitions are none.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_65: EntityCase[] = [
  {
    name: 'philippine regional paper typhoon in cebu with a weather agency and a disaster council by acronym provinces towns a storm by local and international name as none a governor and a power cooperative',
    text: `Typhoon kills 23 in [[L Cebu]] as floods sweep mountain towns

[[L CEBU CITY]] — At least 23 people were killed and more than 80,000 fled their homes after [[X Typhoon Pepito]] crossed central [[L Cebu]] on Wednesday night, the provincial disaster office said on Thursday.

The state weather bureau [[O PAGASA]] said the storm, known internationally as [[X Man-yi]], brought 310 millimetres of rain in 12 hours to the hills above [[L Talisay]] and [[L Minglanilla]]. Most of the dead were in the mountain barangays of [[L Balamban]], where a river swept away two bridges.

Governor [[P Gwendolyn Lim-Escario]] declared a state of calamity and asked the [[O National Disaster Risk Reduction and Management Council]] ([[O NDRRMC]]) for rice and water. "We had three days of warnings and still the water was faster," she said at the [[L Cebu Provincial Capitol]].

The [[O Visayan Electric Company]] said 60% of its customers in [[L Mandaue]] and [[L Lapu-Lapu]] were without power. The [[O Philippine Coast Guard]] suspended all sailings to [[L Bohol]] and [[L Leyte]].

[[P Rolando dela Cruz Abellana]], 58, a fisherman from [[L Carcar]], said his family spent the night on the roof of a chapel. "My boat is somewhere in [[L Mactan]] now," he said.

The [[O Department of Social Welfare and Development]] said it had sent 40,000 food packs from [[L Manila]].`,
  },
  {
    name: 'kazakh business page merger of two banks named after a city and a founder with kazakh patronymics an exchange a regulator by acronym a sovereign fund tickers as none and a law firm',
    text: `[[O Halyk-Turan]] and [[O Zhetysu Bank]] agree merger to create [[L Kazakhstan]]'s No. 2 lender

[[L ASTANA]] — [[O Zhetysu Bank]], named after the south-eastern region where it was founded in 1994, agreed on Monday to merge with [[O Halyk-Turan Finance]] in a share swap that values the combined lender at about $4.1 billion.

The deal needs approval from the [[O Agency for Regulation and Development of the Financial Market]] ([[O ARDFM]]), which said it would rule within 90 days. Shares in [[O Zhetysu Bank]] ([[X ZHBN.KZ]]) rose 11% on the [[O Kazakhstan Stock Exchange]] in [[L Almaty]].

Chairman [[P Yerlan Nurlanuly Sadykov]] will run the new bank. "Two regional banks become one national bank, with branches from [[L Aktau]] to [[L Ust-Kamenogorsk]]," he said.

[[P Aigerim Bolatkyzy]], an analyst at [[O Freedom Finance]], said the state fund [[O Samruk-Kazyna]] might sell its 9% stake in [[O Halyk-Turan]] after the deal. The fund declined to comment.

The merger was advised by the law firm [[O Dentons Kazakhstan]] and by [[O Tengri Capital]], a boutique based in the [[O/L Astana International Financial Centre]] ([[O/L AIFC]]). Finance Minister [[P Madina Zhumabekova]] called the deal "a sign that our banks can grow without help".`,
  },
  {
    name: 'trinidad paper caribbean t20 cricket with franchise teams named after islands a ground named after a place and an academy named after a player a hyphenated surname and a governing body by acronym',
    text: `[[O Knight Riders]] crush [[O Royals]] to top [[X CPL]] table

[[L PORT OF SPAIN]] — [[O Trinbago Knight Riders]] beat [[O Barbados Royals]] by 58 runs at the [[L Queen's Park Oval]] on Saturday night to go top of the [[X Caribbean Premier League]] with two games left.

Opener [[P Keron Baptiste-Mohammed]] hit 84 from 49 balls, and leg-spinner [[P Akeal Ramnarine]] took four wickets for 17 as the visitors were bowled out for 121 in the 17th over.

"On a slow pitch you have to trust your legs and run," said [[P Baptiste-Mohammed]], who learned the game at the [[L Brian Lara Cricket Academy]] in [[L Tarouba]].

[[O Royals]] captain [[P Shamarh Greaves]] said his side had "batted like tourists". They meet the [[O Guyana Amazon Warriors]] at [[L Providence Stadium]] on Tuesday.

In [[L Basseterre]], the [[O St Kitts and Nevis Patriots]] lost again, this time to the [[O Saint Lucia Kings]] by six wickets. [[O Cricket West Indies]] ([[O CWI]]) said the final would be held in [[L Trinidad]] for the third year running.

The [[O Trinidad and Tobago Meteorological Service]] has forecast rain for Monday.`,
  },
  {
    name: 'finnish business page shipyard bankruptcy in turku with finnish and finland-swedish names with af and von a shipyard named after its city a cruise line a ship as none a union a ministry a court and a state investor',
    text: `[[L Rauma]] shipyard files for bankruptcy, leaving 1,900 jobs in doubt

[[L HELSINKI]] — [[O Rauma Marine Yards]], the smaller of [[L Finland]]'s two big shipbuilders, filed for bankruptcy at the [[O Satakunta District Court]] on Friday after a German cruise line cancelled an order for two ferries.

The company, named after the west-coast town where it builds ships, had been due to deliver the ferry [[X Aurora Borealis]] to [[O Ostsee Linien]] of [[L Rostock]] next spring. Chief executive [[P Jukka-Pekka Heinonen]] said talks with buyers had failed on Thursday night.

[[P Carl-Johan af Hällström]], the administrator named by the court, said he would try to keep the yard working while he sought a buyer. "A yard without a ship on the slip is only a field of steel," he said.

The state investor [[O Tesi]], which owns 32% of the yard, said it would not add money. Economy Minister [[P Anna-Kaisa von Essen]] said the government would help the workers find jobs at [[O Meyer Turku]], the larger yard 90 kilometres to the south.

[[P Riikka Mäkelä]], who leads the [[O Industrial Union]] branch in [[L Rauma]], said many subcontractors in [[L Satakunta]] would go under too. The [[O Bank of Finland]] said the shipyard's debts were about 310 million euros.`,
  },
  {
    name: 'indian regional paper obituary of a carnatic singer with many people named once initials and dotted names an academy a sabha a university a record label an award and an album as none and a hospital',
    text: `[[P T. K. Rajalakshmi]], voice of the December season, dies at 91

[[L CHENNAI]] — [[P T. K. Rajalakshmi]], the Carnatic singer whose concerts at the [[O Music Academy]] filled the hall for five decades, died on Sunday at [[L Kauvery Hospital]] in [[L Alwarpet]]. She was 91.

Born in [[L Thanjavur]] in 1935, she learned first from her uncle, [[P K. Venkatarama Iyer]], and later from the violinist [[P Lalgudi S. Narayanan]]. She gave her first public concert at 14 at the [[O Mylapore Fine Arts Club]].

Her recordings for [[O HMV]] in the 1960s, above all the album [[X Thyagaraja Pancharatnam]], made her name outside [[L Tamil Nadu]]. She was awarded the [[X Sangita Kalanidhi]] in 1987 and the [[X Padma Bhushan]] in 2004.

For twenty years she taught at [[O Kalakshetra]] and at the [[O University of Madras]], where her students included the singers [[P Bombay Jayashri Raman]] and [[P Sowmya Venkatesan]]. "She corrected a note with one raised eyebrow," [[P Venkatesan]] said.

The mridangam player [[P Umayalpuram R. Sivaraman]], who accompanied her for 40 years, called her "the last of the old school". Chief Minister [[P M. K. Stalinraj]] placed a wreath at her home in [[L Mylapore]].

She is survived by a son, [[P Krishnan Rajagopal]], and two grandchildren. The cremation will take place at [[L Besant Nagar]] on Monday.`,
  },
  {
    name: 'canadian paper ice hockey with clubs named by their cities alone full names nicknames an arena named after a company a league and a players union a french-canadian hyphenated name and a broadcaster',
    text: `[[O Winnipeg]] rally past [[O Calgary]] in overtime

[[L WINNIPEG]] — [[P Marc-André Thibodeau]] scored 1:42 into overtime and the [[O Winnipeg Jets]] came back from two goals down to beat the [[O Calgary Flames]] 4-3 on Tuesday night.

[[P Thibodeau]] took a pass from [[P Nikolaj Ehlers-Lund]] at the blue line and beat goalie [[P Dustin Wolfe]] high on the glove side. It was his third winner of the season.

[[O Calgary]] led 3-1 after two periods on goals by [[P Jonathan Huberdeau-Roy]], [[P Rasmus Andersson]] and [[P Connor Zary]]. [[O Winnipeg]] answered twice in the third, [[P Kyle Connorsen]] tying it with 48 seconds left and the goalie pulled.

"We just kept throwing pucks at the net," [[O Jets]] coach [[P Scott Arniel]] said. The crowd of 15,225 at [[L Canada Life Centre]] stayed on their feet through the final minute.

The [[O Flames]] have lost five straight on the road. They play [[O Edmonton]] at [[L Rogers Place]] on Saturday in the first of two games in the [[X Battle of Alberta]] this month.

The [[O National Hockey League]] said it was reviewing a hit by [[O Calgary]] forward [[P Blake Coleman-Hart]] that left [[P Ehlers-Lund]] bleeding. The [[O NHL Players' Association]] declined to comment. The game was shown on [[O Sportsnet]].`,
  },
];

export const BATCH_66: EntityCase[] = [
  {
    name: 'spanish regional election in andalusia with many parties by name and acronym spanish double surnames a regional government a parliament a palace and towns',
    text: `[[O PP]] keeps majority in [[L Andalusia]] as [[O Vox]] slips

[[L SEVILLE]] — The conservative [[O Partido Popular]] ([[O PP]]) held its absolute majority in the [[O Parliament of Andalusia]] on Sunday, winning 56 of 109 seats, while the far-right [[O Vox]] fell from 14 seats to nine.

Regional president [[P Juan Manuel Morales Bonilla]] told supporters outside the party's offices in [[L Seville]] that voters had chosen "stability over noise". The [[O Spanish Socialist Workers' Party]] ([[O PSOE]]), led in the region by [[P María Jesús Montoro Cuadrado]], won 28 seats, its worst result in [[L Andalusia]].

The left-wing alliance [[O Por Andalucía]] won six seats and [[O Adelante Andalucía]], led by [[P José Ignacio García Sánchez]], won four. Turnout was 58%.

[[O Vox]] candidate [[P Manuel Gaviria Florentino]] blamed the [[O Junta de Andalucía]] for "buying" votes with farm subsidies in [[L Almería]] and [[L Huelva]]. He won a seat in [[L Jaén]].

Political scientist [[P Carmen Ortiz de Zárate]] of the [[O University of Granada]] said the result would strengthen [[P Alberto Núñez Ferreiro]] in [[L Madrid]]. The new parliament meets at the [[L Hospital de las Cinco Llagas]] on July 10.`,
  },
  {
    name: 'cycling grand tour stage with sponsor-named teams a mountain finish a portuguese and a colombian rider an organiser and a governing body by acronym a race and a jersey as none',
    text: `[[P Almeida]] wins on [[L Angliru]] as [[P Rodríguez]] keeps red jersey

[[L CANGAS DEL NARCEA]], [[L Spain]] — [[P João Almeida]] of [[O UAE Team Emirates]] won the 15th stage of the [[X Vuelta a España]] on Sunday, attacking 3 kilometres from the top of the [[L Alto de l'Angliru]] to finish 28 seconds ahead of the favourites.

Colombian [[P Santiago Buitrago Sánchez]] of [[O Bahrain Victorious]] was second. Race leader [[P Carlos Rodríguez Cano]] of [[O Ineos Grenadiers]] finished fifth and kept the red jersey by 41 seconds over [[P Almeida]].

"I saw the steep part and thought of my father," [[P Almeida]], from [[L Caldas da Rainha]] in [[L Portugal]], said. His team-mate [[P Jay Vine-Coleman]] paced him for most of the climb.

[[O Movistar]] rider [[P Enric Mas Nicolau]] lost almost two minutes and said his legs were "empty". [[O Visma-Lease a Bike]] pulled its Danish leader, [[P Jonas Vingegaard-Hansen]], before the start with a fever.

The organiser, [[O Unipublic]], said 80,000 fans lined the climb above [[L Riosa]] in [[L Asturias]]. The [[O Union Cycliste Internationale]] ([[O UCI]]) fined two teams for feeding riders in the last 20 kilometres. Monday is a rest day in [[L Oviedo]].`,
  },
  {
    name: 'indian space launch from a centre named after a person with a space agency by acronym a rocket and satellites as none a minister a university a private start-up a us agency and a state',
    text: `[[O ISRO]] puts three weather satellites into orbit

[[L SRIHARIKOTA]] — The [[O Indian Space Research Organisation]] ([[O ISRO]]) on Friday launched three weather satellites on a single rocket from the [[L Satish Dhawan Space Centre]] on the coast of [[L Andhra Pradesh]].

The [[X PSLV-C62]] rocket lifted off at 10:17 a.m. and placed the satellites, [[X Oceansat-4]], [[X INS-3A]] and [[X INS-3B]], into a polar orbit 18 minutes later, mission director [[P S. R. Biju]] said.

"The three will watch the monsoon from the [[L Bay of Bengal]] to the [[L Arabian Sea]]," [[O ISRO]] chairman [[P V. Narayanan Pillai]] said at the mission control centre. The data will be shared with the [[O India Meteorological Department]] within weeks.

One of the small satellites was built by [[O Pixxel]], a start-up based in [[L Bengaluru]], with students from the [[O Indian Institute of Space Science and Technology]] in [[L Thiruvananthapuram]]. Its co-founder, [[P Awais Ahmed Nadeem]], watched from the viewing gallery.

Minister of State [[P Jitendra Prasad Singh]] said [[L India]] would launch 12 more missions by March. The [[O National Oceanic and Atmospheric Administration]] of the [[L United States]] has agreed to use the ocean data.`,
  },
  {
    name: 'norwegian live page on a storm with time stamps a weather institute a water agency a grid operator and a coastal ferry company a ship and the storm as none towns and a rail operator',
    text: `Storm [[X Ingrid]] hits western [[L Norway]]: live

Updated 14:55

14:55 — The [[O Norwegian Meteorological Institute]] has raised its warning for [[L Møre og Romsdal]] to red. Gusts of 47 metres a second were measured at [[L Svinøy]] lighthouse.

14:30 — [[O Statnett]], the grid operator, says 62,000 homes are without power, most of them around [[L Ålesund]] and [[L Molde]].

14:05 — The coastal ferry [[X MS Richard With]] is sheltering in [[L Kristiansund]], [[O Hurtigruten]] says. Its 310 passengers are safe.

13:40 — Police in [[L Sunnmøre]] have closed the [[L Eiksund Tunnel]] after a truck blew over at the entrance. No one was hurt, operations leader [[P Ingrid Sæther Vik]] told [[O NRK]].

13:15 — The [[O Norwegian Water Resources and Energy Directorate]] ([[O NVE]]) warns of landslides in [[L Romsdalen]] and along [[L Geirangerfjord]].

12:50 — [[O Vy]] has stopped all trains on the [[L Rauma Line]] between [[L Dombås]] and [[L Åndalsnes]]. Buses will replace them from tomorrow.

12:20 — Our reporter [[P Håkon Lie-Andersen]] is in [[L Ålesund]], where the harbour front is flooded. Mayor [[P Eva Vinje Aasen]] has asked residents to stay indoors until 22:00.`,
  },
  {
    name: 'jamaican court case on a lottery operator with a supreme court a regulator by acronym a firm named after its founder a minister a parish a law firm and a ticker as none',
    text: `Court lets [[O Supreme Ventures]] keep lottery licence

[[L KINGSTON]], [[L Jamaica]] — The [[O Supreme Court]] on Thursday quashed a decision by the [[O Betting, Gaming and Lotteries Commission]] ([[O BGLC]]) to suspend the licence of [[O Supreme Ventures Limited]], the island's largest lottery operator.

Justice [[P Sonia Bertram-Linton]] said the commission had not given the company a fair hearing before acting on complaints about unpaid prizes in [[L St Catherine]]. "A regulator may be strict; it may not be hasty," she wrote.

The commission's chairman, [[P Dennis Chung McFarlane]], said it would study the judgment. Finance Minister [[P Fayval Wilkins-Grant]] said the government would not appeal.

[[O Supreme Ventures]], whose shares trade on the [[O Jamaica Stock Exchange]] as [[X SVL]], was represented by [[O Hart Muirhead Fatta]]. A rival, [[O Mahoe Gaming]], named after its founder [[P Peter Mahoe]], had asked the commission to give the licence to another firm.

[[P Winston Grant]], who sells tickets from a kiosk in [[L Half Way Tree]], said sales had fallen by half during the suspension. The case was first reported by [[O The Gleaner]].`,
  },
  {
    name: 'australian regional paper rugby league with clubs named after cities and animals a stadium named after a company a ground named after a suburb a governing body state of origin as none and fijian and tongan names',
    text: `[[O Storm]] edge [[O Panthers]] in grand final rematch

[[L MELBOURNE]] — [[O Melbourne Storm]] beat the [[O Penrith Panthers]] 18-16 at [[L AAMI Park]] on Thursday night in a rematch of last year's grand final, with a field goal from halfback [[P Jahrome Hughes-Taylor]] seven minutes from time.

Winger [[P Xavier Coates]] scored two tries for the [[O Storm]], and Fijian centre [[P Semisi Naivalu]] crossed for the third. [[O Penrith]] led 16-12 at half-time after tries to [[P Brian To'o]] and [[P Taylan May]].

"We don't get many games like that outside of September," [[O Storm]] coach [[P Craig Bellamy-Ross]] said.

[[O Penrith]] lost prop [[P Moses Leota]] to a knee injury, and the [[O National Rugby League]] ([[O NRL]]) will review a shoulder charge by Tongan forward [[P Tevita Fifita-Tuipulotu]]. The [[O Panthers]] host the [[O Brisbane Broncos]] at [[L BlueBet Stadium]] next Friday.

Elsewhere, [[O Canterbury-Bankstown]] beat the [[O North Queensland Cowboys]] 30-6 at [[L Belmore Sports Ground]]. Several players are expected to be named for [[X State of Origin]] on Monday. The match was broadcast on [[O Fox League]].`,
  },
];

export const BATCH_67: EntityCase[] = [
  {
    name: 'euroleague basketball in kaunas with a club named after its city full and short an arena a spanish club lithuanian names a governing body and a competition as none',
    text: `[[O Žalgiris]] stun [[O Real Madrid]] in [[L Kaunas]]

[[L KAUNAS]], [[L Lithuania]] — [[P Lukas Lekavičius]] scored 23 points and [[O Žalgiris Kaunas]] beat [[O Real Madrid]] 84-79 in the [[X EuroLeague]] on Thursday, ending the Spanish club's seven-game winning run.

[[P Lekavičius]] hit three three-pointers in the last four minutes as 15,400 fans at the [[L Žalgiris Arena]] chanted his name. Centre [[P Laurynas Birutis-Kazlauskas]] added 14 points and 11 rebounds.

[[O Real]] were led by [[P Facundo Campazzo]], who scored 19, and [[P Walter Tavares]]. Coach [[P Chus Mateo Núñez]] said his players "lost the fight for the ball, not the game of basketball".

[[O Žalgiris]] coach [[P Andrea Trinchieri]] said the club, owned in part by its fans through the [[O Žalgiris Fan Association]], could not match the budgets of [[O Fenerbahçe]] or [[O Panathinaikos]]. "We have a heart and a city," he said.

The [[O Lithuanian Basketball Federation]] said the national team coach, [[P Rimas Kurtinaitis]], was in the crowd. [[O Euroleague Basketball]] fined [[O Real Madrid]] 5,000 euros for a late arrival on court. The match was shown on [[O LRT]].`,
  },
  {
    name: 'canadian business page quebec grocery takeover with a montreal-based modifier french-canadian particles a pension fund by acronym a competition bureau tickers as none and a union',
    text: `[[O Metro]] to buy [[O Marché Beauchemin]] in $1.9-billion deal

[[L MONTREAL]] — [[O Metro Inc.]] agreed on Wednesday to buy [[O Marché Beauchemin]], a family-owned chain of 112 grocery stores in [[L Quebec]] and eastern [[L Ontario]], for $1.9 billion, the largest deal in Canadian food retail in a decade.

The chain is named after its founder, [[P Rosaire Beauchemin]], who opened his first store in [[L Trois-Rivières]] in 1952. His granddaughter, [[P Marie-Ève Beauchemin-Gagnon]], will join [[O Metro]]'s board.

The [[O Caisse de dépôt et placement du Québec]] ([[O CDPQ]]), which owns 20% of the chain, will take [[O Metro]] shares for its stake. Shares in [[L Montreal]]-based [[O Metro]] ([[X MRU.TO]]) rose 4% on the [[O Toronto Stock Exchange]].

The [[O Competition Bureau]] said it would review the deal. [[P Jean-François de Grandpré]], an analyst at [[O Desjardins Securities]], said [[O Metro]] would have to sell stores in [[L Gatineau]] and [[L Sherbrooke]].

The [[O United Food and Commercial Workers]] union said its 6,000 members at [[O Beauchemin]] wanted their contracts honoured. Chief executive [[P Éric La Flèche]] promised no store would close in the first two years.`,
  },
  {
    name: 'indian regional paper high court bench on an exam scam with a central investigation agency by acronym a state board a university a minister names with initials and a city bench',
    text: `[[O High Court]] orders [[O CBI]] probe into nursing exam leak

[[L JABALPUR]] — The [[O Madhya Pradesh High Court]] on Tuesday ordered the [[O Central Bureau of Investigation]] ([[O CBI]]) to take over the inquiry into the leak of a state nursing entrance exam taken by 1.4 lakh students.

A bench of Chief Justice [[P Suresh K. Kait]] and Justice [[P Vivek Jain Shrivastava]] said the state police had "moved slowly where speed was owed". The paper was leaked on a messaging app hours before the test, the court was told.

The [[O Madhya Pradesh Employees Selection Board]] said it would hold the exam again in March. Its chairman, [[P R. K. Malviya]], resigned last week.

Petitioner [[P Anjali Thakur]], a student from [[L Gwalior]], said she had studied for two years. Her lawyer, [[P Amit Seth Chourasia]], told the court that printing presses in [[L Indore]] and [[L Bhopal]] had been searched.

Medical Education Minister [[P Vishwas Sarang Patel]] said the state would cooperate. [[O Devi Ahilya Vishwavidyalaya]] in [[L Indore]] said two of its staff had been suspended. The opposition [[O Indian National Congress]] staged a protest outside the [[L Vallabh Bhavan]] secretariat in [[L Bhopal]].`,
  },
  {
    name: 'icelandic culture page on a nordic literary prize with -dottir and -son names a publisher a council a concert hall a prize and novels as none and a university',
    text: `Icelandic novelist wins [[X Nordic Council Literature Prize]]

[[L REYKJAVÍK]] — [[P Auður Ýr Sigurðardóttir]] has won the [[X Nordic Council Literature Prize]] for [[X The Glacier Children]], a novel about three generations of a family on a farm beneath [[L Vatnajökull]].

The prize of 300,000 Danish kroner was presented at a ceremony in [[L Harpa]] on Tuesday evening by the president of the [[O Nordic Council]], [[P Bertel Haarder-Nielsen]].

[[P Sigurðardóttir]], 44, grew up in [[L Höfn]] and studied literature at the [[O University of Iceland]]. Her publisher, [[O Forlagið]], said the novel had sold 18,000 copies in [[L Iceland]], one for every twenty people.

"I wrote about the ice because it is leaving, and the people who farmed beside it are leaving too," she said.

The jury chair, [[P Jón Kalman Stefánsson]], called the book "patient and fierce". Other finalists included the Finnish poet [[P Henriikka Tavi-Laine]] and the Faroese novelist [[P Rakel Helmsdal]].

Culture Minister [[P Lilja Dögg Alfreðsdóttir]] said [[O Icelandic Literature Center]] funds would pay for translations into eight languages. The [[O Swedish Academy]] member [[P Anders Olsson]] was among the guests.`,
  },
  {
    name: 'uzbek business page a cotton textile listing with uzbek names a cluster firm named after its region a stock exchange a ministry a development bank and a labour group',
    text: `[[L Uzbekistan]]'s [[O Fergana Textile Cluster]] lists in [[L Tashkent]]

[[L TASHKENT]] — [[O Fergana Textile Cluster]], a cotton and yarn maker named after the eastern valley where it grows and spins its cotton, sold 15% of its shares on the [[O Tashkent Stock Exchange]] on Monday in the country's largest listing.

The company raised 640 billion soums, about $50 million. Its founder, [[P Dilshod Rakhimovich Yuldashev]], kept 62%, while the [[O Uzbekistan Fund for Reconstruction and Development]] took 10%.

[[P Yuldashev]] said the money would pay for a dyeing plant in [[L Kokand]] and a spinning mill near [[L Margilan]]. The cluster employs 11,000 people in [[L Fergana]] region.

The [[O Ministry of Economy and Finance]] said five more state firms would list by next year. The [[O European Bank for Reconstruction and Development]] ([[O EBRD]]), which lent the company $35 million last year, called the listing "a first test".

The [[O Cotton Campaign]], a coalition of labour groups, said it had found no forced labour at the cluster's farms this season. [[P Umida Niyazova Karimova]], its researcher in [[L Samarkand]], said pay was still late in places.`,
  },
  {
    name: 'nepali election with many parties by full name and acronym provincial names a commission a hill district a valley and nepali names',
    text: `[[O Nepali Congress]] leads in [[L Koshi]] province count

[[L KATHMANDU]] — The [[O Nepali Congress]] was leading in 21 of 56 seats in the [[L Koshi]] provincial assembly on Thursday as counting went on, with the [[O Communist Party of Nepal (Unified Marxist–Leninist)]] close behind, the [[O Election Commission]] said.

The [[O Rastriya Swatantra Party]] ([[O RSP]]), founded three years ago by the former television host [[P Rabi Lamichhane]], was ahead in six seats, most of them in the plains around [[L Biratnagar]]. The [[O CPN-UML]] leader in the province, [[P Hikmat Kumar Karki]], said the result showed voters "want both old and new".

The [[O Communist Party of Nepal (Maoist Centre)]] was ahead in only two seats, both in [[L Khotang]]. The royalist [[O Rastriya Prajatantra Party]] ([[O RPP]]) won its first seat in [[L Jhapa]].

Chief Election Commissioner [[P Dinesh Kumar Thapaliya]] said turnout was 66%. Ballots from remote villages in [[L Taplejung]] were flown to [[L Dhankuta]] by army helicopter.

[[P Sushila Rai-Limbu]], a voter in [[L Ilam]], said she had voted for the first time for an independent. In [[L Kathmandu]], [[O Prime Minister's Office]] staff said the federal coalition would not be affected.`,
  },
];
