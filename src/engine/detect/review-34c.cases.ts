/**
 * Review texts (helper ents34c, 5 Dec 2026, issue #9): short news texts of our own, written and
 * annotated BEFORE the engine was run on them and committed that way, to review BLIND_NEWS_ROWS_23
 * (lexicon/blind-news-23.ts) and NEWS_LEFTOVER_ROWS_10 (lexicon/news-leftovers-10.ts) for wrong
 * firings, the way ents33c reviewed rows 22 and 9 (review-33c.cases.ts). Each text is aimed at a
 * sentence shape one of those rows reacts to: about half where the row must fire, half near-misses
 * where it must not (a salutation or a signature line against a line of two people or two places,
 * "the Diocese of X" against a lowercase diocese or a historical state, a Canadian province after a
 * town, the title Ratu against a park, a road or a school, teams named "… Racing" or "Team …"
 * against the sport and "Racing Club", a hospital after at/to/in against "in hospital" and a
 * hospital acting, an acronym opening a text before a verb of stating against a person's initials
 * and "DNA found", an unread team before a role against "Ineos chairman" and a driver's team-mate,
 * plural nicknames around a result against families and a council vote, rivers and ranges from
 * their frame against banks, product ranges and a central bank that "flooded the market", the
 * visitor before "lost 2-0 at"). Gold conventions of the news entity batches
 * (news-entities.cases.ts); people are invented or public figures named as any report would.
 * Not a batch: no floor, never training data. Scored by
 * `npx tsx scripts/eval/news-entities.ts --review 34c`.
 */
import type { EntityCase } from './news-entities.cases';

export const REVIEW_34C: EntityCase[] = [
  // --- none.letter-salutation -------------------------------------------------------------------
  {
    name: 'salutation fires: SIR before a dash',
    text: `SIR — The new timetable leaves [[L Kirkwall]] without a morning ferry for the third winter running.`,
  },
  {
    name: 'salutation fires: MADAM under a heading',
    text: `Letters\n\nMADAM — Your report on the closure of the library in [[L Dunoon]] left out the petition.`,
  },
  {
    name: 'salutation fires: Sir before a comma',
    text: `Sir, The bypass at [[L Inverurie]] was promised in 2009 and we are still waiting for it.`,
  },
  {
    name: 'salutation fires: SIRS before an en dash',
    text: `SIRS – The fire station in [[L Thurso]] must stay open at night, whatever the board decides.`,
  },
  {
    name: 'salutation near-miss: a knight before a dash in a sentence',
    text: `[[P Tom Jones]] will play [[L Cardiff Castle]] in June, and Sir [[P Tom]] — as the posters call him — will open with an old song.`,
  },
  {
    name: 'salutation near-miss: a dateline in capitals',
    text: `[[L MADRID]] — The government of [[L Spain]] approved the budget on Friday after a night of talks.`,
  },
  {
    name: 'salutation near-miss: Madam Speaker',
    text: `Madam Speaker, the member for [[L Bolton]] has the floor, said the clerk as the debate began.`,
  },
  // --- person.letter-signature ------------------------------------------------------------------
  {
    name: 'signature fires: a name and the harbour town',
    text: `The harbour needs dredging before the cruise season, not after it.\n\n[[P Eilidh Rendall]], [[L Stromness]]`,
  },
  {
    name: 'signature fires: a doctor and her town',
    text: `Closing the ward at night will cost lives, and the board knows it.\n\nDr [[P Morag Sinclair]], [[L Dingwall]]`,
  },
  {
    name: 'signature fires: a Polish name in Leith',
    text: `Bring back the night bus. Shift workers have no other way home.\n\n[[P Tomasz Wiśniewski]], [[L Leith]]`,
  },
  {
    name: 'signature fires: a minister with a dotted title',
    text: `The rise in council tax is too steep for pensioners on the islands.\n\nRev. [[P Alasdair MacAulay]], [[L Stornoway]]`,
  },
  {
    name: 'signature fires: a Welsh reader',
    text: `The pier must be saved before another storm takes the last of it.\n\n[[P Gwen Pritchard]], [[L Aberaeron]]`,
  },
  {
    name: 'signature fires: a town of two words',
    text: `We were promised a new primary school in 2019 and the site is still empty.\n\n[[P Priya Ramanathan]], [[L East Kilbride]]`,
  },
  {
    name: 'signature near-miss: a line of two judges',
    text: `The judges this year are:\n\n[[P Ann Reid]], [[P Colin Shaw]]\n\nThey will visit every school.`,
  },
  {
    name: 'signature near-miss: a village and its county',
    text: `The lifeboat was launched at dawn to reach the trawler.\n\n[[L Helmsdale]], [[L Sutherland]]`,
  },
  {
    name: 'signature near-miss: a reporter and her agency',
    text: `Oil prices fell for a third day as stocks rose in [[L Cushing]].\n\n[[P Sandra Okafor]], [[O Bloomberg]]`,
  },
  {
    name: 'signature near-miss: an aid worker and her charity',
    text: `The camp has had no clean water for nine days.\n\n[[P Kirsty Lang]], [[O Oxfam]]`,
  },
  // --- organisation.see-of-place -----------------------------------------------------------------
  {
    name: 'see fires: a diocese sells churches',
    text: `The [[O Diocese of Rimouski]] will sell nine churches to pay for repairs to its cathedral.`,
  },
  {
    name: 'see fires: an archdiocese and its town',
    text: `A priest of the [[O Archdiocese of Kaduna]] was freed on Sunday, police in [[L Kaduna]] said.`,
  },
  {
    name: 'see fires: an eparchy names a bishop',
    text: `The [[O Eparchy of Edmonton]] named a new bishop on Monday after a vacancy of two years.`,
  },
  {
    name: 'see fires: a presbytery merges parishes',
    text: `The [[O Presbytery of Lochaber]] voted to merge four parishes around [[L Fort William]].`,
  },
  {
    name: 'see fires: staff of a diocese',
    text: `Staff at the [[O Diocese of Galloway]] were told on Friday that their jobs were safe.`,
  },
  {
    name: 'see fires: a patriarchate',
    text: `The [[O Patriarchate of Antioch]] condemned the attack on the church in [[L Damascus]].`,
  },
  {
    name: 'see near-miss: a lowercase diocese',
    text: `The diocese of [[L Trois-Rivières]] has 60 priests, half of them over 75.`,
  },
  {
    name: 'see near-miss: a bishopric that was a state',
    text: `Until 1795 the [[L Bishopric of Liège]] was ruled by its bishops as a state of the [[L Holy Roman Empire]].`,
  },
  {
    name: 'see near-miss: a synod of bishops',
    text: `The Synod of Bishops met in [[L Rome]] for three weeks in October.`,
  },
  // --- place.province-abbreviation ---------------------------------------------------------------
  {
    name: 'province fires: a dateline in Quebec',
    text: `[[L CHICOUTIMI]], [[L Que.]] — A landslide closed the road north of the town on Sunday.`,
  },
  {
    name: 'province fires: a mill in Ontario',
    text: `The paper mill in [[L Kapuskasing]], [[L Ont.]], will shut in March, the owners said.`,
  },
  {
    name: 'province fires: a dateline in Alberta',
    text: `[[L LETHBRIDGE]], [[L Alta.]] — Hail flattened wheat fields across the county on Tuesday.`,
  },
  {
    name: 'province fires: a teacher from Saskatchewan',
    text: `A teacher from [[L Moose Jaw]], [[L Sask.]], won the national prize for science teaching.`,
  },
  {
    name: 'province fires: Newfoundland',
    text: `[[L Corner Brook]], [[L Nfld.]], lost power for two days after the storm.`,
  },
  {
    name: 'province near-miss: an abbreviation with no town before it',
    text: `The plan for Ont. and Que. was read out by the minister in [[L Ottawa]].`,
  },
  // --- title.pacific-chiefly ---------------------------------------------------------------------
  {
    name: 'Ratu fires: a speaker adjourns',
    text: `Speaker Ratu [[P Naiqama Lalabalavu]] adjourned the sitting until Friday.`,
  },
  {
    name: 'Ratu fires: a chief opens a school',
    text: `The paramount chief, Ratu [[P Epeli Ganilau]], opened the school in [[L Levuka]].`,
  },
  {
    name: 'Ratu fires: a president sworn in',
    text: `Ratu [[P Josefa Iloilo]] was sworn in at [[L Government House]] in [[L Suva]].`,
  },
  {
    name: 'Ratu near-miss: a park',
    text: `A rally was held in [[L Ratu Sukuna Park]] on Saturday afternoon.`,
  },
  {
    name: 'Ratu near-miss: a road',
    text: `[[L Ratu Mara Road]] was closed for a day after the flood.`,
  },
  {
    name: 'Ratu near-miss: a school',
    text: `[[O Ratu Kadavulevu School]] won the rugby final in [[L Suva]] on Saturday.`,
  },
  // --- organisation.racing-team / sport.sponsor-team ----------------------------------------------
  {
    name: 'racing team fires: a team and its driver',
    text: `[[O Trackhouse Racing]] driver [[P Ross Chastain]] won on the streets of [[L Chicago]].`,
  },
  {
    name: 'racing team fires: a team confirms a driver',
    text: `[[O Williams Racing]] confirmed on Monday that [[P Alex Albon]] would stay until 2027.`,
  },
  {
    name: 'racing team fires: Scuderia',
    text: `[[O Scuderia Ferrari]] said the car had been repaired overnight.`,
  },
  {
    name: 'racing team fires: an F1 Team and its driver',
    text: `[[O Aston Martin Aramco F1 Team]] driver [[P Lance Stroll]] crashed in practice.`,
  },
  {
    name: 'racing team fires: three words before Racing',
    text: `[[O Chip Ganassi Racing]] driver [[P Álex Palou]] won in [[L Indianapolis]].`,
  },
  {
    name: 'racing team fires: a team with no role after it',
    text: `[[O Meyer Shank Racing]] will run two cars next season.`,
  },
  {
    name: 'racing team fires: Motorsports',
    text: `[[O Hendrick Motorsports]] said [[P Kyle Larson]] would start from the back.`,
  },
  {
    name: 'sponsor team fires: Team before a rider',
    text: `[[O Team Visma]] rider [[P Jonas Vingegaard]] lost time on the last climb.`,
  },
  {
    name: 'sponsor team fires: Team and two sponsors',
    text: `[[O Team Jayco AlUla]] won the team time trial in [[L Bilbao]].`,
  },
  {
    name: 'racing team near-miss: a racing body',
    text: `[[O Horse Racing Ireland]] said attendance at [[L Leopardstown]] rose by 12%.`,
  },
  {
    name: 'racing team near-miss: the sport',
    text: `Motor Racing returns to [[L Brands Hatch]] on Sunday after a month of rain.`,
  },
  {
    name: 'racing team near-miss: a club named Racing',
    text: `[[O Racing Club]] beat [[O Independiente]] 2-1 in [[L Avellaneda]].`,
  },
  {
    name: 'racing team near-miss: a programme of sports',
    text: `Drag Racing, Karting and Rallycross are on the programme at [[L Knockhill]].`,
  },
  {
    name: 'racing team near-miss: a festival',
    text: `Crowds at the [[X Cheltenham Racing Festival]] were down on last year.`,
  },
  {
    name: 'sponsor team near-miss: a team leader',
    text: `Team Leader [[P Sam Okafor]] said the night shift would start at ten.`,
  },
  // --- place.hospital-at ---------------------------------------------------------------------------
  {
    name: 'hospital fires: airlifted to',
    text: `She was airlifted to [[L Ninewells Hospital]] in [[L Dundee]] after the crash.`,
  },
  {
    name: 'hospital fires: nurses at a teaching hospital',
    text: `Two nurses at [[L Korle Bu Teaching Hospital]] in [[L Accra]] tested positive.`,
  },
  {
    name: 'hospital fires: discharged from an infirmary',
    text: `He was discharged from [[L Aberdeen Royal Infirmary]] on Thursday.`,
  },
  {
    name: 'hospital fires: born in',
    text: `The twins were born in [[L Cavan General Hospital]] on Christmas morning.`,
  },
  {
    name: 'hospital fires: protest outside',
    text: `Protesters gathered outside [[L Letterkenny University Hospital]] on Monday.`,
  },
  {
    name: 'hospital near-miss: in hospital',
    text: `He is in hospital in [[L Tralee]] with a broken hip, his family said.`,
  },
  {
    name: 'hospital near-miss: a hospital speaks',
    text: `[[O Craigavon Area Hospital]] said it had cancelled all routine surgery.`,
  },
  {
    name: 'hospital near-miss: a spokesman for',
    text: `A spokesman for [[O Tallaght University Hospital]] said the ward would reopen.`,
  },
  {
    name: "hospital near-miss: in a hospital's statement",
    text: `In [[O Beaumont Hospital]]'s statement, the board apologised to the family.`,
  },
  {
    name: 'hospital near-miss: wrote to its managers',
    text: `The union wrote to [[O Wishaw General Hospital]] managers asking for more staff.`,
  },
  // --- organisation.acronym-opening-speaker ---------------------------------------------------------
  {
    name: 'acronym fires: a maritime agency',
    text: `[[O NIMASA]] said on Monday that 11 vessels had been detained off [[L Lagos]].`,
  },
  {
    name: 'acronym fires: after a dateline',
    text: `[[L ABUJA]] — [[O NCDC]] confirmed 40 new cases of Lassa fever in [[L Ondo]] state.`,
  },
  {
    name: 'acronym fires: a conflict monitor',
    text: `[[O ACLED]] recorded 212 attacks on civilians in [[L Burkina Faso]] in May.`,
  },
  {
    name: 'acronym fires: a statistics office',
    text: `[[O KNBS]] reported that inflation eased to 4.1% in [[L Kenya]] last month.`,
  },
  {
    name: 'acronym fires: the refugee agency',
    text: `[[O UNHCR]] said 30,000 people had crossed into [[L Chad]] since April.`,
  },
  {
    name: 'acronym fires: after a Geneva dateline',
    text: `[[L GENEVA]] — [[O OHCHR]] urged [[L Myanmar]] to free the journalists.`,
  },
  {
    name: 'acronym near-miss: a congresswoman',
    text: `[[P AOC]] said she would vote against the bill when it reached the floor.`,
  },
  {
    name: 'acronym near-miss: DNA found',
    text: `DNA found on the glove linked him to the flat in [[L Leeds]], the court heard.`,
  },
  {
    name: 'acronym near-miss: ICU records',
    text: `ICU records show 14 patients were on ventilators in [[L Cork]] last night.`,
  },
  {
    name: 'acronym near-miss: GPS estimates',
    text: `GPS estimates put the wreck 3 km north of [[L Tromsø]].`,
  },
  {
    name: 'acronym near-miss: VAR called the referee over',
    text: `VAR called the referee to the screen and the goal was ruled out.`,
  },
  // --- sport.unread-team-before-role ----------------------------------------------------------------
  {
    name: 'team before role fires: a cycling team',
    text: `[[O Lidl-Trek]] rider [[P Mads Pedersen]] won the sprint in [[L Ghent]].`,
  },
  {
    name: 'team before role fires: a nickname before coach',
    text: `[[O Sharks]] coach [[P Dean Ryan]] said the forwards had been beaten at every scrum.`,
  },
  {
    name: 'team before role fires: a delivery firm',
    text: `[[O Deliveroo]] rider [[P Ahmed Farah]] was hit by a van in [[L Bristol]].`,
  },
  {
    name: 'team before role fires: a motor team',
    text: `[[O Haas]] driver [[P Esteban Ocon]] was given a five-second penalty.`,
  },
  {
    name: 'team before role fires: a plural before captain',
    text: `Afterwards [[O Bulldogs]] captain [[P Josh Reynolds]] praised the crowd.`,
  },
  {
    name: 'team before role near-miss: an owner before chairman',
    text: `[[O Ineos]] chairman [[P Jim Ratcliffe]] said the club would be patient.`,
  },
  {
    name: "team before role near-miss: a driver's team-mate",
    text: `[[P Alonso]] team-mate [[P Lance Stroll]] finished ninth in [[L Monaco]].`,
  },
  {
    name: 'team before role near-miss: a rodeo rider',
    text: `Rodeo rider [[P Cody Wright]] was thrown in the first round.`,
  },
  {
    name: 'team before role near-miss: a getaway driver',
    text: `Getaway driver [[P Liam Doyle]] was jailed for six years.`,
  },
  {
    name: 'team before role near-miss: veterans before captain',
    text: `Veterans captain [[P Ron Hale]] led the parade through [[L Aldershot]].`,
  },
  // --- sport.nickname-result-sides ------------------------------------------------------------------
  {
    name: 'nicknames fire: an NFL result',
    text: `The [[O Broncos]] beat the [[O Raiders]] 24-17 in [[L Las Vegas]].`,
  },
  {
    name: 'nicknames fire: lost to',
    text: `The [[O Sharks]] lost 3-1 to the [[O Oilers]] on Tuesday night.`,
  },
  {
    name: 'nicknames fire: thrashed after a weekday',
    text: `On Saturday the [[O Magpies]] thrashed the [[O Tigers]] 98-40.`,
  },
  {
    name: 'nicknames fire: edged',
    text: `The [[O Packers]] edged the [[O Bears]] 20-19 at [[L Soldier Field]].`,
  },
  {
    name: 'nicknames fire: drew with',
    text: `The [[O Panthers]] drew 2-2 with the [[O Wanderers]] in front of 9,000.`,
  },
  {
    name: 'nicknames near-miss: two families in a quiz',
    text: `The [[P Smiths]] beat the [[P Joneses]] 3-1 in the village quiz final.`,
  },
  {
    name: 'nicknames near-miss: a council vote',
    text: `The [[O Greens]] lost 52-48 to the Independents in the council vote on the bypass.`,
  },
  {
    name: 'nicknames near-miss: no score',
    text: `The Cowboys rode into [[L Abilene]] at dusk and the ranchers followed.`,
  },
  // --- place.water-and-range-context ----------------------------------------------------------------
  {
    name: 'water fires: a river burst its banks',
    text: `The [[L Brahmaputra]] burst its banks near [[L Guwahati]], cutting off 200 villages.`,
  },
  {
    name: 'water fires: the banks of a lake',
    text: `Fishermen on the banks of the [[L Tonle Sap]] say catches have halved.`,
  },
  {
    name: 'water fires: foothills',
    text: `Rebels were driven back into the [[L Rwenzori]] foothills.`,
  },
  {
    name: 'water fires: a delta',
    text: `The [[L Okavango]] delta is flooding earlier each year.`,
  },
  {
    name: 'water fires: flooded farms',
    text: `The [[L Chenab]] flooded farms across [[L Punjab]] on Sunday.`,
  },
  {
    name: 'water fires: mountains',
    text: `Climbers were rescued in the [[L Zagros]] mountains on Friday.`,
  },
  {
    name: 'water near-miss: the banks of two firms',
    text: `Investors fled the banks of [[O Smith & Co]] and [[O Hartley Brothers]].`,
  },
  {
    name: 'water near-miss: the banks of a network',
    text: `Regulators looked at the banks of the [[O Raiffeisen]] network in [[L Austria]].`,
  },
  {
    name: 'water near-miss: a fashion range',
    text: `Buyers snapped up the [[O Dior]] range within hours.`,
  },
  {
    name: 'water near-miss: a kitchen range',
    text: `Sales of the [[O Kenwood]] range rose 8% in the quarter.`,
  },
  {
    name: 'water near-miss: a central bank flooded the market',
    text: `The [[O Riksbank]] flooded the market with kronor to calm it.`,
  },
  // --- sport.visitor-before-away-result --------------------------------------------------------------
  {
    name: 'visitor fires: lost at',
    text: `[[O Wrexham]] lost 2-1 at [[O Stockport]] on Saturday.`,
  },
  {
    name: 'visitor fires: won at',
    text: `[[O Motherwell]] won 3-0 at [[O Kilmarnock]] to climb to fourth.`,
  },
  {
    name: 'visitor fires: drew at',
    text: `[[O Rotherham]] drew 1-1 at [[O Barnsley]] in front of 14,000.`,
  },
  {
    name: 'visitor fires: fell at',
    text: `[[O Preston]] fell 2-0 at [[O Burnley]] on Tuesday night.`,
  },
  {
    name: 'visitor near-miss: a player lost at a club',
    text: `[[P Ruiz]] lost 6-4 at [[L Queen's Club]] on Thursday.`,
  },
];
