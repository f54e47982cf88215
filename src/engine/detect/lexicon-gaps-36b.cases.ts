/**
 * Known weak patterns of issue #9, fifth round (helper ents36b, 5 Dec 2026): short news texts of
 * our own, written and annotated like the entity batches (news-entities.cases.ts markup: P person,
 * L place, O organisation, X none) BEFORE the engine was run on them, and committed before their
 * first score. Each group leans on one pattern the last closing note named as left: national sides
 * in cricket, rugby and football named by their country or region or a nickname (organisations,
 * as the batches mark a side in a result), Icelandic and Nordic names (-dóttir / -son, Þ and ð),
 * short company names of an all-caps word and a capitalised word, bodies with "and" / "for" / "in"
 * inside, given names the lists lack before a known surname and surnames with a lower-case
 * particle, and firms named alone before a verb of stating. The groups named "keep" are sentences
 * where a fix must not fire: a country meaning its government or the place in a sports story,
 * places with Þ and ð, a firm ending in -son, initials before a surname, two bodies or two people
 * joined by "and", a town with a particle, people named like firms.
 * Not a training input: the tagger never trains on it (scripts/train/corpus.ts reads fixtures/ and
 * scripts/train/data only).
 */
import type { EntityCase } from './news-entities.cases';

export const WEAK_PATTERN_CASES_36B: EntityCase[] = [
  // National sides named by their country or region, or by a nickname: organisations.
  {
    name: 'side west indies beat england',
    text: `[[O West Indies]] beat [[O England]] by four wickets in [[L Bridgetown]] on Sunday.`,
  },
  {
    name: 'side all blacks beat wallabies',
    text: `The [[O All Blacks]] beat the [[O Wallabies]] 33-20 in [[L Auckland]] on Saturday.`,
  },
  {
    name: 'side ireland won the toss',
    text: `[[O Ireland]] won the toss and chose to bat first against [[O Zimbabwe]] in [[L Harare]].`,
  },
  {
    name: 'side sri lanka bowled out',
    text: `[[O Sri Lanka]] were bowled out for 143 as [[O Pakistan]] won by seven wickets.`,
  },
  {
    name: 'side south africa drew with france',
    text: `[[O South Africa]] drew 22-22 with [[O France]] in [[L Paris]] on Saturday night.`,
  },
  {
    name: 'side springboks thrashed italy',
    text: `The [[O Springboks]] thrashed [[O Italy]] 42-10 in [[L Durban]] to top the group.`,
  },
  {
    name: 'side bangladesh chased down',
    text: `[[O Bangladesh]] chased down 245 to beat [[O Afghanistan]] by three wickets in [[L Dhaka]].`,
  },
  {
    name: 'side wales coach to face fiji',
    text: `[[O Wales]] coach [[P Warren Gatland]] named an unchanged side to face [[O Fiji]] on Sunday.`,
  },
  {
    name: 'side australia declared against india',
    text: `[[O Australia]] declared on 450 for six against [[O India]] on the second day in [[L Perth]].`,
  },
  {
    name: 'side scotland lost to ireland',
    text: `[[O Scotland]] lost 21-17 to [[O Ireland]] at [[L Murrayfield]] on Saturday.`,
  },
  {
    name: 'side the wallabies named',
    text: `The [[O Wallabies]] named three new caps for the Test against the [[O Pumas]].`,
  },
  {
    name: 'keep ireland said as the government',
    text: `[[L Ireland]] said it would send two ships to help with the rescue off [[L Libya]].`,
  },
  {
    name: 'keep country as the place in a sports story',
    text: `Thousands of fans flew to [[L Australia]] for the cricket, filling hotels in [[L Melbourne]].`,
  },
  // Icelandic and Nordic names: people, kept whole.
  {
    name: 'nordic thordis kolbrun gylfadottir',
    text: `Foreign minister [[P Þórdís Kolbrún Reykfjörð Gylfadóttir]] met her counterpart in [[L Reykjavík]] on Monday.`,
  },
  {
    name: 'nordic katrin jakobsdottir said',
    text: `[[P Katrín Jakobsdóttir]] said the government would stay in office until the election.`,
  },
  {
    name: 'nordic bjarni benediktsson apposition',
    text: `The prime minister, [[P Bjarni Benediktsson]], said the eruption posed no threat to [[L Grindavík]].`,
  },
  {
    name: 'nordic gudrun hafsteinsdottir',
    text: `[[P Guðrún Hafsteinsdóttir]], the justice minister, visited the town on Monday.`,
  },
  {
    name: 'nordic thorvaldur thordarson geologist',
    text: `Geologist [[P Þorvaldur Þórðarson]] said the magma was rising again.`,
  },
  {
    name: 'nordic sigridur bjork gudjonsdottir',
    text: `[[P Sigríður Björk Guðjónsdóttir]], the national police commissioner, said roads would stay closed.`,
  },
  {
    name: 'nordic halldor benjamin thorbergsson',
    text: `Union leader [[P Halldór Benjamín Þorbergsson]] said the talks had failed.`,
  },
  {
    name: 'keep places with thorn and eth',
    text: `Lava reached the edge of [[L Grindavík]] and the road to [[L Þorlákshöfn]] was closed.`,
  },
  {
    name: 'keep firm ending in son',
    text: `[[O Ericsson]] said it would cut 1,200 jobs in [[L Sweden]].`,
  },
  // Short company names of an all-caps word and a capitalised word: organisations.
  {
    name: 'caps firm hs orka said',
    text: `[[O HS Orka]] said its power plant near the lava field was safe.`,
  },
  {
    name: 'caps firm union if metall',
    text: `The union [[O IF Metall]] called a strike at the car plant on Monday.`,
  },
  {
    name: 'caps firm sr technics',
    text: `[[O SR Technics]] will cut 300 jobs at its base in [[L Zurich]].`,
  },
  {
    name: 'caps firm shares in ab volvo',
    text: `Shares in [[O AB Volvo]] rose 3% on Tuesday after the results.`,
  },
  {
    name: 'caps firm sk hynix said',
    text: `[[O SK Hynix]] said demand for memory chips would keep rising next year.`,
  },
  {
    name: 'caps firm kb financial',
    text: `Profit at [[O KB Financial]] rose 12% in the third quarter.`,
  },
  {
    name: 'keep initials before a surname',
    text: `[[P JD Vance]] spoke at a rally in [[L Ohio]] on Monday.`,
  },
  {
    name: 'keep title before a name',
    text: `PM [[P Giorgia Meloni]] said the deal was fair.`,
  },
  {
    name: 'keep country acronym before a noun',
    text: `The talks in [[L Geneva]] ended without a deal, [[L US]] officials said.`,
  },
  // Bodies with "and", "for" or "in" inside, kept whole.
  {
    name: 'and-for-in osce',
    text: `The [[O Organization for Security and Co-operation in Europe]] sent 300 observers to the election.`,
  },
  {
    name: 'and-for-in medecins sans frontieres',
    text: `[[O Médecins Sans Frontières]] said its clinic in [[L Khan Younis]] had been hit.`,
  },
  {
    name: 'and-for-in ebrd',
    text: `The [[O European Bank for Reconstruction and Development]] lent 200 million euros to the port.`,
  },
  {
    name: 'and-for-in fao',
    text: `The [[O Food and Agriculture Organization]] warned of famine in [[L Sudan]].`,
  },
  {
    name: 'and-for-in csis',
    text: `The [[O Center for Strategic and International Studies]] said the images showed new runways.`,
  },
  {
    name: 'and-for-in lshtm',
    text: `Researchers at the [[O London School of Hygiene and Tropical Medicine]] led the study.`,
  },
  {
    name: 'and-for-in odihr',
    text: `The [[O Office for Democratic Institutions and Human Rights]] criticised the count.`,
  },
  {
    name: 'keep two people arrested',
    text: `Police said [[P Mark Smith]] and [[P Paul Jones]] were arrested in [[L Leeds]].`,
  },
  {
    name: 'keep two bodies joined by and',
    text: `The [[O World Bank]] and the [[O IMF]] cut their forecasts for [[L Kenya]].`,
  },
  {
    name: 'keep two charities joined by and',
    text: `[[O Amnesty International]] and [[O Human Rights Watch]] called for an inquiry.`,
  },
  // Given names the lists lack before a known surname; surnames with a lower-case particle.
  {
    name: 'given eirik solberg',
    text: `[[P Eirik Solberg]] said the ferry would run again on Friday.`,
  },
  {
    name: 'given ngozi okonjo-iweala',
    text: `[[P Ngozi Okonjo-Iweala]], the head of the [[O World Trade Organization]], said tariffs would hurt poor countries.`,
  },
  {
    name: 'given willie le roux',
    text: `Full-back [[P Willie le Roux]] scored twice in the second half.`,
  },
  {
    name: 'given yairo de los santos',
    text: `Pitcher [[P Yairo de los Santos]] struck out nine batters on Tuesday.`,
  },
  {
    name: 'given joost van den berg',
    text: `[[P Joost van den Berg]], the water board's engineer, said the dike had held.`,
  },
  {
    name: 'given tendai moyo',
    text: `[[P Tendai Moyo]] said the price of maize had doubled since June.`,
  },
  {
    name: 'given oyvind hansen',
    text: `[[P Øyvind Hansen]] told reporters the salmon farms had lost a third of their fish.`,
  },
  {
    name: 'given yerlan karimov',
    text: `The company's chief executive, [[P Yerlan Karimov]], said the mine would reopen.`,
  },
  {
    name: 'keep town with a particle',
    text: `Flights to [[L Le Havre]] were cancelled because of the strike.`,
  },
  // Firms named alone before a verb of stating.
  {
    name: 'firm aston martin aramco said',
    text: `[[O Aston Martin Aramco]] said both of its cars would start from the pit lane.`,
  },
  {
    name: 'firm slaughter and may advised',
    text: `[[O Slaughter and May]] advised the buyer on the deal, which closed on Friday.`,
  },
  {
    name: 'firm freshfields said',
    text: `[[O Freshfields Bruckhaus Deringer]] said it had acted for the bank.`,
  },
  {
    name: 'firm marks and spencer said',
    text: `[[O Marks and Spencer]] said sales rose 4% over Christmas.`,
  },
  {
    name: 'firm procter and gamble said',
    text: `[[O Procter and Gamble]] said it would raise prices again in March.`,
  },
  {
    name: 'firm johnson matthey said',
    text: `[[O Johnson Matthey]] said it would sell its catalyst business.`,
  },
  {
    name: 'keep person named like a firm',
    text: `[[P Martin Lewis]] said energy bills would rise in April.`,
  },
  {
    name: 'keep two surnames after full names',
    text: `[[P Tom Marks]] and [[P Lucy Spencer]] denied the charges. [[P Marks]] and [[P Spencer]] were fined.`,
  },
];
