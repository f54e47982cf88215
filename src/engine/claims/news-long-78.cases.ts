/**
 * Batch 78, written blind by claims30b, committed before the detector ran on it, and kept as a
 * first-sight check of set A's kind (only its totals are ever printed; no row is fixed against
 * it): five local and regional stories from outside the U.S. and Britain (issue #9). A Quebec
 * village's quarry dispute in « » quotations (a mayor who "said" and "she told reporters" after a
 * quotation, a quarry company and "It said in a statement", a resident quoted by his first name
 * and "he said", a neighbour by hers and "she said" after a reported sentence, a provincial police
 * spokesman in apposition, "The village council said"); a New Zealand court case in ‘ ’
 * quotations (a judge and "she said" after a two-sentence quotation, a lawyer who "told the court"
 * and a motel as the nearest name before "he said", an unnamed guest "in a statement read to the
 * court" and "she said", a safety regulator, its head of inspections, police); an Indian suburb's
 * water tankers (a resident by her first name with a quotation spread over two paragraphs, a mayor
 * and the city corporation as the nearest noun before "he said", a councillor who "accused", a
 * guard by his first name, a department "said in a statement" and "It said"); a South African
 * court order on refuse collection ("ruling that" optional, a judge, a municipality and "It said in
 * a statement", a mayor who "told a community meeting", a police spokeswoman and "She said", an
 * association that "welcomed" and its chairman inverted after a quotation); and a Malaysian
 * landslide (a city council "said in a statement" and "it said" after the developer, a developer
 * and its managing director who "told reporters", a police chief and "he said" split by a tag, a
 * resident by her first name and a ‘ ’ quotation, a neighbour "who gave his name only as", a state
 * councillor).
 *
 * As in batches 72–77, a description of a named body counts only resolved; a body without a name
 * of its own ("the village council", "the corporation's water department") keeps its own words, or
 * the name of the place or body it belongs to.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 1.000
 * (53/53/53) / 0.830 / 1.000: every claim found and none false, but nine speakers of 53 wrong,
 * under the ordinary speaker floor (0.90), so news.test.ts holds it to its first sight. After
 * claims30b's speaker rows (written from probe texts of Irish and Reuters copy, not from this
 * batch, whose errors were never printed; but the same writer wrote both, on issue #9's list of
 * errors, so this after-figure is less honest than the first sight): 1.000 / 0.906 / 1.000.
 */
import type { NewsCase } from './news.cases';

const GRANITS = ['Granits Laurentiens'];
const VILLAGE_COUNCIL = ['The village council', 'village council', 'council', 'Saint-Urbain-sur-Rivière'];
const GUEST = [
  'One of the guests',
  'One of the guests, a Hamilton woman who spent four days in hospital',
  'a Hamilton woman who spent four days in hospital',
  'Hamilton woman',
  'guests',
  'guest',
];
const WORKSAFE = ['WorkSafe New Zealand', 'WorkSafe'];
const WATER_DEPT = [
  "The corporation's water department",
  "corporation's water department",
  'water department',
  'Pune Municipal Corporation',
  'corporation',
];
const NQWEBA = ['Nqweba Local Municipality', 'Nqweba'];
const CITY_COUNCIL = ['Penang Island City Council', 'City Council', 'council'];
const BUKIT_SERI = ['Bukit Seri Holdings', 'Bukit Seri'];

export const NEWS_CASES_78: NewsCase[] = [
  {
    name: 'quebec quarry permit in « » quotations: a mayor said and she told reporters, a company and It said in a statement, a resident by his first name and he said, a neighbour by hers and she said, a police spokesman in apposition, the village council said',
    text: `Quebec village suspends quarry permit after blasts crack homes

SAINT-URBAIN-SUR-RIVIÈRE, Que. — The council of this village of 4,000 north of Quebec City voted on Monday night to suspend the blasting permit of a granite quarry that residents blame for cracks in dozens of homes.

Mayor Josée Thibodeau said the council had received 63 complaints since January. « We are not engineers, but we are not blind either. When 63 families tell you the same thing, you listen, » she told reporters after the vote.

The quarry's owner, Granits Laurentiens, said it would challenge the decision in court. It said in a statement that its blasts had been measured by an independent firm and had never exceeded provincial limits.

Réjean, who has lived on rang Saint-Louis for 31 years, said the cracks in his basement had appeared after a blast last spring. « The whole house jumped. My wife thought it was an earthquake, » he said.

His neighbour Chantal said she had stopped counting the cracks in her walls. She had spent 8,000 dollars on repairs, she said.

About 40 residents blocked the quarry's gate on Saturday. A spokesman for the Sûreté du Québec, Sgt. Marc-Antoine Lévesque, said the protest had ended peacefully after two hours and no one had been arrested.

The village council said it would hire its own engineer to inspect the damaged homes.`,
    claims: [
      { s: 'Mayor Josée Thibodeau said the council had received', speakers: ['Josée Thibodeau'] },
      { s: '« We are not engineers', speakers: ['Josée Thibodeau'], direct: true },
      { s: 'When 63 families tell you the same thing', speakers: ['Josée Thibodeau'], direct: true },
      { s: "The quarry's owner, Granits Laurentiens, said", speakers: GRANITS },
      { s: 'It said in a statement that its blasts', speakers: GRANITS },
      { s: 'Réjean, who has lived on rang Saint-Louis', speakers: ['Réjean'] },
      { s: '« The whole house jumped.', speakers: ['Réjean'], direct: true },
      { s: 'My wife thought it was an earthquake, » he said.', speakers: ['Réjean'], direct: true },
      { s: 'His neighbour Chantal said', speakers: ['Chantal'] },
      { s: 'She had spent 8,000 dollars on repairs', speakers: ['Chantal'] },
      { s: 'Sgt. Marc-Antoine Lévesque, said', speakers: ['Marc-Antoine Lévesque'] },
      { s: 'The village council said it would hire', speakers: VILLAGE_COUNCIL },
    ],
  },
  {
    name: 'new zealand motel court case in ‘ ’ quotations: a judge and she said after two sentences, a lawyer told the court and a motel before he said, a guest in a statement read to the court and she said, a regulator said and its head of inspections, police said',
    text: `Rotorua motel owner fined over guests' carbon monoxide poisoning

A Rotorua motel owner has been fined $180,000 after two guests were poisoned by carbon monoxide from a faulty water heater.

In the Rotorua District Court on Thursday, Judge Aroha Mahuika said the owner, Graeme Pollard, had ignored two warnings from a plumber that the heater was unsafe. ‘This was not a freak accident. It was an accident waiting to happen,’ she said.

Pollard, 67, had pleaded guilty to a charge under the Health and Safety at Work Act. His lawyer, Anthony Grieve, told the court his client was ‘devastated’ by what had happened. The Lakeview Motor Lodge had since replaced every heater in its 14 units, he said.

One of the guests, a Hamilton woman who spent four days in hospital, said in a statement read to the court that she still had headaches most days. ‘I went on holiday and came back a different person,’ she said.

WorkSafe New Zealand said the case should be a warning to every accommodation provider in the country. Its head of inspections, Daniel Ferris, said carbon monoxide alarms cost less than a night's stay.

Police said no further charges would be laid.`,
    claims: [
      { s: 'Judge Aroha Mahuika said the owner', speakers: ['Aroha Mahuika'] },
      { s: '‘This was not a freak accident.', speakers: ['Aroha Mahuika'], direct: true },
      { s: 'It was an accident waiting to happen,’ she said.', speakers: ['Aroha Mahuika'], direct: true },
      { s: 'His lawyer, Anthony Grieve, told the court', speakers: ['Anthony Grieve'] },
      { s: 'The Lakeview Motor Lodge had since replaced every heater', speakers: ['Anthony Grieve'] },
      { s: 'said in a statement read to the court', speakers: GUEST },
      { s: '‘I went on holiday and came back a different person,’', speakers: GUEST, direct: true },
      { s: 'WorkSafe New Zealand said the case', speakers: WORKSAFE },
      { s: 'Its head of inspections, Daniel Ferris, said', speakers: ['Daniel Ferris'] },
      { s: 'Police said no further charges would be laid.', speakers: ['Police'] },
    ],
  },
  {
    name: 'pune water tankers: a resident by her first name with a quotation over two paragraphs, a mayor and the corporation before he said, a councillor said and accused, a guard by his first name and he said, a department in a statement and It said',
    text: `Pune suburb waits for water as tankers run late

PUNE, India — For the third week running, residents of Wagholi on Pune's eastern edge have queued at dawn for municipal water tankers that often arrive hours late.

"We get up at five, we wait, and some days the tanker comes at noon," said Sunita, who runs a tailoring business from her flat. "My children go to school without a bath.

"Nobody from the corporation has come to see us. They only come before elections."

Mayor Anand Bhosekar said the Pune Municipal Corporation had added 40 tankers since March and was laying a pipeline that would reach Wagholi by December. The corporation had not ignored the area, he said.

Meenal Gaikwad, the councillor who represents the ward, said the pipeline had been promised three times since 2019. She accused the water department of favouring housing societies whose residents also paid private tanker operators.

Santosh, a security guard at one of those societies, said its residents paid 1,500 rupees a month for private tankers. "If you pay, the water comes on time," he said.

The corporation's water department said in a statement that tanker schedules were drawn up by lottery and published online. It said late deliveries were caused by traffic on the Pune-Ahmednagar highway.`,
    claims: [
      { s: '"We get up at five, we wait', speakers: ['Sunita'], direct: true },
      { s: '"My children go to school without a bath.', speakers: ['Sunita'], direct: true },
      { s: '"Nobody from the corporation has come to see us.', speakers: ['Sunita'], direct: true },
      { s: 'They only come before elections."', speakers: ['Sunita'], direct: true },
      { s: 'Mayor Anand Bhosekar said the Pune Municipal Corporation', speakers: ['Anand Bhosekar'] },
      { s: 'The corporation had not ignored the area, he said.', speakers: ['Anand Bhosekar'] },
      { s: 'Meenal Gaikwad, the councillor who represents the ward, said', speakers: ['Meenal Gaikwad'] },
      { s: 'She accused the water department of favouring', speakers: ['Meenal Gaikwad'] },
      { s: 'Santosh, a security guard at one of those societies, said', speakers: ['Santosh'] },
      { s: '"If you pay, the water comes on time," he said.', speakers: ['Santosh'], direct: true },
      { s: "The corporation's water department said in a statement", speakers: WATER_DEPT },
      { s: 'It said late deliveries were caused by traffic', speakers: WATER_DEPT },
    ],
  },
  {
    name: 'south african refuse court order: ruling that (optional), a judge said, a municipality and It said in a statement, a mayor told a community meeting, a police spokeswoman and She said, an association welcomed and its chairman inverted after a quotation',
    text: `Court orders Eastern Cape municipality to resume refuse collection

MAKHANDA, South Africa — The Eastern Cape High Court on Wednesday ordered the Nqweba Local Municipality to resume weekly refuse collection in the township of Ekuthuleni within 14 days, ruling that its failure to collect rubbish for five months had put residents' health at risk.

Judge Thandeka Mabuza said the municipality had offered "no credible explanation" for the breakdown in its service.

The municipality said it would study the judgment. It said in a statement that most of its compactor trucks had broken down and that new ones had been delayed by a dispute with a supplier.

The municipality's mayor, Luthando Mtshali, told a community meeting on Thursday that hired trucks would start clearing the streets on Monday.

Police spokesperson Captain Nokuthula Jafta said two men had been arrested for setting fire to a pile of uncollected rubbish next to a school last week. She said they would appear in the magistrate's court on Friday.

The Ekuthuleni Residents' Association, which brought the case, welcomed the ruling. "We should not have needed a judge to get our rubbish collected. But today the law was on our side," said its chairman, Xolani Matiwane.`,
    claims: [
      {
        s: 'ruling that its failure to collect rubbish',
        speakers: ['Eastern Cape High Court', 'High Court', 'court'],
        optional: true,
      },
      { s: 'Judge Thandeka Mabuza said the municipality', speakers: ['Thandeka Mabuza'] },
      { s: 'The municipality said it would study the judgment.', speakers: NQWEBA },
      { s: 'It said in a statement that most of its compactor trucks', speakers: NQWEBA },
      { s: 'Luthando Mtshali, told a community meeting', speakers: ['Luthando Mtshali'] },
      { s: 'Captain Nokuthula Jafta said two men', speakers: ['Nokuthula Jafta'] },
      { s: "She said they would appear in the magistrate's court", speakers: ['Nokuthula Jafta'] },
      {
        s: 'which brought the case, welcomed the ruling.',
        speakers: ["Ekuthuleni Residents' Association", "Residents' Association"],
      },
      { s: '"We should not have needed a judge', speakers: ['Xolani Matiwane'], direct: true },
      { s: 'But today the law was on our side," said its chairman', speakers: ['Xolani Matiwane'], direct: true },
    ],
  },
  {
    name: 'penang landslide: a city council in a statement and it said after the developer, a developer said and its managing director told reporters, a police chief and he said split by a tag, a resident by her first name and a ‘ ’ quotation, a neighbour who gave his name only as, a state councillor',
    text: `Penang council halts hillside project after landslide buries road

GEORGE TOWN, Malaysia — Authorities in Penang on Monday ordered work to stop at a hillside housing project after a landslide buried a road below it, the second in the area this year.

The Penang Island City Council said in a statement that the developer, Bukit Seri Holdings, had cut into the slope beyond what its permit allowed. The developer would have to pay for the clean-up, it said.

Bukit Seri Holdings said it had complied with all conditions and would appeal against the stop-work order. Its managing director, Lim Chee Keong, told reporters the landslide had been caused by "three days of exceptional rain", not by the project.

District police chief Assistant Commissioner Razlan Othman said no one had been hurt. Two cars parked on the road had been buried, he said, and their owners had been told to contact their insurers.

Aishah, 52, whose house stands 30 metres below the slope, said she had complained to the council about cracks in a retaining wall in March. ‘They sent someone to take photos, and that was all,’ she said.

Her neighbour, a retired teacher who gave his name only as Ganesan, said he would not sleep at home until the slope had been inspected.

State local government councillor Teoh Mei Ying said the state would review every hillside permit issued since 2020.`,
    claims: [
      { s: 'The Penang Island City Council said in a statement', speakers: CITY_COUNCIL },
      { s: 'The developer would have to pay for the clean-up, it said.', speakers: CITY_COUNCIL },
      { s: 'Bukit Seri Holdings said it had complied', speakers: BUKIT_SERI },
      { s: 'Its managing director, Lim Chee Keong, told reporters', speakers: ['Lim Chee Keong'] },
      { s: 'Razlan Othman said no one had been hurt', speakers: ['Razlan Othman'] },
      { s: 'Two cars parked on the road had been buried, he said', speakers: ['Razlan Othman'] },
      { s: 'Aishah, 52, whose house stands', speakers: ['Aishah'] },
      { s: '‘They sent someone to take photos', speakers: ['Aishah'], direct: true },
      { s: 'who gave his name only as Ganesan, said', speakers: ['Ganesan'] },
      { s: 'Teoh Mei Ying said the state would review', speakers: ['Teoh Mei Ying'] },
    ],
  },
];
