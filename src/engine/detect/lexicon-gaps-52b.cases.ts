/**
 * Known weak patterns of issue #9, twenty-first round (helper ents62b, 7 Dec 2026): short news
 * texts of our own, written and annotated like the entity batches (news-entities.cases.ts markup:
 * P person, L place, O organisation, X none) BEFORE the engine was run on them, and committed
 * before their first score. Each group leans on one pattern earlier stops left: a list of surnames
 * after an opening place or event adjunct ("In Salford, Hughes, Okafor and Lewis were charged"), a
 * firm's name before a role and a person ("Shell chief executive Wael Sawan"), relatives and
 * lawyers before an appositive name ("Relatives of the victim, Tom Price, said"), clubs whose tails
 * the club tables lack ("Boca Juniors", "River Plate", "Young Boys"), long bodies with "for the",
 * commas or "and the" ("Front for the Liberation of Mozambique"), hospitals and churches named
 * after towns and saints ("Bradford Royal Infirmary", "St Mary's Hospital"), trade names running
 * past a legal form ("Acme Holdings Inc. and Baxter"), regions acting as governments ("Maharashtra
 * said") and names in Irish ("Coimisiún na Meán"); and two families of our own: a body followed by
 * its initials in brackets ("the Competition and Markets Authority (CMA)"), and stations and
 * airports named after a town or a person ("Manchester Piccadilly", "John Lennon Airport"). The
 * groups named "keep" are sentences where a fix must not fire (a list of places after an opening
 * adjunct, a lowercase "shell", the town Tom Price, a train called an express).
 * The gold follows the training documents' conventions: a title is no part of a person's name, a
 * club is an organisation, a hospital or church where someone is taken or where something happens
 * is a place and one that speaks is an organisation, a region acting as a government is a place, a
 * dateline's town is a place, a film or train's name is no name (X) only where the batches mark it.
 * Not a training input: the tagger never trains on it (scripts/train/corpus.ts reads fixtures/ and
 * scripts/train/data only).
 */
import type { EntityCase } from './news-entities.cases';

export const WEAK_PATTERN_CASES_52B: EntityCase[] = [
  // A list of surnames after an opening place or event adjunct.
  {
    name: 'surnames after an opening town',
    text: `In [[L Salford]], [[P Hughes]], [[P Okafor]] and [[P Lewis]] were charged with affray after the fight.`,
  },
  {
    name: 'surnames after an opening event',
    text: `At [[L Wimbledon]], [[P Alcaraz]], [[P Sinner]] and [[P Djokovic]] all advanced to the fourth round.`,
  },
  {
    name: 'surnames after an opening town in a quote',
    text: `"In [[L Leeds]], [[P Patel]], [[P Brennan]] and [[P Shah]] each did their part," the judge said.`,
  },
  {
    name: 'surnames after an opening tournament',
    text: `At the [[X Masters]], [[P Scheffler]], [[P McIlroy]] and [[P Rahm]] were tied on six under.`,
  },
  {
    name: 'surnames after an opening city and date',
    text: `In [[L Glasgow]] on Friday, [[P Murray]], [[P Kerr]] and [[P Doyle]] pleaded guilty to fraud.`,
  },
  // A firm's name before a role and a person.
  {
    name: 'firm before chief executive opening',
    text: `[[O Shell]] chief executive [[P Wael Sawan]] said the company would cut costs. Oil spilled from a shell of a tanker.`,
  },
  {
    name: 'firm before finance chief after a comma',
    text: `Sales rose 4%, [[O Unilever]] finance chief [[P Fernando Fernandez]] told reporters.`,
  },
  {
    name: 'firm before chairman in a quote',
    text: `"We will keep investing," said [[O Tesco]] chairman [[P Gerry Murphy]].`,
  },
  {
    name: 'firm before boss in a headline',
    text: `[[O Next]] boss [[P Simon Wolfson]] warns on prices\n\nThe retailer said costs would rise in the spring.`,
  },
  {
    name: 'firm before chief executive after a possessive',
    text: `[[L Britain]]'s [[O BP]] chief executive [[P Murray Auchincloss]] said output would rise.`,
  },
  // Relatives and lawyers before an appositive name.
  {
    name: 'relatives before a name like a town',
    text: `Relatives of the victim, [[P Tom Price]], said he had been a kind man.`,
  },
  {
    name: 'lawyer of a titled person',
    text: `The lawyer of Mr [[P Ahmed]] said his client would appeal.`,
  },
  {
    name: 'family of a person opening',
    text: `The family of [[P Grace Mitchell]], 19, said they were heartbroken.`,
  },
  {
    name: 'mother before an appositive name',
    text: `His mother, [[P Joan Sale]], told the inquest he had been bullied.`,
  },
  {
    name: 'solicitor of a person with a title',
    text: `A solicitor for Ms [[P Okonjo]] said she denied the charges.`,
  },
  // Clubs whose tails are not in the club tables.
  {
    name: 'club juniors and plate',
    text: `[[O Boca Juniors]] beat [[O River Plate]] 2-1 in [[L Buenos Aires]] on Sunday.`,
  },
  {
    name: 'club inter and a city',
    text: `[[P Lionel Messi]] scored twice as [[O Inter Miami]] won 3-1.`,
  },
  {
    name: 'club young boys',
    text: `[[O Young Boys]] were knocked out of the [[O Champions League]] by [[O Celtic]].`,
  },
  {
    name: 'club tail in a list',
    text: `Scouts from [[O Boca Juniors]], [[O Independiente]] and [[O Racing Club]] watched the game.`,
  },
  {
    name: 'club tail possessive',
    text: `[[O River Plate]]'s coach, [[P Martín Demichelis]], was sacked on Monday.`,
  },
  // Long bodies with "for the", commas or "and the".
  {
    name: 'front for the liberation',
    text: `The [[O Front for the Liberation of Mozambique]] has ruled the country since 1975.`,
  },
  {
    name: 'ministry with a comma and and',
    text: `[[L Japan]]'s [[O Ministry of Economy, Trade and Industry]] said exports would be checked.`,
  },
  {
    name: 'university of the and',
    text: `Staff at the [[O University of the Highlands and Islands]] voted to strike.`,
  },
  {
    name: 'department with a comma opening',
    text: `The [[O Department for Environment, Food and Rural Affairs]] said the ban would start in June.`,
  },
  {
    name: 'commission for the',
    text: `A report by the [[O Commission for the Protection of Competition]] was published in [[L Nicosia]].`,
  },
  {
    name: 'society for the',
    text: `The [[O Royal Society for the Protection of Birds]] said numbers had fallen by half.`,
  },
  // Hospitals and churches named after towns and saints.
  {
    name: 'infirmary after a town',
    text: `She was taken to [[L Bradford Royal Infirmary]] with head injuries.`,
  },
  {
    name: 'general hospital after a town',
    text: `[[O Epsom General Hospital]] said it had cancelled 40 operations.`,
  },
  {
    name: 'church of all saints',
    text: `The funeral will be held at [[L All Saints' Church]] in [[L Hereford]] on Friday.`,
  },
  {
    name: 'saint hospital',
    text: `The boy was treated at [[L St Mary's Hospital]] in [[L London]].`,
  },
  {
    name: 'saint church opening',
    text: `[[L St Peter's Church]] was damaged in the storm, the vicar said.`,
  },
  // Trade names running past a legal form.
  {
    name: 'holdings inc and a person',
    text: `[[O Acme Holdings Inc.]] and [[P Baxter]] agreed to settle the claim.`,
  },
  {
    name: 'trade name with and',
    text: `[[O Tate and Lyle Sugars]] said it would cut 100 jobs in [[L London]].`,
  },
  {
    name: 'initials and hyphen firm',
    text: `[[O A.P. Moller-Maersk]] shares fell 5% in [[L Copenhagen]].`,
  },
  {
    name: 'plc then a town',
    text: `[[O Halma plc]] of [[L Amersham]] raised its dividend.`,
  },
  {
    name: 'a train named like a firm',
    text: `Children boarded the Polar Express at [[L Pickering]] station on Saturday.`,
  },
  // Regions acting as governments, and names in Irish.
  {
    name: 'indian state said',
    text: `[[L Maharashtra]] said it would buy 500 electric buses this year.`,
  },
  {
    name: 'indian state in a list',
    text: `[[L Kerala]], [[L Karnataka]] and [[L Tamil Nadu]] have asked for more rice.`,
  },
  {
    name: 'irish regulator',
    text: `[[O Coimisiún na Meán]] said it would fine the platform.`,
  },
  {
    name: 'irish development body',
    text: `A spokesman for [[O Údarás na Gaeltachta]] said 200 jobs would be created in [[L Donegal]].`,
  },
  {
    name: 'irish parliament and language body',
    text: `[[O Conradh na Gaeilge]] wrote to every member of the [[O Dáil]].`,
  },
  // Our own: a body followed by its initials in brackets.
  {
    name: 'body with initials in brackets',
    text: `The [[O Competition and Markets Authority]] ([[O CMA]]) said it would look at the deal.`,
  },
  {
    name: 'body with initials in brackets after of',
    text: `A report by the [[O Office for Budget Responsibility]] ([[O OBR]]) was leaked.`,
  },
  // Our own: stations and airports named after a town or a person.
  {
    name: 'station after a city',
    text: `Trains from [[L Manchester Piccadilly]] were cancelled on Sunday.`,
  },
  {
    name: 'airport after a person',
    text: `Flights at [[L Liverpool John Lennon Airport]] were delayed by fog.`,
  },
  // Keep: sentences where a fix must not fire.
  {
    name: 'keep a list of places after an opening adjunct',
    text: `In [[L Europe]], [[L France]], [[L Spain]] and [[L Italy]] raised rates.`,
  },
  {
    name: 'keep the town tom price',
    text: `The mine near [[L Tom Price]] in [[L Western Australia]] was closed.`,
  },
  {
    name: 'keep a lowercase shell',
    text: `The turtle's shell was cracked, the vet said.`,
  },
  {
    name: 'keep a chief executive alone',
    text: `Chief executive [[P Ana Ruiz]] said the plan was on track.`,
  },
  {
    name: 'keep two people after an adjunct',
    text: `After the vote, [[P Smith]] and [[P Jones]] left the chamber.`,
  },
];
