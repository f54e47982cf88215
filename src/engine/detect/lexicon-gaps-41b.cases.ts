/**
 * Known weak patterns of issue #9, tenth round (helper ents41b, 5 Dec 2026): short news texts of
 * our own, written and annotated like the entity batches (news-entities.cases.ts markup: P person,
 * L place, O organisation, X none) BEFORE the engine was run on them, and committed before their
 * first score. Each group leans on one pattern the ninth round's closing note or the lead named as
 * left: a body named "… of <country>" where the country's name holds "and" ("University of Trinidad
 * and Tobago"), the second town of a pair after "in" ("in Sierra Vista and Bisbee that matched"),
 * firms and products whose names open with a land word ("Cap Gemini", "Mont Blanc pens"), clubs in
 * results lines and clubs or coalitions with foreign names ("Plymouth Argyle 2 Hull City 1",
 * "Feyenoord", "Crvena zvezda", "Chile Vamos"), US towns that share a foreign city's name ("Athens,
 * Georgia": two places; where the map puts the town is tested apart in town-in-region.test.ts),
 * bodies known only from their context ("the Carabinieri said", "the farm lobby Coldiretti"),
 * universities named with their campus ("University of California, Irvine", "University of
 * Wisconsin–Madison"), and a person after "official" and a body or administration
 * ("Biden administration official Karen Lee").
 * The groups named "keep" are sentences where a fix must not fire.
 * Not a training input: the tagger never trains on it (scripts/train/corpus.ts reads fixtures/ and
 * scripts/train/data only).
 */
import type { EntityCase } from './news-entities.cases';

export const WEAK_PATTERN_CASES_41B: EntityCase[] = [
  // A body named "… of <country>", the country's name holding "and".
  {
    name: 'and-country university of trinidad and tobago',
    text: `Students at the [[O University of Trinidad and Tobago]] protested over fees.`,
  },
  {
    name: 'and-country bank of antigua and barbuda',
    text: `The [[O Bank of Antigua and Barbuda]] raised its lending rate on Tuesday.`,
  },
  {
    name: 'and-country central bank of bosnia and herzegovina',
    text: `The [[O Central Bank of Bosnia and Herzegovina]] kept its reserves in euros.`,
  },
  {
    name: 'and-country embassy of trinidad and tobago',
    text: `The [[O Embassy of Trinidad and Tobago]] in [[L Caracas]] stopped issuing visas.`,
  },
  {
    name: 'and-country chamber of commerce of antigua and barbuda',
    text: `Ministers met the [[O Chamber of Commerce of Antigua and Barbuda]] on Friday.`,
  },
  {
    name: 'keep country with and after a body and',
    text: `The [[O University of Oslo]] and [[L Trinidad and Tobago]] signed a research deal.`,
  },
  {
    name: 'keep country with and in a list',
    text: `The storm hit [[L Trinidad and Tobago]] and [[L Grenada]] on Monday.`,
  },
  // The second town of a pair after "in".
  {
    name: 'towns sierra vista and bisbee that matched',
    text: `Samples taken in [[L Sierra Vista]] and [[L Bisbee]] that matched the strain were sent to [[L Phoenix]].`,
  },
  {
    name: 'towns greeley and loveland closed',
    text: `Schools in [[L Greeley]] and [[L Loveland]] closed early because of snow.`,
  },
  {
    name: 'towns yuma and somerton bills',
    text: `Water bills in [[L Yuma]] and [[L Somerton]] rose 20% this year.`,
  },
  {
    name: 'towns kingman and bullhead city',
    text: `Voters in [[L Kingman]] and [[L Bullhead City]] rejected the tax.`,
  },
  {
    name: 'towns police in nogales and douglas',
    text: `Police in [[L Nogales]] and [[L Douglas]] said the cases were linked.`,
  },
  {
    name: 'keep workers at two firms',
    text: `Workers at [[O Boeing]] and [[O Airbus]] walked out on Monday.`,
  },
  {
    name: 'keep stakes in two firms',
    text: `The fund sold its stakes in [[O Glencore]] and [[O Anglo American]] last year.`,
  },
  // Firms and products whose names open with a land word.
  {
    name: 'land-word cap gemini said',
    text: `[[O Cap Gemini]] said revenue rose 5% in the quarter.`,
  },
  {
    name: 'land-word shares in cap gemini',
    text: `Shares in [[O Cap Gemini]] fell after the profit warning.`,
  },
  {
    name: 'land-word mont blanc pens',
    text: `Sales of [[O Mont Blanc]] pens rose 12% in [[L China]].`,
  },
  {
    name: 'land-word mont blanc raised prices',
    text: `[[O Mont Blanc]] raised the price of its fountain pens by 6%.`,
  },
  {
    name: 'land-word doctors at mount sinai',
    text: `Doctors at [[O Mount Sinai]] said the patient was stable.`,
  },
  {
    name: 'keep climbers on mont blanc',
    text: `Two climbers died on [[L Mont Blanc]] on Sunday.`,
  },
  {
    name: 'keep road to cap ferret',
    text: `The road to [[L Cap Ferret]] was closed after the fire.`,
  },
  // Clubs in results lines; clubs and a coalition with foreign names.
  {
    name: 'club results plymouth argyle 2 hull city 1',
    text: `Results: [[O Plymouth Argyle]] 2 [[O Hull City]] 1, [[O Preston North End]] 0 [[O Luton Town]] 0.`,
  },
  {
    name: 'club results stoke city 1 sheffield wednesday 3',
    text: `[[O Stoke City]] 1 [[O Sheffield Wednesday]] 3`,
  },
  {
    name: 'club feyenoord beat ajax',
    text: `[[O Feyenoord]] beat [[O Ajax]] 3-1 in [[L Rotterdam]] on Sunday.`,
  },
  {
    name: 'club feyenoord signed a striker',
    text: `[[O Feyenoord]] signed a striker from [[O Celtic]] for 8 million euros.`,
  },
  {
    name: 'club crvena zvezda beat',
    text: `[[O Crvena zvezda]] beat [[O Partizan]] 2-1 in the derby.`,
  },
  {
    name: 'club crvena zvezda fans',
    text: `Fans of [[O Crvena zvezda]] filled the stadium on Saturday.`,
  },
  {
    name: 'coalition chile vamos will back',
    text: `[[O Chile Vamos]] will back the pension bill, its leaders said.`,
  },
  {
    name: 'keep towns of results',
    text: `Prices in [[L Hull]] rose 2% in May. Voters in [[L Plymouth]] backed the plan 2 to 1.`,
  },
  // US towns that share a foreign city's name.
  {
    name: 'town athens georgia',
    text: `The band played a free show in [[L Athens]], [[L Georgia]], on Friday.`,
  },
  {
    name: 'town paris texas',
    text: `A tornado damaged homes in [[L Paris]], [[L Texas]], overnight.`,
  },
  {
    name: 'town lima ohio plant',
    text: `The tank plant in [[L Lima]], [[L Ohio]], will hire 300 workers.`,
  },
  {
    name: 'town moscow idaho',
    text: `Police in [[L Moscow]], [[L Idaho]], made an arrest.`,
  },
  {
    name: 'keep tbilisi georgia',
    text: `Protesters gathered in [[L Tbilisi]], [[L Georgia]], on Sunday.`,
  },
  // Bodies known only from their context.
  {
    name: 'context the carabinieri said',
    text: `The [[O Carabinieri]] said three men were arrested near [[L Naples]].`,
  },
  {
    name: 'context the farm lobby coldiretti',
    text: `The farm lobby [[O Coldiretti]] said exports of wine fell 4%.`,
  },
  {
    name: 'context the guardia civil seized',
    text: `The [[O Guardia Civil]] seized two tonnes of cocaine in [[L Algeciras]].`,
  },
  {
    name: 'context the employers group confcommercio',
    text: `The retailers' group [[O Confcommercio]] warned that spending would slow.`,
  },
  {
    name: 'context the union verdi called',
    text: `The union [[O Verdi]] called a strike at [[L Frankfurt]] airport.`,
  },
  {
    name: 'keep the farm lobby unnamed',
    text: `The farm lobby said exports fell. Its head, [[P Marco Rossi]], called for aid.`,
  },
  // Universities named with their campus.
  {
    name: 'campus uc irvine school of law',
    text: `She teaches at the [[O University of California, Irvine School of Law]].`,
  },
  {
    name: 'campus wisconsin-madison raised',
    text: `The [[O University of Wisconsin–Madison]] raised tuition by 4%.`,
  },
  {
    name: 'campus researchers at uc irvine',
    text: `Researchers at the [[O University of California, Irvine]] found the gene.`,
  },
  {
    name: 'campus michigan-dearborn',
    text: `The [[O University of Michigan-Dearborn]] opened a new lab.`,
  },
  {
    name: 'campus unc at chapel hill',
    text: `A study by the [[O University of North Carolina at Chapel Hill]] found a link.`,
  },
  {
    name: 'keep universities in a list',
    text: `The [[O University of Oregon]], [[O Stanford]] and [[O Yale]] joined the study.`,
  },
  {
    name: 'keep university then a state',
    text: `He studied at the [[O University of California]], then moved to [[L Texas]].`,
  },
  // A person after "official" and a body or administration.
  {
    name: 'official biden administration official karen lee',
    text: `[[P Biden]] administration official [[P Karen Lee]] said the talks would resume.`,
  },
  {
    name: 'official trump administration official dana cole',
    text: `A [[P Trump]] administration official, [[P Dana Cole]], told reporters the plan was ready.`,
  },
  {
    name: 'official treasury official mark diaz',
    text: `[[O Treasury]] official [[P Mark Diaz]] declined to comment.`,
  },
  {
    name: 'official hamas official basem naim',
    text: `[[O Hamas]] official [[P Basem Naim]] said the group had received the proposal.`,
  },
  {
    name: 'official white house official tom reed',
    text: `[[O White House]] official [[P Tom Reed]] briefed senators on Tuesday.`,
  },
  {
    name: 'official kremlin official yuri ushakov',
    text: `[[O Kremlin]] official [[P Yuri Ushakov]] said no date had been set.`,
  },
  {
    name: 'keep a senior official said',
    text: `A senior official said [[P Karen Lee]] would lead the talks.`,
  },
  {
    name: 'keep the official named after',
    text: `The official, [[P Karen Lee]], said the deal was close.`,
  },
];
