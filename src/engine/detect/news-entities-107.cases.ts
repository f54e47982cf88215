/**
 * Blind entity batches 107-109 (helper ents57a, 6 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 109 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_36 are made from batches 107 and 108 only, and batch 109's errors are never
 * printed or read (only its totals). 107 and 108 lean on kinds of news earlier batches used little:
 * technology products and services (browsers, phones, chips, operating systems and games as none,
 * beside the firms that make them); defence (missiles, drones, tanks and ships as none; ministries,
 * armed forces, units and bases); Dutch and German names with particles ("van der", "de", "von")
 * mid-sentence and opening a sentence; sports clubs named after cities beside the city as a place;
 * companies named after towns or people; agriculture and commodities; aviation and rail; regional
 * news from Latin America, South-East Asia and Africa. Batch 109 is an ordinary day's wire.
 * Products, vessels, aircraft types, weapons, laws, events and works are none. People are invented;
 * countries, agencies and companies appear as they would in any report.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_107: EntityCase[] = [
  {
    name: 'reuters brussels browser choice screens the european commission and its competition chief firms beside their browsers as none a law as none a browser maker with a ticker-free name an analytics firm and a sign-off',
    text: `[[L BRUSSELS]], Feb 17 ([[O Reuters]]) - The [[O European Commission]] on Tuesday ordered [[O Google]] and [[O Microsoft]] to show users a new choice screen for web browsers, saying the companies still steered people towards their own [[X Chrome]] and [[X Edge]] browsers despite rules that took effect two years ago.

The [[O Commission]] said the screens that [[X Google Chrome]] and [[X Microsoft Edge]] show when a phone or laptop is first switched on were "designed to be skipped". Under the [[X Digital Markets Act]], the companies have six months to change them or face fines of up to 10 percent of their global sales.

Competition Commissioner [[P Margarethe Ellingsen]] told reporters in [[L Brussels]] that rival browsers had won only "crumbs" since the law took effect. Figures from the analytics firm [[O StatCounter]] show [[X Google Chrome]] with 64 percent of the European market, [[X Apple Safari]] with 19 percent and [[X Microsoft Edge]] with 6 percent. [[X Mozilla Firefox]] has less than 3 percent.

[[O Mozilla]], the non-profit group behind [[X Firefox]], welcomed the decision. Its chief executive, [[P Laurent Dubreuil-Haas]], said in a statement from [[L San Francisco]] that users of [[X Windows]] laptops were still asked "again and again" to switch back to [[X Edge]].

[[O Google]] said it would appeal to the [[O General Court]] in [[L Luxembourg]]. "People choose [[X Chrome]] because it is fast and safe," the company said. [[O Microsoft]] said it would study the decision.

The Norwegian browser maker [[O Opera]], which has more users in [[L Africa]] than in [[L Europe]], said the new screens should also appear on [[X Android]] tablets and on [[X iPhone]] models sold before 2024. [[O Apple]] was not named in Tuesday's order but is the subject of a separate inquiry into its [[X App Store]].

The [[O European Consumer Organisation]] ([[O BEUC]]) said the [[O Commission]] had taken too long to act.

(Reporting by [[P Foo Yun Chee-Lindqvist]]; Editing by [[P Toby Marchbanks]])`,
  },
  {
    name: 'ap taipei chipmaker results a chip foundry by name and acronym customers beside their phones and chips as none a taiwanese ministry a science park a dutch equipment maker an island county and an arizona plant',
    text: `[[L TAIPEI]], [[L Taiwan]] ([[O AP]]) — [[O Taiwan Semiconductor Manufacturing Co.]] said Thursday its profit rose 41% in the last quarter as demand for chips used in artificial intelligence data centers kept its factories running at full speed.

The world's largest contract chipmaker, known as [[O TSMC]], makes processors for [[O Nvidia]], [[O Apple]] and [[O AMD]]. Its newest factories in the [[L Hsinchu Science Park]] and in [[L Kaohsiung]] are making chips on a process it calls [[X N2]], which will go into the [[X iPhone 18]] and [[O Nvidia]]'s [[X Rubin]] processors next year.

Chief executive [[P Wei-Lun Kao]] told analysts that the company would spend as much as $52 billion on new plants this year. About a third of that will go to its factories in [[L Phoenix]], [[L Arizona]], where a second plant began production in October.

"Our customers are asking for more than we can make," [[P Wei-Lun Kao]] said.

[[O Samsung Electronics]], which makes its own [[X Exynos]] chips for [[X Galaxy]] phones and competes with [[O TSMC]] for orders, reported weaker results last week. [[O Intel]], which is trying to win customers for its foundry business, said in January that [[O Microsoft]] had agreed to have a chip made at its plant in [[L Chandler]].

[[L Taiwan]]'s [[O Ministry of Economic Affairs]] said exports of chips rose 38% in the year to December. The ministry has warned that the island's power grid could struggle to supply new plants, and [[O Taipower]], the state utility, plans to build two gas-fired stations in [[L Taoyuan]].

[[O TSMC]] buys most of its lithography machines from [[O ASML]], a Dutch company whose most advanced tools cannot be sold to [[L China]] under export rules agreed between [[O/L The Hague]] and [[O/L Washington]].

[[P Chia-Hui Lo]], an analyst at [[O Yuanta Securities]] in [[L Taipei]], said the results showed "no sign yet of a slowdown in AI spending."

Shares of [[O TSMC]] rose 2.3% in [[L Taipei]]. The company will hold its annual technology forum in [[L Santa Clara]], [[L California]], in April.`,
  },
  {
    name: 'reuters warsaw tank and missile purchase the defence ministry by long name a state arms group by name and acronym korean makers beside their tanks and howitzers as none a mechanised division a land forces command a base and a sign-off',
    text: `[[L WARSAW]], Sept 2 ([[O Reuters]]) - [[L Poland]] signed a $6.5 billion deal on Wednesday to buy 180 more [[X K2]] tanks from [[L South Korea]], with most of them to be built at a state-owned plant in the south of the country from 2028.

The [[O Ministry of National Defence]] said the tanks, made by [[O Hyundai Rotem]], would go to the [[O 18th Mechanised Division]], which guards the country's eastern border with [[L Belarus]]. The first 40 will be delivered to a base in [[L Siedlce]] next year.

Defence Minister [[P Tomasz Wierzbicki]] said at the signing in [[L Warsaw]] that [[L Poland]] would have "the largest tank force in [[L Europe]]" by 2030. [[P Wierzbicki]] said the [[O Polish Armed Forces]] now had about 210,000 soldiers.

Under the deal, the state arms group [[O Polska Grupa Zbrojeniowa]] ([[O PGZ]]) will assemble the tanks at its [[O Bumar-Łabędy]] works in [[L Gliwice]]. [[O PGZ]] chief executive [[P Krzysztof Nowacki-Ruda]] said 1,200 people would be hired.

The ministry also ordered 96 [[X K9]] howitzers from [[O Hanwha Aerospace]] and said it was in talks to buy [[X Chunmoo]] rocket launchers. Last month it took delivery of the first [[X Patriot]] air defence batteries from [[O Raytheon]], which are based near [[L Rzeszów]], and of [[X AW149]] helicopters made by [[O Leonardo]].

The [[O General Command of the Armed Forces]] said a new brigade of drone operators would be formed in [[L Lublin]], armed with [[X Gladius]] strike drones made by the Polish firm [[O WB Group]].

Opposition lawmakers from the [[O Law and Justice]] party, which signed the first [[X K2]] deal in 2022, said the new order came too late. [[O NATO]] has praised [[L Poland]] for spending more than 4 percent of its economic output on defence.

(Reporting by [[P Anna Koper-Staszewska]] and [[P Pawel Florkiewicz-Lis]]; Editing by [[P Hugh Lawson-Grey]])`,
  },
  {
    name: 'wikinews-style dutch navy frigate order dutch names with van der and de mid-sentence and opening a sentence a shipyard group a navy and its base ships as none the lower house and a belgian partner',
    text: `[[L Netherlands]] orders four anti-submarine frigates

Wednesday, May 13, 2026

The [[O Royal Netherlands Navy]] is to get four new anti-submarine frigates after the Dutch cabinet approved a €5.4 billion order on Tuesday, the largest in the navy's history.

State Secretary for Defence [[P Joost van der Wiel]] told the [[O House of Representatives]] in [[O/L The Hague]] that the ships would be built by [[O Damen Naval]] at its yard in [[L Vlissingen]]. [[P Van der Wiel]] said the first ship, to be named [[X Zr.Ms. Karel Doorman]], would be handed over in 2031.

Two of the ships will be built for [[L Belgium]], which is sharing the cost. The Belgian defence minister, [[P Ludivine de Meester]], said in [[L Brussels]] that the [[O Belgian Navy]] would base its ships at [[L Zeebrugge]]. [[P De Meester]] said [[L Belgium]] and the [[L Netherlands]] had run a joint naval command since 1996.

The Dutch ships will be based at [[L Den Helder]], the navy's main base in the north of the country. Vice-Admiral [[P Erik de Groot]], the commander of the navy, said the frigates would hunt submarines in the [[L North Sea]] and the [[L Atlantic]]. "These ships will be the ears of [[O NATO]] under water," [[P de Groot]] said.

The frigates will carry [[X NH90]] helicopters and [[X Evolved Sea Sparrow]] missiles made by [[O Raytheon]]. Their sonar will come from the French firm [[O Thales]], which has a large plant in [[L Hengelo]].

Opposition member [[P Sanne van Leeuwen]] of the [[O Socialist Party]] said the money should go to housing. But most parties in the [[O House of Representatives]], including [[O GroenLinks-PvdA]], supported the order. [[P Van Leeuwen]]'s motion to delay it won 24 votes.

[[P Hendrik von Stralen]], a German naval analyst at the [[O Kiel Institute for Security Policy]], said the order showed that smaller navies were "buying for a war, not for patrols".

Sources

"Kabinet bestelt vier fregatten bij [[O Damen]]" — [[O NOS]], May 12, 2026
"Dutch and Belgians order frigates" — [[O Naval News]], May 12, 2026`,
  },
  {
    name: 'reuters tokyo game console sales a games maker beside its console and games as none a rival and its console a chip supplier an industry group a research firm and a french studio with a montreal site and a sign-off',
    text: `[[L TOKYO]], Nov 5 ([[O Reuters]]) - [[O Nintendo]] raised its forecast for sales of the [[X Switch 2]] console on Wednesday, saying demand had held up even after price rises, helped by new games in its [[X Mario Kart]] and [[X Pokémon]] series.

The [[L Kyoto]]-based company now expects to sell 21 million units in the year to March, up from 17 million. Operating profit for the first half rose 68 percent to 312 billion yen.

President [[P Shuntaro Furukawa-Ide]] told a briefing in [[L Osaka]] that the company had secured enough chips from [[O Nvidia]], whose processor powers the console, to meet demand through the holiday season.

[[O Sony Group]], which makes the [[X PlayStation 5]], reports results next week. Analysts expect it to lower its forecast after the [[L United States]] raised tariffs on consoles made in [[L China]] and [[L Vietnam]]. [[O Nintendo]] moved much of its assembly to [[L Vietnam]] last year.

"[[O Nintendo]] has found a way to keep families buying even as prices rise," said [[P Hideki Yasuda-Marsh]], an analyst at [[O Ace Research Institute]] in [[L Tokyo]]. He said the [[X Switch 2]] had sold faster in its first six months than any console before it.

Games made by other companies sold less well. The French publisher [[O Ubisoft]], whose largest studio is in [[L Montreal]], said last month that its new [[X Assassin's Creed]] game had sold fewer copies than hoped on the console. [[O Tencent]], which owns a stake in [[O Ubisoft]], declined to comment.

The [[O Computer Entertainment Supplier's Association]], which runs the [[X Tokyo Game Show]], said spending on games in [[L Japan]] rose 9 percent last year. Research firm [[O Circana]] said the [[X Switch 2]] was the best-selling console in the [[L United States]] in October.

Shares of [[O Nintendo]] rose 6 percent in [[L Tokyo]].

(Reporting by [[P Miho Tanaka-Ruhl]]; Editing by [[P Jamie Freed-Okafor]])`,
  },
  {
    name: 'ap frankfurt airline and rail strike an airline and its pilots union by name and acronym a rail operator and its train as none an aircraft type as none a rail union by acronym an airport operator a federal office and a transport ministry with a german minister named von',
    text: `[[L FRANKFURT]], [[L Germany]] ([[O AP]]) — Travelers across [[L Germany]] faced a second day of disruption Friday as pilots at [[O Lufthansa]] and train drivers at [[O Deutsche Bahn]] walked off the job in separate disputes over pay and pensions.

[[O Lufthansa]] canceled about 800 flights from its hubs in [[L Frankfurt]] and [[L Munich]], affecting 110,000 passengers. The pilots' union, [[O Vereinigung Cockpit]], said its members would strike until Saturday night unless the airline improved its offer on pensions.

Union spokesman [[P Matthias Oberländer]] said pilots had not had a real pay rise since 2019. [[O Lufthansa]] said the union's demands would cost it 900 million euros a year.

The airline said long-haul flights on its [[X Airbus A350]] and [[X Boeing 787]] jets were worst hit, while flights run by its budget arm [[O Eurowings]] and by [[O Swiss International Air Lines]] were largely operating.

At the same time, the train drivers' union [[O GDL]] stopped most long-distance [[X ICE]] services on [[O Deutsche Bahn]]'s network. The rail company said only one train in five was running between [[L Hamburg]] and [[L Berlin]], and that regional trains in [[L Bavaria]] and [[L Saxony]] were also affected.

[[O Fraport]], which runs [[L Frankfurt Airport]], said terminals were quiet and asked passengers not to travel to the airport unless their flight was confirmed.

Transport Minister [[P Friederike von Allwörden]] urged both unions to accept mediation. [[P Von Allwörden]] said the strikes were costing the economy "hundreds of millions of euros a day". The [[O Federal Office of Civil Aeronautics]] said it would not intervene in a lawful strike.

The [[O German Economic Institute]] in [[L Cologne]] estimated that a week of rail strikes would cut national output by 0.1 percentage points. Passengers at [[L Berlin Hauptbahnhof]] said they had rented cars or booked coaches run by [[O FlixBus]].

[[O Lufthansa]] shares fell 2.1% in [[L Frankfurt]].`,
  },
];

export const BATCH_108: EntityCase[] = [
  {
    name: 'wikinews-style english football and rugby weekend clubs named after cities beside the cities as places a league and a cup as none a stadium a rugby club with a nickname and a sources list',
    text: `[[O Leeds]] go top of the [[O Championship]] as [[O Sheffield United]] slip

Sunday, January 18, 2026

[[O Leeds United]] went top of the [[O Championship]] on Saturday with a 3–1 win at [[O Middlesbrough]], while [[O Sheffield United]] lost 2–0 at home to [[O Coventry City]].

Striker [[P Joel Piroe-Hansen]] scored twice for [[O Leeds]] in the first half at the [[L Riverside Stadium]]. [[O Middlesbrough]] pulled one back through [[P Finn Azaz-Morley]] before substitute [[P Wilfried Gnonto-Baye]] sealed the win.

[[O Leeds]] manager [[P Daniel Farke-Wirtz]] said the team had "suffered together" in the snow. The city of [[L Leeds]] had been hit by heavy snow on Friday, and the club asked fans to take the train from [[L Bradford]] and [[L York]] rather than drive.

At [[L Bramall Lane]], [[O Coventry]] scored in each half. [[O Sheffield United]], who were relegated from the [[O Premier League]] two years ago, have now lost four games in a row. Fans in [[L Sheffield]] held a protest against the club's American owners before kick-off.

[[O Burnley]] drew 0–0 with [[O Norwich City]], and [[O Sunderland]] beat [[O Hull City]] 2–1 in the evening game.

In rugby union, [[O Leicester Tigers]] beat [[O Bath]] 27–24 at [[L Welford Road]] in the [[O Premiership]]. Fly-half [[P Handré Pollard-Muir]] kicked a penalty in the last minute. [[O Bath]] remain top of the table, a point ahead of [[O Northampton Saints]], who beat [[O Gloucester]] 31–10 in [[L Gloucester]] on Friday night.

[[O Saracens]] travel to [[O Exeter Chiefs]] on Sunday. The [[O Rugby Football Union]] said the match at [[L Sandy Park]] would go ahead despite frost in [[L Devon]].

The [[X FA Cup]] fourth round is played next weekend. [[O Leeds]] visit [[O Plymouth Argyle]], and [[O Sheffield United]] face [[O Wrexham]].

Sources

"[[O Leeds]] top after [[L Teesside]] win" — [[O BBC Sport]], January 17, 2026
"Fans boo as slump goes on" — [[O Sheffield Star]], January 17, 2026`,
  },
  {
    name: 'afp stockholm ice hockey and cricket clubs named after towns swedish and finnish hockey clubs a league by acronym an arena a national federation and a county cricket result with counties as clubs',
    text: `[[L STOCKHOLM]] ([[O AFP]]) - [[O Luleå]] beat [[O Frölunda]] 4-2 on Thursday to take a 3-1 lead in the final of [[L Sweden]]'s top ice hockey league, the [[O SHL]], and can win their first title since 2021 on Saturday in [[L Gothenburg]].

Forward [[P Linus Öhrvall]] scored twice in the third period at the [[L Coop Norrbotten Arena]], where 6,300 fans watched in [[L Luleå]], a port town near the [[L Arctic Circle]]. "The whole of [[L Norrbotten]] is behind us," [[P Öhrvall]] said.

[[O Frölunda]] coach [[P Roger Rönnberg-Ask]] said his players had been "tired in the head" after a semi-final series against [[O Skellefteå AIK]] that went to seven games. [[O Skellefteå]] had won the title in 2023 and 2024.

In [[L Finland]], [[O Tappara]] of [[L Tampere]] won the [[O Liiga]] title for the fourth time in five years with a 3-0 win over [[O Kärpät]] in [[L Oulu]]. The [[O Finnish Ice Hockey Association]] said a record 1.1 million people had watched the final on television.

The [[O Swedish Ice Hockey Association]] said 14 players from the two [[O SHL]] finalists had been called up for the [[X World Championship]] in [[L Zurich]] and [[L Fribourg]] in May.

In cricket, [[O Surrey]] began their defence of the [[X County Championship]] title with a ten-wicket win over [[O Durham]] at the [[L Riverside Ground]] in [[L Chester-le-Street]]. Seamer [[P Dan Worrall-Brooks]] took nine wickets in the match. [[O Yorkshire]] and [[O Lancashire]] drew at [[L Headingley]], where rain in [[L Leeds]] washed out the last day.

[[O Somerset]] beat [[O Essex]] by 84 runs in [[L Taunton]]. [[O Essex]] captain [[P Tom Westley-Hart]] said the pitch had been "like a road for two days and a minefield for two".

The [[O England and Wales Cricket Board]] said it would review the start of the season in early April after several matches in [[L Manchester]] and [[L Birmingham]] were hit by snow.`,
  },
  {
    name: 'reuters london high street retailers named after people and towns a pharmacy chain and its us parent a bank group named after a person a supermarket chain a building society named after a town a regulator and a union and a sign-off',
    text: `[[L LONDON]], April 9 ([[O Reuters]]) - Pharmacy chain [[O Boots]] said on Thursday it would close 180 of its shops in [[L Britain]] over the next two years, the latest high street retailer to shrink as shoppers move online and costs rise.

[[O Boots]], which was founded in [[L Nottingham]] in 1849 and still has its head office there, is owned by [[O Walgreens Boots Alliance]]. The [[L Illinois]]-based group was bought by the private equity firm [[O Sycamore Partners]] last year.

Managing director [[P Sebastian Croome-Lyall]] said most of the shops to close were within a few hundred metres of another [[O Boots]] store. About 1,100 jobs would go, though the company hoped to move most staff to nearby shops.

The shop workers' union [[O Usdaw]] said it would seek talks. General secretary [[P Joanne Thirlwall]] said the cuts would leave "pharmacy deserts" in small towns such as [[L Barnoldswick]] and [[L Ilfracombe]].

The [[O Competition and Markets Authority]] said last month that the number of pharmacies in [[L England]] had fallen by 1,200 since 2017.

Separately, [[O Lloyds Banking Group]] said it would close another 95 branches of [[O Lloyds]], [[O Halifax]] and [[O Bank of Scotland]]. [[O Lloyds]] said nine in ten of its customers now used its app.

[[O Sainsbury's]] said it would open 12 more convenience stores, some in shops once run by [[O Wilko]], which collapsed in 2023. [[O Marks & Spencer]] reports results next month.

The [[O Nationwide Building Society]], which is based in [[L Swindon]], said it would keep all its branches open until at least 2028, and the [[O Skipton Building Society]] said the same.

[[P Maura Delahunt]], an analyst at [[O Peel Hunt]], said the closures were "a sensible tidy-up rather than a retreat".

Shares of [[O Walgreens]] are no longer listed after the takeover.

(Reporting by [[P James Davey-Orr]]; Editing by [[P Sarah Young-Kettle]])`,
  },
  {
    name: 'reuters buenos aires and sao paulo soybean harvest grain exchanges by long name crop agencies by acronym grain traders a port city a state and a province an exchange in chicago a weather service and a sign-off',
    text: `[[L BUENOS AIRES]]/[[L SAO PAULO]], March 26 ([[O Reuters]]) - [[L Argentina]] cut its forecast for this season's soybean harvest on Thursday after a drought in the west of the grain belt, while [[L Brazil]] raised its own estimate to a record, pushing prices lower in [[L Chicago]].

The [[O Buenos Aires Grains Exchange]] said [[L Argentina]] would harvest 44.5 million tonnes of soybeans, down from 48.6 million forecast in February. Dry weather in [[L Córdoba]] and [[L La Pampa]] provinces had hurt plants as they filled their pods, it said.

The [[O Rosario Board of Trade]], which sits beside the country's main export ports on the [[L Paraná River]], gave a lower figure of 43 million tonnes. Its chief economist, [[P Emilce Terré-Goñi]], said farmers were holding back sales because of the peso's fall.

In [[L Brazil]], the national crop agency [[O Conab]] raised its forecast to 171.4 million tonnes, helped by good rain in [[L Mato Grosso]], the largest farming state. Farmers in [[L Paraná]] and [[L Rio Grande do Sul]] have almost finished the harvest.

Soybean futures on the [[O Chicago Board of Trade]] fell 1.8% to $10.12 a bushel, the lowest in six weeks. [[O Cargill]], [[O Bunge]] and [[O Louis Dreyfus Company]], which together handle much of the trade from both countries, have lowered the prices they pay at [[L Santos]] and [[L Paranaguá]].

"[[L Brazil]] is making up for every tonne [[L Argentina]] loses," said [[P Lucas Brinkmann-Sá]], an analyst at [[O StoneX]] in [[L Campinas]].

[[L Argentina]]'s national weather service, [[O SMN]], said more dry weather was likely in April. The [[O Ministry of Agriculture and Livestock]] in [[L Brasília]] said exports to [[L China]] had reached a record in the first quarter.

Coffee growers in [[L Minas Gerais]] also reported a good crop, and arabica futures fell in [[L New York]].

(Reporting by [[P Maximilian Heath-Ruiz]] in [[L Buenos Aires]] and [[P Ana Mano-Ferraz]] in [[L Sao Paulo]]; Editing by [[P Paul Simão-Kerr]])`,
  },
  {
    name: 'afp manila rice prices in south-east asia the agriculture department and a food authority a vietnamese exporters association thai and indonesian state bodies a typhoon as none a research institute at los banos and a farmers group',
    text: `[[L MANILA]] ([[O AFP]]) - The [[L Philippines]] will release rice from government stocks to cut prices in [[L Manila]] markets, officials said Monday, after a typhoon flooded farms across the island of [[L Luzon]] just before the harvest.

[[O Department of Agriculture]] secretary [[P Ramon Villaluz-Tan]] said the [[O National Food Authority]] would sell 300,000 bags of rice at 35 pesos a kilo through stalls in [[L Metro Manila]] and in [[L Central Luzon]], the country's main rice-growing region. [[X Typhoon Kalmaegi]] destroyed about 220,000 tonnes of the crop last week.

The [[L Philippines]] is the world's largest rice importer and buys most of its supply from [[L Vietnam]]. The [[O Vietnam Food Association]] said exporters in the [[L Mekong Delta]] had already raised their prices by 6 percent because of the Philippine demand.

In [[L Thailand]], the [[O Thai Rice Exporters Association]] said it expected to ship 7.5 million tonnes this year, and [[L Indonesia]]'s state logistics agency [[O Bulog]] said it had enough rice in its warehouses to last until June. The government in [[L Jakarta]] has ordered the country to stop importing rice by 2027.

[[P Leonora Bautista-Yu]], a scientist at the [[O International Rice Research Institute]] in [[L Los Baños]], south of [[L Manila]], said farmers needed seeds that could survive under water for two weeks. "We have those varieties, but not enough farmers plant them," she said.

The farmers' group [[O Bantay Bigas]] said the cheap rice would hurt growers who still had grain to sell. Its spokeswoman, [[P Cathy Estavillo-Roque]], said farmers in [[L Nueva Ecija]] were being paid 18 pesos a kilo for wet grain.

[[O Philippine Statistics Authority]] figures show rice prices rose 11 percent in the year to October. The [[O Bangko Sentral ng Pilipinas]] is expected to keep its interest rate on hold on Thursday.`,
  },
  {
    name: 'reuters nairobi african airline and railway an airline and its aircraft as none a state railway and a railway line as none a chinese contractor an aviation authority by acronym a ugandan state a lender by acronym and a sign-off',
    text: `[[L NAIROBI]], June 23 ([[O Reuters]]) - [[O Kenya Airways]] said on Tuesday it would lease four more [[X Boeing 787]] jets to add flights to [[L Asia]] and [[L Europe]], after reporting its first annual profit in eleven years.

The airline, which is 48.9% owned by the state, made a pretax profit of 5.4 billion shillings in 2025. Chief executive [[P Allan Kilavuka-Odhiambo]] said new routes to [[L Mumbai]] and [[L Guangzhou]] had done well, and that the airline hoped to start flights to [[L New York]] again next year.

[[O Kenya Airways]] competes with [[O Ethiopian Airlines]], [[L Africa]]'s largest carrier, which flies from its hub in [[L Addis Ababa]] and is buying [[X Airbus A350]] jets. The [[O Kenya Civil Aviation Authority]] ([[O KCAA]]) said passenger numbers at [[L Jomo Kenyatta International Airport]] rose 14% last year.

Separately, the state rail operator [[O Kenya Railways]] said it had signed a deal with [[O China Road and Bridge Corporation]] to extend the [[X Standard Gauge Railway]] from [[L Naivasha]] to [[L Kisumu]] on [[L Lake Victoria]]. The line already links [[L Mombasa]] to [[L Nairobi]].

Transport Cabinet Secretary [[P Davis Chirchir-Wambua]] said [[L Uganda]] had agreed to build its own section from [[L Malaba]] to [[L Kampala]]. [[O/L Kampala]] has struggled to raise money for its part of the line since 2014.

The [[O African Development Bank]] ([[O AfDB]]) said it would lend $300 million towards the [[L Naivasha]] to [[L Kisumu]] section. The [[O Export-Import Bank of China]] lent most of the money for the first part.

[[P Wanjiru Kamau-Lind]], a transport economist at the [[O University of Nairobi]], said the railway still lost money on freight because lorries were cheaper for short trips.

[[O Kenya Airways]] shares rose 9% on the [[O Nairobi Securities Exchange]].

(Reporting by [[P Duncan Miriri-Achieng]]; Editing by [[P Alexander Winning-Hope]])`,
  },
];

export const BATCH_109: EntityCase[] = [
  {
    name: 'reuters bangkok central bank rate cut the central bank by name and acronym the finance ministry a committee a tourism authority a bank and a sign-off',
    text: `[[L BANGKOK]], Oct 14 ([[O Reuters]]) - [[L Thailand]]'s central bank cut its key interest rate by a quarter of a percentage point on Wednesday to 1.25%, the lowest in three years, as exports slowed and tourists from [[L China]] stayed away.

The [[O Bank of Thailand]]'s [[O Monetary Policy Committee]] voted 5-2 for the cut. Assistant governor [[P Piti Disyatat-Ong]] told reporters that growth would be weaker than expected this year and next, and that inflation was below the bank's target.

Finance Minister [[P Pichai Naripthaphan-Sri]] had called for a cut for months, and welcomed the decision. The [[O Finance Ministry]] expects the economy to grow 2.1% this year.

The [[O Tourism Authority of Thailand]] said arrivals from [[L China]] fell 28% in the first nine months of the year, though more visitors came from [[L India]] and [[L Russia]]. Hotels in [[L Phuket]] and [[L Pattaya]] have cut prices.

[[P Krystal Tan-Whitby]], an economist at [[O ANZ]] in [[L Singapore]], said the [[O Bank of Thailand]] would probably cut again in December. "There is no reason for them to wait," she said.

The baht weakened 0.4% against the dollar, and shares on the [[O Stock Exchange of Thailand]] rose 1.2%.

Prime Minister [[P Suthida Kraisorn-Vane]] has promised cash handouts to 14 million people before the [[X Songkran]] holiday in April. The [[O Bank of Thailand]] has warned that the handouts would add to public debt.

The [[O International Monetary Fund]] said in August that [[L Thailand]] should spend more on schools and less on handouts.

Carmakers have also cut output. [[O Toyota Motor Thailand]] said sales of pickup trucks fell 19% in the third quarter, and the [[O Federation of Thai Industries]] said factories around [[L Bangkok]] and in the eastern province of [[L Rayong]] were running at about 60% of capacity.

(Reporting by [[P Orathai Sriring-Hall]] and [[P Kitiphong Thaichareon-Lee]]; Editing by [[P Kim Coghill-Yeo]])`,
  },
  {
    name: 'ap bogota election runoff the electoral registry parties by name candidates a guerrilla group by acronym an observer mission and a departmental capital',
    text: `[[L BOGOTÁ]], [[L Colombia]] ([[O AP]]) — Colombians will choose between a former mayor of [[L Medellín]] and a left-wing senator in a presidential runoff on June 21 after neither won a majority in Sunday's first round, official results showed Monday.

[[P Federico Arango Vélez]], who ran [[L Medellín]] for four years and is backed by the [[O Democratic Center]] party, won 41% of the vote, according to the [[O National Civil Registry]]. Senator [[P Luz Marina Cepeda]] of the [[O Historic Pact]] coalition won 36%.

"[[L Colombia]] has voted for order," [[P Arango]] told supporters in [[L Bogotá]]. [[P Cepeda]] said she would win over voters in the [[L Caribbean]] region, where turnout was low.

The vote was held peacefully in most of the country, the registry said. But in the department of [[L Cauca]], polling stations in two towns were moved after threats from a group that broke away from the former [[O FARC]] guerrillas. The [[O National Liberation Army]] ([[O ELN]]) had promised not to attack the vote.

The [[O European Union]]'s observer mission, led by [[P Dorothea Kranz-Villa]], said the election was "well run and competitive". The [[O Organization of American States]] sent 80 observers.

[[P Arango]] has promised to build prisons and to send the army to fight drug gangs in the port of [[L Buenaventura]]. [[P Cepeda]] wants to raise taxes on oil and coal exports and to continue peace talks.

The peso rose 1.6% against the dollar Monday, and shares of [[O Ecopetrol]], the state oil company, jumped 5% in [[L Bogotá]].

In [[L Medellín]], where [[P Arango]] won almost 70% of the vote, supporters gathered in the [[L Plaza Botero]] on Sunday night. [[P Cepeda]] won most votes in [[L Cali]] and in the [[L Pacific]] coast departments of [[L Chocó]] and [[L Nariño]].

[[P Juliana Restrepo Marín]], a political scientist at the [[O University of the Andes]], said the runoff would be close because voters who backed the third-placed candidate, the centrist [[P Mauricio Gaviria Ochoa]], were split. The [[O Liberal Party]] said it would announce its choice next week.

[[O/L Washington]] has said it will work with whoever wins. The [[L United States]] is [[L Colombia]]'s largest trading partner.`,
  },
  {
    name: 'wikinews-style australian bushfire a state fire service the bureau of meteorology a national park a town a premier a power company and a sources list',
    text: `Bushfire forces evacuations in [[L Victoria]]

Saturday, January 9, 2027

Hundreds of people left their homes in western [[L Victoria]], [[L Australia]], on Friday as a bushfire burned through more than 30,000 hectares of the [[L Grampians National Park]].

The [[O Country Fire Authority]] ([[O CFA]]) told residents of [[L Halls Gap]] and [[L Pomonal]] that it was too late to leave and that they should shelter in place. About 600 firefighters and 40 aircraft were fighting the fire, the authority said.

Temperatures reached 44 °C in [[L Horsham]], according to the [[O Bureau of Meteorology]], which warned that a wind change in the evening would push the fire north-east.

Premier [[P Jacinta Allan-Moore]] said at least eight homes had been destroyed. "This is a dangerous day and it is not over," she told reporters in [[L Melbourne]]. Emergency Management Commissioner [[P Rick Nugent-Hale]] said no one had been reported missing.

The power company [[O Powercor]] cut electricity to 4,000 homes to stop its lines starting new fires. [[O V/Line]] cancelled trains between [[L Ararat]] and [[L Ballarat]].

The [[O Australian Defence Force]] sent two helicopters from its base at [[L Puckapunyal]]. Prime Minister [[P Graham Tolliver-Ward]] said the federal government would pay for emergency help for those who had lost their homes.

Residents who left [[L Halls Gap]] gathered at a relief centre in [[L Stawell]], where the [[O Australian Red Cross]] handed out food and blankets. [[P Noreen Castlemaine]], who runs a caravan park in the town, said she had packed her car at dawn. "We have seen fires before, but never this fast," she said.

The [[O Victorian Farmers Federation]] said thousands of sheep had died. Its president, [[P Emma Germano-Ruddick]], asked people to donate fodder.

Sources

"[[L Grampians]] fire: homes lost in [[L Pomonal]]" — [[O ABC News]], January 8, 2027
"[[O CFA]] warns it is too late to leave" — [[O The Age]], January 8, 2027`,
  },
  {
    name: 'ap new york court case a federal judge a drugmaker a state attorney general a district court a trade group and a university',
    text: `[[L NEW YORK]] ([[O AP]]) — A federal judge in [[L Manhattan]] on Thursday blocked a [[L New York]] law that would have capped the price of insulin at $35 a month for people with private insurance, saying it conflicted with federal rules for employer health plans.

U.S. District Judge [[P Harriet Okonkwo-Sims]] ruled in a lawsuit brought by the [[O ERISA Industry Committee]], a trade group for large employers. She said the law, signed last year by Gov. [[P Maureen Castellano-Reyes]], could not apply to plans run by employers themselves, which cover about half of workers in the state.

[[L New York]] Attorney General [[P Denise Okafor-Brandt]] said she would appeal to the [[O U.S. Court of Appeals for the 2nd Circuit]]. "Diabetes does not care who pays for your health plan," her office said in a statement.

The three largest insulin makers, [[O Eli Lilly]], [[O Novo Nordisk]] and [[O Sanofi]], have already cut their prices for many patients. [[O Novo Nordisk]] said in a statement that the ruling would not change what patients paid for its products.

The [[O American Diabetes Association]] said about 1.7 million people in [[L New York]] have diabetes. [[P Marcus Feld-Aguirre]], a professor of health law at [[O Columbia University]], said the ruling was "a reminder that states can only do so much" without [[O Congress]].

The case was filed in the [[O U.S. District Court for the Southern District of New York]] in March. Similar laws in [[L Colorado]] and [[L Illinois]] have also been challenged.

[[P Rosa Delgado-Pratt]], a teacher from [[L Yonkers]] who testified for the state in the case, said her insulin still cost her $180 a month because her union's plan was run by the school district. "The law was supposed to help people like me," she said.

The [[O Department of Labor]] in [[L Washington]], which oversees employer health plans, did not comment.`,
  },
  {
    name: 'reuters seoul tech merger a korean internet company and its messenger app as none a game maker a fair trade commission by name and acronym a bank a union and a sign-off',
    text: `[[L SEOUL]], Aug 20 ([[O Reuters]]) - [[O Kakao Corp]], which runs [[L South Korea]]'s most popular messaging app, said on Thursday it would buy the rest of its games unit [[O Kakao Games]] for 1.1 trillion won, as it tries to simplify a sprawling group that has drawn the ire of regulators.

[[O Kakao]] already owns 41% of the games company, whose titles include [[X Odin: Valhalla Rising]]. Chief executive [[P Park Shin-ah]] said the deal would let the group use [[X KakaoTalk]], which has 49 million users, to sell games directly.

The [[O Korea Fair Trade Commission]] ([[O KFTC]]) fined [[O Kakao]] last year for favouring its own taxi service on its maps app. It said it would review the deal.

[[O Kakao]]'s rival [[O Naver]] and the game maker [[O Krafton]], which publishes [[X PUBG: Battlegrounds]], have also been buying smaller firms. [[O NCSoft]] has cut 20% of its staff.

The [[O Korean Metal Workers' Union]], which represents some [[O Kakao]] staff, said it wanted guarantees on jobs at the games unit's offices in [[L Seongnam]].

[[P Oh Dong-hwan]], an analyst at [[O Samsung Securities]], said the price was "fair but not cheap". [[O KB Kookmin Bank]] will lend part of the money.

A former co-chief executive of [[O Kakao]], [[P Kim Tae-jun]], stepped down from the board last year after prosecutors in [[L Seoul]] charged him over the group's purchase of shares in the music company [[O SM Entertainment]]. He denies wrongdoing.

Shares of [[O Kakao Games]] jumped 22% on the [[O KOSDAQ]], while [[O Kakao]] fell 1.5% on the main board in [[L Seoul]].

(Reporting by [[P Joyce Lee-Harlan]] and [[P Heekyong Yang-Brooks]]; Editing by [[P Edwina Gibbs-Tan]])`,
  },
  {
    name: 'wikinews-style bundesliga match clubs named after cities with a city as a place a club with a founding year a stadium a cup as none the federation and a sources list in german',
    text: `[[O Stuttgart]] beat [[O Dortmund]] to reach fourth place

Sunday, February 28, 2027

[[O VfB Stuttgart]] moved up to fourth place in the [[O Bundesliga]] on Saturday with a 2–1 win over [[O Borussia Dortmund]] at the [[L MHPArena]] in [[L Stuttgart]].

Forward [[P Deniz Undav-Kraus]] scored after 14 minutes, and after [[O Dortmund]] equalised through [[P Karim Adeyemi-Stolz]], defender [[P Jeff Chabot-Lemke]] headed the winner from a corner.

[[O Stuttgart]] coach [[P Sebastian Hoeneß-Albrecht]] said his team had shown "the hunger we need for the [[X Champions League]]". [[O Dortmund]] have not won away from home since November.

Leaders [[O Bayern Munich]] drew 1–1 at [[O Mainz 05]], while [[O Bayer Leverkusen]] beat [[O Werder Bremen]] 3–0. In [[L Freiburg]], [[O SC Freiburg]] and [[O 1899 Hoffenheim]] drew 2–2.

In the second division, [[O Hamburger SV]] lost 2–1 to [[O Hertha BSC]] in [[L Berlin]] and dropped to third, behind [[O Schalke 04]] and [[O Hannover 96]]. [[O Hamburg]] had led the table since October.

At the bottom of the top flight, [[O Holstein Kiel]] lost 4–0 at [[O RB Leipzig]] and are six points from safety. Fans in [[L Kiel]] had marched to the [[L Holstein-Stadion]] on Friday to support the team.

[[O Dortmund]] sporting director [[P Lars Ricken-Voss]] said the club would not change its coach. "We are in [[L Dortmund]] to build something, not to panic after one bad month," he said. The club's next game is against [[O Eintracht Frankfurt]] at the [[L Westfalenstadion]] on Friday.

The [[O German Football Association]] ([[O DFB]]) said [[O Stuttgart]] and [[O Leipzig]] would meet in the quarter-finals of the [[X DFB-Pokal]] in April.

Sources

"[[O VfB]] schlägt [[O BVB]]" — [[O Stuttgarter Zeitung]], February 27, 2027
"[[O Dortmund]] lose again on the road" — [[O ESPN]], February 27, 2027`,
  },
];
