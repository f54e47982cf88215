/**
 * Blind entity batches 80-82 (helper ents38a, 5 Dec 2026), written and annotated like the batches
 * in news-entities.cases.ts (same markup and conventions) BEFORE the engine was run on them, all
 * three committed before their first score. Batch 82 is the honest first-sight check: the rows of
 * BLIND_NEWS_ROWS_27 are made from batches 80 and 81 only, and batch 82's errors are never printed
 * or read (only its totals). They lean on the two kinds of news the reader is judged on:
 * Wikinews-style short world reports (an election court ruling, a drought, landslides, a state
 * court verdict, an election abroad, a rate cut, a fossil find, two obituaries, sports briefs over
 * several sports) and Reuters wire copy on US elections, markets and deals (primaries and runoffs,
 * super PACs, state parties, pollsters, counties and parishes, regulators, M&A with banks and law
 * firms as advisers, executives, tickers, sign-offs). Settings new to the batches: West and
 * Central Africa (Cameroon, Senegal, Mali), the Horn of Africa (Somalia, Ethiopia, Djibouti), the
 * Andes (Peru, Ecuador, Bolivia), the Caribbean (the Dominican Republic, Haiti, Trinidad, Jamaica),
 * the Balkans (Bosnia, Serbia, Montenegro, Croatia), South Asia (Nepal, Sri Lanka, Bangladesh),
 * Pacific Canada (British Columbia), the US South (Alabama, Louisiana) and New England (New
 * Hampshire, Maine, Vermont, Boston). The hard cases: titles before names, patronymics,
 * hyphenated and double surnames, 'de los', 'del Pilar', 'Jr.', 'III', initials, companies named
 * after places or families, firms named alone as subjects, agencies by acronym, national sides
 * named by the country, clubs named after cities, museums, works, events and tickers as none.
 */
import type { EntityCase } from './news-entities.cases';

export const BATCH_80: EntityCase[] = [
  {
    name: 'wikinews-style cameroon constitutional council confirms a presidential result a ruling party by acronym an opposition front by name and acronym anglophone regions by name a catholic archbishop with a title the african union and eccas by acronym a rights group and a university in buea',
    text: `[[L Cameroon]]'s top court confirms president's re-election; opposition calls for strikes

Tuesday, October 28, 2025

The [[O Constitutional Council]] of [[L Cameroon]] on Monday confirmed the re-election of President [[P Paul-Marie Essomba Atangana]] with 58.7 percent of the vote, rejecting 14 petitions filed by opposition candidates.

The council's president, [[P Clément Atangana-Mvondo]], read the ruling in [[L Yaoundé]]. Runner-up [[P Issa Tchiroma Ndam]], who leads the [[O Front for National Renewal]] ([[O FNR]]), won 31.2 percent and said on [[X Facebook]] that the count in the [[L Far North]] and [[L Adamawa]] regions had been "rewritten at night". He called for three days of strikes in [[L Douala]] and [[L Garoua]].

The ruling [[O Cameroon People's Democratic Movement]] ([[O CPDM]]) said the vote had been "calm and transparent". Turnout in the English-speaking [[L Northwest Region]] and [[L Southwest Region]], where separatists had ordered a boycott, was below 20 percent, according to the electoral body [[O Elections Cameroon]] ([[O ELECAM]]).

Archbishop [[P Samuel Nkou-Bikoro]] of [[L Douala]] urged calm. [[O Human Rights Watch]] said at least six people had been killed in [[L Bamenda]] during the week of the vote. The [[O African Union]] and the [[O Economic Community of Central African States]] ([[O ECCAS]]) congratulated the president, while [[L France]] said it "took note" of the result.

[[P Ngozi Ashu Tambe]], a political scientist at the [[O University of Buea]], said the margin was the narrowest since multi-party elections began in 1992.`,
  },
  {
    name: 'reuters montgomery alabama senate primary a state supreme court justice a super pac with a donor the alabama republican party a pollster a county probate judge cities a bank named after a region with a ticker a shipbuilder in mobile an initial and a sign-off',
    text: `[[L MONTGOMERY]], [[L Ala.]], May 19 ([[O Reuters]]) - Former [[O Alabama Supreme Court]] Justice [[P Tommy J. Pruett]] and state Treasurer [[P LaShonda Whitfield-Key]] will meet in a June 16 runoff for the Republican nomination to the [[O U.S. Senate]], after neither won a majority in Tuesday's primary.

[[P Pruett]] took 41% and [[P Whitfield-Key]] 33%, with businessman [[P Dale McCorquodale]] third, according to results from the [[L Alabama]] secretary of state's office. The winner is all but certain to hold the seat for Republicans in November.

A super PAC, [[O Heart of Dixie Forward]], spent $6 million on television ads for [[P Pruett]], most of it given by the [[L Birmingham]] construction magnate [[P Harold Bagwell III]]. The [[O Alabama Republican Party]] stayed neutral, its chairman, [[P John Wahl-Crenshaw]], said.

A poll by [[O Cygnet Analytics]] last week had shown the race closer. [[P Whitfield-Key]] won [[L Jefferson County]] and [[L Montgomery County]], while [[P Pruett]] carried [[L Baldwin County]] and the suburbs of [[L Huntsville]]. [[L Madison County]] Probate Judge [[P Frank Barger]] said a tabulator fault had delayed the count there by two hours.

Business has largely backed [[P Pruett]]. Political action committees at [[O Regions Financial]] ([[X RF.N]]) and the shipbuilder [[O Austal USA]], which builds warships in [[L Mobile]], gave the maximum allowed to his campaign.

(Reporting by [[P Rich McKay-Dunn]] in [[L Atlanta]]; Editing by [[P Scott Malone]])`,
  },
  {
    name: 'wikinews-style drought in the horn of africa somalia ethiopia djibouti wfp and ocha by acronym igad by acronym a somali disaster agency by name and acronym regions and a river ethiopian names with patronymics save the children and a met centre in nairobi',
    text: `Drought leaves 4 million hungry in [[L Somalia]] and [[L Ethiopia]], [[O UN]] says

Thursday, February 12, 2026

A third failed rainy season has left more than four million people short of food in [[L Somalia]], eastern [[L Ethiopia]] and [[L Djibouti]], the [[O World Food Programme]] said on Wednesday.

[[O WFP]] country director [[P Abdirahman Sheikh Nur]] told reporters in [[L Mogadishu]] that herders in the [[L Gedo]] and [[L Bay]] regions had lost up to half their goats and camels. The [[L Jubba River]] had fallen to its lowest level in forty years, he said.

The [[O Somali Disaster Management Agency]] ([[O SoDMA]]) said 210,000 people had moved to camps around [[L Baidoa]] since November. In [[L Ethiopia]]'s [[L Somali Region]], the regional health bureau reported cholera cases in [[L Dolo Ado]] and [[L Kebri Dahar]].

[[P Tesfaye Gebremedhin Alemu]], a spokesman for [[L Ethiopia]]'s [[O Ministry of Agriculture]], said the government had sent 40,000 tonnes of wheat from [[L Addis Ababa]]. The [[O Intergovernmental Authority on Development]] ([[O IGAD]]) climate centre in [[L Nairobi]] forecast below-normal rains again from March.

[[O OCHA]], the [[O UN]]'s humanitarian office, said its appeal for the region was only 22 percent funded. [[O Save the Children]] said it had opened nutrition centres in [[L Beledweyne]] and [[L Jijiga]].`,
  },
  {
    name: 'reuters lima copper mine takeover a company named after a region buying one named after a family full and short double spanish surnames with del pilar banks alone as advisers law firms with commas and an ampersand the securities regulator by acronym the central bank by acronym the lima exchange tickers regions and a chilean state miner',
    text: `[[L LIMA]], Sept 3 ([[O Reuters]]) - [[O Minera Andina del Sur]] agreed on Wednesday to buy [[O Compañía Minera Benavides Quispe]] for $2.4 billion in cash, creating [[L Peru]]'s third-largest copper producer as miners race to add supply before an expected shortage.

The deal gives [[O Andina del Sur]] the [[L Chalcobamba]] deposit in the [[L Apurímac]] region and a smelter near [[L Ilo]]. [[O Benavides Quispe]] shareholders will receive 3.10 soles a share, a 27% premium to Tuesday's close on the [[O Lima Stock Exchange]].

"Copper in southern [[L Peru]] is the best growth we can buy," chief executive [[P María del Pilar Cárdenas Huamán]] told analysts. [[P Rodrigo Benavides Ugarte]], whose family controls 44% of the target, will join the board.

[[O BTG Pactual]] and [[O Credicorp Capital]] advised [[O Andina del Sur]], with [[O Rodrigo, Elías & Medrano]] as legal counsel. [[O Citigroup]] advised [[O Benavides Quispe]], and [[O Miranda & Amado]] acted as its lawyers.

The deal needs approval from the securities regulator [[O SMV]] and from [[O Indecopi]], the competition agency. Shares of [[O Benavides Quispe]] ([[X BQUISPC1.LM]]) jumped 24%. The [[O BCRP]], [[L Peru]]'s central bank, said last month that mining investment would rise 9% this year, led by projects in [[L Cusco]] and [[L Arequipa]].

[[L Chile]]'s [[O Codelco]] had also looked at the assets, two people familiar with the talks said.

(Reporting by [[P Marco Aquino-Vela]]; Editing by [[P Alexander Smith]])`,
  },
  {
    name: 'wikinews-style sports briefs africa cup of nations qualifiers senegal gabon cameroon and kenya named by country a stadium named after a president clubs named after cities in the basketball africa league an arena ethiopian runners in valencia the tour du rwanda as none and a cycling team named after a country',
    text: `Sports roundup: [[O Senegal]] qualify; [[O Petro de Luanda]] win [[O BAL]] opener

Sunday, November 16, 2025

Football: [[O Senegal]] beat [[O Gabon]] 2–0 at the [[L Stade Abdoulaye Wade]] in [[L Diamniadio]] on Saturday to qualify for the [[X Africa Cup of Nations]] with a game to spare. Striker [[P Nicolas Jackson-Ndiaye]] scored both goals. [[O Cameroon]] drew 1–1 with [[O Kenya]] in [[L Yaoundé]], and coach [[P Marc Brys]] said his side "gave away a cheap goal again".

Basketball: Angolan champions [[O Petro de Luanda]] beat [[O Rivers Hoopers]] of [[L Port Harcourt]] 84–71 in the opening game of the [[O Basketball Africa League]] at the [[L BK Arena]] in [[L Kigali]]. [[O APR]], the Rwandan army club, lost 77–80 to [[O Al Ahly Benghazi]].

Athletics: [[L Ethiopia]]'s [[P Sisay Lemma Kasaye]] won the [[X Valencia Marathon]] in 2:03:11, ahead of [[L Kenya]]'s [[P Daniel Ebenyo]]. [[P Tigist Ketema Gebre]] won the women's race.

Cycling: [[P Henok Mulubrhan]] of [[L Eritrea]] won the third stage of the [[X Tour du Rwanda]] from [[L Huye]] to [[L Rubavu]]. His team, [[O Bike Aid]], now leads the team standings.`,
  },
  {
    name: 'wikinews-style obituary of a malian singer a double hyphenated surname bamako and segou a label and a band as organisations albums and a festival as none the ministry of culture a conservatory named after a person and a paris venue',
    text: `Malian singer [[P Kadiatou Diabaté-Traoré]] dies at 71

Saturday, March 7, 2026

[[P Kadiatou Diabaté-Traoré]], the Malian singer who took the music of the [[L Wassoulou]] region to stages across the world, died on Friday in [[L Bamako]], her family said. She was 71.

Born in [[L Ségou]] in 1954, she sang with the [[O Rail Band]] at the [[L Buffet Hôtel de la Gare]] in [[L Bamako]] in the 1970s before going solo. Her 1989 album [[X Djeliya Kanou]], released by the [[L London]] label [[O World Circuit]], sold 300,000 copies, and she played [[L Royal Albert Hall]] and the [[L Olympia]] in [[L Paris]].

Her son, the guitarist [[P Bassekou Traoré]], said she had been ill since a stroke last year. [[L Mali]]'s [[O Ministry of Culture]] announced a national tribute at the [[L Palais de la Culture Amadou Hampâté Bâ]] on Monday.

She founded a singing school at the [[O Conservatoire Balla Fasséké Kouyaté]] and campaigned against forced marriage with [[O UNICEF]]. She appeared at the [[X Festival au Désert]] near [[L Timbuktu]] every year until 2012, when fighting in northern [[L Mali]] ended it.

The Senegalese singer [[P Youssou Camara-Ndour]] called her "the voice of a whole generation of African women".`,
  },
];

export const BATCH_81: EntityCase[] = [
  {
    name: 'reuters vancouver lng export terminal approval a first nation as a body the premier and a minister of a provincial party a regulator with a long name a port authority companies named after places with tickers law firms with commas and ampersands banks alone as advisers the bank of canada and a sign-off',
    text: `[[L VANCOUVER]], April 22 ([[O Reuters]]) - [[L British Columbia]] approved a C$9 billion liquefied natural gas export terminal near [[L Prince Rupert]] on Tuesday, after the [[O Lax Kw'alaams Band]] signed a revenue-sharing deal with its developer, [[O Tsimshian Coast Energy]].

Premier [[P David Eby-Laurent]] said the project would create 3,500 construction jobs. Energy Minister [[P Adrian Dix-Harnett]] told reporters in [[L Victoria]] that the [[O BC Energy Regulator]] had set 42 conditions, including limits on flaring.

The terminal will take gas from the [[L Montney]] basin through a pipeline owned by [[O Enbridge]] ([[X ENB.TO]]). The [[O Prince Rupert Port Authority]] said the first cargo to [[L Japan]] and [[L South Korea]] could leave in 2030.

[[O Tsimshian Coast Energy]] is backed by [[L Calgary]]-based [[O Keyera]] ([[X KEY.TO]]) and the Malaysian state oil company [[O Petronas]]. [[O RBC Capital Markets]] and [[O Scotiabank]] advised on the financing, with [[O Blake, Cassels & Graydon]] and [[O Osler, Hoskin & Harcourt]] as counsel.

The opposition [[O BC Conservatives]] said the approval came "five years late". The [[O Wilderness Committee]], an environmental group, said it would challenge the decision in the [[O Supreme Court of British Columbia]].

The [[O Bank of Canada]] said last week that energy investment would support growth in western [[L Canada]] this year.

(Reporting by [[P Nia Williams-Okafor]] in [[L Vancouver]]; Editing by [[P Marguerite Choy]])`,
  },
  {
    name: 'wikinews-style landslides in nepal monsoon a district a river a highway as place the nepal army and a disaster authority by name and acronym the prime minister with a double name a university hydrologist an indian state and a chinese border town',
    text: `Landslides kill 38 in [[L Nepal]] as monsoon rains swell rivers

Sunday, August 10, 2025

Landslides and floods set off by two days of heavy rain killed at least 38 people in [[L Nepal]], the [[O National Disaster Risk Reduction and Management Authority]] said on Saturday.

Most of the dead were in [[L Sindhupalchok]] and [[L Dolakha]] districts northeast of [[L Kathmandu]], where the [[L Bhote Koshi]] river swept away a bridge on the [[L Araniko Highway]] to the Chinese border town of [[L Zhangmu]]. The [[O Nepal Army]] flew 120 people out of [[L Tatopani]] by helicopter.

The authority's chief, [[P Anil Pokharel Sharma]], said 17 people were missing. Prime Minister [[P Khadga Prasad Sharma Oli]] cancelled a trip to [[L New Delhi]] and chaired an emergency cabinet meeting.

[[P Ram Bahadur Thapa Magar]], a farmer in [[L Barhabise]], told the daily [[O Kantipur]] that his house had been "taken by the mountain in one minute". [[O NDRRMA]] said 2,100 families had been moved from riverbanks in the [[L Terai]].

Flood warnings were also issued downstream in the Indian state of [[L Bihar]]. Dr. [[P Madhukar Upadhya]], a hydrologist at [[O Tribhuvan University]], said glacial lakes in the [[L Himalayas]] were filling faster each year.`,
  },
  {
    name: 'reuters manchester new hampshire governor primary a college poll and a university survey centre the state party chair the secretary of state by name cities and towns a super pac a shipyard in kittery maine a company named after a place in vermont and a sign-off',
    text: `[[L MANCHESTER]], [[L N.H.]], Sept 8 ([[O Reuters]]) - Former federal prosecutor [[P Scott W. Murray-Cote]] leads the crowded Republican primary for [[L New Hampshire]] governor a day before voters go to the polls, according to a [[O Saint Anselm College]] poll released on Monday.

[[P Murray-Cote]] had 34% to 26% for state Senate President [[P Jeb Bradley-Ayotte]], with former Rep. [[P Frank Guinta-Sweeney]] at 18%. The [[O University of New Hampshire Survey Center]] found a similar lead last week.

Secretary of State [[P David Scanlan]] expects a turnout of about 160,000 in the Republican race. The winner faces Democrat [[P Joyce Craig-Levesque]], a former mayor of [[L Manchester]], who has no serious opponent.

A super PAC, [[O Live Free Granite State]], has spent $3.1 million on ads in the [[L Boston]] television market, which reaches most of southern [[L New Hampshire]]. [[P Chris Ager]], chairman of the [[O New Hampshire Republican State Committee]], said the party would unite "on Wednesday morning".

Jobs have dominated the race. The [[O Portsmouth Naval Shipyard]] in [[L Kittery]], [[L Maine]], employs 3,000 people from [[L New Hampshire]], and the [[L Vermont]] ski resort owner [[O Killington Holdings]] said last month it would move its headquarters to [[L Nashua]].

(Reporting by [[P Gabriella Borter-Nunes]] in [[L Manchester]]; Editing by [[P Colleen Jenkins]])`,
  },
  {
    name: 'wikinews-style bosnian state court convicts a serb entity leader for defying the high representative -ic names republika srpska and its party by acronym the ohr eufor a us embassy the hague tribunal as a body cities and a river',
    text: `Bosnian court sentences [[L Republika Srpska]] president to one year

Wednesday, February 26, 2025

The [[O Court of Bosnia and Herzegovina]] on Wednesday sentenced [[P Milorad Dodik-Vukanović]], president of the Serb-run [[L Republika Srpska]], to one year in prison and banned him from politics for six years for defying decisions of the international envoy.

Judge [[P Sena Uzunović]] read the verdict in [[L Sarajevo]]. [[P Dodik-Vukanović]] was not in court; he told supporters in [[L Banja Luka]] that the ruling was "the end of [[L Bosnia]]" and that the entity's assembly would vote to stop recognising the state court.

The [[O Office of the High Representative]] ([[O OHR]]), headed by [[L Germany]]'s [[P Christian Schmidt-Ahrens]], said the law "applies to everyone". The [[O EUFOR]] peacekeeping force said it was moving reserve troops from [[L Austria]] as a precaution.

His party, the [[O Alliance of Independent Social Democrats]] ([[O SNSD]]), called protests in [[L Banja Luka]] and [[L Bijeljina]]. [[P Nermin Nikšić]], the prime minister of the [[L Federation of Bosnia and Herzegovina]], urged calm.

The [[O U.S. Embassy]] in [[L Sarajevo]] and the [[O European Union]] said the verdict must be respected. In [[L Belgrade]], [[L Serbia]]'s president [[P Aleksandar Vučić]] called it "a political verdict". Towns along the [[L Drina]] river were quiet, local media reported.`,
  },
  {
    name: 'wikinews-style dominican republic election the electoral board by spanish name and acronym parties by name and acronym de los santos names cities a haitian border town the oas and caricom and a university poll',
    text: `[[L Dominican Republic]] votes; incumbent party claims victory

Monday, May 18, 2026

Voters in the [[L Dominican Republic]] chose a new president and [[O Congress]] on Sunday, with the ruling [[O Modern Revolutionary Party]] ([[O PRM]]) claiming victory for its candidate, [[P David Collado de los Santos]].

With 80 percent of polling stations counted, the [[O Junta Central Electoral]] ([[O JCE]]) said [[P Collado de los Santos]] had 52.1 percent, enough to avoid a runoff, against 36.4 percent for [[P Francisco Javier García-Peña]] of the [[O Fuerza del Pueblo]] party founded by former president [[P Leonel Fernández]].

Turnout was highest in [[L Santo Domingo]] and [[L Santiago de los Caballeros]]. In the border province of [[L Dajabón]], voting was calm despite tension over migration from [[L Haiti]]; soldiers closed the bridge to [[L Ouanaminthe]] for the day.

An observer mission of the [[O Organization of American States]] ([[O OAS]]), led by former Costa Rican president [[P Laura Chinchilla-Solís]], said the vote was "orderly and competitive". The [[O Caribbean Community]] sent observers to [[L Punta Cana]] and [[L La Romana]].

[[P Rosario Espinal Díaz]], a sociologist at the [[O Pontificia Universidad Católica Madre y Maestra]], said tourism and the [[L Haiti]] border had decided the race.`,
  },
  {
    name: 'wikinews-style sports briefs cricket sri lanka and bangladesh named by country a stadium named after a president caribbean premier league franchises named after islands an abaa league club named after a city an nhl club named after a city a dhaka football club a nepali cricketer and a cup as none',
    text: `Sports roundup: [[O Sri Lanka]] clinch series; [[O Canucks]] win in [[L Seattle]]

Monday, October 6, 2025

Cricket: [[O Sri Lanka]] beat [[O Bangladesh]] by six wickets at the [[L R. Premadasa Stadium]] in [[L Colombo]] to take the one-day series 2–1. [[P Pathum Nissanka]] made 114 and spinner [[P Wanindu Hasaranga]] took four wickets. In the [[X Caribbean Premier League]] final, the [[O Trinbago Knight Riders]] beat the [[O Barbados Royals]] by 20 runs at the [[L Queen's Park Oval]] in [[L Port of Spain]].

[[L Nepal]]'s [[P Sandeep Lamichhane]] took five wickets as his country beat [[O Oman]] in [[L Kirtipur]].

Basketball: [[O Partizan]] beat [[O Budućnost]] of [[L Podgorica]] 91–78 in the [[O ABA League]] in [[L Belgrade]]. [[P Duane Washington Jr.]] scored 24.

Ice hockey: the [[O Vancouver Canucks]] won 4–2 at the [[O Seattle Kraken]]. [[P Elias Pettersson]] scored twice and goalie [[P Thatcher Demko]] made 31 saves.

Football: [[O Abahani Limited]] of [[L Dhaka]] won the [[X Federation Cup]] final 2–1 against [[O Bashundhara Kings]].`,
  },
];

export const BATCH_82: EntityCase[] = [
  {
    name: 'reuters new orleans refinery merger a louisiana utility named after a place a buyer named after a founder parishes a state regulator with a long name law firms named alone as subjects banks as advisers tickers a port and a sign-off',
    text: `[[L NEW ORLEANS]], Jan 14 ([[O Reuters]]) - [[O Gulf South Refining]] agreed on Tuesday to buy [[O Calcasieu Energy Partners]] for $3.7 billion including debt, adding a 240,000-barrel-a-day plant in [[L Lake Charles]] to its refineries along the [[L Mississippi River]].

The combined company, to be based in [[L Baton Rouge]], would be the largest independent refiner on the [[L Gulf Coast]], chief executive [[P Arthur LeBlanc Thibodeaux]] said on a call with analysts.

[[O Goldman Sachs]] advised [[O Gulf South]], and [[O Jefferies]] advised [[O Calcasieu]]. [[O Kirkland & Ellis]] and the [[L New Orleans]] firm [[O Jones Walker]] gave legal advice. [[O Vinson & Elkins]] represented the seller's private equity owner, [[O Bayou Capital Group]].

The deal needs approval from the [[O Louisiana Public Service Commission]], whose chairman, [[P Eric F. Skrmetta-Boudreaux]], said the panel would look at jobs in [[L Calcasieu Parish]] and [[L Jefferson Davis Parish]]. The [[O Port of Lake Charles]] said it expected more tanker traffic.

Shares of [[O Gulf South]] ([[X GSR.N]]) rose 4.6% on the [[O New York Stock Exchange]]. Analysts at [[O Raymond James]] said the price was "full but fair". Gov. [[P Jeff Landry]] welcomed the deal in a post on [[X X]].

(Reporting by [[P Arathy Somasekhar-Nair]] in [[L Houston]]; Editing by [[P Nick Zieminski]])`,
  },
  {
    name: 'wikinews-style sri lanka central bank cuts rates the imf a governor with dr a finance ministry cities the ceylon chamber of commerce the colombo stock exchange an index as none and a university economist',
    text: `[[O Central Bank of Sri Lanka]] cuts rates as inflation eases

Thursday, July 23, 2026

The [[O Central Bank of Sri Lanka]] cut its main policy rate by half a point to 7.25 percent on Wednesday, saying inflation had stayed below its target for six months.

Governor Dr. [[P Nandalal Weerasinghe-Perera]] told reporters in [[L Colombo]] that the economy had grown 5.1 percent in the first quarter, three years after the country defaulted on its foreign debt. The [[O International Monetary Fund]] ([[O IMF]]) completed its fifth review of [[L Sri Lanka]]'s $2.9 billion loan in June.

Deputy Finance Minister [[P Harshana Suriyapperuma]] said tea exports from [[L Kandy]] and [[L Nuwara Eliya]] and tourism in [[L Galle]] had driven the recovery. The [[O Ceylon Chamber of Commerce]] welcomed the cut.

The benchmark [[X All Share Price Index]] on the [[O Colombo Stock Exchange]] rose 1.4 percent. [[O Fitch Ratings]] said it would review the country's rating in September.

[[P Sirimevan Colombage]], an economist at the [[O University of Peradeniya]], said farmers in [[L Jaffna]] and the [[L Eastern Province]] still paid high interest to private lenders.`,
  },
  {
    name: "wikinews-style fossil found in ethiopia's afar region a journal as none universities in addis ababa and arizona a museum a field site a ministry a species name as none and an ethiopian name with patronymic",
    text: `Fossil jaw found in [[L Ethiopia]] pushes back origin of early humans

Wednesday, April 15, 2026

Researchers working in [[L Ethiopia]]'s [[L Afar Region]] have found a jawbone they say is 2.9 million years old, the oldest known fossil of the human genus, the journal [[X Nature]] reported on Wednesday.

The fossil was found at [[L Ledi-Geraru]], about 60 kilometres from [[L Hadar]], where the skeleton known as [[X Lucy]] was found in 1974. The team was led by [[P Yonas Beyene Tadesse]] of [[O Addis Ababa University]] and [[P Kaye E. Reed-Wallace]] of [[O Arizona State University]].

The jaw has been given to the [[O/L National Museum of Ethiopia]] in [[L Addis Ababa]]. [[P Hirut Kassaw Woldemariam]], a spokeswoman for the [[O Ministry of Tourism]], said it would go on display next year.

[[P Lee Berger-Nkosi]], a palaeontologist at the [[O University of the Witwatersrand]] in [[L Johannesburg]], who was not involved, said the find was "important but one jaw is one jaw". The [[O Leakey Foundation]] and the [[O National Science Foundation]] funded the work.`,
  },
  {
    name: 'reuters dhaka election bangladesh parties by name and acronym the election commission an interim chief adviser cities a garment makers association by acronym the us state department the un a bank and a sign-off',
    text: `[[L DHAKA]], Feb 9 ([[O Reuters]]) - The [[O Bangladesh Nationalist Party]] ([[O BNP]]) won a two-thirds majority in [[L Bangladesh]]'s first election since a student-led uprising toppled the government in 2024, the [[O Election Commission]] said on Monday.

The commission's chief, [[P A.M.M. Nasir Uddin]], said turnout was 59%. [[O BNP]] leader [[P Tarique Rahman-Chowdhury]], who returned from [[L London]] in December, is set to become prime minister. The [[O Jamaat-e-Islami]] party came second, while the [[O Awami League]] of former prime minister [[P Sheikh Hasina]] was barred from running.

Interim chief adviser [[P Muhammad Yunus]] said the vote was "the freest in our history". Clashes in [[L Chittagong]] and [[L Sylhet]] killed four people on polling day, police said.

The [[O Bangladesh Garment Manufacturers and Exporters Association]] ([[O BGMEA]]), whose members employ four million workers, welcomed the result. Shares on the [[O Dhaka Stock Exchange]] rose 3.2%, led by [[O BRAC Bank]] ([[X BRACBANK.DH]]).

The [[O U.S. State Department]] and the [[O United Nations]] urged the new government to protect minorities. [[L India]], which hosted [[P Hasina]] after she fled, said it would work with [[L Dhaka]].

(Reporting by [[P Ruma Paul-Sarkar]] in [[L Dhaka]] and [[P Krishn Kaushik]] in [[L New Delhi]]; Editing by [[P Raju Gopalakrishnan]])`,
  },
  {
    name: 'wikinews-style obituary of an ecuadorian painter quito guayaquil and cuenca a cultural house by spanish name paintings and a biennial as none a university a museum named after a painter and a president by name',
    text: `Ecuadorian painter [[P Oswaldo Viteri Guayasamín]] dies at 94

Friday, September 11, 2026

[[P Oswaldo Viteri Guayasamín]], whose large canvases of Andean villagers made him one of [[L Latin America]]'s best-known painters, died on Thursday at his home in [[L Quito]], the [[O Casa de la Cultura Ecuatoriana]] said. He was 94.

Born in [[L Ambato]] in 1932, he studied at the [[O Central University of Ecuador]] and in [[L Madrid]]. His mural [[X La Edad de la Ira]] hangs in the [[O/L Capilla del Hombre]], a museum in [[L Quito]], and his painting [[X Mujeres de Cotopaxi]] won the first prize at the [[X Bienal de Cuenca]] in 1987.

President [[P Daniel Noboa]] declared three days of national mourning. The mayor of [[L Guayaquil]], [[P Aquiles Álvarez Henriques]], said the city's [[O/L Museo Antropológico y de Arte Contemporáneo]] would open a room in his name.

His daughter, [[P Verónica Viteri Salazar]], said he had painted until last month. The [[O Organization of Ibero-American States]] called him "a witness of the [[L Andes]]".`,
  },
  {
    name: 'wikinews-style sports briefs boston clubs named after the city a park croatian clubs named after cities caribbean national football sides named by country a bolivian club in la paz a kenyan runner in boston and a league as organisation',
    text: `Sports roundup: [[O Celtics]] beat [[O Heat]]; [[O Jamaica]] qualify

Tuesday, November 18, 2025

Basketball: the [[O Boston Celtics]] beat the [[O Miami Heat]] 118–104 at [[L TD Garden]]. [[P Jayson Tatum]] scored 34 points.

Football: [[O Jamaica]] beat [[O Trinidad and Tobago]] 2–0 in [[L Kingston]] to reach the final round of [[X World Cup]] qualifying, while [[O Haiti]] drew 0–0 with [[O Curaçao]] in [[L Willemstad]]. In [[L Croatia]], [[O Dinamo Zagreb]] won 3–1 at [[O Hajduk Split]] in front of 33,000 at the [[L Poljud Stadium]]. In [[L Bolivia]], [[O Bolívar]] beat [[O The Strongest]] 2–1 at the [[L Estadio Hernando Siles]] in [[L La Paz]].

Baseball: the [[O Boston Red Sox]] signed pitcher [[P Garrett Crochet-Dubois]] to a six-year contract, the club said at [[L Fenway Park]].

Athletics: [[L Kenya]]'s [[P Hellen Obiri-Kiprop]] was named the [[O Boston Athletic Association]]'s athlete of the year.

Cricket: the [[O West Indies]] beat [[O Ireland]] by 45 runs in [[L Bridgetown]], [[L Barbados]].`,
  },
];
