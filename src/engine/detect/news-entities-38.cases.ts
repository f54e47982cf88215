/**
 * Blind entity batches 38-40 (helper ents22a, 3 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 40 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_13 are made from batches 38 and 39 only, and batch 40's errors are never printed
 * or read (only its totals, `npx tsx scripts/eval/news-entities.ts --quiet "batch 40"`). They go
 * where batches 1-37 had not been: Tanzania and Lake Victoria, Denmark's Jutland, the Canadian
 * Football League, Vermont, New Zealand's Taranaki, Japanese baseball, Namibia's Khomas Highland,
 * the Czech car industry and Croatian football. Teams named after provinces and cities beside the
 * same names as places (Saskatchewan, Winnipeg, Hamilton) and after the firms that own them
 * (Yakult, SoftBank) beside those firms, firms named after their founders (Bang & Olufsen, Laurin
 * & Klement, Škoda) and after a hymn or a mountain range, a person named like a neighbouring town
 * (Berlin), multi-word places with Old, Upper, New, North and South, districts and market
 * quarters, venues named after firms and people, Afrikaans and Māori particles (van, Te), a group
 * named with a demonym (Kiwis Against Seabed Mining), caps datelines that are also team names, and
 * trains, ferries, dredgers, televisions, speakers, drinks, car models, telescopes, star clusters,
 * laws, trophies, tickers and competitions as none.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_38: EntityCase[] = [
  {
    name: 'wikinews tanzania electric railway reaches lake victoria with trains and a ferry',
    text: `[[L Tanzania]] opens electric railway to [[L Lake Victoria]] port of [[L Mwanza]]

Thursday, April 16, 2026

[[L Tanzania]] on Wednesday opened the last section of its electric railway from [[L Dar es Salaam]] to [[L Mwanza]], a 1,219-kilometre line that the government says will cut the journey from the coast to [[L Lake Victoria]] from two days to eleven hours.

President [[P Samia Suluhu Hassan]] rode the first passenger train from [[L Dodoma]], the capital, and was met by crowds at the new station in the [[L Nyamagana]] district of [[L Mwanza]]. The [[O Tanzania Railways Corporation]] ([[O TRC]]) said its [[X Kilimanjaro]] and [[X Serengeti]] electric trains, built by [[O Hyundai Rotem]] in [[L South Korea]], would run twice a day in each direction.

Most of the line was built by the Turkish contractor [[O Yapı Merkezi]], and its western sections by [[O China Civil Engineering Construction Corporation]]. It cost about $10 billion, much of it lent by the [[O Export Credit Bank of Turkey]] and by banks in [[L Europe]].

[[P Amina Mrisho Kalinga]], the corporation's director general, said freight trains would start in June, carrying copper from [[L Zambia]] and the [[L Democratic Republic of the Congo]] to the coast, and fuel to [[L Uganda]] across the lake. The [[O Tanzania Ports Authority]] has rebuilt the harbour at [[L Mwanza North]] for the new ferry [[X MV Mwanza]], which carries 1,200 passengers and 400 tonnes of cargo to [[L Bukoba]].

Traders in [[L Kariakoo]], the market quarter of [[L Dar es Salaam]], welcomed the line. "A container that took a week by lorry will take a day," said [[P Juma Athumani Mfinanga]], who sells rice from [[L Shinyanga]].

Not everyone gains. Coffee growers in [[L Old Moshi]], on the slopes of [[L Mount Kilimanjaro]], say the railway does not come near them, and the opposition party [[O Chadema]] said the loans would burden "our grandchildren". Its spokesman, [[P Zitto Mwakalinga]], said the party would ask the [[O Controller and Auditor General]] to publish the contracts.

The [[O African Development Bank]] said the line could one day join the railway that [[L Uganda]] plans from [[L Kampala]] to the border town of [[L Malaba]].

Sources

"Treni ya umeme yafika [[L Mwanza]]" — [[O Mwananchi]], April 15, 2026
"[[L Tanzania]] opens final leg of electric railway" — [[O The Citizen]], April 15, 2026`,
  },
  {
    name: 'reuters danish audio maker named after its founders caps dateline with products',
    text: `[[O Bang & Olufsen]] to stop making TVs in [[L Struer]], cut 350 jobs

[[L COPENHAGEN]], Feb 24 ([[O Reuters]]) - Danish luxury audio maker [[O Bang & Olufsen]] ([[X BO.CO]]) said on Tuesday it would stop making televisions at its home factory in [[L Struer]] and cut 350 jobs, after sales of its [[X Beovision]] sets fell for a third year.

The company, named after its founders [[P Peter Bang]] and [[P Svend Olufsen]], who built their first radio at a manor house near [[L Struer]] in 1925, will keep making speakers and headphones in the town. Television assembly will move to a contract maker in [[L Slovakia]].

Chief Executive [[P Mette Lykke Thorsen]] said demand for the [[X Beosound A9]] speaker and [[X Beoplay H95]] headphones had held up in [[L China]] and the [[L United States]], "but a 20,000-euro television is a hard sell when people watch films on their phones".

The cuts are the deepest in [[L Struer]], a town of 10,000 people on the [[L Limfjord]], since [[O Bang & Olufsen]] nearly ran out of cash in 2008. The town's mayor, [[P Mads Kirkegaard]], said he would ask the government in [[L Copenhagen]] for help to retrain workers. "[[O B&O]] is the reason half of this town came here," he said.

The union [[O Dansk Metal]] said it would negotiate severance terms. The largest shareholder, the family investment firm [[O Dalgaard & Winther]], said it backed the plan.

Other manufacturers in western [[L Jutland]] have also cut back. The wind turbine maker [[O Vestas]] ([[X VWS.CO]]) said in January it would close a blade plant in [[L Lem]], and the pump maker [[O Grundfos]] moved a production line from [[L Bjerringbro]] to [[L Hungary]] last year.

Shares in [[O Bang & Olufsen]] rose 3.4% in [[L Copenhagen]], where the [[X OMX Copenhagen 25]] index was flat. Analysts at [[O Danske Bank]] said the company should have left televisions "when the flat screen arrived".

(Reporting by [[P Louise Breusch Rasmussen]] and [[P Jacob Holm-Pedersen]]; Editing by [[P Tomasz Janowski]])`,
  },
  {
    name: 'sport cfl grey cup with teams named after provinces and cities under a caps dateline',
    text: `[[O Roughriders]] beat [[O Blue Bombers]] to win fifth [[X Grey Cup]]

[[L HAMILTON]], [[L Ontario]] ([[O CP]]) — [[P Trevor Malloy]] threw for 312 yards and two touchdowns, and the [[O Saskatchewan Roughriders]] beat the [[O Winnipeg Blue Bombers]] 27-20 on Sunday to win the [[X Grey Cup]] for the fifth time, before 25,000 fans at [[L Tim Hortons Field]].

[[O Saskatchewan]] trailed 17-13 at half-time, but running back [[P Kameron Ouellette]] scored from the 4-yard line early in the fourth quarter, and kicker [[P Brett Lauzon]] added two field goals. [[O Winnipeg]] quarterback [[P Zach Colliton]] was intercepted twice by [[P Jean-Luc de Villiers]], the defensive back from [[L Trois-Rivières]] who was named the game's most valuable player.

"This province has waited three years for this," [[O Riders]] coach [[P Colin MacKinnon]] said. In [[L Regina]], thousands of fans in green poured onto [[L Albert Street]] after the final whistle, and [[L Saskatchewan]] Premier [[P Scott Moe]] said he would hold a parade at the legislature on Tuesday.

[[O Winnipeg]], who lost the final for the third year in a row, had beaten the [[O BC Lions]] in the West final. "We got here, and that's not nothing," said [[P Colliton]], who was sacked four times.

The host city's team, the [[O Hamilton Tiger-Cats]], missed the playoffs, but [[L Hamilton]] sold out its hotels for the week. The [[O Canadian Football League]] ([[O CFL]]) said 3.4 million people watched on [[O TSN]] and [[O RDS]], the largest audience since 2022.

[[P De Villiers]] also received the [[X Dick Suderman Trophy]], named after a [[O Calgary]] defensive end of the 1970s, as the game's best Canadian player. His mother had travelled from [[L Quebec]] to see him play.

The [[O Toronto Argonauts]] and [[O Montreal Alouettes]], beaten in the East, will meet in the season opener in June at [[L BMO Field]] in [[L Toronto]]. Next year's [[X Grey Cup]] is to be played in [[L Winnipeg]], where the [[O Blue Bombers]] have not lost at home since August.`,
  },
];

export const BATCH_39: EntityCase[] = [
  {
    name: 'nyt style vermont flood buyouts with a person named like the next town and firms named after a hymn and a range',
    text: `In [[L Vermont]]'s Flood Towns, a Buyout Divides the Neighbors

[[L BARRE]], [[L Vt.]] — For the third summer in a row, [[L Gunners Brook]] came through [[P Dorothy Berlin]]'s kitchen. This time Ms. [[P Berlin]], 71, called the city.

"I have mopped this floor since 1979," she said on the porch of her house on [[L North Main Street]]. "I'm done mopping."

Ms. [[P Berlin]] is one of 140 homeowners in [[L Barre]] and the neighboring town of [[L Berlin]] who have asked to sell their houses under a buyout program paid for by the [[O Federal Emergency Management Agency]]. The houses would be torn down so that the [[L Winooski River]] and its brooks can spread out when they flood, as they did in July 2023.

The program has split neighbors. Some say the city, which has lost a third of its granite jobs since the 1990s, cannot afford to lose more households. "Every buyout is a family that pays taxes somewhere else," said [[P Thom Lauzon-Ricci]], a city councilor.

The granite company [[O Rock of Ages]], whose quarries above the city have supplied headstones to much of [[L New England]], has offered land on higher ground for new houses. So has the utility [[O Green Mountain Power]], which takes its name from the range that runs down the middle of the state.

Gov. [[P Phil Scott]] said in [[L Montpelier]], the capital, on Thursday that the state would add $20 million to the program, and the [[O Vermont Housing Finance Agency]] said it would build 300 homes in [[L Washington County]] by 2030.

In [[L Waterbury]], where [[O Ben & Jerry's]] makes ice cream a few hundred yards from the [[L Winooski]], the factory's parking lot was under four feet of water in July. Towns in the [[L Upper Valley]], along the [[L Connecticut River]], have had fewer floods.

Dr. [[P Anne DeVries]], a hydrologist at the [[O University of Vermont]] in [[L Burlington]], said rain in the [[L Green Mountains]] now came "in bursts the old culverts were never built for."

Ms. [[P Berlin]] has been offered $212,000. She plans to move in with her daughter in [[L South Barre]]. "It's still [[L Barre]]," she said. "Just uphill."`,
  },
  {
    name: 'wikinews new zealand court quashes seabed mine approval with maori names and a demonym group',
    text: `[[L New Zealand]] court quashes approval for [[L Taranaki]] seabed mine

Wednesday, June 3, 2026

The [[O High Court]] in [[L Wellington]] on Tuesday quashed the government's approval of an iron sand mine off the coast of [[L South Taranaki]], ruling that the panel which granted it under the [[X Fast-track Approvals Act]] had not weighed the harm to whales.

Justice [[P Rachel Te Awa-Hollings]] said the panel had treated the effects on marine mammals in the [[L South Taranaki Bight]] as "a box to be ticked", and sent the application back to it.

The mine is planned by [[O Trans-Tasman Resources]] ([[O TTR]]), a subsidiary of the [[L Sydney]]-listed [[O Manuka Resources]] ([[X MKR.AX]]), which wants to dredge 50 million tonnes of seabed a year, 22 kilometres off [[L Pātea]], and ship the iron ore to [[L China]]. The dredging ship it has chartered, the [[X IMV Kaitiaki]], is being built in [[L Singapore]].

The case was brought by [[O Te Rūnanga o Ngāti Ruanui]], the area's tribal authority, and the campaign group [[O Kiwis Against Seabed Mining]] ([[O KASM]]). The authority's chief executive, [[P Te Rangi Walker-Paki]], said outside the court that the sea off [[L Taranaki]] "feeds our people and it is not for sale". [[P Walker-Paki]] said the tribe would go to the [[O Supreme Court]] if it had to.

Regional Development Minister [[P Shane Jones]], who has backed the mine, said the government would consider an appeal to the [[O Court of Appeal]]. "This country cannot say no to every mine and then complain that our young people leave for [[L Perth]]," he said.

[[P Hemi van der Kolk]], a marine scientist at the [[O National Institute of Water and Atmospheric Research]] ([[O NIWA]]) who gave evidence for the tribe, said from his home in [[L Upper Hutt]] that blue whales fed in the bight "in the very months the dredge would run". Fishers from [[L New Plymouth]] and [[L Hāwera]] said the sediment would drive snapper away.

The [[O Environmental Protection Authority]] refused [[O TTR]] in 2014. Shares in [[O Manuka Resources]] fell 18 percent in [[L Sydney]] on Wednesday.

Sources

"Court sends seabed mine back to panel" — [[O Radio New Zealand]], June 2, 2026
"[[O TTR]] loses fast-track case" — [[O Taranaki Daily News]], June 2, 2026`,
  },
  {
    name: 'ap japan series with teams named after the firms that own them beside those firms',
    text: `[[O Swallows]] beat [[O Hawks]] in Game 7 to win [[X Japan Series]]

[[L TOKYO]] ([[O AP]]) — The [[O Tokyo Yakult Swallows]] won the [[X Japan Series]] for the seventh time on Sunday, beating the [[O Fukuoka SoftBank Hawks]] 4-2 in Game 7 at [[L Meiji Jingu Stadium]] behind six scoreless innings from [[P Kaito Yamanobe]].

Outfielder [[P Ryusei Takahata]] hit a two-run homer in the third inning, and [[P Jose Osuna-Reyes]], the Venezuelan designated hitter, added a solo shot in the fifth. [[O SoftBank]] closed to 4-2 in the eighth on a double by [[P Kenta Imamiya]], but closer [[P Yasuhiro Ogawara]] struck out the side in the ninth.

"Nobody picked [[O Yakult]] in March," manager [[P Hiroki Takatsu]] said. [[O Yakult]] finished third in the [[O Central League]] and knocked out the [[O Hanshin Tigers]] and the [[O Yomiuri Giants]] in the playoffs, known as the [[X Climax Series]].

The club is owned by [[O Yakult Honsha]], the maker of the probiotic drink [[X Yakult]], whose shares rose 2% in [[L Tokyo]] on Monday. The [[O Hawks]], champions of the [[O Pacific League]], belong to [[P Masayoshi Son]]'s [[O SoftBank Group]] and play their home games at [[L Mizuho PayPay Dome Fukuoka]].

[[O SoftBank]] had won Games 5 and 6 in [[L Fukuoka]] to level the series. "We came to [[L Tokyo]] with the wind behind us, and [[P Yamanobe]] stopped it," [[O Hawks]] manager [[P Hiroshi Kokubo]] said.

[[P Takahata]], 24, was named the series' most valuable player. He grew up in [[L Toyama]] and was drafted out of [[O Waseda University]] three years ago.

About 30,000 fans stayed in the stands at [[L Jingu]] to watch the trophy presented by [[O Nippon Professional Baseball]] commissioner [[P Atsushi Sakakibara]]. Fans of the [[O Swallows]] opened small umbrellas and sang the club song, a tradition since the 1970s, and a crowd gathered outside the [[O Yakult]] head office in [[L Shimbashi]].

[[O Orix]], the [[L Osaka]] club owned by the leasing company of the same name, won the series two years ago.`,
  },
];

export const BATCH_40: EntityCase[] = [
  {
    name: 'wikinews namibia gamma-ray telescopes with afrikaans particles and a star cluster',
    text: `Telescopes in [[L Namibia]] trace gamma rays to young star cluster

Tuesday, September 8, 2026

Astronomers using the [[X H.E.S.S.]] telescopes in [[L Namibia]]'s [[L Khomas Highland]] say they have traced a flood of high-energy gamma rays to the young star cluster [[X Westerlund 1]], about 12,000 light years away in the southern constellation [[X Ara]].

The study, published on Monday in the journal [[X Nature Astronomy]], found that the cluster's most massive stars blow winds strong enough to speed particles close to the speed of light. Lead author [[P Lerato van Wyk]], of the [[O University of Namibia]] in [[L Windhoek]], said the southern sky gave the team "a front-row seat". Dr [[P Van Wyk]] is the first Namibian to lead a paper from the observatory.

The observatory, about 100 kilometres south-west of [[L Windhoek]] near the [[L Gamsberg]], is run by scientists from 13 countries, led by the [[O Max Planck Institute for Nuclear Physics]] in [[L Heidelberg]]. Its five telescopes catch the faint blue light that gamma rays make when they hit the atmosphere.

Co-author [[P Stefan Ohm-Richter]], of the German research centre [[O DESY]] in [[L Zeuthen]], said the result was a test for the [[O Cherenkov Telescope Array Observatory]] ([[O CTAO]]), which is building dozens of telescopes at [[L Paranal]] in [[L Chile]] and on [[L La Palma]] in the [[L Canary Islands]].

Higher Education Minister [[P Johanna Nghifitikeko]] visited the site on Saturday with students from [[L Rehoboth]] and [[L Mariental]]. She said the government would pay for ten doctoral places in astronomy through the [[O National Commission on Research, Science and Technology]].

Farmers around the site have agreed to keep their lights low at night, and the [[L NamibRand Nature Reserve]], 250 kilometres to the south, has been a dark-sky reserve since 2012. [[P Hendrik du Plessis]], who runs a guest farm near the [[L Spreetshoogte Pass]], said astronomers now made up a third of his guests.

Sources

"[[O UNAM]] scientist leads star cluster study" — [[O New Era]], September 7, 2026
"Gamma rays traced to [[X Westerlund 1]]" — [[O Max Planck Society]], September 7, 2026`,
  },
  {
    name: 'reuters czech carmaker named after founders caps dateline with car models',
    text: `[[O Škoda]] to drop night shift in [[L Mladá Boleslav]] as petrol car demand fades

[[L PRAGUE]], May 5 ([[O Reuters]]) - [[O Škoda Auto]], the Czech carmaker owned by [[L Germany]]'s [[O Volkswagen]] ([[X VOWG_p.DE]]), will drop a night shift at its main plant in [[L Mladá Boleslav]] from July and move more production of its electric [[X Elroq]] to [[L Kvasiny]], the company said on Tuesday.

The company traces its history to [[O Laurin & Klement]], founded in [[L Mladá Boleslav]] in 1895 by the mechanic [[P Václav Laurin]] and the bookseller [[P Václav Klement]], who made bicycles before they made cars. It took the [[O Škoda]] name in 1925 after a merger with the engineering works founded in [[L Plzeň]] by [[P Emil Škoda]].

Chief Executive [[P Martin Jahn-Weber]] said about 1,100 agency workers would leave. "The [[X Octavia]] has paid our bills for 30 years, but buyers in [[L Europe]] now ask for the [[X Elroq]] and the [[X Enyaq]]," he told reporters at the plant.

The union [[O Odbory KOVO]] said it had not been consulted. Its leader at the plant, [[P Jaroslav Souček]], said the company should build a battery assembly line in [[L Mladá Boleslav]], "not in [[L Zwickau]]", where [[O Volkswagen]] makes batteries for its own electric cars.

[[L Mladá Boleslav]], a town of 50,000 north-east of [[L Prague]], depends on the carmaker for about 40,000 jobs across the region. Mayor [[P Petr Horák]] said the town would ask the [[O Ministry of Industry and Trade]] for money to retrain workers.

[[O Škoda Group]], the train and tram maker in [[L Plzeň]] that shares the name but not the owner, said on Tuesday it had won an order for 40 trams from [[L Bratislava]]. The [[L Czech Republic]] made 1.4 million cars last year, more per person than any country but [[L Slovakia]].

Shares in [[O Volkswagen]] were down 0.8% in [[L Frankfurt]]. Sales of [[O Škoda]] cars fell 3% in the first quarter, with the [[X Superb]] and [[X Kodiaq]] hurt most.

(Reporting by [[P Jason Hovet]] and [[P Robert Müller-Kratky]]; Editing by [[P Sharon Singleton]])`,
  },
  {
    name: 'sport croatian football clubs named after cities and a club named after its sponsor',
    text: `[[O Hajduk Split]] beat [[O Dinamo Zagreb]] to go top in [[L Croatia]]

Sunday, October 18, 2026

[[O Hajduk Split]] went top of the [[O SuperSport HNL]] on Saturday with a 2–1 win over the champions [[O Dinamo Zagreb]] in the [[X Eternal Derby]] at [[L Poljud]] in [[L Split]], their first home win over [[O Dinamo]] in four years.

Striker [[P Marko Livaja]] headed the opener after 14 minutes, and [[P Ivan Rakitić-Brnas]] scored the winner from a free kick in the 77th, after [[P Sandro Kulenović]] had levelled for [[O Dinamo]] early in the second half. About 33,000 fans watched, and flares lit the [[L Riva]], the city's seafront, long after the final whistle.

"[[L Split]] waited a long time for a night like this," [[O Hajduk]] coach [[P Gonzalo García-Pimienta]] said. [[O Dinamo]] coach [[P Mario Kovačević]] said his side "gave away the game in the first twenty minutes".

[[O Rijeka]] are third after a 1–1 draw with [[O Osijek]] at the [[L Opus Arena]]. [[O Slaven Belupo]], the club from [[L Koprivnica]] named after its sponsor, the drugmaker [[O Belupo]], beat [[O Varaždin]] 2–0 and are fifth.

The [[O Croatian Football Federation]] ([[O HNS]]) said it would look into the flares, which delayed the restart for six minutes. The supporters' group [[O Torcida]], founded in 1950, said in a statement that the club "belongs to [[L Dalmatia]]".

[[O Hajduk]] have not won the title since 2005. [[O Dinamo]], who play in the [[X Champions League]] on Wednesday against [[O Bayern Munich]] at [[L Maksimir]], have won it 25 times. [[P Rakitić-Brnas]], 33, who grew up in [[L Kaštel Stari]], said he would stay at the club "until [[O Hajduk]] are champions again".

Sources

"[[O Hajduk]] srušio [[O Dinamo]] na [[L Poljudu]]" — [[O Slobodna Dalmacija]], October 18, 2026
"[[O Hajduk]] top after derby win" — [[O Sportske novosti]], October 18, 2026`,
  },
];
