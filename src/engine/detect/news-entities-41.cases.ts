/**
 * Blind entity batches 41-43 (helper ents23a, 3 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 43 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_14 are made from batches 41 and 42 only, and batch 43's errors are never printed
 * or read (only its totals, `npx tsx scripts/eval/news-entities.ts --quiet "batch 43"`). They go
 * where batches 1-40 had gone little: Kazakhstan's copper belt and Lake Balkhash, Polish football,
 * the Philippines' Western Visayas, Oman, Zimbabwe's courts and lithium, a Swedish mining
 * municipality, the Peruvian Andes, Bulgarian football and Kyrgyz cinema. Firms named after towns,
 * lakes, islands and families beside the same names as places and people (Balkhash, Panay,
 * Aboitiz, Sohar), "owned by X" where X is a firm, clubs named after cities and districts (Górnik
 * Zabrze, Raków Częstochowa, Levski Sofia) and clubs named after people, national sides, Russian
 * and Kyrgyz patronymics (-ovich, -ovna, uulu, kyzy), bin/al- names, lowercase particles (dela,
 * de, van), caps datelines with a country or province after them, districts, markets, grounds and
 * multi-word places, and aircraft, trucks, ships, films, an epic, festivals, competitions, tickers
 * and laws as none.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_41: EntityCase[] = [
  {
    name: 'reuters kazakh copper miner named after its lake town caps dateline with patronymics',
    text: `Kazakh miner [[O Balkhash Copper]] to build $1.4 bln smelter near [[L Aktogay]]

[[L ALMATY]], March 12 ([[O Reuters]]) - [[O Balkhash Copper]], the Kazakh miner named after the lake town where its first smelter was lit in 1938, said on Thursday it would spend $1.4 billion on a new smelter beside its [[L Aktogay]] mine in eastern [[L Kazakhstan]] and list a fifth of its shares on the [[O Astana International Exchange]] ([[O AIX]]) next year.

The company, owned by the [[L Almaty]]-based holding [[O Steppe Metals Group]], sells most of its copper cathode to [[L China]] through the border crossing at [[L Khorgos]]. The smelter will be built by [[O Jiangxi Copper]], the Chinese producer named after its home province, and should process 300,000 tonnes of concentrate a year from 2029.

"For 80 years [[O Balkhash]] has sent its ore to be smelted by others," Chief Executive [[P Yerlan Serikovich Abenov]] told reporters. He said the plant would employ 1,800 people, some of them hired through a contractor run by [[P Nurbek Asan uulu]] in [[L Kyrgyzstan]]'s [[L Issyk-Kul Region]].

Ore from [[L Aktogay]] now travels 1,200 kilometres by rail to the old works in [[L Balkhash]], on the northern shore of [[L Lake Balkhash]], which residents blame for sulphur dioxide in the air. [[P Aigerim Nurlanovna Zhaksylykova]], who leads the local group [[O Taza Balkhash]], said the town had waited "a generation" for the old furnaces to close. The company said they would run until 2030.

Deputy Industry Minister [[P Bakhyt Omarovich Tulegenov]] said the [[O Ministry of Industry and Construction]] would ask [[O KTZ]], the state railway, to add freight trains on the line to [[L Dostyk]]. The miner's 140 [[O BelAZ]] [[X 75710]] dump trucks will be joined by electric trucks made by [[O XCMG]].

[[O Balkhash Copper]]'s bonds rose on the news. Analysts at [[O Halyk Finance]] said the listing could value the company at $6 billion, more than [[O Kazatomprom]] ([[X KAP.L]]) raised when it sold shares in [[L London]] and [[L Astana]] in 2018.

(Reporting by [[P Mariya Gordeyeva]]; Editing by [[P Alexander Smith]])`,
  },
  {
    name: 'ap polish football clubs named after towns and a district with national sides',
    text: `[[O Górnik]] beat [[O Legia]] as [[O Raków]] go top in [[L Poland]]

[[L ZABRZE]], [[L Poland]] ([[O AP]]) — Teenager [[P Dominik Szala]] scored twice as [[O Górnik Zabrze]] beat [[O Legia Warsaw]] 3-1 on Sunday, a result that sent [[O Raków Częstochowa]] top of the [[O Ekstraklasa]] on goal difference.

[[P Szala]], 18, who came through the club's academy in [[L Zabrze]], headed in a corner in the 12th minute at the [[L Ernest Pohl Stadium]], named after the club's record scorer, and ran clear to score again before half-time. [[O Legia]] pulled one back through the Portuguese forward [[P Tomás de Sousa]], but midfielder [[P Patrik Hellebrand-Nowak]] sealed the win with a low shot in stoppage time.

"We came here to win and we gave them two goals in twenty minutes," [[O Legia]] coach [[P Gonçalo Feio-Marques]] said. The defeat leaves the [[L Warsaw]] club fifth, seven points behind the leaders, and about 2,000 fans who had travelled from the capital left before the end.

[[O Raków]], the club from an industrial district of [[L Częstochowa]] that won its first title in 2023, beat [[O Jagiellonia Białystok]] 2-0 on Saturday with goals from [[P Vladyslav Kochergin-Bury]] and the Kyrgyz defender [[P Aibek Kubanychbek uulu]]. [[O Lech Poznań]] are level on points but have scored three fewer goals.

In [[L Kraków]], [[O Cracovia]] and [[O Pogoń Szczecin]] drew 1-1 in front of 9,000 fans, and [[O Wisła Płock]] lost 2-1 at [[O Piast Gliwice]] to stay bottom.

[[O Poland]] coach [[P Michał Wierzbicki]] watched from the stand and is expected to call up [[P Szala]] for the [[X World Cup]] qualifiers against [[O Finland]] and [[O Malta]] this month. [[O Górnik]] have also reached the quarterfinals of the [[X Polish Cup]], where they will play [[O Lechia Gdańsk]] at [[L Polsat Plus Arena Gdańsk]] on April 2.

The [[O Polish Football Association]] ([[O PZPN]]) fined [[O Legia]] 40,000 zlotys for flares thrown onto the pitch in the second half.`,
  },
  {
    name: 'nyt style philippines city hall and a utility owned by a family conglomerate with dela particles',
    text: `A Blackout, a Family Empire and a City Hall Fight Over [[L Iloilo]]'s Lights

[[L ILOILO CITY]], [[L Philippines]] — When the power went out across this port city for 19 hours in May, [[P Rosario dela Peña]] lost a freezer full of the fish she sells at the [[L La Paz Public Market]]. She blamed the power company. So did the mayor.

"They have had this city since my grandmother's time," Ms. [[P dela Peña]], 58, said on a recent morning, fanning herself beside her stall. "And still we sit in the dark."

The company, [[O Panay Electric]], is named after the island it has served for a century. Since 2021 it has been owned by [[O Aboitiz Power]], the utility arm of the conglomerate that a Basque family founded in [[L Cebu]] in the 1920s. Mayor [[P Gerardo Sarabia]] wants the franchise taken away, and on Tuesday the [[O Iloilo City Council]] voted 11 to 2 to ask [[O Congress]] to do so.

[[P Ramon Uy Aboitiz]], the company's president, said in an interview in [[L Manila]] that the blackout had been caused by a fault at a substation in [[L Jaro]], one of the city's old districts, and that $40 million would be spent on new lines by 2027. "[[O Aboitiz]] has never walked away from a city," he said. Mr. [[P Aboitiz]] said the company would challenge any move in the [[O Court of Appeals]] in [[L Cebu City]].

The [[O Energy Regulatory Commission]] has fined the company 12 million pesos. Its chairwoman, [[P Maria Teresa delos Reyes]], said a report on the blackout would be ready in October.

Across the [[L Guimaras Strait]], fishermen in [[L Guimaras]] say that oil from the power barge [[X PB 104]], which sank in a storm in 2023, still washes onto their beaches.

In [[L Villa Arevalo]], a district by the sea, [[P Jose Antonio de la Cruz]], a retired teacher, has bought a generator. "Mr. [[P Sarabia]] shouts, [[O Aboitiz]] promises," he said. "My [[O Honda]] generator does the work."`,
  },
];

export const BATCH_42: EntityCase[] = [
  {
    name: 'reuters oman airline and a smelter named after its port town caps dateline with bin names',
    text: `[[O Oman Air]] to buy 12 [[O Airbus]] jets as [[L Muscat]] chases tourists

[[L MUSCAT]], Jan 20 ([[O Reuters]]) - [[O Oman Air]], the sultanate's state carrier, said on Tuesday it would buy 12 [[O Airbus]] [[X A350-1000]] jets and lease six [[O Boeing]] [[X 737 MAX 8]] planes, as the government tries to bring 11 million tourists a year to [[L Oman]] by 2040.

Chief Executive [[P Con Korfiatis-Hadi]] said the wide-body jets would fly from [[L Muscat]] to [[L Kuala Lumpur]], [[L Zanzibar]] and [[L Milan]] from 2029. The airline has cut its losses by closing routes since it was merged with the budget carrier [[O SalamAir]] last year.

The order is paid for by the [[O Oman Investment Authority]] ([[O OIA]]), the sovereign wealth fund that owns the airline. Its chairman, [[P Sultan bin Salim al-Habsi]], said the fund would also put $900 million into [[O Sohar Aluminium]], the smelter named after the port town of [[L Sohar]] where it was built in 2008, which is owned by [[O OQ]], [[O Abu Dhabi National Energy Company]] and the mining group [[O Rio Tinto]].

[[P Al-Habsi]] told reporters in [[L Muscat]] that the smelter would use solar power from a plant near [[L Ibri]] by 2030. "Our aluminium will be greener than the aluminium of anyone in the [[L Gulf]]," he said.

Tourism Minister [[P Salim bin Mohammed al-Mahrouqi]] said hotels in [[L Dhofar]], the southern governorate around [[L Salalah]], were full for the monsoon season, known as [[X Khareef]], for the first time since 2019. A new road through the [[L Hajar Mountains]] to [[L Jebel Akhdar]] opens in June.

Bonds issued by [[L Oman]] rose after the statement. Rating agency [[O Moody's]] raised the country to investment grade in September.

The port of [[L Duqm]], where [[O Oman Shipping Company]] keeps its tankers, will get a cruise terminal, the minister said. The liner [[X AIDAprima]] called there three times this winter.

(Reporting by [[P Fatma Al Arimi]] in [[L Muscat]] and [[P Tim Hepher]] in [[L Paris]]; Editing by [[P Jan Harvey]])`,
  },
  {
    name: 'wikinews zimbabwe high court lithium mine named after a town with vehicles',
    text: `[[L Zimbabwe]] court halts eviction of villagers from lithium mine site

Thursday, July 9, 2026

The [[O High Court]] in [[L Harare]] on Wednesday stopped the eviction of about 300 families from land near [[L Goromonzi]] that the government has leased to a Chinese-owned lithium miner, ruling that they had not been offered new land as the law requires.

Justice [[P Happias Chinamasa-Moyo]] said the eviction order, signed by the [[O Ministry of Mines and Mining Development]] in March, was "unlawful and of no force". Families would stay on their farms until the [[X Mines and Minerals Act]] had been followed, he said.

The mine belongs to [[O Arcadia Lithium]], named after the farm on which the deposit was found in the 1960s. It was bought in 2022 by [[O Zhejiang Huayou Cobalt]], which ships lithium concentrate by road to the port of [[L Beira]] in [[L Mozambique]]. Its trucks, mostly [[O Sinotruk]] [[X Howo]] tippers, were blocked by villagers on the [[L Harare–Mutare Road]] last week.

Lawyer [[P Tinashe Mhlanga-van Rooyen]], of [[O Zimbabwe Lawyers for Human Rights]], said the families had farmed there since 1982. "The law does not stop at the gate of a Chinese mine," she said outside the court on [[L Samora Machel Avenue]].

Mines Minister [[P Winston Chitando-Ncube]] said the government would appeal to the [[O Supreme Court]]. The [[O Zimbabwe Miners Federation]] said delays would cost jobs in [[L Mashonaland East]].

Villagers from [[L Bikita]], where [[O Bikita Minerals]] has mined since 1950, travelled to the court in three buses. Their spokesman, [[P Farai Gumbo]], said [[O Bikita]] had moved 90 households in 2023 "and most still wait for the water it promised".

The [[O Zimbabwe Human Rights Commission]] said it would visit [[L Goromonzi]] next week.

Sources

"Court blocks [[L Goromonzi]] evictions" — [[O The Herald]], July 8, 2026
"Villagers win round against [[O Arcadia]]" — [[O NewsDay]], July 8, 2026`,
  },
  {
    name: 'local government swedish mining municipality moving a town centre with sami names',
    text: `[[L Gällivare]] votes to move its hospital as [[O LKAB]] mine swallows [[L Malmberget]]

[[L STOCKHOLM]], Oct 14 ([[O TT]]) — The council of [[L Gällivare]], the Arctic mining municipality in [[L Norrbotten]], voted 39 to 10 on Monday to build a new hospital two kilometres east of the town centre, the latest step in a move forced by the state iron ore miner [[O LKAB]].

The old hospital stands above ground that the mine will undermine by 2032. [[O LKAB]], whose name comes from the mountains [[L Luossavaara]] and [[L Kiirunavaara]] outside [[L Kiruna]], has already emptied most of [[L Malmberget]], the district north of the centre where 5,000 people lived in 2012.

"We are not building a hospital for [[O LKAB]]. We are building it for our grandchildren," said [[P Anna-Karin Lindqvist-Pavval]], who leads the council for the [[O Social Democrats]]. The opposition [[O Gällivare Party]], a local list founded in 1994, voted against, saying the miner should pay the whole bill.

The hospital is run by [[O Region Norrbotten]], which said it would cost 2.1 billion crowns and open in 2031. [[O LKAB]] will pay two thirds.

Reindeer herders of the [[O Gällivare Forest Sami Village]] said the new road to the hospital would cut across a calving ground near [[L Vassaravaara]]. Their chairman, [[P Nils-Anders Kuhmunen]], said they would take the case to the [[O Land and Environment Court]] in [[L Umeå]]. The [[O Sami Parliament]] in [[L Kiruna]] backed them.

In the centre, the ski resort operator [[O Dundret Lapland]], named after the mountain above the town, has been sold to a Norwegian firm. The [[L Iron Ore Line]] railway, which runs from [[L Luleå]] to [[L Narvik]] in [[L Norway]], carried 28 million tonnes last year.

Municipal director [[P Erik van der Waal]], hired from the Dutch town of [[L Heerlen]] to run the move, said the new centre would have "a square, a library and a swimming hall where the snow is cleared by heat from the mine".

[[O Stegra]], the steel start-up building a plant in [[L Boden]], will buy ore from [[L Malmberget]] from 2028.`,
  },
];

export const BATCH_43: EntityCase[] = [
  {
    name: 'wikinews peru glacier science with double surnames and a park named after a range',
    text: `Glacier on [[L Peru]]'s highest mountain lost a fifth of its ice in ten years, study finds

Monday, February 16, 2026

The glaciers of [[L Huascarán]], [[L Peru]]'s highest mountain, lost about a fifth of their ice between 2014 and 2024, according to a study published on Friday in the journal [[X Communications Earth & Environment]].

The study was led by [[P María Elena Quispe Huamán]], a glaciologist at the [[O National Institute for Research on Glaciers and Mountain Ecosystems]] ([[O INAIGEM]]) in [[L Huaraz]]. Her team measured the ice with drones and with satellite images from the European [[X Sentinel-2]] mission. Dr. [[P Quispe]] said lakes forming below the glaciers in the [[L Cordillera Blanca]] were "the most urgent danger", and that the lake above the town of [[L Carhuaz]] had doubled in size.

The mountain lies inside [[L Huascarán National Park]], which takes its name from the peak and is run by the national parks service [[O SERNANP]]. In 1970 an earthquake sent ice and rock from its northern summit onto [[L Yungay]], killing more than 20,000 people.

Co-author [[P Jonathan de la Fuente Rojas]], of the [[O Pontifical Catholic University of Peru]] in [[L Lima]], said the [[L Santa River]], which runs through the [[L Callejón de Huaylas]] valley, carried less water each dry season. The river feeds the [[X Chavimochic]] irrigation project on the coast, where farms grow asparagus and blueberries for export.

Mayor [[P Rosa Vilca Tarazona]] of [[L Huaraz]] asked the [[O Ministry of Environment]] for money to drain the lake at [[L Palcacocha]]. In 2022 a German court heard the case of a farmer from [[L Huaraz]], [[P Saúl Luciano Lliuya]], against the energy firm [[O RWE]] over the lake's risk to his house.

The study was paid for by [[O Swiss Agency for Development and Cooperation]] and by the [[O University of Zurich]].

Sources

"[[L Huascarán]] perdió 20% de su hielo" — [[O El Comercio]], February 14, 2026
"[[L Peru]]'s glaciers shrinking fast, study finds" — [[O Andina]], February 14, 2026`,
  },
  {
    name: 'sport bulgarian football clubs named after people and a city with a stadium named after a person',
    text: `[[O Levski]] beat [[O CSKA]] in [[L Sofia]] derby, [[O Ludogorets]] slip

Sunday, November 22, 2026

[[O Levski Sofia]] beat [[O CSKA Sofia]] 2–0 in the [[X Eternal Derby]] on Saturday at the [[L Vasil Levski National Stadium]], named after the 19th-century revolutionary whose name the club also bears, and moved within two points of the leaders [[O Ludogorets Razgrad]].

[[P Marin Petkov]] scored after 23 minutes and [[P Rildo Filipe de Andrade]], the Brazilian winger, added a second on the hour. [[O CSKA]] finished with ten men after [[P Ivan Turitsov-Georgiev]] was sent off for a second yellow card. About 36,000 fans watched, the largest crowd in [[L Bulgaria]] this season.

"[[O Levski]] is bigger than one night, but this night was ours," coach [[P Julio Velázquez-Stoyanov]] said.

[[O Ludogorets]], the club from the small town of [[L Razgrad]] in the north-east that has won the last fourteen titles, drew 1–1 at [[O Botev Plovdiv]], named after the poet [[P Hristo Botev]]. [[O Botev]] took the lead through [[P Todor Nedelev]] at the [[L Hristo Botev Stadium]], but [[O Ludogorets]] levelled late.

In [[L Plovdiv]], [[O Lokomotiv Plovdiv]] beat [[O Cherno More Varna]] 3–1, and [[O Slavia Sofia]] lost at home to [[O Arda Kardzhali]].

The [[O Bulgarian Football Union]] ([[O BFU]]) said it would look into chants heard during the derby. [[O Levski]] have been owned since 2023 by the businessman [[P Nasko Sirakov-Dimitrov]]; [[O CSKA]] belong to the gambling firm [[O Efbet]], which also sponsors the league, known as [[O efbet League]].

[[O Bulgaria]] coach [[P Ilian Iliev]] named four [[O Levski]] players in his squad for the [[X Nations League]] play-off against [[O Georgia]] in [[L Tbilisi]] in March.

Sources

"[[O Левски]] би [[O ЦСКА]]" — [[O Gong.bg]], November 21, 2026
"[[O Levski]] take derby" — [[O Novinite]], November 21, 2026`,
  },
  {
    name: 'culture kyrgyz film on an epic with uulu and kyzy names at a festival',
    text: `Kyrgyz film based on [[X Manas]] epic wins top prize in [[L Busan]]

[[L BISHKEK]], [[L Kyrgyzstan]] ([[O AKIpress]]) — A film about a shepherd who recites the [[X Epic of Manas]], the oral poem of the Kyrgyz people, won the top prize at the [[X Busan International Film Festival]] in [[L South Korea]] on Friday, the first Central Asian film to do so.

[[X The Last Manaschi]], directed by [[P Aktan Temir uulu]], follows an old man from the [[L Naryn Region]] who travels to [[L Bishkek]] to teach the poem's half a million lines to his grandson. The grandson is played by [[P Emir Asanbek uulu]], 14, who had never acted before.

[[P Temir uulu]], 41, shot the film over two winters near [[L Kochkor]] and on the shores of [[L Son-Kul]], a lake 3,000 metres up in the [[L Tian Shan]]. "In winter the mountains tell the story for you," he said at the ceremony.

The film was made by [[O Kyrgyzfilm]], the state studio that bears the name of the director [[P Tolomush Okeev]], with money from the [[O Ministry of Culture]] and a German co-producer, [[O Razor Film]]. Its producer, [[P Gulnara Bakirova kyzy]], said it would open in cinemas in [[L Kyrgyzstan]] and [[L Kazakhstan]] in January.

The [[X Epic of Manas]] tells of a hero who united the Kyrgyz tribes, and its reciters, called manaschi, learn it by ear. [[O UNESCO]] added the art of its telling to its heritage lists in 2013. President [[P Sadyr Japarov]] congratulated the crew on Saturday and said the film would be shown at the [[L Ala-Archa]] state residence.

Critics in [[L Almaty]] were less kind. [[P Dana Serikovna Abisheva]], who writes for the weekly [[O Vlast.kz]], called it "beautiful and a little too long".

The camera operator, [[P Bakyt Kadyrbek uulu]], said he had carried an [[O ARRI]] [[X Alexa Mini]] camera on horseback for 20 kilometres to film the last scene at [[L Kel-Suu]], a lake near the Chinese border. Next year [[P Temir uulu]] plans a film about the unrest of 2010 in [[L Osh]] and [[L Jalal-Abad]].`,
  },
];
