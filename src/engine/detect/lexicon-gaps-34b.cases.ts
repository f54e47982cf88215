/**
 * Known weak patterns of issue #9, fourth round (helper ents34b, 5 Dec 2026): short news texts of
 * our own, written and annotated like the entity batches (news-entities.cases.ts markup: P person,
 * L place, O organisation, X none) BEFORE the engine was run on them, and committed before their
 * first score. Each group leans on one pattern the last closing note named as left: law firms
 * named after two or three surnames, teams named after their sponsors with no "Racing" tail,
 * hyphenated all-caps party acronyms, French names with du / de la / à, ministries with "and"
 * inside, hospital names (places, as every batch's gold marks them), mountains named alone, a
 * one-word side opening a sentence before a result, capitalised plural nouns opening a sentence,
 * and rivers with a lower-case "river". The groups named "keep" are sentences where a fix must not
 * fire: two people joined by "and", people named like towns or firms, a given name alone, a road
 * named after a mount, a body joined to a ministry by "and".
 * Not a training input: the tagger never trains on it (scripts/train/corpus.ts reads fixtures/ and
 * scripts/train/data only).
 */
import type { EntityCase } from './news-entities.cases';

export const WEAK_PATTERN_CASES_34B: EntityCase[] = [
  // Law firms named after two or three surnames, in a court or business sentence.
  {
    name: 'firm advised by burness paull',
    text: `The company was advised by [[O Burness Paull]] on the sale, which closed on Monday.`,
  },
  {
    name: 'firm slaughter and may advised',
    text: `[[O Slaughter and May]] advised the bank's board on the takeover, which shareholders approved.`,
  },
  {
    name: 'firm hired freshfields',
    text: `The airline hired [[O Freshfields Bruckhaus Deringer]] to fight the claim for damages.`,
  },
  {
    name: 'firm instructed by brodies',
    text: `The family's counsel, instructed by [[O Brodies]], told the court the ruling should stand.`,
  },
  {
    name: 'firm lawyers from herbert smith freehills',
    text: `Lawyers from [[O Herbert Smith Freehills]] acted for the mining company in the dispute.`,
  },
  {
    name: 'firm law firm clifford chance',
    text: `The law firm [[O Clifford Chance]] advised the lenders on the refinancing deal.`,
  },
  {
    name: 'firm harper macleod represented',
    text: `The council was represented by [[O Harper Macleod]] at the tribunal hearing in [[L Glasgow]].`,
  },
  {
    name: 'keep two people joined by and',
    text: `[[P Alan Smith]] and [[P Dean Jones]] appeared in court on Monday. [[P Smith]] and [[P Jones]] were remanded in custody.`,
  },
  {
    name: 'keep lawyers for a person',
    text: `Lawyers for [[P Sarah Paull]] said she would appeal against the sentence.`,
  },
  // Teams named after their sponsors, with no "Racing" tail: organisations.
  {
    name: 'sponsor aston martin aramco',
    text: `[[O Aston Martin Aramco]] said both of its cars would start from the pit lane in [[L Suzuka]].`,
  },
  {
    name: 'sponsor soudal quick-step won',
    text: `[[O Soudal Quick-Step]] won the team time trial by nine seconds on Sunday.`,
  },
  {
    name: 'sponsor lidl-trek rider',
    text: `[[O Lidl-Trek]] rider [[P Mads Kjeldgaard]] won the bunch sprint in [[L Ghent]].`,
  },
  {
    name: 'sponsor the movistar team',
    text: `The [[O Movistar Team]] pulled out of the race after three of its riders crashed.`,
  },
  {
    name: 'sponsor visma lease a bike',
    text: `[[O Visma-Lease a Bike]] and [[O Lidl-Trek]] both signed young climbers this winter.`,
  },
  {
    name: 'keep person named like a sponsor',
    text: `[[P Martin Aramburu]] said the new car was faster on the straights.`,
  },
  // Hyphenated all-caps party acronyms.
  {
    name: 'party vmro-dpmne won seats',
    text: `The [[O VMRO-DPMNE]] won 58 of the 120 seats, well ahead of the [[O SDSM]].`,
  },
  {
    name: 'party sdsm leader',
    text: `[[O SDSM]] leader [[P Dimitar Kovachevski]] conceded defeat on Sunday night.`,
  },
  {
    name: 'party kdu-csl left coalition',
    text: `The [[O KDU-ČSL]] left the governing coalition in [[L Prague]] on Monday.`,
  },
  {
    name: 'party leaders of vmro-dpmne',
    text: `Leaders of [[O VMRO-DPMNE]] said the vote had been free and fair.`,
  },
  {
    name: 'keep hyphenated caps of no body',
    text: `Tests showed the LED lamps and the USB-C ports in the cars were faulty.`,
  },
  // French names with du / de la / à, and hyphenated French towns.
  {
    name: 'french jean du plessis',
    text: `[[P Jean du Plessis]] said the vineyard had lost half of its harvest to hail.`,
  },
  {
    name: 'french marie-claire a beckett',
    text: `The designer [[P Marie-Claire à Beckett]] showed her new collection in [[L Paris]].`,
  },
  {
    name: 'french pierre de la rue',
    text: `Chef [[P Pierre de la Rue]] opened a second restaurant in [[L Lyon]] last week.`,
  },
  {
    name: 'french anne de la fontaine apposition',
    text: `[[P Anne de la Fontaine]], the mayor, said the bridge would reopen in June.`,
  },
  {
    name: 'french faf du toit',
    text: `[[P Faf du Toit]] scored two tries as the home side won in [[L Durban]].`,
  },
  {
    name: 'french towns trois-rivieres',
    text: `Floods hit [[L Trois-Rivières]] and [[L Saint-Hyacinthe]] on Tuesday.`,
  },
  // Ministries and departments with "and" inside.
  {
    name: 'ministry education and science',
    text: `The [[O Ministry of Education and Science]] said schools would reopen on Monday.`,
  },
  {
    name: 'department culture media and sport',
    text: `The [[O Department for Culture, Media and Sport]] announced the funding on Tuesday.`,
  },
  {
    name: 'ministry agriculture and rural development',
    text: `A spokesman for the [[O Ministry of Agriculture and Rural Development]] said the ban would stay.`,
  },
  {
    name: 'department health and social care',
    text: `The [[O Department of Health and Social Care]] said waiting lists had fallen.`,
  },
  {
    name: 'ministry labour and social policy',
    text: `Figures from the [[O Ministry of Labour and Social Policy]] showed unemployment at 5%.`,
  },
  {
    name: 'keep ministry and a body',
    text: `The [[O Ministry of Health]] and [[O UNICEF]] signed the agreement on Friday.`,
  },
  {
    name: 'keep ministry and the unions',
    text: `The [[O Ministry of Education]] and the unions met again on Friday.`,
  },
  // Hospital names (places, as every batch's gold marks them).
  {
    name: 'hospital university hospital galway',
    text: `She was taken to [[L University Hospital Galway]] with head injuries.`,
  },
  {
    name: "hospital st james's",
    text: `Two patients at [[L St James's Hospital]] in [[L Dublin]] tested positive.`,
  },
  {
    name: 'hospital royal infirmary of edinburgh',
    text: `The [[L Royal Infirmary of Edinburgh]] said its emergency department was full.`,
  },
  {
    name: 'hospital cork university hospital',
    text: `He died at [[L Cork University Hospital]] on Sunday.`,
  },
  {
    name: 'hospital queen elizabeth university hospital',
    text: `Staff at [[L Queen Elizabeth University Hospital]] in [[L Glasgow]] went on strike.`,
  },
  // Mountains named alone, from their frame.
  {
    name: 'mountain climbers on denali',
    text: `Climbers on [[L Denali]] were stranded by a storm for three days.`,
  },
  {
    name: 'mountain summit of aconcagua',
    text: `The team reached the summit of [[L Aconcagua]] on Friday.`,
  },
  {
    name: 'mountain slopes of chimborazo',
    text: `Snow fell on the slopes of [[L Chimborazo]] for the first time in months.`,
  },
  {
    name: 'mountain died on illimani',
    text: `Two climbers died on [[L Illimani]] on Saturday, the police said.`,
  },
  {
    name: 'mountain mount semeru',
    text: `Ash rose two kilometres above [[L Mount Semeru]] on Sunday.`,
  },
  {
    name: 'keep mount pleasant road',
    text: `Police closed [[L Mount Pleasant Road]] after the crash.`,
  },
  // A one-word side opening a sentence before a result.
  {
    name: 'opening side fulham lost at villa park',
    text: `[[O Fulham]] lost 3-1 at [[L Villa Park]] on Saturday.`,
  },
  {
    name: 'opening side leinster beat munster',
    text: `[[O Leinster]] beat [[O Munster]] 24-17 in [[L Dublin]] on Saturday.`,
  },
  {
    name: 'opening side gloucester beat bath',
    text: `[[O Gloucester]] beat [[O Bath]] 21-18 at [[L Kingsholm]] on Friday night.`,
  },
  {
    name: 'opening side everton lost at anfield',
    text: `[[O Everton]] lost 2-0 at [[L Anfield]], their fourth defeat in a row.`,
  },
  {
    name: 'keep players in a result',
    text: `[[P Carlos Alcaraz]] reached the final. [[P Alcaraz]] beat [[P Jannik Sinner]] 6-4 6-3.`,
  },
  // Capitalised plural nouns opening a sentence.
  {
    name: 'plural villages along the coast',
    text: `Villages along the coast were evacuated as the storm approached [[L Mozambique]].`,
  },
  {
    name: 'plural residents said',
    text: `Residents said the water had reached their windows in [[L Valencia]].`,
  },
  {
    name: 'plural farmers blocked',
    text: `Farmers blocked roads into [[L Brussels]] on Tuesday.`,
  },
  {
    name: 'plural hospitals in gaza',
    text: `Hospitals in [[L Gaza]] ran out of fuel on Sunday.`,
  },
  // Rivers with a lower-case "river".
  {
    name: 'river the chindwin river',
    text: `A ferry capsized on the [[L Chindwin]] river near [[L Mandalay]].`,
  },
  {
    name: 'river the river severn',
    text: `Floods along the river [[L Severn]] closed roads in [[L Worcester]].`,
  },
  {
    name: 'river the river tay',
    text: `Police searched the river [[L Tay]] near [[L Perth]] on Monday.`,
  },
  {
    name: 'river the kafue river',
    text: `Fishermen on the [[L Kafue]] river said the water had turned brown.`,
  },
  {
    name: 'keep river alone',
    text: `The river rose two metres overnight in [[L York]].`,
  },
  {
    name: 'keep people named like towns',
    text: `[[P Paris Hilton]] and [[P Jordan Henderson]] attended the gala in [[L London]] on Friday. "It was lovely," [[P Orlando]] said.`,
  },
];
