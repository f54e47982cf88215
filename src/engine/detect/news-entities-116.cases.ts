/**
 * Blind entity batches 116-118 (helper ents60a, 7 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 118 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_39 are made from batches 116 and 117 only, and batch 118's errors are never
 * printed or read (only its totals). 116 and 117 lean on kinds of news earlier batches used little:
 * courts and law (a coroner's court, an employment tribunal and its appeal tribunal, a law society's
 * tribunal, law firms named after partners, a bar council, cases as none); health (health boards and
 * trusts, an ambulance service, medical and nursing councils, a doctors' association, drugs as none);
 * energy and utilities (a grid operator, a regulator, fields as places, a cable as none); local
 * government in the UK, Ireland, Australia and Canada (shires, county councils, local electoral
 * areas, wards, a township, an approved housing body); Asia at the local level (a municipal
 * corporation and its wards, a state development authority, a prefecture, towns, a Japanese
 * utility); culture (publishers and imprints, a prize and a festival as none); science (an
 * observatory, telescopes and a survey as none, universities); finance (a stock exchange, an index
 * as none, banks named after places). Batch 118 is an ordinary day's mixed wire. People are
 * invented; countries, agencies and companies appear as they would in any report.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_116: EntityCase[] = [
  {
    name: 'pa cardiff inquest a coroner a health board by long name an ambulance service a hospital as place or body a nursing council a law firm and a government minister',
    text: `[[L CARDIFF]] ([[O PA]]) - A coroner has ruled that delays in the ambulance service contributed to the death of a 67-year-old woman who lay on her kitchen floor in [[L Caerphilly]] for nine hours after a fall.

[[P Marian Pugh-Davies]] died at the [[O/L University Hospital of Wales]] two days after a neighbour found her. At the end of a four-day inquest in [[L Pontypridd]] on Thursday, the senior coroner for [[L South Wales Central]], [[P Graeme Hollister]], recorded a narrative conclusion.

The [[O Welsh Ambulance Services University NHS Trust]] told the inquest that 23 ambulances were waiting outside hospitals in the area that night, unable to hand over patients. [[O Cardiff and Vale University Health Board]], which runs the hospital, said its emergency department had been at "the highest level of pressure" for eleven days.

[[P Hollister]] said he would send a report to prevent future deaths to both bodies and to the [[O Welsh Government]]. "Mrs [[P Pugh-Davies]] was a fit and independent woman who should have been seen within the hour," he said.

A call handler, [[P Rhiannon Beddoe]], said she had rung back four times and told the family to keep her warm. The [[O Nursing and Midwifery Council]] has opened an inquiry into a nurse who triaged the call, the inquest heard.

The family's solicitor, [[P Owain Trevelyan]] of [[O Hugh James]], said they would consider a civil claim. "Her daughters sat with her on that floor for a whole night," he said outside the court.

The chief executive of the ambulance trust, [[P Jason Killens-Morgan]], said it had added 260 staff since January and that handover delays at [[O/L Morriston Hospital]] in [[L Swansea]] and the [[O/L Grange University Hospital]] in [[L Cwmbran]] had fallen by a third.

The [[L Wales]] health secretary, [[P Eluned Parry-Howells]], said in a statement that the government had set aside 30 million pounds to cut handover times this winter. [[O Plaid Cymru]] said the money was "a sticking plaster" and called for an independent review.`,
  },
  {
    name: 'reuters mumbai municipal corporation budget wards a state development authority a metro rail corporation a slum authority a ratings agency an index as none and a sign-off',
    text: `[[L MUMBAI]], Feb 5 ([[O Reuters]]) - The [[O Brihanmumbai Municipal Corporation]] ([[O BMC]]), [[L India]]'s richest civic body, on Tuesday presented a record budget of 742 billion rupees for the coming year, with a third of it set aside for roads, a coastal road and drains.

Municipal commissioner [[P Bhushan Gagrani-Patil]] said the corporation would dip into its fixed deposits for a second year to pay for projects, after property tax collections fell short of targets in wards in the eastern suburbs.

The corporation will spend 12 billion rupees on a tunnel under [[L Sanjay Gandhi National Park]] linking [[L Goregaon]] and [[L Mulund]], and will start work on a sewage treatment plant in [[L Worli]]. The [[O Mumbai Metropolitan Region Development Authority]] ([[O MMRDA]]), a state body, is building the metro lines the civic body has promised to help fund.

Opposition councillors from the [[O Shiv Sena]] faction led by [[P Aditya Sawant-More]] said the budget had been drawn up without an elected house, as civic elections have been put off since 2022. "The commissioner is answerable only to [[O/L Mantralaya]]," said former corporator [[P Ravi Raja Waghmare]], referring to the state government's headquarters.

The [[O Slum Rehabilitation Authority]] will get 4 billion rupees to rebuild housing in [[L Dharavi]], where a venture of the [[O Adani Group]] is redeveloping the area under a state contract.

[[O CRISIL]] rates the corporation's bonds AA+. [[P Neha Khandelwal]], an analyst at [[O ICRA]] in [[L Mumbai]], said the civic body's reserves of about 820 billion rupees had fallen by a fifth in two years. "The deposits are not infinite," she said.

The [[L Maharashtra]] government also plans to let the [[O Mumbai Metro Rail Corporation]] raise money through bonds listed on the [[O National Stock Exchange]]. Shares of builders rose, with the [[X Nifty Realty]] index up 1.8 percent.

(Reporting by [[P Rajendra Jadhav-Kulkarni]]; Editing by [[P Sonali Paul-Varma]])`,
  },
  {
    name: 'abc-style western australia shire council rates a shire president wards a state minister a mining company a ratepayers association a regional council and an ombudsman',
    text: `[[L PERTH]], [[L Australia]] — A shire council in [[L Western Australia]]'s [[L Pilbara]] has voted to raise the rates it charges mining companies by 40 percent, setting up a fight with the state government and the country's biggest iron ore producers.

Councillors of the [[O Shire of Ashburton]] voted six to three on Wednesday night for the rise, which would bring in about 9 million Australian dollars a year. Shire president [[P Kerry White-Holloway]] said the council could no longer pay for roads torn up by road trains carrying ore.

"Our ratepayers in [[L Tom Price]], [[L Paraburdoo]] and [[L Onslow]] should not be subsidising trucks from some of the richest companies on earth," she said.

The rise needs the approval of the state's local government minister, [[P Hannah Beazley-Carr]], who said she would look at it "on its merits". Under state law, a council that raises its rates on mining tenements by more than the general rate must justify the difference.

[[O Rio Tinto]], which runs mines at [[L Paraburdoo]] and [[L Brockman]], said it already paid for much of the roads and water it used. [[O Fortescue]] said it was "disappointed" and would make a submission to the minister.

The [[O Pilbara Regional Council]], a grouping of four shires and the [[O City of Karratha]], said other councils were watching. [[O Shire of East Pilbara]] chief executive [[P Daniel Okonkwo-Reid]] said his council had "no plans at this stage".

Two councillors who voted against the rise, both representing the [[L Onslow]] ward, said it could cost jobs. The [[O Onslow Ratepayers Association]] said it had asked the state [[O Ombudsman]] to look at how the vote was held, after the meeting in [[L Tom Price]] was closed to the public for an hour.

The [[O Chamber of Minerals and Energy of Western Australia]] said the rise was "a tax by another name".`,
  },
  {
    name: 'globe-style toronto law society tribunal discipline a law firm with ampersand a court of appeal a bar association a legal aid body a client compensation fund and a university law school',
    text: `[[L TORONTO]] — A [[L Toronto]] lawyer who took more than 1.2 million dollars from clients' trust accounts to cover losses on cryptocurrency has had his licence revoked by the [[O Law Society Tribunal]].

A three-member panel found that [[P Dariusz Kowalczyk-Stone]], 51, a real estate lawyer who practised in [[L Mississauga]], had knowingly misappropriated money from 14 clients between 2021 and 2023. The [[O Law Society of Ontario]], which regulates the province's lawyers and paralegals, had asked for revocation.

"The public must be able to trust that money held in trust is held in trust," the panel's chair, [[P Anjali Venkataraman]], wrote in reasons released on Monday.

Mr. [[P Kowalczyk-Stone]]'s lawyer, [[P Martin Fairweather]] of [[O Fairweather & Lindqvist]], had argued that his client suffered from a gambling disorder and should be suspended instead. He said they would appeal to the [[O Divisional Court]] and, if needed, to the [[O Court of Appeal for Ontario]].

The society's compensation fund has paid about 900,000 dollars to his former clients. One of them, [[P Grace Obuya]], a nurse in [[L Brampton]], said she lost her deposit on a townhouse in [[L Milton]].

The [[O Ontario Bar Association]] said the case showed the need for more audits of small firms. [[O Legal Aid Ontario]] was not involved.

[[P Sarah Brennan-Holt]], who teaches legal ethics at [[O Osgoode Hall Law School]] at [[O York University]], said tribunals had grown tougher on trust account breaches since a 2019 decision of the [[O Supreme Court of Canada]]. "Gambling or addiction can explain conduct, but it rarely saves a licence," she said.

The decision was the society's 11th revocation this year, according to its annual report.`,
  },
  {
    name: 'reuters oslo grid operator power link a regulator fields as places a cable as none an energy ministry equinor and a swedish utility with a sign-off',
    text: `[[L OSLO]], March 12 ([[O Reuters]]) - [[L Norway]]'s grid operator [[O Statnett]] has shelved plans for a new power cable to [[L Scotland]], it said on Wednesday, after the government refused to back more links abroad that critics blame for high electricity prices in the south.

The [[X NorthConnect]] cable would have carried 1,400 megawatts between [[L Simadalen]] in western [[L Norway]] and [[L Peterhead]]. [[O Statnett]] chief executive [[P Hilde Tonne-Bakke]] said the company would instead spend 30 billion crowns on lines inside the country, including a link to [[L Hammerfest]] in the far north.

The [[O Ministry of Energy]] said in January it would not approve new interconnectors before a review of the existing ones, such as the [[X North Sea Link]] to [[L Britain]] and [[X NordLink]] to [[L Germany]]. Energy Minister [[P Tore Lindahl-Aasen]] said "security of supply at home comes first".

[[O Equinor]] wants power from shore to cut emissions at [[L Troll]] and [[L Johan Sverdrup]], fields in the [[L North Sea]] that already run on electricity from land, and at the [[L Snøhvit]] plant near [[L Hammerfest]]. The [[O Norwegian Water Resources and Energy Directorate]] ([[O NVE]]), which regulates the grid, said it had received applications for 50 gigawatts of new connections.

[[O Vattenfall]], the Swedish state utility, said [[O Statnett]]'s decision would not affect the [[X Hansa PowerBridge]], a planned link between [[L Sweden]] and [[L Germany]] that [[O Svenska kraftnät]] paused last year.

Industry group [[O Energi Norge]] said the country would need more cables in the 2030s to sell surplus wind power. "Shelving is not cancelling," said its head of markets, [[P Knut Eirik Solheim]].

(Reporting by [[P Nerijus Adomaitis-Berg]]; Editing by [[P Alexander Smith-Farrell]])`,
  },
  {
    name: 'guardian-style london publishing a publisher and imprints a literary prize and a book festival as none a literary agency a booksellers association a novel as none and a library body',
    text: `[[L LONDON]] — [[O Penguin Random House]] is to close one of its oldest literary imprints, [[O Hamish Hamilton]], and fold its list into [[O Viking]], the publisher said on Tuesday, in the latest sign of cost cutting across British publishing.

The move will affect about 20 staff. [[O Penguin]]'s chief executive in the [[L UK]], [[P Tom Weldon-Ashby]], said in a memo that authors published by the imprint, founded in 1931, would "keep their editors and their homes" at the company.

Authors reacted with dismay. The novelist [[P Saoirse Ní Bhriain]], whose third book, [[X The Salt Year]], won the [[X Women's Prize for Fiction]] last June, said the imprint had "taken a chance on writers nobody else wanted".

Her agent, [[P Clare Alexander-Ross]] of [[O Aitken Alexander Associates]], said independent publishers such as [[O Faber & Faber]], [[O Granta]] and [[O Canongate]] were likely to approach authors who felt unsettled.

The [[O Booksellers Association]] said sales of literary fiction had fallen 8 percent last year while sales of romance and fantasy rose, driven by readers on [[O TikTok]]. Its managing director, [[P Meryl Halls-Dunmore]], said bookshops still relied on "the slow, quiet books that win prizes".

[[O HarperCollins]] and [[O Hachette]] have also cut imprints this year. [[O Hachette UK]] merged [[O Sceptre]] into [[O Hodder & Stoughton]] in March.

The news came as the [[X Hay Festival]] announced its programme in [[L Hay-on-Wye]] and the [[O Society of Authors]] published a survey showing the median income of writers in the [[L United Kingdom]] had fallen to 7,000 pounds. [[O Libraries Connected]], which represents public libraries, said it would ask the [[O Arts Council England]] for more money for book events in towns.`,
  },
];

export const BATCH_117: EntityCase[] = [
  {
    name: 'kyodo-style sapporo prefecture nuclear restart a governor town mayors and assemblies a utility by long name a regulator a village and a prefectural assembly',
    text: `[[L SAPPORO]], [[L Japan]] ([[O Kyodo]]) — The governor of [[L Hokkaido]] said on Monday she would accept the restart of the [[L Tomari]] nuclear power plant, clearing the last local hurdle for [[O Hokkaido Electric Power Co.]] to bring a reactor back online after 14 years.

Governor [[P Reiko Suzuki-Hata]] told the [[O Hokkaido Prefectural Assembly]] that the plant's No. 3 reactor had passed the safety screening of the [[O Nuclear Regulation Authority]] and that its operator had built a 19-meter seawall against tsunami.

The mayors of [[L Tomari]], [[L Kyowa]], [[L Iwanai]] and [[L Kamoenai]], the four municipalities nearest the plant, had already given their consent. [[L Kamoenai]]'s village assembly voted unanimously last week to back the restart, which the village says will bring back jobs and grants.

[[P Takeshi Moriyama]], the president of [[O Hokkaido Electric]], said the utility would restart the reactor in 2027 and lower household rates by about 8 percent. Demand on the island is rising as [[O Rapidus]] builds a chip plant in [[L Chitose]] and data centers open near [[L Ishikari]].

Citizens' groups in [[L Sapporo]] said the evacuation plan was unworkable in winter, when roads along the [[L Shakotan Peninsula]] are often closed by snow. A lawsuit seeking to halt the plant is pending at the [[O Sapporo High Court]].

The [[O Ministry of Economy, Trade and Industry]] welcomed the decision. [[O Tokyo Electric Power Company Holdings]] and [[O Tohoku Electric Power]] have restarted reactors in the past two years as [[L Japan]] tries to cut imports of liquefied natural gas.

The [[O Constitutional Democratic Party of Japan]]'s group in the prefectural assembly said the governor should have held a referendum. "Residents of [[L Otaru]] and [[L Sapporo]] live within reach of the plume too," said assembly member [[P Naoko Ishikawa-Daly]].`,
  },
  {
    name: 'reuters santiago observatory telescope first light a survey and telescopes as none an observatory by long name universities a national agency a science ministry and a sign-off',
    text: `[[L SANTIAGO]], June 23 ([[O Reuters]]) - A telescope on a mountain in northern [[L Chile]] built to film the whole southern sky every few nights released its first images on Monday, showing millions of galaxies and thousands of asteroids never seen before.

The [[X Simonyi Survey Telescope]] at the [[O/L Vera C. Rubin Observatory]], on [[L Cerro Pachón]], will carry out a ten-year survey called the [[X Legacy Survey of Space and Time]]. Its camera, the largest ever built for astronomy, was made at the [[O SLAC National Accelerator Laboratory]] in [[L California]].

The observatory is run by the [[O U.S. National Science Foundation]] and the [[O Department of Energy]] through [[O NOIRLab]] and [[O SLAC]]. [[P Lucía Gutiérrez-Mancilla]], an astronomer at the [[O University of Chile]] who leads one of its science groups, said the first images found 2,104 new asteroids in ten hours.

"In a year we will know the solar system better than in the whole of history," she said.

[[L Chile]] hosts about 40 percent of the world's capacity for large telescopes, including the [[O European Southern Observatory]]'s [[X Very Large Telescope]] on [[L Cerro Paranal]] and [[X ALMA]] on the [[L Chajnantor]] plateau. The [[O Ministry of Science, Technology, Knowledge and Innovation]] said Chilean astronomers are guaranteed 10 percent of observing time.

Light pollution is a growing worry. A planned hydrogen plant near [[L Taltal]] by [[O AES Andes]] was withdrawn last year after [[O ESO]] said it would brighten the sky over [[L Paranal]]. [[P Rodrigo Vergara-Lagos]] of the [[O Pontifical Catholic University of Chile]] said the government should protect dark skies by law.

The [[X Extremely Large Telescope]], being built by [[O ESO]] on [[L Cerro Armazones]], is due to see first light in 2029.

(Reporting by [[P Fabián Ortúzar Reyes]]; Editing by [[P Sandra Maler-Ortiz]])`,
  },
  {
    name: 'reuters johannesburg stock exchange listing banks named after places an index as none a regulator a reserve bank a broker and a sign-off',
    text: `[[L JOHANNESBURG]], Sept 4 ([[O Reuters]]) - The [[O Johannesburg Stock Exchange]] said on Thursday it would cut listing fees and let companies list with fewer public shares, in a bid to stop the shrinking of [[L Africa]]'s biggest bourse.

The number of companies listed on the [[O JSE]] has fallen to about 280 from more than 400 in 2010, as firms such as [[O Distell]] and [[O Pioneer Foods]] were bought out and others moved their main listings to [[L London]] or [[L New York]].

Chief executive [[P Leila Fourie-Naidoo]] said the exchange would allow a free float of 10 percent instead of 20 percent for large companies and would publish rules for a new board for small firms in October. The [[O Financial Sector Conduct Authority]] must approve the changes.

Bankers welcomed the move. [[P Thabo Mokoena-Fisher]], head of equity capital markets at [[O Standard Bank]], said three companies were preparing to list next year, including a mobile payments firm from [[L Cape Town]].

[[O Nedbank]] and [[O Bank of the Free State]], a small lender based in [[L Bloemfontein]], said they had no plans to move their listings. [[O Capitec Bank]], the country's biggest lender by customers, said it would stay on the [[O JSE]].

The [[X FTSE/JSE All Share]] index rose 0.4 percent on Thursday. The [[O South African Reserve Bank]] is expected to cut rates later this month, which would help new listings, said [[P Annabel Bishop-Kruger]], an economist at [[O Investec]].

Rival exchange [[O A2X]], which lets companies list a second time in [[L Johannesburg]], said the changes were "overdue". The [[O National Treasury]] said it was reviewing tax rules that make listing less attractive than staying private.

(Reporting by [[P Nqobile Dludla-Hart]]; Editing by [[P Joe Bavier-Stone]])`,
  },
  {
    name: 'irish times-style cork county council housing local electoral areas an approved housing body a department by long name towns and a councillor from a party',
    text: `[[L CORK]], [[L Ireland]] — [[O Cork County Council]] has approved plans for 240 social homes on the edge of [[L Midleton]], the largest such scheme in the county in two decades, despite objections from residents about traffic and school places.

Councillors voted 34 to 12 on Monday to grant permission to [[O Clúid Housing]], an approved housing body, for the homes on a 19-acre site off the [[L Mill Road]]. The scheme will be paid for under a loan from the [[O Housing Finance Agency]] and a grant from the [[O Department of Housing, Local Government and Heritage]].

Councillors from the [[L Midleton]] local electoral area were split. [[P Ciarán McCarthy-Barry]] of [[O Fianna Fáil]] said the town "cannot keep exporting its young people to [[L Cork]] city and [[L Australia]]". [[P Noel Collins-Ahern]], an independent, said the plan had ignored the lack of a second secondary school.

The council's chief executive, [[P Moira Murrell-Keane]], said the [[O Department of Education]] had agreed to look at a site for a school in [[L Water-rock]], an area zoned for 2,500 homes near the town's railway station. [[O Irish Rail]] runs trains from [[L Midleton]] to [[L Kent Station]] in [[L Cork]] every half hour.

Residents of [[L Castleredmond]], the estate next to the site, said they would appeal to [[O An Coimisiún Pleanála]], the national planning body. "Nobody is against social housing. We are against one road for 600 cars," said [[P Deirdre Fitzgerald]], a spokeswoman for the residents.

[[O Uisce Éireann]], the water utility, said a new treatment plant at [[L Carrigtwohill]] would be finished in 2026. [[O Sinn Féin]] councillor [[P Danielle Twomey-Ryan]] said the council should build the homes itself rather than through a housing body.`,
  },
  {
    name: 'yonhap-style seoul doctors strike a medical association hospitals by name a ministry by long name trainee doctors a university hospital a court and a prime minister',
    text: `[[L SEOUL]] ([[O Yonhap]]) — Hundreds of trainee doctors returned to work at [[L South Korea]]'s biggest hospitals on Monday, ending a walkout that lasted more than a year over the government's plan to admit more medical students.

About 1,300 residents went back to the five largest hospitals in [[L Seoul]], including [[O/L Seoul National University Hospital]], [[O/L Severance Hospital]] and the [[O/L Asan Medical Center]], the [[O Ministry of Health and Welfare]] said.

The doctors walked out in February last year after the government said it would raise medical school admissions by 2,000 a year. The government later cut the rise to 1,509 for one year and froze it after that.

"The patients waited, and we owe them," said [[P Park Ji-hoon]], a resident in internal medicine at [[O/L Samsung Medical Center]] who chaired the residents' emergency committee.

The [[O Korea Medical Association]], which represents about 140,000 doctors, said the government still had to answer for the harm caused to medical education. Its president, [[P Cho Hyun-seok]], said the association would take part in a new committee on the number of doctors.

Hospitals in the regions have had more trouble. [[O/L Chungbuk National University Hospital]] in [[L Cheongju]] said only a third of its residents had returned. [[O/L Pusan National University Hospital]] said it would still cut beds.

The [[O Seoul Administrative Court]] last year dismissed suits by students who sought to block the rise, and the [[O Supreme Court]] upheld that ruling in June.

Prime Minister [[P Han Dong-wook]] apologized to patients in a televised address on Sunday. The [[O Korean Intern Resident Association]] said it would watch whether the government kept its promise to improve training hours, now capped at 80 a week.`,
  },
  {
    name: 'bbc-style employment appeal tribunal equal pay a supermarket chain a union a law firm with partners names an equality commission a tribunal in a city and a minister',
    text: `[[L LONDON]] — Thousands of shop-floor workers at [[O Next]] and other retailers could win back pay after the [[O Employment Appeal Tribunal]] upheld a ruling that their work was of equal value to that of warehouse staff, who are mostly men and paid more.

The case was brought by about 3,500 sales consultants, most of them women, who said they were paid up to 2 pounds an hour less than warehouse operatives. An employment tribunal in [[L Leicester]] found in their favour in 2024, and the company appealed.

In a judgment published on Wednesday, Judge [[P Eleanor Stacey-Webb]] said the tribunal had been entitled to find that the company failed to show a reason for the gap that had nothing to do with sex.

The workers were represented by [[O Leigh Day]], the law firm that is also acting for staff at [[O Asda]], [[O Tesco]], [[O Sainsbury's]] and [[O Morrisons]] in similar claims. "This is a milestone for every woman on a shop floor in [[L Britain]]," said [[P Kiran Daurka-Moss]], a partner at the firm.

The shopworkers' union [[O Usdaw]] said the ruling would strengthen its own claims. The [[O GMB]] represents thousands of [[O Asda]] workers whose case is due before a tribunal in [[L Manchester]] next year.

A lawyer for the retailer, [[P Christopher Jeans-Hale]] of [[O Lewis Silkin]], said the company was studying the judgment and might appeal to the [[O Court of Appeal]].

The [[O Equality and Human Rights Commission]] said the ruling showed that pay systems must be checked. Business minister [[P Justin Madders-Grey]] said the government's [[X Employment Rights Act]] would make it easier for workers to learn what colleagues earn.

[[O Next]] has set aside 30 million pounds for the claims, according to its annual report.`,
  },
];

export const BATCH_118: EntityCase[] = [
  {
    name: 'reuters frankfurt bundesbank warning a central bank president a state bank a savings bank association an index as none a ministry and a sign-off',
    text: `[[L FRANKFURT]], Nov 18 ([[O Reuters]]) - The [[O Bundesbank]] warned on Tuesday that German banks could face rising losses on loans to small firms and commercial property next year, as the economy struggles to recover from two years of contraction.

In its annual financial stability review, the central bank said loan-loss provisions had risen for a third quarter and that property prices in big cities were still falling. Vice-President [[P Sabine Mauderer-Klein]] said banks were "well capitalised but should not become complacent".

[[O Commerzbank]], which has fought off a bid by [[O UniCredit]], said last week that its provisions would be higher than planned. [[O Deutsche Bank]] has cut its exposure to [[L U.S.]] office towers.

Regional lenders are most exposed. [[O Landesbank Baden-Württemberg]] and [[O Helaba]], the state bank for [[L Hesse]] and [[L Thuringia]], hold large portfolios of commercial property loans. The [[O German Savings Banks Association]] said its 340 members had "sufficient buffers".

[[P Jörg Krämer-Lindner]], chief economist at [[O Commerzbank]] in [[L Frankfurt]], said the warning was a reminder that "the recession leaves traces on balance sheets with a delay".

The [[O Federal Ministry of Finance]] in [[L Berlin]] said it was in close contact with the [[O European Central Bank]] and the banking regulator [[O BaFin]]. German bank shares fell, with the [[X DAX]] losing 0.7 percent.

The review also pointed to risks from trade. Exporters in [[L Bavaria]] and [[L Baden-Württemberg]] that sell cars and machinery to [[L China]] and the [[L United States]] have been hit by tariffs, and their banks could feel it next, the [[O Bundesbank]] said. The [[O Association of German Banks]] said lenders were ready to keep credit flowing to small firms.

(Reporting by [[P Tom Sims-Hartmann]]; Editing by [[P Miranda Hollweg]])`,
  },
  {
    name: 'ap ontario township council wind farm vote a township a county a provincial ministry an energy operator a first nation and a farmers federation',
    text: `[[L TORONTO]] ([[O AP]]) — A rural township in southwestern [[L Ontario]] has voted to welcome a wind farm it fought a decade ago, as farmers look for new income and the province scrambles for power.

Council in the [[O Township of Dawn-Euphemia]], in [[L Lambton County]], voted 4-1 on Monday to support a 300-megawatt project by [[O Boralex]] and [[O Walpole Island First Nation]], which would put about 60 turbines on farmland between [[L Dresden]] and [[L Florence]].

"Ten years ago people put signs on their lawns against turbines. Today they are asking how to get one," said Mayor [[P Alan Broad-Wheeler]].

The project still needs a contract from the [[O Independent Electricity System Operator]], which runs [[L Ontario]]'s grid and is seeking 5,000 megawatts of new supply by 2030. The [[O Ministry of Energy and Mines]] said demand would rise by three quarters by 2050, driven by electric vehicles and factories such as the battery plant in [[L Windsor]] being built by [[O Stellantis]] and [[O LG Energy Solution]].

Some residents still object. [[P Karen Vanderhoek]], who farms near [[L Alvinston]], said the council had ignored the concerns of people with wells. [[O Wind Concerns Ontario]] said it would ask the township to hold a public meeting.

[[O Walpole Island First Nation]] Chief [[P Leland Sands-Jacobs]] said the community would own half of the project. The [[O Ontario Federation of Agriculture]] said lease payments of about 15,000 dollars a turbine a year could keep young farmers on the land.

[[O Lambton County]] council will vote on the project's roads agreement in January.`,
  },
  {
    name: 'aap-style brisbane hospital and health service a state health minister a union a hospital as place or body a coroner and an ambulance service',
    text: `[[L BRISBANE]], [[L Australia]] ([[O AAP]]) — A [[L Queensland]] hospital has closed its maternity ward for six weeks because it cannot find enough midwives, forcing women in labour to travel more than two hours to give birth.

The [[O Central West Hospital and Health Service]] said births at [[O/L Longreach Hospital]] would be moved to [[O/L Rockhampton Hospital]] from Monday. About 60 babies are born in [[L Longreach]] each year.

Health Minister [[P Tim Nicholls-Baird]] said the state had offered incentives of up to 70,000 Australian dollars for midwives who move to the bush. "This is not what we want for families in the west," he said.

The [[O Queensland Nurses and Midwives' Union]] said the closure was the sixth in regional [[L Queensland]] in two years. Its secretary, [[P Sarah Beaman-Cole]], said midwives were leaving because they were on call for weeks at a time.

[[P Jodie Tranter]], who lives on a cattle station near [[L Winton]], said she would have to move to [[L Rockhampton]] two weeks before her due date. "That is two weeks away from my other kids," she said.

The [[O Queensland Ambulance Service]] said it would station an extra crew in [[L Longreach]] during the closure, and the [[O Royal Flying Doctor Service]] would be on standby.

A coroner in [[L Mackay]] last year found that the death of a newborn after a rural birth unit closed was "preventable", and recommended that [[O Queensland Health]] keep a register of staffing risks. The department said it had done so.

The [[O Liberal National Party]] government has promised to reopen birthing units in [[L Biloela]] and [[L Gladstone]] by the end of 2026.`,
  },
  {
    name: 'yonhap-style ulsan shipbuilder order a shipbuilder and its parent an energy firm ships as none a union a city and a ministry',
    text: `[[L SEOUL]] ([[O Yonhap]]) — [[O HD Hyundai Heavy Industries]] said on Wednesday it had won an order worth 2.1 trillion won to build eight liquefied natural gas carriers for a Greek shipowner, its biggest single order this year.

The ships will be built at the company's yard in [[L Ulsan]] and delivered by 2029 to [[O Capital Maritime Group]], the company said in a regulatory filing. Its parent, [[O HD Korea Shipbuilding & Offshore Engineering]], rose 3.2 percent on the [[O Korea Exchange]].

Korean shipbuilders have gained from [[L U.S.]] efforts to cut reliance on Chinese yards. [[O Hanwha Ocean]], which owns a yard in [[L Philadelphia]], and [[O Samsung Heavy Industries]] have also won large orders for gas carriers this year.

[[P Lee Sang-kyun]], an analyst at [[O Mirae Asset Securities]], said the yards were booked until 2028 and could raise prices. "The constraint is no longer orders, it is welders," he said.

The company's union, part of the [[O Korean Metal Workers' Union]], staged partial strikes in [[L Ulsan]] last month over wages. The [[O Ministry of Trade, Industry and Energy]] said it would help yards hire foreign workers from [[L Vietnam]] and [[L Uzbekistan]].

The order follows a deal in July for the [[X Ocean Voyager]], a tanker built for [[O Shell]]. [[L Ulsan]]'s city government said the yard employed about 30,000 people including subcontractors.

Shipbuilders in [[L China]] still win more orders by tonnage. [[O China State Shipbuilding Corporation]] took about half of global orders last year, according to the research firm [[O Clarksons]] in [[L London]]. But Korean yards lead in gas carriers, which need tanks that keep fuel at minus 162 degrees.`,
  },
  {
    name: 'afp paris museum returns artefacts a museum as place or body a ministry of culture a national assembly a country a university and a foundation',
    text: `[[L PARIS]] ([[O AFP]]) — [[L France]] will return a sacred drum taken from [[L Ivory Coast]] in 1916, after the [[O National Assembly]] on Thursday passed a law allowing the object to leave the national collections.

The drum, known as [[X Djidji Ayokwe]], was seized by French colonial troops from a village near [[L Abidjan]] and has been kept at the [[O/L Quai Branly Museum]] in [[L Paris]] since 2006.

Culture Minister [[P Hélène Marchetti-Roy]] said the return was "an act of justice and of friendship". The vote was unanimous. The [[O Senate]] approved the text in June.

[[O/L Abidjan]] had asked for the drum in 2019. The Ivorian culture ministry said it would be displayed at the [[O/L Museum of Civilisations of Côte d'Ivoire]], which has been renovated with help from the [[O French Development Agency]].

[[P Serge Koffi-Bamba]], a historian at [[O Félix Houphouët-Boigny University]], said the drum had been used to warn villages of danger. "It is not art. It is a voice," he said.

[[L France]] passed a law in 2023 to make it easier to return human remains, and the president has promised to return more objects to African countries. [[L Benin]] received 26 treasures from [[L Abomey]] in 2021 and [[L Senegal]] a sword of [[P El Hadj Omar Tall]].

The [[O/L Quai Branly]] museum's president, [[P Étienne Lavergne-Diallo]], said the institution was researching the origins of about 70,000 African objects in its collection, with money from the [[O Mellon Foundation]].`,
  },
  {
    name: 'reuters johannesburg high court eskom ruling a utility a municipality a court a ratepayers group an energy regulator a minister and a sign-off',
    text: `[[L JOHANNESBURG]], May 14 ([[O Reuters]]) - A South African court on Wednesday barred state utility [[O Eskom]] from cutting power to a town that owes it more than 3 billion rand, saying residents who pay their bills should not suffer for the failures of their council.

The [[O Gauteng High Court]] in [[L Pretoria]] ruled in favour of the [[O Emfuleni Ratepayers Forum]], which had sued to stop [[O Eskom]] from limiting supply to [[L Vanderbijlpark]] and [[L Vereeniging]] to 14 hours a day.

Judge [[P Nomonde Mngqibisa-Thusi]] ordered the [[O Emfuleni Local Municipality]] to pay its current account on time and to present a plan to clear its arrears within 60 days.

[[O Eskom]] said it would study the judgment. Municipalities owe the utility about 95 billion rand, and the debt is one of the biggest threats to its finances, its chief executive [[P Sipho Maseko-Dlamini]] said in March.

Electricity Minister [[P Tebogo Mashaba-Venter]] said the government was working with the [[O National Energy Regulator of South Africa]] ([[O Nersa]]) on a plan to install prepaid meters in townships such as [[L Sebokeng]] and [[L Evaton]].

The [[O Democratic Alliance]], which governs [[L Cape Town]] and is a partner in the national government, welcomed the ruling. [[P Lwandile Ntuli-Brown]], an analyst at [[O Nedbank]], said it would make it harder for [[O Eskom]] to collect debts.

The [[O Constitutional Court]] ruled in 2022 that [[O Eskom]] must consider the rights of residents before cutting supply.

(Reporting by [[P Nelson Banya-Moyo]]; Editing by [[P William Mallard]])`,
  },
];
