/**
 * Blind entity batches 122-124 (helper ents62a, 7 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 124 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_41 are made from batches 122 and 123 only, and batch 124's errors are never
 * printed or read (only its totals). 122 and 123 lean on kinds of news earlier batches used little:
 * health services (hospital trusts, infirmaries named after towns, an ambulance service, a drug
 * regulator, drugs as none, an Indian drug regulator and states acting as governments); courts and
 * police (a murder charge, a magistrates' and a crown court as places, prosecutors, a named inquiry,
 * the police complaints body); shipping (a shipping line, a fuel supplier, port operators, a port
 * authority, shipyards, ships as none); local government abroad (a Japanese prefecture, its
 * assembly and a city council, a Mexican state and its water utility); higher education in the
 * Highlands and Islands; Irish media regulation in Irish; science (a laboratory, a space agency, a
 * spaceport, an observatory, missions and launchers as none); football in Argentina and
 * Mozambique (clubs, the association, a liberation-movement party); tennis. 122 and 123 also hold,
 * in ordinary sentences, forms stop 61 left wrong: "Shell chief executive ... said" where "shell" is
 * also written in lowercase, "In Salford, Hughes, Okafor and Lewis were charged", "At Wimbledon,
 * Marchetti, Okonkwo and Lindqvist ...", "Relatives of the victim, Tom Price, said", "Ministry of
 * Economy, Trade and Industry", "University of the Highlands and Islands", firms of two surnames in
 * headlines and lists, "Tate and Lyle Sugars", "Coimisiún na Meán", "All Saints' Church", "Boca
 * Juniors", "River Plate", "Front for the Liberation of Mozambique". Batch 124 is an ordinary day's
 * mixed wire. People are invented; countries, agencies and companies appear as they would in any
 * report.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_122: EntityCase[] = [
  {
    name: 'pa bradford hospital trusts merge emergency departments infirmaries named after towns a health board a drug regulator and a drug as none',
    text: `Two [[L Yorkshire]] hospital trusts to share one emergency department at night

Two hospital trusts in [[L West Yorkshire]] will close one of their emergency departments overnight from May, sending patients between [[L Bradford]] and [[L Keighley]] by ambulance.

[[O Bradford Teaching Hospitals NHS Foundation Trust]], which runs [[O/L Bradford Royal Infirmary]], and [[O Airedale NHS Foundation Trust]], which runs [[O/L Airedale General Hospital]] near [[L Steeton]], said the night-time emergency department at [[O/L Airedale General Hospital]] would open only to walk-in patients with minor injuries between midnight and 8am.

The trusts' joint chief executive, [[P Maureen Castleford-Pike]], said the change would affect about 14 patients a night. "We cannot staff two full emergency departments through the night without agency doctors we do not have," she said.

The [[O Yorkshire Ambulance Service]] said it would add two crews to carry patients from [[L Craven]] and the [[L Aire Valley]]. Its director of operations, [[P Nick Ahearne]], said journeys from [[L Skipton]] to [[L Bradford]] could take 45 minutes in winter.

[[O Healthwatch Bradford]], the patients' watchdog, said it had received 300 letters about the plan. The [[O Keighley Town Council]] has asked the [[O Department of Health and Social Care]] to review it.

The trusts also said on Thursday that [[O/L Bradford Royal Infirmary]] would be one of 12 hospitals in [[L England]] to give the weight-loss injection [[X Mounjaro]] to patients waiting for surgery, after the [[O Medicines and Healthcare products Regulatory Agency]] ([[O MHRA]]) widened its licence in March. The [[O National Institute for Health and Care Excellence]] said a trial would run for two years.

[[O NHS England]] said the [[O West Yorkshire Integrated Care Board]] had approved the change. [[O Unison]], which represents nurses at both hospitals, said it would ballot members.

[[P Sharon Dewhirst-Lee]], whose father was treated at [[O/L Airedale General Hospital]] after a fall in [[L Silsden]], said: "He would not have lasted the trip to [[L Bradford]]."`,
  },
  {
    name: 'manchester evening news salford crown court three men charged people in a list after a town a police force prosecutors a named inquiry and relatives of the victim with the victim named',
    text: `Three men charged with murder after [[L Salford]] shooting

Three men have been charged with murder after a 19-year-old was shot outside a takeaway in [[L Salford]] last month.

[[O Greater Manchester Police]] said the men, aged 20, 22 and 27, would appear at [[L Manchester Magistrates' Court]] on Monday. In [[L Salford]], [[P Hughes]], [[P Okafor]] and [[P Lewis]] were charged late on Saturday after the [[O Crown Prosecution Service]] authorised the charges.

[[P Jordan Hughes]], 22, of [[L Eccles]], [[P Daniel Okafor]], 27, of [[L Pendleton]], and [[P Reece Lewis]], 20, of no fixed address, are also charged with possessing a firearm.

Relatives of the victim, [[P Tom Price]], said in a statement that he had been "a quiet lad who loved his football". [[P Price]] died at [[O/L Salford Royal Hospital]] two hours after the shooting on [[L Langworthy Road]].

Detective Chief Inspector [[P Alison Ruddock]] said officers had searched six addresses in [[L Salford]] and [[L Swinton]]. "We know this has frightened people in [[L Seedley]]," she said.

The case will be sent to [[L Manchester Crown Court]], which sits at [[L Crown Square]]. The [[O Independent Office for Police Conduct]] said it was assessing whether officers had missed earlier reports about the gun.

The shooting came a week after the [[O Manchester Arena Inquiry]]'s chair, Sir [[P Anthony Marr]], asked the force to report on its armed response times. Mayor of [[L Greater Manchester]] [[P Paul Kershaw]] said the [[O Greater Manchester Combined Authority]] would fund two more armed response cars.

[[O Salford City Council]] said youth workers would be sent to schools in the area. [[O Salford City]], the [[O League Two]] club, held a minute's silence before Saturday's game at the [[L Peninsula Stadium]].`,
  },
  {
    name: 'reuters copenhagen maersk shipping line green fuel deal a firm dropped when shell is written in lowercase ships as none port operators and a shipyard named after two men',
    text: `[[O Maersk]], [[O Shell]] sign methanol fuel deal for new container ships

[[L COPENHAGEN]], June 3 ([[O Reuters]]) - [[L Denmark]]'s [[O A.P. Moller-Maersk]] has agreed to buy 400,000 tonnes a year of green methanol from [[O Shell]] to fuel 12 container ships it has ordered from [[L South Korea]], the companies said on Tuesday.

[[O Shell]] chief executive [[P Marten Holloway]] said the fuel would be made at a plant in [[L Rotterdam]] and supplied at [[L Rotterdam]], [[L Singapore]] and [[L Algeciras]]. [[P Holloway]] called it the largest such contract signed by an oil company.

The first of the ships, the [[X Maersk Halvorsen]], will be delivered by [[O HD Hyundai Heavy Industries]] in [[L Ulsan]] next year. Each can carry 17,000 containers and burn either methanol or fuel oil.

Analysts said the price had not been disclosed. The deal was struck through a shell company in [[L Singapore]] owned equally by the two groups, a filing showed.

[[O Maersk]] chief executive [[P Henrik Aasgaard]] said the group wanted a quarter of its ocean cargo to move on green fuels by 2030. Rivals [[O Hapag-Lloyd]] and [[O CMA CGM]] have ordered similar ships.

Port operators [[O APM Terminals]], owned by [[O Maersk]], and [[O Hutchison Ports]] said they would build methanol bunkering at [[L Felixstowe]] and [[L Rotterdam]]. The [[O Port of Rotterdam Authority]] said the first bunkering barge would arrive in October.

[[O Harland and Wolff]], the [[L Belfast]] shipyard, said it had bid to build two methanol bunker barges. Its rivals for the work are [[O Cammell Laird]], [[O Damen]] and [[O Babcock]].

Shares in [[O Maersk]] rose 1.8 percent in [[L Copenhagen]]. The [[O International Maritime Organization]] meets in [[L London]] in October to decide a global levy on shipping emissions.

(Reporting by [[P Jacob Gronholt-Pedersen]]; Editing by [[P Mark Potter-Hale]])`,
  },
  {
    name: 'kyodo fukuoka prefecture chip plant subsidy a ministry with commas the governor and prefectural assembly cities councils and firms named after two founders in a headline',
    text: `[[O Sumitomo Mitsui]] unit, [[L Fukuoka]] agree chip plant subsidy

[[L FUKUOKA]], Japan, Sept 9 ([[O Kyodo]]) - [[L Fukuoka Prefecture]] will pay 20 billion yen toward a chip packaging plant in [[L Kitakyushu]], Governor [[P Kenta Hattori]] said Monday, after the [[O Ministry of Economy, Trade and Industry]] pledged a further 90 billion yen.

The plant, to be built by a unit of [[O Sumitomo Mitsui Financial Group]] and chipmaker [[O Rapidus]], will employ 1,200 people from 2028. The [[O Fukuoka Prefectural Assembly]] approved the money in a vote of 71 to 14.

"This is the largest factory to come to [[L Kyushu]] in 30 years," [[P Hattori]] told reporters. The [[O Ministry of Economy, Trade and Industry]] said the plant would package chips made in [[L Hokkaido]] and in [[L Kumamoto]], where [[O Taiwan Semiconductor Manufacturing Co.]] opened its first Japanese factory last year.

The [[O Kitakyushu City Council]] must still rezone farmland in [[L Wakamatsu Ward]] for the site. Mayor [[P Yumi Takeuchi-Oda]] said the city would build a road to the [[L Hibikinada]] port.

The prefecture has lost 40,000 manufacturing jobs since 2000, most of them at steel and shipbuilding yards along the [[L Dokai Bay]] shore.

Farmers in [[L Wakamatsu]] have asked the [[O Fukuoka District Court]] to stop the rezoning, their lawyer [[P Shinji Matsuo]] said. The [[O Japan Agricultural Cooperatives]] group said the plant would use as much water as a town of 60,000 people.

[[O Kyushu Electric Power Co.]] said it would build a substation for the plant. [[O Nippon Steel]], whose mill in [[L Yawata]] sits nearby, said it would sell part of its land.

The [[O Liberal Democratic Party]]'s group in the assembly backed the plan, while the [[O Japanese Communist Party]] voted against it.`,
  },
  {
    name: 'bbc scotland university of the highlands and islands cuts campuses colleges a funding council a union and a church used as a venue',
    text: `[[O University of the Highlands and Islands]] to cut 200 jobs

The [[O University of the Highlands and Islands]] ([[O UHI]]) is to cut 200 jobs across its colleges, blaming a fall in students from outside [[L Scotland]].

The university, which has 13 partner colleges from [[L Shetland]] to [[L Perth]], said it needed to save 11 million pounds over two years. Its principal, Professor [[P Fiona Grantham-Reid]], said no campus would close.

[[O UHI Inverness]], [[O UHI Moray]] and [[O UHI North Highland]] will lose the most posts. Staff at the [[L Thurso]] campus were told on Tuesday that evening classes would end in June.

The [[O Scottish Funding Council]] said it had given the university 4 million pounds in extra money last year. Education Secretary [[P Morag Lennie]] said the [[O Scottish Government]] would not "bail out" a single institution.

The [[O Educational Institute of Scotland]] and the [[O University and College Union]] said they would ballot members on strike action. [[O UCU]] branch secretary [[P Calum MacIver]] said: "Staff in [[L Stornoway]], [[L Kirkwall]] and [[L Lerwick]] are the only lecturers for a hundred miles."

Students' association president [[P Eilidh Macaulay]] said students in [[L Benbecula]] had already lost their library.

A meeting for staff and students is to be held on Friday at [[L St Magnus Cathedral]] in [[L Kirkwall]], whose custodians, the [[O Orkney Islands Council]], lent it for the evening.

[[O Highlands and Islands Enterprise]] said it was worried for the [[L Western Isles]], where the university is among the largest employers. [[O Comhairle nan Eilean Siar]], the islands' council, said it would write to the university's court.

The university has 37,000 students, a third of them studying online.`,
  },
  {
    name: 'afp buenos aires boca juniors and river plate fined clubs persons by the model a football association a liberation movement party in mozambique and a stadium',
    text: `[[O Boca Juniors]] and [[O River Plate]] fined after derby violence

[[L BUENOS AIRES]], April 14 ([[O AFP]]) - [[L Argentina]]'s football association fined [[O Boca Juniors]] and [[O River Plate]] on Monday and ordered the next derby to be played without away fans after fighting in the stands at [[L La Bombonera]].

The [[O Argentine Football Association]] ([[O AFA]]) said both clubs would pay 30 million pesos. [[O Boca Juniors]] must also close one stand for two games.

[[O Boca Juniors]] president [[P Martin Scolari-Funes]] said the club would appeal. [[O River Plate]] said in a statement that its fans had been attacked first.

The city's security minister, [[P Laura Dominguez-Paz]], said police had arrested 41 people. The [[O Buenos Aires City Police]] said two officers were hurt.

[[O River Plate]], who lead the [[O Liga Profesional]], host [[O Racing Club]] at the [[L Monumental]] on Sunday, while [[O Boca Juniors]] travel to [[L Rosario]] to play [[O Newell's Old Boys]].

[[O CONMEBOL]], the South American confederation, said it would look into the fighting before both clubs play in the [[X Copa Libertadores]] next month.

In [[L Maputo]], meanwhile, [[O Ferroviario de Maputo]] were fined by [[L Mozambique]]'s league after their fans threw stones at a bus. The club's honorary president is a senior figure in the [[O Front for the Liberation of Mozambique]] ([[O Frelimo]]), the ruling party, which has governed since independence in 1975. The opposition [[O Renamo]] called for him to step down. [[O Renamo]] leader [[P Ossufo Cumbe]] said on local radio that the club had "become a branch of the party".

[[O FIFA]] has warned [[L Argentina]] it may lose the right to host matches at the 2030 [[X World Cup]] if violence continues.`,
  },
];

export const BATCH_123: EntityCase[] = [
  {
    name: 'irish times coimisiun na mean fines a video platform the regulator in irish an online safety code rte and tg4 a minister and a party',
    text: `[[O Coimisiún na Meán]] fines video platform 2 million euro over child safety

[[O Coimisiún na Meán]], [[L Ireland]]'s media regulator, has fined the video platform [[O Vidzo]] 2 million euro for failing to check the ages of users under its online safety code.

It is the largest fine the regulator has imposed since it replaced the [[O Broadcasting Authority of Ireland]] in 2023. Online safety commissioner [[P Niamh Ó Faoláin]] said the company had let children as young as nine upload videos.

[[O Vidzo]], which has its European headquarters on [[L Sir John Rogerson's Quay]] in [[L Dublin]], said it would appeal to the [[O High Court]]. "We have already introduced new age checks," a spokeswoman said.

[[O Coimisiún na Meán]] was set up under the [[X Online Safety and Media Regulation Act]] and also oversees [[O RTÉ]] and [[O TG4]]. Its executive chairman, [[P Declan Moriarty-Keane]], told the [[O Oireachtas]] media committee last month that it had opened 11 investigations.

Media minister [[P Siobhán Kearney]] said the fine showed "the law has teeth". [[O Sinn Féin]]'s media spokesman, [[P Pádraig Mac Lochlainn]], said the regulator needed more staff.

The [[O Irish Council for Civil Liberties]] warned that age checks could force adults to hand over passports. The [[O Data Protection Commission]], which regulates [[O Meta]] and [[O Google]] in [[L Europe]], said it had been consulted.

Parents' group [[O CyberSafeKids]] said one in four children aged eight to 12 in [[L Ireland]] used the platform. Its founder, [[P Aoife Brennan-Walsh]], said the fine should be spent on teaching children about online risks in schools from [[L Donegal]] to [[L Cork]].

The regulator said it would publish its review of [[O Vidzo]]'s appeal in [[L Galway]], where the company has a second office, in spring.`,
  },
  {
    name: 'pti mumbai states acting as governments drug regulator cough syrup ban maharashtra said karnataka said a pharmaceutical firm and a drug as none',
    text: `[[L NEW DELHI]], Oct 21 ([[O PTI]]) - Three states have banned the sale of a children's cough syrup after the drug regulator found a toxic chemical in samples from a factory in [[L Himachal Pradesh]].

[[O/L Maharashtra]] said on Tuesday it had ordered 9,000 pharmacies to take the syrup, sold as [[X Kofrex-D]], off their shelves. [[O/L Karnataka]] and [[O/L Tamil Nadu]] issued similar orders on Monday.

The [[O Central Drugs Standard Control Organisation]] ([[O CDSCO]]) said tests at the [[O Central Drugs Laboratory]] in [[L Kolkata]] had found diethylene glycol in four of 30 batches. The syrup is made by [[O Samarth Remedies]] at a plant in [[L Baddi]].

Drugs Controller General [[P Rajeev Bhargava-Nair]] said the factory had been shut. "No further batches will leave [[L Baddi]]," he said.

[[O/L Maharashtra]] health minister [[P Sunita Gaikwad-More]] said no deaths had been reported in the state. The [[O Maharashtra Food and Drug Administration]] said it had seized 40,000 bottles in [[L Mumbai]], [[L Thane]] and [[L Nagpur]].

[[O Samarth Remedies]] managing director [[P Vikram Sood]] said the company had bought the chemical from a trader in [[L Ahmedabad]] and was "co-operating fully".

The [[O World Health Organization]] has issued alerts about Indian-made syrups three times since 2022, after deaths of children in [[L The Gambia]] and [[L Uzbekistan]]. The [[O Indian Pharmaceutical Alliance]] said most exporters now test every batch.

[[O/L Kerala]] said it would test syrups sold in the state from next week. The [[O Indian Medical Association]] urged doctors to stop prescribing cough syrups to children under four.

The [[L Himachal Pradesh]] government said it had suspended the licences of two other makers in [[L Baddi]] and [[L Nalagarh]] while their plants were inspected. Opposition [[O Congress]] leader [[P Harish Thakur]] said the state had ignored warnings from [[O CDSCO]] in 2023.`,
  },
  {
    name: 'london evening standard tate and lyle sugars refinery strike a firm of two surnames in a headline and list a union a port authority and a church named for all saints',
    text: `[[O Tate and Lyle Sugars]] workers vote to strike at [[L Silvertown]] refinery

Workers at [[O Tate and Lyle Sugars]]' refinery in [[L Silvertown]] have voted to strike over pay, the union [[O Unite]] said on Wednesday.

About 350 workers at the plant on the [[L Thames]], which refines cane sugar shipped from [[L Belize]] and [[L Guyana]], will walk out for ten days from May 12. [[O Unite]] general secretary [[P Karen Mulholland]] said the company had offered a 3 percent rise.

[[O Tate and Lyle Sugars]] is owned by [[O American Sugar Refining]], part of the [[L Florida]]-based [[O ASR Group]]. It is no longer linked to [[O Tate & Lyle]], the food ingredients company listed in [[L London]], which sold the sugar business in 2010.

A spokesman for the refinery said it had "made a fair offer" and would keep supplying customers, among them [[O Marks and Spencer]], [[O Sainsbury's]] and [[O Mars]].

The [[O Port of London Authority]] said ships would wait in the estuary if the strike went ahead. The [[O Food and Drink Federation]] warned of shortages of golden syrup, sold under the [[X Lyle's]] brand.

Local councillor [[P Amina Qureshi-Bright]] said the strikers would meet at [[L All Saints' Church]] in [[L West Ham]] on Saturday. The church's vicar, the Rev [[P Anthony Okeke]], said it had "stood with dockers and sugar workers for a hundred years".

[[O Newham Council]] said the refinery remained the borough's largest private employer. Its leader, [[P Daniel Adeyemi]], said the council would ask both sides to meet at the offices of the conciliation service [[O Acas]]. The refinery, opened by [[P Henry Tate]] in 1878, produces about a million tonnes of sugar a year, much of it sold to bakers and drinks makers across [[L Britain]].`,
  },
  {
    name: 'guardian science rutherford appleton laboratory a space agency mission as none a spaceport on an island labs and observatories by long name and acronym and firms named after two men in a headline',
    text: `[[O Rolls-Royce]] and [[O Airbus]] to build nuclear power unit for lunar base

[[O Rolls-Royce]] and [[O Airbus]] will design a small nuclear reactor to power a base on the [[X Moon]], the [[O UK Space Agency]] said on Thursday, in a 9 million pound contract shared with the [[O Science and Technology Facilities Council]] ([[O STFC]]).

The reactor's fuel will be tested at the [[O Rutherford Appleton Laboratory]] near [[L Didcot]], and its control systems at [[O Airbus Defence and Space]] in [[L Stevenage]]. The [[O STFC]] said 40 engineers would work on it.

"This is the first time a British team has been asked to lead the power for a crewed base," said Dr [[P Helen Abernethy-Shaw]], who runs the programme at [[O Rolls-Royce]].

The [[O European Space Agency]] ([[O ESA]]) is weighing the design for its [[X Argonaut]] lander, which could fly in 2031. [[O NASA]] and [[L Japan]]'s space agency, [[O JAXA]], are funding rival reactors.

Separately, the [[O UK Space Agency]] said the first orbital launch from [[L SaxaVord Spaceport]] on [[L Unst]], the most northerly of the [[L Shetland Islands]], would carry a weather satellite built at the [[O University of Strathclyde]]. The launcher, [[X RFA One]], is made by [[O Rocket Factory Augsburg]] in [[L Germany]].

Astronomers at [[O Jodrell Bank Observatory]] in [[L Cheshire]] said radio noise from new satellite fleets was already harming their work. Its director, Professor [[P Owen Tudor-Blake]], said the [[X Lovell Telescope]] had lost a tenth of its observing time. [[O SpaceX]] said it had dimmed its [[X Starlink]] satellites.

The [[O Royal Astronomical Society]] called for rules on radio noise from orbit. Its president, Professor [[P Ruth Akinola]], said the [[O International Telecommunication Union]] should protect the bands used by observatories, as it does for aircraft.`,
  },
  {
    name: 'pa wimbledon seeds withdraw players in a list after the venue a club a tennis body and a sponsor',
    text: `Three seeds pull out of [[X Wimbledon]] warm-up in [[L Eastbourne]]

At [[X Wimbledon]], [[P Marchetti]], [[P Okonkwo]] and [[P Lindqvist]] will start as the top three seeds after all three withdrew from this week's tournament in [[L Eastbourne]] with minor injuries.

[[P Luca Marchetti]], the world number one from [[L Italy]], hurt his wrist in the final at [[L Queen's Club]] on Sunday. [[P Chidi Okonkwo]] said he had a sore back, and [[P Erik Lindqvist]] of [[L Sweden]] has a blister.

"I would rather be ready on Monday than win in [[L Eastbourne]]," [[P Marchetti]] said.

The [[O All England Club]] said the draw would be made on Friday. Its chief executive, [[P Rebecca Holt-Summers]], said ground passes had sold out in 40 minutes.

The [[O Lawn Tennis Association]] said 11 British players would take part, the most since 1997. Men's number one [[P Jack Pennington]] of [[L Nottingham]] was given a wild card.

The [[O ATP]] fined [[P Okonkwo]], who plays for [[L Nigeria]], 10,000 dollars for a late withdrawal, but waived the fine after his doctor wrote to the tour.

In [[L Eastbourne]], [[P Dubois]], [[P Sato]] and [[P Reyes]] now lead the field at [[L Devonshire Park]]. The tournament's sponsor, [[O Rothesay]], said ticket holders would be offered refunds. Organisers said crowds at [[L Devonshire Park]] had fallen by a fifth since the event moved to the week before the championships.

[[O BBC Sport]] will show every match from [[X Wimbledon]] on [[O BBC iPlayer]].

Last year's champion, [[P Tomás Reyes]] of [[L Argentina]], lost in the first round at [[L Queen's Club]] and has slipped to 14th in the rankings. His coach, [[P Gabriel Ferreyra]], said he was fit. Bookmakers [[O William Hill]] and [[O Ladbrokes]] make [[P Marchetti]] the favourite.`,
  },
  {
    name: 'reuters monterrey nuevo leon said a state acting as government a city water utility a national water commission dams as places and firms',
    text: `[[L MONTERREY]], [[L Mexico]], Aug 5 ([[O Reuters]]) - [[O/L Nuevo Leon]] said on Monday it would cut water pressure across [[L Monterrey]] at night from next week, as the dams that supply [[L Mexico]]'s industrial capital fell to a fifth of their capacity.

The state's water utility, [[O Agua y Drenaje de Monterrey]], said the [[L El Cuchillo]] and [[L Cerro Prieto]] dams held 21 percent of their water. Governor [[P Rodrigo Salinas-Treviño]] said factories would be asked to cut use by 15 percent.

The [[O National Water Commission]] ([[O Conagua]]) said it would release water from the [[L El Cuchillo]] dam only after [[O/L Tamaulipas]] agreed. [[O/L Tamaulipas]] said its farmers in the [[L San Juan]] valley needed the water for sorghum.

The municipal government of [[L San Pedro Garza Garcia]] said it would fine homes that watered lawns. Mayor [[P Ana Lucia Garza]] said 300 inspectors would patrol.

Brewer [[O Heineken Mexico]] and steelmaker [[O Ternium]] said they would recycle more water at their plants in [[L Monterrey]]. [[O Tesla]], which plans a factory in [[L Santa Catarina]], did not respond.

The [[O Monterrey Chamber of Commerce]] said 40 percent of its members had cut shifts in 2022, the last drought.

[[O Banco de Mexico]] said in its regional report that drought was slowing growth in the north. [[O/L Coahuila]], which shares the [[L Rio Bravo]] basin, said it would send tanker trucks to [[L Saltillo]] if the drought lasted into September, and [[O Ternium]]'s rival [[O Altos Hornos de Mexico]] said its mill in [[L Monclova]] had enough water until then. The [[O Monterrey Institute of Technology]] said its campus would run on trucked water from Friday. (Reporting by [[P Diego Ore-Valdes]]; Editing by [[P Sandra Maler-Ruiz]])`,
  },
];

export const BATCH_124: EntityCase[] = [
  {
    name: 'ansa rome transport strike unions a city transit firm the ministry a guarantor authority metro lines as none and an airport',
    text: `[[L ROME]], Feb 18 ([[O ANSA]]) - Buses, trams and the metro in [[L Rome]] will stop for 24 hours on Friday as unions strike over a plan to hand some bus routes to private operators, the city's transport company [[O ATAC]] said.

The strike was called by the [[O Italian General Confederation of Labour]] ([[O CGIL]]) and the [[O Italian Labour Union]] ([[O UIL]]). Services will run only from 5.30am to 8.30am and from 5pm to 8pm, under rules set by the [[O Strike Guarantee Commission]].

[[O ATAC]] chief executive [[P Giulia Benedetti-Rossi]] said the company had to cut costs after losing 200 million euros last year. Mayor [[P Marco Fiorentini]] said the routes on the city's edge, in [[L Ostia]] and [[L Tor Bella Monaca]], would be offered to tender.

Transport minister [[P Stefano Valli]] said he would meet the unions in [[L Milan]] on Monday. The [[L Lazio]] regional government, which pays for commuter trains, said [[O Trenitalia]] services to [[L Fiumicino]] airport would run as normal.

Union leader [[P Alessandra Conti]] said drivers had not had a pay rise since 2019. "The city wants to sell our routes before the [[X Jubilee]] crowds arrive," she said.

Tourists were advised to use taxis to reach the [[L Vatican]] and the [[L Colosseum]]. The [[O Codacons]] consumer group said it would ask [[O ATAC]] to refund monthly passes. The [[L Lazio]] regional council's transport chief, [[P Roberto Mancini-Dell'Aglio]], said buses on regional routes run by [[O Cotral]] would not strike.

The last full transport strike in the capital, in October, cost shops in the centre about 30 million euros, the traders' association [[O Confcommercio Roma]] said. Its president, [[P Davide Marsili]], said the city and the unions should go to the prefect, [[P Lamberto Giannini-Sala]], for mediation.`,
  },
  {
    name: 'cbc winnipeg drug shortage hospitals pharmacists a regional health authority a federal department a drug maker and drugs as none',
    text: `[[L WINNIPEG]] - Hospitals in [[L Manitoba]] are rationing an antibiotic used to treat children's ear infections after a supplier in [[L Ontario]] stopped making it.

[[O Shared Health]], which runs the province's hospitals, said [[O/L Health Sciences Centre]] and [[O/L St. Boniface Hospital]] in [[L Winnipeg]] had three weeks of [[X amoxicillin]] suspension left. Its chief pharmacist, [[P Derek Lavallee]], said adults would be given tablets instead.

[[O Health Canada]] said it had allowed imports from [[L Australia]] and [[L France]]. The maker, [[O Apotex]], said a machine at its plant in [[L Toronto]] had broken and would be replaced by April.

The [[O Winnipeg Regional Health Authority]] asked family doctors to prescribe the drug only for severe infections. Pharmacist [[P Amrit Sandhu]], who owns a pharmacy in [[L Brandon]], said parents had driven from [[L Dauphin]] and [[L Portage la Prairie]] to find it.

Health Minister [[P Chidera Nwosu]] said the province would pay for pharmacists to mix the medicine from tablets. The opposition [[O Progressive Conservative Party]] said the government had been warned in November.

The [[O Canadian Pharmacists Association]] said 1,200 drugs were in short supply across [[L Canada]]. The [[O Canadian Paediatric Society]] said doctors should wait 48 hours before giving antibiotics for most ear infections.

[[O Sandoz]], which also makes the drug, said it had raised output at its plant in [[L Boucherville]], [[L Quebec]]. Its spokeswoman, [[P Isabelle Tremblay]], said shipments would reach [[L Manitoba]] within a fortnight.

[[O Doctors Manitoba]] said it had written to the federal health minister about the shortage. Its president, Dr [[P Kristin Harlow]], said children in northern communities such as [[L Thompson]] and [[L Flin Flon]] could wait days for a delivery, and asked [[O Perimeter Aviation]] to carry medicines on its scheduled flights free of charge.`,
  },
  {
    name: 'aap hobart tasmanian election parties independents the electoral commission a stadium and a salmon farmer',
    text: `[[L HOBART]], March 24 ([[O AAP]]) - [[L Tasmania]]'s [[O Liberal Party]] will try to form a minority government after Saturday's state election left it four seats short of a majority in the 35-seat [[O House of Assembly]].

Premier [[P Graham Ashcroft]] said he would talk to the three independents and the two members of the [[O Jacqui Lambie Network]]. [[O Labor]] leader [[P Rebecca Tolman]] said his party would not deal with the [[O Greens]].

The [[O Tasmanian Electoral Commission]] said counting in [[L Clark]] and [[L Bass]] could take 10 days. Turnout was 89 percent.

The campaign was fought over a new football stadium at [[L Macquarie Point]] in [[L Hobart]], which the [[O AFL]] requires before the [[O Tasmania Devils]] join the league in 2028. Independent [[P Leanne Colquhoun]] said she would not back a government that built it.

Salmon farmer [[O Huon Aquaculture]], owned by [[L Brazil]]'s [[O JBS]], and [[O Tassal]] gave money to both major parties, the [[O Australia Institute]] said. Farms in [[L Macquarie Harbour]] have been blamed for the decline of the [[X Maugean skate]].

[[O Hydro Tasmania]] said the new government must decide by June on the [[X Marinus Link]] cable to [[L Victoria]]. The link, to be built by [[O TasNetworks]] and [[O AusNet]], would let the island sell hydro power to the mainland. [[O Hydro Tasmania]] chief executive [[P Rachel Bramwell]] said the cost had risen to 5.5 billion dollars. The [[O Tasmanian Chamber of Commerce and Industry]] urged the parties to agree a budget before July, when the state's credit rating is due to be reviewed by [[O S&P Global]].

Prime Minister [[P Michael Fennelly]] said [[L Canberra]] would work with whoever formed government.`,
  },
  {
    name: 'reuters nairobi tea auction prices a tea board a trade body an agency and estates as places',
    text: `[[L NAIROBI]], May 7 ([[O Reuters]]) - Tea prices at the weekly auction in [[L Mombasa]] fell to their lowest in three years on Tuesday as buyers from [[L Pakistan]] and [[L Egypt]] held back, the [[O East African Tea Trade Association]] said.

The average price fell to 2.05 dollars a kilogram from 2.31 a week earlier. The association's managing director, [[P Stephen Ondieki]], said a weak rupee had cut demand from [[L Karachi]].

[[L Kenya]] is the world's largest exporter of black tea. The [[O Tea Board of Kenya]] said output rose 11 percent in the first quarter after heavy rains in [[L Kericho]] and [[L Nandi]].

The [[O Kenya Tea Development Agency]] ([[O KTDA]]), which manages factories for 600,000 small farmers, said it would hold back some of its tea. Farmer [[P Grace Chebet]] in [[L Bomet]] said she was paid 20 shillings a kilo for green leaf, down from 25.

Multinational growers [[O Unilever]], which sold its estates to [[O CVC Capital Partners]] in 2021, and [[O James Finlay]] said they were moving to sell more tea directly. [[O Ekaterra]], the tea company formed by the sale, runs estates around [[L Kericho]].

Agriculture Cabinet Secretary [[P Joseph Wanyoike]] said the government would look for buyers in [[L China]] and [[L Kazakhstan]].

The [[O Kenya Revenue Authority]] said tea earned the country 180 billion shillings last year, second only to money sent home by Kenyans abroad. Small farmers' group [[O Kenya Union of Small Scale Tea Owners]] said it would protest outside the agency's offices on [[L Moi Avenue]] in [[L Nairobi]].

(Reporting by [[P Peter Otieno]]; Editing by [[P Clare Holloway]])`,
  },
  {
    name: 'dpa ludwigshafen chemical plant closures a chemical firm a works council a union a state and a river',
    text: `[[L LUDWIGSHAFEN]], [[L Germany]], July 30 ([[O dpa]]) - [[O BASF]] will close two more plants at its home site in [[L Ludwigshafen]], cutting 700 jobs, because gas in [[L Europe]] is still too dear, the chemical maker said on Wednesday.

The plants make ammonia and adipic acid, used in nylon. Chief executive [[P Tobias Reinhardt]] said [[O BASF]] would buy the chemicals from its sites in [[L Antwerp]] and [[L Louisiana]] instead.

The works council's chairman, [[P Dragan Kovačić]], said no one would be laid off before 2026 under an agreement with the union [[O IG BCE]]. "The site on the [[L Rhine]] will shrink, but it will not die," he said.

[[O/L Rhineland-Palatinate]] said it would push [[L Berlin]] for a cheaper power price for industry. State premier [[P Ulrike Baumann]] called the decision "a heavy blow".

The [[O German Chemical Industry Association]] ([[O VCI]]) said chemical output in [[L Germany]] had fallen 18 percent since 2021. Rivals [[O Covestro]] and [[O Evonik]] have also closed plants.

[[O BASF]] shares rose 1.2 percent in [[L Frankfurt]]. Analysts at [[O Deutsche Bank]] said the cuts would save 300 million euros a year.

The town's mayor, [[P Jutta Steinruck-Lenz]], said [[L Ludwigshafen]] would lose 40 million euros in business tax. Environmental group [[O BUND]] said the closures would cut the site's carbon emissions by a tenth. In [[L Mannheim]], across the river, the chemicals distributor [[O Brenntag]] said it had lost two large customers in the region this year.`,
  },
  {
    name: 'pti ahmedabad cricket a test match national sides a board a stadium named after a person and a trophy as none',
    text: `[[L AHMEDABAD]], Nov 16 ([[O PTI]]) - [[O India]] beat [[O New Zealand]] by seven wickets on the fourth day of the second Test at the [[L Narendra Modi Stadium]] on Saturday to take the series 2-0.

Opener [[P Arjun Deshpande]] made 88 not out as [[O India]] chased 214. Spinner [[P Harsh Vora]] took 11 wickets in the match.

[[O New Zealand]] captain [[P Blair Tremain]] said his batters had not coped with the turn. "We have two weeks in [[L Pune]] to sort it out," he said.

The [[O Board of Control for Cricket in India]] ([[O BCCI]]) said 60,000 people watched the first day, a record for a Test in [[L Gujarat]]. The [[O Gujarat Cricket Association]] said it would add shade to the east stand.

[[O New Zealand Cricket]] said fast bowler [[P Liam Corbett]] would fly home with a hamstring injury and be replaced by [[P Josh Karaka]] of [[O Wellington]].

The third Test, for the [[X Chester Trophy]], begins in [[L Pune]] on Dec 1. [[O India]] lead the [[X World Test Championship]] table ahead of [[O Australia]].

The groundsman at the stadium, [[P Ramesh Parmar]], said the pitch for the third Test in [[L Pune]] would have more grass. Former [[O New Zealand]] batter [[P Craig Whitford]] said on [[O Sky Sport]] that his country had not won a Test in [[L India]] since 1988. The [[O International Cricket Council]] rated the pitch for the second Test as "satisfactory". [[O Sunrisers Hyderabad]], the franchise that signed [[P Vora]] for 9 crore rupees in the last auction, said he would be rested from a domestic match in [[L Hyderabad]].`,
  },
];
