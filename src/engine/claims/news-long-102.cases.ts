/**
 * Batch 102, written blind by claims39 before its rows, committed before the detector ran on it,
 * and kept as a first-sight check (only its totals are ever printed; no row is fixed against it).
 * Five stories of the two unseen kinds (issue #9): three Wikinews-style reports (a wildfire
 * near Athens: "the fire service said" closing the lead, "according to a fire service
 * spokeswoman, X", a minister who "told state broadcaster ERT that", a resident who "told
 * Reuters", an observatory that "said … and warned"; looted bronzes returned to Nigeria: a
 * minister's mixed quotation, a commission that "said in a statement that", a craftsman quoted,
 * "According to the commission"; a glacier report: "according to a report released on Wednesday
 * by" an academy, "The report said", a glaciologist quoted and one who "told Swiss radio SRF that",
 * a federal office that "said it would") and two Reuters U.S. election stories (a primary: "Edison
 * Research projected", a winner who "told supporters", "his campaign said" after a clause, a
 * rival's statement, an unnamed strategist who "asked not to be named"; a ballot lawsuit: a
 * committee that sued "alleging that", a lawsuit that "asks a judge", a chairman's statement, a
 * commissioner who "told Reuters", "Voting rights groups say", "said X of Y" after a quotation).
 *
 * As in batches 72–101, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 1.000
 * (26/26/26) / 1.000 / 1.000.
 */
import type { NewsCase } from './news.cases';

const FIRE_SERVICE = ['fire service', 'the fire service'];
const PETROU = ['Ioanna Petrou', 'Petrou', 'a fire service spokeswoman', 'fire service spokeswoman', 'spokeswoman'];
const STAVROU = ['Nikos Stavrou', 'Stavrou'];
const KOSTA = ['Eleni Kosta', 'Kosta'];
const OBSERVATORY = ['National Observatory of Athens', 'Observatory', 'National Observatory'];
const VOLLMER = ['Anke Vollmer', 'Vollmer'];
const COMMISSION = ['National Commission for Museums and Monuments', 'commission', 'National Commission'];
const IGBINEDION = ['Osaro Igbinedion', 'Igbinedion'];
const REPORT = [
  'a report released on Wednesday by the Swiss Academy of Sciences',
  'report',
  'a report',
  'Swiss Academy of Sciences',
  'Academy of Sciences',
];
const BUHLER = ['Andrea Bühler', 'Bühler'];
const FOEN = ['Federal Office for the Environment', 'Federal Office', 'office'];
const EDISON = ['Edison Research', 'Edison'];
const MENDEZ = ['Lucia Mendez', 'Mendez'];
const HOLLOWAY_CAMPAIGN = [
  'his campaign',
  'campaign',
  'Holloway campaign',
  "Holloway's campaign",
  'Ray Holloway',
  'Holloway',
];
const CROCKER = ['Dale Crocker', 'Crocker'];
const STRATEGIST = [
  'A Democratic strategist in Denver',
  'Democratic strategist in Denver',
  'Democratic strategist',
  'strategist',
];
const RNC = ['Republican National Committee', 'RNC'];
const LAWSUIT = ['The lawsuit', 'lawsuit', ...RNC];
const BECKETT = ['Tom Beckett', 'Beckett'];
const ELLIS = ['Diane Ellis', 'Ellis'];
const GROUPS = ['Voting rights groups', 'groups'];
const DUNN = ['Marcus Dunn', 'Dunn'];

export const NEWS_CASES_102: NewsCase[] = [
  {
    name: 'Wikinews wildfire: the fire service said closing the lead, according to a fire service spokeswoman, a minister told state broadcaster ERT, a resident told Reuters, an observatory said and warned',
    text: `Wildfire forces evacuation of villages near Athens

Tuesday, July 22, 2025

Greek authorities ordered the evacuation of six villages north-east of Athens on Monday as a wildfire fanned by strong winds spread through pine forest, the fire service said.

More than 400 firefighters, backed by 12 aircraft, were battling the blaze, according to a fire service spokeswoman, Ioanna Petrou.

Civil Protection Minister Nikos Stavrou told state broadcaster ERT that the next 24 hours would be "critical" because winds were expected to strengthen.

"The flames were in the olive trees behind the house within minutes. We took the dog and left," Eleni Kosta, a resident of the village of Varnavas, told Reuters.

The National Observatory of Athens said temperatures had reached 41C in parts of Attica, and warned of further fires later in the week.

No deaths have been reported.`,
    claims: [
      { s: 'ordered the evacuation of six villages', speakers: FIRE_SERVICE },
      { s: 'More than 400 firefighters, backed by 12 aircraft', speakers: PETROU },
      { s: 'told state broadcaster ERT that the next 24 hours', speakers: STAVROU },
      { s: '"The flames were in the olive trees', speakers: KOSTA, direct: true },
      { s: 'We took the dog and left," Eleni Kosta', speakers: KOSTA, direct: true },
      { s: 'said temperatures had reached 41C', speakers: OBSERVATORY },
    ],
  },
  {
    name: 'Wikinews bronzes returned: a minister said the return was a quoted phrase and that, a commission said in a statement that, a craftsman quoted with said X, according to the commission',
    text: `Germany returns looted bronzes to Nigeria

Saturday, March 8, 2025

Germany on Friday handed over 22 bronze sculptures taken from the Kingdom of Benin by British troops in 1897, at a ceremony at the National Museum in Lagos.

German Culture Minister Anke Vollmer said the return was "a first step in facing a painful history" and that more objects would follow.

Nigeria's National Commission for Museums and Monuments said in a statement that the works would be shown in a new museum in Benin City, due to open in 2027.

"My grandfather told me about these pieces, but I never thought I would see them," said Osaro Igbinedion, a bronze caster who attended the ceremony.

According to the commission, about 5,000 objects from Benin are held in museums outside Nigeria.

Sources

"Germany hands back Benin Bronzes" — Deutsche Welle, March 7, 2025`,
    claims: [
      { s: 'said the return was "a first step', speakers: VOLLMER },
      { s: 'said in a statement that the works would be shown', speakers: COMMISSION },
      { s: '"My grandfather told me about these pieces', speakers: IGBINEDION, direct: true },
      { s: 'about 5,000 objects from Benin are held', speakers: COMMISSION },
    ],
  },
  {
    name: 'Wikinews glaciers: according to a report released by an academy, the report said, a glaciologist quoted with said X who led, told Swiss radio SRF that, a federal office said it would',
    text: `Swiss glaciers lose a tenth of their ice in two years

Thursday, October 2, 2025

Glaciers in the Swiss Alps lost about 10 percent of their remaining volume in 2023 and 2024, the largest two-year loss on record, according to a report released on Wednesday by the Swiss Academy of Sciences.

The report said hot summers and low winter snowfall were to blame, and that several small glaciers had disappeared altogether.

"We used to talk about glaciers retreating. Now we talk about them dying," said Andrea Bühler, a glaciologist at ETH Zurich who led the measurements.

Bühler told Swiss radio SRF that even if warming stopped today, most glaciers below 3,000 metres would be gone by the end of the century.

The Federal Office for the Environment said it would increase funding for the monitoring of unstable slopes below glaciers.`,
    claims: [
      { s: 'Glaciers in the Swiss Alps lost about 10 percent', speakers: REPORT },
      { s: 'The report said hot summers and low winter snowfall', speakers: REPORT },
      { s: '"We used to talk about glaciers retreating.', speakers: BUHLER, direct: true },
      { s: 'Now we talk about them dying," said Andrea', speakers: BUHLER, direct: true },
      { s: 'told Swiss radio SRF that even if warming', speakers: BUHLER },
      { s: 'said it would increase funding for the monitoring', speakers: FOEN },
    ],
  },
  {
    name: 'Reuters primary: Edison Research projected, a winner told supporters, his campaign said after a clause, a rival said in a statement that, an unnamed strategist who asked not to be named',
    text: `Mendez wins Democratic primary for Colorado governor

DENVER, June 25 (Reuters) - Former state Treasurer Lucia Mendez won the Democratic nomination for governor of Colorado on Tuesday, defeating U.S. Representative Ray Holloway by about 12 percentage points, Edison Research projected.

"Tonight Colorado chose a campaign about the cost of living, and I will not forget who sent me," Mendez told supporters at a rally in Denver.

Holloway conceded in a phone call to Mendez, his campaign said, and urged Democrats to unite behind her.

Mendez will face Republican Dale Crocker, a rancher and former county commissioner, in November. Crocker said in a statement that voters had "a clear choice between higher taxes and more freedom".

A Democratic strategist in Denver, who asked not to be named because she advises several campaigns, said Mendez's margin among suburban women would worry Republicans.

Colorado has not elected a Republican governor since 2002.`,
    claims: [
      { s: 'won the Democratic nomination for governor of Colorado', speakers: EDISON },
      { s: '"Tonight Colorado chose a campaign', speakers: MENDEZ, direct: true },
      { s: 'Holloway conceded in a phone call to Mendez', speakers: HOLLOWAY_CAMPAIGN },
      { s: 'said in a statement that voters had "a clear choice', speakers: CROCKER },
      { s: "said Mendez's margin among suburban women", speakers: STRATEGIST },
    ],
  },
  {
    name: 'Reuters ballot lawsuit: a committee sued alleging that, the lawsuit asks a judge, a chairman said in a statement after a quotation, a commissioner told Reuters, voting rights groups say, said X of Y after a quotation',
    text: `Republicans sue Pennsylvania county over mail ballot fixes

HARRISBURG, Pennsylvania, Sept 30 (Reuters) - The Republican National Committee sued election officials in Pennsylvania's Bucks County on Monday, alleging that a plan to let voters fix errors on mail ballots after Election Day violated state law.

The lawsuit, filed in state court, asks a judge to block the county from contacting voters whose ballots lack a date or signature.

"Election rules should be the same in every county, and they should be followed," RNC Chairman Tom Beckett said in a statement.

Bucks County Commissioner Diane Ellis, a Democrat, told Reuters the county was following guidance from the Pennsylvania Department of State and would defend the plan in court.

Voting rights groups say thousands of ballots were thrown out in 2022 over minor mistakes. "These are eligible voters who made a clerical error," said Marcus Dunn of the Pennsylvania Voter Alliance.

Pennsylvania, with 19 electoral votes, is expected to be one of the closest states in November.`,
    claims: [
      { s: 'alleging that a plan to let voters fix errors', speakers: RNC },
      { s: 'asks a judge to block the county', speakers: LAWSUIT, optional: true },
      { s: '"Election rules should be the same in every county', speakers: BECKETT, direct: true },
      { s: 'told Reuters the county was following guidance', speakers: ELLIS },
      { s: 'Voting rights groups say thousands of ballots', speakers: GROUPS },
      { s: '"These are eligible voters who made a clerical error," said Marcus Dunn', speakers: DUNN, direct: true },
    ],
  },
];
