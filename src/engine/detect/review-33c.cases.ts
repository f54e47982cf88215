/**
 * Review texts (helper ents33c, 4 Dec 2026, issue #9): short news texts of our own, written and
 * annotated BEFORE the engine was run on them and committed that way, to review BLIND_NEWS_ROWS_22
 * (lexicon/blind-news-22.ts) and NEWS_LEFTOVER_ROWS_9 (lexicon/news-leftovers-9.ts) for wrong
 * firings, the way ents32c reviewed BLIND_NEWS_ROWS_21 (review-32c.cases.ts). Each text is aimed at
 * a sentence shape one of those rows reacts to: about half where the row must fire, half near-misses
 * where it must not (a capitalised word before a plural possessive body, "between" after a route
 * word with people, faiths or unions on either side, a list of officers before a committee, a
 * chamber of a historical event, "Minister of State Security", a ground named "Stade …", a scorer
 * after "won 2-0 with", a court's vote between states, "the ruling" as a noun before a judge, a
 * person whose surname is a land word, a brand or a range named like a Chinese person, a firm
 * named after its two founders before "deal"). Gold conventions of the news entity batches
 * (news-entities.cases.ts); people are invented or public figures named as any report would.
 * Not a batch: no floor, never training data. Scored by
 * `npx tsx scripts/eval/news-entities.ts --review` (with 31b's and 32c's texts; `--review 33c` alone).
 */
import type { EntityCase } from './news-entities.cases';

const MATCH_TAIL = 'The striker scored twice in the second half, and the coach said the title race was still open.';

export const REVIEW_33C: EntityCase[] = [
  // --- organisation.plural-possessive-body ------------------------------------------------------
  {
    name: 'plural possessive fires: an acronym opens a players body',
    text: `The [[O NHL Players' Association]] said on Tuesday it would appeal the ban given to the defenceman by the league.`,
  },
  {
    name: 'plural possessive fires: a basketball players body rejects an offer',
    text: `The [[O WNBA Players' Association]] rejected the offer on Friday, and talks will resume in [[L New York]] next week.`,
  },
  {
    name: 'plural possessive fires: a pensioners body with an acronym',
    text: `A spokesman for the [[O CGTP Pensioners' Alliance]] said the cuts would hit 40,000 retired workers in [[L Lisbon]].`,
  },
  {
    name: 'plural possessive fires: a country before the nurses union',
    text: `The [[O Kenya Nurses' Union]] called off its strike on Monday after [[P Grace Wanjiru]] met the health minister in [[L Nairobi]].`,
  },
  {
    name: 'plural possessive fires: a referees federation named by an acronym',
    text: `The [[O KNVB Referees' Federation]] said its members would not work this weekend after an official was attacked in [[L Rotterdam]].`,
  },
  {
    name: 'plural possessive near-miss: an adjective opens the sentence before the union',
    text: `Angry [[O Farmers' Union]] members blocked the road outside [[L Carlow]] on Monday.`,
  },
  {
    name: 'plural possessive near-miss: a conjunction opens the sentence before the union',
    text: `When [[O Dockers' Union]] leaders met the port owners in [[L Mombasa]], the talks lasted four hours.`,
  },
  {
    name: 'plural possessive near-miss: a band possessive before a venue',
    text: `The [[O Rolling Stones]]' [[L Forum]] show in [[L Los Angeles]] sold out in ten minutes.`,
  },
  {
    name: 'plural possessive near-miss: a lowercase union',
    text: `The teachers' union said talks with the [[O Ministry of Education]] had broken down, and schools in [[L Harare]] would close.`,
  },
  {
    name: 'plural possessive near-miss: a weekday before a possessive body',
    text: `Yesterday [[O Workers' Party]] officials in [[L Seoul]] denied the report.`,
  },
  // --- place.route-between ----------------------------------------------------------------------
  {
    name: 'route between fires: flights between two towns',
    text: `The airline will run three flights a week between [[L Kigoma]] and [[L Mpanda]] from April, the transport ministry said.`,
  },
  {
    name: 'route between fires: a ferry in the Hebrides',
    text: `The ferry between [[L Oban]] and [[L Craignure]] was cancelled for a third day because of high winds.`,
  },
  {
    name: 'route between fires: a road closed by a landslide',
    text: `A landslide closed the road between [[L Hokitika]] and [[L Ross]] on Thursday, and drivers were told to wait.`,
  },
  {
    name: 'route between fires: trains replaced by buses',
    text: `Trains between [[L Ruhpolding]] and [[L Traunstein]] will be replaced by buses until Sunday, [[O Deutsche Bahn]] said.`,
  },
  {
    name: 'route between fires: a rail link planned',
    text: `The rail link between [[L Tallinn]] and [[L Pärnu]] will open in 2030, officials said.`,
  },
  {
    name: 'route between fires: a bus service in the hills',
    text: `A new bus service between [[L Gaborone]] and [[L Molepolole]] starts next month.`,
  },
  {
    name: 'route between near-miss: talks between two unions after a rail word',
    text: `Rail talks between [[O Aslef]] and [[O Unite]] broke down on Monday, and more strikes are planned.`,
  },
  {
    name: 'route between near-miss: a link between two suspects',
    text: `Detectives said they had found a link between [[P Okonjo]] and [[P Adeleke]], the two men arrested in [[L Ibadan]] last week.`,
  },
  {
    name: 'route between near-miss: a service between two faiths',
    text: `An interfaith service between Hindus and Muslims was held in [[L Leicester]] on Sunday.`,
  },
  {
    name: 'route between near-miss: a peace line between two communities',
    text: `The peace line between Catholics and Protestants in [[L Belfast]] will stay, the council said.`,
  },
  {
    name: 'route between near-miss: a road race between two riders',
    text: `The road race became a duel between [[P Pogačar]] and [[P Vingegaard]] on the final climb.`,
  },
  {
    name: 'route between near-miss: the roads between two holidays',
    text: `Traffic on the roads is heaviest between [[X Christmas]] and [[X New Year]], the [[O AA]] said.`,
  },
  // --- organisation.field-list-body -------------------------------------------------------------
  {
    name: 'field list fires: a department of three fields',
    text: `The festival will go ahead, said the [[O Sport, Arts and Culture Department]] in [[L Bloemfontein]].`,
  },
  {
    name: 'field list fires: a parliamentary committee',
    text: `Funding was approved by the [[O Environment, Food and Rural Affairs Committee]] on Tuesday.`,
  },
  {
    name: 'field list fires: a Welsh committee',
    text: `A report by the [[O Health, Social Care and Sport Committee]] found that waiting lists in [[L Wales]] had grown.`,
  },
  {
    name: 'field list fires: a ministry named by three fields',
    text: `Officials from the [[O Fisheries, Forestry and Water Ministry]] said the dam at [[L Kafue]] was safe.`,
  },
  {
    name: 'field list fires: a board of four fields',
    text: `The grant was paid by the [[O Arts, Heritage, Culture and Gaeltacht Board]] last year.`,
  },
  {
    name: 'field list near-miss: officers before the audit committee',
    text: `Shareholders criticised the CEO, CFO and [[O Audit Committee]] chair at [[O Norvik Mining]] on Thursday.`,
  },
  {
    name: 'field list near-miss: three bodies in a list',
    text: `Officials from the [[O Treasury]], [[O Foreign Office]] and [[O Home Office]] met in [[L London]] on Monday.`,
  },
  {
    name: 'field list near-miss: places before a council',
    text: `Flooding hit the towns, and the [[L Kendal]], [[L Keswick]] and [[O Penrith Council]] staff worked through the night.`,
  },
  // --- organisation.body-of-place ---------------------------------------------------------------
  {
    name: 'body of place fires: a regional parliament',
    text: `The [[O Parliament of Catalonia]] voted on Tuesday to hold a new inquiry into the water shortage.`,
  },
  {
    name: 'body of place fires: a regional government',
    text: `A spokesman for the [[O Government of Navarre]] said the road to [[L Roncesvalles]] would reopen.`,
  },
  {
    name: 'body of place fires: an assembly',
    text: `The bill passed the [[O Assembly of Extremadura]] by 33 votes to 30.`,
  },
  {
    name: 'body of place fires: a senate of an island',
    text: `The [[O Senate of Puerto Rico]] approved the budget on Friday after a long debate.`,
  },
  {
    name: 'body of place near-miss: a lowercase government',
    text: `The government of [[L Peru]] said the border with [[L Ecuador]] would stay open.`,
  },
  {
    name: 'body of place near-miss: a council of bishops after a town',
    text: `Historians met in [[L Trent]] to mark the anniversary of the [[X Council of Trent]].`,
  },
  // --- person.of-state-title --------------------------------------------------------------------
  {
    name: 'of state fires: an Indian junior minister',
    text: `Minister of State [[P Anupriya Dhanraj Kale]] said the scheme would reach 20 million farmers by March.`,
  },
  {
    name: 'of state fires: an Irish junior minister with a particle',
    text: `Minister of State [[P Niamh Ní Bhriain]] said the new ferry to [[L Inis Mór]] would sail in May.`,
  },
  {
    name: 'of state fires: a Ghanaian minister with a hyphen',
    text: `Minister of State [[P Kwabena Owusu-Ansah]] told reporters in [[L Accra]] that the port would be sold.`,
  },
  {
    name: 'of state fires: a secretary of state with three words',
    text: `Secretary of State [[P Mary Ellen Whitlock]] said the talks would continue in [[L Geneva]].`,
  },
  {
    name: 'of state near-miss: state security before a Chinese name',
    text: `Minister of State Security [[P Chen Yixin]] said the agency had caught three spies.`,
  },
  {
    name: 'of state near-miss: a minister of state for a region',
    text: `Minister of State for Europe [[P Stephen Doughty]] arrived in [[L Warsaw]] on Monday.`,
  },
  {
    name: 'of state near-miss: state-owned enterprises before the name',
    text: `Minister of State Owned Enterprises [[P Budi Santoso]] said [[O Garuda]] would be restructured.`,
  },
  {
    name: 'of state near-miss: a surname alone',
    text: `Secretary of State [[P Whitlock]] said the deal with [[L Panama]] was close.`,
  },
  // --- particles ----------------------------------------------------------------------------
  {
    name: 'particle fires: a Swedish noble name with af',
    text: `The museum's director, [[P Gustaf af Ugglas]], said the paintings would return to [[L Stockholm]] in June.`,
  },
  {
    name: 'particle fires: von der',
    text: `[[P Ursula von der Leyen]] said the [[O European Commission]] would propose new rules on steel imports.`,
  },
  {
    name: 'particle fires: a Spanish banker with de',
    text: `Central bank vice-president [[P Luis de Guindos]] said inflation in [[L Spain]] would fall.`,
  },
  {
    name: 'particle near-miss: de inside a city',
    text: `Pilgrims reached [[L Santiago de Compostela]] on Friday after walking from [[L León]].`,
  },
  {
    name: 'particle near-miss: de inside a bank',
    text: `The [[O Banco de España]] said lending fell in March.`,
  },
  // --- sport.club-prefix-pair -------------------------------------------------------------------
  {
    name: 'club prefix fires: two Spanish clubs',
    text: `[[O Rayo Vallecano]] beat [[O Celta Vigo]] 2-1 on Sunday. ${MATCH_TAIL}`,
  },
  {
    name: 'club prefix fires: a Portuguese derby',
    text: `[[O Sporting Braga]] drew 0-0 with [[O Vitória Guimarães]] in the league on Saturday.`,
  },
  {
    name: 'club prefix fires: a Croatian club signs a striker',
    text: `[[O Dinamo Zagreb]] signed the striker from [[O Hajduk Split]] for a club record fee, the league said.`,
  },
  {
    name: 'club prefix fires: an Israeli club wins the league',
    text: `[[O Hapoel Haifa]] won the league on Saturday after a 3-1 win in [[L Netanya]].`,
  },
  {
    name: 'club prefix fires: two Moscow clubs',
    text: `[[O Spartak Moscow]] lost 2-0 to [[O Lokomotiv Moscow]] on Saturday.`,
  },
  {
    name: 'club prefix fires: a French club after The',
    text: `The [[O Stade Brestois]] coach was sacked after the 3-0 defeat.`,
  },
  {
    name: 'club prefix near-miss: a ground after a score',
    text: `[[O Marseille]] lost 2-1 to [[O Nice]] at the [[L Stade Vélodrome]] on Sunday.`,
  },
  {
    name: 'club prefix near-miss: another ground after a draw',
    text: `[[O Lens]] drew 1-1 at the [[L Stade Bollaert]] in front of 38,000 fans in the league.`,
  },
  {
    name: 'club prefix near-miss: a Paris ground',
    text: `[[O Paris FC]] won 2-0 at the [[L Stade Charléty]] on Saturday. ${MATCH_TAIL}`,
  },
  {
    name: 'club prefix near-miss: real estate in a sport sentence',
    text: `Real estate firms paid for the new stadium, and the club won the league in May.`,
  },
  {
    name: 'club prefix near-miss: a racing driver',
    text: `Racing driver [[P Lando Norris]] won the race in [[L Monza]] on Sunday.`,
  },
  // --- sport.score-result-sides -----------------------------------------------------------------
  {
    name: 'score sides fires: two national sides in a qualifier',
    text: `[[O Wales]] lost 2-1 to [[O Georgia]] in the qualifier in [[L Tbilisi]] on Tuesday.`,
  },
  {
    name: 'score sides fires: a draw between two countries',
    text: `[[O Iceland]] drew 1-1 with [[O Slovenia]] on Tuesday.`,
  },
  {
    name: 'score sides fires: rugby with a venue',
    text: `[[O Scotland]] lost 24-17 to [[O Fiji]] at [[L Murrayfield]] on Saturday.`,
  },
  {
    name: 'score sides fires: two English clubs',
    text: `[[O Burnley]] drew 0-0 with [[O Brentford]] on Saturday. ${MATCH_TAIL}`,
  },
  {
    name: 'score sides fires: a win against',
    text: `[[O Portugal]] won 3-0 against [[O Armenia]] in [[L Yerevan]].`,
  },
  {
    name: 'score sides fires: rugby league clubs',
    text: `[[O Castleford]] lost 30-12 to [[O Warrington]] on Friday night.`,
  },
  {
    name: 'score sides near-miss: a player named Georgia',
    text: `[[P Georgia Smith]] lost 2-1 to [[P Maya Patel]] in the badminton semi-final in [[L Birmingham]].`,
  },
  {
    name: 'score sides near-miss: states in a court',
    text: `In the [[O Supreme Court]], [[L Texas]] lost 6-3 to [[L New Mexico]] over water from the [[L Rio Grande]].`,
  },
  {
    name: 'score sides near-miss: a scorer after with',
    text: `[[O Spain]] won 2-0 with [[P Yamal]] scoring both goals in [[L Seville]].`,
  },
  {
    name: 'score sides near-miss: another scorer after with',
    text: `[[O Norway]] drew 2-2 with [[P Haaland]] scoring twice in [[L Oslo]].`,
  },
  {
    name: 'score sides near-miss: a council vote',
    text: `The motion fell 23-19 with [[P Morgan]] abstaining, the council in [[L Swansea]] said.`,
  },
  {
    name: 'score sides near-miss: states in a vote',
    text: `At the [[O UN]], [[L Ghana]] won 120-40 against [[L Senegal]] in the vote for the council seat.`,
  },
  // --- organisation.party-word-after-stance -----------------------------------------------------
  {
    name: 'stance party fires: the opposition PiS',
    text: `The opposition [[O PiS]] said it would vote against the budget in [[L Warsaw]].`,
  },
  {
    name: 'stance party fires: the ruling Fidesz',
    text: `Members of the ruling [[O Fidesz]] walked out of the debate on Tuesday.`,
  },
  {
    name: 'stance party fires: the far-right Vox',
    text: `Support for the far-right [[O Vox]] rose to 14% in the poll.`,
  },
  {
    name: 'stance party fires: the centre-right Venstre',
    text: `The centre-right [[O Venstre]] lost six seats in [[L Copenhagen]].`,
  },
  {
    name: 'stance party fires: the left-wing Podemos',
    text: `Leaders of the left-wing [[O Podemos]] met in [[L Madrid]] on Saturday.`,
  },
  {
    name: 'stance party near-miss: opposition MPs',
    text: `The opposition MPs walked out of the chamber in [[L Kampala]] on Thursday.`,
  },
  {
    name: 'stance party near-miss: the ruling as a noun before a judge',
    text: `Lawyers for the family will appeal the ruling [[P Mahlangu]] handed down on Monday.`,
  },
  {
    name: 'stance party near-miss: a far-right politician by surname',
    text: `Voters in [[L Rotterdam]] backed the far-right [[P Wilders]] in large numbers.`,
  },
  {
    name: 'stance party near-miss: the opposition leader',
    text: `The opposition leader, [[P Tundu Mwakyembe]], said the vote in [[L Dodoma]] was rigged.`,
  },
  {
    name: 'stance party near-miss: a ruling weekday',
    text: `The court upheld the ruling Friday, and [[P Ana Ruiz]] said she would go to the [[O Constitutional Court]].`,
  },
  // --- place.plural-land-tail -------------------------------------------------------------------
  {
    name: 'land tail fires: Brecon Beacons',
    text: `Two walkers were rescued in the [[L Brecon Beacons]] on Sunday.`,
  },
  {
    name: 'land tail fires: Western Ghats',
    text: `Heavy rain in the [[L Western Ghats]] caused landslides near [[L Wayanad]].`,
  },
  {
    name: 'land tail fires: Cheviot Hills',
    text: `Snow closed roads across the [[L Cheviot Hills]] overnight.`,
  },
  {
    name: 'land tail fires: Rhodope Mountains',
    text: `Wildfires spread through the [[L Rhodope Mountains]] near the border with [[L Greece]].`,
  },
  {
    name: 'land tail near-miss: the Beacons said',
    text: `The park authority shut the paths, and rangers said the [[L Beacons]] were icy.`,
  },
  {
    name: 'land tail near-miss: a woman with a land surname',
    text: `Police reopened the [[P Lauren Hills]] case on Monday.`,
  },
  {
    name: 'land tail near-miss: another surname',
    text: `Detectives reviewed the [[P Joanne Downs]] inquiry after new evidence emerged in [[L Leeds]].`,
  },
  {
    name: 'land tail near-miss: a park authority',
    text: `The [[O Brecon Beacons National Park Authority]] closed two car parks.`,
  },
  // --- person.chinese-name-shape ----------------------------------------------------------------
  {
    name: 'chinese name fires: Xi Jinping after another leader',
    text: `President [[P Luiz Inácio Lula da Silva]] and [[P Xi Jinping]] signed 20 agreements in [[L Beijing]].`,
  },
  {
    name: 'chinese name fires: Li Qiang',
    text: `Premier [[P Li Qiang]] said growth would reach 5% this year.`,
  },
  {
    name: 'chinese name fires: Wang Yi at a meeting',
    text: `Foreign ministers met in [[L Vientiane]], and [[P Wang Yi]] called for calm.`,
  },
  {
    name: 'chinese name fires: a historical leader',
    text: `The museum in [[L Shenzhen]] opened a room on [[P Deng Xiaoping]] on Tuesday.`,
  },
  {
    name: 'chinese name fires: a tennis player',
    text: `Former champion [[P Li Na]] watched the final in [[L Wuhan]].`,
  },
  {
    name: 'chinese name near-miss: Li said',
    text: `[[P Zhou Mingxuan]], the company's founder, spoke first. [[P Zhou]] said sales had doubled.`,
  },
  {
    name: 'chinese name near-miss: a range',
    text: `Snow closed the passes in the [[L Tian Shan]] on Monday.`,
  },
  {
    name: 'chinese name near-miss: a sportswear brand',
    text: `Sportswear maker [[O Li Ning]] said sales rose 8% in the first half.`,
  },
  {
    name: 'chinese name near-miss: a river',
    text: `Tourist boats on the [[L Li River]] were stopped after the flood.`,
  },
  {
    name: 'chinese name near-miss: a Taiwanese name with a hyphen',
    text: `Former president [[P Ma Ying-jeou]] arrived in [[L Shanghai]] on Wednesday.`,
  },
  // --- person.known-pair-before-meeting ---------------------------------------------------------
  {
    name: 'known pair fires: Trump Xi talks',
    text: `[[P Donald Trump]] will meet [[P Xi Jinping]] in [[L Busan]]. Markets rose ahead of the [[P Trump]] [[P Xi]] talks.`,
  },
  {
    name: 'known pair fires: two prime ministers before a call',
    text: `[[P Keir Starmer]] spoke to [[P Mark Carney]] on Monday. The [[P Starmer]] [[P Carney]] call lasted an hour.`,
  },
  {
    name: 'known pair near-miss: a firm named after its two founders',
    text: `[[P Charles Rolls]] met [[P Henry Royce]] in 1904. This week the [[O Rolls Royce]] deal with the airline was signed.`,
  },
  {
    name: 'known pair near-miss: one person holds both words',
    text: `Prime Minister [[P Hun Sen]] spoke on Monday. A [[P Hun Sen]] call with [[P Anutin]] leaked on Tuesday.`,
  },
];
