/**
 * Review texts (helper ents32c, 4 Dec 2026, issue #9): short news texts of our own, written and
 * annotated BEFORE the engine was run on them and committed that way, to review BLIND_NEWS_ROWS_21
 * (lexicon/blind-news-21.ts) and NEWS_LEFTOVER_ROWS_8 (lexicon/news-leftovers-8.ts) for wrong
 * firings, the way ents31b reviewed BLIND_NEWS_ROWS_20 (review-31b.cases.ts). Each text is aimed at
 * a sentence shape one of those rows reacts to: about half where the row must fire, half near-misses
 * where it must not (an office that runs on into a capitalised word, "Attorney General"; "first
 * reported in" before a place or a person; a centre named after a town ending in -ing; "Air" before
 * a rank or an office; an acronym glossed by a place; a seat's title speaking, "The Taoiseach said";
 * "lost 3-1 at" a stadium; "<player> coach <person>" in tennis; "left the Foreign Office for" a
 * firm). Gold conventions of the news entity batches (news-entities.cases.ts); people are invented.
 * Not a batch: no floor, never training data. Scored by
 * `npx tsx scripts/eval/news-entities.ts --review` (with 31b's texts; `--review 32c` alone).
 */
import type { EntityCase } from './news-entities.cases';

const MATCH_TAIL = 'The striker scored twice in the second half, and the coach said the title race was still open.';

export const REVIEW_32C: EntityCase[] = [
  // --- person.office-splits-name ---------------------------------------------------------------
  {
    name: 'office split fires: a field office runs into the holder',
    text: `Water Resources Adviser [[P Tanvir Hossain Chowdhury]] said on Tuesday that three embankments had failed near [[L Sirajganj]]. Boats were sent from [[L Dhaka]] overnight.`,
  },
  {
    name: 'office split fires: a provincial minister named with the field',
    text: `Provincial Health Minister [[P Olumide Adeyemi-Bakare]] said the clinics in [[L Ogbomosho]] would reopen on Monday after a two-week strike by nurses.`,
  },
  {
    name: 'office split near-miss: Attorney General before the name',
    text: `[[L Kaduna State]] Attorney General [[P Ibrahim Dantsoho]] said the charges against the two journalists had been dropped. The reporters were freed from a prison in [[L Zaria]] on Friday.`,
  },
  {
    name: 'office split near-miss: Secretary General of a regional body',
    text: `[[O Pacific Islands Forum]] Secretary General [[P Tevita Vainikolo]] said the leaders would meet in [[L Nuku'alofa]] in August to discuss fishing quotas.`,
  },
  {
    name: 'office split near-miss: Governor General',
    text: `The Governor General, Dame [[P Patricia Lowe]], opened the new parliament in [[L Nassau]] on Wednesday. The opposition boycotted the ceremony.`,
  },
  {
    name: 'office split near-miss: Director General of a named body',
    text: `[[O National Broadcasting Authority]] Director General [[P Kamau Njenga]] said the licences of two radio stations had been suspended for a month.`,
  },
  {
    name: 'office split fires: Disaster Relief Commissioner with a two-word name',
    text: `Flood Relief Commissioner [[P Anjali Deshmukh]] said 14,000 people had been moved to camps outside [[L Kolhapur]]. The army flew food to villages cut off by the [[L Panchganga]] river.`,
  },
  {
    name: 'office split near-miss: the ministry named, then the minister by name in another clause',
    text: `The [[O Ministry of Fisheries and Marine Resources]] said on Monday that [[P Teresa Nghiishililwa]] would lead the talks in [[L Walvis Bay]].`,
  },
  // --- organisation.first-reported-in --------------------------------------------------------
  {
    name: 'first reported fires: a local paper named with The',
    text: `The council voted 7-2 to close the pool. The vote was first reported by [[O The Westmorland Herald]].`,
  },
  {
    name: 'first reported near-miss: a virus first reported in a city',
    text: `The fungus, which kills bananas, was first reported in [[L Taiwan]]. Growers in [[L Mindanao]] say it has now reached their farms.`,
  },
  {
    name: 'first reported near-miss: first reported in a country at the end of a sentence',
    text: `Health officials said the strain spreads faster than earlier ones. It was first reported in [[L Mozambique]]. Two cases have since been confirmed in [[L Malawi]].`,
  },
  {
    name: 'first reported near-miss: first reported by a scientist',
    text: `The crack in the ice shelf was first reported by [[P Helga Sørensen]]. The glaciologist said it had grown by 40 kilometres since January.`,
  },
  {
    name: 'first reported fires: a story first published by a regional broadcaster',
    text: `The mayor has denied the claims. This story was first published by [[O Radio Kaskazini]].`,
  },
  {
    name: 'first reported fires: an interview first aired on a broadcaster',
    text: `The minister denied the claims on Friday. The interview was first aired on [[O Al Jazeera]].`,
  },
  {
    name: 'first reported fires: a site first reported on, the whole name',
    text: `The minister resigned on Thursday. The leak was first reported on [[O Diario Ribereño]].`,
  },
  // --- organisation.activity-centre --------------------------------------------------------------
  {
    name: 'activity centre fires: a warning centre with its acronym',
    text: `The wave reached 1.5 metres at [[L Hilo]], the [[O Tsunami Warning Centre]] ([[O TWC]]) said on Sunday. No damage was reported.`,
  },
  {
    name: 'activity centre near-miss: a swimming centre is a venue',
    text: `The national championships opened at the [[L Tollcross Swimming Centre]] in [[L Glasgow]] on Thursday, with 400 swimmers from 60 clubs.`,
  },
  {
    name: 'activity centre near-miss: a convention centre in Beijing',
    text: `The trade fair opened at the [[L Beijing Exhibition Centre]] on Tuesday, and organisers expect 90,000 visitors over five days.`,
  },
  {
    name: 'activity centre near-miss: a leisure centre named after Woking',
    text: `Voters queued outside the [[L Woking Leisure Centre]] on Thursday morning, and turnout was higher than in [[L Surrey]] as a whole.`,
  },
  {
    name: 'activity centre fires: a monitoring centre speaks',
    text: `Dust from the [[L Sahara]] reached the [[L Canary Islands]] on Monday, the [[O Air Pollution Monitoring Centre]] said, and flights were delayed at [[L Gran Canaria]] airport.`,
  },
  {
    name: 'activity centre near-miss: a rowing centre is a venue',
    text: `The regatta moved to the [[L National Rowing Centre]] in [[L Cork]] after strong winds hit the lake on Saturday.`,
  },
  {
    name: 'activity centre fires: a training centre as the body that trains',
    text: `The [[O Maritime Training Centre]] said it would certify 300 new sailors this year, most of them from [[L Kiribati]] and [[L Tuvalu]].`,
  },
  // --- place.person-named-facility -------------------------------------------------------------
  {
    name: 'named facility fires: an airport named after a president',
    text: `The flight landed safely at the [[L Kenneth Kaunda International Airport]] after a bird strike, the airline said. Passengers were flown on to [[L Ndola]] the next day.`,
  },
  {
    name: 'named facility fires: a hospital named after a doctor',
    text: `The boy was taken to the [[L Ruth Mbeki Hospital]] in [[L Kimberley]], where doctors said he was stable.`,
  },
  {
    name: 'named facility near-miss: the person the hospital is named after',
    text: `[[P Ruth Mbeki]] ran the clinic for 30 years, and the new wing will carry her name. She died in [[L Kimberley]] in 2019.`,
  },
  {
    name: 'named facility fires: a stadium named after a footballer',
    text: `The final will be played at the [[L Samuel Eto'o Stadium]] on Saturday, [[O CAF]] said.`,
  },
  {
    name: 'named facility near-miss: a theatre company speaks',
    text: `The [[O Abbey Theatre]] said it would stage four new plays this season. Its director, [[P Niamh Costigan]], said ticket sales had doubled.`,
  },
  {
    name: 'named facility fires: a library named after a writer',
    text: `Students protested outside the [[L Chinua Achebe Library]] on Monday after the university cut its opening hours.`,
  },
  // --- organisation.airline-head -----------------------------------------------------------------
  {
    name: 'airline head fires: Air and a word in a flights story',
    text: `Rival [[O Air Tindi]] said it would add two flights a week to [[L Yellowknife]] after the grounding of the jets.`,
  },
  {
    name: 'airline head near-miss: an Air Commodore in a story of planes',
    text: `The Air Commodore said the two planes had landed safely at the base near [[L Lossiemouth]]. No passengers were on board.`,
  },
  {
    name: 'airline head near-miss: the Air Minister in an aviation story',
    text: `The Air Minister said the new runway at [[L Entebbe]] would open in March, and fares on domestic routes would fall.`,
  },
  {
    name: 'airline head near-miss: Air Miles in a fares story',
    text: `Passengers can still spend their [[X Air Miles]] on flights to [[L Malaga]], the airline said on Friday.`,
  },
  {
    name: 'airline head fires: Air Zimbabwe in a route story',
    text: `[[O Air Zimbabwe]] resumed flights to [[L Johannesburg]] on Monday after a two-year gap. The aircraft was leased from a company in [[L Lisbon]].`,
  },
  {
    name: 'airline head near-miss: an Air Vice-Marshal before his name in a flights story',
    text: `Air Vice-Marshal [[P Ian Cready]] said the two jets had been grounded at [[L Akrotiri]] after the flights were cut short.`,
  },
  {
    name: 'airline head fires: Air and a word at the start of a sentence',
    text: `[[O Air Tahiti]] cancelled 12 flights on Sunday because of a strike by ground staff at [[L Faa'a]] airport.`,
  },
  // --- organisation.acronym-then-expansion ----------------------------------------------------
  {
    name: 'acronym expansion fires: an acronym glossed by a body',
    text: `[[O WALHI]], the [[O Indonesian Forum for the Environment]], said the mine had polluted two rivers in [[L Sulawesi]].`,
  },
  {
    name: 'acronym expansion fires: an acronym with a bracketed gloss',
    text: `[[O KNCHR]] (the [[O Kenya National Commission on Human Rights]]) said 14 people had been detained without charge in [[L Mombasa]].`,
  },
  {
    name: 'acronym expansion near-miss: a breakaway state glossed in brackets',
    text: `Talks on the island stalled again on Monday. Officials in [[L TRNC]] (the [[L Turkish Republic of Northern Cyprus]]) said they would not attend.`,
  },
  {
    name: 'acronym expansion near-miss: a region glossed after its acronym',
    text: `Voting in [[L BARMM]], the [[L Bangsamoro Autonomous Region]], was delayed by floods on Monday.`,
  },
  {
    name: 'acronym expansion fires: a union glossed',
    text: `[[O SINTRAMET]], the [[O Metalworkers' Union]], said 3,000 members would strike at the steel plant outside [[L Monterrey]].`,
  },
  {
    name: 'acronym expansion near-miss: a currency code in a market story',
    text: `The central bank sold dollars to support the [[X GHS]], the currency of [[L Ghana]], which fell 3% on Tuesday.`,
  },
  // --- person.kartvelian-surname ---------------------------------------------------------------
  {
    name: 'kartvelian fires: a -dze director and a hyphenated -dze actor',
    text: `The film, directed by [[P Tamar Gogoladze]], won the top prize in [[L Batumi]]. Its lead actor, [[P Giorgi Mikautadze-Kipiani]], thanked the jury.`,
  },
  {
    name: 'kartvelian fires: a -shvili minister',
    text: `Economy Minister [[P Levan Tsikhelashvili]] said the port at [[L Anaklia]] would be built by 2029.`,
  },
  {
    name: 'kartvelian near-miss: a stadium named after a footballer',
    text: `[[O Dinamo Tbilisi]] will play at the [[L Boris Paichadze Stadium]] on Thursday. ${MATCH_TAIL}`,
  },
  {
    name: 'kartvelian near-miss: an avenue named after a poet',
    text: `Protesters gathered on [[L Chavchavadze Avenue]] in [[L Tbilisi]] on Saturday, police said.`,
  },
  {
    name: 'kartvelian fires: a -dze wrestler',
    text: `[[P Nika Abashidze]] won gold in the 97kg class in [[L Budapest]] on Friday, beating a wrestler from [[L Iran]] in the final.`,
  },
  // --- organisation.acronym-first-word ---------------------------------------------------------
  {
    name: 'acronym first word fires: a broadcaster named with an acronym',
    text: `"We played the better cricket," the captain told [[O SBS Sport]] after the win in [[L Perth]].`,
  },
  {
    name: 'acronym first word near-miss: a rugby player known by three initials',
    text: `[[P JPR Williams]], who won three grand slams with [[O Wales]], has died aged 74, his family said.`,
  },
  {
    name: 'acronym first word fires: a firm named with an acronym',
    text: `Shares in [[O KPN Telecom]] fell 4% in [[L Amsterdam]] after the firm cut its forecast.`,
  },
  {
    name: 'acronym first word near-miss: a police force before an officer',
    text: `[[O NYPD]] Detective [[P Rosa Calderón]] said the suspect had been arrested in [[L Queens]].`,
  },
  // --- organisation.leading-legal-form -----------------------------------------------------------
  {
    name: 'leading form fires: PT before an Indonesian firm',
    text: `Coal miner [[O PT Batu Hitam Sejahtera]] said output fell 12% in the third quarter because of heavy rain in [[L Kalimantan]].`,
  },
  {
    name: 'leading form near-miss: trailing forms SA and AG stay outside',
    text: `[[O Nestlé]] SA and [[O Lindt]] AG both raised prices in [[L Switzerland]] on Monday, citing the cost of cocoa.`,
  },
  {
    name: 'leading form near-miss: PT as a short word in a sports story',
    text: `The striker has been working with a PT in [[L Lisbon]] since his knee injury, [[O Benfica]] said.`,
  },
  {
    name: 'leading form fires: the firm, then its short form in a headline line',
    text: `[[O Sawit Lestari]] halts mills

Palm oil firm [[O PT Sawit Lestari Abadi]] shut two mills in [[L Riau]] on Tuesday after a fire.`,
  },
  {
    name: 'seat speaker near-miss: The AG said (an office)',
    text: `The AG said the charges against the former mayor of [[L Eldoret]] would be dropped.`,
  },
  // --- organisation.seat-opening-speaker ------------------------------------------------------
  {
    name: 'seat speaker fires: The Quirinale said',
    text: `The [[O/L Quirinale]] said the president would sign the law on Friday. The opposition had asked him to send it back to parliament.`,
  },
  {
    name: 'seat speaker fires: a coined charity name',
    text: `[[O ShelterBox]] said it had sent tents to 2,000 families in [[L Sindh]] after the floods.`,
  },
  {
    name: 'seat speaker near-miss: a bare surname said',
    text: `The lawyer for the family, [[P Chidi Okafor]], spoke outside the court. [[P Okafor]] said they would appeal.`,
  },
  {
    name: 'seat speaker near-miss: a surname never introduced',
    text: `The club have lost four games in a row. [[P Brannigan]] said the players were tired and needed a break.`,
  },
  {
    name: 'seat speaker near-miss: The Taoiseach said',
    text: `The Taoiseach said the housing plan would be published in [[L Dublin]] next week.`,
  },
  {
    name: 'seat speaker near-miss: The Lehendakari said',
    text: `The Lehendakari said the Basque government would not raise taxes, speaking in [[L Vitoria-Gasteiz]] on Tuesday.`,
  },
  {
    name: 'seat speaker fires: The Bundeskanzleramt said',
    text: `The [[O Bundeskanzleramt]] said on Wednesday that the chancellor would travel to [[L Warsaw]] next month.`,
  },
  {
    name: 'seat speaker near-miss: a family name in plural said',
    text: `The [[P Haverkamps]] said they had lived in the house for 40 years before the flood.`,
  },
  // --- place.ground-after-beaten-side -------------------------------------------------------
  {
    name: 'ground fires: a rugby league side beaten at a ground',
    text: `[[O Wigan Warriors]] beat [[O Castleford]] 32-12 at [[L Headingley]] in the semi-final on Saturday. The winger scored twice, and the coach said the side were ready for the final.`,
  },
  {
    name: 'ground fires: a football side beaten at a named ground',
    text: `[[O Hearts]] beat [[O Kilmarnock]] 2-0 at [[L Tynecastle]] on Saturday. ${MATCH_TAIL}`,
  },
  {
    name: 'ground near-miss: a side beaten at a neutral city',
    text: `[[O Leinster]] beat [[O Munster]] 24-10 at [[L Cardiff]] in the final on Saturday. The fly-half kicked four penalties, and the coach praised the forwards.`,
  },
  {
    name: 'ground near-miss: half-time score at a side',
    text: `[[O Bolton]] trailed [[O Barnsley]] 2-0 at half-time but won 3-2. ${MATCH_TAIL}`,
  },
  // --- sport.host-after-result ------------------------------------------------------------------
  {
    name: 'host fires: lost 3-1 at a club',
    text: `[[O Rosenborg]] lost 3-1 at [[O Viking]] on Sunday and dropped to fifth in the league. ${MATCH_TAIL}`,
  },
  {
    name: 'host near-miss: lost 3-1 at a stadium',
    text: `[[O Everton]] lost 3-1 at [[L Anfield]] on Sunday in the league derby. ${MATCH_TAIL}`,
  },
  {
    name: 'host near-miss: drew at a ground',
    text: `[[O Gloucester]] drew 20-20 at [[L Kingsholm]] with [[O Saracens]] on Friday. The fly-half missed a late kick, and the coach said the forwards had been the better pack.`,
  },
  {
    name: 'host near-miss: won 2-0 at a two-word ground',
    text: `[[O Norwich]] won 2-0 at [[L Carrow Road]] against [[O Millwall]] on Tuesday night. ${MATCH_TAIL}`,
  },
  {
    name: 'host fires: won at a club named by one word',
    text: `[[O Malmö]] won 2-0 at [[O Sirius]] on Monday to stay top of the league. ${MATCH_TAIL}`,
  },
  // --- sport.team-before-role --------------------------------------------------------------------
  {
    name: 'team before role fires: a team read as a person before coach',
    text: `[[O Austin FC]] midfielder [[P Diego Ferraz]] scored in the 80th minute, and [[O Nashville SC]] coach [[P Gary Pell]] said his side deserved nothing.`,
  },
  {
    name: 'team before role fires: a college team before quarterback',
    text: `[[O Jackson State]] quarterback [[P Shedeur Malone]] threw three touchdowns in the win on Saturday.`,
  },
  {
    name: 'team before role near-miss: a tennis player before her coach',
    text: `[[P Mirra Kostyuk]] coach [[P Dmitri Tursunov]] said she would skip the tournament in [[L Doha]] to rest her wrist.`,
  },
  {
    name: 'team before role near-miss: a boxer before his manager',
    text: `[[P Kwame Asante]] manager [[P Terry Holloway]] said the fight in [[L Riyadh]] would go ahead in May.`,
  },
  {
    name: 'team before role fires: a football club read as a person before manager',
    text: `[[O Charlton Athletic]] manager [[P Nathan Crowe]] said his players had run out of ideas after the 1-0 defeat.`,
  },
  // --- organisation.head-for-field -----------------------------------------------------------
  {
    name: 'head for field fires: State Secretariat for a field',
    text: `The [[O State Secretariat for Education]] said schools in [[L Ticino]] would teach a second language from the age of eight.`,
  },
  {
    name: 'head for field fires: an agency for a field with and',
    text: `The [[O Agency for Food and Drug Safety]] recalled 40,000 jars of baby food on Friday.`,
  },
  {
    name: 'head for field near-miss: left the Foreign Office for a bank',
    text: `[[P Harriet Olds]] left the [[O Foreign Office]] for [[O Goldman Sachs]] in 2015, and now runs a charity in [[L Leeds]].`,
  },
  {
    name: 'head for field near-miss: blamed the Commission for a crisis in a country',
    text: `Farmers blamed the [[O European Commission]] for [[L Ireland]]'s fodder shortage during the protest in [[L Brussels]] on Tuesday.`,
  },
  {
    name: 'head for field near-miss: the Board for Christmas',
    text: `Staff at the hospital thanked the [[O Health Board]] for Christmas bonuses paid on Friday.`,
  },
  {
    name: 'head for field fires: a campaign for a field',
    text: `The [[O Campaign for Clean Rivers]] said sewage had been spilled into the [[L Wye]] 900 times last year.`,
  },
  // --- person.pair-before-meeting ------------------------------------------------------------
  {
    name: 'pair fires: a dash between two leaders before talks',
    text: `President [[P Elena Varga]] is due to meet [[P Tomas Okonjo]] in [[L Brasília]] next week. The [[P Varga]]–[[P Okonjo]] talks will cover trade.`,
  },
  {
    name: 'pair near-miss: two cities before a meeting',
    text: `The [[L Paris]]–[[L Berlin]] summit was postponed on Monday after the German chancellor fell ill.`,
  },
  {
    name: 'pair near-miss: two firms before a deal',
    text: `[[O Nissan]] chief [[P Kenji Arai]] said the [[O Nissan]]–[[O Honda]] deal would close in June.`,
  },
  {
    name: 'pair fires: a rivalry of two players',
    text: `[[P Luca Brenner]] beat [[P Mateo Arce]] again on Sunday. The [[P Brenner]]–[[P Arce]] rivalry has now produced five finals this year.`,
  },
  {
    name: 'pair near-miss: two clubs before a rivalry',
    text: `The [[O Rangers]]–[[O Celtic]] rivalry is more than a century old, and both clubs play again on Sunday.`,
  },
  // --- mixed near-misses: titles inside names ---------------------------------------------------
  {
    name: 'office title inside a name: Prime Minister before the person',
    text: `Prime Minister [[P Sitiveni Naulivou]] said [[L Fiji]] would host the talks in [[L Suva]] next year.`,
  },
  {
    name: 'office title inside a name: Chief Justice',
    text: `Chief Justice [[P Martha Koome-Wanjiru]] said the court would rule on the election petition in [[L Nairobi]] within 14 days.`,
  },
  {
    name: 'office title inside a name: Deputy Prime Minister with a field',
    text: `Deputy Prime Minister and Finance Minister [[P Aroha Tane]] said the budget would be delivered in [[L Wellington]] on Thursday.`,
  },
  {
    name: 'office title inside a name: Minority Leader',
    text: `Minority Leader [[P Joaquín Ruelas]] said his party would vote against the bill in [[L Mexico City]].`,
  },
  {
    name: 'office title inside a name: Chief Executive of a firm',
    text: `[[O Tata Steel]] Chief Executive [[P Rohan Mehra]] said the plant in [[L Port Talbot]] would switch to electric furnaces.`,
  },
  // --- more first-reported and centres -----------------------------------------------------------
  {
    name: 'first reported near-miss: first reported in a two-word city',
    text: `The outbreak was first reported in [[L Port Harcourt]]. Doctors there said 30 people had been treated.`,
  },
  {
    name: 'first reported fires: a wire service',
    text: `The deal is worth $2 billion, people familiar with the talks said. It was first reported by [[O Bloomberg News]].`,
  },
  {
    name: 'activity centre fires: a forecasting centre and its acronym',
    text: `Rain will continue over [[L Assam]] until Friday, the [[O Flood Forecasting Centre]] ([[O FFC]]) said.`,
  },
  {
    name: 'activity centre near-miss: a shopping centre stays a place',
    text: `Police closed the [[L Kingfisher Shopping Centre]] in [[L Redditch]] for two hours on Saturday after a bomb threat.`,
  },
  // --- more airline and acronyms -----------------------------------------------------------------
  {
    name: 'airline head near-miss: Air Force base in a flights story',
    text: `Two jets from the [[O Air Force]] escorted the plane to the airport at [[L Keflavík]], officials said.`,
  },
  {
    name: 'acronym expansion near-miss: a product glossed',
    text: `The regulator approved [[X KTX-Eum]], the new high-speed train, for service between [[L Seoul]] and [[L Gangneung]].`,
  },
  {
    name: 'acronym first word near-miss: a person with two initials',
    text: `[[P AJ Mensah]] scored the winner for [[O Accra Lions]] on Sunday. ${MATCH_TAIL}`,
  },
  // --- more seats and grounds ------------------------------------------------------------------
  {
    name: 'seat speaker near-miss: The Ombudsman said',
    text: `The Ombudsman said the agency had failed 300 families in [[L Cardiff]] and must pay them compensation.`,
  },
  {
    name: 'seat speaker fires: a coined name of a firm said',
    text: `[[O PayWise]] said on Tuesday that it had blocked 10,000 fake accounts in [[L Kenya]].`,
  },
  {
    name: 'seat speaker near-miss: a person named in full, then the surname with The',
    text: `The choir was led by [[P Anselm Brückner]] for 20 years. The choir said it would tour [[L Austria]] in the spring.`,
  },
  {
    name: 'ground near-miss: beaten side, then at the interval',
    text: `[[O Saints]] led [[O Sale]] 14-6 at half time, but lost 20-17. The fly-half missed two kicks.`,
  },
  {
    name: 'host fires: drew 1-1 at a club of two words',
    text: `[[O Brann]] drew 1-1 at [[O Sarpsborg 08]] on Saturday. ${MATCH_TAIL}`,
  },
  {
    name: 'host near-miss: lost at a ground named after a park',
    text: `[[O Brighton]] lost 2-1 at [[L Villa Park]] on Saturday. ${MATCH_TAIL}`,
  },
  {
    name: 'team before role near-miss: a golfer before his caddie and coach',
    text: `[[P Callum Reddish]] coach [[P Alan Thompson]] said the swing changes were working before the event in [[L Dubai]].`,
  },
  {
    name: 'head for field near-miss: praised the Agency for a disease in a country',
    text: `Doctors praised the [[O Disease Control Agency]] for [[L Uganda]]'s fast response to the outbreak.`,
  },
  {
    name: 'pair fires: leaders before a call',
    text: `President [[P Sipho Ndlovu]] spoke to [[P Bola Adeyemi]] on Monday. The [[P Ndlovu]]–[[P Adeyemi]] call lasted an hour.`,
  },
  {
    name: 'named facility near-miss: a singer named like a station',
    text: `The singer [[P Marlon Station]] played to 20,000 fans in [[L Kingston]] on Saturday.`,
  },
];
