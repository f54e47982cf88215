/**
 * Blind entity batches 62-64 (helper ents31a, 4 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 64 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_21 are made from batches 62 and 63 only, and batch 64's errors are never printed
 * or read (only its totals, `npx tsx scripts/eval/news-entities.ts --quiet "batch 64"`). They vary
 * what batches 1-61 had: wire copy with AFP, AP and Reuters datelines; regional papers from Asia,
 * Africa, Latin America, Eastern Europe and Oceania; a liveblog with time stamps and a Q&A piece;
 * courts, elections, health, sport in several codes (cricket, baseball, rugby union, football),
 * business, culture, science, disasters and transport. The hard cases: teams named after states
 * and provinces ("Queensland", "Western Province"), clubs named after their owners ("Yomiuri",
 * "Hanshin"), airlines, firms and papers named after places ("Ibom Air", "Pesa Bydgoszcz", "Otago
 * Daily Times"), places named after people (airports, stadiums, a theatre), people with initials
 * and particles ("Wanjiru M. Kariuki", "de los Ríos", "Te Whata", "de Villiers"), honorifics outside
 * the span ("Ratu", "Adi"), acronyms after or before their expansion, legal forms outside the name
 * ("Tbk", "SA"). Laws, funds, indices, tickers, cups, series, festivals, prizes, films, vaccines,
 * aircraft types, weather events and artefacts are none.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_62: EntityCase[] = [
  {
    name: 'afp nairobi kenyan court upholds a county governor with initials in names a hyphenated surname a party and a commission by acronym constituencies a court building and a broadcaster',
    text: `Kenyan court upholds [[L Kisumu]] governor's win, dismisses rigging claims

[[L NAIROBI]] ([[O AFP]]) - A Kenyan appeals court on Monday upheld the election of [[P Achieng K. Owuor]] as governor of [[L Kisumu County]], throwing out a petition that accused the electoral commission of altering results from 212 polling stations.

A five-judge bench of the [[O Court of Appeal]] led by Justice [[P Wanjiru M. Kariuki]] said the petitioner, former senator [[P Fredrick Odera-Ouma]], had not shown that the errors changed the outcome. [[P Owuor]], of the [[O Orange Democratic Movement]] ([[O ODM]]), won by about 9,400 votes in August.

The [[O Independent Electoral and Boundaries Commission]] ([[O IEBC]]) had admitted that clerks in the [[L Nyando]] and [[L Muhoroni]] constituencies copied some figures wrongly. "A tired clerk is not a conspiracy," Justice [[P Kariuki]] said, reading the judgment.

[[P Odera-Ouma]]'s lawyer, [[P Evans O. Kipchumba]], said his client would take the case to the [[O Supreme Court]]. The bench ordered the petitioner to pay costs of five million shillings.

Outside the [[L Milimani Law Courts]] in [[L Nairobi]], supporters of the governor sang and waved oranges. The [[O Law Society of Kenya]] ([[O LSK]]) said the case showed why results forms should be published within hours. The ruling was carried live by [[O Citizen TV]].

[[L Kisumu]], on the shores of [[L Lake Victoria]], is the third-largest city in [[L Kenya]].`,
  },
  {
    name: 'reuters jakarta nickel miner named after its island with pt inside and tbk outside a ticker a bay a province a chinese and a korean buyer an advocacy group by acronym and a sign-off',
    text: `[[L Indonesia]]'s [[O Halmahera Nikel]] halts smelter lines after landslide; shares slide

[[L JAKARTA]], Nov 4 ([[O Reuters]]) - [[O PT Halmahera Nikel Mandiri]] Tbk ([[X HNMD.JK]]) halted two of its four smelter lines at [[L Weda Bay]] on Tuesday after a landslide cut the road from its mine, sending its shares down 7.8% on the [[O Indonesia Stock Exchange]].

The company, named after the island in [[L North Maluku]] province where it digs its ore, supplies nickel matte to [[L China]]'s [[O Tsingshan Holding Group]] and to [[L South Korea]]'s [[O POSCO]]. It said the lines would restart within ten days.

President Director [[P Budi Santoso Wirawan]] told reporters in [[L Jakarta]] that no workers were hurt. The [[O Ministry of Energy and Mineral Resources]] said it had sent inspectors to the site.

[[O JATAM]], the [[O Mining Advocacy Network]], said the slope had been cleared of forest only last year. "The hills are being eaten faster than they can hold," said [[P Melati Nasution]], its coordinator in [[L Ternate]].

"The market is pricing a month, not ten days," said [[P Kevin Hartono]], an analyst at [[O Mandiri Sekuritas]]. Nickel on the [[O London Metal Exchange]] rose 1.1% on the news.

(Reporting by [[P Bernadette Siregar]]; Editing by [[P Martin Greaves]])`,
  },
  {
    name: 'australian regional paper sheffield shield cricket with states as teams a nickname an oval and a ground named after a player a hyphenated irish surname a van der name and a broadcaster',
    text: `[[P O'Connell-Hart]] takes six as [[O Tasmania]] close in on [[X Shield]] final

[[L HOBART]] — Fast bowler [[P Riley O'Connell-Hart]] took six wickets for 38 as [[O Tasmania]] bowled out [[O Queensland]] for 143 on the second day at [[L Bellerive Oval]], leaving the home side needing only a draw to reach the [[X Sheffield Shield]] final.

[[P O'Connell-Hart]], 22, who grew up in [[L Launceston]], took three wickets in his first over after lunch. "I just tried to hit the seam and let the wicket do the rest," he told [[O ABC Sport]].

[[O Queensland]] captain [[P Marnus van der Walt]] made 61 before he was caught at slip. Opener [[P Darcy McKinnon]] then led the [[O Tasmanian Tigers]] to 2 for 118 at stumps, a lead of 92.

[[O Tasmania]] coach [[P Jeff Vaughan-Smith]] said the side would not declare early. "We have been in this spot before and let it slip," he said.

In [[L Melbourne]], [[O Victoria]] beat [[O New South Wales]] by eight wickets at the [[L Junction Oval]]. [[O Cricket Australia]] confirmed that the final would be played at [[L Allan Border Field]] in [[L Brisbane]] if [[O Queensland]] recover to finish top.

This report first appeared in [[O The Mercury]].`,
  },
  {
    name: 'q and a on dengue in a colombian city with a health institute by acronym a university a hospital a weather agency by acronym a vaccine as none a weather event as none clubs named after the city and a stadium named after a person',
    text: `Dengue in [[L Cali]]: what we know about the outbreak

Cases of dengue in [[L Colombia]]'s third-largest city have tripled since January. Here are answers to some common questions.

How bad is it?
The [[O Instituto Nacional de Salud]] ([[O INS]]) said on Friday that [[L Cali]] had recorded 11,240 cases this year, and 14 deaths. The city's health department declared a red alert on Thursday.

Why now?
Entomologist [[P María Fernanda de los Ríos]] of the [[O Universidad del Valle]] said a wet, warm spring had let the mosquito breed in water tanks and gutters. The weather agency [[O IDEAM]] expects more rain until [[X La Niña]] fades in May.

Who is most at risk?
Children under 15 and older adults. Dr. [[P Jaime Andrés Holguín]], who runs the emergency room at [[L Hospital Universitario del Valle]], said most patients came from the eastern district of [[L Aguablanca]].

Is there a vaccine?
A vaccine made by [[L Japan]]'s [[O Takeda]], [[X Qdenga]], is approved in [[L Colombia]] for people aged 4 to 60. Health Minister [[P Claudia Patricia Lozano]] said 200,000 doses would reach [[L Valle del Cauca]] this month.

What are others doing?
[[O América de Cali]] and [[O Deportivo Cali]] said they would fumigate the [[L Estadio Pascual Guerrero]] before Sunday's derby. The [[O Pan American Health Organization]] ([[O PAHO]]) said outbreaks were also growing in [[L Peru]] and [[L Ecuador]].

What should residents do?
Mayor [[P Ricardo Sarmiento Vélez]] asked households to empty standing water every Saturday.`,
  },
  {
    name: 'romanian regional paper on a rebuilt rail line with a state train operator a polish builder named after its city a rail authority by acronym a eu fund as none a station and commuters',
    text: `First fast electric train in a decade reaches [[L Constanța]]

[[L BUCHAREST]] — A new electric train run by the state operator [[O CFR Călători]] reached the [[L Black Sea]] port of [[L Constanța]] on Sunday in 1 hour 52 minutes, the fastest trip from the capital since the line's rebuilding began in 2015.

The train was built by [[O Pesa Bydgoszcz]], the Polish maker named after the city where it has built rolling stock since 1851. Transport Minister [[P Mihai-Vlad Popescu]] rode in the cab from [[L Gara de Nord]] and said eleven more trains would arrive by the summer.

The [[O Romanian Railway Safety Authority]] ([[O ASFR]]) cleared the trains for 160 kilometres an hour last month. About 80% of the 1.2-billion-euro cost came from the [[X Connecting Europe Facility]], the [[O European Commission]] said.

[[P Ioana Dumitrescu]], who commutes from [[L Medgidia]] to a hospital job in [[L Constanța]], said the old trains had often been two hours late. "Today I could read one chapter, not three," she said.

Private rival [[O Softrans]], based in [[L Craiova]], said it would bid for the route when it is tendered in 2029. The union leader [[P Gheorghe Lungu-Marinescu]] said drivers had not been trained on the new cabs.

This story was first published by [[O Ziarul de Constanța]].`,
  },
  {
    name: 'afp santiago astronomy a survey telescope named after a person with an initial a mountain an observatory body by acronym a university and a funding agency a comet code as none',
    text: `Chilean telescope spots 2,000 new asteroids in its first month

[[L SANTIAGO]] ([[O AFP]]) - A new telescope on a Chilean mountaintop found more than 2,000 asteroids in its first month of full operation, including 18 that pass close to [[X Earth]], astronomers said on Wednesday.

The [[L Vera C. Rubin Observatory]], on [[L Cerro Pachón]] in the [[L Coquimbo]] region, is run by the [[O National Science Foundation]] and the [[O Department of Energy]] of the [[L United States]]. Its camera, built at the [[O SLAC National Accelerator Laboratory]] in [[L California]], is the largest ever made for astronomy.

"We are taking a film of the southern sky, not a photograph," said [[P Ximena Aránguiz Soto]], an astronomer at the [[O University of Chile]] who leads one of the survey teams. The closest of the new asteroids, [[X 2027 RK19]], will pass within twice the distance of the [[X Moon]] in 2031.

The [[O European Southern Observatory]] ([[O ESO]]), which runs telescopes at [[L Paranal]] and [[L La Silla]], said its instruments would be used to follow up the finds.

[[P José Miguel de la Cerda]], head of the astronomy programme at [[L Chile]]'s [[O National Agency for Research and Development]] ([[O ANID]]), said Chilean scientists had the right to 10% of the observing time. Residents of the nearby town of [[L Vicuña]] have complained that satellite streaks are ruining the dark skies the region sells to tourists.`,
  },
];

export const BATCH_63: EntityCase[] = [
  {
    name: 'liveblog sri lankan election results with time stamps parties by name and acronym an election commission districts a stock index as none a monitor expanded after its acronym and de silva names',
    text: `[[L Sri Lanka]] election results: live updates

Last updated 21:40

21:40 — The [[O Election Commission of Sri Lanka]] has released results from 14 of 22 districts. The [[O National People's Power]] ([[O NPP]]) leads in 11 of them, including [[L Colombo]] and [[L Gampaha]].

21:15 — Opposition leader [[P Ruwan D. Jayasekara]] of the [[O Samagi Jana Balawegaya]] ([[O SJB]]) has conceded [[L Gampaha]]. "The people have spoken in a loud voice," he told supporters in [[L Kotte]].

20:50 — Turnout in [[L Jaffna]] was 61%, the commission says, well below the national figure. The [[O Illankai Tamil Arasu Kachchi]] ([[O ITAK]]) is ahead in [[L Jaffna]] and [[L Batticaloa]].

20:20 — Our correspondent in [[L Kandy]], [[P Nimali Perera]], reports long queues at counting centres and no trouble so far.

19:55 — Election monitor [[O PAFFREL]] (the [[O People's Action for Free and Fair Elections]]) says it received 212 complaints, most about posters left up after the campaign.

19:30 — The [[X All Share Price Index]] of the [[O Colombo Stock Exchange]] closed 2.1% higher on hopes of a stable majority. [[P Mahinda de Silva]], an economist at the [[O Institute of Policy Studies]], said investors wanted the new parliament to keep to the [[O International Monetary Fund]] programme.

19:05 — Former president [[P G. L. Wickremaratne]] has voted in [[L Matara]]. He did not speak to reporters.

18:40 — Counting has begun. We will bring you results district by district as the commission releases them.`,
  },
  {
    name: 'ap japanese baseball with clubs named after their owner companies short and full a stadium named after a place a dome a league body by acronym a series as none and a dominican player with de leon',
    text: `[[O Tigers]] beat [[O Giants]] 4-2, close in on [[O Central League]] pennant

[[L NISHINOMIYA]], [[L Japan]] ([[O AP]]) — [[P Daichi Kawabe]] hit a two-run homer in the seventh inning and the [[O Hanshin Tigers]] beat the [[O Yomiuri Giants]] 4-2 on Tuesday night, moving within two wins of the [[O Central League]] pennant.

[[P Kawabe]]'s drive off reliever [[P Ryo Tanigawa]] landed in the right-field stands at [[L Koshien Stadium]], where 42,000 fans sang the club song for three minutes. [[O Hanshin]] starter [[P Jefferson Pérez de León]], from the [[L Dominican Republic]], allowed two runs over seven innings.

"Tonight the stadium pitched with me," [[P Pérez de León]] said through an interpreter.

[[O Yomiuri]] manager [[P Hiroshi Matsuda]] said his team would reset before the weekend series at the [[L Tokyo Dome]]. The [[O Giants]] are six games back with eight to play.

In the [[O Pacific League]], the [[O Fukuoka SoftBank Hawks]] beat the [[O Orix Buffaloes]] 3-1 to keep a three-game lead. [[O Nippon Professional Baseball]] ([[O NPB]]) said the [[X Japan Series]] would open on Oct. 25, [[O Kyodo News]] reported.`,
  },
  {
    name: 'reuters lagos airlines with an airline named after a state an airport named after a person an aviation authority and an airports authority by acronym a plane type as none a ministry and a sign-off',
    text: `Nigerian regulator grounds [[O Ibom Air]] jets for checks after engine fault

[[L LAGOS]], June 12 ([[O Reuters]]) - [[L Nigeria]]'s aviation regulator on Thursday ordered [[O Ibom Air]] to ground three of its jets for engine checks, a day after one of its flights returned to [[L Lagos]] with smoke in the cabin.

The [[O Nigerian Civil Aviation Authority]] ([[O NCAA]]) said the [[O Bombardier]] CRJ900, bound for [[L Uyo]], landed safely at [[L Murtala Muhammed International Airport]] and none of the 86 people on board was hurt. [[O Ibom Air]], owned by the [[L Akwa Ibom]] state government, said it was working with the engine maker.

Director General [[P Chris N. Okafor]] said the checks were "a precaution, not a punishment." The [[O Federal Airports Authority of Nigeria]] ([[O FAAN]]) said services at [[L Nnamdi Azikiwe International Airport]] in [[L Abuja]] were not affected.

Rival [[O Air Peace]] said it would add flights to [[L Uyo]] and [[L Calabar]] until the jets return. "Passengers should not pay for this in fares," said [[P Adaeze Nwankwo-Bello]], a spokeswoman for the [[O Ministry of Aviation and Aerospace Development]].

Aviation analyst [[P Olumide Adebayo]] of [[L Lagos]]-based [[O Zenith Aviation Consulting]] said the grounding would cut the airline's capacity by a fifth.

(Reporting by [[P Chijioke Eze]]; Editing by [[P Louise Harrow]])`,
  },
  {
    name: 'afp tbilisi film festival with films festival and prize as none georgian -shvili and -dze names a national film centre a theatre named after a poet an academy named after the city and a party',
    text: `Georgian drama about a mountain village wins [[X Tbilisi International Film Festival]]

[[L TBILISI]] ([[O AFP]]) - A Georgian film about the last family in a mountain village in [[L Svaneti]] won the top prize at the [[X Tbilisi International Film Festival]] on Sunday, in a year when many local film-makers boycotted state funding.

[[X The Salt Road]], directed by [[P Nino Jorjadze-Kipiani]], took the [[X Golden Prometheus]] at a ceremony in the [[L Rustaveli Theatre]]. The film was shot over three winters near [[L Mestia]] with a cast of villagers.

"I made this film with the people who still live there, and I give the prize back to them," [[P Jorjadze-Kipiani]] said. She studied at the [[O Tbilisi State Academy of Arts]] and worked for a decade as an assistant to [[P Otar Beridze]].

The [[O Georgian National Film Center]] gave no money to the film after its producers signed a letter against the ruling [[O Georgian Dream]] party. Culture Minister [[P Eka Chkheidze]] said the centre's decisions were made by experts.

The best actor prize went to [[P Giorgi Makharadze]] for [[X Neighbours]], a Ukrainian-Georgian film about refugees in [[L Batumi]]. The festival closed with a free screening at the [[L Amirani Cinema]].`,
  },
  {
    name: 'new zealand science on an alpine fault with a crown research institute a university named after its region a public insurer named in maori maori names with te a newspaper named after its region and fiords',
    text: `Scientists find [[L Alpine Fault]] ruptured twice in quick succession

[[L CHRISTCHURCH]] — The [[L Alpine Fault]], which runs for 600 kilometres along the spine of [[L New Zealand]]'s [[L South Island]], broke in two great earthquakes only decades apart about 1,100 years ago, scientists said on Thursday.

A team from [[O GNS Science]] and the [[O University of Canterbury]] dated layers of mud in lakes near [[L Haast]] and in [[L Fiordland]]. They found that a quake of about magnitude 8 was followed within 40 years by a second, further north, near [[L Hokitika]].

"It changes the planning. We should not assume the fault goes quiet for three centuries after it moves," said lead author [[P Aroha Te Whata]], a geologist at [[O GNS Science]]. The study was published in the journal [[X Geology]].

Co-author [[P Rangi McGregor-Tāwhai]] said the team had worked with [[O Te Rūnanga o Ngāi Tahu]] to sample lakes on tribal land. The public insurer [[O Toka Tū Ake EQC]] paid for part of the work.

[[P Te Whata]] said towns on the [[L West Coast]], including [[L Franz Josef]], should plan for roads to be cut for weeks. The road to [[L Milford Sound]] would likely close for a month, she said.

The finding was first reported by the [[O Otago Daily Times]].`,
  },
  {
    name: 'afp dhaka floods with a river a water board and a forecasting centre by acronym an ngo by acronym a un agency bangladeshi names indian states and a town named like a person',
    text: `Floods strand two million in north-east [[L Bangladesh]]

[[L DHAKA]] ([[O AFP]]) - Flash floods have stranded about two million people in north-eastern [[L Bangladesh]] after days of heavy rain in the hills of [[L India]]'s [[L Meghalaya]] state, officials said on Saturday.

The [[L Surma]] river was flowing 1.2 metres above danger level at [[L Sylhet]], the [[O Flood Forecasting and Warning Centre]] ([[O FFWC]]) said. Most of [[L Sunamganj]] district was under water and its link road to [[L Sylhet]] was cut.

"The water came in the night, faster than in 2022," said [[P Rokeya Begum]], 46, who had moved with her four children to a school in [[L Chhatak]].

Disaster Management Adviser [[P Rezaul Karim Bhuiyan]] said the army was using boats to deliver food. The [[O Bangladesh Water Development Board]] ([[O BWDB]]) said it expected the water to start falling by Tuesday if the rain in [[L Cherrapunji]] eased.

The aid group [[O BRAC]] said it had opened 140 shelters. [[O UNICEF]] warned of diarrhoea in crowded camps. [[P Farida Yasmin Chowdhury]], a hydrologist at [[O Bangladesh University of Engineering and Technology]], said sand mining on the river bed had made the floods worse.

Floods also hit [[L Assam]] in [[L India]], where the [[L Brahmaputra]] burst its banks, the [[O Assam State Disaster Management Authority]] said.`,
  },
];

export const BATCH_64: EntityCase[] = [
  {
    name: 'reuters sofia bulgarian snap election with parties by name acronym and translation an election commission a president bulgarian -ov and -ova names a square and a sign-off',
    text: `[[L Bulgaria]]'s [[O GERB]] leads seventh snap vote, far short of majority

[[L SOFIA]], Oct 28 ([[O Reuters]]) - The centre-right [[O GERB]] party led [[L Bulgaria]]'s seventh parliamentary election in four years with about 26% of the vote, partial results showed on Monday, leaving it far short of a majority and facing weeks of coalition talks.

The reformist [[O We Continue the Change]] ([[O PP]]) was second with 15%, ahead of the pro-Russian [[O Vazrazhdane]], the [[O Central Election Commission]] said after counting 92% of ballots. Turnout was 34%, the lowest since the end of communism.

[[O GERB]] leader [[P Boyko Stanishev]] said he would offer the prime minister's job to a non-party economist. "[[L Bulgaria]] does not need an eighth election, it needs a budget," he told supporters in [[L Sofia]].

President [[P Rumyana Dimitrova]] will hand the first mandate to the largest party next week. [[P Asen Dobrev Nikolov]], who leads [[O PP]], said his party would not govern with [[O GERB]] "under any name".

Several hundred people protested in [[L Independence Square]] against what they called vote-buying in [[L Kardzhali]] and [[L Haskovo]]. Analyst [[P Daniela Georgieva-Ruseva]] of the [[O Centre for Liberal Strategies]] said a deal was possible only if [[O PP]] split.

(Reporting by [[P Tsvetelina Ilieva]]; Editing by [[P Peter Ashbourne]])`,
  },
  {
    name: 'south african rugby union currie cup with provincial teams by name and nickname a stadium named after a person a ground named after a suburb de villiers and van names and a governing body',
    text: `[[O Western Province]] stun [[O Bulls]] to reach [[X Currie Cup]] final

[[L PRETORIA]] — [[O Western Province]] scored two late tries to beat the [[O Bulls]] 27-24 at [[L Loftus Versfeld]] on Saturday and reach their first [[X Currie Cup]] final in six years.

Wing [[P Jaco de Villiers]] went over in the corner with two minutes left after flyhalf [[P Sibusiso Mthembu]] kicked across the field. [[P Mthembu]] added the conversion from the touchline and a penalty earlier in the half.

The [[O Bulls]], who had won all ten of their home games this season, led 24-13 with a quarter of an hour to play. Coach [[P Hennie van Zyl]] said his side "stopped playing rugby and started protecting a lead."

[[O Province]] will meet the [[O Sharks]] in the final in [[L Durban]] on Oct. 19 after the [[O Sharks]] beat the [[O Free State Cheetahs]] 31-10 at [[L Kings Park]] on Friday. The [[O Cheetahs]] lost lock [[P Ruan Pienaar-Botha]] to a red card after 20 minutes.

[[O SA Rugby]] said the final was sold out. [[O Province]] captain [[P Thabo Nkosi]], who grew up in [[L Gugulethu]], said the win was "for the people who came to [[L Newlands]] when we were losing."`,
  },
  {
    name: 'afp new delhi nipah outbreak in kerala with indian names with initials a state health department a national virology institute named after its city a district a medical college hospital and the who',
    text: `[[L India]]'s [[L Kerala]] confirms two Nipah deaths, seals villages

[[L NEW DELHI]] ([[O AFP]]) - Authorities in the southern Indian state of [[L Kerala]] sealed off seven villages on Friday after two people died of the Nipah virus, a rare brain infection carried by fruit bats, the state's health minister said.

Health Minister [[P P. V. Radhakrishnan]] said a 38-year-old farm worker and his 12-year-old nephew died at the [[L Kozhikode Government Medical College Hospital]]. Samples were confirmed by the [[O National Institute of Virology]] in [[L Pune]].

"We have traced 312 contacts and isolated 40 of them," [[P Radhakrishnan]] told reporters in [[L Thiruvananthapuram]]. Schools in [[L Kozhikode]] and [[L Malappuram]] districts were closed.

The [[O Indian Council of Medical Research]] ([[O ICMR]]) said it would send monoclonal antibodies from [[L Australia]]. [[L Kerala]] has had Nipah outbreaks in 2018, 2019, 2021, 2023 and 2024.

Dr. [[P Anitha K. Menon]], a virologist at [[O Manipal Academy of Higher Education]], said bat habitats were shrinking as forests were cleared. The [[O World Health Organization]] lists Nipah among the diseases most likely to cause a pandemic.`,
  },
  {
    name: 'reuters santiago lithium deal with a chilean miner by acronym a state copper firm a development agency by acronym a salt flat a region de la names a us rival a ticker and a sign-off',
    text: `[[L Chile]]'s [[O SQM]], [[O Codelco]] sign final lithium partnership deal

[[L SANTIAGO]], May 31 ([[O Reuters]]) - Chilean lithium miner [[O SQM]] and state copper giant [[O Codelco]] signed the final agreement for their joint venture in the [[L Salar de Atacama]] on Friday, ending a year of talks and opposition from indigenous communities.

The venture, to be run by [[O Codelco]] from 2031, will produce about 300,000 tonnes of lithium carbonate a year. Economy Minister [[P Javiera Fuentealba de la Maza]] said it would keep [[L Chile]] among the world's top two producers alongside [[L Australia]].

The [[O Council of Atacameño Peoples]] said it had not been consulted on water use. Its president, [[P Sergio Cruz Anza]], said the group would go to the [[O Environmental Court]] in [[L Antofagasta]].

Shares in [[O SQM]] ([[X SQM.N]]) rose 3% in [[L New York]]. The state development agency [[O CORFO]], which owns the salt flat's mining rights, will receive a larger share of sales under the deal.

"The price of lithium decides everything else," said [[P Tomás Ignacio Larraín]], an analyst at [[O BTG Pactual]] in [[L Santiago]]. Rival [[O Albemarle]], which also mines in the [[L Atacama]], said it was studying the terms.

(Reporting by [[P Fabián Olivares Muñoz]]; Editing by [[P Denise Whitfield]])`,
  },
  {
    name: 'ap addis ababa transport a national airline a new airport near a town an old airport with a place name a construction firm named after its founder an african development bank and ethiopian names',
    text: `[[L Ethiopia]] starts building [[L Africa]]'s largest airport

[[L ADDIS ABABA]], [[L Ethiopia]] ([[O AP]]) — [[L Ethiopia]] on Wednesday started building what it says will be [[L Africa]]'s largest airport, a $10 billion hub near the town of [[L Bishoftu]], 45 kilometres southeast of the capital.

[[O Ethiopian Airlines]] chief executive [[P Mesfin Tasew Bekele]] said the airport would handle 60 million passengers a year when its first phase opens in 2029, and 110 million later. The airline's hub at [[L Bole International Airport]] in [[L Addis Ababa]] is nearly full.

The [[O African Development Bank]] has agreed to lend $500 million, and the [[O Ethiopian Investment Holdings]] fund will own the airport. Transport Minister [[P Dagmawit Haile Mariam]] laid the first stone.

About 18,000 farmers will have to move. [[P Tigist Alemayehu]], who farms teff outside [[L Bishoftu]], said she had not been told how much she would be paid. "They showed us a map, but not a price," she said.

The first runways will be built by [[O Yotek Construction]], an Ethiopian firm, and [[L China]]'s [[O CCCC]]. [[O Boeing]] and [[O Airbus]] both sent executives to the ceremony.`,
  },
  {
    name: 'fiji regional paper on returned artefacts with honorifics outside the span a museum in suva a university museum abroad a council of chiefs a ministry artefacts as none itaukei names and a newspaper',
    text: `War club and canoe prow come home to [[L Fiji]] after 150 years

[[L SUVA]] — A carved war club and the prow of a double-hulled canoe taken from [[L Fiji]] in the 1870s were handed back on Tuesday by a museum at the [[O University of Cambridge]], in a ceremony at the [[O/L Fiji Museum]] in [[L Thurston Gardens]].

The objects were collected by a British colonial officer and have been held since 1884 at the [[O/L Museum of Archaeology and Anthropology]] in [[L Cambridge]]. Its director, [[P Helen Ashworth]], said the return was "long overdue."

Ratu [[P Josefa Vosanibola]], a chief from [[L Bau]], wept as the club, known as [[X Tavaqa]], was carried in. "Our grandfathers held this. Now our grandchildren can see it," he said.

Adi [[P Litia Cakobau-Naivalu]], who chairs the museum's board, said talks were under way with museums in [[L London]] and [[L Auckland]] over 40 more objects. The [[O Ministry of iTaukei Affairs]] paid for a new climate-controlled room.

[[P Sakiusa Tuisolia]], a historian at the [[O University of the South Pacific]], said many of the objects had been given as gifts, and that the stories behind them should be told. The return was first reported by [[O The Fiji Times]].`,
  },
];
