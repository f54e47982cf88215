/**
 * Blind entity batches 128-130 (helper ents64a, 7 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 130 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_43 are made from batches 128 and 129 only, and batch 130's errors are never
 * printed or read (only its totals). 128 and 129 lean on kinds of news earlier batches used little:
 * shipping and ports (a dockers' strike, container lines by name and acronym, a ship as none);
 * insurance in a court of appeal (judges with titles, insurers in a list, an insurers' association);
 * a university league table (universities by town and in full, a guide as none); a water company's
 * outage (an inspectorate by name and acronym, councils, a reservoir and a river); a Canadian
 * provincial election (parties in full and short, an elections body, ridings with hyphens); a space
 * launch (agencies, a launch company, rockets and satellites as none); fishing quota talks (coastal
 * states, a fisheries commission and a sea council with "of the", fishermen's associations); a
 * hospital trust merger (two trusts with "and" in their names, hospitals as places); an African
 * football cup (national teams, a confederation, clubs); a Latin American mining strike (mines as
 * places, a ministry, a society by name and acronym, an ombudsman in Spanish); a wine harvest (a
 * trade body, growers' and houses' unions in French, luxury groups, a wine as none); an Indian state
 * election (parties and alliances by name and acronym, regions). Varied shapes: names joined by
 * "and", long bodies with "of the", acronyms before and after full names, places as modifiers,
 * people with particles (van der, de, de la, da). Batch 130 is an ordinary day's mixed wire. People
 * are invented; countries, agencies and companies appear as they would in any report.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_128: EntityCase[] = [
  {
    name: 'reuters rotterdam dockers strike a port authority container lines by name and acronym a terminal operator a transport federation and a ship as none',
    text: `[[L ROTTERDAM]], Feb 18 ([[O Reuters]]) - Container ships waited up to five days to berth at [[L Rotterdam]] this week as a strike by lashers and crane drivers entered its second week, the [[O Port of Rotterdam Authority]] said on Tuesday.

The port authority said 41 ships were at anchor off [[L Hoek van Holland]] on Monday, the most since 2021. Its chief executive, [[P Boudewijn van der Meulen]], said the backlog would take a month to clear once work resumed.

The strike was called by the dockers' union [[O FNV Havens]] after talks on early retirement broke down. Its spokesman, [[P Niek de Groot]], said: "The terminals made record profits during the [[L Red Sea]] crisis. Our members carried that work on their backs."

[[O Maersk]] and [[O Hapag-Lloyd]] said they had sent some ships to [[L Antwerp]] and [[L Hamburg]] instead. [[O Mediterranean Shipping Company]] ([[O MSC]]), the world's largest container line, said the [[X MSC Irina]], one of the largest ships afloat, had unloaded at [[L Wilhelmshaven]].

The [[O Port of Antwerp-Bruges]] said its terminals were close to full. [[O Hutchison Ports]], which owns [[O Europe Container Terminals]] ([[O ECT]]) on the [[L Maasvlakte]], said it had stopped taking export boxes.

"European ports are a chain, and one broken link stops the lot," said [[P Henrike Aalbers-Ott]], an analyst at [[O Drewry]] in [[L London]].

The [[O International Transport Workers' Federation]] said dockers in [[L Belgium]] would refuse to handle diverted cargo. The port employers' group [[O Deltalinqs]] said the union's demands would cost 200 million euros a year.

Shares in [[O Maersk]] fell 2 percent in [[L Copenhagen]].

(Reporting by [[P Bart Meijer-Stam]]; Editing by [[P Jan Harwood]])`,
  },
  {
    name: 'guardian court of appeal insurers lose business interruption appeal judges with titles insurers joined by and an insurers association by name and acronym and a regulator',
    text: `Insurers lose appeal over pandemic cover for [[L London]] restaurants

Four insurers have lost their appeal against a ruling that they must pay business interruption claims from restaurants forced to close during the pandemic, in a judgment that could cost the industry £600 million.

The [[O Court of Appeal]] upheld a decision of the [[O High Court]] last year that policies sold by [[O Hiscox]], [[O Aviva]], [[O QBE]] and [[O Zurich]] covered closures ordered by the government in 2020 and 2021.

Lord Justice [[P Anthony Mallinder]], giving the lead judgment, said the wording "would be read by any restaurant owner as covering what in fact happened". Lady Justice [[P Priti Chaudhary-Baines]] and Lord Justice [[P Oliver de Montfort]] agreed.

The case was brought by 212 restaurants and pubs, including the [[O Hawksmoor]] steakhouse chain and the [[O Rotunda Group]], which runs bars in [[L Soho]] and [[L Shoreditch]]. Their solicitor, [[P Caitlin Ogunleye]] of the law firm [[O Harcourt Mills]], said many of her clients had borrowed to survive.

The [[O Association of British Insurers]] ([[O ABI]]) said its members had already paid more than £1.3 billion in pandemic claims. The [[O ABI]]'s director of general insurance, [[P Mervyn Coles-Asante]], said the ruling turned on "a handful of unusual policies".

The [[O Financial Conduct Authority]], which brought a test case to the [[O Supreme Court]] in 2020, said it would write to insurers about how quickly they paid. [[O Hiscox]] said it was considering an appeal to the [[O Supreme Court]]. [[O Lloyd's of London]], where two of the policies were written, said its market had set money aside.

[[P Will Beckett-Ross]], who runs a restaurant in [[L Islington]], said: "We paid the premium every year. All we asked was that they read their own contract."

The [[O Federation of Small Businesses]] said the case showed why cover should be written in plain English. Its chair, [[P Ruth Okonkwo-Hale]], said thousands of smaller claims had never been made.`,
  },
  {
    name: 'times university league table universities by town and in full an acronym after a long name a university group an admissions service and a guide as none',
    text: `[[O St Andrews]] tops university league table for second year

The [[O University of St Andrews]] has been named the best university in the [[L UK]] for the second year running, ahead of the [[O London School of Economics and Political Science]] and [[O Imperial College London]], in the [[X Good University Guide]] published on Friday.

The [[O University of Oxford]] fell to fourth and the [[O University of Cambridge]] to sixth, their lowest places since the guide began in 1993. The guide's editor, [[P Alastair McCall-Finch]], said [[O Oxford]] and [[O Cambridge]] had lost ground on student satisfaction and on how many of their graduates found skilled jobs.

[[O Durham University]] rose three places to fifth, and [[O Loughborough]] was named university of the year for sport. The [[O LSE]]'s director, [[P Larissa van Rooyen]], said the school's rise showed "what a university in the middle of a city can give its students".

The [[O Russell Group]], which represents 24 research universities, said the table hid a funding crisis. The [[O Office for Students]] ([[O OfS]]) said 40 percent of universities in [[L England]] expected to run a deficit this year, and [[O Universities UK]] asked the government to raise tuition fees again.

Scottish universities did well: [[O Robert Gordon University]] in [[L Aberdeen]] and [[O Glasgow Caledonian University]] both entered the top 40. [[O Queen's University Belfast]] rose to 24th.

The [[O University and College Union]] ([[O UCU]]) said 10,000 jobs had been lost at universities in two years. Its general secretary, [[P Nadia Farouk-Lindsay]], said: "A table of winners is a strange thing to publish in a year of redundancies."

Figures from the admissions service [[O Ucas]] show applications from [[L Nigeria]] and [[L India]] fell by a fifth this year. [[O Bath Spa University]] and the [[O University of Chichester]] said they had cut courses as a result.`,
  },
  {
    name: 'kent online water outage a water company a drinking water inspectorate by name and acronym a regulator a consumer council councils supermarkets a reservoir and a river',
    text: `Thousands without water for fourth day in [[L Tunbridge Wells]]

About 24,000 homes in [[L Tunbridge Wells]] and [[L Pembury]] have been without running water since Saturday after a fault at a treatment works, [[O South East Water]] said on Tuesday.

The company said chemicals used to treat water at its [[L Pembury]] works had been wrongly mixed, and the plant was shut as a precaution. Its chief executive, [[P Gerard Okafor-Lyons]], apologised and said supplies would return "in stages" from Wednesday.

Bottled water is being handed out from stations at the [[L Royal Victoria Place]] shopping centre and at [[O Tesco]] and [[O Sainsbury's]] car parks in [[L Southborough]] and [[L Paddock Wood]]. [[O Kent Fire and Rescue Service]] said it had delivered water to 400 vulnerable people.

The [[O Drinking Water Inspectorate]] ([[O DWI]]) said it had opened an investigation. [[O Ofwat]], the water regulator, said customers would get compensation of £30 for each day without supply.

[[O Tunbridge Wells Borough Council]] leader [[P Hugo Fenwick-Adebayo]] said schools would stay shut until Thursday. [[O Kent County Council]] said care homes had been given priority.

The local MP, [[P Susannah Blackwood]] of the [[O Liberal Democrats]], said it was the third outage in the town in two years. "The company knows this works is fragile and has done nothing," she said.

The [[O Consumer Council for Water]] said customers should keep receipts for bottled water they bought. The [[O Environment Agency]] said water levels at [[L Bewl Water]] reservoir and in the [[L River Medway]] were normal for the time of year.

[[P Maggie Tran]], 82, who lives alone in [[L Rusthall]], said a neighbour had carried water up her stairs each day.`,
  },
  {
    name: 'canadian press vancouver british columbia provincial election parties in full and short an elections body ridings a premier a leader with a particle and a business council',
    text: `[[L VANCOUVER]] - [[L British Columbia]]'s [[O New Democratic Party]] won a third straight term on Saturday, but lost seats in the [[L Fraser Valley]] and the [[L Interior]] to a surging [[O Conservative Party of British Columbia]].

Premier [[P Harjit Sandhu-Wells]] told supporters in [[L Vancouver]] that the result was "a mandate to build homes and hospitals". The [[O NDP]] won 49 of the legislature's 93 seats, [[O Elections BC]] said, down from 57.

The party's leader, [[P Travis Kowalchuk]], won his seat in [[L Prince George-Mackenzie]] and said his party, which had two seats four years ago, was now "the voice of everyone outside the [[L Lower Mainland]]". The [[O Conservatives]] took 41 seats, including every riding in [[L Kelowna]] and [[L Kamloops]].

The [[O BC Greens]] kept three seats on [[L Vancouver Island]]. Their leader, [[P Elise Van der Linde]], said the party would not join any coalition but would vote on each bill.

Turnout was 54 percent, [[O Elections BC]] said. Recounts are likely in [[L Surrey-Guildford]] and [[L Juan de Fuca-Malahat]], where fewer than 100 votes separated the two leading candidates.

The [[O Business Council of British Columbia]] said the new government must speed up permits for mines and gas projects. The [[O Union of B.C. Municipalities]] asked for money for water systems in small towns.

Chief [[P Robert Joseph-Alphonse]] of the [[O Union of BC Indian Chiefs]] said voters in northern ridings wanted a say on pipelines across their land.

In [[L Ottawa]], Prime Minister [[P Mark Chenier]] congratulated [[P Sandhu-Wells]] on social media.`,
  },
  {
    name: 'afp kourou ariane 6 launch a space agency by name and acronym a launch company a weather satellite agency satellites and rockets as none and a spaceport',
    text: `[[L KOUROU]], [[L French Guiana]] ([[O AFP]]) - [[L Europe]]'s [[X Ariane 6]] rocket put a new weather satellite into orbit on Tuesday, the [[O European Space Agency]] ([[O ESA]]) said, the third flight of a launcher that was four years late.

The rocket lifted off from the [[L Guiana Space Centre]] at 2:04 a.m. local time carrying the [[X MTG-S1]] satellite for [[O Eumetsat]], the European weather satellite agency based in [[L Darmstadt]], [[L Germany]].

"The satellite is healthy and talking to us," said [[P Matthias Kellerhoff]], [[O ESA]]'s director of space transportation. The launch was run by [[O Arianespace]], a subsidiary of [[O ArianeGroup]], which is owned by [[O Airbus]] and [[O Safran]].

The satellite, built by [[O Thales Alenia Space]] in [[L Cannes]] and [[O OHB]] in [[L Bremen]], will watch storms over [[L Europe]] and [[L Africa]] every 15 minutes. [[O Eumetsat]]'s director-general, [[P Ana Cristina da Silveira]], said forecasters at [[O Météo-France]] and the [[O Met Office]] would use its data from next year.

[[L Europe]] had no way of launching its own heavy satellites for more than a year after the last [[X Ariane 5]] flew in 2023, and some missions moved to [[O SpaceX]]'s [[X Falcon 9]] rockets from [[L Cape Canaveral]].

The French space agency [[O CNES]], which runs the spaceport, said it would host nine launches next year, including two of the smaller [[X Vega-C]]. [[L Italy]]'s [[O Avio]], which builds the [[X Vega-C]], is due to market it on its own from 2026.

[[O ESA]] member states meet in [[L Bremen]] in November to decide its budget.`,
  },
];

export const BATCH_129: EntityCase[] = [
  {
    name: 'bbc fishing quota talks mackerel coastal states a fisheries commission and a sea council by name and acronym fishermens associations ports and a certification body',
    text: `Mackerel talks end without deal as [[L Norway]] and [[L Faroe Islands]] hold out

Talks on sharing the north-east Atlantic mackerel catch ended in [[L Bergen]] on Thursday without agreement for a fifth year, leaving fishermen in [[L Scotland]] and [[L Ireland]] facing another season of falling quotas.

The [[O European Union]], the [[L UK]], [[L Norway]], [[L Iceland]], [[L Greenland]] and the [[L Faroe Islands]] had met under the [[O North East Atlantic Fisheries Commission]] ([[O NEAFC]]) to divide a total catch set by scientists at the [[O International Council for the Exploration of the Sea]] ([[O ICES]]).

The [[O ICES]] advice cut the catch by 22 percent because stocks west of [[L Shetland]] had shrunk. [[L Norway]] and the [[L Faroes]] each set their own quotas last year that together took more than half the total, the [[O European Commission]] said.

[[O Scottish Pelagic Fishermen's Association]] chief executive [[P Iain Gatt-Mowat]] said boats from [[L Peterhead]] and [[L Fraserburgh]] were "paying for other people's greed". The [[O Killybegs Fishermen's Organisation]] in [[L County Donegal]] said the [[O EU]] should close its ports to mackerel landed by Norwegian boats.

[[L Norway]]'s fisheries minister, [[P Kjersti Haugland-Bø]], said [[L Norway]] had offered a fair share based on where the fish now swim. "The mackerel has moved north. The quotas must follow it," she said.

The [[O Marine Stewardship Council]] suspended its certificate for north-east Atlantic mackerel in 2019 because the states could not agree, and it has not been restored. Supermarkets including [[O Marks and Spencer]] and [[O Waitrose]] said they would keep buying mackerel caught by boats in the [[O Scottish Fishermen's Federation]].

The [[L UK]]'s [[O Department for Environment, Food and Rural Affairs]] said talks would resume in [[L London]] in January. [[P Sean O'Donoghue-Reilly]], who skippers a trawler out of [[L Killybegs]], said: "Every year they meet, and every year there's less fish for us."`,
  },
  {
    name: 'hsj shropshire hospital trust merger two trusts with and in their names a regulator by name and acronym nursing unions hospitals as places councils and a patient watchdog',
    text: `Two [[L Shropshire]] hospital trusts to merge next April

The [[O Shrewsbury and Telford Hospital NHS Trust]] will merge with the [[O Robert Jones and Agnes Hunt Orthopaedic Hospital NHS Foundation Trust]] next April, the two boards agreed on Wednesday, creating one of the largest employers in the [[L West Midlands]].

The larger trust runs the [[L Royal Shrewsbury Hospital]] and the [[L Princess Royal Hospital]] in [[L Telford]]. The orthopaedic trust runs a specialist hospital at [[L Gobowen]], near [[L Oswestry]], that treats patients from [[L Wales]] and the north-west.

[[O NHS England]] said the merger would cut waiting lists for hip and knee operations. Its regional director for the [[L Midlands]], [[P Rajinder Basra-Collins]], said the combined trust would save £12 million a year on management.

The [[O Care Quality Commission]] ([[O CQC]]) rated the [[L Shrewsbury]] trust "inadequate" for safety in 2022 after a review of maternity deaths. Its chief inspector of hospitals, [[P Deborah Fairclough]], said the merged trust would be inspected within a year.

The [[O Royal College of Nursing]] and [[O Unison]] said staff at [[L Gobowen]] feared their jobs would move to [[L Shrewsbury]]. [[O Unison]]'s regional organiser, [[P Tomasz Wiśniewski]], said: "A good hospital should not be swallowed by a struggling one."

[[O Healthwatch Shropshire]], the patients' watchdog, said people in rural areas needed to be sure the [[L Oswestry]] site would stay open. [[O Shropshire Council]] and [[O Telford and Wrekin Council]] backed the plan.

The orthopaedic trust's chair, [[P Harriet Lloyd-Pryce]], said its name would live on in the hospital at [[L Gobowen]]. The new trust will be called [[O Shropshire Hospitals NHS Trust]].

Health minister [[P Karin Smyth-Oduya]] said the [[O Department of Health and Social Care]] would pay for a new theatre block.`,
  },
  {
    name: 'bbc sport africa cup of nations final national teams a confederation by name and acronym a federation clubs a stadium players with particles and the cup as none',
    text: `[[O Senegal]] beat [[O Ivory Coast]] on penalties to win [[X Africa Cup of Nations]]

[[O Senegal]] won the [[X Africa Cup of Nations]] for the second time after beating holders [[O Ivory Coast]] 5-4 on penalties in the final at the [[L Stade Prince Moulay Abdellah]] in [[L Rabat]] on Sunday.

The match finished 1-1 after extra time. [[O Ivory Coast]] led through [[P Yann-Eric Bamba]] before [[O Senegal]] captain [[P Ismaïla Diallo-Sarr]], who plays for [[O Al-Hilal]], headed in from a corner with eight minutes left.

Goalkeeper [[P Moussa Ndiaye]] saved from [[P Franck Ouattara-Touré]] in the shootout, and [[O Liverpool]] forward [[P Papa Abdou Mbaye]] scored the winning kick.

"We came to [[L Morocco]] to bring this cup back to [[L Dakar]]," [[O Senegal]] coach [[P Lamine Cissé-Ba]] said. "The players gave their bodies."

[[O Ivory Coast]] coach [[P Serge Faé-Koné]] said his side had "lost to the best team in [[L Africa]] by one kick". [[O Nigeria]] beat [[O Egypt]] 2-0 in [[L Casablanca]] on Saturday to finish third.

The [[O Confederation of African Football]] ([[O CAF]]) said 1.2 million tickets were sold, a record. [[O CAF]] president [[P Tshepo Mokoena]] thanked the [[O Royal Moroccan Football Federation]], which will also co-host the [[X World Cup]] with [[L Spain]] and [[L Portugal]] in 2030.

Fans in [[L Dakar]] filled the streets around the [[L Place de l'Indépendance]] until dawn, and President [[P Amadou Ndiaye-Fall]] declared Monday a holiday.`,
  },
  {
    name: 'reuters lima las bambas copper mine blockade and strike a chinese owner communities a ministry a mining society by name and acronym an ombudsman in spanish and a port',
    text: `[[L LIMA]], Sept 3 ([[O Reuters]]) - Workers at [[O MMG]]'s [[L Las Bambas]] copper mine in southern [[L Peru]] began an indefinite strike on Wednesday, two weeks after farming communities blocked the road the mine uses to move its ore, the company said.

The union at the mine, one of the world's largest copper producers, wants a bonus of 15 percent of profits. [[O MMG]], controlled by [[L China]]'s state-owned [[O China Minmetals]], said it had offered 8 percent.

Residents of [[L Chalhuahuacho]] and [[L Fuerabamba]] have blocked the road through [[L Apurímac]] and [[L Cusco]] since Aug. 20, saying trucks carrying copper concentrate to the port of [[L Matarani]] damage their homes and crops.

"We have been talking for ten years and the dust is still here," said community leader [[P Edison Huamaní Quispe]].

[[L Peru]]'s [[O Ministry of Energy and Mines]] said it had sent a team to the area. Energy and Mines Minister [[P Rómulo de la Torre Vargas]] said the government would not let the road stay closed "for weeks".

The [[O National Society of Mining, Petroleum and Energy]] ([[O SNMPE]]), which represents miners, said protests had cost the country $1.5 billion in lost exports this year. The ombudsman's office, the [[O Defensoría del Pueblo]], counted 211 social conflicts in [[L Peru]] in July, most of them over mining.

[[O Glencore]], which runs the nearby [[L Antapaccay]] mine, and [[O Hudbay Minerals]], owner of [[L Constancia]], said their operations were normal. [[O Freeport-McMoRan]]'s [[L Cerro Verde]] mine near [[L Arequipa]] also uses the road to [[L Matarani]].

Copper prices rose 0.8 percent on the [[O London Metal Exchange]].

(Reporting by [[P Marco Aquino-Ríos]]; Editing by [[P Nia Whitford]])`,
  },
  {
    name: 'afp epernay champagne harvest a wine trade body growers and houses unions luxury groups the wine region as a place a weather service and wines as none',
    text: `[[L ÉPERNAY]], [[L France]] ([[O AFP]]) - [[L Champagne]] growers began one of the earliest harvests on record on Monday after a hot August, but hail in the [[L Côte des Bar]] cut yields there by half, the region's trade body said.

The [[O Comité Champagne]], which represents growers and the houses that buy their grapes, set the maximum yield at 9,000 kilograms a hectare, the lowest since 2020, because sales have fallen for two years.

"We have fine grapes and too many bottles in the cellars," said [[P Maxime Coulon-Lefèvre]], president of the growers' union, the [[O Syndicat Général des Vignerons de la Champagne]] ([[O SGV]]).

Sales of champagne fell 9 percent last year to 271 million bottles, with smaller orders from the [[L United States]] and [[L Japan]], according to the [[O Union des Maisons de Champagne]].

[[O Moët Hennessy]], the wine and spirits arm of [[O LVMH]], said it would pick all its own vineyards around [[L Reims]] and [[L Épernay]] by mid-September. Its chief winemaker, [[P Benoît de Gouttes-Marly]], said the [[X Dom Pérignon]] 2025 would be decided in spring.

[[O Météo-France]] said August had been the hottest on record in the [[L Marne]]. Growers in the [[L Aube]] department, where hail fell on Aug. 14, asked the [[O Ministry of Agriculture]] for help.

The harvest started a week later in [[L Burgundy]], where the trade body [[O BIVB]] said yields would be normal, and in [[L Bordeaux]], where growers have pulled up 8,000 hectares of vines.

[[O Laurent-Perrier]] and [[O Vranken-Pommery]] said they would buy fewer grapes this year.`,
  },
  {
    name: 'hindustan times mumbai maharashtra assembly election results parties by name and acronym alliances an election commission regions and a chief minister',
    text: `[[L MUMBAI]]: The [[O Bharatiya Janata Party]] ([[O BJP]])-led [[O Mahayuti]] alliance won a second term in [[L Maharashtra]] on Saturday, taking 218 of the state's 288 assembly seats, according to results published by the [[O Election Commission of India]].

The [[O BJP]] won 132 seats on its own, its best result in the state. Its allies, the [[O Shiv Sena]] led by Chief Minister [[P Eknath Salunkhe]] and the [[O Nationalist Congress Party]] ([[O NCP]]), won 55 and 31.

The opposition [[O Maha Vikas Aghadi]], made up of the [[O Congress]], a breakaway faction of the [[O Shiv Sena]] and a faction of the [[O NCP]], won 46 seats. [[O Congress]] state president [[P Nana Patole-Deshmukh]] lost his seat in [[L Sakoli]] by 208 votes and said the party would ask for a recount.

The alliance swept [[L Vidarbha]] and most of [[L Marathwada]], regions where farmers have protested over cotton and soybean prices. In [[L Mumbai]], the [[O BJP]] won 15 of the city's 36 seats.

"The people of [[L Maharashtra]] have voted for roads, metro lines and a monthly payment to women," said [[P Devendra Phadke]], the [[O BJP]]'s leader in the assembly, at the party's office in [[L Nariman Point]].

Prime Minister [[P Arvind Rao-Menon]] said on [[O X]] that the result showed support for "development and good governance".

The [[O Maharashtra Navnirman Sena]] ([[O MNS]]), led by [[P Raj Kadam]], failed to win a seat. [[P Sunetra Gaikwad]] of the [[O NCP]]'s breakaway faction said the alliance's cash payments had "bought the election".

Turnout was 66 percent, the highest in [[L Maharashtra]] since 1995, the commission said. Counting in [[L Pune]] and [[L Nagpur]] continued into the night.`,
  },
];

export const BATCH_130: EntityCase[] = [
  {
    name: 'reuters berlin train drivers strike a rail operator a union by acronym a rival union an airline and a transport minister',
    text: `[[L BERLIN]], Jan 9 ([[O Reuters]]) - Train drivers at [[O Deutsche Bahn]] will strike for 48 hours from Wednesday, their union [[O GDL]] said, halting most long-distance trains in [[L Germany]] for the third time this winter.

The union wants a 35-hour week without loss of pay. [[O Deutsche Bahn]]'s head of personnel, [[P Martin Seiler-Brandt]], called the strike "irresponsible" and said the company had offered a 38-hour week from 2028.

[[O GDL]] leader [[P Claus Weselsky-Hahn]] told a news conference in [[L Frankfurt]] that the offer came "far too late". The larger rail union [[O EVG]], which agreed a deal with the company in August, said it would not join the strike.

Regional trains run by [[O Transdev]] and [[O Arriva]] in [[L Saxony]] and [[L Lower Saxony]] will also stop, the union said. Freight trains operated by [[O DB Cargo]] will stop from Tuesday evening.

Transport Minister [[P Volker Wissing-Adler]] urged both sides to accept mediation. [[O Lufthansa]] said it would add seats on flights between [[L Munich]], [[L Hamburg]] and [[L Berlin]].

The [[O German Economic Institute]] in [[L Cologne]] estimated that a day-long rail strike cost the economy up to 100 million euros. Passengers' group [[O Pro Bahn]] said travellers were losing patience with both sides.

(Reporting by [[P Rachel More-Lindner]]; Editing by [[P Friederike Holm]])`,
  },
  {
    name: 'ap tokyo bank of japan raises rates the central bank by name and acronym a governor the finance ministry carmakers and an index as none',
    text: `[[L TOKYO]] ([[O AP]]) - The [[O Bank of Japan]] raised its key interest rate to 0.75 percent on Thursday, its highest level in three decades, saying wages were rising fast enough to keep inflation near its 2 percent target.

Governor [[P Kazuo Uehara]] told reporters the bank would raise rates further "if the economy moves as we expect". The decision was made by seven votes to two.

The yen strengthened to 148 to the dollar after the announcement, and the [[X Nikkei 225]] index fell 1.2 percent. Exporters including [[O Toyota]] and [[O Sony]] led the fall.

[[L Japan]]'s [[O Ministry of Finance]] said it welcomed the move. Finance Minister [[P Katsunobu Kato-Mori]] said a weak yen had pushed up the cost of food and fuel imported from the [[L United States]] and [[L Australia]].

The [[O Japanese Trade Union Confederation]], known as [[O Rengo]], has asked for pay rises of at least 5 percent in next spring's wage talks. [[O Keidanren]], the business lobby, said large companies could afford it but smaller ones could not.

Economist [[P Naomi Fujiwara]] of [[O Mizuho Securities]] said the [[O BOJ]] would probably wait until July before moving again. The [[L U.S.]] [[O Federal Reserve]] cut its own rate last week.

Shares in banks rose. [[O Mitsubishi UFJ Financial Group]] gained 3 percent and [[O Sumitomo Mitsui]] 2.4 percent in [[L Tokyo]].`,
  },
  {
    name: 'yorkshire post murder trial at a crown court a police force a victim a defendant a judge with a title a charity and towns',
    text: `Man jailed for life for murder of [[L Bradford]] shopkeeper

A man who stabbed a shopkeeper to death during a robbery in [[L Bradford]] has been jailed for life and told he must serve at least 28 years.

[[P Callum Ashworth]], 31, of [[L Keighley]], was found guilty at [[L Bradford Crown Court]] last month of murdering [[P Tariq Mahmood-Khan]], 58, at his shop on [[L Manningham Lane]] in March.

Sentencing him on Friday, Judge [[P Richard Mansell-Ward]] said [[P Ashworth]] had gone to the shop "armed and ready to kill for a few hundred pounds".

The court heard that Mr [[P Mahmood-Khan]] had run the shop for 30 years and was known to everyone in the street. His daughter, [[P Sana Mahmood]], said in a statement read to the court: "My father opened his door to this city every morning at six."

[[O West Yorkshire Police]] said officers found [[P Ashworth]] two days later at a friend's flat in [[L Halifax]]. Detective Chief Inspector [[P Helen Burke-Addison]] said CCTV from a bus had been vital.

A second man, [[P Jordan Pickles]], 24, of [[L Shipley]], was cleared of murder but jailed for six years for robbery.

The [[O Bradford Council for Mosques]] and local traders raised £40,000 for the family. The charity [[O Victim Support]] said it was helping shop workers who had seen the attack.`,
  },
  {
    name: 'reuters lusaka drought power cuts a state utility a river authority a dam as a place a food agency a mining company and a neighbouring country',
    text: `[[L LUSAKA]], Oct 2 ([[O Reuters]]) - [[L Zambia]] will cut power to homes for up to 21 hours a day from next week because the water level at the [[L Kariba]] dam has fallen to a record low, state utility [[O ZESCO]] said on Wednesday.

The dam on the [[L Zambezi]] river, shared with [[L Zimbabwe]], supplies most of both countries' electricity. The [[O Zambezi River Authority]], which manages it, said only 3 percent of its usable water remained after the worst drought in 40 years.

[[O ZESCO]] managing director [[P Justin Mwiinga]] said the utility would import power from [[L Mozambique]] and [[L South Africa]], but the lines could carry only a fraction of what was needed.

Copper mines, which use about half of [[L Zambia]]'s power, have been told to buy their own. [[O First Quantum Minerals]], which runs the [[L Kansanshi]] and [[L Sentinel]] mines, said it had signed a deal with a trader to bring in power from [[L Mozambique]].

Energy Minister [[P Makozo Chikote-Banda]] said the government would speed up approval of solar farms. The [[O World Food Programme]] said 6 million people in [[L Zambia]] needed food aid after the maize harvest failed.

Businesses in [[L Lusaka]] and [[L Kitwe]] said diesel for generators had doubled in price. "We work at night now, when the power comes," said [[P Grace Phiri]], who runs a welding shop in [[L Matero]].

The [[O International Monetary Fund]] said last month the drought would cut [[L Zambia]]'s growth to 2.3 percent this year.`,
  },
  {
    name: 'bbc sport tennis australian open a tournament as none players a venue a governing body and a coach',
    text: `[[P Katya Volkova]] reaches first [[X Australian Open]] final

[[P Katya Volkova]] reached her first [[X Australian Open]] final with a 6-4 3-6 7-5 win over second seed [[P Li Mei]] at [[L Melbourne Park]] on Thursday.

The 22-year-old, who was born in [[L Moscow]] but has played for [[L Kazakhstan]] since 2020, saved two break points in the last game and will face [[P Sophie Laurent-Dubois]] of [[L France]] on Saturday.

"I grew up watching this final on television in the middle of the night," [[P Volkova]] said on the [[L Rod Laver Arena]] court.

[[P Li]], the [[L China]] number one, had won their last three meetings, including at the [[X US Open]] in September.

[[P Laurent-Dubois]] beat [[P Emma Whitlock]] of [[L Britain]] 6-2 6-3 in the other semi-final. Her coach, [[P Thierry Gasnier]], said she had not dropped a set in the tournament because she "stopped trying to hit winners from everywhere".

The [[O Women's Tennis Association]] said the final would be the first between two players under 23 since 2019. [[O Tennis Australia]] said a record 1.1 million people had attended the tournament.

In the men's semi-finals on Friday, [[P Marco Bellandi]] of [[L Italy]] plays [[P Tomás Echeverría]] of [[L Argentina]].`,
  },
  {
    name: 'afp stockholm spotify job cuts a streaming company a union an exchange a rival and a regulator',
    text: `[[L STOCKHOLM]] ([[O AFP]]) - [[O Spotify]] will cut about 1,100 jobs, or 13 percent of its staff, the Swedish music streaming company said on Monday, its third round of cuts in a year.

Chief executive [[P Johan Sandberg-Lind]] said in a note to staff that the company had grown too fast and needed fewer layers of managers. Most of the cuts will fall on offices in [[L Stockholm]], [[L New York]] and [[L London]].

The Swedish white-collar union [[O Unionen]] said it had not been told in advance and would ask for talks under [[L Sweden]]'s job security law. Its negotiator, [[P Maria Åkesson]], said: "This is a profitable company cutting jobs to please investors."

Shares in [[O Spotify]], which are listed on the [[O New York Stock Exchange]], rose 4 percent in early trading. The company reported its first full-year profit in February.

[[O Spotify]] competes with [[O Apple Music]] and [[O YouTube Music]], and has raised prices twice in two years. The [[O European Commission]] fined [[O Apple]] 1.8 billion euros last year after a complaint from [[O Spotify]] about the [[X App Store]].

Analyst [[P Erik Nordström]] of [[O Handelsbanken]] said the cuts would save about 300 million euros a year.`,
  },
  {
    name: 'politico brussels eu migration summit the council and the commission a border agency a refugee agency leaders of member states and north african countries',
    text: `[[L BRUSSELS]] - [[O European Union]] leaders agreed on Friday to speed up the return of migrants whose asylum claims are refused, after a summit at which [[L Hungary]] and [[L Poland]] again refused to take in people who reach [[L Italy]] and [[L Greece]].

The [[O European Council]]'s president, [[P António Ferraz-Lopes]], said the leaders had asked the [[O European Commission]] to propose a law on "return hubs" outside the bloc by March.

Italian Prime Minister [[P Giulia Marchetti-Rossi]] said centres her government runs in [[L Albania]] showed the idea could work. [[L Spain]]'s Prime Minister, [[P Rafael Ortega]], said [[L Spain]] would not send anyone to a country they had never been to.

The border agency [[O Frontex]] said irregular crossings into the bloc fell by 38 percent this year, mostly on the route from [[L Libya]] and [[L Tunisia]] to [[L Lampedusa]]. Crossings from [[L Mauritania]] and [[L Senegal]] to the [[L Canary Islands]] rose.

The [[O UN Refugee Agency]] ([[O UNHCR]]) said in [[L Geneva]] that sending people to third countries could break international law. [[O Amnesty International]] called the plan "cruelty dressed up as policy".

Commission President [[P Ursula Falkenrath]] said the bloc would sign new deals with [[L Egypt]] and [[L Jordan]] next year. The [[O European Parliament]] must approve any new law.`,
  },
  {
    name: 'bristol post airport expansion a planning inspectorate an airport a council campaign group and an airline',
    text: `[[L Bristol Airport]] wins right to add two million passengers

[[L Bristol Airport]] can grow to handle 12 million passengers a year after the government backed a planning inspector's decision, ending a five-year fight with [[O North Somerset Council]].

The [[O Planning Inspectorate]] had found that the benefits to the economy of the [[L South West]] outweighed the harm from extra flights. Housing Secretary [[P Angela Rainford]] accepted its advice on Thursday.

The airport's chief executive, [[P Dave Lees-Morgan]], said it would spend £400 million on a bigger terminal and a multi-storey car park. [[O easyJet]], which has 20 aircraft based at the airport, said it would add routes to [[L Spain]] and [[L Portugal]].

Campaign group [[O Bristol Airport Action Network]] said it would ask the [[O High Court]] to review the decision. Its spokesman, [[P Stephen Clarke-Hughes]], said residents of [[L Winford]] and [[L Felton]] already lived with planes overhead at night.

[[O Bristol City Council]] said the expansion went against the city's aim of being carbon neutral by 2030.`,
  },
];
