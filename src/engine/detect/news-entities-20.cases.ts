/**
 * Blind entity batches 20-22 (helper ents14a, 2 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 22 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_7 are made from batches 19-21 only and never against it. They aim at what batches
 * 1-19 covered least: Mongolia, Georgia (the country), Argentina, Nigeria and Indonesia, shipping
 * with ships and a firm named after its founder, an AI start-up with products none of the three, an
 * Australian court and agency, Portland and Seattle ballot measures with PACs, NBA, NHL and IPL
 * teams named by their city, an obituary with al- names, and a food deal between family names.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_20: EntityCase[] = [
  {
    name: 'wikinews mongolia parliament election',
    text: `[[L Mongolia]]'s ruling party keeps majority in parliamentary election

Saturday, June 27, 2026

The [[O Mongolian People's Party]] ([[O MPP]]) won 68 of the 126 seats in the [[O State Great Khural]], [[L Mongolia]]'s parliament, in Friday's election, according to preliminary results released on Saturday by the [[O General Election Commission]]. The opposition [[O Democratic Party]] took 42 seats and the [[O HUN Party]] nine.

Prime Minister [[P Luvsannyamyn Batbayar]] told supporters on [[L Sukhbaatar Square]] in [[L Ulaanbaatar]] that the result was "a mandate to finish what we started". [[P Batbayar]], who took office in 2024, campaigned on a sovereign wealth fund fed by coal and copper revenue, and on a railway from the [[L Tavan Tolgoi]] coal field to the Chinese border at [[L Gashuunsukhait]].

The [[O Democratic Party]]'s leader, [[P Tsendiin Erdenechimeg]], said her party would contest results in three constituencies in [[L Khovsgol]] and [[L Dornod]] provinces. "Herders waited hours and then were told the machines had failed," [[P Erdenechimeg]] said. The commission said turnout was 69 percent, down from 74 percent in 2024.

Observers from the [[O Organization for Security and Co-operation in Europe]]'s [[O Office for Democratic Institutions and Human Rights]] ([[O ODIHR]]) said the vote was well run but that a corruption scandal over coal exports to [[L China]] had dominated the campaign. Last year a court in [[L Ulaanbaatar]] jailed two former executives of the state miner [[O Erdenes Tavan Tolgoi]] for selling coal below market prices.

Copper from the [[L Oyu Tolgoi]] mine in the [[L South Gobi]] desert, run by [[O Rio Tinto]] with the government as a minority partner, now earns more than coal. [[O Rio Tinto]] said in a statement that it looked forward to working with the new government.

The new parliament meets on July 10. [[P Batbayar]] is expected to be re-elected prime minister by the [[O Khural]] within two weeks. The [[O Bank of Mongolia]] said on Saturday that the tugrik was stable.

Sources

"[[O MPP]] wins 68 seats, [[O Democratic Party]] to contest results" — [[O Montsame]], June 27, 2026
"[[L Mongolia]] votes as coal scandal hangs over campaign" — [[O Al Jazeera]], June 26, 2026`,
  },
  {
    name: 'reuters shipping group named after its founder',
    text: `[[O Maersk]] keeps ships out of [[L Red Sea]] after drone hits container vessel

[[L COPENHAGEN]], Feb 11 ([[O Reuters]]) - Danish shipping group [[O A.P. Moller-Maersk]] ([[X MAERSKb.CO]]) will keep its vessels out of the [[L Red Sea]] and the [[L Suez Canal]] for the rest of the quarter after one of its container ships was hit by a drone off [[L Yemen]], the company said on Wednesday.

Nobody on board the [[X Maersk Halden]] was hurt, and the fire was put out within an hour, [[O Maersk]] said. The ship, with a crew of 24, was sailing from [[L Singapore]] to [[L Rotterdam]]. [[L Yemen]]'s [[O Ansar Allah]] movement said it had carried out the attack. [[O U.S. Central Command]] said the destroyer [[X USS Carney]] had shot down two more drones over the [[L Gulf of Aden]].

Chief executive [[P Mette Kjaergaard]] said ships would sail around the [[L Cape of Good Hope]] instead, adding 10 to 14 days to voyages between [[L Asia]] and [[L Europe]]. "We will not send our seafarers into a place where they are being shot at," she told reporters in [[L Copenhagen]].

Shares in [[O Maersk]] rose 4.2%, as investors bet that longer routes would keep freight rates high. German rival [[O Hapag-Lloyd]] ([[X HLAG.DE]]) gained 3.1% in [[L Frankfurt]]. The [[X Drewry World Container Index]] rose 9% last week, consultancy [[O Drewry]] said.

"Every week around the [[L Cape]] takes ships out of the market," said [[P Lars Heindorff]], an analyst at [[O Jyske Bank]]. "For [[O Maersk]] that means higher prices, but also higher fuel bills."

The [[O Suez Canal Authority]] said revenue in January fell 46% from a year earlier. Its chairman, [[P Ahmed Fawzy]], said the canal would offer discounts to ships that returned. [[L Egypt]] earned about $10 billion from the canal in its best year.

The founding [[P Moller]] family controls the group through [[O A.P. Moller Holding]], which owns 42% of the votes. The company was founded in [[L Svendborg]] in 1904 and takes its name from its founder and his son.

(Reporting by [[P Tomas Hjort]] in [[L Copenhagen]]; Additional reporting by [[P Rania Saad]] in [[L Cairo]]; Editing by [[P Alison Marsh]])`,
  },
  {
    name: 'us local portland ballot measure',
    text: `[[L Portland]] voters to decide on police levy as spending by PACs tops $4 million

[[L PORTLAND]], [[L Ore.]] — Voters in [[L Portland]] will decide in November whether to raise property taxes to hire 300 more police officers, after the [[O Portland City Council]] voted 7-5 on Wednesday to refer the levy to the ballot.

The measure, which [[O Multnomah County Elections Division]] numbered [[X Measure 26-251]] on Thursday, would raise about $95 million a year for five years. Mayor [[P Dana Whitcomb]], who proposed it, said response times in east [[L Portland]] had doubled since 2019. "People in [[L Lents]] and [[L Parkrose]] call and wait an hour," she said.

Two political action committees have already raised more than $4 million. [[O Safer Portland Now]], the committee backing the levy, has taken $1.2 million from [[O Columbia Sportswear]] and $500,000 from the [[O Portland Business Alliance]], according to filings with the [[O Oregon Elections Division]]. Its treasurer, [[P Greg Ostrander]], said the group would spend most of it on television.

Opponents, organised as [[O Portlanders for Real Safety]], are funded mostly by the [[O Oregon Education Association]] and the [[O Working Families Party]]. Their spokeswoman, [[P Imani Okafor-Reyes]], said the levy would take money from schools in a county where property taxes are capped by [[X Measure 5]], passed in 1990. "This is a police budget paid for by classrooms," [[P Okafor-Reyes]] said.

Commissioner [[P Rafael Quintero]], one of the five council members who voted no, said the city should first spend what it had. [[P Quintero]] represents a district that covers [[L St. Johns]] and [[L Kenton]] in the north of the city.

[[L Oregon]] votes entirely by mail, and ballots go out on Oct. 16. A poll for [[O KGW]] and [[O The Oregonian]] in September found 48% of likely voters in favour and 41% against. Neighbouring [[L Beaverton]] and [[L Gresham]] approved smaller levies in 2024.

A lawsuit filed in [[O Multnomah County Circuit Court]] by a group of landlords argues that the measure's ballot title is misleading. Judge [[P Katherine Lindqvist]] will hear the case on Sept. 3. If she agrees, the title would be rewritten, and the [[O Oregon Supreme Court]] could be asked to rule before the ballots are printed.`,
  },
  {
    name: 'sport nba city teams',
    text: `[[O Golden State]] holds off [[O Denver]] to take 3-2 series lead

[[L SAN FRANCISCO]] ([[O AP]]) — [[P Marcus Tillery]] scored 34 points and the [[O Golden State Warriors]] held off the [[O Denver Nuggets]] 118-112 on Wednesday night to take a 3-2 lead in their [[X Western Conference]] semifinal series.

[[P Andre Kimbrough]] added 22 points and 11 rebounds for [[O Golden State]], which led by 19 early in the third quarter at [[L Chase Center]]. [[O Denver]] cut the lead to two with 40 seconds left before [[P Tillery]] made two free throws.

[[P Nikola Radonjic]] had 31 points, 14 rebounds and nine assists for the [[O Nuggets]], and [[P Jaylen Ashworth]] scored 20. "We dug a hole and we almost climbed out of it," [[O Denver]] coach [[P Michael Brandt]] said. "Almost doesn't count in May."

[[O Golden State]] said after the game that guard [[P Desmond Hale]] would miss Game 6 with a sprained left ankle. [[P Hale]] left in the second quarter after landing on [[P Radonjic]]'s foot. Game 6 is Friday in [[L Denver]], where the [[O Nuggets]] have won nine straight home playoff games.

In the other series, [[O Oklahoma City]] beat [[O Minnesota]] 104-99 to take a 3-1 lead. [[P Shai Okonkwo]] scored 38 for the [[O Thunder]], and [[O Minnesota]] lost forward [[P Tyrell Gaines]] to a fifth foul with six minutes left. The teams play Game 5 on Thursday in [[L Oklahoma City]].

[[O Utah]], eliminated in the first round, fired coach [[P Brian Culver]] on Wednesday, and [[O Dallas]] said it would not pick up the option on guard [[P Luka Vrhovec]]'s contract. The [[O NBA]] fined [[O Phoenix]] $100,000 for comments its owner made about referees on a podcast.

The [[O Warriors]] shot 17 of 38 from three-point range. [[P Kimbrough]], who missed most of the regular season after knee surgery, said he had felt no pain. "Two months ago I couldn't run," he said. [[O Denver]] made only 11 of 21 free throws, and [[P Brandt]] said his team had "left the game at the line". The series has had four different leading scorers in five games.

[[O Golden State]] last reached the [[X NBA Finals]] in 2022, when it beat [[O Boston]] in six games. "We're not thinking about that," [[P Tillery]] told [[O ESPN]]. "We're thinking about [[L Denver]] and the altitude."`,
  },
  {
    name: 'obituary lebanese architect',
    text: `[[P Nabil al-Haddad]], architect who rebuilt [[L Beirut]]'s old souks, dies at 88

[[L BEIRUT]] — [[P Nabil al-Haddad]], a Lebanese architect who drew the plans to rebuild [[L Beirut]]'s old markets after the civil war and later designed mosques and schools across the [[L Gulf]], died on Sunday at his home in [[L Byblos]]. He was 88.

His daughter, [[P Rima al-Haddad]], said he had died of heart failure.

Born in [[L Tripoli]], in the north of [[L Lebanon]], in 1938, [[P Haddad]] studied engineering at the [[O American University of Beirut]] and architecture at [[O Harvard]], and lived in [[L Boston]] and [[L Paris]] before returning home in 1969. In [[L Paris]] he worked for [[P Jean de Vaubercourt]], whose housing estates he later called "machines for loneliness".

During the war he stayed in [[L Beirut]] and taught at the [[O Lebanese University]], often sleeping in his office near the [[L Green Line]] that split the city. In 1994 the reconstruction company [[O Solidere]] asked him to redraw the souks around [[L Martyrs' Square]], which had been destroyed. His plan kept the old street pattern, and the covered market opened in 2009.

He fell out with the company over the height of towers along the seafront, and resigned in 2001. "He thought a city belonged to those who walk in it," said [[P Salim bin Rashid al-Mansouri]], an Emirati developer who hired him to design schools in [[L Sharjah]] and [[L Ras al-Khaimah]].

His mosque in [[L Sidon]] won the [[X Aga Khan Award for Architecture]] in 2007. He also designed the library of [[O Notre Dame University-Louaize]] and a hospital in [[L Zahle]] for the [[O Lebanese Red Cross]].

After the port explosion of August 2020, [[P Haddad]], then 82, led volunteers from the [[O Order of Engineers and Architects]] who surveyed damaged houses in [[L Gemmayzeh]] and [[L Mar Mikhael]]. He told the newspaper [[O L'Orient-Le Jour]] that the city had been "rebuilt too fast once, and must not be rebuilt too fast again".

[[P Haddad]] wrote two books on the architecture of the [[L Levant]], and in 2015 gave his drawings to the [[O Arab Image Foundation]]. [[L Lebanon]]'s [[O Ministry of Culture]] said he would be buried in [[L Tripoli]] on Tuesday.

He is survived by his wife, [[P Leila]], his daughter and two sons, [[P Karim]] and [[P Ziad]].`,
  },
];

export const BATCH_21: EntityCase[] = [
  {
    name: 'wikinews georgia parliament protests',
    text: `[[L Georgia]]'s parliament passes media law as protesters fill [[L Tbilisi]] streets

Thursday, April 16, 2026

The [[O Parliament of Georgia]] on Wednesday passed a law requiring media and non-governmental organisations that receive more than a fifth of their money from abroad to register as "organisations serving the interests of a foreign power". The bill passed by 84 votes to 30 in its third reading.

The ruling [[O Georgian Dream]] party says the law will make foreign funding transparent. Parliament speaker [[P Levan Gogichaishvili]] told lawmakers the bill was "the same as laws in [[L America]] and [[L France]]". Opposition parties, including the [[O United National Movement]] and [[O Coalition for Change]], walked out before the vote.

Tens of thousands of people marched along [[L Rustaveli Avenue]] to the parliament building on Wednesday night. Police used water cannon and tear gas near [[L Freedom Square]] and detained 63 people, the [[O Ministry of Internal Affairs]] said. The rights group [[O Georgian Young Lawyers' Association]] said several of those held had been beaten.

President [[P Nino Kavtaradze]], who has broken with the governing party, said she would veto the law. [[O Georgian Dream]] has enough votes to override her veto. [[P Kavtaradze]] said she would ask the [[O Constitutional Court]] in [[L Batumi]] to strike the law down.

The [[O European Commission]] said the law was "incompatible with [[L Georgia]]'s path" towards membership of the [[O European Union]], which granted the country candidate status in 2023. The [[O State Department]] in [[L Washington]] said it was reviewing its aid. The [[O Georgian Orthodox Church]], whose patriarch has backed the government in the past, called for calm.

The party's founder, the billionaire [[P Bidzina Chkheidze]], who holds no office, told a rally in [[L Kutaisi]] last month that foreign-funded groups were trying to drag [[L Georgia]] into the war in [[L Ukraine]]. [[O Transparency International Georgia]] said it would not register.

Sources

"Parliament adopts foreign influence law in third reading" — [[O Civil.ge]], April 15, 2026
"[[L Tbilisi]] protests swell after vote" — [[O OC Media]], April 16, 2026`,
  },
  {
    name: 'reuters ai start-up products',
    text: `[[O Mistral AI]] launches voice assistant to take on [[X ChatGPT]], [[X Alexa]]

[[L PARIS]], May 20 ([[O Reuters]]) - French artificial intelligence start-up [[O Mistral AI]] on Wednesday released a voice version of its [[X Le Chat]] assistant, built on a new model, [[X Magistral 3]], as it tries to win consumers in [[L Europe]] from [[O OpenAI]] and [[O Google]].

The assistant runs on [[O Samsung]]'s [[X Galaxy S26]] phones from June under a deal with the South Korean company, and will be offered as an extension for the [[X Firefox]] and [[X Chrome]] browsers, chief executive [[P Julien Verrier]] told reporters at the company's offices in [[L Paris]].

Owners of [[O Amazon]]'s [[X Echo]] speakers will also be able to reach it by saying "Hi [[X Alexa]], open [[X Le Chat]]," [[P Verrier]] said, after [[O Amazon]] opened its speakers to outside assistants this year.

[[O Mistral]], founded in 2023 by former researchers from [[O Google DeepMind]] and [[O Meta]], is valued at about 14 billion euros. Its backers include [[O Nvidia]], the Dutch chip equipment maker [[O ASML]] and the French state bank [[O Bpifrance]].

"Voice is where people will meet AI every day, and we don't want that to be only American," [[P Verrier]] said. He said [[X Magistral 3]] was trained at a data centre in [[L Essonne]], south of [[L Paris]], and would comply with the [[O European Union]]'s [[X AI Act]].

[[L France]]'s digital minister, [[P Claire Dubreuil]], said the launch showed [[L Europe]] could compete. [[P Hannah Ostrowski]], an analyst at [[O Gartner]] in [[L London]], was more cautious: "[[X ChatGPT]] has hundreds of millions of users who already talk to it. A better model is not enough."

In an interview with [[O The Atlantic]] last month, [[P Verrier]] said the company would list its shares "when it is ready, and probably in [[L Paris]]". The magazine said [[O Mistral]] had turned down an offer from [[O Microsoft]] in 2025.

[[O OpenAI]] declined to comment. [[O Google]] said in a blog post last week that its [[X Gemini]] assistant now answered questions by voice in 40 languages, and that it would come to [[X Android Auto]] cars this summer.

(Reporting by [[P Mathieu Rosemain-Clerc]] and [[P Elise Tanguy]] in [[L Paris]]; Editing by [[P Tom Hogue]])`,
  },
  {
    name: 'reuters australian court and regulator',
    text: `[[L Australia]]'s competition regulator wins case against [[O Woolworths]] over discount claims

[[L SYDNEY]], Aug 4 ([[O Reuters]]) - The [[O Federal Court of Australia]] ruled on Tuesday that supermarket chain [[O Woolworths]] ([[X WOW.AX]]) misled shoppers with "price dropped" labels on hundreds of products whose prices had briefly been raised before the discount, handing the competition regulator its biggest win against the grocers.

Justice [[P Helen McKerracher]] said the labels on 266 products, including [[X Tim Tam]] biscuits and [[X Colgate]] toothpaste, had created a false impression of savings. A hearing on penalties will be held in [[L Melbourne]] in October.

The [[O Australian Competition and Consumer Commission]] ([[O ACCC]]) sued [[O Woolworths]] and its rival [[O Coles]] ([[X COL.AX]]) in 2024 after an inquiry into supermarket prices ordered by Treasurer [[P Daniel Whitlam]]. The case against [[O Coles]] is still before the court.

"This is a win for every family that thought it was saving money," [[O ACCC]] chair [[P Rowan Ashby]] said outside the court in [[L Sydney]]. [[P Ashby]] said the regulator would seek a penalty of more than A$100 million.

[[O Woolworths]] said it was disappointed and was considering an appeal to the court's full bench. Chief executive [[P Amanda Bardsley]] said the company had changed its labels in 2024. Its shares fell 2.4%, while [[O Coles]] fell 1.9% and the benchmark [[X S&P/ASX 200]] was flat.

The chains, named after their founders' shops of the 1910s and 1920s, sell about two-thirds of [[L Australia]]'s groceries. Farmers' group [[O National Farmers' Federation]] and the [[O Consumer Action Law Centre]] in [[L Melbourne]] both welcomed the ruling.

[[O Aldi]], the German discounter, has taken market share since it opened its first stores in [[L Sydney]] in 2001. Its chief executive in [[L Australia]], [[P Tom Daunt-Fischer]], declined to comment.

Consumer groups said the ruling would help shoppers in a separate class action against both chains, filed by law firm [[O Maurice Blackburn]] in [[L Melbourne]]. [[O Woolworths]] has about 1,100 supermarkets and [[O Coles]] about 850. The [[O ACCC]] said it would publish its next report on grocery prices in [[L Canberra]] in December.

(Reporting by [[P Byron Kaye-Lindsay]] in [[L Sydney]]; Editing by [[P Jamie Freed-Morgan]])`,
  },
  {
    name: 'sport nhl vegas colorado',
    text: `[[O Vegas]] beats [[O Colorado]] in overtime to reach conference final

[[L LAS VEGAS]] ([[O AP]]) — [[P Tomas Hertl-Novak]] scored 2:51 into overtime and the [[O Vegas Golden Knights]] beat the [[O Colorado Avalanche]] 3-2 in Game 7 on Monday night to reach the [[X Western Conference final]].

[[P Logan Thompson-Reid]] made 38 saves for [[O Vegas]], which blew a two-goal lead in the third period at [[L T-Mobile Arena]]. [[P Mark Stone-Hayes]] and [[P Ivan Barbashov]] scored in regulation.

[[P Nathan MacKinnon-Duff]] and [[P Cale Makarov]] scored for [[O Colorado]], and [[P Alexandar Georgiev]] stopped 29 shots. "We had them and we let them breathe," [[O Avalanche]] coach [[P Jared Bednar-Wells]] said. [[O Colorado]] has lost in the second round in three of the last four seasons.

[[O Vegas]] said after the game that defenceman [[P Alex Pietrangelo-Ruiz]] had a broken finger and was day to day. The [[O Golden Knights]] will face [[O Dallas]] or [[O Edmonton]], who play Game 7 on Tuesday in [[L Dallas]]. [[O Edmonton]] has won the last two meetings.

Fans who watched on screens outside the arena spilled onto the [[L Las Vegas Strip]] after the winning goal, and police closed part of [[L Las Vegas Boulevard]] for an hour. [[L Colorado]]'s governor had bet a crate of [[L Palisade]] peaches on the series with [[L Nevada]]'s governor, his office said.

In the [[X Eastern Conference]], [[O Carolina]] beat [[O Florida]] 4-1 to take a 3-2 lead. [[P Sebastian Aho-Lindgren]] had a goal and two assists, and [[O Florida]] captain [[P Aleksander Barkov-Ivanov]] left with an injury. The [[O NHL]] said it would review a hit by [[O Carolina]] forward [[P Jordan Martinook-Hale]].

[[O Colorado]] had forced Game 7 with a 5-1 win at [[L Ball Arena]] in [[L Denver]] on Saturday, when [[P MacKinnon-Duff]] scored twice. General manager [[P Chris MacFarland-Ode]] said he would meet the coach this week. "Nobody in this building is happy with the second round again," he said. [[O Vegas]] forward [[P Ivan Barbashov]] said the team had "learned to win ugly" after losing three straight games in the first round against [[O Los Angeles]].

[[O Vegas]] won the [[X Stanley Cup]] in 2023, six years after the franchise was founded.`,
  },
  {
    name: 'wikinews argentina dinosaur find',
    text: `New long-necked dinosaur found in [[L Patagonia]] was among the largest animals to walk on land

Tuesday, March 3, 2026

Palaeontologists in [[L Argentina]] have described a new species of sauropod, a long-necked plant-eating dinosaur, from bones found on a sheep farm in [[L Chubut]] province, in a paper published on Monday in the journal [[X Nature Ecology & Evolution]].

The animal, named [[X Titanomachya tehuelchensis]] after the Tehuelche people of the region, lived about 95 million years ago and weighed an estimated 60 tonnes, the team said. Its thigh bone is 2.3 metres long.

The fossils were found in 2019 by a farm worker, [[P Héctor Llancaqueo]], near the village of [[L Paso de Indios]]. They were dug out over four summers by a team from the [[O Museo Paleontológico Egidio Feruglio]] in [[L Trelew]] and the [[O National Scientific and Technical Research Council]] ([[O CONICET]]).

"It is not only big. The shape of its backbone tells us how these giants carried their weight," lead author [[P Marcela de la Fuente]] said. [[P De la Fuente]], who works at the museum, said the team had found parts of at least two animals.

Co-author [[P Lucas van Dijk]], of the [[O Naturalis Biodiversity Center]] in [[L Leiden]], in the [[L Netherlands]], scanned the bones with a portable scanner. [[P Van Dijk]] said the vertebrae were full of air spaces, like those of birds, which would have kept the animal lighter than its size suggests.

Casts of the bones flew over the [[L Atlantic]] in January for an exhibition at the [[O/L Natural History Museum]] in [[L London]]. In a report on the find, [[O The Atlantic]] wrote that the farm's owners had at first taken the bones for a fallen tree. The original bones will stay in [[L Trelew]], the museum said.

[[L Patagonia]] has yielded several of the largest dinosaurs known, including [[X Argentinosaurus]] and [[X Patagotitan]], found in [[L Neuquén]] and [[L Chubut]]. The governor of [[L Chubut]], [[P Ignacio Torres-Vidal]], said the province would fund a new hall at the museum.

Sources

"A new titanosaur from the [[X Cerro Barcino Formation]]" — [[X Nature Ecology & Evolution]], March 2, 2026
"Hallan en [[L Chubut]] un dinosaurio gigante" — [[O Clarín]], March 2, 2026`,
  },
];

export const BATCH_22: EntityCase[] = [
  {
    name: 'reuters nigeria central bank',
    text: `[[L Nigeria]]'s central bank holds rate at 27.5% as inflation slows

[[L ABUJA]], Sept 23 ([[O Reuters]]) - The [[O Central Bank of Nigeria]] held its benchmark interest rate at 27.5% on Tuesday, as expected, saying inflation was slowing but that the naira remained under pressure from lower oil prices.

Governor [[P Olayemi Adebanjo-Cardoso]] told reporters in [[L Abuja]] that all 12 members of the [[O Monetary Policy Committee]] had voted to hold. Annual inflation slowed to 20.1% in August from 21.9% in July, according to the [[O National Bureau of Statistics]].

"We are not yet where we need to be," [[P Adebanjo-Cardoso]] said. He said the bank had sold $1.2 billion to banks since July to support the naira, which traded at 1,530 per dollar on the official market in [[L Lagos]].

Crude output rose to 1.7 million barrels per day in August, the [[O Nigerian Upstream Petroleum Regulatory Commission]] said, helped by repairs to the [[L Trans Niger Pipeline]] in the [[L Niger Delta]]. The [[O Dangote]] refinery near [[L Lagos]], built by [[L Africa]]'s richest man, [[P Aliko Dangote]], now supplies most of the country's petrol.

Finance Minister [[P Wale Edun-Bakare]] said the government would issue a $2 billion Eurobond before the end of the year. The [[O International Monetary Fund]] said last month that [[L Nigeria]]'s economy would grow 3.4% this year.

[[P Aderonke Fashola]], chief economist at [[O FBNQuest]] in [[L Lagos]], said she expected the first cut in the first quarter. "Oil is the problem now, not the bank," she said. Yields on treasury bills fell after the decision, traders said.

Shares in [[O Zenith Bank]] ([[X ZENITHBA.LG]]) and [[O Access Holdings]] rose more than 2% on the [[O Nigerian Exchange]].

The committee last raised rates in September 2024. [[P Adebanjo-Cardoso]] said it would meet again in November, after the [[O Federal Executive Council]] approves the 2027 budget. Lawmakers in the [[O National Assembly]] have asked the bank to explain the cost of its dollar sales, and the [[O Senate]]'s banking committee chairman, [[P Adetokunbo Abiru-Sanni]], said hearings would start next week.

(Reporting by [[P Camillus Eboh-Nwosu]] in [[L Abuja]] and [[P Chijioke Ohuocha-Bello]] in [[L Lagos]]; Writing by [[P Elisha Bala-Gbogbo]]; Editing by [[P Christina Fincher-Dale]])`,
  },
  {
    name: 'wikinews indonesia ferry sinking',
    text: `Ferry sinks off [[L Bali]]; at least 11 dead and 30 missing

Friday, July 10, 2026

A passenger ferry sank in the [[L Bali Strait]] late on Thursday, about an hour after leaving the port of [[L Ketapang]] in [[L East Java]] for [[L Gilimanuk]] on [[L Bali]], killing at least 11 people, [[L Indonesia]]'s search and rescue agency said on Friday.

The [[X KMP Tunu Pratama Jaya]] was carrying 65 passengers and crew and 22 vehicles, including 14 trucks, according to the manifest. Rescuers had pulled 24 people alive from the water by Friday afternoon, the agency, [[O Basarnas]], said. Thirty people are missing.

The head of the [[L Surabaya]] search and rescue office, [[P Nanang Sigit Prasetyo]], said high waves had hampered the search. The navy sent the hospital ship [[X KRI dr. Soeharso]] and two patrol boats, and fishermen from [[L Banyuwangi]] joined the search.

Survivor [[P Ni Kadek Ayu Lestari]], 34, told the broadcaster [[O Kompas TV]] that water had come into the car deck shortly after the engine stopped. "People were screaming to open the doors," she said from a hospital in [[L Negara]].

Transport Minister [[P Dudy Purwagandhi-Siregar]] said the ministry would check whether the ship had been overloaded. The [[O National Transportation Safety Committee]] ([[O KNKT]]) sent investigators to [[L Ketapang]]. Ferry operator [[O PT Raputra Jaya]] said in a statement that the ship had passed an inspection in May.

Police in [[L Banyuwangi]] said the ship's captain, who survived, was being questioned. Relatives gathered at the port of [[L Ketapang]], where officials posted lists of survivors on a board. "My brother drives a truck and takes this ferry every week," said [[P Slamet Riyadi-Putra]], who had travelled from [[L Jember]].

Ferry accidents are common in [[L Indonesia]], an archipelago of about 17,000 islands. In 2018, more than 160 people died when a ferry sank in [[L Lake Toba]] on [[L Sumatra]].

[[L Bali]] governor [[P Wayan Koster-Adnyana]] said families could wait for news at a crisis centre in [[L Gilimanuk]]. The [[O Indonesian Red Cross]] set up tents at both ports.

Sources

"[[X KMP Tunu Pratama Jaya]] tenggelam di [[L Selat Bali]]" — [[O Antara]], July 10, 2026
"[[L Bali]] ferry sinking: dozens missing" — [[O The Jakarta Post]], July 10, 2026`,
  },
  {
    name: 'us local seattle mayor and levy',
    text: `[[L Seattle]] mayor's race tightens as housing levy splits Democratic voters

[[L SEATTLE]] — The race for [[L Seattle]] mayor narrowed on Wednesday as more ballots were counted, with challenger [[P Priya Venkataraman]] within 2 percentage points of Mayor [[P Bruce Harrell-Okada]], according to [[O King County Elections]].

[[P Venkataraman]], a council member from [[L Capitol Hill]] backed by the [[O Washington State Labor Council]], had trailed by six points on election night. Later ballots in [[L Washington]] state usually lean left, and her campaign said she would win once all were counted. [[P Harrell-Okada]]'s campaign manager, [[P Tim Sorensen]], said the mayor was "confident in the voters of [[L Seattle]]".

The count is slow because [[L Washington]] votes by mail and counts ballots postmarked by Election Day. [[O/L King County]] said it had about 90,000 ballots left to count and would update results each afternoon until certification on Nov. 25.

A property tax levy for affordable housing, [[X Proposition 1]], was passing with 58% of the vote. It would raise $970 million over seven years. [[O Seattle for Everyone]], a political action committee funded by builders and [[O Amazon]], spent $1.8 million on mailers opposing [[P Venkataraman]], who backs the levy, filings with the [[O Seattle Ethics and Elections Commission]] show.

Another committee, [[O Homes for Seattle PAC]], spent $900,000 supporting her. Its largest donor was the [[O SEIU]] local that represents home care workers. "We have never seen this much outside money in a mayor's race," said [[P Karen Dahlquist]], a political scientist at the [[O University of Washington]].

Across [[L Lake Washington]], voters in [[L Bellevue]] elected their first Indian-American mayor, and in [[L Tacoma]] a sales tax for buses failed. Statewide, an initiative to repeal the capital gains tax, [[X Initiative 2109]], was losing.

In the [[O Seattle City Council]] races, incumbents lost in two of the four districts. Council member [[P Dan Strauss-Yee]], who represents [[L Ballard]], conceded on Wednesday to [[P Maritza Alvarado]], a tenants' rights lawyer. "The city wants change, and I respect that," [[P Strauss-Yee]] said.

[[O The Seattle Times]] editorial board had endorsed [[P Harrell-Okada]]. [[P Venkataraman]] was endorsed by [[O The Stranger]] and by [[L U.S.]] Representative [[P Pramila Jayapal-Moore]].`,
  },
  {
    name: 'sport ipl city teams',
    text: `[[O Mumbai]] beat [[O Chennai]] by six wickets to reach IPL final

[[L AHMEDABAD]], May 30 — [[O Mumbai Indians]] beat [[O Chennai Super Kings]] by six wickets in the second qualifier of the [[O Indian Premier League]] on Friday, chasing 187 with seven balls to spare at the [[L Narendra Modi Stadium]].

Opener [[P Rohan Kulkarni]] made 78 off 49 balls, and [[P Tilak Reddy-Varma]] finished the match with a six over long-on. [[O Mumbai]] will play [[O Gujarat]] in Sunday's final at the same ground.

[[O Chennai]], who chose to bat, were held to 186 for five by a tight last over from [[P Jasprit Bhandari]]. [[P Ruturaj Deshpande]] top-scored for [[O Chennai]] with 64, and [[P Shivam Dube-Rao]] hit four sixes in 31. "We were 20 runs short on this pitch," [[O Chennai]] captain [[P Deshpande]] said.

[[O Mumbai]] said fast bowler [[P Trent Boult-Harris]] had recovered from a hamstring strain and would be available for the final. [[O Gujarat]], who topped the league table, have beaten [[O Mumbai]] twice this season, in [[L Ahmedabad]] and at [[L Wankhede Stadium]].

The [[O Board of Control for Cricket in India]] ([[O BCCI]]) said more than 100,000 tickets for the final had been sold. [[O Punjab]] and [[O Bengaluru]] were knocked out earlier in the week, and [[O Kolkata]], the champions two years ago, did not make the playoffs.

Former [[L India]] captain [[P Sunil Gavaskar-Menon]], commentating for [[O Star Sports]], said [[O Mumbai]] had "peaked at the right time, as they always seem to". [[O Mumbai]] have won the title five times, [[O Chennai]] five.

[[O Chennai]] had needed a win over [[O Rajasthan]] in [[L Jaipur]] on the last day of the league stage to reach the playoffs. Their coach, [[P Stephen Fleming-Ross]], said the team would keep its core for next season. "We will come back to [[L Chennai]] and think about it," he said. [[O Mumbai]] lost four of their first five matches before winning eight of the next nine.

The final will be shown on [[X JioHotstar]], whose owner, [[O Reliance Industries]], also owns [[O Mumbai Indians]]. [[L Ahmedabad]] police said they would close roads around the stadium from noon.`,
  },
  {
    name: 'reuters food deal family names',
    text: `[[O Ferrero]] agrees to buy [[O WK Kellogg]] for $3.1 billion

[[L NEW YORK]], July 10 ([[O Reuters]]) - Italian confectioner [[O Ferrero]] agreed on Thursday to buy [[O WK Kellogg Co]] ([[X KLG.N]]), the maker of [[X Frosted Flakes]] and [[X Froot Loops]], for about $3.1 billion including debt, adding breakfast cereals to a business built on [[X Nutella]] and [[X Kinder]] chocolate.

[[O Ferrero]] will pay $23 per share in cash, a 31% premium to [[O WK Kellogg]]'s closing price on Wednesday. Shares in the cereal maker jumped 30% in [[L New York]].

[[O WK Kellogg]] was spun off from [[O Kellanova]], the former [[O Kellogg Company]], in 2023. The company, named after [[P Will Keith Kellogg]], who founded it in [[L Battle Creek]], [[L Michigan]], in 1906, will keep its headquarters there, [[O Ferrero]] said.

[[O Ferrero]], owned by the [[P Ferrero]] family and based in [[L Luxembourg]], has bought several American brands in recent years, including [[O Nestlé]]'s [[L U.S.]] confectionery business and the cookie maker [[O Keebler]]. Chairman [[P Giovanni Ferrero]] said in a statement that the deal "brings two family names together".

[[O WK Kellogg]] chief executive [[P Gary Pilnick-Ward]] said cereal sales had fallen as Americans ate more protein bars and yoghurt, and that the company needed a bigger owner to invest in its plants in [[L Omaha]] and [[L Memphis]].

The deal needs approval from [[O WK Kellogg]] shareholders and regulators, and is expected to close in the second half of the year. The [[O W.K. Kellogg Foundation]], which owns about 16% of the company, supports it.

"[[O Ferrero]] is paying a fair price for a business that is shrinking," said [[P Jonathan Feeney-Albright]], an analyst at [[O Consumer Edge]]. [[O Goldman Sachs]] advised [[O WK Kellogg]], and [[O Mediobanca]] advised [[O Ferrero]].

[[O Ferrero]] was founded in 1946 in [[L Alba]], in [[L Italy]]'s [[L Piedmont]] region, by [[P Pietro Ferrero]], a pastry maker who stretched scarce chocolate with hazelnuts. Its sales rose to 18.4 billion euros last year. [[O WK Kellogg]] had sales of $2.7 billion in 2024. Its brands in [[L Canada]] and the [[L Caribbean]] are included in the deal, the companies said.

(Reporting by [[P Jessica DiNapoli-Russo]] in [[L New York]] and [[P Emilio Parodi-Landi]] in [[L Milan]]; Editing by [[P Sriraj Kalluvila-Rao]])`,
  },
];
