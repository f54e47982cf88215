/**
 * Review texts (helper ents31b, 4 Dec 2026, issue #9): short news texts of our own, written and
 * annotated BEFORE the engine was run on them and committed that way, to review BLIND_NEWS_ROWS_20
 * (lexicon/blind-news-20.ts) and NEWS_LEFTOVER_ROWS_6 (lexicon/news-leftovers-6.ts) for wrong
 * firings, the way ents30c reviewed BLIND_NEWS_ROWS_19. Each text is aimed at a sentence shape one
 * of those rows reacts to: about half where the row must fire, half near-misses where it must not
 * (Nordic words that are not clubs, "Air" in names that are no airline, "MP for" a seat or a
 * person, "known in <language> as" before a body cut at a particle, a town with a particle that
 * is a club, "the opposition/ruling" before a person, tennis, snooker and boxing scores in a
 * football roundup, "State" after a place that is a state). Gold conventions of the news entity
 * batches (news-entities.cases.ts); people are invented. Not a batch: no floor, never training
 * data. Scored by `npx tsx scripts/eval/news-entities.ts --review` (texts right, strict F1).
 */
import type { EntityCase } from './news-entities.cases';

const FOOTBALL_TAIL =
  'The striker scored twice in the second half, and the coach said the league title was still open.';

export const REVIEW_31B: EntityCase[] = [
  // --- sport.nordic-club-prefix ---------------------------------------------------------------
  {
    name: 'nordic prefix fires: IFK club then the town alone as the side',
    text: `[[O IFK Göteborg]] beat [[O Mjällby]] 2-0 on Sunday. [[O Göteborg]] had lost their previous three league games. ${FOOTBALL_TAIL}`,
  },
  {
    name: 'nordic prefix near-miss: the team flew back to the town, a city council of the town',
    text: `[[O IFK Göteborg]] lost 1-0 away on Sunday, and the squad flew back to [[L Göteborg]] the same night. [[L Göteborg]]'s city council has promised the club a new stadium. ${FOOTBALL_TAIL}`,
  },
  {
    name: 'nordic prefix fires: BK and IF clubs in one match sentence',
    text: `[[O BK Häcken]] and [[O IF Elfsborg]] drew 2-2 in [[L Borås]] on Saturday. The goalkeeper saved a penalty in stoppage time. The league leaders play again on Wednesday.`,
  },
  {
    name: 'nordic prefix fires: HJK with Helsinki, fans in Helsinki left',
    text: `[[O HJK Helsinki]] won the Finnish league for a third straight year with a 3-1 win over [[O KuPS]] on Sunday. Thousands of fans celebrated in [[L Helsinki]] after the final whistle, and the striker was named player of the season.`,
  },
  {
    name: 'nordic prefix near-miss: HK as Hong Kong in a rugby report',
    text: `[[O Fiji]] beat [[O Samoa]] 26-12 to win the [[X HK Sevens]] on Sunday. The winger scored three tries, and the coach said the league of sevens nations was stronger than ever. Police said 40,000 fans came to the [[L Hong Kong Stadium]].`,
  },
  {
    name: 'nordic prefix near-miss: the IF Metall union in a town with a club',
    text: `The [[O IF Metall]] union said 2,000 workers at the [[O Volvo]] plant in [[L Torslanda]] would strike on Monday. The union's chairman, [[P Lena Brodin]], said talks had failed.`,
  },
  {
    name: 'nordic prefix fires: KR Reykjavik in an Icelandic cup report',
    text: `[[O KR Reykjavik]] knocked [[O Valur]] out of the Icelandic cup with a 2-1 win on Thursday. The defender headed the winner in the 88th minute, and the coach said his side deserved to go through to the final.`,
  },
  {
    name: 'nordic prefix near-miss: the town named again as the place of a match',
    text: `[[O AIK]] beat [[O IK Sirius]] 3-0 on Monday. [[O Sirius]] had a player sent off before half-time. The next round is played in [[L Uppsala]], where fans expect a full stadium. ${FOOTBALL_TAIL}`,
  },
  // --- sport.result-sides ---------------------------------------------------------------------
  {
    name: 'result sides fire: Norwegian clubs by one word',
    text: `[[O Brann]] beat [[O Tromsø]] 2-1 on Sunday to go top of [[O Eliteserien]]. The striker scored both goals, and the keeper saved a penalty before half-time. [[O Molde]] lost 1-0 at home.`,
  },
  {
    name: 'result sides near-miss: a surname beats the keeper in a football report',
    text: `[[O Hammarby]] won 2-0 on Sunday. Striker [[P Emeka Okafor]] opened the scoring after 12 minutes, and [[P Okafor]] beat the keeper again to make it 2-0 after the break. The league leaders have now won five in a row.`,
  },
  {
    name: 'result sides near-miss: tennis in a sports roundup with football',
    text: `In football, [[O Lazio]] beat [[O Torino]] 2-0 with two goals from their striker. The league table is now tight at the top.

In tennis, [[P Ostapenko]] beat [[P Kvitova]] in three sets, 6-3 4-6 7-5, to reach the final in [[L Doha]].`,
  },
  {
    name: 'result sides near-miss: snooker and boxing in a sports roundup',
    text: `[[O Celtic]] beat [[O Hibernian]] 3-1 on Saturday, the striker scoring twice in the league game.

In snooker, [[P Ronnie O'Sullivan]] beat [[P Ding Junhui]] 10-7 in [[L York]]. In boxing, [[P Usyk]] beat [[P Hrgovic]] on points, 116-112, in [[L Riyadh]].`,
  },
  {
    name: 'result sides near-miss: a coach named by surname lost to his old club',
    text: `[[P Luciano Ferri]] returned to [[L Bergamo]] on Sunday, but [[P Ferri]] lost 3-1 to the club he coached for six years. His striker missed a penalty, and his side are now bottom of the league.`,
  },
  {
    name: 'result sides fires: Danish clubs and the bottom of the table',
    text: `[[O Randers]] edged [[O Vejle]] 1-0 on Monday, leaving [[O Vejle]] at the bottom of the table. The midfielder scored from a corner, and the league's top two both drew. [[O Silkeborg]] drew 2-2.`,
  },
  {
    name: 'result sides near-miss: an election vote with a score-like count',
    text: `[[P Hendricks]] lost 52-48 in the county council vote on Tuesday, the clerk said. The league of women voters had backed him. Turnout was low.`,
  },
  {
    name: 'result sides near-miss: a chess result and a football result',
    text: `[[O Viking]] beat [[O Bodø/Glimt]] 2-1 in the league on Sunday, the striker scoring late.

At the chess olympiad in [[L Oslo]], [[P Nakamura]] drew with [[P Firouzja]], and the match ended 2-2.`,
  },
  // --- place.state-outside-sport --------------------------------------------------------------
  {
    name: 'state outside sport fires: a state in a court story with a 2-1 ruling',
    text: `A federal appeals panel ruled 2-1 on Friday that a new [[L Montana]] law on power lines can take effect. The utility said it would start work on the grid next year. [[L Montana]] has fought the lines for a decade.`,
  },
  {
    name: 'state outside sport near-miss: a college side named in a score sentence',
    text: `[[O Oregon]] beat [[O Utah]] 31-17 on Saturday. The quarterback threw three touchdowns. [[O Oregon]] plays at home again next week, and [[O Utah]] travel to [[L Denver]].`,
  },
  {
    name: 'state outside sport fires: a state budget in a story with a league of cities',
    text: `[[L Arizona]] lawmakers passed a budget on Thursday by a vote of 16-14. The [[O League of Arizona Cities and Towns]] said the plan cut money for roads. Governor [[P Dana Whitlock]] is expected to sign it.`,
  },
  // --- place.pair-before-plural-kind ----------------------------------------------------------
  {
    name: 'pair before kind fires: two Kenyan counties',
    text: `Floods cut roads in the [[L Tana River]] county, and aid was sent to the [[L Garissa]] and [[L Wajir]] counties, the [[O Kenya Red Cross]] said on Monday.`,
  },
  {
    name: 'pair before kind fires: two rivers',
    text: `Water levels in the [[L Cauca]] and [[L Magdalena]] rivers rose overnight, [[L Colombia]]'s disaster agency said.`,
  },
  {
    name: 'pair before kind near-miss: two adjectives before regions',
    text: `Fighting spread to the Kurdish and Arab districts of [[L Kirkuk]] on Tuesday, police said. Schools in the city were closed.`,
  },
  {
    name: 'pair before kind near-miss: Nordic and Baltic states',
    text: `Defence ministers of the Nordic and Baltic states met in [[L Tallinn]] on Thursday to discuss air defence.`,
  },
  {
    name: 'pair before kind fires: two Peruvian provinces with a surname-like name',
    text: `The quake was felt in the [[L Ica]] and [[L Pisco]] provinces, the [[O Geophysical Institute of Peru]] said. Mayor [[P Rosa Quispe]] of [[L Pisco]] said no one was hurt.`,
  },
  {
    name: 'pair before kind near-miss: two adjectives of faith before parishes',
    text: `Volunteers in the Catholic and Protestant parishes of [[L Belfast]] handed out food on Sunday, a charity said.`,
  },
  // --- place.constituency-after-member ---------------------------------------------------------
  {
    name: 'constituency fires: MP for a Kenyan seat before her name',
    text: `The MP for [[L Kibra]], [[P Mercy Achieng]], said the eviction notices were illegal and would be challenged in court.`,
  },
  {
    name: 'constituency fires: a two-word seat at the end of the sentence',
    text: `[[P Alasdair Munro]] was elected on Thursday as the new MSP for [[L Glasgow Kelvin]]. He takes the seat from the [[O SNP]].`,
  },
  {
    name: 'constituency near-miss: MPs for a candidate in a leadership race',
    text: `The number of MPs for [[P Hale]], a former health secretary, rose to 84 on Monday, against 61 for [[P Orla Brennan]]. [[P Brennan]] said the race was far from over.`,
  },
  {
    name: 'constituency near-miss: an MP for a party',
    text: `[[P Gethin Rowlands]], who sat as an MP for [[O Plaid Cymru]], said on Tuesday that he would stand for the [[O Senedd]] in 2026.`,
  },
  {
    name: 'constituency fires: MLA for an Indian seat',
    text: `The MLA for [[L Malappuram]], [[P K. T. Jaleel]], asked the state government to pay the fishermen within a week.`,
  },
  {
    name: 'constituency near-miss: MP for a town that is also a word',
    text: `The MP for [[L Reading]], [[P Matt Rodda]], said the hospital would be rebuilt by 2030.`,
  },
  // --- place.kind-of-modified ------------------------------------------------------------------
  {
    name: 'kind of modified fires: the fishing village of an Icelandic name',
    text: `Rescuers reached the fishing village of [[L Flateyri]] after an avalanche on Tuesday night, the coast guard said.`,
  },
  {
    name: 'kind of modified fires: the border town of a Kenyan name',
    text: `Traders in the border town of [[L Busia]] said the new customs rules had cut sales by half.`,
  },
  {
    name: 'kind of modified near-miss: a university town before a two-word name',
    text: `Students in the university town of [[L Villa Rosa]] marched against tuition fees on Friday.`,
  },
  {
    name: 'kind of modified fires: the mining town of a Chilean name',
    text: `Workers at the copper mine outside the mining town of [[L Andacollo]] went on strike on Monday, the union said.`,
  },
  // --- organisation.romance-trade-last ---------------------------------------------------------
  {
    name: 'trade last fires: a Spanish law firm',
    text: `The bank was advised by the law firm [[O Cuatrecasas Abogados]], a spokesman said.`,
  },
  {
    name: 'trade last fires: a Brazilian insurer',
    text: `Shares of [[O Porto Seguros]] rose 3% after the insurer beat profit forecasts, traders in [[L São Paulo]] said.`,
  },
  {
    name: 'trade last near-miss: a legal form after a firm with a trade word',
    text: `[[O Construcciones Ortega]] Limitada won the contract for the bridge, the transport ministry said on Monday.`,
  },
  {
    name: 'trade last fires: a Peruvian engineering firm',
    text: `The dam was designed by [[O Cosapi Ingenieros]], which said it had followed every safety rule.`,
  },
  // --- organisation.airline-tail ---------------------------------------------------------------
  {
    name: 'airline tail fires: a small airline named by a country',
    text: `A [[O Solomon Airlines]] flight from [[L Honiara]] landed safely after a bird strike, the airline said.`,
  },
  {
    name: 'airline tail fires: a town and Air',
    text: `[[O Bhutan Air]] will start flights to [[L Bangkok]] in March, its chief executive said on Tuesday.`,
  },
  {
    name: 'airline tail near-miss: a laptop named Air',
    text: `[[O Apple]] cut the price of the [[X MacBook Air]] by $100 on Tuesday, shortly after rivals launched cheaper laptops.`,
  },
  {
    name: 'airline tail near-miss: a radio show named Fresh Air',
    text: `The novelist told [[O NPR]]'s [[X Fresh Air]] that she wrote the book in six weeks.`,
  },
  {
    name: 'airline tail near-miss: a ministry of civil aviation cut at its tail',
    text: `Flights were suspended after a warning from the [[O Ministry of Civil Aviation]], officials in [[L New Delhi]] said.`,
  },
  {
    name: 'airline tail near-miss: an air force of a country',
    text: `The [[O Pakistan Air Force]] said two of its jets were scrambled near [[L Lahore]] on Sunday.`,
  },
  {
    name: 'airline tail near-miss: a festival named Open Air',
    text: `About 80,000 people are expected at the [[X Roskilde Open Air]], organisers said, and police in [[L Roskilde]] have closed roads.`,
  },
  {
    name: 'airline tail fires: an airline named by two words and Airways',
    text: `[[O Royal Brunei Airlines]] and [[O Uganda Airways]] signed a code-share deal on Monday.`,
  },
  {
    name: 'airline tail near-miss: a clean air law',
    text: `The [[X Clean Air Act]] lets states set stricter limits, the judge said in [[L Sacramento]] on Friday.`,
  },
  // --- organisation.known-in-language-as -------------------------------------------------------
  {
    name: 'known in language fires: a Norwegian agency',
    text: `The agency, known in Norwegian as [[O Statens Vegvesen]], said the tunnel would reopen on Friday.`,
  },
  {
    name: 'known in language near-miss: a body cut at its particle',
    text: `The court, known in Spanish as [[O Tribunal Supremo de Justicia]], ruled against the oil company on Monday.`,
  },
  {
    name: 'known in language near-miss: a council with a lowercase word inside',
    text: `The council, known in Gaelic as [[O Comhairle nan Eilean Siar]], said ferries to [[L Barra]] would be cancelled.`,
  },
  {
    name: 'known in language near-miss: an island known by its own name',
    text: `The island, known in Irish as [[L Inis Mór]], has about 800 residents, and its ferry runs from [[L Rossaveal]].`,
  },
  {
    name: 'known in language near-miss: a poet known by a pen name',
    text: `The poet, known in Welsh as [[P Hedd Wyn]], died at [[L Passchendaele]] in 1917.`,
  },
  {
    name: 'known in language fires: a Japanese shipping company',
    text: `The company, known in Japanese as [[O Nippon Yusen]], said two of its ships had been rerouted around [[L Africa]].`,
  },
  {
    name: 'known in language near-miss: a bank with a particle in its own name',
    text: `The bank, known in Portuguese as [[O Caixa Geral de Depósitos]], reported a profit of 1.2 billion euros.`,
  },
  // --- organisation.heritage-designation -------------------------------------------------------
  {
    name: 'heritage designation fires: UNESCO before World Heritage Site',
    text: `The old town of [[L Berat]] is a [[O UNESCO]] World Heritage Site, and tourism there has doubled since 2015.`,
  },
  {
    name: 'heritage designation near-miss: World Heritage Site with no body before it',
    text: `The reef was named a World Heritage Site in 1981, and the [[O Great Barrier Reef Marine Park Authority]] manages it.`,
  },
  // --- organisation.party-after-stance ---------------------------------------------------------
  {
    name: 'party after stance fires: an opposition party and its acronym',
    text: `The opposition [[O Movement for Democratic Renewal]] ([[O MDR]]) said it would boycott the vote in [[L Lomé]].`,
  },
  {
    name: 'party after stance near-miss: after the ruling, a judge named with a title',
    text: `After the ruling Judge [[P Amara Bello]] told the court that the case would be reheard in May.`,
  },
  {
    name: 'party after stance near-miss: the ruling family of a Gulf state',
    text: `Members of the ruling [[P Al Nahyan]] family attended the funeral in [[L Abu Dhabi]] on Friday.`,
  },
  {
    name: 'party after stance fires: the governing coalition of two words',
    text: `The governing [[O Civic Platform]] lost its majority after three lawmakers left, officials said in [[L Warsaw]].`,
  },
  {
    name: 'party after stance near-miss: an opposition leader named with a title',
    text: `The opposition Senator [[P Dulce Mendoza]] said the vote was rigged.`,
  },
  {
    name: 'party after stance fires: the ruling party of an African state, with an acronym',
    text: `The ruling [[O Party of National Unity]] ([[O PNU]]) chose [[P Samuel Kiprono]] as its candidate on Saturday.`,
  },
  {
    name: 'party after stance fires: a governing board with of inside',
    text: `The governing [[O Board of Regents]] voted on Monday to raise tuition by 4%, and [[P Teresa Alonso]], a student leader, said she would appeal.`,
  },
  // --- place.known-with-particle ---------------------------------------------------------------
  {
    name: 'particle place fires: a Brazilian town with do',
    text: `Floods hit [[L Vila do Conde]] overnight, forcing 300 people from their homes.`,
  },
  {
    name: 'particle place near-miss: a club named after its town with de',
    text: `[[O Paços de Ferreira]] beat [[O Boavista]] 2-1 on Sunday. The striker scored in stoppage time, and the coach said the league was far from decided.`,
  },
  {
    name: 'particle place fires: Santiago de Compostela',
    text: `Pilgrims filled the streets of [[L Santiago de Compostela]] on Sunday as the holy year began.`,
  },
  {
    name: 'particle place near-miss: a person with a particle',
    text: `[[P Ana María de la Cruz]], a lawyer, said the ruling would be appealed.`,
  },
  {
    name: 'particle place near-miss: a bank with do before a country',
    text: `[[O Banco do Nordeste]] said it would lend 2 billion reais to farmers hit by the drought.`,
  },
  {
    name: 'particle place fires: Rio de Janeiro in a business story',
    text: `The company moved its headquarters to [[L Rio de Janeiro]] in 2019, its chief executive said.`,
  },
  // --- organisation.bracket-acronym-late -------------------------------------------------------
  {
    name: 'late acronym near-miss: a firm and its ticker in brackets',
    text: `Shares of [[O Tata Consultancy Services]] ([[X TCS.NS]]) fell 2% in [[L Mumbai]] on Tuesday.`,
  },
  {
    name: 'late acronym fires: an institute and its acronym',
    text: `The [[O National Institute of Oceanography]] ([[O NIO]]) said the water was warmer than usual off [[L Goa]].`,
  },
  // --- person.role-of-place-apposition ---------------------------------------------------------
  {
    name: 'role of place fires: the mayor of a Polish town and his name',
    text: `The mayor of [[L Kętrzyn]], [[P Ryszard Niedziałek]], said the town could not pay for the repairs.`,
  },
  {
    name: 'role of place near-miss: a director of several firms in a list',
    text: `She is a director of [[O Rio Tinto]], [[O Anglo American]], [[O Glencore]] and [[O BHP]], the filing showed.`,
  },
  {
    name: 'role of place near-miss: the chairman of firms in a list',
    text: `He was chairman of [[O Tata Sons]], [[O Tata Motors]], and [[O Tata Steel]] until 2012.`,
  },
  {
    name: 'role of place fires: the governor of a province and her name',
    text: `The governor of [[L Misiones]], [[P Griselda Oviedo]], said the river had risen four metres.`,
  },
  // --- organisation.place-tech-state ------------------------------------------------------------
  {
    name: 'tech state fires: two universities in a football score',
    text: `[[O Louisiana Tech]] beat [[O Kansas State]] 24-21 on Saturday. The quarterback threw for 300 yards.`,
  },
  {
    name: 'tech state near-miss: a Nigerian state',
    text: `Gunmen killed 12 people in [[L Kaduna State]] on Sunday, police said. The governor of [[L Kaduna State]] imposed a curfew.`,
  },
  {
    name: 'tech state near-miss: a Myanmar state',
    text: `Fighting in [[L Rakhine State]] forced 5,000 people to flee to [[L Bangladesh]], the [[O United Nations]] said.`,
  },
  {
    name: 'tech state near-miss: a Sudanese state of two words',
    text: `Aid reached [[L Blue Nile State]] for the first time in months, the [[O World Food Programme]] said.`,
  },
  {
    name: 'tech state fires: a university in a research story',
    text: `Researchers at [[O Georgia Tech]] said the battery could be charged in ten minutes.`,
  },
  {
    name: 'tech state near-miss: Washington State lawmakers and a person named like a place',
    text: `[[L Washington State]] lawmakers passed a budget, and [[P Georgia Wells]], a lobbyist, said it was fair.`,
  },
  {
    name: 'tech state near-miss: a Venezuelan state',
    text: `Protests spread to [[L Zulia State]] on Tuesday, where power cuts have lasted for days.`,
  },
  // --- sport.club-town-first-town ---------------------------------------------------------------
  {
    name: 'club town first town fires: Sparta Rotterdam beat a club',
    text: `[[O Sparta Rotterdam]] beat [[O Twente]] 2-1 on Sunday. The striker scored twice, and the league table is tight at the bottom.`,
  },
  {
    name: 'club town first town near-miss: two towns as an airport in a sports report',
    text: `The squad landed at [[L Leeds Bradford]] on Sunday after their 2-0 win in [[L Glasgow]]. The striker scored both goals, and the coach said the league was open.`,
  },
  {
    name: 'club town first town fires: Dynamo Dresden drew',
    text: `[[O Dynamo Dresden]] drew 1-1 with [[O Hansa Rostock]] on Saturday. The defender scored an own goal late on, and the league leaders now trail by two points.`,
  },
  // --- longer texts mixing the shapes ----------------------------------------------------------
  {
    name: 'mixed: an Icelandic eruption with a fishing town, a met office in its language and an airline',
    text: `Eruption forces evacuation of Icelandic fishing town

[[L REYKJAVIK]], Jan 14 ([[O Reuters]]) - Lava flowed toward the fishing town of [[L Húsavík]] on Sunday, and its 2,300 residents were told to leave. The met office, known in Icelandic as [[O Veðurstofa Íslands]], said the fissure was two kilometres long.

[[O Icelandair]] said flights to [[L Keflavík]] were running normally, but [[O Eagle Air]] cancelled its domestic service. "We have planned for this day for years," said [[P Katrín Jónsdóttir]], the mayor.`,
  },
  {
    name: 'mixed: a Nigerian governorship story with states, an MP-like seat and the opposition',
    text: `[[L ABUJA]], May 3 ([[O Reuters]]) - The opposition [[O Labour Party]] won the governorship of [[L Abia State]], the electoral commission said on Saturday. The ruling [[O All Progressives Congress]] ([[O APC]]) said it would challenge the result in court.

[[P Chukwuma Obi]], the lawmaker for [[L Aba North]], said voters in [[L Aba]] and [[L Umuahia]] had waited for hours. Turnout in the [[L Ohafia]] and [[L Bende]] areas was lower.`,
  },
  {
    name: 'mixed: a Swedish football round with clubs by town names and prefixes',
    text: `[[O Malmö FF]] went top of [[O Allsvenskan]] on Sunday with a 3-0 win over [[O IFK Norrköping]], whose striker missed a penalty. [[O Norrköping]] have lost four of their last five league games.

[[O Djurgården]] drew 1-1 with [[O AIK]] in the [[L Stockholm]] derby, and [[O Degerfors]] beat [[O Halmstad]] 2-1. The league's top scorer, [[P Isak Lundqvist]], was injured.`,
  },
  {
    name: 'mixed: a British by-election with MPs for seats and a party after the opposition',
    text: `The opposition [[O Liberal Democrats]] won the [[L Tiverton]] by-election on Thursday. The new MP for [[L Tiverton and Honiton]], [[P Clare Hollis]], said voters wanted a change.

The MP for [[L Wokingham]], [[P Tom Elwood]], said the result was "a warning". [[O Labour]] came third.`,
  },
  {
    name: 'mixed: a Brazilian business story with a trade-last firm, a town with do and an acronym',
    text: `[[L SÃO PAULO]], Feb 2 ([[O Reuters]]) - [[O Andrade Engenharia]] won a contract to build a port in [[L São Francisco do Sul]], the state of [[L Santa Catarina]] said on Friday.

The work is financed by the [[O Banco Nacional de Desenvolvimento Econômico e Social]] ([[O BNDES]]), the development bank.`,
  },
  {
    name: 'mixed: an Argentine provincial story with a governor, a river pair and a particle town',
    text: `Floods in the [[L Paraná]] and [[L Uruguay]] rivers reached the town of [[L Concepción del Uruguay]] on Tuesday. The governor of [[L Entre Ríos]], [[P Martín Sosa]], asked for federal help.`,
  },
  {
    name: 'mixed: a US college football report with Tech and State sides',
    text: `[[O Texas Tech]] beat [[O Oklahoma State]] 38-35 in overtime on Saturday in [[L Lubbock]]. The quarterback ran for the winning score. [[O Texas Tech]] are now 6-2 and play at [[O Iowa State]] next week.`,
  },
  {
    name: 'mixed: a heritage story with UNESCO, a kind of modified and the ruling party',
    text: `The historic city of [[L Hoi An]] is a [[O UNESCO]] World Heritage Site, and the ruling [[O Communist Party]] has promised to protect it from new hotels, the provincial government said.`,
  },
  {
    name: 'mixed: a Finnish hockey report with HK and HIFK',
    text: `[[O HIFK]] beat [[O Tappara]] 4-2 on Saturday to go top of the league. The forward scored twice in the third period. [[O Tappara]] lost for the third game in a row.`,
  },
  {
    name: 'mixed: a Danish union and a town that is no club in a sports report',
    text: `[[O FC Midtjylland]] beat [[O Brøndby]] 2-0 on Sunday. The striker scored twice in the league match in [[L Herning]], where the union [[O 3F]] had planned a protest.`,
  },
  {
    name: 'mixed: a court story in a state with a 5-4 vote and a union',
    text: `The [[O Wisconsin Supreme Court]] ruled 4-3 on Friday that the union law was valid. [[L Wisconsin]] teachers had challenged it. The ruling was a defeat for Governor [[P Ellen Marsh]].`,
  },
  {
    name: 'mixed: airline news with a country airline and an aviation authority',
    text: `[[O Air Tanzania]] and [[O Precision Air]] will share flights to [[L Zanzibar]], the [[O Tanzania Civil Aviation Authority]] said. Both airlines fly [[X ATR 72]] aircraft.`,
  },
  {
    name: 'mixed: a cricket report with a score and sides named by towns',
    text: `[[O Lahore Qalandars]] beat [[O Karachi Kings]] by six wickets in [[L Rawalpindi]] on Friday. The spinner took four wickets, and the league final is on Sunday.`,
  },
  {
    name: 'mixed: a Portuguese business story with a bank of do',
    text: `[[O Banco do Brasil]] and [[O Caixa Econômica Federal]] cut their mortgage rates on Monday, a week after the central bank's decision in [[L Brasília]].`,
  },
  {
    name: 'mixed: a Ugandan story with an MP for a seat and the opposition party',
    text: `[[L KAMPALA]] - The MP for [[L Kyadondo East]], [[P Apollo Ssempala]], was arrested on Tuesday. The opposition [[O National Unity Platform]] said he was held without charge. Police in [[L Kampala]] said he would appear in court.`,
  },
  {
    name: 'mixed: a Welsh broadcaster known in Welsh as',
    text: `The broadcaster, known in Welsh as [[O Sianel Pedwar Cymru]], will cut 60 jobs, it said on Wednesday. Its chief executive, [[P Siân Evans]], said the cuts were painful.`,
  },
  {
    name: 'mixed: a regional story with a mayor and a town known to the map',
    text: `The mayor of [[L Tromsø]], [[P Gunnar Wilhelmsen]], said the town would host the [[X Arctic Winter Games]] in 2030.`,
  },
  {
    name: 'mixed: a tennis report with a score and given names',
    text: `[[P Iga Swiatek]] beat [[P Aryna Sabalenka]] 6-4 6-2 in the final in [[L Madrid]]. [[P Swiatek]] has now won the tournament twice.`,
  },
  {
    name: 'mixed: a Spanish football report with a club of de and a town',
    text: `[[O Rayo Vallecano]] beat [[O Deportivo Alavés]] 2-0 in [[L Madrid]] on Sunday. The striker scored twice in the second half, and the coach said his team were safe from relegation. [[O Alavés]] are bottom of the league.`,
  },
  {
    name: 'mixed: a Nigerian state government and a university of a state',
    text: `The [[L Lagos State]] government said on Monday that [[O Lagos State University]] would reopen after a strike by lecturers.`,
  },
  {
    name: 'mixed: an Indian state pair and a party after the ruling',
    text: `The ruling [[O Bharatiya Janata Party]] won in the [[L Haryana]] and [[L Maharashtra]] states, the [[O Election Commission]] said.`,
  },
  {
    name: 'mixed: a Peruvian firm with Inversiones and a person called Hermoza',
    text: `[[O Inversiones Centenario]] bought the land, said [[P Jorge Hermoza]], a broker in [[L Lima]].`,
  },
  {
    name: 'mixed: a Chilean airline and a person called Sky',
    text: `[[O Sky Airline]] said it would add flights to [[L Puerto Montt]]. [[P Sky Ferreira]] was not related to the company.`,
  },
  {
    name: 'mixed: a seat named after a place with a hyphen',
    text: `The TD for [[L Cork South-West]], [[P Holly Cairns]], said the harbour needed a new pier.`,
  },
  {
    name: 'mixed: a plural kind after two parishes',
    text: `Power was cut in the [[L St. Ann]] and [[L Portland]] parishes after the storm, the utility said.`,
  },
  {
    name: 'mixed: a person after a kind of modified',
    text: `Police in the coastal city of [[L Mombasa]] arrested [[P Hassan Mwinyi]] on Friday.`,
  },
  {
    name: 'mixed: a Mexican state read as a body',
    text: `The [[L Mexico State]] government will build 40 new schools, Governor [[P Delfina Gómez]] said.`,
  },
  {
    name: 'mixed: a rugby report naming sides by one word',
    text: `[[O Leinster]] beat [[O Munster]] 24-17 on Saturday. The winger scored two tries, and the league leaders stayed five points clear. [[O Ulster]] lost 20-19 to [[O Connacht]].`,
  },
  {
    name: 'mixed: a basketball report with State and a city',
    text: `[[O Michigan State]] beat [[O Ohio State]] 78-70 in [[L East Lansing]] on Sunday. The guard scored 25 points.`,
  },
  {
    name: 'mixed: a Spanish insurer and a person',
    text: `[[O Mapfre Seguros]] said claims from the storm reached 300 million euros, according to [[P Lucía Seguí]], its head of claims.`,
  },
  {
    name: 'mixed: the ruling coalition and a person right after the opposition leader',
    text: `The ruling coalition held its majority, but the opposition leader [[P Kwame Asante]] said the count was flawed.`,
  },
  {
    name: 'mixed: an airline tail with a place named by the map before it',
    text: `Passengers on a [[O Kenya Airways]] flight from [[L Nairobi]] were stuck for six hours in [[L Entebbe]].`,
  },
  {
    name: 'mixed: Nordic capitals that are initials of a firm',
    text: `[[O KR Group]], a shipping firm in [[L Seoul]], said profit rose 12%, helped by higher freight rates.`,
  },
  {
    name: 'mixed: a football report with a place that is a side and a league pair',
    text: `[[O Lyngby]] drew 0-0 with [[O Viborg]] on Sunday. The keeper saved a penalty, and the league's bottom two both lost.`,
  },
  {
    name: 'mixed: a story about the opposition party with a leader title',
    text: `The opposition [[O Social Democratic Party]] leader [[P Mette Olsen]] called for a vote of no confidence.`,
  },
  {
    name: 'mixed: a World Heritage List with an acronym of a body',
    text: `[[O ICOMOS]] recommended the temples for the [[O UNESCO]] World Heritage List, officials in [[L Phnom Penh]] said.`,
  },
  {
    name: 'mixed: a football story where a side lost and a stadium',
    text: `[[O Sarpsborg]] lost 3-0 to [[O Rosenborg]] at the [[L Lerkendal Stadion]] on Sunday. The midfielder was sent off, and the league's top scorer scored twice.`,
  },
  {
    name: 'mixed: an appointment with the head of a region',
    text: `The head of [[L Sakha]], [[P Aisen Nikolayev]], said the fires had burned 500,000 hectares.`,
  },
  {
    name: 'mixed: a Ghanaian parliamentary report with MP for a seat',
    text: `The MP for [[L Bawku Central]], [[P Mahama Ayariga]], asked the minister about the curfew.`,
  },
  {
    name: 'mixed: the border city of a place the map knows',
    text: `Shelling hit the border city of [[L Kharkiv]] on Monday, officials said.`,
  },
  {
    name: 'mixed: an opposition alliance with a two-word name before alliance',
    text: `Leaders of the opposition [[O Azimio la Umoja]] alliance met in [[L Nairobi]] on Sunday.`,
  },
  {
    name: 'mixed: a boxing report with team words absent',
    text: `[[P Naoya Inoue]] beat [[P Marlon Tapales]] in the tenth round in [[L Tokyo]]. [[P Inoue]] is now the undisputed champion.`,
  },
  {
    name: 'mixed: a pair of islands with a given name',
    text: `Ferries to the [[L Flores]] and [[L Corvo]] islands were cancelled because of the storm, the [[L Azores]] government said.`,
  },
  {
    name: 'mixed: a Colombian firm with Construcciones and a minister',
    text: `Minister [[P Andrés Villamizar]] said [[O Conconcreto Construcciones]] would finish the tunnel by 2027.`,
  },
  {
    name: 'mixed: an Estonian party after the governing',
    text: `The governing [[O Reform Party]] and [[O Eesti 200]] agreed on a budget, Prime Minister [[P Kristen Michal]] said in [[L Tallinn]].`,
  },
  {
    name: 'mixed: a Tech firm named by a city',
    text: `[[O Shenzhen Tech]], a chipmaker, said its profit doubled. [[L Shenzhen]] officials praised the company.`,
  },
  {
    name: 'mixed: a Premier League report with a club by a town and a score',
    text: `[[O Brentford]] beat [[O Fulham]] 3-2 on Saturday. The striker scored a hat-trick, and the league's top four is unchanged.`,
  },
  {
    name: 'mixed: a wine story with a Spanish family firm',
    text: `[[O Bodegas Torres]] said the drought had cut its harvest in [[L Catalonia]] by a third.`,
  },
  {
    name: 'mixed: a governor of a state and her name between commas',
    text: `The governor of [[L Oaxaca]], [[P Salomón Jara]], said the roads would be repaired.`,
  },
  {
    name: 'mixed: a Basque union known in Basque',
    text: `The union, known in Basque as [[O Langile Abertzaleen Batzordeak]], called a strike at the port of [[L Bilbao]].`,
  },
  {
    name: 'mixed: a Sri Lankan provincial pair',
    text: `Heavy rain hit the [[L Galle]] and [[L Matara]] districts, the [[O Disaster Management Centre]] said.`,
  },
  {
    name: 'mixed: a Norwegian league with a standing after top of',
    text: `[[O Bodø/Glimt]] stayed top of [[O Eliteserien]] after a 2-0 win over [[O Sandefjord]]. The winger scored both goals.`,
  },
  {
    name: 'mixed: a Greek club and the city of Sparta',
    text: `Tourists flocked to [[L Sparta]] for the festival, the mayor of [[L Sparta]], [[P Nikos Vrettos]], said.`,
  },
  {
    name: 'mixed: the opposition party with a single word and the ruling pair',
    text: `The opposition [[O Tisza]] party gained in polls, while the ruling [[O Fidesz]] lost ground.`,
  },
  {
    name: 'mixed: a company of Hermanos',
    text: `[[O Hermanos Vázquez]], a fruit exporter, said the frost destroyed half its lemons.`,
  },
  {
    name: 'mixed: the MLA for a seat with a hyphen in Northern Ireland',
    text: `The MLA for [[L Foyle]], [[P Sinéad McLaughlin]], said the bridge should be finished next year.`,
  },
  {
    name: 'mixed: a park in a sports report is no club',
    text: `[[O Hibernian]] beat [[O Hearts]] 2-1 at [[L Easter Road]] on Sunday. The striker scored twice in the league derby.`,
  },
  {
    name: 'mixed: a Japanese airline and a prefecture pair',
    text: `[[O Peach Aviation]] cancelled flights to the [[L Okinawa]] and [[L Kagoshima]] prefectures as the typhoon approached.`,
  },
];
