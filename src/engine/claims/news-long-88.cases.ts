/**
 * Batch 88, written blind by claims33 after its rows for batch 86, committed before the detector
 * ran on it, and kept as a second first-sight check (only its totals are ever printed; no row is
 * fixed against it). Five stories of mixed styles (issue #9): an airline results wire (a carrier
 * "said on Thursday", "the airline said", a chief financial officer on a call, an inverted
 * analyst, "according to" a data firm); a tribunal report (an employment judge "said in her
 * judgment", a claimant's barrister, a company's counsel who "argued", "the tribunal heard"); a
 * council planning row built on documents (a planning officer's report "says", objectors'
 * petition, a councillor "told the meeting", "the minutes record"); a marathon report (a winner
 * quoted over two sentences, "she said", a runner-up inverted, race organisers); and a feature on
 * a beekeeper in the present tense ("says X, 67,", "he explains", his daughter "she says").
 *
 * As in batches 72–87, a description of a named body counts only resolved; a body or document
 * without a name of its own ("The petition") keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 0.963
 * (26/26/28) / 0.923 / 1.000, meeting the ordinary floors.
 */
import type { NewsCase } from './news.cases';

const SKYLARK = ['Skylark Air', 'Skylark'];
const MOREAU = ['Claire Moreau', 'Moreau'];
const OKONJO = ['Grace Okonjo', 'Okonjo'];
const PATEL = ['Anil Patel', 'Patel'];
const FENWICK = ['Tom Fenwick', 'Fenwick'];
const KIPLAGAT = ['Ruth Kiplagat', 'Kiplagat'];
const DAVIES = ['Gareth Davies', 'Davies'];

export const NEWS_CASES_88: NewsCase[] = [
  {
    name: 'airline results wire: a carrier said on Thursday, the airline said, a finance chief on a call, an inverted analyst, according to a data firm',
    text: `Skylark Air swings to profit on strong summer demand

PARIS, Oct 30 - Budget carrier Skylark Air swung to a third-quarter profit of 210 million euros, helped by record summer bookings and lower fuel costs, the company said on Thursday.

The airline said it expected to carry 48 million passengers this year, up from 41 million in 2024.

"Demand for the winter is holding up better than we feared," chief financial officer Claire Moreau told analysts on a call. She said fares for December were running 4% above last year.

"They have been lucky with fuel, but the cost discipline is real," said Henrik Lund, an airline analyst at Nordbank.

Skylark's punctuality fell to 71% over the summer, according to aviation data firm FlightMetrics.`,
    claims: [
      { s: 'swung to a third-quarter profit of 210 million euros', speakers: SKYLARK },
      { s: 'The airline said it expected to carry 48 million', speakers: SKYLARK },
      { s: '"Demand for the winter is holding up better', speakers: MOREAU, direct: true },
      { s: 'She said fares for December were running', speakers: MOREAU },
      { s: '"They have been lucky with fuel', speakers: ['Henrik Lund', 'Lund'], direct: true },
      { s: "Skylark's punctuality fell to 71%", speakers: ['FlightMetrics'] },
    ],
  },
  {
    name: 'employment tribunal: the tribunal heard, a barrister told the tribunal, a company counsel argued, the judge said in her judgment, a claimant said outside',
    text: `Warehouse worker unfairly dismissed after raising safety concerns, tribunal rules

A warehouse worker who was sacked weeks after complaining about broken forklift alarms was unfairly dismissed, an employment tribunal has ruled.

Grace Okonjo, 34, worked for logistics firm Carrow Freight in Northampton for six years. The tribunal heard that she had reported the faulty alarms to managers three times in 2024.

Her barrister, Anil Patel, told the tribunal that the company had "invented" a record of poor timekeeping to justify her dismissal.

Carrow Freight's counsel argued that Ms Okonjo had been dismissed for repeated lateness and that her complaints had played no part.

In her judgment, Employment Judge Sarah Whitby said the timekeeping record "does not bear scrutiny". "The real reason for the dismissal was that the claimant raised concerns about safety," she said.

Speaking outside the hearing, Ms Okonjo said she hoped the ruling would encourage others to speak up.`,
    claims: [
      { s: 'was unfairly dismissed, an employment tribunal has ruled', speakers: ['employment tribunal', 'tribunal'] },
      { s: 'The tribunal heard that she had reported', speakers: [...OKONJO, 'tribunal'], optional: true },
      { s: 'Her barrister, Anil Patel, told the tribunal', speakers: PATEL },
      {
        s: "Carrow Freight's counsel argued that",
        speakers: ["Carrow Freight's counsel", 'counsel', 'Carrow Freight'],
      },
      { s: 'Employment Judge Sarah Whitby said the timekeeping', speakers: ['Sarah Whitby', 'Whitby'] },
      { s: '"The real reason for the dismissal', speakers: ['Sarah Whitby', 'Whitby'], direct: true },
      { s: 'Ms Okonjo said she hoped the ruling', speakers: OKONJO },
    ],
  },
  {
    name: 'council planning row built on documents: a planning officer report says, a petition claims, a councillor told the meeting, the minutes record, a developer said in a statement',
    text: `Councillors reject plan for 300 homes on edge of Ledbury

Plans for 300 homes on farmland north of Ledbury were rejected by Herefordshire councillors on Wednesday, against the advice of their own officers.

A report by the council's planning officer says the site is "a sustainable location" and that the town needs more affordable homes.

A petition signed by 2,400 residents claims the roads into the town cannot take more traffic.

Councillor Tom Fenwick told the meeting that the scheme would "swallow a field that has flooded every winter for a decade". He said he could not vote for it.

The minutes record that the committee voted nine to three against the plan.

Developer Westmark Homes said in a statement that it was "disappointed" and would consider an appeal.`,
    claims: [
      {
        s: "A report by the council's planning officer says",
        speakers: ['report', 'planning officer', "council's planning officer"],
      },
      {
        s: 'A petition signed by 2,400 residents claims',
        speakers: ['petition', 'A petition signed by 2,400 residents'],
      },
      { s: 'Councillor Tom Fenwick told the meeting', speakers: FENWICK },
      { s: 'He said he could not vote for it.', speakers: FENWICK },
      { s: 'The minutes record that the committee voted', speakers: ['minutes', 'The minutes'], optional: true },
      { s: 'Westmark Homes said in a statement', speakers: ['Westmark Homes'] },
    ],
  },
  {
    name: 'marathon report: a winner quoted over two sentences and she said, a runner-up inverted, race organisers said',
    text: `Kiplagat breaks course record in Cardiff marathon

Kenya's Ruth Kiplagat broke the Cardiff marathon course record by more than a minute on Sunday, finishing in 2 hours 21 minutes 8 seconds.

"I felt strong from the start. After 30 kilometres I knew the record was possible," she said.

Kiplagat said the cool, still morning had been perfect for running.

"She was in a different race to the rest of us," said Welsh runner Megan Rhys, who finished second.

Race organisers said a record 14,000 runners had finished the course.`,
    claims: [
      { s: '"I felt strong from the start.', speakers: KIPLAGAT, direct: true },
      { s: 'After 30 kilometres I knew the record was possible," she said.', speakers: KIPLAGAT, direct: true },
      { s: 'Kiplagat said the cool, still morning', speakers: KIPLAGAT },
      { s: '"She was in a different race to the rest of us,"', speakers: ['Megan Rhys', 'Rhys'], direct: true },
      { s: 'Race organisers said a record 14,000 runners', speakers: ['Race organisers', 'organisers'] },
    ],
  },
  {
    name: 'present-tense feature on a beekeeper: says X, 67, he explains, his daughter by her name and she says, a quotation with no tag after a sentence about him',
    text: `The last beekeeper of the valley

Gareth Davies keeps 40 hives on a hillside above the Tywi, the same slope his grandfather kept bees on a century ago.

"Bees don't care about your plans. You learn to work to their calendar," says Davies, 67, lifting a frame heavy with honey.

The winters have grown wetter, he explains, and the colonies weaker. He lost a third of his hives two years ago.

His daughter, Nia, has started to help at weekends. "I used to hate the stings. Now I barely notice them," she says.

Davies is not sure she will take over. "It's a hard way to make a living," he says.`,
    claims: [
      { s: '"Bees don\'t care about your plans.', speakers: DAVIES, direct: true },
      { s: 'You learn to work to their calendar," says Davies', speakers: DAVIES, direct: true },
      { s: 'The winters have grown wetter, he explains', speakers: DAVIES },
      { s: '"I used to hate the stings.', speakers: ['Nia'], direct: true },
      { s: 'Now I barely notice them," she says.', speakers: ['Nia'], direct: true },
      { s: 'Davies is not sure she will take over.', speakers: DAVIES, optional: true },
      { s: '"It\'s a hard way to make a living," he says.', speakers: DAVIES, direct: true },
    ],
  },
];
